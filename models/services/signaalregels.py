"""The signal rules of persoonlijke begeleiding: small, named, versioned units over plain household data.

What belongs here: the thresholds (`Signaaldrempels`, a named and versioned configuration: no number in a rule
is a bare literal), the rules themselves (each a `Signaalregel` with a name, a version, the signal types it
raises, a plain-Dutch description for the algorithm register, and a pure function), and `evalueer()`, which
runs them over one household. No I/O: the facts come in as `models.store.rows_begeleiding.Huishoudfeiten`,
amounts are computed by the calculation core (`models.calc`), and the result is a list of `Signaalvoorstel`.

These are *service triggers* (DOMAIN.md §5.1): reasons to contact a citizen and help. Signals of possible misuse
(§5.3) are a different concept and never appear here.

Every signal carries
- `uitleg`: Dutch a caseworker can read aloud, with the amounts and dates that made it fire (Dutch formats);
- `gegevens`: what triggered it (entity + id), the values compared, the thresholds, rule and configuration;
- `sleutel`: the identity of the *cause* (type, citizen, entity, and for stacking debts the set of claims), so a
  rerun proposes the same key and the store keeps only the first. A signal is not raised again when only the
  amounts of the same cause change; it is when a new cause appears (a new claim, a missed instalment, a new
  year).

Precedence: a toeslag-year that raises `hoge_terugvordering` does not also raise `inkomensafwijking` or
`opvanguren_afwijking` (the high-recovery explanation already names the deviating data).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import Any

from models import formaat
from models.calc.api import afrekenen, bereken
from models.calc.invoer import Grondslagen, Invoerfout, Kind, Regeling
from models.calc.parameters import OnbekendJaar, OntbrekendeParameter
from models.calc.regels import PRAKTIJK, Rekenregels
from models.calc.uitkomst import Afrekening
from models.domain import BeschikkingSoort, Ernst, SignaalType
from models.store.rows_begeleiding import (
    BeschikkingFeit,
    Huishoudfeiten,
    Signaalvoorstel,
    TermijnFeit,
    ToeslagFeit,
    VorderingFeit,
)

__all__ = [
    "REGELS",
    "STANDAARD_DREMPELS",
    "Evaluatie",
    "Projectie",
    "Signaaldrempels",
    "Signaalregel",
    "evalueer",
]

_NUL = Decimal(0)
_EEN = Decimal(1)
_HONDERD = Decimal(100)


# --- configuration -------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Signaaldrempels:
    """The thresholds of the signal rules, as one named, versioned configuration.

    Change a value only together with `versie`; the label (`signaaldrempels@2026.1`) is stored with every
    signal, so it is always known under which thresholds a signal was raised.

    Attributes:
        rekenregels: the calculation core's choices, including the "hoge terugvordering" operator and amounts
            (default: more than € 500; more than € 1.000 for kinderopvangtoeslag; DOMAIN.md §3.6, §11 item 2).
        jaren_terug: besides the running year, how many earlier years without a definitive award are checked
            for a coming high recovery.
        wijzigingsgrens: a deviation matters when the yearly toeslag changes by more than this amount (the
            reporting duty threshold of € 100, RULES.md §2.1).
        partner_venster_dagen: a partnership that began or ended this many days before the peildatum is "recent".
        buitenland_venster_dagen: same, for a partner arriving from abroad (revisions reach back further).
        stapeling_min_vorderingen: this many open claims or more is "stacking".
        stapeling_schuld_inkomen: open debt above this share of the yearly income is "stacking" too.
        gemiste_termijn_venster_dagen: a missed or reminded instalment due within this many days before the
            peildatum counts; older ones are history.
        gemiste_termijnen_urgent: from this many missed/reminded instalments in one arrangement the signal is
            urgent.
        bezwaar_venster_dagen: an objection received within this many days before the peildatum is signalled.
        niet_gebruik_minimum: likely non-use is signalled only from this yearly amount on.
        termijn_nadert_dagen: a deadline (bezwaar, payment) within this many days after the peildatum.
        termijn_nadert_urgent_dagen: a deadline this close is urgent.
        termijn_nadert_alle_termijnen: False (default): an instalment that falls due is signalled only when the
            arrangement already has a missed or reminded instalment (otherwise every arrangement would raise a
            signal every month); True: every instalment.
    """

    naam: str = "signaaldrempels"
    versie: str = "2026.1"
    rekenregels: Rekenregels = PRAKTIJK
    jaren_terug: int = 1
    wijzigingsgrens: Decimal = Decimal(100)
    partner_venster_dagen: int = 90
    buitenland_venster_dagen: int = 365
    stapeling_min_vorderingen: int = 2
    stapeling_schuld_inkomen: Decimal = Decimal("0.10")
    gemiste_termijn_venster_dagen: int = 90
    gemiste_termijnen_urgent: int = 2
    bezwaar_venster_dagen: int = 90
    niet_gebruik_minimum: Decimal = Decimal(100)
    termijn_nadert_dagen: int = 14
    termijn_nadert_urgent_dagen: int = 3
    termijn_nadert_alle_termijnen: bool = False

    @property
    def label(self) -> str:
        """`naam@versie`, stored with every signal."""
        return f"{self.naam}@{self.versie}"

    def naar_dict(self) -> dict[str, Any]:
        """The thresholds as JSON-compatible values (for the audit trail and the run report)."""
        uit: dict[str, Any] = {}
        for veld in dataclasses.fields(self):
            waarde = getattr(self, veld.name)
            if isinstance(waarde, Rekenregels):
                waarde = {
                    "hoge_terugvordering_vergelijking": waarde.hoge_terugvordering_vergelijking.value,
                    "hoge_terugvordering_grens": str(waarde.hoge_terugvordering_grens),
                    "hoge_terugvordering_grens_kot": str(waarde.hoge_terugvordering_grens_kot),
                }
            elif isinstance(waarde, Decimal):
                waarde = str(waarde)
            uit[veld.name] = waarde
        return uit


STANDAARD_DREMPELS = Signaaldrempels()


# --- formats (Dutch, via models.formaat; cached because a run formats hundreds of thousands of amounts) ------


@lru_cache(maxsize=16_384)
def _euro(bedrag: Decimal) -> str:
    return formaat.euro(bedrag)


@lru_cache(maxsize=16_384)
def _euro_heel(bedrag: Decimal) -> str:
    return formaat.euro_heel(bedrag)


def _geld(bedrag: Decimal) -> str:
    """Whole amounts without cents (`€ 31.200`), others with (`€ 1.234,56`)."""
    return _euro_heel(bedrag) if bedrag == bedrag.to_integral_value() else _euro(bedrag)


def _ongeveer(bedrag: Decimal) -> str:
    """An estimate in whole euros: `€ 1.140`."""
    return _euro_heel(bedrag.quantize(_EEN, rounding=ROUND_HALF_UP))


@lru_cache(maxsize=4096)
def _datum(d: dt.date) -> str:
    return formaat.datum(d)


def _uren(uren: Decimal) -> str:
    if uren == uren.to_integral_value():
        return str(int(uren))
    return f"{uren.quantize(Decimal('0.1'), rounding=ROUND_HALF_UP)}".replace(".", ",")


def _cent(cent: int) -> Decimal:
    return Decimal(cent).scaleb(-2)


def _s(bedrag: Decimal) -> str:
    """An amount as a JSON string with two decimals."""
    return f"{bedrag.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):f}"


def _opsomming(delen: list[str]) -> str:
    if len(delen) <= 1:
        return "".join(delen)
    return ", ".join(delen[:-1]) + " en " + delen[-1]


def _hoofdletter(tekst: str) -> str:
    return tekst[:1].upper() + tekst[1:]


_LIDWOORD_BESCHIKKING = {
    BeschikkingSoort.VOORSCHOT.value: "de voorschotbeschikking",
    BeschikkingSoort.HERZIENING.value: "de herziening van het voorschot",
    BeschikkingSoort.DEFINITIEF.value: "de definitieve berekening",
    BeschikkingSoort.TERUGVORDERING.value: "de terugvorderingsbeschikking",
}


def _regeling_label(regeling: str | None) -> str:
    if regeling is None:
        return "toeslag"
    try:
        return Regeling(regeling).label
    except ValueError:
        return regeling


def _toeslag_jaar(regeling: str | None, jaar: int | None) -> str:
    if regeling is None:
        return ""
    return f" {_regeling_label(regeling)}" + (f" {jaar}" if jaar is not None else "")


# --- evaluation context: parsed grondslagen and projections, computed once per household ----------------------


@dataclass(frozen=True, slots=True)
class Projectie:
    """A running toeslag-year recomputed on its actual data: what the definitive calculation would bring.

    Attributes:
        bedrag_voorschot: the year amount the core gives on the voorschot data (like-for-like comparison).
        bedrag_actueel: the year amount on the actual data.
        betaald_bij_gelijk_voorschot: the voorschot paid over the whole year if it is not changed (running
            year: monthly voorschot × months; earlier year: what was paid).
        afrekening: `afrekenen()` on the actual data against that voorschot.
    """

    toeslag: ToeslagFeit
    voorschot: Grondslagen
    actueel: Grondslagen
    bedrag_voorschot: Decimal
    bedrag_actueel: Decimal
    betaald_bij_gelijk_voorschot: Decimal
    afrekening: Afrekening

    @property
    def hoog(self) -> bool:
        return self.afrekening.hoge_terugvordering


class Evaluatie:
    """One household under evaluation: the facts, the peildatum, the thresholds, and memoised calculations."""

    __slots__ = ("_grondslagen", "_projecties", "drempels", "huishouden", "peildatum")

    def __init__(self, huishouden: Huishoudfeiten, peildatum: dt.date, drempels: Signaaldrempels) -> None:
        self.huishouden = huishouden
        self.peildatum = peildatum
        self.drempels = drempels
        self._grondslagen: dict[str, Grondslagen | None] = {}
        self._projecties: dict[int, Projectie | None] | None = None

    def grondslagen(self, data: str | dict[str, Any] | None) -> Grondslagen | None:
        """Parse stored grondslagen once (None when absent or not valid for the core)."""
        if data is None:
            return None
        sleutel = data if isinstance(data, str) else json.dumps(data, sort_keys=True)
        if sleutel not in self._grondslagen:
            try:
                self._grondslagen[sleutel] = Grondslagen.uit_dict(json.loads(data) if isinstance(data, str) else data)
            except (Invoerfout, ValueError, TypeError):
                self._grondslagen[sleutel] = None
        return self._grondslagen[sleutel]

    def bedrag(self, regeling: Regeling, jaar: int, grondslagen: Grondslagen) -> Decimal | None:
        """The core's year amount, or None when the core cannot compute it (unknown year, missing data)."""
        try:
            return bereken(regeling, jaar, grondslagen, regels=self.drempels.rekenregels, met_uitleg=False).bedrag_jaar
        except (Invoerfout, OnbekendJaar, OntbrekendeParameter):
            return None

    def projecties(self) -> dict[int, Projectie | None]:
        """Per toeslag id: the projection of every not-yet-definitive toeslag whose actual data differ."""
        if self._projecties is None:
            self._projecties = {t.id: self._projecteer(t) for t in self.huishouden.toeslagen}
        return self._projecties

    def _projecteer(self, t: ToeslagFeit) -> Projectie | None:
        jaar_nu = self.peildatum.year
        if t.grondslagen_actueel is None or t.status == "definitief":
            return None
        if not jaar_nu - self.drempels.jaren_terug <= t.jaar <= jaar_nu:
            return None
        if t.grondslagen_actueel == t.grondslagen_voorschot:
            return None
        voorschot = self.grondslagen(t.grondslagen_voorschot)
        actueel = self.grondslagen(t.grondslagen_actueel)
        if voorschot is None or actueel is None or voorschot == actueel:
            return None
        regeling = Regeling(t.regeling)
        bedrag_voorschot = self.bedrag(regeling, t.jaar, voorschot)
        if bedrag_voorschot is None:
            return None
        if t.jaar < jaar_nu and t.betaald_cent > 0:
            betaald = _cent(t.betaald_cent)
        else:
            betaald = _cent(t.voorschot_maand_cent * t.maanden)
        try:
            afrekening = afrekenen(
                regeling, t.jaar, actueel, betaald, regels=self.drempels.rekenregels, met_uitleg=False
            )
        except (Invoerfout, OnbekendJaar, OntbrekendeParameter):
            return None
        return Projectie(t, voorschot, actueel, bedrag_voorschot, afrekening.uitkomst.bedrag_jaar, betaald, afrekening)

    def basis(self, jaar: int) -> tuple[ToeslagFeit, Grondslagen] | None:
        """The newest grondslagen DT holds for `jaar`: actual data before voorschot data, lowest toeslag id first."""
        kandidaten = sorted((t for t in self.huishouden.toeslagen if t.jaar == jaar), key=lambda t: t.id)
        for veld in ("grondslagen_actueel", "grondslagen_voorschot"):
            for t in kandidaten:
                g = self.grondslagen(getattr(t, veld))
                if g is not None:
                    return t, g
        return None


