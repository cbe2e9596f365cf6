"""The balie screen on the team server, as the staff member's own database role (issue #7).

A balie account must be able to do everything the counter screen does (identify, callback, reported change,
overview, referral) with its database grants alone, and a crafted query on notes, vulnerability indicators or
signals must fail at the database, whatever the application does.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from models.domain import Rol, TrajectBron
from models.store import beheer
from models.store.balie import BalieRepository
from models.store.begeleiding import BegeleidingRepository
from models.store.opslag import Opslag
from models.store.rows import MedewerkerRow
from tests import fabriek

pytestmark = pytest.mark.pg

ROOT = Path(__file__).resolve().parents[2]
VANDAAG = dt.date(2026, 11, 27)
BSN = "123456782"


@dataclass
class Server:
    accounts: dict[str, MedewerkerRow]
    engines: dict[str, Engine]
    burger_id: int
    zonder_traject: int


@pytest.fixture(scope="module")
def server(pg_beheer: str) -> Iterator[Server]:
    code = uuid.uuid4().hex[:8]
    url = make_url(pg_beheer).set(database=f"werkplek_balie_{code}")
    beheer_engine = beheer.richt_in(url)
    accounts = {
        wie: beheer.maak_account(beheer_engine, f"b{code}_{wie}", f"Test {wie}", rol, "geheim-wachtwoord")
        for wie, rol in [("balie", Rol.BALIE), ("begeleider", Rol.BEGELEIDER), ("supervisor", Rol.SUPERVISOR)]
    }
    opslag = Opslag(beheer_engine)
    burger_id = fabriek.burger(opslag, bsn=BSN)
    zonder = fabriek.burger(opslag, bsn=fabriek.bsn_met_elfproef(424242), voornamen="Piet", achternaam="Jansen")
    fabriek.traject(opslag, burger_id, accounts["begeleider"].id)
    fabriek.vordering(opslag, burger_id, "huurtoeslag", 2025, Decimal("640.00"))
    fabriek.notitie(opslag, burger_id, accounts["begeleider"].id, "Interne notitie over de burger")
    fabriek.kwetsbaarheid(opslag, burger_id, "laaggeletterdheid", toelichting="leest moeilijk")
    fabriek.signaal(opslag, burger_id)
    engines = {
        wie: create_engine(url.set(username=m.gebruikersnaam, password="geheim-wachtwoord"))
        for wie, m in accounts.items()
    }
    yield Server(accounts, engines, burger_id, zonder)
    for e in engines.values():
        e.dispose()
    beheer_engine.dispose()
    opruimen = create_engine(make_url(pg_beheer), isolation_level="AUTOCOMMIT")
    with opruimen.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)'))
        for m in accounts.values():
            conn.execute(text(f'DROP ROLE IF EXISTS "{m.gebruikersnaam}"'))
    opruimen.dispose()


def _lees(engine: Engine, sql: str, **params: object) -> list[object]:
    with engine.connect() as conn:
        return list(conn.execute(text(sql), params).all())


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT tekst FROM notitie WHERE burger_id = :b",
        "SELECT soort, toelichting FROM kwetsbaarheid WHERE burger_id = :b",
        "SELECT type, uitleg FROM signaal WHERE burger_id = :b",
        "SELECT b.bsn, n.tekst FROM burger b JOIN notitie n ON n.burger_id = b.id WHERE b.id = :b",
        "SELECT b.id FROM burger b WHERE b.id = :b AND EXISTS (SELECT 1 FROM kwetsbaarheid k WHERE k.burger_id = b.id)",
        "SELECT count(*) FROM signaal WHERE burger_id = :b",
        "SELECT t.id FROM taak t WHERE t.burger_id = :b UNION SELECT s.id FROM signaal s WHERE s.burger_id = :b",
    ],
)
def test_balie_kan_gevoelige_tabellen_niet_lezen_met_een_zelfgemaakte_query(server: Server, sql: str) -> None:
    with pytest.raises(ProgrammingError, match="permission denied"):
        _lees(server.engines["balie"], sql, b=server.burger_id)


def test_balie_kan_geen_notitie_of_signaal_schrijven(server: Server) -> None:
    balie = server.accounts["balie"]
    with pytest.raises(ProgrammingError, match="permission denied"), server.engines["balie"].begin() as conn:
        conn.execute(
            text(
                "INSERT INTO notitie (burger_id, medewerker_id, moment, tekst, version) VALUES (:b, :m, now(), 'x', 1)"
            ),
            {"b": server.burger_id, "m": balie.id},
        )
    with pytest.raises(ProgrammingError, match="permission denied"), server.engines["balie"].begin() as conn:
        conn.execute(text("UPDATE signaal SET status = 'afgehandeld' WHERE burger_id = :b"), {"b": server.burger_id})


def test_de_balieschermen_werken_met_alleen_de_baliegrants(server: Server) -> None:
    actor = server.accounts["balie"]
    opslag = Opslag(server.engines["balie"])
    balie = BalieRepository(opslag, ROOT / "resources" / "fonts", ROOT / "resources" / "letters")
    beeld = balie.identificeer(
        actor, BSN, identiteit_gecontroleerd=True, reden_bezoek="Vraag over terugvordering", peildatum=VANDAAG
    )
    assert beeld.klantbeeld.beperkt and beeld.klantbeeld.notities is None and beeld.klantbeeld.signalen is None
    assert beeld.begeleider is not None and beeld.begeleider.naam == "Test begeleider"
    taak = balie.terugbelverzoek(
        actor, server.burger_id, telefoon="0612345678", voorkeurstijd="ochtend", onderwerp="regeling", vandaag=VANDAAG
    )
    assert taak.medewerker_id == server.accounts["begeleider"].id
    balie.wijziging_doorgeven(
        actor, server.burger_id, onderwerp="Nieuwe huur", samenvatting="Huur wordt € 800,00.", vandaag=VANDAAG
    )
    uit = balie.overzicht(actor, server.burger_id, taal="en", vandaag=VANDAAG)
    assert uit.pdf.startswith(b"%PDF-") and uit.document.taal == "en"
    # the referral lands in the supervisor's intake queue, read through the supervisor's own role
    BegeleidingRepository(opslag).verwijs(
        actor, server.zonder_traject, bron=TrajectBron.BALIE, toelichting="Burger vraagt om hulp", vandaag=VANDAAG
    )
    wachtrij = BegeleidingRepository(Opslag(server.engines["supervisor"])).intake_wachtrij(
        server.accounts["supervisor"], vandaag=VANDAAG
    )
    assert server.zonder_traject in [r.burger_id for r in wachtrij]
    # and the access of the counter is in the log with its reason
    rijen = _lees(
        server.engines["supervisor"],
        "SELECT reden, context, toelichting FROM inzage WHERE medewerker_id = :m",
        m=actor.id,
    )
    assert rijen and all(r[0] == "baliebezoek" and r[1] == "balie" for r in rijen)  # type: ignore[index]


def test_standaardregeling_vanaf_de_balie_met_alleen_de_baliegrants(server: Server) -> None:
    from models.domain import RegelingSoort
    from models.services.regelingen import Regelingendienst
    from models.store.rows_regelingen import RegelingVoorstel

    actor = server.accounts["balie"]
    dienst = Regelingendienst(
        Opslag(server.engines["balie"]), ROOT / "resources" / "fonts", ROOT / "resources" / "letters"
    )
    vrij = [v for v in dienst.vorderingen(actor, server.burger_id, vandaag=VANDAAG) if v.regeling_id is None]
    assert vrij
    start = VANDAAG + dt.timedelta(days=14)
    vergelijking = dienst.vergelijk(actor, server.burger_id, [v.id for v in vrij], startdatum=start, vandaag=VANDAAG)
    optie = vergelijking.optie("standaard")
    assert optie is not None and optie.mogelijk
    uitkomst = dienst.stel_voor(
        actor,
        RegelingVoorstel(server.burger_id, tuple(v.id for v in vrij), RegelingSoort.STANDAARD, start),
        vandaag=VANDAAG,
    )
    assert uitkomst.regeling is not None and uitkomst.regeling.status == "actief"
    assert len(uitkomst.regeling.regeling.termijnen) <= 24
