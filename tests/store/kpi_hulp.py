"""A hand-built population for the dashboard tests: every KPI figure of it is known exactly.

What belongs here: `bouw_scenario()` (five households, staff, definitive calculations, objections, trajecten,
arrangements and signals around the reference date `PEILDATUM`) and the small builders it needs that
`tests/fabriek.py` does not have (a definitive decision with its saldo, an objection, a traject with its first
contact and stored intake deadline, a signal with a fixed moment). The store tests and the dashboard UI tests both
use it; the expected figures are written out in the tests, next to the reasoning in the comments here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import insert

from models.domain import Rol
from models.services.trajecten import intake_uiterlijk
from models.store.opslag import Opslag, cent
from models.store.rows import MedewerkerRow
from models.store.tables import Begeleidingstraject, Beschikking, Bezwaar, Signaal, Toeslag
from tests import fabriek

__all__ = ["PEILDATUM", "Scenario", "bouw_scenario"]

PEILDATUM = dt.date(2026, 11, 27)  # period: 1 December 2025 up to and including 27 November 2026
D = Decimal


@dataclass(frozen=True, slots=True)
class Scenario:
    supervisor: MedewerkerRow
    kwaliteit: MedewerkerRow
    balie: MedewerkerRow
    anouk: MedewerkerRow  # begeleider
    bram: MedewerkerRow  # begeleider
    burgers: tuple[int, ...]  # c1 .. c5
    bsns: tuple[str, ...]


def definitief(
    opslag: Opslag, burger_id: int, regeling: str, jaar: int, datum: dt.date, saldo: Decimal
) -> tuple[int, int]:
    """A settled toeslag with its definitive decision dated `datum` (saldo: + nabetaling, − terugvordering)."""
    with opslag.schrijven() as s:
        toeslag_id = s.execute(
            insert(Toeslag.__table__)  # type: ignore[attr-defined]
            .values(
                burger_id=burger_id,
                regeling=regeling,
                jaar=jaar,
                status="definitief",
                eerste_maand=1,
                laatste_maand=12,
                grondslagen_voorschot={},
                voorschot_jaar_cent=120000,
                voorschot_maand_cent=10000,
                betaald_cent=120000,
                definitief_jaar_cent=120000 + cent(saldo),  # type: ignore[operator]
                saldo_cent=cent(saldo),
                onbevestigd=False,
                version=1,
            )
            .returning(Toeslag.__table__.c.id)  # type: ignore[attr-defined]
        ).scalar_one()
        beschikking_id = s.execute(
            insert(Beschikking.__table__)  # type: ignore[attr-defined]
            .values(
                burger_id=burger_id,
                toeslag_id=toeslag_id,
                soort="definitief",
                kenmerk=f"KPI-{burger_id}-{regeling[:4]}-{jaar}-{datum:%m%d}",
                datum=datum,
                bezwaar_uiterlijk=datum + dt.timedelta(weeks=6),
                bedrag_cent=120000 + cent(saldo),  # type: ignore[operator]
                saldo_cent=cent(saldo),
                omschrijving=f"Definitieve berekening {regeling} {jaar}",
            )
            .returning(Beschikking.__table__.c.id)  # type: ignore[attr-defined]
        ).scalar_one()
    return toeslag_id, beschikking_id


def bezwaar(
    opslag: Opslag,
    burger_id: int,
    beschikking_id: int,
    ontvangen: dt.date,
    uiterlijk: dt.date,
    status: str,
    besloten: dt.date | None = None,
) -> int:
    with opslag.schrijven() as s:
        return s.execute(
            insert(Bezwaar.__table__)  # type: ignore[attr-defined]
            .values(
                burger_id=burger_id,
                beschikking_id=beschikking_id,
                ontvangen_op=ontvangen,
                beslissen_uiterlijk=uiterlijk,
                status=status,
                besloten_op=besloten,
                version=1,
            )
            .returning(Bezwaar.__table__.c.id)  # type: ignore[attr-defined]
        ).scalar_one()


def traject(
    opslag: Opslag,
    burger_id: int,
    begeleider_id: int | None,
    aangemeld: dt.date,
    *,
    status: str,
    contact: dt.date | None = None,
    afgesloten: dt.date | None = None,
) -> int:
    """A traject with the intake deadline the store keeps (5 working days after aanmelding)."""
    with opslag.schrijven() as s:
        return s.execute(
            insert(Begeleidingstraject.__table__)  # type: ignore[attr-defined]
            .values(
                burger_id=burger_id,
                begeleider_id=begeleider_id,
                bron="selectie",
                status=status,
                prioriteit=2,
                aangemeld_op=aangemeld,
                intake_uiterlijk=intake_uiterlijk(aangemeld),
                eerste_contact_op=contact,
                afgesloten_op=afgesloten,
                uitkomst="doelen bereikt" if afgesloten else None,
                version=1,
            )
            .returning(Begeleidingstraject.__table__.c.id)  # type: ignore[attr-defined]
        ).scalar_one()


def signaal(opslag: Opslag, burger_id: int, type_: str, status: str, ontstaan: dt.datetime) -> int:
    with opslag.schrijven() as s:
        return s.execute(
            insert(Signaal.__table__)  # type: ignore[attr-defined]
            .values(
                burger_id=burger_id,
                type=type_,
                ernst="aandacht",
                status=status,
                sleutel=f"kpi:{burger_id}:{type_}:{ontstaan.isoformat()}",
                bron="test",
                uitleg="Testsignaal voor het dashboard.",
                ontstaan_op=ontstaan,
                version=1,
            )
            .returning(Signaal.__table__.c.id)  # type: ignore[attr-defined]
        ).scalar_one()


def _lokaal(jaar: int, maand: int, dag: int, uur: int = 10) -> dt.datetime:
    return dt.datetime(jaar, maand, dag, uur).astimezone()


def bouw_scenario(opslag: Opslag) -> Scenario:
    """The population; the expected figures per KPI are in the comments."""
    supervisor = fabriek.medewerker(opslag, Rol.SUPERVISOR, "Sanne Supervisor")
    kwaliteit = fabriek.medewerker(opslag, Rol.KWALITEIT, "Karel Kwaliteit")
    balie = fabriek.medewerker(opslag, Rol.BALIE, "Bart Balie")
    anouk = fabriek.medewerker(opslag, Rol.BEGELEIDER, "Anouk Jansen")
    bram = fabriek.medewerker(opslag, Rol.BEGELEIDER, "Bram de Boer")
    namen = (
        ("Fatima", None, "El Amrani"),
        ("Joost", "van der", "Wal"),
        ("Esra", None, "Yıldız"),
        ("Pieter", None, "Bakker"),
        ("Noor", None, "Visser"),
    )
    bsns = tuple(fabriek.bsn_met_elfproef(71_000_000 + i * 1_000) for i in range(5))
    c = tuple(
        fabriek.burger(opslag, bsn=bsn, voornamen=v, tussenvoegsel=t, achternaam=a)
        for bsn, (v, t, a) in zip(bsns, namen, strict=True)
    )

    # 1. Definitive calculations in the period: 5, of which 2 high recoveries → 3 / 5 = 60,0% (norm ≥ 94%: not met).
    #    May 2026: c1 HT −600 (high), c2 KOT −800 (KOT threshold 1.000: not high) → 50,0%
    #    June 2026: c3 KOT −1.000,01 (high), c4 ZT −500,00 (exactly 500 is not "more than") → 50,0%
    #    July 2026: c2 HT +200 (nabetaling) → 100,0%
    #    Outside: c5 ZT 2024 dated 30-11-2025 (before the period), c1 ZT dated 28-11-2026 (after the peildatum).
    _t, b1 = definitief(opslag, c[0], "huurtoeslag", 2025, dt.date(2026, 5, 10), D("-600.00"))
    _t, b2 = definitief(opslag, c[1], "kinderopvangtoeslag", 2025, dt.date(2026, 5, 12), D("-800.00"))
    _t, b3 = definitief(opslag, c[2], "kinderopvangtoeslag", 2025, dt.date(2026, 6, 1), D("-1000.01"))
    _t, b4 = definitief(opslag, c[3], "zorgtoeslag", 2025, dt.date(2026, 6, 2), D("-500.00"))
    definitief(opslag, c[1], "huurtoeslag", 2024, dt.date(2026, 7, 1), D("200.00"))
    _t, b5 = definitief(opslag, c[4], "zorgtoeslag", 2024, dt.date(2025, 11, 30), D("-900.00"))
    definitief(opslag, c[0], "zorgtoeslag", 2025, dt.date(2026, 11, 28), D("-700.00"))

    # 2. Objections decided in the period: 2, one on time → 50,0% (norm ≥ 93%: not met).
    #    Open on the peildatum: 1 past its term (c3, 31 days), 1 within (c4). c5's was decided before the period.
    bezwaar(opslag, c[0], b1, dt.date(2026, 3, 1), dt.date(2026, 4, 26), "ongegrond", dt.date(2026, 4, 20))
    bezwaar(opslag, c[1], b2, dt.date(2026, 3, 1), dt.date(2026, 4, 26), "gegrond", dt.date(2026, 5, 4))
    bezwaar(opslag, c[2], b3, dt.date(2026, 9, 1), dt.date(2026, 10, 27), "in_behandeling")
    bezwaar(opslag, c[3], b4, dt.date(2026, 11, 20), dt.date(2027, 1, 15), "ontvangen")
    bezwaar(opslag, c[4], b5, dt.date(2025, 9, 1), dt.date(2025, 10, 27), "ongegrond", dt.date(2025, 10, 1))

    # 3. Intakes registered in the period whose term is over: 3, one on time → 33,3% (no norm).
    #    c1 on time (Anouk), c2 two working days late (Bram), c3 not called and past its term (Anouk), c4 still
    #    within its term (nobody). c5's traject began before the period and closed on 15-01-2026.
    # 7. Caseload on the peildatum: c1, c2, c3, c4 → 4 (Anouk 2, Bram 1, not assigned 1).
    #    Trend: end of December 2025 1 (c5), January–February 0, March–October 2, November 4.
    traject(opslag, c[0], anouk.id, dt.date(2026, 3, 2), status="actief", contact=dt.date(2026, 3, 5))
    traject(opslag, c[1], bram.id, dt.date(2026, 3, 2), status="actief", contact=dt.date(2026, 3, 11))
    traject(opslag, c[2], anouk.id, dt.date(2026, 11, 2), status="aangemeld")
    traject(opslag, c[3], None, dt.date(2026, 11, 26), status="aangemeld")
    traject(
        opslag,
        c[4],
        bram.id,
        dt.date(2025, 6, 2),
        status="afgesloten",
        contact=dt.date(2025, 6, 3),
        afgesloten=dt.date(2026, 1, 15),
    )

    # 4. Instalments: c1's persoonlijke regeling of 12 × € 50 from 1-1-2026: 11 fall due in the period
    #    (January–November), numbers 4 and 6 missed → 2 missed (April and June).
    # 5. Arrangements: c1 persoonlijk actief (started January 2026), c2 standaard afgelost (June 2025) → 1 running
    #    of 2; c3's starts after the peildatum and does not count.
    v1 = fabriek.vordering(opslag, c[0], "huurtoeslag", 2025, D("600.00"))
    fabriek.betalingsregeling(
        opslag, c[0], [v1], termijnbedrag=D("50.00"), aantal=12, start=dt.date(2026, 1, 1), betaald=3, gemist=(4, 6)
    )
    v2 = fabriek.vordering(opslag, c[1], "zorgtoeslag", 2024, D("150.00"), status="afgelost")
    fabriek.betalingsregeling(
        opslag,
        c[1],
        [v2],
        termijnbedrag=D("50.00"),
        aantal=3,
        start=dt.date(2025, 6, 1),
        betaald=3,
        soort="standaard",
        status="afgelost",
    )
    v3 = fabriek.vordering(opslag, c[2], "huurtoeslag", 2025, D("300.00"))
    fabriek.betalingsregeling(
        opslag, c[2], [v3], termijnbedrag=D("25.00"), aantal=12, start=dt.date(2026, 12, 1), soort="standaard"
    )

    # 6. Open signals on the peildatum: 4 (hoge terugvordering 1, stapeling 2, niet-gebruik 1); by age one each in
    #    0–7, 8–30, 31–90 and over 90 days. Created per month: October 1, November 3 (one of them handled).
    signaal(opslag, c[0], "hoge_terugvordering", "nieuw", _lokaal(2026, 11, 25))
    signaal(opslag, c[1], "stapeling_schulden", "nieuw", _lokaal(2026, 10, 20))
    signaal(opslag, c[2], "stapeling_schulden", "in_behandeling", _lokaal(2026, 11, 10))
    signaal(opslag, c[3], "niet_gebruik", "afgehandeld", _lokaal(2026, 11, 1))
    signaal(opslag, c[4], "niet_gebruik", "nieuw", _lokaal(2025, 5, 1))
    return Scenario(supervisor, kwaliteit, balie, anouk, bram, c, bsns)
