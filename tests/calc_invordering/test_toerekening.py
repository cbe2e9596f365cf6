"""Allocation of a payment and verrekening of a nabetaling: kosten → rente → hoofdsom, oldest claim first."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from models.calc.betalingsregeling import Vordering, verdeel_betaling, verreken_nabetaling

D = Decimal

A = Vordering("A", D("100.00"), dt.date(2026, 1, 1), rente=D("5.00"), kosten=D("10.00"))
B = Vordering("B", D("200.00"), dt.date(2026, 2, 1))
DATUM = dt.date(2026, 3, 1)


def per_kenmerk(verdeling) -> dict[str, tuple[D, D, D]]:
    return {t.kenmerk: (t.kosten, t.rente, t.hoofdsom) for t in verdeling.toerekeningen}


def test_eerst_kosten_dan_rente_dan_hoofdsom() -> None:
    v = verdeel_betaling(D("50.00"), [B, A], DATUM, rente=False)
    assert per_kenmerk(v) == {"A": (D("10.00"), D("5.00"), D("35.00"))}
    assert [w.open for w in v.vorderingen] == [D("65.00"), D("200.00")]
    assert v.onverdeeld == 0


def test_oudste_vordering_eerst_en_geheel() -> None:
    v = verdeel_betaling(D("150.00"), [B, A], DATUM, rente=False)
    assert per_kenmerk(v) == {"A": (D("10.00"), D("5.00"), D("100.00")), "B": (D("0"), D("0"), D("35.00"))}
    assert "beleidskeuze" in v.uitleg[1].omschrijving


def test_te_veel_betaald_blijft_onverdeeld() -> None:
    v = verdeel_betaling(D("400.00"), [A, B], DATUM, rente=False)
    assert v.toegerekend == D("315.00") and v.onverdeeld == D("85.00")
    assert all(w.open == 0 for w in v.vorderingen)


def test_rente_in_de_betaling_gesplitst() -> None:
    # 181 dagen (1 januari → 1 juli 2026) à 4,3%: factor 778,3. Volledige aflossing van 2000 kost
    # floor(2000 × 778,3 / 36.000) = 43 rente; een betaling van 1000 bevat floor(1000 × 778,3 / 36.778,3) = 21.
    c = Vordering("C", D("2000.00"), dt.date(2026, 1, 1))
    deel = verdeel_betaling(D("1000.00"), [c], dt.date(2026, 7, 1))
    t = deel.toerekeningen[0]
    assert (t.hoofdsom, t.invorderingsrente, t.invorderingsrente_betaald, t.rentedagen) == (
        D("979.00"),
        D("21"),
        D("21"),
        181,
    )
    alles = verdeel_betaling(D("2100.00"), [c], dt.date(2026, 7, 1))
    assert (alles.toerekeningen[0].hoofdsom, alles.toerekeningen[0].invorderingsrente) == (D("2000.00"), D("43"))
    assert alles.onverdeeld == D("57.00")


def test_rente_apart_wordt_alleen_berekend() -> None:
    c = Vordering("C", D("2000.00"), dt.date(2026, 1, 1))
    v = verdeel_betaling(D("1000.00"), [c], dt.date(2026, 7, 1), rente_in_betaling=False)
    t = v.toerekeningen[0]
    assert (t.hoofdsom, t.invorderingsrente, t.invorderingsrente_betaald) == (D("1000.00"), D("21"), D("0"))
    # floor(1000 × 778,3 / 36.000) = floor(21,61) = 21
    assert v.vorderingen[0].hoofdsom == D("1000.00") and v.vorderingen[0].rente == 0


def test_verrekening_van_een_nabetaling_rest_wordt_uitbetaald() -> None:
    v = verreken_nabetaling(D("400.00"), [B, A], DATUM, rente=False)
    assert per_kenmerk(v) == {"A": (D("10.00"), D("5.00"), D("100.00")), "B": (D("0"), D("0"), D("200.00"))}
    assert v.onverdeeld == D("85.00")
    d = v.naar_dict()
    assert d["uit_te_betalen"] == "85.00" and "onverdeeld" not in d
    assert v.uitleg[-1].stap == "Uit te betalen"


def test_verrekening_lager_dan_de_schuld() -> None:
    v = verreken_nabetaling(D("12.00"), [A, B], DATUM, rente=False)
    assert per_kenmerk(v) == {"A": (D("10.00"), D("2.00"), D("0"))}
    assert v.onverdeeld == 0


vorderingen = st.lists(
    st.builds(
        Vordering,
        kenmerk=st.sampled_from(["HT", "ZT", "KGB", "KOT"]),
        hoofdsom=st.decimals(min_value=0, max_value=20000, places=2),
        uiterste_betaaldatum=st.dates(dt.date(2024, 1, 1), dt.date(2026, 12, 31)),
        rente=st.decimals(min_value=0, max_value=500, places=2),
        kosten=st.decimals(min_value=0, max_value=100, places=2),
    ),
    min_size=1,
    max_size=4,
)


@settings(settings.get_profile("invordering"))
@given(
    bedrag=st.decimals(min_value=0, max_value=50000, places=2),
    claims=vorderingen,
    datum=st.dates(dt.date(2024, 1, 1), dt.date(2026, 12, 31)),
    rente=st.booleans(),
    in_betaling=st.booleans(),
)
def test_nooit_meer_toegerekend_dan_betaald(
    bedrag: D, claims: list[Vordering], datum: dt.date, rente: bool, in_betaling: bool
) -> None:
    v = verdeel_betaling(bedrag, claims, datum, rente=rente, rente_in_betaling=in_betaling)
    assert 0 <= v.onverdeeld <= bedrag
    assert sum((t.betaald for t in v.toerekeningen), D(0)) + v.onverdeeld == bedrag
    for t in v.toerekeningen:
        assert min(t.kosten, t.rente, t.hoofdsom, t.invorderingsrente, t.invorderingsrente_betaald) >= 0
        assert t.invorderingsrente_betaald <= t.invorderingsrente
    for w in v.vorderingen:
        assert min(w.kosten, w.rente, w.hoofdsom) >= 0
    # Only interest charged with this payment can make a claim grow; the principal never does.
    assert sum((w.hoofdsom for w in v.vorderingen), D(0)) <= sum((c.hoofdsom for c in claims), D(0))
    if v.onverdeeld:
        assert all(w.open == 0 for w in v.vorderingen)
