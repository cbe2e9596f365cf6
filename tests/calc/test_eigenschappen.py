"""Property tests (hypothesis) for the four toeslagen over 2024–2026.

Amounts are never negative and a right is never below € 24; the monthly voorschot × 12 never exceeds the year
amount; amounts never increase with income (other data fixed); above the vermogensgrens the amount is zero; the
JSON entry point (`bereken_json`, and the text `werkplek-reken` writes) agrees with the Python API; the what-if
voorschot is never negative and leaves less than one euro per remaining month.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import tempfile
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.configuration import set_hypothesis_home_dir

from models.calc.api import bereken, bereken_json, bereken_json_tekst, wat_als
from models.calc.invoer import Grondslagen, Huur, Kind, Medebewoner, Opvang, Opvangsoort, Persoon, Regeling
from models.calc.parameters import BEKENDE_JAREN, parameters

# Hypothesis keeps a cache of constants in ./.hypothesis even without an example database; a .hypothesis folder in
# the checkout makes pytest's collection warn (an error under filterwarnings=error). Keep it in the temp dir.
set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "werkplek-hypothesis")

INSTELLINGEN = settings(max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])

jaren = st.sampled_from(BEKENDE_JAREN)
regelingen = st.sampled_from(list(Regeling))
inkomens = st.integers(min_value=0, max_value=160_000).map(Decimal)
centen = st.integers(min_value=0, max_value=99).map(lambda c: Decimal(c) / 100)


@st.composite
def personen(draw: st.DrawFn, *, vroegst: int = 1935, laatst: int = 2009) -> Persoon:
    return Persoon(
        geboortedatum=draw(st.dates(dt.date(vroegst, 1, 1), dt.date(laatst, 12, 31))),
        toetsingsinkomen=draw(inkomens) + draw(centen),
        verzekerd=draw(st.booleans().filter(lambda b: b) | st.booleans()),
    )


@st.composite
def huishoudens(draw: st.DrawFn, regeling: Regeling) -> Grondslagen:
    kinderen = tuple(
        Kind(draw(st.dates(dt.date(2006, 1, 1), dt.date(2026, 11, 30)))) for _ in range(draw(st.integers(0, 3)))
    )
    opvang: tuple[Opvang, ...] = ()
    if regeling is Regeling.KINDEROPVANGTOESLAG and kinderen:
        opvang = tuple(
            Opvang(
                kind=draw(st.integers(0, len(kinderen) - 1)),
                soort=draw(st.sampled_from(list(Opvangsoort))),
                uren_per_maand=Decimal(draw(st.integers(0, 260))),
                uurprijs=Decimal(draw(st.integers(500, 1400))) / 100,
                maanden=draw(st.integers(0, 12)),
            )
            for _ in range(draw(st.integers(1, 3)))
        )
    medebewoners: tuple[Medebewoner, ...] = ()
    if regeling is Regeling.HUURTOESLAG:
        medebewoners = tuple(
            Medebewoner(
                geboortedatum=draw(st.dates(dt.date(1940, 1, 1), dt.date(2008, 12, 31))),
                toetsingsinkomen=Decimal(draw(st.integers(0, 30_000))),
                vermogen=Decimal(draw(st.integers(0, 45_000))),
                kind_in_huishouden=draw(st.booleans()),
            )
            for _ in range(draw(st.integers(0, 2)))
        )
    huur = None
    if regeling is Regeling.HUURTOESLAG:
        huur = Huur(Decimal(draw(st.integers(150, 1300))), Decimal(draw(st.integers(0, 80))))
    return Grondslagen(
        aanvrager=draw(personen()),
        partner=draw(st.none() | personen()),
        vermogen=Decimal(draw(st.sampled_from([0, 0, 0, 5_000, 30_000, 80_000, 150_000, 200_000]))),
        woonlandfactor=draw(st.none() | st.sampled_from([Decimal("0.7981"), Decimal("1.0000")]))
        if regeling is Regeling.ZORGTOESLAG
        else None,
        kinderen=kinderen,
        medebewoners=medebewoners,
        huur=huur,
        opvang=opvang,
    )


@st.composite
def gevallen(draw: st.DrawFn) -> tuple[Regeling, int, Grondslagen]:
    regeling = draw(regelingen)
    return regeling, draw(jaren), draw(huishoudens(regeling))


@INSTELLINGEN
@given(gevallen())
def test_nooit_negatief_en_minimum_24(geval: tuple[Regeling, int, Grondslagen]) -> None:
    regeling, jaar, g = geval
    u = bereken(regeling, jaar, g)
    assert u.bedrag_jaar_exact >= 0
    assert u.bedrag_jaar >= 0
    assert u.bedrag_maand >= 0
    assert u.bedrag_jaar == 0 or u.bedrag_jaar >= 24
    assert u.recht == (u.bedrag_jaar > 0)
    assert u.bedrag_maand * 12 <= u.bedrag_jaar
    assert u.bedrag_jaar - u.bedrag_maand * 12 < 12  # at most the rounding down of each month
    assert u.recht or u.reden_geen_recht
    assert u.uitleg
    assert all(s.grondslag for s in u.uitleg)


@INSTELLINGEN
@given(gevallen(), inkomens, inkomens)
def test_nooit_stijgend_in_inkomen(geval: tuple[Regeling, int, Grondslagen], a: Decimal, b: Decimal) -> None:
    regeling, jaar, g = geval
    laag, hoog = min(a, b), max(a, b)
    g_laag = dataclasses.replace(g, aanvrager=dataclasses.replace(g.aanvrager, toetsingsinkomen=laag))
    g_hoog = dataclasses.replace(g, aanvrager=dataclasses.replace(g.aanvrager, toetsingsinkomen=hoog))
    u_laag = bereken(regeling, jaar, g_laag, met_uitleg=False)
    u_hoog = bereken(regeling, jaar, g_hoog, met_uitleg=False)
    assert u_hoog.bedrag_jaar_exact <= u_laag.bedrag_jaar_exact
    assert u_hoog.bedrag_jaar <= u_laag.bedrag_jaar
    assert u_hoog.bedrag_maand <= u_laag.bedrag_maand


_VERMOGENSGRENS = {
    Regeling.ZORGTOESLAG: ("zt.vermogensgrens_alleen", "zt.vermogensgrens_partner"),
    Regeling.HUURTOESLAG: ("ht.vermogensgrens_alleen", "ht.vermogensgrens_partner"),
    Regeling.KINDGEBONDEN_BUDGET: ("kgb.vermogensgrens_alleen", "kgb.vermogensgrens_partner"),
}


@INSTELLINGEN
@given(
    st.sampled_from(list(_VERMOGENSGRENS)).flatmap(lambda r: st.tuples(st.just(r), jaren, huishoudens(r))),
    st.integers(1, 1_000_000),
)
def test_nul_boven_de_vermogensgrens(geval: tuple[Regeling, int, Grondslagen], extra: int) -> None:
    regeling, jaar, g = geval
    alleen, met_partner = _VERMOGENSGRENS[regeling]
    grens = parameters(jaar).waarde(met_partner if g.partner is not None else alleen)
    assert isinstance(grens, Decimal)
    u = bereken(regeling, jaar, dataclasses.replace(g, vermogen=grens + Decimal(extra) / 100))
    assert u.bedrag_jaar == 0
    assert u.bedrag_jaar_exact == 0
    assert not u.recht


def _json_invoer(regeling: Regeling, jaar: int, g: Grondslagen) -> dict[str, object]:
    return {"regeling": regeling.value, "jaar": jaar, **g.naar_dict()}


@INSTELLINGEN
@given(gevallen())
def test_json_en_api_komen_overeen(geval: tuple[Regeling, int, Grondslagen]) -> None:
    regeling, jaar, g = geval
    invoer = json.loads(json.dumps(_json_invoer(regeling, jaar, g)))  # exactly what a werkplek-reken line holds
    uit = bereken_json(invoer)
    api = bereken(regeling, jaar, g).naar_dict()
    assert uit["fout"] is None
    for sleutel, waarde in api.items():
        assert uit[sleutel] == waarde, sleutel
    # The text werkplek-reken writes is the same object, serialised.
    tekst, fout = bereken_json_tekst(invoer)
    assert not fout
    assert tekst == json.dumps(uit, ensure_ascii=False, separators=(",", ":"))


@INSTELLINGEN
@given(gevallen(), st.integers(0, 400_000), st.integers(1, 12))
def test_json_afrekening_komt_overeen(geval: tuple[Regeling, int, Grondslagen], betaald: int, maand: int) -> None:
    from models.calc.api import afrekenen

    regeling, jaar, g = geval
    invoer = _json_invoer(regeling, jaar, g)
    invoer["betaald_voorschot"] = str(Decimal(betaald) / 10)
    uit = bereken_json(invoer)
    a = afrekenen(regeling, jaar, g, Decimal(betaald) / 10)
    assert uit["saldo"] == f"{a.saldo:.2f}"
    assert uit["terug_te_vorderen"] == f"{a.terug_te_vorderen:.2f}"
    assert uit["hoge_terugvordering"] is a.hoge_terugvordering
    assert uit["onbevestigde_parameters"] == list(a.onbevestigde_parameters)
    tekst, _ = bereken_json_tekst(invoer)
    assert tekst == json.dumps(uit, ensure_ascii=False, separators=(",", ":"))


@INSTELLINGEN
@given(gevallen(), inkomens, st.integers(1, 12))
def test_wat_als_voorschot(geval: tuple[Regeling, int, Grondslagen], nieuw_inkomen: Decimal, vanaf: int) -> None:
    regeling, jaar, g = geval
    nieuw = dataclasses.replace(g, aanvrager=dataclasses.replace(g.aanvrager, toetsingsinkomen=nieuw_inkomen))
    w = wat_als(regeling, jaar, g, nieuw, vanaf_maand=vanaf)
    resterend = 13 - vanaf
    assert w.nieuw_maandbedrag >= 0
    assert w.betaald_tot_nu == w.huidig.bedrag_maand * (vanaf - 1)
    assert w.resterend_saldo == w.nieuw.bedrag_jaar - w.betaald_tot_nu - w.nieuw_maandbedrag * resterend
    if w.betaald_tot_nu <= w.nieuw.bedrag_jaar:
        assert 0 <= w.resterend_saldo < resterend
    else:
        assert w.nieuw_maandbedrag == 0
    verwacht = w.verwachte_afrekening
    assert verwacht.saldo == w.nieuw.bedrag_jaar - (w.betaald_tot_nu + w.huidig.bedrag_maand * resterend)
