"""Property tests of the schedules: they always add up, respect the minimum and the 24 months."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from models.calc.betalingsregeling import Pauze, Vordering, spijtoptantregeling, standaardregeling

D = Decimal

schulden = st.decimals(min_value=D("0.01"), max_value=D("60000"), places=2)
starts = st.dates(dt.date(2024, 1, 1), dt.date(2026, 12, 31))


@settings(settings.get_profile("invordering"))
@given(schuld=schulden, start=starts, rente=st.booleans())
def test_standaard_telt_op_tot_de_schuld(schuld: D, start: dt.date, rente: bool) -> None:
    r = standaardregeling(schuld, start, rente=rente)
    bedragen = [t.bedrag for t in r.termijnen]
    assert sum(bedragen, D(0)) == schuld
    assert 1 <= len(bedragen) <= 24
    assert all(b == r.termijnbedrag for b in bedragen[:-1])
    assert 0 < bedragen[-1] <= r.termijnbedrag
    assert all(b >= D("20") for b in bedragen[:-1])
    assert r.termijnbedrag >= min(schuld, D("20"))
    assert r.invorderingsrente >= 0
    assert r.buiten_beleid == () and r.restant == 0


@settings(settings.get_profile("invordering"))
@given(schuld=schulden, start=st.dates(dt.date(2024, 1, 1), dt.date(2026, 12, 31)))
def test_met_rente_in_de_termijnen_telt_op_tot_schuld_plus_rente(schuld: D, start: dt.date) -> None:
    r = standaardregeling(schuld, start, rente_in_termijnen=True)
    assert r.totaal == schuld + r.invorderingsrente
    assert sum((t.invorderingsrente for t in r.termijnen), D(0)) == r.invorderingsrente
    assert 1 <= r.aantal_termijnen <= 24
    assert all(t.bedrag == r.termijnbedrag for t in r.termijnen[:-1])
    assert all(t.bedrag >= D("20") for t in r.termijnen[:-1])


vorderingen = st.lists(
    st.builds(
        Vordering,
        kenmerk=st.sampled_from(["HT", "ZT", "KGB", "KOT"]),
        hoofdsom=st.decimals(min_value=0, max_value=15000, places=2),
        uiterste_betaaldatum=st.dates(dt.date(2024, 1, 1), dt.date(2026, 6, 30)),
        rente=st.decimals(min_value=0, max_value=200, places=2),
        kosten=st.decimals(min_value=0, max_value=50, places=2),
    ),
    min_size=1,
    max_size=3,
).filter(lambda vs: sum((v.open for v in vs), D(0)) > 0)


@settings(settings.get_profile("invordering"))
@given(
    claims=vorderingen,
    start=st.dates(dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
    in_termijnen=st.booleans(),
    pauze=st.integers(min_value=0, max_value=6),
)
def test_samengevoegd_met_pauze_en_rente_telt_altijd_op(
    claims: list[Vordering], start: dt.date, in_termijnen: bool, pauze: int
) -> None:
    pauzes = [Pauze(start + dt.timedelta(days=40), pauze)] if pauze else []
    r = standaardregeling(claims, start, pauzes=pauzes, rente_in_termijnen=in_termijnen)
    schuld = sum((v.open for v in claims), D(0))
    in_bedrag = sum((t.invorderingsrente for t in r.termijnen), D(0))
    assert r.totaal == schuld + in_bedrag
    assert r.restant == 0
    assert in_bedrag == (r.invorderingsrente if in_termijnen else 0)
    assert r.aantal_termijnen <= 24
    assert [t.vervaldatum for t in r.termijnen] == sorted({t.vervaldatum for t in r.termijnen})
    assert all(t.restschuld >= 0 for t in r.termijnen) and r.termijnen[-1].restschuld == 0
    assert ("pauze" in " ".join(r.buiten_beleid)) == bool(pauze)
    s = spijtoptantregeling(claims, start, rente=False)
    assert s.totaal == schuld and s.aantal_termijnen <= 24
