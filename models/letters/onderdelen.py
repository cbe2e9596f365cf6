"""The worded parts every letter reuses, built from the letter files: letterhead, salutation, help, bezwaar,
"how we calculated it", the data used, the payment schedule, and the closing.

What belongs here: functions `Teksten + plain data → blocks` that several letters share. A new letter (the
arrangement letter of issue #4, the counter overview of issue #7) calls these and adds only its own part:

    t = Teksten(letters_dir, taal)
    brief = Brief(
        kop=briefkop(t, basis, onderwerp),
        blokken=(aanhef(t, basis.ontvanger), Hoofdboodschap(...), ..., termijnen_blok(t, termijnen),
                 hulp_sectie(t, basis.hulp, basis.kenmerk), afsluiting(t)),
    )
    pdf = render_brief(brief, fonts_dir)

Amounts and dates are formatted here with `models.formaat` (the only formatter), in the letter's language.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Protocol

from babel.numbers import format_decimal

from models import formaat
from models.calc.invoer import Grondslagen, Regeling
from models.calc.uitkomst import Stap
from models.letters.bouwstenen import (
    Afsluiting,
    Alinea,
    Berekening,
    Blok,
    Briefkop,
    Geadresseerde,
    Gegevens,
    Kader,
    Opsomming,
    Rekenregel,
    Sectie,
    Termijnen,
    Termijnregel,
)
from models.letters.gegevens import Briefbasis, Hulp, Ontvanger
from models.letters.teksten import Opmaak, Teksten

__all__ = [
    "TermijnLike",
    "aanhef",
    "afsluiting",
    "bedrag",
    "bedrag_heel",
    "berekening_blokken",
    "bezwaar_sectie",
    "briefkop",
    "datum",
    "gegevens_blok",
    "getal",
    "hulp_sectie",
    "masker_iban",
    "periode",
    "regeling_naam",
    "rekening",
    "termijnen_blok",
]


# --- formatting in the letter's language --------------------------------------------------------------------------

_LOCALES = {"nl": "nl_NL", "en": "en_GB"}


def bedrag(t: Teksten, waarde: Decimal) -> str:
    """`€ 1.234,56` (nl) / `€1,234.56` (en)."""
    return formaat.euro(waarde, t.taal)


def bedrag_heel(t: Teksten, waarde: Decimal) -> str:
    """Whole euros (`€ 129`), only where the rule itself is whole euros (the voorschot)."""
    return formaat.euro_heel(waarde, t.taal)


def getal(t: Teksten, waarde: Decimal) -> str:
    """A plain number such as childcare hours: `120`, `82,5` (no currency; `models.formaat` has no helper)."""
    return format_decimal(waarde, format="#,##0.##", locale=_LOCALES[t.taal])


def datum(t: Teksten, d: dt.date) -> str:
    return formaat.datum(d, t.taal)


def periode(t: Teksten, jaar: int, eerste_maand: int, laatste_maand: int, *, kort: bool = True) -> str:
    """`januari 2026 tot en met december 2026`; `heel 2026` for the whole year when `kort`."""
    if kort and (eerste_maand, laatste_maand) == (1, 12):
        return t.platte_tekst("algemeen.heel_jaar", jaar=jaar)
    return t.platte_tekst(
        "algemeen.maanden",
        van=formaat.maand(dt.date(jaar, eerste_maand, 1), t.taal),
        tot=formaat.maand(dt.date(jaar, laatste_maand, 1), t.taal),
    )


def regeling_naam(t: Teksten, regeling: Regeling) -> str:
    return t.platte_tekst(f"algemeen.regeling.{regeling.value}")


def masker_iban(iban: str) -> str:
    """`NL91 **** **** **43 00`: enough for the citizen to recognise the account, not enough to misuse it."""
    schoon = iban.replace(" ", "").upper()
    if len(schoon) < 10:
        return "*" * len(schoon)
    gemaskeerd = schoon[:4] + "*" * (len(schoon) - 8) + schoon[-4:]
    return " ".join(gemaskeerd[i : i + 4] for i in range(0, len(gemaskeerd), 4))


def rekening(t: Teksten, iban: str | None) -> str:
    """ "rekening NL91 **** …" or "het rekeningnummer dat u aan ons heeft doorgegeven"."""
    if not iban:
        return t.platte_tekst("algemeen.rekening_onbekend")
    return t.platte_tekst("algemeen.rekening", iban=masker_iban(iban))


# --- letterhead, salutation, closing ------------------------------------------------------------------------------


def briefkop(t: Teksten, basis: Briefbasis, onderwerp: str) -> Briefkop:
    """The letterhead, address block and reference block in the letter's language."""
    ontvanger = basis.ontvanger
    return Briefkop(
        taal=t.taal,
        geadresseerde=Geadresseerde(ontvanger.naam, ontvanger.adresregels),
        afzender=tuple(str(r) for r in t.ruw("algemeen.afzender")),
        kenmerk=basis.kenmerk,
        datum=basis.dagtekening,
        onderwerp=onderwerp,
        referentie=(
            (t.platte_tekst("algemeen.label_datum"), datum(t, basis.dagtekening)),
            (t.platte_tekst("algemeen.label_kenmerk"), basis.kenmerk),
            (t.platte_tekst("algemeen.label_onderwerp"), onderwerp),
        ),
        paginatekst=t.platte_tekst("algemeen.paginatekst", pagina="{pagina}", totaal="{totaal}"),
        voettekst=t.platte_tekst("algemeen.voettekst", kenmerk=basis.kenmerk),
        huisnaam=t.platte_tekst("algemeen.huisnaam"),
        huisregel=t.platte_tekst("algemeen.huisregel"),
    )


