"""The progress dialog for long jobs (filling the local store with demo households on first start).

What belongs here: `VoortgangDialoog`, a `QProgressDialog` with Dutch texts, counts in Dutch digit grouping
and a cancel button ("Afbreken"). The job itself runs in the TaskRunner; this dialog only shows its reports.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

__all__ = ["VoortgangDialoog"]


class VoortgangDialoog(QProgressDialog):
    def __init__(self, titel: str, wat: str, parent: QWidget | None = None, *, uitleg: str = "") -> None:
        super().__init__(parent)
        self._wat = wat
        self._uitleg = uitleg
        self._locale = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
        self.setWindowTitle(titel)
        self.setObjectName("voortgangDialoog")
        self.setLabelText(self._met_uitleg(self.tr("Voorbereiden…")))
        self.setCancelButtonText(self.tr("&Afbreken"))
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setRange(0, 0)
        self.setMinimumWidth(440)
        self.setAccessibleName(titel)

    def meld(self, gedaan: int, totaal: int) -> None:
        if totaal > 0:
            self.setRange(0, totaal)
            self.setValue(min(gedaan, totaal))
            self.setLabelText(
                self._met_uitleg(
                    self.tr("%1 van %2 %3…")
                    .replace("%1", self._locale.toString(gedaan))
                    .replace("%2", self._locale.toString(totaal))
                    .replace("%3", self._wat)
                )
            )

    def _met_uitleg(self, stand: str) -> str:
        return f"{self._uitleg}\n\n{stand}" if self._uitleg else stand
