"""Signalen: the begeleider's inbox of new signals for their caseload and for citizens in nobody's (issue #5).

What belongs here: `SignalenView`. The inbox (`Signalen.inbox`: urgent first, newest first) is a table with the
severity as icon and word, the type, the citizen, the age and whose caseload it is; the chosen signal's plain-Dutch
explanation (to be read aloud to the citizen) and the data that triggered it are shown below. The actions:
oppakken (nieuw → in behandeling), aanmelden for begeleiding (a traject from the signal), a follow-up task,
afhandelen and onterecht — the last two close the signal and ask for confirmation (onterecht with a required
reason). A type filter (with counts) and "only my caseload" narrow the inbox; everything works from the keyboard.
After an action the row shows its new status; closed signals leave the list. Store work runs on the TaskRunner;
errors show in the banner (a colleague who was first: the inbox is reloaded and the view says so).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import html
import itertools
import logging
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from models.domain import SignaalStatus, SignaalType
from models.store.fouten import Conflict, GeenToegang, NietGevonden, OpslagFout
from models.store.interfaces_begeleiding import Signalen
from models.store.rows import MedewerkerRow
from models.store.rows_begeleiding import InboxSignaalRow, SignaalInbox
from models.store.toegang import Bevoegdheid, mag
from models.validatie import Validatiefout
from ui import opmaak as formaat
from ui.dialogs.signaal_acties import RedenDialoog, TaakUitSignaalDialoog, TrajectUitSignaalDialoog
from ui.palet import Kleuren, Status
from ui.qtmodels.basis import RijenProxy
from ui.qtmodels.signalen import SignaalModel, leeftijd_tekst, onderwerp
from ui.resources import icon
from ui.tasks import TaskRunner, ViewTaken
from ui.widgets.bezig import BezigIndicator
from ui.widgets.melding import MeldingBalk
from ui.widgets.tabel import DataTabel
from ui.widgets.veldmelding import eerste_hoofdletter

__all__ = ["SignalenView", "signaal_html"]

log = logging.getLogger(__name__)

_GESLOTEN = (SignaalStatus.AFGEHANDELD, SignaalStatus.ONTERECHT)


_BEDRAG = re.compile(r"^-?\d+\.\d{2}$")
_TECHNISCH = {"entiteit", "id", "sleutel", "regel", "versie", "drempels"}
"""Keys of a signal's data that say nothing to a caseworker (the link to the row that triggered it)."""


def _waarde(v: Any) -> str:
    """A value of a signal's data in Dutch formats: amounts (decimal strings) in euros, dates as 31-12-2026."""
    if isinstance(v, bool):
        return "ja" if v else "nee"
    if isinstance(v, float | int):
        return str(v).replace(".", ",")
    if isinstance(v, str) and _BEDRAG.match(v):
        return formaat.euro(Decimal(v))
    if isinstance(v, str) and len(v) == 10 and v[4] == "-" and v[7] == "-":
        with contextlib.suppress(ValueError):
            return formaat.datum(dt.date.fromisoformat(v))
    if isinstance(v, str):
        return v.replace("_", " ")
    if isinstance(v, list | tuple):
        return ", ".join(_waarde(x) for x in v)
    if isinstance(v, dict):
        delen = (f"{k.replace('_', ' ')}: {_waarde(x)}" for k, x in v.items() if k not in _TECHNISCH)
        return "; ".join(d for d in delen if not d.split(":")[0].endswith(" id"))
    return str(v)


def signaal_html(s: InboxSignaalRow, leeftijd: int) -> str:
    """The chosen signal: the explanation first (big enough to read aloud), then what triggered it."""
    regels = [
        f"<h3 style='margin:0 0 4px 0'>{html.escape(onderwerp(s))} — {html.escape(s.naam)}</h3>",
        f"<p style='font-size:11pt'>{html.escape(s.uitleg)}</p>",
        "<table cellspacing='0'>",
    ]
    rijen = [
        ("Ernst", s.ernst_label),
        ("Status", s.status.label),
        ("Ontstaan", f"{formaat.moment(s.ontstaan_op)} ({leeftijd_tekst(leeftijd)})"),
        ("Bron", s.bron),
        ("Caseload", "mijn caseload" if s.in_mijn_caseload else "nog niet toegewezen"),
    ]
    if s.traject_id is not None:
        rijen.append(("Traject", "de burger heeft al een open begeleidingstraject"))
    for k, v in (s.gegevens or {}).items():
        if k in _TECHNISCH or k.endswith("_id") or v in (None, "", [], {}):
            continue
        rijen.append((k.replace("_", " ").capitalize(), _waarde(v)))
    for a, b in rijen:
        regels.append(
            f"<tr><td style='padding:1px 12px 1px 0'>{html.escape(a)}</td><td><b>{html.escape(b)}</b></td></tr>"
        )
    regels.append("</table>")
    return "".join(regels)


