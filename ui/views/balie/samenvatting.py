"""What the balie screen says about an identified citizen: the restricted picture as card texts.

What belongs here: pure functions from a `Baliebeeld` (and today's date) to `KaartTekst` (rich text plus the
plain sentences a screen reader announces): lopende toeslagen with this month's voorschot and the active
arrangement (the klantbeeld's own cards), recent decisions with their bezwaar deadline, the open claims one by
one, and the begeleider with the direct contact route. Nothing here reads data the role may not see: the store
left it out of the `Klantbeeld` already. Money and dates through `ui.opmaak` (`models.formaat`).
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication

from models.domain import TrajectStatus, VorderingStatus
from models.store.rows_balie import Baliebeeld
from ui import opmaak as formaat
from ui.views.klantbeeld.samenvatting import KaartTekst, kaart_regeling, kaart_toeslagen
from ui.weergave import label

__all__ = ["MAX_BESLISSINGEN", "balie_kaarten", "kaart_begeleider", "kaart_beslissingen", "kaart_schuld"]

translate = QCoreApplication.translate
MAX_BESLISSINGEN = 4


def _p(tekst: str, *, zacht: bool = False, vet: bool = False) -> str:
    stijl = " class='zacht'" if zacht else (" style='font-weight:600'" if vet else "")
    return f"<div{stijl}>{html.escape(tekst)}</div>"


def _tabel(rijen: list[tuple[str, str]]) -> str:
    cellen = "".join(
        f"<tr><td style='padding-right:10px'>{html.escape(a)}</td>"
        f"<td align='right' style='white-space:nowrap'>{html.escape(b)}</td></tr>"
        for a, b in rijen
    )
    return f"<table cellspacing='0' cellpadding='1'>{cellen}</table>"


def _gegevens(rijen: list[tuple[str, str]]) -> str:
    """Label/value rows, both left-aligned (a contact card, not amounts)."""
    cellen = "".join(
        f"<tr><td class='zacht' style='padding-right:12px'>{html.escape(a)}</td><td>{html.escape(b)}</td></tr>"
        for a, b in rijen
    )
    return f"<table cellspacing='0' cellpadding='1'>{cellen}</table>"


def kaart_beslissingen(beeld: Baliebeeld, vandaag: dt.date) -> KaartTekst:
    """The newest decisions with the last day for a bezwaar (or that the term has passed)."""
    kb = beeld.klantbeeld
    recent = sorted((b for b in kb.beschikkingen if b.datum <= vandaag), key=lambda b: b.datum, reverse=True)
    if not recent:
        tekst = translate("Balie", "Geen beslissingen bekend.")
        return KaartTekst(_p(tekst, zacht=True), tekst)
    regels: list[tuple[str, str]] = []
    voorlezen: list[str] = []
    for b in recent[:MAX_BESLISSINGEN]:
        if b.bezwaar_uiterlijk >= vandaag:
            termijn = translate("Balie", "bezwaar tot %1").replace("%1", formaat.datum(b.bezwaar_uiterlijk))
        else:
            termijn = translate("Balie", "bezwaartermijn voorbij")
        regels.append((f"{formaat.datum(b.datum)} {b.omschrijving}", termijn))
        voorlezen.append(f"{formaat.datum(b.datum)}, {b.omschrijving}, {termijn}")
    inhoud = _tabel(regels)
    if len(recent) > MAX_BESLISSINGEN:
        inhoud += _p(translate("Balie", "en %1 eerdere").replace("%1", str(len(recent) - MAX_BESLISSINGEN)), zacht=True)
    return KaartTekst(inhoud, "; ".join(voorlezen))


def kaart_schuld(beeld: Baliebeeld) -> KaartTekst:
    """The open debt: the total, then each claim with its status."""
    kb = beeld.klantbeeld
    open_v = sorted(kb.open_vorderingen, key=lambda v: (v.jaar, v.kenmerk))
    if not open_v:
        tekst = translate("Balie", "Geen open schuld.")
        return KaartTekst(_p(tekst, zacht=True), tekst)
    totaal = formaat.euro(kb.open_schuld)
    kop = f"<div style='font-weight:600; font-size:large'>{html.escape(totaal)}</div>"
    rijen = [
        (f"{v.regeling.label} {v.jaar} · {label(VorderingStatus, v.status)}", formaat.euro(v.totaal_open))
        for v in open_v[:5]
    ]
    inhoud = kop + _tabel(rijen)
    if len(open_v) > 5:
        inhoud += _p(translate("Balie", "en nog %1").replace("%1", str(len(open_v) - 5)), zacht=True)
    voorlezen = translate("Balie", "Totaal open %1: ").replace("%1", totaal) + "; ".join(f"{a} {b}" for a, b in rijen)
    return KaartTekst(inhoud, voorlezen)


def kaart_begeleider(beeld: Baliebeeld) -> KaartTekst:
    """The begeleider and how to reach them directly; or that the citizen waits for one; or none."""
    route = beeld.begeleider
    if route is None:
        tekst = translate("Balie", "Geen persoonlijk begeleider. Verwijs als de burger hulp nodig heeft.")
        return KaartTekst(_p(tekst, zacht=True), tekst)
    if not route.toegewezen:
        regels = [
            translate("Balie", "Aangemeld op %1, wacht op een begeleider.").replace(
                "%1", formaat.datum(route.aangemeld_op)
            ),
            translate("Balie", "Een nieuwe verwijzing is niet nodig."),
        ]
        return KaartTekst(_p(regels[0], vet=True) + _p(regels[1], zacht=True), " ".join(regels))
    assert route.naam is not None
    regels = [route.naam]
    rijen = [(translate("Balie", "Team"), route.team or translate("Balie", "onbekend"))]
    rijen.append((translate("Balie", "Telefoon"), route.telefoon or translate("Balie", "via de BelastingTelefoon")))
    rijen.append((translate("Balie", "Begeleiding"), label(TrajectStatus, route.status)))
    inhoud = _p(route.naam, vet=True) + _gegevens(rijen)
    return KaartTekst(inhoud, "; ".join(regels + [f"{a}: {b}" for a, b in rijen]))


def balie_kaarten(beeld: Baliebeeld, vandaag: dt.date) -> dict[str, KaartTekst]:
    kb = beeld.klantbeeld
    return {
        "toeslagen": kaart_toeslagen(kb),
        "beslissingen": kaart_beslissingen(beeld, vandaag),
        "schuld": kaart_schuld(beeld),
        "regeling": kaart_regeling(kb),
        "begeleider": kaart_begeleider(beeld),
    }
