"""Shared fixtures: offscreen Qt, isolated settings and keyring, and the store on both backends.

The `opslag` fixture runs a test on SQLite (a WAL file, as in production) and on the PostgreSQL server of this
machine. PostgreSQL tests never skip: when the server is not reachable the test fails with a message saying how
to start it, so CI cannot go green without exercising the remote store.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any PySide6 import

import keyring
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from models.store.engine import maak_engine, migreer, sqlite_url
from models.store.opslag import Opslag
from models.store.tables import metadata

PG_BEHEER_URL = os.environ.get("WERKPLEK_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
PG_HULP = (
    "PostgreSQL op 127.0.0.1:5432 is niet bereikbaar. Start de server met "
    "`pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start` "
    "of zet WERKPLEK_TEST_PG op een beheer-URL."
)


class GeheugenKeyring(KeyringBackend):
    """A keyring that lives in memory: tests never touch the developer's real keychain."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.opgeslagen: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.opgeslagen.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.opgeslagen[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.opgeslagen.pop((service, username), None)


@pytest.fixture(autouse=True)
def geheugen_keyring() -> Iterator[GeheugenKeyring]:
    vorige = keyring.get_keyring()
    ring = GeheugenKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(vorige)


@pytest.fixture(autouse=True)
def eigen_instellingen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """QSettings and the user data directory point into the test's own folder."""
    monkeypatch.setenv("WERKPLEK_DATA", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


# --- the store on both backends -------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def pg_beheer() -> str:
    try:
        engine = create_engine(PG_BEHEER_URL, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 5})
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
    except Exception as exc:
        pytest.fail(f"{PG_HULP} ({exc.__class__.__name__})")
    return PG_BEHEER_URL


@pytest.fixture(scope="session")
def pg_url(pg_beheer: str) -> Iterator[str]:
    """A fresh PostgreSQL database for this test session (or xdist worker), migrated with Alembic."""
    naam = f"werkplek_test_{uuid.uuid4().hex[:10]}"
    beheer = create_engine(pg_beheer, isolation_level="AUTOCOMMIT")
    with beheer.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{naam}"'))
    url = make_url(pg_beheer).set(database=naam).render_as_string(hide_password=False)
    engine = maak_engine(url)
    migreer(engine)
    engine.dispose()
    yield url
    with beheer.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{naam}" WITH (FORCE)'))
    beheer.dispose()


@pytest.fixture(scope="session")
def sqlite_sjabloon(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file that each test copies (migrating once keeps the suite fast)."""
    pad = tmp_path_factory.mktemp("sjabloon") / "werkplek.sqlite"
    engine = maak_engine(sqlite_url(pad))
    migreer(engine)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return pad


def _leeg_pg(url: str) -> None:
    engine = maak_engine(url)
    tabellen = ", ".join(f'"{t.name}"' for t in metadata.sorted_tables)
    with engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {tabellen} RESTART IDENTITY CASCADE"))
    engine.dispose()


@pytest.fixture
def sqlite_opslag(sqlite_sjabloon: Path, tmp_path: Path) -> Iterator[Opslag]:
    pad = tmp_path / "werkplek.sqlite"
    shutil.copy(sqlite_sjabloon, pad)
    engine = maak_engine(sqlite_url(pad))
    yield Opslag(engine, "Lokale opslag (test)")
    engine.dispose()


@pytest.fixture
def pg_opslag(pg_url: str) -> Iterator[Opslag]:
    _leeg_pg(pg_url)
    engine = maak_engine(pg_url)
    yield Opslag(engine, "Teamserver (test)")
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def opslag(request: pytest.FixtureRequest) -> Opslag:
    """The store on SQLite and on PostgreSQL: a test using it runs twice."""
    naam = "sqlite_opslag" if request.param == "sqlite" else "pg_opslag"
    return request.getfixturevalue(naam)
