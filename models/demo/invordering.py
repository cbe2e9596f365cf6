"""What happens after the definitive calculations: nabetalingen, claims and their collection up to the peildatum.

What belongs here: `invorder()`, which walks one household's settlements in date order and decides, with the
household's own random stream, how each claim went: paid within the payment term, a betalingsregeling
(standaard mostly; persoonlijk on the betalingscapaciteit for low incomes, with the supervisor's four eyes when
it is outside policy; a spijtoptantenregeling after dwanginvordering in 2026), an aanmaning, a few
dwanginvordering or niet-invorderbaar, and verrekening of a later nabetaling against an unpaid claim.

Every amount comes from the calculation core: schedules from `standaardregeling` / `persoonlijke_regeling` /
`spijtoptantregeling` (interest switched off: the demo charges no invorderingsrente or costs, DOMAIN.md §11 item
20), each payment allocated to the claims with `verdeel`, each offset with `verreken_nabetaling`.
Terms (RULES.md §3): pay within 6 weeks of the terugvorderingsbeschikking; an aanmaning after that; a missed
instalment gets a free reminder with two more weeks before an arrangement lapses.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from models.calc.betalingsregeling import (
    GEEN_INVORDERINGSMAATREGELEN,
    Capaciteitsinvoer,
    Leefsituatie,
    Pauze,
    Vordering,
    persoonlijke_regeling,
    spijtoptantregeling,
    standaardregeling,
    verreken_nabetaling,
)
from models.calc.betalingsregeling import Betalingsregeling as Schema
from models.calc.invoer import Regeling as Toeslagregeling
from models.calc.invordering_basis import oudste_eerst
from models.calc.invordering_toerekening import verdeel
from models.demo.berekening import ToeslagJaar
from models.demo.huishouden import JAREN, Huishouden
from models.demo.identiteit import kenmerk_vordering
from models.demo.kalender import volgende_werkdag, werkdagen_na
from models.demo.teksten import euro
from models.demo.toeval import getal, kies
from models.domain import BeoordelingSoort

__all__ = [
    "Aflossing",
    "Beoordeling",
    "Claim",
    "Invordering",
    "Medewerkers",
    "Nabetaling",
    "Regeling",
    "Termijnstand",
    "invorder",
]

_NUL = Decimal(0)
_BETAALTERMIJN = dt.timedelta(weeks=6)
_CENT = Decimal("0.01")


@dataclass(slots=True)
class Aflossing:
    datum: dt.date
    bedrag: Decimal
    kosten: Decimal
    rente: Decimal
    hoofdsom: Decimal
    regeling: Regeling | None = None
    termijn: int | None = None  # volgnummer


@dataclass(slots=True)
class Nabetaling:
    tj: ToeslagJaar
    datum: dt.date
    bedrag: Decimal
    uitbetaald: Decimal
    verrekend: Decimal = _NUL


@dataclass(slots=True)
class Claim:
    tj: ToeslagJaar
    kenmerk: str
    bedrag: Decimal
    ontstaan_op: dt.date  # dagtekening of the terugvorderingsbeschikking
    vervaldatum: dt.date  # uiterste betaaldatum
    pad: str  # "betaald", "regeling", "onbetaald", "open"
    status: str = "open"
    open: Decimal = _NUL
    aanmaning_op: dt.date | None = None
    dwang_op: dt.date | None = None
    aflossingen: list[Aflossing] = field(default_factory=list)
    verrekeningen: list[tuple[Nabetaling, Decimal]] = field(default_factory=list)
    regeling: Regeling | None = None


@dataclass(slots=True)
class Termijnstand:
    volgnummer: int
    vervaldatum: dt.date
    bedrag: Decimal
    betaald: Decimal = _NUL
    status: str = "open"
    herinnering_op: dt.date | None = None
    nieuwe_vervaldatum: dt.date | None = None


@dataclass(slots=True)
class Beoordeling:
    soort: str
    motivatie: str
    gegevens: dict[str, Any]
    status: str
    ingediend_op: dt.date
    voorgesteld_door: int
    beoordeeld_door: int | None = None
    beoordeling_motivatie: str | None = None
    beoordeeld_op: dt.date | None = None


@dataclass(slots=True)
class Regeling:
    soort: str
    status: str
    claims: list[Claim]
    schema: Schema
    aangevraagd_op: dt.date
    termijnen: list[Termijnstand] = field(default_factory=list)
    capaciteit: dict[str, Any] | None = None
    motivatie: str | None = None
    voorgesteld_door: int | None = None
    beoordeling: Beoordeling | None = None
    pauze_van: dt.date | None = None
    pauze_tot: dt.date | None = None


@dataclass(slots=True)
class Invordering:
    claims: list[Claim]
    regelingen: list[Regeling]
    nabetalingen: list[Nabetaling]
    terugvordering_op: dict[int, dt.date]  # year → dagtekening of the terugvorderingsbeschikkingen


@dataclass(frozen=True, slots=True)
class Medewerkers:
    """The staff ids a worker may use for proposals and reviews."""

    begeleiders: tuple[int, ...]
    supervisors: tuple[int, ...]


# --- the walk through time --------------------------------------------------------------------------------------


def invorder(
    hh: Huishouden, tjs: list[ToeslagJaar], peildatum: dt.date, rng: random.Random, mw: Medewerkers
) -> Invordering:
    """Nabetalingen and claims of the household from its settlements, collected up to `peildatum`."""
    uit = Invordering([], [], [], {})
    gebeurtenissen: list[tuple[dt.date, int, str, ToeslagJaar]] = []
    for tj in tjs:
        a = tj.afrekening
        d = tj.definitief_op
        if a is None or d is None:
            continue
        if a.na_te_betalen > _NUL:
            betaaldag = werkdagen_na(d, getal(rng, 8, 18))
            if betaaldag <= peildatum:
                gebeurtenissen.append((betaaldag, 1, "nabetaling", tj))
        if a.terug_te_vorderen > _NUL:
            jaar = tj.jaar.jaar
            if jaar not in uit.terugvordering_op:
                uit.terugvordering_op[jaar] = volgende_werkdag(d + dt.timedelta(days=getal(rng, 14, 35)))
            if uit.terugvordering_op[jaar] <= peildatum:
                gebeurtenissen.append((uit.terugvordering_op[jaar], 0, "terugvordering", tj))
    gebeurtenissen.sort(key=lambda g: (g[0], g[1], g[3].regeling.value))

    context = _Context(hh, tjs, peildatum, rng, mw)
    groep: list[Claim] = []
    for datum, _, soort, tj in gebeurtenissen:
        if groep and (soort != "terugvordering" or groep[0].ontstaan_op != datum):
            _kies_pad(context, groep, uit)
            groep = []
        if soort == "terugvordering":
            assert tj.afrekening is not None
            bedrag = tj.afrekening.terug_te_vorderen
            claim = Claim(
                tj=tj,
                kenmerk=kenmerk_vordering(hh.nummer, tj.jaar.jaar, tj.regeling.afkorting),
                bedrag=bedrag,
                ontstaan_op=datum,
                vervaldatum=datum + _BETAALTERMIJN,
                pad="",
                open=bedrag,
            )
            uit.claims.append(claim)
            groep.append(claim)
        else:
            uit.nabetalingen.append(_nabetaling(tj, datum, uit.claims))
    if groep:
        _kies_pad(context, groep, uit)
    for claim in uit.claims:
        _sluit_af(claim, peildatum, rng)
    regeling = _spijtoptant(context, uit.claims)
    if regeling is not None:
        uit.regelingen.append(regeling)
    return uit


@dataclass(frozen=True, slots=True)
class _Context:
    hh: Huishouden
    tjs: list[ToeslagJaar]
    peildatum: dt.date
    rng: random.Random
    mw: Medewerkers


def _nabetaling(tj: ToeslagJaar, datum: dt.date, claims: list[Claim]) -> Nabetaling:
    """A nabetaling is first set off against unpaid claims whose payment term has ended (Awir art. 30)."""
    assert tj.afrekening is not None
    bedrag = tj.afrekening.na_te_betalen
    onbetaald = [c for c in claims if c.pad == "onbetaald" and c.vervaldatum < datum and c.open > _NUL]
    if not onbetaald:
        return Nabetaling(tj, datum, bedrag, bedrag)
    verdeling = verreken_nabetaling(bedrag, _vorderingen(onbetaald), datum, rente=False)
    nb = Nabetaling(tj, datum, bedrag, verdeling.onverdeeld, verdeling.toegerekend)
    per_kenmerk = {c.kenmerk: c for c in onbetaald}
    for t in verdeling.toerekeningen:
        if t.betaald > _NUL:
            claim = per_kenmerk[t.kenmerk]
            claim.open -= t.hoofdsom
            claim.verrekeningen.append((nb, t.betaald))
    return nb


def _kies_pad(ctx: _Context, groep: list[Claim], uit: Invordering) -> None:
    """How the household handled the claims of one terugvorderingsbeschikking (they share their dates)."""
    rng, peildatum = ctx.rng, ctx.peildatum
    totaal = sum((c.bedrag for c in groep), _NUL)
    gedrag = ctx.hh.betaalgedrag
    ontstaan, verval = groep[0].ontstaan_op, groep[0].vervaldatum
    if verval > peildatum:  # still within the payment term
        keuze = rng.random()
        pad = "betaald" if keuze < 0.15 else "regeling" if keuze < 0.40 else "open"
    else:
        kans_betaald = (0.65 if totaal < 250 else 0.40 if totaal < 1000 else 0.22) * (1 - gedrag)
        keuze = rng.random()
        if keuze < kans_betaald:
            pad = "betaald"
        elif keuze < kans_betaald + (1 - kans_betaald) * (0.80 - 0.4 * gedrag):
            pad = "regeling"
        else:
            pad = "onbetaald"
    for c in groep:
        c.pad = pad
    if pad == "betaald":
        laatste = min(verval, peildatum)
        for c in groep:
            dag = ontstaan + dt.timedelta(days=getal(rng, 3, max(3, (laatste - ontstaan).days)))
            _betaal(c, min(dag, laatste), c.bedrag, None, None)
    elif pad == "regeling":
        aangevraagd = ontstaan + dt.timedelta(days=getal(rng, 5, 30))
        start = min(verval, _eerste_van_volgende_maand(aangevraagd))  # the first instalment next month
        if verval <= peildatum and rng.random() < 0.25:  # asked for after the aanmaning
            aangevraagd = verval + dt.timedelta(days=getal(rng, 20, 60))
            start = aangevraagd + dt.timedelta(days=14)
        regeling = _maak_regeling(ctx, groep, aangevraagd, start) if aangevraagd <= peildatum else None
        if regeling is None:
            for c in groep:
                c.pad = "onbetaald" if c.pad == "regeling" else c.pad
        else:
            uit.regelingen.append(regeling)


# --- arrangements ---------------------------------------------------------------------------------------------


def _vorderingen(groep: list[Claim]) -> list[Vordering]:
    return [Vordering(c.kenmerk, c.open, c.vervaldatum) for c in groep]


def _leefsituatie(hh: Huishouden, jaar: int, met_partner: bool) -> Leefsituatie:
    aow = jaar - hh.aanvrager.geboortedatum.year >= 67
    if met_partner and hh.partnerschap is not None:
        partner_aow = jaar - hh.partnerschap.partner.geboortedatum.year >= 67
        if aow and partner_aow:
            return Leefsituatie.GEHUWDEN_AOW
        return Leefsituatie.GEHUWDEN_EEN_AOW if aow or partner_aow else Leefsituatie.GEHUWDEN
    if any(k.geboortedatum.year + 18 > jaar for k in hh.kinderen):
        return Leefsituatie.ALLEENSTAANDE_OUDER_AOW if aow else Leefsituatie.ALLEENSTAANDE_OUDER
    return Leefsituatie.ALLEENSTAANDE_AOW if aow else Leefsituatie.ALLEENSTAANDE


def _netto_per_maand(toetsingsinkomen: Decimal) -> Decimal:
    """A yearly toetsingsinkomen as a rough net monthly income (whole cents): the citizen's own statement."""
    return (toetsingsinkomen * Decimal("0.78") / 12).quantize(_CENT)


