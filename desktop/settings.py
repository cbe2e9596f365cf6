"""Typed settings of the workstation, kept in QSettings: window geometry, the last account, the language.

What belongs here: `AppSettings`, the only place that reads or writes QSettings. Every read passes `type=`, so a
bool never comes back as the truthy string 'false' on the next start (STYLE §4 pitfall 14). No secrets and no
personal data of citizens are ever stored here: recently opened households live in memory only.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QWidget

__all__ = ["AppSettings"]


class AppSettings:
    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._s = qsettings if qsettings is not None else QSettings()

    @property
    def qsettings(self) -> QSettings:
        return self._s

    def sync(self) -> None:
        self._s.sync()

    # --- the account and the language ------------------------------------------------------------------------

    @property
    def laatste_gebruiker(self) -> str:
        """The user name chosen last time on this computer (preselected in the login dialog)."""
        return str(self._s.value("aanmelden/laatsteGebruiker", "", type=str))

    @laatste_gebruiker.setter
    def laatste_gebruiker(self, gebruikersnaam: str) -> None:
        self._s.setValue("aanmelden/laatsteGebruiker", gebruikersnaam)

    @property
    def taal(self) -> str:
        """The language of the user interface: 'nl' (default) or 'en'."""
        taal = str(self._s.value("weergave/taal", "nl", type=str))
        return taal if taal in ("nl", "en") else "nl"

    @taal.setter
    def taal(self, taal: str) -> None:
        self._s.setValue("weergave/taal", taal)

    # --- geometry ----------------------------------------------------------------------------------------

    def herstel_venster(self, venster: QWidget) -> bool:
        """Restore size, position and (for a main window) the dock/toolbar state. Returns False the first time."""
        naam = venster.objectName() or type(venster).__name__
        geometrie = self._s.value(f"vensters/{naam}/geometrie", QByteArray(), type=QByteArray)
        if geometrie.isEmpty():
            return False
        venster.restoreGeometry(geometrie)
        if isinstance(venster, QMainWindow):
            staat = self._s.value(f"vensters/{naam}/staat", QByteArray(), type=QByteArray)
            if not staat.isEmpty():
                venster.restoreState(staat)
        return True

    def bewaar_venster(self, venster: QWidget) -> None:
        naam = venster.objectName() or type(venster).__name__
        self._s.setValue(f"vensters/{naam}/geometrie", venster.saveGeometry())
        if isinstance(venster, QMainWindow):
            self._s.setValue(f"vensters/{naam}/staat", venster.saveState())

    def herstel_splitser(self, sleutel: str) -> QByteArray:
        return self._s.value(f"splitsers/{sleutel}", QByteArray(), type=QByteArray)

    def bewaar_splitser(self, sleutel: str, staat: QByteArray) -> None:
        self._s.setValue(f"splitsers/{sleutel}", staat)
