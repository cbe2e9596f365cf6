"""`werkplek-admin`: set up and look after a team server (PostgreSQL).

What belongs here: creating the database and its schema (Alembic), applying the roles, grants and row-level
security of `build/postgres/beveiliging.sql`, creating staff accounts (a `medewerker` row plus a database login
role in the group of the account's role), and verifying the audit trail. It runs as the database owner (an
administrator), never as a staff member.

    werkplek-admin init           --database postgresql://postgres@db01/werkplek
    werkplek-admin account        --database ... --gebruikersnaam jdevries --naam "Jan de Vries" --rol begeleider
    werkplek-admin demo-accounts  --database ...      (a login role for every medewerker of a demo store)
    werkplek-admin verify-audit   --database ... [--anker HASH]
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import Engine, create_engine, select, text
from sqlalchemy.engine import URL, make_url

from models.domain import Rol
from models.store.audit import AuditRapport, verifieer
from models.store.engine import maak_engine, migreer
from models.store.fouten import NietGevonden
from models.store.medewerkers import MedewerkerRepository
from models.store.opslag import Opslag
from models.store.rows import MedewerkerRow
from models.store.tables import AuditEvent
from models.validatie import Validatiefout

__all__ = ["BEVEILIGING_SQL", "groepsrol", "maak_account", "main", "richt_in", "verifieer_audit"]

BEVEILIGING_SQL = Path(__file__).resolve().parents[2] / "build" / "postgres" / "beveiliging.sql"


def groepsrol(rol: Rol) -> str:
    return f"werkplek_{rol.value}"


def _pg_url(url: str | URL) -> URL:
    parsed = make_url(url) if isinstance(url, str) else url
    if parsed.get_backend_name() != "postgresql":
        raise ValueError("werkplek-admin beheert alleen een PostgreSQL-teamserver (postgresql://...)")
    return parsed.set(drivername="postgresql+psycopg")


def _maak_database_als_nodig(url: URL) -> bool:
    beheer = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with beheer.connect() as conn:
            bestaat = conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": url.database}).first()
            if bestaat:
                return False
            conn.execute(text(f'CREATE DATABASE "{url.database}"'))
            return True
    finally:
        beheer.dispose()


def pas_beveiliging_toe(engine: Engine) -> None:
    """Apply build/postgres/beveiliging.sql (idempotent; run after every migration)."""
    script = BEVEILIGING_SQL.read_text(encoding="utf-8")
    rauw = engine.raw_connection()
    try:
        with rauw.cursor() as cursor:
            cursor.execute(script)
        rauw.commit()
    finally:
        rauw.close()


def richt_in(url: str | URL) -> Engine:
    """Create the database if needed, migrate the schema and apply roles, grants and policies."""
    pg = _pg_url(url)
    _maak_database_als_nodig(pg)
    engine = maak_engine(pg)
    migreer(engine)
    pas_beveiliging_toe(engine)
    return engine


def maak_account(
    engine: Engine,
    gebruikersnaam: str,
    naam: str,
    rol: Rol,
    wachtwoord: str,
    *,
    team: str | None = None,
    organisatie: str | None = None,
) -> MedewerkerRow:
    """Create (or update) a staff account: the `medewerker` row and a login role in the group of `rol`."""
    if len(wachtwoord) < 8:
        raise Validatiefout("wachtwoord", "kies een wachtwoord van minstens 8 tekens")
    repo = MedewerkerRepository(Opslag(engine))
    try:
        medewerker = repo.op_gebruikersnaam(gebruikersnaam)
        if medewerker.rol != rol:
            raise Validatiefout("rol", f"account {gebruikersnaam} bestaat al met rol {medewerker.rol.label}")
    except NietGevonden:
        medewerker = repo.maak(gebruikersnaam, naam, rol, team=team, organisatie=organisatie)
    _login_rol(engine, gebruikersnaam, rol, wachtwoord)
    return medewerker


def _login_rol(engine: Engine, gebruikersnaam: str, rol: Rol, wachtwoord: str) -> None:
    from psycopg import sql

    rauw = engine.raw_connection()
    try:
        with rauw.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_lock(7261002)")
            cursor.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (gebruikersnaam,))
            opdracht = "ALTER ROLE {} LOGIN PASSWORD {}" if cursor.fetchone() else "CREATE ROLE {} LOGIN PASSWORD {}"
            cursor.execute(sql.SQL(opdracht).format(sql.Identifier(gebruikersnaam), sql.Literal(wachtwoord)))
            for andere in Rol:
                if andere != rol:
                    cursor.execute(
                        sql.SQL("REVOKE {} FROM {}").format(
                            sql.Identifier(groepsrol(andere)), sql.Identifier(gebruikersnaam)
                        )
                    )
            cursor.execute(
                sql.SQL("GRANT {} TO {}").format(sql.Identifier(groepsrol(rol)), sql.Identifier(gebruikersnaam))
            )
            cursor.execute("SELECT pg_advisory_unlock(7261002)")
        rauw.commit()
    finally:
        rauw.close()


def verifieer_audit(engine: Engine, *, anker: str | None = None) -> AuditRapport:
    t = AuditEvent.__table__  # type: ignore[attr-defined]
    with engine.connect() as conn:
        rijen = conn.execute(select(t).order_by(t.c.id)).yield_per(5000)
        return verifieer(rijen, verwacht_anker=anker)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="werkplek-admin", description="Beheer van een Werkplek-teamserver.")
    sub = parser.add_subparsers(dest="opdracht", required=True)
    p_init = sub.add_parser("init", help="database, schema, rollen, rechten en beveiligingsregels inrichten")
    p_account = sub.add_parser("account", help="een medewerkeraccount met eigen databaserol maken")
    p_demo = sub.add_parser("demo-accounts", help="een databaserol maken voor elke medewerker (demo-opslag)")
    p_audit = sub.add_parser("verify-audit", help="de audittrail controleren op gewijzigde of verwijderde regels")
    for p in (p_init, p_account, p_demo, p_audit):
        p.add_argument("--database", required=True, help="postgresql://beheerder@host:5432/database")
    p_account.add_argument("--gebruikersnaam", required=True)
    p_account.add_argument("--naam", required=True)
    p_account.add_argument("--rol", required=True, choices=[r.value for r in Rol])
    p_account.add_argument("--team")
    p_account.add_argument("--organisatie")
    for p in (p_account, p_demo):
        p.add_argument("--wachtwoord-stdin", action="store_true", help="lees het wachtwoord van standaardinvoer")
    p_audit.add_argument("--anker", help="de laatst bekende hash; ontbreekt die, dan is het einde verwijderd")
    args = parser.parse_args(argv)

    try:
        if args.opdracht == "init":
            richt_in(args.database).dispose()
            print("Teamserver ingericht: schema bijgewerkt, rollen, rechten en beveiligingsregels toegepast.")
            return 0
        engine = maak_engine(_pg_url(args.database))
        try:
            return _voer_uit(args, engine)
        finally:
            engine.dispose()
    except (Validatiefout, ValueError, NietGevonden) as fout:
        print(f"werkplek-admin: {fout}", file=sys.stderr)
        return 2


def _voer_uit(args: argparse.Namespace, engine: Engine) -> int:
    if args.opdracht == "verify-audit":
        rapport = verifieer_audit(engine, anker=args.anker)
        for fout in rapport.fouten:
            print(f"FOUT: {fout}")
        print(f"{rapport.aantal} gebeurtenissen gecontroleerd; laatste hash (anker): {rapport.laatste_hash}")
        return 0 if rapport.in_orde else 1
    wachtwoord = _wachtwoord(args.wachtwoord_stdin)
    if args.opdracht == "account":
        m = maak_account(
            engine,
            args.gebruikersnaam,
            args.naam,
            Rol(args.rol),
            wachtwoord,
            team=args.team,
            organisatie=args.organisatie,
        )
        print(f"Account {m.gebruikersnaam} ({m.rol.label}) is klaar.")
        return 0
    medewerkers = MedewerkerRepository(Opslag(engine)).alle()
    for m in medewerkers:
        _login_rol(engine, m.gebruikersnaam, m.rol, wachtwoord)
    print(f"{len(medewerkers)} databaserollen gemaakt of bijgewerkt.")
    return 0


def _wachtwoord(van_stdin: bool) -> str:
    if van_stdin:
        return sys.stdin.readline().rstrip("\n")
    if os.environ.get("WERKPLEK_ADMIN_WACHTWOORD"):
        return os.environ["WERKPLEK_ADMIN_WACHTWOORD"]
    return getpass.getpass("Wachtwoord voor het account: ")


if __name__ == "__main__":
    sys.exit(main())