def _capaciteitsinvoer(ctx: _Context, datum: dt.date) -> Capaciteitsinvoer:
    """What the citizen states for the capacity calculation, taken from the household's situation."""
    hh = ctx.hh
    jaar = min(datum.year, JAREN[-1])
    j = next((x for x in hh.jaren if x.jaar == jaar), hh.jaren[-1])
    met_partner = j.partner_werkelijk and hh.partnerschap is not None
    voorschot = {tj.regeling: tj.voorschot.bedrag_maand for tj in ctx.tjs if tj.jaar.jaar == jaar}
    woonlasten = j.huur[1].kale_huur if j.huur is not None else Decimal(getal(ctx.rng, 650, 1250))
    return Capaciteitsinvoer(  # amounts in cents, as a person types them and as they are stored
        leefsituatie=_leefsituatie(hh, jaar, met_partner),
        netto_inkomen=_netto_per_maand(j.inkomen_aanvrager[1]),
        netto_inkomen_partner=_netto_per_maand(j.inkomen_partner[1]) if met_partner else _NUL,
        woonlasten=woonlasten.quantize(_CENT),
        huurtoeslag=voorschot.get(Toeslagregeling.HUURTOESLAG, _NUL).quantize(_CENT),
        zorgpremie=Decimal(158 * (2 if met_partner else 1)).quantize(_CENT),
        zorgtoeslag=voorschot.get(Toeslagregeling.ZORGTOESLAG, _NUL).quantize(_CENT),
        financiele_middelen=min(j.vermogen[1], Decimal(getal(ctx.rng, 0, 2_500))).quantize(_CENT),
    )


