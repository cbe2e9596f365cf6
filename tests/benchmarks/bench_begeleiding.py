"""Benchmark of persoonlijke begeleiding: the signal engine over a large store, and the caseload query.

Run: `.venv/bin/python tests/benchmarks/bench_begeleiding.py [--database sqlite:////tmp/werkplek-1m.sqlite]
[--processen 2] [--actueel-aandeel 0.3] [--rondes 30]`. `run()` returns the rows for `tests/benchmarks/run_all.py`.

The source store is never changed: it is copied to a scratch file next to it (SQLite only), and everything below
happens in the copy:

1. when the store holds no actual data for running toeslagen (`grondslagen_actueel`), a share of the running
   toeslagen of the peildatum year gets some (income ±25%, childcare hours ±30%, seeded), so the three rules that
   recompute toeslagen with the calculation core do real work, as they will on production data;
2. the signal engine runs over the whole store (`draai_signalen`, worker processes): time, citizens per second,
   peak memory of this process and of the workers, new signals per type;
3. a begeleider gets a caseload of 1,000 trajecten (a realistic mix of statuses, with tasks) and the caseload
   query is timed (budget ARCHITECTURE §7: ≤ 100 ms), with the inbox and the team distribution for reference.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.engine import make_url

from models.domain import Rol, SignaalType
from models.services.signalen import draai_signalen
from models.services.trajecten import intake_uiterlijk
from models.store.begeleiding import BegeleidingRepository
from models.store.engine import maak_engine
from models.store.medewerkers import MedewerkerRepository
from models.store.opslag import Opslag
from models.store.tables import Begeleidingstraject, Taak, Toeslag
from models.store.types import nu

STANDAARD_DB = "sqlite:////tmp/werkplek-1m.sqlite"
PEILDATUM = dt.date(2026, 11, 27)
CASELOAD = 1_000
BUDGET_CASELOAD_MS = 100.0
BUDGET_SIGNALEN_SECONDEN_PER_MILJOEN = 600  # "in minutes": ten at most for a million citizens


def _piek_mb() -> tuple[float, float]:
    """Peak resident memory in MB of this process and of its largest (finished) worker."""
    return (
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    )


def _kopie(database: str) -> str:
    url = make_url(database)
    if url.get_backend_name() != "sqlite" or not url.database:
        raise SystemExit("De benchmark werkt op een kopie van een SQLite-opslag; geef een sqlite:///-URL.")
    bron = Path(url.database)
    if not bron.exists():
        raise SystemExit(f"{bron} bestaat niet; maak hem met tests/benchmarks/bench_demo.py.")
    doel = bron.with_name(bron.stem + "-begeleiding-bench.sqlite")
    for pad in (doel, doel.with_name(doel.name + "-wal"), doel.with_name(doel.name + "-shm")):
        pad.unlink(missing_ok=True)
    with maak_engine(database).connect() as conn:  # fold the WAL into the file before copying it
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copyfile(bron, doel)
    return f"sqlite:///{doel}"


def _actuele_gegevens(opslag: Opslag, aandeel: float, seed: int = 7) -> int:
    """Give `aandeel` of the running toeslagen of the peildatum year actual data that differ from the voorschot."""
    t = Toeslag.__table__  # type: ignore[attr-defined]
    with opslag.lezen() as s:
        al = s.execute(select(func.count()).where(t.c.grondslagen_actueel.is_not(None))).scalar_one()
    if al or aandeel <= 0:
        return 0
    kans = random.Random(seed)
    bijgewerkt = 0
    laatste = 0
    while True:
        with opslag.lezen() as s:
            rijen = s.execute(
                select(t.c.id, t.c.grondslagen_voorschot)
                .where(t.c.id > laatste, t.c.jaar == PEILDATUM.year, t.c.status == "lopend")
                .order_by(t.c.id)
                .limit(50_000)
            ).all()
        if not rijen:
            return bijgewerkt
        laatste = rijen[-1].id
        waarden = []
        for r in rijen:
            if kans.random() >= aandeel:
                continue
            g = r.grondslagen_voorschot
            nieuw = json.loads(json.dumps(g))
            factor = Decimal(str(round(kans.uniform(0.75, 1.25), 3)))
            inkomen = Decimal(nieuw["aanvrager"]["toetsingsinkomen"]) * factor
            nieuw["aanvrager"]["toetsingsinkomen"] = str(inkomen.quantize(Decimal(1)))
            for o in nieuw.get("opvang", []):
                uren = Decimal(o["uren_per_maand"]) * Decimal(str(round(kans.uniform(0.7, 1.3), 2)))
                o["uren_per_maand"] = str(uren.quantize(Decimal(1)))
            waarden.append({"b_id": r.id, "actueel": nieuw})
        if waarden:
            with opslag.schrijven() as s:
                s.execute(
                    update(t).where(t.c.id == bindparam("b_id")).values(grondslagen_actueel=bindparam("actueel")),
                    waarden,
                )
            bijgewerkt += len(waarden)


def _caseload_van(opslag: Opslag, aantal: int, seed: int = 11) -> Any:
    """A begeleider with `aantal` open trajecten (15% aangemeld, 20% intake, 65% actief) and a task on each."""
    actor = MedewerkerRepository(opslag).maak(
        "bench_begeleider", "Benchmark Begeleider", Rol.BEGELEIDER, team="Team Bench"
    )
    tr = Begeleidingstraject.__table__  # type: ignore[attr-defined]
    t = Toeslag.__table__  # type: ignore[attr-defined]
    kans = random.Random(seed)
    with opslag.lezen() as s:
        bezet = select(tr.c.burger_id).where(tr.c.status != "afgesloten")
        burgers = [
            r[0]
            for r in s.execute(
                select(t.c.burger_id)
                .where(t.c.jaar == PEILDATUM.year, t.c.burger_id.not_in(bezet))
                .group_by(t.c.burger_id)
                .limit(aantal * 20)
            )
        ]
    burgers = sorted(kans.sample(burgers, aantal))
    trajecten, taken = [], []
    for burger_id in burgers:
        keuze = kans.random()
        status = "aangemeld" if keuze < 0.15 else "intake" if keuze < 0.35 else "actief"
        aangemeld = PEILDATUM - dt.timedelta(
            days=kans.randint(0, 12) if status == "aangemeld" else kans.randint(10, 300)
        )
        uiterlijk = intake_uiterlijk(aangemeld)
        trajecten.append(
            {
                "burger_id": burger_id,
                "begeleider_id": actor.id,
                "bron": kans.choice(["selectie", "selectie", "selectie", "balie", "bezwaar", "signaal"]),
                "bron_toelichting": "benchmark",
                "status": status,
                "prioriteit": kans.choice([1, 2, 2, 3]),
                "aangemeld_op": aangemeld,
                "intake_uiterlijk": uiterlijk,
                "eerste_contact_op": None
                if status == "aangemeld"
                else aangemeld + dt.timedelta(days=kans.randint(1, 7)),
                "volgende_actie": "Voortgang bespreken",
                "volgende_actie_op": PEILDATUM + dt.timedelta(days=kans.randint(-10, 20)),
                "version": 1,
            }
        )
    with opslag.schrijven() as s:
        s.execute(insert(tr), trajecten)
        ids = dict(s.execute(select(tr.c.burger_id, tr.c.id).where(tr.c.begeleider_id == actor.id)).all())
        for burger_id in burgers:
            taken.append(
                {
                    "burger_id": burger_id,
                    "medewerker_id": actor.id,
                    "aangemaakt_door": actor.id,
                    "traject_id": ids[burger_id],
                    "soort": "opvolging",
                    "omschrijving": "Terugbellen over de voortgang",
                    "vervaldatum": PEILDATUM + dt.timedelta(days=kans.randint(-5, 30)),
                    "status": "open",
                    "aangemaakt_op": nu(),
                    "version": 1,
                }
            )
        s.execute(insert(Taak.__table__), taken)  # type: ignore[attr-defined]
    return actor


def _meet(functie: Callable[[], Any], rondes: int) -> list[float]:
    functie()  # warm the caches once, as a running application has them
    tijden = []
    for _ in range(rondes):
        begin = time.perf_counter()
        functie()
        tijden.append((time.perf_counter() - begin) * 1000)
    return tijden


def _p95(tijden: list[float]) -> float:
    return statistics.quantiles(tijden, n=20, method="inclusive")[-1] if len(tijden) > 1 else tijden[0]


def run(
    database: str = STANDAARD_DB, *, processen: int = 2, actueel_aandeel: float = 0.3, rondes: int = 30
) -> list[tuple[str, str, str]]:
    """Measure on a copy of `database`; returns (name, measured, budget) rows."""
    kopie = _kopie(database)
    engine = maak_engine(kopie)
    opslag = Opslag(engine)
    rijen: list[tuple[str, str, str]] = []
    try:
        begin = time.perf_counter()
        actueel = _actuele_gegevens(opslag, actueel_aandeel)
        if actueel:
            rijen.append(
                (
                    "voorbereiding: toeslagen met actuele gegevens",
                    f"{actueel:,}".replace(",", "."),
                    f"({time.perf_counter() - begin:.0f} s)",
                )
            )

        laatste = [0.0]

        def voortgang(gedaan: int, totaal: int) -> None:
            moment = time.perf_counter()
            if moment - laatste[0] > 15 or gedaan == totaal:
                laatste[0] = moment
                print(f"  signalen: {gedaan:>9,} / {totaal:,} burgers", file=sys.stderr, flush=True)

        rapport = draai_signalen(
            opslag, peildatum=PEILDATUM, medewerker_id=None, processen=processen, voortgang=voortgang
        )
        eigen_mb, werker_mb = _piek_mb()
        per_seconde = rapport.huishoudens / rapport.duur_seconden
        budget_s = BUDGET_SIGNALEN_SECONDEN_PER_MILJOEN * max(rapport.huishoudens, 1) / 1_000_000
        rijen += [
            ("signalen: burgers beoordeeld", f"{rapport.huishoudens:,}".replace(",", "."), "1.000.000+"),
            (
                f"signalen: looptijd ({processen} werkprocessen)",
                f"{rapport.duur_seconden:.1f} s",
                f"≤ {budget_s:.0f} s",
            ),
            ("signalen: burgers per seconde", f"{per_seconde:,.0f}".replace(",", "."), "–"),
            ("signalen: piekgeheugen hoofdproces / werkproces", f"{eigen_mb:.0f} / {werker_mb:.0f} MB", "–"),
            ("signalen: nieuw totaal", f"{rapport.totaal_nieuw:,}".replace(",", "."), "–"),
        ]
        for t in SignaalType:
            rijen.append((f"  signalen: {t.label.lower()}", f"{rapport.nieuw.get(t, 0):,}".replace(",", "."), "–"))
        herhaling = time.perf_counter()
        tweede = draai_signalen(opslag, peildatum=PEILDATUM, medewerker_id=None, processen=processen)
        rijen.append(
            (
                "signalen: herhaling (niets nieuw)",
                f"{time.perf_counter() - herhaling:.1f} s, {tweede.totaal_nieuw} nieuw",
                "0 nieuw",
            )
        )

        actor = _caseload_van(opslag, CASELOAD)
        repo = BegeleidingRepository(opslag)
        aantal = len(repo.caseload(actor, vandaag=PEILDATUM))
        caseload = _meet(lambda: repo.caseload(actor, vandaag=PEILDATUM), rondes)
        inbox = _meet(lambda: repo.inbox(actor), max(5, rondes // 3))
        supervisor = MedewerkerRepository(opslag).maak("bench_supervisor", "Benchmark Supervisor", Rol.SUPERVISOR)
        team = _meet(lambda: repo.teamverdeling(supervisor, vandaag=PEILDATUM), max(5, rondes // 3))
        rijen += [
            (
                f"caseload van {aantal:,} trajecten laden (mediaan)".replace(",", "."),
                f"{statistics.median(caseload):.1f} ms",
                f"≤ {BUDGET_CASELOAD_MS:.0f} ms",
            ),
            ("caseload laden (p95)", f"{_p95(caseload):.1f} ms", f"≤ {BUDGET_CASELOAD_MS:.0f} ms"),
            ("signalen-inbox (eigen + niet toegewezen, 200 rijen; mediaan)", f"{statistics.median(inbox):.1f} ms", "–"),
            ("teamverdeling (mediaan)", f"{statistics.median(team):.1f} ms", "–"),
        ]
    finally:
        engine.dispose()
        pad = Path(make_url(kopie).database or "")
        for bestand in (pad, pad.with_name(pad.name + "-wal"), pad.with_name(pad.name + "-shm")):
            bestand.unlink(missing_ok=True)
    return rijen


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", default=STANDAARD_DB)
    parser.add_argument("--processen", type=int, default=2)
    parser.add_argument("--actueel-aandeel", type=float, default=0.3)
    parser.add_argument("--rondes", type=int, default=30)
    args = parser.parse_args()
    rijen = run(args.database, processen=args.processen, actueel_aandeel=args.actueel_aandeel, rondes=args.rondes)
    breedte = max(len(r[0]) for r in rijen)
    print(f"\n{'meting'.ljust(breedte)}  {'gemeten':>22}  budget")
    print("-" * (breedte + 36))
    for naam, gemeten, budget in rijen:
        print(f"{naam.ljust(breedte)}  {gemeten:>22}  {budget}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
