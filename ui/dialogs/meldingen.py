"""Small standard questions to the user, each wrapped in one function so tests can replace it.

What belongs here: the few `QMessageBox` questions the workstation asks ("gooi ongeslagen invoer weg?"), with
Dutch button texts. Tests monkeypatch these functions instead of clicking a modal box (STYLE §4 pitfall 12).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

translate = QCoreApplication.translate

__all__ = ["bevestig_weggooien"]


def bevestig_weggooien(parent: QWidget | None) -> bool:
    """Ask whether typed, unsaved input may be thrown away. Returns True to throw it away."""
    vraag = QMessageBox(parent)
    vraag.setIcon(QMessageBox.Icon.Question)
    vraag.setWindowTitle(translate("Meldingen", "Niet opgeslagen"))
    vraag.setText(translate("Meldingen", "U heeft gegevens ingevuld die nog niet zijn opgeslagen."))
    vraag.setInformativeText(translate("Meldingen", "Wilt u deze invoer weggooien?"))
    weggooien = vraag.addButton(translate("Meldingen", "&Weggooien"), QMessageBox.ButtonRole.DestructiveRole)
    terug = vraag.addButton(translate("Meldingen", "&Terug naar het formulier"), QMessageBox.ButtonRole.RejectRole)
    vraag.setDefaultButton(terug)
    vraag.setEscapeButton(terug)
    vraag.exec()
    return vraag.clickedButton() is weggooien
