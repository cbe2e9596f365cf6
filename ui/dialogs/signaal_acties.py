"""The small questions the Signalen view asks before it changes a signal.

What belongs here: `RedenDialoog` (confirm closing a signal — "afhandelen" with an optional explanation, "onterecht"
with a required reason), `TrajectUitSignaalDialoog` (aanmelden for begeleiding: in my caseload or in the intake
queue, with a priority) and `TaakUitSignaalDialoog` (a follow-up task: what and by when). Each has a
`classmethod ask()` that returns the answer or None, so tests can replace it (STYLE §3.9). They only collect input;
the view does the store call and shows its errors.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from models.services.werkdagen import werkdagen_na
from ui import opmaak as formaat
from ui.palet import Kleuren
from ui.widgets.veldmelding import VeldMelding

__all__ = ["RedenDialoog", "TaakKeuze", "TaakUitSignaalDialoog", "TrajectKeuze", "TrajectUitSignaalDialoog"]


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _datum(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class RedenDialoog(QDialog):
    """Confirm an action that closes a signal, with a reason (required or optional)."""

    def __init__(
        self,
        parent: QWidget | None,
        kleuren: Kleuren,
        *,
        titel: str,
        vraag: str,
        label: str,
        knop: str,
        verplicht: bool,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(titel)
        self.setModal(True)
        self._verplicht = verplicht
        vraag_label = QLabel(vraag, self)
        vraag_label.setWordWrap(True)
        self.reden_edit = QPlainTextEdit(self)
        self.reden_edit.setTabChangesFocus(True)
        self.reden_edit.setAccessibleName(label.replace("&", "").rstrip(":"))
        self.reden_edit.setMinimumHeight(self.reden_edit.fontMetrics().lineSpacing() * 4 + 12)
        reden_label = QLabel(label, self)
        reden_label.setBuddy(self.reden_edit)
        self.melding = VeldMelding(self.reden_edit, kleuren, self)
        self.reden_edit.textChanged.connect(self.melding.verberg)
        self.knoppen = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.knoppen.button(QDialogButtonBox.StandardButton.Ok).setText(knop)
        self.knoppen.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.knoppen.accepted.connect(self._ok)
        self.knoppen.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(vraag_label)
        layout.addWidget(reden_label)
        layout.addWidget(self.reden_edit)
        layout.addWidget(self.melding)
        layout.addWidget(self.knoppen)
        self.resize(460, 260)
        self.reden_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def reden(self) -> str:
        return self.reden_edit.toPlainText().strip()

    def _ok(self) -> None:
        if self._verplicht and not self.reden:
            self.melding.toon(self.tr("schrijf kort waarom; dit komt in het dossier"))
            self.reden_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        kleuren: Kleuren,
        *,
        titel: str,
        vraag: str,
        label: str,
        knop: str,
        verplicht: bool,
    ) -> str | None:
        """The reason typed (possibly empty when optional), or None when the user cancelled."""
        dialoog = cls(parent, kleuren, titel=titel, vraag=vraag, label=label, knop=knop, verplicht=verplicht)
        return dialoog.reden if dialoog.exec() == QDialog.DialogCode.Accepted else None


@dataclass(frozen=True, slots=True)
class TrajectKeuze:
    """Aanmelden from a signal: into the actor's own caseload (or the intake queue), with this priority."""

    in_mijn_caseload: bool
    prioriteit: int


