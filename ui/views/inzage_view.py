"""Inzagelog: who looked at whose data, when and why — and who changed what (supervisor, kwaliteitsmedewerker).

What belongs here: `InzageView`, a read-only oversight view with three tabs over one period:

- *Per burger*: every access to one citizen's data (by BSN) with the staff member, the role, the reason and its
  explanation, and where in the application it happened;
- *Per medewerker*: whose data one staff member opened;
- *Audittrail*: every change to one citizen's records, and for the chosen change each field before → after.

Every table sorts on its headers, filters on free text, and exports what is shown to a CSV file (semicolons,
UTF-8, cells that a spreadsheet would run as a formula are neutralised). Asking for a citizen is itself logged
by the store. The view is only built for roles with `Bevoegdheid.AUDIT_LEZEN`; the store refuses the others.
"""

from __future__ import annotations

import csv
import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.store.fouten import GeenToegang, NietGevonden, OpslagFout
from models.store.interfaces_inzage import MAX_REGELS, Auditlijst, Inzagelijst, Inzagelog, Periode
from models.store.rows import MedewerkerRow
from models.validatie import Validatiefout, controleer_bsn
from ui import opmaak as formaat
from ui.palet import Kleuren, Status
from ui.qtmodels.basis import RijenModel, RijenProxy
from ui.qtmodels.inzage import AuditModel, InzageModel, WijzigingenModel, csv_rijen
from ui.resources import icon
from ui.tasks import TaskRunner, ViewTaken
from ui.weergave import bsn_gemaskeerd
from ui.widgets.bezig import BezigIndicator
from ui.widgets.melding import MeldingBalk
from ui.widgets.tabel import DataTabel
from ui.widgets.veldmelding import VeldMelding

__all__ = ["AUDITTRAIL", "PER_BURGER", "PER_MEDEWERKER", "InzageView", "schrijf_csv", "vraag_exportpad"]

log = logging.getLogger(__name__)

PER_BURGER, PER_MEDEWERKER, AUDITTRAIL = range(3)
STANDAARD_DAGEN = 30
_FORMULE_TEKENS = ("=", "+", "-", "@", "\t", "\r")


def vraag_exportpad(parent: QWidget | None, voorstel: str) -> Path | None:
    """Ask where to save the export (a standard save dialog). Tests replace this function."""
    map_ = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    pad, _filter = QFileDialog.getSaveFileName(
        parent,
        parent.tr("Exporteren naar CSV") if parent is not None else "Exporteren naar CSV",
        str(Path(map_) / voorstel),
        "CSV (*.csv)",
    )
    if not pad:
        return None
    return Path(pad) if pad.lower().endswith(".csv") else Path(pad + ".csv")


def _veilige_cel(tekst: str) -> str:
    """A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) gets a leading apostrophe."""
    return "'" + tekst if tekst.startswith(_FORMULE_TEKENS) else tekst


def schrijf_csv(pad: Path, rijen: list[list[str]]) -> None:
    """Semicolon-separated UTF-8 with a byte-order mark: what Dutch spreadsheet programs open correctly."""
    with pad.open("w", encoding="utf-8-sig", newline="") as bestand:
        schrijver = csv.writer(bestand, delimiter=";", quoting=csv.QUOTE_MINIMAL)
        for rij in rijen:
            schrijver.writerow([_veilige_cel(cel) for cel in rij])


def _qdate(datum: dt.date) -> QDate:
    return QDate(datum.year, datum.month, datum.day)


