"""The Alembic migration builds exactly the schema of models/store/tables.py, on SQLite and on PostgreSQL."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from models.store.opslag import Opslag
from models.store.tables import metadata


def test_migratie_en_tabellen_zijn_gelijk(opslag: Opslag) -> None:
    with opslag.engine.connect() as verbinding:
        verschil = compare_metadata(MigrationContext.configure(verbinding), metadata)
    assert verschil == []
