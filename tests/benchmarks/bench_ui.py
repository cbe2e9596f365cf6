"""Benchmark of the workstation's UI: the klantbeeld painted after the data arrive, and start-up to login window.

Run: `.venv/bin/python tests/benchmarks/bench_ui.py [--database URL] [--rondes N]` (offscreen). With a populated
store (the 1M-household SQLite store of `bench_demo.py` by default, when it exists) the largest household of a
sample is loaded through the real repository; without one a large synthetic household is built in memory.

Budgets (ARCHITECTURE §7): klantbeeld view painted ≤ 100 ms after the data arrive; application start to login
window ≤ 1.5 s. Start-up is measured by launching the real application with `WERKPLEK_STOP_NA_LOGIN=1`, which
prints when the login window is visible and when it lists the accounts, and then quits.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

STANDAARD_DB = "sqlite:////tmp/werkplek-1m.sqlite"


# --- data ------------------------------------------------------------------------------------------------------


def _groot_synthetisch(peildatum: dt.date) -> Any:
    """A household far above average: 400 contacts, 3 years × 4 toeslagen with monthly payments, many claims."""
    from models.calc.invoer import Regeling
    from models.domain import Contactkanaal
    from models.store.rows import (
        BeschikkingRow,
        BetalingRow,
        BetalingsregelingRow,
        BurgerKort,
        BurgerRow,
        ContactRow,
        DocumentRow,
        KindRow,
        Klantbeeld,
        PartnerschapRow,
        SignaalRow,
        TaakRow,
        TermijnRow,
        ToeslagRow,
        TrajectRow,
        VorderingRow,
    )

    moment = dt.datetime(2026, 11, 1, 10, 0, tzinfo=dt.UTC)
    burger = BurgerRow(
        1,
        "123456782",
        "Fatima",
        None,
        "El Amrani",
        dt.date(1984, 3, 12),
        "Grote Markt",
        12,
        None,
        "8011AB",
        "Zwolle",
        "NL",
        "0612345678",
        None,
        None,
        "nl",
        "post",
        None,
        None,
        1,
    )
    toeslagen = tuple(
        ToeslagRow(
            i,
            r,
            j,
            "definitief" if j < 2026 else "lopend",
            1,
            12,
            Decimal(4800),
            Decimal(400),
            Decimal(4800),
            Decimal(4200) if j < 2026 else None,
            Decimal(-600) if j < 2026 else None,
            False,
            {},
            None,
            1,
        )
        for i, (r, j) in enumerate(((r, j) for r in Regeling for j in (2024, 2025, 2026)), start=1)
    )
    betalingen = tuple(
        BetalingRow(n, t.id, "voorschot", dt.date(t.jaar, m, 20), Decimal(400), f"Voorschot {t.regeling.label}")
        for n, (t, m) in enumerate(((t, m) for t in toeslagen for m in range(1, 13)), start=1)
    )
    beschikkingen = tuple(
        BeschikkingRow(
            n,
            t.id,
            "voorschot",
            f"B{n:09d}",
            dt.date(t.jaar - 1, 12, 1),
            dt.date(t.jaar, 1, 12),
            Decimal(4800),
            Decimal(400),
            None,
            f"Voorschot {t.regeling.label} {t.jaar}",
        )
        for n, t in enumerate(toeslagen, start=1)
    )
    contacten = tuple(
        ContactRow(
            n,
            "J. de Vries",
            Contactkanaal.TELEFOON,
            "inkomend",
            moment - dt.timedelta(days=n),
            f"Vraag {n} over de terugvordering",
            "Uitleg gegeven over de definitieve berekening. " * 3,
            "Terugbellen",
            False,
            None,
            1,
        )
        for n in range(1, 401)
    )
    vorderingen = tuple(
        VorderingRow(
            n,
            Regeling.HUURTOESLAG,
            2024,
            f"V{n:09d}",
            Decimal(600),
            Decimal(500),
            Decimal(3),
            Decimal(0),
            dt.date(2025, 7, 1),
            dt.date(2025, 8, 12),
            "open" if n % 3 else "aanmaning",
            None,
            None,
            None,
            1,
        )
        for n in range(1, 13)
    )
    termijnen = tuple(
        TermijnRow(
            n,
            n,
            dt.date(2025 + (n + 9) // 12, (n + 9) % 12 + 1, 1),
            Decimal(85),
            Decimal(85) if n <= 13 else Decimal(0),
            "betaald" if n <= 13 else "open",
            None,
            None,
            1,
        )
        for n in range(1, 37)
    )
    regeling = BetalingsregelingRow(
        1,
        "persoonlijk",
        "actief",
        Decimal(3060),
        Decimal(85),
        36,
        dt.date(2025, 10, 1),
        None,
        None,
        (1, 2),
        termijnen,
        None,
        None,
        None,
        1,
    )
    documenten = tuple(
        DocumentRow(
            n,
            "beschikking",
            f"Beschikking {n}",
            f"D{n:09d}",
            dt.date(2025, 1, 1) + dt.timedelta(days=7 * n),
            "nl",
            None,
            None,
            True,
            None,
        )
        for n in range(1, 61)
    )
    partner = PartnerschapRow(
        1, BurgerKort(2, "111222333", "Youssef El Amrani", dt.date(1981, 7, 4)), dt.date(2019, 3, 1), None, False
    )
    return Klantbeeld(
        burger=burger,
        peildatum=peildatum,
        partners=(partner,),
        kinderen=(KindRow(1, "Sami", dt.date(2012, 2, 11), True), KindRow(2, "Amira", dt.date(2017, 5, 20), True)),
        medebewoners=(),
        toeslagen=toeslagen,
        beschikkingen=beschikkingen,
        betalingen=betalingen,
        vorderingen=vorderingen,
        regelingen=(regeling,),
        contacten=contacten,
        taken=tuple(
            TaakRow(
                n,
                1,
                "Fatima El Amrani",
                1,
                "terugbellen",
                f"Terugbellen {n}",
                peildatum,
                "open",
                None,
                None,
                None,
                None,
                1,
            )
            for n in range(1, 6)
        ),
        documenten=documenten,
        trajecten=(
            TrajectRow(
                1,
                1,
                1,
                "J. de Vries",
                "selectie",
                None,
                "actief",
                2,
                dt.date(2026, 9, 1),
                dt.date(2026, 9, 8),
                dt.date(2026, 9, 3),
                None,
                None,
                None,
                None,
                None,
                None,
                1,
            ),
        ),
        signalen=tuple(
            SignaalRow(
                n,
                1,
                "hoge_terugvordering",
                "urgent",
                "nieuw",
                "regel",
                "uitleg",
                {"bedrag": "900"},
                moment,
                None,
                None,
                1,
            )
            for n in range(1, 4)
        ),
        notities=(),
        kwetsbaarheden=(),
    )


def _grootste_uit_opslag(database: str, steekproef: int = 400) -> tuple[Any, str]:
    """Load the largest household of a random sample through the real repository (as a begeleider)."""
    import random

    from sqlalchemy import func, select

    from models.domain import InzageReden, Rol
    from models.store.engine import maak_engine
    from models.store.klantbeeld import KlantbeeldRepository
    from models.store.medewerkers import MedewerkerRepository
    from models.store.opslag import Opslag
    from models.store.tables import Betaling, Burger, Contactmoment

    engine = maak_engine(database)
    opslag = Opslag(engine)
    try:
        with opslag.lezen() as s:
            hoogste = s.execute(select(func.max(Burger.__table__.c.id))).scalar_one()  # type: ignore[attr-defined]
            kans = random.Random(11)
            ids = [kans.randint(1, hoogste) for _ in range(steekproef)]
            c = Contactmoment.__table__  # type: ignore[attr-defined]
            b = Betaling.__table__  # type: ignore[attr-defined]
            tellingen: dict[int, int] = dict.fromkeys(ids, 0)
            for burger_id, aantal in s.execute(
                select(c.c.burger_id, func.count()).where(c.c.burger_id.in_(ids)).group_by(c.c.burger_id)
            ):
                tellingen[burger_id] += aantal
            for burger_id, aantal in s.execute(
                select(b.c.burger_id, func.count()).where(b.c.burger_id.in_(ids)).group_by(b.c.burger_id)
            ):
                tellingen[burger_id] += aantal
        grootste = max(tellingen, key=lambda k: tellingen[k])
        actor = MedewerkerRepository(opslag).alle(rol=Rol.BEGELEIDER)[0]
        kb = KlantbeeldRepository(opslag).laad(actor, grootste, reden=InzageReden.KWALITEIT, context="benchmark")
        regels = len(kb.contacten) + len(kb.betalingen) + len(kb.beschikkingen) + len(kb.documenten)
        return kb, f"grootste van {steekproef} uit de opslag, {regels} tijdlijnregels"
    finally:
        engine.dispose()


# --- measurements --------------------------------------------------------------------------------------------------


def meet_klantbeeld(kb: Any, rondes: int) -> tuple[list[float], list[float]]:
    """Milliseconds from handing the loaded klantbeeld to the view until it is laid out and painted: wall-clock
    time, and the GUI thread's CPU time (which does not grow when other processes compete for the cores)."""
    from PySide6.QtWidgets import QApplication

    from desktop.app import maak_applicatie, maak_diensten
    from models.domain import Rol
    from models.store.engine import maak_engine, migreer
    from models.store.opslag import Opslag
    from models.store.rows import MedewerkerRow
    from ui.tasks import TaskRunner
    from ui.views.klantbeeld.view import KlantbeeldView

    app, kleuren = maak_applicatie(["bench_ui"])
    engine = maak_engine("sqlite://")
    migreer(engine)
    diensten = maak_diensten(Opslag(engine, "bench"), "bench")  # the view never calls the store in `toon`
    runner = TaskRunner()
    actor = MedewerkerRow(1, "bench", "J. de Vries", Rol.BEGELEIDER)
    view = KlantbeeldView(diensten, actor, runner, kleuren)
    view.resize(1440, 860)
    view.show()
    app.processEvents()
    tijden: list[float] = []
    cpu: list[float] = []
    for ronde in range(rondes + 2):
        # a fresh snapshot each round (as after a reload), so no cached row text is reused
        beeld = replace(kb, extra={"ronde": ronde})
        begin = time.perf_counter()
        begin_cpu = time.thread_time()
        view.toon(beeld)  # what the TaskRunner's callback does when the data arrive
        QApplication.sendPostedEvents()  # layout requests and the update request: layout and paint, once
        app.processEvents()
        duur = (time.perf_counter() - begin) * 1000
        duur_cpu = (time.thread_time() - begin_cpu) * 1000
        if ronde >= 2:  # the first rounds warm fonts, icons and the style
            tijden.append(duur)
            cpu.append(duur_cpu)
    view.close()
    runner.shutdown()
    engine.dispose()
    return tijden, cpu