def _capaciteit_json(
    invoer: Capaciteitsinvoer, schema: Schema, looptijd: int | None, pauzes: tuple[Pauze, ...]
) -> dict[str, Any] | None:
    """What the arrangement was computed on and the core's capacity result, as stored with it: the capacity
    inputs (the `werkplek-reken` field names), the term asked for and any pause, so it can be recomputed."""
    if schema.betalingscapaciteit is None:
        return None
    velden: dict[str, Any] = {"leefsituatie": invoer.leefsituatie.value}
    for naam in Capaciteitsinvoer.velden():
        waarde = getattr(invoer, naam)
        if waarde:
            velden[naam] = f"{waarde:.2f}"
    return {
        "invoer": velden,
        "looptijd": looptijd,
        "pauzes": [{"vanaf": p.vanaf.isoformat(), "maanden": p.maanden} for p in pauzes],
        "uitkomst": schema.betalingscapaciteit.naar_dict(),
    }


_BEOORDELING_SOORT = (
    ("looptijd", BeoordelingSoort.LANGE_LOOPTIJD),
    ("pauze", BeoordelingSoort.PAUZE),
    ("lager dan het minimum", BeoordelingSoort.ONDER_MINIMUM),
    ("stoppen van invorderingsmaatregelen", BeoordelingSoort.STOP_INVORDERING),
    ("verschillende schuldenaren", BeoordelingSoort.SAMENVOEGEN_PARTNERS),
)


