"""The shared Awir machinery: rounding points, the € 24 minimum and its ordering, the monthly voorschot, months
with a right, the definitive settlement (doelmatigheidsgrens, hoge terugvordering), the what-if and the
parameter data (missing values are errors, unconfirmed values are listed, article labels per date)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from decimal import Decimal

import pytest

from models.calc.afronding import (
    awir_jaarbedrag,
    kot_percentage,
    maandvoorschot,
    nieuw_maandvoorschot,
    normhuur_afronding,
    tabel_inkomen,
)
from models.calc.api import PRAKTIJK, WETTELIJK, afrekenen, bereken, wat_als
from models.calc.artikelen import artikel
from models.calc.awir import Rekening, vanaf_maand
from models.calc.formaat import euro, euro_heel, getal, maanden, procent
from models.calc.invoer import Invoerfout, Regeling
from models.calc.parameters import BEKENDE_JAREN, OntbrekendeParameter, Status, parameters
from models.calc.regels import Maandafronding, Rekenregels, Vergelijking
from tests.calc.helpers import D, gezin, kind, opvang, persoon, stap

ZT = Regeling.ZORGTOESLAG
HT = Regeling.HUURTOESLAG
KGB = Regeling.KINDGEBONDEN_BUDGET
KOT = Regeling.KINDEROPVANGTOESLAG

# --- rounding points -------------------------------------------------------------------------------------------


def test_afrondingsregels() -> None:
    assert awir_jaarbedrag(D("23.50")) == 24
    assert awir_jaarbedrag(D("23.49999")) == 23
    assert awir_jaarbedrag(D("1573.42224")) == 1573
    assert maandvoorschot(D("1573"), Maandafronding.HELE_EUROS_OMLAAG) == 131
    assert maandvoorschot(D("1573"), Maandafronding.CENTEN) == D("131.08")
    assert maandvoorschot(D("1577"), Maandafronding.CENTEN) == D("131.42")
    assert normhuur_afronding(D("908.451119925")) == D("908.46")
    assert normhuur_afronding(D("908.45")) == D("908.45")
    assert nieuw_maandvoorschot(D("295"), 6) == 49
    assert nieuw_maandvoorschot(D("-10"), 6) == 0
    assert nieuw_maandvoorschot(D("100"), 0) == 0
    assert kot_percentage(D("76.40499")) == D("76.40")
    assert tabel_inkomen(D("47403.99")) == 47403


def test_minimum_volgorde_praktijk_en_wettelijk() -> None:
    """At the 2025 limit the exact amount is € 23,54: practice rounds first (€ 24, awarded); the statutory
    variant tests the exact amount (< € 24, nothing)."""
    g = gezin(39719)
    assert bereken(ZT, 2025, g).bedrag_jaar == 24
    alleen_volgorde = Rekenregels(minimum_na_afronding=False)
    u = bereken(ZT, 2025, g, regels=alleen_volgorde)
    assert u.bedrag_jaar == 0
    assert not u.recht
    assert stap(u, "Minimumbedrag").grondslag == "Awir art. 14 lid 5"


def test_maandvoorschot_in_centen() -> None:
    u = bereken(ZT, 2025, gezin(19000), regels=Rekenregels(maandvoorschot=Maandafronding.CENTEN))
    assert u.bedrag_maand == D("131.08")
    assert bereken(ZT, 2025, gezin(19000), regels=PRAKTIJK).bedrag_maand == 131


def test_wettelijk_drempelinkomen_verschilt_centen() -> None:
    praktijk = bereken(ZT, 2025, gezin(19000))
    wettelijk = bereken(ZT, 2025, gezin(19000), regels=WETTELIJK)
    assert stap(wettelijk, "Drempelinkomen").waarde == D("28405.728")
    assert wettelijk.bedrag_jaar_exact - praktijk.bedrag_jaar_exact == D("0.01896") * (D("28406") - D("28405.728"))


# --- months with a right ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("geboren", "leeftijd", "jaar", "maand"),
    [
        ("2007-03-15", 18, 2025, 4),  # 18 in March → counts from April
        ("2007-03-01", 18, 2025, 4),  # a birthday on the 1st also counts from the next month
        ("2007-12-31", 18, 2025, 13),  # not in this year
        ("2006-12-31", 18, 2025, 1),  # 18 in December 2024 → all of 2025
        ("2025-05-20", 0, 2025, 6),  # a child counts from the month after its birth
        ("1990-01-01", 18, 2025, 1),
    ],
)
def test_vanaf_maand(geboren: str, leeftijd: int, jaar: int, maand: int) -> None:
    assert vanaf_maand(dt.date.fromisoformat(geboren), leeftijd, jaar) == maand


def test_zorgtoeslag_18_tijdens_het_jaar() -> None:
    u = bereken(ZT, 2025, gezin(5000, geboren="2007-03-15"))
    volledig = stap(u, "Zorgtoeslag per jaar").waarde
    assert isinstance(volledig, Decimal)
    assert u.bedrag_jaar_exact == volledig * 9 / 12  # April to December
    assert stap(u, "Maanden zonder recht").waarde == 3
    assert u.recht


def test_kindgebonden_budget_kind_wordt_12() -> None:
    """A child turning 12 in June 2025 gets the 12–15 supplement from July: 6/12 of € 703."""
    zonder = bereken(KGB, 2025, gezin(20000, kinderen=(kind("2014-01-15"),))).bedrag_jaar_exact
    met = bereken(KGB, 2025, gezin(20000, kinderen=(kind("2013-06-10"),))).bedrag_jaar_exact
    assert met - zonder == D(703) * 6 / 12


def test_kindgebonden_budget_kind_wordt_18() -> None:
    """A child turning 18 in March 2025 counts in January–March only."""
    u = bereken(KGB, 2025, gezin(20000, kinderen=(kind("2007-03-10"),)))
    assert u.bedrag_jaar_exact == (D(2511) + D(936) + D(3389)) * 3 / 12


def test_huurtoeslag_kind_geboren_maakt_meerpersoonshuishouden() -> None:
    u = bereken(HT, 2025, gezin(20000, huur=("800", "0"), kinderen=(kind("2025-04-10"),)))
    huishoudens = [s.omschrijving for s in u.uitleg if s.stap == "Huishouden"]
    assert len(huishoudens) == 2
    assert "eenpersoonshuishouden" in huishoudens[0]
    assert "meerpersoonshuishouden (2 personen)" in huishoudens[1]


def test_huurtoeslag_jongeren_huurgrens() -> None:
    """All residents under 23 and no child: rent above the jongerengrens (477,20 in 2025) gives no right; with a
    child the maximale huurgrens applies."""
    jong = gezin(15000, geboren="2004-01-01", huur=("600", "0"))
    assert bereken(HT, 2025, jong).bedrag_jaar == 0
    met_kind = dataclasses.replace(jong, kinderen=(kind("2023-01-01"),))
    assert bereken(HT, 2025, met_kind).bedrag_jaar > 0


def test_huurtoeslag_2024_meerpersoons_onder_aow_geen_deel_c() -> None:
    u = bereken(HT, 2024, gezin(15000, partner=persoon(0), huur=("800", "0")))
    assert stap(u, "Deel C").waarde == 0
    assert any("Vergoeding deel C meerpersoonshuishouden" in p for p in u.onbevestigde_parameters)
    aow = bereken(HT, 2024, gezin(15000, geboren="1950-01-01", partner=persoon(0), huur=("800", "0")))
    assert stap(aow, "Deel C").waarde > 0
    assert "met AOW-leeftijd" in stap(aow, "Huishouden").omschrijving


def test_huurtoeslag_2026_structuur() -> None:
    u = bereken(HT, 2026, gezin(30000, huur=("1000", "40")))
    assert stap(u, "Rekenhuur").waarde == D("932.93")  # a cap, no longer a bar; service costs do not count
    assert stap(u, "Basishuur").waarde == D("202.52")
    assert stap(u, "Inkomensafbouw").waarde == D("0.27") * (D(30000) - D(23425)) / 12
    assert u.recht
    assert any("Basishuur eenpersoonshuishouden 2026" in p for p in u.onbevestigde_parameters)
    assert any("Afbouwpercentage huurtoeslag eenpersoons 2026" in p for p in u.onbevestigde_parameters)


def test_huurtoeslag_vermogen_medebewoner() -> None:
    from models.calc.invoer import Medebewoner

    mb = Medebewoner(dt.date(1980, 1, 1), D(0), D("40000"))
    u = bereken(HT, 2025, gezin(15000, huur=("700", "0"), medebewoners=(mb,)))
    assert not u.recht
    assert "medebewoner 1" in (u.reden_geen_recht or "")


def test_huurtoeslag_zonder_huur_is_invoerfout() -> None:
    with pytest.raises(Invoerfout) as fout:
        bereken(HT, 2025, gezin(15000))
    assert fout.value.veld == "huur"


def test_kinderopvangtoeslag_eerste_kind_meeste_uren() -> None:
    u = bereken(
        KOT,
        2025,
        gezin(
            49000,
            kinderen=(kind("2017-01-01"), kind("2022-01-01")),
            opvang_=(opvang(0, "bso", 60, "7.50"), opvang(1, "dagopvang", 150, "9.00")),
        ),
    )
    assert stap(u, "Eerste kind").waarde == 2


def test_kinderopvangtoeslag_boven_laatste_rij_gemarkeerd() -> None:
    u = bereken(
        KOT,
        2024,
        gezin(
            120000,
            kinderen=(kind("2022-01-01"), kind("2021-01-01")),
            opvang_=(opvang(0, "dagopvang", 100, "9"), opvang(1, "dagopvang", 80, "9")),
        ),
    )
    assert stap(u, "Percentage eerste kind").waarde == D("62.5")
    assert "aangehouden" in stap(u, "Percentage volgende kinderen").omschrijving
    assert sum("ONBEVESTIGD" in p for p in u.onbevestigde_parameters) == 2


def test_kinderopvangtoeslag_zonder_opvang() -> None:
    u = bereken(KOT, 2025, gezin(30000))
    assert not u.recht
    assert u.reden_geen_recht == "Er is geen kinderopvang opgegeven."


# --- settlement --------------------------------------------------------------------------------------------------


def test_afrekenen_nabetaling() -> None:
    a = afrekenen(ZT, 2025, gezin(19000), D("1500"))
    assert a.saldo == 73
    assert a.na_te_betalen == 73
    assert a.terug_te_vorderen == 0
    assert not a.hoge_terugvordering
    assert a.uitkomst.bedrag_jaar == 1573
    assert stap(a, "Saldo").grondslag == "Awir art. 24"  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("regeling", "te_veel", "hoog"),
    [(ZT, 500, False), (ZT, 501, True), (KOT, 1000, False), (KOT, 1001, True)],
)
def test_hoge_terugvordering(regeling: Regeling, te_veel: int, hoog: bool) -> None:
    if regeling is KOT:
        g = gezin(30000, kinderen=(kind("2022-01-01"),), opvang_=(opvang(0, "dagopvang", 100, "10"),))
    else:
        g = gezin(19000)
    jaar = bereken(regeling, 2025, g).bedrag_jaar
    a = afrekenen(regeling, 2025, g, jaar + te_veel)
    assert a.terug_te_vorderen == te_veel
    assert a.hoge_terugvordering is hoog


def test_hoge_terugvordering_instelbaar() -> None:
    g = gezin(19000)
    regels = Rekenregels(hoge_terugvordering_vergelijking=Vergelijking.GROTER_OF_GELIJK)
    assert afrekenen(ZT, 2025, g, D(1573 + 500), regels=regels).hoge_terugvordering
    lager = Rekenregels(hoge_terugvordering_grens=D(300))
    assert afrekenen(ZT, 2025, g, D(1573 + 301), regels=lager).hoge_terugvordering


def test_doelmatigheidsgrens_onbekend_jaar_wordt_vermeld() -> None:
    """A definitive calculation in 2027 (no parameters yet): the newest known grens (€ 121) is used and listed."""
    a = afrekenen(ZT, 2026, gezin(19000), D(1550 + 121))
    assert a.terug_te_vorderen == 0
    assert "Doelmatigheidsgrens 2027 onbekend: aangenomen € 121 (waarde 2026)" in a.onbevestigde_parameters


def test_afrekenen_invoerfouten() -> None:
    with pytest.raises(Invoerfout) as fout:
        afrekenen(ZT, 2025, gezin(19000), D("-1"))
    assert fout.value.veld == "betaald_voorschot"
    with pytest.raises(Invoerfout) as fout:
        afrekenen(ZT, 2025, gezin(19000), D("1"), jaar_definitief=2024)
    assert fout.value.veld == "jaar_definitief"


# --- what-if -----------------------------------------------------------------------------------------------------


def test_wat_als_inkomen_stijgt() -> None:
    w = wat_als(ZT, 2025, gezin(19000), gezin(32000), vanaf_maand=7)
    assert w.huidig.bedrag_maand == 131
    assert w.betaald_tot_nu == 6 * 131
    assert w.nieuw.bedrag_jaar == 1081
    assert w.verwachte_afrekening.saldo == 1081 - 12 * 131
    assert w.verwachte_afrekening.terug_te_vorderen == 491
    assert w.nieuw_maandbedrag == 49  # (1081 − 786) / 6 = 49,17 → 49
    assert w.resterend_saldo == 1  # a nabetaling of € 1 remains
    assert stap(w, "Nieuw voorschot").waarde == 49  # type: ignore[arg-type]


def test_wat_als_al_te_veel_betaald() -> None:
    w = wat_als(ZT, 2025, gezin(19000), gezin(38000), vanaf_maand=11, betaald_tot_nu=D(1310))
    assert w.nieuw_maandbedrag == 0
    assert w.resterend_saldo == w.nieuw.bedrag_jaar - 1310
    assert w.resterend_saldo < 0


def test_wat_als_vanaf_maand_ongeldig() -> None:
    with pytest.raises(Invoerfout) as fout:
        wat_als(ZT, 2025, gezin(19000), gezin(20000), vanaf_maand=13)
    assert fout.value.veld == "vanaf_maand"


# --- parameters and labels ---------------------------------------------------------------------------------------


def test_ontbrekende_parameter_is_fout_met_naam() -> None:
    r = Rekening(2026, parameters(2026), PRAKTIJK)
    with pytest.raises(OntbrekendeParameter) as fout:
        r.w("ht.factor_a.ep")  # the normhuur factors no longer exist in 2026
    assert "ht.factor_a.ep" in str(fout.value)
    assert "2026" in str(fout.value)


def test_onbekend_jaar_is_invoerfout() -> None:
    with pytest.raises(Invoerfout) as fout:
        bereken(ZT, 2023, gezin(19000))
    assert fout.value.veld == "jaar"


@pytest.mark.parametrize("jaar", BEKENDE_JAREN)
def test_parameters_volledig_en_met_bron(jaar: int) -> None:
    ps = parameters(jaar)
    for p in ps:
        assert p.bron, p.sleutel
        assert p.naam, p.sleutel
        assert p.status in (Status.BEVESTIGD, Status.ONBEVESTIGD)
        assert str(jaar) in p.label
        if p.eenheid == "%":
            assert p.fractie is not None
    gemeenschappelijk = {
        "zt.standaardpremie",
        "zt.drempelinkomen_praktijk",
        "awir.minimumbedrag",
        "awir.doelmatigheidsgrens",
        "ht.vermogensgrens_alleen",
        "kgb.bedrag_per_kind",
        "kot.tabel_eerste_kind",
        "kot.tabel_volgende_kind",
    }
    assert gemeenschappelijk <= {p.sleutel for p in ps}


def test_onbevestigde_parameters_alleen_als_gebruikt() -> None:
    assert bereken(ZT, 2025, gezin(19000)).onbevestigde_parameters == ()
    ht = bereken(HT, 2025, gezin(19000, huur=("700", "0")))
    assert not any("servicekosten" in p for p in ht.onbevestigde_parameters)  # no service costs given
    ht_sk = bereken(HT, 2025, gezin(19000, huur=("700", "20")))
    assert any("servicekosten" in p for p in ht_sk.onbevestigde_parameters)


@pytest.mark.parametrize("jaar", BEKENDE_JAREN)
def test_kot_tabellen_dalend_in_inkomen(jaar: int) -> None:
    for sleutel in ("kot.tabel_eerste_kind", "kot.tabel_volgende_kind"):
        rijen = parameters(jaar)[sleutel].waarde
        assert isinstance(rijen, tuple)
        for onder, boven in itertools.pairwise(rijen):
            assert onder.tot is not None and boven.van is not None and onder.tot < boven.van
            assert onder.percentage >= boven.percentage


def test_artikel_per_datum() -> None:
    assert artikel("wzt.vermogen", 2024) == "Wzt art. 2a (tot 6-11-2024); Wzt art. 3 lid 1 (vanaf 6-11-2024)"
    assert artikel("wzt.vermogen", 2025) == "Wzt art. 3 lid 1"
    assert artikel("wzt.woonland", 2026) == "Wzt art. 4a"
    assert stap(bereken(ZT, 2024, gezin(19000)), "Vermogen").grondslag.startswith("Wzt art. 2a (tot 6-11-2024)")


def test_formaat() -> None:
    assert euro(D("1234.5")) == "€ 1.234,50"
    assert euro(D("538.57776")) == "€ 538,58"
    assert euro(D("-250")) == "−€ 250,00"  # a real minus sign (UI.md), as models.formaat
    assert euro(D("-0.001")) == "€ 0,00"
    assert euro(D("1234567.891")) == "€ 1.234.567,89"
    assert euro_heel(D("28406")) == "€ 28.406"
    assert euro_heel(D("1E+3")) == "€ 1.000"
    assert procent(D("1.896")) == "1,896%"
    assert procent(D("13.700")) == "13,700%"
    assert getal(D("0.7981")) == "0,7981"
    assert maanden(4, 12) == "april t/m december"


def test_uitleg_voorbeeld_uit_de_issue() -> None:
    u = bereken(ZT, 2025, gezin(19000))
    s = stap(u, "Normpremie over het drempelinkomen")
    assert s.omschrijving == "1,896% van het drempelinkomen € 28.406 = € 538,58"
    assert s.grondslag == "Wzt art. 2 lid 2"
    assert s.waarde == D("538.57776")
    namen = [s.stap for s in u.uitleg]
    for verplicht in (
        "Verzekerd",
        "Leeftijd",
        "Vermogen",
        "Afronding jaarbedrag",
        "Minimumbedrag",
        "Voorschot per maand",
    ):
        assert verplicht in namen


def test_zonder_uitleg_zelfde_bedragen() -> None:
    g = gezin(25000, partner=persoon(10000))
    met = bereken(ZT, 2025, g)
    zonder = bereken(ZT, 2025, g, met_uitleg=False)
    assert zonder.uitleg == ()
    assert (met.bedrag_jaar_exact, met.bedrag_jaar, met.bedrag_maand) == (
        zonder.bedrag_jaar_exact,
        zonder.bedrag_jaar,
        zonder.bedrag_maand,
    )
