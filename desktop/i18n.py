"""The language of the workstation: Dutch by default (the source language of every UI text), English as a
translation.

What belongs here: choosing the locale for formats (Dutch, the Netherlands) and installing the Qt translators —
`qtbase_<taal>` for Qt's own buttons and dialogs, and `werkplek_<taal>.qm` from `resources/i18n` (built by
`build/build_translations.py`). Every translator is parented to the application so it is never garbage-collected
(STYLE §4 pitfall 13).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ui.resources import resources_dir

__all__ = ["installeer_vertalingen"]

log = logging.getLogger(__name__)


def installeer_vertalingen(app: QApplication, taal: str = "nl") -> list[QTranslator]:
    """Set the Dutch locale for number and date formats and install the translators for `taal`."""
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    qt_map = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    geladen: list[QTranslator] = []
    for naam, map_ in (("qtbase", qt_map), ("werkplek", str(resources_dir() / "i18n"))):
        if naam == "werkplek" and taal == "nl":
            continue  # Dutch is the source language: the texts in the code are the Dutch texts
        vertaler = QTranslator(app)  # parented: kept alive as long as the application
        if vertaler.load(f"{naam}_{taal}", map_):
            app.installTranslator(vertaler)
            geladen.append(vertaler)
        else:
            log.info("Geen vertaling %s_%s gevonden in %s", naam, taal, map_)
            vertaler.deleteLater()
    return geladen
