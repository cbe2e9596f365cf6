"""The printed overview for the citizen (issue #7): what they receive, what they owe, what to do, where to get help.

What belongs here: the overview's data (`Overzicht`, filled from a restricted klantbeeld with
`Overzicht.uit_klantbeeld`), its composition from the shared parts of `models.letters.onderdelen` and
`models.letters.regeling.schema_tabel`, the texts in `resources/letters/overzicht.<taal>.toml`, and
`render_overzicht()`. It holds only what the counter may see (ARCHITECTURE §2): no partner, housemate, note,
signal or vulnerability data.

Reading order (DOMAIN.md §8.2: one main message, concrete dates, what to do, help):
1. the main message: an overview on this date, and the one most urgent thing to do;
2. the toeslagen that run now with this month's voorschot;
3. recent decisions with the last day for a bezwaar;
4. what is still open (claims) and the total;
5. the payment arrangement: amount a month, next date, the remaining schedule;
6. "Wat moet u doen?": concrete steps with dates;
7. help (the begeleider if there is one, the BelastingTelefoon, a Toeslagenservicepunt, Mijn toeslagen).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from models.calc.invoer import Regeling
from models.domain import RegelingSoort, TermijnStatus
from models.letters.bouwstenen import (
    Actie,
    Alinea,
    Bedragen,
    Bedragregel,
    Blok,
    Brief,
    Hoofdboodschap,
    Opsomming,
    Sectie,
    Tabel,
)
from models.letters.gegevens import Briefbasis, Hulp, Ontvanger
from models.letters.onderdelen import aanhef, afsluiting, bedrag, briefkop, datum, hulp_sectie, periode, regeling_naam
from models.letters.regeling import schema_tabel
from models.letters.render import render_brief
from models.letters.teksten import Opmaak, Teksten
from models.store.rows import Klantbeeld, TermijnRow

__all__ = [
    "Overzicht",
    "Overzichtbeslissing",
    "Overzichtregeling",
    "Overzichttoeslag",
    "Overzichtvordering",
    "overzicht",
    "overzicht_onderwerp",
    "render_overzicht",
]

_NUL = Decimal(0)
_TE_BETALEN = (TermijnStatus.OPEN.value, TermijnStatus.DEELS_BETAALD.value, TermijnStatus.HERINNERD.value)
_GESLOTEN_VORDERING = ("afgelost", "verrekend", "niet_invorderbaar")
MAX_BESLISSINGEN = 6
BESLISSINGEN_MAANDEN = 12


def _vervaldatum(t: TermijnRow) -> dt.date:
    return t.nieuwe_vervaldatum or t.vervaldatum


@dataclass(frozen=True, slots=True)
class Overzichttoeslag:
    regeling: Regeling
    jaar: int
    eerste_maand: int
    laatste_maand: int
    voorschot_maand: Decimal


@dataclass(frozen=True, slots=True)
class Overzichtbeslissing:
    """A decision: its kind (voorschot, herziening, definitief, terugvordering) and, when known, the toeslag and
    year, so the letter can name it in its own language; `omschrijving` is the stored (Dutch) description."""

    datum: dt.date
    omschrijving: str
    bezwaar_uiterlijk: dt.date
    soort: str = ""
    regeling: Regeling | None = None
    jaar: int | None = None


@dataclass(frozen=True, slots=True)
class Overzichtvordering:
    regeling: Regeling
    jaar: int
    kenmerk: str
    open: Decimal  # principal, interest and costs still open
    status: str
    vervaldatum: dt.date


@dataclass(frozen=True, slots=True)
class Overzichtregeling:
    """The active arrangement: `termijnen` are the instalments still to pay, numbered as in the schedule."""

    soort: RegelingSoort
    status: str
    termijnbedrag: Decimal
    aantal_termijnen: int
    betaald_aantal: int
    termijnen: tuple[TermijnRow, ...]

    @property
    def volgende(self) -> TermijnRow | None:
        return self.termijnen[0] if self.termijnen else None

    def te_laat(self, vandaag: dt.date) -> tuple[TermijnRow, ...]:
        """Instalments whose due date has passed and that are not (fully) paid."""
        return tuple(t for t in self.termijnen if _vervaldatum(t) < vandaag)

    def volgende_op(self, vandaag: dt.date) -> TermijnRow | None:
        """The first instalment due today or later."""
        return next((t for t in self.termijnen if _vervaldatum(t) >= vandaag), None)

    @property
    def nog_te_betalen(self) -> Decimal:
        return sum((t.bedrag - t.betaald for t in self.termijnen), _NUL)


@dataclass(frozen=True, slots=True)
class Overzicht:
    """The data of the printed overview (one citizen, one date)."""

    basis: Briefbasis
    burger_id: int
    toeslagen: tuple[Overzichttoeslag, ...]
    beslissingen: tuple[Overzichtbeslissing, ...]
    vorderingen: tuple[Overzichtvordering, ...]
    regeling: Overzichtregeling | None

    @property
    def open_totaal(self) -> Decimal:
        return sum((v.open for v in self.vorderingen), _NUL)

    @property
    def buiten_regeling(self) -> tuple[Overzichtvordering, ...]:
        """Open claims that no arrangement covers (status open or aanmaning)."""
        return tuple(v for v in self.vorderingen if v.status in ("open", "aanmaning"))

    @classmethod
    def uit_klantbeeld(cls, kb: Klantbeeld, *, taal: str, vandaag: dt.date, hulp: Hulp | None = None) -> Overzicht:
        """The overview of a (restricted) klantbeeld on `vandaag`, in `taal`."""
        toeslagen = tuple(
            Overzichttoeslag(t.regeling, t.jaar, t.eerste_maand, t.laatste_maand, t.voorschot_maand or _NUL)
            for t in sorted(kb.toeslagen, key=lambda t: t.regeling.value)
            if t.jaar == vandaag.year and t.status == "lopend"
        )
        grens = vandaag - dt.timedelta(days=BESLISSINGEN_MAANDEN * 31)
        per_id = {t.id: t for t in kb.toeslagen}
        beslissingen = tuple(
            Overzichtbeslissing(
                b.datum,
                b.omschrijving,
                b.bezwaar_uiterlijk,
                b.soort,
                per_id[b.toeslag_id].regeling if b.toeslag_id in per_id else None,
                per_id[b.toeslag_id].jaar if b.toeslag_id in per_id else None,
            )
            for b in sorted(kb.beschikkingen, key=lambda b: b.datum, reverse=True)
            if b.datum >= grens and b.datum <= vandaag
        )[:MAX_BESLISSINGEN]
        vorderingen = tuple(
            Overzichtvordering(v.regeling, v.jaar, v.kenmerk, v.totaal_open, v.status, v.vervaldatum)
            for v in sorted(kb.vorderingen, key=lambda v: (v.jaar, v.kenmerk))
            if v.status not in _GESLOTEN_VORDERING and v.totaal_open > _NUL
        )
        regeling = None
        actief = kb.actieve_regeling
        if actief is not None:
            levend = [t for t in actief.termijnen if t.status not in ("vervallen", "gepauzeerd")]
            te_betalen = tuple(t for t in levend if t.status in _TE_BETALEN)
            regeling = Overzichtregeling(
                soort=RegelingSoort(actief.soort),
                status=actief.status,
                termijnbedrag=actief.termijnbedrag,
                aantal_termijnen=len(levend),
                betaald_aantal=sum(1 for t in levend if t.status == TermijnStatus.BETAALD.value),
                termijnen=te_betalen,
            )
        basis = Briefbasis(
            taal=taal,
            ontvanger=Ontvanger.uit_burger(kb.burger),
            kenmerk=f"OV{vandaag:%Y%m%d}-{kb.burger.id}",
            dagtekening=vandaag,
            hulp=hulp or Hulp(),
        )
        return cls(basis, kb.burger.id, toeslagen, beslissingen, vorderingen, regeling)


def overzicht_onderwerp(o: Overzicht, letters_dir: Path) -> str:
    """The subject line (also the document title on the klantbeeld), in the overview's language."""
    return Teksten(letters_dir, o.basis.taal).platte_tekst("overzicht.onderwerp")