# --- the rule type ------------------------------------------------------------------------------------------

Regelfunctie = Callable[[Huishoudfeiten, Evaluatie, str], list[Signaalvoorstel]]


@dataclass(frozen=True, slots=True)
class Signaalregel:
    """A named, versioned rule: `functie(huishouden, evaluatie, bron)` returns the signals it raises.

    Attributes:
        naam: stable name, also the prefix of the stored `bron`.
        versie: raised whenever the rule's logic or text changes.
        typen: the signal types it can raise.
        omschrijving: what the rule looks at and when it fires, in plain Dutch (for the algorithm register and
            the "waarom dit signaal?" help in the UI), with the thresholds as `{placeholders}`: read it with
            `beschrijving(drempels)`.
    """

    naam: str
    versie: int
    typen: tuple[SignaalType, ...]
    omschrijving: str
    functie: Regelfunctie
    bron: str = field(init=False)
    """`naam@versie`: what is stored as the signal's `bron`."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "bron", f"{self.naam}@{self.versie}")

    def beschrijving(self, drempels: Signaaldrempels = STANDAARD_DREMPELS) -> str:
        """`omschrijving` with the values of `drempels` filled in (Dutch formats)."""
        r = drempels.rekenregels
        return self.omschrijving.format(
            jaren_terug=drempels.jaren_terug,
            vergelijking=r.hoge_terugvordering_vergelijking.tekst,
            grens=_geld(r.hoge_terugvordering_grens),
            grens_kot=_geld(r.hoge_terugvordering_grens_kot),
            wijzigingsgrens=_geld(drempels.wijzigingsgrens),
            partner_venster_dagen=drempels.partner_venster_dagen,
            buitenland_venster_dagen=drempels.buitenland_venster_dagen,
            stapeling_min_vorderingen=drempels.stapeling_min_vorderingen,
            stapeling_schuld_inkomen=formaat.procent(drempels.stapeling_schuld_inkomen * _HONDERD, 0),
            gemiste_termijn_venster_dagen=drempels.gemiste_termijn_venster_dagen,
            gemiste_termijnen_urgent=drempels.gemiste_termijnen_urgent,
            bezwaar_venster_dagen=drempels.bezwaar_venster_dagen,
            niet_gebruik_minimum=_geld(drempels.niet_gebruik_minimum),
            termijn_nadert_dagen=drempels.termijn_nadert_dagen,
            termijn_nadert_urgent_dagen=drempels.termijn_nadert_urgent_dagen,
        )


def _voorstel(
    h: Huishoudfeiten,
    e: Evaluatie,
    bron: str,
    type_: SignaalType,
    ernst: Ernst,
    oorzaak: str,
    uitleg: str,
    gegevens: dict[str, Any],
) -> Signaalvoorstel:
    gegevens = {**gegevens, "regel": bron, "drempels": e.drempels.label, "peildatum": e.peildatum.isoformat()}
    return Signaalvoorstel(
        burger_id=h.burger_id,
        type=type_,
        ernst=ernst,
        sleutel=f"{type_.value}:{h.burger_id}:{oorzaak}",
        bron=bron,
        uitleg=uitleg,
        gegevens=gegevens,
    )


# --- comparing voorschot data with actual data ------------------------------------------------------------------


def _uren_per_maand(g: Grondslagen) -> Decimal:
    return sum((o.uren_per_maand for o in g.opvang), _NUL)


def _huur(g: Grondslagen) -> Decimal | None:
    return None if g.huur is None else g.huur.kale_huur + g.huur.servicekosten


def _inkomen_zin(voorschot: Grondslagen, actueel: Grondslagen) -> str | None:
    iv, ia = voorschot.gezamenlijk_inkomen, actueel.gezamenlijk_inkomen
    if iv == ia:
        return None
    wie = "het gezamenlijke inkomen" if actueel.partner is not None else "het inkomen"
    richting = "boven" if ia > iv else "onder"
    return (
        f"{wie} volgens de loonaangifte ({_geld(ia)}) ligt {_geld(abs(ia - iv))} {richting} de schatting voor "
        "het voorschot"
    )


def _oorzaken(regeling: Regeling, v: Grondslagen, a: Grondslagen) -> tuple[list[str], dict[str, Any]]:
    """The deviations that matter for `regeling`, as Dutch clauses, and the compared values for `gegevens`."""
    zinnen: list[str] = []
    vergeleken: dict[str, Any] = {}
    inkomen = _inkomen_zin(v, a)
    if inkomen is not None:
        zinnen.append(inkomen)
        vergeleken["inkomen"] = {"voorschot": _s(v.gezamenlijk_inkomen), "actueel": _s(a.gezamenlijk_inkomen)}
    if (v.partner is None) != (a.partner is None):
        zinnen.append(
            "er is nu een toeslagpartner, terwijl het voorschot is berekend zonder toeslagpartner"
            if a.partner is not None
            else "er is geen toeslagpartner meer, terwijl het voorschot is berekend met toeslagpartner"
        )
        vergeleken["toeslagpartner"] = {"voorschot": v.partner is not None, "actueel": a.partner is not None}
    if regeling is Regeling.KINDEROPVANGTOESLAG:
        uv, ua = _uren_per_maand(v), _uren_per_maand(a)
        if uv != ua:
            meer = "meer" if ua > uv else "minder"
            zinnen.append(
                f"de kinderopvang geeft {_uren(ua)} uur per maand op, {_uren(abs(ua - uv))} uur {meer} dan de "
                f"{_uren(uv)} uur van het voorschot"
            )
            vergeleken["opvanguren_per_maand"] = {"voorschot": str(uv), "actueel": str(ua)}
    if regeling is Regeling.HUURTOESLAG:
        hv, ha = _huur(v), _huur(a)
        if hv != ha and hv is not None and ha is not None:
            zinnen.append(f"de huur is nu {_geld(ha)} per maand; het voorschot rekent met {_geld(hv)}")
            vergeleken["huur_per_maand"] = {"voorschot": _s(hv), "actueel": _s(ha)}
    if regeling in (Regeling.KINDGEBONDEN_BUDGET, Regeling.KINDEROPVANGTOESLAG) and len(v.kinderen) != len(a.kinderen):
        zinnen.append(
            f"er zijn nu {len(a.kinderen)} kinderen in het huishouden; het voorschot rekent met {len(v.kinderen)}"
        )
        vergeleken["kinderen"] = {"voorschot": len(v.kinderen), "actueel": len(a.kinderen)}
    if v.vermogen != a.vermogen:
        zinnen.append(f"het vermogen is nu {_geld(a.vermogen)}; het voorschot rekent met {_geld(v.vermogen)}")
        vergeleken["vermogen"] = {"voorschot": _s(v.vermogen), "actueel": _s(a.vermogen)}
    if not zinnen:
        zinnen.append("de actuele gegevens wijken af van de gegevens waarop het voorschot is gebaseerd")
    return zinnen, vergeleken


# --- the rules ----------------------------------------------------------------------------------------------


def _hoge_terugvordering(h: Huishoudfeiten, e: Evaluatie, bron: str) -> list[Signaalvoorstel]:
    uit: list[Signaalvoorstel] = []
    regels = e.drempels.rekenregels
    for toeslag_id, p in sorted(e.projecties().items()):
        if p is None or not p.hoog:
            continue
        t = p.toeslag
        regeling = Regeling(t.regeling)
        zinnen, vergeleken = _oorzaken(regeling, p.voorschot, p.actueel)
        terug = p.afrekening.terug_te_vorderen
        if t.jaar >= e.peildatum.year:
            gevolg = f"blijft het voorschot gelijk, dan volgt over {t.jaar} een terugvordering {regeling.label}"
        else:
            gevolg = f"bij de definitieve berekening over {t.jaar} volgt dan een terugvordering {regeling.label}"
        grens = (
            regels.hoge_terugvordering_grens_kot
            if regeling is Regeling.KINDEROPVANGTOESLAG
            else regels.hoge_terugvordering_grens
        )
        uitleg = (
            f"{_hoofdletter('; '.join(zinnen))}; {gevolg} van ongeveer {_ongeveer(terug)}. "
            f"Dat is een hoge terugvordering ({regels.hoge_terugvordering_vergelijking.tekst} {_geld(grens)})."
        )
        uit.append(
            _voorstel(
                h,
                e,
                bron,
                SignaalType.HOGE_TERUGVORDERING,
                Ernst.URGENT,
                f"toeslag:{toeslag_id}",
                uitleg,
                {
                    "entiteit": "toeslag",
                    "id": toeslag_id,
                    "regeling": t.regeling,
                    "jaar": t.jaar,
                    "vergeleken": vergeleken,
                    "voorschot_per_maand": _s(_cent(t.voorschot_maand_cent)),
                    "betaald_bij_gelijk_voorschot": _s(p.betaald_bij_gelijk_voorschot),
                    "jaarbedrag_actueel": _s(p.bedrag_actueel),
                    "saldo": _s(p.afrekening.saldo),
                    "terugvordering": _s(terug),
                    "grens": _s(grens),
                    "vergelijking": regels.hoge_terugvordering_vergelijking.value,
                },
            )
        )
    return uit


def _met_inkomen(g: Grondslagen, bron: Grondslagen) -> Grondslagen:
    """`g` with the toetsingsinkomen (and partner) of `bron`: isolates the effect of the income."""
    aanvrager = dataclasses.replace(g.aanvrager, toetsingsinkomen=bron.aanvrager.toetsingsinkomen)
    if bron.partner is None:
        partner = None
    elif g.partner is None:
        partner = bron.partner
    else:
        partner = dataclasses.replace(g.partner, toetsingsinkomen=bron.partner.toetsingsinkomen)
    return dataclasses.replace(g, aanvrager=aanvrager, partner=partner)


def _inkomensafwijking(h: Huishoudfeiten, e: Evaluatie, bron: str) -> list[Signaalvoorstel]:
    per_jaar: dict[int, list[tuple[Projectie, Decimal, Decimal]]] = {}
    grens = e.drempels.wijzigingsgrens
    for _, p in sorted(e.projecties().items()):
        if p is None or p.hoog or p.voorschot.gezamenlijk_inkomen == p.actueel.gezamenlijk_inkomen:
            continue
        regeling = Regeling(p.toeslag.regeling)
        nieuw = e.bedrag(regeling, p.toeslag.jaar, _met_inkomen(p.voorschot, p.actueel))
        if nieuw is None:
            continue
        verschil = nieuw - p.bedrag_voorschot
        if abs(verschil) > grens:
            per_jaar.setdefault(p.toeslag.jaar, []).append((p, nieuw, verschil))
    uit: list[Signaalvoorstel] = []
    for jaar, lijst in sorted(per_jaar.items()):
        eerste = lijst[0][0]
        iv, ia = eerste.voorschot.gezamenlijk_inkomen, eerste.actueel.gezamenlijk_inkomen
        wie = "Het gezamenlijke inkomen" if eerste.actueel.partner is not None else "Het inkomen"
        richting = "boven" if ia > iv else "onder"
        gevolgen = [
            f"de {Regeling(p.toeslag.regeling).label} ongeveer {_ongeveer(abs(v))} {'lager' if v < 0 else 'hoger'}"
            for p, _, v in lijst
        ]
        uitleg = (
            f"{wie} volgens de loonaangifte ({_geld(ia)}) ligt {_geld(abs(ia - iv))} {richting} de schatting "
            f"voor het voorschot {jaar} ({_geld(iv)}). Daardoor wordt {_opsomming(gevolgen)} per jaar. "
            f"Een wijziging van meer dan {_geld(grens)} per jaar moet worden doorgegeven."
        )
        lager = any(v < 0 for _, _, v in lijst)
        uit.append(
            _voorstel(
                h,
                e,
                bron,
                SignaalType.INKOMENSAFWIJKING,
                Ernst.AANDACHT if lager else Ernst.INFO,
                f"jaar:{jaar}",
                uitleg,
                {
                    "entiteit": "toeslag",
                    "id": eerste.toeslag.id,
                    "jaar": jaar,
                    "inkomen": {"voorschot": _s(iv), "actueel": _s(ia)},
                    "toeslagen": [
                        {
                            "id": p.toeslag.id,
                            "regeling": p.toeslag.regeling,
                            "jaarbedrag_voorschotgegevens": _s(p.bedrag_voorschot),
                            "jaarbedrag_actueel_inkomen": _s(nieuw),
                            "verschil": _s(v),
                        }
                        for p, nieuw, v in lijst
                    ],
                    "grens": _s(grens),
                },
            )
        )
    return uit


def _opvanguren_afwijking(h: Huishoudfeiten, e: Evaluatie, bron: str) -> list[Signaalvoorstel]:
    uit: list[Signaalvoorstel] = []
    grens = e.drempels.wijzigingsgrens
    for toeslag_id, p in sorted(e.projecties().items()):
        if p is None or p.hoog or p.toeslag.regeling != Regeling.KINDEROPVANGTOESLAG.value:
            continue
        uv, ua = _uren_per_maand(p.voorschot), _uren_per_maand(p.actueel)
        if uv == ua:
            continue
        nieuw = e.bedrag(
            Regeling.KINDEROPVANGTOESLAG, p.toeslag.jaar, dataclasses.replace(p.voorschot, opvang=p.actueel.opvang)
        )
        if nieuw is None:
            continue
        verschil = nieuw - p.bedrag_voorschot
        if abs(verschil) <= grens:
            continue
        jaar = p.toeslag.jaar
        uitleg = (
            f"De kinderopvang geeft {_uren(ua)} uur per maand op, {_uren(abs(ua - uv))} uur "
            f"{'meer' if ua > uv else 'minder'} dan de {_uren(uv)} uur waarop het voorschot kinderopvangtoeslag "
            f"{jaar} is berekend. Daardoor wordt de kinderopvangtoeslag over {jaar} ongeveer "
            f"{_ongeveer(abs(verschil))} {'lager' if verschil < 0 else 'hoger'}."
        )
        uit.append(
            _voorstel(
                h,
                e,
                bron,
                SignaalType.OPVANGUREN_AFWIJKING,
                Ernst.AANDACHT if verschil < 0 else Ernst.INFO,
                f"toeslag:{toeslag_id}",
                uitleg,
                {
                    "entiteit": "toeslag",
                    "id": toeslag_id,
                    "regeling": p.toeslag.regeling,
                    "jaar": jaar,
                    "opvanguren_per_maand": {"voorschot": str(uv), "actueel": str(ua)},
                    "jaarbedrag_voorschotgegevens": _s(p.bedrag_voorschot),
                    "jaarbedrag_actuele_uren": _s(nieuw),
                    "verschil": _s(verschil),
                    "grens": _s(grens),
                },
            )
        )
    return uit


def _voorschot_partner(e: Evaluatie, met_partner: bool) -> list[str]:
    """Labels of the running year's toeslagen whose voorschot was (not) computed with a partner."""
    labels: list[str] = []
    for t in sorted(e.huishouden.toeslagen, key=lambda t: t.id):
        if t.jaar != e.peildatum.year or t.status != "lopend":
            continue
        g = e.grondslagen(t.grondslagen_voorschot)
        if g is not None and (g.partner is not None) == met_partner:
            labels.append(Regeling(t.regeling).label)
    return labels


