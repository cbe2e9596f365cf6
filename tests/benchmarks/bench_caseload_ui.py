"""Benchmark of the Mijn caseload view: `.venv/bin/python tests/benchmarks/bench_caseload_ui.py [--rondes N]`.

Builds a local (SQLite) store of its own with a begeleider whose caseload holds 1,000 open trajecten (a realistic
mix: 15% aangemeld, 20% intake, 65% actief; signals, claims, tasks and contacts on part of them), then measures on
the real `CaseloadView` (Qt offscreen):

1. loading the caseload into the view: the store read (`Caseloads.caseload`) plus filling the model and the
   sorting/filtering proxy (the table sorted on a column, as a user leaves it) — budget ARCHITECTURE §7: ≤ 100 ms;
2. one filter keystroke over 1,000 rows: typing a name into the filter field one character at a time (and
   deleting it again), each keystroke timed from the field's text change until the proxy has re-filtered —
   budget ≤ 16 ms (one frame).

Painting is not included (offscreen). `run()` returns rows (name, measured, budget) for
tests/benchmarks/run_all.py.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import insert, select  # noqa: E402 - after the sys.path set-up for direct runs

from models.domain import Rol  # noqa: E402
from models.services.trajecten import intake_uiterlijk  # noqa: E402
from models.store.begeleiding import BegeleidingRepository  # noqa: E402
from models.store.engine import maak_engine, migreer, sqlite_url  # noqa: E402
from models.store.medewerkers import MedewerkerRepository  # noqa: E402
from models.store.opslag import Opslag  # noqa: E402
from models.store.tables import Begeleidingstraject, Burger, Contactmoment, Signaal, Taak, Vordering  # noqa: E402
from models.store.types import nu  # noqa: E402
from models.validatie import zoeknaam  # noqa: E402
from tests.fabriek import bsn_met_elfproef  # noqa: E402

VANDAAG = dt.date(2026, 11, 27)
AANTAL = 1_000
BUDGET_LADEN_MS = 100.0
BUDGET_TOETS_MS = 16.0
VOORNAMEN = ("Fatima", "Jan", "Piet", "Anna", "Mohamed", "Sanne", "Kees", "Aylin", "Daan", "Noor", "Emma", "Lucas")
ACHTERNAMEN = ("El Amrani", "de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "Yilmaz", "Mulder", "Bos")
SIGNAALTYPEN = ("hoge_terugvordering", "stapeling_schulden", "gemiste_termijn", "inkomensafwijking", "niet_gebruik")


def _p(tijden: list[float], q: int) -> float:
    return statistics.quantiles(tijden, n=100, method="inclusive")[q - 1] if len(tijden) > 1 else tijden[0]


def bouw(opslag: Opslag, aantal: int = AANTAL, seed: int = 5) -> object:
    """A begeleider with `aantal` open trajecten and what the caseload rows show; returns the begeleider."""
    kans = random.Random(seed)
    actor = MedewerkerRepository(opslag).maak("bench_caseload", "Benchmark Begeleider", Rol.BEGELEIDER, team="Bench")
    b, tr, sg, vd, tk, cm = (
        t.__table__  # type: ignore[attr-defined]
        for t in (Burger, Begeleidingstraject, Signaal, Vordering, Taak, Contactmoment)
    )
    moment = nu()
    with opslag.schrijven() as s:
        burgers = []
        for i in range(aantal):
            achternaam = kans.choice(ACHTERNAMEN)
            burgers.append(
                {
                    "bsn": bsn_met_elfproef(20_000_000 + i * 41),
                    "voornamen": kans.choice(VOORNAMEN),
                    "tussenvoegsel": None,
                    "achternaam": achternaam,
                    "achternaam_zoek": zoeknaam(achternaam),
                    "geboortedatum": dt.date(1950 + kans.randint(0, 50), kans.randint(1, 12), kans.randint(1, 28)),
                    "straat": "Grote Markt",
                    "huisnummer": i + 1,
                    "postcode": "8011AB",
                    "woonplaats": "Zwolle",
                    "land": "NL",
                    "taal": "nl",
                    "voorkeurskanaal": "post",
                    "version": 1,
                }
            )
        s.execute(insert(b), burgers)
        ids = [r[0] for r in s.execute(select(b.c.id).order_by(b.c.id))][-aantal:]
        trajecten, signalen, vorderingen, taken, contacten = [], [], [], [], []
        for n, burger_id in enumerate(ids):
            keuze = kans.random()
            status = "aangemeld" if keuze < 0.15 else "intake" if keuze < 0.35 else "actief"
            aangemeld = VANDAAG - dt.timedelta(
                days=kans.randint(0, 12) if status == "aangemeld" else kans.randint(10, 300)
            )
            trajecten.append(
                {
                    "burger_id": burger_id,
                    "begeleider_id": actor.id,
                    "bron": kans.choice(["selectie", "selectie", "balie", "signaal"]),
                    "bron_toelichting": "benchmark",
                    "status": status,
                    "prioriteit": kans.choice([1, 2, 2, 3]),
                    "aangemeld_op": aangemeld,
                    "intake_uiterlijk": intake_uiterlijk(aangemeld),
                    "eerste_contact_op": None if status == "aangemeld" else aangemeld + dt.timedelta(days=2),
                    "volgende_actie": "Plan van aanpak bespreken",
                    "volgende_actie_op": VANDAAG + dt.timedelta(days=kans.randint(-10, 30)),
                    "version": 1,
                }
            )
            if n % 3 == 0:
                signalen.append(
                    {
                        "burger_id": burger_id,
                        "type": kans.choice(SIGNAALTYPEN),
                        "ernst": kans.choice(["urgent", "aandacht", "info"]),
                        "status": "nieuw",
                        "sleutel": f"bench:{burger_id}",
                        "bron": "bench",
                        "uitleg": "Benchmarksignaal.",
                        "ontstaan_op": moment,
                        "version": 1,
                    }
                )
            if n % 2 == 0:
                bedrag = kans.randint(5_000, 300_000)
                vorderingen.append(
                    {
                        "burger_id": burger_id,
                        "regeling": "huurtoeslag",
                        "jaar": 2024,
                        "kenmerk": f"VB{burger_id:09d}",
                        "bedrag_cent": bedrag,
                        "open_cent": bedrag,
                        "rente_cent": 0,
                        "kosten_cent": 0,
                        "ontstaan_op": dt.date(2025, 6, 1),
                        "vervaldatum": dt.date(2025, 7, 15),
                        "status": "open",
                        "version": 1,
                    }
                )
            if n % 4 == 0:
                taken.append(
                    {
                        "burger_id": burger_id,
                        "medewerker_id": actor.id,
                        "aangemaakt_door": actor.id,
                        "soort": "opvolging",
                        "omschrijving": "Terugbellen",
                        "vervaldatum": VANDAAG + dt.timedelta(days=kans.randint(-5, 10)),
                        "status": "open",
                        "aangemaakt_op": moment,
                        "version": 1,
                    }
                )
            if n % 5 == 0:
                contacten.append(
                    {
                        "burger_id": burger_id,
                        "medewerker_id": actor.id,
                        "kanaal": "telefoon",
                        "richting": "uitgaand",
                        "moment": moment,
                        "onderwerp": "Gesprek",
                        "samenvatting": "Besproken.",
                        "opgelost_in_eerste_contact": False,
                        "version": 1,
                    }
                )
        s.execute(insert(tr), trajecten)
        for tabel, rijen in ((sg, signalen), (vd, vorderingen), (tk, taken), (cm, contacten)):
            if rijen:
                s.execute(insert(tabel), rijen)
    return actor


def run(rondes: int = 30) -> list[tuple[str, str, str]]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from ui.palet import kleuren_voor
    from ui.tasks import TaskRunner
    from ui.views.caseload_view import CaseloadView

    app = QApplication.instance() or QApplication([])
    map_ = Path(tempfile.mkdtemp(prefix="bench-caseload-"))
    engine = maak_engine(sqlite_url(map_ / "caseload.sqlite"))
    migreer(engine)
    opslag = Opslag(engine)
    runner = TaskRunner()
    try:
        actor = bouw(opslag)
        repo = BegeleidingRepository(opslag)
        view = CaseloadView(repo, actor, runner, kleuren_voor(app.palette()), vandaag=lambda: VANDAAG)
        view.resize(1400, 800)
        view.tabel.sortByColumn(4, Qt.SortOrder.AscendingOrder)  # sorted on the intake column, as a user leaves it
        laden: list[float] = []
        vullen: list[float] = []
        aantal = 0
        for ronde in range(rondes + 1):
            begin = time.perf_counter()
            rijen = repo.caseload(actor, vandaag=VANDAAG)
            gelezen = time.perf_counter()
            view._na_laden(view._generatie, rijen, None, VANDAAG)
            klaar = time.perf_counter()
            aantal = view.proxy.rowCount()
            if ronde:  # the first round warms caches (icons, formatting)
                laden.append((klaar - begin) * 1000)
                vullen.append((klaar - gelezen) * 1000)
        assert aantal == AANTAL, aantal

        toetsen: list[float] = []
        for naam in ("jansen", "el amrani", "6782", "visser"):
            for i in range(1, len(naam) + 1):
                begin = time.perf_counter()
                view.zoek_edit.setText(naam[:i])
                toetsen.append((time.perf_counter() - begin) * 1000)
            for i in range(len(naam) - 1, -1, -1):
                begin = time.perf_counter()
                view.zoek_edit.setText(naam[:i])
                toetsen.append((time.perf_counter() - begin) * 1000)
        assert view.proxy.rowCount() == AANTAL
        view.deleteLater()
    finally:
        runner.shutdown()
        engine.dispose()
    return [
        (
            f"caseload {AANTAL:,} trajecten in de view laden (mediaan)".replace(",", "."),
            f"{statistics.median(laden):.1f} ms",
            f"≤ {BUDGET_LADEN_MS:.0f} ms",
        ),
        (
            f"caseload {AANTAL:,} trajecten in de view laden (p95)".replace(",", "."),
            f"{_p(laden, 95):.1f} ms",
            f"≤ {BUDGET_LADEN_MS:.0f} ms",
        ),
        (
            "  waarvan model + proxy vullen (mediaan / p95)",
            f"{statistics.median(vullen):.1f} / {_p(vullen, 95):.1f} ms",
            "–",
        ),
        (
            f"caseload filtertoets over {AANTAL:,} rijen (mediaan)".replace(",", "."),
            f"{statistics.median(toetsen):.2f} ms",
            f"≤ {BUDGET_TOETS_MS:.0f} ms",
        ),
        (
            f"caseload filtertoets over {AANTAL:,} rijen (p95)".replace(",", "."),
            f"{_p(toetsen, 95):.2f} ms",
            f"≤ {BUDGET_TOETS_MS:.0f} ms",
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rondes", type=int, default=30)
    args = parser.parse_args()
    for naam, gemeten, budget in run(args.rondes):
        print(f"{naam:<55} {gemeten:>10}  {budget}")


if __name__ == "__main__":
    main()
