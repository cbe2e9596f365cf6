"""The dashboard's table model and texts: the drill-down list, how a KPI reads, and the CSV exports.

What belongs here: `DrillModel` (a `RijenModel` over `DrillRegel` whose optional columns follow the headers of the
`Drilllijst` it shows), the pure functions that turn a `Kpi` into the words on its tile (`waarde_tekst`,
`norm_tekst`, `status_van`), and the rows of the two CSV exports (`cijfer_rijen`, `drill_rijen`) in the same
Dutch formats as the screen. The BSN is masked in the table and in the export, as everywhere in the workstation.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from models import formaat
from models.store.rows_kpi import Dashboardcijfers, Drilllijst, DrillRegel, Eenheid, Kpi, MaandPunt
from models.validatie import masker_bsn
from ui import opmaak
from ui.palet import Status
from ui.qtmodels.basis import Kolom, RijenModel, leeg_laatst

__all__ = [
    "NIET_BEREKENBAAR",
    "DrillModel",
    "cijfer_rijen",
    "drill_rijen",
    "maand_tekst",
    "norm_tekst",
    "status_van",
    "waarde_tekst",
]

NIET_BEREKENBAAR = "niet te berekenen uit de opslag"


def _getal(waarde: int) -> str:
    return formaat.getal(waarde)


def waarde_tekst(eenheid: Eenheid, waarde: object) -> str:
    """`94,3%`, `1.234`, or `–` when there is nothing to measure."""
    if waarde is None:
        return "–"
    if eenheid is Eenheid.PROCENT:
        return formaat.procent(waarde)  # type: ignore[arg-type]
    return formaat.getal(waarde)  # type: ignore[arg-type]


def _norm_waarde(k: Kpi) -> str:
    """The target as written in the sources: `94%`, `99,9%`, `8`."""
    assert k.norm is not None
    waarde = k.norm.waarde
    if k.eenheid is Eenheid.PROCENT:
        return formaat.procent(waarde, 0 if waarde == waarde.to_integral_value() else 1)
    return formaat.getal(waarde)


def teller_tekst(k: Kpi) -> str:
    """What the figure is made of: `3.335 van 3.529`, `11 van 2.920 termijnen`."""
    if k.niet_berekenbaar:
        return ""
    if k.eenheid is Eenheid.PROCENT:
        if not k.noemer:
            return "niets te meten in de periode"
        return f"{_getal(k.teller)} van {_getal(k.noemer)}"
    if k.noemer:
        return f"van {_getal(k.noemer)} {k.noemer_tekst or 'in totaal'}"
    return ""


def norm_tekst(k: Kpi) -> str:
    """`Norm ≥ 94%: niet gehaald`, `Geen norm`, or the reason the figure cannot be computed."""
    if k.niet_berekenbaar:
        norm = f" (norm {k.norm.vergelijking} {_norm_waarde(k)})" if k.norm else ""
        return f"{NIET_BEREKENBAAR[0].upper()}{NIET_BEREKENBAAR[1:]}{norm}: {k.niet_berekenbaar}"
    if k.norm is None:
        return "Geen norm"
    norm = f"Norm {k.norm.vergelijking} {_norm_waarde(k)}"
    if k.gehaald is None:
        return f"{norm}: niets te meten"
    return f"{norm}: {'gehaald' if k.gehaald else 'niet gehaald'}"


def status_van(k: Kpi) -> Status:
    """The status colour and icon of a tile: met (ok), not met (urgent), no target or no figure (info)."""
    if k.gehaald is None:
        return Status.INFO
    return Status.OK if k.gehaald else Status.URGENT


def maand_tekst(k: Kpi, p: MaandPunt) -> str:
    """The tooltip of one month of the trend: `mei 2026: 50,0% (1 van 2)`, `april 2026: 3`."""
    waarde = waarde_tekst(k.eenheid, p.waarde)
    if k.eenheid is Eenheid.PROCENT:
        extra = f" ({_getal(p.teller)} van {_getal(p.noemer or 0)})" if p.noemer else " (niets te meten)"
    else:
        extra = ""
    gehaald = ""
    if k.norm is not None and p.waarde is not None:
        gehaald = ", norm gehaald" if k.norm.gehaald(p.waarde) else ", norm niet gehaald"
    return f"{formaat.maand(p.maand)}: {waarde}{extra}{gehaald}"


class DrillModel(RijenModel[DrillRegel]):
    """The cases behind a figure; the columns follow the headers of the list shown."""

    def __init__(self, parent: QObject | None = None) -> None:
        self._lijst: Drilllijst | None = None
        super().__init__(parent)

    @property
    def lijst(self) -> Drilllijst | None:
        return self._lijst

    def zet_lijst(self, lijst: Drilllijst) -> None:
        self.beginResetModel()
        self._lijst = lijst
        self._kolom_lijst = self._kolommen()
        self._rijen = list(lijst.regels)
        self._zoekteksten = [None] * len(self._rijen)
        self.endResetModel()

    def _kolommen(self) -> list[Kolom[DrillRegel]]:
        kolommen: list[Kolom[DrillRegel]] = [
            Kolom(self.tr("Naam"), lambda r: r.naam),
            Kolom(
                self.tr("BSN"),
                lambda r: masker_bsn(r.bsn),
                sorteer=lambda r: r.bsn,
                toegankelijk=lambda r: self.tr("BSN eindigend op %1").replace("%1", r.bsn[-4:]),
            ),
            Kolom(self.tr("Onderwerp"), lambda r: r.onderwerp),
        ]
        lijst = self._lijst
        if lijst is None:
            return kolommen
        for kop, veld in ((lijst.kop_datum, "datum"), (lijst.kop_datum_2, "datum_2"), (lijst.kop_datum_3, "datum_3")):
            if kop:
                kolommen.append(
                    Kolom(
                        kop,
                        lambda r, v=veld: opmaak.datum(getattr(r, v)),
                        sorteer=lambda r, v=veld: leeg_laatst(getattr(r, v)),
                        bedrag=True,
                    )
                )
        if lijst.kop_bedrag:
            kolommen.append(
                Kolom(
                    lijst.kop_bedrag,
                    lambda r: opmaak.euro(r.bedrag),
                    sorteer=lambda r: leeg_laatst(r.bedrag),
                    bedrag=True,
                )
            )
        if lijst.kop_dagen:
            kolommen.append(
                Kolom(
                    lijst.kop_dagen,
                    lambda r: "–" if r.dagen is None else formaat.getal(r.dagen),
                    sorteer=lambda r: leeg_laatst(r.dagen),
                    bedrag=True,
                )
            )
        if lijst.kop_uitkomst:
            kolommen.append(Kolom(lijst.kop_uitkomst, lambda r: r.uitkomst))
        if lijst.kop_medewerker:
            kolommen.append(Kolom(lijst.kop_medewerker, lambda r: r.medewerker))
        return kolommen

    def koppen(self) -> list[str]:
        return [k.kop for k in self._kolom_lijst]


# --- CSV -----------------------------------------------------------------------------------------------------


def cijfer_rijen(cijfers: Dashboardcijfers) -> list[list[str]]:
    """The figures as a table: per KPI a row for the whole period and one per month, then the KPIs the store
    cannot compute with the reason."""
    rijen = [["KPI", "Periode", "Waarde", "Teller", "Noemer", "Norm", "Norm gehaald", "Toelichting"]]
    for k in cijfers.kpis:
        norm = f"{k.norm.vergelijking} {_norm_waarde(k)}" if k.norm else "geen norm"
        periode = f"{formaat.datum(k.van)} t/m {formaat.datum(k.tot)}"
        gehaald = {True: "ja", False: "nee", None: ""}[k.gehaald]
        rijen.append(
            [
                k.titel,
                periode,
                waarde_tekst(k.eenheid, k.waarde),
                _getal(k.teller),
                "" if k.noemer is None else _getal(k.noemer),
                norm,
                gehaald,
                k.uitleg if k.norm else f"{k.uitleg} {k.geen_norm}".strip(),
            ]
        )
        for p in k.trend:
            gehaald_maand = ""
            if k.norm is not None and p.waarde is not None:
                gehaald_maand = "ja" if k.norm.gehaald(p.waarde) else "nee"
            rijen.append(
                [
                    k.titel,
                    formaat.maand(p.maand),
                    waarde_tekst(k.eenheid, p.waarde),
                    _getal(p.teller),
                    "" if p.noemer is None else _getal(p.noemer),
                    norm,
                    gehaald_maand,
                    "",
                ]
            )
    for k in cijfers.niet_berekenbaar:
        norm = f"{k.norm.vergelijking} {_norm_waarde(k)}" if k.norm else "geen norm"
        rijen.append([k.titel, "", NIET_BEREKENBAAR, "", "", norm, "", k.niet_berekenbaar or ""])
    return rijen


def drill_rijen(model: DrillModel, volgorde: list[DrillRegel] | None = None) -> list[list[str]]:
    """The drill-down list as shown: the model's columns and cell texts, rows in `volgorde` (the view's sort and
    filter) or the model's own order."""
    kolommen = model._kolom_lijst
    rijen = [[k.kop for k in kolommen]]
    for r in volgorde if volgorde is not None else model.rijen():
        rijen.append([k.tekst(r) for k in kolommen])
    return rijen