def _recent(d: dt.date | None, peildatum: dt.date, dagen: int) -> bool:
    return d is not None and peildatum - dt.timedelta(days=dagen) <= d <= peildatum


def _partnerwijziging(h: Huishoudfeiten, e: Evaluatie, bron: str) -> list[Signaalvoorstel]:
    uit: list[Signaalvoorstel] = []
    venster = e.drempels.partner_venster_dagen
    jaar = e.peildatum.year
    for p in sorted(h.partnerschappen, key=lambda p: p.id):
        gebeurtenissen: list[tuple[str, dt.date]] = []
        if not p.uit_buitenland and _recent(p.begin, e.peildatum, venster):
            gebeurtenissen.append(("begin", p.begin))
        if _recent(p.einde, e.peildatum, venster):
            assert p.einde is not None
            gebeurtenissen.append(("einde", p.einde))
        for soort, datum in gebeurtenissen:
            if soort == "begin":
                achter = _voorschot_partner(e, met_partner=False)
                uitleg = f"Sinds {_datum(datum)} heeft de burger een toeslagpartner."
                if achter:
                    uitleg += (
                        f" Het voorschot {_opsomming(achter)} {jaar} is nog berekend zonder toeslagpartner; met het "
                        "inkomen van de partner erbij kan een terugvordering ontstaan."
                    )
            else:
                achter = _voorschot_partner(e, met_partner=True)
                uitleg = f"Het toeslagpartnerschap is op {_datum(datum)} geëindigd."
                if achter:
                    uitleg += (
                        f" Het voorschot {_opsomming(achter)} {jaar} is nog berekend met toeslagpartner; er is "
                        "mogelijk recht op meer toeslag, en bij kinderen op de alleenstaande-ouderkop."
                    )
            uit.append(
                _voorstel(
                    h,
                    e,
                    bron,
                    SignaalType.PARTNERWIJZIGING,
                    Ernst.URGENT if achter and soort == "begin" else Ernst.AANDACHT,
                    f"partnerschap:{p.id}:{soort}",
                    uitleg,
                    {
                        "entiteit": "partnerschap",
                        "id": p.id,
                        "gebeurtenis": soort,
                        "datum": datum.isoformat(),
                        "voorschot_niet_aangepast": achter,
                        "venster_dagen": venster,
                    },
                )
            )
    return uit


