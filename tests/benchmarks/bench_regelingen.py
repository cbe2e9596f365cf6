"""Benchmark of the arrangement use cases on a local (SQLite) store: `.venv/bin/python
tests/benchmarks/bench_regelingen.py [--rondes N]`.

Measures what a caseworker waits for in the Regelingen editor and the Beoordelen queue, each one transaction with
its audit events: proposing a persoonlijke regeling of 36 instalments with a pause (38 termijn rows, four eyes),
approving it, recording a payment, comparing the three options, and the arrangement letter (render only, and
render + store as a Document). ARCHITECTURE §7 sets a budget for one letter (≤ 150 ms); the others are our own
(≤ 300 ms a write, ≤ 50 ms the comparison), well within what a dialog may take while it shows progress.

`run()` returns rows (name, measured, budget) for tests/benchmarks/run_all.py.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from models.domain import RegelingSoort, Rol  # noqa: E402 - after the sys.path set-up for direct runs
from models.services.regelingen import Regelingendienst  # noqa: E402
from models.store.engine import maak_engine, migreer, sqlite_url  # noqa: E402
from models.store.opslag import Opslag  # noqa: E402
from models.store.rows_regelingen import RegelingVoorstel  # noqa: E402
from tests import fabriek  # noqa: E402
from tests.regelingen import hulp  # noqa: E402

D = Decimal
DAG = dt.date(2026, 1, 12)
START = dt.date(2026, 2, 1)


def _p(tijden: list[float], q: int) -> float:
    return statistics.quantiles(tijden, n=100, method="inclusive")[q - 1] if len(tijden) > 1 else tijden[0]


def _meet(tijden: dict[str, list[float]], naam: str, functie: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Call `functie` once, add its duration in ms to `tijden[naam]`, return its result."""
    begin = time.perf_counter()
    uitkomst = functie(*args, **kwargs)
    tijden.setdefault(naam, []).append((time.perf_counter() - begin) * 1000)
    return uitkomst


def run(rondes: int = 20) -> list[tuple[str, str, str]]:
    map_ = Path(tempfile.mkdtemp(prefix="bench-regelingen-"))
    engine = maak_engine(sqlite_url(map_ / "regelingen.sqlite"))
    migreer(engine)
    opslag = Opslag(engine)
    dienst = Regelingendienst(opslag, hulp.FONTS, hulp.LETTERS)
    begeleider = fabriek.medewerker(opslag, Rol.BEGELEIDER)
    supervisor = fabriek.medewerker(opslag, Rol.SUPERVISOR)
    tijden: dict[str, list[float]] = {}
    for _ in range(rondes):
        burger = fabriek.burger(opslag)
        fabriek.traject(opslag, burger, begeleider.id)
        ids = (
            hulp.vordering(opslag, burger, "huurtoeslag", 2024, D("1850.00"), vervaldatum=dt.date(2025, 8, 12)),
            hulp.vordering(opslag, burger, "zorgtoeslag", 2024, D("412.00"), vervaldatum=dt.date(2025, 8, 12)),
            hulp.vordering(opslag, burger, "kinderopvangtoeslag", 2024, D("960.00"), vervaldatum=dt.date(2025, 10, 27)),
        )
        voorstel = RegelingVoorstel(
            burger_id=burger,
            vordering_ids=ids,
            soort=RegelingSoort.PERSOONLIJK,
            startdatum=START,
            capaciteit=hulp.CAPACITEIT,
            looptijd=36,
            pauze_vanaf=dt.date(2026, 5, 1),
            pauze_maanden=2,
            motivatie="Benchmark.",
        )
        _meet(
            tijden,
            "vergelijk",
            dienst.vergelijk,
            begeleider,
            burger,
            ids,
            startdatum=START,
            vandaag=DAG,
            capaciteit=hulp.CAPACITEIT,
        )
        b = _meet(tijden, "voorstel", dienst.stel_voor, begeleider, voorstel, vandaag=DAG).beoordeling
        r = _meet(tijden, "goedkeuren", dienst.keur_goed, supervisor, b.id, b.version, "Akkoord.", vandaag=DAG).regeling
        _meet(
            tijden,
            "betaling",
            dienst.registreer_betaling,
            begeleider,
            r.id,
            r.version,
            r.schema[0].bedrag,
            betaaldatum=START,
            vandaag=START,
        )
        _meet(tijden, "brief", dienst.regelingsbrief, begeleider, r.id, "nl", vandaag=START)
        _meet(tijden, "bewaar", dienst.maak_regelingsbrief, begeleider, r.id, "nl", vandaag=START)
    engine.dispose()
    eerste = {k: v[1:] or v for k, v in tijden.items()}  # the first round warms caches (fonts, letter texts)
    return [
        ("regeling voorstellen, 36 termijnen + pauze (p95)", f"{_p(eerste['voorstel'], 95):.0f} ms", "≤ 300 ms"),
        ("voorstel goedkeuren (p95)", f"{_p(eerste['goedkeuren'], 95):.0f} ms", "≤ 300 ms"),
        ("betaling registreren (p95)", f"{_p(eerste['betaling'], 95):.0f} ms", "≤ 300 ms"),
        ("opties vergelijken (p95)", f"{_p(eerste['vergelijk'], 95):.1f} ms", "≤ 50 ms"),
        ("regelingsbrief renderen (p95)", f"{_p(eerste['brief'], 95):.0f} ms", "≤ 150 ms"),
        ("regelingsbrief renderen + bewaren (p95)", f"{_p(eerste['bewaar'], 95):.0f} ms", "–"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rondes", type=int, default=20)
    args = parser.parse_args()
    for naam, gemeten, budget in run(args.rondes):
        print(f"{naam:<50} {gemeten:>10}  {budget}")


if __name__ == "__main__":
    main()
