"""Fixtures of the arrangement tests: the service on both store backends and one colleague of every role.

Hypothesis keeps its cache in the temp dir (a .hypothesis folder in the checkout makes collection warn).
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis.configuration import set_hypothesis_home_dir

from models.domain import Rol
from models.services.regelingen import Regelingendienst
from models.store.opslag import Opslag
from models.store.rows import MedewerkerRow
from tests import fabriek
from tests.regelingen.hulp import FONTS, LETTERS

set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "werkplek-hypothesis")


@dataclass(frozen=True)
class Team:
    balie: MedewerkerRow
    begeleider: MedewerkerRow
    collega: MedewerkerRow  # a second begeleider
    supervisor: MedewerkerRow
    supervisor2: MedewerkerRow
    kwaliteit: MedewerkerRow


@pytest.fixture
def dienst(opslag: Opslag) -> Regelingendienst:
    return Regelingendienst(opslag, FONTS, LETTERS)


@pytest.fixture
def team(opslag: Opslag) -> Team:
    return Team(
        balie=fabriek.medewerker(opslag, Rol.BALIE),
        begeleider=fabriek.medewerker(opslag, Rol.BEGELEIDER, "Joyce de Vries"),
        collega=fabriek.medewerker(opslag, Rol.BEGELEIDER, "Ahmed Benali"),
        supervisor=fabriek.medewerker(opslag, Rol.SUPERVISOR, "Marieke Jansen"),
        supervisor2=fabriek.medewerker(opslag, Rol.SUPERVISOR, "Peter de Groot"),
        kwaliteit=fabriek.medewerker(opslag, Rol.KWALITEIT),
    )