def _partner_uit_buitenland(h: Huishoudfeiten, e: Evaluatie, bron: str) -> list[Signaalvoorstel]:
    uit: list[Signaalvoorstel] = []
    venster = e.drempels.buitenland_venster_dagen
    for p in sorted(h.partnerschappen, key=lambda p: p.id):
        if not p.uit_buitenland or not _recent(p.begin, e.peildatum, venster):
            continue
        uitleg = (
            f"Op {_datum(p.begin)} is de toeslagpartner uit het buitenland gekomen (nareizende partner, BSN sinds die "
            "datum). Eerdere toeslagen kunnen daardoor worden herzien en teruggevorderd, vooral de "
            "alleenstaande-ouderkop van het kindgebonden budget, de kinderopvangtoeslag en de zorgtoeslag. Neem "
            "contact op voordat de herziening komt en bespreek matiging of de hardheidsclausule."
        )
        uit.append(
            _voorstel(
                h,
                e,
                bron,
                SignaalType.PARTNER_UIT_BUITENLAND,
                Ernst.URGENT,
                f"partnerschap:{p.id}",
                uitleg,
                {"entiteit": "partnerschap", "id": p.id, "begin": p.begin.isoformat(), "venster_dagen": venster},
            )
        )
    return uit


def _inkomen(e: Evaluatie) -> tuple[Decimal, int] | None:
    """The household's yearly income (gezamenlijk) from the newest grondslagen, with the year it is for."""
    for jaar in (e.peildatum.year, e.peildatum.year - 1):
        basis = e.basis(jaar)
        if basis is not None:
            return basis[1].gezamenlijk_inkomen, jaar
    return None


