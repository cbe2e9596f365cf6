"""Benchmark of the demo generator: generate a store, then print households, time, rate, peak memory, file size.

Run: `.venv/bin/python tests/benchmarks/bench_demo.py --households 1000000 --database sqlite:////tmp/werkplek-1m.sqlite`
(an existing SQLite file at that path is replaced). `run(households)` returns the rows for
`tests/benchmarks/run_all.py`. Budget (ARCHITECTURE §7): 1,000,000 households within 10 minutes and 2 GB.

Peak memory is the largest resident set of this process and of its worker processes (`resource.getrusage`).
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy.engine import make_url

from models.demo.generator import genereer
from models.store.engine import maak_engine

STANDAARD_DB = "sqlite:////tmp/werkplek-1m.sqlite"
BUDGET_SECONDEN_PER_MILJOEN = 600
BUDGET_GEHEUGEN_MB = 2048


def _piek_mb() -> float:
    """Peak resident memory in MB of this process or its (finished) children, whichever is larger."""
    eigen = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kinderen = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(eigen, kinderen) / 1024  # ru_maxrss is in kilobytes on Linux


def _sqlite_pad(database: str) -> Path | None:
    url = make_url(database)
    return Path(url.database) if url.get_backend_name() == "sqlite" and url.database else None


def meet(households: int, database: str) -> dict[str, float]:
    pad = _sqlite_pad(database)
    if pad is not None:
        for bestand in (pad, pad.with_name(pad.name + "-wal"), pad.with_name(pad.name + "-shm")):
            bestand.unlink(missing_ok=True)
    engine = maak_engine(database)
    laatste = [0.0]

    def voortgang(gedaan: int, totaal: int) -> None:
        nu = time.perf_counter()
        if nu - laatste[0] > 10 or gedaan == totaal:
            laatste[0] = nu
            print(f"  {gedaan:>9,} / {totaal:,} huishoudens", file=sys.stderr, flush=True)

    begin = time.perf_counter()
    samenvatting = genereer(engine, huishoudens=households, voortgang=voortgang)
    seconden = time.perf_counter() - begin
    engine.dispose()
    return {
        "huishoudens": samenvatting.huishoudens,
        "seconden": seconden,
        "per_seconde": samenvatting.huishoudens / seconden,
        "piek_mb": _piek_mb(),
        "bestand_mb": pad.stat().st_size / 1024 / 1024 if pad is not None else float("nan"),
        "burgers": samenvatting.burgers,
        "toeslagen": samenvatting.toeslagen,
    }


def run(
    households: int = 100_000, database: str = "sqlite:////tmp/werkplek-bench-demo.sqlite"
) -> list[tuple[str, str, str]]:
    m = meet(households, database)
    budget_s = BUDGET_SECONDEN_PER_MILJOEN * households / 1_000_000
    return [
        ("demo-opslag: huishoudens", f"{m['huishoudens']:,.0f}".replace(",", "."), "1.000.000"),
        ("demo-opslag: genereren", f"{m['seconden']:.1f} s", f"≤ {budget_s:.0f} s"),
        ("demo-opslag: huishoudens per seconde", f"{m['per_seconde']:,.0f}".replace(",", "."), "≥ 1.667"),
        ("demo-opslag: piekgeheugen (RSS)", f"{m['piek_mb']:,.0f} MB".replace(",", "."), f"≤ {BUDGET_GEHEUGEN_MB} MB"),
        ("demo-opslag: bestandsgrootte", f"{m['bestand_mb']:,.0f} MB".replace(",", "."), "–"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, default=100_000)
    parser.add_argument("--database", default=STANDAARD_DB)
    args = parser.parse_args()
    rijen = run(args.households, args.database)
    breedte = max(len(r[0]) for r in rijen)
    print(f"{'meting'.ljust(breedte)}  {'gemeten':>14}  budget")
    for naam, gemeten, budget in rijen:
        print(f"{naam.ljust(breedte)}  {gemeten:>14}  {budget}")


if __name__ == "__main__":
    main()
