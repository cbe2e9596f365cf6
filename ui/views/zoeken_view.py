"""Zoeken: finding a citizen by BSN, by surname + birth date, or by postcode + house number.

What belongs here: `ZoekenView`. Input is checked before anything goes to the store (the BSN with the
elfproef, the date as dd-mm-jjjj, the postcode) and every problem is shown as a Dutch sentence next to its
field. Results appear in a sortable, keyboard-navigable table with masked BSNs; Enter opens the klantbeeld
(`burger_gekozen`). A BSN search with exactly one hit opens it at once. Balie staff search on the exact BSN
only: the other searches are not shown to them.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.store.fouten import GeenToegang, OpslagFout
from models.store.interfaces import Zoeken
from models.store.rows import MedewerkerRow, ZoekResultaat
from models.store.toegang import Bevoegdheid, mag
from models.validatie import Validatiefout, controleer_bsn, controleer_postcode, parse_datum
from ui.palet import Kleuren, Status
from ui.qtmodels.basis import RijenProxy
from ui.qtmodels.zoekresultaten import ZoekresultaatModel
from ui.resources import icon
from ui.tasks import TaskRunner, ViewTaken
from ui.widgets.bezig import BezigIndicator
from ui.widgets.melding import MeldingBalk
from ui.widgets.tabel import DataTabel
from ui.widgets.veldmelding import VeldMelding, eerste_hoofdletter

__all__ = ["ZoekenView", "ontleed_vrije_tekst"]

log = logging.getLogger(__name__)

_BSN = re.compile(r"^[\d\s.\-]{8,13}$")
_ADRES = re.compile(r"^(?P<postcode>\d{4}\s?[A-Za-z]{2})\s*(?P<nummer>\d{1,5})\s*\S*$")
_NAAM_DATUM = re.compile(r"^(?P<naam>.+?)\s*,?\s+(?P<datum>\d{1,2}[-/]\d{1,2}[-/]\d{2,4}|\d{4}-\d{2}-\d{2})$")


@dataclass(frozen=True, slots=True)
class VrijeZoekvraag:
    soort: str  # "bsn", "naam", "adres" or "onbekend"
    bsn: str = ""
    achternaam: str = ""
    geboortedatum: str = ""
    postcode: str = ""
    huisnummer: str = ""


def ontleed_vrije_tekst(tekst: str) -> VrijeZoekvraag:
    """Recognise what was typed in the Ctrl+K field: a BSN, "achternaam dd-mm-jjjj" or "1234 AB 12"."""
    schoon = tekst.strip()
    if _BSN.match(schoon) and sum(c.isdigit() for c in schoon) in (8, 9):
        return VrijeZoekvraag("bsn", bsn=schoon)
    if m := _ADRES.match(schoon):
        return VrijeZoekvraag("adres", postcode=m["postcode"], huisnummer=m["nummer"])
    if m := _NAAM_DATUM.match(schoon):
        return VrijeZoekvraag("naam", achternaam=m["naam"], geboortedatum=m["datum"])
    return VrijeZoekvraag("onbekend", achternaam=schoon)


class ZoekenView(QWidget):
    """Signals:
    burger_gekozen(object): the `ZoekResultaat` whose klantbeeld should open.
    """

    burger_gekozen = Signal(object)

    def __init__(
        self,
        zoeken: Zoeken,
        actor: MedewerkerRow,
        runner: TaskRunner,
        kleuren: Kleuren,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("zoekenView")
        self._zoeken = zoeken
        self._actor = actor
        self._kleuren = kleuren
        self.taken = ViewTaken(runner, self)
        self._laatste: Callable[[], None] | None = None
        self._open_bij_een = False
        self.mag_naam_adres = mag(actor.rol, Bevoegdheid.ZOEKEN_NAAM_ADRES)

        titel = QLabel(self.tr("Zoeken"), self)
        titel.setObjectName("titel")
        self.uitleg = QLabel(self)
        self.uitleg.setObjectName("zacht")
        self.uitleg.setWordWrap(True)
        if self.mag_naam_adres:
            self.uitleg.setText(
                self.tr(
                    "Zoek een burger op BSN, op achternaam met geboortedatum, of op postcode met huisnummer. "
                    "Druk op Enter in een veld om te zoeken."
                )
            )
        else:
            self.uitleg.setText(
                self.tr(
                    "Als baliemedewerker zoekt u alleen op het volledige BSN (9 cijfers). Vraag de burger om een "
                    "brief of identiteitsbewijs met het BSN."
                )
            )

        self.bsn_edit = self._veld(self.tr("BSN"), self.tr("9 cijfers, bijvoorbeeld 123456782"))
        self.bsn_edit.setMaxLength(13)
        self.achternaam_edit = self._veld(self.tr("Achternaam"), self.tr("bijvoorbeeld El Amrani"))
        self.geboortedatum_edit = self._veld(self.tr("Geboortedatum"), self.tr("dd-mm-jjjj"))
        self.geboortedatum_edit.setMaxLength(10)
        self.postcode_edit = self._veld(self.tr("Postcode"), self.tr("1234 AB"))
        self.postcode_edit.setMaxLength(7)
        self.huisnummer_edit = self._veld(self.tr("Huisnummer"), self.tr("12"))
        self.huisnummer_edit.setMaxLength(5)
        self.meldingen = {
            "bsn": VeldMelding(self.bsn_edit, kleuren, self),
            "achternaam": VeldMelding(self.achternaam_edit, kleuren, self),
            "geboortedatum": VeldMelding(self.geboortedatum_edit, kleuren, self),
            "postcode": VeldMelding(self.postcode_edit, kleuren, self),
            "huisnummer": VeldMelding(self.huisnummer_edit, kleuren, self),
        }
        self.bsn_knop = self._knop(self.tr("Zoeken op BSN"), self.zoek_bsn)
        self.naam_knop = self._knop(self.tr("Zoeken op naam"), self.zoek_naam)
        self.adres_knop = self._knop(self.tr("Zoeken op adres"), self.zoek_adres)

        raster = QGridLayout()
        raster.setHorizontalSpacing(10)
        raster.setVerticalSpacing(2)
        raster.setColumnStretch(1, 2)
        raster.setColumnStretch(3, 1)
        self._rij(raster, 0, self.tr("&BSN:"), self.bsn_edit, "bsn", None, None, None, self.bsn_knop)
        self._naam_widgets: list[QWidget] = []
        if self.mag_naam_adres:
            self._rij(
                raster,
                2,
                self.tr("&Achternaam:"),
                self.achternaam_edit,
                "achternaam",
                self.tr("&Geboortedatum:"),
                self.geboortedatum_edit,
                "geboortedatum",
                self.naam_knop,
            )
            self._rij(
                raster,
                4,
                self.tr("&Postcode:"),
                self.postcode_edit,
                "postcode",
                self.tr("&Huisnummer:"),
                self.huisnummer_edit,
                "huisnummer",
                self.adres_knop,
            )
        else:
            for w in (
                self.achternaam_edit,
                self.geboortedatum_edit,
                self.postcode_edit,
                self.huisnummer_edit,
                self.naam_knop,
                self.adres_knop,
                *[self.meldingen[k] for k in ("achternaam", "geboortedatum", "postcode", "huisnummer")],
            ):
                w.hide()

        self.melding = MeldingBalk(kleuren, self)
        self.melding.opnieuw_gevraagd.connect(self._opnieuw)
        self.bezig = BezigIndicator(self.tr("Zoeken…"), self)
        self.taken.bezig_veranderd.connect(self.bezig.zet_actief)
        self.resultaat_label = QLabel(self)
        self.resultaat_label.setObjectName("sectie")
        self.resultaat_label.setWordWrap(True)
        self.model = ZoekresultaatModel(self)
        self.proxy = RijenProxy(self)
        self.proxy.setSourceModel(self.model)
        self.tabel = DataTabel(self.proxy, self.tr("Zoekresultaten"), self)
        self.tabel.zet_kolombreedtes([240, 110, 120, 330, 160])
        self.tabel.rij_geactiveerd.connect(self._on_gekozen)
        self.tabel.hide()
        resultaat_buddy = QLabel(self.tr("&Resultaten:"), self)
        resultaat_buddy.setBuddy(self.tabel)
        resultaat_buddy.setObjectName("zacht")
        self.leeg_label = QLabel(self)
        self.leeg_label.setObjectName("leeg")
        self.leeg_label.setWordWrap(True)
        self.leeg_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(8)
        layout.addWidget(titel)
        layout.addWidget(self.uitleg)
        layout.addSpacing(4)
        layout.addLayout(raster)
        layout.addWidget(self.melding)
        layout.addWidget(self.bezig)
        kop = QVBoxLayout()
        kop.setSpacing(0)
        kop.addWidget(resultaat_buddy)
        kop.addWidget(self.resultaat_label)
        layout.addLayout(kop)
        layout.addWidget(self.leeg_label)
        layout.addWidget(self.tabel, 1)
        layout.addStretch(0)  # takes the space only while the table is hidden

        self.setTabOrder(self.bsn_edit, self.bsn_knop)
        if self.mag_naam_adres:
            self.setTabOrder(self.bsn_knop, self.achternaam_edit)
            self.setTabOrder(self.achternaam_edit, self.geboortedatum_edit)
            self.setTabOrder(self.geboortedatum_edit, self.naam_knop)
            self.setTabOrder(self.naam_knop, self.postcode_edit)
            self.setTabOrder(self.postcode_edit, self.huisnummer_edit)
            self.setTabOrder(self.huisnummer_edit, self.adres_knop)
            self.setTabOrder(self.adres_knop, self.tabel)
        else:
            self.setTabOrder(self.bsn_knop, self.tabel)

        self.bsn_edit.returnPressed.connect(self.zoek_bsn)
        for veld in (self.achternaam_edit, self.geboortedatum_edit):
            veld.returnPressed.connect(self.zoek_naam)
        for veld in (self.postcode_edit, self.huisnummer_edit):
            veld.returnPressed.connect(self.zoek_adres)
        for sleutel, melding in self.meldingen.items():
            veld = self._veld_voor(sleutel)
            veld.textEdited.connect(lambda _t, m=melding: m.verberg())

    # --- building blocks ----------------------------------------------------------------------------------

    def _veld(self, naam: str, voorbeeld: str) -> QLineEdit:
        veld = QLineEdit(self)
        veld.setAccessibleName(naam)
        veld.setPlaceholderText(voorbeeld)
        veld.setClearButtonEnabled(True)
        return veld

    def _knop(self, tekst: str, actie: Callable[[], None]) -> QPushButton:
        knop = QPushButton(icon("zoeken", self._kleuren.accent), tekst, self)
        knop.setAccessibleName(tekst)
        knop.clicked.connect(actie)
        return knop

    def _rij(
        self,
        raster: QGridLayout,
        rij: int,
        tekst1: str,
        veld1: QLineEdit,
        sleutel1: str,
        tekst2: str | None,
        veld2: QLineEdit | None,
        sleutel2: str | None,
        knop: QPushButton,
    ) -> None:
        label1 = QLabel(tekst1, self)
        label1.setBuddy(veld1)
        raster.addWidget(label1, rij, 0)
        raster.addWidget(veld1, rij, 1)
        raster.addWidget(self.meldingen[sleutel1], rij + 1, 1)
        if tekst2 and veld2 is not None and sleutel2:
            label2 = QLabel(tekst2, self)
            label2.setBuddy(veld2)
            raster.addWidget(label2, rij, 2)
            raster.addWidget(veld2, rij, 3)
            raster.addWidget(self.meldingen[sleutel2], rij + 1, 3)
        raster.addWidget(knop, rij, 4)

    def _veld_voor(self, sleutel: str) -> QLineEdit:
        return {
            "bsn": self.bsn_edit,
            "achternaam": self.achternaam_edit,
            "geboortedatum": self.geboortedatum_edit,
            "postcode": self.postcode_edit,
            "huisnummer": self.huisnummer_edit,
        }[sleutel]

    def _fout_bij(self, sleutel: str, melding: str) -> None:
        self.meldingen[sleutel].toon(melding)
        self._veld_voor(sleutel).setFocus(Qt.FocusReason.OtherFocusReason)

    def _wis_meldingen(self) -> None:
        self.melding.verberg()
        for melding in self.meldingen.values():
            melding.verberg()

    # --- searching ----------------------------------------------------------------------------------------

    def focus_eerste_veld(self) -> None:
        self.bsn_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.bsn_edit.selectAll()

    def zoek_vrij(self, tekst: str) -> None:
        """Search with what was typed in the Ctrl+K field."""
        vraag = ontleed_vrije_tekst(tekst)
        self._wis_meldingen()
        if vraag.soort == "bsn":
            self.bsn_edit.setText(vraag.bsn)
            self.zoek_bsn()
            return
        if not self.mag_naam_adres:
            self.bsn_edit.setText(tekst.strip())
            self._fout_bij("bsn", self.tr("Als baliemedewerker zoekt u alleen op het volledige BSN (9 cijfers)"))
            return
        if vraag.soort == "adres":
            self.postcode_edit.setText(vraag.postcode)
            self.huisnummer_edit.setText(vraag.huisnummer)
            self.zoek_adres()
        elif vraag.soort == "naam":
            self.achternaam_edit.setText(vraag.achternaam)
            self.geboortedatum_edit.setText(vraag.geboortedatum)
            self.zoek_naam()
        else:
            self.achternaam_edit.setText(vraag.achternaam)
            self.geboortedatum_edit.clear()
            self._fout_bij(
                "geboortedatum",
                self.tr(
                    "Vul ook de geboortedatum in (dd-mm-jjjj). Zoeken op alleen een naam kan niet, om de privacy van "
                    "burgers te beschermen"
                ),
            )

    def zoek_bsn(self) -> None:
        self._wis_meldingen()
        try:
            bsn = controleer_bsn(self.bsn_edit.text())
        except Validatiefout as fout:
            self._fout_bij("bsn", fout.melding)
            return
        zoeken, actor = self._zoeken, self._actor
        self._start(lambda: zoeken.zoek_bsn(actor, bsn), self.tr("met dit BSN"), open_bij_een=True)

    def zoek_naam(self) -> None:
        self._wis_meldingen()
        naam = self.achternaam_edit.text().strip()
        if not naam:
            self._fout_bij("achternaam", self.tr("Vul de achternaam in (het begin is genoeg)"))
            return
        try:
            datum = parse_datum(self.geboortedatum_edit.text(), "geboortedatum")
        except Validatiefout as fout:
            self._fout_bij("geboortedatum", fout.melding)
            return
        zoeken, actor = self._zoeken, self._actor
        self._start(lambda: zoeken.zoek_naam(actor, naam, datum), self.tr("met deze naam en geboortedatum"))

    def zoek_adres(self) -> None:
        self._wis_meldingen()
        try:
            postcode = controleer_postcode(self.postcode_edit.text())
        except Validatiefout as fout:
            self._fout_bij("postcode", fout.melding)
            return
        tekst = self.huisnummer_edit.text().strip()
        if not tekst.isdigit() or not 0 < int(tekst) < 100_000:
            self._fout_bij("huisnummer", self.tr("Vul het huisnummer in als getal, zonder toevoeging"))
            return
        nummer = int(tekst)
        zoeken, actor = self._zoeken, self._actor
        self._start(lambda: zoeken.zoek_adres(actor, postcode, nummer), self.tr("op dit adres"))

    def _start(self, functie: Callable[[], list[ZoekResultaat]], waar: str, *, open_bij_een: bool = False) -> None:
        def opnieuw() -> None:
            self._start(functie, waar, open_bij_een=open_bij_een)

        self._laatste = opnieuw
        self.taken.submit(functie, lambda r: self._on_resultaten(r, waar, open_bij_een), self._on_fout)

    def _opnieuw(self) -> None:
        if self._laatste is not None:
            self.melding.verberg()
            self._laatste()

    def _on_resultaten(self, resultaten: list[ZoekResultaat], waar: str, open_bij_een: bool) -> None:
        self.model.zet_rijen(resultaten)
        self.proxy.sort(-1)
        if not resultaten:
            self.tabel.hide()
            self.resultaat_label.setText(self.tr("Geen burger gevonden %1.").replace("%1", waar))
            self.leeg_label.setText(
                self.tr(
                    "Controleer de gegevens. U kunt ook op een andere manier zoeken, bijvoorbeeld op postcode "
                    "en huisnummer."
                )
                if self.mag_naam_adres
                else self.tr("Controleer het BSN met de burger.")
            )
            self.leeg_label.show()
            return
        self.leeg_label.hide()
        self.tabel.show()
        aantal = len(resultaten)
        self.resultaat_label.setText(
            self.tr("1 burger gevonden") if aantal == 1 else self.tr("%1 burgers gevonden").replace("%1", str(aantal))
        )
        self.tabel.kies_eerste()
        self.tabel.setFocus(Qt.FocusReason.OtherFocusReason)
        if open_bij_een and aantal == 1:
            self.burger_gekozen.emit(resultaten[0])

    def _on_fout(self, fout: BaseException) -> None:
        if isinstance(fout, Validatiefout):
            sleutel = fout.veld.lower() if fout.veld.lower() in self.meldingen else "bsn"
            self._fout_bij(sleutel, fout.melding)
        elif isinstance(fout, GeenToegang):
            self.melding.toon_fout(fout.melding, opnieuw=False)
        elif isinstance(fout, OpslagFout):
            self.melding.toon_fout(fout.melding, opnieuw=True)
        else:
            log.error("Zoeken mislukt", exc_info=fout)
            self.melding.toon(
                Status.URGENT,
                eerste_hoofdletter(
                    self.tr("het zoeken is mislukt door een onverwachte fout; de details staan in het logbestand")
                ),
                opnieuw=True,
            )

    def _on_gekozen(self, resultaat: ZoekResultaat) -> None:
        self.burger_gekozen.emit(resultaat)
