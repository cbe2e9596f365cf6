"""The printed overview for the citizen (issue #7): rendered to PDF and to PNG, in Dutch and English.

The overview is filled from the restricted (balie) klantbeeld of the wireframe household (tests/ui/huishoudens):
three running toeslagen, three claims (one in an arrangement, one in aanmaning, one open) and an active
arrangement with a begeleider.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from models import formaat
from models.domain import InzageReden
from models.letters.gegevens import Hulp
from models.letters.overzicht import Overzicht, overzicht, render_overzicht
from models.letters.teksten import Teksten
from models.store.klantbeeld import KlantbeeldRepository
from models.store.opslag import Opslag
from models.store.rows import Klantbeeld
from tests.letters.pdfhulp import A4_PT, formaten, inktaandeel, lettertypen, paginas, paginateksten, tekst
from tests.ui.huishoudens import bouw_huishouden

ROOT = Path(__file__).resolve().parents[2]
FONTS = ROOT / "resources" / "fonts"
LETTERS = ROOT / "resources" / "letters"
VANDAAG = dt.date(2026, 11, 27)


@pytest.fixture
def klantbeeld(sqlite_opslag: Opslag) -> Klantbeeld:
    hh = bouw_huishouden(sqlite_opslag, vandaag=VANDAAG)
    return KlantbeeldRepository(sqlite_opslag).laad(
        hh.balie, hh.burger_id, reden=InzageReden.BALIEBEZOEK, context="balie", peildatum=VANDAAG
    )


def _overzicht(kb: Klantbeeld, taal: str = "nl") -> Overzicht:
    return Overzicht.uit_klantbeeld(kb, taal=taal, vandaag=VANDAAG, hulp=Hulp("J. de Vries", "070-1234567"))


def test_nederlands_en_engels_hebben_dezelfde_sleutels() -> None:
    nl = {k: v for k, v in Teksten(LETTERS, "nl").sleutels().items() if k.startswith("overzicht.")}
    en = {k: v for k, v in Teksten(LETTERS, "en").sleutels().items() if k.startswith("overzicht.")}
    assert nl and nl == en


def test_gegevens_uit_het_beperkte_klantbeeld(klantbeeld: Klantbeeld) -> None:
    o = _overzicht(klantbeeld)
    assert klantbeeld.beperkt
    assert [x.regeling.value for x in o.toeslagen] == ["huurtoeslag", "kindgebonden_budget", "zorgtoeslag"]
    assert all(x.jaar == 2026 for x in o.toeslagen)
    assert {v.status for v in o.vorderingen} == {"in_regeling", "aanmaning", "open"}
    assert o.open_totaal == klantbeeld.open_schuld
    assert o.regeling is not None and o.regeling.termijnbedrag == Decimal(85)
    assert o.regeling.volgende is not None and o.regeling.betaald_aantal == 13
    assert len(o.buiten_regeling) == 2


@pytest.mark.parametrize("taal", ["nl", "en"])
def test_pdf_heeft_de_kernfeiten_en_rendert(klantbeeld: Klantbeeld, taal: str, tmp_path: Path) -> None:
    o = _overzicht(klantbeeld, taal)
    pdf = render_overzicht(o, FONTS, LETTERS)
    assert pdf.startswith(b"%PDF-")
    inhoud = tekst(pdf)
    t = Teksten(LETTERS, taal)
    assert t.platte_tekst("overzicht.onderwerp") in inhoud
    assert "Fatima El Amrani" in inhoud
    # every running toeslag with this month's voorschot, in the letter's money format
    for x in o.toeslagen:
        assert formaat.euro(x.voorschot_maand, taal) in inhoud
    # the open claims and their total; the arrangement's monthly amount and next date
    for v in o.vorderingen:
        assert v.kenmerk in inhoud
    assert formaat.euro(o.open_totaal, taal) in inhoud
    assert o.regeling is not None and o.regeling.volgende is not None
    assert formaat.datum(o.regeling.volgende.nieuwe_vervaldatum or o.regeling.volgende.vervaldatum, taal) in inhoud
    assert formaat.euro(Decimal(85), taal) in inhoud
    # help: the begeleider with phone, the BelastingTelefoon from the letter texts, no invented numbers
    assert "J. de Vries" in inhoud and "070-1234567" in inhoud
    assert "0800-0543" in inhoud
    # what to do next: the "report a change" step
    assert ("Mijn toeslagen" in inhoud) and (("4 weken" in inhoud) if taal == "nl" else ("4 weeks" in inhoud))
    # nothing the counter may not see
    assert "Youssef" not in inhoud
    assert "laaggeletterdheid" not in inhoud and "15:00" not in inhoud
    # A4, embedded DejaVu, every page has ink; PNG renders written for a visual check
    assert all(abs(w - A4_PT[0]) < 1 and abs(h - A4_PT[1]) < 1 for w, h in formaten(pdf))
    assert any("DejaVu" in f for f in lettertypen(pdf))
    doc = pdfium.PdfDocument(pdf)
    for i in range(paginas(pdf)):
        assert inktaandeel(pdf, i) > 0.01
        doc[i].render(scale=1).to_pil().save(tmp_path / f"overzicht-{taal}-{i + 1}.png")
    assert (tmp_path / f"overzicht-{taal}-1.png").stat().st_size > 10_000


def test_engelse_versie_is_engels(klantbeeld: Klantbeeld) -> None:
    inhoud = tekst(render_overzicht(_overzicht(klantbeeld, "en"), FONTS, LETTERS))
    assert "Your benefits now" in inhoud and "What you still have to pay" in inhoud
    assert "Uw toeslagen nu" not in inhoud


def test_zonder_toeslagen_en_schuld_zegt_het_dat(klantbeeld: Klantbeeld) -> None:
    leeg = replace(klantbeeld, toeslagen=(), vorderingen=(), regelingen=(), beschikkingen=())
    o = _overzicht(leeg)
    inhoud = tekst(render_overzicht(o, FONTS, LETTERS))
    t = Teksten(LETTERS, "nl")
    assert t.platte_tekst("overzicht.toeslagen_geen") in inhoud
    assert t.platte_tekst("overzicht.schuld_geen") in inhoud
    assert t.platte_tekst("overzicht.hoofd_leeg") in inhoud


def test_bezwaartermijn_van_recente_beslissing(klantbeeld: Klantbeeld) -> None:
    recent = replace(klantbeeld.beschikkingen[0], datum=dt.date(2026, 11, 1), bezwaar_uiterlijk=dt.date(2026, 12, 13))
    o = _overzicht(replace(klantbeeld, beschikkingen=(recent, *klantbeeld.beschikkingen[1:])))
    brief = overzicht(o, LETTERS)
    assert any(
        getattr(b, "titel", "") == Teksten(LETTERS, "nl").platte_tekst("overzicht.beslissingen_titel")
        for b in brief.blokken
    )
    inhoud = tekst(render_overzicht(o, FONTS, LETTERS))
    assert "13-12-2026" in inhoud


def test_beslissingen_in_de_taal_van_de_brief_en_groet_bij_de_hulp(klantbeeld: Klantbeeld) -> None:
    recent = replace(klantbeeld.beschikkingen[0], datum=dt.date(2026, 11, 1), bezwaar_uiterlijk=dt.date(2026, 12, 13))
    kb = replace(klantbeeld, beschikkingen=(recent, *klantbeeld.beschikkingen[1:]))
    pdf = render_overzicht(_overzicht(kb, "en"), FONTS, LETTERS)
    inhoud = tekst(pdf)
    regeling = next(t for t in kb.toeslagen if t.id == recent.toeslag_id).regeling
    naam = Teksten(LETTERS, "en").platte_tekst(f"algemeen.regeling.{regeling.value}")
    assert f"Advance payment for {naam}" in inhoud and recent.omschrijving not in inhoud
    laatste = paginateksten(pdf)[-1]
    assert "Need help?" in laatste and "Kind regards" in laatste
