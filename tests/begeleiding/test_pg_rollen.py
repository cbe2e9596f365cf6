"""The begeleiding services on a real team server, each staff member connected as their own database role: the
grants and row-level-security policies of build/postgres/beveiliging.sql allow everything the services do for
the roles that may do it (a service that needed more would fail here with "permission denied")."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ProgrammingError

from models.calc.invoer import Regeling
from models.domain import Contactkanaal, Rol, SignaalStatus, TrajectBron
from models.services.selectie import SelectieService
from models.services.signalen import SignaalService
from models.store import beheer
from models.store.begeleiding import BegeleidingRepository
from models.store.fouten import GeenToegang
from models.store.opslag import Opslag
from models.store.rows import MedewerkerRow
from models.store.rows_begeleiding import Contactverslag
from tests import fabriek
from tests.begeleiding import bouw
from tests.begeleiding.bouw import PEILDATUM, grondslagen

pytestmark = pytest.mark.pg


@dataclass
class Team:
    accounts: dict[str, MedewerkerRow]
    engines: dict[str, Engine]
    burgers: dict[str, int]

    def opslag(self, wie: str) -> Opslag:
        return Opslag(self.engines[wie])


@pytest.fixture(scope="module")
def team(pg_beheer: str) -> Iterator[Team]:
    code = uuid.uuid4().hex[:8]
    url = make_url(pg_beheer).set(database=f"werkplek_pb_{code}")
    beheer_engine = beheer.richt_in(url)
    accounts = {
        wie: beheer.maak_account(beheer_engine, f"p{code}_{wie}", f"Test {wie}", rol, "geheim-wachtwoord")
        for wie, rol in [
            ("balie", Rol.BALIE),
            ("begeleider", Rol.BEGELEIDER),
            ("supervisor", Rol.SUPERVISOR),
            ("supervisor2", Rol.SUPERVISOR),
        ]
    }
    beheer_opslag = Opslag(beheer_engine)
    burgers: dict[str, int] = {}
    for naam, schuld in (("schuld", "6000"), ("balie", None), ("eigen", None)):
        b = fabriek.burger(beheer_opslag, achternaam=naam.capitalize())
        bouw.toeslag(
            beheer_opslag, b, Regeling.HUURTOESLAG, 2026, grondslagen(20000, huur=700), grondslagen(26000, huur=700)
        )
        if schuld:
            bouw.vordering(beheer_opslag, b, "huurtoeslag", 2024, Decimal(schuld), ontstaan_op=dt.date(2025, 6, 1))
            bouw.vordering(beheer_opslag, b, "zorgtoeslag", 2025, Decimal(400), ontstaan_op=dt.date(2026, 6, 1))
        burgers[naam] = b
    engines = {
        wie: create_engine(url.set(username=m.gebruikersnaam, password="geheim-wachtwoord"))
        for wie, m in accounts.items()
    }
    yield Team(accounts, engines, burgers)
    for e in engines.values():
        e.dispose()
    beheer_engine.dispose()
    opruimen = create_engine(make_url(pg_beheer), isolation_level="AUTOCOMMIT")
    with opruimen.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)'))
        for m in accounts.values():
            conn.execute(text(f'DROP ROLE IF EXISTS "{m.gebruikersnaam}"'))
    opruimen.dispose()


def test_werk_van_begeleiding_onder_de_databaserollen(team: Team) -> None:
    a = team.accounts
    # the supervisor runs the signal engine: INSERT … ON CONFLICT DO NOTHING and the audit under RLS
    rapport = SignaalService(team.opslag("supervisor")).draai(a["supervisor"], peildatum=PEILDATUM)
    assert rapport.totaal_nieuw > 0
    assert SignaalService(team.opslag("supervisor")).draai(a["supervisor"], peildatum=PEILDATUM).totaal_nieuw == 0

    # the balie refers; it cannot read signals, not even directly
    balie = BegeleidingRepository(team.opslag("balie"))
    verwezen = balie.verwijs(
        a["balie"], team.burgers["balie"], bron=TrajectBron.BALIE, toelichting="Wil hulp", vandaag=PEILDATUM
    )
    assert verwezen.status == "aangemeld"
    with pytest.raises(GeenToegang):
        balie.inbox(a["balie"])
    with team.engines["balie"].connect() as conn, pytest.raises(ProgrammingError, match="permission denied"):
        conn.execute(text("SELECT count(*) FROM signaal"))

    # the supervisor assigns it; the begeleider works it: caseload, inbox, a signal, first contact, indicator
    sup = BegeleidingRepository(team.opslag("supervisor"))
    [wachtend] = sup.intake_wachtrij(a["supervisor"], vandaag=PEILDATUM)
    sup.wijs_toe(a["supervisor"], wachtend.traject_id, wachtend.version, a["begeleider"].id, vandaag=PEILDATUM)
    repo = BegeleidingRepository(team.opslag("begeleider"))
    [rij] = repo.caseload(a["begeleider"], vandaag=PEILDATUM)
    assert rij.burger_id == team.burgers["balie"] and rij.open_signalen >= 1
    inbox = repo.inbox(a["begeleider"])
    eigen = next(s for s in inbox.rijen if s.in_mijn_caseload)
    assert repo.accepteer_signaal(a["begeleider"], eigen.id, eigen.version).status is SignaalStatus.IN_BEHANDELING
    traject = repo.eerste_contact(
        a["begeleider"],
        rij.traject_id,
        rij.version,
        Contactverslag(Contactkanaal.TELEFOON, "Intake", "Kennisgemaakt."),
        vandaag=PEILDATUM,
    )
    assert traject.status == "intake"
    indicator = repo.leg_indicator_vast(
        a["begeleider"],
        team.burgers["balie"],
        soort="mantelzorg",
        bron="intakegesprek",
        geldig_tot=dt.date(2027, 6, 1),
        vandaag=PEILDATUM,
    )
    assert [i.id for i in repo.indicatoren(a["begeleider"], team.burgers["balie"], vandaag=PEILDATUM)] == [indicator.id]
    repo.beeindig_indicator(
        a["begeleider"], indicator.id, indicator.version, reden="Niet meer nodig", vandaag=PEILDATUM
    )
    assert sup.teamverdeling(a["supervisor"], vandaag=PEILDATUM).rijen

    # selection: one supervisor proposes, the other decides (the database policies demand the same)
    voorstellen = SelectieService(team.opslag("supervisor")).draai(a["supervisor"], peildatum=PEILDATUM).voorstellen
    schuld = next(v for v in voorstellen if v.burger_id == team.burgers["schuld"])
    with pytest.raises(GeenToegang):
        SelectieService(team.opslag("supervisor")).keur_goed(
            a["supervisor"], schuld.beoordeling_id, schuld.version, vandaag=PEILDATUM
        )
    nieuw = SelectieService(team.opslag("supervisor2")).keur_goed(
        a["supervisor2"], schuld.beoordeling_id, schuld.version, vandaag=PEILDATUM
    )
    assert (nieuw.bron, nieuw.status) == ("selectie", "aangemeld")
