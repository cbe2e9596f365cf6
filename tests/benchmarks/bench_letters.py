"""Benchmark of the letters: one beschikking letter PDF (p50/p95) and a batch of 1,000 letters.

Run: `.venv/bin/python tests/benchmarks/bench_letters.py [--rounds N] [--batch N]`.
Each letter is made as `DocumentRepository.pdf()` makes it on demand, minus the store read: the stored rows are
turned into letter data (the calculation core recomputes the explanation from the grondslagen), composed from the
letter texts and rendered to PDF bytes with embedded fonts. The batch mixes the three kinds, both languages and
different households, in one process as a batch job would run.
Budgets (ARCHITECTURE §7): one letter ≤ 150 ms; 1,000 letters ≤ 60 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from models.calc.invoer import Regeling
from models.letters.beschikkingen import render_beschikking
from models.letters.gegevens import Hulp
from models.letters.uit_beschikking import beschikkingsbrief
from models.store.rows import BeschikkingRow, BurgerRow, ToeslagRow
from tests.letters import voorbeelden as v

NAMEN = [("Łukasz", "Żółć"), ("Ayşe", "Çelik"), ("Fatima", "El Amrani"), ("Jan", "de Vries"), ("Zoë", "Ørsted")]


def _gevallen() -> list[tuple[BeschikkingRow, ToeslagRow]]:
    ht = v.toeslag_row(Regeling.HUURTOESLAG, 2026, v.G_HT)
    kot = v.toeslag_row(Regeling.KINDEROPVANGTOESLAG, 2026, v.G_KOT)
    zt = v.toeslag_row(Regeling.ZORGTOESLAG, 2025, v.G_ZT_VOORSCHOT, g_definitief=v.G_ZT, betaald=Decimal("1488.00"))
    return [
        (v.beschikking_row("voorschot", ht, dt.date(2025, 12, 1)), ht),
        (v.beschikking_row("voorschot", kot, dt.date(2025, 12, 1)), kot),
        (v.beschikking_row("definitief", zt, dt.date(2026, 6, 1)), zt),
        (v.beschikking_row("terugvordering", zt, dt.date(2026, 6, 8)), zt),
    ]


def _maak(beschikking: BeschikkingRow, toeslag: ToeslagRow, burger: BurgerRow, taal: str) -> bytes:
    brief = beschikkingsbrief(beschikking, toeslag, burger, taal=taal, hulp=Hulp("Joyce de Vries", "030-7001234"))
    return render_beschikking(brief, v.FONTS, v.LETTERS)


def _p(tijden: list[float], q: int) -> float:
    return statistics.quantiles(tijden, n=100, method="inclusive")[q - 1] if len(tijden) > 1 else tijden[0]


def _meet(functie: Callable[[], object], rondes: int) -> list[float]:
    tijden = []
    for _ in range(rondes):
        begin = time.perf_counter()
        functie()
        tijden.append((time.perf_counter() - begin) * 1000)
    return tijden


def run(rondes: int = 100, batch: int = 1000) -> list[tuple[str, str, str]]:
    gevallen = _gevallen()
    burger = v.burger_row()
    voorschot, toeslag = gevallen[0]
    _maak(voorschot, toeslag, burger, "nl")  # fonts registered and letter texts read once, as in the application

    een = _meet(lambda: _maak(voorschot, toeslag, burger, "nl"), rondes)

    # a batch of different households: names, kenmerken, kinds and languages vary, so nothing is reused by accident
    taken = []
    for i in range(batch):
        beschikking, t = gevallen[i % len(gevallen)]
        voornaam, achternaam = NAMEN[i % len(NAMEN)]
        b = replace(beschikking, kenmerk=f"B2026-{i:07d}")
        inwoner = replace(burger, id=i + 1, voornamen=voornaam, achternaam=achternaam, huisnummer=1 + i % 200)
        taken.append((b, t, inwoner, "en" if i % 5 == 4 else "nl"))
    begin = time.perf_counter()
    totaal_bytes = sum(len(_maak(*taak)) for taak in taken)
    duur = time.perf_counter() - begin

    return [
        ("één beschikkingsbrief (p50)", f"{_p(een, 50):.1f} ms", "–"),
        ("één beschikkingsbrief (p95)", f"{_p(een, 95):.1f} ms", "≤ 150 ms"),
        (f"{batch:,} brieven".replace(",", "."), f"{duur:.1f} s", "≤ 60 s" if batch == 1000 else "–"),
        ("gemiddelde PDF-grootte", f"{totaal_bytes / batch / 1024:.0f} KiB", "–"),
    ]


def druk_af(rijen: list[tuple[str, str, str]]) -> None:
    breedte = max(len(r[0]) for r in rijen)
    print(f"{'meting'.ljust(breedte)}  {'gemeten':>12}  budget")
    for naam, gemeten, budget in rijen:
        print(f"{naam.ljust(breedte)}  {gemeten:>12}  {budget}")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rounds", type=int, default=100)
    parser.add_argument("--batch", type=int, default=1000)
    args = parser.parse_args()
    druk_af(run(args.rounds, args.batch))


if __name__ == "__main__":
    main()
