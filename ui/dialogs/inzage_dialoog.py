"""The question "why do you open this citizen's data?" asked before a klantbeeld is opened (doelbinding).

What belongs here: `InzageDialoog` with its `ask()` classmethod returning an `InzageKeuze` (a reason from
`InzageReden` and an optional explanation, required for "anders"). The store writes the choice to the access
log when the klantbeeld is loaded. "Burger in mijn caseload" is never offered here: the view skips this
question when `in_caseload()` says so.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from models.domain import InzageReden, Rol
from models.validatie import Validatiefout, controleer_tekst
from ui.palet import Kleuren
from ui.widgets.veldmelding import VeldMelding

__all__ = ["InzageDialoog", "InzageKeuze", "redenen_voor"]

MAX_TOELICHTING = 500

_REDENEN: dict[Rol, tuple[InzageReden, ...]] = {
    Rol.BALIE: (InzageReden.BALIEBEZOEK, InzageReden.TELEFOONGESPREK, InzageReden.OVERIG),
    Rol.BEGELEIDER: (
        InzageReden.TELEFOONGESPREK,
        InzageReden.BEHANDELING,
        InzageReden.BALIEBEZOEK,
        InzageReden.OVERIG,
    ),
    Rol.SUPERVISOR: (
        InzageReden.BEOORDELING,
        InzageReden.BEHANDELING,
        InzageReden.TELEFOONGESPREK,
        InzageReden.KWALITEIT,
        InzageReden.OVERIG,
    ),
    Rol.KWALITEIT: (InzageReden.KWALITEIT, InzageReden.BEOORDELING, InzageReden.OVERIG),
}


def redenen_voor(rol: Rol) -> tuple[InzageReden, ...]:
    """The reasons a role can give, the most likely first."""
    return _REDENEN[rol]


@dataclass(frozen=True, slots=True)
class InzageKeuze:
    reden: InzageReden
    toelichting: str | None = None


class InzageDialoog(QDialog):
    def __init__(self, parent: QWidget | None, burger_naam: str, rol: Rol, kleuren: Kleuren) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reden van inzage"))
        self.setObjectName("inzageDialoog")
        self.setMinimumWidth(460)
        uitleg = QLabel(
            self.tr(
                "U opent het klantbeeld van %1. Waarom bekijkt u deze gegevens? Uw keuze wordt vastgelegd "
                "in het inzagelog."
            ).replace("%1", burger_naam),
            self,
        )
        uitleg.setWordWrap(True)
        self.reden_combo = QComboBox(self)
        for reden in redenen_voor(rol):
            self.reden_combo.addItem(reden.label, reden)
        self.reden_combo.setAccessibleName(self.tr("Reden"))
        self.toelichting_edit = QLineEdit(self)
        self.toelichting_edit.setMaxLength(MAX_TOELICHTING)
        self.toelichting_edit.setAccessibleName(self.tr("Toelichting"))
        self.toelichting_edit.setPlaceholderText(self.tr("Bijvoorbeeld: vraag van de burger over de brief van oktober"))
        self.toelichting_melding = VeldMelding(self.toelichting_edit, kleuren, self)
        formulier = QFormLayout()
        formulier.addRow(self.tr("&Reden:"), self.reden_combo)
        formulier.addRow(self.tr("&Toelichting:"), self.toelichting_edit)
        formulier.addRow("", self.toelichting_melding)
        self.knoppen = QDialogButtonBox(self)
        self.openen_knop = self.knoppen.addButton(self.tr("&Openen"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.knoppen.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        self.knoppen.accepted.connect(self.accept)
        self.knoppen.rejected.connect(self.reject)
        self.openen_knop.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(uitleg)
        layout.addLayout(formulier)
        layout.addWidget(self.knoppen)
        self.reden_combo.currentIndexChanged.connect(self._on_reden)
        self.toelichting_edit.textEdited.connect(lambda _t: self.toelichting_melding.verberg())
        self._on_reden()
        self.reden_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def reden(self) -> InzageReden:
        return InzageReden(self.reden_combo.currentData())

    def keuze(self) -> InzageKeuze:
        tekst = self.toelichting_edit.text().strip()
        return InzageKeuze(self.reden, tekst or None)

    def _on_reden(self) -> None:
        verplicht = self.reden == InzageReden.OVERIG
        self.toelichting_edit.setAccessibleDescription(
            self.tr("Verplicht bij de reden 'Anders'.") if verplicht else self.tr("Niet verplicht.")
        )

    def accept(self) -> None:
        try:
            controleer_tekst(
                self.toelichting_edit.text(),
                "toelichting",
                max_lengte=MAX_TOELICHTING,
                verplicht=self.reden == InzageReden.OVERIG,
            )
        except Validatiefout as fout:
            melding = fout.melding
            if self.reden == InzageReden.OVERIG and "verplicht" in melding:
                melding = self.tr("Vul een toelichting in: bij de reden 'Anders' is die verplicht")
            self.toelichting_melding.toon(melding)
            self.toelichting_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, burger_naam: str, rol: Rol, kleuren: Kleuren) -> InzageKeuze | None:
        dialoog = cls(parent, burger_naam, rol, kleuren)
        try:
            if dialoog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialoog.keuze()
        finally:
            dialoog.deleteLater()
