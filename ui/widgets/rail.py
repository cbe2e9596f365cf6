"""The navigation rail on the left of the main window: one button per view the role may use.

What belongs here: `NavigatieRail`, a vertical group of checkable tool buttons (icon above a short word) with
Alt+1..9 and Alt+0 shortcuts. Views that do not exist yet, or that the role may not use, are simply not added: there
are no dead buttons.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QButtonGroup, QFrame, QToolButton, QVBoxLayout, QWidget

from ui.palet import Kleuren
from ui.resources import icon

__all__ = ["NavigatieRail"]


class NavigatieRail(QFrame):
    """Signals:
    gekozen(str): the key of the view the user chose.
    """

    gekozen = Signal(str)

    def __init__(self, kleuren: Kleuren, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rail")
        self._kleuren = kleuren
        self._groep = QButtonGroup(self)
        self._groep.setExclusive(True)
        self._knoppen: dict[str, QToolButton] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(6, 10, 6, 10)
        self._layout.setSpacing(4)
        self._layout.addStretch(1)
        self.setAccessibleName(self.tr("Navigatie"))

    @property
    def sleutels(self) -> list[str]:
        return list(self._knoppen)

    def knop(self, sleutel: str) -> QToolButton:
        return self._knoppen[sleutel]

    def voeg_toe(self, sleutel: str, tekst: str, icoon: str) -> QToolButton:
        nummer = len(self._knoppen) + 1
        knop = QToolButton(self)
        knop.setObjectName("railKnop")
        knop.setText(tekst)
        knop.setIcon(icon(icoon, self._kleuren.accent_donker if not self._kleuren.donker else self._kleuren.accent))
        knop.setIconSize(QSize(22, 22))
        knop.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        knop.setCheckable(True)
        knop.setAutoRaise(True)
        knop.setMinimumWidth(88)
        knop.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Alt+1 … Alt+9, and Alt+0 for a tenth view (as the digit row runs); more views have no shortcut
        snelkoppeling = QKeySequence(f"Alt+{nummer % 10}") if nummer <= 10 else QKeySequence()
        # an action, not the button's own shortcut: that one "animates" the click and navigates 100 ms late
        actie = QAction(tekst, self)
        actie.setShortcut(snelkoppeling)
        actie.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        actie.triggered.connect(lambda _=False, k=knop, s=sleutel: (k.setChecked(True), self.gekozen.emit(s)))
        self.addAction(actie)
        toets = snelkoppeling.toString(QKeySequence.SequenceFormat.NativeText)
        knop.setToolTip(f"{tekst} ({toets})" if toets else tekst)
        knop.setAccessibleName(tekst)
        knop.setAccessibleDescription(
            self.tr("Ga naar %1, sneltoets %2")
            .replace("%1", tekst)
            .replace("%2", snelkoppeling.toString(QKeySequence.SequenceFormat.NativeText))
        )
        knop.clicked.connect(lambda _=False, s=sleutel: self.gekozen.emit(s))
        self._groep.addButton(knop)
        self._layout.insertWidget(self._layout.count() - 1, knop)
        self._knoppen[sleutel] = knop
        return knop

    def markeer(self, sleutel: str) -> None:
        """Show `sleutel` as the current view (without emitting `gekozen`)."""
        knop = self._knoppen.get(sleutel)
        if knop is not None:
            knop.setChecked(True)