def overzicht(o: Overzicht, letters_dir: Path) -> Brief:
    """Compose the overview in its language."""
    t = Teksten(letters_dir, o.basis.taal)
    onderwerp = overzicht_onderwerp(o, letters_dir)
    vandaag = o.basis.dagtekening
    blokken: list[Blok] = [aanhef(t, o.basis.ontvanger), Hoofdboodschap(_hoofdboodschap(t, o))]
    blokken.append(Alinea(t("overzicht.inleiding", datum=datum(t, vandaag))))
    blokken.append(_toeslagen_sectie(t, o))
    if o.beslissingen:
        blokken.append(_beslissingen_sectie(t, o))
    blokken.append(_schuld_sectie(t, o))
    if o.regeling is not None:
        blokken.append(_regeling_sectie(t, o.regeling))
    blokken.append(_acties_sectie(t, o))
    hulp = hulp_sectie(t, o.basis.hulp, o.basis.kenmerk)
    # the closing stays with the help section: never a page with only "Met vriendelijke groet"
    blokken.append(Sectie(hulp.titel, (*hulp.blokken, afsluiting(t)), bijeen=True))
    return Brief(briefkop(t, o.basis, onderwerp), tuple(blokken), titel=onderwerp)


def _hoofdboodschap(t: Teksten, o: Overzicht) -> Opmaak:
    if o.regeling is not None and o.regeling.volgende is not None:
        te_laat = o.regeling.te_laat(o.basis.dagtekening)
        if te_laat:
            return t(
                "overzicht.hoofd_regeling_te_laat",
                bedrag=bedrag(t, sum((x.bedrag - x.betaald for x in te_laat), _NUL)),
                datum=datum(t, _vervaldatum(te_laat[0])),
            )
        return t(
            "overzicht.hoofd_regeling",
            bedrag=bedrag(t, o.regeling.volgende.bedrag - o.regeling.volgende.betaald),
            datum=datum(t, _vervaldatum(o.regeling.volgende)),
        )
    if o.buiten_regeling:
        eerste = min(o.buiten_regeling, key=lambda v: v.vervaldatum)
        return t("overzicht.hoofd_schuld", bedrag=bedrag(t, o.open_totaal), datum=datum(t, eerste.vervaldatum))
    if o.toeslagen:
        totaal = sum((x.voorschot_maand for x in o.toeslagen), _NUL)
        return t("overzicht.hoofd_toeslagen", bedrag=bedrag(t, totaal))
    return t("overzicht.hoofd_leeg")


