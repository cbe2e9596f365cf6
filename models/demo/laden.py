"""The bulk loader of the demo population: chunks of rows into SQLite or PostgreSQL, one transaction per chunk.

What belongs here: `Lader`. It inserts a chunk in one transaction: inside it, it reads each table's highest id
and adds it to the chunk-local ids (SQLite: `executemany` with the offsets in the statement, so the driver does
the arithmetic; PostgreSQL: `COPY`), and derives the decision letters (`document`) from the new `beschikking`
rows in SQL. Because the offsets are read inside the transaction, any process may load the next chunk, as long
as chunks are loaded in order (the generator takes care of that). It also creates the staff accounts, removes
everything a cancelled run loaded, and finishes the store.

SQLite runs with `synchronous=OFF`, a large page cache, in-memory temp storage and without per-row foreign-key
checks while loading (WAL stays on, so a crash leaves the store at the last committed chunk); the loader
restores the engine's settings, updates the planner statistics and truncates the WAL at the end. On PostgreSQL
the id sequences are moved past the loaded ids at the end, so the application's own inserts continue after them.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine

from models.demo.personeel import Account
from models.demo.rijen import KOLOMMEN, TABELLEN, VERWIJZINGEN, Blok
from models.store.tables import metadata

__all__ = ["DOCUMENTEN", "Lader", "controleer_kolommen"]

# Every beschikking gets its letter: soort "beschikking", title "Definitieve berekening huurtoeslag 2024", the
# decision's kenmerk and date, in the citizen's language, sent on the day of the decision (PDF rendered on demand).
DOCUMENTEN = """
INSERT INTO document (burger_id, soort, titel, kenmerk, datum, taal, beschikking_id, verzonden_op)
SELECT b.burger_id, 'beschikking',
       CASE b.soort WHEN 'voorschot' THEN 'Voorschot ' WHEN 'definitief' THEN 'Definitieve berekening '
                    ELSE 'Terugvordering ' END
       || CASE t.regeling WHEN 'kindgebonden_budget' THEN 'kindgebonden budget' ELSE t.regeling END
       || ' ' || CAST(t.jaar AS VARCHAR(4)),
       b.kenmerk, b.datum, u.taal, b.id, b.datum
