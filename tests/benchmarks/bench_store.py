"""Benchmark of the store on a large population: BSN search, name + birth-date search, klantbeeld query + assembly.

Run: `.venv/bin/python tests/benchmarks/bench_store.py [--database URL] [--rounds N]`. The default database is
the 1M-household SQLite store made by `tests/benchmarks/bench_demo.py` (/tmp/werkplek-1m.sqlite). Each
klantbeeld load includes writing its access-log row, as in the application.
Budgets (ARCHITECTURE §7): BSN ≤ 10 ms, name + birth date ≤ 50 ms, klantbeeld p95 ≤ 20 ms (SQLite) / 40 ms (PG).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import func, select

from models.domain import InzageReden, Rol
from models.store.engine import maak_engine
from models.store.klantbeeld import KlantbeeldRepository
from models.store.medewerkers import MedewerkerRepository
from models.store.opslag import Opslag
from models.store.tables import Burger

STANDAARD_DB = "sqlite:////tmp/werkplek-1m.sqlite"


def _meet(functie: Callable[[], Any], rondes: int) -> list[float]:
    tijden = []
    for _ in range(rondes):
        begin = time.perf_counter()
        functie()
        tijden.append((time.perf_counter() - begin) * 1000)
    return tijden


def _p(tijden: list[float], q: float) -> float:
    return statistics.quantiles(tijden, n=100, method="inclusive")[int(q) - 1] if len(tijden) > 1 else tijden[0]


def run(database: str = STANDAARD_DB, rondes: int = 300) -> list[tuple[str, str, str]]:
    engine = maak_engine(database)
    opslag = Opslag(engine)
    repo = KlantbeeldRepository(opslag)
    actor = MedewerkerRepository(opslag).alle(rol=Rol.BEGELEIDER)[0]
    b = Burger.__table__  # type: ignore[attr-defined]
    with opslag.lezen() as s:
        aantal = s.execute(select(func.count()).select_from(b)).scalar_one()
        maximum = s.execute(select(func.max(b.c.id))).scalar_one()
        kans = random.Random(7)
        ids = [kans.randint(1, maximum) for _ in range(rondes * 2)]
        rijen = s.execute(select(b.c.id, b.c.bsn, b.c.achternaam, b.c.geboortedatum).where(b.c.id.in_(ids))).all()
    kans.shuffle(rijen)
    rijen = rijen[:rondes]
    achtergrond = "PostgreSQL" if engine.dialect.name == "postgresql" else "SQLite"

    # warm the caches once, as a running application has them
    for r in rijen[:20]:
        repo.zoek_bsn(actor, r.bsn)
        repo.laad(actor, r.id, reden=InzageReden.TELEFOONGESPREK, context="benchmark")

    def per_rij(actie: Callable[[Any], Any]) -> list[float]:
        it = iter(rijen)
        return _meet(lambda: actie(next(it)), len(rijen))

    bsn = per_rij(lambda r: repo.zoek_bsn(actor, r.bsn))
    naam = per_rij(lambda r: repo.zoek_naam(actor, r.achternaam[:4], r.geboortedatum))
    beeld = per_rij(lambda r: repo.laad(actor, r.id, reden=InzageReden.TELEFOONGESPREK, context="benchmark"))
    budget_beeld = "≤ 40 ms" if achtergrond == "PostgreSQL" else "≤ 20 ms"
    engine.dispose()
    return [
        (f"{achtergrond}: burgers in de opslag", f"{aantal:,}".replace(",", "."), "1.000.000+"),
        (f"{achtergrond}: zoeken op BSN (p95)", f"{_p(bsn, 95):.2f} ms", "≤ 10 ms"),
        (f"{achtergrond}: zoeken op naam + geboortedatum (p95)", f"{_p(naam, 95):.2f} ms", "≤ 50 ms"),
        (f"{achtergrond}: klantbeeld laden incl. inzagelog (p50)", f"{_p(beeld, 50):.2f} ms", "–"),
        (f"{achtergrond}: klantbeeld laden incl. inzagelog (p95)", f"{_p(beeld, 95):.2f} ms", budget_beeld),
    ]


def druk_af(rijen: list[tuple[str, str, str]]) -> None:
    breedte = max(len(r[0]) for r in rijen)
    print(f"{'meting'.ljust(breedte)}  {'gemeten':>14}  budget")
    for naam, gemeten, budget in rijen:
        print(f"{naam.ljust(breedte)}  {gemeten:>14}  {budget}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", default=STANDAARD_DB)
    parser.add_argument("--rounds", type=int, default=300)
    args = parser.parse_args()
    druk_af(run(args.database, args.rounds))


if __name__ == "__main__":
    main()
