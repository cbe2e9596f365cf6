"""The layer rules of ARCHITECTURE §1: desktop → ui → models, no Qt in models, a stdlib-only calculation core."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

VERBODEN: dict[str, tuple[str, ...]] = {
    "models": ("PySide6", "shiboken6", "desktop", "ui"),
    "ui": (
        "desktop",
        "sqlmodel",
        "sqlalchemy",
        "alembic",
        "psycopg",
        "models.store.tables",
        "models.store.engine",
        "models.store.opslag",
        "models.store.audit",
        "models.store.klantbeeld",
        "models.store.contacten",
        "models.store.medewerkers",
        "models.demo",
    ),
    "models/calc": (
        "PySide6",
        "sqlmodel",
        "sqlalchemy",
        "reportlab",
        "keyring",
        "babel",
        "models.store",
        "models.demo",
    ),
}


def geimporteerde_modules(pad: Path) -> set[str]:
    boom = ast.parse(pad.read_text(encoding="utf-8"))
    namen = {alias.name for knoop in ast.walk(boom) if isinstance(knoop, ast.Import) for alias in knoop.names}
    namen |= {
        knoop.module
        for knoop in ast.walk(boom)
        if isinstance(knoop, ast.ImportFrom) and knoop.module and knoop.level == 0
    }
    return namen


@pytest.mark.parametrize(("map_", "verboden"), VERBODEN.items())
def test_laag_importeert_niet_omhoog(map_: str, verboden: tuple[str, ...]) -> None:
    bestanden = list((ROOT / map_).rglob("*.py"))
    assert bestanden, f"{map_} bevat geen Python-bestanden"
    overtredingen = [
        f"{pad.relative_to(ROOT)} importeert {module}"
        for pad in bestanden
        for module in geimporteerde_modules(pad)
        if any(module == v or module.startswith(v + ".") for v in verboden)
    ]
    assert not overtredingen, "\n".join(overtredingen)


def test_calc_importeert_alleen_de_standaardbibliotheek() -> None:
    code = (
        "import sys\n"
        "voor = set(sys.modules)\n"
        "import models.calc.invoer, models.calc.uitkomst\n"
        "vreemd = sorted(n for n in set(sys.modules) - voor if n.split('.')[0] not in sys.stdlib_module_names "
        "and n.split('.')[0] != 'models')\n"
        "print(','.join(vreemd)); sys.exit(1 if vreemd else 0)\n"
    )
    uitkomst = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False)
    assert uitkomst.returncode == 0, (
        f"models.calc trekt niet-standaard modules binnen: {uitkomst.stdout}{uitkomst.stderr}"
    )


def test_build_is_geen_package_en_niet_genegeerd() -> None:
    assert not (ROOT / "build" / "__init__.py").exists()
    assert not (ROOT / "resources" / "__init__.py").exists()
    gitignore = (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert not any(regel.strip().strip("/") == "build" for regel in gitignore)
