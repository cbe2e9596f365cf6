"""The store's unit of work: short sessions, one transaction per use case, error translation, versioned updates.

What belongs here: `Opslag` (wraps the engine; `lezen()` and `schrijven()` context managers that translate
driver errors into `models.store.fouten`), `werk_bij()` for optimistic-locking updates with an audit event, and
the conversions between eurocents and Decimal euros. Repositories build on this module; nothing else opens a
session.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import Engine, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlmodel import Session

from models.store import audit
from models.store.fouten import Conflict, GeenToegang, OpslagFout, VerbindingFout
from models.store.tables import Medewerker

__all__ = ["Opslag", "cent", "euro", "rij_naar_dict"]

log = logging.getLogger(__name__)


def euro(cent_waarde: int | None) -> Decimal | None:
    """Eurocents from the store → Decimal euros."""
    if cent_waarde is None:
        return None
    return Decimal(cent_waarde).scaleb(-2)


def cent(bedrag: Decimal | None) -> int | None:
    """Decimal euros → eurocents for the store (half-up at the cent: amounts from the core are already cents)."""
    if bedrag is None:
        return None
    return int(bedrag.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP).scaleb(2))


def rij_naar_dict(rij: Any) -> dict[str, Any]:
    """A table row (ORM object or Row) as a JSON-friendly dict, for conflict display and the audit trail."""
    mapping = rij._mapping if hasattr(rij, "_mapping") else {c: getattr(rij, c) for c in rij.__table__.columns.keys()}  # noqa: SIM118
    return {str(sleutel): _json_waarde(waarde) for sleutel, waarde in mapping.items()}


def _json_waarde(waarde: Any) -> Any:
    if isinstance(waarde, dt.date | dt.datetime):
        return waarde.isoformat()
    if isinstance(waarde, bytes):
        return f"<{len(waarde)} bytes>"
    if isinstance(waarde, Decimal):
        return str(waarde)
    return waarde


class Opslag:
    """The store as the services see it: an engine plus disciplined sessions.

    Args:
        engine: from `models.store.engine.maak_engine`.
        omschrijving: what the status bar shows ("Lokale opslag (demo)", "Teamserver db01").
    """

    def __init__(self, engine: Engine, omschrijving: str = "") -> None:
        self.engine = engine
        self.omschrijving = omschrijving or _omschrijf(engine)
        self._schrijf_engine = engine.execution_options(schrijven=True)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def lezen(self) -> Iterator[Session]:
        """A short read-only session; driver errors become `VerbindingFout`."""
        try:
            with Session(self.engine) as session:
                yield session
                session.rollback()
        except OperationalError as exc:
            raise _verbindingsfout(exc, schrijfactie=False) from exc
        except DBAPIError as exc:
            raise _databasefout(exc) from exc

    @contextmanager
    def schrijven(self) -> Iterator[Session]:
        """One transaction for one use case: all of it is committed, or nothing.

        When the connection drops, the raised `VerbindingFout` says whether the write went through: before the
        commit it certainly did not; during the commit the outcome is looked up afterwards by the transaction id
        that the audit event of this transaction carries (`vastgelegd` True/False, or None when the server is
        still unreachable).
        """
        transactie = uuid.uuid4().hex
        fase = "bezig"
        info: dict[str, Any] = {}
        try:
            with Session(self._schrijf_engine, expire_on_commit=False) as session:
                info = session.info
                session.info["transactie"] = transactie
                with session.begin():
                    yield session
                    fase = "vastleggen"
        except (OpslagFout, ValueError):
            raise
        except OperationalError as exc:
            fout = _verbindingsfout(exc, schrijfactie=True)
            if isinstance(fout, VerbindingFout) and fase == "vastleggen":
                fout.vastgelegd = self._is_vastgelegd(transactie) if info.get("geaudit") else None
                fout.melding = _melding_na_commitfout(fout.vastgelegd)
                fout.args = (fout.melding,)
            raise fout from exc
        except IntegrityError as exc:
            log.warning("Integriteitsfout: %s", exc.orig)
            raise OpslagFout(
                "De gegevens konden niet worden opgeslagen omdat ze in strijd zijn met een controle in de "
                "opslag (bijvoorbeeld een dubbel of ongeldig gegeven). Er is niets gewijzigd."
            ) from exc
        except DBAPIError as exc:
            raise _databasefout(exc) from exc

    def _is_vastgelegd(self, transactie: str, pogingen: int = 3) -> bool | None:
        """After a failed commit: is the audit event of `transactie` in the store? None if still unreachable."""
        from models.store.tables import AuditEvent

        for poging in range(pogingen):
            try:
                with self.engine.connect() as conn:
                    return (
                        conn.execute(
                            select(AuditEvent.id).where(AuditEvent.transactie == transactie)  # type: ignore[arg-type]
                        ).first()
                        is not None
                    )
            except DBAPIError:
                time.sleep(0.3 * (poging + 1))
        return None

    def werk_bij(
        self,
        session: Session,
        tabel: type[Any],
        rij_id: int,
        versie: int,
        waarden: dict[str, Any],
        *,
        medewerker_id: int | None,
        actie: str,
        burger_id: int | None,
    ) -> dict[str, Any]:
        """Update one row if it still has `versie`; otherwise raise `Conflict` with the colleague's version.

        The row's version goes up by one and an audit event records before and after. Returns the new row.
        """
        t = tabel.__table__
        huidig = session.execute(select(t).where(t.c.id == rij_id)).first()
        if huidig is None or huidig.version != versie:
            huidig_dict = None if huidig is None else rij_naar_dict(huidig)
            raise Conflict(t.name, rij_id, huidig_dict, self._laatste_wijziger(session, t.name, rij_id))
        resultaat = session.execute(
            update(t).where(t.c.id == rij_id, t.c.version == versie).values(**waarden, version=versie + 1)
        )
        if resultaat.rowcount != 1:  # changed between our read and our write (PostgreSQL, READ COMMITTED)
            nu_rij = session.execute(select(t).where(t.c.id == rij_id)).first()
            raise Conflict(
                t.name,
                rij_id,
                None if nu_rij is None else rij_naar_dict(nu_rij),
                self._laatste_wijziger(session, t.name, rij_id),
            )
        na = session.execute(select(t).where(t.c.id == rij_id)).one()
        audit.registreer(
            session,
            medewerker_id=medewerker_id,
            actie=actie,
            entiteit=t.name,
            entiteit_id=rij_id,
            burger_id=burger_id,
            voor=rij_naar_dict(huidig),
            na=rij_naar_dict(na),
        )
        return rij_naar_dict(na)

    @staticmethod
    def _laatste_wijziger(session: Session, entiteit: str, rij_id: int) -> str | None:
        from models.store.tables import AuditEvent

        rij = session.execute(
            select(Medewerker.naam)
            .join(AuditEvent, AuditEvent.medewerker_id == Medewerker.id)  # type: ignore[arg-type]
            .where(AuditEvent.entiteit == entiteit, AuditEvent.entiteit_id == rij_id)
            .order_by(AuditEvent.id.desc())  # type: ignore[union-attr]
            .limit(1)
        ).first()
        return None if rij is None else rij[0]


def _omschrijf(engine: Engine) -> str:
    if engine.dialect.name == "sqlite":
        return "Lokale opslag"
    url = engine.url
    return f"Teamserver {url.host or 'localhost'}/{url.database}"


def _verbindingsfout(exc: OperationalError, *, schrijfactie: bool) -> OpslagFout:
    tekst = str(exc.orig).lower() if exc.orig is not None else str(exc).lower()
    if "database is locked" in tekst or "busy" in tekst:
        return VerbindingFout(
            "De opslag is even bezet door een andere bewerking. Probeer het zo opnieuw.",
            schrijfactie=schrijfactie,
            vastgelegd=False if schrijfactie else None,
        )
    log.warning("Verbinding met de opslag mislukt: %s", exc.orig)
    return VerbindingFout(
        "De verbinding met de opslag is verbroken of niet te maken. "
        + ("Uw wijziging is niet opgeslagen; uw invoer is bewaard. " if schrijfactie else "")
        + "Er wordt opnieuw geprobeerd zodra de verbinding terug is.",
        schrijfactie=schrijfactie,
        vastgelegd=False if schrijfactie else None,
    )


def _melding_na_commitfout(vastgelegd: bool | None) -> str:
    if vastgelegd is True:
        return "De verbinding viel weg tijdens het opslaan, maar uw wijziging is wel volledig opgeslagen."
    if vastgelegd is False:
        return (
            "De verbinding viel weg tijdens het opslaan. Uw wijziging is niet opgeslagen; uw invoer is bewaard "
            "en u kunt opnieuw opslaan zodra de verbinding terug is."
        )
    return (
        "De verbinding viel weg tijdens het opslaan en het is nog niet bekend of uw wijziging is opgeslagen. "
        "Uw invoer is bewaard; vernieuw het klantbeeld zodra de verbinding terug is om het te controleren."
    )


def _databasefout(exc: DBAPIError) -> OpslagFout:
    code = getattr(exc.orig, "sqlstate", None)
    if code == "42501":  # insufficient_privilege: the database refused (role / row-level security)
        return GeenToegang("De database staat deze handeling niet toe voor uw account.")
    log.error("Databasefout: %s", exc)
    return OpslagFout("De opslag gaf een onverwachte fout. De details staan in het logbestand; er is niets gewijzigd.")
