"""The letters framework and the beschikking letters: texts, escaping, rendering, facts on the page, determinism."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest

from models.letters.beschikkingen import brief_voor, render_beschikking
from models.letters.bouwstenen import Brief
from models.letters.gegevens import Ontvanger, betaal_uiterlijk, bezwaar_uiterlijk
from models.letters.onderdelen import (
    aanhef,
    afsluiting,
    briefkop,
    hulp_sectie,
    masker_iban,
    termijnen_blok,
)
from models.letters.render import render_brief
from models.letters.teksten import Opmaak, Teksten, vul, xml
from models.store.rows import TermijnRow
from tests.letters import voorbeelden as v
from tests.letters.pdfhulp import A4_PT, formaten, inktaandeel, lettertypen, paginas, paginateksten, tekst

# --- texts ---------------------------------------------------------------------------------------------------------


def test_nederlands_en_engels_hebben_dezelfde_sleutels_en_invulvelden() -> None:
    nl = Teksten(v.LETTERS, "nl").sleutels()
    en = Teksten(v.LETTERS, "en").sleutels()
    assert nl.keys() == en.keys()
    verschil = {k: (nl[k], en[k]) for k in nl if nl[k] != en[k]}
    assert not verschil, f"invulvelden verschillen per taal: {verschil}"


def test_invullen_escapet_waarden_en_kent_alleen_vet() -> None:
    opmaak = vul("Beste **{naam}**, u krijgt {bedrag}.", {"naam": "Smit & <b>Zn</b>", "bedrag": "€ 5"})
    assert opmaak == "Beste <b>Smit &amp; &lt;b&gt;Zn&lt;/b&gt;</b>, u krijgt € 5."
    assert isinstance(opmaak, Opmaak)
    # literal text from a letter file is escaped too: a translator cannot inject markup
    assert vul("A & B < C", {}) == "A &amp; B &lt; C"


def test_opmaak_samenvoegen_escapet_gewone_tekst() -> None:
    veilig = Opmaak("<b>vet</b>")
    assert veilig + " & <i>" == "<b>vet</b> &amp; &lt;i&gt;"
    assert "<i> & " + veilig == "&lt;i&gt; &amp; <b>vet</b>"
    assert isinstance("x" + veilig, Opmaak)
    assert xml("<x>") == "&lt;x&gt;"


def test_ontbrekend_invulveld_of_sleutel_geeft_duidelijke_fout() -> None:
    t = Teksten(v.LETTERS, "nl")
    with pytest.raises(KeyError, match="geen waarde voor"):
        t("voorschot.onderwerp", jaar=2026)
    with pytest.raises(KeyError, match="ontbreekt"):
        t("voorschot.bestaat_niet")
    with pytest.raises(ValueError, match="niet gesloten"):
        vul("**open", {})
    with pytest.raises(ValueError, match="Onbekende taal"):
        Teksten(v.LETTERS, "de")


# --- rules the letters print -----------------------------------------------------------------------------------


def test_standaardregeling_van_de_rekenkern_in_de_brief() -> None:
    duizend = tekst(render_beschikking(v.terugvordering("nl", Decimal("1000.00")), v.FONTS, v.LETTERS))
    assert "24 termijnen, 23 keer € 41,67 en als laatste € 41,59" in duizend
    driehonderd = tekst(render_beschikking(v.terugvordering("nl", Decimal("300.00")), v.FONTS, v.LETTERS))
    assert "15 termijnen van € 20,00" in driehonderd and "als laatste" not in driehonderd
    zonder = replace(v.terugvordering("nl"), termijnbedrag=None, aantal_termijnen=None, laatste_termijn=None)
    algemeen = tekst(render_beschikking(zonder, v.FONTS, v.LETTERS))
    assert "in maximaal 24 maanden en minimaal € 20 per maand" in algemeen


def test_termijnen_vanaf_dagtekening() -> None:
    assert bezwaar_uiterlijk(dt.date(2026, 3, 2)) == dt.date(2026, 4, 13)
    assert betaal_uiterlijk(dt.date(2026, 12, 28)) == dt.date(2027, 2, 8)


def test_iban_gemaskeerd() -> None:
    assert masker_iban("NL91ABNA0417164300") == "NL91 **** **** **43 00"


# --- rendering: every letter kind in both languages ---------------------------------------------------------------

GEVALLEN = {
    "voorschot-nl": (
        lambda: v.voorschot("nl"),
        [
            "€ 437",
            "€ 5.245",
            "30-03-2026",
            "Uw voorschot huurtoeslag 2026",
            "Łukasz Żółć",
            "8011 AB ZWOLLE",
            "pagina 1 van",
        ],
    ),
    "voorschot-en": (
        lambda: v.voorschot("en", ontvanger=v.AYSE),
        ["€ 437", "30-03-2026", "Ayşe Çelik", "housing allowance (huurtoeslag)", "page 1 of"],
    ),
    "definitief-nl": (
        lambda: v.definitief("nl"),
        ["€ 1.224,00", "€ 1.488,00", "€ 264,00", "€ 121", "Definitieve berekening zorgtoeslag 2025", "Łukasz Żółć"],
    ),
    "definitief-en": (
        lambda: v.definitief("en", ontvanger=v.AYSE),
        ["€1,224.00", "€264.00", "Ayşe Çelik", "Final calculation"],
    ),
    "terugvordering-nl": (
        lambda: v.terugvordering("nl"),
        ["€ 1.140,00", "24 termijnen van € 47,50", "V2026-0004711", "Terugbetalen huurtoeslag 2025"],
    ),
    "terugvordering-en": (
        lambda: v.terugvordering("en", ontvanger=v.AYSE),
        ["€1,140.00", "24 instalments of €47.50", "V2026-0004711", "Ayşe Çelik"],
    ),
}


@pytest.mark.parametrize("geval", GEVALLEN)
def test_brief_rendert_met_de_kernfeiten(geval: str) -> None:
    maak, feiten = GEVALLEN[geval]
    gegevens = maak()
    pdf = render_beschikking(gegevens, v.FONTS, v.LETTERS)
    assert pdf.startswith(b"%PDF-")
    n = paginas(pdf)
    assert 1 <= n <= 4
    for breedte, hoogte in formaten(pdf):
        assert breedte == pytest.approx(A4_PT[0], abs=0.5)
        assert hoogte == pytest.approx(A4_PT[1], abs=0.5)
    for i in range(n):
        assert inktaandeel(pdf, i) > 0.01, f"pagina {i + 1} is leeg"
    inhoud = tekst(pdf)
    for feit in feiten:
        assert feit in inhoud, f"{feit!r} ontbreekt in de brief"
    # the reference, the dagtekening and the bezwaar deadline (dagtekening + 6 weeks) are on every decision
    assert gegevens.basis.kenmerk in inhoud
    assert "02-03-2026" in inhoud
    assert "13-04-2026" in inhoud
    # page numbers on every page, in the letter's language
    woorden = ("pagina {} van {}", "page {} of {}")[gegevens.basis.taal == "en"]
    for i, pagina in enumerate(paginateksten(pdf), start=1):
        assert woorden.format(i, n) in pagina
    assert "0800-0543" in inhoud


@pytest.mark.parametrize("geval", GEVALLEN)
def test_lettertypen_ingebed_geen_helvetica(geval: str) -> None:
    pdf = render_beschikking(GEVALLEN[geval][0](), v.FONTS, v.LETTERS)
    namen = lettertypen(pdf)
    assert namen, "geen lettertypen gevonden"
    assert all("DejaVu" in n and "+" in n for n in namen), namen  # subset-embedded TrueType only
    assert b"Helvetica" not in pdf
    assert b"/FontFile2" in pdf


def test_zelfde_invoer_geeft_dezelfde_bytes() -> None:
    for maak, _ in GEVALLEN.values():
        assert render_beschikking(maak(), v.FONTS, v.LETTERS) == render_beschikking(maak(), v.FONTS, v.LETTERS)


def test_naam_met_ampersand_en_opmaak_staat_er_letterlijk() -> None:
    gevaarlijk = Ontvanger("Smit & <b>Zn</b>", ("Kerkstraat 1 <script>", "1234 AB  A&B"), "Smit & <b>Zn</b>")
    pdf = render_beschikking(v.voorschot("nl", ontvanger=gevaarlijk), v.FONTS, v.LETTERS)
    inhoud = tekst(pdf)
    assert "Smit & <b>Zn</b>" in inhoud
    assert "Kerkstraat 1 <script>" in inhoud
    assert "Beste Smit & <b>Zn</b>," in inhoud


def test_onbevestigde_parameter_wordt_eerlijk_gemeld() -> None:
    met = tekst(render_beschikking(v.voorschot("nl", onbevestigd=True), v.FONTS, v.LETTERS))
    zonder = tekst(render_beschikking(v.voorschot("nl", onbevestigd=False), v.FONTS, v.LETTERS))
    assert "nog niet officieel" in met
    assert "Kwaliteitskortingsgrens 2026" in met
    assert "nog niet officieel" not in zonder


def test_berekening_stap_voor_stap_met_wetsartikel() -> None:
    inhoud = tekst(render_beschikking(v.voorschot("nl"), v.FONTS, v.LETTERS))
    assert "Zo hebben we het bedrag berekend" in inhoud
    assert "Wht art. 20 lid 1" in inhoud
    assert "Deze gegevens hebben we gebruikt" in inhoud
    assert "€ 712,50" in inhoud  # kale huur from the grondslagen


def test_zonder_herleidbare_berekening_zegt_de_brief_dat() -> None:
    gegevens = replace(v.voorschot("nl"), uitleg=())
    inhoud = tekst(render_beschikking(gegevens, v.FONTS, v.LETTERS))
    assert "niet stap voor stap laten zien" in inhoud


def test_definitief_varianten() -> None:
    na = tekst(render_beschikking(v.definitief("nl", saldo=Decimal("312")), v.FONTS, v.LETTERS))
    assert "U krijgt nog € 312,00 zorgtoeslag over 2025" in na
    assert "30-03-2026" in na  # paid within 4 weeks of the dagtekening
    klein = tekst(render_beschikking(v.definitief("nl", saldo=Decimal("-87")), v.FONTS, v.LETTERS))
    assert "U hoeft het niet terug te betalen" in klein
    assert "doelmatigheidsgrens" in klein and "€ 121 of minder" in klein
    gelijk = tekst(render_beschikking(v.definitief("nl", saldo=Decimal("0")), v.FONTS, v.LETTERS))
    assert "precies goed" in gelijk


def test_voorschot_zonder_recht_en_deel_van_het_jaar() -> None:
    geen = replace(
        v.voorschot("nl"), maandbedrag=Decimal(0), jaarbedrag=Decimal(0), reden_geen_recht="Het inkomen is te hoog."
    )
    inhoud = tekst(render_beschikking(geen, v.FONTS, v.LETTERS))
    assert "U krijgt in 2026 geen huurtoeslag" in inhoud and "Het inkomen is te hoog." in inhoud
    kot = tekst(render_beschikking(v.voorschot_kot("nl"), v.FONTS, v.LETTERS))
    assert "maart 2026 tot en met december 2026" in kot
    assert "€ 1.234" in kot and "buitenschoolse opvang: 52,5 uur per maand" in kot


def test_begeleider_in_hulp_als_die_er_is() -> None:
    met = tekst(render_beschikking(v.definitief("nl"), v.FONTS, v.LETTERS))
    zonder = tekst(render_beschikking(v.definitief("nl", begeleider=False), v.FONTS, v.LETTERS))
    assert "persoonlijk begeleider: Joyce de Vries" in met and "030-7001234" in met
    assert "Joyce de Vries" not in zonder
    assert "Toeslagenservicepunt" in zonder


# --- the general building blocks: a schedule letter as issue #4 will make it --------------------------------------


def test_bouwstenen_voor_een_termijnenbrief() -> None:
    t = Teksten(v.LETTERS, "nl")
    basis = v.basis("nl")
    termijnen = [
        TermijnRow(
            i,
            i,
            dt.date(2026, 4 + i, 1),
            Decimal("41.67"),
            Decimal("41.67") if i < 3 else Decimal(0),
            "betaald" if i < 3 else "open",
            None,
            None,
            1,
        )
        for i in range(1, 7)
    ]
    brief = Brief(
        briefkop(t, basis, "Uw betalingsregeling"),
        (
            aanhef(t, basis.ontvanger),
            termijnen_blok(t, termijnen, totaal=Decimal("250.02")),
            hulp_sectie(t, basis.hulp, basis.kenmerk),
            afsluiting(t),
        ),
    )
    pdf = render_brief(brief, v.FONTS)
    inhoud = tekst(pdf)
    assert "Betalen uiterlijk" in inhoud and "01-05-2026" in inhoud and "€ 41,67" in inhoud
    assert "betaald" in inhoud and "nog te betalen" in inhoud and "€ 250,02" in inhoud
    assert render_brief(brief, v.FONTS) == pdf


def test_brief_voor_onbekend_type() -> None:
    with pytest.raises(TypeError):
        brief_voor(object(), v.LETTERS)  # type: ignore[arg-type]
