"""Benchmark of the collection calculations: `.venv/bin/python tests/benchmarks/bench_regeling.py [--rondes N]`.

Measures the latency of one arrangement with its full trace, as the Regelingen editor recomputes it on every
keystroke: a standard 24-month schedule, a persoonlijke regeling with the capacity calculation, three merged claims
with the interest inside the instalments, and one `werkplek-reken` JSON line. ARCHITECTURE §7 sets no budget for
these; the target here (≤ 5 ms p95, well inside a 16 ms keystroke) is our own.

`run()` returns rows (name, measured, budget) for tests/benchmarks/run_all.py. Times are CPU time of this process.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from models.calc.betalingsregeling import (  # noqa: E402 - after the sys.path set-up for direct runs
    Capaciteitsinvoer,
    Leefsituatie,
    Vordering,
    persoonlijke_regeling,
    standaardregeling,
    verwerk_json,
)

__all__ = ["run"]

_START = dt.date(2026, 2, 1)
_BUDGET = "≤ 5 ms p95 (eigen doel)"
_VORDERINGEN = (
    Vordering("HT 2024", Decimal("1850.00"), dt.date(2025, 10, 1), kosten=Decimal("18.00")),
    Vordering("ZT 2024", Decimal("420.00"), dt.date(2025, 11, 15)),
    Vordering("KOT 2024", Decimal("3100.00"), dt.date(2026, 1, 10), rente=Decimal("12.00")),
)
_CAPACITEIT = Capaciteitsinvoer(
    Leefsituatie.GEHUWDEN,
    netto_inkomen=Decimal("2100.00"),
    netto_inkomen_partner=Decimal("650.00"),
    woonlasten=Decimal("820.00"),
    huurtoeslag=Decimal("180.00"),
    zorgpremie=Decimal("290.00"),
    zorgtoeslag=Decimal("210.00"),
)
_REGEL = {"regeling": "betalingsregeling", "soort": "standaard", "schuld": "4321.09", "startdatum": "2026-02-01"}


def _meet(functie: Callable[[], Any], rondes: int) -> tuple[float, float]:
    tijden = []
    for _ in range(rondes):
        begin = time.process_time()
        functie()
        tijden.append((time.process_time() - begin) * 1000)
    tijden.sort()
    return statistics.median(tijden), tijden[max(0, int(len(tijden) * 0.95) - 1)]


def run(rondes: int = 300) -> list[tuple[str, str, str]]:
    """Measure every case `rondes` times; rows (name, "p50 / p95 ms", budget)."""
    gevallen: dict[str, Callable[[], Any]] = {
        "regeling: standaard 24 mnd + rente + uitleg": lambda: standaardregeling(Decimal("4321.09"), _START),
        "regeling: persoonlijk met capaciteit": lambda: persoonlijke_regeling(_VORDERINGEN, _START, _CAPACITEIT),
        "regeling: 3 vorderingen, rente in termijnen": lambda: standaardregeling(
            _VORDERINGEN, _START, rente_in_termijnen=True
        ),
        "regeling: één JSON-regel (verwerk_json)": lambda: verwerk_json(dict(_REGEL)),
    }
    rijen = []
    for naam, functie in gevallen.items():
        functie()  # warm up (imports, caches)
        p50, p95 = _meet(functie, rondes)
        rijen.append((naam, f"{p50:.2f} / {p95:.2f} ms", _BUDGET))
    return rijen


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rondes", type=int, default=300)
    args = parser.parse_args()
    for naam, gemeten, budget in run(args.rondes):
        print(f"{naam:<48} {gemeten:>20}  {budget}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
