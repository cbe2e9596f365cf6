"""The capacity form of a persoonlijke betalingsregeling: income, expenses and assets of the household, per month.

What belongs here: `CapaciteitFormulier`, one labelled field per input of the calculation core's
`Capaciteitsinvoer` (RULES §3.3–3.4) in Dutch, grouped as a caseworker asks for them (leefsituatie, income,
expenses, assets, refusal reason). Amounts are typed the Dutch way and checked with `parse_bedrag`; a wrong
amount gets a message at its field and the text stays as typed. An empty field counts as € 0. The form knows
nothing of the store: the Regelingen view and the Herberekenen dialog read `invoer()` from it.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from models.calc.betalingsregeling import Capaciteitsinvoer, Leefsituatie
from models.calc.invoer import Invoerfout
from models.validatie import Validatiefout, parse_bedrag
from ui import opmaak as formaat
from ui.palet import Kleuren
from ui.widgets.veldmelding import VeldMelding

__all__ = ["BEDRAGVELDEN", "CapaciteitFormulier", "leefsituatie_tekst"]

_N = Decimal(0)

# (field name of Capaciteitsinvoer, label, help text) per section, in the order a caseworker asks for them.
BEDRAGVELDEN: tuple[tuple[str, tuple[tuple[str, str, str], ...]], ...] = (
    (
        "Inkomen per maand (netto)",
        (
            ("netto_inkomen", "Netto &inkomen burger", "Loon of uitkering, met vakantiegeld en 13e maand gemiddeld."),
            ("netto_inkomen_partner", "Netto inkomen partne&r", "Alleen bij gehuwd of samenwonend."),
            ("alimentatie_ontvangen", "Alimentatie ontvangen", ""),
            (
                "overige_inkomsten",
                "Overige inkomsten",
                "Niet: kinderbijslag, kindgebonden budget, kinderopvang-, huur- of zorgtoeslag.",
            ),
        ),
    ),
    (
        "Uitgaven per maand",
        (
            ("woonlasten", "&Woonlasten", "Huur, of hypotheekrente met erfpacht, vóór huurtoeslag."),
            ("huurtoeslag", "Huurtoeslag", "Huurtoeslag of woonkostentoeslag die de burger krijgt."),
            ("zorgpremie", "&Zorgpremie", "Premie zorgverzekering die niet door de werkgever is ingehouden."),
            ("normpremie", "Normpremie", "Normpremie zorgtoeslag voor zover in de bijstandsnorm."),
            ("zorgtoeslag", "Zorgtoeslag", ""),
            ("alimentatie_betaald", "Alimentatie betaald", ""),
            ("betalingen_belastingschulden", "Betaling belastingschulden", "Niet voor terugvorderingen toeslagen."),
            (
                "aflossingen_belastingleningen",
                "Aflossing lening belastingschuld",
                "Aflossing van een lening die is afgesloten om belastingschulden te betalen.",
            ),
            ("kostgangerskosten", "Kosten kostgangers", ""),
            (
                "levensonderhoud_kinderen",
                "Kosten kinderen boven KGB",
                "Maximaal kindgebonden budget min wat de burger krijgt.",
            ),
        ),
    ),
    (
        "Vermogen (waarde nu)",
        (
            ("financiele_middelen", "Geld op rekeningen, contant", ""),
            ("overig_vermogen", "Overig vermogen", "Marktwaarde min schulden die voorgaan."),
            ("waarde_auto", "Waarde auto", "Inruilwaarde."),
            ("waarde_inboedel", "Waarde inboedel", ""),
        ),
    ),
)

_LEEFSITUATIE = {
    Leefsituatie.ALLEENSTAANDE: "Alleenstaande",
    Leefsituatie.ALLEENSTAANDE_OUDER: "Alleenstaande ouder",
    Leefsituatie.GEHUWDEN: "Gehuwd of samenwonend",
    Leefsituatie.ALLEENSTAANDE_AOW: "Alleenstaande, AOW-leeftijd",
    Leefsituatie.ALLEENSTAANDE_OUDER_AOW: "Alleenstaande ouder, AOW-leeftijd",
    Leefsituatie.GEHUWDEN_AOW: "Gehuwd of samenwonend, beiden AOW-leeftijd",
    Leefsituatie.GEHUWDEN_EEN_AOW: "Gehuwd of samenwonend, één van beiden AOW-leeftijd",
}


def leefsituatie_tekst(leefsituatie: Leefsituatie | str) -> str:
    try:
        return _LEEFSITUATIE[Leefsituatie(leefsituatie)]
    except ValueError:
        return str(leefsituatie).replace("_", " ")


class CapaciteitFormulier(QWidget):
    """Signals:
    gewijzigd: the user changed a value (the view recomputes the schedule after a short pause).
    """

    gewijzigd = Signal()

    def __init__(self, kleuren: Kleuren, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("capaciteitFormulier")
        self.velden: dict[str, QLineEdit] = {}
        self.veld_meldingen: dict[str, VeldMelding] = {}
        self._labels: dict[str, str] = {}

        self.leefsituatie_combo = QComboBox(self)
        for waarde, tekst in _LEEFSITUATIE.items():
            self.leefsituatie_combo.addItem(self.tr(tekst), waarde)
        self.leefsituatie_combo.setAccessibleName(self.tr("Leefsituatie"))
        self.leefsituatie_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.leefsituatie_combo.setMinimumContentsLength(22)
        self.leefsituatie_combo.setAccessibleDescription(self.tr("Bepaalt de bijstandsnorm (kosten van bestaan)."))
        self.auto_check = QCheckBox(self.tr("De auto is onmisbaar (werk of beperking)"), self)
        self.opzet_check = QCheckBox(self.tr("De terugvordering komt door opzet of grove schuld"), self)
        self.opzet_check.setAccessibleDescription(
            self.tr("Dan is een persoonlijke betalingsregeling niet mogelijk (Uitv.reg. Awir art. 7 lid 6).")
        )

        # one form for every section, so the fields line up in one column
        formulier = QFormLayout(self)
        formulier.setContentsMargins(0, 0, 0, 0)
        formulier.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        formulier.setVerticalSpacing(3)
        leef_label = QLabel(self.tr("Lee&fsituatie:"), self)
        leef_label.setBuddy(self.leefsituatie_combo)
        formulier.addRow(leef_label, self.leefsituatie_combo)
        for sectie, velden in BEDRAGVELDEN:
            kop = QLabel(self.tr(sectie), self)
            kop.setObjectName("sectie")
            formulier.addRow(kop)
            for naam, tekst, uitleg in velden:
                veld = QLineEdit(self)
                veld.setPlaceholderText("0,00")
                veld.setAlignment(Qt.AlignmentFlag.AlignRight)
                veld.setFixedWidth(130)
                schoon = self.tr(tekst).replace("&", "")
                veld.setAccessibleName(schoon)
                if uitleg:
                    veld.setToolTip(self.tr(uitleg))
                    veld.setAccessibleDescription(self.tr(uitleg))
                label = QLabel(self.tr(tekst) + ":", self)
                label.setBuddy(veld)
                if uitleg:
                    label.setToolTip(self.tr(uitleg))
                melding = VeldMelding(veld, kleuren, self)
                houder = QWidget(self)
                kolom = QVBoxLayout(houder)
                kolom.setContentsMargins(0, 0, 0, 0)
                kolom.setSpacing(0)
                kolom.addWidget(veld)
                kolom.addWidget(melding)
                formulier.addRow(label, houder)
                veld.textEdited.connect(lambda _t, n=naam: self._on_bewerkt(n))
                self.velden[naam] = veld
                self.veld_meldingen[naam] = melding
                self._labels[naam] = schoon
            if sectie.startswith("Vermogen"):
                formulier.addRow("", self.auto_check)
        formulier.addRow(self.opzet_check)
        self.leefsituatie_combo.currentIndexChanged.connect(self._on_leefsituatie)
        self.auto_check.toggled.connect(self.gewijzigd)
        self.opzet_check.toggled.connect(self.gewijzigd)
        self._on_leefsituatie()

    # --- reading -----------------------------------------------------------------------------------------

    @property
    def leefsituatie(self) -> Leefsituatie:
        return Leefsituatie(self.leefsituatie_combo.currentData())

    def is_leeg(self) -> bool:
        """Nothing typed yet: no capacity to compute with."""
        return not any(v.text().strip() for v in self.velden.values())

    def invoer(self, *, toon_fouten: bool = True) -> Capaciteitsinvoer:
        """The typed values as the core's input. Every wrong field gets its message at once (and the text stays).

        Raises:
            Validatiefout: the first wrong field (`veld` is its name in `Capaciteitsinvoer`).
        """
        bedragen: dict[str, Decimal] = {}
        fouten: list[Validatiefout] = []
        for naam, veld in self.velden.items():
            tekst = veld.text().strip()
            if not tekst or not veld.isEnabled():
                bedragen[naam] = _N
                continue
            try:
                bedragen[naam] = parse_bedrag(tekst, self._labels[naam])
            except Validatiefout as fout:
                fouten.append(Validatiefout(naam, fout.melding))
        if not fouten:
            try:
                return Capaciteitsinvoer(
                    leefsituatie=self.leefsituatie,
                    auto_onmisbaar=self.auto_check.isChecked(),
                    opzet_of_grove_schuld=self.opzet_check.isChecked(),
                    **bedragen,
                )
            except Invoerfout as fout:
                fouten.append(Validatiefout(fout.veld.removeprefix("capaciteit."), fout.melding))
        if toon_fouten:
            for fout in fouten:
                self.toon_fout(fout.veld, fout.melding)
        raise fouten[0]

    def toon_fout(self, veld: str, melding: str) -> bool:
        """Show a message at a field (`veld` as in `Capaciteitsinvoer`, with or without "capaciteit."); False when
        the form has no such field."""
        naam = veld.removeprefix("capaciteit.")
        if naam in self.veld_meldingen:
            self.veld_meldingen[naam].toon(melding)
            return True
        if naam == "leefsituatie":
            return False
        return False

    def eerste_fout_veld(self) -> QWidget | None:
        for naam, melding in self.veld_meldingen.items():
            if melding.tekst:
                return self.velden[naam]
        return None

    def verberg_fouten(self) -> None:
        for melding in self.veld_meldingen.values():
            melding.verberg()

    # --- writing -----------------------------------------------------------------------------------------

    def vul_in(self, invoer: Capaciteitsinvoer) -> None:
        """Fill the form (a recalculation starts from the capacity entered before)."""
        self.leefsituatie_combo.setCurrentIndex(self.leefsituatie_combo.findData(invoer.leefsituatie))
        for naam, veld in self.velden.items():
            waarde = getattr(invoer, naam)
            veld.setText("" if not waarde else formaat.euro(waarde).replace("€", "").strip())
        self.auto_check.setChecked(invoer.auto_onmisbaar)
        self.opzet_check.setChecked(invoer.opzet_of_grove_schuld)

    def _on_bewerkt(self, naam: str) -> None:
        self.veld_meldingen[naam].verberg()
        self.gewijzigd.emit()

    def _on_leefsituatie(self) -> None:
        partner = self.leefsituatie.met_partner
        veld = self.velden["netto_inkomen_partner"]
        veld.setEnabled(partner)
        if not partner:
            self.veld_meldingen["netto_inkomen_partner"].verberg()
        self.gewijzigd.emit()
