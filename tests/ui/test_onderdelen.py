"""Widgets and resources: the chart, the icon set, the stylesheet with the palette, the dark palette."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPalette

from ui.palet import LINTBLAUW, Status, kleuren_voor
from ui.resources import icon, resources_dir, stylesheet
from ui.widgets.grafiek import GrafiekPunt, GrafiekReeks, VoorschotGrafiek

pytestmark = pytest.mark.gui


def test_grafiek_tekent_en_beschrijft_voorschot_en_definitief(qtbot, kleuren) -> None:
    grafiek = VoorschotGrafiek(kleuren)
    qtbot.addWidget(grafiek)
    grafiek.resize(700, 200)
    grafiek.zet_reeksen(
        (
            GrafiekReeks(
                "Huurtoeslag",
                (
                    GrafiekPunt(2024, Decimal(4741), Decimal(3826)),
                    GrafiekPunt(2025, Decimal(5457), Decimal(5304)),
                    GrafiekPunt(2026, Decimal(5300), None),
                ),
            ),
        )
    )
    beeld = grafiek.grab().toImage()
    assert beeld.pixelColor(5, 5).isValid()
    blauw = QColor(kleuren.accent)
    assert any(beeld.pixelColor(x, y) == blauw for x in range(0, 700, 3) for y in range(40, 190, 3))
    assert grafiek.accessibleDescription() == (
        "Huurtoeslag 2024: voorschot € 4.741, definitief € 3.826; Huurtoeslag 2025: voorschot € 5.457, "
        "definitief € 5.304; Huurtoeslag 2026: voorschot € 5.300, definitief nog niet definitief."
    )


def test_elk_icoon_laadt_scherp_en_in_elke_kleur() -> None:
    namen = sorted(p.stem for p in (resources_dir() / "icons").glob("*.svg"))
    assert len(namen) >= 30
    for naam in namen:
        beeld: QImage = icon(naam, "#D52B1E").pixmap(QSize(24, 24), 2.0).toImage()
        assert beeld.width() == 48  # rendered at the device pixel ratio, not scaled up
        assert any(beeld.pixelColor(x, y).alpha() > 0 for x in range(48) for y in range(48)), naam


def test_stylesheet_gebruikt_het_palet_en_laat_geen_namen_open(kleuren) -> None:
    qss = stylesheet(kleuren)
    assert LINTBLAUW in qss
    assert "@" not in qss


def test_donker_systeempalet_geeft_leesbare_kleuren() -> None:
    donker = QPalette()
    donker.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    kleuren = kleuren_voor(donker)
    assert kleuren.donker
    assert QColor(kleuren.tekst).lightness() > 200
    assert kleuren.status(Status.URGENT) != "#D52B1E"  # lighter on a dark background