FROM beschikking b
JOIN toeslag t ON t.id = b.toeslag_id
JOIN burger u ON u.id = b.burger_id
WHERE b.id > {vanaf}
ORDER BY b.id
"""

# SQLite while loading, and back to what `models.store.engine` sets on every connection. Foreign keys are not
# checked row by row during the load: the generator refers only to rows of earlier tables in the same chunk or
# to the staff accounts (the tests run `PRAGMA foreign_key_check` on generated stores; PostgreSQL checks always).
_LAADSTAND = (
    "foreign_keys = OFF",
    "synchronous = OFF",
    "cache_size = -262144",
    "temp_store = MEMORY",
    "wal_autocheckpoint = 8000",
)
_NORMAALSTAND = (
    "foreign_keys = ON",
    "synchronous = NORMAL",
    "cache_size = -65536",
    "temp_store = DEFAULT",
    "wal_autocheckpoint = 1000",
)

_MET_ID = tuple(t for t in ("medewerker", "document", *TABELLEN) if t != "regeling_vordering")
# Tables the loader fills, children first (for removing a cancelled load).
_OPRUIMEN = ("document", *reversed(TABELLEN), "medewerker")


def controleer_kolommen() -> None:
    """Fail early when the data model gained a NOT NULL column that the generator does not fill."""
    for tabel, kolommen in KOLOMMEN.items():
        t = metadata.tables[tabel]
        onbekend = set(kolommen) - set(t.columns.keys())
        ontbrekend = {
            c.name
            for c in t.columns
            if not c.nullable and c.server_default is None and c.name not in kolommen and not c.primary_key
        }
        if onbekend or ontbrekend:
            raise RuntimeError(
                f"demo-generator en datamodel lopen uiteen bij '{tabel}': onbekend {sorted(onbekend)}, "
                f"ontbrekend {sorted(ontbrekend)}"
            )


class Lader:
    """Loads into one store through a raw DBAPI connection (`engine.raw_connection()`) of its own."""

    def __init__(self, engine: Engine) -> None:
        self.pg = engine.dialect.name == "postgresql"
        self._verbinding = engine.raw_connection()
        self._dbapi: Any = self._verbinding.driver_connection
        if not self.pg:
            cur = self._dbapi.cursor()
            for pragma in _LAADSTAND:
                cur.execute(f"PRAGMA {pragma}")
            cur.close()

    def _scalar(self, sql: str) -> Any:
        cur = self._dbapi.cursor()
        try:
            cur.execute(sql)
            return cur.fetchone()[0]
        finally:
            cur.close()
            if self.pg:
                self._dbapi.commit()

    def heeft_burgers(self) -> bool:
        return self._scalar("SELECT COUNT(*) FROM (SELECT 1 FROM burger LIMIT 1) AS x") > 0

    def stand(self) -> dict[str, int]:
        """The highest id of every table the loader fills (what a cancelled run goes back to)."""
        return {t: self._scalar(f"SELECT COALESCE(MAX(id), 0) FROM {t}") for t in _MET_ID}

    # --- staff ------------------------------------------------------------------------------------------------

    def medewerkers(self, accounts: list[Account]) -> dict[str, int]:
        """Create the accounts that do not exist yet; returns the id of every account by username."""
        cur = self._dbapi.cursor()
        self._begin_transactie(cur)
        cur.execute("SELECT gebruikersnaam, id FROM medewerker")
        ids = dict(cur.fetchall())
        cur.execute("SELECT COALESCE(MAX(id), 0) FROM medewerker")
        hoogste = cur.fetchone()[0]
        nieuw = []
        for a in accounts:
            if a.gebruikersnaam not in ids:
                hoogste += 1
                ids[a.gebruikersnaam] = hoogste
                nieuw.append((hoogste, a.gebruikersnaam, a.naam, a.rol.value, a.team, a.organisatie, True, 1))
        p = "%s" if self.pg else "?"
        cur.executemany(
            "INSERT INTO medewerker (id, gebruikersnaam, naam, rol, team, organisatie, actief, version) "
            f"VALUES ({', '.join([p] * 8)})",
            nieuw,
        )
        self._commit(cur)
        return ids

    # --- chunks -------------------------------------------------------------------------------------------------

    def laad(self, blok: Blok) -> None:
        """Insert one chunk in one transaction (all of it or nothing) and derive its letters."""
        cur = self._dbapi.cursor()
        try:
            self._begin_transactie(cur)
            hoogste = {}
            for tabel in _MET_ID:
                cur.execute(f"SELECT COALESCE(MAX(id), 0) FROM {tabel}")
                hoogste[tabel] = cur.fetchone()[0]
            for tabel in TABELLEN:
                rijen = blok.rijen[tabel]
                if rijen:
                    if self.pg:
                        self._kopieer(cur, tabel, rijen, hoogste)
                    else:
                        cur.executemany(_insert_sqlite(tabel, hoogste), rijen)
            cur.execute(DOCUMENTEN.format(vanaf=hoogste["beschikking"]))
            self._commit(cur)
        except BaseException:
            self._rollback(cur)
            raise

    def _kopieer(self, cur: Any, tabel: str, rijen: list[tuple[Any, ...]], hoogste: dict[str, int]) -> None:
        verwijzingen = VERWIJZINGEN[tabel]
        posities = [(i, hoogste[verwijzingen[k]]) for i, k in enumerate(KOLOMMEN[tabel]) if k in verwijzingen]
        with cur.copy(f"COPY {tabel} ({', '.join(KOLOMMEN[tabel])}) FROM STDIN") as kopie:
            for rij in rijen:
                waarden = list(rij)
                for i, verschuiving in posities:
                    if waarden[i] is not None:
                        waarden[i] += verschuiving
                kopie.write_row(waarden)

    # --- transactions -----------------------------------------------------------------------------------------

    def _begin_transactie(self, cur: Any) -> None:
        if not self.pg:  # the engine hands out SQLite connections in autocommit mode and emits BEGIN itself
            cur.execute("BEGIN IMMEDIATE")

    def _commit(self, cur: Any) -> None:
        if self.pg:
            self._dbapi.commit()
        else:
            cur.execute("COMMIT")
        cur.close()

    def _rollback(self, cur: Any) -> None:
        try:
            if self.pg:
                self._dbapi.rollback()
            elif self._dbapi.in_transaction:
                cur.execute("ROLLBACK")
        finally:
            cur.close()

    # --- the end --------------------------------------------------------------------------------------------------

    def verwijder_na(self, stand: dict[str, int]) -> None:
        """Remove every row above `stand` (a cancelled run leaves the store as it was)."""
        cur = self._dbapi.cursor()
        self._begin_transactie(cur)
        for tabel in _OPRUIMEN:
            if tabel == "regeling_vordering":
                cur.execute(f"DELETE FROM regeling_vordering WHERE regeling_id > {stand['betalingsregeling']}")
            else:
                cur.execute(f"DELETE FROM {tabel} WHERE id > {stand[tabel]}")
        self._commit(cur)

    def sluit(self, *, klaar: bool) -> None:
        """Restore the connection's settings, finish the store when `klaar`, and give the connection back."""
        try:
            cur = self._dbapi.cursor()
            if self.pg:
                if klaar:
                    for tabel in _MET_ID:
                        cur.execute(
                            f"SELECT setval(pg_get_serial_sequence('{tabel}', 'id'), "
                            f"COALESCE((SELECT MAX(id) FROM {tabel}), 0) + 1, false)"
                        )
                    self._dbapi.commit()
                    self._dbapi.autocommit = True
                    cur.execute("ANALYZE")
                    self._dbapi.autocommit = False
            else:
                if klaar:
                    cur.execute("PRAGMA analysis_limit = 400")
                    cur.execute("ANALYZE")
                    cur.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                for pragma in _NORMAALSTAND:
                    cur.execute(f"PRAGMA {pragma}")
            cur.close()
        finally:
            self._verbinding.close()


def _insert_sqlite(tabel: str, hoogste: dict[str, int]) -> str:
    verwijzingen = VERWIJZINGEN[tabel]
    waarden = ", ".join(f"? + {hoogste[verwijzingen[k]]}" if k in verwijzingen else "?" for k in KOLOMMEN[tabel])
    return f"INSERT INTO {tabel} ({', '.join(KOLOMMEN[tabel])}) VALUES ({waarden})"
