"""The arrangement letter (issue #4): a proposal (under review) or the confirmation of a betalingsregeling.

What belongs here: the letter's data (`Regelingsbrief`, independent of the ORM; the service fills it from the
store), its composition from the shared parts of `models.letters.onderdelen` and the texts in
`resources/letters/regeling.<taal>.toml`, and `render_regelingsbrief()`.

Reading order (DOMAIN.md §8.2: one main message, one action, a concrete date, the calculation shown, help):
1. the main message: how many months, how much a month, the first (or next) date; for a proposal that a second
   colleague still looks at it and nothing has to be paid yet;
2. which debts are in it, and the amounts (debt, interest included in the instalments, total, per month);
3. "Wat moet u doen?": how and by when to pay (iDEAL or Wero in Mijn toeslagen, with the reference);
4. a pause, when there is one: from when to when, and that the arrangement then continues;
5. the schedule (every instalment with its date; paid ones marked in a running arrangement);
6. how the amount was calculated: standard (the debt over at most 24 months, at least € 20) or persoonlijk (the
   payment capacity, with plainly: you always keep enough to live on); a restant and what happens with it;
   the core's steps with their legal basis, and the honest note on unconfirmed parameters;
7. what happens when an instalment is missed: a free reminder with a new date first, the arrangement lapses only
   after that, and a new arrangement is still possible; what to do when something changes;
8. help (the begeleider if there is one, the BelastingTelefoon 0800-0543, a Toeslagenservicepunt); the closing.

Building blocks used that `onderdelen` did not have: the table of debts (`Tabel`) and the capacity as amounts
(`Bedragen`) are composed here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from models.calc.invoer import Regeling
from models.calc.uitkomst import Stap
from models.domain import RegelingSoort, TermijnStatus
from models.letters.bouwstenen import (
    Actie,
    Alinea,
    Bedragen,
    Bedragregel,
    Blok,
    Brief,
    Hoofdboodschap,
    Kader,
    Opsomming,
    Sectie,
    Tabel,
)
from models.letters.gegevens import Briefbasis
from models.letters.onderdelen import (
    aanhef,
    afsluiting,
    bedrag,
    berekening_blokken,
    briefkop,
    datum,
    hulp_sectie,
    regeling_naam,
)
from models.letters.render import render_brief
from models.letters.teksten import Teksten
from models.store.rows import TermijnRow

__all__ = [
    "Briefcapaciteit",
    "Briefvordering",
    "Regelingsbrief",
    "brief_stappen",
    "regelingsbrief",
    "regelingsbrief_onderwerp",
    "render_regelingsbrief",
    "schema_tabel",
]

_NUL = Decimal(0)
_TE_BETALEN = (TermijnStatus.OPEN.value, TermijnStatus.DEELS_BETAALD.value, TermijnStatus.HERINNERD.value)


@dataclass(frozen=True, slots=True)
class Briefvordering:
    """One debt in the arrangement: which toeslag over which year, its reference, what is open."""

    toeslag: Regeling
    jaar: int
    kenmerk: str
    open: Decimal


@dataclass(frozen=True, slots=True)
class Briefcapaciteit:
    """The payment capacity of a persoonlijke regeling, as the calculation core computed it (per month)."""

    inkomen: Decimal
    uitgaven: Decimal
    netto_besteedbaar: Decimal
    kosten_van_bestaan: Decimal
    beschermd_minimum: Decimal
    capaciteit: Decimal
    maximaal_termijnbedrag: Decimal
    met_partner: bool = False
    uitleg: tuple[Stap, ...] = ()
    onbevestigd: tuple[str, ...] = ()

    @property
    def ondergrens(self) -> Decimal:
        """What the household always keeps: the higher of the kosten van bestaan and the protected minimum."""
        return max(self.kosten_van_bestaan, self.beschermd_minimum)


@dataclass(frozen=True, slots=True)
class Regelingsbrief:
    """The data of an arrangement letter.

    Attributes:
        basis: language, recipient, reference (also the payment reference), date, help.
        burger_id: the citizen (to store the letter on their record).
        voorstel: a proposal under review (True) or an arrangement that runs (False).
        soort: standaard, persoonlijk or spijtoptant.
        vorderingen: the debts in the arrangement.
        schuld: what was open when the schedule was made (principal, charged interest, costs).
        rente: the invorderingsrente included in the instalments (0 when not computed).
        termijnbedrag: the monthly amount.
        termijnen: the schedule (paused and lapsed instalments left out), in order.
        pauze_van / pauze_tot: the betaalpauze (the first day, and the first day after it), if any.
        gepauzeerd: the due dates that fall in the pause (shown as paused months in the schedule).
        basis_maanden / basisbedrag: standard and spijtoptant: the months the debt is spread over and the amount
            a month before interest (from the core's steps), for the plain sum in the letter.
        restant: what is still open after the last instalment (no collection measures for it during the term).
        betaald: what has been paid on the schedule already.
        looptijd: the agreed term in months.
        capaciteit: the payment capacity (persoonlijk only).
        uitleg / onbevestigd: the core's steps of the schedule and the unconfirmed parameters used.
    """

    basis: Briefbasis
    burger_id: int
    voorstel: bool
    soort: RegelingSoort
    vorderingen: tuple[Briefvordering, ...]
    schuld: Decimal
    rente: Decimal
    rente_berekend: bool
    termijnbedrag: Decimal
    termijnen: tuple[TermijnRow, ...]
    pauze_van: dt.date | None = None
    pauze_tot: dt.date | None = None
    restant: Decimal = _NUL
    betaald: Decimal = _NUL
    looptijd: int = 24
    basis_maanden: int | None = None
    basisbedrag: Decimal | None = None
    gepauzeerd: tuple[dt.date, ...] = ()
    capaciteit: Briefcapaciteit | None = None
    uitleg: tuple[Stap, ...] = ()
    onbevestigd: tuple[str, ...] = ()

    @property
    def totaal(self) -> Decimal:
        """The sum of the instalments in the schedule."""
        return sum((t.bedrag for t in self.termijnen), _NUL)

    @property
    def volgende(self) -> TermijnRow | None:
        """The first instalment still to be paid."""
        return next((t for t in self.termijnen if t.status in _TE_BETALEN), None)


def _vervaldatum(t: TermijnRow) -> dt.date:
    return t.nieuwe_vervaldatum or t.vervaldatum


def _maanden(t: Teksten, aantal: int) -> str:
    return t.platte_tekst("regeling.maand" if aantal == 1 else "regeling.maanden", aantal=aantal)


def regelingsbrief_onderwerp(b: Regelingsbrief, letters_dir: Path) -> str:
    """The subject line (also the document title on the klantbeeld), in the letter's language."""
    t = Teksten(letters_dir, b.basis.taal)
    return t.platte_tekst("regeling.onderwerp_voorstel" if b.voorstel else "regeling.onderwerp")


def regelingsbrief(b: Regelingsbrief, letters_dir: Path) -> Brief:
    """Compose the arrangement letter (proposal or confirmation) in the letter's language."""
    t = Teksten(letters_dir, b.basis.taal)
    onderwerp = regelingsbrief_onderwerp(b, letters_dir)
    # the citizen's numbering: 1..n over the instalments they pay; paused months are rows without a number
    schema = tuple(dataclasses.replace(r, volgnummer=i) for i, r in enumerate(b.termijnen, start=1))
    volgende = b.volgende or (schema[0] if schema else None)
    waarden = {
        "keer": len(schema),
        "termijnbedrag": bedrag(t, b.termijnbedrag),
        "eerste": datum(t, _vervaldatum(volgende)) if volgende is not None else "–",
        "schuld": bedrag(t, b.schuld),
        "kenmerk": b.basis.kenmerk,
    }
    lopend = not b.voorstel and b.betaald > _NUL
    if b.voorstel:
        hoofd = t("regeling.hoofdboodschap_voorstel", **waarden)
        inleiding = [Alinea(t("regeling.inleiding_voorstel", **waarden)), Alinea(t("regeling.voorstel_uitleg"))]
    elif lopend:
        hoofd = t("regeling.hoofdboodschap_lopend", **waarden)
        inleiding = [Alinea(t("regeling.inleiding_lopend", **waarden))]
    else:
        hoofd = t("regeling.hoofdboodschap", **waarden)
        inleiding = [Alinea(t("regeling.inleiding", **waarden))]
    if b.soort is RegelingSoort.SPIJTOPTANT:
        inleiding.append(Alinea(t("regeling.spijtoptant")))

    blokken: list[Blok] = [aanhef(t, b.basis.ontvanger), Hoofdboodschap(hoofd), *inleiding]
    blokken += _schuld_secties(t, b, schema)
    blokken.append(_actie_sectie(t, b, None if b.voorstel else b.volgende, waarden))
    if b.pauze_van is not None and b.pauze_tot is not None:
        blokken.append(_pauze_sectie(t, b))
    blokken.append(
        Sectie(
            t("regeling.schema_titel"),
            (
                Alinea(t("regeling.schema_inleiding")),
                schema_tabel(t, schema, b.gepauzeerd, met_status=lopend),
                Alinea(t("regeling.schema_totaal", totaal=bedrag(t, b.totaal), keer=len(schema)), klein=True),
            ),
        )
    )
    blokken.append(_berekening_sectie(t, b, len(schema)))
    blokken.append(
        Sectie(
            t("regeling.gemist_titel"),
            (
                Alinea(t("regeling.gemist_advies")),
                Alinea(t("regeling.gemist_inleiding")),
                Opsomming(t.lijst("regeling.gemist"), genummerd=True),
            ),
            bijeen=True,
        )
    )
    inkomen = "regeling.veranderen_inkomen_" + ("persoonlijk" if b.soort is RegelingSoort.PERSOONLIJK else "standaard")
    blokken.append(
        Sectie(t("regeling.veranderen_titel"), (Opsomming((t(inkomen), *t.lijst("regeling.veranderen"))),), bijeen=True)
    )
    blokken += [hulp_sectie(t, b.basis.hulp, b.basis.kenmerk), afsluiting(t), _bijlage(t, b)]
    return Brief(briefkop(t, b.basis, onderwerp), tuple(blokken), titel=onderwerp)


def schema_tabel(
    t: Teksten, termijnen: Sequence[TermijnRow], gepauzeerd: Sequence[dt.date] = (), *, met_status: bool
) -> Tabel:
    """The payment schedule with two instalments on a line (half the length of a long schedule; read like text,
    left to right, so a table split over two pages stays in order), with a line for every paused month.
    `termijnen` carry the citizen's numbering; `met_status` adds the status (paid, reminder sent, ...)."""
    kolommen = [str(k) for k in t.ruw("termijnen.kolommen")]
    pauze = t.platte_tekst("regeling.schema_pauze")
    regels: list[tuple[dt.date, tuple[str, ...]]] = []
    for r in termijnen:
        rij = [str(r.volgnummer), datum(t, _vervaldatum(r)), bedrag(t, r.bedrag)]
        if met_status:
            rij.append(t.platte_tekst(f"termijnen.status.{r.status}"))
        regels.append((r.vervaldatum, tuple(rij)))
    for d in gepauzeerd:
        regels.append((d, ("", datum(t, d), pauze, *(("",) if met_status else ()))))
    regels.sort(key=lambda x: x[0])
    breed = 4 if met_status else 3
    koppen = tuple(kolommen[:breed])
    breedtes = (0.8, 2.3, 2.1, 2.6) if met_status else (0.8, 2.4, 2.0)
    leeg = ("",) * breed
    paren = [r for _, r in regels]
    rijen = tuple((*paren[i], "", *(paren[i + 1] if i + 1 < len(paren) else leeg)) for i in range(0, len(paren), 2))
    return Tabel(
        (*koppen, "", *koppen),
        rijen,
        rechts=frozenset({2, breed + 3}),
        breedtes=(*breedtes[:breed], 0.5, *breedtes[:breed]),
    )


def _schuld_secties(t: Teksten, b: Regelingsbrief, schema: Sequence[TermijnRow]) -> list[Sectie]:
    """The debts in the arrangement (a table) and the amounts of the arrangement."""
    kolommen = tuple(str(k) for k in t.ruw("regeling.vorderingen_kolommen"))
    tabel = Tabel(
        kolommen,
        tuple((regeling_naam(t, v.toeslag), str(v.jaar), v.kenmerk, bedrag(t, v.open)) for v in b.vorderingen),
        rechts=frozenset({1, 3}),
        breedtes=(3, 1, 2.2, 2),
    )
    regels = [Bedragregel(t("regeling.bedrag_schuld"), bedrag(t, b.schuld))]
    if b.rente > _NUL:
        regels.append(
            Bedragregel(
                t("regeling.bedrag_rente"), bedrag(t, b.rente), toelichting=t.platte_tekst("regeling.rente_kort")
            )
        )
    regels.append(Bedragregel(t("regeling.bedrag_totaal"), bedrag(t, b.totaal), totaal=True))
    regels.append(Bedragregel(t("regeling.bedrag_termijn"), bedrag(t, b.termijnbedrag)))
    regels.append(Bedragregel(t("regeling.bedrag_aantal"), str(len(schema))))
    if schema and schema[-1].bedrag != b.termijnbedrag:
        regels.append(Bedragregel(t("regeling.bedrag_laatste"), bedrag(t, schema[-1].bedrag)))
    if b.restant > _NUL:
        regels.append(Bedragregel(t("regeling.bedrag_restant"), bedrag(t, b.restant)))
    if b.betaald > _NUL:
        regels.append(Bedragregel(t("regeling.bedrag_betaald"), bedrag(t, b.betaald)))
        regels.append(Bedragregel(t("regeling.bedrag_nog"), bedrag(t, b.totaal - b.betaald), totaal=True))
    kop = [str(k) for k in t.ruw("regeling.bedragen_kop")]
    return [
        Sectie(t("regeling.vorderingen_titel"), (Alinea(t("regeling.vorderingen_inleiding")), tabel), bijeen=True),
        Sectie(t("regeling.bedragen_titel"), (Bedragen(tuple(regels), kop=(kop[0], kop[1])),), bijeen=True),
    ]


def _actie_sectie(t: Teksten, b: Regelingsbrief, volgende: TermijnRow | None, waarden: dict[str, str]) -> Sectie:
    if b.voorstel:
        return Sectie(t("algemeen.wat_moet_u_doen"), (Alinea(t("regeling.actie_voorstel")),), bijeen=True)
    blokken: list[Blok] = []
    if volgende is not None:
        label = "regeling.actie_label_volgende" if b.betaald > _NUL else "regeling.actie_label"
        blokken.append(Actie(t.platte_tekst(label), datum(t, _vervaldatum(volgende)), t("regeling.actie", **waarden)))
    blokken.append(Alinea(t("regeling.eerder_betalen")))
    return Sectie(t("algemeen.wat_moet_u_doen"), tuple(blokken), bijeen=True)


def _pauze_sectie(t: Teksten, b: Regelingsbrief) -> Sectie:
    assert b.pauze_van is not None and b.pauze_tot is not None
    laatste_dag = b.pauze_tot - dt.timedelta(days=1)
    maanden = (b.pauze_tot.year - b.pauze_van.year) * 12 + b.pauze_tot.month - b.pauze_van.month
    tekst = t(
        "regeling.pauze" if b.rente_berekend else "regeling.pauze_zonder_rente",
        van=datum(t, b.pauze_van),
        tot=datum(t, laatste_dag),
        maanden=_maanden(t, maanden),
    )
    if b.voorstel:
        tekst = t("regeling.pauze_voorstel") + " " + tekst
    return Sectie(t("regeling.pauze_titel"), (Kader(tekst, soort="info"),), bijeen=True)


def _berekening_sectie(t: Teksten, b: Regelingsbrief, aantal: int) -> Sectie:
    """How the monthly amount was calculated, in words and amounts (the core's steps are in the appendix)."""
    blokken: list[Blok] = []
    kop = [str(k) for k in t.ruw("regeling.bedragen_kop")]
    cap = b.capaciteit
    if b.soort is RegelingSoort.PERSOONLIJK and cap is not None:
        blokken.append(Alinea(t("regeling.persoonlijk_uitleg")))
        blokken.append(
            Bedragen(
                (
                    Bedragregel(
                        t("regeling.cap_inkomen_partner" if cap.met_partner else "regeling.cap_inkomen"),
                        bedrag(t, cap.inkomen),
                    ),
                    Bedragregel(
                        t("regeling.cap_uitgaven"),
                        bedrag(t, -cap.uitgaven),
                        toelichting=t.platte_tekst("regeling.cap_uitgaven_toelichting"),
                    ),
                    Bedragregel(t("regeling.cap_besteedbaar"), bedrag(t, cap.netto_besteedbaar), totaal=True),
                    Bedragregel(
                        t("regeling.cap_minimum"),
                        bedrag(t, -cap.ondergrens),
                        toelichting=t.platte_tekst("regeling.cap_minimum_toelichting"),
                    ),
                    Bedragregel(t("regeling.cap_capaciteit"), bedrag(t, cap.capaciteit), totaal=True),
                    Bedragregel(t("regeling.cap_termijn"), bedrag(t, b.termijnbedrag), totaal=True),
                ),
                kop=(kop[0], kop[1]),
            )
        )
        blokken.append(
            Kader(
                t("regeling.bestaansminimum", minimum=bedrag(t, cap.ondergrens)),
                soort="info",
                titel=t.platte_tekst("regeling.bestaansminimum_titel"),
            )
        )
        if b.termijnbedrag < cap.maximaal_termijnbedrag:
            blokken.append(Alinea(t("regeling.lager_dan_capaciteit", maanden=_maanden(t, b.looptijd))))
    else:
        spijt = b.soort is RegelingSoort.SPIJTOPTANT
        blokken.append(Alinea(t("regeling.spijtoptant_uitleg" if spijt else "regeling.standaard_uitleg")))
        maanden = b.basis_maanden or aantal
        basis = b.basisbedrag or b.termijnbedrag
        waarden = {"schuld": bedrag(t, b.schuld), "maanden": _maanden(t, maanden), "basis": bedrag(t, basis)}
        som = t(
            "regeling.standaard_som_minimum"
            if b.schuld / maanden < basis - Decimal("0.01")
            else "regeling.standaard_som",
            **waarden,
        )
        if b.termijnbedrag != basis:
            som = som + " " + t("regeling.met_rente", termijnbedrag=bedrag(t, b.termijnbedrag))
        blokken.append(Alinea(som))
    if b.rente > _NUL:
        blokken.append(Alinea(t("regeling.rente_uitleg", rente=bedrag(t, b.rente))))
    elif not b.rente_berekend:
        blokken.append(Alinea(t("regeling.geen_rente")))
    if b.restant > _NUL:
        blokken.append(Kader(t("regeling.restant", restant=bedrag(t, b.restant)), soort="let_op"))
    blokken.append(Alinea(t("regeling.zie_bijlage"), klein=True))
    return Sectie(t("regeling.berekening_titel"), tuple(blokken), bijeen=True)


# Steps of the core about its own settings and the review, or that the letter words itself (the restant).
_STAPPEN_NIET_IN_BRIEF = frozenset({"Rente berekenen", "Buiten beleid", "Peildatum", "Samengevoegd", "Restant"})
# The capacity in the schedule's steps is a summary of the capacity steps that the appendix shows in full.
_SAMENVATTING = "Betalingscapaciteit"
_INTERN = ("DOMAIN", "ARCHITECTURE", "RULES", "beleidskeuze")


def _grondslag(tekst: str) -> str:
    """The legal basis for a citizen: references to the project's own documents become 'beleid'."""
    delen = [d.strip() for d in tekst.split(";")]
    wet = [d for d in delen if d and not any(i in d for i in _INTERN)]
    if len(wet) < len(delen):
        wet.append("beleid Dienst Toeslagen")
    return "; ".join(dict.fromkeys(wet))


def brief_stappen(b: Regelingsbrief) -> tuple[Stap, ...]:
    """The core's steps as the letter shows them: the capacity first (persoonlijk), then the schedule; without
    the steps about settings and review, and with the legal basis as a citizen can look it up."""
    cap = tuple(b.capaciteit.uitleg) if b.capaciteit is not None else ()
    schema = tuple(s for s in b.uitleg if not (cap and s.stap == _SAMENVATTING))
    stappen = [s for s in (*cap, *schema) if s.stap not in _STAPPEN_NIET_IN_BRIEF]
    return tuple(dataclasses.replace(s, grondslag=_grondslag(s.grondslag)) for s in stappen)


def _bijlage(t: Teksten, b: Regelingsbrief) -> Sectie:
    """The appendix after the signature: every step of the calculation with its legal basis."""
    onbevestigd = tuple(dict.fromkeys((*b.onbevestigd, *(b.capaciteit.onbevestigd if b.capaciteit else ()))))
    jaar = b.termijnen[0].vervaldatum.year if b.termijnen else b.basis.dagtekening.year
    return Sectie(t("regeling.stappen_titel"), berekening_blokken(t, brief_stappen(b), onbevestigd, jaar))


def render_regelingsbrief(b: Regelingsbrief, fonts_dir: Path, letters_dir: Path) -> bytes:
    """Render the arrangement letter to PDF bytes (pure and deterministic; call it from a worker thread).

    Args:
        b: the letter data.
        fonts_dir: `resources/fonts`.
        letters_dir: `resources/letters`.
    """
    return render_brief(regelingsbrief(b, letters_dir), fonts_dir)
