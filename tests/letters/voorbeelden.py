"""Example letter data for the letter tests, the screenshots and the benchmark: realistic, fixed, deterministic.

The calculation steps here are written out by hand (as the calculation core words them) so the rendering tests
do not depend on the core's parameters; the store tests render from real grondslagen through the core.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from models.calc.api import afrekenen, bereken
from models.calc.betalingsregeling import standaardregeling
from models.calc.invoer import Grondslagen, Huur, Kind, Opvang, Opvangsoort, Persoon, Regeling
from models.calc.uitkomst import Stap
from models.letters.gegevens import (
    Briefbasis,
    Definitievebrief,
    Hulp,
    Ontvanger,
    Terugvorderingsbrief,
    Voorschotbrief,
    betaal_uiterlijk,
    bezwaar_uiterlijk,
)
from models.store.rows import BeschikkingRow, BurgerRow, ToeslagRow

ROOT = Path(__file__).resolve().parents[2]
FONTS = ROOT / "resources" / "fonts"
LETTERS = ROOT / "resources" / "letters"

DAGTEKENING = dt.date(2026, 3, 2)
LUKASZ = Ontvanger("Łukasz Żółć", ("Grote Markt 12", "8011 AB  ZWOLLE"), "Łukasz Żółć")
AYSE = Ontvanger("Ayşe Çelik", ("Oudegracht 231-B", "3511 NK  UTRECHT"), "Ayşe Çelik")

STAPPEN_HT = (
    Stap(
        "Rekenhuur",
        Decimal("742.50"),
        "Kale huur € 712,50 + subsidiabele servicekosten € 30,00 = € 742,50 per maand",
        "Wht art. 5",
    ),
    Stap(
        "Huishouden", "meerpersoons", "Aanvrager met toeslagpartner en 2 kinderen: meerpersoonshuishouden", "Wht art. 1"
    ),
    Stap(
        "Toetsingsinkomen",
        Decimal("31250"),
        "Gezamenlijk toetsingsinkomen € 24.000 + € 7.250 = € 31.250",
        "Awir art. 7 lid 1",
    ),
    Stap("Basishuur", Decimal("200.71"), "Basishuur meerpersoonshuishouden € 200,71 per maand", "Wht art. 17"),
    Stap("Deel A", Decimal("297.49"), "100% van (€ 498,20 − € 200,71) = € 297,49 per maand", "Wht art. 20 lid 1"),
    Stap("Deel B", Decimal("139.63"), "65% van (€ 713,02 − € 498,20) = € 139,63 per maand", "Wht art. 20 lid 2"),
    Stap("Huurtoeslag per maand", Decimal("437.12"), "€ 297,49 + € 139,63 = € 437,12 per maand", "Wht art. 20"),
    Stap(
        "Jaarbedrag",
        Decimal("5245"),
        "12 × € 437,12 = € 5.245,44, afgerond op hele euro's: € 5.245",
        "Awir art. 14 lid 4",
    ),
    Stap(
        "Voorschot per maand",
        Decimal("437"),
        "€ 5.245 / 12 = € 437,08, naar beneden afgerond: € 437",
        "Awir art. 22 (praktijk DTSL)",
    ),
)
STAPPEN_ZT = (
    Stap("Drempelinkomen", Decimal("28406"), "Drempelinkomen 2025: € 28.406", "Wzt art. 1 lid 1 onder f"),
    Stap(
        "Normpremie", Decimal("1005"), "1,896% van € 28.406 + 13,559% van (€ 31.850 − € 28.406) = € 1.005", "Wzt art. 2"
    ),
    Stap("Standaardpremie", Decimal("2229"), "Standaardpremie 2025: € 2.229", "Wzt art. 4"),
    Stap("Zorgtoeslag", Decimal("1224"), "€ 2.229 − € 1.005 = € 1.224 per jaar", "Wzt art. 2 lid 1"),
    Stap("Saldo", Decimal("-264"), "€ 1.224 − € 1.488,00 = −€ 264,00: te veel ontvangen € 264,00", "Awir art. 26"),
    Stap(
        "Doelmatigheidsgrens",
        Decimal("264"),
        "Terugvordering € 264,00 is meer dan € 121: wordt teruggevorderd",
        "Awir art. 26a lid 1",
    ),
)

_G_HT = Grondslagen(
    aanvrager=Persoon(dt.date(1984, 3, 12), Decimal("24000")),
    partner=Persoon(dt.date(1982, 7, 1), Decimal("7250")),
    vermogen=Decimal("4200"),
    kinderen=(Kind(dt.date(2014, 5, 3)), Kind(dt.date(2018, 11, 20))),
    huur=Huur(Decimal("712.50"), Decimal("30.00")),
)
_G_KOT = Grondslagen(
    aanvrager=Persoon(dt.date(1990, 1, 5), Decimal("38500")),
    kinderen=(Kind(dt.date(2022, 2, 14)), Kind(dt.date(2017, 9, 9))),
    opvang=(
        Opvang(0, Opvangsoort("dagopvang"), Decimal("120"), Decimal("10.25")),
        Opvang(1, Opvangsoort("bso"), Decimal("52.5"), Decimal("9.12"), maanden=10),
    ),
)
_G_ZT = Grondslagen(aanvrager=Persoon(dt.date(1979, 10, 30), Decimal("31850")))


def basis(
    taal: str = "nl", *, ontvanger: Ontvanger = LUKASZ, begeleider: bool = True, kenmerk: str = "B2026-0000123"
) -> Briefbasis:
    hulp = Hulp("Joyce de Vries", "030-7001234") if begeleider else Hulp()
    return Briefbasis(taal, ontvanger, kenmerk, DAGTEKENING, hulp, iban="NL91ABNA0417164300")


def voorschot(taal: str = "nl", *, onbevestigd: bool = True, **kw: object) -> Voorschotbrief:
    return Voorschotbrief(
        basis=basis(taal, **kw),  # type: ignore[arg-type]
        regeling=Regeling.HUURTOESLAG,
        jaar=2026,
        bezwaar_uiterlijk=bezwaar_uiterlijk(DAGTEKENING),
        eerste_maand=1,
        laatste_maand=12,
        maandbedrag=Decimal("437"),
        jaarbedrag=Decimal("5245"),
        grondslagen=_G_HT,
        uitleg=STAPPEN_HT,
        onbevestigd=(
            "Kwaliteitskortingsgrens 2026 (€ 498,20 per maand)",
            "Aftoppingsgrens 1–2 personen 2026 (€ 713,02 per maand)",
        )
        if onbevestigd
        else (),
    )


def voorschot_kot(taal: str = "nl") -> Voorschotbrief:
    return Voorschotbrief(
        basis=basis(taal, ontvanger=AYSE, begeleider=False),
        regeling=Regeling.KINDEROPVANGTOESLAG,
        jaar=2026,
        bezwaar_uiterlijk=bezwaar_uiterlijk(DAGTEKENING),
        eerste_maand=3,
        laatste_maand=12,
        maandbedrag=Decimal("1234"),
        jaarbedrag=Decimal("12340"),
        grondslagen=_G_KOT,
        uitleg=(Stap("Toeslag", Decimal("12340"), "Samen € 12.340 voor maart tot en met december", "Wko art. 1.7"),),
    )


def definitief(
    taal: str = "nl", *, saldo: Decimal = Decimal("-264"), grens: Decimal = Decimal("121"), **kw: object
) -> Definitievebrief:
    betaald = Decimal("1488.00")
    definitief_bedrag = betaald + saldo
    teveel = -saldo if saldo < 0 else Decimal(0)
    return Definitievebrief(
        basis=basis(taal, **kw),  # type: ignore[arg-type]
        regeling=Regeling.ZORGTOESLAG,
        jaar=2025,
        bezwaar_uiterlijk=bezwaar_uiterlijk(DAGTEKENING),
        definitief_jaarbedrag=definitief_bedrag,
        betaald_voorschot=betaald,
        saldo=saldo,
        terug_te_vorderen=teveel if teveel > grens else Decimal(0),
        na_te_betalen=saldo if saldo > 0 else Decimal(0),
        doelmatigheidsgrens=grens,
        grondslagen=_G_ZT,
        uitleg=STAPPEN_ZT,
    )


def terugvordering(taal: str = "nl", bedrag: Decimal = Decimal("1140.00"), **kw: object) -> Terugvorderingsbrief:
    regeling = standaardregeling(bedrag, betaal_uiterlijk(DAGTEKENING), rente=False)
    termijn, aantal, laatste = regeling.termijnbedrag, regeling.aantal_termijnen, regeling.termijnen[-1].bedrag
    return Terugvorderingsbrief(
        basis=basis(taal, **kw),  # type: ignore[arg-type]
        regeling=Regeling.HUURTOESLAG,
        jaar=2025,
        bezwaar_uiterlijk=bezwaar_uiterlijk(DAGTEKENING),
        bedrag=bedrag,
        betaal_uiterlijk=betaal_uiterlijk(DAGTEKENING),
        termijnbedrag=termijn,
        aantal_termijnen=aantal,
        laatste_termijn=laatste,
        definitief_jaarbedrag=Decimal("4104.00"),
        betaald_voorschot=Decimal("4104.00") + bedrag,
        betalingskenmerk="V2026-0004711",
        uitleg=STAPPEN_HT,
    )


# --- store rows, as the repository reads them, for letters recomputed with the real calculation core ------------


def burger_row(voornamen: str = "Łukasz", achternaam: str = "Żółć", taal: str = "nl") -> BurgerRow:
    return BurgerRow(
        id=1,
        bsn="123456782",
        voornamen=voornamen,
        tussenvoegsel=None,
        achternaam=achternaam,
        geboortedatum=dt.date(1984, 3, 12),
        straat="Grote Markt",
        huisnummer=12,
        huisnummer_toevoeging=None,
        postcode="8011AB",
        woonplaats="Zwolle",
        land="NL",
        telefoon=None,
        email=None,
        iban="NL91ABNA0417164300",
        taal=taal,
        voorkeurskanaal="post",
        communicatiebehoefte=None,
        overleden_op=None,
        version=1,
    )


def toeslag_row(
    regeling: Regeling,
    jaar: int,
    g_voorschot: Grondslagen,
    *,
    g_definitief: Grondslagen | None = None,
    betaald: Decimal = Decimal(0),
) -> ToeslagRow:
    voorschot = bereken(regeling, jaar, g_voorschot)
    definitief = (
        None if g_definitief is None else afrekenen(regeling, jaar, g_definitief, betaald, jaar_definitief=jaar + 1)
    )
    return ToeslagRow(
        id=1,
        regeling=regeling,
        jaar=jaar,
        status="lopend" if definitief is None else "definitief",
        eerste_maand=1,
        laatste_maand=12,
        voorschot_jaar=voorschot.bedrag_jaar,
        voorschot_maand=voorschot.bedrag_maand,
        betaald=betaald,
        definitief_jaar=None if definitief is None else definitief.uitkomst.bedrag_jaar,
        saldo=None if definitief is None else definitief.saldo,
        onbevestigd=bool(voorschot.onbevestigde_parameters),
        grondslagen_voorschot=g_voorschot.naar_dict(),
        grondslagen_definitief=None if g_definitief is None else g_definitief.naar_dict(),
        version=1,
    )


def beschikking_row(soort: str, toeslag: ToeslagRow, datum: dt.date, kenmerk: str = "B2026-0000777") -> BeschikkingRow:
    if soort in ("voorschot", "herziening"):
        bedrag, maand, saldo = toeslag.voorschot_jaar, toeslag.voorschot_maand, None
    elif soort == "definitief":
        assert toeslag.definitief_jaar is not None
        bedrag, maand, saldo = toeslag.definitief_jaar, None, toeslag.saldo
    else:
        assert toeslag.saldo is not None
        bedrag, maand, saldo = -toeslag.saldo, None, None
    return BeschikkingRow(
        1,
        toeslag.id,
        soort,
        kenmerk,
        datum,
        bezwaar_uiterlijk(datum),
        bedrag,
        maand,
        saldo,
        f"{soort} {toeslag.regeling.value} {toeslag.jaar}",
    )


G_HT = _G_HT
G_KOT = _G_KOT
G_ZT = _G_ZT
G_ZT_VOORSCHOT = Grondslagen(aanvrager=Persoon(dt.date(1979, 10, 30), Decimal("24000")))