def _toeslagen_sectie(t: Teksten, o: Overzicht) -> Sectie:
    if not o.toeslagen:
        return Sectie(t("overzicht.toeslagen_titel"), (Alinea(t("overzicht.toeslagen_geen")),), bijeen=True)
    kolommen = tuple(str(k) for k in t.ruw("overzicht.toeslagen_kolommen"))
    rijen = tuple(
        (
            regeling_naam(t, x.regeling),
            periode(t, x.jaar, x.eerste_maand, x.laatste_maand),
            bedrag(t, x.voorschot_maand),
        )
        for x in o.toeslagen
    )
    totaal = sum((x.voorschot_maand for x in o.toeslagen), _NUL)
    return Sectie(
        t("overzicht.toeslagen_titel"),
        (
            Alinea(t("overzicht.toeslagen_inleiding")),
            Tabel(kolommen, rijen, rechts=frozenset({2}), breedtes=(3, 3.4, 2)),
            Alinea(t("overzicht.toeslagen_totaal", bedrag=bedrag(t, totaal)), klein=True),
            Alinea(t("overzicht.toeslagen_voorschot_uitleg")),
        ),
        bijeen=True,
    )


def _beslissingen_sectie(t: Teksten, o: Overzicht) -> Sectie:
    vandaag = o.basis.dagtekening
    kolommen = tuple(str(k) for k in t.ruw("overzicht.beslissingen_kolommen"))
    voorbij = t.platte_tekst("overzicht.bezwaar_voorbij")
    rijen = tuple(
        (
            datum(t, b.datum),
            _beslissing(t, b),
            datum(t, b.bezwaar_uiterlijk) if b.bezwaar_uiterlijk >= vandaag else voorbij,
        )
        for b in o.beslissingen
    )
    return Sectie(
        t("overzicht.beslissingen_titel"),
        (
            Alinea(t("overzicht.beslissingen_inleiding")),
            Tabel(kolommen, rijen, breedtes=(1.6, 4.6, 2.2)),
            Alinea(t("overzicht.bezwaar_uitleg"), klein=True),
        ),
    )


def _beslissing(t: Teksten, b: Overzichtbeslissing) -> str:
    """The decision named in the letter's language: "Definitieve berekening huurtoeslag 2025"."""
    sleutel = f"overzicht.beslissing_soorten.{b.soort}"
    if not t.heeft(sleutel):
        return b.omschrijving
    soort = t.platte_tekst(sleutel)
    if b.regeling is None or b.jaar is None:
        return soort
    return t.platte_tekst("overzicht.beslissing", soort=soort, toeslag=regeling_naam(t, b.regeling), jaar=b.jaar)


