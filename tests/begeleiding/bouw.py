"""Builders for the begeleiding tests: households with exactly the rows a signal rule or the selection looks at.

The shared builders in `tests/fabriek.py` are used where they fit; these add what they lack (actual data next to
the voorschot data, a partner from abroad, objections, instalments with a reminder, free due dates).
"""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal
from typing import Any

from sqlalchemy import insert, update

from models.calc.api import bereken
from models.calc.invoer import Grondslagen, Huur, Kind, Opvang, Opvangsoort, Persoon, Regeling
from models.store.opslag import Opslag, cent
from models.store.tables import Beschikking, Bezwaar, Partnerschap, Termijn, Toeslag, Vordering

_nummer = itertools.count(1)

PEILDATUM = dt.date(2026, 11, 27)


def grondslagen(
    inkomen: str | int = 24000,
    *,
    huur: str | int | None = None,
    kinderen: tuple[dt.date, ...] = (),
    opvang_uren: str | int | None = None,
    partner_inkomen: str | int | None = None,
    vermogen: str | int = 0,
) -> Grondslagen:
    """A household's grondslagen: an aanvrager born 1984, optional partner, rent, children and childcare."""
    kids = tuple(Kind(d) for d in kinderen)
    opvang: tuple[Opvang, ...] = ()
    if opvang_uren is not None:
        opvang = (Opvang(0, Opvangsoort.DAGOPVANG, Decimal(opvang_uren), Decimal("10.00")),)
    return Grondslagen(
        aanvrager=Persoon(dt.date(1984, 3, 12), Decimal(inkomen)),
        partner=None if partner_inkomen is None else Persoon(dt.date(1983, 6, 1), Decimal(partner_inkomen)),
        vermogen=Decimal(vermogen),
        kinderen=kids,
        huur=None if huur is None else Huur(Decimal(huur), Decimal(0)),
        opvang=opvang,
    )


def toeslag(
    opslag: Opslag,
    burger_id: int,
    regeling: Regeling,
    jaar: int,
    voorschot: Grondslagen,
    actueel: Grondslagen | None = None,
    *,
    status: str = "lopend",
    maand: Decimal | None = None,
    betaald: Decimal | None = None,
) -> int:
    """A toeslag-year whose voorschot comes from the core (or `maand` per month), with optional actual data."""
    uitkomst = bereken(regeling, jaar, voorschot)
    per_maand = uitkomst.bedrag_maand if maand is None else maand
    with opslag.schrijven() as s:
        return s.execute(
            insert(Toeslag.__table__)  # type: ignore[attr-defined]
            .values(
                burger_id=burger_id,
                regeling=regeling.value,
                jaar=jaar,
                status=status,
                eerste_maand=1,
                laatste_maand=12,
                grondslagen_voorschot=voorschot.naar_dict(),
                grondslagen_actueel=None if actueel is None else actueel.naar_dict(),
                voorschot_jaar_cent=cent(per_maand * 12),
                voorschot_maand_cent=cent(per_maand),
                betaald_cent=cent(per_maand * 11 if betaald is None else betaald),
                onbevestigd=False,
                version=1,
            )
            .returning(Toeslag.__table__.c.id)  # type: ignore[attr-defined]
        ).scalar_one()


def jaarbedrag(regeling: Regeling, jaar: int, g: Grondslagen) -> Decimal:
    return bereken(regeling, jaar, g).bedrag_jaar


def partnerschap(
    opslag: Opslag,
    burger_id: int,
    partner_id: int,
    begin: dt.date,
    *,
    einde: dt.date | None = None,
    uit_buitenland: bool = False,
) -> int:
    with opslag.schrijven() as s:
        return s.execute(
            insert(Partnerschap.__table__)  # type: ignore[attr-defined]
            .values(
                burger_id=burger_id,
                partner_id=partner_id,
                begin=begin,
                einde=einde,
                uit_buitenland=uit_buitenland,
                version=1,
            )
            .returning(Partnerschap.__table__.c.id)  # type: ignore[attr-defined]
        ).scalar_one()


def vordering(
    opslag: Opslag,
    burger_id: int,
    regeling: str,
    jaar: int,
    bedrag: Decimal,
    *,
    ontstaan_op: dt.date,
    vervaldatum: dt.date | None = None,
    status: str = "open",
) -> int:
    with opslag.schrijven() as s:
        return s.execute(
            insert(Vordering.__table__)  # type: ignore[attr-defined]
            .values(
                burger_id=burger_id,
                regeling=regeling,
                jaar=jaar,
                kenmerk=f"VB{next(_nummer):08d}",
                bedrag_cent=cent(bedrag),
                open_cent=cent(bedrag),
                rente_cent=0,
                kosten_cent=0,
                ontstaan_op=ontstaan_op,
                vervaldatum=vervaldatum or ontstaan_op + dt.timedelta(weeks=6),
                status=status,
                version=1,
            )
            .returning(Vordering.__table__.c.id)  # type: ignore[attr-defined]
        ).scalar_one()


def beschikking(
    opslag: Opslag,
    burger_id: int,
    toeslag_id: int | None,
    soort: str,
    datum: dt.date,
    bedrag: Decimal,
    *,
    bezwaar_uiterlijk: dt.date | None = None,
    saldo: Decimal | None = None,
) -> int:
    with opslag.schrijven() as s:
        return s.execute(
            insert(Beschikking.__table__)  # type: ignore[attr-defined]
            .values(
                burger_id=burger_id,
                toeslag_id=toeslag_id,
                soort=soort,
                kenmerk=f"BB{next(_nummer):08d}",
                datum=datum,
                bezwaar_uiterlijk=bezwaar_uiterlijk or datum + dt.timedelta(weeks=6),
                bedrag_cent=cent(bedrag),
                saldo_cent=None if saldo is None else cent(saldo),
                omschrijving=f"{soort} test",
            )
            .returning(Beschikking.__table__.c.id)  # type: ignore[attr-defined]
        ).scalar_one()


def bezwaar(
    opslag: Opslag, burger_id: int, beschikking_id: int, ontvangen_op: dt.date, *, status: str = "ontvangen"
) -> int:
    with opslag.schrijven() as s:
        return s.execute(
            insert(Bezwaar.__table__)  # type: ignore[attr-defined]
            .values(
                burger_id=burger_id,
                beschikking_id=beschikking_id,
                ontvangen_op=ontvangen_op,
                beslissen_uiterlijk=ontvangen_op + dt.timedelta(weeks=6),
                status=status,
                version=1,
            )
            .returning(Bezwaar.__table__.c.id)  # type: ignore[attr-defined]
        ).scalar_one()


def zet_termijn(opslag: Opslag, regeling_id: int, volgnummer: int, **waarden: Any) -> None:
    """Change one instalment of an arrangement made with `fabriek.betalingsregeling` (status, dates)."""
    t = Termijn.__table__  # type: ignore[attr-defined]
    with opslag.schrijven() as s:
        s.execute(update(t).where(t.c.regeling_id == regeling_id, t.c.volgnummer == volgnummer).values(**waarden))
