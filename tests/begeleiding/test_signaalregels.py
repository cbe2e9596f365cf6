"""Each signal rule on plain household facts: a household that must fire, one that must not (at the boundary),
and the explanation with the right numbers in Dutch formats. The store-level run is in test_signalen_store.py."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from decimal import Decimal

import pytest

from models.calc.api import afrekenen
from models.calc.invoer import Grondslagen, Regeling
from models.calc.regels import PRAKTIJK
from models.domain import Ernst, SignaalType
from models.services.signaalregels import REGELS, STANDAARD_DREMPELS, Signaaldrempels, evalueer
from models.store.rows_begeleiding import (
    BeschikkingFeit,
    BezwaarFeit,
    Huishoudfeiten,
    KindFeit,
    PartnerschapFeit,
    Signaalvoorstel,
    TermijnFeit,
    ToeslagFeit,
    VorderingFeit,
)
from tests.begeleiding.bouw import PEILDATUM, grondslagen, jaarbedrag

D = Decimal
KIND = dt.date(2020, 4, 1)
HOOG = SignaalType.HOGE_TERUGVORDERING


def _euro_heel(bedrag: Decimal) -> str:
    return f"€ {int(bedrag):,}".replace(",", ".")


def feit(
    regeling: Regeling,
    voorschot: Grondslagen,
    actueel: Grondslagen | None = None,
    *,
    id_: int = 1,
    jaar: int = 2026,
    status: str = "lopend",
    maand: Decimal | None = None,
    betaald: Decimal | None = None,
) -> ToeslagFeit:
    per_maand = (
        maand if maand is not None else (jaarbedrag(regeling, jaar, voorschot) / 12).to_integral_value("ROUND_FLOOR")
    )
    return ToeslagFeit(
        id=id_,
        regeling=regeling.value,
        jaar=jaar,
        status=status,
        eerste_maand=1,
        laatste_maand=12,
        voorschot_jaar_cent=int(per_maand * 1200),
        voorschot_maand_cent=int(per_maand * 100),
        betaald_cent=int((betaald if betaald is not None else per_maand * 11) * 100),
        grondslagen_voorschot=json.dumps(voorschot.naar_dict()),
        grondslagen_actueel=None if actueel is None else json.dumps(actueel.naar_dict()),
    )


def signalen(
    h: Huishoudfeiten, type_: SignaalType, drempels: Signaaldrempels = STANDAARD_DREMPELS
) -> list[Signaalvoorstel]:
    return [s for s in evalueer(h, PEILDATUM, drempels) if s.type is type_]


# --- hoge terugvordering ------------------------------------------------------------------------------------


def test_hoge_terugvordering_inkomen_hoger_dan_geschat() -> None:
    voorschot = grondslagen(24000, huur=750)
    actueel = grondslagen(31200, huur=750)
    t = feit(Regeling.HUURTOESLAG, voorschot, actueel)
    [s] = signalen(Huishoudfeiten(7, toeslagen=(t,)), SignaalType.HOGE_TERUGVORDERING)
    betaald = Decimal(t.voorschot_maand_cent * 12).scaleb(-2)
    terug = afrekenen(Regeling.HUURTOESLAG, 2026, actueel, betaald, met_uitleg=False).terug_te_vorderen
    assert terug > 500
    bedrag = f"€ {int(terug):,}".replace(",", ".")
    assert s.uitleg == (
        "Het inkomen volgens de loonaangifte (€ 31.200) ligt € 7.200 boven de schatting voor het voorschot; blijft "
        f"het voorschot gelijk, dan volgt over 2026 een terugvordering huurtoeslag van ongeveer {bedrag}. Dat is "
        "een hoge terugvordering (meer dan € 500)."
    )
    assert s.ernst is Ernst.URGENT
    assert s.bron == "hoge_terugvordering@1"
    assert s.sleutel == f"hoge_terugvordering:7:toeslag:{t.id}"
    assert s.gegevens["entiteit"] == "toeslag" and s.gegevens["id"] == t.id
    assert s.gegevens["vergeleken"]["inkomen"] == {"voorschot": "24000.00", "actueel": "31200.00"}
    assert s.gegevens["terugvordering"] == f"{terug:.2f}"
    assert s.gegevens["drempels"] == "signaaldrempels@2026.1"


def _vorig_jaar_met_terugvordering(
    regeling: Regeling, voorschot: Grondslagen, actueel: Grondslagen, terug: Decimal
) -> ToeslagFeit:
    """A 2025 toeslag (not yet definitief) whose paid voorschot exceeds the actual amount by exactly `terug`."""
    werkelijk = jaarbedrag(regeling, 2025, actueel)
    return feit(regeling, voorschot, actueel, jaar=2025, maand=D(0), betaald=werkelijk + terug)


@pytest.mark.parametrize(
    ("regeling", "grens"),
    [(Regeling.ZORGTOESLAG, D(500)), (Regeling.KINDEROPVANGTOESLAG, D(1000))],
)
def test_hoge_terugvordering_grens_is_exclusief(regeling: Regeling, grens: Decimal) -> None:
    if regeling is Regeling.KINDEROPVANGTOESLAG:
        voorschot = grondslagen(30000, kinderen=(KIND,), opvang_uren=100)
        actueel = grondslagen(30000, kinderen=(KIND,), opvang_uren=60)
    else:
        voorschot = grondslagen(20000)
        actueel = grondslagen(26000)
    precies = _vorig_jaar_met_terugvordering(regeling, voorschot, actueel, grens)
    er_boven = _vorig_jaar_met_terugvordering(regeling, voorschot, actueel, grens + 1)
    assert signalen(Huishoudfeiten(1, toeslagen=(precies,)), SignaalType.HOGE_TERUGVORDERING) == []
    [s] = signalen(Huishoudfeiten(1, toeslagen=(er_boven,)), SignaalType.HOGE_TERUGVORDERING)
    assert f"bij de definitieve berekening over 2025 volgt dan een terugvordering {regeling.label}" in s.uitleg
    assert f"van ongeveer € {int(grens + 1):,}".replace(",", ".") in s.uitleg
    assert f"(meer dan € {int(grens):,})".replace(",", ".") in s.uitleg


def test_hoge_terugvordering_operator_is_configureerbaar() -> None:
    voorschot, actueel = grondslagen(20000), grondslagen(26000)
    precies = _vorig_jaar_met_terugvordering(Regeling.ZORGTOESLAG, voorschot, actueel, D(500))
    from models.calc.regels import Vergelijking

    drempels = Signaaldrempels(
        versie="test",
        rekenregels=dataclasses.replace(PRAKTIJK, hoge_terugvordering_vergelijking=Vergelijking.GROTER_OF_GELIJK),
    )
    [s] = signalen(Huishoudfeiten(1, toeslagen=(precies,)), SignaalType.HOGE_TERUGVORDERING, drempels)
    assert "(ten minste € 500)" in s.uitleg


def test_geen_signaal_zonder_actuele_gegevens_of_bij_definitieve_toeslag() -> None:
    voorschot, actueel = grondslagen(24000, huur=750), grondslagen(40000, huur=750)
    zonder = feit(Regeling.HUURTOESLAG, voorschot, None)
    definitief = feit(Regeling.HUURTOESLAG, voorschot, actueel, jaar=2025, status="definitief")
    te_oud = feit(Regeling.HUURTOESLAG, voorschot, actueel, id_=2, jaar=2024)
    assert signalen(Huishoudfeiten(1, toeslagen=(feit(Regeling.HUURTOESLAG, voorschot, actueel),)), HOOG)
    for t in (zonder, definitief, te_oud):
        assert signalen(Huishoudfeiten(1, toeslagen=(t,)), HOOG) == []


def test_hoge_terugvordering_noemt_de_opvanguren() -> None:
    voorschot = grondslagen(30000, kinderen=(KIND,), opvang_uren=120)
    actueel = grondslagen(30000, kinderen=(KIND,), opvang_uren=40)
    [s] = signalen(
        Huishoudfeiten(1, toeslagen=(feit(Regeling.KINDEROPVANGTOESLAG, voorschot, actueel),)),
        SignaalType.HOGE_TERUGVORDERING,
    )
    assert s.uitleg.startswith(
        "De kinderopvang geeft 40 uur per maand op, 80 uur minder dan de 120 uur van het voorschot;"
    )
    assert "(meer dan € 1.000)" in s.uitleg
    # the high recovery takes precedence over the hours deviation
    assert (
        signalen(
            Huishoudfeiten(1, toeslagen=(feit(Regeling.KINDEROPVANGTOESLAG, voorschot, actueel),)),
            SignaalType.OPVANGUREN_AFWIJKING,
        )
        == []
    )


# --- inkomensafwijking ---------------------------------------------------------------------------------------


def test_inkomensafwijking_boven_de_meldgrens() -> None:
    voorschot, actueel = grondslagen(32000), grondslagen(33500)
    t = feit(Regeling.ZORGTOESLAG, voorschot, actueel)
    verschil = jaarbedrag(Regeling.ZORGTOESLAG, 2026, actueel) - jaarbedrag(Regeling.ZORGTOESLAG, 2026, voorschot)
    assert verschil < -100
    [s] = signalen(Huishoudfeiten(3, toeslagen=(t,)), SignaalType.INKOMENSAFWIJKING)
    assert s.uitleg == (
        "Het inkomen volgens de loonaangifte (€ 33.500) ligt € 1.500 boven de schatting voor het voorschot 2026 "
        f"(€ 32.000). Daardoor wordt de zorgtoeslag ongeveer € {int(-verschil)} lager per jaar. Een wijziging van "
        "meer dan € 100 per jaar moet worden doorgegeven."
    )
    assert s.ernst is Ernst.AANDACHT
    assert s.sleutel == "inkomensafwijking:3:jaar:2026"
    assert s.gegevens["toeslagen"][0]["verschil"] == f"{verschil:.2f}"
    assert signalen(Huishoudfeiten(3, toeslagen=(t,)), SignaalType.HOGE_TERUGVORDERING) == []


def test_inkomensafwijking_grens_is_exclusief() -> None:
    voorschot, actueel = grondslagen(32000), grondslagen(33500)
    t = feit(Regeling.ZORGTOESLAG, voorschot, actueel)
    verschil = abs(jaarbedrag(Regeling.ZORGTOESLAG, 2026, actueel) - jaarbedrag(Regeling.ZORGTOESLAG, 2026, voorschot))
    h = Huishoudfeiten(3, toeslagen=(t,))
    assert signalen(h, SignaalType.INKOMENSAFWIJKING, Signaaldrempels(versie="t", wijzigingsgrens=verschil)) == []
    assert (
        len(
            signalen(
                h, SignaalType.INKOMENSAFWIJKING, Signaaldrempels(versie="t", wijzigingsgrens=verschil - D("0.01"))
            )
        )
        == 1
    )


def test_inkomensafwijking_een_signaal_voor_alle_toeslagen_van_het_jaar() -> None:
    kinderen = (KIND,)
    voorschot, actueel = grondslagen(33500, kinderen=kinderen), grondslagen(30000, kinderen=kinderen)
    h = Huishoudfeiten(
        4,
        toeslagen=(
            feit(Regeling.ZORGTOESLAG, voorschot, actueel, id_=1),
            feit(Regeling.KINDGEBONDEN_BUDGET, voorschot, actueel, id_=2),
        ),
    )
    [s] = signalen(h, SignaalType.INKOMENSAFWIJKING)
    assert "€ 3.500 onder de schatting" in s.uitleg
    assert "de zorgtoeslag ongeveer" in s.uitleg and "en de kindgebonden budget ongeveer" in s.uitleg
    assert "hoger per jaar" in s.uitleg
    assert s.ernst is Ernst.INFO  # more toeslag: no recovery risk
    assert {x["regeling"] for x in s.gegevens["toeslagen"]} == {"zorgtoeslag", "kindgebonden_budget"}


def test_geen_inkomensafwijking_bij_gelijk_inkomen() -> None:
    voorschot, actueel = grondslagen(24000, huur=700), grondslagen(24000, huur=760)
    assert (
        signalen(
            Huishoudfeiten(1, toeslagen=(feit(Regeling.HUURTOESLAG, voorschot, actueel),)),
            SignaalType.INKOMENSAFWIJKING,
        )
        == []
    )


# --- opvanguren ---------------------------------------------------------------------------------------------


def test_opvanguren_afwijking() -> None:
    voorschot = grondslagen(40000, kinderen=(KIND,), opvang_uren=100)
    actueel = grondslagen(40000, kinderen=(KIND,), opvang_uren=110)
    t = feit(Regeling.KINDEROPVANGTOESLAG, voorschot, actueel)
    verschil = jaarbedrag(Regeling.KINDEROPVANGTOESLAG, 2026, actueel) - jaarbedrag(
        Regeling.KINDEROPVANGTOESLAG, 2026, voorschot
    )
    assert verschil > 100
    [s] = signalen(Huishoudfeiten(5, toeslagen=(t,)), SignaalType.OPVANGUREN_AFWIJKING)
    assert s.uitleg == (
        "De kinderopvang geeft 110 uur per maand op, 10 uur meer dan de 100 uur waarop het voorschot "
        "kinderopvangtoeslag 2026 is berekend. Daardoor wordt de kinderopvangtoeslag over 2026 ongeveer "
        f"€ {int(verschil):,} hoger.".replace("€ 1,", "€ 1.")
    )
    assert s.gegevens["opvanguren_per_maand"] == {"voorschot": "100", "actueel": "110"}
    drempel = Signaaldrempels(versie="t", wijzigingsgrens=verschil)
    assert signalen(Huishoudfeiten(5, toeslagen=(t,)), SignaalType.OPVANGUREN_AFWIJKING, drempel) == []


def test_opvanguren_gelijk_geen_signaal() -> None:
    voorschot = grondslagen(40000, kinderen=(KIND,), opvang_uren=100)
    actueel = grondslagen(41000, kinderen=(KIND,), opvang_uren=100)
    t = feit(Regeling.KINDEROPVANGTOESLAG, voorschot, actueel)
    assert signalen(Huishoudfeiten(5, toeslagen=(t,)), SignaalType.OPVANGUREN_AFWIJKING) == []


# --- partner ------------------------------------------------------------------------------------------------


def test_partnerwijziging_begin_binnen_venster_noemt_voorschot_zonder_partner() -> None:
    begin = PEILDATUM - dt.timedelta(days=90)
    t = feit(Regeling.ZORGTOESLAG, grondslagen(22000))
    h = Huishoudfeiten(6, toeslagen=(t,), partnerschappen=(PartnerschapFeit(11, begin, None, False),))
    [s] = signalen(h, SignaalType.PARTNERWIJZIGING)
    assert s.uitleg == (
        "Sinds 29-08-2026 heeft de burger een toeslagpartner. Het voorschot zorgtoeslag 2026 is nog berekend zonder "
        "toeslagpartner; met het inkomen van de partner erbij kan een terugvordering ontstaan."
    )
    assert s.ernst is Ernst.URGENT
    assert s.sleutel == "partnerwijziging:6:partnerschap:11:begin"
    te_oud = Huishoudfeiten(
        6, toeslagen=(t,), partnerschappen=(PartnerschapFeit(11, begin - dt.timedelta(days=1), None, False),)
    )
    assert signalen(te_oud, SignaalType.PARTNERWIJZIGING) == []


def test_partnerwijziging_einde() -> None:
    einde = PEILDATUM - dt.timedelta(days=10)
    t = feit(Regeling.ZORGTOESLAG, grondslagen(22000, partner_inkomen=15000))
    h = Huishoudfeiten(6, toeslagen=(t,), partnerschappen=(PartnerschapFeit(12, dt.date(2015, 1, 1), einde, False),))
    [s] = signalen(h, SignaalType.PARTNERWIJZIGING)
    assert s.uitleg.startswith(
        "Het toeslagpartnerschap is op 17-11-2026 geëindigd. Het voorschot zorgtoeslag 2026 is nog berekend met "
        "toeslagpartner"
    )
    assert s.ernst is Ernst.AANDACHT


def test_partner_uit_buitenland() -> None:
    begin = PEILDATUM - dt.timedelta(days=365)
    h = Huishoudfeiten(8, partnerschappen=(PartnerschapFeit(13, begin, None, True),))
    [s] = signalen(h, SignaalType.PARTNER_UIT_BUITENLAND)
    assert s.uitleg.startswith("Op 27-11-2025 is de toeslagpartner uit het buitenland gekomen (nareizende partner")
    assert s.ernst is Ernst.URGENT
    assert signalen(h, SignaalType.PARTNERWIJZIGING) == []  # the specific signal only
    oud = Huishoudfeiten(8, partnerschappen=(PartnerschapFeit(13, begin - dt.timedelta(days=1), None, True),))
    assert signalen(oud, SignaalType.PARTNER_UIT_BUITENLAND) == []


# --- stapeling ----------------------------------------------------------------------------------------------


def _vordering(id_: int, regeling: str, jaar: int, bedrag: str, status: str = "open") -> VorderingFeit:
    return VorderingFeit(
        id_, regeling, jaar, f"V{id_}", int(D(bedrag) * 100), status, dt.date(2025, 9, 1), dt.date(2025, 10, 13)
    )


def test_stapeling_twee_vorderingen() -> None:
    h = Huishoudfeiten(
        9,
        toeslagen=(feit(Regeling.ZORGTOESLAG, grondslagen(30000)),),
        vorderingen=(_vordering(1, "huurtoeslag", 2024, "1140.00"), _vordering(2, "zorgtoeslag", 2025, "310.50")),
    )
    [s] = signalen(h, SignaalType.STAPELING_SCHULDEN)
    assert s.uitleg == (
        "Er staan 2 vorderingen open met samen € 1.450,50: huurtoeslag 2024 (€ 1.140) en zorgtoeslag 2025 "
        "(€ 310,50). Dat is 4,8% van het inkomen van € 30.000 (gegevens 2026). Het signaal gaat af vanaf 2 "
        "openstaande vorderingen of een schuld van meer dan 10% van het jaarinkomen."
    )
    assert s.ernst is Ernst.AANDACHT
    assert s.sleutel == "stapeling_schulden:9:vorderingen:2:2"


def test_stapeling_schuld_tegenover_inkomen_grens_is_exclusief() -> None:
    toeslagen = (feit(Regeling.ZORGTOESLAG, grondslagen(30000)),)
    precies = Huishoudfeiten(9, toeslagen=toeslagen, vorderingen=(_vordering(1, "huurtoeslag", 2024, "3000.00"),))
    assert signalen(precies, SignaalType.STAPELING_SCHULDEN) == []
    erboven = Huishoudfeiten(9, toeslagen=toeslagen, vorderingen=(_vordering(1, "huurtoeslag", 2024, "3000.01"),))
    [s] = signalen(erboven, SignaalType.STAPELING_SCHULDEN)
    assert "Er staat 1 vordering open van € 3.000,01" in s.uitleg
    assert "Dat is 10,0% van het inkomen van € 30.000" in s.uitleg


def test_stapeling_een_kleine_vordering_geen_signaal() -> None:
    h = Huishoudfeiten(
        9,
        toeslagen=(feit(Regeling.ZORGTOESLAG, grondslagen(30000)),),
        vorderingen=(_vordering(1, "zorgtoeslag", 2025, "200"),),
    )
    assert signalen(h, SignaalType.STAPELING_SCHULDEN) == []


# --- gemiste termijn ----------------------------------------------------------------------------------------


def _termijn(id_: int, nummer: int, verval: dt.date, status: str, *, nieuwe: dt.date | None = None) -> TermijnFeit:
    return TermijnFeit(id_, 50, nummer, verval, 8500, 0, status, None, nieuwe, 8500, "actief")


def test_gemiste_termijn() -> None:
    h = Huishoudfeiten(
        10,
        termijnen=(
            _termijn(1, 3, dt.date(2026, 10, 1), "gemist"),
            _termijn(2, 4, dt.date(2026, 11, 1), "herinnerd", nieuwe=dt.date(2026, 11, 15)),
        ),
    )
    [s] = signalen(h, SignaalType.GEMISTE_TERMIJN)
    assert s.uitleg == (
        "In de betalingsregeling (€ 85 per maand) is de termijn van 01-10-2026 gemist en is voor de termijn van "
        "01-11-2026 een herinnering gestuurd (nieuwe vervaldatum 15-11-2026). Er staat € 170 aan termijnen open."
    )
    assert s.ernst is Ernst.URGENT
    assert s.sleutel == "gemiste_termijn:10:regeling:50:termijn:2"


def test_gemiste_termijn_venster_en_status() -> None:
    op_grens = Huishoudfeiten(10, termijnen=(_termijn(1, 3, PEILDATUM - dt.timedelta(days=90), "gemist"),))
    [s] = signalen(op_grens, SignaalType.GEMISTE_TERMIJN)
    assert s.ernst is Ernst.AANDACHT
    te_oud = Huishoudfeiten(10, termijnen=(_termijn(1, 3, PEILDATUM - dt.timedelta(days=91), "gemist"),))
    assert signalen(te_oud, SignaalType.GEMISTE_TERMIJN) == []
    open_ = Huishoudfeiten(10, termijnen=(_termijn(1, 3, PEILDATUM - dt.timedelta(days=3), "open"),))
    assert signalen(open_, SignaalType.GEMISTE_TERMIJN) == []


# --- bezwaar ------------------------------------------------------------------------------------------------


def _bezwaar(ontvangen: dt.date, status: str = "ontvangen") -> BezwaarFeit:
    return BezwaarFeit(
        21,
        31,
        ontvangen,
        ontvangen + dt.timedelta(weeks=6),
        status,
        "terugvordering",
        dt.date(2026, 10, 12),
        125000,
        "huurtoeslag",
        2025,
    )


def test_bezwaar_ingediend() -> None:
    [s] = signalen(Huishoudfeiten(11, bezwaren=(_bezwaar(dt.date(2026, 11, 3)),)), SignaalType.BEZWAAR_INGEDIEND)
    assert s.uitleg == (
        "Op 03-11-2026 is bezwaar ontvangen tegen de terugvorderingsbeschikking huurtoeslag 2025 van 12-10-2026 "
        "(€ 1.250); uiterlijk 15-12-2026 wordt erop beslist."
    )
    assert s.sleutel == "bezwaar_ingediend:11:bezwaar:21"


def test_bezwaar_te_oud_of_afgehandeld_geen_signaal() -> None:
    assert (
        signalen(
            Huishoudfeiten(11, bezwaren=(_bezwaar(PEILDATUM - dt.timedelta(days=91)),)), SignaalType.BEZWAAR_INGEDIEND
        )
        == []
    )
    assert signalen(
        Huishoudfeiten(11, bezwaren=(_bezwaar(PEILDATUM - dt.timedelta(days=90)),)), SignaalType.BEZWAAR_INGEDIEND
    )
    assert (
        signalen(
            Huishoudfeiten(11, bezwaren=(_bezwaar(dt.date(2026, 11, 3), "gegrond"),)), SignaalType.BEZWAAR_INGEDIEND
        )
        == []
    )


# --- niet-gebruik -------------------------------------------------------------------------------------------


def test_niet_gebruik_zorgtoeslag_en_kgb_uit_kindtabel() -> None:
    g = grondslagen(21000, huur=700)
    h = Huishoudfeiten(12, toeslagen=(feit(Regeling.HUURTOESLAG, g),), kinderen=(KindFeit(KIND, True),))
    [zt, kgb] = signalen(h, SignaalType.NIET_GEBRUIK)
    zt_bedrag = jaarbedrag(Regeling.ZORGTOESLAG, 2026, g)
    kgb_bedrag = jaarbedrag(
        Regeling.KINDGEBONDEN_BUDGET, 2026, dataclasses.replace(g, kinderen=grondslagen(kinderen=(KIND,)).kinderen)
    )
    assert zt.uitleg == (
        "Op de gegevens die bekend zijn (inkomen € 21.000 in 2026) heeft het huishouden waarschijnlijk recht op "
        f"zorgtoeslag van ongeveer {_euro_heel(zt_bedrag)} per jaar, maar ontvangt over 2026 geen zorgtoeslag. "
        "Bespreek of een aanvraag zinvol is."
    )
    assert "(inkomen € 21.000 in 2026, 1 kind)" in kgb.uitleg
    assert f"kindgebonden budget van ongeveer {_euro_heel(kgb_bedrag)} per jaar" in kgb.uitleg
    assert zt.sleutel == "niet_gebruik:12:zorgtoeslag:2026" and zt.ernst is Ernst.INFO


def test_niet_gebruik_huurtoeslag_alleen_met_bekende_huur() -> None:
    zonder_huur = Huishoudfeiten(13, toeslagen=(feit(Regeling.ZORGTOESLAG, grondslagen(18000)),))
    assert all(s.gegevens["regeling"] != "huurtoeslag" for s in signalen(zonder_huur, SignaalType.NIET_GEBRUIK))
    vorig_jaar = feit(Regeling.HUURTOESLAG, grondslagen(18000, huur=650), id_=2, jaar=2025)
    met_huur = Huishoudfeiten(13, toeslagen=(feit(Regeling.ZORGTOESLAG, grondslagen(18000)), vorig_jaar))
    [ht] = [s for s in signalen(met_huur, SignaalType.NIET_GEBRUIK) if s.gegevens["regeling"] == "huurtoeslag"]
    assert "(inkomen € 18.000 in 2026, huur € 650 per maand)" in ht.uitleg


def test_niet_gebruik_minimum_en_hoog_inkomen() -> None:
    g = grondslagen(21000, huur=700)
    bedrag = jaarbedrag(Regeling.ZORGTOESLAG, 2026, g)
    h = Huishoudfeiten(12, toeslagen=(feit(Regeling.HUURTOESLAG, g),))
    assert not signalen(h, SignaalType.NIET_GEBRUIK, Signaaldrempels(versie="t", niet_gebruik_minimum=bedrag + 1))
    assert signalen(h, SignaalType.NIET_GEBRUIK, Signaaldrempels(versie="t", niet_gebruik_minimum=bedrag))
    rijk = Huishoudfeiten(
        12, toeslagen=(feit(Regeling.KINDEROPVANGTOESLAG, grondslagen(120000, kinderen=(KIND,), opvang_uren=80)),)
    )
    assert signalen(rijk, SignaalType.NIET_GEBRUIK) == []
    geen_toeslag = Huishoudfeiten(12, kinderen=(KindFeit(KIND, True),))
    assert signalen(geen_toeslag, SignaalType.NIET_GEBRUIK) == []


# --- termijn nadert -----------------------------------------------------------------------------------------


def _beschikking(
    uiterlijk: dt.date, *, soort: str = "terugvordering", bezwaar: bool = False, saldo: int | None = None
) -> BeschikkingFeit:
    return BeschikkingFeit(
        41, 1, "huurtoeslag", 2025, soort, uiterlijk - dt.timedelta(weeks=6), uiterlijk, 85000, saldo, bezwaar
    )


def test_bezwaartermijn_nadert() -> None:
    [s] = signalen(
        Huishoudfeiten(14, beschikkingen=(_beschikking(PEILDATUM + dt.timedelta(days=3)),)), SignaalType.TERMIJN_NADERT
    )
    assert s.uitleg == (
        "De bezwaartermijn tegen de terugvorderingsbeschikking huurtoeslag 2025 van 19-10-2026 (terugvordering "
        "€ 850) loopt af op 30-11-2026 (over 3 dagen). Wil de burger bezwaar maken, dan moet dat uiterlijk die dag."
    )
    assert s.ernst is Ernst.URGENT
    [s14] = signalen(
        Huishoudfeiten(14, beschikkingen=(_beschikking(PEILDATUM + dt.timedelta(days=14)),)), SignaalType.TERMIJN_NADERT
    )
    assert s14.ernst is Ernst.AANDACHT
    assert (
        signalen(
            Huishoudfeiten(14, beschikkingen=(_beschikking(PEILDATUM + dt.timedelta(days=15)),)),
            SignaalType.TERMIJN_NADERT,
        )
        == []
    )
    met_bezwaar = _beschikking(PEILDATUM + dt.timedelta(days=3), bezwaar=True)
    assert signalen(Huishoudfeiten(14, beschikkingen=(met_bezwaar,)), SignaalType.TERMIJN_NADERT) == []


def test_bezwaartermijn_definitieve_berekening_alleen_bij_terugvordering() -> None:
    uiterlijk = PEILDATUM + dt.timedelta(days=5)
    nabetaling = _beschikking(uiterlijk, soort="definitief", saldo=20000)
    assert signalen(Huishoudfeiten(14, beschikkingen=(nabetaling,)), SignaalType.TERMIJN_NADERT) == []
    [s] = signalen(
        Huishoudfeiten(14, beschikkingen=(_beschikking(uiterlijk, soort="definitief", saldo=-64000),)),
        SignaalType.TERMIJN_NADERT,
    )
    assert "tegen de definitieve berekening huurtoeslag 2025" in s.uitleg and "(terugvordering € 640)" in s.uitleg


def test_vervaldatum_vordering_nadert() -> None:
    v = VorderingFeit(
        61, "zorgtoeslag", 2025, "V61", 43210, "open", dt.date(2026, 10, 26), PEILDATUM + dt.timedelta(days=8)
    )
    [s] = signalen(Huishoudfeiten(15, vorderingen=(v,)), SignaalType.TERMIJN_NADERT)
    assert s.uitleg == (
        "De vordering zorgtoeslag 2025 (kenmerk V61, open € 432,10) moet uiterlijk 05-12-2026 betaald zijn "
        "(over 8 dagen). Er loopt geen betalingsregeling voor deze vordering."
    )
    in_regeling = v._replace(status="in_regeling")
    assert signalen(Huishoudfeiten(15, vorderingen=(in_regeling,)), SignaalType.TERMIJN_NADERT) == []


def test_termijn_nadert_alleen_na_eerder_gemiste_termijn() -> None:
    komend = _termijn(2, 5, PEILDATUM + dt.timedelta(days=4), "open")
    assert signalen(Huishoudfeiten(16, termijnen=(komend,)), SignaalType.TERMIJN_NADERT) == []
    alle = Signaaldrempels(versie="t", termijn_nadert_alle_termijnen=True)
    assert len(signalen(Huishoudfeiten(16, termijnen=(komend,)), SignaalType.TERMIJN_NADERT, alle)) == 1
    gemist = _termijn(1, 4, PEILDATUM - dt.timedelta(days=26), "gemist")
    [s] = signalen(Huishoudfeiten(16, termijnen=(gemist, komend)), SignaalType.TERMIJN_NADERT)
    assert s.uitleg == (
        "Termijn 5 van de betalingsregeling (€ 85) vervalt op 01-12-2026 (over 4 dagen). Eerder in deze regeling "
        "is een termijn gemist of pas na een herinnering betaald."
    )
    assert s.sleutel == "termijn_nadert:16:termijn:2"


# --- the register ------------------------------------------------------------------------------------------


def test_elke_regel_heeft_naam_versie_en_beschrijving_met_drempels() -> None:
    namen = [r.bron for r in REGELS]
    assert len(set(namen)) == len(namen)
    assert all(b.endswith("@1") for b in namen)
    gedekt = {t for r in REGELS for t in r.typen}
    assert gedekt == set(SignaalType)
    anders = Signaaldrempels(versie="x", partner_venster_dagen=60, wijzigingsgrens=D(250))
    beschrijvingen = {r.naam: r.beschrijving(anders) for r in REGELS}
    assert "60 dagen" in beschrijvingen["partnerwijziging"]
    assert "meer dan € 250" in beschrijvingen["inkomensafwijking"]
    assert STANDAARD_DREMPELS.label == "signaaldrempels@2026.1"
    assert STANDAARD_DREMPELS.naar_dict()["wijzigingsgrens"] == "100"


def test_evaluatie_is_deterministisch() -> None:
    g = grondslagen(21000, huur=700)
    h = Huishoudfeiten(
        12,
        toeslagen=(feit(Regeling.HUURTOESLAG, g, grondslagen(29000, huur=700)),),
        vorderingen=(_vordering(1, "huurtoeslag", 2024, "1140.00"), _vordering(2, "zorgtoeslag", 2025, "310.50")),
        kinderen=(KindFeit(KIND, True),),
    )
    assert evalueer(h, PEILDATUM) == evalueer(h, PEILDATUM)
