"""The Huishouden tab: address and contact details, how the citizen wants to be approached, partner periods,
children, medebewoners and (for roles that may see them) dated vulnerability indicators.

What belongs here: `HuishoudenTab`. Balie staff see the address and contact details only; for partner data,
children, medebewoners and vulnerability the tab says these are not available for their role.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from models.store.rows import Klantbeeld
from ui import opmaak as formaat
from ui.palet import Kleuren
from ui.qtmodels.basis import RijenProxy
from ui.qtmodels.huishouden import KindModel, MedebewonerModel, PartnerModel
from ui.weergave import bsn_gemaskeerd, bsn_voorlezen, leeftijd_tekst
from ui.widgets.tabel import DataTabel

__all__ = ["HuishoudenTab"]

_VOORKEURSKANAAL = {"post": "per post", "digitaal": "digitaal (Berichtenbox / e-mail)", "telefoon": "per telefoon"}


class HuishoudenTab(QWidget):
    def __init__(self, kleuren: Kleuren, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # --- left: the person and how to reach them --------------------------------------------------------
        self.gegevens: dict[str, QLabel] = {}
        gegevens = QFrame(self)
        gegevens.setObjectName("kaart")
        formulier = QFormLayout(gegevens)
        formulier.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        for sleutel, tekst in (
            ("naam", self.tr("Naam")),
            ("bsn", self.tr("BSN")),
            ("geboren", self.tr("Geboren")),
            ("adres", self.tr("Adres")),
            ("woonplaats", self.tr("Postcode en plaats")),
            ("telefoon", self.tr("Telefoon")),
            ("email", self.tr("E-mail")),
            ("iban", self.tr("Rekeningnummer")),
            ("taal", self.tr("Taal van brieven")),
            ("kanaal", self.tr("Voorkeur contact")),
            ("behoefte", self.tr("Communicatiebehoefte")),
        ):
            waarde = QLabel(gegevens)
            waarde.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            waarde.setWordWrap(True)
            waarde.setAccessibleName(tekst)
            self.gegevens[sleutel] = waarde
            formulier.addRow(tekst + ":", waarde)
        titel = QLabel(self.tr("Persoon en contactgegevens"), self)
        titel.setObjectName("sectie")
        links = QVBoxLayout()
        links.addWidget(titel)
        links.addWidget(gegevens)
        self.kwetsbaarheid_titel = QLabel(self.tr("Kwetsbaarheid"), self)
        self.kwetsbaarheid_titel.setObjectName("sectie")
        self.kwetsbaarheid = QLabel(self)
        self.kwetsbaarheid.setWordWrap(True)
        self.kwetsbaarheid.setTextFormat(Qt.TextFormat.PlainText)
        self.kwetsbaarheid.setAccessibleName(self.tr("Kwetsbaarheid"))
        links.addWidget(self.kwetsbaarheid_titel)
        links.addWidget(self.kwetsbaarheid)
        links.addStretch(1)

        # --- right: the household over time ----------------------------------------------------------------
        self.beperkt_label = QLabel(
            self.tr(
                "Gegevens over partner, kinderen en medebewoners zijn niet beschikbaar voor uw rol. "
                "Verwijs de burger voor vragen daarover naar de BelastingTelefoon of de persoonlijk begeleider."
            ),
            self,
        )
        self.beperkt_label.setObjectName("leeg")
        self.beperkt_label.setWordWrap(True)
        vandaag = dt.date.today()  # noqa: DTZ011 - replaced on every load by the klantbeeld's peildatum
        self.partner_model = PartnerModel(vandaag)
        self.partner_model.setParent(self)
        self.kind_model = KindModel(vandaag)
        self.kind_model.setParent(self)
        self.medebewoner_model = MedebewonerModel(self)
        self.partner_tabel = self._tabel(self.partner_model, self.tr("Toeslagpartners"), [190, 95, 115, 95, 95])
        self.kind_tabel = self._tabel(self.kind_model, self.tr("Kinderen"), [160, 120, 75])
        self.medebewoner_tabel = self._tabel(self.medebewoner_model, self.tr("Medebewoners"), [180, 100, 115, 95, 95])
        self.partner_leeg = self._leeg(self.tr("Geen toeslagpartner bekend, nu of vroeger."))
        self.kind_leeg = self._leeg(self.tr("Geen kinderen bekend."))
        self.medebewoner_leeg = self._leeg(self.tr("Geen medebewoners op dit adres."))
        rechts_widget = QWidget(self)
        rechts = QVBoxLayout(rechts_widget)
        rechts.setContentsMargins(0, 0, 0, 0)
        rechts.addWidget(self.beperkt_label)
        self._volledig: list[QWidget] = []
        for titel_tekst, tabel, leeg in (
            (self.tr("Toeslag&partners"), self.partner_tabel, self.partner_leeg),
            (self.tr("&Kinderen"), self.kind_tabel, self.kind_leeg),
            (self.tr("&Medebewoners"), self.medebewoner_tabel, self.medebewoner_leeg),
        ):
            kop = QLabel(titel_tekst, rechts_widget)
            kop.setObjectName("sectie")
            kop.setBuddy(tabel)
            tabel.setMinimumHeight(3 * 26 + 30)
            rechts.addWidget(kop)
            rechts.addWidget(leeg)
            rechts.addWidget(tabel)
            self._volledig += [kop, tabel, leeg]
        rechts.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(rechts_widget)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(links, 2)
        layout.addWidget(scroll, 3)

    def _tabel(self, model: PartnerModel | KindModel | MedebewonerModel, naam: str, breedtes: list[int]) -> DataTabel:
        proxy = RijenProxy(self)
        proxy.setSourceModel(model)
        tabel = DataTabel(proxy, naam, self)
        tabel.zet_kolombreedtes(breedtes)
        return tabel

    def _leeg(self, tekst: str) -> QLabel:
        label = QLabel(tekst, self)
        label.setObjectName("leeg")
        return label

    def toon(self, kb: Klantbeeld) -> None:
        b = kb.burger
        g = self.gegevens
        g["naam"].setText(b.naam)
        g["bsn"].setText(bsn_gemaskeerd(b.bsn))
        g["bsn"].setAccessibleDescription(bsn_voorlezen(b.bsn))
        g["geboren"].setText(f"{formaat.datum(b.geboortedatum)} ({leeftijd_tekst(b.geboortedatum, kb.peildatum)})")
        g["adres"].setText(b.adresregel)
        g["woonplaats"].setText(b.postcode_woonplaats + ("" if b.land == "NL" else f" ({b.land})"))
        g["telefoon"].setText(b.telefoon or self.tr("niet bekend"))
        g["email"].setText(b.email or self.tr("niet bekend"))
        if b.iban:
            g["iban"].setText(b.iban if not kb.beperkt else "…" + b.iban[-4:])
        else:
            g["iban"].setText(self.tr("niet bekend"))
        g["taal"].setText(self.tr("Nederlands") if b.taal == "nl" else self.tr("Engels"))
        g["kanaal"].setText(_VOORKEURSKANAAL.get(b.voorkeurskanaal, b.voorkeurskanaal))
        g["behoefte"].setText(b.communicatiebehoefte or self.tr("geen bijzonderheden"))

        beperkt = kb.beperkt
        self.beperkt_label.setVisible(beperkt)
        if kb.kwetsbaarheden is None:
            self.kwetsbaarheid.setText(self.tr("Niet beschikbaar voor uw rol."))
        elif not kb.kwetsbaarheden:
            self.kwetsbaarheid.setText(self.tr("Geen kwetsbaarheid vastgelegd."))
        else:
            self.kwetsbaarheid.setText(
                "\n".join(
                    f"{k.soort}: {k.toelichting or ''} ({self.tr('bron')}: {k.bron}, {formaat.datum(k.vastgelegd_op)}"
                    + (f", {self.tr('tot')} {formaat.datum(k.geldig_tot)}" if k.geldig_tot else "")
                    + ")"
                    for k in kb.kwetsbaarheden
                )
            )
        for w in self._volledig:
            w.setVisible(not beperkt)
        if beperkt:
            for model in (self.partner_model, self.kind_model, self.medebewoner_model):
                model.zet_rijen(())
            return
        self.partner_model.peildatum = kb.peildatum
        self.kind_model.peildatum = kb.peildatum
        for model, tabel, leeg, rijen in (
            (self.partner_model, self.partner_tabel, self.partner_leeg, kb.partners),
            (self.kind_model, self.kind_tabel, self.kind_leeg, kb.kinderen),
            (self.medebewoner_model, self.medebewoner_tabel, self.medebewoner_leeg, kb.medebewoners),
        ):
            model.zet_rijen(rijen)
            tabel.setVisible(bool(rijen))
            leeg.setVisible(not rijen)