def _beoordeling(ctx: _Context, schema: Schema, aangevraagd: dt.date, voorsteller: int) -> Beoordeling:
    """The four-eyes request for an arrangement outside policy: approved, or still open when it is recent."""
    reden = schema.buiten_beleid[0]
    soort = next((s for sleutel, s in _BEOORDELING_SOORT if sleutel in reden), BeoordelingSoort.LANGE_LOOPTIJD)
    cap = schema.betalingscapaciteit
    motivatie = (
        (f"De betalingscapaciteit is {euro(cap.maximaal_termijnbedrag)} per maand. " if cap is not None else "")
        + f"Voorstel: {schema.aantal_termijnen} termijnen van {euro(schema.termijnbedrag)} ({reden}). "
        "Zo blijft het bestaansminimum over en kan de burger de regeling volhouden."
    )
    berekening = schema.naar_dict()
    berekening.pop("fout", None)
    # the keys Regelingendienst writes for a proposal (the Beoordelen view shows reasons and the calculation)
    gegevens = {
        "wijziging": "nieuw",
        "redenen": list(schema.buiten_beleid),
        "soorten": [
            next((s for sleutel, s in _BEOORDELING_SOORT if sleutel in r), BeoordelingSoort.LANGE_LOOPTIJD).value
            for r in schema.buiten_beleid
        ],
        "berekening": berekening,
        "peildatum": aangevraagd.isoformat(),
    }
    if (ctx.peildatum - aangevraagd).days <= 10:
        return Beoordeling(soort.value, motivatie, gegevens, "open", aangevraagd, voorsteller)
    return Beoordeling(
        soort.value,
        motivatie,
        gegevens,
        "goedgekeurd",
        aangevraagd,
        voorsteller,
        kies(ctx.rng, ctx.mw.supervisors),
        "Akkoord: de berekening van de betalingscapaciteit klopt en het bestaansminimum blijft over.",
        min(ctx.peildatum, werkdagen_na(aangevraagd, getal(ctx.rng, 1, 6))),
    )


