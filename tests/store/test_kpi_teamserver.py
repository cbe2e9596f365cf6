"""The dashboard on a real team server: the supervisor's and kwaliteitsmedewerker's own database roles (with the
grants and row-level security of `build/postgres/beveiliging.sql`) read every figure and drill-down, with the same
outcome as the owner of the database; a balie account is refused by the store and by the database."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from models.domain import Rol
from models.store import beheer
from models.store.fouten import GeenToegang
from models.store.kpi import KpiRepository
from models.store.opslag import Opslag
from models.store.rows import MedewerkerRow
from models.store.rows_kpi import KpiSleutel
from tests.store.kpi_hulp import PEILDATUM, bouw_scenario

pytestmark = pytest.mark.pg

WACHTWOORD = "geheim-wachtwoord"


@pytest.fixture(scope="module")
def teamserver(pg_beheer: str) -> Iterator[tuple[Engine, dict[str, tuple[MedewerkerRow, Engine]]]]:
    code = uuid.uuid4().hex[:8]
    url = make_url(pg_beheer).set(database=f"werkplek_kpi_{code}")
    beheer_engine = beheer.richt_in(url)
    bouw_scenario(Opslag(beheer_engine))
    accounts = {
        wie: beheer.maak_account(beheer_engine, f"k{code}_{wie}", f"Test {wie}", rol, WACHTWOORD)
        for wie, rol in (("supervisor", Rol.SUPERVISOR), ("kwaliteit", Rol.KWALITEIT), ("balie", Rol.BALIE))
    }
    rollen = {
        wie: (m, create_engine(url.set(username=m.gebruikersnaam, password=WACHTWOORD))) for wie, m in accounts.items()
    }
    yield beheer_engine, rollen
    for _m, e in rollen.values():
        e.dispose()
    beheer_engine.dispose()
    opruimen = create_engine(make_url(pg_beheer), isolation_level="AUTOCOMMIT")
    with opruimen.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)'))
        for m in accounts.values():
            conn.execute(text(f'DROP ROLE IF EXISTS "{m.gebruikersnaam}"'))
    opruimen.dispose()


@pytest.mark.parametrize("wie", ["supervisor", "kwaliteit"])
def test_toezichtrollen_lezen_het_dashboard_met_hun_eigen_databaserol(teamserver, wie: str) -> None:
    beheer_engine, rollen = teamserver
    actor, engine = rollen[wie]
    als_rol = KpiRepository(Opslag(engine))
    als_eigenaar = KpiRepository(Opslag(beheer_engine))
    cijfers = als_rol.cijfers(actor, PEILDATUM)
    assert cijfers == als_eigenaar.cijfers(actor, PEILDATUM)
    assert cijfers.kpi(KpiSleutel.GEEN_HOGE_TERUGVORDERING).teller == 3
    assert cijfers.kpi(KpiSleutel.SIGNALEN).teller == 4
    for sleutel in KpiSleutel:
        assert als_rol.drilldown(actor, sleutel, PEILDATUM) == als_eigenaar.drilldown(actor, sleutel, PEILDATUM)


def test_balie_wordt_geweigerd_door_de_opslag_en_de_database(teamserver) -> None:
    _beheer, rollen = teamserver
    actor, engine = rollen["balie"]
    with pytest.raises(GeenToegang):
        KpiRepository(Opslag(engine)).cijfers(actor, PEILDATUM)
    with pytest.raises(DBAPIError, match="permission denied"), engine.connect() as conn:
        conn.execute(text("SELECT count(*) FROM signaal")).scalar_one()
