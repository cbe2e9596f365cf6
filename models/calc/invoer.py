"""Input of the calculation core: the grondslagen (calculation bases) of one household for one toeslag and year.

What belongs here: plain frozen dataclasses and enumerations that describe *what a calculation is computed on*,
plus their conversion to and from JSON-compatible dicts (the same field names as the `werkplek-reken` contract).
Nothing here computes an amount. Standard library only.

Amounts are `Decimal` euros. Incomes and vermogen are per year; rent is per month; childcare hours are per month.
The store keeps these objects as JSON (`Grondslagen.naar_dict()`), so a stored toeslag can always be recalculated
and explained again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

__all__ = [
    "Grondslagen",
    "Huur",
    "Invoerfout",
    "Kind",
    "Medebewoner",
    "Opvang",
    "Opvangsoort",
    "Persoon",
    "Regeling",
]

NUL = Decimal(0)


class Regeling(StrEnum):
    """The four toeslagen. The value is the stored and JSON name."""

    ZORGTOESLAG = "zorgtoeslag"
    HUURTOESLAG = "huurtoeslag"
    KINDGEBONDEN_BUDGET = "kindgebonden_budget"
    KINDEROPVANGTOESLAG = "kinderopvangtoeslag"

    @property
    def label(self) -> str:
        return _REGELING_LABELS[self]

    @property
    def afkorting(self) -> str:
        return _REGELING_AFKORTINGEN[self]


_REGELING_LABELS = {
    Regeling.ZORGTOESLAG: "zorgtoeslag",
    Regeling.HUURTOESLAG: "huurtoeslag",
    Regeling.KINDGEBONDEN_BUDGET: "kindgebonden budget",
    Regeling.KINDEROPVANGTOESLAG: "kinderopvangtoeslag",
}
_REGELING_AFKORTINGEN = {
    Regeling.ZORGTOESLAG: "ZT",
    Regeling.HUURTOESLAG: "HT",
    Regeling.KINDGEBONDEN_BUDGET: "KGB",
    Regeling.KINDEROPVANGTOESLAG: "KOT",
}


class Opvangsoort(StrEnum):
    """Soort kinderopvang; each has its own maximum uurprijs."""

    DAGOPVANG = "dagopvang"
    BSO = "bso"
    GASTOUDEROPVANG = "gastouderopvang"


class Invoerfout(ValueError):
    """Bad input: the message is plain Dutch and names the field (e.g. ``aanvrager.toetsingsinkomen``)."""

    def __init__(self, veld: str, melding: str) -> None:
        super().__init__(f"{veld}: {melding}")
        self.veld = veld
        self.melding = melding


@dataclass(frozen=True, slots=True)
class Persoon:
    """Aanvrager or toeslagpartner."""

    geboortedatum: dt.date
    toetsingsinkomen: Decimal = NUL
    verzekerd: bool = True


@dataclass(frozen=True, slots=True)
class Kind:
    geboortedatum: dt.date


@dataclass(frozen=True, slots=True)
class Medebewoner:
    """Someone else registered at the address (huurtoeslag only).

    `kind_in_huishouden`: the medebewoner is a child of the aanvrager, the partner or another medebewoner. Then,
    up to and including the year the child turns 23, part of its income is exempt (Awir art. 7; Belastingdienst
    "thuiswonende kinderen met inkomen"). Set it to False for an unrelated housemate.
    """

    geboortedatum: dt.date
    toetsingsinkomen: Decimal = NUL
    vermogen: Decimal = NUL
    kind_in_huishouden: bool = True


@dataclass(frozen=True, slots=True)
class Huur:
    """Rent per month: kale huur and the subsidiabele servicekosten."""

    kale_huur: Decimal
    servicekosten: Decimal = NUL


@dataclass(frozen=True, slots=True)
class Opvang:
    """Childcare for one child: `kind` is the index in `Grondslagen.kinderen`."""

    kind: int
    soort: Opvangsoort
    uren_per_maand: Decimal
    uurprijs: Decimal
    maanden: int = 12


@dataclass(frozen=True, slots=True)
class Grondslagen:
    """Everything one calculation needs about the household, for one regeling and year.

    Fields not used by a regeling are ignored by it (huur for zorgtoeslag, say); a regeling that needs a field
    that is absent raises `Invoerfout` naming it.
    """

    aanvrager: Persoon
    partner: Persoon | None = None
    vermogen: Decimal = NUL  # rendementsgrondslag on 1 January, aanvrager + partner
    woonlandfactor: Decimal | None = None  # verdragsgerechtigde abroad (zorgtoeslag)
    kinderen: tuple[Kind, ...] = ()
    medebewoners: tuple[Medebewoner, ...] = ()
    huur: Huur | None = None
    opvang: tuple[Opvang, ...] = field(default=())

    @property
    def gezamenlijk_inkomen(self) -> Decimal:
        """Toetsingsinkomen of aanvrager plus toeslagpartner (Awir art. 7 lid 1)."""
        if self.partner is None:
            return self.aanvrager.toetsingsinkomen
        return self.aanvrager.toetsingsinkomen + self.partner.toetsingsinkomen

    # --- JSON (the werkplek-reken field names) -------------------------------------------------------------

    def naar_dict(self) -> dict[str, Any]:
        """A JSON-compatible dict with the field names of the `werkplek-reken` contract."""
        return {
            "aanvrager": _persoon_naar_dict(self.aanvrager),
            "partner": None if self.partner is None else _persoon_naar_dict(self.partner),
            "vermogen": str(self.vermogen),
            "woonlandfactor": None if self.woonlandfactor is None else str(self.woonlandfactor),
            "kinderen": [{"geboortedatum": k.geboortedatum.isoformat()} for k in self.kinderen],
            "medebewoners": [
                {
                    "geboortedatum": m.geboortedatum.isoformat(),
                    "toetsingsinkomen": str(m.toetsingsinkomen),
                    "vermogen": str(m.vermogen),
                    "kind_in_huishouden": m.kind_in_huishouden,
                }
                for m in self.medebewoners
            ],
            "huur": None
            if self.huur is None
            else {"kale_huur": str(self.huur.kale_huur), "servicekosten": str(self.huur.servicekosten)},
            "opvang": [
                {
                    "kind": o.kind,
                    "soort": o.soort.value,
                    "uren_per_maand": str(o.uren_per_maand),
                    "uurprijs": str(o.uurprijs),
                    "maanden": o.maanden,
                }
                for o in self.opvang
            ],
        }

    @classmethod
    def uit_dict(cls, data: dict[str, Any]) -> Grondslagen:
        """Parse the contract fields; raises `Invoerfout` with the Dutch message and the field name."""
        if not isinstance(data, dict):
            raise Invoerfout("invoer", "verwacht een JSON-object")
        aanvrager = _persoon_uit_dict(_verplicht(data, "aanvrager"), "aanvrager")
        partner_data = data.get("partner")
        partner = None if partner_data is None else _persoon_uit_dict(partner_data, "partner")
        kinderen_data = _lijst(data, "kinderen")
        kinderen = (
            tuple(
                Kind(_datum(_verplicht(k, "geboortedatum", f"kinderen[{i}]"), f"kinderen[{i}].geboortedatum"))
                for i, k in enumerate(kinderen_data)
            )
            if kinderen_data
            else ()
        )
        medebewoners_data = _lijst(data, "medebewoners")
        medebewoners = (
            tuple(
                Medebewoner(
                    geboortedatum=_datum(
                        _verplicht(m, "geboortedatum", f"medebewoners[{i}]"), f"medebewoners[{i}].geboortedatum"
                    ),
                    toetsingsinkomen=_bedrag(m.get("toetsingsinkomen", "0"), f"medebewoners[{i}].toetsingsinkomen"),
                    vermogen=_bedrag(m.get("vermogen", "0"), f"medebewoners[{i}].vermogen"),
                    kind_in_huishouden=_ja_nee(
                        m.get("kind_in_huishouden", True), f"medebewoners[{i}].kind_in_huishouden"
                    ),
                )
                for i, m in enumerate(medebewoners_data)
            )
            if medebewoners_data
            else ()
        )
        huur_data = data.get("huur")
        huur = None
        if huur_data is not None:
            if not isinstance(huur_data, dict):
                raise Invoerfout("huur", "verwacht een object met kale_huur en servicekosten")
            huur = Huur(
                kale_huur=_bedrag(_verplicht(huur_data, "kale_huur", "huur"), "huur.kale_huur"),
                servicekosten=_bedrag(huur_data.get("servicekosten", "0"), "huur.servicekosten"),
            )
        opvang: list[Opvang] = []
        for i, o in enumerate(_lijst(data, "opvang")):
            veld = f"opvang[{i}]"
            kind_index = _verplicht(o, "kind", veld)
            if not isinstance(kind_index, int) or isinstance(kind_index, bool) or not (0 <= kind_index < len(kinderen)):
                raise Invoerfout(f"{veld}.kind", "moet het volgnummer (vanaf 0) van een kind in 'kinderen' zijn")
            soort_tekst = _verplicht(o, "soort", veld)
            try:
                soort = Opvangsoort(soort_tekst)
            except ValueError:
                raise Invoerfout(
                    f"{veld}.soort", "onbekende soort opvang; kies dagopvang, bso of gastouderopvang"
                ) from None
            maanden = o.get("maanden", 12)
            if not isinstance(maanden, int) or isinstance(maanden, bool) or not 0 <= maanden <= 12:
                raise Invoerfout(f"{veld}.maanden", "moet een geheel aantal maanden van 0 tot en met 12 zijn")
            opvang.append(
                Opvang(
                    kind=kind_index,
                    soort=soort,
                    uren_per_maand=_bedrag(_verplicht(o, "uren_per_maand", veld), f"{veld}.uren_per_maand"),
                    uurprijs=_bedrag(_verplicht(o, "uurprijs", veld), f"{veld}.uurprijs"),
                    maanden=maanden,
                )
            )
        woonland = data.get("woonlandfactor")
        vermogen = data.get("vermogen")
        return cls(
            aanvrager=aanvrager,
            partner=partner,
            vermogen=NUL if vermogen is None else _bedrag(vermogen, "vermogen"),
            woonlandfactor=None if woonland is None else _bedrag(woonland, "woonlandfactor"),
            kinderen=kinderen,
            medebewoners=medebewoners,
            huur=huur,
            opvang=tuple(opvang),
        )


def _persoon_naar_dict(p: Persoon) -> dict[str, Any]:
    return {
        "geboortedatum": p.geboortedatum.isoformat(),
        "toetsingsinkomen": str(p.toetsingsinkomen),
        "verzekerd": p.verzekerd,
    }


def _persoon_uit_dict(data: Any, veld: str) -> Persoon:
    if not isinstance(data, dict):
        raise Invoerfout(veld, "verwacht een object met geboortedatum en toetsingsinkomen")
    verzekerd = data.get("verzekerd", True)
    if verzekerd is not True and verzekerd is not False:
        raise Invoerfout(f"{veld}.verzekerd", "moet true of false zijn")
    geboortedatum = data.get("geboortedatum")
    if geboortedatum is None:
        raise Invoerfout(f"{veld}.geboortedatum", "ontbreekt")
    inkomen = data.get("toetsingsinkomen")
    if inkomen is None:
        raise Invoerfout(f"{veld}.toetsingsinkomen", "ontbreekt")
    return Persoon(
        _datum(geboortedatum, f"{veld}.geboortedatum"), _bedrag(inkomen, f"{veld}.toetsingsinkomen"), verzekerd
    )


def _ja_nee(waarde: Any, veld: str) -> bool:
    if not isinstance(waarde, bool):
        raise Invoerfout(veld, "moet true of false zijn")
    return waarde


def _verplicht(data: Any, sleutel: str, ouder: str = "") -> Any:
    if not isinstance(data, dict):
        raise Invoerfout(ouder or sleutel, "verwacht een JSON-object")
    if sleutel not in data or data[sleutel] is None:
        naam = f"{ouder}.{sleutel}" if ouder else sleutel
        raise Invoerfout(naam, "ontbreekt")
    return data[sleutel]


def _lijst(data: dict[str, Any], sleutel: str) -> list[Any]:
    waarde = data.get(sleutel)
    if waarde is None:
        return []
    if not isinstance(waarde, list):
        raise Invoerfout(sleutel, "verwacht een lijst")
    return waarde


def _datum(waarde: Any, veld: str) -> dt.date:
    if type(waarde) is not str:
        raise Invoerfout(veld, "verwacht een datum als tekst (JJJJ-MM-DD)")
    try:
        return _van_iso(waarde)
    except ValueError:
        raise Invoerfout(veld, f"'{waarde[:40]}' is geen geldige datum (JJJJ-MM-DD)") from None


_van_iso = dt.date.fromisoformat
_MILJARD = Decimal("1000000000")


def _bedrag(waarde: Any, veld: str) -> Decimal:
    """A non-negative decimal amount given as a string (or an int); floats are refused (they are not exact)."""
    soort = type(waarde)
    if soort is not str and soort is not int:
        raise Invoerfout(veld, 'verwacht een bedrag als tekst, bijvoorbeeld "1234.56"')
    try:
        bedrag = Decimal(waarde)  # surrounding whitespace is allowed by Decimal itself
    except InvalidOperation:
        raise Invoerfout(veld, f"'{str(waarde)[:40]}' is geen geldig bedrag") from None
    if not bedrag.is_finite():
        raise Invoerfout(veld, "is geen geldig bedrag")
    if bedrag < NUL:
        raise Invoerfout(veld, "mag niet negatief zijn")
    if bedrag > _MILJARD:
        raise Invoerfout(veld, "is onwaarschijnlijk hoog (meer dan € 1 miljard)")
    return bedrag
