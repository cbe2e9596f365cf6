"""The balie (counter) screen: the home view of a baliemedewerker, one screen, keyboard-first (issue #7).

What belongs here: `BalieView`. The flow, top to bottom:
1. identify: exact BSN (elfproef, checked as you leave the field and again by the store), the required tick
   "identiteit gecontroleerd (legitimatiebewijs)" and the reason of the visit → `Balie.identificeer`, which
   logs the access (reason "baliebezoek" with the visit's reason, context "balie");
2. the restricted picture (`ui.views.balie.samenvatting`): lopende toeslagen with this month's voorschot, recent
   decisions with their bezwaar deadline, the open debt, the active arrangement with its next instalment, the
   begeleider with a direct contact route — nothing the role may not see (the store never read it);
3. actions: "Wat als…" (what-if with the calculation core, `WatAlsDialoog`), register a contact (the shared
   `ContactDialoog`, channel balie), callback request, referral to persoonlijke begeleiding, a standard
   24-month arrangement (anything else → referral), and "Overzicht afdrukken" (the citizen's PDF, stored on the
   record and opened with the system viewer);
4. "Nieuwe burger" clears the screen for the next visitor.
All store calls run through the TaskRunner; errors appear in the banner with a retry, the input stays.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models.store.interfaces import Diensten
from models.store.rows import ContactRow, MedewerkerRow
from models.store.rows_balie import Baliebeeld, Overzichtdocument
from models.store.rows_regelingen import VoorstelUitkomst
from models.store.toegang import Bevoegdheid, mag
from models.validatie import Validatiefout, controleer_bsn
from ui import openen
from ui import opmaak as formaat
from ui.dialogs.contact_dialoog import ContactDialoog, beschrijf
from ui.palet import Kleuren, Status
from ui.resources import icon
from ui.tasks import TaskRunner, ViewTaken
from ui.views.balie.acties import RegelingDialoog, TerugbelDialoog, VerwijsDialoog
from ui.views.balie.formulier import fout_tekst
from ui.views.balie.samenvatting import balie_kaarten
from ui.views.balie.wat_als import WatAlsDialoog
from ui.weergave import bsn_gemaskeerd, bsn_voorlezen, leeftijd_tekst
from ui.widgets.bezig import BezigIndicator
from ui.widgets.kaart import Kaart
from ui.widgets.melding import MeldingBalk
from ui.widgets.veldmelding import VeldMelding

__all__ = ["REDENEN", "BalieView"]

log = logging.getLogger(__name__)

REDENEN = (
    "Vraag over toeslag of voorschot",
    "Vraag over terugvordering of betaling",
    "Wijziging doorgeven",
    "Betalingsregeling",
    "Uitleg van een brief",
    "Hulp nodig (persoonlijke begeleiding)",
)


class BalieView(QWidget):
    """Signals:
    geopend(object): a citizen was identified (`Baliebeeld`).
    gewijzigd: something was written (contact, task, referral, arrangement, document).
    """

    geopend = Signal(object)
    gewijzigd = Signal()

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
        self.setObjectName("balieView")
        assert diensten.balie is not None
        self._diensten = diensten
        self._balie = diensten.balie
        self._actor = actor
        self._runner = runner
        self._kleuren = kleuren
        self._vandaag = vandaag or dt.date.today
        self.taken = ViewTaken(runner, self)
        self.beeld: Baliebeeld | None = None
        self._invoer: tuple[str, str] | None = None
        self._opnieuw: Callable[[], None] | None = None
        self.dialoog: Any = None
        self.laatste_pdf: Path | None = None

        # --- identify ----------------------------------------------------------------------------------------
        self.melding = MeldingBalk(kleuren, self)
        self.melding.opnieuw_gevraagd.connect(self._on_opnieuw)
        zoek = QGroupBox(self.tr("Burger aan de balie"), self)
        self.bsn_edit = QLineEdit(zoek)
        self.bsn_edit.setObjectName("balieBsn")
        self.bsn_edit.setPlaceholderText(self.tr("9 cijfers van het legitimatiebewijs"))
        self.bsn_edit.setAccessibleName(self.tr("BSN"))
        self.bsn_edit.setMaxLength(14)
        self.bsn_edit.setMinimumWidth(170)
        self.bsn_edit.returnPressed.connect(self.identificeer)
        self.bsn_edit.editingFinished.connect(self._controleer_bsn)
        self.id_check = QCheckBox(self.tr("&Identiteit gecontroleerd (legitimatiebewijs)"), zoek)
        self.id_check.setAccessibleDescription(self.tr("Verplicht: kijk het legitimatiebewijs na voordat u zoekt"))
        self.reden_combo = QComboBox(zoek)
        self.reden_combo.setEditable(True)
        self.reden_combo.addItems(list(REDENEN))
        self.reden_combo.setCurrentIndex(-1)
        self.reden_combo.setMinimumWidth(300)
        self.reden_combo.setAccessibleName(self.tr("Reden van het bezoek"))
        line = self.reden_combo.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("Kies of typ de reden van het bezoek"))
        line.setMaxLength(200)
        line.returnPressed.connect(self.identificeer)
        self.zoek_knop = QPushButton(icon("zoeken", kleuren.accent), self.tr("&Opzoeken"), zoek)
        self.zoek_knop.setDefault(True)
        self.zoek_knop.clicked.connect(self.identificeer)
        self.bsn_melding = VeldMelding(self.bsn_edit, kleuren, zoek)
        self.id_melding = VeldMelding(self.id_check, kleuren, zoek)
        self.reden_melding = VeldMelding(self.reden_combo, kleuren, zoek)
        bsn_label = QLabel(self.tr("&BSN"), zoek)
        bsn_label.setBuddy(self.bsn_edit)
        reden_label = QLabel(self.tr("R&eden bezoek"), zoek)
        reden_label.setBuddy(self.reden_combo)
        raster = QGridLayout(zoek)
        raster.setHorizontalSpacing(10)
        raster.addWidget(bsn_label, 0, 0)
        raster.addWidget(self.bsn_edit, 0, 1)
        raster.addWidget(self.id_check, 0, 2)
        raster.addWidget(reden_label, 0, 3)
        raster.addWidget(self.reden_combo, 0, 4)
        raster.addWidget(self.zoek_knop, 0, 5)
        raster.addWidget(self.bsn_melding, 1, 1)
        raster.addWidget(self.id_melding, 1, 2)
        raster.addWidget(self.reden_melding, 1, 4)
        raster.setColumnStretch(4, 1)
        self.bezig = BezigIndicator(self.tr("Burger opzoeken…"), self)
        self.taken.bezig_veranderd.connect(self.bezig.zet_actief)

        # --- empty state ---------------------------------------------------------------------------------------
        self.leeg = QLabel(
            self.tr(
                "Vraag de burger om een legitimatiebewijs. Typ het BSN, vink aan dat u de identiteit heeft "
                "gecontroleerd, kies de reden van het bezoek en druk op Enter. U ziet dan de toeslagen, "
                "beslissingen, schulden, de betalingsregeling en de begeleider van de burger."
            ),
            self,
        )
        self.leeg.setWordWrap(True)
        self.leeg.setObjectName("zacht")
        self.leeg.setAlignment(Qt.AlignmentFlag.AlignCenter)

        # --- the citizen -----------------------------------------------------------------------------------------
        self.inhoud = QWidget(self)
        self.kop = QLabel(self.inhoud)
        self.kop.setObjectName("titel")
        self.kop.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subkop = QLabel(self.inhoud)
        self.subkop.setObjectName("zacht")
        self.subkop.setWordWrap(True)
        self.nieuw_knop = QPushButton(icon("terug", kleuren.accent), self.tr("&Nieuwe burger"), self.inhoud)
        self.nieuw_knop.setToolTip(self.tr("Scherm leegmaken voor de volgende burger"))
        self.nieuw_knop.clicked.connect(self.nieuwe_burger)
        self.kaarten = {
            "toeslagen": Kaart(self.tr("Lopende toeslagen"), "euro", kleuren.accent, self.inhoud),
            "beslissingen": Kaart(self.tr("Recente beslissingen"), "document", kleuren.accent, self.inhoud),
            "schuld": Kaart(self.tr("Openstaande schuld"), "vordering", kleuren.accent, self.inhoud),
            "regeling": Kaart(self.tr("Betalingsregeling"), "regeling", kleuren.accent, self.inhoud),
            "begeleider": Kaart(self.tr("Persoonlijk begeleider"), "begeleider", kleuren.accent, self.inhoud),
        }
        self.wat_als_knop = self._knop(self.tr("&Wat als…"), "grafiek", self.wat_als)
        self.wat_als_knop.setToolTip(self.tr("Wat als inkomen, huur, opvanguren of partner verandert?"))
        self.contact_knop = self._knop(self.tr("&Contact registreren"), "toevoegen", self.registreer_contact)
        self.contact_knop.setToolTip(self.tr("Contact registreren (Ctrl+N)"))
        self.terugbel_knop = self._knop(self.tr("&Terugbelverzoek…"), "telefoon", self.terugbelverzoek)
        self.verwijs_knop = self._knop(self.tr("&Doorverwijzen naar begeleiding…"), "begeleider", self.verwijs)
        self.regeling_knop = self._knop(self.tr("Betalings&regeling aanbieden…"), "regeling", self.regeling)
        self.regeling_knop.setVisible(
            diensten.regelingen is not None and mag(actor.rol, Bevoegdheid.REGELING_STANDAARD)
        )
        self.verwijs_knop.setVisible(diensten.begeleiding is not None)
        self.taal_combo = QComboBox(self.inhoud)
        self.taal_combo.addItem(self.tr("Nederlands"), "nl")
        self.taal_combo.addItem(self.tr("English"), "en")
        self.taal_combo.setAccessibleName(self.tr("Taal van het overzicht"))
        self.overzicht_knop = self._knop(self.tr("Overzicht &afdrukken"), "document", self.overzicht)
        self.overzicht_knop.setToolTip(self.tr("Overzicht voor de burger als PDF (Ctrl+P)"))

        kop_rij = QHBoxLayout()
        kop_tekst = QVBoxLayout()
        kop_tekst.addWidget(self.kop)
        kop_tekst.addWidget(self.subkop)
        kop_rij.addLayout(kop_tekst, 1)
        kop_rij.addWidget(self.nieuw_knop, 0, Qt.AlignmentFlag.AlignTop)
        rij1 = QHBoxLayout()
        rij2 = QHBoxLayout()
        for sleutel in ("toeslagen", "beslissingen", "schuld"):
            rij1.addWidget(self.kaarten[sleutel], 1)
        for sleutel in ("regeling", "begeleider"):
            rij2.addWidget(self.kaarten[sleutel], 1)
        acties = QFrame(self.inhoud)
        acties.setObjectName("balieActies")
        acties_layout = QHBoxLayout(acties)
        acties_layout.setContentsMargins(0, 4, 0, 0)
        for knop in (self.wat_als_knop, self.contact_knop, self.terugbel_knop, self.verwijs_knop, self.regeling_knop):
            acties_layout.addWidget(knop)
        acties_layout.addStretch(1)
        taal_label = QLabel(self.tr("Taal:"), acties)
        taal_label.setBuddy(self.taal_combo)
        acties_layout.addWidget(taal_label)
        acties_layout.addWidget(self.taal_combo)
        acties_layout.addWidget(self.overzicht_knop)
        inhoud_layout = QVBoxLayout(self.inhoud)
        inhoud_layout.setContentsMargins(0, 0, 0, 0)
        inhoud_layout.addLayout(kop_rij)
        inhoud_layout.addWidget(acties)
        inhoud_layout.addLayout(rij1)
        inhoud_layout.addLayout(rij2)
        inhoud_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.inhoud)
        self._scroll = scroll

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)
        layout.addWidget(self.melding)
        layout.addWidget(zoek)
        layout.addWidget(self.bezig)
        layout.addWidget(self.leeg, 1)
        layout.addWidget(scroll, 4)

        # --- keyboard --------------------------------------------------------------------------------------------
        self.contact_actie = self._actie(
            self.tr("Contact registreren"), QKeySequence.StandardKey.New, self.registreer_contact
        )
        self.overzicht_actie = self._actie(
            self.tr("Overzicht afdrukken"), QKeySequence.StandardKey.Print, self.overzicht
        )
        self.setTabOrder(self.bsn_edit, self.id_check)
        self.setTabOrder(self.id_check, self.reden_combo)
        self.setTabOrder(self.reden_combo, self.zoek_knop)
        self._zet_geladen(False)

    def _knop(self, tekst: str, icoon: str, actie: Callable[[], None]) -> QPushButton:
        knop = QPushButton(icon(icoon, self._kleuren.accent), tekst, self.inhoud)
        knop.setAutoDefault(False)
        knop.clicked.connect(lambda _checked=False: actie())  # not the `checked` flag as an argument
        return knop

    def _actie(self, naam: str, toets: QKeySequence.StandardKey, functie: Callable[[], None]) -> QAction:
        actie = QAction(naam, self)
        actie.setShortcut(toets)
        actie.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        actie.triggered.connect(lambda _checked=False: functie())
        self.addAction(actie)
        return actie

    def titel(self) -> str:
        return self.beeld.klantbeeld.burger.naam if self.beeld is not None else self.tr("Balie")

    def focus_eerste_veld(self) -> None:
        target = self.bsn_edit if self.beeld is None else self.wat_als_knop
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- identify --------------------------------------------------------------------------------------------

    def zoek_bsn(self, tekst: str) -> None:
        """Ctrl+K in the title bar: put the typed BSN in the field (the identity check and reason still needed)."""
        self.bsn_edit.setText(tekst.strip())
        self._controleer_bsn()
        (self.id_check if not self.id_check.isChecked() else self.reden_combo).setFocus()

    def _controleer_bsn(self) -> bool:
        if not self.bsn_edit.text().strip():
            self.bsn_melding.verberg()
            return False
        try:
            controleer_bsn(self.bsn_edit.text())
        except Validatiefout as fout:
            self.bsn_melding.toon(fout.melding)
            return False
        self.bsn_melding.verberg()
        return True

    def identificeer(self) -> None:
        """Enter / "Opzoeken": check the three required parts here first, then let the store do it again."""
        if self.taken.bezig:
            return  # one look-up at a time: a second Enter must not log a second access
        for m in (self.bsn_melding, self.id_melding, self.reden_melding):
            m.verberg()
        self.melding.verberg()
        bsn, reden = self.bsn_edit.text(), self.reden_combo.currentText().strip()
        fouten: list[tuple[VeldMelding, QWidget, str]] = []
        try:
            controleer_bsn(bsn)
        except Validatiefout as fout:
            fouten.append((self.bsn_melding, self.bsn_edit, fout.melding))
        if not self.id_check.isChecked():
            fouten.append(
                (self.id_melding, self.id_check, self.tr("controleer eerst het legitimatiebewijs en vink dit aan"))
            )
        if not reden:
            fouten.append((self.reden_melding, self.reden_combo, self.tr("kies of typ de reden van het bezoek")))
        if fouten:
            for melding, _veld, tekst in fouten:
                melding.toon(tekst)
            fouten[0][1].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._wis_beeld()  # never show the previous visitor while looking up the next one
        self._laad(bsn, reden, self.tr("Burger opzoeken…"))

    def _laad(self, bsn: str, reden: str, bezig: str, *, vernieuwen: bool = False) -> None:
        balie, actor, vandaag = self._balie, self._actor, self._vandaag()
        gecontroleerd = self.id_check.isChecked()  # the store checks the tick again
        self.bezig.zet_tekst(bezig)

        def stap() -> None:
            self.taken.submit(
                lambda: balie.identificeer(
                    actor,
                    bsn,
                    identiteit_gecontroleerd=gecontroleerd,
                    reden_bezoek=reden,
                    peildatum=vandaag,
                    vernieuwen=vernieuwen,
                ),
                lambda beeld: self._na_laden(beeld, (bsn, reden)),
                lambda fout: self._fout(fout, stap, self.tr("Opzoeken")),
            )

        self._opnieuw = stap
        stap()

    def _na_laden(self, beeld: Baliebeeld, invoer: tuple[str, str]) -> None:
        nieuw = self.beeld is None
        self._invoer = invoer
        self.toon(beeld)
        self.geopend.emit(beeld)
        if nieuw:
            self.wat_als_knop.setFocus(Qt.FocusReason.OtherFocusReason)  # keyboard on to the actions

    def vernieuw(self) -> None:
        """After an action: read the same citizen again (logged as a balie access with the same reason)."""
        if self._invoer is not None and not self.taken.bezig:
            self._laad(*self._invoer, self.tr("Bijwerken…"), vernieuwen=True)

    def toon(self, beeld: Baliebeeld) -> None:
        self.beeld = beeld
        kb = beeld.klantbeeld
        b = kb.burger
        vandaag = self._vandaag()
        self.kop.setText(f"{b.naam}   {bsn_gemaskeerd(b.bsn)}   {leeftijd_tekst(b.geboortedatum, vandaag)}")
        self.kop.setAccessibleName(f"{b.naam}, {bsn_voorlezen(b.bsn)}, {leeftijd_tekst(b.geboortedatum, vandaag)}")
        self.subkop.setText(
            self.tr("Reden bezoek: %1 · geopend om %2 · alleen het overzicht voor de balie")
            .replace("%1", beeld.reden_bezoek)
            .replace("%2", dt.datetime.now().astimezone().strftime("%H:%M"))
        )
        for sleutel, tekst in balie_kaarten(beeld, vandaag).items():
            self.kaarten[sleutel].zet_inhoud(tekst.html, tekst.voorlezen)
        self.taal_combo.setCurrentIndex(1 if b.taal == "en" else 0)
        self.verwijs_knop.setEnabled(beeld.begeleider is None)
        self.verwijs_knop.setToolTip(
            self.tr("De burger heeft al een begeleidingstraject.") if beeld.begeleider is not None else ""
        )
        heeft_open = any(v.status in ("open", "aanmaning", "dwang") for v in kb.open_vorderingen)
        self.regeling_knop.setEnabled(heeft_open)
        self.regeling_knop.setToolTip(
            "" if heeft_open else self.tr("Er is geen open schuld buiten een betalingsregeling.")
        )
        self._zet_geladen(True)

    def _zet_geladen(self, geladen: bool) -> None:
        self._scroll.setVisible(geladen)
        self.leeg.setVisible(not geladen)
        self.contact_actie.setEnabled(geladen)
        self.overzicht_actie.setEnabled(geladen)

    def nieuwe_burger(self) -> None:
        """Clear everything for the next visitor (no data of the previous citizen stays on screen)."""
        if self.dialoog is not None:
            return
        self._wis_beeld()
        self.bsn_edit.clear()
        self.id_check.setChecked(False)
        self.reden_combo.setCurrentIndex(-1)
        self.reden_combo.clearEditText()
        for m in (self.bsn_melding, self.id_melding, self.reden_melding):
            m.verberg()
        self.melding.verberg()
        self.bsn_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _wis_beeld(self) -> None:
        self.beeld = None
        self._invoer = None
        for kaart in self.kaarten.values():
            kaart.zet_inhoud("", "")
        self.kop.clear()
        self.subkop.clear()
        self._zet_geladen(False)

    # --- errors ----------------------------------------------------------------------------------------------

    def _fout(self, fout: BaseException, opnieuw: Callable[[], None], wat: str) -> None:
        if isinstance(fout, Validatiefout):
            melding = {"BSN": self.bsn_melding, "identiteit": self.id_melding}.get(fout.veld, self.reden_melding)
            melding.toon(fout.melding)
            return
        self._opnieuw = opnieuw
        tekst, kan_opnieuw = fout_tekst(fout, wat)
        self.melding.toon(Status.URGENT, tekst, opnieuw=kan_opnieuw)

    def _on_opnieuw(self) -> None:
        if self._opnieuw is not None:
            self.melding.verberg()
            self._opnieuw()

    # --- actions ---------------------------------------------------------------------------------------------

    def _open(self, dialoog: Any) -> None:
        self.dialoog = dialoog
        dialoog.finished.connect(lambda _resultaat, d=dialoog: self._dialoog_dicht(d))
        dialoog.open()

    def _dialoog_dicht(self, dialoog: Any) -> None:
        if self.dialoog is dialoog:
            self.dialoog = None

    def _kan(self) -> bool:
        return self.beeld is not None and self.dialoog is None

    def wat_als(self) -> None:
        if not self._kan():
            return
        assert self.beeld is not None
        kb = self.beeld.klantbeeld
        dialoog = WatAlsDialoog(
            self,
            balie=self._balie,
            runner=self._runner,
            kleuren=self._kleuren,
            actor=self._actor,
            burger_id=kb.burger.id,
            burger_naam=kb.burger.naam,
            toeslagen=kb.toeslagen,
            vandaag=self._vandaag(),
        )
        dialoog.doorgegeven.connect(
            lambda _c: self._na_schrijven(self.tr("De wijziging is doorgegeven aan de backoffice."))
        )
        self._open(dialoog)

    def registreer_contact(self) -> None:
        if not self._kan() or not mag(self._actor.rol, Bevoegdheid.CONTACT_REGISTREREN):
            return
        assert self.beeld is not None
        kb = self.beeld.klantbeeld
        dialoog = ContactDialoog(
            self,
            contacten=self._diensten.contacten,
            taken=self._runner,
            actor=self._actor,
            burger_id=kb.burger.id,
            burger_naam=kb.burger.naam,
            kleuren=self._kleuren,
            vandaag=self._vandaag(),
        )
        dialoog.opgeslagen.connect(self._na_contact)
        self._open(dialoog)

    def _na_contact(self, contact: ContactRow) -> None:
        self._na_schrijven(self.tr("Contact opgeslagen: %1").replace("%1", beschrijf(contact)), vernieuw=False)

    def terugbelverzoek(self) -> None:
        if not self._kan():
            return
        assert self.beeld is not None
        kb, route = self.beeld.klantbeeld, self.beeld.begeleider
        dialoog = TerugbelDialoog(
            self,
            balie=self._balie,
            runner=self._runner,
            kleuren=self._kleuren,
            actor=self._actor,
            burger_id=kb.burger.id,
            burger_naam=kb.burger.naam,
            telefoon=kb.burger.telefoon,
            begeleider=route.naam if route is not None else None,
            vandaag=self._vandaag(),
        )
        dialoog.opgeslagen.connect(
            lambda taak: self._na_schrijven(
                self.tr("Terugbelverzoek vastgelegd: uiterlijk %1 wordt de burger gebeld op %2.")
                .replace("%1", formaat.datum(taak.vervaldatum))
                .replace("%2", taak.telefoon or ""),
                vernieuw=False,
            )
        )
        self._open(dialoog)

    def verwijs(self, reden: str = "") -> None:
        if not self._kan() or self._diensten.begeleiding is None:
            return
        assert self.beeld is not None
        kb = self.beeld.klantbeeld
        dialoog = VerwijsDialoog(
            self,
            trajecten=self._diensten.begeleiding.trajecten,
            runner=self._runner,
            kleuren=self._kleuren,
            actor=self._actor,
            burger_id=kb.burger.id,
            burger_naam=kb.burger.naam,
            vandaag=self._vandaag(),
            reden=reden,
        )
        dialoog.opgeslagen.connect(
            lambda _t: self._na_schrijven(
                self.tr(
                    "De burger is aangemeld voor persoonlijke begeleiding. Een begeleider neemt binnen 5 werkdagen "
                    "contact op."
                )
            )
        )
        self._open(dialoog)

    def regeling(self) -> None:
        if not self._kan() or self._diensten.regelingen is None:
            return
        assert self.beeld is not None
        kb = self.beeld.klantbeeld
        dialoog = RegelingDialoog(
            self,
            regelingen=self._diensten.regelingen,
            runner=self._runner,
            kleuren=self._kleuren,
            actor=self._actor,
            burger_id=kb.burger.id,
            burger_naam=kb.burger.naam,
            vandaag=self._vandaag(),
        )
        dialoog.opgeslagen.connect(self._na_regeling)
        dialoog.verwijzing_gevraagd.connect(self._verwijs_later)
        self._open(dialoog)

    def _na_regeling(self, uitkomst: VoorstelUitkomst) -> None:
        r = uitkomst.regeling
        tekst = self.tr("De betalingsregeling is afgesproken.")
        if r is not None:
            tekst = (
                self.tr("De betalingsregeling is afgesproken: %1 per maand, %2 keer.")
                .replace("%1", formaat.euro(r.regeling.termijnbedrag))
                .replace("%2", str(r.regeling.aantal_termijnen))
            )
        self._na_schrijven(tekst)

    def _verwijs_later(self, reden: str) -> None:
        """The arrangement dialog asked for a referral: open it once that dialog has closed."""
        QTimer.singleShot(0, lambda: self.verwijs(reden))

    def overzicht(self) -> None:
        """Ctrl+P: render and store the citizen's overview, then open it with the system's PDF viewer."""
        if self.beeld is None or self.taken.bezig:
            return
        balie, actor, vandaag = self._balie, self._actor, self._vandaag()
        burger_id = self.beeld.klantbeeld.burger.id
        taal = str(self.taal_combo.currentData())
        self.bezig.zet_tekst(self.tr("Overzicht maken…"))

        def maak() -> tuple[Overzichtdocument, Path]:
            uit = balie.overzicht(actor, burger_id, taal=taal, vandaag=vandaag)
            return uit, openen.schrijf_pdf(uit.pdf, f"overzicht-{uit.document.kenmerk}-{taal}")

        def stap() -> None:
            self.taken.submit(
                maak, self._na_overzicht, lambda fout: self._fout(fout, stap, self.tr("Het overzicht maken"))
            )

        stap()

    def _na_overzicht(self, uitkomst: tuple[Overzichtdocument, Path]) -> None:
        _document, pad = uitkomst
        self.laatste_pdf = pad
        self.gewijzigd.emit()
        if openen.open_bestand(pad):
            self.melding.toon(
                Status.OK,
                self.tr(
                    "Het overzicht is gemaakt en bewaard bij de documenten van de burger. Druk het af vanuit "
                    "de PDF-viewer."
                ),
            )
        else:
            self.melding.toon(
                Status.AANDACHT,
                self.tr(
                    "Het overzicht is bewaard, maar er is geen programma om PDF-bestanden te openen. Het bestand "
                    "staat in: %1"
                ).replace("%1", str(pad)),
            )

    def _na_schrijven(self, tekst: str, *, vernieuw: bool = True) -> None:
        self.melding.toon(Status.OK, tekst)
        self.gewijzigd.emit()
        if vernieuw:
            self.vernieuw()
