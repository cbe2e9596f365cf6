"""The steps of a calculation ("Waarom dit bedrag?"): what was computed, its value, the sentence and the law."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from models.calc.formaat import getal
from models.calc.uitkomst import Stap
from ui.qtmodels.basis import Kolom, RijenModel

__all__ = ["StapModel", "waarde_tekst"]

translate = QCoreApplication.translate


def waarde_tekst(waarde: Decimal | int | bool | str) -> str:
    """A step's value as a Dutch number, 'ja'/'nee' for a test, or the text itself."""
    if isinstance(waarde, bool):
        return translate("Berekening", "ja") if waarde else translate("Berekening", "nee")
    if isinstance(waarde, Decimal):
        return getal(waarde.normalize() if waarde == waarde.to_integral_value() else waarde)
    return str(waarde)


class StapModel(RijenModel[Stap]):
    STAP, WAARDE, UITLEG, GRONDSLAG = range(4)

    def _kolommen(self) -> list[Kolom[Stap]]:
        return [
            Kolom(self.tr("Stap"), lambda s: s.stap, sorteer=None),
            Kolom(self.tr("Waarde"), lambda s: waarde_tekst(s.waarde), bedrag=True),
            Kolom(self.tr("Uitleg"), lambda s: s.omschrijving),
            Kolom(self.tr("Wettelijke grondslag"), lambda s: s.grondslag),
        ]
