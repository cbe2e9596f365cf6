"""'Waarom dit bedrag?': the calculation trace of a toeslag, step by step, with its legal basis.

What belongs here: `BerekeningDialoog`. It recomputes the stored toeslag with the calculation core from the
grondslagen the store kept (`Grondslagen.uit_dict`) — the voorschot and, when known, the definitive
calculation with its settlement — and shows every step: what, the value, a plain Dutch sentence and the
article it rests on. When the result uses a parameter that is not confirmed in a primary source, a visible
warning lists those parameters. When the recomputation differs from the stored amount, it says so.
The core is pure and fast (well under a millisecond), so it runs on the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.calc.api import afrekenen, bereken
from models.calc.invoer import Grondslagen, Invoerfout
from models.calc.uitkomst import Afrekening, Stap, Uitkomst
from models.store.rows import ToeslagRow
from ui import opmaak as formaat
from ui.palet import Kleuren, Status
from ui.qtmodels.basis import RijenProxy
from ui.qtmodels.berekening import StapModel
from ui.weergave import saldo_tekst
from ui.widgets.melding import MeldingBalk

__all__ = ["BerekeningDialoog", "Herberekening", "StappenTabel", "herbereken"]


@dataclass(frozen=True, slots=True)
class Herberekening:
    """The recomputed voorschot and (when the year is settled) the definitive calculation, or why not."""

    voorschot: Uitkomst | None
    definitief: Afrekening | None
    fout_voorschot: str | None = None
    fout_definitief: str | None = None

    @property
    def onbevestigd(self) -> tuple[str, ...]:
        namen: list[str] = []
        for reeks in (
            self.voorschot.onbevestigde_parameters if self.voorschot else (),
            self.definitief.onbevestigde_parameters if self.definitief else (),
        ):
            namen.extend(n for n in reeks if n not in namen)
        return tuple(namen)


def herbereken(toeslag: ToeslagRow) -> Herberekening:
    """Recompute a stored toeslag from its stored grondslagen."""
    voorschot = definitief = None
    fout_v = fout_d = None
    try:
        voorschot = bereken(toeslag.regeling, toeslag.jaar, Grondslagen.uit_dict(toeslag.grondslagen_voorschot))
    except Invoerfout as fout:
        fout_v = f"{fout.veld}: {fout.melding}"
    if toeslag.grondslagen_definitief is not None:
        try:
            definitief = afrekenen(
                toeslag.regeling, toeslag.jaar, Grondslagen.uit_dict(toeslag.grondslagen_definitief), toeslag.betaald
            )
        except Invoerfout as fout:
            fout_d = f"{fout.veld}: {fout.melding}"
    return Herberekening(voorschot, definitief, fout_v, fout_d)


class _StappenTabel(QTableView):
    """Steps with wrapped sentences: rows grow to fit the text (unlike the dense data tables)."""

    def __init__(self, stappen: tuple[Stap, ...], naam: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.model_ = StapModel(self)
        self.model_.zet_rijen(stappen)
        proxy = RijenProxy(self)
        proxy.setSourceModel(self.model_)
        self.setModel(proxy)
        self.setAccessibleName(naam)
        self.setTabKeyNavigation(False)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        kop = self.horizontalHeader()
        kop.setSectionResizeMode(StapModel.STAP, QHeaderView.ResizeMode.Interactive)
        kop.setSectionResizeMode(StapModel.WAARDE, QHeaderView.ResizeMode.Interactive)
        kop.setSectionResizeMode(StapModel.UITLEG, QHeaderView.ResizeMode.Stretch)
        kop.setSectionResizeMode(StapModel.GRONDSLAG, QHeaderView.ResizeMode.Interactive)
        kop.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setColumnWidth(StapModel.STAP, 190)
        self.setColumnWidth(StapModel.WAARDE, 90)
        self.setColumnWidth(StapModel.GRONDSLAG, 220)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


StappenTabel = _StappenTabel  # public name: the balie what-if (ui/views/balie) shows its steps the same way


class BerekeningDialoog(QDialog):
    def __init__(self, parent: QWidget | None, toeslag: ToeslagRow, kleuren: Kleuren) -> None:
        super().__init__(parent)
        self.setObjectName("berekeningDialoog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        titel = f"{toeslag.regeling.label.capitalize()} {toeslag.jaar}"
        self.setWindowTitle(self.tr("Waarom dit bedrag? – %1").replace("%1", titel))
        self.resize(980, 620)
        self.herberekening = herbereken(toeslag)
        h = self.herberekening

        kop = QLabel(
            self.tr("Zo is het bedrag berekend: %1 %2")
            .replace("%1", toeslag.regeling.label)
            .replace("%2", str(toeslag.jaar)),
            self,
        )
        kop.setObjectName("titel")
        self.waarschuwing = MeldingBalk(kleuren, self)
        self.waarschuwing.sluit_knop.hide()
        if h.onbevestigd:
            self.waarschuwing.toon(
                Status.AANDACHT,
                self.tr(
                    "Let op: deze berekening gebruikt gegevens die nog niet in een officiële bron zijn "
                    "bevestigd. Het bedrag kan daardoor nog veranderen. Het gaat om:"
                )
                + "".join(f"\n• {naam}" for naam in h.onbevestigd),
            )
        self.afwijking = QLabel(self)
        self.afwijking.setWordWrap(True)
        self.afwijking.setObjectName("zacht")
        self.afwijking.hide()
        afwijkingen = self._afwijkingen(toeslag)
        if afwijkingen:
            self.afwijking.setText(" ".join(afwijkingen))
            self.afwijking.show()

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Berekeningen"))
        self.tabs.addTab(self._voorschot_pagina(toeslag), self.tr("&Voorschot"))
        if toeslag.grondslagen_definitief is not None:
            index = self.tabs.addTab(self._definitief_pagina(toeslag), self.tr("&Definitieve berekening"))
            self.tabs.setCurrentIndex(index)

        knoppen = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        knoppen.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Sluiten"))
        knoppen.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(kop)
        layout.addWidget(self.waarschuwing)
        layout.addWidget(self.afwijking)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(knoppen)

    def _afwijkingen(self, toeslag: ToeslagRow) -> list[str]:
        h = self.herberekening
        teksten = []
        if h.voorschot is not None and h.voorschot.bedrag_jaar != toeslag.voorschot_jaar:
            teksten.append(
                self.tr("De herberekening van het voorschot komt uit op %1 per jaar; opgeslagen is %2.")
                .replace("%1", formaat.euro_heel(h.voorschot.bedrag_jaar))
                .replace("%2", formaat.euro_heel(toeslag.voorschot_jaar))
            )
        if (
            h.definitief is not None
            and toeslag.definitief_jaar is not None
            and h.definitief.uitkomst.bedrag_jaar != toeslag.definitief_jaar
        ):
            teksten.append(
                self.tr("De herberekening van het definitieve bedrag komt uit op %1; opgeslagen is %2.")
                .replace("%1", formaat.euro_heel(h.definitief.uitkomst.bedrag_jaar))
                .replace("%2", formaat.euro_heel(toeslag.definitief_jaar))
            )
        if teksten:
            teksten.append(self.tr("Mogelijk zijn de rekenregels sindsdien bijgewerkt."))
        return teksten

    def _pagina(self, samenvatting: list[str], stappen: tuple[Stap, ...], naam: str, fout: str | None) -> QWidget:
        pagina = QWidget(self)
        layout = QVBoxLayout(pagina)
        if fout is not None:
            tekst = QLabel(
                self.tr(
                    "Deze berekening kan niet worden herhaald, omdat de opgeslagen gegevens onvolledig zijn "
                    "(%1). Vraag een collega van de uitvoering om de grondslagen te controleren."
                ).replace("%1", fout),
                pagina,
            )
            tekst.setWordWrap(True)
            tekst.setObjectName("leeg")
            layout.addWidget(tekst)
            layout.addStretch(1)
            return pagina
        for regel in samenvatting:
            label = QLabel(regel, pagina)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        tabel = _StappenTabel(stappen, naam, pagina)
        layout.addWidget(tabel, 1)
        return pagina

    def _voorschot_pagina(self, toeslag: ToeslagRow) -> QWidget:
        u = self.herberekening.voorschot
        regels = []
        if u is not None:
            if u.recht:
                regels.append(
                    self.tr("Voorschot: %1 per maand (%2 per jaar), berekend op de geschatte gegevens.")
                    .replace("%1", formaat.euro_heel(u.bedrag_maand))
                    .replace("%2", formaat.euro_heel(u.bedrag_jaar))
                )
            else:
                regels.append(self.tr("Geen recht op voorschot: %1").replace("%1", u.reden_geen_recht or ""))
        return self._pagina(
            regels, u.uitleg if u else (), self.tr("Stappen van het voorschot"), self.herberekening.fout_voorschot
        )

    def _definitief_pagina(self, toeslag: ToeslagRow) -> QWidget:
        a = self.herberekening.definitief
        regels = []
        if a is not None:
            regels.append(
                self.tr("Definitief: %1 voor het jaar, op de werkelijke gegevens. Betaald voorschot: %2. Uitkomst: %3.")
                .replace("%1", formaat.euro_heel(a.uitkomst.bedrag_jaar))
                .replace("%2", formaat.euro(a.betaald_voorschot))
                .replace("%3", saldo_tekst(a.saldo))
            )
            if a.saldo < 0 and a.terug_te_vorderen == 0:
                regels.append(
                    self.tr("Het verschil is zo klein dat het niet wordt teruggevorderd (doelmatigheidsgrens).")
                )
            if a.hoge_terugvordering:
                regels.append(self.tr("Dit is een hoge terugvordering."))
        stappen = (a.uitkomst.uitleg + a.uitleg) if a else ()
        return self._pagina(
            regels, stappen, self.tr("Stappen van de definitieve berekening"), self.herberekening.fout_definitief
        )
