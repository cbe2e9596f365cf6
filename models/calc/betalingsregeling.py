"""Betalingsregelingen and invordering: the public face of the collection calculations and their JSON form.

What belongs here: the re-export of the public API (so callers import one module) and `verwerk_json`, the
`werkplek-reken` form: the CLI hands every JSON line with `"regeling": "betalingsregeling"` to it. The
calculations themselves live in `regeling_schema` (schedules and changes), `regeling_capaciteit`
(betalingscapaciteit), `invordering_toerekening` (allocation and verrekening of a nabetaling), `invordering_rente`
(invorderingsrente) and `parameters_invordering` (the values). Standard library only.

`verwerk_json` never raises for bad input: it returns `{"fout": "<veld>: <Dutch message>"}`. Amounts are decimal
strings in euros with at most two decimals (an int is accepted, a float is not: it is not exact); dates are ISO
(JJJJ-MM-DD). The field names per `soort` are documented in the README section "Betalingsregelingen in
werkplek-reken".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from models.calc.invoer import Invoerfout
from models.calc.invordering_basis import Pauze, Vordering, controleer_bedrag
from models.calc.invordering_rente import Renteuitkomst, bereken_invorderingsrente, rentedagen
from models.calc.invordering_toerekening import (
    Betalingsverdeling,
    Toerekening,
    verdeel_betaling,
    verreken_nabetaling,
)
from models.calc.parameters_invordering import invorderingsparameters
from models.calc.regeling_capaciteit import (
    Betalingscapaciteit,
    Capaciteitsinvoer,
    Leefsituatie,
    bereken_betalingscapaciteit,
)
from models.calc.regeling_schema import (
    GEEN_INVORDERINGSMAATREGELEN,
    Betalingsregeling,
    LopendeRegeling,
    Soort,
    Termijn,
    herbereken_capaciteit,
    pauzeer,
    persoonlijke_regeling,
    spijtoptantregeling,
    standaardregeling,
    verleng,
    verreken_voorschot,
    voeg_vorderingen_toe,
)

__all__ = [
    "GEEN_INVORDERINGSMAATREGELEN",
    "Betalingscapaciteit",
    "Betalingsregeling",
    "Betalingsverdeling",
    "Capaciteitsinvoer",
    "Leefsituatie",
    "LopendeRegeling",
    "Pauze",
    "Renteuitkomst",
    "Soort",
    "Termijn",
    "Toerekening",
    "Vordering",
    "bereken_betalingscapaciteit",
    "bereken_invorderingsrente",
    "herbereken_capaciteit",
    "invorderingsparameters",
    "pauzeer",
    "persoonlijke_regeling",
    "rentedagen",
    "spijtoptantregeling",
    "standaardregeling",
    "verdeel_betaling",
    "verleng",
    "verreken_nabetaling",
    "verreken_voorschot",
    "verwerk_json",
    "voeg_vorderingen_toe",
]

_MAXIMUM_BEDRAG = Decimal("1000000000")


# --- reading the fields ------------------------------------------------------------------------------------------


def _naam(pad: str, sleutel: str) -> str:
    return f"{pad}.{sleutel}" if pad else sleutel


def _waarde(data: dict[str, Any], sleutel: str, pad: str, verplicht: bool) -> Any:
    waarde = data.get(sleutel)
    if waarde is None and verplicht:
        raise Invoerfout(_naam(pad, sleutel), "ontbreekt")
    return waarde


def _bedrag(data: dict[str, Any], sleutel: str, pad: str = "", *, verplicht: bool = True) -> Decimal:
    """An amount in euros: a decimal string (or an int), not negative, at most two decimals; absent → 0."""
    veld = _naam(pad, sleutel)
    waarde = _waarde(data, sleutel, pad, verplicht)
    if waarde is None:
        return Decimal(0)
    if isinstance(waarde, bool) or not isinstance(waarde, str | int):
        raise Invoerfout(veld, 'verwacht een bedrag in euro\'s als tekst, bijvoorbeeld "1234.56"')
    try:
        bedrag = Decimal(waarde.strip() if isinstance(waarde, str) else waarde)
    except InvalidOperation:
        raise Invoerfout(veld, f"'{str(waarde)[:40]}' is geen geldig bedrag") from None
    if bedrag.is_finite() and bedrag > _MAXIMUM_BEDRAG:
        raise Invoerfout(veld, "is onwaarschijnlijk hoog (meer dan € 1 miljard)")
    controleer_bedrag(bedrag, veld)
    return bedrag


def _optionele_datum(data: dict[str, Any], sleutel: str, pad: str = "") -> dt.date | None:
    veld = _naam(pad, sleutel)
    waarde = data.get(sleutel)
    if waarde is None:
        return None
    if not isinstance(waarde, str):
        raise Invoerfout(veld, "verwacht een datum als tekst (JJJJ-MM-DD)")
    try:
        return dt.date.fromisoformat(waarde)
    except ValueError:
        raise Invoerfout(veld, f"'{waarde[:40]}' is geen geldige datum (JJJJ-MM-DD)") from None


def _datum(data: dict[str, Any], sleutel: str, pad: str = "") -> dt.date:
    datum = _optionele_datum(data, sleutel, pad)
    if datum is None:
        raise Invoerfout(_naam(pad, sleutel), "ontbreekt")
    return datum


def _ja_nee(data: dict[str, Any], sleutel: str, standaard: bool, pad: str = "") -> bool:
    waarde = data.get(sleutel)
    if waarde is None:
        return standaard
    if not isinstance(waarde, bool):
        raise Invoerfout(_naam(pad, sleutel), "moet true of false zijn")
    return waarde


def _optioneel_geheel(data: dict[str, Any], sleutel: str, laagste: int, hoogste: int, pad: str = "") -> int | None:
    waarde = data.get(sleutel)
    if waarde is None:
        return None
    if isinstance(waarde, bool) or not isinstance(waarde, int) or not laagste <= waarde <= hoogste:
        raise Invoerfout(_naam(pad, sleutel), f"moet een geheel getal van {laagste} tot en met {hoogste} zijn")
    return waarde


def _geheel(
    data: dict[str, Any], sleutel: str, laagste: int, hoogste: int, standaard: int | None = None, pad: str = ""
) -> int:
    waarde = _optioneel_geheel(data, sleutel, laagste, hoogste, pad)
    if waarde is not None:
        return waarde
    if standaard is None:
        raise Invoerfout(_naam(pad, sleutel), "ontbreekt")
    return standaard


def _object(data: dict[str, Any], sleutel: str) -> dict[str, Any]:
    waarde = data.get(sleutel)
    if waarde is None:
        raise Invoerfout(sleutel, "ontbreekt")
    if not isinstance(waarde, dict):
        raise Invoerfout(sleutel, "verwacht een JSON-object")
    return waarde


def _lijst(data: dict[str, Any], sleutel: str, *, verplicht: bool) -> list[dict[str, Any]]:
    waarde = data.get(sleutel)
    if waarde is None:
        if verplicht:
            raise Invoerfout(sleutel, "ontbreekt")
        return []
    if not isinstance(waarde, list):
        raise Invoerfout(sleutel, "verwacht een lijst")
    for i, element in enumerate(waarde):
        if not isinstance(element, dict):
            raise Invoerfout(f"{sleutel}[{i}]", "verwacht een JSON-object")
    return waarde


def _vorderingen(data: dict[str, Any], sleutel: str) -> tuple[Vordering, ...]:
    vorderingen = []
    for i, v in enumerate(_lijst(data, sleutel, verplicht=True)):
        pad = f"{sleutel}[{i}]"
        kenmerk = v.get("kenmerk", f"vordering {i + 1}")
        schuldenaar = v.get("schuldenaar", "")
        if not isinstance(kenmerk, str) or not kenmerk.strip():
            raise Invoerfout(f"{pad}.kenmerk", "verwacht een niet-lege tekst")
        if not isinstance(schuldenaar, str):
            raise Invoerfout(f"{pad}.schuldenaar", "verwacht een tekst")
        vorderingen.append(
            Vordering(
                kenmerk=kenmerk,
                hoofdsom=_bedrag(v, "hoofdsom", pad),
                uiterste_betaaldatum=_datum(v, "uiterste_betaaldatum", pad),
                rente=_bedrag(v, "rente", pad, verplicht=False),
                kosten=_bedrag(v, "kosten", pad, verplicht=False),
                schuldenaar=schuldenaar,
            )
        )
    if not vorderingen:
        raise Invoerfout(sleutel, "geef ten minste één vordering")
    return tuple(vorderingen)


def _schuld(data: dict[str, Any]) -> Decimal | tuple[Vordering, ...]:
    """Either "schuld" (with an optional "uiterste_betaaldatum") or "vorderingen"."""
    heeft_schuld, heeft_vorderingen = data.get("schuld") is not None, data.get("vorderingen") is not None
    if heeft_schuld == heeft_vorderingen:
        raise Invoerfout("schuld", "geef óf 'schuld' (één bedrag) óf 'vorderingen' (een lijst)")
    if heeft_vorderingen:
        return _vorderingen(data, "vorderingen")
    schuld = _bedrag(data, "schuld")
    uiterste = _optionele_datum(data, "uiterste_betaaldatum")
    if uiterste is None:
        return schuld
    return (Vordering("schuld", schuld, uiterste),)


def _capaciteit(data: dict[str, Any]) -> Capaciteitsinvoer:
    invoer = _object(data, "capaciteit")
    tekst = invoer.get("leefsituatie")
    if tekst is None:
        raise Invoerfout("capaciteit.leefsituatie", "ontbreekt")
    try:
        leefsituatie = Leefsituatie(tekst)
    except ValueError:
        keuzes = ", ".join(s.value for s in Leefsituatie)
        raise Invoerfout("capaciteit.leefsituatie", f"onbekende leefsituatie; kies {keuzes}") from None
    bedragen = {naam: _bedrag(invoer, naam, "capaciteit", verplicht=False) for naam in Capaciteitsinvoer.velden()}
    return Capaciteitsinvoer(
        leefsituatie=leefsituatie,
        auto_onmisbaar=_ja_nee(invoer, "auto_onmisbaar", False, "capaciteit"),
        opzet_of_grove_schuld=_ja_nee(invoer, "opzet_of_grove_schuld", False, "capaciteit"),
        **bedragen,
    )


def _pauzes(data: dict[str, Any]) -> tuple[Pauze, ...]:
    pauzes = []
    for i, p in enumerate(_lijst(data, "pauzes", verplicht=False)):
        pad = f"pauzes[{i}]"
        pauzes.append(Pauze(_datum(p, "vanaf", pad), _geheel(p, "maanden", 1, 24, pad=pad)))
    return tuple(pauzes)


def _rente(data: dict[str, Any]) -> dict[str, bool]:
    return {"rente": _ja_nee(data, "rente", True), "rente_in_termijnen": _ja_nee(data, "rente_in_termijnen", False)}


def _lopend(data: dict[str, Any]) -> LopendeRegeling:
    tekst = data.get("regeling_soort", Soort.STANDAARD.value)
    try:
        soort = Soort(tekst)
    except ValueError:
        keuzes = ", ".join(s.value for s in Soort)
        raise Invoerfout("regeling_soort", f"onbekende soort regeling; kies {keuzes}") from None
    return LopendeRegeling(
        soort=soort,
        vorderingen=_vorderingen(data, "vorderingen"),
        termijnbedrag=_bedrag(data, "termijnbedrag"),
        volgende_vervaldatum=_datum(data, "volgende_vervaldatum"),
        betaalde_termijnen=_geheel(data, "betaalde_termijnen", 0, 120, standaard=0),
        looptijd=_geheel(data, "looptijd", 1, 120, standaard=24),
    )


# --- one function per soort ------------------------------------------------------------------------------------


def _standaard(data: dict[str, Any]) -> dict[str, Any]:
    start = _datum(data, "startdatum")
    return standaardregeling(
        _schuld(data),
        start,
        pauzes=_pauzes(data),
        dwanginvordering=_ja_nee(data, "dwanginvordering", False),
        **_rente(data),
    ).naar_dict()


def _persoonlijk(data: dict[str, Any]) -> dict[str, Any]:
    start = _datum(data, "startdatum")
    return persoonlijke_regeling(
        _schuld(data),
        start,
        _capaciteit(data),
        looptijd=_optioneel_geheel(data, "looptijd", 1, 120),
        pauzes=_pauzes(data),
        **_rente(data),
    ).naar_dict()


def _spijtoptant(data: dict[str, Any]) -> dict[str, Any]:
    start = _datum(data, "startdatum")
    return spijtoptantregeling(
        _schuld(data), start, dwanginvordering=_ja_nee(data, "dwanginvordering", True), **_rente(data)
    ).naar_dict()


def _verrekening(data: dict[str, Any]) -> dict[str, Any]:
    heeft_nabetaling = data.get("nabetaling") is not None
    if heeft_nabetaling == (data.get("voorschot_per_maand") is not None):
        raise Invoerfout("nabetaling", "geef óf 'nabetaling' (eenmalig) óf 'voorschot_per_maand' (lopende toeslag)")
    if heeft_nabetaling:
        return verreken_nabetaling(
            _bedrag(data, "nabetaling"),
            _vorderingen(data, "vorderingen"),
            _datum(data, "datum"),
            rente=_ja_nee(data, "rente", True),
        ).naar_dict()
    start = _datum(data, "startdatum")
    return verreken_voorschot(
        _schuld(data),
        _bedrag(data, "voorschot_per_maand"),
        start,
        zelfde_toeslag=_ja_nee(data, "zelfde_toeslag", True),
        capaciteit=_capaciteit(data) if data.get("capaciteit") is not None else None,
        **_rente(data),
    ).naar_dict()


def _toerekening(data: dict[str, Any]) -> dict[str, Any]:
    return verdeel_betaling(
        _bedrag(data, "bedrag"),
        _vorderingen(data, "vorderingen"),
        _datum(data, "betaaldatum"),
        rente=_ja_nee(data, "rente", True),
        rente_in_betaling=_ja_nee(data, "rente_in_betaling", True),
    ).naar_dict()


def _renteberekening(data: dict[str, Any]) -> dict[str, Any]:
    return bereken_invorderingsrente(
        _bedrag(data, "hoofdsom"),
        _datum(data, "uiterste_betaaldatum"),
        _datum(data, "betaaldatum"),
        laatste_betaling=_ja_nee(data, "laatste_betaling", False),
        rente=_ja_nee(data, "rente", True),
    ).naar_dict()


def _capaciteitsberekening(data: dict[str, Any]) -> dict[str, Any]:
    uitkomst = bereken_betalingscapaciteit(_capaciteit(data), _datum(data, "peildatum"))
    return {**uitkomst.naar_dict(), "fout": None}


def _pauze(data: dict[str, Any]) -> dict[str, Any]:
    return pauzeer(
        _lopend(data),
        _geheel(data, "pauze_maanden", 1, 24),
        vanaf=_optionele_datum(data, "pauze_vanaf"),
        **_rente(data),
    ).naar_dict()


def _verlenging(data: dict[str, Any]) -> dict[str, Any]:
    return verleng(_lopend(data), _geheel(data, "extra_maanden", 1, 96), **_rente(data)).naar_dict()


def _toevoeging(data: dict[str, Any]) -> dict[str, Any]:
    return voeg_vorderingen_toe(_lopend(data), _vorderingen(data, "nieuwe_vorderingen"), **_rente(data)).naar_dict()


def _herberekening(data: dict[str, Any]) -> dict[str, Any]:
    return herbereken_capaciteit(_lopend(data), _capaciteit(data), **_rente(data)).naar_dict()


_SOORTEN: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "standaard": _standaard,
    "persoonlijk": _persoonlijk,
    "spijtoptant": _spijtoptant,
    "verrekening": _verrekening,
    "toerekening": _toerekening,
    "rente": _renteberekening,
    "capaciteit": _capaciteitsberekening,
    "pauze": _pauze,
    "verlenging": _verlenging,
    "toevoeging": _toevoeging,
    "herberekening": _herberekening,
}


def verwerk_json(regel: dict[str, Any]) -> dict[str, Any]:
    """One `werkplek-reken` line with `"regeling": "betalingsregeling"`: compute and return the JSON result.

    Args:
        regel: the parsed JSON object; `soort` selects the calculation (standaard, persoonlijk, spijtoptant,
            verrekening, toerekening, rente, capaciteit, pauze, verlenging, toevoeging, herberekening).

    Returns:
        The result fields with `"fout": null`, or `{"fout": "<veld>: <Dutch message>"}` for bad input. Never
        raises for bad input.
    """
    if not isinstance(regel, dict):
        return {"fout": "invoer: verwacht een JSON-object"}
    soort = regel.get("soort")
    if soort is None:
        return {"fout": "soort: ontbreekt; kies " + ", ".join(_SOORTEN)}
    verwerk = _SOORTEN.get(soort) if isinstance(soort, str) else None
    if verwerk is None:
        return {"fout": f"soort: onbekende soort '{str(soort)[:40]}'; kies " + ", ".join(_SOORTEN)}
    try:
        return verwerk(regel)
    except Invoerfout as fout:
        return {"fout": str(fout)}
    except (ValueError, OverflowError, ArithmeticError) as fout:
        # A date or amount at the edge of what Python can represent (year 9999 + months, say).
        return {"fout": f"invoer: kan niet worden berekend ({fout})"}
