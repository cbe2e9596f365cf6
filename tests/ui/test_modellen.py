"""Every Qt model passes QAbstractItemModelTester; the proxy filters and sorts on typed keys."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from models.calc.uitkomst import Stap
from models.domain import InzageReden
from models.store.interfaces import Diensten
from models.store.rows import Klantbeeld, ZoekResultaat
from tests.ui.huishoudens import Huishouden
from ui.palet import Kleuren
from ui.qtmodels.basis import RIJ_ROLE, RijenProxy
from ui.qtmodels.berekening import StapModel, waarde_tekst
from ui.qtmodels.documenten import DocumentModel
from ui.qtmodels.huishouden import KindModel, MedebewonerModel, PartnerModel
from ui.qtmodels.tijdlijn import TijdlijnModel, TijdlijnSoort, tijdlijn_items
from ui.qtmodels.toeslagen import ToeslagModel
from ui.qtmodels.vorderingen import RegelingModel, TermijnModel, VorderingModel
from ui.qtmodels.zoekresultaten import ZoekresultaatModel
from ui.widgets.snelzoeken import Recent, RecentModel

pytestmark = pytest.mark.gui


@pytest.fixture
def klantbeeld(diensten: Diensten, huishouden: Huishouden) -> Klantbeeld:
    return diensten.klantbeelden.laad(huishouden.begeleider, huishouden.burger_id, reden=InzageReden.EIGEN_CASELOAD)


def test_alle_modellen_houden_zich_aan_het_modelcontract(
    qtmodeltester, klantbeeld: Klantbeeld, kleuren: Kleuren
) -> None:
    kb = klantbeeld
    regeling = kb.regelingen[0]
    gevallen = [
        (
            ZoekresultaatModel(),
            [
                ZoekResultaat(
                    kb.burger.id,
                    kb.burger.bsn,
                    kb.burger.naam,
                    kb.burger.geboortedatum,
                    "Grote Markt 12, 8011 AB Zwolle",
                    None,
                )
            ],
        ),
        (TijdlijnModel(kleuren.accent), tijdlijn_items(kb)),
        (ToeslagModel(kleuren), kb.toeslagen),
        (VorderingModel(kleuren), kb.vorderingen),
        (RegelingModel(kleuren), kb.regelingen),
        (TermijnModel(kleuren), regeling.termijnen),
        (PartnerModel(kb.peildatum), kb.partners),
        (KindModel(kb.peildatum), kb.kinderen),
        (MedebewonerModel(), kb.medebewoners),
        (DocumentModel(), kb.documenten),
        (StapModel(), [Stap("Normpremie", Decimal("538.58"), "Normpremie: € 538,58", "Wzt art. 2 lid 2")]),
    ]
    for model, rijen in gevallen:
        assert rijen is not None
        model.zet_rijen(rijen)
        qtmodeltester.check(model)
        proxy = RijenProxy()
        proxy.setSourceModel(model)
        qtmodeltester.check(proxy)
        for kolom in range(model.columnCount()):
            proxy.sort(kolom, Qt.SortOrder.DescendingOrder)  # typed sort keys never raise
    recent = RecentModel()
    recent.voeg_toe(Recent(1, "Fatima El Amrani", "123456782"))
    recent.voeg_toe(Recent(2, "Youssef El Amrani", "111222333"))
    recent.voeg_toe(Recent(1, "Fatima El Amrani", "123456782"))
    qtmodeltester.check(recent)
    assert [r.burger_id for r in recent.items()] == [1, 2]
    assert recent.index(0).data() == "Fatima El Amrani   *****6782"


def test_tijdlijn_nieuwste_eerst_en_filter_op_soort_en_tekst(klantbeeld: Klantbeeld, kleuren: Kleuren) -> None:
    model = TijdlijnModel(kleuren.accent)
    items = tijdlijn_items(klantbeeld)
    model.zet_rijen(items)
    assert [i.volgorde for i in items] == sorted((i.volgorde for i in items), reverse=True)
    proxy = RijenProxy()
    proxy.setSourceModel(model)
    proxy.zet_voorwaarde(lambda i: i.soort == TijdlijnSoort.CONTACT)
    assert proxy.rowCount() == 2
    proxy.zet_tekst("TERUGVORDERING ht")  # case-insensitive, all words, also in the hidden summary
    assert proxy.rowCount() == 1
    assert "Vraag over terugvordering" in proxy.rij(0).titel
    proxy.zet_tekst("definitieve berekening")  # only in the summary text, not in a column
    assert proxy.rowCount() == 1
    proxy.zet_voorwaarde(None)
    proxy.zet_tekst("")
    assert proxy.rowCount() == model.rowCount()


def test_bedragen_rechts_uitgelijnd_en_numeriek_gesorteerd(klantbeeld: Klantbeeld, kleuren: Kleuren) -> None:
    model = VorderingModel(kleuren)
    model.zet_rijen(klantbeeld.vorderingen)
    proxy = RijenProxy()
    proxy.setSourceModel(model)
    open_kolom = 5
    assert model.headerData(open_kolom, Qt.Orientation.Horizontal) == "Open"
    assert model.index(0, open_kolom).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    proxy.sort(open_kolom, Qt.SortOrder.AscendingOrder)
    bedragen = [proxy.rij(r).open for r in range(proxy.rowCount())]
    assert bedragen == sorted(bedragen)  # € 420,18 < € 1.140,00 < € 1.852,00 (not as text)
    assert [proxy.index(r, open_kolom).data() for r in range(3)] == ["€ 420,18", "€ 1.140,00", "€ 1.852,00"]


def test_zoekresultaat_toont_gemaskeerd_bsn_en_leest_het_goed_voor() -> None:
    model = ZoekresultaatModel()
    model.zet_rijen([ZoekResultaat(7, "123456782", "Fatima El Amrani", dt.date(1984, 3, 12), "Grote Markt 12", None)])
    bsn = model.index(0, ZoekresultaatModel.BSN)
    assert bsn.data() == "*****6782"
    assert bsn.data(Qt.ItemDataRole.AccessibleTextRole) == "BSN eindigend op 6 7 8 2"
    assert "123456782" not in " ".join(str(model.index(0, k).data()) for k in range(model.columnCount()))
    assert model.index(0, 0).data(RIJ_ROLE).burger_id == 7


def test_waarde_van_een_rekenstap_in_nederlandse_notatie() -> None:
    assert waarde_tekst(Decimal("28406")) == "28.406"
    assert waarde_tekst(Decimal("0.7981")) == "0,7981"
    assert waarde_tekst(True) == "ja"
    assert waarde_tekst(3) == "3"
