"""Helpers for the demo-population tests: reading a store back, and a fingerprint of its whole contents."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Engine, select

from models.store.tables import metadata

# audit_event holds the moment of the run (a real clock): it is not part of the generated data.
NIET_VERGELIJKEN = {"audit_event", "inzage", "alembic_version"}


def rijen(engine: Engine, tabel: str) -> list[Any]:
    t = metadata.tables[tabel]
    with engine.connect() as conn:
        return conn.execute(select(t).order_by(*t.primary_key.columns)).all()


def _alle_rijen(engine: Engine) -> Iterator[tuple[str, Any]]:
    for t in metadata.sorted_tables:
        if t.name not in NIET_VERGELIJKEN:
            for r in rijen(engine, t.name):
                yield t.name, tuple(r)


def vingerafdruk(engine: Engine) -> str:
    """SHA-256 over every row of every generated table, in primary-key order, as Python values (so SQLite and
    PostgreSQL stores with the same contents give the same fingerprint)."""
    h = hashlib.sha256()
    for tabel, rij in _alle_rijen(engine):
        h.update(f"{tabel}:{rij!r}\n".encode())
    return h.hexdigest()
