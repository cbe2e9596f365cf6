"""The tables of the "Inzagelog" view: accesses to a citizen's data, changes in the audit trail, and the fields of
one change before → after.

What belongs here: three `RijenModel`s over the rows of `models.store.interfaces_inzage`. Moments show to the
second (the order of two looks in one minute matters to a reviewer) and sort as moments; a BSN is masked;
`csv_rijen()` gives what the view exports, cell texts as shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt

from models.store.interfaces_inzage import AuditRegel, InzageRegel, Wijziging
from ui import opmaak as formaat
from ui.qtmodels.basis import Kolom, RijenModel, RijenProxy, leeg_laatst
from ui.weergave import bsn_gemaskeerd, bsn_voorlezen

__all__ = [
    "AuditModel",
    "InzageModel",
    "WijzigingenModel",
    "csv_rijen",
    "moment_seconden",
    "omschrijf_wijzigingen",
]

translate = QCoreApplication.translate

# Where in the application the look happened (the `context` of an access-log row); translated when shown.
_CONTEXT = {
    "klantbeeld": "Klantbeeld geopend",
    "vernieuwen": "Klantbeeld vernieuwd",
    "balie": "Balie",
    "zoeken": "Zoeken",
    "inzagelog": "Inzagelog opgevraagd",
    "audittrail": "Audittrail opgevraagd",
}


def moment_seconden(m: dt.datetime) -> str:
    """`27-11-2026 14:05:09` in the local time zone."""
    lokaal = m.astimezone()
    return f"{formaat.datum(lokaal.date())} {lokaal:%H:%M:%S}"


def context_tekst(context: str) -> str:
    tekst = _CONTEXT.get(context)
    return translate("Inzagelog", tekst) if tekst is not None else context


def omschrijf_wijzigingen(regel: AuditRegel, max_lengte: int = 160) -> str:
    """One line for the table: the changed fields, with the new value of short ones."""
    delen: list[str] = []
    nieuw = bool(regel.wijzigingen) and all(w.voor is None for w in regel.wijzigingen)
    for w in regel.wijzigingen:
        if nieuw and (w.veld == "id" or w.veld.endswith("_id")):
            continue  # a new record: its keys say nothing in one line (the details show them)
        if w.na is not None and len(w.na) <= 40:
            delen.append(f"{w.veld}: {w.na}")
        else:
            delen.append(w.veld)
    tekst = "; ".join(delen) or "–"
    if nieuw:
        tekst = translate("Inzagelog", "nieuw: %1").replace("%1", tekst)
    return tekst if len(tekst) <= max_lengte else tekst[: max_lengte - 1] + "…"


class InzageModel(RijenModel[InzageRegel]):
    MOMENT, MEDEWERKER, ROL, BURGER, BSN, REDEN, TOELICHTING, WAAR = range(8)

    def _kolommen(self) -> list[Kolom[InzageRegel]]:
        return [
            Kolom(self.tr("Moment"), lambda r: moment_seconden(r.moment), sorteer=lambda r: (r.moment, r.id)),
            Kolom(self.tr("Medewerker"), lambda r: f"{r.medewerker} ({r.gebruikersnaam})"),
            Kolom(self.tr("Rol"), lambda r: r.rol.label),
            Kolom(self.tr("Burger"), lambda r: r.burger),
            Kolom(
                self.tr("BSN"),
                lambda r: bsn_gemaskeerd(r.bsn),
                sorteer=lambda r: r.bsn[-4:],
                toegankelijk=lambda r: bsn_voorlezen(r.bsn),
            ),
            Kolom(self.tr("Reden"), lambda r: r.reden.label),
            Kolom(
                self.tr("Toelichting"),
                lambda r: r.toelichting or "–",
                sorteer=lambda r: leeg_laatst(r.toelichting.casefold() if r.toelichting else None),
                tooltip=lambda r: r.toelichting,
            ),
            Kolom(self.tr("Waar"), lambda r: context_tekst(r.context)),
        ]


class AuditModel(RijenModel[AuditRegel]):
    MOMENT, MEDEWERKER, ACTIE, GEGEVEN, WIJZIGINGEN = range(5)

    def _kolommen(self) -> list[Kolom[AuditRegel]]:
        return [
            Kolom(self.tr("Moment"), lambda r: moment_seconden(r.moment), sorteer=lambda r: (r.moment, r.id)),
            Kolom(
                self.tr("Medewerker"),
                lambda r: r.medewerker or self.tr("systeem"),
                sorteer=lambda r: leeg_laatst(r.medewerker.casefold() if r.medewerker else None),
            ),
            Kolom(self.tr("Actie"), lambda r: r.actie),
            Kolom(
                self.tr("Gegeven"),
                lambda r: r.entiteit if r.entiteit_id is None else f"{r.entiteit} {r.entiteit_id}",
                sorteer=lambda r: (r.entiteit, r.entiteit_id or 0),
            ),
            Kolom(self.tr("Wijzigingen"), omschrijf_wijzigingen, tooltip=lambda r: omschrijf_wijzigingen(r, 2000)),
        ]

    def _zoekbare_tekst(self, rij: AuditRegel) -> str:
        waarden = " ".join(f"{w.veld} {w.voor or ''} {w.na or ''}" for w in rij.wijzigingen)
        return f"{super()._zoekbare_tekst(rij)} {waarden}"


class WijzigingenModel(RijenModel[Wijziging]):
    VELD, VOOR, NA = range(3)

    def _kolommen(self) -> list[Kolom[Wijziging]]:
        return [
            Kolom(self.tr("Veld"), lambda w: w.veld),
            Kolom(self.tr("Voor"), lambda w: w.voor if w.voor is not None else "–", tooltip=lambda w: w.voor),
            Kolom(self.tr("Na"), lambda w: w.na if w.na is not None else "–", tooltip=lambda w: w.na),
        ]


def csv_rijen(proxy: RijenProxy, kolommen: Sequence[int]) -> list[list[str]]:
    """The header and the rows as the user sees them (filtered and sorted), for the chosen columns."""
    rijen = [[str(proxy.headerData(k, Qt.Orientation.Horizontal)) for k in kolommen]]
    for rij in range(proxy.rowCount()):
        rijen.append([str(proxy.index(rij, k).data() or "") for k in kolommen])
    return rijen
