"""Parameters as data: one module per berekeningsjaar (`jaar2024`, `jaar2025`, `jaar2026`).

What belongs here: the registry of the known years and `parameters(jaar)`. The values, their units, sources and
status (CONFIRMED / UNCONFIRMED) are in the year modules; the model is in `basis`.
"""

from __future__ import annotations

from models.calc.parameters import jaar2024, jaar2025, jaar2026
from models.calc.parameters.basis import (
    OntbrekendeParameter,
    Parameter,
    Parameterset,
    Status,
    Tabelrij,
)

__all__ = [
    "BEKENDE_JAREN",
    "OnbekendJaar",
    "OntbrekendeParameter",
    "Parameter",
    "Parameterset",
    "Status",
    "Tabelrij",
    "parameters",
]

_JAREN: dict[int, Parameterset] = {
    2024: jaar2024.PARAMETERS,
    2025: jaar2025.PARAMETERS,
    2026: jaar2026.PARAMETERS,
}

BEKENDE_JAREN: tuple[int, ...] = tuple(sorted(_JAREN))
"""The berekeningsjaren with parameter data."""


class OnbekendJaar(LookupError):
    """There are no parameters for this year."""

    def __init__(self, jaar: int) -> None:
        jaren = ", ".join(str(j) for j in BEKENDE_JAREN)
        super().__init__(f"geen parameters voor {jaar}; bekende jaren: {jaren}")
        self.jaar = jaar


def parameters(jaar: int) -> Parameterset:
    """The parameter set of `jaar`; raises `OnbekendJaar` for a year without parameter data."""
    try:
        return _JAREN[jaar]
    except (KeyError, TypeError):
        raise OnbekendJaar(jaar) from None
