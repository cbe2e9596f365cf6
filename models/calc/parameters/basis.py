"""The parameter model: one legal value with its unit, source and status, and the set of values of one year.

What belongs here: `Parameter`, `Status`, `Tabelrij` (one row of a percentage table), `Parameterset` (all values
of one year, looked up by key) and `OntbrekendeParameter`. The values themselves live in `jaarNNNN.py`.

A look-up of a key that is not in the year's set raises `OntbrekendeParameter` naming the key and the year:
a missing value is an error, never zero. Percentages are stored as written in the source ("1.896" with unit
"%"), so the trace shows the precision of the source; `Parameter.fractie` is the value divided by 100.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

__all__ = [
    "OntbrekendeParameter",
    "Parameter",
    "Parameterset",
    "Status",
    "Tabelrij",
    "bevestigd",
    "onbevestigd",
]

_HONDERD = Decimal(100)


class Status(StrEnum):
    """CONFIRMED: a primary text [P] or an official communication [O]. UNCONFIRMED: secondary only, conflicting,
    derived from unconfirmed inputs, or not found (RULES.md §0.1)."""

    BEVESTIGD = "CONFIRMED"
    ONBEVESTIGD = "UNCONFIRMED"


class OntbrekendeParameter(LookupError):
    """A parameter the calculation needs is not in the parameter data of that year."""

    def __init__(self, sleutel: str, jaar: int) -> None:
        super().__init__(f"parameter '{sleutel}' ontbreekt in de parameters van {jaar}")
        self.sleutel = sleutel
        self.jaar = jaar


@dataclass(frozen=True, slots=True)
class Tabelrij:
    """One row of a percentage table (kinderopvangtoeslag): joint income from `van` to `tot` (inclusive, whole
    euros; `None` = open end) gives `percentage` (in %). `bron` says where the row comes from."""

    van: Decimal | None
    tot: Decimal | None
    percentage: Decimal
    bron: str

    def bevat(self, inkomen: Decimal) -> bool:
        """Whether `inkomen` falls in this row."""
        return (self.van is None or inkomen >= self.van) and (self.tot is None or inkomen <= self.tot)


@dataclass(frozen=True, slots=True)
class Parameter:
    """One value of the rules of one year.

    Attributes:
        sleutel: the stable key, e.g. "zt.standaardpremie".
        naam: the readable Dutch name, e.g. "Standaardpremie zorgtoeslag".
        waarde: the value: a `Decimal` (amounts in euros, percentages in %), an `int` (ages, hours) or a tuple of
            `Tabelrij` (a percentage table).
        eenheid: the unit, e.g. "€/jaar", "€/maand", "%", "jaar".
        bron: the source text, with the status tag of RULES.md and, for UNCONFIRMED values, why.
        status: CONFIRMED or UNCONFIRMED.
        jaar: the year the value applies to.
    """

    sleutel: str
    naam: str
    waarde: Decimal | int | tuple[Tabelrij, ...]
    eenheid: str
    bron: str
    status: Status
    jaar: int = 0
    fractie: Decimal | None = field(default=None, compare=False)
    label: str = field(default="", compare=False)

    @property
    def onbevestigd(self) -> bool:
        """True when the value is UNCONFIRMED: a result that uses it must list it."""
        return self.status is Status.ONBEVESTIGD


def _weergave(waarde: Decimal | int | tuple[Tabelrij, ...], eenheid: str) -> str:
    """The value as Dutch text for the label ("€ 2.580 per jaar", "7,60%"); tables are named, not shown."""
    from models.calc.formaat import getal

    if isinstance(waarde, tuple):
        return f"tabel met {len(waarde)} rijen"
    if eenheid == "%":
        return f"{getal(Decimal(waarde))}%"
    if eenheid.startswith("€"):
        per = {"€/jaar": " per jaar", "€/maand": " per maand", "€/uur": " per uur"}.get(eenheid, "")
        return f"€ {getal(Decimal(waarde))}{per}"
    return f"{getal(Decimal(waarde))} {eenheid}".rstrip()


def _maak(
    sleutel: str,
    naam: str,
    waarde: Decimal | int | tuple[Tabelrij, ...],
    eenheid: str,
    bron: str,
    status: Status,
) -> Parameter:
    return Parameter(sleutel=sleutel, naam=naam, waarde=waarde, eenheid=eenheid, bron=bron, status=status)


def bevestigd(
    sleutel: str, naam: str, waarde: Decimal | int | tuple[Tabelrij, ...], eenheid: str, bron: str
) -> Parameter:
    """A CONFIRMED parameter ([P] or [O] source)."""
    return _maak(sleutel, naam, waarde, eenheid, bron, Status.BEVESTIGD)


def onbevestigd(
    sleutel: str, naam: str, waarde: Decimal | int | tuple[Tabelrij, ...], eenheid: str, bron: str
) -> Parameter:
    """An UNCONFIRMED parameter; `bron` must say why (secondary only, conflict, derived, not found)."""
    return _maak(sleutel, naam, waarde, eenheid, bron, Status.ONBEVESTIGD)


class Parameterset:
    """All parameters of one year, looked up by key.

    The set completes each parameter with its year, its fraction (for "%" values) and its label: the readable
    Dutch name with year and value, as listed in `onbevestigde_parameters`.
    """

    __slots__ = ("_waarden", "jaar")

    def __init__(self, jaar: int, parameters: Iterable[Parameter]) -> None:
        self.jaar = jaar
        self._waarden: dict[str, Parameter] = {}
        for p in parameters:
            if p.sleutel in self._waarden:
                raise ValueError(f"parameter '{p.sleutel}' staat twee keer in de parameters van {jaar}")
            fractie = p.waarde / _HONDERD if p.eenheid == "%" and isinstance(p.waarde, Decimal) else None
            label = f"{p.naam} {jaar} ({_weergave(p.waarde, p.eenheid)})"
            self._waarden[p.sleutel] = Parameter(
                sleutel=p.sleutel,
                naam=p.naam,
                waarde=p.waarde,
                eenheid=p.eenheid,
                bron=p.bron,
                status=p.status,
                jaar=jaar,
                fractie=fractie,
                label=label,
            )

    def __getitem__(self, sleutel: str) -> Parameter:
        try:
            return self._waarden[sleutel]
        except KeyError:
            raise OntbrekendeParameter(sleutel, self.jaar) from None

    def __contains__(self, sleutel: object) -> bool:
        return sleutel in self._waarden

    def __iter__(self) -> Iterator[Parameter]:
        return iter(self._waarden.values())

    def __len__(self) -> int:
        return len(self._waarden)

    def waarde(self, sleutel: str) -> Decimal | int | tuple[Tabelrij, ...]:
        """The value of `sleutel`; raises `OntbrekendeParameter` when the year has no such parameter."""
        return self[sleutel].waarde

    def onbevestigd(self) -> list[Parameter]:
        """Every UNCONFIRMED parameter of the year (for the closing note and the UI's parameter overview)."""
        return [p for p in self._waarden.values() if p.onbevestigd]