def _stapeling_schulden(h: Huishoudfeiten, e: Evaluatie, bron: str) -> list[Signaalvoorstel]:
    open_ = sorted((v for v in h.vorderingen if v.open_cent > 0), key=lambda v: (v.ontstaan_op, v.id))
    if not open_:
        return []
    d = e.drempels
    totaal = _cent(sum(v.open_cent for v in open_))
    inkomen = _inkomen(e)
    aandeel: Decimal | None = None
    boven_aandeel = False
    if inkomen is not None:
        if inkomen[0] > 0:
            aandeel = totaal / inkomen[0]
            boven_aandeel = aandeel > d.stapeling_schuld_inkomen
        else:
            boven_aandeel = True
    veel = len(open_) >= d.stapeling_min_vorderingen
    if not veel and not boven_aandeel:
        return []
    delen = [f"{_regeling_label(v.regeling)} {v.jaar} ({_geld(_cent(v.open_cent))})" for v in open_]
    if len(open_) == 1:
        uitleg = f"Er staat 1 vordering open van {_geld(totaal)}: {delen[0]}."
    else:
        uitleg = f"Er staan {len(open_)} vorderingen open met samen {_geld(totaal)}: {_opsomming(delen)}."
    if inkomen is not None and aandeel is not None:
        uitleg += (
            f" Dat is {formaat.procent(aandeel * _HONDERD)} van het inkomen van {_geld(inkomen[0])} "
            f"(gegevens {inkomen[1]})."
        )
    elif inkomen is not None:
        uitleg += f" Het bekende inkomen over {inkomen[1]} is {_geld(inkomen[0])}."
    uitleg += (
        f" Het signaal gaat af vanaf {d.stapeling_min_vorderingen} openstaande vorderingen of een schuld van meer "
        f"dan {formaat.procent(d.stapeling_schuld_inkomen * _HONDERD, 0)} van het jaarinkomen."
    )
    laatste = max(v.id for v in open_)
    return [
        _voorstel(
            h,
            e,
            bron,
            SignaalType.STAPELING_SCHULDEN,
            Ernst.URGENT if veel and boven_aandeel else Ernst.AANDACHT,
            f"vorderingen:{len(open_)}:{laatste}",
            uitleg,
            {
                "entiteit": "vordering",
                "id": laatste,
                "vorderingen": [{"id": v.id, "kenmerk": v.kenmerk, "open": _s(_cent(v.open_cent))} for v in open_],
                "open_schuld": _s(totaal),
                "inkomen": None if inkomen is None else _s(inkomen[0]),
                "inkomen_jaar": None if inkomen is None else inkomen[1],
                "schuld_inkomen": None if aandeel is None else str(aandeel.quantize(Decimal("0.0001"))),
                "min_vorderingen": d.stapeling_min_vorderingen,
                "grens_schuld_inkomen": str(d.stapeling_schuld_inkomen),
            },
        )
    ]


