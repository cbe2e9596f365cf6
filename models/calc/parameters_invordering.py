"""Collection (invordering) parameters as data: every value with its unit, source and status, per period.

What belongs here: data only, and the look-up of the set that applies on a date. The values come from
RULES.md §3 (terms, costs, invorderingsrente, betalingsregelingen, betalingscapaciteit, beslagvrije voet and
bijstandsnormen). Tags in the source text as in RULES.md: [P] primary text, [P-old] an older consolidated text
(SG), [O] official communication, [S] secondary, *derived*. [P] and [O] values are CONFIRMED; [P-old]-only,
[S]-only, conflicting or estimated values are UNCONFIRMED and the source text says why.

The sets reuse the parameter model of the toeslagen (`models.calc.parameters.basis`). A set starts on a date:
1 January of each year, plus 1 July 2025 because the bijstandsnormen change in the middle of the year and the
sources give the July 2025 amounts. The invorderingsrente is not a yearly value: its percentages are periods
(`RENTEPERIODES`) that a calculation crosses when it spans a rate change.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from models.calc.invoer import Invoerfout
from models.calc.parameters.basis import Parameter, Parameterset, Status, bevestigd, onbevestigd

__all__ = ["RENTEPERIODES", "Renteperiode", "invorderingsparameters", "renteperiodes_vanaf"]

D = Decimal
C = bevestigd  # [P] or [O]: CONFIRMED
U = onbevestigd  # [P-old]-only, [S]-only, conflicting or estimated: UNCONFIRMED


@dataclass(frozen=True, slots=True)
class Renteperiode:
    """One percentage of invorderingsrente, valid from `van` up to and including `tot` (`None`: open end).

    Attributes:
        van: first day the percentage applies.
        tot: last day, or None while no later percentage is known.
        percentage: the yearly percentage, in % as written in the source ("4.3").
        bron: the source, with its tag.
        status: CONFIRMED or UNCONFIRMED.
    """

    van: dt.date
    tot: dt.date | None
    percentage: D
    bron: str
    status: Status

    @property
    def label(self) -> str:
        """How the period is named in `onbevestigde_parameters` when it is UNCONFIRMED."""
        return f"Invorderingsrente vanaf {self.van.isoformat()} ({self.percentage}%)"


RENTEPERIODES: tuple[Renteperiode, ...] = (
    Renteperiode(
        dt.date(2024, 1, 1),
        dt.date(2025, 12, 31),
        D("4"),
        "[P] Stb. 2025, 383 (NJB-samenvatting): 4% vanaf 1-1-2024, bevroren t/m 2025; Awir art. 29 → IW 1990 "
        "art. 28–29",
        Status.BEVESTIGD,
    ),
    Renteperiode(
        dt.date(2026, 1, 1),
        None,
        D("4.3"),
        "[P] Stb. 2025, 383: 4,3% vanaf 1-1-2026; [S] SRA 2025-12",
        Status.BEVESTIGD,
    ),
)
"""The invorderingsrente per period, oldest first, without gaps. Before 2024 no percentage is recorded."""


def renteperiodes_vanaf(datum: dt.date, veld: str = "uiterste_betaaldatum") -> tuple[Renteperiode, ...]:
    """The rate periods that cover `datum` and later; raises `Invoerfout` (naming `veld`) before the first
    recorded period."""
    if datum < RENTEPERIODES[0].van:
        raise Invoerfout(
            veld,
            f"voor de periode vóór {RENTEPERIODES[0].van.isoformat()} is geen percentage invorderingsrente "
            "vastgelegd; zet 'rente' uit of kies een latere datum",
        )
    return tuple(p for p in RENTEPERIODES if p.tot is None or p.tot >= datum)


# --- the parameters that are the same in every period ----------------------------------------------------------

_VAST: tuple[Parameter, ...] = (
    C(
        "inv.termijn_minimum",
        "Minimaal termijnbedrag betalingsregeling",
        D("20"),
        "€/maand",
        "[P] Uitv.reg. Awir art. 7 (via TA law/SOURCES.md: 'terugvordering in maandelijkse termijnen van € 20'); "
        "[O] Belastingdienst 'verrekenen'. De oudere SG-tekst had € 40",
    ),
    C(
        "inv.termijnen_maximum",
        "Maximaal aantal termijnen standaardregeling",
        24,
        "maanden",
        "[O] Belastingdienst 'toeslag terugbetalen'; [P-old] Uitv.reg. Awir art. 7 lid 3 ('uiterlijk … 24 "
        "maanden'), gerekend vanaf de uiterste betaaldatum",
    ),
    U(
        "inv.rente_drempel",
        "Invorderingsrente bij de laatste betaling die niet in rekening wordt gebracht",
        D("23"),
        "€",
        "[P-old] Uitv.reg. IW 1990 art. 33 (SG): '€ 23 of minder niet in rekening gebracht'; huidige tekst niet "
        "opgehaald",
    ),
    C(
        "verr.voorschot_minimum",
        "Minimale lopende toeslag voor verrekening",
        D("20"),
        "€/maand",
        "[O] Belastingdienst 'verrekenen' (oudere versie): alleen met dezelfde toeslag, ≥ € 20 per maand en hoger "
        "dan het termijnbedrag",
    ),
    U(
        "pbr.looptijd",
        "Looptijd persoonlijke betalingsregeling",
        24,
        "maanden",
        "RULES §3.3: looptijd en behandeling van het restant van een PBR niet gevonden (IBTD-rapport 36 708 nr. 10 "
        "niet opgehaald); gekozen: gelijk aan de standaardregeling",
    ),
    U(
        "pbr.benutting",
        "Deel van de betalingscapaciteit dat als termijnbedrag wordt gevraagd",
        D("100"),
        "%",
        "RULES §3.3 formule: termijn = capaciteit. Bij kwijtschelding ten minste 80% (Uitv.reg. IW 1990 art. 11, "
        "[P-old]); of dat voor de PBR geldt is niet gevonden",
    ),
    U(
        "pbr.kosten_van_bestaan",
        "Kosten van bestaan als percentage van de bijstandsnorm",
        D("90"),
        "%",
        "[P-old] Uitv.reg. IW 1990 art. 16 lid 1–2 (SG); de Belastingdienst verwijst alleen naar 'het normbedrag'",
    ),
    U(
        "pbr.aow_verhoging_beiden",
        "Verhoging kosten van bestaan, beide partners AOW-leeftijd",
        D("20.98"),
        "€/maand",
        "[P-old] Uitv.reg. IW 1990 art. 16 lid 3 onder a (SG); huidig bedrag niet gevonden",
    ),
    U(
        "pbr.aow_verhoging_een",
        "Verhoging kosten van bestaan, één persoon AOW-leeftijd",
        D("10.49"),
        "€/maand",
        "[P-old] Uitv.reg. IW 1990 art. 16 lid 3 onder b (SG); huidig bedrag niet gevonden",
    ),
    U(
        "pbr.kostgangers_per_dag",
        "Maximale kosten kostgangers per dag",
        D("10.45"),
        "€/dag",
        "[P-old] Uitv.reg. IW 1990 art. 15 lid 1 onder f (SG; een volle maand = 30 dagen); huidig bedrag niet gevonden",
    ),
    U(
        "pbr.vrijstelling_inboedel",
        "Vrijgestelde waarde inboedel",
        D("2269"),
        "€",
        "[P-old] Uitv.reg. IW 1990 art. 12 lid 2 onder a (SG); huidig bedrag niet gevonden",
    ),
    U(
        "pbr.vrijstelling_auto",
        "Vrijgestelde waarde auto",
        D("2269"),
        "€",
        "[P-old] Uitv.reg. IW 1990 art. 12 lid 2 onder c (SG): een auto van € 2.269 of minder telt niet mee",
    ),
    U(
        "bvv.percentage",
        "Beschermd minimum (beslagvrije voet) als percentage van de bijstandsnorm",
        D("95"),
        "%",
        "[S] sociaalverhaal.com e.a.: 95% van de norm incl. vakantietoeslag (Wet vbvv, 2021); niet geverifieerd in "
        "Rv art. 475da e.v.; woonkosten- en zorgpremiecorrecties onbevestigd en niet toegepast",
    ),
)

_NORM_BRON_2024 = "[O] gemeente Westland en rsddeliemers, normen 1-1-2024 incl. vakantietoeslag"
_NORM_BRON_2025 = (
    "[O] gemeente Westland normenoverzicht 1-1-2025 incl. vakantietoeslag; ook metronieuws en EM bsanet_nl"
)
_NORM_BRON_JULI_2025 = (
    "*derived*: [O] Hof van Twente 1-7-2025 excl. vakantietoeslag / 0,95; [S] Stimulansz normenoverzicht geeft "
    "dezelfde bedragen incl. vakantietoeslag"
)
_NORM_BRON_2026 = (
    "Schatting: de normen 1-1-2026 zijn niet gevonden. Norm 1-7-2025 incl. vakantietoeslag × 14,71 / 14,40 "
    "(stijging uurloon WML, Rijksoverheid 2025-12-10), half omhoog op centen. Bewust niet de lagere juli-2025-norm: "
    "het bestaansminimum mag niet te laag worden ingeschat"
)
_WOON_DREMPEL_BRON = (
    "[S] EM, RB (gevalideerd met de gepubliceerde huurtoeslagtabel 2025): minimumbasishuur Wht art. 17 lid 2"
)


def _normen(zeker: bool, bron: str, alleen: str, gehuwd: str, alleen_aow: str, gehuwd_aow: str) -> list[Parameter]:
    maak = C if zeker else U
    return [
        maak(
            "norm.alleenstaande",
            "Bijstandsnorm alleenstaande (ouder), 21 jaar tot AOW-leeftijd",
            D(alleen),
            "€/maand",
            f"{bron}; Participatiewet art. 21 onder a",
        ),
        maak(
            "norm.gehuwden",
            "Bijstandsnorm gehuwden, beiden 21 jaar tot AOW-leeftijd",
            D(gehuwd),
            "€/maand",
            f"{bron}; Participatiewet art. 21 onder b",
        ),
        maak(
            "norm.alleenstaande_aow",
            "Bijstandsnorm alleenstaande (ouder), AOW-leeftijd",
            D(alleen_aow),
            "€/maand",
            f"{bron}; Participatiewet art. 22 onder a",
        ),
        maak(
            "norm.gehuwden_aow",
            "Bijstandsnorm gehuwden, één of beiden AOW-leeftijd",
            D(gehuwd_aow),
            "€/maand",
            f"{bron}; Participatiewet art. 22 onder b en c (gelijk bedrag volgens Stimulansz [S])",
        ),
    ]


def _woonlasten(maximum: str, max_bron: str, drempel_ep: str, drempel_mp: str, drempel_bron: str) -> list[Parameter]:
    return [
        C(
            "pbr.woonlasten_maximum",
            "Woonlasten tellen mee tot de maximale huurgrens",
            D(maximum),
            "€/maand",
            f"{max_bron}; Uitv.reg. IW 1990 art. 15 lid 1 onder b (Wht art. 13 lid 1 onder a)",
        ),
        U(
            "pbr.woonlasten_drempel.ep",
            "Woonlasten tellen mee boven de minimumbasishuur (eenpersoons)",
            D(drempel_ep),
            "€/maand",
            drempel_bron,
        ),
        U(
            "pbr.woonlasten_drempel.mp",
            "Woonlasten tellen mee boven de minimumbasishuur (meerpersoons)",
            D(drempel_mp),
            "€/maand",
            drempel_bron,
        ),
    ]


_SETS: tuple[tuple[dt.date, Parameterset], ...] = (
    (
        dt.date(2024, 1, 1),
        Parameterset(
            2024,
            [
                *_VAST,
                *_normen(True, _NORM_BRON_2024, "1283.83", "1834.04", "1425.76", "1933.98"),
                *_woonlasten(
                    "879.66",
                    "[O] Belastingdienst 'maximale huur' 2024",
                    "199.05",
                    "197.24",
                    "Bedrag 2024 niet gevonden; de waarde van 2025 gebruikt. " + _WOON_DREMPEL_BRON,
                ),
            ],
        ),
    ),
    (
        dt.date(2025, 1, 1),
        Parameterset(
            2025,
            [
                *_VAST,
                *_normen(True, _NORM_BRON_2025, "1345.45", "1922.07", "1501.07", "2053.48"),
                *_woonlasten("900.07", "[O] Rijksoverheid 2024-11-18", "199.05", "197.24", _WOON_DREMPEL_BRON),
            ],
        ),
    ),
    (
        dt.date(2025, 7, 1),
        Parameterset(
            2025,
            [
                *_VAST,
                *_normen(True, _NORM_BRON_JULI_2025, "1369.06", "1955.80", "1530.21", "2094.98"),
                *_woonlasten("900.07", "[O] Rijksoverheid 2024-11-18", "199.05", "197.24", _WOON_DREMPEL_BRON),
            ],
        ),
    ),
    (
        dt.date(2026, 1, 1),
        Parameterset(
            2026,
            [
                *_VAST,
                *_normen(False, _NORM_BRON_2026, "1398.53", "1997.90", "1563.15", "2140.08"),
                *_woonlasten(
                    "932.93",
                    "[O] Rijksoverheid 2025-11-25 ('DAEB-huurgrens € 932,93')",
                    "202.52",
                    "200.71",
                    "[S] HT26 en DRAFT26: vaste basishuur 2026; conflict met de [P] verlaging van € 36,57 "
                    "(BWBR0049106) die HT26 niet gebruikt",
                ),
                C(
                    "spijt.termijnen",
                    "Termijnen spijtoptantenregeling",
                    24,
                    "maanden",
                    "[O] jaarverslag Dienst Toeslagen 2025 (002) en evaluatie (003 L452, L648): vanaf 1-1-2026 "
                    "altijd 24 maanden, ook na de start van dwanginvordering; verdere voorwaarden niet gevonden",
                ),
            ],
        ),
    ),
)


VOORTZETTING_JAREN = 3  # how many years after the newest set its values are continued, marked UNCONFIRMED


def invorderingsparameters(peildatum: dt.date, veld: str = "startdatum") -> Parameterset:
    """The collection parameters that apply on `peildatum` (the start of an arrangement, a payment date).

    After the newest year with parameter data the newest set is continued for `VOORTZETTING_JAREN` years, every
    value then marked UNCONFIRMED with a source text saying so: an arrangement agreed now runs into years whose
    norms are not yet published, and its payments must still be processed, visibly resting on an assumption.

    Args:
        peildatum: the date the calculation is made for.
        veld: the input field named in the error message.

    Returns:
        The parameter set of the period that contains `peildatum`.

    Raises:
        Invoerfout: `peildatum` lies before 2024 or beyond the continuation.
    """
    laatste = _SETS[-1][0].year
    if peildatum < _SETS[0][0] or peildatum.year > laatste + VOORTZETTING_JAREN:
        raise Invoerfout(
            veld,
            f"voor {peildatum.isoformat()} zijn geen invorderingsparameters vastgelegd "
            f"({_SETS[0][0].year} t/m {laatste}, voortgezet t/m {laatste + VOORTZETTING_JAREN})",
        )
    if peildatum.year > laatste:
        return _voortgezet(peildatum.year)
    return next(ps for begin, ps in reversed(_SETS) if begin <= peildatum)


@lru_cache(maxsize=8)
def _voortgezet(jaar: int) -> Parameterset:
    """The newest set carried into `jaar`, every value UNCONFIRMED (its norms are not yet published)."""
    basis = _SETS[-1][1]
    return Parameterset(
        jaar,
        [
            onbevestigd(
                p.sleutel,
                p.naam,
                p.waarde,
                p.eenheid,
                f"Voor {jaar} nog niet vastgelegd: de waarde van {basis.jaar} is voortgezet. Oorspronkelijke bron: "
                f"{p.bron}",
            )
            for p in basis
        ],
    )