class TrajectUitSignaalDialoog(QDialog):
    """Aanmelden for persoonlijke begeleiding from a signal."""

    def __init__(self, parent: QWidget | None, naam: str, urgent: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Aanmelden voor persoonlijke begeleiding"))
        self.setModal(True)
        uitleg = QLabel(
            self.tr(
                "%1 wordt aangemeld voor persoonlijke begeleiding, met dit signaal als reden. Het eerste contact moet "
                "binnen 5 werkdagen zijn. Het signaal gaat naar 'in behandeling'."
            ).replace("%1", naam),
            self,
        )
        uitleg.setWordWrap(True)
        self.caseload_vink = QCheckBox(self.tr("In &mijn caseload (anders in de intakewachtrij van het team)"), self)
        self.caseload_vink.setChecked(True)
        self.prioriteit_keuze = QComboBox(self)
        for waarde, tekst in ((1, self.tr("hoog")), (2, self.tr("normaal")), (3, self.tr("laag"))):
            self.prioriteit_keuze.addItem(tekst, waarde)
        self.prioriteit_keuze.setCurrentIndex(0 if urgent else 1)
        self.prioriteit_keuze.setAccessibleName(self.tr("Prioriteit"))
        formulier = QFormLayout()
        formulier.addRow(self.tr("&Prioriteit:"), self.prioriteit_keuze)
        knoppen = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        knoppen.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Aanmelden"))
        knoppen.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        knoppen.accepted.connect(self.accept)
        knoppen.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(uitleg)
        layout.addWidget(self.caseload_vink)
        layout.addLayout(formulier)
        layout.addWidget(knoppen)
        self.resize(480, 200)

    def keuze(self) -> TrajectKeuze:
        return TrajectKeuze(self.caseload_vink.isChecked(), int(self.prioriteit_keuze.currentData()))

    @classmethod
    def ask(cls, parent: QWidget | None, naam: str, urgent: bool) -> TrajectKeuze | None:
        dialoog = cls(parent, naam, urgent)
        return dialoog.keuze() if dialoog.exec() == QDialog.DialogCode.Accepted else None


@dataclass(frozen=True, slots=True)
class TaakKeuze:
    omschrijving: str
    vervaldatum: dt.date


class TaakUitSignaalDialoog(QDialog):
    """A follow-up task from a signal: what to do and by when (default: the next working day)."""

    def __init__(self, parent: QWidget | None, kleuren: Kleuren, voorstel: str, vandaag: dt.date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Taak maken bij dit signaal"))
        self.setModal(True)
        self._vandaag = vandaag
        self.omschrijving_edit = QLineEdit(voorstel, self)
        self.omschrijving_edit.setMaxLength(300)
        self.omschrijving_edit.setAccessibleName(self.tr("Wat moet er gebeuren"))
        self.datum_edit = QDateEdit(_qdate(werkdagen_na(vandaag, 1)), self)
        self.datum_edit.setCalendarPopup(True)
        self.datum_edit.setDisplayFormat("dd-MM-yyyy")
        self.datum_edit.setMinimumDate(_qdate(vandaag))
        self.datum_edit.setAccessibleName(self.tr("Uiterlijk op"))
        self.melding = VeldMelding(self.omschrijving_edit, kleuren, self)
        self.omschrijving_edit.textChanged.connect(self.melding.verberg)
        formulier = QFormLayout()
        formulier.addRow(self.tr("&Wat:"), self.omschrijving_edit)
        formulier.addRow("", self.melding)
        formulier.addRow(self.tr("&Uiterlijk op:"), self.datum_edit)
        hint = QLabel(self.tr("Vandaag is %1.").replace("%1", formaat.datum(vandaag)), self)
        hint.setObjectName("zacht")
        knoppen = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        knoppen.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Taak maken"))
        knoppen.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        knoppen.accepted.connect(self._ok)
        knoppen.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(formulier)
        layout.addWidget(hint)
        layout.addWidget(knoppen)
        self.resize(520, 180)

    def _ok(self) -> None:
        if not self.omschrijving_edit.text().strip():
            self.melding.toon(self.tr("schrijf wat er moet gebeuren"))
            return
        self.accept()

    def keuze(self) -> TaakKeuze:
        return TaakKeuze(self.omschrijving_edit.text().strip(), _datum(self.datum_edit.date()))

    @classmethod
    def ask(cls, parent: QWidget | None, kleuren: Kleuren, voorstel: str, vandaag: dt.date) -> TaakKeuze | None:
        dialoog = cls(parent, kleuren, voorstel, vandaag)
        return dialoog.keuze() if dialoog.exec() == QDialog.DialogCode.Accepted else None
