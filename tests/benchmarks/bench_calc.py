"""Benchmark of the calculation core: `.venv/bin/python tests/benchmarks/bench_calc.py [--regels N]`.

Measures (ARCHITECTURE.md §7):
- single-household latency: all four toeslagen for one household with the full trace (`api.bereken`), p50/p95;
- `werkplek-reken` batch throughput in lines per second, for a zorgtoeslag batch and a mixed batch (all four
  toeslagen, some with a settlement), through the real console script (a subprocess, start-up included) and
  in-process (the same code path, `cli.verwerk_regels`), with and without the trace.

`run()` returns rows (name, measured, budget) for tests/benchmarks/run_all.py. Times are CPU time of the measuring
process where possible (the machine is shared); the subprocess figures are wall-clock time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from models.calc.api import bereken  # noqa: E402 - after the sys.path set-up for direct runs
from models.calc.cli import verwerk_regels  # noqa: E402
from models.calc.invoer import Grondslagen, Regeling  # noqa: E402

__all__ = ["run"]

_REGELINGEN = ("zorgtoeslag", "huurtoeslag", "kindgebonden_budget", "kinderopvangtoeslag")


def _huishouden(rnd: random.Random, jaar: int) -> dict[str, Any]:
    """One synthetic household with the fields all four toeslagen need (werkplek-reken field names)."""
    met_partner = rnd.random() < 0.45
    geboren = dt.date(rnd.randint(1950, 2002), rnd.randint(1, 12), rnd.randint(1, 28))
    kinderen = [
        {"geboortedatum": dt.date(rnd.randint(2009, jaar - 1), rnd.randint(1, 12), rnd.randint(1, 28)).isoformat()}
        for _ in range(rnd.choice((0, 1, 1, 2, 2, 3)))
    ]
    opvang = [
        {
            "kind": i,
            "soort": rnd.choice(("dagopvang", "bso", "gastouderopvang")),
            "uren_per_maand": str(rnd.randint(40, 200)),
            "uurprijs": f"{rnd.randint(700, 1150) / 100:.2f}",
            "maanden": rnd.choice((10, 11, 12)),
        }
        for i in range(len(kinderen))
        if rnd.random() < 0.6
    ]
    return {
        "jaar": jaar,
        "aanvrager": {
            "geboortedatum": geboren.isoformat(),
            "toetsingsinkomen": f"{rnd.randint(8_000, 70_000)}.00",
            "verzekerd": True,
        },
        "partner": {
            "geboortedatum": dt.date(geboren.year + rnd.randint(-3, 3), 6, 15).isoformat(),
            "toetsingsinkomen": f"{rnd.randint(0, 45_000)}.00",
            "verzekerd": True,
        }
        if met_partner
        else None,
        "vermogen": rnd.choice(("0.00", "0.00", "12000.00", "40000.00")),
        "kinderen": kinderen,
        "huur": {"kale_huur": f"{rnd.randint(450, 1000)}.00", "servicekosten": rnd.choice(("0.00", "35.00"))},
        "opvang": opvang,
    }


def _regels(aantal: int, *, gemengd: bool, zaad: int = 2026) -> list[bytes]:
    rnd = random.Random(zaad)
    uit = []
    for i in range(aantal):
        regel = _huishouden(rnd, rnd.choice((2024, 2025, 2026)))
        regel["regeling"] = _REGELINGEN[i % 4] if gemengd else "zorgtoeslag"
        if regel["regeling"] == "zorgtoeslag" and not gemengd:
            for veld in ("kinderen", "huur", "opvang"):
                del regel[veld]
        if gemengd and i % 5 == 0:
            regel["betaald_voorschot"] = f"{rnd.randint(0, 8000)}.00"
        uit.append(json.dumps(regel).encode())
    return uit


def latentie(huishoudens: int = 400) -> tuple[float, float]:
    """p50 and p95 in ms of all four toeslagen with trace for one household."""
    rnd = random.Random(7)
    gevallen = [Grondslagen.uit_dict(_huishouden(rnd, 2025)) for _ in range(huishoudens)]
    tijden = []
    for g in gevallen:
        begin = time.process_time()
        for regeling in Regeling:
            bereken(regeling, 2025, g)
        tijden.append((time.process_time() - begin) * 1000)
    # process_time has a coarse tick on some systems: also measure in blocks of 50 households
    blokken = []
    for i in range(0, len(gevallen), 50):
        begin = time.perf_counter()
        for g in gevallen[i : i + 50]:
            for regeling in Regeling:
                bereken(regeling, 2025, g)
        blokken.append((time.perf_counter() - begin) * 1000 / 50)
    p50 = statistics.median(blokken)
    tijden.sort()
    p95 = max(tijden[int(len(tijden) * 0.95) - 1], p50)
    return p50, p95


def doorvoer_intern(regels: list[bytes], *, met_uitleg: bool = True, herhaal: int = 3) -> float:
    """Lines per second (CPU time) through the werkplek-reken code path in this process; best of `herhaal`."""
    beste = float("inf")
    for _ in range(herhaal):
        uit: list[str] = []
        begin = time.process_time()
        verwerk_regels(regels, uit.append, met_uitleg=met_uitleg)
        beste = min(beste, time.process_time() - begin)
    return len(regels) / beste


def doorvoer_proces(regels: list[bytes], *args: str) -> float:
    """Lines per second (wall clock, start-up included) through the real `werkplek-reken` console script."""
    script = Path(sys.executable).with_name("werkplek-reken")
    opdracht = [str(script)] if script.exists() else [sys.executable, "-m", "models.calc.cli"]
    with tempfile.TemporaryFile() as invoer:
        invoer.write(b"\n".join(regels) + b"\n")
        invoer.seek(0)
        begin = time.perf_counter()
        proces = subprocess.run(
            [*opdracht, *args], stdin=invoer, stdout=subprocess.DEVNULL, cwd=ROOT, check=False, timeout=600
        )
        duur = time.perf_counter() - begin
    if proces.returncode != 0:
        raise RuntimeError(f"werkplek-reken eindigde met {proces.returncode}")
    return len(regels) / duur


def _ijk() -> float:
    """A CPU reference: µs for sum(range(1000)) (≈ 8–12 µs on a current laptop core)."""
    beste = float("inf")
    for _ in range(5):
        begin = time.perf_counter()
        for _ in range(2000):
            sum(range(1000))
        beste = min(beste, (time.perf_counter() - begin) / 2000 * 1e6)
    return beste


def run(aantal: int = 20_000) -> list[tuple[str, str, str]]:
    """Measure and return rows (name, measured, budget)."""
    zt = _regels(aantal, gemengd=False)
    gemengd = _regels(aantal, gemengd=True)
    p50, p95 = latentie()
    rijen = [
        ("calc: CPU-referentie sum(range(1000))", f"{_ijk():.1f} µs", "≈ 10 µs (gangbare laptop)"),
        ("calc: 4 toeslagen, 1 huishouden, met uitleg p50", f"{p50:.3f} ms", "≤ 1 ms"),
        ("calc: 4 toeslagen, 1 huishouden, met uitleg p95", f"{p95:.3f} ms", "≤ 1 ms"),
        ("calc: werkplek-reken zorgtoeslag (proces)", f"{doorvoer_proces(zt):,.0f} regels/s", "≥ 20.000 regels/s"),
        ("calc: werkplek-reken zorgtoeslag (in proces)", f"{doorvoer_intern(zt):,.0f} regels/s", "≥ 20.000 regels/s"),
        (
            "calc: werkplek-reken zorgtoeslag zonder uitleg (proces)",
            f"{doorvoer_proces(zt, '--zonder-uitleg'):,.0f} regels/s",
            "–",
        ),
        ("calc: werkplek-reken gemengd (proces)", f"{doorvoer_proces(gemengd):,.0f} regels/s", "≥ 20.000 regels/s"),
        ("calc: werkplek-reken gemengd (in proces)", f"{doorvoer_intern(gemengd):,.0f} regels/s", "≥ 20.000 regels/s"),
        (
            "calc: werkplek-reken gemengd zonder uitleg (in proces)",
            f"{doorvoer_intern(gemengd, met_uitleg=False):,.0f} regels/s",
            "–",
        ),
    ]
    return rijen


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--regels", type=int, default=20_000, help="lines per batch (default 20.000)")
    args = parser.parse_args()
    rijen = run(args.regels)
    breedte = max(len(r[0]) for r in rijen)
    print(f"{'meting'.ljust(breedte)}  {'gemeten':>20}  budget")
    print("-" * (breedte + 50))
    for naam, gemeten, budget in rijen:
        print(f"{naam.ljust(breedte)}  {gemeten:>20}  {budget}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
