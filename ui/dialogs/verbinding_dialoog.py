"""Connecting to a team server: where it is, who you are, how the connection is protected, and your password.

What belongs here: `VerbindingDialoog`, the window a staff member logs in with on a team server (and opens
again from the user menu to change the connection). On a team server there is no account to pick: the database
account *is* the staff member, and the store checks which role it has after connecting.

- Server, port, database, user name and the TLS mode (with the Dutch descriptions the store gives) are kept in
  the settings by the composition root — never the password.
- The password is kept in the operating system's password vault ("wachtwoordkluis") when the user ticks the
  box. When this computer has no vault, the box is disabled and the dialog says that the password is asked at
  every start and stored nowhere.
- While connecting the fields are locked and a busy indicator runs; a message bar says what went wrong in plain
  Dutch (wrong password: at the password field, which is emptied; server unreachable: with "Opnieuw proberen").

The dialog only collects input and shows state; `desktop.verbinding` does the connecting. It emits
`verbinden_gevraagd` with a `VerbindingInvoer`.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.palet import Kleuren, Status
from ui.resources import icon, icon_pixmap
from ui.widgets.bezig import BezigIndicator
from ui.widgets.melding import MeldingBalk
from ui.widgets.veldmelding import VeldMelding, eerste_hoofdletter

__all__ = ["VerbindingDialoog", "VerbindingInvoer"]

STANDAARD_POORT = 5432
STANDAARD_TLS = "verify-full"


@dataclass(frozen=True, slots=True)
class VerbindingInvoer:
    """What the user filled in. `wachtwoord` is empty when none was typed (then the vault is tried)."""

    host: str
    poort: int
    database: str
    gebruiker: str
    tls: str
    wachtwoord: str
    onthouden: bool


def _standaard_gebruiker() -> str:
    try:
        return getpass.getuser().lower()
    except (OSError, KeyError):  # no user name in the environment
        return ""


class VerbindingDialoog(QDialog):
    """Signals:
    verbinden_gevraagd(object): the user pressed "Verbinden" (or "Opnieuw proberen"); a `VerbindingInvoer`.
    lokaal_gevraagd: the user chose the local demo store instead (start-up only).
    """

    verbinden_gevraagd = Signal(object)
    lokaal_gevraagd = Signal()

    def __init__(self, kleuren: Kleuren, parent: QWidget | None = None, *, bij_start: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("verbindingDialoog")
        self.setWindowTitle(self.tr("Verbinding met de teamserver – Werkplek Toeslagen"))
        self.setWindowIcon(icon("app", "#01689B"))
        self.setMinimumWidth(560)
        self._kleuren = kleuren
        self._bezig = False
        self._kluis = True

        logo = QLabel(self)
        logo.setPixmap(icon_pixmap("opslag", kleuren.accent, 40, self.devicePixelRatioF()))
        titel = QLabel(self.tr("Aanmelden bij de teamserver"), self)
        titel.setObjectName("titel")
        uitleg = QLabel(
            self.tr(
                "Uw team werkt samen in één database. U meldt zich aan met uw eigen account; de database bepaalt "
                "welke rol u heeft en wat u mag zien."
            ),
            self,
        )
        uitleg.setObjectName("zacht")
        uitleg.setWordWrap(True)
        kop_tekst = QVBoxLayout()
        kop_tekst.setSpacing(2)
        kop_tekst.addWidget(titel)
        kop_tekst.addWidget(uitleg)
        kop = QHBoxLayout()
        kop.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        kop.addLayout(kop_tekst, 1)

        self.melding = MeldingBalk(kleuren, self)
        self.melding.opnieuw_gevraagd.connect(self.verbind)
        self.bezig = BezigIndicator(self.tr("Verbinden…"), self)

        # --- the fields ----------------------------------------------------------------------------------------
        self.host_edit = QLineEdit(self)
        self.host_edit.setPlaceholderText(self.tr("bijvoorbeeld db01.toeslagen.local"))
        self.host_edit.setMaxLength(253)
        self.poort_spin = QSpinBox(self)
        self.poort_spin.setRange(1, 65535)
        self.poort_spin.setValue(STANDAARD_POORT)
        self.poort_spin.setGroupSeparatorShown(False)
        self.database_edit = QLineEdit("werkplek", self)
        self.database_edit.setMaxLength(63)
        self.gebruiker_edit = QLineEdit(_standaard_gebruiker(), self)
        self.gebruiker_edit.setMaxLength(63)
        self.tls_combo = QComboBox(self)
        self.wachtwoord_edit = QLineEdit(self)
        self.wachtwoord_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.wachtwoord_edit.setMaxLength(1000)
        self.onthouden_check = QCheckBox(self.tr("Wachtwoord &onthouden in de wachtwoordkluis van het systeem"), self)
        self.onthouden_check.setChecked(True)
        self.kluis_label = QLabel(self)
        self.kluis_label.setObjectName("zacht")
        self.kluis_label.setWordWrap(True)
        self.kluis_label.setTextFormat(Qt.TextFormat.PlainText)

        self._velden: dict[str, QWidget] = {
            "server": self.host_edit,
            "poort": self.poort_spin,
            "database": self.database_edit,
            "gebruikersnaam": self.gebruiker_edit,
            "versleuteling": self.tls_combo,
            "wachtwoord": self.wachtwoord_edit,
        }
        namen = {
            "server": self.tr("&Server:"),
            "poort": self.tr("&Poort:"),
            "database": self.tr("&Database:"),
            "gebruikersnaam": self.tr("&Gebruikersnaam:"),
            "versleuteling": self.tr("&Versleuteling:"),
            "wachtwoord": self.tr("&Wachtwoord:"),
        }
        self.veld_meldingen: dict[str, VeldMelding] = {}
        formulier = QFormLayout()
        formulier.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for sleutel, veld in self._velden.items():
            label = QLabel(namen[sleutel], self)
            label.setBuddy(veld)
            veld.setAccessibleName(namen[sleutel].replace("&", "").rstrip(":"))
            melding = VeldMelding(veld, kleuren, self)
            self.veld_meldingen[sleutel] = melding
            houder = QWidget(self)
            kolom = QVBoxLayout(houder)
            kolom.setContentsMargins(0, 0, 0, 0)
            kolom.setSpacing(0)
            if sleutel == "poort":
                rij = QHBoxLayout()
                rij.addWidget(veld)
                rij.addStretch(1)
                kolom.addLayout(rij)
            else:
                kolom.addWidget(veld)
            kolom.addWidget(melding)
            if sleutel == "wachtwoord":
                kolom.addWidget(self.onthouden_check)
                kolom.addWidget(self.kluis_label)
            formulier.addRow(label, houder)
        self.poort_spin.setMinimumWidth(100)

        # --- buttons -------------------------------------------------------------------------------------------
        self.knoppen = QDialogButtonBox(self)
        self.verbind_knop = self.knoppen.addButton(self.tr("&Verbinden"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.verbind_knop.setDefault(True)
        self.lokaal_knop: QPushButton | None = None
        if bij_start:
            self.lokaal_knop = self.knoppen.addButton(
                self.tr("&Lokale opslag (demo)"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.lokaal_knop.setToolTip(self.tr("Werken met de voorbeeldgegevens op deze computer"))
            self.lokaal_knop.clicked.connect(self.lokaal_gevraagd)
        self.sluit_knop = self.knoppen.addButton(
            self.tr("Afsluiten") if bij_start else self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.knoppen.accepted.connect(self.verbind)
        self.knoppen.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(kop)
        layout.addWidget(self.melding)
        layout.addLayout(formulier)
        layout.addWidget(self.bezig)
        layout.addWidget(self.knoppen)

        for sleutel, veld in self._velden.items():
            if isinstance(veld, QLineEdit):
                veld.textEdited.connect(lambda _t, s=sleutel: self.veld_meldingen[s].verberg())
        self.zet_kluis(True)

    # --- state from the connection flow --------------------------------------------------------------------

    def zet_tls_modi(self, modi: dict[str, str], gekozen: str | None = None) -> None:
        """The TLS modes with their Dutch descriptions, the recommended one first."""
        huidig = gekozen or self.tls_combo.currentData() or STANDAARD_TLS
        self.tls_combo.clear()
        for sleutel, omschrijving in modi.items():
            self.tls_combo.addItem(omschrijving, sleutel)
            self.tls_combo.setItemData(self.tls_combo.count() - 1, f"sslmode={sleutel}", Qt.ItemDataRole.ToolTipRole)
        index = self.tls_combo.findData(huidig)
        self.tls_combo.setCurrentIndex(max(index, 0))

    def zet_gegevens(self, host: str, poort: int, database: str, gebruiker: str, tls: str) -> None:
        self.host_edit.setText(host)
        self.poort_spin.setValue(poort)
        self.database_edit.setText(database)
        self.gebruiker_edit.setText(gebruiker)
        index = self.tls_combo.findData(tls)
        if index >= 0:
            self.tls_combo.setCurrentIndex(index)

    def zet_kluis(self, beschikbaar: bool) -> None:
        """Whether this computer has a password vault; without one the password is asked at every start."""
        self._kluis = beschikbaar
        self.onthouden_check.setEnabled(beschikbaar and not self._bezig)
        if beschikbaar:
            self.kluis_label.setText(
                self.tr("Het wachtwoord wordt nooit in een bestand of in de instellingen van de werkplek bewaard.")
            )
        else:
            self.onthouden_check.setChecked(False)
            self.kluis_label.setText(
                self.tr(
                    "Op deze computer is geen wachtwoordkluis beschikbaar. Uw wachtwoord wordt daarom nergens "
                    "bewaard: u typt het bij elke start opnieuw."
                )
            )

    @property
    def verbindt(self) -> bool:
        """True while the flow prepares or connects (the fields are locked)."""
        return self._bezig

    @property
    def kluis_beschikbaar(self) -> bool:
        return self._kluis

    def zet_bezig(self, bezig: bool, tekst: str | None = None) -> None:
        self._bezig = bezig
        if tekst:
            self.bezig.zet_tekst(tekst)
        self.bezig.zet_actief(bezig)
        for veld in self._velden.values():
            veld.setEnabled(not bezig)
        self.onthouden_check.setEnabled(self._kluis and not bezig)
        self.verbind_knop.setEnabled(not bezig)
        if bezig:
            self.melding.verberg()

    def zet_fout(self, melding: str, *, opnieuw: bool = True) -> None:
        """A problem with the connection as a whole (with "Opnieuw proberen" when trying again may help)."""
        self.zet_bezig(False)
        self.melding.toon_fout(melding, opnieuw=opnieuw)

    def zet_veldfout(self, veld: str, melding: str) -> None:
        """A problem with one field (the `veld` of a `Validatiefout`); unknown fields go to the message bar."""
        self.zet_bezig(False)
        widget = self._velden.get(veld)
        if widget is None:
            self.melding.toon_fout(eerste_hoofdletter(f"{veld}: {melding}"), opnieuw=False)
            return
        self.veld_meldingen[veld].toon(melding)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def vraag_wachtwoord(self, melding: str | None = None, *, fout: bool = False) -> None:
        """Ask for the password: the field is emptied and focused; `fout` marks it as wrong (not just missing)."""
        self.zet_bezig(False)
        self.wachtwoord_edit.clear()
        if melding and fout:
            self.veld_meldingen["wachtwoord"].toon(melding)
        elif melding:
            self.melding.toon(Status.INFO, melding)
        self.wachtwoord_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_eerste_lege_veld(self) -> None:
        for veld in (self.host_edit, self.database_edit, self.gebruiker_edit, self.wachtwoord_edit):
            if not veld.text():
                veld.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.verbind_knop.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- input ---------------------------------------------------------------------------------------------

    def invoer(self) -> VerbindingInvoer:
        return VerbindingInvoer(
            host=self.host_edit.text().strip(),
            poort=self.poort_spin.value(),
            database=self.database_edit.text().strip(),
            gebruiker=self.gebruiker_edit.text().strip(),
            tls=str(self.tls_combo.currentData() or STANDAARD_TLS),
            wachtwoord=self.wachtwoord_edit.text(),
            onthouden=self.onthouden_check.isChecked() and self._kluis,
        )

    def verbind(self) -> None:
        """The "Verbinden" button: check that nothing required is empty, then ask the flow to connect."""
        if self._bezig:
            return
        self.melding.verberg()
        for melding in self.veld_meldingen.values():
            melding.verberg()
        leeg = [s for s in ("server", "database", "gebruikersnaam") if not self._velden[s].text().strip()]  # type: ignore[attr-defined]
        for sleutel in leeg:
            self.veld_meldingen[sleutel].toon(self.tr("Vul dit veld in; het is verplicht"))
        if leeg:
            self._velden[leeg[0]].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.verbinden_gevraagd.emit(self.invoer())

    def accept(self) -> None:
        """Closing as "done" is the flow's decision (after a successful login), never the Enter key's."""
        self.verbind()

    def sluit_aangemeld(self) -> None:
        """The login succeeded: close the window. The typed password is cleared from the field."""
        self.wachtwoord_edit.clear()
        self.zet_bezig(False)
        super().accept()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.wachtwoord_edit.clear()
        super().closeEvent(event)

    def reject(self) -> None:
        self.wachtwoord_edit.clear()
        super().reject()
