"""The demo population: deterministic, consistent with the calculation core, realistic, on both backends."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select, text

from models.calc.api import afrekenen, bereken
from models.calc.betalingsregeling import (
    Capaciteitsinvoer,
    Leefsituatie,
    Pauze,
    Vordering,
    persoonlijke_regeling,
    spijtoptantregeling,
    standaardregeling,
)
from models.calc.invoer import Grondslagen, Regeling
from models.demo.berekening import grondslagen, grondslagen_json
from models.demo.generator import DemoAfgebroken, DemoFout, genereer
from models.demo.huishouden import maak_huishouden
from models.demo.kalender import werkdagen_na
from models.demo.personeel import begeleiders_voor, personeel
from models.store.engine import maak_engine, sqlite_url
from models.store.opslag import Opslag, euro
from models.store.tables import metadata
from models.validatie import is_geldig_bsn, zoeknaam
from tests.demo.hulp import rijen, vingerafdruk

PEILDATUM = dt.date(2026, 11, 27)
HUISHOUDENS = 1800
DOMEIN = {  # DOMAIN.md §1.2: of ~6.0M households
    "zorgtoeslag": 4.8 / 6.0,
    "huurtoeslag": 1.6 / 6.0,
    "kindgebonden_budget": 1.1 / 6.0,
    "kinderopvangtoeslag": 0.7 / 6.0,
}


def _nieuwe_opslag(sjabloon: Path, map_: Path, naam: str) -> Engine:
    pad = map_ / naam
    shutil.copy(sjabloon, pad)
    return maak_engine(sqlite_url(pad))


@pytest.fixture(scope="module")
def populatie(sqlite_sjabloon: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """One population of 1,800 households (three begeleiders) that the read-only tests share."""
    engine = _nieuwe_opslag(sqlite_sjabloon, tmp_path_factory.mktemp("demo"), "populatie.sqlite")
    genereer(engine, huishoudens=HUISHOUDENS, seed=2026)
    yield engine
    engine.dispose()


# --- determinism ---------------------------------------------------------------------------------------------------


def test_zelfde_seed_zelfde_gegevens_andere_seed_andere(sqlite_sjabloon: Path, tmp_path: Path) -> None:
    a = _nieuwe_opslag(sqlite_sjabloon, tmp_path, "a.sqlite")
    b = _nieuwe_opslag(sqlite_sjabloon, tmp_path, "b.sqlite")
    c = _nieuwe_opslag(sqlite_sjabloon, tmp_path, "c.sqlite")
    genereer(a, huishoudens=600, seed=11)
    genereer(b, huishoudens=600, seed=11, processen=2)  # three chunks made and loaded by two worker processes
    genereer(c, huishoudens=150, seed=12)
    assert vingerafdruk(a) == vingerafdruk(b)
    assert vingerafdruk(a) != vingerafdruk(c)
    for e in (a, b, c):
        e.dispose()


def test_huishouden_hangt_niet_af_van_de_omvang() -> None:
    """A household is drawn from its own random stream: the same in a store of any size."""
    een = maak_huishouden(7, 2026, PEILDATUM)
    twee = maak_huishouden(7, 2026, PEILDATUM)
    assert een == twee
    assert maak_huishouden(8, 2026, PEILDATUM) != een


# --- consistency with the calculation core --------------------------------------------------------------------------


def test_elk_toeslagbedrag_komt_uit_de_rekenkern(populatie: Engine) -> None:
    toeslagen = rijen(populatie, "toeslag")
    assert len(toeslagen) > 3000
    for t in toeslagen:
        regeling = Regeling(t.regeling)
        g_v = Grondslagen.uit_dict(t.grondslagen_voorschot)
        v = bereken(regeling, t.jaar, g_v, met_uitleg=False)
        assert v.recht
        assert (euro(t.voorschot_jaar_cent), euro(t.voorschot_maand_cent)) == (v.bedrag_jaar, v.bedrag_maand), t.id
        assert t.onbevestigd == bool(v.onbevestigde_parameters) or t.status == "definitief"
        if t.status == "definitief":
            g_d = Grondslagen.uit_dict(t.grondslagen_definitief)
            a = afrekenen(regeling, t.jaar, g_d, euro(t.betaald_cent), met_uitleg=False)
            assert euro(t.definitief_jaar_cent) == a.uitkomst.bedrag_jaar, t.id
            assert euro(t.saldo_cent) == a.saldo, t.id
            assert t.betaald_cent == 12 * t.voorschot_maand_cent
        else:
            assert t.grondslagen_definitief is None and t.definitief_jaar_cent is None and t.saldo_cent is None


def test_opgeslagen_grondslagen_zijn_naar_dict_van_de_kern() -> None:
    for nummer in range(200):
        hh = maak_huishouden(nummer, 2026, PEILDATUM)
        for j in hh.jaren:
            for regeling in j.regelingen:
                for werkelijk in (False, True):
                    g = grondslagen(hh, j, regeling, werkelijk=werkelijk)
                    tekst = grondslagen_json(g)
                    assert tekst == json.dumps(g.naar_dict(), separators=(",", ":"))
                    assert Grondslagen.uit_dict(json.loads(tekst)) == g


def test_elke_vordering_is_de_terugvordering_van_de_kern(populatie: Engine) -> None:
    toeslag = {t.id: t for t in rijen(populatie, "toeslag")}
    beschikking = {b.id: b for b in rijen(populatie, "beschikking")}
    vorderingen = rijen(populatie, "vordering")
    assert vorderingen
    for v in vorderingen:
        t = toeslag[v.toeslag_id]
        a = afrekenen(
            Regeling(t.regeling),
            t.jaar,
            Grondslagen.uit_dict(t.grondslagen_definitief),
            euro(t.betaald_cent),
            met_uitleg=False,
        )
        assert euro(v.bedrag_cent) == a.terug_te_vorderen > 0
        b = beschikking[v.beschikking_id]
        assert (b.soort, b.bedrag_cent, b.toeslag_id) == ("terugvordering", v.bedrag_cent, t.id)
        assert v.vervaldatum == v.ontstaan_op + dt.timedelta(weeks=6) == b.datum + dt.timedelta(weeks=6)
        assert (v.regeling, v.jaar) == (t.regeling, t.jaar)
    # and every recovery above the doelmatigheidsgrens that has been decided is a claim
    terug = {b.toeslag_id for b in beschikking.values() if b.soort == "terugvordering"}
    assert terug == {v.toeslag_id for v in vorderingen}


def test_openstaand_bedrag_klopt_met_aflossingen_en_verrekeningen(populatie: Engine) -> None:
    afgelost: Counter[int] = Counter()
    for a in rijen(populatie, "aflossing"):
        assert a.bedrag_cent == a.kosten_cent + a.rente_cent + a.hoofdsom_cent
        afgelost[a.vordering_id] += a.hoofdsom_cent
    for v in rijen(populatie, "verrekening"):
        afgelost[v.vordering_id] += v.bedrag_cent
    for v in rijen(populatie, "vordering"):
        assert v.open_cent == v.bedrag_cent - afgelost[v.id], v.kenmerk
        assert (v.open_cent == 0) == (v.status in ("afgelost", "verrekend")), v.kenmerk


def test_termijnen_zijn_wat_de_regelingberekening_geeft(populatie: Engine) -> None:
    vorderingen = {v.id: v for v in rijen(populatie, "vordering")}
    verrekend: Counter[int] = Counter()
    for v in rijen(populatie, "verrekening"):
        verrekend[v.vordering_id] += v.bedrag_cent
    per_regeling: dict[int, list[int]] = {}
    for rv in rijen(populatie, "regeling_vordering"):
        per_regeling.setdefault(rv.regeling_id, []).append(rv.vordering_id)
    termijnen: dict[int, list] = {}
    for t in rijen(populatie, "termijn"):
        termijnen.setdefault(t.regeling_id, []).append(t)
    regelingen = rijen(populatie, "betalingsregeling")
    assert Counter(r.soort for r in regelingen)["standaard"] > 10
    for r in regelingen:
        claims = [
            Vordering(v.kenmerk, euro(v.bedrag_cent - verrekend[v.id]), v.vervaldatum)
            for v in (vorderingen[i] for i in per_regeling[r.id])
        ]
        if r.soort == "standaard":
            schema = standaardregeling(claims, r.startdatum, rente=False)
        elif r.soort == "spijtoptant":
            schema = spijtoptantregeling(claims, r.startdatum, rente=False)
        else:
            c = r.capaciteit
            invoer = Capaciteitsinvoer(
                leefsituatie=Leefsituatie(c["invoer"]["leefsituatie"]),
                **{k: Decimal(w) for k, w in c["invoer"].items() if k != "leefsituatie"},
            )
            pauzes = tuple(Pauze(dt.date.fromisoformat(p["vanaf"]), p["maanden"]) for p in c["pauzes"])
            schema = persoonlijke_regeling(
                claims, r.startdatum, invoer, looptijd=c["looptijd"], pauzes=pauzes, rente=False
            )
            assert c["uitkomst"] == schema.betalingscapaciteit.naar_dict()
        opgeslagen = [(t.volgnummer, t.vervaldatum, euro(t.bedrag_cent)) for t in termijnen[r.id]]
        assert opgeslagen == [(i, t.vervaldatum, t.bedrag) for i, t in enumerate(schema.termijnen, start=1)], r.id
        assert (euro(r.totaal_cent), euro(r.termijnbedrag_cent), r.aantal_termijnen) == (
            schema.schuld,
            schema.termijnbedrag,
            schema.aantal_termijnen,
        )
        assert sum(t.bedrag_cent for t in termijnen[r.id]) == sum(int(t.bedrag * 100) for t in schema.termijnen)


# --- realism --------------------------------------------------------------------------------------------------------


def test_aandelen_toeslagen_volgen_domain(populatie: Engine) -> None:
    with populatie.connect() as conn:
        aantallen = dict(
            conn.execute(text("SELECT regeling, COUNT(*) FROM toeslag WHERE jaar = 2025 GROUP BY regeling")).all()
        )
    for regeling, aandeel in DOMEIN.items():
        assert aantallen[regeling] / HUISHOUDENS == pytest.approx(aandeel, abs=0.04), regeling


def test_mix_van_nabetalingen_en_terugvorderingen(populatie: Engine) -> None:
    mix: Counter[str] = Counter()
    for t in rijen(populatie, "toeslag"):
        if t.status != "definitief":
            continue
        a = afrekenen(
            Regeling(t.regeling),
            t.jaar,
            Grondslagen.uit_dict(t.grondslagen_definitief),
            euro(t.betaald_cent),
            met_uitleg=False,
        )
        if a.saldo > 0:
            mix["nabetaling"] += 1
        elif a.saldo == 0:
            mix["niets"] += 1
        elif a.terug_te_vorderen == 0:
            mix["klein"] += 1
        else:
            mix["hoog" if a.hoge_terugvordering else "terugvordering"] += 1
    totaal = sum(mix.values())
    assert {"nabetaling", "klein", "terugvordering", "hoog"} <= set(mix)
    assert 0.03 <= mix["hoog"] / totaal <= 0.12  # DOMAIN §3.6: 5.8–9.7% of final awards per toeslag
    assert mix["hoog"] + mix["terugvordering"] + mix["klein"] > 3 * mix["hoog"]  # high ones are ~a quarter


def test_bsn_elfproef_en_uniek(populatie: Engine) -> None:
    burgers = rijen(populatie, "burger")
    bsns = [b.bsn for b in burgers]
    assert len(set(bsns)) == len(bsns)
    assert all(is_geldig_bsn(b) and b.startswith("9") for b in bsns)
    for b in burgers:
        assert b.achternaam_zoek == zoeknaam(" ".join(p for p in (b.tussenvoegsel, b.achternaam) if p))
    namen = " ".join(b.achternaam for b in burgers)
    assert any(c in namen for c in "ÇçÖöŞşıŁłŚśŻż")  # names of many backgrounds, with their diacritics


def test_elke_begeleider_heeft_20_tot_40_open_trajecten(populatie: Engine) -> None:
    with populatie.connect() as conn:
        caseload = dict(
            conn.execute(
                text(
                    "SELECT m.gebruikersnaam, COUNT(t.id) FROM medewerker m LEFT JOIN begeleidingstraject t "
                    "ON t.begeleider_id = m.id AND t.status <> 'afgesloten' WHERE m.rol = 'begeleider' GROUP BY 1"
                )
            ).all()
        )
        statussen = dict(conn.execute(text("SELECT status, COUNT(*) FROM begeleidingstraject GROUP BY status")).all())
        te_laat = conn.execute(
            text(
                "SELECT COUNT(*) FROM begeleidingstraject WHERE eerste_contact_op IS NULL AND status = 'aangemeld' "
                "AND intake_uiterlijk < :peil"
            ),
            {"peil": PEILDATUM.isoformat()},
        ).scalar_one()
    assert len(caseload) == begeleiders_voor(HUISHOUDENS) == 3
    assert all(20 <= n <= 40 for n in caseload.values()), caseload
    assert set(statussen) == {"aangemeld", "intake", "actief", "afgesloten"}
    assert te_laat > 0  # some intakes are overdue
    for t in rijen(populatie, "begeleidingstraject"):
        assert t.intake_uiterlijk == werkdagen_na(t.aangemeld_op, 5)
        assert t.aangemeld_op <= PEILDATUM
        if t.status == "actief":
            assert t.plan["doelen"] and t.eerste_contact_op is not None
        if t.status == "afgesloten":
            assert t.afgesloten_op is not None and t.uitkomst and t.reden_afsluiting


def test_werkdagen_tellen_weekenden_en_feestdagen_niet() -> None:
    assert werkdagen_na(dt.date(2026, 4, 24), 5) == dt.date(2026, 5, 4)  # Koningsdag 27 April is a holiday
    assert werkdagen_na(dt.date(2026, 12, 24), 5) == dt.date(2027, 1, 4)  # Christmas and New Year
    assert werkdagen_na(dt.date(2026, 11, 27), 5) == dt.date(2026, 12, 4)


def test_personeel_per_rol(populatie: Engine) -> None:
    rollen = Counter(m.rol for m in rijen(populatie, "medewerker"))
    assert rollen["begeleider"] >= 1 and rollen["supervisor"] >= 2 and rollen["kwaliteit"] >= 1
    assert rollen["balie"] >= 3
    assert [a.gebruikersnaam for a in personeel(1_000_000)][:2] == ["mdevries", "yelkhatib"]
    assert begeleiders_voor(1_000_000) == 18


def test_klantbeeld_van_een_demo_huishouden(populatie: Engine) -> None:
    from models.domain import InzageReden, Rol
    from models.store.klantbeeld import KlantbeeldRepository
    from models.store.medewerkers import MedewerkerRepository

    opslag = Opslag(populatie)
    actor = MedewerkerRepository(opslag).alle(rol=Rol.BEGELEIDER)[0]
    with populatie.connect() as conn:
        burger_id = conn.execute(
            text("SELECT burger_id FROM vordering WHERE status = 'in_regeling' ORDER BY id LIMIT 1")
        ).scalar_one()
    beeld = KlantbeeldRepository(opslag).laad(actor, burger_id, reden=InzageReden.BEHANDELING, peildatum=PEILDATUM)
    assert beeld.toeslagen and beeld.beschikkingen and beeld.vorderingen and beeld.regelingen and beeld.documenten
    assert {d.titel.split()[0] for d in beeld.documenten} <= {"Voorschot", "Definitieve", "Terugvordering"}


def test_alle_constraints_en_verwijzingen_kloppen(populatie: Engine) -> None:
    with populatie.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"
        audit = conn.execute(text("SELECT actie, na FROM audit_event")).all()
        assert [a.actie for a in audit] == ["demo-populatie geladen"]
        assert conn.execute(select(func.count()).select_from(metadata.tables["signaal"])).scalar_one() == 0
        assert (
            conn.execute(text("SELECT COUNT(*) FROM document")).scalar_one()
            == conn.execute(text("SELECT COUNT(*) FROM beschikking")).scalar_one()
        )


# --- both backends, refusal and cancellation --------------------------------------------------------------------------


@pytest.mark.pg
def test_sqlite_en_postgresql_krijgen_dezelfde_gegevens(sqlite_opslag: Opslag, pg_opslag: Opslag) -> None:
    a = genereer(sqlite_opslag.engine, huishoudens=300, seed=2026)
    b = genereer(pg_opslag.engine, huishoudens=300, seed=2026)
    assert (a.huishoudens, a.burgers, a.toeslagen, a.vorderingen, a.regelingen, a.trajecten) == (
        b.huishoudens,
        b.burgers,
        b.toeslagen,
        b.vorderingen,
        b.regelingen,
        b.trajecten,
    )
    assert vingerafdruk(sqlite_opslag.engine) == vingerafdruk(pg_opslag.engine)
    with pg_opslag.engine.connect() as conn:  # the application's own inserts continue after the loaded ids
        volgende = conn.execute(text("SELECT nextval(pg_get_serial_sequence('burger', 'id'))")).scalar_one()
    assert volgende == a.burgers + 1


def test_weigert_een_opslag_met_burgers(opslag: Opslag) -> None:
    genereer(opslag.engine, huishoudens=20, seed=1)
    with pytest.raises(DemoFout, match="bevat al burgers"):
        genereer(opslag.engine, huishoudens=20, seed=1)


def test_afbreken_laat_niets_achter(opslag: Opslag) -> None:
    meldingen: list[tuple[int, int]] = []
    with pytest.raises(DemoAfgebroken):
        genereer(
            opslag.engine,
            huishoudens=600,
            voortgang=lambda gedaan, totaal: meldingen.append((gedaan, totaal)),
            afbreken=lambda: len(meldingen) >= 1,
        )
    assert meldingen == [(250, 600)]
    with opslag.engine.connect() as conn:
        for tabel in ("burger", "medewerker", "toeslag", "document", "termijn"):
            assert conn.execute(text(f"SELECT COUNT(*) FROM {tabel}")).scalar_one() == 0, tabel
    genereer(opslag.engine, huishoudens=30)  # and the store can be seeded afterwards


def test_ongeldige_argumenten() -> None:
    engine = maak_engine("sqlite://")
    for aantal in (0, -5, 5_000_000):
        with pytest.raises(DemoFout):
            genereer(engine, huishoudens=aantal)
    with pytest.raises(DemoFout):
        genereer(engine, huishoudens=10, seed=-1)


# --- the command line ----------------------------------------------------------------------------------------------


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "models.demo.cli", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONPATH": str(Path(__file__).resolve().parents[2]), "PATH": "/usr/bin:/bin"},
        timeout=120,
    )


def test_cli_van_begin_tot_eind(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "demo.sqlite")
    klaar = _cli("--households", "80", "--database", url, "--seed", "3", cwd=tmp_path)
    assert klaar.returncode == 0, klaar.stderr
    assert "80 huishoudens" in klaar.stdout
    engine = maak_engine(url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM toeslag")).scalar_one() > 100
    engine.dispose()
    nog_eens = _cli("--households", "80", "--database", url, cwd=tmp_path)
    assert nog_eens.returncode == 2 and "bevat al burgers" in nog_eens.stderr


def test_cli_standaard_bestand_en_foute_argumenten(tmp_path: Path) -> None:
    klaar = _cli("--households", "5", cwd=tmp_path)
    assert klaar.returncode == 0, klaar.stderr
    assert (tmp_path / "werkplek-demo.sqlite").exists()
    for fout in (["--households", "0"], ["--households", "veel"], ["--seed", "-3"]):
        uit = _cli(*fout, cwd=tmp_path)
        assert uit.returncode == 2, fout
        assert "werkplek-demo" in uit.stderr


# --- the signals a demo store feeds ----------------------------------------------------------------------------


def test_lopende_jaren_hebben_actuele_gegevens_van_de_kern(populatie: Engine) -> None:
    """Part of the running toeslag-years carry newer actual data that differ from the estimate: exactly the
    grondslagen the core serialises, never on a settled year."""
    with populatie.connect() as c:
        rijen_ = c.execute(
            text("SELECT status, grondslagen_voorschot, grondslagen_actueel FROM toeslag WHERE jaar >= 2025")
        ).all()
    lopend = [r for r in rijen_ if r.status == "lopend"]
    met_actueel = [r for r in rijen_ if r.grondslagen_actueel is not None]
    assert met_actueel, "geen enkel lopend jaar heeft actuele gegevens"
    assert all(r.status == "lopend" for r in met_actueel)
    assert 0.05 < len(met_actueel) / len(lopend) < 0.6
    for r in met_actueel:
        actueel = json.loads(r.grondslagen_actueel)
        assert actueel != json.loads(r.grondslagen_voorschot)
        assert Grondslagen.uit_dict(actueel).naar_dict() == actueel


def test_de_signaalregels_vinden_in_de_demo_elk_soort_afwijking(sqlite_sjabloon: Path, tmp_path: Path) -> None:
    from models.services.signalen import draai_signalen

    engine = _nieuwe_opslag(sqlite_sjabloon, tmp_path, "signalen.sqlite")
    try:
        genereer(engine, huishoudens=1500, seed=7)
        rapport = draai_signalen(Opslag(engine), peildatum=PEILDATUM, medewerker_id=None)
    finally:
        engine.dispose()
    for soort in ("hoge_terugvordering", "inkomensafwijking", "opvanguren_afwijking", "stapeling_schulden"):
        assert any(t.value == soort and n > 0 for t, n in rapport.nieuw.items()), soort
