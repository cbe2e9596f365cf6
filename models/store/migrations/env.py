"""Alembic environment: runs migrations on the engine handed over by `models.store.engine.migreer`.

The same migration scripts serve SQLite and PostgreSQL; batch mode makes ALTERs work on SQLite.
"""

from __future__ import annotations

from alembic import context

from models.store import tables

config = context.config
target_metadata = tables.metadata


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        from models.store.engine import maak_engine

        engine = maak_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("Offline migrations are not supported; run against a database.")
run_migrations_online()
