"""Render every letter to PNG pages for a person to look at (not a test).

Run: `.venv/bin/python tests/letters/schermafdrukken.py [naam ...]`. Writes `.cache/shots/letters/<naam>_p<n>.png`
at scale 1.5: the example letters (hand-written steps) and the letters a stored beschikking gives (steps recomputed
by the calculation core), in Dutch and English, plus the schedule building block.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import pypdfium2 as pdfium

from models.calc.invoer import Regeling
from models.letters.beschikkingen import render_beschikking
from models.letters.bouwstenen import Alinea, Brief, Hoofdboodschap, Sectie
from models.letters.gegevens import Hulp
from models.letters.onderdelen import aanhef, afsluiting, briefkop, hulp_sectie, termijnen_blok
from models.letters.render import render_brief
from models.letters.teksten import Teksten
from models.letters.uit_beschikking import beschikkingsbrief
from models.store.rows import TermijnRow
from tests.letters import voorbeelden as v

UIT = v.ROOT / ".cache" / "shots" / "letters"


def _uit_opslag(soort: str, taal: str, regeling: Regeling) -> bytes:
    if regeling is Regeling.HUURTOESLAG:
        toeslag = v.toeslag_row(regeling, 2026, v.G_HT)
        datum = dt.date(2025, 12, 1)
    elif regeling is Regeling.KINDEROPVANGTOESLAG:
        toeslag = v.toeslag_row(regeling, 2026, v.G_KOT)
        datum = dt.date(2025, 12, 1)
    else:
        toeslag = v.toeslag_row(regeling, 2025, v.G_ZT_VOORSCHOT, g_definitief=v.G_ZT, betaald=Decimal("1488.00"))
        datum = dt.date(2026, 6, 1)
    brief = beschikkingsbrief(
        v.beschikking_row(soort, toeslag, datum),
        toeslag,
        v.burger_row(),
        taal=taal,
        hulp=Hulp("Joyce de Vries", "030-7001234") if taal == "nl" else Hulp(),
    )
    return render_beschikking(brief, v.FONTS, v.LETTERS)


def _termijnen(taal: str) -> bytes:
    t = Teksten(v.LETTERS, taal)
    basis = v.basis(taal)
    termijnen = [
        TermijnRow(
            i,
            i,
            dt.date(2026, 3, 1) + dt.timedelta(days=31 * (i - 1)),
            Decimal("41.67"),
            Decimal("41.67") if i <= 2 else Decimal(0),
            "betaald" if i <= 2 else ("gemist" if i == 3 else "open"),
            None,
            None,
            1,
        )
        for i in range(1, 25)
    ]
    brief = Brief(
        briefkop(t, basis, "Bouwsteen: termijnenschema"),
        (
            aanhef(t, basis.ontvanger),
            Hoofdboodschap("Voorbeeld van het termijnenschema (bouwsteen voor issue #4)."),
            Alinea("Deze pagina toont alleen de gedeelde bouwstenen."),
            Sectie("Termijnen", (termijnen_blok(t, termijnen, totaal=Decimal("1000.00")),)),
            hulp_sectie(t, basis.hulp, basis.kenmerk),
            afsluiting(t),
        ),
    )
    return render_brief(brief, v.FONTS)


GEVALLEN: dict[str, Callable[[], bytes]] = {
    "voorschot_nl": lambda: render_beschikking(v.voorschot("nl"), v.FONTS, v.LETTERS),
    "voorschot_en": lambda: render_beschikking(v.voorschot("en", ontvanger=v.AYSE), v.FONTS, v.LETTERS),
    "voorschot_kot_nl": lambda: render_beschikking(v.voorschot_kot("nl"), v.FONTS, v.LETTERS),
    "definitief_terug_nl": lambda: render_beschikking(v.definitief("nl"), v.FONTS, v.LETTERS),
    "definitief_klein_nl": lambda: render_beschikking(v.definitief("nl", saldo=Decimal("-87")), v.FONTS, v.LETTERS),
    "definitief_na_nl": lambda: render_beschikking(
        v.definitief("nl", saldo=Decimal("312"), begeleider=False), v.FONTS, v.LETTERS
    ),
    "definitief_na_en": lambda: render_beschikking(v.definitief("en", saldo=Decimal("312")), v.FONTS, v.LETTERS),
    "terugvordering_nl": lambda: render_beschikking(v.terugvordering("nl"), v.FONTS, v.LETTERS),
    "terugvordering_en": lambda: render_beschikking(v.terugvordering("en", ontvanger=v.AYSE), v.FONTS, v.LETTERS),
    "opslag_voorschot_ht_nl": lambda: _uit_opslag("voorschot", "nl", Regeling.HUURTOESLAG),
    "opslag_voorschot_kot_en": lambda: _uit_opslag("voorschot", "en", Regeling.KINDEROPVANGTOESLAG),
    "opslag_definitief_zt_nl": lambda: _uit_opslag("definitief", "nl", Regeling.ZORGTOESLAG),
    "opslag_terugvordering_zt_en": lambda: _uit_opslag("terugvordering", "en", Regeling.ZORGTOESLAG),
    "bouwsteen_termijnen_nl": lambda: _termijnen("nl"),
}


def main(namen: list[str]) -> None:
    UIT.mkdir(parents=True, exist_ok=True)
    for naam in namen or list(GEVALLEN):
        for oud in UIT.glob(f"{naam}_p*.png"):
            oud.unlink()
        pdf = GEVALLEN[naam]()
        doc = pdfium.PdfDocument(pdf)
        for i in range(len(doc)):
            doc[i].render(scale=1.5).to_pil().save(UIT / f"{naam}_p{i + 1}.png")
        print(f"{naam}: {len(doc)} pagina('s), {len(pdf):,} bytes → {UIT}/{naam}_p*.png")


if __name__ == "__main__":
    main(sys.argv[1:])
