"""Tables of the supervisor's Team view: the caseload distribution, trajecten (intake queue and one begeleider's
caseload) and the selection proposals.

What belongs here: `TeamModel` over `TeamRow` (with a load bar per row, painted by `BelastingDelegate`),
`TrajectModel` over `CaseloadRow`, `SelectieModel` over `SelectieVoorstelRow`, and the pure helpers that turn
those rows into words (`belasting`, `redenen_kort`). Money and dates only through `ui.opmaak`; states as a word
with an icon, never colour alone.

The load bar compares a begeleider's open trajecten with the team average: the sources name no norm for the
caseload per begeleider (DOMAIN.md §4 "sources silent on … caseload per guide"), so the view invents none.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from models import formaat as _formaat
from models.domain import TrajectStatus
from models.store.rows_begeleiding import CaseloadRow, SelectieReden, SelectieVoorstelRow, TeamRow
from ui import opmaak as formaat
from ui.palet import Kleuren, Status
from ui.qtmodels.basis import Kolom, RijenModel, leeg_laatst
from ui.resources import icon
from ui.weergave import STATUS_ICOON, bsn_voorlezen

__all__ = [
    "BALK_ROLE",
    "CRITERIUM",
    "BelastingDelegate",
    "SelectieModel",
    "TeamModel",
    "TrajectModel",
    "belasting",
    "criterium_naam",
    "formaat_getal",
    "redenen_kort",
    "waarde_tekst",
]

Index = QModelIndex | QPersistentModelIndex
BALK_ROLE = Qt.ItemDataRole.UserRole + 20
"""(fraction of the widest bar 0..1, Status) for the load column; None elsewhere."""

HOOG = Decimal("1.25")  # a caseload a quarter above the team average gets the "aandacht" colour and word

_STATUS_WOORD = {"open": "open", "goedgekeurd": "goedgekeurd", "afgewezen": "afgewezen"}


def belasting(open_trajecten: int, gemiddelde: Decimal) -> Decimal | None:
    """Open trajecten as a fraction of the team average (1 = average); None when the team has no trajecten."""
    if gemiddelde <= 0:
        return None
    return (Decimal(open_trajecten) / gemiddelde).quantize(Decimal("0.01"))


CRITERIUM: dict[str, str] = {
    "open_schuld": "Openstaande schuld",
    "schuldduur": "Duur van de schuld",
    "schuld_inkomen": "Schuld tegenover inkomen",
    "lopende_toeslagen": "Lopende toeslagen",
    "kwetsbaarheid": "Kwetsbaarheid",
    "signalen": "Open signalen",
}
"""The Dutch name of each criterion of the selection rule (unknown ones: their key, readable)."""


def criterium_naam(criterium: str) -> str:
    return CRITERIUM.get(criterium, criterium.replace("_", " ").capitalize())


def waarde_tekst(r: SelectieReden) -> str:
    """The value a criterion saw, in Dutch format: € 548,24 / 1,7% / 14 maanden / 2; "–" when there is none."""
    if not r.waarde:
        return "–"
    try:
        waarde = Decimal(r.waarde)
    except ArithmeticError:
        return r.waarde
    if r.criterium == "open_schuld":
        return formaat.euro(waarde)
    if r.criterium == "schuld_inkomen":
        return _formaat.procent(waarde * 100, 1)
    if r.criterium == "schuldduur":
        return f"{waarde} maanden"
    return _formaat.getal(waarde, 0 if waarde == waarde.to_integral_value() else 2)


def redenen_kort(v: SelectieVoorstelRow) -> str:
    """The criteria that gave points, shortest form: 'openstaande schuld 1, duur van de schuld 2'."""
    delen = [f"{criterium_naam(r.criterium).lower()} {r.punten}" for r in v.redenen if r.punten]
    return ", ".join(delen) or "–"


def _status_icoon(kleuren: Kleuren, status: Status) -> QIcon:
    return icon(STATUS_ICOON[status], kleuren.status(status))


# --- the team distribution ------------------------------------------------------------------------------------


class TeamModel(RijenModel[TeamRow]):
    """One row per begeleider; the last column is the load bar (see `BelastingDelegate`)."""

    BELASTING_KOLOM = 8

    def __init__(self, kleuren: Kleuren) -> None:
        self._kleuren = kleuren
        self._gemiddelde = Decimal(0)
        self._hoogste = 0
        super().__init__()

    @property
    def gemiddelde(self) -> Decimal:
        """The team's average of open trajecten per begeleider (one decimal)."""
        return self._gemiddelde

    def zet_rijen(self, rijen: Sequence[TeamRow]) -> None:
        lijst = list(rijen)
        totaal = sum(r.open_trajecten for r in lijst)
        self._gemiddelde = (Decimal(totaal) / len(lijst)).quantize(Decimal("0.1")) if lijst else Decimal(0)
        self._hoogste = max((r.open_trajecten for r in lijst), default=0)
        super().zet_rijen(lijst)

    def _kolommen(self) -> list[Kolom[TeamRow]]:
        return [
            Kolom(self.tr("Begeleider"), lambda r: r.naam, icoon=lambda r: icon("begeleider", self._kleuren.accent)),
            Kolom(self.tr("Team"), lambda r: r.team or "–"),
            Kolom(self.tr("Open"), lambda r: str(r.open_trajecten), sorteer=lambda r: r.open_trajecten, bedrag=True),
            Kolom(self.tr("Aangemeld"), lambda r: str(r.aangemeld), sorteer=lambda r: r.aangemeld, bedrag=True),
            Kolom(self.tr("Intake"), lambda r: str(r.intake), sorteer=lambda r: r.intake, bedrag=True),
            Kolom(self.tr("Actief"), lambda r: str(r.actief), sorteer=lambda r: r.actief, bedrag=True),
            Kolom(
                self.tr("Intakes te laat"),
                self._te_laat,
                sorteer=lambda r: r.intakes_te_laat,
                icoon=lambda r: _status_icoon(self._kleuren, Status.URGENT) if r.intakes_te_laat else None,
                tooltip=lambda r: self.tr("Eerste contact niet binnen 5 werkdagen na aanmelding"),
            ),
            Kolom(
                self.tr("Open signalen"),
                self._signalen,
                sorteer=lambda r: (r.urgente_signalen, r.open_signalen),
                icoon=lambda r: _status_icoon(self._kleuren, Status.URGENT) if r.urgente_signalen else None,
            ),
            Kolom(
                self.tr("Belasting"),
                self._belasting_tekst,
                sorteer=lambda r: r.open_trajecten,
                tooltip=lambda r: self.tr(
                    "Open trajecten vergeleken met het teamgemiddelde van %1. Er is geen vastgestelde norm voor de "
                    "caseload per begeleider."
                ).replace("%1", formaat_getal(self._gemiddelde)),
            ),
            Kolom(
                self.tr("Taken te laat"),
                lambda r: str(r.taken_te_laat),
                sorteer=lambda r: r.taken_te_laat,
                bedrag=True,
            ),
        ]

    def _te_laat(self, r: TeamRow) -> str:
        return str(r.intakes_te_laat) + (" " + self.tr("te laat") if r.intakes_te_laat else "")

    def _signalen(self, r: TeamRow) -> str:
        if not r.urgente_signalen:
            return str(r.open_signalen)
        return self.tr("%1 (%2 urgent)").replace("%1", str(r.open_signalen)).replace("%2", str(r.urgente_signalen))

    def _belasting_tekst(self, r: TeamRow) -> str:
        b = belasting(r.open_trajecten, self._gemiddelde)
        if b is None:
            return "–"
        procent = f"{int((b * 100).to_integral_value())}%"
        return procent + (" " + self.tr("hoog") if b >= HOOG else "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == BALK_ROLE and index.isValid() and index.column() == self.BELASTING_KOLOM:
            r = self.rij(index.row())
            if self._hoogste <= 0:
                return None
            b = belasting(r.open_trajecten, self._gemiddelde)
            status = Status.AANDACHT if b is not None and b >= HOOG else Status.INFO
            return (r.open_trajecten / self._hoogste, status)
        return super().data(index, role)


def formaat_getal(waarde: Decimal) -> str:
    """A decimal with one decimal in Dutch format: 28,5 (1.234,5)."""
    return _formaat.getal(waarde, 1)


class BelastingDelegate(QStyledItemDelegate):
    """Paints a small horizontal bar behind the load text: the width is the share of the largest caseload."""

    def __init__(self, kleuren: Kleuren, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kleuren = kleuren

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        balk = index.data(BALK_ROLE)
        if balk is None:
            super().paint(painter, option, index)
            return
        deel, status = balk
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        tekst = opt.text
        opt.text = ""
        stijl = opt.widget.style() if opt.widget is not None else None
        if stijl is not None:
            stijl.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        r = option.rect.adjusted(4, 6, -4, -6)
        tekst_breedte = option.fontMetrics.horizontalAdvance("0000% hoog") + 8
        balk_breedte = max(r.width() - tekst_breedte, 20)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(self._kleuren.lijn))
        painter.drawRoundedRect(QRect(r.left(), r.top(), balk_breedte, r.height()), 2, 2)
        painter.setBrush(QColor(self._kleuren.status(status)))
        painter.drawRoundedRect(QRect(r.left(), r.top(), max(int(balk_breedte * deel), 2), r.height()), 2, 2)
        geselecteerd = bool(option.state & QStyle.StateFlag.State_Selected)
        groep = (
            QPalette.ColorGroup.Active if option.state & QStyle.StateFlag.State_Active else QPalette.ColorGroup.Inactive
        )
        rol = QPalette.ColorRole.HighlightedText if geselecteerd else QPalette.ColorRole.Text
        kleur = option.palette.color(groep, rol)
        painter.setPen(kleur)
        painter.drawText(
            QRect(r.left() + balk_breedte + 8, option.rect.top(), tekst_breedte, option.rect.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            tekst,
        )
        painter.restore()


# --- trajecten: the intake queue and one begeleider's caseload ----------------------------------------------------


class TrajectModel(RijenModel[CaseloadRow]):
    """Trajecten with who, where they came from, their state and the intake deadline."""

    def __init__(self, kleuren: Kleuren, vandaag: Callable[[], dt.date], *, met_begeleider: bool = False) -> None:
        self._kleuren = kleuren
        self._vandaag = vandaag
        self._met_begeleider = met_begeleider
        super().__init__()

    def _kolommen(self) -> list[Kolom[CaseloadRow]]:
        kolommen: list[Kolom[CaseloadRow]] = [
            Kolom(self.tr("Burger"), lambda r: r.naam),
            Kolom(self.tr("BSN"), lambda r: r.bsn_gemaskeerd, toegankelijk=lambda r: bsn_voorlezen(r.bsn_gemaskeerd)),
            Kolom(
                self.tr("Bron"),
                lambda r: r.bron.label,
                tooltip=lambda r: r.bron_toelichting or None,
            ),
            Kolom(self.tr("Status"), lambda r: r.status.label),
            Kolom(self.tr("Prioriteit"), lambda r: r.prioriteit_label, sorteer=lambda r: r.prioriteit),
            Kolom(
                self.tr("Aangemeld"),
                lambda r: formaat.datum(r.aangemeld_op),
                sorteer=lambda r: r.aangemeld_op,
                bedrag=True,
            ),
            Kolom(
                self.tr("Intake uiterlijk"),
                self._intake,
                sorteer=lambda r: leeg_laatst(r.werkdagen_tot_intake),
                icoon=lambda r: _status_icoon(self._kleuren, Status.URGENT) if r.intake_te_laat else None,
            ),
            Kolom(
                self.tr("Signalen"),
                lambda r: str(r.open_signalen) + (f" ({r.urgente_signalen} urgent)" if r.urgente_signalen else ""),
                sorteer=lambda r: (r.urgente_signalen, r.open_signalen),
            ),
            Kolom(
                self.tr("Volgende actie"),
                self._actie,
                sorteer=lambda r: leeg_laatst(r.volgende_actie_op),
                icoon=lambda r: _status_icoon(self._kleuren, Status.URGENT) if r.volgende_actie_te_laat else None,
                tooltip=lambda r: r.volgende_actie,
            ),
            Kolom(
                self.tr("Open schuld"),
                lambda r: formaat.euro(r.open_schuld),
                sorteer=lambda r: r.open_schuld,
                bedrag=True,
            ),
        ]
        if self._met_begeleider:
            kolommen.insert(3, Kolom(self.tr("Begeleider"), lambda r: r.begeleider or self.tr("niemand")))
        return kolommen

    def _actie(self, r: CaseloadRow) -> str:
        if r.volgende_actie is None:
            return "–"
        if r.volgende_actie_op is None:
            return r.volgende_actie
        te_laat = " " + self.tr("te laat") if r.volgende_actie_te_laat else ""
        return f"{formaat.datum(r.volgende_actie_op)}{te_laat}: {r.volgende_actie}"

    def _intake(self, r: CaseloadRow) -> str:
        if r.status is not TrajectStatus.AANGEMELD or r.eerste_contact_op is not None:
            return self.tr("gedaan")
        tekst = formaat.datum(r.intake_uiterlijk)
        if r.intake_te_laat:
            return tekst + " " + self.tr("te laat")
        return tekst


# --- selection proposals --------------------------------------------------------------------------------------------


class SelectieModel(RijenModel[SelectieVoorstelRow]):
    """Selection proposals, highest score first; one's own proposals say "(uzelf)"."""

    def __init__(self, kleuren: Kleuren, actor_id: int) -> None:
        self._kleuren = kleuren
        self._actor_id = actor_id
        super().__init__()

    def _kolommen(self) -> list[Kolom[SelectieVoorstelRow]]:
        return [
            Kolom(self.tr("Burger"), lambda r: r.naam),
            Kolom(self.tr("BSN"), lambda r: r.bsn_gemaskeerd, toegankelijk=lambda r: bsn_voorlezen(r.bsn_gemaskeerd)),
            Kolom(
                self.tr("Score"),
                lambda r: self.tr("%1 van drempel %2").replace("%1", str(r.score)).replace("%2", str(r.drempel)),
                sorteer=lambda r: r.score,
            ),
            Kolom(self.tr("Punten voor"), redenen_kort, tooltip=lambda r: r.motivatie),
            Kolom(self.tr("Status"), lambda r: _STATUS_WOORD.get(r.status, r.status), icoon=self._status),
            Kolom(self.tr("Voorgesteld door"), self._door),
            Kolom(
                self.tr("Ingediend"),
                lambda r: formaat.datum(r.ingediend_op.astimezone().date()),
                sorteer=lambda r: r.ingediend_op,
                bedrag=True,
            ),
            Kolom(self.tr("Regel"), lambda r: r.regel),
        ]

    def _door(self, r: SelectieVoorstelRow) -> str:
        return r.voorgesteld_door + (" " + self.tr("(uzelf)") if r.voorgesteld_door_id == self._actor_id else "")

    def _status(self, r: SelectieVoorstelRow) -> QIcon | None:
        if r.status == "goedgekeurd":
            return _status_icoon(self._kleuren, Status.OK)
        if r.status == "afgewezen":
            return _status_icoon(self._kleuren, Status.INFO)
        return None
