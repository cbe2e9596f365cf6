"""Builders and readers for the arrangement tests: claims with a beschikking and a partner, audit and table reads.

The shared builders of `tests/fabriek.py` make a claim with a fixed due date and no origin; these add what the
arrangement tests need (uiterste betaaldatum, beschikking, partner, costs) without changing the shared ones.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from models.calc.betalingsregeling import Capaciteitsinvoer, Leefsituatie
from models.store import audit
from models.store.opslag import Opslag, cent
from models.store.tables import (
    Aflossing,
    AuditEvent,
    Beoordeling,
    Taak,
    Termijn,
    Vordering,
)
from tests import fabriek

ROOT = Path(__file__).resolve().parents[2]
FONTS = ROOT / "resources" / "fonts"
LETTERS = ROOT / "resources" / "letters"

_teller = iter(range(1, 10**9))

# A single parent on a modest income: betalingscapaciteit € 195,10 a month in 2026 (hand-checked in
# test_rekenwerk.py).
CAPACITEIT = Capaciteitsinvoer(
    leefsituatie=Leefsituatie.ALLEENSTAANDE_OUDER,
    netto_inkomen=Decimal("1900.00"),
    woonlasten=Decimal("850.00"),
    huurtoeslag=Decimal("300.00"),
    zorgpremie=Decimal("158.00"),
    zorgtoeslag=Decimal("131.00"),
)


def vordering(
    opslag: Opslag,
    burger_id: int,
    regeling: str,
    jaar: int,
    bedrag: Decimal,
    *,
    vervaldatum: dt.date,
    partner_id: int | None = None,
    beschikking: bool = True,
    status: str = "open",
    kosten: Decimal = Decimal(0),
    rente: Decimal = Decimal(0),
) -> int:
    """A claim with its uiterste betaaldatum, a terugvorderingsbeschikking 6 weeks before it, and a partner."""
    ontstaan = vervaldatum - dt.timedelta(weeks=6)
    beschikking_id = (
        fabriek.beschikking(opslag, burger_id, None, "terugvordering", ontstaan, bedrag) if beschikking else None
    )
    with opslag.schrijven() as s:
        return s.execute(
            insert(Vordering.__table__)  # type: ignore[attr-defined]
            .values(
                burger_id=burger_id,
                partner_id=partner_id,
                beschikking_id=beschikking_id,
                regeling=regeling,
                jaar=jaar,
                kenmerk=f"VR{next(_teller):08d}",
                bedrag_cent=cent(bedrag),
                open_cent=cent(bedrag),
                rente_cent=cent(rente),
                kosten_cent=cent(kosten),
                ontstaan_op=ontstaan,
                vervaldatum=vervaldatum,
                status=status,
                version=1,
            )
            .returning(Vordering.__table__.c.id)  # type: ignore[attr-defined]
        ).scalar_one()


def rijen(opslag: Opslag, tabel: type[Any], **filters: Any) -> list[Any]:
    t = tabel.__table__
    stmt = select(t).order_by(t.c.id)
    for kolom, waarde in filters.items():
        stmt = stmt.where(t.c[kolom] == waarde)
    with opslag.lezen() as s:
        return list(s.execute(stmt))


def termijnen(opslag: Opslag, regeling_id: int) -> list[Any]:
    t = Termijn.__table__  # type: ignore[attr-defined]
    with opslag.lezen() as s:
        return list(s.execute(select(t).where(t.c.regeling_id == regeling_id).order_by(t.c.volgnummer)))


def aflossingen(opslag: Opslag, regeling_id: int) -> list[Any]:
    return rijen(opslag, Aflossing, regeling_id=regeling_id)


def vorderingen(opslag: Opslag, *ids: int) -> list[Any]:
    t = Vordering.__table__  # type: ignore[attr-defined]
    with opslag.lezen() as s:
        return list(s.execute(select(t).where(t.c.id.in_(ids)).order_by(t.c.id)))


def taken(opslag: Opslag, medewerker_id: int) -> list[Any]:
    return rijen(opslag, Taak, medewerker_id=medewerker_id)


def beoordelingen(opslag: Opslag) -> list[Any]:
    return rijen(opslag, Beoordeling)


def audit_acties(opslag: Opslag, entiteit: str | None = None) -> list[str]:
    t = AuditEvent.__table__  # type: ignore[attr-defined]
    stmt = select(t.c.actie).order_by(t.c.id)
    if entiteit is not None:
        stmt = stmt.where(t.c.entiteit == entiteit)
    with opslag.lezen() as s:
        return [r.actie for r in s.execute(stmt)]


def verifieer_audit(opslag: Opslag) -> audit.AuditRapport:
    t = AuditEvent.__table__  # type: ignore[attr-defined]
    with opslag.lezen() as s:
        return audit.verifieer(s.execute(select(t).order_by(t.c.id)).all())
