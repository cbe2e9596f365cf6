"""Test data builders: small, explicit households written through the real store.

Tests state exactly what they need (a citizen, a partner, a claim, a traject) instead of depending on the demo
population; every builder returns the ids it created.
"""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal
from typing import Any

from sqlalchemy import insert

from models.domain import Rol
from models.store.medewerkers import MedewerkerRepository
from models.store.opslag import Opslag, cent
from models.store.rows import MedewerkerRow
from models.store.tables import (
    Begeleidingstraject,
    Beschikking,
    Burger,
    Kind,
    Partnerschap,
    Toeslag,
    Vordering,
)
from models.validatie import zoeknaam

_volgnummer = itertools.count(1)


def bsn_met_elfproef(basis: int) -> str:
    """The first valid BSN at or after `basis` (8 leading digits varied, check digit computed)."""
    for kandidaat in range(basis, basis + 1000):
        acht = f"{kandidaat:08d}"[-8:]
        som = sum(int(c) * w for c, w in zip(acht, (9, 8, 7, 6, 5, 4, 3, 2), strict=True))
        laatste = som % 11
        if laatste <= 9 and acht != "00000000":
            return acht + str(laatste)
    raise AssertionError("geen BSN gevonden")


def medewerker(opslag: Opslag, rol: Rol = Rol.BEGELEIDER, naam: str | None = None) -> MedewerkerRow:
    n = next(_volgnummer)
    return MedewerkerRepository(opslag).maak(
        f"{rol.value}_{n}",
        naam or f"{rol.label} {n}",
        rol,
        team="Team Noord" if rol != Rol.BALIE else None,
        organisatie="Servicepunt Bibliotheek Zwolle" if rol == Rol.BALIE else None,
    )


def burger(
    opslag: Opslag,
    *,
    bsn: str | None = None,
    voornamen: str = "Fatima",
    tussenvoegsel: str | None = None,
    achternaam: str = "El Amrani",
    geboortedatum: dt.date = dt.date(1984, 3, 12),
    postcode: str = "8011AB",
    huisnummer: int = 12,
    **extra: Any,
) -> int:
    bsn = bsn or bsn_met_elfproef(10_000_000 + next(_volgnummer) * 37)
    with opslag.schrijven() as s:
        return s.execute(
            insert(Burger.__table__)  # type: ignore[attr-defined]
            .values(
                bsn=bsn,
                voornamen=voornamen,
                tussenvoegsel=tussenvoegsel,
                achternaam=achternaam,
                achternaam_zoek=zoeknaam(" ".join(p for p in (tussenvoegsel, achternaam) if p)),
                geboortedatum=geboortedatum,
                straat=extra.pop("straat", "Grote Markt"),
                huisnummer=huisnummer,
                postcode=postcode,
                woonplaats=extra.pop("woonplaats", "Zwolle"),
                land="NL",
                taal="nl",
                voorkeurskanaal="post",
                version=1,
                **extra,
            )
            .returning(Burger.__table__.c.id)  # type: ignore[attr-defined]
        ).scalar_one()


def partnerschap(opslag: Opslag, burger_id: int, partner_id: int, begin: dt.date, einde: dt.date | None = None) -> int:
    with opslag.schrijven() as s:
        return s.execute(
            insert(Partnerschap.__table__)  # type: ignore[attr-defined]
            .values(
                burger_id=burger_id, partner_id=partner_id, begin=begin, einde=einde, uit_buitenland=False, version=1
            )
            .returning(Partnerschap.__table__.c.id)  # type: ignore[attr-defined]
        ).scalar_one()


def kind(opslag: Opslag, burger_id: int, voornaam: str, geboortedatum: dt.date) -> int:
    with opslag.schrijven() as s:
        return s.execute(
            insert(Kind.__table__)  # type: ignore[attr-defined]
            .values(burger_id=burger_id, voornaam=voornaam, geboortedatum=geboortedatum, thuiswonend=True, version=1)
            .returning(Kind.__table__.c.id)  # type: ignore[attr-defined]
        ).scalar_one()


def toeslag(
    opslag: Opslag,
    burger_id: int,
    regeling: str,
    jaar: int,
    *,
    voorschot_jaar: Decimal,
    grondslagen: dict[str, Any] | None = None,
    status: str = "lopend",
) -> int:
    maand = (voorschot_jaar / 12).to_integral_value(rounding="ROUND_FLOOR")
    with opslag.schrijven() as s:
        return s.execute(
            insert(Toeslag.__table__)  # type: ignore[attr-defined]
            .values(
                burger_id=burger_id,
                regeling=regeling,
                jaar=jaar,
                status=status,
                eerste_maand=1,
                laatste_maand=12,
                grondslagen_voorschot=grondslagen or {},
                voorschot_jaar_cent=cent(voorschot_jaar),
                voorschot_maand_cent=cent(maand),
                betaald_cent=0,
                onbevestigd=False,
                version=1,
            )
            .returning(Toeslag.__table__.c.id)  # type: ignore[attr-defined]
        ).scalar_one()


def beschikking(
    opslag: Opslag, burger_id: int, toeslag_id: int | None, soort: str, datum: dt.date, bedrag: Decimal
) -> int:
    with opslag.schrijven() as s:
        return s.execute(
            insert(Beschikking.__table__)  # type: ignore[attr-defined]
            .values(
                burger_id=burger_id,
                toeslag_id=toeslag_id,
                soort=soort,
                kenmerk=f"B{next(_volgnummer):09d}",
                datum=datum,
                bezwaar_uiterlijk=datum + dt.timedelta(weeks=6),
                bedrag_cent=cent(bedrag),
                omschrijving=f"{soort} test",
            )
            .returning(Beschikking.__table__.c.id)  # type: ignore[attr-defined]
        ).scalar_one()


def vordering(
    opslag: Opslag,
    burger_id: int,
    regeling: str,
    jaar: int,
    bedrag: Decimal,
    *,
    status: str = "open",
    ontstaan_op: dt.date = dt.date(2026, 6, 1),
) -> int:
    with opslag.schrijven() as s:
        return s.execute(
            insert(Vordering.__table__)  # type: ignore[attr-defined]
            .values(
                burger_id=burger_id,
                regeling=regeling,
                jaar=jaar,
                kenmerk=f"V{next(_volgnummer):09d}",
                bedrag_cent=cent(bedrag),
                open_cent=cent(bedrag),
                rente_cent=0,
                kosten_cent=0,
                ontstaan_op=ontstaan_op,
                vervaldatum=ontstaan_op + dt.timedelta(weeks=6),
                status=status,
                version=1,
            )
            .returning(Vordering.__table__.c.id)  # type: ignore[attr-defined]
        ).scalar_one()


def traject(
    opslag: Opslag,
    burger_id: int,
    begeleider_id: int | None,
    *,
    status: str = "actief",
    aangemeld_op: dt.date = dt.date(2026, 11, 2),
    bron: str = "selectie",
) -> int:
    with opslag.schrijven() as s:
        return s.execute(
            insert(Begeleidingstraject.__table__)  # type: ignore[attr-defined]
            .values(
                burger_id=burger_id,
                begeleider_id=begeleider_id,
                bron=bron,
                status=status,
                prioriteit=2,
                aangemeld_op=aangemeld_op,
                intake_uiterlijk=aangemeld_op + dt.timedelta(days=7),
                version=1,
            )
            .returning(Begeleidingstraject.__table__.c.id)  # type: ignore[attr-defined]
        ).scalar_one()
