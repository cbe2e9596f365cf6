"""Update the Qt Linguist sources of the UI texts and compile them (the recipe; its outputs are not tracked).

Run from the repository root: `.venv/bin/python build/build_translations.py [--alleen-bijwerken]`.

Dutch is the source language: the texts in `desktop/` and `ui/` (`self.tr(...)`, `translate("Context", ...)`) are
the Dutch texts. This script collects them with `pyside6-lupdate` into `resources/i18n/werkplek_<taal>.ts`
(tracked; translators edit these with Qt Linguist) and compiles each with `pyside6-lrelease` into
`werkplek_<taal>.qm` next to it (ignored by git; `desktop/i18n.py` loads it).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
TALEN = {"en": "en_GB"}


def _hulpmiddel(naam: str) -> str:
    naast_python = Path(sys.executable).with_name(naam)
    gevonden = str(naast_python) if naast_python.exists() else shutil.which(naam)
    if gevonden is None:
        raise SystemExit(f"{naam} niet gevonden; installeer PySide6-Essentials in deze omgeving")
    return gevonden


def bronnen() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for map_ in ("desktop", "ui") for p in (ROOT / map_).rglob("*.py"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--alleen-bijwerken", action="store_true", help="alleen de .ts-bestanden bijwerken")
    args = parser.parse_args()
    I18N.mkdir(parents=True, exist_ok=True)
    lupdate, lrelease = _hulpmiddel("pyside6-lupdate"), _hulpmiddel("pyside6-lrelease")
    for taal, locale in TALEN.items():
        ts = I18N / f"werkplek_{taal}.ts"
        subprocess.run(
            [
                lupdate,
                *bronnen(),
                "-source-language",
                "nl_NL",
                "-target-language",
                locale,
                "-no-obsolete",
                "-ts",
                str(ts.relative_to(ROOT)),
            ],
            cwd=ROOT,
            check=True,
        )
        if not args.alleen_bijwerken:
            subprocess.run([lrelease, str(ts), "-qm", str(ts.with_suffix(".qm"))], cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