class _Resultaat(QWidget):
    """One tab's lower half: the summary, a free-text filter, the export button and the table."""

    def __init__(self, model: RijenModel, naam: str, kleuren: Kleuren, parent: QWidget) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = RijenProxy(self)
        self.proxy.setSourceModel(model)
        self.tabel = DataTabel(self.proxy, naam, self)
        self.label = QLabel(self)
        self.label.setObjectName("sectie")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter op tekst in de regels"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter %1").replace("%1", naam.lower()))
        self.filter_edit.setMinimumWidth(260)
        self.filter_edit.setMaximumWidth(320)
        self.filter_edit.textChanged.connect(self.proxy.zet_tekst)
        self.export_knop = QPushButton(icon("document", kleuren.accent), self.tr("&Exporteren naar CSV…"), self)
        self.export_knop.setEnabled(False)
        boven = QHBoxLayout()
        boven.addWidget(self.label, 1)
        boven.addWidget(self.filter_edit)
        boven.addWidget(self.export_knop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(boven)
        layout.addWidget(self.tabel, 1)
        self.setTabOrder(self.filter_edit, self.export_knop)
        self.setTabOrder(self.export_knop, self.tabel)

    def zichtbare_kolommen(self) -> list[int]:
        kop = self.tabel.horizontalHeader()
        kolommen = [k for k in range(self.model.columnCount()) if not self.tabel.isColumnHidden(k)]
        return sorted(kolommen, key=kop.visualIndex)

    def zet(self, rijen: list, samenvatting: str) -> None:
        self.model.zet_rijen(rijen)
        self.label.setText(samenvatting)
        self.export_knop.setEnabled(bool(rijen))
        self.tabel.kies_eerste()


class InzageView(QWidget):
    """The oversight view. Built only for roles that may read the access log."""

    def __init__(
        self,
        inzagelog: Inzagelog,
        actor: MedewerkerRow,
        runner: TaskRunner,
        kleuren: Kleuren,
        parent: QWidget | None = None,
        *,
        vandaag: Callable[[], dt.date] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("inzageView")
        self._inzagelog = inzagelog
        self._actor = actor
        self._kleuren = kleuren
        self._vandaag = vandaag or dt.date.today
        self.taken = ViewTaken(runner, self)
        self._generatie = [0, 0, 0]
        self._opnieuw: Callable[[], None] | None = None
        self._medewerkers_geladen = False

        titel = QLabel(self.tr("Inzagelog"), self)
        titel.setObjectName("titel")
        uitleg = QLabel(
            self.tr(
                "Wie heeft de gegevens van een burger bekeken, wanneer en met welke reden, en wie heeft wat "
                "gewijzigd. Dit overzicht is alleen-lezen; ook uw eigen opvragingen worden vastgelegd."
            ),
            self,
        )
        uitleg.setObjectName("zacht")
        uitleg.setWordWrap(True)
        self.melding = MeldingBalk(kleuren, self)
        self.melding.opnieuw_gevraagd.connect(self._on_opnieuw)
        self.bezig = BezigIndicator(self.tr("Inzagelog ophalen…"), self)
        self.taken.bezig_veranderd.connect(self.bezig.zet_actief)

        # --- the period (shared by the tabs) ------------------------------------------------------------------
        vandaag_ = self._vandaag()
        self.van_edit = self._datumveld(vandaag_ - dt.timedelta(days=STANDAARD_DAGEN - 1), self.tr("Periode van"))
        self.tot_edit = self._datumveld(vandaag_, self.tr("Periode tot en met"))
        self.periode_melding = VeldMelding(self.tot_edit, kleuren, self)
        van_label = QLabel(self.tr("Periode &van:"), self)
        van_label.setBuddy(self.van_edit)
        tot_label = QLabel(self.tr("&t/m:"), self)
        tot_label.setBuddy(self.tot_edit)
        periode = QHBoxLayout()
        periode.addWidget(van_label)
        periode.addWidget(self.van_edit)
        periode.addWidget(tot_label)
        periode.addWidget(self.tot_edit)
        periode.addWidget(self.periode_melding, 1)
        periode.addStretch(1)

        # --- tab 1: per citizen -------------------------------------------------------------------------------
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Onderdelen van het inzagelog"))
        self.burger_bsn_edit = self._bsn_veld()
        self.burger_bsn_melding = VeldMelding(self.burger_bsn_edit, kleuren, self)
        self.burger_knop = QPushButton(icon("zoeken", kleuren.accent), self.tr("&Tonen"), self)
        self.burger = _Resultaat(InzageModel(self), self.tr("Inzages van de burger"), kleuren, self)
        for kolom in (InzageModel.BURGER, InzageModel.BSN):
            self.burger.tabel.setColumnHidden(kolom, True)
        self._breedtes(
            self.burger.tabel,
            {
                InzageModel.MOMENT: 150,
                InzageModel.MEDEWERKER: 230,
                InzageModel.ROL: 210,
                InzageModel.REDEN: 230,
                InzageModel.TOELICHTING: 300,
            },
        )
        self.tabs.addTab(
            self._tab(self.tr("&BSN:"), self.burger_bsn_edit, self.burger_bsn_melding, self.burger_knop, self.burger),
            icon("klantbeeld"),
            self.tr("Per burger"),
        )

        # --- tab 2: per staff member --------------------------------------------------------------------------
        self.medewerker_combo = QComboBox(self)
        self.medewerker_combo.setEditable(True)
        self.medewerker_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.medewerker_combo.setMinimumWidth(340)
        self.medewerker_combo.setAccessibleName(self.tr("Medewerker"))
        self.medewerker_combo.lineEdit().setPlaceholderText(self.tr("Typ een naam of gebruikersnaam"))
        aanvuller = self.medewerker_combo.completer()
        aanvuller.setFilterMode(Qt.MatchFlag.MatchContains)
        aanvuller.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.medewerker_melding = VeldMelding(self.medewerker_combo, kleuren, self)
        self.medewerker_knop = QPushButton(icon("zoeken", kleuren.accent), self.tr("T&onen"), self)
        self.per_medewerker = _Resultaat(InzageModel(self), self.tr("Inzages door de medewerker"), kleuren, self)
        for kolom in (InzageModel.MEDEWERKER, InzageModel.ROL):
            self.per_medewerker.tabel.setColumnHidden(kolom, True)
        self._breedtes(
            self.per_medewerker.tabel,
            {
                InzageModel.MOMENT: 150,
                InzageModel.BURGER: 200,
                InzageModel.BSN: 100,
                InzageModel.REDEN: 230,
                InzageModel.TOELICHTING: 300,
            },
        )
        self.tabs.addTab(
            self._tab(
                self.tr("&Medewerker:"),
                self.medewerker_combo,
                self.medewerker_melding,
                self.medewerker_knop,
                self.per_medewerker,
            ),
            icon("gebruiker"),
            self.tr("Per medewerker"),
        )

        # --- tab 3: the audit trail of a citizen ----------------------------------------------------------------
        self.audit_bsn_edit = self._bsn_veld()
        self.audit_bsn_melding = VeldMelding(self.audit_bsn_edit, kleuren, self)
        self.audit_knop = QPushButton(icon("zoeken", kleuren.accent), self.tr("To&nen"), self)
        self.audit = _Resultaat(AuditModel(self), self.tr("Wijzigingen in de gegevens van de burger"), kleuren, self)
        self.audit.tabel.zet_kolombreedtes([150, 180, 190, 170])
        self.details_model = WijzigingenModel(self)
        self.details_proxy = RijenProxy(self)
        self.details_proxy.setSourceModel(self.details_model)
        self.details_tabel = DataTabel(self.details_proxy, self.tr("Velden voor en na de wijziging"), self)
        self.details_tabel.zet_kolombreedtes([200, 560])
        self.details_label = QLabel(self.tr("Kies een wijziging om de velden voor en na te zien."), self)
        self.details_label.setObjectName("zacht")
        self.details_label.setWordWrap(True)
        details = QWidget(self)
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 6, 0, 0)
        details_layout.addWidget(self.details_label)
        details_layout.addWidget(self.details_tabel, 1)
        self.audit_splitser = QSplitter(Qt.Orientation.Vertical, self)
        self.audit_splitser.addWidget(self.audit)
        self.audit_splitser.addWidget(details)
        self.audit_splitser.setStretchFactor(0, 3)
        self.audit_splitser.setStretchFactor(1, 2)
        self.audit_splitser.setChildrenCollapsible(False)
        self.audit.tabel.rij_gekozen.connect(self._toon_details)
        self.tabs.addTab(
            self._tab(
                self.tr("B&SN:"), self.audit_bsn_edit, self.audit_bsn_melding, self.audit_knop, self.audit_splitser
            ),
            icon("klok"),
            self.tr("Audittrail"),
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(8)
        layout.addWidget(titel)
        layout.addWidget(uitleg)
        layout.addLayout(periode)
        layout.addWidget(self.melding)
        layout.addWidget(self.bezig)
        layout.addWidget(self.tabs, 1)

        # --- wiring ---------------------------------------------------------------------------------------------
        self.burger_knop.clicked.connect(self.toon_per_burger)
        self.burger_bsn_edit.returnPressed.connect(self.toon_per_burger)
        self.medewerker_knop.clicked.connect(self.toon_per_medewerker)
        self.medewerker_combo.lineEdit().returnPressed.connect(self.toon_per_medewerker)
        self.audit_knop.clicked.connect(self.toon_audittrail)
        self.audit_bsn_edit.returnPressed.connect(self.toon_audittrail)
        self.burger.export_knop.clicked.connect(lambda: self.exporteer(PER_BURGER))
        self.per_medewerker.export_knop.clicked.connect(lambda: self.exporteer(PER_MEDEWERKER))
        self.audit.export_knop.clicked.connect(lambda: self.exporteer(AUDITTRAIL))
        for veld, melding in (
            (self.burger_bsn_edit, self.burger_bsn_melding),
            (self.audit_bsn_edit, self.audit_bsn_melding),
        ):
            veld.textEdited.connect(lambda _t, m=melding: m.verberg())
        self.medewerker_combo.currentIndexChanged.connect(lambda _i: self.medewerker_melding.verberg())
        for datum in (self.van_edit, self.tot_edit):
            datum.dateChanged.connect(lambda _d: self.periode_melding.verberg())
        self.tabs.currentChanged.connect(lambda _i: self.focus_eerste_veld())
        self.setFocusProxy(self.burger_bsn_edit)

    # --- building blocks ---------------------------------------------------------------------------------------

    @staticmethod
    def _breedtes(tabel: DataTabel, breedtes: dict[int, int]) -> None:
        for kolom, breedte in breedtes.items():
            tabel.setColumnWidth(kolom, breedte)

    def _datumveld(self, datum: dt.date, naam: str) -> QDateEdit:
        veld = QDateEdit(self)
        veld.setDisplayFormat("dd-MM-yyyy")
        veld.setCalendarPopup(True)
        veld.setDate(_qdate(datum))
        veld.setAccessibleName(naam)
        veld.setMinimumWidth(130)
        veld.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        return veld

    def _bsn_veld(self) -> QLineEdit:
        veld = QLineEdit(self)
        veld.setMaxLength(13)
        veld.setPlaceholderText(self.tr("9 cijfers"))
        veld.setMaximumWidth(200)
        veld.setAccessibleName(self.tr("BSN"))
        return veld

    def _tab(
        self, label_tekst: str, veld: QWidget, melding: VeldMelding, knop: QPushButton, inhoud: QWidget
    ) -> QWidget:
        pagina = QWidget(self.tabs)
        label = QLabel(label_tekst, pagina)
        label.setBuddy(veld)
        invoer = QHBoxLayout()
        invoer.addWidget(label)
        invoer.addWidget(veld)
        invoer.addWidget(knop)
        invoer.addWidget(melding, 1)
        invoer.addStretch(1)  # the fields keep their size while no message is shown
        layout = QVBoxLayout(pagina)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.addLayout(invoer)
        layout.addWidget(inhoud, 1)
        return pagina

    def focus_eerste_veld(self) -> None:
        veld = {PER_BURGER: self.burger_bsn_edit, PER_MEDEWERKER: self.medewerker_combo}.get(
            self.tabs.currentIndex(), self.audit_bsn_edit
        )
        veld.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._medewerkers_geladen:
            self._laad_medewerkers()

    # --- input ---------------------------------------------------------------------------------------------

    def _periode(self) -> Periode | None:
        try:
            return Periode(self.van_edit.date().toPython(), self.tot_edit.date().toPython())  # type: ignore[arg-type]
        except Validatiefout as fout:
            self.periode_melding.toon(fout.melding)
            self.tot_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return None

    def _bsn(self, veld: QLineEdit, melding: VeldMelding) -> str | None:
        try:
            return controleer_bsn(veld.text())
        except Validatiefout as fout:
            melding.toon(fout.melding)
            veld.setFocus(Qt.FocusReason.OtherFocusReason)
            return None

    def _periode_tekst(self, periode: Periode) -> str:
        return self.tr("%1 t/m %2").replace("%1", formaat.datum(periode.van)).replace("%2", formaat.datum(periode.tot))

    def _afgekapt_tekst(self) -> str:
        return " " + self.tr("Alleen de nieuwste %1 regels worden getoond; kies een kortere periode.").replace(
            "%1", f"{MAX_REGELS:,}".replace(",", ".")
        )

    # --- the three questions -----------------------------------------------------------------------------------

    def toon_per_burger(self) -> None:
        periode = self._periode()
        bsn = self._bsn(self.burger_bsn_edit, self.burger_bsn_melding)
        if periode is None or bsn is None:
            return
        inzagelog, actor = self._inzagelog, self._actor
        self._vraag(
            PER_BURGER,
            lambda: inzagelog.per_burger(actor, bsn, periode),
            lambda lijst: self._toon_inzages(self.burger, lijst, periode),
            self.burger_bsn_edit,
            self.burger_bsn_melding,
        )

    def toon_per_medewerker(self) -> None:
        periode = self._periode()
        if periode is None:
            return
        index = self.medewerker_combo.findText(self.medewerker_combo.currentText())
        medewerker_id = self.medewerker_combo.itemData(index) if index >= 0 else None
        if medewerker_id is None:
            self.medewerker_melding.toon(self.tr("kies een medewerker uit de lijst"))
            self.medewerker_combo.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        inzagelog, actor = self._inzagelog, self._actor
        self._vraag(
            PER_MEDEWERKER,
            lambda: inzagelog.per_medewerker(actor, int(medewerker_id), periode),
            lambda lijst: self._toon_inzages(self.per_medewerker, lijst, periode),
            self.medewerker_combo,
            self.medewerker_melding,
        )

    def toon_audittrail(self) -> None:
        periode = self._periode()
        bsn = self._bsn(self.audit_bsn_edit, self.audit_bsn_melding)
        if periode is None or bsn is None:
            return
        inzagelog, actor = self._inzagelog, self._actor
        self._vraag(
            AUDITTRAIL,
            lambda: inzagelog.audittrail(actor, bsn, periode),
            lambda lijst: self._toon_audit(lijst, periode),
            self.audit_bsn_edit,
            self.audit_bsn_melding,
        )

    def _vraag(
        self,
        tab: int,
        functie: Callable[[], object],
        klaar: Callable[[object], None],
        veld: QWidget,
        veld_melding: VeldMelding,
    ) -> None:
        self._generatie[tab] += 1
        generatie = self._generatie[tab]
        self.melding.verberg()

        def stap() -> None:
            self.taken.submit(
                functie,
                lambda uitkomst: klaar(uitkomst) if generatie == self._generatie[tab] else None,
                lambda fout: self._on_fout(tab, generatie, fout, stap, veld, veld_melding),
            )

        self._opnieuw = None
        stap()

    def _toon_inzages(self, resultaat: _Resultaat, lijst: Inzagelijst, periode: Periode) -> None:
        if lijst.burger is not None:
            wie = f"{lijst.burger.naam} (BSN {bsn_gemaskeerd(lijst.burger.bsn)})"
        elif lijst.medewerker is not None:
            wie = f"{lijst.medewerker.naam} ({lijst.medewerker.gebruikersnaam}, {lijst.medewerker.rol.label.lower()})"
        else:
            wie = ""
        aantal = len(lijst.regels)
        if aantal == 0:
            tekst = self.tr("%1: geen inzages van %2.")
        elif aantal == 1:
            tekst = self.tr("%1: 1 inzage van %2.")
        else:
            tekst = self.tr("%1: %3 inzages van %2.").replace("%3", f"{aantal:,}".replace(",", "."))
        tekst = tekst.replace("%1", wie).replace("%2", self._periode_tekst(periode))
        if lijst.afgekapt:
            tekst += self._afgekapt_tekst()
        resultaat.zet(list(lijst.regels), tekst)

    def _toon_audit(self, lijst: Auditlijst, periode: Periode) -> None:
        aantal = len(lijst.regels)
        wie = f"{lijst.burger.naam} (BSN {bsn_gemaskeerd(lijst.burger.bsn)})"
        if aantal == 0:
            tekst = self.tr("%1: geen wijzigingen van %2.")
        elif aantal == 1:
            tekst = self.tr("%1: 1 wijziging van %2.")
        else:
            tekst = self.tr("%1: %3 wijzigingen van %2.").replace("%3", f"{aantal:,}".replace(",", "."))
        tekst = tekst.replace("%1", wie).replace("%2", self._periode_tekst(periode))
        if lijst.afgekapt:
            tekst += self._afgekapt_tekst()
        self.details_model.zet_rijen([])
        self.audit.zet(list(lijst.regels), tekst)
        if not lijst.regels:
            self.details_label.setText(self.tr("Kies een wijziging om de velden voor en na te zien."))

    def _toon_details(self, regel: object) -> None:
        wijzigingen = getattr(regel, "wijzigingen", ())
        self.details_model.zet_rijen(list(wijzigingen))
        if regel is None:
            self.details_label.setText(self.tr("Kies een wijziging om de velden voor en na te zien."))
            return
        wie = getattr(regel, "medewerker", None) or self.tr("het systeem")
        self.details_label.setText(
            self.tr("%1 door %2 op %3: %4 veld(en) gewijzigd.")
            .replace("%1", str(getattr(regel, "actie", "")))
            .replace("%2", wie)
            .replace("%3", formaat.moment(getattr(regel, "moment", None)))
            .replace("%4", str(len(wijzigingen)))
        )

    # --- staff list ----------------------------------------------------------------------------------------

    def _laad_medewerkers(self) -> None:
        inzagelog, actor = self._inzagelog, self._actor

        def stap() -> None:
            self.taken.submit(
                lambda: inzagelog.medewerkers(actor),
                self._zet_medewerkers,
                lambda fout: self._on_fout(PER_MEDEWERKER, self._generatie[PER_MEDEWERKER], fout, stap, None, None),
            )

        self._medewerkers_geladen = True
        stap()

    def _zet_medewerkers(self, medewerkers: list[MedewerkerRow]) -> None:
        self.medewerker_combo.clear()
        for m in medewerkers:
            self.medewerker_combo.addItem(f"{m.naam} ({m.gebruikersnaam}) — {m.rol.label.lower()}", m.id)
        self.medewerker_combo.setCurrentIndex(-1)
        self.medewerker_combo.lineEdit().clear()

    def kies_medewerker(self, medewerker_id: int) -> bool:
        index = self.medewerker_combo.findData(medewerker_id)
        if index >= 0:
            self.medewerker_combo.setCurrentIndex(index)
        return index >= 0

    # --- export --------------------------------------------------------------------------------------------

    def exporteer(self, tab: int) -> None:
        resultaat = {PER_BURGER: self.burger, PER_MEDEWERKER: self.per_medewerker, AUDITTRAIL: self.audit}[tab]
        if resultaat.proxy.rowCount() == 0:
            return
        naam = {PER_BURGER: "inzagelog-burger", PER_MEDEWERKER: "inzagelog-medewerker", AUDITTRAIL: "audittrail"}[tab]
        van, tot = self.van_edit.date().toString("yyyy-MM-dd"), self.tot_edit.date().toString("yyyy-MM-dd")
        pad = vraag_exportpad(self, f"{naam}-{van}-{tot}.csv")
        if pad is None:
            return
        rijen = csv_rijen(resultaat.proxy, resultaat.zichtbare_kolommen())
        if tab == AUDITTRAIL:  # the whole change, not the shortened line of the table
            kolom = resultaat.zichtbare_kolommen().index(AuditModel.WIJZIGINGEN)
            for nummer in range(resultaat.proxy.rowCount()):
                regel = resultaat.proxy.rij(nummer)
                rijen[nummer + 1][kolom] = "; ".join(
                    f"{w.veld}: {w.voor or '–'} → {w.na or '–'}" for w in regel.wijzigingen
                )
        try:
            schrijf_csv(pad, rijen)
        except OSError as fout:
            log.warning("Export mislukt: %s", fout)
            self.melding.toon_fout(
                self.tr("Het bestand %1 kon niet worden geschreven. Kies een andere map.").replace("%1", str(pad)),
                opnieuw=False,
            )
            return
        self.melding.toon(
            Status.OK,
            self.tr("%1 regels geëxporteerd naar %2.").replace("%1", str(len(rijen) - 1)).replace("%2", str(pad)),
        )

    # --- errors and resuming -------------------------------------------------------------------------------

    def _on_fout(
        self,
        tab: int,
        generatie: int,
        fout: BaseException,
        opnieuw: Callable[[], None],
        veld: QWidget | None,
        veld_melding: VeldMelding | None,
    ) -> None:
        if generatie != self._generatie[tab]:
            return
        if isinstance(fout, Validatiefout) and fout.veld == "periode":
            self.periode_melding.toon(fout.melding)
        elif isinstance(fout, Validatiefout | NietGevonden) and veld_melding is not None and veld is not None:
            veld_melding.toon(fout.melding)
            veld.setFocus(Qt.FocusReason.OtherFocusReason)
        elif isinstance(fout, GeenToegang):
            self.melding.toon_fout(fout.melding, opnieuw=False)
        elif isinstance(fout, OpslagFout):
            self._opnieuw = opnieuw
            self.melding.toon_fout(fout.melding, opnieuw=True)
        else:
            log.error("Inzagelog ophalen mislukt", exc_info=fout)
            self._opnieuw = opnieuw
            self.melding.toon_fout(
                self.tr(
                    "Het inzagelog kon niet worden opgehaald door een onverwachte fout. De details staan in het "
                    "logbestand."
                ),
                opnieuw=True,
            )

    def _on_opnieuw(self) -> None:
        opnieuw, self._opnieuw = self._opnieuw, None
        self.melding.verberg()
        if opnieuw is not None:
            opnieuw()

    def na_herstel(self) -> None:
        """The connection is back: repeat a question that failed because of it."""
        if self._opnieuw is not None:
            self._on_opnieuw()
