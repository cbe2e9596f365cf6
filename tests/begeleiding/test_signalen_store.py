"""The signal engine over a real store (SQLite and PostgreSQL): every rule fires for its household and not for
the near-misses, a rerun stores nothing twice, workers give the same result, cancel keeps what was stored."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from models.calc.invoer import Regeling
from models.domain import Ernst, Rol, SignaalType
from models.services.signalen import SignaalService, draai_signalen
from models.services.signalen_cli import main as cli_main
from models.store.audit import verifieer
from models.store.begeleiding import bewaar_signalen
from models.store.fouten import GeenToegang
from models.store.opslag import Opslag
from models.store.rows_begeleiding import Signaalvoorstel
from models.store.tables import AuditEvent, Signaal
from tests import fabriek
from tests.begeleiding import bouw
from tests.begeleiding.bouw import PEILDATUM, grondslagen

KIND = dt.date(2020, 4, 1)
T = SignaalType


def _populatie(opslag: Opslag) -> dict[str, tuple[int, set[SignaalType]]]:
    """One household per rule plus a quiet one full of near-misses: name → (burger id, expected types)."""
    uit: dict[str, tuple[int, set[SignaalType]]] = {}

    b = fabriek.burger(opslag, achternaam="Hoog")
    bouw.toeslag(opslag, b, Regeling.HUURTOESLAG, 2026, grondslagen(24000, huur=750), grondslagen(31200, huur=750))
    bouw.toeslag(opslag, b, Regeling.ZORGTOESLAG, 2026, grondslagen(24000), grondslagen(31200))
    # huurtoeslag: a high recovery; zorgtoeslag: the same income gives only an income deviation
    uit["hoog"] = (b, {T.HOGE_TERUGVORDERING, T.INKOMENSAFWIJKING})

    b = fabriek.burger(opslag, achternaam="Inkomen")
    bouw.toeslag(opslag, b, Regeling.ZORGTOESLAG, 2026, grondslagen(32000), grondslagen(33500))
    uit["inkomen"] = (b, {T.INKOMENSAFWIJKING})

    b = fabriek.burger(opslag, achternaam="Opvang")
    g = grondslagen(40000, kinderen=(KIND,))
    bouw.toeslag(opslag, b, Regeling.ZORGTOESLAG, 2026, grondslagen(40000))
    bouw.toeslag(opslag, b, Regeling.KINDGEBONDEN_BUDGET, 2026, g)
    bouw.toeslag(
        opslag,
        b,
        Regeling.KINDEROPVANGTOESLAG,
        2026,
        grondslagen(40000, kinderen=(KIND,), opvang_uren=100),
        grondslagen(40000, kinderen=(KIND,), opvang_uren=110),
    )
    uit["opvang"] = (b, {T.OPVANGUREN_AFWIJKING})

    b = fabriek.burger(opslag, achternaam="Partner")
    p = fabriek.burger(opslag, achternaam="Partner", voornamen="Sem")
    bouw.toeslag(opslag, b, Regeling.ZORGTOESLAG, 2026, grondslagen(22000))
    bouw.partnerschap(opslag, b, p, PEILDATUM - dt.timedelta(days=30))
    uit["partner"] = (b, {T.PARTNERWIJZIGING})

    b = fabriek.burger(opslag, achternaam="Nareis")
    p = fabriek.burger(opslag, achternaam="Nareis", voornamen="Amal")
    bouw.partnerschap(opslag, b, p, PEILDATUM - dt.timedelta(days=100), uit_buitenland=True)
    uit["buitenland"] = (b, {T.PARTNER_UIT_BUITENLAND})

    b = fabriek.burger(opslag, achternaam="Stapel")
    bouw.toeslag(opslag, b, Regeling.ZORGTOESLAG, 2026, grondslagen(26000))
    bouw.vordering(opslag, b, "huurtoeslag", 2024, Decimal("1140.00"), ontstaan_op=dt.date(2025, 8, 1))
    bouw.vordering(opslag, b, "zorgtoeslag", 2025, Decimal("310.50"), ontstaan_op=dt.date(2026, 8, 1))
    uit["stapeling"] = (b, {T.STAPELING_SCHULDEN})

    b = fabriek.burger(opslag, achternaam="Termijn")
    v = bouw.vordering(
        opslag, b, "huurtoeslag", 2025, Decimal(850), ontstaan_op=dt.date(2026, 5, 1), status="in_regeling"
    )
    regeling = fabriek.betalingsregeling(
        opslag, b, [v], termijnbedrag=Decimal(85), aantal=10, start=dt.date(2026, 6, 1), betaald=4, gemist=(5,)
    )
    bouw.zet_termijn(opslag, regeling, 6, status="herinnerd", nieuwe_vervaldatum=dt.date(2026, 11, 15))
    uit["termijn"] = (b, {T.GEMISTE_TERMIJN, T.TERMIJN_NADERT})  # termijn 7 falls due on 01-12-2026

    b = fabriek.burger(opslag, achternaam="Bezwaar")
    beschikking = bouw.beschikking(opslag, b, None, "terugvordering", dt.date(2026, 10, 12), Decimal(1250))
    bouw.bezwaar(opslag, b, beschikking, dt.date(2026, 11, 3))
    uit["bezwaar"] = (b, {T.BEZWAAR_INGEDIEND})

    b = fabriek.burger(opslag, achternaam="Nietgebruik")
    bouw.toeslag(opslag, b, Regeling.HUURTOESLAG, 2026, grondslagen(21000, huur=700))
    uit["niet_gebruik"] = (b, {T.NIET_GEBRUIK})

    b = fabriek.burger(opslag, achternaam="Deadline")
    t = bouw.toeslag(opslag, b, Regeling.ZORGTOESLAG, 2025, grondslagen(40000), status="definitief")
    bouw.beschikking(
        opslag,
        b,
        t,
        "terugvordering",
        dt.date(2026, 10, 20),
        Decimal(640),
        bezwaar_uiterlijk=PEILDATUM + dt.timedelta(days=5),
    )
    uit["deadline"] = (b, {T.TERMIJN_NADERT})

    # near-misses everywhere: no signal at all
    b = fabriek.burger(opslag, achternaam="Rustig")
    p = fabriek.burger(opslag, achternaam="Rustig", voornamen="Kees")
    bouw.toeslag(
        opslag,
        b,
        Regeling.ZORGTOESLAG,
        2026,
        grondslagen(40000, partner_inkomen=0),
        grondslagen(40000, partner_inkomen=0),
    )
    bouw.partnerschap(opslag, b, p, PEILDATUM - dt.timedelta(days=91))
    bouw.vordering(
        opslag,
        b,
        "zorgtoeslag",
        2025,
        Decimal(200),
        ontstaan_op=dt.date(2026, 10, 1),
        vervaldatum=PEILDATUM + dt.timedelta(days=15),
    )
    oud = bouw.beschikking(opslag, b, None, "terugvordering", dt.date(2026, 8, 1), Decimal(300))
    bouw.bezwaar(opslag, b, oud, PEILDATUM - dt.timedelta(days=91))
    bouw.beschikking(
        opslag,
        b,
        None,
        "terugvordering",
        dt.date(2026, 10, 28),
        Decimal(200),
        bezwaar_uiterlijk=PEILDATUM + dt.timedelta(days=15),
    )
    uit["rustig"] = (b, set())
    return uit


def _per_burger(opslag: Opslag) -> dict[int, dict[SignaalType, str]]:
    s_ = Signaal.__table__  # type: ignore[attr-defined]
    uit: dict[int, dict[SignaalType, str]] = {}
    with opslag.lezen() as s:
        for r in s.execute(select(s_.c.burger_id, s_.c.type, s_.c.uitleg)):
            uit.setdefault(r.burger_id, {})[SignaalType(r.type)] = r.uitleg
    return uit


def test_elke_regel_over_de_opslag_en_herhaling_zonder_dubbelen(opslag: Opslag) -> None:
    populatie = _populatie(opslag)
    supervisor = fabriek.medewerker(opslag, Rol.SUPERVISOR)
    meldingen: list[tuple[int, int]] = []
    rapport = SignaalService(opslag).draai(
        supervisor, peildatum=PEILDATUM, voortgang=lambda a, b: meldingen.append((a, b))
    )

    gevonden = _per_burger(opslag)
    for naam, (burger_id, verwacht) in populatie.items():
        assert set(gevonden.get(burger_id, {})) == verwacht, naam
    hoog = gevonden[populatie["hoog"][0]][T.HOGE_TERUGVORDERING]
    assert hoog.startswith("Het inkomen volgens de loonaangifte (€ 31.200) ligt € 7.200 boven de schatting")
    assert "terugvordering huurtoeslag van ongeveer €" in hoog
    inkomen_hoog = gevonden[populatie["hoog"][0]][T.INKOMENSAFWIJKING]
    assert "de zorgtoeslag ongeveer" in inkomen_hoog and "huurtoeslag" not in inkomen_hoog
    assert (
        "€ 1.500 boven de schatting voor het voorschot 2026 (€ 32.000)"
        in gevonden[populatie["inkomen"][0]][T.INKOMENSAFWIJKING]
    )
    assert (
        "110 uur per maand op, 10 uur meer dan de 100 uur" in gevonden[populatie["opvang"][0]][T.OPVANGUREN_AFWIJKING]
    )
    assert (
        "Sinds 28-10-2026 heeft de burger een toeslagpartner" in gevonden[populatie["partner"][0]][T.PARTNERWIJZIGING]
    )
    assert (
        "Op 19-08-2026 is de toeslagpartner uit het buitenland gekomen"
        in gevonden[populatie["buitenland"][0]][T.PARTNER_UIT_BUITENLAND]
    )
    assert "2 vorderingen open met samen € 1.450,50" in gevonden[populatie["stapeling"][0]][T.STAPELING_SCHULDEN]
    termijn = gevonden[populatie["termijn"][0]]
    assert "termijn van 01-10-2026 gemist" in termijn[T.GEMISTE_TERMIJN]
    assert "(nieuwe vervaldatum 15-11-2026)" in termijn[T.GEMISTE_TERMIJN]
    assert "Termijn 7 van de betalingsregeling (€ 85) vervalt op 01-12-2026 (over 4 dagen)" in termijn[T.TERMIJN_NADERT]
    assert (
        "Op 03-11-2026 is bezwaar ontvangen tegen de terugvorderingsbeschikking van 12-10-2026 (€ 1.250)"
        in (gevonden[populatie["bezwaar"][0]][T.BEZWAAR_INGEDIEND])
    )
    assert "recht op zorgtoeslag van ongeveer" in gevonden[populatie["niet_gebruik"][0]][T.NIET_GEBRUIK]
    assert "loopt af op 02-12-2026 (over 5 dagen)" in gevonden[populatie["deadline"][0]][T.TERMIJN_NADERT]

    assert rapport.totaal_nieuw == sum(len(v) for _, v in populatie.values())
    assert rapport.al_bekend == {}
    assert meldingen[-1][0] == meldingen[-1][1] == rapport.huishoudens

    # rerun: nothing new, everything recognised
    tweede = SignaalService(opslag).draai(supervisor, peildatum=PEILDATUM)
    assert tweede.totaal_nieuw == 0
    assert tweede.al_bekend == rapport.nieuw
    with opslag.lezen() as s:
        assert s.execute(select(func.count()).select_from(Signaal.__table__)).scalar_one() == rapport.totaal_nieuw  # type: ignore[attr-defined]
        acties = [r.actie for r in s.execute(select(AuditEvent.__table__).order_by(AuditEvent.__table__.c.id))]  # type: ignore[attr-defined]
        assert acties.count("signalen aangemaakt") == 1
        assert verifieer(s.execute(select(AuditEvent.__table__).order_by(AuditEvent.__table__.c.id))).in_orde  # type: ignore[attr-defined]


def test_werkprocessen_geven_hetzelfde_resultaat(opslag: Opslag) -> None:
    populatie = _populatie(opslag)
    rapport = draai_signalen(opslag, peildatum=PEILDATUM, medewerker_id=None, processen=2, blokgrootte=3)
    gevonden = _per_burger(opslag)
    for naam, (burger_id, verwacht) in populatie.items():
        assert set(gevonden.get(burger_id, {})) == verwacht, naam
    assert rapport.huishoudens == len(populatie) + 3  # three partners are citizens too
    assert draai_signalen(opslag, peildatum=PEILDATUM, medewerker_id=None).totaal_nieuw == 0


def test_afbreken_bewaart_wat_klaar_is(sqlite_opslag: Opslag) -> None:
    _populatie(sqlite_opslag)
    blokken = 0

    def genoeg() -> bool:
        return blokken >= 1

    def tel(_a: int, _b: int) -> None:
        nonlocal blokken
        blokken += 1

    rapport = draai_signalen(
        sqlite_opslag, peildatum=PEILDATUM, medewerker_id=None, blokgrootte=2, voortgang=tel, afgebroken=genoeg
    )
    assert rapport.afgebroken
    assert rapport.huishoudens == 2
    vervolg = draai_signalen(sqlite_opslag, peildatum=PEILDATUM, medewerker_id=None)
    assert not vervolg.afgebroken
    assert sum(vervolg.al_bekend.values()) == rapport.totaal_nieuw


def test_alleen_supervisor_mag_signalen_draaien(sqlite_opslag: Opslag) -> None:
    for rol in (Rol.BEGELEIDER, Rol.BALIE, Rol.KWALITEIT):
        with pytest.raises(GeenToegang):
            SignaalService(sqlite_opslag).draai(fabriek.medewerker(sqlite_opslag, rol), peildatum=PEILDATUM)


def test_regels_zijn_uitlegbaar(sqlite_opslag: Opslag) -> None:
    regels = dict(SignaalService(sqlite_opslag).regels())
    assert "meer dan € 500" in regels["hoge_terugvordering@1"]
    assert len(regels) == 10


def test_commando_werkplek_signalen(sqlite_opslag: Opslag, capsys: pytest.CaptureFixture[str]) -> None:
    _populatie(sqlite_opslag)
    supervisor = fabriek.medewerker(sqlite_opslag, Rol.SUPERVISOR)
    url = sqlite_opslag.engine.url.render_as_string(hide_password=False)
    code = cli_main(
        ["--database", url, "--peildatum", "2026-11-27", "--processen", "1", "--medewerker", supervisor.gebruikersnaam]
    )
    assert code == 0
    uit = capsys.readouterr().out
    assert "Dreigende hoge terugvordering" in uit
    regel = next(r for r in uit.splitlines() if r.startswith("Termijn nadert"))
    assert regel.split()[-2:] == ["2", "0"]
    assert "burgers beoordeeld op 27-11-2026" in uit
    assert cli_main(["--database", url, "--peildatum", "2026-11-27", "--processen", "1"]) == 0
    assert next(r for r in capsys.readouterr().out.splitlines() if r.startswith("totaal")).split()[-2] == "0"


def test_commando_weigert_begeleider(sqlite_opslag: Opslag, capsys: pytest.CaptureFixture[str]) -> None:
    begeleider = fabriek.medewerker(sqlite_opslag, Rol.BEGELEIDER)
    url = sqlite_opslag.engine.url.render_as_string(hide_password=False)
    assert cli_main(["--database", url, "--medewerker", begeleider.gebruikersnaam]) == 1
    assert "mag niet" in capsys.readouterr().err


def test_dubbele_sleutel_in_een_blok_wordt_een_signaal(opslag: Opslag) -> None:
    burger = fabriek.burger(opslag)
    voorstel = Signaalvoorstel(
        burger, T.NIET_GEBRUIK, Ernst.INFO, f"niet_gebruik:{burger}:zorgtoeslag:2026", "niet_gebruik@1", "uitleg", {}
    )
    nieuw = bewaar_signalen(opslag, [voorstel, voorstel], medewerker_id=None)
    assert len(nieuw) == 1
    assert bewaar_signalen(opslag, [voorstel], medewerker_id=None) == []
