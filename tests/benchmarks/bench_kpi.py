"""Benchmark of the supervisor dashboard: every KPI with its trend, and each drill-down list, on a large store.

Run: `.venv/bin/python tests/benchmarks/bench_kpi.py [--database sqlite:////tmp/werkplek-1m.sqlite] [--rondes 5]`.
`run()` returns rows (name, measured, budget) for `tests/benchmarks/run_all.py`.

The store is only read. ARCHITECTURE §7 sets no budget for the dashboard; ours: all figures of one reference date
≤ 5 s on a 1M-household store (the view shows a busy indicator meanwhile; it is not on a caseworker's phone
call), one drill-down list (at most 5.000 rows) ≤ 2 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from models.domain import Rol
from models.store.engine import maak_engine
from models.store.kpi import KpiRepository
from models.store.medewerkers import MedewerkerRepository
from models.store.opslag import Opslag
from models.store.rows_kpi import KpiSleutel

STANDAARD_DB = "sqlite:////tmp/werkplek-1m.sqlite"
PEILDATUM = dt.date(2026, 11, 27)
BUDGET_CIJFERS_MS = 5000.0
BUDGET_DRILL_MS = 2000.0


def run(database: str = STANDAARD_DB, rondes: int = 3) -> list[tuple[str, str, str]]:
    engine = maak_engine(database)
    opslag = Opslag(engine)
    try:
        supervisor = MedewerkerRepository(opslag).alle(rol=Rol.SUPERVISOR)[0]
        repo = KpiRepository(opslag)
        with engine.connect() as conn:
            aantal = conn.exec_driver_sql("SELECT count(*) FROM burger").scalar_one()
        tijden: list[float] = []
        for _ in range(rondes):
            begin = time.perf_counter()
            cijfers = repo.cijfers(supervisor, PEILDATUM)
            tijden.append((time.perf_counter() - begin) * 1000)
        rijen = [
            (
                f"dashboard: alle KPI's met trend ({aantal:,} burgers), mediaan",
                f"{statistics.median(tijden):.0f} ms",
                f"≤ {BUDGET_CIJFERS_MS:.0f} ms",
            )
        ]
        for k in cijfers.kpis:
            print(f"  {k.titel}: {k.waarde} ({k.teller}/{k.noemer})", file=sys.stderr)
        for sleutel in KpiSleutel:
            drill: list[float] = []
            for _ in range(rondes):
                begin = time.perf_counter()
                lijst = repo.drilldown(supervisor, sleutel, PEILDATUM)
                drill.append((time.perf_counter() - begin) * 1000)
            rijen.append(
                (
                    f"dashboard: drill-down {sleutel.value} ({lijst.totaal:,} gevallen, {len(lijst.regels):,} gelezen)",
                    f"{statistics.median(drill):.0f} ms",
                    f"≤ {BUDGET_DRILL_MS:.0f} ms",
                )
            )
        return rijen
    finally:
        engine.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", default=STANDAARD_DB)
    parser.add_argument("--rondes", type=int, default=3)
    args = parser.parse_args()
    for naam, gemeten, budget in run(args.database, args.rondes):
        print(f"{naam:<90} {gemeten:>10}  {budget}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
