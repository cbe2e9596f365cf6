"""Engines for the local store (SQLite file, WAL) and the remote store (PostgreSQL), and schema migration.

What belongs here: the one engine factory the application, the tools and the tests use, the SQLite connection
pragmas, and running the Alembic migrations in `models/store/migrations` to the newest schema.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import StaticPool

__all__ = ["MIGRATIES", "huidige_revisie", "is_sqlite", "maak_engine", "migreer", "sqlite_url"]

log = logging.getLogger(__name__)

MIGRATIES = Path(__file__).resolve().parent / "migrations"


def sqlite_url(pad: Path | str) -> str:
    return f"sqlite:///{Path(pad)}"


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def maak_engine(url: str | URL, *, echo: bool = False, connect_timeout: int = 5) -> Engine:
    """Create an engine for a store URL.

    - ``sqlite:///pad/naar/werkplek.sqlite``: a local file in WAL mode with foreign keys enforced.
    - ``sqlite://`` (in memory): one shared connection (tests).
    - ``postgresql://user@host:5432/db`` (or ``postgresql+psycopg://``): the remote store through psycopg 3,
      with a connect timeout and pre-ping so a dropped connection is noticed instead of hanging the worker.
    """
    parsed = make_url(url) if isinstance(url, str) else url
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(parsed, echo=echo)
    if parsed.get_backend_name() == "postgresql":
        if parsed.drivername in ("postgresql", "postgres"):
            parsed = parsed.set(drivername="postgresql+psycopg")
        return create_engine(
            parsed,
            echo=echo,
            pool_pre_ping=True,
            pool_size=2,
            max_overflow=2,
            connect_args={"connect_timeout": connect_timeout, "application_name": "werkplek"},
        )
    raise ValueError(f"Onbekend soort opslag: {parsed.get_backend_name()} (gebruik sqlite of postgresql)")


def _sqlite_engine(url: URL, *, echo: bool) -> Engine:
    in_memory = url.database in (None, "", ":memory:")
    kwargs: dict[str, Any] = {"echo": echo, "connect_args": {"check_same_thread": False, "timeout": 15}}
    if in_memory:
        kwargs["poolclass"] = StaticPool
    else:
        Path(url.database or "").parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, **kwargs)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: Any, _record: Any) -> None:
        # WORKAROUND for pysqlite's own transaction handling, which starts transactions late and never as
        # IMMEDIATE (https://docs.sqlalchemy.org/en/20/dialects/sqlite.html#serializable-isolation-savepoints-transactional-ddl):
        # we switch it off and emit BEGIN ourselves in `_begin`.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        if not in_memory:
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA cache_size = -65536")  # 64 MiB page cache: klantbeeld reads touch many indexes
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # A write transaction takes the write lock at BEGIN, so two writers never both read the same state and
        # then collide (the audit hash chain reads its last link inside the transaction).
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("schrijven") else "BEGIN")

    return engine


def _alembic_config(engine: Engine) -> Any:
    from alembic.config import Config  # imported late: only needed when the schema must change

    config = Config()
    config.set_main_option("script_location", str(MIGRATIES))
    config.attributes["engine"] = engine
    return config


def huidige_revisie(engine: Engine) -> str | None:
    """The Alembic revision the store is at, or None for an empty database."""
    if not inspect(engine).has_table("alembic_version"):
        return None
    with engine.connect() as conn:
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def nieuwste_revisie() -> str:
    from alembic.script import ScriptDirectory

    config = _alembic_config(None)  # type: ignore[arg-type]
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None
    return head


def migreer(engine: Engine) -> bool:
    """Bring the schema to the newest revision. Returns True when something was migrated."""
    if huidige_revisie(engine) == nieuwste_revisie():
        return False
    from alembic import command

    log.info("Schema bijwerken naar %s", nieuwste_revisie())
    command.upgrade(_alembic_config(engine), "head")
    return True
