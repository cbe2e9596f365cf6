"""The public API of the calculation core: `bereken`, `afrekenen`, `wat_als` and `bereken_json`.

What belongs here: the entry points other layers import, the dispatch to the four regeling modules, and the
conversion of a calculation to the result dataclasses (`uitkomst.py`) and to the `werkplek-reken` JSON fields.
The formulas live in the regeling modules; rounding, settlement and the doelmatigheidsgrens in `awir.py`.

All amounts are `Decimal` euros. Bad input raises `Invoerfout` (field + Dutch message); `bereken_json` never
raises for a bad line and answers `{"fout": "<veld>: <melding>"}` instead.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from models.calc import huurtoeslag, kinderopvangtoeslag, kindgebonden_budget, zorgtoeslag
from models.calc.afronding import nieuw_maandvoorschot
from models.calc.awir import NUL, Afrekeningruw, Rekening, Spoorstap, VasteStap, afrekening, afronden
from models.calc.formaat import MAANDEN, euro, euro_heel
from models.calc.invoer import Grondslagen, Invoerfout, Regeling, _bedrag
from models.calc.parameters import BEKENDE_JAREN, OnbekendJaar, OntbrekendeParameter, parameters
from models.calc.regels import PRAKTIJK, WETTELIJK, Rekenregels
from models.calc.uitkomst import Afrekening, Stap, Uitkomst, WatAls, _geld

__all__ = [
    "PRAKTIJK",
    "WETTELIJK",
    "Rekenregels",
    "afrekenen",
    "bereken",
    "bereken_json",
    "bereken_json_tekst",
    "wat_als",
]

_Rekenaar = Callable[[Rekening, Grondslagen], tuple[Decimal, str | None]]

_REKENAARS: dict[Regeling, _Rekenaar] = {
    Regeling.ZORGTOESLAG: zorgtoeslag.bereken,
    Regeling.HUURTOESLAG: huurtoeslag.bereken,
    Regeling.KINDGEBONDEN_BUDGET: kindgebonden_budget.bereken,
    Regeling.KINDEROPVANGTOESLAG: kinderopvangtoeslag.bereken,
}
_JAREN_TEKST = ", ".join(str(j) for j in BEKENDE_JAREN[:-1]) + f" of {BEKENDE_JAREN[-1]}"


class _Ruw:
    """One calculation before it becomes an `Uitkomst` (or JSON): amounts, reason, trace tuples, unconfirmed."""

    __slots__ = ("bedrag_jaar", "bedrag_maand", "exact", "jaar", "onbevestigd", "recht", "reden", "regeling", "spoor")

    def __init__(self, regeling: Regeling, jaar: int) -> None:
        self.regeling = regeling
        self.jaar = jaar
        self.recht = False
        self.exact = NUL
        self.bedrag_jaar = NUL
        self.bedrag_maand = NUL
        self.reden: str | None = None
        self.spoor: list[Spoorstap] | None = None
        self.onbevestigd: list[str] = []

    def uitkomst(self) -> Uitkomst:
        return Uitkomst(
            regeling=self.regeling,
            jaar=self.jaar,
            recht=self.recht,
            bedrag_jaar_exact=self.exact,
            bedrag_jaar=self.bedrag_jaar,
            bedrag_maand=self.bedrag_maand,
            uitleg=_stappen(self.spoor),
            onbevestigde_parameters=tuple(self.onbevestigd),
            reden_geen_recht=self.reden,
        )


def _stappen(spoor: list[Spoorstap] | None) -> tuple[Stap, ...]:
    return () if spoor is None else tuple(Stap(*s) for s in spoor)


_REGELINGEN = {r.value: r for r in Regeling}


def _regeling(regeling: Regeling | str) -> Regeling:
    if isinstance(regeling, Regeling):
        return regeling
    gevonden = _REGELINGEN.get(regeling) if isinstance(regeling, str) else None
    if gevonden is None:
        namen = ", ".join(_REGELINGEN)
        raise Invoerfout("regeling", f"onbekende regeling '{str(regeling)[:40]}'; kies {namen}")
    return gevonden


def _bereken(
    regeling: Regeling | str, jaar: int, grondslagen: Grondslagen, regels: Rekenregels | None, met_uitleg: bool
) -> _Ruw:
    regeling = _regeling(regeling)
    if isinstance(jaar, bool) or not isinstance(jaar, int):
        raise Invoerfout("jaar", f"moet een jaartal zijn ({_JAREN_TEKST})")
    try:
        ps = parameters(jaar)
    except OnbekendJaar:
        raise Invoerfout("jaar", f"moet {_JAREN_TEKST} zijn; er zijn geen parameters voor {jaar}") from None
    r = Rekening(jaar, ps, regels or PRAKTIJK, met_uitleg=met_uitleg)
    uit = _Ruw(regeling, jaar)
    exact, reden = _REKENAARS[regeling](r, grondslagen)
    uit.exact = exact
    if reden is not None and exact == NUL:
        uit.reden = reden
    else:
        uit.bedrag_jaar, uit.bedrag_maand, uit.recht = afronden(r, exact)
        if not uit.recht:
            uit.reden = (
                f"Het berekende jaarbedrag {euro(exact)} is minder dan {euro_heel(r.w('awir.minimumbedrag'))}."
                if exact > NUL
                else "De berekende toeslag is € 0: het inkomen is te hoog voor deze situatie."
            )
    uit.spoor = r.spoor
    uit.onbevestigd = r.onbevestigd
    return uit


def bereken(
    regeling: Regeling,
    jaar: int,
    grondslagen: Grondslagen,
    *,
    regels: Rekenregels | None = None,
    met_uitleg: bool = True,
) -> Uitkomst:
    """The amount of one toeslag for one year, with its explanation.

    Args:
        regeling: zorgtoeslag, huurtoeslag, kindgebonden budget or kinderopvangtoeslag.
        jaar: the berekeningsjaar (2024, 2025 or 2026).
        grondslagen: the household data (income and vermogen per year, rent per month, childcare per month).
        regels: the practice-vs-statute choices; default `PRAKTIJK` (the agency's practice).
        met_uitleg: False skips building the explanation (`uitleg` is then empty): for bulk use.

    Returns:
        The `Uitkomst`: exact and rounded year amount, monthly voorschot, the trace and the unconfirmed
        parameters used.

    Raises:
        Invoerfout: bad input (unknown year or regeling, missing rent for huurtoeslag, ...), naming the field.
    """
    return _bereken(regeling, jaar, grondslagen, regels, met_uitleg).uitkomst()


def _betaald(waarde: Decimal, veld: str) -> Decimal:
    if not isinstance(waarde, Decimal) or not waarde.is_finite():
        raise Invoerfout(veld, "verwacht een bedrag (Decimal)")
    if waarde < NUL:
        raise Invoerfout(veld, "mag niet negatief zijn")
    return waarde


def _afrekening(ruw: _Ruw, betaald: Decimal, aw: Afrekeningruw) -> Afrekening:
    onbevestigd = list(ruw.onbevestigd)
    onbevestigd.extend(x for x in aw.onbevestigd if x not in onbevestigd)
    return Afrekening(
        uitkomst=ruw.uitkomst(),
        betaald_voorschot=betaald,
        saldo=aw.saldo,
        terug_te_vorderen=aw.terug,
        na_te_betalen=aw.na_te_betalen,
        hoge_terugvordering=aw.hoog,
        uitleg=_stappen(aw.spoor),
        onbevestigde_parameters=tuple(onbevestigd),
    )


def afrekenen(
    regeling: Regeling,
    jaar: int,
    grondslagen: Grondslagen,
    betaald_voorschot: Decimal,
    *,
    jaar_definitief: int | None = None,
    regels: Rekenregels | None = None,
    met_uitleg: bool = True,
) -> Afrekening:
    """The definitive calculation on the actual data, set against the voorschot paid.

    Args:
        regeling: the toeslag.
        jaar: the berekeningsjaar.
        grondslagen: the actual (definitive) household data.
        betaald_voorschot: the total voorschot paid for the year.
        jaar_definitief: the year the definitive calculation is made (default `jaar + 1`); it fixes the
            doelmatigheidsgrens (€ 116 in 2024, € 118 in 2025, € 121 in 2026). For a later year without
            parameters the newest known grens is used and that assumption is listed in `onbevestigde_parameters`.
        regels: the practice-vs-statute choices, including the "hoge terugvordering" operator and amounts.
        met_uitleg: False skips building the explanations.

    Returns:
        The `Afrekening`: saldo (+ nabetaling, − terugvordering), the amount recovered after the
        doelmatigheidsgrens ("of minder" is inclusive), the back-payment and the hoge-terugvordering flag.

    Raises:
        Invoerfout: bad input, naming the field.
    """
    regels = regels or PRAKTIJK
    betaald = _betaald(betaald_voorschot, "betaald_voorschot")
    ruw = _bereken(regeling, jaar, grondslagen, regels, met_uitleg)
    jd = jaar + 1 if jaar_definitief is None else jaar_definitief
    aw = afrekening(ruw.regeling, jaar, ruw.bedrag_jaar, betaald, jd, regels, met_uitleg=met_uitleg)
    return _afrekening(ruw, betaald, aw)


class _WatAlsRuw:
    __slots__ = ("betaald", "huidig", "nieuw", "nieuw_maand", "onbevestigd", "resterend", "spoor", "vanaf", "verwacht")

    def __init__(self, huidig: _Ruw, nieuw: _Ruw, vanaf: int, betaald: Decimal, verwacht: Afrekeningruw) -> None:
        self.huidig = huidig
        self.nieuw = nieuw
        self.vanaf = vanaf
        self.betaald = betaald
        self.verwacht = verwacht
        self.nieuw_maand = NUL
        self.resterend = NUL
        self.spoor: list[Spoorstap] | None = None
        self.onbevestigd: list[str] = []


def _wat_als(
    regeling: Regeling | str,
    jaar: int,
    huidige: Grondslagen,
    nieuwe: Grondslagen,
    vanaf_maand: int,
    betaald_tot_nu: Decimal | None,
    jaar_definitief: int | None,
    regels: Rekenregels | None,
    met_uitleg: bool,
) -> _WatAlsRuw:
    if isinstance(vanaf_maand, bool) or not isinstance(vanaf_maand, int) or not 1 <= vanaf_maand <= 12:
        raise Invoerfout("vanaf_maand", "moet een maand van 1 (januari) tot en met 12 (december) zijn")
    regels = regels or PRAKTIJK
    huidig = _bereken(regeling, jaar, huidige, regels, met_uitleg)
    nieuw = _bereken(regeling, jaar, nieuwe, regels, met_uitleg)
    verstreken = vanaf_maand - 1
    resterend = 13 - vanaf_maand
    betaald = huidig.bedrag_maand * verstreken if betaald_tot_nu is None else _betaald(betaald_tot_nu, "betaald_tot_nu")
    ongewijzigd = betaald + huidig.bedrag_maand * resterend
    jd = jaar + 1 if jaar_definitief is None else jaar_definitief
    verwacht = afrekening(nieuw.regeling, jaar, nieuw.bedrag_jaar, ongewijzigd, jd, regels, met_uitleg=met_uitleg)
    uit = _WatAlsRuw(huidig, nieuw, vanaf_maand, betaald, verwacht)
    uit.nieuw_maand = nieuw_maandvoorschot(nieuw.bedrag_jaar - betaald, resterend)
    uit.resterend = nieuw.bedrag_jaar - betaald - uit.nieuw_maand * resterend
    for lijst in (huidig.onbevestigd, nieuw.onbevestigd, verwacht.onbevestigd):
        uit.onbevestigd.extend(x for x in lijst if x not in uit.onbevestigd)
    if met_uitleg:
        label = nieuw.regeling.label
        art = "Awir art. 16 (herziening voorschot); proefberekening"
        sp: list[Spoorstap] = [
            (
                "Huidig voorschot",
                huidig.bedrag_maand,
                f"Op de huidige gegevens: {label} {euro_heel(huidig.bedrag_jaar)} per jaar, voorschot "
                f"{euro_heel(huidig.bedrag_maand)} per maand",
                art,
            )
        ]
        if verstreken == 0:
            tekst = "Er is nog geen voorschot betaald (wijziging vanaf januari)"
        elif betaald_tot_nu is None:
            tekst = (
                f"Betaald over januari t/m {MAANDEN[verstreken - 1]}: {verstreken} × "
                f"{euro_heel(huidig.bedrag_maand)} = {euro(betaald)}"
            )
        else:
            tekst = f"Opgegeven betaald voorschot tot {MAANDEN[vanaf_maand - 1]}: {euro(betaald)}"
        sp.append(("Betaald tot nu", betaald, tekst, art))
        sp.append(
            (
                "Nieuw jaarbedrag",
                nieuw.bedrag_jaar,
                f"Op de nieuwe gegevens: {label} {euro_heel(nieuw.bedrag_jaar)} per jaar",
                art,
            )
        )
        if verwacht.saldo < NUL:
            gevolg = f"te veel ontvangen {euro(-verwacht.saldo)}; terugvordering {euro(verwacht.terug)}"
            if verwacht.hoog:
                gevolg += " (hoge terugvordering)"
        elif verwacht.saldo > NUL:
            gevolg = f"nabetaling {euro(verwacht.saldo)}"
        else:
            gevolg = "geen nabetaling en geen terugvordering"
        sp.append(
            (
                "Als het voorschot niet verandert",
                verwacht.saldo,
                f"Blijft het voorschot {euro_heel(huidig.bedrag_maand)} per maand, dan is in totaal "
                f"{euro(ongewijzigd)} betaald; bij de definitieve berekening: {gevolg}",
                art,
            )
        )
        sp.append(
            (
                "Nieuw voorschot",
                uit.nieuw_maand,
                f"({euro_heel(nieuw.bedrag_jaar)} − {euro(betaald)}) / {resterend} resterende "
                f"{'maand' if resterend == 1 else 'maanden'}, naar beneden afgerond op hele euro's en niet negatief: "
                f"{euro_heel(uit.nieuw_maand)} per maand vanaf {MAANDEN[vanaf_maand - 1]}",
                art,
            )
        )
        if uit.resterend > NUL:
            tekst = f"Met dat voorschot volgt nog een nabetaling van {euro(uit.resterend)}"
        elif uit.resterend < NUL:
            tekst = f"Ook met een voorschot van € 0 is {euro(-uit.resterend)} te veel ontvangen"
        else:
            tekst = "Met dat voorschot klopt het jaarbedrag precies"
        sp.append(("Resterend saldo", uit.resterend, tekst, art))
        uit.spoor = sp
    return uit


def wat_als(
    regeling: Regeling,
    jaar: int,
    huidige: Grondslagen,
    nieuwe: Grondslagen,
    *,
    vanaf_maand: int,
    betaald_tot_nu: Decimal | None = None,
    jaar_definitief: int | None = None,
    regels: Rekenregels | None = None,
    met_uitleg: bool = True,
) -> WatAls:
    """What a change in the data means for this year (proefberekening).

    The current voorschot (on `huidige`) was paid for the months before `vanaf_maand`, or `betaald_tot_nu` if
    given. The new year amount is computed on `nieuwe`; the expected settlement assumes the voorschot is not
    changed; the new monthly voorschot for the remaining months avoids it (whole euros, rounded down, never
    negative), and `resterend_saldo` is what would still follow with it (+ nabetaling, − terugvordering).

    Args:
        regeling: the toeslag.
        jaar: the berekeningsjaar.
        huidige: the data the current voorschot is based on.
        nieuwe: the new (actual) data.
        vanaf_maand: the first month (1–12) the new voorschot can apply to.
        betaald_tot_nu: the voorschot actually paid so far; default: current monthly voorschot × months passed.
        jaar_definitief: the year of the expected definitive calculation (default `jaar + 1`).
        regels: the practice-vs-statute choices.
        met_uitleg: False skips building the explanations.

    Returns:
        The `WatAls` result.

    Raises:
        Invoerfout: bad input, naming the field.
    """
    ruw = _wat_als(regeling, jaar, huidige, nieuwe, vanaf_maand, betaald_tot_nu, jaar_definitief, regels, met_uitleg)
    nieuw = ruw.nieuw.uitkomst()
    verwacht = _afrekening(ruw.nieuw, ruw.betaald + ruw.huidig.bedrag_maand * (13 - ruw.vanaf), ruw.verwacht)
    return WatAls(
        huidig=ruw.huidig.uitkomst(),
        nieuw=nieuw,
        vanaf_maand=ruw.vanaf,
        betaald_tot_nu=ruw.betaald,
        verwachte_afrekening=verwacht,
        nieuw_maandbedrag=ruw.nieuw_maand,
        resterend_saldo=ruw.resterend,
        uitleg=_stappen(ruw.spoor),
        onbevestigde_parameters=tuple(ruw.onbevestigd),
    )


# --- werkplek-reken: one JSON object in, one out ----------------------------------------------------------------

_VELDEN = frozenset(
    {
        "regeling",
        "jaar",
        "aanvrager",
        "partner",
        "vermogen",
        "woonlandfactor",
        "kinderen",
        "medebewoners",
        "huur",
        "opvang",
        "betaald_voorschot",
        "jaar_definitief",
        "wat_als",
        "rekenregels",
        "id",
    }
)
_GRONDSLAG_VELDEN = ("aanvrager", "partner", "vermogen", "woonlandfactor", "kinderen", "medebewoners", "huur", "opvang")
_REGELS = {"praktijk": PRAKTIJK, "wettelijk": WETTELIJK}
_betalingsregeling: Callable[[dict[str, Any]], dict[str, Any]] | None = None
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_tekst = json.encoder.encode_basestring  # a JSON string literal (C-accelerated)


class _JsonUit:
    """One answer before serialisation: the fields up to `onbevestigde_parameters` (`kop`), the raw trace steps,
    and the fields after `fout` (`staart`: wat_als, id). A betalingsregeling answer is kept whole in `kop`."""

    __slots__ = ("kop", "staart", "stappen", "wat_als_stappen")

    def __init__(self, kop: dict[str, Any]) -> None:
        self.kop = kop
        self.stappen: list[Spoorstap] | None = None
        self.wat_als_stappen: list[Spoorstap] | None = None
        self.staart: dict[str, Any] = {}

    def als_dict(self) -> dict[str, Any]:
        if self.stappen is None:
            uit = dict(self.kop)
        else:
            uit = {**self.kop, "uitleg": _json_stappen(self.stappen), "fout": None}
        if self.staart:
            uit.update(self.staart)
            if self.wat_als_stappen is not None:
                uit["wat_als"] = {**self.staart["wat_als"], "uitleg": _json_stappen(self.wat_als_stappen)}
        return uit

    def als_tekst(self) -> str:
        if self.stappen is None:
            return _encode(self.kop)
        delen = [
            _encode(self.kop)[:-1],
            ',"uitleg":[',
            ",".join([_stap_json(s) for s in self.stappen]),
            '],"fout":null',
        ]
        if self.staart:
            for sleutel, waarde in self.staart.items():
                veld = waarde
                if sleutel == "wat_als" and self.wat_als_stappen is not None:
                    veld = {**waarde, "uitleg": _json_stappen(self.wat_als_stappen)}
                delen.append(f",{_tekst(sleutel)}:{_encode(veld)}")
        delen.append("}")
        return "".join(delen)


def _waarde_json(waarde: Any) -> str:
    if isinstance(waarde, Decimal):
        tekst = str(waarde)
        return f'"{waarde:f}"' if "E" in tekst else f'"{tekst}"'
    if waarde is True:
        return "true"
    if waarde is False:
        return "false"
    if isinstance(waarde, int):
        return str(waarde)
    return _tekst(str(waarde))


_NAMEN: dict[str, str] = {}  # step names and legal bases as JSON string literals (a few hundred distinct texts)


def _naam_json(tekst: str) -> str:
    gecodeerd = _NAMEN.get(tekst)
    if gecodeerd is None:
        if len(_NAMEN) >= 10_000:
            _NAMEN.clear()
        gecodeerd = _NAMEN[tekst] = _tekst(tekst)
    return gecodeerd


def _stap_json(s: Spoorstap) -> str:
    """One trace step as JSON text; a recurring step (`VasteStap`) is serialised once and kept."""
    if type(s) is VasteStap:
        tekst = s.json
        if tekst is None:
            tekst = s.json = _stap_json(tuple(s))  # type: ignore[arg-type]
        return tekst
    return (
        f'{{"stap":{_naam_json(s[0])},"waarde":{_waarde_json(s[1])},"omschrijving":{_tekst(s[2])},'
        f'"grondslag":{_naam_json(s[3])}}}'
    )


def _json_stappen(spoor: list[Spoorstap] | None) -> list[dict[str, Any]]:
    if spoor is None:
        return []
    return [
        {
            "stap": s[0],
            "waarde": format(s[1], "f") if isinstance(s[1], Decimal) else s[1],
            "omschrijving": s[2],
            "grondslag": s[3],
        }
        for s in spoor
    ]


def _jaar_json(waarde: Any, veld: str) -> int:
    if isinstance(waarde, bool) or not isinstance(waarde, int):
        raise Invoerfout(veld, f"moet een jaartal als getal zijn ({_JAREN_TEKST})")
    return waarde


def _dispatch_betalingsregeling(regel: dict[str, Any]) -> dict[str, Any]:
    """Lines with "regeling": "betalingsregeling" go to `models.calc.betalingsregeling.verwerk_json`."""
    global _betalingsregeling  # noqa: PLW0603 - the lazily imported handler is cached once
    if _betalingsregeling is None:
        try:
            from models.calc.betalingsregeling import verwerk_json
        except ImportError as fout:
            if fout.name not in (None, "models.calc.betalingsregeling"):
                raise
            raise Invoerfout(
                "regeling", "'betalingsregeling' wordt door deze versie van werkplek-reken nog niet ondersteund"
            ) from None
        _betalingsregeling = verwerk_json
    uit = _betalingsregeling(regel)
    if not isinstance(uit, dict):
        raise TypeError("betalingsregeling.verwerk_json gaf geen object terug")
    return uit


def _kop(ruw: _Ruw) -> dict[str, Any]:
    return {
        "regeling": ruw.regeling.value,
        "jaar": ruw.jaar,
        "recht": ruw.recht,
        "bedrag_jaar_exact": _geld(ruw.exact),
        "bedrag_jaar": _geld(ruw.bedrag_jaar),
        "bedrag_maand": _geld(ruw.bedrag_maand),
        "reden_geen_recht": ruw.reden,
        "saldo": None,
        "terug_te_vorderen": None,
        "na_te_betalen": None,
        "hoge_terugvordering": None,
        "onbevestigde_parameters": ruw.onbevestigd,
    }


def _bereken_json(regel: Any, met_uitleg: bool) -> _JsonUit:
    if not isinstance(regel, dict):
        raise Invoerfout("invoer", "verwacht een JSON-object per regel")
    naam = regel.get("regeling")
    if naam is None:
        raise Invoerfout("regeling", "ontbreekt")
    if naam == "betalingsregeling":
        antwoord = _dispatch_betalingsregeling(regel)
        if "id" in regel and "id" not in antwoord:
            antwoord = {**antwoord, "id": regel["id"]}
        return _JsonUit(antwoord)
    if not isinstance(naam, str):
        raise Invoerfout("regeling", "verwacht de naam van de regeling als tekst")
    regeling = _regeling(naam)
    if not _VELDEN.issuperset(regel):
        onbekend = [str(k) for k in regel if k not in _VELDEN]
        raise Invoerfout(onbekend[0][:40], "onbekend veld")
    if "jaar" not in regel or regel["jaar"] is None:
        raise Invoerfout("jaar", "ontbreekt")
    jaar = _jaar_json(regel["jaar"], "jaar")
    if jaar not in BEKENDE_JAREN:
        raise Invoerfout("jaar", f"moet {_JAREN_TEKST} zijn; er zijn geen parameters voor {jaar}")
    regels_naam = regel.get("rekenregels") or "praktijk"
    regels = _REGELS.get(regels_naam) if isinstance(regels_naam, str) else None
    if regels is None:
        raise Invoerfout("rekenregels", "kies 'praktijk' of 'wettelijk'")
    grondslagen = Grondslagen.uit_dict(regel)
    wat_als_data = regel.get("wat_als")
    betaald_data = regel.get("betaald_voorschot")
    jd_data = regel.get("jaar_definitief")
    jaar_definitief = None if jd_data is None else _jaar_json(jd_data, "jaar_definitief")

    if wat_als_data is not None:
        uit = _wat_als_json(
            regeling, jaar, regel, grondslagen, wat_als_data, betaald_data, jaar_definitief, regels, met_uitleg
        )
    else:
        ruw = _bereken(regeling, jaar, grondslagen, regels, met_uitleg)
        uit = _JsonUit(_kop(ruw))
        uit.stappen = ruw.spoor if ruw.spoor is not None else []
        if betaald_data is not None:
            betaald = _bedrag(betaald_data, "betaald_voorschot")
            jd = jaar + 1 if jaar_definitief is None else jaar_definitief
            aw = afrekening(regeling, jaar, ruw.bedrag_jaar, betaald, jd, regels, met_uitleg=met_uitleg)
            kop = uit.kop
            kop["saldo"] = _geld(aw.saldo)
            kop["terug_te_vorderen"] = _geld(aw.terug)
            kop["na_te_betalen"] = _geld(aw.na_te_betalen)
            kop["hoge_terugvordering"] = aw.hoog
            if aw.onbevestigd:
                kop["onbevestigde_parameters"] = ruw.onbevestigd + [
                    x for x in aw.onbevestigd if x not in ruw.onbevestigd
                ]
            if aw.spoor is not None:
                uit.stappen.extend(aw.spoor)
    if "id" in regel:
        uit.staart["id"] = regel["id"]
    return uit


def _wat_als_json(
    regeling: Regeling,
    jaar: int,
    regel: dict[str, Any],
    grondslagen: Grondslagen,
    data: Any,
    betaald_data: Any,
    jaar_definitief: int | None,
    regels: Rekenregels,
    met_uitleg: bool,
) -> _JsonUit:
    if not isinstance(data, dict):
        raise Invoerfout("wat_als", "verwacht een object met vanaf_maand en nieuw")
    if betaald_data is not None:
        raise Invoerfout("betaald_voorschot", "kan niet samen met wat_als (gebruik wat_als.betaald_tot_nu)")
    nieuw_data = data.get("nieuw")
    if not isinstance(nieuw_data, dict):
        raise Invoerfout("wat_als.nieuw", "ontbreekt of is geen object met de gewijzigde grondslagen")
    for sleutel in nieuw_data:
        if sleutel not in _GRONDSLAG_VELDEN:
            raise Invoerfout(f"wat_als.nieuw.{str(sleutel)[:40]}", "onbekend veld")
    samen = {k: regel[k] for k in _GRONDSLAG_VELDEN if k in regel}
    samen.update(nieuw_data)
    try:
        nieuwe = Grondslagen.uit_dict(samen)
    except Invoerfout as fout:
        raise Invoerfout(f"wat_als.nieuw.{fout.veld}", fout.melding) from None
    vanaf = data.get("vanaf_maand")
    if vanaf is None:
        raise Invoerfout("wat_als.vanaf_maand", "ontbreekt")
    tot_nu = data.get("betaald_tot_nu")
    betaald_tot_nu = None if tot_nu is None else _bedrag(tot_nu, "wat_als.betaald_tot_nu")
    try:
        wa = _wat_als(regeling, jaar, grondslagen, nieuwe, vanaf, betaald_tot_nu, jaar_definitief, regels, met_uitleg)
    except Invoerfout as fout:
        if fout.veld == "vanaf_maand":
            raise Invoerfout("wat_als.vanaf_maand", fout.melding) from None
        raise
    uit = _JsonUit(_kop(wa.nieuw))
    v = wa.verwacht
    kop = uit.kop
    kop["saldo"] = _geld(v.saldo)
    kop["terug_te_vorderen"] = _geld(v.terug)
    kop["na_te_betalen"] = _geld(v.na_te_betalen)
    kop["hoge_terugvordering"] = v.hoog
    kop["onbevestigde_parameters"] = wa.onbevestigd
    uit.stappen = list(wa.nieuw.spoor or [])
    if v.spoor is not None:
        uit.stappen.extend(v.spoor)
    uit.staart["wat_als"] = {
        "vanaf_maand": wa.vanaf,
        "huidig_bedrag_jaar": _geld(wa.huidig.bedrag_jaar),
        "huidig_bedrag_maand": _geld(wa.huidig.bedrag_maand),
        "betaald_tot_nu": _geld(wa.betaald),
        "nieuw_maandbedrag": _geld(wa.nieuw_maand),
        "resterend_saldo": _geld(wa.resterend),
    }
    uit.wat_als_stappen = wa.spoor if wa.spoor is not None else []
    return uit


def _fout_dict(regel: Any, fout: BaseException) -> dict[str, Any]:
    if isinstance(fout, Invoerfout):
        uit: dict[str, Any] = {"fout": f"{fout.veld}: {fout.melding}"}
    elif isinstance(fout, OntbrekendeParameter):
        uit = {"fout": f"parameters: {fout}"}
    else:
        uit = {"fout": f"interne fout ({type(fout).__name__}): {str(fout)[:200]}"}
    if isinstance(regel, dict) and "id" in regel:
        uit["id"] = regel["id"]
    return uit


def bereken_json(regel: dict[str, Any], *, met_uitleg: bool = True) -> dict[str, Any]:
    """One `werkplek-reken` line in, one out (see the README section "werkplek-reken: the JSON-lines contract").

    Never raises: bad input gives `{"fout": "<veld>: <Dutch message>"}` (with "id" echoed when given); an
    unexpected error gives `{"fout": "interne fout: ..."}` so that a batch continues. Lines with
    `"regeling": "betalingsregeling"` are answered by `models.calc.betalingsregeling.verwerk_json`.

    Args:
        regel: the parsed JSON object of one input line.
        met_uitleg: False leaves `uitleg` empty (faster bulk runs).

    Returns:
        The JSON-compatible output object.
    """
    try:
        return _bereken_json(regel, met_uitleg).als_dict()
    except Exception as fout:
        return _fout_dict(regel, fout)


def bereken_json_tekst(regel: Any, *, met_uitleg: bool = True) -> tuple[str, bool]:
    """`bereken_json` serialised: (the compact JSON text of the answer, whether it is a `fout`).

    The same answer as `json.dumps(bereken_json(regel))` (compact separators, UTF-8 text), but recurring trace
    steps are serialised once; this is what `werkplek-reken` writes.
    """
    try:
        uit = _bereken_json(regel, met_uitleg)
        if uit.stappen is None:  # betalingsregeling: its own answer
            return _encode(uit.kop), uit.kop.get("fout") is not None
        return uit.als_tekst(), False
    except Exception as fout:  # one bad line must not stop a batch
        return _encode(_fout_dict(regel, fout)), True
