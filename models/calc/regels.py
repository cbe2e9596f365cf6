"""The explicit, named choices where the agency's practice differs from (or fills a gap in) the statute.

What belongs here: `Rekenregels` and its enumerations, plus the two ready sets `PRAKTIJK` (the default: what
Dienst Toeslagen does, which reproduces the published rekenvoorbeelden) and `WETTELIJK` (the literal statute).
RULES.md §1.1 and §2.3 describe each choice; DOMAIN.md §3.6 and §11 item 2 the high-recovery threshold.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

__all__ = ["PRAKTIJK", "WETTELIJK", "Drempelkeuze", "Maandafronding", "Rekenregels", "Vergelijking"]


class Drempelkeuze(StrEnum):
    """Which zorgtoeslag drempelinkomen is used."""

    PRAKTIJK_HELE_EUROS = "praktijk"
    """The whole-euro amount the Dienst applies (€ 26.819 / € 28.406 / € 29.736); reproduces the leaflets."""
    WETTELIJK = "wettelijk"
    """108% × 12 × WML January (Wzt art. 1 lid 1 onder f), unrounded (€ 26.819,424 / …)."""


class Maandafronding(StrEnum):
    """How the monthly voorschot follows from the yearly amount."""

    HELE_EUROS_OMLAAG = "hele_euros_omlaag"
    """floor(jaarbedrag / 12) in whole euros: the Dienst's practice (no legal basis found, RULES.md §1.1)."""
    CENTEN = "centen"
    """jaarbedrag / 12 rounded half up to the cent (Wzt art. 2 lid 5: per month one twelfth)."""


class Vergelijking(StrEnum):
    """Operator of the "hoge terugvordering" threshold (the sources disagree, DOMAIN.md §11 item 2)."""

    GROTER_DAN = ">"
    GROTER_OF_GELIJK = ">="

    def geldt(self, bedrag: Decimal, grens: Decimal) -> bool:
        """Whether `bedrag` passes `grens` under this operator."""
        return bedrag > grens if self is Vergelijking.GROTER_DAN else bedrag >= grens

    @property
    def tekst(self) -> str:
        """Dutch wording for the trace."""
        return "meer dan" if self is Vergelijking.GROTER_DAN else "ten minste"


@dataclass(frozen=True, slots=True)
class Rekenregels:
    """The named practice-vs-statute choices of one calculation. The default is the agency's practice.

    Attributes:
        drempelinkomen: whole-euro drempelinkomen as applied (default) or the statutory 108% × 12 × WML.
        maandvoorschot: monthly voorschot = floor(year / 12) in whole euros (default) or year / 12 in cents.
        minimum_na_afronding: Awir art. 14: round the year amount to whole euros first, then apply the € 24
            minimum (default; reproduces the published income limits), or test the exact amount against € 24.
        hoge_terugvordering_vergelijking: ">" (default, the KPI definition) or ">=".
        hoge_terugvordering_grens: € 500 by default (every toeslag except kinderopvangtoeslag).
        hoge_terugvordering_grens_kot: € 1.000 by default (kinderopvangtoeslag).
    """

    drempelinkomen: Drempelkeuze = Drempelkeuze.PRAKTIJK_HELE_EUROS
    maandvoorschot: Maandafronding = Maandafronding.HELE_EUROS_OMLAAG
    minimum_na_afronding: bool = True
    hoge_terugvordering_vergelijking: Vergelijking = Vergelijking.GROTER_DAN
    hoge_terugvordering_grens: Decimal = Decimal(500)
    hoge_terugvordering_grens_kot: Decimal = Decimal(1000)


PRAKTIJK = Rekenregels()
"""The agency's practice (the default everywhere)."""

WETTELIJK = Rekenregels(
    drempelinkomen=Drempelkeuze.WETTELIJK,
    maandvoorschot=Maandafronding.CENTEN,
    minimum_na_afronding=False,
)
"""The literal statute where practice differs: unrounded drempelinkomen, month = year / 12 in cents, and the
€ 24 test on the exact amount."""
