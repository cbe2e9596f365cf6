"""The team server enforces the roles itself: each test connects as a staff member's own database role.

`werkplek-admin init` sets up a fresh database; accounts for each role are made with `maak_account`. Then
forbidden reads and writes must fail *at the database* (permission denied or a row-level-security violation),
even for a hand-crafted query, and the audit chain must verify and catch tampering.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, ProgrammingError

from models.domain import Contactkanaal, InzageReden, Rol
from models.store import beheer
from models.store.contacten import ContactRepository
from models.store.fouten import GeenToegang
from models.store.klantbeeld import KlantbeeldRepository
from models.store.opslag import Opslag
from models.store.rows import MedewerkerRow, NieuwContact
from tests import fabriek

pytestmark = pytest.mark.pg


@dataclass
class Teamserver:
    beheer: Engine
    url: str
    accounts: dict[str, MedewerkerRow]
    engines: dict[str, Engine]
    burger_in_caseload: int
    burger_elders: int

    def als(self, wie: str) -> Engine:
        return self.engines[wie]


@pytest.fixture(scope="module")
def teamserver(pg_beheer: str) -> Iterator[Teamserver]:
    code = uuid.uuid4().hex[:8]
    url = make_url(pg_beheer).set(database=f"werkplek_rls_{code}")
    beheer_engine = beheer.richt_in(url)
    accounts = {
        wie: beheer.maak_account(beheer_engine, f"t{code}_{wie}", f"Test {wie}", rol, "geheim-wachtwoord")
        for wie, rol in [
            ("balie", Rol.BALIE),
            ("begeleider", Rol.BEGELEIDER),
            ("collega", Rol.BEGELEIDER),
            ("supervisor", Rol.SUPERVISOR),
            ("kwaliteit", Rol.KWALITEIT),
        ]
    }
    opslag = Opslag(beheer_engine)
    in_caseload = fabriek.burger(opslag, bsn="123456782")
    elders = fabriek.burger(opslag, voornamen="Piet", achternaam="Jansen")
    fabriek.traject(opslag, in_caseload, accounts["begeleider"].id)
    with beheer_engine.begin() as conn:
        for burger_id in (in_caseload, elders):
            conn.execute(
                text(
                    "INSERT INTO notitie (burger_id, medewerker_id, moment, tekst, version) "
                    "VALUES (:b, :m, now(), 'Interne notitie', 1)"
                ),
                {"b": burger_id, "m": accounts["supervisor"].id},
            )
            conn.execute(
                text(
                    "INSERT INTO kwetsbaarheid (burger_id, soort, bron, vastgelegd_op, version) "
                    "VALUES (:b, 'hulp bij lezen', 'gesprek', '2026-11-01', 1)"
                ),
                {"b": burger_id},
            )
            conn.execute(
                text(
                    "INSERT INTO signaal (burger_id, type, ernst, status, sleutel, bron, uitleg, ontstaan_op, version) "
                    "VALUES (:b, 'stapeling_schulden', 'aandacht', 'nieuw', :s, 'test', 'uitleg', now(), 1)"
                ),
                {"b": burger_id, "s": f"test-{burger_id}"},
            )
    engines = {
        wie: create_engine(url.set(username=m.gebruikersnaam, password="geheim-wachtwoord"))
        for wie, m in accounts.items()
    }
    yield Teamserver(beheer_engine, url.render_as_string(hide_password=False), accounts, engines, in_caseload, elders)
    for e in engines.values():
        e.dispose()
    beheer_engine.dispose()
    opruimen = create_engine(make_url(pg_beheer), isolation_level="AUTOCOMMIT")
    with opruimen.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)'))
        for m in accounts.values():
            conn.execute(text(f'DROP ROLE IF EXISTS "{m.gebruikersnaam}"'))
    opruimen.dispose()


def _aantal(engine: Engine, sql: str, **params: object) -> int:
    with engine.connect() as conn:
        return len(conn.execute(text(sql), params).all())


@pytest.mark.parametrize("tabel", ["notitie", "kwetsbaarheid", "signaal", "partnerschap", "medebewoner", "beoordeling"])
def test_balie_mag_gevoelige_tabellen_niet_lezen(teamserver: Teamserver, tabel: str) -> None:
    with pytest.raises(ProgrammingError, match="permission denied"):
        _aantal(teamserver.als("balie"), f"SELECT * FROM {tabel}")


def test_balie_kan_ook_niet_via_een_omweg_notities_lezen(teamserver: Teamserver) -> None:
    with pytest.raises(ProgrammingError, match="permission denied"):
        _aantal(teamserver.als("balie"), "SELECT b.bsn, n.tekst FROM burger b JOIN notitie n ON n.burger_id = b.id")


def test_begeleider_ziet_notities_alleen_van_eigen_caseload(teamserver: Teamserver) -> None:
    eigen = teamserver.als("begeleider")
    assert _aantal(eigen, "SELECT * FROM notitie WHERE burger_id = :b", b=teamserver.burger_in_caseload) == 1
    assert _aantal(eigen, "SELECT * FROM notitie WHERE burger_id = :b", b=teamserver.burger_elders) == 0
    assert _aantal(teamserver.als("collega"), "SELECT * FROM notitie") == 0
    assert _aantal(teamserver.als("collega"), "SELECT * FROM kwetsbaarheid") == 0


def test_begeleider_ziet_notitie_na_vastleggen_van_een_reden(teamserver: Teamserver) -> None:
    collega = teamserver.accounts["collega"]
    repo = KlantbeeldRepository(Opslag(teamserver.als("collega")))
    beeld = repo.laad(collega, teamserver.burger_elders, reden=InzageReden.TELEFOONGESPREK)
    assert beeld.notities is not None and [n.tekst for n in beeld.notities] == ["Interne notitie"]
    assert beeld.kwetsbaarheden is not None and len(beeld.kwetsbaarheden) == 1


def test_supervisor_en_kwaliteit_zien_alles(teamserver: Teamserver) -> None:
    for wie in ("supervisor", "kwaliteit"):
        assert _aantal(teamserver.als(wie), "SELECT * FROM notitie") == 2
        assert _aantal(teamserver.als(wie), "SELECT * FROM signaal") == 2


@pytest.mark.parametrize("wie", ["balie", "begeleider", "supervisor", "kwaliteit"])
@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE inzage SET reden = 'overig'",
        "DELETE FROM inzage",
        "UPDATE audit_event SET actie = 'x'",
        "DELETE FROM audit_event",
    ],
)
def test_inzagelog_en_audittrail_zijn_alleen_toevoegen(teamserver: Teamserver, wie: str, sql: str) -> None:
    with pytest.raises(ProgrammingError, match="permission denied"), teamserver.als(wie).begin() as conn:
        conn.execute(text(sql))


def test_inzage_kan_niet_op_naam_van_een_ander(teamserver: Teamserver) -> None:
    ander = teamserver.accounts["supervisor"].id
    with pytest.raises(DBAPIError, match="row-level security"), teamserver.als("begeleider").begin() as conn:
        conn.execute(
            text(
                "INSERT INTO inzage (medewerker_id, burger_id, moment, reden, context) "
                "VALUES (:m, :b, now(), 'kwaliteit', 'x')"
            ),
            {"m": ander, "b": teamserver.burger_elders},
        )


def test_kwaliteit_kan_niets_wijzigen(teamserver: Teamserver) -> None:
    actor = teamserver.accounts["kwaliteit"]
    contact = NieuwContact(teamserver.burger_elders, Contactkanaal.TELEFOON, "Onderwerp", "Samenvatting")
    # the service layer refuses first …
    with pytest.raises(GeenToegang):
        ContactRepository(Opslag(teamserver.als("kwaliteit"))).registreer(actor, contact)
    # … and a crafted query is refused by the database
    with pytest.raises(ProgrammingError, match="permission denied"), teamserver.als("kwaliteit").begin() as conn:
        conn.execute(
            text(
                "INSERT INTO contactmoment (burger_id, medewerker_id, kanaal, richting, moment, onderwerp, "
                "samenvatting, opgelost_in_eerste_contact, version) VALUES (:b, :m, 'telefoon', "
                "'inkomend', now(), 'x', 'y', false, 1)"
            ),
            {"b": teamserver.burger_elders, "m": actor.id},
        )


def test_balie_registreert_contact_via_eigen_databaserol(teamserver: Teamserver) -> None:
    actor = teamserver.accounts["balie"]
    opslag = Opslag(teamserver.als("balie"))
    beeld = KlantbeeldRepository(opslag).laad(actor, teamserver.burger_elders, reden=InzageReden.BALIEBEZOEK)
    assert beeld.beperkt and beeld.notities is None
    contact = ContactRepository(opslag).registreer(
        actor, NieuwContact(teamserver.burger_elders, Contactkanaal.BALIE, "Vraag over voorschot", "Uitleg gegeven")
    )
    assert contact.medewerker == actor.naam


def test_niemand_keurt_het_eigen_voorstel_goed(teamserver: Teamserver) -> None:
    supervisor = teamserver.accounts["supervisor"]
    with teamserver.als("supervisor").begin() as conn:
        beoordeling_id = conn.execute(
            text(
                "INSERT INTO beoordeling (burger_id, soort, onderwerp_type, onderwerp_id, voorgesteld_door, motivatie, "
                "status, ingediend_op, version) VALUES (:b, 'pauze', 'betalingsregeling', 1, :m, 'Ziekenhuisopname', "
                "'open', now(), 1) RETURNING id"
            ),
            {"b": teamserver.burger_elders, "m": supervisor.id},
        ).scalar_one()
    with pytest.raises(ProgrammingError, match="row-level security"), teamserver.als("supervisor").begin() as conn:
        conn.execute(
            text("UPDATE beoordeling SET status = 'goedgekeurd', beoordeeld_door = :m WHERE id = :id"),
            {"m": supervisor.id, "id": beoordeling_id},
        )
    with teamserver.als("begeleider").begin() as conn:  # a begeleider only sees their own proposals to withdraw
        bijgewerkt = conn.execute(
            text("UPDATE beoordeling SET status = 'goedgekeurd', beoordeeld_door = :m WHERE id = :id"),
            {"m": teamserver.accounts["begeleider"].id, "id": beoordeling_id},
        ).rowcount
    assert bijgewerkt == 0


def test_audittrail_verifieert_en_detecteert_knoeien(
    teamserver: Teamserver, capsys: pytest.CaptureFixture[str]
) -> None:
    opslag = Opslag(teamserver.als("begeleider"))
    actor = teamserver.accounts["begeleider"]
    for i in range(3):
        ContactRepository(opslag).registreer(
            actor, NieuwContact(teamserver.burger_in_caseload, Contactkanaal.TELEFOON, f"Gesprek {i}", "Samenvatting")
        )
    assert beheer.main(["verify-audit", "--database", teamserver.url]) == 0
    anker = capsys.readouterr().out.strip().rsplit(" ", 1)[-1]
    with teamserver.beheer.begin() as conn:
        ids = conn.execute(text("SELECT id FROM audit_event ORDER BY id")).scalars().all()
        conn.execute(text("UPDATE audit_event SET actie = 'vervalst' WHERE id = :id"), {"id": ids[-2]})
    rapport = beheer.verifieer_audit(teamserver.beheer)
    assert not rapport.in_orde and any("inhoud is gewijzigd" in f for f in rapport.fouten)
    assert beheer.main(["verify-audit", "--database", teamserver.url]) == 1
    with teamserver.beheer.begin() as conn:
        conn.execute(text("DELETE FROM audit_event WHERE id = :id"), {"id": ids[-2]})
    rapport = beheer.verifieer_audit(teamserver.beheer)
    assert any("koppeling" in f for f in rapport.fouten)
    with teamserver.beheer.begin() as conn:
        conn.execute(text("DELETE FROM audit_event WHERE id = :id"), {"id": ids[-1]})
    rapport = beheer.verifieer_audit(teamserver.beheer, anker=anker)
    assert any("einde van de keten" in f for f in rapport.fouten)


def test_account_met_te_kort_wachtwoord(teamserver: Teamserver) -> None:
    with pytest.raises(ValueError, match="8 tekens"):
        beheer.maak_account(teamserver.beheer, "kort_ww", "Kort", Rol.BALIE, "kort")


def test_schema_en_regels_opnieuw_toepassen_is_veilig(teamserver: Teamserver) -> None:
    beheer.richt_in(teamserver.url).dispose()  # idempotent: a second init changes nothing and fails nothing
    assert _aantal(teamserver.als("begeleider"), "SELECT * FROM notitie") == 1


def test_aanmelden_stelt_vast_wie_er_inlogt(teamserver: Teamserver) -> None:
    from models.store.verbinding import meld_aan

    for wie, account in teamserver.accounts.items():
        assert meld_aan(teamserver.als(wie)) == account


def test_aanmelden_als_beheerder_wordt_geweigerd(teamserver: Teamserver) -> None:
    from models.store.verbinding import meld_aan

    with pytest.raises(GeenToegang, match="geen actieve medewerker"):
        meld_aan(teamserver.beheer)


def _regeling_ter_beoordeling(teamserver: Teamserver) -> int:
    begeleider = teamserver.accounts["begeleider"]
    with teamserver.beheer.begin() as conn:
        regeling_id = conn.execute(
            text(
                "INSERT INTO betalingsregeling (burger_id, soort, status, totaal_cent, termijnbedrag_cent, "
                "aantal_termijnen, startdatum, voorgesteld_door, aangemaakt_op, version) VALUES (:b, 'persoonlijk', "
                "'ter_beoordeling', 300000, 8334, 36, '2027-01-01', :m, now(), 1) RETURNING id"
            ),
            {"b": teamserver.burger_in_caseload, "m": begeleider.id},
        ).scalar_one()
        conn.execute(
            text(
                "INSERT INTO beoordeling (burger_id, soort, onderwerp_type, onderwerp_id, voorgesteld_door, "
                "motivatie, status, ingediend_op, version) VALUES (:b, 'lange_looptijd', 'betalingsregeling', :r, "
                ":m, 'Lage betalingscapaciteit', 'open', now(), 1)"
            ),
            {"b": teamserver.burger_in_caseload, "r": regeling_id, "m": begeleider.id},
        )
    return regeling_id


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE betalingsregeling SET status = 'actief' WHERE id = :id",
        "UPDATE betalingsregeling SET pauze_van = '2027-03-01', pauze_tot = '2027-04-30' WHERE id = :id",
    ],
)
def test_voorsteller_kan_vier_ogen_niet_omzeilen(teamserver: Teamserver, sql: str) -> None:
    regeling_id = _regeling_ter_beoordeling(teamserver)
    with pytest.raises(ProgrammingError, match="Vier ogen"), teamserver.als("begeleider").begin() as conn:
        conn.execute(text(sql), {"id": regeling_id})
    with pytest.raises(DBAPIError), teamserver.als("begeleider").begin() as conn:  # nor by approving it oneself
        conn.execute(
            text("UPDATE beoordeling SET status = 'goedgekeurd' WHERE onderwerp_id = :id"), {"id": regeling_id}
        )


def test_goedkeuring_door_supervisor_activeert_in_dezelfde_transactie(teamserver: Teamserver) -> None:
    regeling_id = _regeling_ter_beoordeling(teamserver)
    supervisor = teamserver.accounts["supervisor"]
    with teamserver.als("supervisor").begin() as conn:
        conn.execute(
            text(
                "UPDATE beoordeling SET status = 'goedgekeurd', beoordeeld_door = :m, beoordeeld_op = now(), "
                "beoordeling_motivatie = 'Akkoord' WHERE onderwerp_id = :id AND onderwerp_type = 'betalingsregeling'"
            ),
            {"m": supervisor.id, "id": regeling_id},
        )
        conn.execute(text("UPDATE betalingsregeling SET status = 'actief' WHERE id = :id"), {"id": regeling_id})
    with teamserver.beheer.connect() as conn:
        assert conn.execute(
            text("SELECT status FROM betalingsregeling WHERE id = :id"), {"id": regeling_id}
        ).scalar() == ("actief")
