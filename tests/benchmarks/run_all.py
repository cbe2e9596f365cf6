"""Run every benchmark and print one table: `.venv/bin/python tests/benchmarks/run_all.py`.

Each `bench_*.py` module in this folder exposes `run() -> list[(name, measured, budget)]`. The store and UI
benchmarks use the 1M-household SQLite store at /tmp/werkplek-1m.sqlite; when it is missing it is generated
first (about ten minutes; `--households` makes a smaller one for a quick look). Speed is measured here, never
asserted in the test suite.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
import traceback
from pathlib import Path

MAP = Path(__file__).resolve().parent
sys.path.insert(0, str(MAP.parents[1]))


def _laad(naam: str) -> object:
    spec = importlib.util.spec_from_file_location(naam, MAP / f"{naam}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", default="sqlite:////tmp/werkplek-1m.sqlite")
    parser.add_argument("--households", type=int, default=1_000_000, help="size of the store to generate if missing")
    parser.add_argument("--pg", help="also measure the store on this PostgreSQL URL (a populated team server)")
    parser.add_argument("--alleen", nargs="*", help="only these modules, e.g. bench_calc bench_letters")
    args = parser.parse_args()

    pad = Path(args.database.removeprefix("sqlite:///"))
    if args.database.startswith("sqlite") and not pad.exists():
        print(f"{pad} ontbreekt: demo-opslag met {args.households:,} huishoudens genereren…", flush=True)
        _laad("bench_demo").run(args.households, args.database)  # type: ignore[attr-defined]

    modules = sorted(p.stem for p in MAP.glob("bench_*.py"))
    if args.alleen:
        modules = [m for m in modules if m in args.alleen]
    rijen: list[tuple[str, str, str]] = []
    mislukt = 0
    for naam in modules:
        if naam == "bench_demo" and not args.alleen:
            continue  # generation is measured when the store is made (or on request: --alleen bench_demo)
        begin = time.perf_counter()
        try:
            module = _laad(naam)
            if naam == "bench_store":
                rijen += module.run(args.database)  # type: ignore[attr-defined]
                if args.pg:
                    rijen += module.run(args.pg)  # type: ignore[attr-defined]
            elif naam in ("bench_ui", "bench_begeleiding", "bench_kpi"):
                rijen += module.run(args.database)  # type: ignore[attr-defined]
            else:
                rijen += module.run()  # type: ignore[attr-defined]
        except Exception:
            mislukt += 1
            traceback.print_exc()
            rijen.append((f"{naam}: MISLUKT", "–", "–"))
        print(f"  {naam} klaar in {time.perf_counter() - begin:.1f} s", file=sys.stderr, flush=True)

    breedte = max(len(r[0]) for r in rijen)
    print(f"\n{'meting'.ljust(breedte)}  {'gemeten':>16}  budget")
    print("-" * (breedte + 30))
    for naam, gemeten, budget in rijen:
        print(f"{naam.ljust(breedte)}  {gemeten:>16}  {budget}")
    return 1 if mislukt else 0


if __name__ == "__main__":
    sys.exit(main())