def aanhef(t: Teksten, ontvanger: Ontvanger) -> Alinea:
    return Alinea(t("algemeen.aanhef", naam=ontvanger.aanhef))


def afsluiting(t: Teksten) -> Afsluiting:
    return Afsluiting(t("algemeen.groet"), tuple(str(r) for r in t.ruw("algemeen.ondertekening")))


# --- help and bezwaar ---------------------------------------------------------------------------------------------


def hulp_sectie(t: Teksten, hulp: Hulp, kenmerk: str, *, zorgen: bool = True) -> Sectie:
    """ "Hulp nodig?": the personal begeleider first when there is one, then the phone and the servicepunt."""
    punten: list[str] = []
    if hulp.begeleider:
        if hulp.begeleider_telefoon:
            punten.append(t("hulp.begeleider", naam=hulp.begeleider, telefoon=hulp.begeleider_telefoon))
        else:
            punten.append(t("hulp.begeleider_zonder_telefoon", naam=hulp.begeleider))
    punten += [t("hulp.telefoon", kenmerk=kenmerk), t("hulp.servicepunt"), t("hulp.mijn_toeslagen")]
    blokken: list[Blok] = [Opsomming(tuple(punten))]
    if zorgen:
        blokken.append(Alinea(t("hulp.zorgen")))
    return Sectie(t("hulp.titel"), tuple(blokken), bijeen=True)


def bezwaar_sectie(
    t: Teksten, uiterlijk: dt.date, kenmerk: str, *, voorschot: bool = False, uitstel: bool = False
) -> Sectie:
    """ "Bent u het niet eens?" with the concrete last day for a bezwaar.

    Args:
        voorschot: add that a wrong data item is a change to report, not a reason to object.
        uitstel: add that an objection usually postpones payment (recovery letters).
    """
    blokken: list[Blok] = []
    if voorschot:
        blokken.append(Alinea(t("bezwaar.wijziging_in_plaats_van_bezwaar")))
    blokken += [
        Alinea(t("bezwaar.eerst_bellen") + Opmaak(" ") + t("bezwaar.tekst", datum=datum(t, uiterlijk))),
        Alinea(t("bezwaar.hoe", adres=t.platte_tekst("bezwaar.adres"), kenmerk=kenmerk)),
    ]
    if uitstel:
        blokken.append(Alinea(t("bezwaar.uitstel")))
    return Sectie(t("bezwaar.titel"), tuple(blokken), bijeen=True)


# --- how the amount was calculated --------------------------------------------------------------------------------


def berekening_blokken(t: Teksten, uitleg: Sequence[Stap], onbevestigd: Sequence[str], jaar: int) -> tuple[Blok, ...]:
    """The calculation steps of the core as a table, with the honest note when a parameter is unconfirmed.

    With no steps (the stored data no longer reproduce the decided amount) the letter says so instead.
    """
    blokken: list[Blok] = []
    if uitleg:
        inleiding = t("berekening.stappen_inleiding")
        if t.platte_tekst("berekening.stappen_taal"):
            inleiding = Opmaak(inleiding + " " + t("berekening.stappen_taal"))
        blokken.append(Alinea(inleiding))
        kolommen = tuple(str(k) for k in t.ruw("berekening.kolommen"))
        blokken.append(
            Berekening(
                tuple(Rekenregel(s.stap, s.omschrijving, s.grondslag) for s in uitleg),
                (kolommen[0], kolommen[1], kolommen[2]),
            )
        )
    else:
        blokken.append(Alinea(t("berekening.niet_herleidbaar")))
    if onbevestigd:
        blokken.append(
            Kader(t("berekening.onbevestigd", jaar=jaar), soort="let_op", titel=t("berekening.onbevestigd_titel"))
        )
        blokken.append(Alinea(t("berekening.onbevestigd_lijst", parameters="; ".join(onbevestigd)), klein=True))
    return tuple(blokken)


