"""The data of the beschikking letters: frozen dataclasses, independent of the ORM, and the legal terms.

What belongs here: what a letter says about one citizen and one decision (recipient, reference, date, amounts,
the calculation bases and steps from the calculation core, deadlines), and the few date rules every decision
letter prints (bezwaar, payment, back-payment, reporting a change). Nothing here formats text or renders: see
`models.letters.beschikkingen` for the wording and `models.letters.render` for the PDF.

Deadlines (RULES.md):
- bezwaar: 6 weeks, starting the day after the dagtekening (Awb 6:7, Awir art. 35), so the last day is the
  dagtekening + 6 weeks;
- payment of a terugvordering: 6 weeks after the dagtekening (Awir art. 28 lid 1);
- payment of a nabetaling: within 4 weeks after the dagtekening (Awir art. 24);
- reporting a change: within 4 weeks (Uitv.reg. Awir art. 5); the voorschot letter asks for a check within
  4 weeks of its date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from models.calc.invoer import Grondslagen, Regeling
from models.calc.uitkomst import Stap
from models.store.rows import BurgerRow

__all__ = [
    "BEZWAARTERMIJN",
    "Beschikkingsbrief",
    "Briefbasis",
    "Definitievebrief",
    "Hulp",
    "Ontvanger",
    "Terugvorderingsbrief",
    "Voorschotbrief",
    "betaal_uiterlijk",
    "bezwaar_uiterlijk",
    "controle_uiterlijk",
    "nabetaling_uiterlijk",
]

BEZWAARTERMIJN = dt.timedelta(weeks=6)
BETAALTERMIJN = dt.timedelta(weeks=6)
NABETAALTERMIJN = dt.timedelta(weeks=4)
WIJZIGINGSTERMIJN = dt.timedelta(weeks=4)


def bezwaar_uiterlijk(dagtekening: dt.date) -> dt.date:
    """Last day to object: the term starts the day after the dagtekening and lasts 6 weeks (Awir art. 35)."""
    return dagtekening + BEZWAARTERMIJN


def betaal_uiterlijk(dagtekening: dt.date) -> dt.date:
    """Uiterste betaaldatum of a terugvordering: 6 weeks after the dagtekening (Awir art. 28 lid 1)."""
    return dagtekening + BETAALTERMIJN


def nabetaling_uiterlijk(dagtekening: dt.date) -> dt.date:
    """A nabetaling is paid within 4 weeks after the dagtekening (Awir art. 24)."""
    return dagtekening + NABETAALTERMIJN


def controle_uiterlijk(dagtekening: dt.date) -> dt.date:
    """The voorschot letter asks to report wrong data within 4 weeks (Uitv.reg. Awir art. 5)."""
    return dagtekening + WIJZIGINGSTERMIJN


@dataclass(frozen=True, slots=True)
class Ontvanger:
    """The addressee: the name and address lines of the address block, and the name in the salutation."""

    naam: str
    adresregels: tuple[str, ...]
    aanhef: str

    @classmethod
    def uit_burger(cls, burger: BurgerRow) -> Ontvanger:
        regels = [burger.adresregel, f"{burger.postcode[:4]} {burger.postcode[4:]}  {burger.woonplaats.upper()}"]
        if burger.land and burger.land != "NL":
            regels.append(burger.land)
        return cls(naam=burger.naam, adresregels=tuple(regels), aanhef=burger.roepnaam)


@dataclass(frozen=True, slots=True)
class Hulp:
    """Who helps this household besides the BelastingTelefoon and the servicepunten."""

    begeleider: str | None = None
    begeleider_telefoon: str | None = None


@dataclass(frozen=True, slots=True)
class Briefbasis:
    """What every letter to a citizen has: language, recipient, reference, date, help."""

    taal: str
    ontvanger: Ontvanger
    kenmerk: str
    dagtekening: dt.date
    hulp: Hulp = field(default_factory=Hulp)
    iban: str | None = None  # the citizen's account for payments to them (printed masked)


@dataclass(frozen=True, slots=True)
class Voorschotbrief:
    """Voorschotbeschikking (or a herziening of the voorschot) for one regeling and year.

    Attributes:
        maandbedrag / jaarbedrag: as decided (whole euros, Awir art. 14 and DTSL practice).
        grondslagen: the data the voorschot rests on (income estimate, partner, rent, children, hours).
        uitleg: the calculation steps of the core, recomputed from `grondslagen`; empty when the stored data no
            longer reproduce the decided amount (the letter then says so instead of showing wrong steps).
        onbevestigd: the unconfirmed parameters the amount depends on (RULES.md: UNCONFIRMED).
        reden_geen_recht: the core's reason when there is no entitlement.
        bezwaar_uiterlijk: as stored with the decision (`bezwaar_uiterlijk(dagtekening)` for a new one).
    """

    basis: Briefbasis
    regeling: Regeling
    jaar: int
    bezwaar_uiterlijk: dt.date
    eerste_maand: int
    laatste_maand: int
    maandbedrag: Decimal
    jaarbedrag: Decimal
    grondslagen: Grondslagen
    uitleg: tuple[Stap, ...]
    onbevestigd: tuple[str, ...] = ()
    herziening: bool = False
    reden_geen_recht: str | None = None


@dataclass(frozen=True, slots=True)
class Definitievebrief:
    """Definitieve berekening: the definitive amount against the voorschot paid.

    Attributes:
        saldo: definitief − betaald voorschot; + nabetaling, − terugvordering (before the doelmatigheidsgrens).
        terug_te_vorderen: what is actually reclaimed (0 when the recovery is at or below the grens).
        doelmatigheidsgrens: the amount at or below which a recovery is not reclaimed (Awir art. 26a).
    """

    basis: Briefbasis
    regeling: Regeling
    jaar: int
    bezwaar_uiterlijk: dt.date
    definitief_jaarbedrag: Decimal
    betaald_voorschot: Decimal
    saldo: Decimal
    terug_te_vorderen: Decimal
    na_te_betalen: Decimal
    doelmatigheidsgrens: Decimal
    grondslagen: Grondslagen
    uitleg: tuple[Stap, ...]
    onbevestigd: tuple[str, ...] = ()

    @property
    def nabetaling_uiterlijk(self) -> dt.date:
        return nabetaling_uiterlijk(self.basis.dagtekening)


@dataclass(frozen=True, slots=True)
class Terugvorderingsbrief:
    """Terugvorderingsbeschikking: what to pay back, by when, and the standard 24-month arrangement.

    Attributes:
        bedrag: the amount reclaimed.
        betaal_uiterlijk: the uiterste betaaldatum (the claim's due date; 6 weeks after the dagtekening).
        definitief_jaarbedrag / betaald_voorschot: where the amount comes from (None when unknown).
        termijnbedrag / aantal_termijnen / laatste_termijn: the standard arrangement for this amount, from the
            calculation core (`models.calc.betalingsregeling.standaardregeling`); None: the letter states the rule
            (at most 24 months, at least € 20 a month) without the figures.
        uitleg: the steps of the definitive calculation and the settlement that led to the recovery.
    """

    basis: Briefbasis
    regeling: Regeling
    jaar: int
    bezwaar_uiterlijk: dt.date
    bedrag: Decimal
    betaal_uiterlijk: dt.date
    termijnbedrag: Decimal | None = None
    aantal_termijnen: int | None = None
    laatste_termijn: Decimal | None = None
    definitief_jaarbedrag: Decimal | None = None
    betaald_voorschot: Decimal | None = None
    betalingskenmerk: str | None = None  # the claim's reference; the letter's kenmerk when None
    uitleg: tuple[Stap, ...] = ()
    onbevestigd: tuple[str, ...] = ()


Beschikkingsbrief = Voorschotbrief | Definitievebrief | Terugvorderingsbrief
