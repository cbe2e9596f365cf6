"""The shared behaviour of the balie's small action dialogs: validate, save in the background, never lose input.

What belongs here: `BalieFormulier`, a window-modal `QDialog` with a message bar, a busy indicator and a button
box. A subclass builds its fields, registers each field's `VeldMelding` under the `Validatiefout.veld` name the
store uses, and calls `verstuur()` with the store call. A `Validatiefout` appears next to its field (or in the
bar), a lost connection offers "Opnieuw proberen", and other errors a plain Dutch sentence; the form keeps its
content in every case. `fout_tekst()` turns any error into that sentence (also used by the balie view).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from models.store.fouten import OpslagFout, VerbindingFout
from models.validatie import Validatiefout
from ui.palet import Kleuren, Status
from ui.tasks import TaskRunner, ViewTaken
from ui.widgets.bezig import BezigIndicator
from ui.widgets.melding import MeldingBalk
from ui.widgets.veldmelding import VeldMelding, eerste_hoofdletter

__all__ = ["BalieFormulier", "fout_tekst"]

log = logging.getLogger(__name__)


def fout_tekst(fout: BaseException, wat: str) -> tuple[str, bool]:
    """A plain Dutch sentence for an error, and whether trying again may help."""
    if isinstance(fout, Validatiefout):
        return eerste_hoofdletter(f"{fout.veld}: {fout.melding}"), False
    if isinstance(fout, VerbindingFout):
        return fout.melding, True
    if isinstance(fout, OpslagFout):
        return fout.melding, False
    log.error("%s mislukt", wat, exc_info=fout)
    return f"{wat} is niet gelukt door een onverwachte fout. De details staan in het logbestand.", True


class BalieFormulier(QDialog):
    """Base of the balie's action dialogs. Subclasses fill `self.velden` and call `verstuur()`."""

    def __init__(
        self, parent: QWidget | None, titel: str, runner: TaskRunner, kleuren: Kleuren, *, opslaan: str
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowTitle(titel)
        self._kleuren = kleuren
        self.taken = ViewTaken(runner, self)
        self.velden: dict[str, VeldMelding] = {}
        self.melding = MeldingBalk(kleuren, self)
        self.melding.opnieuw_gevraagd.connect(self._opnieuw)
        self.bezig = BezigIndicator(self.tr("Bezig met opslaan…"), self)
        self.taken.bezig_veranderd.connect(self.bezig.zet_actief)
        self.knoppen = QDialogButtonBox(self)
        self.opslaan_knop: QPushButton = self.knoppen.addButton(opslaan, QDialogButtonBox.ButtonRole.AcceptRole)
        self.opslaan_knop.setDefault(True)
        annuleer = self.knoppen.addButton(QDialogButtonBox.StandardButton.Cancel)
        annuleer.setText(self.tr("&Annuleren"))
        self.knoppen.accepted.connect(self.opslaan)
        self.knoppen.rejected.connect(self.reject)
        self.inhoud = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.melding)
        layout.addLayout(self.inhoud, 1)
        layout.addWidget(self.bezig)
        layout.addWidget(self.knoppen)
        self._laatste: Callable[[], None] | None = None

    def veldmelding(self, naam: str, veld: QWidget) -> VeldMelding:
        """A message line under `veld`, shown for a `Validatiefout` whose `veld` is `naam`."""
        melding = VeldMelding(veld, self._kleuren, self)
        self.velden[naam] = melding
        return melding

    def opslaan(self) -> None:  # pragma: no cover - every subclass has its own
        raise NotImplementedError

    def verstuur(self, functie: Callable[[], Any], klaar: Callable[[Any], None], wat: str) -> None:
        """Run `functie` on the worker thread; `klaar` gets its result; errors stay in the form."""
        if self.taken.bezig:
            return

        def stap() -> None:
            for m in self.velden.values():
                m.verberg()
            self.melding.verberg()
            self.opslaan_knop.setEnabled(False)
            self.taken.submit(functie, self._klaar(klaar), lambda fout: self._fout(fout, wat))

        self._laatste = stap
        stap()

    def _klaar(self, klaar: Callable[[Any], None]) -> Callable[[Any], None]:
        def na(resultaat: Any) -> None:
            self.opslaan_knop.setEnabled(True)
            klaar(resultaat)

        return na

    def toon_veldfout(self, fout: Validatiefout) -> None:
        melding = self.velden.get(fout.veld)
        if melding is not None:
            melding.toon(fout.melding)
        else:
            self.melding.toon(Status.URGENT, eerste_hoofdletter(f"{fout.veld}: {fout.melding}"))

    def _fout(self, fout: BaseException, wat: str) -> None:
        self.opslaan_knop.setEnabled(True)
        if isinstance(fout, Validatiefout):
            self.toon_veldfout(fout)
            return
        tekst, opnieuw = fout_tekst(fout, wat)
        self.melding.toon(Status.URGENT, tekst, opnieuw=opnieuw)

    def _opnieuw(self) -> None:
        if self._laatste is not None:
            self._laatste()