def gegevens_blok(
    t: Teksten, regeling: Regeling, jaar: int, g: Grondslagen, *, geschat: bool, periode_tekst: str | None = None
) -> Gegevens:
    """The data a decision rests on, only the items that matter for this regeling.

    Args:
        geschat: the income is an estimate (voorschot) rather than the actual income (definitief).
        periode_tekst: the months the decision covers, shown first when given.
    """
    regels: list[tuple[str, str]] = []
    if periode_tekst:
        regels.append((t.platte_tekst("gegevens.periode"), periode_tekst))
    regels.append(
        (
            t.platte_tekst("gegevens.inkomen_geschat" if geschat else "gegevens.inkomen", jaar=jaar),
            bedrag(t, g.aanvrager.toetsingsinkomen),
        )
    )
    regels.append(
        (
            t.platte_tekst("gegevens.partner"),
            t.platte_tekst("gegevens.partner_ja" if g.partner else "gegevens.partner_nee"),
        )
    )
    if g.partner is not None:
        regels.append((t.platte_tekst("gegevens.partner_inkomen", jaar=jaar), bedrag(t, g.partner.toetsingsinkomen)))
    if regeling is Regeling.HUURTOESLAG:
        if g.huur is not None:
            regels.append((t.platte_tekst("gegevens.huur"), bedrag(t, g.huur.kale_huur)))
            regels.append((t.platte_tekst("gegevens.servicekosten"), bedrag(t, g.huur.servicekosten)))
        regels.append((t.platte_tekst("gegevens.medebewoners"), str(len(g.medebewoners))))
    if regeling in (Regeling.KINDGEBONDEN_BUDGET, Regeling.KINDEROPVANGTOESLAG):
        if g.kinderen:
            regels_kind = (t("gegevens.kind", datum=datum(t, k.geboortedatum)) for k in g.kinderen)
            kinderen: str = Opmaak("<br/>".join(regels_kind))
        else:
            kinderen = t.platte_tekst("gegevens.kinderen_geen")
        regels.append((t.platte_tekst("gegevens.kinderen"), kinderen))
    if regeling is Regeling.KINDEROPVANGTOESLAG:
        for o in g.opvang:
            kind = g.kinderen[o.kind] if 0 <= o.kind < len(g.kinderen) else None
            label = t.platte_tekst("gegevens.opvang", datum=datum(t, kind.geboortedatum) if kind else "–")
            waarde = t.platte_tekst(
                "gegevens.opvang_waarde",
                soort=t.platte_tekst(f"gegevens.opvangsoort.{o.soort.value}"),
                uren=getal(t, o.uren_per_maand),
                uurprijs=bedrag(t, o.uurprijs),
                maanden=o.maanden,
            )
            regels.append((label, waarde))
    if regeling is not Regeling.KINDEROPVANGTOESLAG:
        regels.append((t.platte_tekst("gegevens.vermogen", jaar=jaar), bedrag(t, g.vermogen)))
    return Gegevens(tuple(regels))


# --- payment schedule ---------------------------------------------------------------------------------------------


class TermijnLike(Protocol):
    """What a schedule row needs: `TermijnRow` from the store and the core's schedule rows both fit."""

    @property
    def volgnummer(self) -> int: ...
    @property
    def vervaldatum(self) -> dt.date: ...
    @property
    def bedrag(self) -> Decimal: ...


def termijnen_blok(
    t: Teksten, termijnen: Iterable[TermijnLike], *, totaal: Decimal | None = None, met_status: bool = True
) -> Termijnen:
    """The schedule table (nr, pay by, amount, status). A row without `status` counts as open.

    Args:
        totaal: printed as a total line when given.
        met_status: False for a proposed schedule where every row is still to be paid.
    """
    kolommen = tuple(str(k) for k in t.ruw("termijnen.kolommen"))
    regels = []
    for r in termijnen:
        status = str(getattr(r, "status", "open") or "open")
        regels.append(
            Termijnregel(
                nr=r.volgnummer,
                vervaldatum=datum(t, getattr(r, "nieuwe_vervaldatum", None) or r.vervaldatum),
                bedrag=bedrag(t, r.bedrag),
                status=t.platte_tekst(f"termijnen.status.{status}") if met_status else "",
            )
        )
    return Termijnen(
        tuple(regels),
        (kolommen[0], kolommen[1], kolommen[2], kolommen[3] if met_status else ""),
        totaal=None if totaal is None else (t.platte_tekst("termijnen.totaal"), bedrag(t, totaal)),
    )