def _termijn_zin(t: TermijnFeit) -> str:
    if t.status == "herinnerd":
        nieuw = f" (nieuwe vervaldatum {_datum(t.nieuwe_vervaldatum)})" if t.nieuwe_vervaldatum else ""
        return f"is voor de termijn van {_datum(t.vervaldatum)} een herinnering gestuurd{nieuw}"
    return f"is de termijn van {_datum(t.vervaldatum)} gemist"


def _gemiste_termijn(h: Huishoudfeiten, e: Evaluatie, bron: str) -> list[Signaalvoorstel]:
    d = e.drempels
    per_regeling: dict[int, list[TermijnFeit]] = {}
    for t in h.termijnen:
        if t.status in ("gemist", "herinnerd") and _recent(t.vervaldatum, e.peildatum, d.gemiste_termijn_venster_dagen):
            per_regeling.setdefault(t.regeling_id, []).append(t)
    uit: list[Signaalvoorstel] = []
    for regeling_id, termijnen in sorted(per_regeling.items()):
        termijnen.sort(key=lambda t: t.volgnummer)
        open_cent = sum(max(t.bedrag_cent - t.betaald_cent, 0) for t in termijnen)
        uitleg = (
            f"In de betalingsregeling ({_geld(_cent(termijnen[0].termijnbedrag_cent))} per maand) "
            f"{_opsomming([_termijn_zin(t) for t in termijnen])}. "
            f"Er staat {_geld(_cent(open_cent))} aan termijnen open."
        )
        uit.append(
            _voorstel(
                h,
                e,
                bron,
                SignaalType.GEMISTE_TERMIJN,
                Ernst.URGENT if len(termijnen) >= d.gemiste_termijnen_urgent else Ernst.AANDACHT,
                f"regeling:{regeling_id}:termijn:{max(t.id for t in termijnen)}",
                uitleg,
                {
                    "entiteit": "betalingsregeling",
                    "id": regeling_id,
                    "termijnen": [
                        {
                            "id": t.id,
                            "volgnummer": t.volgnummer,
                            "vervaldatum": t.vervaldatum.isoformat(),
                            "status": t.status,
                            "open": _s(_cent(max(t.bedrag_cent - t.betaald_cent, 0))),
                        }
                        for t in termijnen
                    ],
                    "open": _s(_cent(open_cent)),
                    "venster_dagen": d.gemiste_termijn_venster_dagen,
                },
            )
        )
    return uit


def _bezwaar_ingediend(h: Huishoudfeiten, e: Evaluatie, bron: str) -> list[Signaalvoorstel]:
    uit: list[Signaalvoorstel] = []
    venster = e.drempels.bezwaar_venster_dagen
    for b in sorted(h.bezwaren, key=lambda b: b.id):
        if b.status not in ("ontvangen", "in_behandeling") or not _recent(b.ontvangen_op, e.peildatum, venster):
            continue
        wat = _LIDWOORD_BESCHIKKING.get(b.beschikking_soort, "de beschikking")
        uitleg = (
            f"Op {_datum(b.ontvangen_op)} is bezwaar ontvangen tegen {wat}{_toeslag_jaar(b.regeling, b.jaar)} van "
            f"{_datum(b.beschikking_datum)} ({_geld(_cent(b.beschikking_bedrag_cent))}); uiterlijk "
            f"{_datum(b.beslissen_uiterlijk)} wordt erop beslist."
        )
        if b.status == "in_behandeling":
            uitleg += " Het bezwaar is in behandeling."
        uit.append(
            _voorstel(
                h,
                e,
                bron,
                SignaalType.BEZWAAR_INGEDIEND,
                Ernst.AANDACHT,
                f"bezwaar:{b.id}",
                uitleg,
                {
                    "entiteit": "bezwaar",
                    "id": b.id,
                    "beschikking_id": b.beschikking_id,
                    "ontvangen_op": b.ontvangen_op.isoformat(),
                    "beslissen_uiterlijk": b.beslissen_uiterlijk.isoformat(),
                    "status": b.status,
                },
            )
        )
    return uit


def _huur_bekend(e: Evaluatie) -> tuple[ToeslagFeit, Grondslagen] | None:
    """The newest known rent among all toeslag grondslagen (actual before voorschot, newest year first)."""
    for t in sorted(e.huishouden.toeslagen, key=lambda t: (-t.jaar, t.id)):
        for data in (t.grondslagen_actueel, t.grondslagen_voorschot):
            g = e.grondslagen(data)
            if g is not None and g.huur is not None:
                return t, g
    return None


