"""`werkplek-reken` (the JSON-lines contract) and the standard-library-only rule of `models.calc`."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import types
from pathlib import Path
from typing import Any

import pytest

from models.calc import api
from models.calc.api import bereken_json, bereken_json_tekst

ROOT = Path(__file__).resolve().parents[2]


def _werkplek_reken() -> list[str]:
    script = Path(sys.executable).with_name("werkplek-reken")
    return [str(script)] if script.exists() else [sys.executable, "-m", "models.calc.cli"]


def _draai(regels: list[str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*_werkplek_reken(), *args],
        input="\n".join(regels) + "\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        timeout=120,
        check=False,
    )


ZT = {
    "regeling": "zorgtoeslag",
    "jaar": 2025,
    "aanvrager": {"geboortedatum": "1990-04-01", "toetsingsinkomen": "19000.00", "verzekerd": True},
    "partner": None,
    "vermogen": "0.00",
}


def _regel(**velden: Any) -> str:
    return json.dumps({**ZT, **velden}, ensure_ascii=False)


def test_werkplek_reken_goede_en_foute_regels() -> None:
    regels = [
        _regel(id=1),
        "dit is geen json",
        _regel(id=3, regeling="woontoeslag"),
        _regel(id=4, jaar=2023),
        _regel(id=5, aanvrager={"geboortedatum": "1990-04-01", "toetsingsinkomen": "-5"}),
        _regel(id=6, aanvrager={"geboortedatum": "1990-02-30", "toetsingsinkomen": "5"}),
        _regel(id=7, aanvrager={"geboortedatum": "1990-04-01"}),
        json.dumps({"regeling": "huurtoeslag", "jaar": 2025, "id": 8, "aanvrager": ZT["aanvrager"]}),
        "",  # blank lines are skipped
        _regel(id=9, betaald_voorschot="1663.00"),
        _regel(id=10, aanvrager={"geboortedatum": "1990-04-01", "toetsingsinkomen": 19000.5}),
    ]
    proces = _draai(regels)
    assert proces.returncode == 2, proces.stderr
    uit = [json.loads(r) for r in proces.stdout.splitlines()]
    assert len(uit) == 10  # one answer per non-blank line, in order

    assert uit[0]["id"] == 1
    assert uit[0]["fout"] is None
    assert uit[0]["bedrag_jaar"] == "1573.00"
    assert uit[0]["bedrag_maand"] == "131.00"
    assert uit[0]["bedrag_jaar_exact"] == "1573.42"
    assert uit[0]["uitleg"][0].keys() == {"stap", "waarde", "omschrijving", "grondslag"}

    assert uit[1]["fout"].startswith("invoer: geen geldige JSON")
    assert uit[2] == {"fout": uit[2]["fout"], "id": 3}
    assert uit[2]["fout"].startswith("regeling: onbekende regeling 'woontoeslag'")
    assert uit[3]["fout"].startswith("jaar: moet 2024, 2025 of 2026 zijn")
    assert uit[4]["fout"] == "aanvrager.toetsingsinkomen: mag niet negatief zijn"
    assert uit[5]["fout"] == "aanvrager.geboortedatum: '1990-02-30' is geen geldige datum (JJJJ-MM-DD)"
    assert uit[6]["fout"] == "aanvrager.toetsingsinkomen: ontbreekt"
    assert uit[7]["fout"].startswith("huur: ontbreekt")
    assert uit[8]["id"] == 9
    assert uit[8]["saldo"] == "-90.00"
    assert uit[8]["terug_te_vorderen"] == "0.00"  # € 90 ≤ the doelmatigheidsgrens (€ 121 for a DT in 2026)
    assert uit[8]["hoge_terugvordering"] is False
    assert uit[9]["fout"].startswith("aanvrager.toetsingsinkomen: verwacht een bedrag als tekst")
    assert [u.get("id") for u in uit] == [1, None, 3, 4, 5, 6, 7, 8, 9, 10]


def test_werkplek_reken_alles_goed_exit_0_en_zonder_uitleg() -> None:
    regels = [_regel(jaar=jaar) for jaar in (2024, 2025, 2026)]
    proces = _draai(regels, "--zonder-uitleg")
    assert proces.returncode == 0, proces.stderr
    uit = [json.loads(r) for r in proces.stdout.splitlines()]
    assert [u["bedrag_jaar"] for u in uit] == ["1483.00", "1573.00", "1550.00"]
    assert all(u["uitleg"] == [] for u in uit)


def test_werkplek_reken_streamt_per_regel() -> None:
    """An interactive client gets the answer to a line before it sends the next one (no read-all-stdin)."""
    with subprocess.Popen(
        _werkplek_reken(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
    ) as proces:
        waakhond = threading.Timer(60, proces.kill)
        waakhond.start()
        try:
            assert proces.stdin is not None and proces.stdout is not None
            for jaar in (2024, 2026):
                proces.stdin.write(_regel(jaar=jaar) + "\n")
                proces.stdin.flush()
                antwoord = json.loads(proces.stdout.readline())
                assert antwoord["jaar"] == jaar
            proces.stdin.close()
            assert proces.wait(timeout=60) == 0
        finally:
            waakhond.cancel()
            if proces.poll() is None:
                proces.kill()


def test_wat_als_regel() -> None:
    regel = {
        **ZT,
        "wat_als": {
            "vanaf_maand": 7,
            "nieuw": {"aanvrager": {"geboortedatum": "1990-04-01", "toetsingsinkomen": "32000"}},
        },
    }
    uit = bereken_json(regel)
    assert uit["fout"] is None
    assert uit["bedrag_jaar"] == "1081.00"  # the new data
    assert uit["saldo"] == "-491.00"  # if the voorschot stays € 131
    assert uit["hoge_terugvordering"] is False
    assert uit["wat_als"]["nieuw_maandbedrag"] == "49.00"
    assert uit["wat_als"]["betaald_tot_nu"] == "786.00"
    assert uit["wat_als"]["resterend_saldo"] == "1.00"
    assert uit["wat_als"]["uitleg"]
    tekst, fout = bereken_json_tekst(regel)
    assert not fout
    assert json.loads(tekst) == uit
    assert bereken_json({**regel, "wat_als": {"vanaf_maand": 0, "nieuw": {}}})["fout"].startswith(
        "wat_als.vanaf_maand:"
    )


def test_onbekend_veld_en_rekenregels() -> None:
    assert bereken_json({**ZT, "partnr": None})["fout"] == "partnr: onbekend veld"
    assert bereken_json({**ZT, "rekenregels": "wettelijk"})["bedrag_jaar_exact"] == "1573.43"
    assert bereken_json({**ZT, "rekenregels": "anders"})["fout"] == "rekenregels: kies 'praktijk' of 'wettelijk'"
    assert bereken_json([1, 2])["fout"] == "invoer: verwacht een JSON-object per regel"  # type: ignore[arg-type]


def test_betalingsregeling_wordt_doorgegeven(monkeypatch: pytest.MonkeyPatch) -> None:
    ontvangen: list[dict[str, Any]] = []

    def verwerk_json(regel: dict[str, Any]) -> dict[str, Any]:
        ontvangen.append(regel)
        return {"regeling": "betalingsregeling", "termijn": "20.00", "fout": None}

    nep = types.ModuleType("models.calc.betalingsregeling")
    nep.verwerk_json = verwerk_json  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "models.calc.betalingsregeling", nep)
    monkeypatch.setattr(api, "_betalingsregeling", None)
    regel = {"regeling": "betalingsregeling", "schuld": "480.00", "id": "x"}
    assert bereken_json(regel) == {"regeling": "betalingsregeling", "termijn": "20.00", "fout": None, "id": "x"}
    assert ontvangen == [regel]
    tekst, fout = bereken_json_tekst(regel)
    assert not fout
    assert json.loads(tekst)["termijn"] == "20.00"


def test_betalingsregeling_ontbreekt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "models.calc.betalingsregeling", None)  # makes the import fail
    monkeypatch.setattr(api, "_betalingsregeling", None)
    uit = bereken_json({"regeling": "betalingsregeling", "id": 4})
    assert uit["fout"].startswith("regeling: 'betalingsregeling' wordt door deze versie")
    assert uit["id"] == 4


def test_calc_importeert_alleen_de_standaardbibliotheek() -> None:
    """`models.calc` (api and cli) imports nothing outside the standard library: run without site-packages."""
    code = (
        "import sys\n"
        "import models.calc.api, models.calc.cli\n"
        "vreemd = sorted(n for n in sys.modules if n.split('.')[0] not in sys.stdlib_module_names\n"
        "                and n.split('.')[0] not in ('models', '__main__'))\n"
        "verboden = [n for n in ('PySide6', 'sqlalchemy', 'sqlmodel') if n in sys.modules]\n"
        "print(repr((vreemd, verboden)))\n"
    )
    proces = subprocess.run(
        [sys.executable, "-S", "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60, check=False
    )
    assert proces.returncode == 0, proces.stderr
    assert proces.stdout.strip() == "([], [])"
    lijst = "import sys, models.calc.api; print(sorted(n for n in sys.modules if n.startswith('models')))"
    modules = subprocess.run(
        [sys.executable, "-S", "-c", lijst],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    ).stdout
    assert "models.store" not in modules
    assert "models.domain" not in modules
