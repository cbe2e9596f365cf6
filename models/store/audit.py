"""The append-only, hash-chained audit trail: writing events and verifying the chain.

What belongs here: `registreer()` (called inside the transaction of every change), the canonical hash of an
event, and `verifieer()` which walks the whole chain and reports every changed, inserted or deleted row.

Each event's hash is SHA-256 over the previous event's hash and the event's own content in canonical JSON. A
changed row no longer matches its hash; a deleted row breaks the link of its successor; a deleted tail is caught
by comparing with the anchor (the newest hash), which `verifieer()` returns for keeping elsewhere.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, select, text
from sqlmodel import Session

from models.store.tables import AuditEvent
from models.store.types import nu

__all__ = ["GENESIS", "AuditRapport", "bereken_hash", "registreer", "verifieer"]

GENESIS = "0" * 64
_SLOT_SLEUTEL = 7_261_001  # pg_advisory_xact_lock key: one writer at a time extends the chain


def _canoniek(waarde: Any) -> Any:
    if isinstance(waarde, dt.datetime):
        return waarde.astimezone(dt.UTC).isoformat(timespec="microseconds")
    if isinstance(waarde, dt.date):
        return waarde.isoformat()
    return waarde


def bereken_hash(
    vorige_hash: str,
    moment: dt.datetime,
    medewerker_id: int | None,
    actie: str,
    entiteit: str,
    entiteit_id: int | None,
    burger_id: int | None,
    voor: dict[str, Any] | None,
    na: dict[str, Any] | None,
    transactie: str | None = None,
) -> str:
    inhoud = json.dumps(
        [vorige_hash, _canoniek(moment), medewerker_id, actie, entiteit, entiteit_id, burger_id, voor, na, transactie],
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
        default=_canoniek,
    )
    return hashlib.sha256(inhoud.encode("utf-8")).hexdigest()


def registreer(
    session: Session,
    *,
    medewerker_id: int | None,
    actie: str,
    entiteit: str,
    entiteit_id: int | None,
    burger_id: int | None = None,
    voor: dict[str, Any] | None = None,
    na: dict[str, Any] | None = None,
) -> str:
    """Append one event to the chain inside the caller's transaction. Returns its hash."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _SLOT_SLEUTEL})
    vorige = session.execute(
        select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)  # type: ignore[union-attr]
    ).scalar()
    vorige_hash = vorige or GENESIS
    # Microsecond precision on both backends, so the hash recomputes from what was stored.
    moment = nu()
    voor = _json_veilig(voor)
    na = _json_veilig(na)
    transactie = session.info.get("transactie")
    session.info["geaudit"] = True
    digest = bereken_hash(
        vorige_hash, moment, medewerker_id, actie, entiteit, entiteit_id, burger_id, voor, na, transactie
    )
    session.execute(
        insert(AuditEvent.__table__).values(  # type: ignore[attr-defined]
            moment=moment,
            medewerker_id=medewerker_id,
            actie=actie,
            entiteit=entiteit,
            entiteit_id=entiteit_id,
            burger_id=burger_id,
            voor=voor,
            na=na,
            transactie=transactie,
            vorige_hash=vorige_hash,
            hash=digest,
        )
    )
    return digest


def _json_veilig(waarden: dict[str, Any] | None) -> dict[str, Any] | None:
    """Round-trip through JSON so what is hashed is exactly what the JSON column gives back."""
    if waarden is None:
        return None
    return json.loads(json.dumps(waarden, default=_canoniek, ensure_ascii=False))


@dataclass(frozen=True, slots=True)
class AuditRapport:
    """Result of a verification: `in_orde` is True only when every row and link checks out."""

    aantal: int
    laatste_hash: str
    fouten: tuple[str, ...] = field(default=())

    @property
    def in_orde(self) -> bool:
        return not self.fouten


def verifieer(rijen: Iterable[Any], *, verwacht_anker: str | None = None) -> AuditRapport:
    """Walk the chain in id order and report every broken row or link.

    Args:
        rijen: audit_event rows in ascending id order (any object with the column attributes).
        verwacht_anker: a previously recorded newest hash; when given, its absence means the tail was removed.
    """
    fouten: list[str] = []
    vorige = GENESIS
    aantal = 0
    gezien: set[str] = set()
    for rij in rijen:
        aantal += 1
        if rij.vorige_hash != vorige:
            fouten.append(
                f"gebeurtenis {rij.id}: de koppeling met de vorige gebeurtenis klopt niet "
                "(een gebeurtenis is verwijderd of ingevoegd)"
            )
        verwacht = bereken_hash(
            rij.vorige_hash,
            rij.moment,
            rij.medewerker_id,
            rij.actie,
            rij.entiteit,
            rij.entiteit_id,
            rij.burger_id,
            rij.voor,
            rij.na,
            rij.transactie,
        )
        if verwacht != rij.hash:
            fouten.append(f"gebeurtenis {rij.id}: de inhoud is gewijzigd (hash klopt niet)")
        vorige = rij.hash
        gezien.add(rij.hash)
    if verwacht_anker is not None and verwacht_anker not in gezien and verwacht_anker != GENESIS:
        fouten.append("de laatst vastgelegde gebeurtenis ontbreekt (het einde van de keten is verwijderd)")
    return AuditRapport(aantal=aantal, laatste_hash=vorige, fouten=tuple(fouten))