def _niet_gebruik(h: Huishoudfeiten, e: Evaluatie, bron: str) -> list[Signaalvoorstel]:
    jaar = e.peildatum.year
    basis = e.basis(jaar)
    if basis is None:
        return []
    bron_toeslag, g = basis
    ontvangen = {t.regeling for t in h.toeslagen if t.jaar == jaar}
    minimum = e.drempels.niet_gebruik_minimum
    uit: list[Signaalvoorstel] = []
    for regeling in (Regeling.ZORGTOESLAG, Regeling.KINDGEBONDEN_BUDGET, Regeling.HUURTOESLAG):
        if regeling.value in ontvangen:
            continue
        extra: dict[str, Any] = {}
        invoer = g
        if regeling is Regeling.KINDGEBONDEN_BUDGET:
            kinderen = g.kinderen or tuple(Kind(k.geboortedatum) for k in h.kinderen if k.thuiswonend)
            if not kinderen:
                continue
            invoer = dataclasses.replace(g, kinderen=kinderen)
            extra["kinderen"] = len(kinderen)
        elif regeling is Regeling.HUURTOESLAG:
            huur = g.huur
            if huur is None:
                bekend = _huur_bekend(e)
                if bekend is None:
                    continue
                huur = bekend[1].huur
                assert huur is not None
            invoer = dataclasses.replace(g, huur=huur)
            extra["huur_per_maand"] = _s(huur.kale_huur + huur.servicekosten)
        bedrag = e.bedrag(regeling, jaar, invoer)
        if bedrag is None or bedrag < minimum or bedrag <= 0:
            continue
        # the text is built only for a signal that fires (formatting costs more than the calculation)
        gegevens_zin = [f"inkomen {_geld(g.gezamenlijk_inkomen)} in {jaar}"]
        if "kinderen" in extra:
            gegevens_zin.append(f"{extra['kinderen']} {'kind' if extra['kinderen'] == 1 else 'kinderen'}")
        if "huur_per_maand" in extra:
            gegevens_zin.append(f"huur {_geld(Decimal(extra['huur_per_maand']))} per maand")
        uitleg = (
            f"Op de gegevens die bekend zijn ({', '.join(gegevens_zin)}) heeft het huishouden waarschijnlijk recht op "
            f"{regeling.label} van ongeveer {_ongeveer(bedrag)} per jaar, maar ontvangt over {jaar} geen "
            f"{regeling.label}. Bespreek of een aanvraag zinvol is."
        )
        uit.append(
            _voorstel(
                h,
                e,
                bron,
                SignaalType.NIET_GEBRUIK,
                Ernst.INFO,
                f"{regeling.value}:{jaar}",
                uitleg,
                {
                    "entiteit": "toeslag",
                    "id": bron_toeslag.id,
                    "regeling": regeling.value,
                    "jaar": jaar,
                    "inkomen": _s(g.gezamenlijk_inkomen),
                    "geschat_jaarbedrag": _s(bedrag),
                    "minimum": _s(minimum),
                    **extra,
                },
            )
        )
    return uit


def _binnen(d: dt.date | None, e: Evaluatie) -> int | None:
    """Days from the peildatum to `d` when `d` lies within the deadline window, otherwise None."""
    if d is None:
        return None
    dagen = (d - e.peildatum).days
    return dagen if 0 <= dagen <= e.drempels.termijn_nadert_dagen else None


def _termijn_nadert(h: Huishoudfeiten, e: Evaluatie, bron: str) -> list[Signaalvoorstel]:
    d = e.drempels
    uit: list[Signaalvoorstel] = []

    def ernst(dagen: int) -> Ernst:
        return Ernst.URGENT if dagen <= d.termijn_nadert_urgent_dagen else Ernst.AANDACHT

    b: BeschikkingFeit
    for b in sorted(h.beschikkingen, key=lambda b: b.id):
        terugvordering = b.soort == BeschikkingSoort.TERUGVORDERING.value or (
            b.soort == BeschikkingSoort.DEFINITIEF.value and (b.saldo_cent or 0) < 0
        )
        dagen = _binnen(b.bezwaar_uiterlijk, e)
        if not terugvordering or b.heeft_bezwaar or dagen is None:
            continue
        wat = _LIDWOORD_BESCHIKKING.get(b.soort, "de beschikking")
        bedrag = _cent(
            -b.saldo_cent if b.soort == BeschikkingSoort.DEFINITIEF.value and b.saldo_cent else b.bedrag_cent
        )
        uitleg = (
            f"De bezwaartermijn tegen {wat}{_toeslag_jaar(b.regeling, b.jaar)} van {_datum(b.datum)} "
            f"(terugvordering {_geld(bedrag)}) loopt af op {_datum(b.bezwaar_uiterlijk)} "
            f"({formaat.relatieve_dagen(dagen)}). Wil de burger bezwaar maken, dan moet dat uiterlijk die dag."
        )
        uit.append(
            _voorstel(
                h,
                e,
                bron,
                SignaalType.TERMIJN_NADERT,
                ernst(dagen),
                f"beschikking:{b.id}",
                uitleg,
                {
                    "entiteit": "beschikking",
                    "id": b.id,
                    "termijn": "bezwaar",
                    "uiterlijk": b.bezwaar_uiterlijk.isoformat(),
                    "dagen": dagen,
                    "bedrag": _s(bedrag),
                    "venster_dagen": d.termijn_nadert_dagen,
                },
            )
        )
    v: VorderingFeit
    for v in sorted(h.vorderingen, key=lambda v: v.id):
        dagen = _binnen(v.vervaldatum, e)
        if v.status not in ("open", "aanmaning") or v.open_cent <= 0 or dagen is None:
            continue
        uitleg = (
            f"De vordering {_regeling_label(v.regeling)} {v.jaar} (kenmerk {v.kenmerk}, open "
            f"{_geld(_cent(v.open_cent))}) moet uiterlijk {_datum(v.vervaldatum)} betaald zijn "
            f"({formaat.relatieve_dagen(dagen)}). Er loopt geen betalingsregeling voor deze vordering."
        )
        uit.append(
            _voorstel(
                h,
                e,
                bron,
                SignaalType.TERMIJN_NADERT,
                ernst(dagen),
                f"vordering:{v.id}:{v.vervaldatum.isoformat()}",
                uitleg,
                {
                    "entiteit": "vordering",
                    "id": v.id,
                    "termijn": "betaling",
                    "uiterlijk": v.vervaldatum.isoformat(),
                    "dagen": dagen,
                    "open": _s(_cent(v.open_cent)),
                    "venster_dagen": d.termijn_nadert_dagen,
                },
            )
        )
    risico = {t.regeling_id for t in h.termijnen if t.status in ("gemist", "herinnerd")}
    t: TermijnFeit
    for t in sorted(h.termijnen, key=lambda t: t.id):
        verval = t.nieuwe_vervaldatum or t.vervaldatum
        dagen = _binnen(verval, e)
        if t.status != "open" or dagen is None:
            continue
        if not d.termijn_nadert_alle_termijnen and t.regeling_id not in risico:
            continue
        uitleg = (
            f"Termijn {t.volgnummer} van de betalingsregeling ({_geld(_cent(t.bedrag_cent - t.betaald_cent))}) "
            f"vervalt op {_datum(verval)} ({formaat.relatieve_dagen(dagen)})."
        )
        if t.regeling_id in risico:
            uitleg += " Eerder in deze regeling is een termijn gemist of pas na een herinnering betaald."
        uit.append(
            _voorstel(
                h,
                e,
                bron,
                SignaalType.TERMIJN_NADERT,
                ernst(dagen),
                f"termijn:{t.id}",
                uitleg,
                {
                    "entiteit": "termijn",
                    "id": t.id,
                    "betalingsregeling_id": t.regeling_id,
                    "termijn": "betaling",
                    "uiterlijk": verval.isoformat(),
                    "dagen": dagen,
                    "bedrag": _s(_cent(t.bedrag_cent - t.betaald_cent)),
                    "venster_dagen": d.termijn_nadert_dagen,
                },
            )
        )
    return uit


