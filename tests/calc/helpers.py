"""Small builders for the calculation-core tests: households in a line, and trace look-ups."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from models.calc.invoer import Grondslagen, Huur, Kind, Medebewoner, Opvang, Opvangsoort, Persoon
from models.calc.uitkomst import Stap, Uitkomst

__all__ = ["D", "gezin", "kind", "opvang", "persoon", "stap", "stapwaarde"]

D = Decimal


def persoon(inkomen: str | int, *, geboren: str = "1985-06-15", verzekerd: bool = True) -> Persoon:
    return Persoon(dt.date.fromisoformat(geboren), Decimal(inkomen), verzekerd)


def kind(geboren: str) -> Kind:
    return Kind(dt.date.fromisoformat(geboren))


def opvang(kind_index: int, soort: str, uren: str | int, uurprijs: str, maanden: int = 12) -> Opvang:
    return Opvang(kind_index, Opvangsoort(soort), Decimal(uren), Decimal(uurprijs), maanden)


def gezin(
    inkomen: str | int = 0,
    *,
    partner: Persoon | None = None,
    geboren: str = "1985-06-15",
    vermogen: str | int = 0,
    woonlandfactor: str | None = None,
    kinderen: tuple[Kind, ...] = (),
    medebewoners: tuple[Medebewoner, ...] = (),
    huur: tuple[str, str] | None = None,
    opvang_: tuple[Opvang, ...] = (),
    verzekerd: bool = True,
) -> Grondslagen:
    return Grondslagen(
        aanvrager=persoon(inkomen, geboren=geboren, verzekerd=verzekerd),
        partner=partner,
        vermogen=Decimal(vermogen),
        woonlandfactor=None if woonlandfactor is None else Decimal(woonlandfactor),
        kinderen=kinderen,
        medebewoners=medebewoners,
        huur=None if huur is None else Huur(Decimal(huur[0]), Decimal(huur[1])),
        opvang=opvang_,
    )


def stap(uitkomst: Uitkomst, naam: str) -> Stap:
    """The (first) trace step called `naam`."""
    for s in uitkomst.uitleg:
        if s.stap == naam:
            return s
    raise AssertionError(f"geen stap {naam!r} in {[s.stap for s in uitkomst.uitleg]}")


def stapwaarde(uitkomst: Uitkomst, naam: str) -> Decimal:
    """The exact value of trace step `naam`, rounded to cents as the leaflets print it."""
    waarde = stap(uitkomst, naam).waarde
    assert isinstance(waarde, Decimal)
    return waarde.quantize(Decimal("0.01"), ROUND_HALF_UP)