class SignalenView(QWidget):
    """Signals:
    klantbeeld_gevraagd(int, str): open this citizen's klantbeeld (burger_id, naam).
    gewijzigd: a signal changed, a traject or a task was made (caseload, tasks and counters may change).
    """

    klantbeeld_gevraagd = Signal(int, str)
    gewijzigd = Signal()

    def __init__(
        self,
        signalen: Signalen,
        actor: MedewerkerRow,
        runner: TaskRunner,
        kleuren: Kleuren,
        parent: QWidget | None = None,
        *,
        vandaag: Callable[[], dt.date] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signalenView")
        self._dienst = signalen
        self._actor = actor
        self._kleuren = kleuren
        self._vandaag = vandaag or dt.date.today
        self.taken = ViewTaken(runner, self)
        self._generatie = 0
        self._bezig_met_actie = False
        self._opnieuw: Callable[[], None] | None = None
        self._geladen = False
        self._focus_na_laden = False
        self.mag_behandelen = mag(actor.rol, Bevoegdheid.SIGNALEN_BEHANDELEN)
        self.mag_aanmelden = mag(actor.rol, Bevoegdheid.VERWIJZEN_BEGELEIDING)

        self.melding = MeldingBalk(kleuren, self)
        self.melding.opnieuw_gevraagd.connect(self._on_opnieuw)
        titel = QLabel(self.tr("Signalen"), self)
        titel.setObjectName("titel")
        uitleg = QLabel(
            self.tr(
                "Nieuwe signalen over burgers in uw caseload en over burgers die nog geen begeleider hebben, de "
                "urgente en nieuwste bovenaan. Pak een signaal op, meld de burger aan of maak een taak; handel het "
                "af als het klaar is, of markeer het als onterecht."
            ),
            self,
        )
        uitleg.setObjectName("zacht")
        uitleg.setWordWrap(True)
        self.bezig = BezigIndicator(self.tr("Signalen laden…"), self)
        self.taken.bezig_veranderd.connect(self.bezig.zet_actief)
        self.vernieuw_knop = QPushButton(icon("vernieuwen", kleuren.accent), "", self)
        self.vernieuw_knop.setToolTip(self.tr("Vernieuwen (F5)"))
        self.vernieuw_knop.setAccessibleName(self.tr("Vernieuwen"))
        self.vernieuw_knop.clicked.connect(self.vernieuw)

        self.type_keuze = QComboBox(self)
        self.type_keuze.setAccessibleName(self.tr("Soort signaal"))
        self.type_keuze.setMinimumContentsLength(34)
        self._vul_types({}, 0)
        type_label = QLabel(self.tr("&Soort:"), self)
        type_label.setBuddy(self.type_keuze)
        self.mijn_vink = QCheckBox(self.tr("Alleen &mijn caseload"), self)
        self.aantal_label = QLabel(self)
        self.aantal_label.setObjectName("zacht")
        self.type_keuze.activated.connect(lambda _i: self.vernieuw())
        self.mijn_vink.toggled.connect(lambda _b: self.vernieuw())

        self.model = SignaalModel(kleuren, self._vandaag, self)
        self.proxy = RijenProxy(self)
        self.proxy.setSourceModel(self.model)
        self.tabel = DataTabel(self.proxy, self.tr("Signalen"), self)
        self.tabel.zet_kolombreedtes([95, 430, 190, 85, 75, 150, 100])
        self.tabel.rij_gekozen.connect(self._on_gekozen)
        self.tabel.rij_geactiveerd.connect(lambda _r: self.oppakken())
        tabel_label = QLabel(self.tr("&Inbox"), self)
        tabel_label.setObjectName("sectie")
        tabel_label.setBuddy(self.tabel)
        self.leeg_label = QLabel(self.tr("Er zijn geen nieuwe signalen."), self)
        self.leeg_label.setObjectName("leeg")
        self.leeg_label.hide()
        self.detail = QTextBrowser(self)
        self.detail.setOpenLinks(False)
        self.detail.setAccessibleName(self.tr("Uitleg bij het signaal"))

        def knop(naam: str, tekst: str, kleur: str, tip: str) -> QPushButton:
            k = QPushButton(icon(naam, kleur), tekst, self)
            k.setToolTip(tip)
            k.setAccessibleDescription(tip)
            return k

        self.oppakken_knop = knop(
            "ok", self.tr("&Oppakken"), kleuren.accent, self.tr("Het signaal gaat naar 'in behandeling' (Enter)")
        )
        self.traject_knop = knop(
            "begeleider",
            self.tr("&Aanmelden voor begeleiding…"),
            kleuren.accent,
            self.tr("Een begeleidingstraject starten met dit signaal als reden"),
        )
        self.taak_knop = knop("taak", self.tr("&Taak maken…"), kleuren.accent, self.tr("Een taak om dit op te volgen"))
        self.afhandelen_knop = knop(
            "ok", self.tr("Af&handelen…"), kleuren.ok, self.tr("Het signaal is opgepakt en klaar: afsluiten")
        )
        self.onterecht_knop = knop(
            "sluiten",
            self.tr("O&nterecht…"),
            kleuren.urgent,
            self.tr("Het signaal klopt niet: afsluiten met een reden"),
        )
        self.klantbeeld_knop = knop(
            "klantbeeld", self.tr("&Klantbeeld openen"), kleuren.accent, self.tr("Het klantbeeld van deze burger")
        )
        self.oppakken_knop.clicked.connect(self.oppakken)
        self.traject_knop.clicked.connect(self.meld_aan)
        self.taak_knop.clicked.connect(self.maak_taak)
        self.afhandelen_knop.clicked.connect(self.handel_af)
        self.onterecht_knop.clicked.connect(self.wijs_af)
        self.klantbeeld_knop.clicked.connect(self._open_klantbeeld)
        self.actie_bezig = BezigIndicator(self.tr("Vastleggen…"), self)

        # --- layout ------------------------------------------------------------------------------------------
        kop = QHBoxLayout()
        kop.addWidget(titel)
        kop.addSpacing(12)
        kop.addWidget(self.bezig)
        kop.addStretch(1)
        kop.addWidget(self.vernieuw_knop)
        filters = QHBoxLayout()
        filters.addWidget(type_label)
        filters.addWidget(self.type_keuze)
        filters.addSpacing(12)
        filters.addWidget(self.mijn_vink)
        filters.addStretch(1)
        filters.addWidget(self.aantal_label)
        boven = QWidget(self)
        b = QVBoxLayout(boven)
        b.setContentsMargins(0, 0, 0, 0)
        b.addWidget(tabel_label)
        b.addWidget(self.leeg_label)
        b.addWidget(self.tabel, 1)
        onder = QWidget(self)
        o = QVBoxLayout(onder)
        o.setContentsMargins(0, 0, 0, 0)
        o.addWidget(self.detail, 1)
        knoppen = QHBoxLayout()
        for k in (self.oppakken_knop, self.traject_knop, self.taak_knop, self.afhandelen_knop, self.onterecht_knop):
            knoppen.addWidget(k)
        knoppen.addWidget(self.actie_bezig)
        knoppen.addStretch(1)
        knoppen.addWidget(self.klantbeeld_knop)
        o.addLayout(knoppen)
        splitser = QSplitter(Qt.Orientation.Vertical, self)
        splitser.addWidget(boven)
        splitser.addWidget(onder)
        splitser.setChildrenCollapsible(False)
        splitser.setStretchFactor(0, 3)
        splitser.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(6)
        layout.addWidget(self.melding)
        layout.addLayout(kop)
        layout.addWidget(uitleg)
        layout.addLayout(filters)
        layout.addWidget(splitser, 1)
        volgorde = (
            self.type_keuze,
            self.mijn_vink,
            self.tabel,
            self.detail,
            self.oppakken_knop,
            self.traject_knop,
            self.taak_knop,
            self.afhandelen_knop,
            self.onterecht_knop,
            self.klantbeeld_knop,
            self.vernieuw_knop,
        )
        for a, c in itertools.pairwise(volgorde):
            self.setTabOrder(a, c)

        self.vernieuw_actie = QAction(self.tr("Vernieuwen"), self)
        self.vernieuw_actie.setShortcut(QKeySequence.StandardKey.Refresh)
        self.vernieuw_actie.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.vernieuw_actie.triggered.connect(self.vernieuw)
        self.addAction(self.vernieuw_actie)
        self._on_gekozen(None)

    # --- loading -----------------------------------------------------------------------------------------

    @property
    def gekozen(self) -> InboxSignaalRow | None:
        rij = self.tabel.huidige_rij()
        return rij if isinstance(rij, InboxSignaalRow) else None

    def focus_inhoud(self) -> None:
        if self.proxy.rowCount() > 0:
            if not self.tabel.currentIndex().isValid():
                self.tabel.kies_eerste()
            self.tabel.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._focus_na_laden = not self._geladen  # the first rows are on their way: the table gets the focus
            self.type_keuze.setFocus(Qt.FocusReason.OtherFocusReason)

    def toon_als_nodig(self) -> None:
        """Called when the view is shown: the first time it loads (F5 reloads)."""
        if not self._geladen and not self.taken.bezig:
            self.vernieuw()

    def _vul_types(self, per_type: dict[SignaalType, int], totaal: int) -> None:
        gekozen = self.type_keuze.currentData()
        self.type_keuze.blockSignals(True)
        self.type_keuze.clear()
        self.type_keuze.addItem(self.tr("Alle soorten (%1)").replace("%1", str(totaal)), None)
        for soort in SignaalType:
            self.type_keuze.addItem(f"{soort.label} ({per_type.get(soort, 0)})", soort)
        index = self.type_keuze.findData(gekozen) if gekozen is not None else 0
        self.type_keuze.setCurrentIndex(max(index, 0))
        self.type_keuze.blockSignals(False)

    def vernieuw(self, *, kies: int | None = None) -> None:
        """Load the inbox with the chosen filters (F5)."""
        self._generatie += 1
        generatie = self._generatie
        dienst, actor = self._dienst, self._actor
        soort = self.type_keuze.currentData()
        types = None if soort is None else [SignaalType(soort)]  # a combo box hands back the plain text
        mijn = self.mijn_vink.isChecked()
        vorige = kies if kies is not None else (self.gekozen.id if self.gekozen is not None else None)

        def stap() -> None:
            self.taken.submit(
                lambda: dienst.inbox(actor, types=types, alleen_mijn_caseload=mijn),
                lambda inbox: self._na_laden(generatie, inbox, vorige),
                lambda fout: self._fout(fout, stap, self.tr("De signalen konden niet worden geladen.")),
            )

        self._opnieuw = stap
        stap()

    def _na_laden(self, generatie: int, inbox: SignaalInbox, vorige: int | None) -> None:
        if generatie != self._generatie:
            return
        self._geladen = True
        self._vul_types(inbox.per_type, sum(inbox.per_type.values()))
        self.model.zet_rijen(inbox.rijen)
        if len(inbox.rijen) < inbox.totaal:
            tekst = self.tr("%1 van %2 signalen getoond").replace("%1", str(len(inbox.rijen)))
            self.aantal_label.setText(tekst.replace("%2", str(inbox.totaal)))
        else:
            self.aantal_label.setText(
                self.tr("1 signaal") if inbox.totaal == 1 else self.tr("%1 signalen").replace("%1", str(inbox.totaal))
            )
        self._kies(vorige)
        if self._focus_na_laden and _focus_vrij(self.type_keuze) and self.proxy.rowCount():
            self.tabel.setFocus(Qt.FocusReason.OtherFocusReason)
        self._focus_na_laden = False

    def _kies(self, signaal_id: int | None) -> None:
        leeg = self.proxy.rowCount() == 0
        self.leeg_label.setVisible(leeg)
        self.tabel.setVisible(not leeg)
        rij = 0
        for i in range(self.proxy.rowCount()):
            if self.proxy.rij(i).id == signaal_id:
                rij = i
                break
        if not leeg:
            self.tabel.setCurrentIndex(self.proxy.index(rij, 0))
        else:
            self._on_gekozen(None)

    def _on_gekozen(self, s: InboxSignaalRow | None) -> None:
        if s is None:
            self.detail.setHtml(
                "<p>" + html.escape(self.tr("Kies een signaal om de uitleg en de acties te zien.")) + "</p>"
            )
            for k in self._actieknoppen():
                k.setEnabled(False)
            self.klantbeeld_knop.setEnabled(False)
            return
        self.detail.setHtml(signaal_html(s, self.model.leeftijd(s)))
        vrij = self.mag_behandelen and not self._bezig_met_actie
        open_ = s.status not in _GESLOTEN
        self.oppakken_knop.setEnabled(vrij and s.status is SignaalStatus.NIEUW)
        self.traject_knop.setEnabled(vrij and open_ and self.mag_aanmelden and s.traject_id is None)
        self.traject_knop.setToolTip(
            self.tr("De burger heeft al een open begeleidingstraject")
            if s.traject_id is not None
            else self.tr("Een begeleidingstraject starten met dit signaal als reden")
        )
        self.taak_knop.setEnabled(vrij and open_)
        self.afhandelen_knop.setEnabled(vrij and open_)
        self.onterecht_knop.setEnabled(vrij and open_)
        self.klantbeeld_knop.setEnabled(True)

    def _actieknoppen(self) -> tuple[QPushButton, ...]:
        return (self.oppakken_knop, self.traject_knop, self.taak_knop, self.afhandelen_knop, self.onterecht_knop)

    # --- actions -----------------------------------------------------------------------------------------

    def oppakken(self) -> None:
        """Enter / "Oppakken": nieuw → in behandeling."""
        s = self.gekozen
        if s is None or not self.oppakken_knop.isEnabled():
            return
        dienst, actor = self._dienst, self._actor
        self._voer_uit(
            lambda: dienst.accepteer_signaal(actor, s.id, s.version),
            lambda nieuw: self._vervang(nieuw, self.tr("Signaal opgepakt: %1 staat nu in behandeling.")),
        )

    def handel_af(self) -> None:
        s = self.gekozen
        if s is None or not self.afhandelen_knop.isEnabled():
            return
        toelichting = RedenDialoog.ask(
            self,
            self._kleuren,
            titel=self.tr("Signaal afhandelen"),
            vraag=self.tr("Het signaal '%1' over %2 wordt afgesloten als afgehandeld. Wat is er gedaan?")
            .replace("%1", s.type_label)
            .replace("%2", s.naam),
            label=self.tr("&Toelichting (niet verplicht):"),
            knop=self.tr("&Afhandelen"),
            verplicht=False,
        )
        if toelichting is None:
            return
        dienst, actor = self._dienst, self._actor
        self._voer_uit(
            lambda: dienst.handel_signaal_af(actor, s.id, s.version, toelichting or None),
            lambda nieuw: self._vervang(nieuw, self.tr("Signaal over %1 afgehandeld.")),
        )

    def wijs_af(self) -> None:
        s = self.gekozen
        if s is None or not self.onterecht_knop.isEnabled():
            return
        reden = RedenDialoog.ask(
            self,
            self._kleuren,
            titel=self.tr("Signaal onterecht"),
            vraag=self.tr(
                "Het signaal '%1' over %2 wordt afgesloten als onterecht. Waarom klopt het niet? De reden helpt de "
                "signaalregels te verbeteren."
            )
            .replace("%1", s.type_label)
            .replace("%2", s.naam),
            label=self.tr("&Reden (verplicht):"),
            knop=self.tr("&Onterecht"),
            verplicht=True,
        )
        if not reden:
            return
        dienst, actor = self._dienst, self._actor
        self._voer_uit(
            lambda: dienst.wijs_signaal_af(actor, s.id, s.version, reden),
            lambda nieuw: self._vervang(nieuw, self.tr("Signaal over %1 afgesloten als onterecht.")),
        )

    def meld_aan(self) -> None:
        s = self.gekozen
        if s is None or not self.traject_knop.isEnabled():
            return
        keuze = TrajectUitSignaalDialoog.ask(self, s.naam, s.ernst.value == "urgent")
        if keuze is None:
            return
        dienst, actor, vandaag = self._dienst, self._actor, self._vandaag()
        begeleider = actor.id if keuze.in_mijn_caseload else None

        def doe() -> InboxSignaalRow:
            dienst.traject_uit_signaal(
                actor, s.id, s.version, vandaag=vandaag, begeleider_id=begeleider, prioriteit=keuze.prioriteit
            )
            return dienst.signaal(actor, s.id)

        waar = self.tr("in uw caseload") if keuze.in_mijn_caseload else self.tr("in de intakewachtrij")
        self._voer_uit(
            doe,
            lambda nieuw: self._vervang(
                nieuw,
                self.tr(
                    "%1 is aangemeld voor persoonlijke begeleiding (%2). Eerste contact binnen 5 werkdagen."
                ).replace("%2", waar),
            ),
        )

    def maak_taak(self) -> None:
        s = self.gekozen
        if s is None or not self.taak_knop.isEnabled():
            return
        vandaag = self._vandaag()
        keuze = TaakUitSignaalDialoog.ask(
            self, self._kleuren, self.tr("Opvolgen: %1").replace("%1", s.type_label), vandaag
        )
        if keuze is None:
            return
        dienst, actor = self._dienst, self._actor

        def doe() -> InboxSignaalRow:
            dienst.taak_uit_signaal(
                actor, s.id, s.version, omschrijving=keuze.omschrijving, vervaldatum=keuze.vervaldatum, vandaag=vandaag
            )
            return dienst.signaal(actor, s.id)

        self._voer_uit(
            doe,
            lambda nieuw: self._vervang(
                nieuw,
                self.tr("Taak gemaakt voor %1, uiterlijk %2.").replace("%2", formaat.datum(keuze.vervaldatum)),
            ),
        )

    def _voer_uit(self, doe: Callable[[], InboxSignaalRow], klaar: Callable[[InboxSignaalRow], None]) -> None:
        def stap() -> None:
            self._zet_bezig(True)
            self.taken.submit(
                doe,
                lambda nieuw: (self._zet_bezig(False), klaar(nieuw)),
                lambda fout: self._actie_fout(fout, stap),
            )

        self.melding.verberg()
        stap()

    def _zet_bezig(self, bezig: bool) -> None:
        self._bezig_met_actie = bezig
        self.actie_bezig.zet_actief(bezig)
        self._on_gekozen(self.gekozen)

    def _vervang(self, nieuw: InboxSignaalRow, tekst: str) -> None:
        """Show the signal's new status in place (a closed one leaves the list) and say what happened."""
        rijen = [r for r in self.model.rijen() if r.id != nieuw.id or nieuw.status not in _GESLOTEN]
        rijen = [nieuw if r.id == nieuw.id else r for r in rijen]
        volgende = self._volgende_id(nieuw.id) if nieuw.status in _GESLOTEN else nieuw.id
        self.model.zet_rijen(rijen)
        self._kies(volgende)
        self.melding.toon(Status.OK, tekst.replace("%1", nieuw.naam))
        self.gewijzigd.emit()

    def _volgende_id(self, signaal_id: int) -> int | None:
        """The id of the row below (or above) the given one, to keep the keyboard's place after it leaves."""
        for i in range(self.proxy.rowCount()):
            if self.proxy.rij(i).id == signaal_id:
                for j in (i + 1, i - 1):
                    if 0 <= j < self.proxy.rowCount():
                        return self.proxy.rij(j).id
        return None

    def _actie_fout(self, fout: BaseException, opnieuw: Callable[[], None]) -> None:
        self._zet_bezig(False)
        if isinstance(fout, Conflict):
            wie = fout.gewijzigd_door or self.tr("een collega")
            self.melding.toon(
                Status.AANDACHT,
                self.tr("%1 heeft dit signaal intussen behandeld of gewijzigd. De lijst is vernieuwd.").replace(
                    "%1", wie[0].upper() + wie[1:]
                ),
            )
            self.vernieuw()
            return
        self._fout(fout, opnieuw, self.tr("Dit kon niet worden vastgelegd."))

    def _fout(self, fout: BaseException, opnieuw: Callable[[], None], algemeen: str) -> None:
        self._opnieuw = opnieuw
        if isinstance(fout, Validatiefout):
            self.melding.toon_fout(eerste_hoofdletter(f"{fout.veld}: {fout.melding}"), opnieuw=False)
        elif isinstance(fout, GeenToegang | NietGevonden):
            self.melding.toon_fout(fout.melding, opnieuw=False)
        elif isinstance(fout, OpslagFout):
            self.melding.toon_fout(fout.melding, opnieuw=True)
        else:
            log.error("Signalen: onverwachte fout", exc_info=fout)
            self.melding.toon_fout(algemeen + " " + self.tr("De details staan in het logbestand."), opnieuw=True)

    def _on_opnieuw(self) -> None:
        if self._opnieuw is not None:
            opnieuw, self._opnieuw = self._opnieuw, None
            self.melding.verberg()
            opnieuw()

    def _open_klantbeeld(self) -> None:
        s = self.gekozen
        if s is not None:
            self.klantbeeld_gevraagd.emit(s.burger_id, s.naam)


def _focus_vrij(tijdelijk: QWidget) -> bool:
    """The keyboard focus is still where the view put it while loading (or nowhere yet: the window is not
    active yet), so the table may take it; focus the user moved elsewhere in the meantime is left alone."""
    huidig = tijdelijk.window().focusWidget()
    return huidig is None or huidig is tijdelijk
