"""Frozen rows of the supervisor dashboard (issue #7): KPI figures, their monthly trend and the drill-down lists.

What belongs here: the immutable data `models.store.kpi.KpiRepository` hands to the dashboard view — a `Kpi`
(figure, target, whether it is met, the trend per month, a breakdown), the `Dashboard` of one reference date,
and the `Drilllijst` of cases behind one figure. No sqlmodel or sqlalchemy import, so `ui/` may depend on this
module, like `models.store.rows`.

A KPI the store cannot compute carries `niet_berekenbaar` (the Dutch reason) and no figure: the dashboard shows
"niet te berekenen uit de opslag" with that reason, never an invented value.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

__all__ = [
    "MAX_DRILL",
    "Dashboardcijfers",
    "DrillRegel",
    "Drilllijst",
    "Eenheid",
    "Kpi",
    "KpiSleutel",
    "MaandPunt",
    "Norm",
    "Uitsplitsing",
    "percentage",
]

MAX_DRILL = 5000  # rows of one drill-down list; more means: the list says how many were left off


class KpiSleutel(enum.StrEnum):
    """The KPIs of the dashboard, in the order the tiles appear."""

    GEEN_HOGE_TERUGVORDERING = "geen_hoge_terugvordering"
    BEZWAREN_OP_TIJD = "bezwaren_op_tijd"
    INTAKES_OP_TIJD = "intakes_op_tijd"
    GEMISTE_TERMIJNEN = "gemiste_termijnen"
    REGELINGEN = "regelingen"
    SIGNALEN = "signalen"
    CASELOAD = "caseload"


class Eenheid(enum.StrEnum):
    PROCENT = "procent"  # teller / noemer × 100
    AANTAL = "aantal"  # a count


@dataclass(frozen=True, slots=True)
class Norm:
    """A target: `waarde` with `vergelijking` ("≥", "≤" or "<") in the unit of the KPI; `bron` says whose it is."""

    vergelijking: str
    waarde: Decimal
    bron: str

    def gehaald(self, waarde: Decimal) -> bool:
        if self.vergelijking == "≥":
            return waarde >= self.waarde
        if self.vergelijking == "≤":
            return waarde <= self.waarde
        if self.vergelijking == "<":
            return waarde < self.waarde
        raise ValueError(f"onbekende vergelijking {self.vergelijking!r}")


@dataclass(frozen=True, slots=True)
class MaandPunt:
    """One month of the trend: the first day of the month, the counts, and the figure (None: nothing to measure)."""

    maand: dt.date
    teller: int
    noemer: int | None  # None for a count KPI
    waarde: Decimal | None


@dataclass(frozen=True, slots=True)
class Uitsplitsing:
    """One line of a breakdown: "Standaard · actief: 329", "Stapeling van schulden, ouder dan 30 dagen: 12"."""

    groep: str  # the heading the line belongs to ("Per soort en status", "Per type", "Per leeftijd")
    label: str
    aantal: int


@dataclass(frozen=True, slots=True)
class Kpi:
    """One figure of the dashboard over the period `van` .. `tot` (both inclusive)."""

    sleutel: KpiSleutel | None  # None: a KPI of the agency the store cannot compute (no tile, no drill-down)
    titel: str
    uitleg: str  # how it is counted, in plain Dutch
    eenheid: Eenheid
    van: dt.date
    tot: dt.date
    waarde: Decimal | None  # None: not computable (see `niet_berekenbaar`) or nothing to measure (noemer 0)
    teller: int = 0
    noemer: int | None = None
    norm: Norm | None = None
    geen_norm: str = ""  # why there is no target (the sources are silent), shown instead of a target
    trend: tuple[MaandPunt, ...] = ()
    uitsplitsing: tuple[Uitsplitsing, ...] = ()
    niet_berekenbaar: str | None = None
    drill_titel: str = ""  # what the drill-down list holds; "" when there is none
    noemer_tekst: str = ""  # what the noemer of a count KPI counts: "termijnen die in de periode vervielen"

    @property
    def gehaald(self) -> bool | None:
        """Whether the target is met; None without a target or without a figure."""
        if self.norm is None or self.waarde is None:
            return None
        return self.norm.gehaald(self.waarde)


@dataclass(frozen=True, slots=True)
class Dashboardcijfers:
    """Every KPI for one reference date, plus the KPIs of the agency that the store cannot compute."""

    peildatum: dt.date
    kpis: tuple[Kpi, ...]
    niet_berekenbaar: tuple[Kpi, ...]

    def kpi(self, sleutel: KpiSleutel) -> Kpi:
        for k in self.kpis:
            if k.sleutel == sleutel:
                return k
        raise KeyError(sleutel)


@dataclass(frozen=True, slots=True)
class DrillRegel:
    """One case behind a figure. Which of the optional fields mean what is named by the `Drilllijst` headers."""

    burger_id: int
    naam: str
    bsn: str
    onderwerp: str  # "Huurtoeslag 2025", "Termijn 4 van 24 (standaard)", "Stapeling van schulden"
    datum: dt.date | None = None
    datum_2: dt.date | None = None
    datum_3: dt.date | None = None
    bedrag: Decimal | None = None
    dagen: int | None = None
    uitkomst: str = ""  # "te laat", "op tijd", a status
    medewerker: str = ""  # the begeleider, where it matters


@dataclass(frozen=True, slots=True)
class Drilllijst:
    """The cases behind one KPI (or one month of its trend), with the headers of the optional columns.

    A header of "" means the column is not used by this list. `totaal` is the number of cases; when it is more
    than `MAX_DRILL` the list holds the first `MAX_DRILL` (`afgekapt`).
    """

    sleutel: KpiSleutel
    titel: str
    van: dt.date
    tot: dt.date
    regels: tuple[DrillRegel, ...]
    totaal: int
    kop_datum: str = ""
    kop_datum_2: str = ""
    kop_datum_3: str = ""
    kop_bedrag: str = ""
    kop_dagen: str = ""
    kop_uitkomst: str = ""
    kop_medewerker: str = ""

    @property
    def afgekapt(self) -> bool:
        return self.totaal > len(self.regels)


def percentage(teller: int, noemer: int | None) -> Decimal | None:
    """teller / noemer × 100 to one decimal (half up), None when there is nothing to measure."""
    if not noemer:
        return None
    return (Decimal(teller) * 100 / Decimal(noemer)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