def meet_start(database: str | None, rondes: int) -> tuple[list[float], list[float], list[float], str]:
    """Seconds from launching `python -m desktop` until the login window is visible, and until it lists accounts;
    and the CPU seconds of the whole run (start, login window, quit), which other processes do not inflate."""
    import resource

    with tempfile.TemporaryDirectory(prefix="werkplek-bench-") as tmp:
        omgeving = dict(
            os.environ,
            WERKPLEK_STOP_NA_LOGIN="1",
            WERKPLEK_DATA=str(Path(tmp) / "data"),
            XDG_CONFIG_HOME=str(Path(tmp) / "config"),
            QT_QPA_PLATFORM="offscreen",
        )
        argumenten = [sys.executable, "-m", "desktop"]
        if database:
            argumenten += ["--database", database]
            waar = "opslag " + database.split("/")[-1]
        else:
            from models.demo.generator import genereer
            from models.store.engine import maak_engine, sqlite_url

            engine = maak_engine(sqlite_url(Path(tmp) / "data" / "werkplek.sqlite"))
            genereer(engine, huishoudens=200)
            engine.dispose()
            waar = "lokale opslag, 200 huishoudens"
        zichtbaar, klaar, cpu = [], [], []
        for _ in range(rondes + 1):
            voor = resource.getrusage(resource.RUSAGE_CHILDREN)
            begin = time.time()
            uit = subprocess.run(
                argumenten, cwd=ROOT, env=omgeving, capture_output=True, text=True, timeout=120, check=False
            )
            regel = next((r for r in uit.stdout.splitlines() if r.startswith("WERKPLEK-START ")), None)
            if uit.returncode != 0 or regel is None or "fout" in regel:
                raise RuntimeError(f"de werkplek startte niet: {uit.stdout}{uit.stderr}")
            tijden = {k: float(v) for k, v in (deel.split("=") for deel in regel.split()[1:])}
            na = resource.getrusage(resource.RUSAGE_CHILDREN)
            zichtbaar.append(tijden["zichtbaar"] - begin)
            klaar.append(tijden["klaar"] - begin)
            cpu.append(na.ru_utime + na.ru_stime - voor.ru_utime - voor.ru_stime)
        return zichtbaar[1:], klaar[1:], cpu[1:], waar  # the first launch warms the disk cache