def _eerste_van_volgende_maand(datum: dt.date) -> dt.date:
    return dt.date(datum.year + datum.month // 12, datum.month % 12 + 1, 1)


def _persoonlijk(ctx: _Context, groep: list[Claim], aangevraagd: dt.date, start: dt.date) -> Regeling | None:
    """A persoonlijke betalingsregeling proposed by a begeleider; None when the core refuses it."""
    rng = ctx.rng
    invoer = _capaciteitsinvoer(ctx, aangevraagd)
    looptijd = 36 if rng.random() < 0.25 else None
    pauze_over = getal(rng, 60, 200) if rng.random() < 0.1 else None

    def pauzes(eerste: dt.date) -> tuple[Pauze, ...]:
        return () if pauze_over is None else (Pauze(eerste + dt.timedelta(days=pauze_over), pauze_maanden),)

    def bereken(eerste: dt.date) -> Schema:
        return persoonlijke_regeling(
            _vorderingen(groep), eerste, invoer, looptijd=looptijd, pauzes=pauzes(eerste), rente=False
        )

    pauze_maanden = getal(rng, 2, 3)
    schema = bereken(start)
    if schema.conclusie == GEEN_INVORDERINGSMAATREGELEN:
        for c in groep:
            c.pad = "niet_invorderbaar"
        return None
    if not schema.termijnen or schema.weigeringsgronden:
        return None
    nog_te_beoordelen = bool(schema.buiten_beleid) and (ctx.peildatum - aangevraagd).days <= 10
    if nog_te_beoordelen:  # a proposal waiting for the supervisor starts after the decision
        start = _eerste_van_volgende_maand(ctx.peildatum)
        schema = bereken(start)
    voorsteller = kies(rng, ctx.mw.begeleiders)
    regeling = Regeling(
        soort="persoonlijk",
        status="actief",
        claims=groep,
        schema=schema,
        aangevraagd_op=aangevraagd,
        capaciteit=_capaciteit_json(invoer, schema, looptijd, pauzes(start)),
        motivatie="Persoonlijke betalingsregeling op basis van de betalingscapaciteit, besproken met de burger.",
        voorgesteld_door=voorsteller,
    )
    for pauze in pauzes(start):
        if pauze.vanaf < schema.termijnen[-1].vervaldatum:
            regeling.pauze_van, regeling.pauze_tot = pauze.vanaf, pauze.tot
    if schema.buiten_beleid:
        regeling.beoordeling = _beoordeling(ctx, schema, aangevraagd, voorsteller)
        if regeling.beoordeling.status == "open":
            regeling.status = "ter_beoordeling"
    return regeling


def _maak_regeling(ctx: _Context, groep: list[Claim], aangevraagd: dt.date, start: dt.date) -> Regeling | None:
    hh, rng = ctx.hh, ctx.rng
    totaal = sum((c.open for c in groep), _NUL)
    laag_inkomen = float(hh.aanvrager.inkomen[min(aangevraagd.year, JAREN[-1])]) < 26_000
    regeling = None
    if totaal >= 600 and (laag_inkomen or hh.betaalgedrag > 0.5) and ctx.mw.begeleiders and rng.random() < 0.3:
        regeling = _persoonlijk(ctx, groep, aangevraagd, start)
        if regeling is None and groep[0].pad == "niet_invorderbaar":
            return None
    if regeling is None:
        schema = standaardregeling(_vorderingen(groep), start, rente=False)
        if not schema.termijnen:
            return None
        regeling = Regeling("standaard", "actief", groep, schema, aangevraagd)
    _volg_termijnen(ctx, regeling)
    return regeling


def _volg_termijnen(ctx: _Context, regeling: Regeling) -> None:
    """The schedule as it stands on the peildatum: instalments paid (allocated to the claims), reminded, missed."""
    rng, peildatum = ctx.rng, ctx.peildatum
    gedrag = ctx.hh.betaalgedrag
    stopt_na = getal(rng, 1, 12) if gedrag > 0.85 and rng.random() < 0.6 else None
    gemist = 0
    vervallen = False
    for c in regeling.claims:
        c.regeling = regeling
    for i, t in enumerate(regeling.schema.termijnen, start=1):
        stand = Termijnstand(i, t.vervaldatum, t.bedrag)
        regeling.termijnen.append(stand)
        if regeling.status == "ter_beoordeling" or t.vervaldatum > peildatum or vervallen:
            continue
        if stopt_na is not None and i > stopt_na:
            stand.herinnering_op = volgende_werkdag(t.vervaldatum + dt.timedelta(days=7))
            stand.nieuwe_vervaldatum = stand.herinnering_op + dt.timedelta(days=14)
            if stand.nieuwe_vervaldatum <= peildatum:
                stand.status = "gemist"
                gemist += 1
                vervallen = gemist >= 2  # a second missed instalment after a reminder: the arrangement lapses
            else:
                stand.status = "herinnerd"
            continue
        if (peildatum - t.vervaldatum).days < 7 and rng.random() < 0.4:
            continue  # due a few days ago and not paid yet
        if rng.random() < 0.05 + 0.25 * gedrag:  # late: a free reminder first, then paid
            stand.herinnering_op = volgende_werkdag(t.vervaldatum + dt.timedelta(days=7))
            stand.nieuwe_vervaldatum = stand.herinnering_op + dt.timedelta(days=14)
            if stand.nieuwe_vervaldatum > peildatum:
                stand.status = "herinnerd"
                continue
            betaaldag = stand.herinnering_op + dt.timedelta(days=getal(rng, 1, 13))
        else:
            betaaldag = max(regeling.aangevraagd_op, t.vervaldatum - dt.timedelta(days=getal(rng, 0, 4)))
        _betaal_termijn(regeling, stand, min(betaaldag, peildatum))
    if regeling.status == "ter_beoordeling":
        return
    if vervallen:
        regeling.status = "vervallen"
    elif all(s.status == "betaald" for s in regeling.termijnen):
        regeling.status = "afgelost"
    elif (
        regeling.pauze_van is not None
        and regeling.pauze_tot is not None
        and (regeling.pauze_van <= peildatum < regeling.pauze_tot)
    ):
        regeling.status = "gepauzeerd"


def _betaal_termijn(regeling: Regeling, stand: Termijnstand, datum: dt.date) -> None:
    """One instalment paid. With one claim the schedule's own split of the instalment (kosten, rente, hoofdsom)
    is what is paid; with several, the core allocates it to them (oldest first; kosten, rente, hoofdsom)."""
    if len(regeling.claims) == 1:
        t = regeling.schema.termijnen[stand.volgnummer - 1]
        _betaal(regeling.claims[0], datum, t.bedrag, regeling, stand.volgnummer, t.kosten, t.rente, t.hoofdsom)
        stand.betaald = stand.bedrag
        stand.status = "betaald"
        return
    claims = [c for c in regeling.claims if c.open > _NUL]
    volgorde = oudste_eerst(_vorderingen(claims))
    toerekeningen, _, _ = verdeel(stand.bedrag, volgorde, datum, rente=False, rente_in_betaling=False, drempel=_NUL)
    per_kenmerk = {c.kenmerk: c for c in claims}
    for t in toerekeningen:
        if t.betaald > _NUL:
            _betaal(per_kenmerk[t.kenmerk], datum, t.betaald, regeling, stand.volgnummer, t.kosten, t.rente, t.hoofdsom)
    stand.betaald = stand.bedrag
    stand.status = "betaald"


def _betaal(
    claim: Claim,
    datum: dt.date,
    bedrag: Decimal,
    regeling: Regeling | None,
    termijn: int | None,
    kosten: Decimal = _NUL,
    rente: Decimal = _NUL,
    hoofdsom: Decimal | None = None,
) -> None:
    hoofdsom = bedrag if hoofdsom is None else hoofdsom
    claim.aflossingen.append(Aflossing(datum, bedrag, kosten, rente, hoofdsom, regeling, termijn))
    claim.open -= hoofdsom


# --- the state on the peildatum -----------------------------------------------------------------------------------


def _sluit_af(claim: Claim, peildatum: dt.date, rng: random.Random) -> None:
    """The collection status of a claim on the peildatum."""
    if claim.open <= _NUL:
        claim.open = _NUL
        claim.status = "verrekend" if claim.verrekeningen and not claim.aflossingen else "afgelost"
        return
    regeling = claim.regeling
    if regeling is not None and regeling.status in ("actief", "gepauzeerd", "afgelost"):
        claim.status = "in_regeling"
        return
    if claim.pad == "niet_invorderbaar":
        claim.status = "niet_invorderbaar"
        return
    if claim.vervaldatum > peildatum:
        claim.status = "open"
        return
    # Not paid in time, or the arrangement lapsed or still waits for review: an aanmaning, sometimes more.
    basis = claim.vervaldatum
    if regeling is not None and regeling.status == "vervallen":
        basis = max((t.nieuwe_vervaldatum or t.vervaldatum) for t in regeling.termijnen if t.status == "gemist")
    aanmaning = volgende_werkdag(basis + dt.timedelta(days=getal(rng, 10, 24)))
    if aanmaning > peildatum:
        claim.status = "open"
        return
    claim.aanmaning_op = aanmaning
    claim.status = "aanmaning"
    if regeling is None and (peildatum - aanmaning).days > 150:
        keuze = rng.random()
        if keuze < 0.10:
            claim.status = "dwang"
            claim.dwang_op = volgende_werkdag(aanmaning + dt.timedelta(days=getal(rng, 40, 90)))
        elif keuze < 0.13:
            claim.status = "niet_invorderbaar"


def _spijtoptant(ctx: _Context, claims: list[Claim]) -> Regeling | None:
    """From 2026 claims under dwanginvordering can still get a 24-month arrangement (spijtoptantenregeling)."""
    kandidaten = [c for c in claims if c.status == "dwang" and c.dwang_op is not None and c.dwang_op <= ctx.peildatum]
    if not kandidaten or ctx.rng.random() > 0.3:
        return None
    laatste_dwang = max(c.dwang_op for c in kandidaten if c.dwang_op is not None)
    aangevraagd = max(dt.date(2026, 1, 5), laatste_dwang + dt.timedelta(days=20))
    if aangevraagd > ctx.peildatum - dt.timedelta(days=20):
        return None
    schema = spijtoptantregeling(_vorderingen(kandidaten), aangevraagd + dt.timedelta(days=14), rente=False)
    if not schema.termijnen:
        return None
    regeling = Regeling("spijtoptant", "actief", kandidaten, schema, aangevraagd)
    _volg_termijnen(ctx, regeling)
    for c in kandidaten:
        if c.open <= _NUL:
            c.open = _NUL
            c.status = "afgelost"
        elif regeling.status != "vervallen":
            c.status = "in_regeling"
    return regeling