# --- the register of rules ---------------------------------------------------------------------------------

REGELS: tuple[Signaalregel, ...] = (
    Signaalregel(
        "hoge_terugvordering",
        1,
        (SignaalType.HOGE_TERUGVORDERING,),
        "Rekent elke lopende toeslag (dit jaar en, zonder definitieve berekening, {jaren_terug} jaar terug) opnieuw "
        "uit op de nieuwste actuele gegevens en zet dat af tegen het voorschot over het hele jaar. Gaat af als de "
        "rekenkern een hoge terugvordering geeft: {vergelijking} {grens}, of {vergelijking} {grens_kot} bij "
        "kinderopvangtoeslag.",
        _hoge_terugvordering,
    ),
    Signaalregel(
        "inkomensafwijking",
        1,
        (SignaalType.INKOMENSAFWIJKING,),
        "Vergelijkt het inkomen volgens de loonaangifte met de schatting voor het voorschot. Gaat af als de "
        "jaartoeslag daardoor meer dan {wijzigingsgrens} verandert (de grens van de wijzigingsplicht) en er niet al "
        "een hoge terugvordering wordt gesignaleerd. Eén signaal per jaar, met alle toeslagen die veranderen.",
        _inkomensafwijking,
    ),
    Signaalregel(
        "opvanguren_afwijking",
        1,
        (SignaalType.OPVANGUREN_AFWIJKING,),
        "Vergelijkt de opvanguren die de kinderopvang opgeeft met de uren van het voorschot kinderopvangtoeslag. "
        "Gaat af als de jaartoeslag daardoor meer dan {wijzigingsgrens} verandert en er niet al een hoge "
        "terugvordering wordt gesignaleerd.",
        _opvanguren_afwijking,
    ),
    Signaalregel(
        "partnerwijziging",
        1,
        (SignaalType.PARTNERWIJZIGING,),
        "Gaat af als een toeslagpartnerschap in de afgelopen {partner_venster_dagen} dagen is begonnen of geëindigd; "
        "noemt de voorschotten die nog van de oude situatie uitgaan.",
        _partnerwijziging,
    ),
    Signaalregel(
        "partner_uit_buitenland",
        1,
        (SignaalType.PARTNER_UIT_BUITENLAND,),
        "Gaat af als in de afgelopen {buitenland_venster_dagen} dagen een toeslagpartner uit het buitenland is "
        "gekomen (nareizende partner): eerdere toeslagen kunnen worden herzien.",
        _partner_uit_buitenland,
    ),
    Signaalregel(
        "stapeling_schulden",
        1,
        (SignaalType.STAPELING_SCHULDEN,),
        "Gaat af bij {stapeling_min_vorderingen} of meer openstaande vorderingen, of als de openstaande schuld meer "
        "is dan {stapeling_schuld_inkomen} van het jaarinkomen dat in de toeslaggegevens bekend is.",
        _stapeling_schulden,
    ),
    Signaalregel(
        "gemiste_termijn",
        1,
        (SignaalType.GEMISTE_TERMIJN,),
        "Gaat af als in een lopende betalingsregeling in de afgelopen {gemiste_termijn_venster_dagen} dagen een "
        "termijn is gemist of pas na een herinnering komt; urgent vanaf {gemiste_termijnen_urgent} zulke termijnen.",
        _gemiste_termijn,
    ),
    Signaalregel(
        "bezwaar_ingediend",
        1,
        (SignaalType.BEZWAAR_INGEDIEND,),
        "Gaat af als in de afgelopen {bezwaar_venster_dagen} dagen een bezwaar is ontvangen dat nog in behandeling is.",
        _bezwaar_ingediend,
    ),
    Signaalregel(
        "niet_gebruik",
        1,
        (SignaalType.NIET_GEBRUIK,),
        "Rekent met de toeslaggegevens van dit jaar uit of het huishouden recht heeft op zorgtoeslag, "
        "kindgebonden budget (bij thuiswonende kinderen) of huurtoeslag (alleen als een huur bekend is) die het "
        "niet ontvangt. Gaat af vanaf {niet_gebruik_minimum} per jaar.",
        _niet_gebruik,
    ),
    Signaalregel(
        "termijn_nadert",
        1,
        (SignaalType.TERMIJN_NADERT,),
        "Gaat af als binnen {termijn_nadert_dagen} dagen de bezwaartermijn van een terugvordering afloopt (zonder "
        "bezwaar), een vordering betaald moet zijn, of een termijn vervalt van een betalingsregeling waarin eerder "
        "een termijn is gemist; urgent binnen {termijn_nadert_urgent_dagen} dagen.",
        _termijn_nadert,
    ),
)


def evalueer(
    huishouden: Huishoudfeiten,
    peildatum: dt.date,
    drempels: Signaaldrempels = STANDAARD_DREMPELS,
    regels: Iterable[Signaalregel] = REGELS,
) -> list[Signaalvoorstel]:
    """Run the rules over one household.

    Args:
        huishouden: the household's facts.
        peildatum: the day the run looks from (the caller passes the real date).
        drempels: the thresholds.
        regels: the rules to run (default: all, in register order).

    Returns:
        The proposed signals, in rule order and within a rule in the order of the triggering entity.
    """
    e = Evaluatie(huishouden, peildatum, drempels)
    uit: list[Signaalvoorstel] = []
    for regel in regels:
        uit.extend(regel.functie(huishouden, e, regel.bron))
    return uit
