"""Column types shared by the store tables.

What belongs here: SQLAlchemy type decorators that behave the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import DateTime
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

__all__ = ["UtcDateTime", "nu"]


def nu() -> dt.datetime:
    """The current moment, timezone-aware in UTC (the only kind of datetime the store accepts)."""
    return dt.datetime.now(dt.UTC)


class UtcDateTime(TypeDecorator[dt.datetime]):
    """A moment in time, stored in UTC and always returned timezone-aware.

    SQLite has no timezone type and returns naive values; PostgreSQL's timestamptz returns aware ones. This type
    makes both backends hand back aware UTC datetimes and refuses naive input, so no local time ever leaks in.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if not isinstance(value, dt.datetime) or value.tzinfo is None:
            raise ValueError("UtcDateTime verwacht een datetime met tijdzone")
        value = value.astimezone(dt.UTC)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)
