"""The integraal klantbeeld: one household, whole, in one screen (ARCHITECTURE §6, UI.md "Klantbeeld").

What belongs here: `KlantbeeldView`, which
- opens a household: asks the reason for access (skipped when the citizen is in the user's own caseload) and
  loads it through the TaskRunner — the store writes the access-log entry with that reason;
- shows the header (who is this household, is something burning?), the five summary cards and the tabs
  Tijdlijn, Toeslagen, Vorderingen & regelingen, Huishouden and Documenten;
- registers a contact (Ctrl+N) or corrects one, refreshes (F5), opens letters as PDF and explains amounts.

Balie staff get the restricted klantbeeld the store returns (`Klantbeeld.beperkt`): the parts their role may not
see say so. Errors appear in the banner with a retry; nothing here blocks the GUI thread.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedLayout,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.domain import InzageReden
from models.store.fouten import GeenToegang, NietGevonden, OpslagFout, VerbindingFout
from models.store.interfaces import Diensten
from models.store.rows import ContactRow, DocumentRow, Klantbeeld, MedewerkerRow, ToeslagRow
from models.store.toegang import Bevoegdheid, mag
from models.validatie import Validatiefout
from ui import openen
from ui.dialogs.berekening_dialoog import BerekeningDialoog
from ui.dialogs.contact_dialoog import ContactDialoog, beschrijf
from ui.dialogs.inzage_dialoog import InzageDialoog, InzageKeuze
from ui.palet import Kleuren, Status
from ui.resources import icon, icon_pixmap
from ui.tasks import TaskRunner, ViewTaken
from ui.views.klantbeeld.documenten_tab import DocumentenTab
from ui.views.klantbeeld.huishouden_tab import HuishoudenTab
from ui.views.klantbeeld.kop import BrandpuntRegel, KlantbeeldKop
from ui.views.klantbeeld.samenvatting import brandpunten, kaarten
from ui.views.klantbeeld.tijdlijn_tab import TijdlijnTab
from ui.views.klantbeeld.toeslagen_tab import ToeslagenTab
from ui.views.klantbeeld.traject_paneel import TrajectPaneel
from ui.views.klantbeeld.vorderingen_tab import VorderingenTab
from ui.widgets.bezig import BezigIndicator
from ui.widgets.kaart import Kaart
from ui.widgets.melding import MeldingBalk
from ui.widgets.veldmelding import eerste_hoofdletter

__all__ = ["KlantbeeldView"]

log = logging.getLogger(__name__)

TIJDLIJN, TOESLAGEN, VORDERINGEN, HUISHOUDEN, DOCUMENTEN, BEGELEIDING = range(6)


class KlantbeeldView(QWidget):
    """Signals:
    geopend(object): a `Klantbeeld` was loaded and shown (the main window keeps it in its history).
    geannuleerd: the user did not give a reason, so nothing was opened.
    gewijzigd: the user changed data (a contact); open tasks and counters may have changed.
    regeling_gevraagd(object, bool): "Regeling maken…" for the shown `Klantbeeld`; True: start a new one, False:
        manage the running one (the main window opens the Regelingen view).
    getoond(float): milliseconds from the data's arrival until the view was laid out (for the benchmark).
    """

    geopend = Signal(object)
    geannuleerd = Signal()
    gewijzigd = Signal()
    getoond = Signal(float)
    regeling_gevraagd = Signal(object, bool)

    def __init__(
        self,
        diensten: Diensten,
        actor: MedewerkerRow,
        runner: TaskRunner,
        kleuren: Kleuren,
        parent: QWidget | None = None,
        *,
        vandaag: Callable[[], dt.date] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("klantbeeldView")
        self._diensten = diensten
        self._actor = actor
        self._runner = runner
        self._kleuren = kleuren
        self._vandaag = vandaag or dt.date.today
        self.taken = ViewTaken(runner, self)
        self.klantbeeld: Klantbeeld | None = None
        self._burger_id: int | None = None
        self._naam = ""
        self._keuze: InzageKeuze | None = None
        self._generatie = 0
        self._opnieuw: Callable[[], None] | None = None
        self._na_laden_contact: int | None = None
        self.contact_dialoog: ContactDialoog | None = None
        self.berekening_dialoog: BerekeningDialoog | None = None
        self.mag_contact = mag(actor.rol, Bevoegdheid.CONTACT_REGISTREREN)
        self.mag_regeling = diensten.regelingen is not None and mag(actor.rol, Bevoegdheid.REGELING_STANDAARD)

        # --- empty state -------------------------------------------------------------------------------------
        self.leeg_pagina = QWidget(self)
        leeg_icoon = QLabel(self.leeg_pagina)
        leeg_icoon.setPixmap(icon_pixmap("klantbeeld", kleuren.tekst_zacht, 48, self.devicePixelRatioF()))
        leeg_titel = QLabel(self.tr("Nog geen klantbeeld geopend"), self.leeg_pagina)
        leeg_titel.setObjectName("titel")
        leeg_tekst = QLabel(
            self.tr(
                "Zoek een burger met Ctrl+K of via Zoeken (Alt+1). Het klantbeeld toont dan het hele huishouden: "
                "toeslagen, vorderingen, regelingen, contacten en brieven."
            ),
            self.leeg_pagina,
        )
        leeg_tekst.setWordWrap(True)
        leeg_tekst.setObjectName("zacht")
        leeg_layout = QVBoxLayout(self.leeg_pagina)
        leeg_layout.addStretch(1)
        for w in (leeg_icoon, leeg_titel, leeg_tekst):
            leeg_layout.addWidget(w, 0, Qt.AlignmentFlag.AlignHCenter)
        leeg_layout.addStretch(2)
        leeg_tekst.setMaximumWidth(520)
        leeg_tekst.setAlignment(Qt.AlignmentFlag.AlignCenter)

        # --- the klantbeeld ----------------------------------------------------------------------------------
        self.inhoud = QWidget(self)
        self.melding = MeldingBalk(kleuren, self.inhoud)
        self.melding.opnieuw_gevraagd.connect(self._on_opnieuw)
        self.bezig = BezigIndicator(self.tr("Klantbeeld laden…"), self.inhoud)
        self.taken.bezig_veranderd.connect(self.bezig.zet_actief)
        self.kop = KlantbeeldKop(kleuren, self.inhoud)
        self.brandpunten = BrandpuntRegel(kleuren, self.inhoud)
        self.bijgewerkt_label = QLabel(self.inhoud)
        self.bijgewerkt_label.setObjectName("zacht")
        self.contact_knop = QPushButton(icon("toevoegen", kleuren.accent), self.tr("Contact registreren"), self.inhoud)
        self.contact_knop.setToolTip(self.tr("Contact registreren (Ctrl+N)"))
        self.contact_knop.setAccessibleDescription(self.tr("Sneltoets Ctrl+N"))
        self.contact_knop.clicked.connect(self.registreer_contact)
        self.contact_knop.setVisible(self.mag_contact)
        self.vernieuw_knop = QPushButton(icon("vernieuwen", kleuren.accent), "", self.inhoud)
        self.vernieuw_knop.setToolTip(self.tr("Vernieuwen (F5)"))
        self.vernieuw_knop.setAccessibleName(self.tr("Vernieuwen"))
        self.vernieuw_knop.clicked.connect(self.vernieuw)

        self.kaarten = {
            "toeslagen": Kaart(self.tr("Lopende toeslagen"), "euro", kleuren.accent, self.inhoud),
            "openstaand": Kaart(self.tr("Openstaand"), "vordering", kleuren.accent, self.inhoud),
            "regeling": Kaart(self.tr("Betalingsregeling"), "regeling", kleuren.accent, self.inhoud),
            "signalen": Kaart(self.tr("Signalen"), "signaal", kleuren.accent, self.inhoud),
            "begeleiding": Kaart(self.tr("Begeleiding en acties"), "begeleider", kleuren.accent, self.inhoud),
        }

        self.regeling_knop = QPushButton(icon("regeling", kleuren.accent), self.tr("Re&geling maken…"), self.inhoud)
        self.regeling_knop.setToolTip(self.tr("Betalingsregeling maken of beheren voor dit huishouden"))
        self.regeling_knop.clicked.connect(self.vraag_regeling)
        self.regeling_knop.setVisible(self.mag_regeling)
        regeling_kaart = self.kaarten["regeling"].layout()
        assert isinstance(regeling_kaart, QVBoxLayout)
        regeling_kaart.addWidget(self.regeling_knop, 0, Qt.AlignmentFlag.AlignLeft)

        self.tabs = QTabWidget(self.inhoud)
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Onderdelen van het klantbeeld"))
        self.tijdlijn = TijdlijnTab(kleuren, mag_wijzigen=self.mag_contact, parent=self.tabs)
        self.toeslagen = ToeslagenTab(kleuren, self.tabs)
        self.vorderingen = VorderingenTab(kleuren, self.tabs)
        self.huishouden = HuishoudenTab(kleuren, self.tabs)
        self.documenten = DocumentenTab(kleuren, self.tabs)
        self.tabs.addTab(self.tijdlijn, icon("klok", kleuren.accent), self.tr("&Tijdlijn"))
        self.tabs.addTab(self.toeslagen, icon("grafiek", kleuren.accent), self.tr("T&oeslagen"))
        self.tabs.addTab(self.vorderingen, icon("vordering", kleuren.accent), self.tr("&Vorderingen && regelingen"))
        self.tabs.addTab(self.huishouden, icon("huishouden", kleuren.accent), self.tr("&Huishouden"))
        self.tabs.addTab(self.documenten, icon("document", kleuren.accent), self.tr("&Documenten"))
        # the begeleidingstraject and its lifecycle steps (issue #5); only for the full klantbeeld
        begeleiding = diensten.begeleiding
        self.traject_paneel = TrajectPaneel(
            begeleiding.trajecten if begeleiding is not None else None,
            actor,
            runner,
            kleuren,
            self.tabs,
            vandaag=self._vandaag,
        )
        if mag(actor.rol, Bevoegdheid.KLANTBEELD_VOLLEDIG):
            self.tabs.addTab(self.traject_paneel, icon("begeleider", kleuren.accent), self.tr("&Begeleiding"))
        else:
            self.traject_paneel.hide()
        self.traject_paneel.gewijzigd.connect(self._na_trajectstap)
        self.traject_paneel.vernieuwen_gevraagd.connect(self.vernieuw)
        self._te_vullen: set[int] = set()
        self.tabs.currentChanged.connect(self._vul_tab)
        self.tijdlijn.contact_wijzigen.connect(self.wijzig_contact)
        self.tijdlijn.document_openen.connect(self.open_document)
        self.documenten.document_openen.connect(self.open_document)
        self.toeslagen.uitleg_gevraagd.connect(self.toon_berekening)
        self.vorderingen.regeling_knop.setVisible(self.mag_regeling)
        self.vorderingen.regeling_gevraagd.connect(self.vraag_regeling)

        kop_rij = QHBoxLayout()
        kop_rij.addWidget(self.kop, 1)
        kop_rij.addWidget(self.bijgewerkt_label)
        kop_rij.addWidget(self.contact_knop)
        kop_rij.addWidget(self.vernieuw_knop)
        kaart_rij = QHBoxLayout()
        kaart_rij.setSpacing(8)
        for kaart in self.kaarten.values():
            kaart_rij.addWidget(kaart, 1)
        inhoud_layout = QVBoxLayout(self.inhoud)
        inhoud_layout.setContentsMargins(16, 12, 16, 8)
        inhoud_layout.setSpacing(8)
        inhoud_layout.addWidget(self.melding)
        inhoud_layout.addLayout(kop_rij)
        inhoud_layout.addWidget(self.brandpunten)
        inhoud_layout.addWidget(self.bezig)
        inhoud_layout.addLayout(kaart_rij)
        inhoud_layout.addWidget(self.tabs, 1)

        self.stapel = QStackedLayout(self)
        self.stapel.addWidget(self.leeg_pagina)
        self.stapel.addWidget(self.inhoud)

        # --- keyboard ----------------------------------------------------------------------------------------
        self.contact_actie = QAction(self.tr("Contact registreren"), self)
        self.contact_actie.setShortcut(QKeySequence.StandardKey.New)
        self.contact_actie.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.contact_actie.triggered.connect(self.registreer_contact)
        self.contact_actie.setEnabled(False)
        self.vernieuw_actie = QAction(self.tr("Vernieuwen"), self)
        self.vernieuw_actie.setShortcut(QKeySequence.StandardKey.Refresh)
        self.vernieuw_actie.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.vernieuw_actie.triggered.connect(self.vernieuw)
        self.pdf_actie = QAction(self.tr("PDF openen"), self)
        self.pdf_actie.setShortcut(QKeySequence.StandardKey.Print)
        self.pdf_actie.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.pdf_actie.triggered.connect(self._pdf_van_keuze)
        self.addAction(self.contact_actie)
        self.addAction(self.vernieuw_actie)
        self.addAction(self.pdf_actie)
        self.setTabOrder(self.contact_knop, self.vernieuw_knop)
        self.setTabOrder(self.vernieuw_knop, self.tabs)
        self._zet_geladen(False)

    # --- opening -----------------------------------------------------------------------------------------

    @property
    def burger_id(self) -> int | None:
        return self._burger_id

    def titel(self) -> str:
        return self.klantbeeld.burger.naam if self.klantbeeld else self.tr("Klantbeeld")

    def open_burger(self, burger_id: int, naam: str) -> None:
        """Open a household: reason first (unless it is in the user's caseload), then load."""
        self._generatie += 1
        generatie = self._generatie
        self.stapel.setCurrentWidget(self.inhoud)
        self.melding.verberg()
        self.bezig.zet_tekst(self.tr("Klantbeeld van %1 openen…").replace("%1", naam))
        klantbeelden, actor = self._diensten.klantbeelden, self._actor

        def stap() -> None:
            self.taken.submit(
                lambda: klantbeelden.in_caseload(actor, burger_id),
                lambda ja: self._na_caseload(generatie, burger_id, naam, bool(ja)),
                lambda fout: self._on_fout(generatie, fout, stap),
            )

        stap()

    def _na_caseload(self, generatie: int, burger_id: int, naam: str, in_caseload: bool) -> None:
        if generatie != self._generatie:
            return
        if in_caseload:
            keuze: InzageKeuze | None = InzageKeuze(InzageReden.EIGEN_CASELOAD)
        else:
            keuze = InzageDialoog.ask(self, naam, self._actor.rol, self._kleuren)
        if keuze is None:
            self._annuleer()
            return
        self._laad(generatie, burger_id, naam, keuze, "klantbeeld")

    def _annuleer(self) -> None:
        if self.klantbeeld is None:
            self.stapel.setCurrentWidget(self.leeg_pagina)
        self.geannuleerd.emit()

    def _laad(self, generatie: int, burger_id: int, naam: str, keuze: InzageKeuze, context: str) -> None:
        klantbeelden, actor = self._diensten.klantbeelden, self._actor
        vandaag = self._vandaag()

        def stap() -> None:
            self.taken.submit(
                lambda: klantbeelden.laad(
                    actor,
                    burger_id,
                    reden=keuze.reden,
                    toelichting=keuze.toelichting,
                    context=context,
                    peildatum=vandaag,
                ),
                lambda kb: self._na_laden(generatie, kb, keuze),
                lambda fout: self._on_fout(generatie, fout, stap, keuze_opnieuw=(burger_id, naam)),
            )

        self._opnieuw = stap
        stap()

    def _na_laden(self, generatie: int, kb: Klantbeeld, keuze: InzageKeuze) -> None:
        if generatie != self._generatie:
            return
        self._keuze = keuze
        self.toon(kb)
        self.geopend.emit(kb)
        if self._na_laden_contact is not None:
            self.tabs.setCurrentIndex(TIJDLIJN)
            self.tijdlijn.kies_contact(self._na_laden_contact)
            self._na_laden_contact = None

    def vernieuw(self) -> None:
        """F5: load the same household again, with the reason given when it was opened."""
        if self.klantbeeld is None or self._keuze is None or self.taken.bezig:
            return
        self._generatie += 1
        self.bezig.zet_tekst(self.tr("Vernieuwen…"))
        self._laad(self._generatie, self.klantbeeld.burger.id, self.klantbeeld.burger.naam, self._keuze, "vernieuwen")

    # --- showing -----------------------------------------------------------------------------------------

    def toon(self, kb: Klantbeeld, *, opgehaald: dt.datetime | None = None) -> None:
        """Put a loaded klantbeeld on screen (also used when going back in the history: no new access)."""
        begin = time.perf_counter()
        self.klantbeeld = kb
        self._burger_id = kb.burger.id
        self._naam = kb.burger.naam
        vandaag = self._vandaag()
        self.kop.toon(kb)
        self.brandpunten.zet(brandpunten(kb, vandaag))
        for sleutel, tekst in kaarten(kb, vandaag).items():
            self.kaarten[sleutel].zet_inhoud(tekst.html, tekst.voorlezen)
        beheren = kb.actieve_regeling is not None
        for knop, tekst in (
            (self.regeling_knop, self.tr("Re&geling beheren…") if beheren else self.tr("Re&geling maken…")),
            (self.vorderingen.regeling_knop, self.tr("Regeling &beheren…") if beheren else self.tr("Regeling &maken…")),
        ):
            knop.setText(tekst)
        # the visible tab now, the others when they are first shown: filling five tabs up front would cost
        # the paint budget for tables nobody looks at yet
        self._te_vullen = set(range(self.tabs.count()))
        self._vul_tab(self.tabs.currentIndex())
        moment = opgehaald or dt.datetime.now().astimezone()
        self.bijgewerkt_label.setText(self.tr("opgehaald om %1").replace("%1", moment.strftime("%H:%M")))
        self.stapel.setCurrentWidget(self.inhoud)
        self._zet_geladen(True)
        self.getoond.emit((time.perf_counter() - begin) * 1000)

    def _vul_tab(self, index: int) -> None:
        if self.klantbeeld is None or index not in self._te_vullen:
            return
        self._te_vullen.discard(index)
        tab = (self.tijdlijn, self.toeslagen, self.vorderingen, self.huishouden, self.documenten, self.traject_paneel)[
            index
        ]
        tab.toon(self.klantbeeld)

    def _zet_geladen(self, geladen: bool) -> None:
        for w in (self.kop, self.brandpunten, self.tabs, *self.kaarten.values()):
            w.setVisible(geladen)
        self.contact_knop.setEnabled(geladen)
        self.vernieuw_knop.setEnabled(geladen)
        self.contact_actie.setEnabled(geladen and self.mag_contact)

    def focus_inhoud(self) -> None:
        """Put the keyboard focus in the klantbeeld (the timeline table), so arrows and Ctrl+N work at once."""
        if self.klantbeeld is None:
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.tabs.currentIndex() == TIJDLIJN:
            self.tijdlijn.tabel.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.tabs.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- errors ------------------------------------------------------------------------------------------

    def _on_fout(
        self,
        generatie: int,
        fout: BaseException,
        opnieuw: Callable[[], None],
        *,
        keuze_opnieuw: tuple[int, str] | None = None,
    ) -> None:
        if generatie != self._generatie:
            return
        if isinstance(fout, Validatiefout) and keuze_opnieuw is not None:
            burger_id, naam = keuze_opnieuw

            def vraag_opnieuw() -> None:
                self._na_caseload(generatie, burger_id, naam, False)

            self._opnieuw = vraag_opnieuw
            self.melding.toon(
                Status.URGENT,
                eerste_hoofdletter(f"{fout.veld}: {fout.melding}"),
                opnieuw=True,
                actie=self.tr("&Reden opnieuw opgeven"),
            )
            return
        self._opnieuw = opnieuw
        if isinstance(fout, GeenToegang | NietGevonden):
            self.melding.toon_fout(fout.melding, opnieuw=False)
        elif isinstance(fout, OpslagFout):
            self.melding.toon_fout(fout.melding, opnieuw=True)
        else:
            log.error("Klantbeeld laden mislukt", exc_info=fout)
            self.melding.toon_fout(
                self.tr(
                    "Het klantbeeld kon niet worden geladen door een onverwachte fout. "
                    "De details staan in het logbestand."
                ),
                opnieuw=True,
            )
        if self.klantbeeld is None:
            self._zet_geladen(False)

    def _on_opnieuw(self) -> None:
        if self._opnieuw is not None:
            self.melding.verberg()
            self._opnieuw()

    # --- contacts ----------------------------------------------------------------------------------------

    def registreer_contact(self) -> None:
        """Ctrl+N: the contact dialog for the open household."""
        self._open_contact(None)

    def wijzig_contact(self, contact: ContactRow) -> None:
        self._open_contact(contact)

    def _open_contact(self, bestaand: ContactRow | None) -> None:
        kb = self.klantbeeld
        if kb is None or not self.mag_contact:
            return
        if self.contact_dialoog is not None:
            self.contact_dialoog.raise_()
            self.contact_dialoog.activateWindow()
            return
        traject = kb.actief_traject
        dialoog = ContactDialoog(
            self,
            contacten=self._diensten.contacten,
            taken=self._runner,
            actor=self._actor,
            burger_id=kb.burger.id,
            burger_naam=kb.burger.naam,
            kleuren=self._kleuren,
            bestaand=bestaand,
            traject_id=traject.id if traject is not None and traject.begeleider_id == self._actor.id else None,
            vandaag=self._vandaag(),
        )
        dialoog.opgeslagen.connect(self._na_contact)
        dialoog.finished.connect(self._dialoog_dicht)
        self.contact_dialoog = dialoog
        dialoog.open()

    def _dialoog_dicht(self, _resultaat: int) -> None:
        self.contact_dialoog = None

    def _na_contact(self, contact: ContactRow) -> None:
        self.melding.toon(Status.OK, self.tr("Contact opgeslagen: %1").replace("%1", beschrijf(contact)))
        self._na_laden_contact = contact.id
        self.gewijzigd.emit()
        self.vernieuw()

    def _na_trajectstap(self, traject: Any) -> None:
        """A traject step was stored in the Begeleiding tab: say so, reload, and let counters follow."""
        self.melding.toon(
            Status.OK, self.tr("Begeleidingstraject bijgewerkt: status %1.").replace("%1", str(traject.status))
        )
        self.gewijzigd.emit()
        self.vernieuw()

    def heeft_onopgeslagen_invoer(self) -> bool:
        return self.contact_dialoog is not None and self.contact_dialoog.heeft_wijzigingen()

    # --- payment arrangements ----------------------------------------------------------------------------

    def vraag_regeling(self) -> None:
        """ "Regeling maken…" (card or Vorderingen tab): the Regelingen view for this household."""
        if self.klantbeeld is not None and self.mag_regeling:
            self.regeling_gevraagd.emit(self.klantbeeld, self.klantbeeld.actieve_regeling is None)

    # --- documents and amounts ---------------------------------------------------------------------------

    def open_document(self, document: DocumentRow) -> None:
        """Fetch the PDF in the background, write it to the private temp folder and open it."""
        documenten, actor = self._diensten.documenten, self._actor
        naam = f"{document.kenmerk}-{document.soort}"
        self.documenten.bezig.zet_actief(True)

        def stap() -> None:
            self.taken.submit(
                lambda: openen.schrijf_pdf(documenten.pdf(actor, document.id), naam),
                self._na_document,
                lambda fout: self._document_fout(fout, stap),
            )

        stap()

    def _na_document(self, pad: Any) -> None:
        self.documenten.bezig.zet_actief(False)
        if not openen.open_bestand(pad):
            self.melding.toon(
                Status.AANDACHT,
                self.tr("Er is geen programma gevonden om PDF-bestanden te openen. Het document staat in: %1").replace(
                    "%1", str(pad)
                ),
            )

    def _document_fout(self, fout: BaseException, opnieuw: Callable[[], None]) -> None:
        self.documenten.bezig.zet_actief(False)
        self._opnieuw = opnieuw
        if isinstance(fout, VerbindingFout):
            self.melding.toon_fout(fout.melding, opnieuw=True)
        elif isinstance(fout, OpslagFout):
            self.melding.toon_fout(fout.melding, opnieuw=False)
        else:
            log.error("Document openen mislukt", exc_info=fout)
            self.melding.toon_fout(
                self.tr("Het document kon niet worden geopend. De details staan in het logbestand."), opnieuw=True
            )

    def _pdf_van_keuze(self) -> None:
        """Ctrl+P: open the chosen letter as PDF (to read or print it), from the Documenten tab or the timeline."""
        if self.tabs.currentIndex() == DOCUMENTEN:
            rij = self.documenten.tabel.huidige_rij()
        elif self.tabs.currentIndex() == TIJDLIJN:
            item = self.tijdlijn.tabel.huidige_rij()
            rij = item.bron if item is not None else None
        else:
            rij = None
        if isinstance(rij, DocumentRow):
            self.open_document(rij)

    def toon_berekening(self, toeslag: ToeslagRow) -> None:
        """'Waarom dit bedrag?' for one toeslag."""
        dialoog = BerekeningDialoog(self, toeslag, self._kleuren)
        self.berekening_dialoog = dialoog
        dialoog.finished.connect(lambda _r: setattr(self, "berekening_dialoog", None))
        dialoog.open()