def _schuld_sectie(t: Teksten, o: Overzicht) -> Sectie:
    if not o.vorderingen:
        return Sectie(t("overzicht.schuld_titel"), (Alinea(t("overzicht.schuld_geen")),), bijeen=True)
    kolommen = tuple(str(k) for k in t.ruw("overzicht.schuld_kolommen"))
    rijen = tuple(
        (
            regeling_naam(t, v.regeling),
            str(v.jaar),
            v.kenmerk,
            t.platte_tekst(f"overzicht.vordering_status.{v.status}")
            if t.heeft(f"overzicht.vordering_status.{v.status}")
            else v.status,
            bedrag(t, v.open),
        )
        for v in o.vorderingen
    )
    return Sectie(
        t("overzicht.schuld_titel"),
        (
            Alinea(t("overzicht.schuld_inleiding")),
            Tabel(kolommen, rijen, rechts=frozenset({1, 4}), breedtes=(2.3, 0.8, 3.3, 2.4, 1.7)),
            Bedragen((Bedragregel(t("overzicht.schuld_totaal"), bedrag(t, o.open_totaal), totaal=True),)),
        ),
        bijeen=True,
    )


def _regeling_sectie(t: Teksten, r: Overzichtregeling) -> Sectie:
    regels = [
        Bedragregel(t("overzicht.regeling_soort"), t.platte_tekst(f"overzicht.regeling_soorten.{r.soort.value}")),
        Bedragregel(t("overzicht.regeling_per_maand"), bedrag(t, r.termijnbedrag)),
        Bedragregel(t("overzicht.regeling_betaald"), f"{r.betaald_aantal} / {r.aantal_termijnen}"),
        Bedragregel(t("overzicht.regeling_nog"), bedrag(t, r.nog_te_betalen), totaal=True),
    ]
    blokken: list[Blok] = [Bedragen(tuple(regels))]
    if r.status == "gepauzeerd":
        blokken.append(Alinea(t("overzicht.regeling_gepauzeerd")))
    if r.termijnen:
        blokken += [
            Alinea(t("overzicht.regeling_schema")),
            schema_tabel(t, r.termijnen, met_status=True),
        ]
    return Sectie(t("overzicht.regeling_titel"), tuple(blokken))


def _acties_sectie(t: Teksten, o: Overzicht) -> Sectie:
    vandaag = o.basis.dagtekening
    blokken: list[Blok] = []
    if o.regeling is not None and o.regeling.te_laat(vandaag):
        te_laat = o.regeling.te_laat(vandaag)
        blokken.append(
            Alinea(
                t(
                    "overzicht.actie_termijn_te_laat",
                    bedrag=bedrag(t, sum((x.bedrag - x.betaald for x in te_laat), _NUL)),
                    datum=datum(t, _vervaldatum(te_laat[0])),
                )
            )
        )
    volgende = None if o.regeling is None else o.regeling.volgende_op(vandaag)
    if volgende is not None:
        blokken.append(
            Actie(
                t.platte_tekst("algemeen.uiterlijk"),
                datum(t, _vervaldatum(volgende)),
                t(
                    "overzicht.actie_termijn",
                    bedrag=bedrag(t, volgende.bedrag - volgende.betaald),
                    kenmerk=o.basis.kenmerk,
                ),
            )
        )
    for v in o.buiten_regeling:
        if v.vervaldatum >= vandaag:
            blokken.append(
                Actie(
                    t.platte_tekst("algemeen.uiterlijk"),
                    datum(t, v.vervaldatum),
                    t("overzicht.actie_vordering", bedrag=bedrag(t, v.open), kenmerk=v.kenmerk),
                )
            )
        else:
            blokken.append(Alinea(t("overzicht.actie_vordering_verlopen", bedrag=bedrag(t, v.open), kenmerk=v.kenmerk)))
    open_bezwaar = [b for b in o.beslissingen if b.bezwaar_uiterlijk >= vandaag]
    punten = []
    if open_bezwaar:
        eerste = min(open_bezwaar, key=lambda b: b.bezwaar_uiterlijk)
        punten.append(t("overzicht.actie_bezwaar", datum=datum(t, eerste.bezwaar_uiterlijk)))
    punten += list(t.lijst("overzicht.altijd"))
    blokken.append(Opsomming(tuple(punten)))
    return Sectie(t("algemeen.wat_moet_u_doen"), tuple(blokken), bijeen=True)


def render_overzicht(o: Overzicht, fonts_dir: Path, letters_dir: Path) -> bytes:
    """The overview as PDF bytes (A4, embedded fonts, page numbers)."""
    return render_brief(overzicht(o, letters_dir), fonts_dir)
