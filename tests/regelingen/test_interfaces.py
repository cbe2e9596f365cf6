"""The Protocols the UI types with match the service that implements them, and import without sqlalchemy."""

from __future__ import annotations

import inspect
import subprocess
import sys

import pytest

from models.services.regelingen import Regelingendienst
from models.store.interfaces_regelingen import Beoordelingen, Regelingen
from tests.regelingen.hulp import ROOT


def _methoden(protocol: type) -> list[str]:
    return [n for n, v in vars(protocol).items() if callable(v) and not n.startswith("_")]


@pytest.mark.parametrize("protocol", [Regelingen, Beoordelingen])
def test_de_dienst_heeft_elke_methode_met_dezelfde_parameters(protocol: type) -> None:
    assert _methoden(protocol)
    for naam in _methoden(protocol):
        verwacht = inspect.signature(getattr(protocol, naam))
        echt = inspect.signature(getattr(Regelingendienst, naam))
        assert list(verwacht.parameters) == list(echt.parameters), naam
        for p in verwacht.parameters.values():
            assert echt.parameters[p.name].kind == p.kind, f"{naam}.{p.name}"
            assert echt.parameters[p.name].default == p.default, f"{naam}.{p.name}"


def test_protocollen_en_rijen_laden_zonder_sqlalchemy_en_reportlab() -> None:
    code = (
        "import sys\n"
        "import models.store.interfaces_regelingen, models.store.rows_regelingen\n"
        "geladen = [m for m in ('sqlalchemy', 'sqlmodel', 'reportlab') if m in sys.modules]\n"
        "print(','.join(geladen)); sys.exit(1 if geladen else 0)\n"
    )
    uitkomst = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False)
    assert uitkomst.returncode == 0, uitkomst.stdout + uitkomst.stderr