def run(database: str | None = None, rondes: int = 20, starts: int = 5) -> list[tuple[str, str, str]]:
    if database is None and Path(STANDAARD_DB.removeprefix("sqlite:///")).exists():
        database = STANDAARD_DB
    if database and database.startswith("sqlite") and not Path(database.removeprefix("sqlite:///")).exists():
        database = None
    if database:
        kb, bron = _grootste_uit_opslag(database)
    else:
        kb, bron = _groot_synthetisch(dt.date(2026, 11, 27)), "synthetisch: 400 contacten, 432 betalingen"
    wand, cpu = meet_klantbeeld(kb, rondes)
    verf = sorted(wand)
    p95 = verf[min(len(verf) - 1, round(0.95 * (len(verf) - 1)))]
    belasting = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    zichtbaar, klaar, start_cpu, waar = meet_start(database, starts)
    return [
        (f"klantbeeld getekend na aankomst data, mediaan ({bron})", f"{statistics.median(verf):.1f} ms", "≤ 100 ms"),
        ("klantbeeld getekend na aankomst data, p95", f"{p95:.1f} ms", "≤ 100 ms"),
        ("klantbeeld getekend, CPU-tijd GUI-thread, mediaan", f"{statistics.median(cpu):.1f} ms", "≤ 100 ms"),
        (f"start tot inlogvenster zichtbaar, mediaan ({waar})", f"{statistics.median(zichtbaar):.2f} s", "≤ 1,5 s"),
        ("start tot inlogvenster met accounts (opslag open), mediaan", f"{statistics.median(klaar):.2f} s", "≤ 1,5 s"),
        (
            "start tot inlogvenster met accounts, CPU-tijd van het hele proces",
            f"{statistics.median(start_cpu):.2f} s",
            "–",
        ),
        ("belasting van de machine tijdens de meting (load average, 1 min)", f"{belasting:.1f}", "–"),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", help=f"a populated store (default {STANDAARD_DB} when it exists)")
    parser.add_argument("--rondes", type=int, default=20)
    parser.add_argument("--starts", type=int, default=5)
    args = parser.parse_args()
    rijen = run(args.database, args.rondes, args.starts)
    breedte = max(len(r[0]) for r in rijen)
    print(f"{'meting':<{breedte}}  {'gemeten':>10}  budget")
    for naam, gemeten, budget in rijen:
        print(f"{naam:<{breedte}}  {gemeten:>10}  {budget}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
