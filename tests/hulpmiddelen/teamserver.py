"""A throw-away team server on the PostgreSQL of this machine: `werkplek-admin init` plus an account per role.

`maak_teamserver()` creates a fresh database with `beheer.richt_in` (schema, group roles, grants, row-level
security) and staff accounts with `beheer.maak_account` (a `medewerker` row plus an own login role). Each
account gets its own engine, connected as that database role, exactly as the workstation connects. Everything
is dropped again afterwards (the database and the cluster-wide login roles).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL, make_url

from models.domain import Rol
from models.store import beheer
from models.store.engine import maak_engine
from models.store.rows import MedewerkerRow

WACHTWOORD = "geheim-wachtwoord"

STANDAARD_ROLLEN: dict[str, Rol] = {
    "balie": Rol.BALIE,
    "begeleider": Rol.BEGELEIDER,
    "supervisor": Rol.SUPERVISOR,
    "kwaliteit": Rol.KWALITEIT,
}


@dataclass
class Teamserver:
    beheer: Engine  # the database owner (administrator)
    url: URL  # administrator URL of the database
    accounts: dict[str, MedewerkerRow]
    engines: dict[str, Engine] = field(default_factory=dict)

    def als(self, wie: str) -> Engine:
        """An engine connected as the database role of account `wie`."""
        if wie not in self.engines:
            account = self.accounts[wie]
            self.engines[wie] = maak_engine(self.url.set(username=account.gebruikersnaam, password=WACHTWOORD))
        return self.engines[wie]

    def url_voor(self, wie: str, *, poort: int | None = None, host: str | None = None) -> URL:
        """The URL a staff member would use (without password), optionally through a proxy port."""
        url = self.url.set(username=self.accounts[wie].gebruikersnaam, password=None)
        if poort is not None:
            url = url.set(port=poort)
        if host is not None:
            url = url.set(host=host)
        return url


@contextmanager
def maak_teamserver(pg_beheer: str, rollen: dict[str, Rol] | None = None) -> Iterator[Teamserver]:
    code = uuid.uuid4().hex[:8]
    url = make_url(pg_beheer).set(database=f"werkplek_ts_{code}")
    beheer_engine = beheer.richt_in(url)
    accounts: dict[str, MedewerkerRow] = {}
    server = Teamserver(beheer_engine, url, accounts)
    try:
        for wie, rol in (rollen or STANDAARD_ROLLEN).items():
            accounts[wie] = beheer.maak_account(
                beheer_engine, f"t{code}_{wie}", f"Test {wie.capitalize()}", rol, WACHTWOORD, team="Team Noord"
            )
        yield server
    finally:
        for e in server.engines.values():
            e.dispose()
        beheer_engine.dispose()
        opruimen = create_engine(make_url(pg_beheer), isolation_level="AUTOCOMMIT")
        with opruimen.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)'))
            for m in accounts.values():
                conn.execute(text(f'DROP ROLE IF EXISTS "{m.gebruikersnaam}"'))
        opruimen.dispose()
