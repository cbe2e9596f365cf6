"""The arrangement editor: choose claims, standaard or persoonlijk, the capacity, term and pause; see the schedule
and the options side by side while typing; propose.

What belongs here: `RegelingEditor`, the "Nieuwe regeling" page of the Regelingen view. Every change of the input
restarts a 200 ms timer; when it fires, `Regelingen.vergelijk` computes the three options off the GUI thread
(one job at a time: input that changed while a job ran is computed again when it returns, and a result for
input that is no longer on screen is dropped). The chosen option fills the schedule table and the chart of the
remaining balance. `vergelijk` knows no pause; with a pause, the same job computes the chosen option again with
the calculation core (`met_pauze`, the claims as the store hands them to the core), so the card, the schedule
and the four-eyes reasons are exactly what "Voorstellen" will save. "Voorstellen" (Ctrl+S) sends a
`RegelingVoorstel`; outside policy it needs a motivation and goes to a supervisor, which the page says before and
after.

The role decides what is offered: balie staff make a standard arrangement only (no capacity, term or pause).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import logging
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from models.calc.betalingsregeling import (
    Betalingsregeling,
    Capaciteitsinvoer,
    Pauze,
    persoonlijke_regeling,
    standaardregeling,
)
from models.calc.invoer import Invoerfout
from models.calc.invordering_basis import Vordering as Rekenvordering
from models.calc.invordering_basis import maand_later, vervaldata
from models.domain import RegelingSoort, VorderingStatus
from models.store.fouten import GeenToegang, NietGevonden, OpslagFout, VerbindingFout
from models.store.interfaces_regelingen import Regelingen
from models.store.rows import MedewerkerRow
from models.store.rows_regelingen import (
    Optie,
    RegelingVoorstel,
    Vergelijking,
    VoorstelUitkomst,
    VorderingOverzicht,
)
from models.store.toegang import Bevoegdheid, mag
from models.validatie import Validatiefout
from ui import opmaak as formaat
from ui.palet import Kleuren, Status
from ui.qtmodels.basis import RijenProxy
from ui.qtmodels.regelingen import SchemaModel, SchemaRij, VorderingKeuzeModel, vrij_voor_regeling
from ui.resources import icon
from ui.tasks import TaskRunner, ViewTaken
from ui.views.regelingen.capaciteit import CapaciteitFormulier
from ui.views.regelingen.vergelijking import VergelijkingPaneel
from ui.widgets.bezig import BezigIndicator
from ui.widgets.melding import MeldingBalk
from ui.widgets.saldo_grafiek import SaldoGrafiek, SaldoPunt
from ui.widgets.tabel import DataTabel
from ui.widgets.veldmelding import VeldMelding, eerste_hoofdletter

__all__ = ["VERTRAGING_MS", "RegelingEditor", "eerste_van_volgende_maand", "met_pauze", "schema_rijen"]

log = logging.getLogger(__name__)

VERTRAGING_MS = 200
STANDAARD_LOOPTIJD = 24


def eerste_van_volgende_maand(vandaag: dt.date) -> dt.date:
    return dt.date(vandaag.year + (vandaag.month == 12), vandaag.month % 12 + 1, 1)


def schema_rijen(uitkomst: Betalingsregeling, pauze: Pauze | None) -> list[SchemaRij]:
    """The core's schedule as table rows; with a pause, the due dates move past the paused months (which get a
    row of their own), as the store plans them (`vervaldata`)."""
    termijnen = uitkomst.termijnen
    if not termijnen:
        return []
    data = vervaldata(uitkomst.startdatum, () if pauze is None else (pauze,))
    rijen = [
        SchemaRij(i, next(data), t.bedrag, t.rente + t.invorderingsrente, t.restschuld)
        for i, t in enumerate(termijnen, start=1)
    ]
    if pauze is None:
        return rijen
    laatste = rijen[-1].vervaldatum
    maand = 0
    while (datum := maand_later(uitkomst.startdatum, maand)) <= laatste:
        if pauze.bevat(datum):
            rijen.append(SchemaRij(None, datum, Decimal(0), Decimal(0), Decimal(0), pauze=True))
        maand += 1
    rijen.sort(key=lambda r: (r.vervaldatum, r.pauze))
    restschuld = uitkomst.schuld
    uit: list[SchemaRij] = []
    for r in rijen:
        if r.pauze:
            uit.append(dataclasses.replace(r, restschuld=restschuld))
        else:
            uit.append(r)
            restschuld = r.restschuld
    return uit


def met_pauze(
    vergelijking: Vergelijking,
    naam: str,
    pauze: Pauze,
    vorderingen: list[VorderingOverzicht],
    capaciteit: Capaciteitsinvoer | None,
    looptijd: int,
) -> Vergelijking:
    """The comparison with option `naam` computed again with a betaalpauze, as the store will compute the proposal
    (interest included in the instalments; the claims as they are open now, with their debtor)."""
    oud = vergelijking.optie(naam)
    if oud is None or (naam != "standaard" and capaciteit is None):
        return vergelijking
    reken = tuple(
        Rekenvordering(
            kenmerk=v.kenmerk,
            hoofdsom=v.open,
            uiterste_betaaldatum=v.vervaldatum,
            rente=v.rente,
            kosten=v.kosten,
            schuldenaar=v.schuldenaar,
        )
        for v in vorderingen
        if v.totaal_open > 0
    )
    titel = f"{oud.titel}, met {pauze.maanden} maanden pauze"
    try:
        if naam == "standaard":
            uitkomst = standaardregeling(
                reken,
                vergelijking.startdatum,
                pauzes=(pauze,),
                rente=True,
                rente_in_termijnen=True,
                dwanginvordering=any(v.status == VorderingStatus.DWANG.value for v in vorderingen),
            )
        else:
            assert capaciteit is not None
            uitkomst = persoonlijke_regeling(
                reken,
                vergelijking.startdatum,
                capaciteit,
                looptijd=looptijd if naam == "langer" else None,
                pauzes=(pauze,),
                rente=True,
                rente_in_termijnen=True,
            )
        nieuw = Optie(naam, titel, uitkomst)
    except Invoerfout as fout:
        nieuw = Optie(naam, titel, None, str(fout))
    opties = tuple(nieuw if o.naam == naam else o for o in vergelijking.opties)
    return dataclasses.replace(vergelijking, opties=opties)


def _qdate(datum: dt.date) -> QDate:
    return QDate(datum.year, datum.month, datum.day)


def _datum(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class _TekstVeld(QPlainTextEdit):
    """A multi-line field where Tab moves on."""

    def __init__(self, parent: QWidget, regels: int) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * regels + 12)


class RegelingEditor(QWidget):
    """Signals:
    voorgesteld(object): a `VoorstelUitkomst` (active now, or waiting for a supervisor).
    """

    voorgesteld = Signal(object)

    def __init__(
        self,
        dienst: Regelingen | None,
        actor: MedewerkerRow,
        runner: TaskRunner,
        kleuren: Kleuren,
        vandaag: Callable[[], dt.date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("regelingEditor")
        self._dienst = dienst
        self._actor = actor
        self._kleuren = kleuren
        self._vandaag = vandaag
        self.taken = ViewTaken(runner, self)
        self.persoonlijk_mag = mag(actor.rol, Bevoegdheid.REGELING_PERSOONLIJK)
        self.uitzondering_mag = mag(actor.rol, Bevoegdheid.UITZONDERING_VOORSTELLEN)
        self._burger_id: int | None = None
        self._generatie = 0
        self._berekend_voor = -1  # the generation on screen
        self._lopend = False  # a vergelijk job is on its way
        self._vergelijking: Vergelijking | None = None
        self._voorstel_taak = False
        self._veranderd = False

        self.melding = MeldingBalk(kleuren, self)
        self.melding.opnieuw_gevraagd.connect(self._on_opnieuw)
        self._opnieuw: Callable[[], None] | None = None

        # --- left: claims, kind, term, pause, capacity ---------------------------------------------------------
        links = QWidget(self)
        self.vordering_model = VorderingKeuzeModel(kleuren)
        self.vordering_model.setParent(self)
        self.vordering_proxy = RijenProxy(self)
        self.vordering_proxy.setSourceModel(self.vordering_model)
        self.vordering_tabel = DataTabel(self.vordering_proxy, self.tr("Vorderingen om samen te voegen"), links)
        self.vordering_tabel.setAccessibleDescription(self.tr("Spatie zet een vordering aan of uit voor de regeling."))
        self.vordering_tabel.setMinimumHeight(26 * 3 + 30)
        self.vordering_tabel.installEventFilter(self)
        vordering_label = QLabel(self.tr("&Vorderingen om samen te voegen"), links)
        vordering_label.setObjectName("sectie")
        vordering_label.setBuddy(self.vordering_tabel)
        self.vordering_melding = VeldMelding(self.vordering_tabel, kleuren, links)
        self.alles_knop = QPushButton(self.tr("&Alle open vorderingen kiezen"), links)
        self.alles_knop.clicked.connect(self.vordering_model.kies_alle_vrije)
        self.keuze_label = QLabel(links)
        self.keuze_label.setObjectName("zacht")
        self.keuze_label.setWordWrap(True)
        self.leeg_label = QLabel(self.tr("Geen open vorderingen — er is niets om een regeling voor te maken."), links)
        self.leeg_label.setObjectName("leeg")
        self.leeg_label.setWordWrap(True)
        self.leeg_label.hide()

        self.standaard_radio = QRadioButton(self.tr("&Standaardregeling: 24 maanden, minimaal € 20 per maand"), links)
        self.persoonlijk_radio = QRadioButton(self.tr("&Persoonlijke betalingsregeling op betalingscapaciteit"), links)
        self.soort_groep = QButtonGroup(self)
        self.soort_groep.addButton(self.standaard_radio)
        self.soort_groep.addButton(self.persoonlijk_radio)
        self.standaard_radio.setChecked(True)
        self.persoonlijk_radio.setEnabled(self.persoonlijk_mag)
        self.soort_uitleg = QLabel(links)
        self.soort_uitleg.setObjectName("zacht")
        self.soort_uitleg.setWordWrap(True)
        if not self.persoonlijk_mag:
            self.persoonlijk_radio.setToolTip(
                self.tr("Alleen een persoonlijk begeleider of supervisor kan een persoonlijke regeling voorstellen.")
            )
            self.soort_uitleg.setText(
                self.tr(
                    "Aan de balie maakt u een standaardregeling van hoogstens 24 maanden. Past dat niet bij de "
                    "burger? Verwijs dan naar persoonlijke begeleiding: die kijkt naar de betalingscapaciteit."
                )
            )

        vandaag = vandaag()
        self.start_edit = QDateEdit(links)
        self.start_edit.setDisplayFormat("dd-MM-yyyy")
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setMinimumDate(_qdate(vandaag))
        self.start_edit.setMaximumDate(_qdate(vandaag + dt.timedelta(days=366)))
        self.start_edit.setDate(_qdate(eerste_van_volgende_maand(vandaag)))
        self.looptijd_spin = QSpinBox(links)
        self.looptijd_spin.setRange(1, 120)
        self.looptijd_spin.setValue(STANDAARD_LOOPTIJD)
        self.looptijd_spin.setSuffix(self.tr(" maanden"))
        self.looptijd_spin.setAccessibleDescription(
            self.tr("Langer dan 24 maanden valt buiten het beleid: een supervisor beoordeelt het.")
        )
        self.pauze_check = QCheckBox(self.tr("Betaalpa&uze opnemen"), links)
        self.pauze_check.setAccessibleDescription(self.tr("Een pauze valt altijd buiten het beleid (vier ogen)."))
        self.pauze_vanaf_edit = QDateEdit(links)
        self.pauze_vanaf_edit.setDisplayFormat("dd-MM-yyyy")
        self.pauze_vanaf_edit.setCalendarPopup(True)
        self.pauze_vanaf_edit.setMinimumDate(_qdate(vandaag))
        self.pauze_vanaf_edit.setDate(_qdate(eerste_van_volgende_maand(eerste_van_volgende_maand(vandaag))))
        self.pauze_vanaf_edit.setAccessibleName(self.tr("Pauze vanaf"))
        self.pauze_maanden_spin = QSpinBox(links)
        self.pauze_maanden_spin.setRange(1, 24)
        self.pauze_maanden_spin.setValue(2)
        self.pauze_maanden_spin.setSuffix(self.tr(" maanden"))
        self.pauze_maanden_spin.setAccessibleName(self.tr("Duur van de pauze"))
        pauze_rij = QHBoxLayout()
        pauze_rij.addWidget(self.pauze_vanaf_edit)
        pauze_rij.addWidget(QLabel(self.tr("voor"), links))
        pauze_rij.addWidget(self.pauze_maanden_spin)
        pauze_rij.addStretch(1)
        self.pauze_houder = QWidget(links)
        self.pauze_houder.setLayout(pauze_rij)
        pauze_rij.setContentsMargins(0, 0, 0, 0)
        self.pauze_label = QLabel(self.tr("Pauze vanaf:"), links)
        self.pauze_label.setBuddy(self.pauze_vanaf_edit)

        self.start_melding = VeldMelding(self.start_edit, kleuren, links)
        self.looptijd_melding = VeldMelding(self.looptijd_spin, kleuren, links)
        self.pauze_melding = VeldMelding(self.pauze_vanaf_edit, kleuren, links)
        instellingen = QFormLayout()
        instellingen.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        start_label = QLabel(self.tr("&Eerste termijn op:"), links)
        start_label.setBuddy(self.start_edit)
        instellingen.addRow(start_label, self._met_melding(self.start_edit, self.start_melding, links))
        self.looptijd_label = QLabel(self.tr("Loop&tijd:"), links)
        self.looptijd_label.setBuddy(self.looptijd_spin)
        instellingen.addRow(self.looptijd_label, self._met_melding(self.looptijd_spin, self.looptijd_melding, links))
        instellingen.addRow("", self.pauze_check)
        instellingen.addRow(self.pauze_label, self.pauze_houder)
        instellingen.addRow("", self.pauze_melding)

        self.capaciteit_groep = QGroupBox(self.tr("Betalingscapaciteit (bedragen per maand)"), links)
        self.capaciteit = CapaciteitFormulier(kleuren, self.capaciteit_groep)
        self.capaciteit_melding = VeldMelding(self.capaciteit.leefsituatie_combo, kleuren, self.capaciteit_groep)
        capaciteit_layout = QVBoxLayout(self.capaciteit_groep)
        capaciteit_layout.addWidget(self.capaciteit_melding)
        capaciteit_layout.addWidget(self.capaciteit)

        boven = QWidget(self)
        boven_layout = QVBoxLayout(boven)
        boven_layout.setContentsMargins(0, 0, 0, 0)
        boven_layout.setSpacing(2)
        boven_layout.addWidget(vordering_label)
        boven_layout.addWidget(self.leeg_label)
        boven_layout.addWidget(self.vordering_tabel)
        boven_layout.addWidget(self.vordering_melding)
        keuze_rij = QHBoxLayout()
        keuze_rij.addWidget(self.keuze_label, 1)
        keuze_rij.addWidget(self.alles_knop)
        boven_layout.addLayout(keuze_rij)
        self.vordering_tabel.zet_kolombreedtes([220, 130, 110, 110, 110, 220, 110])
        links_layout = QVBoxLayout(links)
        links_layout.setContentsMargins(0, 0, 8, 0)
        soort_label = QLabel(self.tr("Soort regeling"), links)
        soort_label.setObjectName("sectie")
        links_layout.addWidget(soort_label)
        links_layout.addWidget(self.standaard_radio)
        links_layout.addWidget(self.persoonlijk_radio)
        links_layout.addWidget(self.soort_uitleg)
        links_layout.addLayout(instellingen)
        links_layout.addWidget(self.capaciteit_groep)
        links_layout.addStretch(1)
        links_scroll = QScrollArea(self)
        links_scroll.setWidget(links)
        links_scroll.setWidgetResizable(True)
        links_scroll.setFrameShape(QFrame.Shape.NoFrame)
        links_scroll.setMinimumWidth(470)
        links_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        # --- right: comparison, schedule, chart, motivation, propose ------------------------------------------
        rechts = QWidget(self)
        vergelijking_label = QLabel(self.tr("Mogelijkheden naast elkaar"), rechts)
        vergelijking_label.setObjectName("sectie")
        self.vergelijking = VergelijkingPaneel(kleuren, rechts)
        self.vergelijking.gekozen.connect(self.kies_optie)
        self.vergelijking.hide()
        self.bezig = BezigIndicator(self.tr("Schema berekenen…"), rechts)
        self.taken.bezig_veranderd.connect(self.bezig.zet_actief)
        self.schema_model = SchemaModel(kleuren)
        self.schema_model.setParent(self)
        self.schema_proxy = RijenProxy(self)
        self.schema_proxy.setSourceModel(self.schema_model)
        self.schema_tabel = DataTabel(self.schema_proxy, self.tr("Betaalschema"), rechts, sorteren=False)
        self.schema_tabel.zet_kolombreedtes([80, 95, 95, 100, 110])
        self.schema_tabel.setMinimumWidth(440)
        self.schema_tabel.setMinimumHeight(26 * 6 + 30)
        self.schema_label = QLabel(self.tr("Betaalsc&hema"), rechts)
        self.schema_label.setObjectName("sectie")
        self.schema_label.setBuddy(self.schema_tabel)
        self.schema_uitleg = QLabel(rechts)
        self.schema_uitleg.setObjectName("zacht")
        self.schema_uitleg.setWordWrap(True)
        self.grafiek = SaldoGrafiek(kleuren, rechts)
        self.beleid_label = QLabel(rechts)
        self.beleid_label.setWordWrap(True)
        self.beleid_label.setTextFormat(Qt.TextFormat.PlainText)
        self.motivatie_edit = _TekstVeld(rechts, 3)
        self.motivatie_edit.setMaximumHeight(self.motivatie_edit.fontMetrics().lineSpacing() * 3 + 14)
        self.motivatie_edit.setPlaceholderText(
            self.tr("Waarom past deze regeling bij dit huishouden? Verplicht als het voorstel buiten het beleid valt.")
        )
        self.motivatie_label = QLabel(self.tr("&Motivatie:"), rechts)
        self.motivatie_label.setBuddy(self.motivatie_edit)
        self.motivatie_edit.setAccessibleName(self.tr("Motivatie"))
        self.motivatie_melding = VeldMelding(self.motivatie_edit, kleuren, rechts)
        self.voorstel_knop = QPushButton(icon("opslaan", kleuren.accent), self.tr("Voorstellen"), rechts)
        sneltoets = QKeySequence(QKeySequence.StandardKey.Save).toString(QKeySequence.SequenceFormat.NativeText)
        self.voorstel_knop.setToolTip(self.tr("Voorstellen (%1)").replace("%1", sneltoets))
        self.voorstel_knop.setAccessibleDescription(self.tr("Sneltoets %1").replace("%1", sneltoets))
        self.voorstel_knop.clicked.connect(self.stel_voor)
        self.voorstel_bezig = BezigIndicator(self.tr("Voorstel opslaan…"), rechts)
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Save),
            self,
            activated=self.stel_voor,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )

        schema_rij = QSplitter(Qt.Orientation.Horizontal, rechts)
        schema_rij.addWidget(self.schema_tabel)
        schema_rij.addWidget(self.grafiek)
        schema_rij.setChildrenCollapsible(False)
        schema_rij.setStretchFactor(0, 3)
        schema_rij.setStretchFactor(1, 2)
        rechts_layout = QVBoxLayout(rechts)
        rechts_layout.setContentsMargins(8, 0, 0, 0)
        rechts_layout.addWidget(vergelijking_label)
        rechts_layout.addWidget(self.vergelijking)
        kop = QHBoxLayout()
        kop.addWidget(self.schema_label)
        kop.addWidget(self.bezig, 1)
        rechts_layout.addLayout(kop)
        rechts_layout.addWidget(self.schema_uitleg)
        rechts_layout.addWidget(schema_rij, 1)

        # the footer stays in view: what happens on "Voorstellen", the motivation, the button
        voet = QFrame(self)
        voet_layout = QVBoxLayout(voet)
        voet_layout.setContentsMargins(0, 4, 0, 0)
        voet_layout.setSpacing(2)
        voet_layout.addWidget(self.beleid_label)
        voet_layout.addWidget(self.motivatie_label)
        motivatie_rij = QHBoxLayout()
        motivatie_kolom = QVBoxLayout()
        motivatie_kolom.setSpacing(0)
        motivatie_kolom.addWidget(self.motivatie_edit)
        motivatie_kolom.addWidget(self.motivatie_melding)
        motivatie_rij.addLayout(motivatie_kolom, 1)
        knop_kolom = QVBoxLayout()
        knop_kolom.addWidget(self.voorstel_knop)
        knop_kolom.addWidget(self.voorstel_bezig)
        knop_kolom.addStretch(1)
        motivatie_rij.addLayout(knop_kolom)
        voet_layout.addLayout(motivatie_rij)

        rechts_scroll = QScrollArea(self)
        rechts_scroll.setWidget(rechts)
        rechts_scroll.setWidgetResizable(True)
        rechts_scroll.setFrameShape(QFrame.Shape.NoFrame)
        splitser = QSplitter(Qt.Orientation.Horizontal, self)
        splitser.addWidget(links_scroll)
        splitser.addWidget(rechts_scroll)
        splitser.setChildrenCollapsible(False)
        splitser.setStretchFactor(0, 2)
        splitser.setStretchFactor(1, 5)
        splitser.setSizes([500, 820])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.melding)
        layout.addWidget(boven)
        layout.addWidget(splitser, 1)
        layout.addWidget(voet)

        # --- keyboard order and wiring -----------------------------------------------------------------------
        volgorde = [
            self.vordering_tabel,
            self.alles_knop,
            self.standaard_radio,
            self.persoonlijk_radio,
            self.start_edit,
            self.looptijd_spin,
            self.pauze_check,
            self.pauze_vanaf_edit,
            self.pauze_maanden_spin,
            self.capaciteit.leefsituatie_combo,
            *self.capaciteit.velden.values(),
            self.capaciteit.auto_check,
            self.capaciteit.opzet_check,
            *(k.kies_knop for k in self.vergelijking.kaarten.values()),
            self.schema_tabel,
            self.grafiek,
            self.motivatie_edit,
            self.voorstel_knop,
        ]
        for a, b in itertools.pairwise(volgorde):
            self.setTabOrder(a, b)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(VERTRAGING_MS)
        self._timer.timeout.connect(self.bereken)
        self.vordering_model.keuze_veranderd.connect(self._on_invoer)
        self.soort_groep.buttonToggled.connect(lambda *_: self._on_invoer())
        self.start_edit.dateChanged.connect(lambda *_: (self.start_melding.verberg(), self._on_invoer()))
        self.looptijd_spin.valueChanged.connect(lambda *_: (self.looptijd_melding.verberg(), self._on_invoer()))
        self.pauze_check.toggled.connect(lambda *_: (self.pauze_melding.verberg(), self._on_invoer()))
        self.pauze_vanaf_edit.dateChanged.connect(lambda *_: (self.pauze_melding.verberg(), self._on_invoer()))
        self.pauze_maanden_spin.valueChanged.connect(lambda *_: (self.pauze_melding.verberg(), self._on_invoer()))
        self.capaciteit.gewijzigd.connect(lambda: (self.capaciteit_melding.verberg(), self._on_invoer()))
        self.motivatie_edit.textChanged.connect(self._on_motivatie)
        self._werk_velden_bij()
        self._toon_leeg_schema(self.tr("Kies de vorderingen die in de regeling komen."))

    @staticmethod
    def _met_melding(veld: QWidget, melding: VeldMelding, parent: QWidget) -> QWidget:
        houder = QWidget(parent)
        kolom = QVBoxLayout(houder)
        kolom.setContentsMargins(0, 0, 0, 0)
        kolom.setSpacing(0)
        kolom.addWidget(veld)
        kolom.addWidget(melding)
        return houder

    # --- state -------------------------------------------------------------------------------------------

    @property
    def burger_id(self) -> int | None:
        return self._burger_id

    @property
    def vergelijking_op_scherm(self) -> Vergelijking | None:
        return self._vergelijking

    @property
    def rekent(self) -> bool:
        """A recalculation is waiting for its timer or running."""
        return self._timer.isActive() or self._lopend

    def soort(self) -> RegelingSoort:
        return RegelingSoort.PERSOONLIJK if self.persoonlijk_radio.isChecked() else RegelingSoort.STANDAARD

    def gekozen_optie(self) -> str:
        """The comparison column that is the caseworker's choice."""
        if self.soort() is RegelingSoort.STANDAARD:
            return "standaard"
        return "persoonlijk" if self.looptijd_spin.value() == STANDAARD_LOOPTIJD else "langer"

    def pauze(self) -> Pauze | None:
        if not self.pauze_check.isChecked() or not self.uitzondering_mag:
            return None
        return Pauze(_datum(self.pauze_vanaf_edit.date()), self.pauze_maanden_spin.value())

    def heeft_wijzigingen(self) -> bool:
        """Input was typed and not proposed yet."""
        return self._veranderd and bool(
            self.vordering_model.gekozen_ids() or not self.capaciteit.is_leeg() or self.motivatie_edit.toPlainText()
        )

    def zet_vorderingen(self, burger_id: int, vorderingen: list[VorderingOverzicht], *, nieuw: bool) -> None:
        """Show the household's claims; a new household starts with every open claim checked."""
        andere = burger_id != self._burger_id
        self._burger_id = burger_id
        self.vordering_model.zet_rijen(vorderingen)
        self.vordering_tabel.setFixedHeight(26 * max(2, min(len(vorderingen), 5)) + 30)
        vrij = [v for v in vorderingen if vrij_voor_regeling(v)]
        if andere or nieuw:
            self._reset_invoer()
            self.vordering_model.kies(v.id for v in vrij)
            self._veranderd = False
        leeg = not vrij
        self.leeg_label.setVisible(leeg)
        self.vordering_tabel.setVisible(bool(vorderingen))
        self.alles_knop.setEnabled(not leeg)
        self.voorstel_knop.setEnabled(not leeg)
        self._werk_keuze_bij()
        self._on_invoer(gebruiker=False)

    def _reset_invoer(self) -> None:
        for w in (self.standaard_radio, self.capaciteit, self.motivatie_edit, self.pauze_check, self.looptijd_spin):
            w.blockSignals(True)
        self.standaard_radio.setChecked(True)
        self.looptijd_spin.setValue(STANDAARD_LOOPTIJD)
        self.pauze_check.setChecked(False)
        self.motivatie_edit.clear()
        for veld in self.capaciteit.velden.values():
            veld.clear()
        self.capaciteit.verberg_fouten()
        for w in (self.standaard_radio, self.capaciteit, self.motivatie_edit, self.pauze_check, self.looptijd_spin):
            w.blockSignals(False)
        self.melding.verberg()
        self._werk_velden_bij()

    def _werk_velden_bij(self) -> None:
        persoonlijk = self.soort() is RegelingSoort.PERSOONLIJK
        self.capaciteit_groep.setVisible(persoonlijk)
        self.looptijd_spin.setEnabled(persoonlijk)
        self.looptijd_spin.setVisible(self.persoonlijk_mag)
        self.looptijd_label.setVisible(self.persoonlijk_mag)
        self.pauze_houder.setVisible(self.uitzondering_mag)
        self.pauze_check.setVisible(self.uitzondering_mag)
        self.pauze_label.setVisible(self.uitzondering_mag)
        aan = self.pauze_check.isChecked()
        self.pauze_vanaf_edit.setEnabled(aan)
        self.pauze_maanden_spin.setEnabled(aan)
        if persoonlijk:
            self.soort_uitleg.setText(
                self.tr(
                    "Het bedrag per maand volgt uit wat het huishouden kan missen; het bestaansminimum blijft altijd "
                    "over. Tot 24 maanden valt binnen het beleid."
                )
            )
        elif self.persoonlijk_mag:
            self.soort_uitleg.setText(
                self.tr(
                    "Schuld gedeeld door 24, minimaal € 20 per maand. Direct actief als het binnen het beleid valt."
                )
            )

    def _werk_keuze_bij(self) -> None:
        gekozen = self.vordering_model.gekozen()
        if not gekozen:
            self.keuze_label.setText(self.tr("Nog geen vordering gekozen."))
            return
        open_ = sum((v.totaal_open for v in gekozen), Decimal(0))
        rente = sum((v.lopende_rente or Decimal(0) for v in gekozen), Decimal(0))
        self.keuze_label.setText(
            self.tr("%1 van %2 vorderingen gekozen: %3 open, %4 lopende rente.")
            .replace("%1", str(len(gekozen)))
            .replace("%2", str(self.vordering_model.rowCount()))
            .replace("%3", formaat.euro(open_))
            .replace("%4", formaat.euro(rente))
        )

    def eventFilter(self, bron: QObject, event: QEvent) -> bool:
        """Space in the claims table toggles the current row's check box, whatever column is current."""
        if (
            bron is self.vordering_tabel
            and event.type() == QEvent.Type.KeyPress
            and (
                isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Space
                and event.modifiers() == Qt.KeyboardModifier.NoModifier
            )
        ):
            index = self.vordering_tabel.currentIndex()
            if index.isValid():
                bron_index = self.vordering_proxy.mapToSource(index.siblingAtColumn(0))
                aan = self.vordering_model.data(bron_index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
                self.vordering_model.setData(
                    bron_index,
                    Qt.CheckState.Unchecked if aan else Qt.CheckState.Checked,
                    Qt.ItemDataRole.CheckStateRole,
                )
            return True
        return super().eventFilter(bron, event)

    # --- recalculating as they type ----------------------------------------------------------------------

    def _on_invoer(self, *, gebruiker: bool = True) -> None:
        if gebruiker:
            self._veranderd = True
        self._werk_velden_bij()
        self._werk_keuze_bij()
        self.vordering_melding.verberg()
        self._generatie += 1
        self._timer.start()

    def _on_motivatie(self) -> None:
        self._veranderd = True
        self.motivatie_melding.verberg()

    def kies_optie(self, naam: str) -> None:
        """'Kies deze' on a card: set the kind and term that give that option."""
        if naam == "standaard":
            self.standaard_radio.setChecked(True)
        elif self.persoonlijk_mag:
            self.persoonlijk_radio.setChecked(True)
            if naam == "persoonlijk":
                self.looptijd_spin.setValue(STANDAARD_LOOPTIJD)
            elif self.looptijd_spin.value() == STANDAARD_LOOPTIJD:
                self.looptijd_spin.setValue(36)
        self.vergelijking.markeer(self.gekozen_optie())

    def _capaciteit(self) -> tuple[Capaciteitsinvoer | None, bool]:
        """The capacity to compute with (None when not asked or nothing typed), and whether the form is valid."""
        if not self.persoonlijk_mag or self.capaciteit.is_leeg():
            return None, True
        try:
            return self.capaciteit.invoer(), True
        except Validatiefout:
            return None, False

    def bereken(self) -> None:
        """Compute the options for what is on screen now (the timer calls this; tests may call it directly)."""
        self._timer.stop()
        if self._dienst is None or self._burger_id is None:
            return
        if self._lopend:
            return  # the answer comes back first; then the newest input is computed
        ids = self.vordering_model.gekozen_ids()
        if not ids:
            self._berekend_voor = self._generatie
            self._vergelijking = None
            self.vergelijking.hide()
            self._toon_leeg_schema(
                self.tr("Kies ten minste één vordering: dan verschijnen hier het schema en de grafiek.")
            )
            return
        capaciteit, geldig = self._capaciteit()
        persoonlijk = self.soort() is RegelingSoort.PERSOONLIJK
        looptijd = self.looptijd_spin.value()
        langer = looptijd if persoonlijk and looptijd != STANDAARD_LOOPTIJD else 36
        start = _datum(self.start_edit.date())
        dienst, actor, burger_id, vandaag = self._dienst, self._actor, self._burger_id, self._vandaag()
        generatie = self._generatie
        pauze, gekozen, gekozen_rijen = self.pauze(), self.gekozen_optie(), self.vordering_model.gekozen()

        def reken() -> Vergelijking:
            vergelijking = dienst.vergelijk(
                actor,
                burger_id,
                ids,
                startdatum=start,
                vandaag=vandaag,
                capaciteit=capaciteit,
                looptijd_langer=langer,
            )
            if pauze is None or pauze.vanaf < start:
                return vergelijking
            return met_pauze(vergelijking, gekozen, pauze, gekozen_rijen, capaciteit, langer)

        self._lopend = True
        self.taken.submit(
            reken,
            lambda v: self._na_vergelijk(generatie, v, geldig),
            lambda fout: self._vergelijk_fout(generatie, fout),
        )

    def _na_vergelijk(self, generatie: int, vergelijking: Vergelijking, capaciteit_geldig: bool) -> None:
        self._lopend = False
        if generatie != self._generatie:
            self.bereken()  # the input changed meanwhile: this answer is stale
            return
        self._berekend_voor = generatie
        self._vergelijking = vergelijking
        if self._opnieuw == self.bereken:
            self.melding.verberg()
        gekozen = self.gekozen_optie()
        self.vergelijking.zet(
            vergelijking,
            gekozen,
            persoonlijk_mag=self.persoonlijk_mag,
            waarom_niet=self.tr("Alleen een persoonlijk begeleider of supervisor."),
        )
        self.vergelijking.show()
        optie = vergelijking.optie(gekozen)
        if optie is None or optie.uitkomst is None:
            reden = (optie.fout if optie is not None else None) or self.tr("niet te berekenen")
            if not capaciteit_geldig:
                reden = self.tr("verbeter eerst de bedragen bij de betalingscapaciteit")
            self._toon_leeg_schema(eerste_hoofdletter(reden))
            self._zet_beleid(None)
            return
        uitkomst = optie.uitkomst
        pauze = self.pauze()
        rijen = schema_rijen(uitkomst, pauze)
        self.schema_model.zet_rijen(rijen)
        punten = [SaldoPunt(uitkomst.startdatum, uitkomst.schuld)] if rijen and not rijen[0].pauze else []
        if rijen and rijen[0].pauze:
            punten.append(SaldoPunt(rijen[0].vervaldatum, uitkomst.schuld, pauze=True))
            rijen_verder = rijen[1:]
        else:
            rijen_verder = rijen
        punten.extend(SaldoPunt(r.vervaldatum, r.restschuld, r.pauze) for r in rijen_verder)
        self.grafiek.zet_punten(tuple(punten), leeg=None)
        uitleg = (
            self.tr("%1: %2 termijnen van %3, de laatste op %4.")
            .replace("%1", optie.titel)
            .replace("%2", str(uitkomst.aantal_termijnen))
            .replace("%3", formaat.euro(uitkomst.termijnbedrag))
            .replace("%4", formaat.datum(rijen[-1].vervaldatum) if rijen else "–")
        )
        if pauze is not None:
            uitleg += " " + self.tr(
                "Tijdens de pauze van %1 maanden vanaf %2 betaalt de burger niets; de termijnen schuiven op en de "
                "rente loopt door."
            ).replace("%1", str(pauze.maanden)).replace("%2", formaat.datum(pauze.vanaf))
        if uitkomst.onbevestigde_parameters:
            uitleg += " " + self.tr("Let op: %1 onbevestigde parameters (de lijst staat bij de mogelijkheid).").replace(
                "%1", str(len(uitkomst.onbevestigde_parameters))
            )
            self.schema_uitleg.setToolTip("\n".join(uitkomst.onbevestigde_parameters))
        if not capaciteit_geldig:
            uitleg += " " + self.tr("Let op: de bedragen bij de betalingscapaciteit kloppen nog niet.")
        self.schema_uitleg.setText(uitleg)
        self._zet_beleid(uitkomst)

    def _zet_beleid(self, uitkomst: Betalingsregeling | None) -> None:
        redenen = list(uitkomst.buiten_beleid) if uitkomst is not None else []
        if self.pauze() is not None and not any("pauze" in r for r in redenen):
            redenen.append(self.tr("een betaalpauze"))
        if uitkomst is not None and uitkomst.weigeringsgronden:
            self.beleid_label.setText(
                self.tr("Deze regeling is niet mogelijk: %1.").replace("%1", "; ".join(uitkomst.weigeringsgronden))
            )
            self.motivatie_label.setText(self.tr("&Motivatie:"))
        elif redenen:
            self.beleid_label.setText(
                self.tr(
                    "Buiten het beleid (%1). Na 'Voorstellen' gaat dit voorstel met uw motivatie naar een supervisor "
                    "(Beoordelen); pas na goedkeuring wordt het actief."
                ).replace("%1", "; ".join(redenen))
            )
            self.motivatie_label.setText(self.tr("&Motivatie (verplicht, de supervisor leest dit):"))
        elif uitkomst is not None and uitkomst.termijnen:
            self.beleid_label.setText(self.tr("Binnen het beleid: na 'Voorstellen' is de regeling direct actief."))
            self.motivatie_label.setText(self.tr("&Motivatie (niet verplicht):"))
        else:
            self.beleid_label.setText("")
        self.beleid_label.setAccessibleName(self.beleid_label.text())

    def _toon_leeg_schema(self, reden: str) -> None:
        self.schema_model.zet_rijen(())
        self.grafiek.zet_punten((), leeg=reden)
        self.schema_uitleg.setText(reden)
        self._zet_beleid(None)

    def _vergelijk_fout(self, generatie: int, fout: BaseException) -> None:
        self._lopend = False
        if generatie != self._generatie:
            self.bereken()
            return
        if isinstance(fout, Validatiefout):
            if not self._toon_veldfout(fout):
                self.melding.toon_fout(eerste_hoofdletter(f"{fout.veld}: {fout.melding}"), opnieuw=False)
            self._toon_leeg_schema(eerste_hoofdletter(fout.melding))
            return
        self._toon_fout(fout, self.bereken, self.tr("Het schema kon niet worden berekend."))

    # --- proposing ---------------------------------------------------------------------------------------

    def stel_voor(self) -> None:
        """Ctrl+S: send the proposal (checked here first where it can be, then by the service)."""
        if self._dienst is None or self._burger_id is None or self._voorstel_taak or not self.isVisible():
            return
        self.melding.verberg()
        for m in (self.vordering_melding, self.start_melding, self.looptijd_melding, self.pauze_melding):
            m.verberg()
        self.motivatie_melding.verberg()
        self.capaciteit_melding.verberg()
        ids = self.vordering_model.gekozen_ids()
        if not ids:
            self.vordering_melding.toon(self.tr("kies ten minste één vordering voor de regeling"))
            self.vordering_tabel.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        soort = self.soort()
        capaciteit: Capaciteitsinvoer | None = None
        if soort is RegelingSoort.PERSOONLIJK:
            if self.capaciteit.is_leeg():
                self.capaciteit_melding.toon(
                    self.tr("vul het inkomen en de uitgaven in voor een persoonlijke regeling")
                )
                self.capaciteit.velden["netto_inkomen"].setFocus(Qt.FocusReason.OtherFocusReason)
                return
            try:
                capaciteit = self.capaciteit.invoer()
            except Validatiefout:
                veld = self.capaciteit.eerste_fout_veld()
                if veld is not None:
                    veld.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        pauze = self.pauze()
        motivatie = self.motivatie_edit.toPlainText().strip() or None
        voorstel = RegelingVoorstel(
            burger_id=self._burger_id,
            vordering_ids=ids,
            soort=soort,
            startdatum=_datum(self.start_edit.date()),
            capaciteit=capaciteit,
            looptijd=self.looptijd_spin.value() if soort is RegelingSoort.PERSOONLIJK else None,
            pauze_vanaf=None if pauze is None else pauze.vanaf,
            pauze_maanden=None if pauze is None else pauze.maanden,
            motivatie=motivatie,
        )
        dienst, actor, vandaag = self._dienst, self._actor, self._vandaag()

        def stap() -> None:
            self._zet_voorstel_bezig(True)
            self.taken.submit(
                lambda: dienst.stel_voor(actor, voorstel, vandaag=vandaag),
                self._na_voorstel,
                lambda fout: self._voorstel_fout(fout, stap),
            )

        stap()

    def _zet_voorstel_bezig(self, bezig: bool) -> None:
        self._voorstel_taak = bezig
        self.voorstel_bezig.zet_actief(bezig)
        self.voorstel_knop.setEnabled(not bezig)
        self.motivatie_edit.setReadOnly(bezig)

    def _na_voorstel(self, uitkomst: VoorstelUitkomst) -> None:
        self._zet_voorstel_bezig(False)
        self._veranderd = False
        self.voorgesteld.emit(uitkomst)

    def _voorstel_fout(self, fout: BaseException, opnieuw: Callable[[], None]) -> None:
        self._zet_voorstel_bezig(False)
        if isinstance(fout, Validatiefout):
            if not self._toon_veldfout(fout):
                self.melding.toon_fout(eerste_hoofdletter(f"{fout.melding}"), opnieuw=False)
            return
        self._toon_fout(fout, opnieuw, self.tr("Het voorstel kon niet worden opgeslagen. Uw invoer is bewaard."))

    def _toon_veldfout(self, fout: Validatiefout) -> bool:
        """Put a service's Validatiefout at its field; False when no field fits (the banner shows it)."""
        veld = fout.veld
        doelen: dict[str, tuple[VeldMelding, QWidget]] = {
            "motivatie": (self.motivatie_melding, self.motivatie_edit),
            "startdatum": (self.start_melding, self.start_edit),
            "looptijd": (self.looptijd_melding, self.looptijd_spin),
            "pauze": (self.pauze_melding, self.pauze_vanaf_edit),
            "pauze_maanden": (self.pauze_melding, self.pauze_maanden_spin),
            "vorderingen": (self.vordering_melding, self.vordering_tabel),
        }
        if veld in doelen:
            melding, widget = doelen[veld]
            if widget.isVisible():
                melding.toon(fout.melding)
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            return False
        if veld.startswith("capaciteit") and self.capaciteit_groep.isVisible():
            if not self.capaciteit.toon_fout(veld, fout.melding):
                self.capaciteit_melding.toon(fout.melding)
            return True
        return False

    def _toon_fout(self, fout: BaseException, opnieuw: Callable[[], None], algemeen: str) -> None:
        self._opnieuw = opnieuw
        if isinstance(fout, VerbindingFout):
            tekst = fout.melding
            if fout.schrijfactie and fout.vastgelegd is None:
                tekst += " " + self.tr(
                    "Het is niet zeker of het voorstel al is opgeslagen; kijk bij Lopende regelingen voordat u het "
                    "opnieuw probeert."
                )
            self.melding.toon_fout(tekst, opnieuw=True)
        elif isinstance(fout, GeenToegang | NietGevonden):
            self.melding.toon_fout(fout.melding, opnieuw=False)
        elif isinstance(fout, OpslagFout):
            self.melding.toon_fout(fout.melding, opnieuw=True)
        else:
            log.error("Regelingen: onverwachte fout", exc_info=fout)
            self.melding.toon_fout(algemeen + " " + self.tr("De details staan in het logbestand."), opnieuw=True)

    def _on_opnieuw(self) -> None:
        if self._opnieuw is not None:
            opnieuw, self._opnieuw = self._opnieuw, None
            self.melding.verberg()
            opnieuw()

    def toon_melding(self, status: Status, tekst: str) -> None:
        self.melding.toon(status, tekst)
