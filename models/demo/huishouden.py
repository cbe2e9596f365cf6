"""Synthesis of one household: who lives there, and per year what is true and what the voorschot assumed.

What belongs here: the household model (`Huishouden`, `Persoon`, `Jaar`, ...) and `maak_huishouden()`, which
draws one household from its own random stream (seeded by the demo seed and the household number, so a
household is the same whatever the chunking or the number of processes). No amounts are computed here: the
calculation core does that in `berekening`.

How realism is built in (DOMAIN.md §1.2, §3):

- the household type (young single, single, couple, single parent, family, AOW single, AOW couple) decides
  ages, children and the toeslagen it applies for; the shares are tuned so that of all households about 80%
  get zorgtoeslag, 27% huurtoeslag, 18% kindgebonden budget and 12% kinderopvangtoeslag;
- incomes, rents and childcare are drawn to fit the toeslagen applied for (the calculation core decides in the
  end whether there is a right);
- the voorschot rests on *estimated* data and the definitive calculation on the *actual* data; the four main
  causes of recoveries appear (DOMAIN.md §3.6): income different from the estimate (mostly small deviations,
  some large ones), fewer childcare hours than estimated, a partner change that was not reported in time, and
  vermogen above the limit on 1 January; rent increases that were not reported give back-payments;
- 2024 is finalised in 2025, 2025 mostly in 2026 (some still open on the peildatum), 2026 runs.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache

from models.calc.invoer import Huur, Opvang, Opvangsoort, Regeling
from models.demo import namen
from models.demo.adressen import Adres, adres_in_plaats, kies_plaats
from models.demo.identiteit import iban
from models.demo.kalender import volgende_werkdag
from models.demo.toeval import Gewogen, getal, kies, rng_voor
from models.validatie import zoeknaam

__all__ = [
    "JAREN",
    "Huishouden",
    "Jaar",
    "Kind",
    "Medebewoner",
    "Partnerschap",
    "Persoon",
    "maak_huishouden",
]

JAREN = (2024, 2025, 2026)
ZT = Regeling.ZORGTOESLAG
HT = Regeling.HUURTOESLAG
KGB = Regeling.KINDGEBONDEN_BUDGET
KOT = Regeling.KINDEROPVANGTOESLAG

_ADRESBLOK = 15  # random stream of an address block (households use streams 0–3)


# --- the model --------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Persoon:
    """A citizen with a BSN (aanvrager or toeslagpartner)."""

    slot: int
    voornamen: str
    tussenvoegsel: str | None
    achternaam: str
    vrouw: bool
    geboortedatum: dt.date
    adres: Adres
    inkomen: dict[int, Decimal]  # actual toetsingsinkomen per year, whole euros
    telefoon: str | None = None
    email: str | None = None
    iban: str | None = None
    taal: str = "nl"
    voorkeurskanaal: str = "post"
    communicatiebehoefte: str | None = None
    overleden_op: dt.date | None = None

    @property
    def naam(self) -> str:
        return " ".join(p for p in (self.voornamen.split()[0], self.tussenvoegsel, self.achternaam) if p)


@dataclass(slots=True)
class Kind:
    voornaam: str
    geboortedatum: dt.date


@dataclass(slots=True)
class Medebewoner:
    naam: str
    relatie: str
    geboortedatum: dt.date
    inkomen: dict[int, Decimal]
    vermogen: Decimal
    begin: dt.date
    einde: dt.date | None = None


@dataclass(slots=True)
class Partnerschap:
    partner: Persoon
    begin: dt.date
    einde: dt.date | None
    uit_buitenland: bool = False
    gemeld: bool = True  # the change was reported in time (the voorschot followed it)

    def telt_in(self, jaar: int) -> bool:
        """A toeslagpartner for the year when the partnership covers at least half of it (demo simplification)."""
        begin = max(self.begin, dt.date(jaar, 1, 1))
        einde = min(self.einde or dt.date(jaar, 12, 31), dt.date(jaar, 12, 31))
        return (einde - begin).days >= 182

    def bekend_op(self, datum: dt.date) -> bool:
        return self.begin <= datum and (self.einde is None or self.einde > datum)


@dataclass(slots=True)
class Jaar:
    """One year of the household: what the voorschot assumed (`*_geschat`) and what was true (`*_werkelijk`)."""

    jaar: int
    regelingen: list[Regeling]
    partner_geschat: bool
    partner_werkelijk: bool
    inkomen_aanvrager: tuple[Decimal, Decimal]  # (geschat, werkelijk)
    inkomen_partner: tuple[Decimal, Decimal]
    vermogen: tuple[Decimal, Decimal]
    huur: tuple[Huur, Huur] | None
    opvang: tuple[tuple[Opvang, ...], tuple[Opvang, ...]]
    kinderen: tuple[Kind, ...]  # children under 18 on 1 January (the opvang indexes point into this)
    medebewoners: tuple[Medebewoner, ...]
    voorschot_op: dt.date  # dagtekening of the voorschotbeschikking
    definitief_op: dt.date | None  # dagtekening of the definitive calculation (None: not yet)
    oorzaken: list[str] = field(default_factory=list)  # what differs between estimate and reality


@dataclass(slots=True)
class Huishouden:
    nummer: int
    soort: str
    herkomst: str
    aanvrager: Persoon
    partnerschap: Partnerschap | None
    kinderen: list[Kind]
    medebewoners: list[Medebewoner]
    huurder: bool
    jaren: list[Jaar]
    zelfstandige: bool = False
    betaalgedrag: float = 0.0  # 0 = pays everything on time … 1 = cannot pay (drawn once, used by collection)


# --- drawing helpers ----------------------------------------------------------------------------------------------

_SOORTEN = Gewogen(
    ("jong", "alleen", "paar", "eenouder", "gezin", "aow_alleen", "aow_paar"),
    (0.11, 0.25, 0.10, 0.065, 0.175, 0.21, 0.09),
)

# Probability of applying for each toeslag, per household type (ZT, HT, KGB, KOT); KGB needs a child under 18,
# KOT a child under 13 in childcare and work.
_GEBOORTEJAREN = {
    "jong": (1998, 2006),
    "alleen": (1959, 1997),
    "paar": (1960, 1998),
    "eenouder": (1975, 2001),
    "gezin": (1972, 1999),
    "aow_alleen": (1932, 1956),
    "aow_paar": (1935, 1956),
}
_KANS: dict[str, tuple[float, float, float, float]] = {
    "jong": (0.95, 0.21, 0.0, 0.0),
    "alleen": (0.93, 0.32, 0.0, 0.0),
    "paar": (0.87, 0.22, 0.0, 0.0),
    "eenouder": (0.88, 0.58, 0.98, 0.50),
    "gezin": (0.40, 0.13, 0.78, 0.80),
    "aow_alleen": (0.95, 0.41, 0.0, 0.0),
    "aow_paar": (0.83, 0.24, 0.0, 0.0),
}

_BANKEN = Gewogen(
    ("INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB", "RBRB"), (35, 25, 20, 8, 3, 2, 4, 2, 1)
)
_AANTAL_KINDEREN = Gewogen((1, 2, 3, 4), (40, 40, 15, 5))
_LOOP = Gewogen(((2024, 2026), (2025, 2026), (2026, 2026), (2024, 2024), (2024, 2025)), (90, 3.5, 3.5, 1.5, 1.5))
_OPVANGAFWIJKING = Gewogen(("gelijk", "klein", "minder", "veel_minder", "meer"), (50, 25, 14, 4, 7))
_BEHOEFTEN = (
    "hulp bij lezen brieven",
    "brieven graag in eenvoudige taal",
    "liever telefonisch contact dan brieven",
    "slechthorend: liever e-mail of chat",
    "dochter helpt met de administratie (machtiging)",
    "zoon belt mee bij gesprekken",
    "tolk gewenst bij gesprekken",
    "bewindvoerder regelt de financiën",
    "slechtziend: brieven in grote letters",
)
_DOMEINEN = ("example.com", "example.net", "example.org")


_1_JANUARI = {jaar: dt.date(jaar, 1, 1).toordinal() for jaar in range(1900, 2031)}


def _dag(rng: random.Random, jaar: int) -> dt.date:
    """One of the first 365 days of `jaar`."""
    return dt.date.fromordinal(_1_JANUARI[jaar] + int(rng.random() * 365))


def _datum_tussen(rng: random.Random, van: dt.date, tot: dt.date) -> dt.date:
    return van + dt.timedelta(days=int(rng.random() * max(1, (tot - van).days)))


def _verjaardag(geboren: dt.date, leeftijd: int) -> dt.date:
    """The day someone turns `leeftijd` (29 February: 1 March in a year without it)."""
    try:
        return geboren.replace(year=geboren.year + leeftijd)
    except ValueError:
        return dt.date(geboren.year + leeftijd, 3, 1)


def _euro(bedrag: float) -> Decimal:
    return Decimal(max(0, round(bedrag)))


def _centen(bedrag: float) -> Decimal:
    return Decimal(max(0, round(bedrag * 100))).scaleb(-2)


@cache
def _ascii(tekst: str) -> str:
    """A name as it can appear in an e-mail address ("Özdemir" → "ozdemir"); names repeat, so it is cached."""
    return "".join(c for c in zoeknaam(tekst).replace("ı", "i").replace("ł", "l") if c.isalnum())


def _persoon(
    rng: random.Random,
    slot: int,
    herkomst: namen.Herkomst,
    geboortejaar: int,
    vrouw: bool,
    adres: Adres,
    *,
    achternaam: tuple[str | None, str] | None = None,
) -> Persoon:
    tussenvoegsel, naam = achternaam or namen.achternaam(rng, herkomst, vrouw)
    return Persoon(
        slot=slot,
        voornamen=namen.voornamen(rng, herkomst, geboortejaar, vrouw),
        tussenvoegsel=tussenvoegsel,
        achternaam=naam,
        vrouw=vrouw,
        geboortedatum=_dag(rng, geboortejaar),
        adres=adres,
        inkomen={},
    )


def _contactgegevens(rng: random.Random, p: Persoon, herkomst: namen.Herkomst, oud: bool) -> None:
    if rng.random() < (0.55 if oud else 0.75):
        if rng.random() < (0.45 if oud else 0.9):
            p.telefoon = f"06{getal(rng, 1, 6)}{getal(rng, 0, 10_000_000 - 1):07d}"
        else:
            rest = 10 - len(p.adres.netnummer)
            p.telefoon = f"{p.adres.netnummer}{getal(rng, 2, 9)}{getal(rng, 0, 10 ** (rest - 1) - 1):0{rest - 1}d}"
    if rng.random() < (0.25 if oud else 0.55):
        voor = _ascii(p.voornamen.split()[0])
        achter = _ascii(p.achternaam)
        vorm = rng.random()
        lokaal = f"{voor[0]}.{achter}" if vorm < 0.4 else f"{voor}.{achter}" if vorm < 0.75 else f"{voor}{achter}"
        if rng.random() < 0.3:
            lokaal += str(getal(rng, 1, 99))
        p.email = f"{lokaal}@{kies(rng, _DOMEINEN)}"
    if rng.random() < herkomst.engels * (0.3 if oud else 1.0):
        p.taal = "en"
    if p.email and rng.random() < 0.55:
        p.voorkeurskanaal = "email"
    elif p.telefoon and rng.random() < 0.08:
        p.voorkeurskanaal = "telefoon"
    if rng.random() < (0.09 if oud else 0.04):
        p.communicatiebehoefte = kies(rng, _BEHOEFTEN)


def _groei(rng: random.Random, basis: Decimal, jaren: int) -> dict[int, Decimal]:
    """An income path from 2024 on: yearly growth of 1–6%, occasionally a bigger step."""
    pad = {}
    waarde = float(basis)
    for i, jaar in enumerate(JAREN[:jaren]):
        if i:
            waarde *= 1 + rng.uniform(0.01, 0.06)
            if rng.random() < 0.04:
                waarde *= rng.uniform(0.8, 1.3)
        pad[jaar] = _euro(waarde)
    return pad


# --- the household --------------------------------------------------------------------------------------------


def maak_huishouden(nummer: int, seed: int, peildatum: dt.date) -> Huishouden:
    """Draw household `nummer`; the same (seed, nummer) always gives the same household."""
    rng = rng_voor(seed, nummer)
    for _ in range(8):
        hh = _probeer(rng, nummer, seed, peildatum)
        if any(j.regelingen for j in hh.jaren):
            return hh
    return hh


def _woonadres(rng: random.Random, nummer: int, seed: int) -> Adres:
    """Households come in blocks of eight: about a third live next door to each other or in one building."""
    if rng.random() < 0.33:
        brng = rng_voor(seed, nummer // 8, _ADRESBLOK)
        plaats = kies_plaats(brng)
        buren = adres_in_plaats(brng, plaats)
        flat = brng.random() < 0.4
        plek = nummer % 8
        if flat:
            return Adres(buren.straat, buren.huisnummer, str(plek + 1), buren.postcode, plaats.naam, plaats.netnummer)
        return Adres(buren.straat, buren.huisnummer + 2 * plek, None, buren.postcode, plaats.naam, plaats.netnummer)
    return adres_in_plaats(rng, kies_plaats(rng))


def _probeer(rng: random.Random, nummer: int, seed: int, peildatum: dt.date) -> Huishouden:
    soort = _SOORTEN.kies(rng)
    herkomst = namen.kies_herkomst(rng)
    adres = _woonadres(rng, nummer, seed)
    vrouw = rng.random() < (0.85 if soort == "eenouder" else 0.55)
    van, tot = _GEBOORTEJAREN[soort]
    geboortejaar = getal(rng, van, tot)
    aanvrager = _persoon(rng, 2 * nummer, herkomst, geboortejaar, vrouw, adres)
    oud = soort.startswith("aow")
    _contactgegevens(rng, aanvrager, herkomst, oud)
    aanvrager.iban = iban(_BANKEN.kies(rng), getal(rng, 10**9, 10**10 - 1))

    # Children.
    kinderen: list[Kind] = []
    if soort in ("eenouder", "gezin"):
        aantal = _AANTAL_KINDEREN.kies(rng)
        jongste = min(2024, geboortejaar + 40)
        for _ in range(aantal):
            kjaar = getal(rng, max(geboortejaar + 20, 2007), max(geboortejaar + 21, jongste))
            kinderen.append(Kind(namen.voornaam_kind(rng, herkomst, rng.random() < 0.49), _dag(rng, min(kjaar, 2024))))
        for jaar in (2025, 2026):
            if rng.random() < 0.05 and geboortejaar > jaar - 42:
                geboren = _dag(rng, jaar)
                if geboren < peildatum:
                    kinderen.append(Kind(namen.voornaam_kind(rng, herkomst, rng.random() < 0.49), geboren))
        kinderen.sort(key=lambda k: k.geboortedatum)

    # Partner and partner events.
    partnerschap = _partnerschap(rng, soort, nummer, herkomst, aanvrager, adres, peildatum)

    # Medebewoners: an adult child with an income, an elderly parent, a housemate.
    medebewoners: list[Medebewoner] = []
    if soort in ("alleen", "paar", "gezin", "eenouder", "aow_alleen") and 2024 - geboortejaar >= 42:
        van, tot = max(geboortejaar + 20, 1985), min(geboortejaar + 38, 2006)
        if rng.random() < 0.12 and van <= tot:
            kjaar = getal(rng, van, tot)
            kind_geb = _dag(rng, kjaar)
            inkomen = _euro(kies(rng, (rng.uniform(2_000, 9_000), rng.uniform(9_000, 28_000))))
            medebewoners.append(
                Medebewoner(
                    naam=f"{namen.voornaam_kind(rng, herkomst, rng.random() < 0.5)} {aanvrager.achternaam}",
                    relatie="kind",
                    geboortedatum=kind_geb,
                    inkomen=_groei(rng, inkomen, 3),
                    vermogen=_euro(rng.uniform(0, 6_000)),
                    begin=_verjaardag(kind_geb, 18),
                )
            )
    if soort in ("alleen", "paar") and rng.random() < 0.015:
        ouder = _dag(rng, getal(rng, 1938, 1952))
        medebewoners.append(
            Medebewoner(
                naam=f"{namen.voornamen(rng, herkomst, ouder.year, True).split()[0]} {aanvrager.achternaam}",
                relatie="ouder",
                geboortedatum=ouder,
                inkomen=_groei(rng, _euro(rng.uniform(17_000, 26_000)), 3),
                vermogen=_euro(rng.uniform(0, 30_000)),
                begin=_datum_tussen(rng, dt.date(2019, 1, 1), dt.date(2024, 6, 1)),
            )
        )
    if soort in ("jong", "alleen") and rng.random() < 0.02:
        hjaar = getal(rng, 1985, 2004)
        hherkomst = namen.kies_herkomst(rng)
        hvrouw = rng.random() < 0.5
        tv, an = namen.achternaam(rng, hherkomst, hvrouw)
        voor = namen.voornamen(rng, hherkomst, hjaar, hvrouw).split()[0]
        medebewoners.append(
            Medebewoner(
                naam=" ".join(p for p in (voor, tv, an) if p),
                relatie="huisgenoot",
                geboortedatum=_dag(rng, hjaar),
                inkomen=_groei(rng, _euro(rng.uniform(8_000, 30_000)), 3),
                vermogen=_euro(rng.uniform(0, 10_000)),
                begin=_datum_tussen(rng, dt.date(2021, 1, 1), dt.date(2025, 6, 1)),
                einde=None if rng.random() < 0.7 else dt.date(2026, getal(rng, 1, 10), 1),
            )
        )

    # Which toeslagen this household applies for (before the core decides whether there is a right).
    kans = _KANS[soort]
    wil = {r for r, k in zip((ZT, HT, KGB, KOT), kans, strict=True) if rng.random() < k}
    if not wil:
        wil = {ZT} if kans[0] > 0 else {KGB}
    huurder = HT in wil or rng.random() < 0.35
    zelfstandige = soort in ("alleen", "paar", "gezin", "eenouder") and rng.random() < 0.08

    _inkomens(rng, soort, wil, aanvrager, partnerschap, zelfstandige)

    hh = Huishouden(
        nummer=nummer,
        soort=soort,
        herkomst=herkomst.naam,
        aanvrager=aanvrager,
        partnerschap=partnerschap,
        kinderen=kinderen,
        medebewoners=medebewoners,
        huurder=huurder,
        jaren=[],
        zelfstandige=zelfstandige,
        betaalgedrag=rng.random() ** 2.5,
    )
    hh.jaren = _jaren(rng, hh, wil, peildatum)
    return hh


def _partnerschap(
    rng: random.Random,
    soort: str,
    nummer: int,
    herkomst: namen.Herkomst,
    aanvrager: Persoon,
    adres: Adres,
    peildatum: dt.date,
) -> Partnerschap | None:
    samen = soort in ("paar", "gezin", "aow_paar")
    gebeurtenis = rng.random()
    if not samen and not (soort in ("jong", "alleen", "eenouder") and gebeurtenis < 0.06):
        return None
    pherkomst = herkomst if rng.random() < 0.85 else namen.kies_herkomst(rng)
    pvrouw = not aanvrager.vrouw if rng.random() < 0.97 else aanvrager.vrouw
    leeftijdsverschil = int(rng.gauss(2 if aanvrager.vrouw else -2, 3))
    pjaar = min(2006, aanvrager.geboortedatum.year + leeftijdsverschil)
    achternaam = (
        (aanvrager.tussenvoegsel, aanvrager.achternaam)
        if pherkomst is herkomst and rng.random() < 0.1 and pvrouw
        else None
    )
    partner = _persoon(rng, 2 * nummer + 1, pherkomst, pjaar, pvrouw, adres, achternaam=achternaam)
    _contactgegevens(rng, partner, pherkomst, soort == "aow_paar")
    if samen:
        samen_vanaf = min(dt.date(max(1975, pjaar + 18, aanvrager.geboortedatum.year + 18), 1, 1), dt.date(2022, 6, 1))
        begin = _datum_tussen(rng, samen_vanaf, dt.date(2023, 6, 1))
        ps = Partnerschap(partner, begin, None)
        if soort == "aow_paar" and gebeurtenis < 0.03:
            sterfdatum = _datum_tussen(rng, dt.date(2024, 3, 1), min(peildatum, dt.date(2026, 10, 1)))
            partner.overleden_op = sterfdatum
            ps.einde = sterfdatum
        elif soort != "aow_paar" and gebeurtenis < 0.05:
            ps.einde = _datum_tussen(rng, dt.date(2024, 2, 1), min(peildatum, dt.date(2026, 9, 1)))
            ps.gemeld = rng.random() < 0.5
            partner.adres = adres_in_plaats(rng, kies_plaats(rng))
        return ps
    # A partner moves in during 2024-2026 (sometimes a partner arriving from abroad after family reunification).
    begin = _datum_tussen(rng, dt.date(2024, 2, 1), min(peildatum, dt.date(2026, 8, 1)))
    buitenland = herkomst.naam in ("syrisch", "oost-afrikaans") and rng.random() < 0.4
    return Partnerschap(partner, begin, None, uit_buitenland=buitenland, gemeld=rng.random() < 0.45)


def _inkomens(
    rng: random.Random,
    soort: str,
    wil: set[Regeling],
    aanvrager: Persoon,
    ps: Partnerschap | None,
    zelfstandige: bool,
) -> None:
    """Incomes (toetsingsinkomen 2024) that fit the toeslagen applied for, then a path for 2025–2026."""
    u = rng.uniform
    partner_inkomen = 0.0
    if soort == "jong":
        eigen = u(800, 7_000) if rng.random() < 0.35 else u(13_000, 33_000)
    elif soort == "alleen":
        keuze = rng.random()
        eigen = u(15_500, 19_500) if keuze < 0.3 else u(19_500, 30_000) if keuze < 0.72 else u(30_000, 36_800)
    elif soort == "paar":
        eigen = u(17_000, 38_000)
        partner_inkomen = 0.0 if rng.random() < 0.25 else u(4_000, 24_000)
    elif soort == "eenouder":
        eigen = u(17_000, 20_500) if rng.random() < 0.3 else u(20_500, 42_000)
    elif soort == "gezin":
        eigen = u(24_000, 62_000)
        partner_inkomen = 0.0 if rng.random() < 0.2 else u(6_000, 38_000)
    elif soort == "aow_alleen":
        eigen = u(18_600, 35_500)
    else:  # aow_paar
        eigen = u(13_000, 26_000)
        partner_inkomen = u(12_500, 22_000)

    gezamenlijk = eigen + partner_inkomen
    if ZT in wil:
        grens = 46_500.0 if ps is not None and ps.begin < dt.date(2024, 1, 1) else 36_800.0
        if gezamenlijk > grens:
            factor = grens * u(0.55, 0.98) / gezamenlijk
            eigen *= factor
            partner_inkomen *= factor
    elif soort in ("gezin", "paar") and gezamenlijk < 49_000:
        extra = u(49_000, 95_000) - gezamenlijk
        eigen += extra * 0.6
        partner_inkomen += extra * 0.4
    if HT in wil:
        grens = 38_000.0 if ps is not None else 29_000.0
        gezamenlijk = eigen + partner_inkomen
        if gezamenlijk > grens:
            factor = grens * u(0.6, 1.0) / gezamenlijk
            eigen *= factor
            partner_inkomen *= factor
    if KOT in wil:
        eigen = max(eigen, u(16_000, 24_000))
        if ps is not None:
            partner_inkomen = max(partner_inkomen, u(8_000, 20_000))
    if zelfstandige:
        eigen *= u(0.8, 1.2)

    aanvrager.inkomen = _groei(rng, _euro(eigen), 3)
    if ps is not None:
        if ps.begin >= dt.date(2024, 1, 1) and partner_inkomen == 0.0:
            partner_inkomen = u(9_000, 32_000)
        ps.partner.inkomen = _groei(rng, _euro(partner_inkomen), 3)


# --- per year: estimate and reality -----------------------------------------------------------------------------

_KLASSEN = ("gelijk", "klein", "hoger", "lager", "veel_hoger", "veel_lager")
_AFWIJKING = {
    "werk": Gewogen(_KLASSEN, (26.0, 37.0, 16.0, 9.0, 9.5, 2.5)),  # wages: changes of job, hours, bonuses
    "uitkering": Gewogen(_KLASSEN, (38.0, 35.0, 12.0, 6.0, 7.0, 2.0)),  # benefits: part-time work on the side
    "aow": Gewogen(_KLASSEN, (54.0, 37.0, 6.0, 2.0, 0.7, 0.3)),  # AOW and pension: stable
}


def _schatting(rng: random.Random, werkelijk: Decimal, bron: str, zelfstandige: bool) -> tuple[Decimal, str]:
    """The estimated income behind the voorschot, given the actual one, and the kind of deviation."""
    klasse = _AFWIJKING[bron].kies(rng)
    if zelfstandige and klasse in ("gelijk", "klein"):
        klasse = kies(rng, ("hoger", "lager", "klein", "veel_hoger"))
    w = float(werkelijk)
    if klasse == "gelijk":
        return werkelijk, klasse
    if klasse == "klein":
        return _euro(w / (1 + rng.uniform(-0.025, 0.025))), klasse
    if klasse == "hoger":  # actual higher than estimated
        return _euro(w / (1 + rng.uniform(0.04, 0.14))), klasse
    if klasse == "lager":
        return _euro(w / (1 - rng.uniform(0.05, 0.25))), klasse
    if klasse == "veel_hoger":
        return _euro(min(w / (1 + rng.uniform(0.2, 0.8)), w - rng.uniform(3_000, 9_000))), klasse
    return _euro(w / (1 - rng.uniform(0.3, 0.5))), klasse


def _opvang(
    rng: random.Random, kinderen: tuple[Kind, ...], jaar: int, prijsindex: float
) -> list[tuple[int, Opvangsoort, float, float]]:
    """Childcare of the year for children 0–12 on 1 January: (child index, soort, hours per month, price)."""
    regels = []
    for i, k in enumerate(kinderen):
        leeftijd = jaar - k.geboortedatum.year - (1 if (k.geboortedatum.month, k.geboortedatum.day) > (1, 1) else 0)
        if k.geboortedatum.year >= jaar or leeftijd > 12:
            continue
        gastouder = rng.random() < 0.15
        if leeftijd < 4:
            if rng.random() < 0.12:
                continue
            soort = Opvangsoort.GASTOUDEROPVANG if gastouder else Opvangsoort.DAGOPVANG
            uren = rng.uniform(40, 140) if gastouder else rng.uniform(60, 190)
            prijs = rng.uniform(6.8, 9.0) if gastouder else rng.uniform(9.2, 11.6)
        else:
            if rng.random() < 0.35:
                continue
            soort = Opvangsoort.GASTOUDEROPVANG if gastouder else Opvangsoort.BSO
            uren = rng.uniform(25, 90) if gastouder else rng.uniform(22, 85)
            prijs = rng.uniform(6.8, 9.0) if gastouder else rng.uniform(8.2, 10.4)
        regels.append((i, soort, round(uren), prijs * prijsindex))
    return regels


def _inkomensbron(hh: Huishouden) -> str:
    """How stable the income is: AOW and pension, a benefit, or wages."""
    if hh.soort.startswith("aow"):
        return "aow"
    return "uitkering" if float(hh.aanvrager.inkomen[2024]) < 19_500 else "werk"


def _jaren(rng: random.Random, hh: Huishouden, wil: set[Regeling], peildatum: dt.date) -> list[Jaar]:
    ps = hh.partnerschap
    start, stop = _LOOP.kies(rng)
    bron = _inkomensbron(hh)
    basis_vermogen = float(
        kies(rng, (rng.uniform(0, 4_000), rng.uniform(0, 15_000), rng.uniform(10_000, 32_000)))
        if not hh.soort.startswith("aow")
        else kies(rng, (rng.uniform(0, 20_000), rng.uniform(15_000, 34_000), rng.uniform(30_000, 120_000)))
    )
    if HT in wil:
        basis_vermogen = min(basis_vermogen, rng.uniform(0, 30_000))
    if HT in wil:  # social housing: below the maximale huurgrens (and the jongerengrens for most under-23s)
        kale_huur = rng.uniform(360, 440) if hh.soort == "jong" and rng.random() < 0.7 else rng.uniform(450, 800)
        servicekosten = kies(rng, (0.0, rng.uniform(8, 48)))
    else:
        kale_huur = rng.uniform(450, 1250) if hh.huurder else 0.0
        servicekosten = kies(rng, (0.0, rng.uniform(10, 48), rng.uniform(20, 80)))
    opvang_vorig: dict[int, tuple[Opvangsoort, float, float]] = {}
    jaren: list[Jaar] = []
    prijsindex = 1.0
    for jaar in JAREN:
        if jaar > JAREN[0]:
            kale_huur *= 1 + rng.uniform(0.02, 0.06)
            basis_vermogen *= rng.uniform(0.95, 1.08)
            prijsindex *= 1.045
        voorschot_op = volgende_werkdag(dt.date(jaar - 1, 11, 22) + dt.timedelta(days=getal(rng, 0, 14 - 1)))
        if jaar < start or jaar > stop:
            continue
        if jaar > 2024 and jaar == start:
            laatste = min(peildatum, dt.date(jaar, 9, 30))
            voorschot_op = volgende_werkdag(_datum_tussen(rng, dt.date(jaar, 1, 15), laatste))

        kinderen = tuple(
            k for k in hh.kinderen if k.geboortedatum < dt.date(jaar, 12, 1) and k.geboortedatum.year + 18 > jaar
        )
        medebewoners = tuple(
            m
            for m in hh.medebewoners
            if m.begin < dt.date(jaar, 7, 1) and (m.einde is None or m.einde > dt.date(jaar, 7, 1))
        )
        partner_werkelijk = ps is not None and ps.telt_in(jaar)
        if ps is None:
            partner_geschat = False
        elif ps.gemeld:
            partner_geschat = partner_werkelijk
        else:
            partner_geschat = ps.bekend_op(dt.date(jaar - 1, 12, 1))
        oorzaken: list[str] = []
        if partner_werkelijk and not partner_geschat:
            oorzaken.append("partner_niet_gemeld")
        elif partner_geschat and not partner_werkelijk:
            oorzaken.append("partner_vertrokken")

        ink_a_w = hh.aanvrager.inkomen[jaar]
        ink_a_g, klasse = _schatting(rng, ink_a_w, bron, hh.zelfstandige)
        if klasse in ("hoger", "veel_hoger"):
            oorzaken.append("inkomen_hoger")
        elif klasse in ("lager", "veel_lager"):
            oorzaken.append("inkomen_lager")
        if ps is not None:
            ink_p_w = ps.partner.inkomen[jaar]
            ink_p_g, pklasse = _schatting(rng, ink_p_w, bron, False)
            if pklasse in ("hoger", "veel_hoger") and "inkomen_hoger" not in oorzaken:
                oorzaken.append("inkomen_hoger")
        else:
            ink_p_w = ink_p_g = Decimal(0)

        vermogen_g = _euro(basis_vermogen)
        vermogen_w = vermogen_g
        if rng.random() < (0.02 if HT in wil else 0.012):  # an inheritance or savings: above the limit on 1 January
            vermogen_w = _euro(rng.uniform(39_000, 90_000) if HT in wil else rng.uniform(150_000, 260_000))
            oorzaken.append("vermogen")
        elif rng.random() < 0.1:  # the actual balance on 1 January differs a little from the estimate
            vermogen_w = _euro(basis_vermogen * rng.uniform(0.9, 1.1))

        huur = None
        if hh.huurder:
            huur_g = Huur(_centen(kale_huur), _centen(servicekosten))
            if rng.random() < 0.4:
                huur_w = Huur(_centen(kale_huur * (1 + rng.uniform(0.01, 0.03))), huur_g.servicekosten)
                oorzaken.append("huur_hoger")
            else:
                huur_w = huur_g
            huur = (huur_g, huur_w)

        # Childcare: the same arrangement as last year where possible; estimate versus actual hours.
        opvang_g: list[Opvang] = []
        opvang_w: list[Opvang] = []
        if KOT in wil:
            nieuw = _opvang(rng, kinderen, jaar, prijsindex)
            # One deviation per household and year, for one of the children (most often the change of the year).
            klasse = _OPVANGAFWIJKING.kies(rng)
            afwijkend = getal(rng, 0, len(nieuw) - 1) if nieuw else -1
            for volgnummer, (i, soort, nieuwe_uren, nieuwe_prijs) in enumerate(nieuw):
                vorig = opvang_vorig.get(i)
                if vorig is not None and vorig[0] == soort:  # the same childcare as last year, a new price
                    uren, prijs = vorig[1], vorig[2] * 1.045
                else:
                    uren, prijs = nieuwe_uren, nieuwe_prijs
                opvang_vorig[i] = (soort, uren, prijs)
                uren_w, maanden_w = uren, 12
                if volgnummer == afwijkend:
                    if klasse == "klein":
                        uren_w = max(10, uren + getal(rng, -2, 2))
                    elif klasse == "minder":
                        uren_w = max(10, uren - getal(rng, 3, 9))
                    elif klasse == "veel_minder":
                        if rng.random() < 0.5:
                            uren_w = max(10, uren - getal(rng, 12, 40))
                        else:
                            maanden_w = getal(rng, 7, 10)
                    elif klasse == "meer":
                        uren_w = min(230, uren + getal(rng, 4, 16))
                    if klasse in ("minder", "veel_minder"):
                        oorzaken.append("opvang_minder")
                    elif klasse == "meer":
                        oorzaken.append("opvang_meer")
                p = _centen(prijs)
                opvang_g.append(Opvang(i, soort, Decimal(int(uren)), p))
                opvang_w.append(Opvang(i, soort, Decimal(int(uren_w)), p, maanden_w))

        regelingen = []
        if ZT in wil:
            regelingen.append(ZT)
        if HT in wil and huur is not None:
            regelingen.append(HT)
        if KGB in wil and kinderen:
            regelingen.append(KGB)
        if KOT in wil and opvang_g:
            regelingen.append(KOT)

        definitief_op = None
        if jaar == 2024:
            definitief_op = volgende_werkdag(dt.date(2025, 4, 20) + dt.timedelta(days=int(rng.triangular(0, 235, 70))))
        elif jaar == 2025 and rng.random() < (0.55 if hh.zelfstandige else 0.88):
            kandidaat = volgende_werkdag(dt.date(2026, 4, 20) + dt.timedelta(days=int(rng.triangular(0, 215, 75))))
            if kandidaat <= peildatum - dt.timedelta(days=3):
                definitief_op = kandidaat
        jaren.append(
            Jaar(
                jaar=jaar,
                regelingen=regelingen,
                partner_geschat=partner_geschat,
                partner_werkelijk=partner_werkelijk,
                inkomen_aanvrager=(ink_a_g, ink_a_w),
                inkomen_partner=(ink_p_g, ink_p_w),
                vermogen=(vermogen_g, vermogen_w),
                huur=huur,
                opvang=(tuple(opvang_g), tuple(opvang_w)),
                kinderen=kinderen,
                medebewoners=medebewoners,
                voorschot_op=voorschot_op,
                definitief_op=definitief_op,
                oorzaken=oorzaken,
            )
        )
    return jaren
