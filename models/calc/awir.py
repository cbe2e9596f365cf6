"""The Awir machinery the four toeslagen share: one calculation's state, months with a right, the rounding to a
year amount and monthly voorschot, and the definitive settlement against the voorschot paid.

What belongs here: `Rekening` (year, parameters, Rekenregels, the trace being built and the unconfirmed
parameters used), the month helpers (an age counts from the month after the birthday month), `afronden` (Awir
art. 14 lid 4–5 and the monthly voorschot), `afrekening` (saldo, doelmatigheidsgrens Awir art. 26a, hoge
terugvordering) and `doelmatigheidsgrens`. The regeling modules compute an exact year amount; everything after
that is here, so all four toeslagen round, settle and explain the same way.

The trace is built as plain tuples (stap, waarde, omschrijving, grondslag); `api.py` turns them into `Stap`
objects or JSON. With `spoor is None` (no explanation wanted) no text is formatted at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Sequence
from decimal import Decimal
from typing import TypeVar

from models.calc.afronding import awir_jaarbedrag, maandvoorschot
from models.calc.artikelen import artikel
from models.calc.formaat import euro, euro_heel, maanden
from models.calc.invoer import Invoerfout, Regeling
from models.calc.parameters import BEKENDE_JAREN, OnbekendJaar, Parameter, Parameterset, Status, parameters
from models.calc.regels import Maandafronding, Rekenregels

__all__ = [
    "NUL",
    "Afrekeningruw",
    "Rekening",
    "Spoorstap",
    "VasteStap",
    "afrekening",
    "afronden",
    "doelmatigheidsgrens",
    "groepeer_maanden",
    "onthouden",
    "vanaf_maand",
]

_ONBEVESTIGD = Status.ONBEVESTIGD
NUL = Decimal(0)
_TWAALF = Decimal(12)

Spoorstap = tuple[str, Decimal | int | bool | str, str, str]
"""One trace step before it becomes a `Stap`: (stap, waarde, omschrijving, grondslag)."""

K = TypeVar("K", bound=Hashable)


class Rekening:
    """The state of one calculation of one regeling for one year.

    Attributes:
        jaar: the berekeningsjaar.
        ps: the parameters of that year.
        regels: the practice-vs-statute choices.
        spoor: the trace steps being built, or None when no explanation is wanted.
        onbevestigd: labels of the UNCONFIRMED parameters (and assumptions) actually used, in order of use.
    """

    __slots__ = ("jaar", "onbevestigd", "ps", "regels", "spoor")

    def __init__(self, jaar: int, ps: Parameterset, regels: Rekenregels, *, met_uitleg: bool = True) -> None:
        self.jaar = jaar
        self.ps = ps
        self.regels = regels
        self.spoor: list[Spoorstap] | None = [] if met_uitleg else None
        self.onbevestigd: list[str] = []

    def p(self, sleutel: str) -> Parameter:
        """The parameter `sleutel`; records it when UNCONFIRMED. Raises `OntbrekendeParameter` when missing."""
        par = self.ps[sleutel]
        if par.status is _ONBEVESTIGD and par.label not in self.onbevestigd:
            self.onbevestigd.append(par.label)
        return par

    def w(self, sleutel: str) -> Decimal:
        """The Decimal value of `sleutel` (an amount, or a percentage in %)."""
        waarde = self.p(sleutel).waarde
        if not isinstance(waarde, Decimal):
            raise TypeError(f"parameter '{sleutel}' is geen bedrag")
        return waarde

    def f(self, sleutel: str) -> Decimal:
        """The fraction of the percentage parameter `sleutel` (1,896% → 0.01896)."""
        fractie = self.p(sleutel).fractie
        if fractie is None:
            raise TypeError(f"parameter '{sleutel}' is geen percentage")
        return fractie

    def i(self, sleutel: str) -> int:
        """The integer value of `sleutel` (an age)."""
        waarde = self.p(sleutel).waarde
        if not isinstance(waarde, int):
            raise TypeError(f"parameter '{sleutel}' is geen geheel getal")
        return waarde

    def aanname(self, label: str) -> None:
        """Record an unconfirmed assumption (an interpolated table value, a fallback year) for the result."""
        if label not in self.onbevestigd:
            self.onbevestigd.append(label)

    def art(self, sleutel: str) -> str:
        """The article label of `sleutel` for this year."""
        return artikel(sleutel, self.jaar)


# --- trace steps that recur ------------------------------------------------------------------------------------


class VasteStap(tuple):  # type: ignore[type-arg]
    """A recurring trace step (see `onthouden`): a plain (stap, waarde, omschrijving, grondslag) tuple that also
    keeps its JSON text once it has been serialised (`json`)."""

    json: str | None = None


_GEHEUGEN: dict[Hashable, tuple[VasteStap, ...]] = {}
_GEHEUGEN_MAX = 50_000


def onthouden(sleutel: Hashable, maak: Callable[[], Sequence[Spoorstap]]) -> tuple[VasteStap, ...]:
    """The trace steps for `sleutel`, made once by `maak()` and then reused.

    Steps that depend only on the year, the rules and a few values (the drempelinkomen, the standaardpremie,
    the monthly voorschot of a given year amount) recur in almost every calculation; formatting them once makes
    the trace cheap (a batch of zorgtoeslag lines formats only the income-dependent steps). The key must contain
    everything the steps' texts depend on. The memo is bounded: it is emptied when it grows past 50.000 entries.
    """
    stappen = _GEHEUGEN.get(sleutel)
    if stappen is None:
        if len(_GEHEUGEN) >= _GEHEUGEN_MAX:
            _GEHEUGEN.clear()
        stappen = _GEHEUGEN[sleutel] = tuple(VasteStap(s) for s in maak())
    return stappen


# --- months -----------------------------------------------------------------------------------------------------


def vanaf_maand(geboortedatum: dt.date, leeftijd: int, jaar: int) -> int:
    """The first month (1–12) of `jaar` in which someone born on `geboortedatum` counts as `leeftijd` years old.

    An age counts from the calendar month after the month of the birthday (the situation on the first day of
    the month decides; Belastingdienst: "vanaf de maand nadat uw kind 12 is geworden"). Returns 1 when the age
    was reached before the year, 13 when it is not reached in the year. `leeftijd` 0 gives the first month after
    the birth month (a child counts from the month after its birth).
    """
    maand = (geboortedatum.year + leeftijd - jaar) * 12 + geboortedatum.month + 1
    if maand < 1:
        return 1
    return min(maand, 13)


def groepeer_maanden(sleutels: Sequence[K]) -> list[tuple[int, int, K]]:
    """Consecutive months with the same situation, as (first month, last month, situation)."""
    perioden: list[tuple[int, int, K]] = []
    begin = 1
    for maand in range(2, len(sleutels) + 1):
        if sleutels[maand - 1] != sleutels[maand - 2]:
            perioden.append((begin, maand - 1, sleutels[maand - 2]))
            begin = maand
    perioden.append((begin, len(sleutels), sleutels[-1]))
    return perioden


def periode_tekst(van: int, tot: int) -> str:
    """ "april t/m december (9 maanden)" for the trace."""
    aantal = tot - van + 1
    return f"{maanden(van, tot)} ({aantal} {'maand' if aantal == 1 else 'maanden'})"


# --- Awir art. 14: year amount and monthly voorschot -------------------------------------------------------------


def afronden(r: Rekening, exact: Decimal) -> tuple[Decimal, Decimal, bool]:
    """Awir art. 14 lid 4–5 and the monthly voorschot: (bedrag_jaar, bedrag_maand, recht).

    With the practice ordering (default) the exact amount is rounded to whole euros first and the € 24 minimum
    is applied to the rounded amount; the statutory variant tests the exact amount.
    """
    minimum = r.w("awir.minimumbedrag")
    regels = r.regels
    afgerond = awir_jaarbedrag(exact)
    getoetst = afgerond if regels.minimum_na_afronding else exact
    recht = getoetst >= minimum
    bedrag_jaar = afgerond if recht else NUL
    bedrag_maand = maandvoorschot(bedrag_jaar, regels.maandvoorschot) if recht else NUL
    sp = r.spoor
    if sp is not None:
        sp.append(
            (
                "Afronding jaarbedrag",
                afgerond,
                f"Jaarbedrag afgerond op hele euro's: {euro(exact)} → {euro_heel(afgerond)}",
                r.art("awir.afronding"),
            )
        )
        jaar = r.jaar
        sp.extend(
            onthouden(
                ("awir.slot", jaar, regels.minimum_na_afronding, regels.maandvoorschot, getoetst, minimum),
                lambda: _slot_stappen(jaar, regels, getoetst, minimum, recht, bedrag_jaar, bedrag_maand),
            )
        )
    return bedrag_jaar, bedrag_maand, recht


def _slot_stappen(
    jaar: int,
    regels: Rekenregels,
    getoetst: Decimal,
    minimum: Decimal,
    recht: bool,
    bedrag_jaar: Decimal,
    bedrag_maand: Decimal,
) -> list[Spoorstap]:
    stappen = [_minimum_stap(jaar, regels, getoetst, minimum, recht)]
    if recht:
        stappen.append(_maand_stap(jaar, regels, bedrag_jaar, bedrag_maand))
    return stappen


def _minimum_stap(jaar: int, regels: Rekenregels, getoetst: Decimal, minimum: Decimal, recht: bool) -> Spoorstap:
    toets = euro_heel(getoetst) if regels.minimum_na_afronding else euro(getoetst)
    grondslag = artikel("awir.minimum_volgorde" if regels.minimum_na_afronding else "awir.minimum", jaar)
    if recht:
        tekst = f"{toets} is niet minder dan {euro_heel(minimum)}: recht op toeslag"
    else:
        tekst = f"{toets} is minder dan {euro_heel(minimum)}: geen toeslag"
    return ("Minimumbedrag", recht, tekst, grondslag)


def _maand_stap(jaar: int, regels: Rekenregels, bedrag_jaar: Decimal, bedrag_maand: Decimal) -> Spoorstap:
    if regels.maandvoorschot is Maandafronding.HELE_EUROS_OMLAAG:
        tekst = (
            f"Voorschot per maand: {euro_heel(bedrag_jaar)} / 12 = {euro(bedrag_jaar / _TWAALF)}, naar "
            f"beneden afgerond op hele euro's: {euro_heel(bedrag_maand)}"
        )
        return ("Voorschot per maand", bedrag_maand, tekst, artikel("awir.maand", jaar))
    tekst = f"Voorschot per maand: {euro_heel(bedrag_jaar)} / 12 = {euro(bedrag_maand)}"
    return ("Voorschot per maand", bedrag_maand, tekst, artikel("awir.maand_centen", jaar))


# --- Definitive settlement ---------------------------------------------------------------------------------------


def doelmatigheidsgrens(jaar_definitief: int) -> tuple[Parameter, str | None]:
    """The doelmatigheidsgrens (Awir art. 26a lid 1) for a definitive calculation made in `jaar_definitief`.

    Returns the parameter and, when that year has no parameters, the assumption made (the newest known value is
    used and the assumption must be listed in `onbevestigde_parameters`). A year before the first known year is
    an input error.
    """
    try:
        return parameters(jaar_definitief)["awir.doelmatigheidsgrens"], None
    except OnbekendJaar:
        if jaar_definitief < BEKENDE_JAREN[0]:
            raise Invoerfout(
                "jaar_definitief",
                f"geen doelmatigheidsgrens bekend voor {jaar_definitief} (eerste jaar {BEKENDE_JAREN[0]})",
            ) from None
    nieuwste = parameters(BEKENDE_JAREN[-1])["awir.doelmatigheidsgrens"]
    waarde = nieuwste.waarde
    assert isinstance(waarde, Decimal)
    aanname = f"Doelmatigheidsgrens {jaar_definitief} onbekend: aangenomen {euro_heel(waarde)} (waarde {nieuwste.jaar})"
    return nieuwste, aanname


class Afrekeningruw:
    """The settlement amounts of one definitive calculation (see `uitkomst.Afrekening`)."""

    __slots__ = ("betaald", "grens", "hoog", "na_te_betalen", "onbevestigd", "saldo", "spoor", "terug")

    def __init__(self) -> None:
        self.betaald = NUL
        self.saldo = NUL
        self.terug = NUL
        self.na_te_betalen = NUL
        self.hoog = False
        self.grens = NUL
        self.spoor: list[Spoorstap] | None = None
        self.onbevestigd: list[str] = []


def afrekening(
    regeling: Regeling,
    jaar: int,
    bedrag_jaar: Decimal,
    betaald: Decimal,
    jaar_definitief: int,
    regels: Rekenregels,
    *,
    met_uitleg: bool = True,
) -> Afrekeningruw:
    """Set the definitive year amount against the voorschot paid.

    saldo = bedrag_jaar − betaald (positive: nabetaling, negative: terugvordering). A terugvordering of the
    doelmatigheidsgrens of the year of the definitive calculation *or less* is not recovered (Awir art. 26a lid 1,
    per toeslag). A terugvordering is "hoog" per the Rekenregels (default: more than € 500; € 1.000 for
    kinderopvangtoeslag).
    """
    if jaar_definitief < jaar:
        raise Invoerfout(
            "jaar_definitief", f"de definitieve berekening kan niet vóór het berekeningsjaar {jaar} liggen"
        )
    uit = Afrekeningruw()
    grens_par, aanname = doelmatigheidsgrens(jaar_definitief)
    grens = grens_par.waarde
    assert isinstance(grens, Decimal)
    if grens_par.onbevestigd:
        uit.onbevestigd.append(grens_par.label)
    if aanname is not None:
        uit.onbevestigd.append(aanname)
    saldo = bedrag_jaar - betaald
    terugvordering = -saldo if saldo < NUL else NUL
    terug = terugvordering if terugvordering > grens else NUL
    hoog_grens = (
        regels.hoge_terugvordering_grens_kot
        if regeling is Regeling.KINDEROPVANGTOESLAG
        else regels.hoge_terugvordering_grens
    )
    uit.betaald = betaald
    uit.saldo = saldo
    uit.terug = terug
    uit.na_te_betalen = saldo if saldo > NUL else NUL
    uit.hoog = terug > NUL and regels.hoge_terugvordering_vergelijking.geldt(terug, hoog_grens)
    uit.grens = grens
    if met_uitleg:
        sp: list[Spoorstap] = []
        sp.append(
            (
                "Definitief jaarbedrag",
                bedrag_jaar,
                f"Definitieve {regeling.label} over {jaar}: {euro_heel(bedrag_jaar)}",
                "Awir art. 19",
            )
        )
        sp.append(("Betaald voorschot", betaald, f"Betaalde voorschotten over {jaar}: {euro(betaald)}", "Awir art. 16"))
        if saldo > NUL:
            tekst = f"{euro_heel(bedrag_jaar)} − {euro(betaald)} = {euro(saldo)}: nabetaling van {euro(saldo)}"
            grondslag = artikel("awir.nabetaling", jaar)
        elif saldo < NUL:
            tekst = (
                f"{euro_heel(bedrag_jaar)} − {euro(betaald)} = {euro(saldo)}: te veel ontvangen {euro(terugvordering)}"
            )
            grondslag = artikel("awir.terugvordering", jaar)
        else:
            tekst = f"{euro_heel(bedrag_jaar)} − {euro(betaald)} = € 0,00: geen nabetaling en geen terugvordering"
            grondslag = artikel("awir.terugvordering", jaar)
        sp.append(("Saldo", saldo, tekst, grondslag))
        if terugvordering > NUL:
            doel_art = f"{artikel('awir.doelmatigheid', jaar_definitief)} (definitieve berekening in {jaar_definitief})"
            if terug > NUL:
                tekst = f"Terugvordering {euro(terugvordering)} is meer dan {euro_heel(grens)}: wordt teruggevorderd"
            else:
                tekst = (
                    f"Terugvordering {euro(terugvordering)} is {euro_heel(grens)} of minder: wordt niet "
                    f"teruggevorderd (doelmatigheidsgrens)"
                )
            sp.append(("Doelmatigheidsgrens", terug, tekst, doel_art))
        if terug > NUL:
            woord = regels.hoge_terugvordering_vergelijking.tekst
            if uit.hoog:
                tekst = f"Terugvordering {euro(terug)} is {woord} {euro_heel(hoog_grens)}: hoge terugvordering"
            else:
                tekst = (
                    f"Terugvordering {euro(terug)} is niet {woord} {euro_heel(hoog_grens)}: geen hoge terugvordering"
                )
            sp.append(("Hoge terugvordering", uit.hoog, tekst, artikel("praktijk.hoge_terugvordering", jaar)))
        uit.spoor = sp
    return uit
