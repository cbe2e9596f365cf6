"""From stored rows to letter data: amounts as decided, steps recomputed by the core, honest when they cannot be."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest

from models.calc.invoer import Regeling
from models.letters.beschikkingen import render_beschikking
from models.letters.bouwstenen import Alinea, Brief
from models.letters.gegevens import Definitievebrief, Hulp, Terugvorderingsbrief, Voorschotbrief
from models.letters.onderdelen import briefkop
from models.letters.render import render_brief
from models.letters.teksten import Teksten
from models.letters.uit_beschikking import BriefNietTeMaken, beschikkingsbrief
from tests.letters import voorbeelden as v
from tests.letters.pdfhulp import paginas, tekst

DEC = dt.date(2025, 12, 1)
JUNI = dt.date(2026, 6, 1)


def test_voorschot_met_herberekende_stappen() -> None:
    toeslag = v.toeslag_row(Regeling.HUURTOESLAG, 2026, v.G_HT)
    brief = beschikkingsbrief(
        v.beschikking_row("voorschot", toeslag, DEC),
        toeslag,
        v.burger_row(),
        taal="nl",
        hulp=Hulp("Joyce de Vries", "030-7001234"),
    )
    assert isinstance(brief, Voorschotbrief)
    assert brief.jaarbedrag == toeslag.voorschot_jaar and brief.maandbedrag == toeslag.voorschot_maand
    assert brief.uitleg and brief.uitleg[-1].stap == "Voorschot per maand"
    assert brief.onbevestigd  # huurtoeslag 2026 uses unconfirmed parameters
    assert brief.bezwaar_uiterlijk == DEC + dt.timedelta(weeks=6)
    assert brief.basis.ontvanger.adresregels == ("Grote Markt 12", "8011 AB  ZWOLLE")
    assert brief.basis.hulp.begeleider == "Joyce de Vries"


def test_gewijzigde_gegevens_geven_geen_verkeerde_stappen() -> None:
    toeslag = v.toeslag_row(Regeling.HUURTOESLAG, 2026, v.G_HT)
    beschikking = replace(v.beschikking_row("voorschot", toeslag, DEC), bedrag=Decimal("4000"))
    brief = beschikkingsbrief(beschikking, toeslag, v.burger_row(), taal="nl")
    assert brief.uitleg == ()
    assert brief.jaarbedrag == Decimal("4000")  # the decided amount is what the letter says


def test_jaar_zonder_parameters_geeft_brief_zonder_stappen() -> None:
    toeslag = replace(v.toeslag_row(Regeling.ZORGTOESLAG, 2025, v.G_ZT), jaar=2019)
    brief = beschikkingsbrief(
        v.beschikking_row("voorschot", toeslag, dt.date(2018, 12, 1)), toeslag, v.burger_row(), taal="nl"
    )
    assert brief.uitleg == ()
    assert "niet stap voor stap" in tekst(render_beschikking(brief, v.FONTS, v.LETTERS))


def test_definitief_en_terugvordering() -> None:
    toeslag = v.toeslag_row(
        Regeling.ZORGTOESLAG, 2025, v.G_ZT_VOORSCHOT, g_definitief=v.G_ZT, betaald=Decimal("1488.00")
    )
    definitief = beschikkingsbrief(v.beschikking_row("definitief", toeslag, JUNI), toeslag, v.burger_row(), taal="en")
    assert isinstance(definitief, Definitievebrief)
    assert definitief.saldo == toeslag.saldo and definitief.betaald_voorschot == Decimal("1488.00")
    assert definitief.doelmatigheidsgrens == Decimal("121")  # definitive calculation made in 2026
    assert definitief.terug_te_vorderen == -toeslag.saldo  # type: ignore[operator]
    namen = {s.stap for s in definitief.uitleg}
    assert "Doelmatigheidsgrens" in namen and "Hoge terugvordering" not in namen and "Voorschot per maand" not in namen

    terug = beschikkingsbrief(v.beschikking_row("terugvordering", toeslag, JUNI), toeslag, v.burger_row(), taal="nl")
    assert isinstance(terug, Terugvorderingsbrief)
    assert terug.bedrag == -toeslag.saldo  # type: ignore[operator]
    assert terug.betaal_uiterlijk == JUNI + dt.timedelta(weeks=6)
    assert terug.aantal_termijnen == 20 and terug.termijnbedrag == Decimal("20.00")  # € 386 at the € 20 minimum
    assert terug.uitleg


def test_zonder_toeslag_of_grondslagen_geen_brief() -> None:
    toeslag = v.toeslag_row(Regeling.HUURTOESLAG, 2026, v.G_HT)
    beschikking = v.beschikking_row("voorschot", toeslag, DEC)
    with pytest.raises(BriefNietTeMaken, match="geen toeslag"):
        beschikkingsbrief(beschikking, None, v.burger_row(), taal="nl")
    with pytest.raises(BriefNietTeMaken, match="ontbreken"):
        beschikkingsbrief(beschikking, replace(toeslag, grondslagen_voorschot={}), v.burger_row(), taal="nl")
    with pytest.raises(BriefNietTeMaken, match="onleesbaar"):
        beschikkingsbrief(
            beschikking, replace(toeslag, grondslagen_voorschot={"aanvrager": 5}), v.burger_row(), taal="nl"
        )


def test_lange_tekst_loopt_door_over_paginas() -> None:
    t = Teksten(v.LETTERS, "nl")
    zinnen = [f"Dit is zin {i} van een lange uitleg over uw toeslag, met € 1.234,56 erin." for i in range(160)]
    brief = Brief(briefkop(t, v.basis("nl"), "Lange brief"), (Alinea(" ".join(zinnen)),))
    pdf = render_brief(brief, v.FONTS)
    assert paginas(pdf) >= 3
    inhoud = tekst(pdf)
    assert all(f"zin {i} van" in inhoud for i in range(160))
