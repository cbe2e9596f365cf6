"""Typed settings of the workstation, kept in QSettings: window geometry, the last account, the language.

What belongs here: `AppSettings`, the only place that reads or writes QSettings. Every read passes `type=`, so a
bool never comes back as the truthy string 'false' on the next start (STYLE §4 pitfall 14). No secrets and no
personal data of citizens are ever stored here: recently opened households live in memory only.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QWidget

__all__ = ["AppSettings", "Teamserverinstellingen"]


@dataclass(frozen=True, slots=True)
class Teamserverinstellingen:
    """Where the team server is and who connects (never the password: that lives in the OS keyring)."""

    host: str
    poort: int
    database: str
    gebruiker: str
    tls: str


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

    # --- the team server (never the password) ----------------------------------------------------------------

    @property
    def teamserver(self) -> Teamserverinstellingen | None:
        """The team server last connected to from this computer, or None when none was ever set up."""
        host = str(self._s.value("teamserver/host", "", type=str))
        if not host:
            return None
        return Teamserverinstellingen(
            host=host,
            poort=int(self._s.value("teamserver/poort", 5432, type=int)),
            database=str(self._s.value("teamserver/database", "werkplek", type=str)),
            gebruiker=str(self._s.value("teamserver/gebruiker", "", type=str)),
            tls=str(self._s.value("teamserver/tls", "verify-full", type=str)),
        )

    @teamserver.setter
    def teamserver(self, instellingen: Teamserverinstellingen) -> None:
        self._s.setValue("teamserver/host", instellingen.host)
        self._s.setValue("teamserver/poort", instellingen.poort)
        self._s.setValue("teamserver/database", instellingen.database)
        self._s.setValue("teamserver/gebruiker", instellingen.gebruiker)
        self._s.setValue("teamserver/tls", instellingen.tls)

    @property
    def teamserver_actief(self) -> bool:
        """True when the workstation starts on the team server (not the local demo store)."""
        return bool(self._s.value("teamserver/actief", False, type=bool))

    @teamserver_actief.setter
    def teamserver_actief(self, actief: bool) -> None:
        self._s.setValue("teamserver/actief", actief)

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
