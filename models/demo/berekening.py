"""Every amount of a demo household from the calculation core: voorschot on the estimate, settlement on reality.

What belongs here: building the `Grondslagen` of one regeling and year from a synthesised household (only the
fields that regeling uses, so the stored JSON stays small), and calling `models.calc.api.bereken` (voorschot) and
`afrekenen` (definitive calculation against the voorschot paid). The results are kept with the grondslagen they
were computed on, so that what is stored can be recomputed and explained at any time. No amount is made here.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from models.calc.api import afrekenen, bereken
from models.calc.invoer import Grondslagen, Huur, Opvang, Opvangsoort, Regeling
from models.calc.invoer import Kind as CalcKind
from models.calc.invoer import Medebewoner as CalcMedebewoner
from models.calc.invoer import Persoon as CalcPersoon
from models.calc.uitkomst import Afrekening, Uitkomst
from models.demo.huishouden import Huishouden, Jaar
from models.demo.kalender import maanden_betaald

__all__ = ["ToeslagJaar", "bereken_huishouden", "grondslagen", "grondslagen_json"]

ZT = Regeling.ZORGTOESLAG
HT = Regeling.HUURTOESLAG
KGB = Regeling.KINDGEBONDEN_BUDGET
KOT = Regeling.KINDEROPVANGTOESLAG


@dataclass(slots=True)
class ToeslagJaar:
    """One toeslag of the household for one year, with what the core gave on the stored grondslagen."""

    regeling: Regeling
    jaar: Jaar
    grondslagen_voorschot: str  # JSON of Grondslagen.naar_dict()
    voorschot: Uitkomst
    betaald: Decimal
    grondslagen_definitief: str | None
    afrekening: Afrekening | None
    onbevestigd: bool
    grondslagen_actueel: str | None = None  # JSON: the newest actual data of a running year, where it differs

    @property
    def definitief_op(self) -> dt.date | None:
        return self.jaar.definitief_op if self.afrekening is not None else None


_JSON = json.JSONEncoder(separators=(",", ":"))


def _json_via_dict(g: Grondslagen) -> str:
    return _JSON.encode(g.naar_dict())


def _ja(waarde: bool) -> str:
    return "true" if waarde else "false"


def _persoon(p: CalcPersoon) -> str:
    return (
        f'{{"geboortedatum":"{p.geboortedatum.isoformat()}","toetsingsinkomen":"{p.toetsingsinkomen}",'
        f'"verzekerd":{_ja(p.verzekerd)}}}'
    )


def _kinderen(kinderen: tuple[CalcKind, ...]) -> str:
    return ",".join(f'{{"geboortedatum":"{k.geboortedatum.isoformat()}"}}' for k in kinderen)


def _medebewoners(medebewoners: tuple[CalcMedebewoner, ...]) -> str:
    return ",".join(
        f'{{"geboortedatum":"{m.geboortedatum.isoformat()}","toetsingsinkomen":"{m.toetsingsinkomen}",'
        f'"vermogen":"{m.vermogen}","kind_in_huishouden":{_ja(m.kind_in_huishouden)}}}'
        for m in medebewoners
    )


# The regelingen of one year share their persons and children (see `_Delen`): their JSON is written once.
_FRAGMENTEN: dict[int, tuple[object, str]] = {}


def _fragment(deel: Any, schrijf: Callable[[Any], str]) -> str:
    bewaard = _FRAGMENTEN.get(id(deel))
    if bewaard is not None and bewaard[0] is deel:
        return bewaard[1]
    tekst = schrijf(deel)
    _FRAGMENTEN[id(deel)] = (deel, tekst)
    return tekst


def _json_direct(g: Grondslagen) -> str:
    """The same text as `_json_via_dict`, written directly (a third of the cost; at a million households the
    grondslagen are serialised ten million times). Every value is a date, a decimal, a number, a boolean or an
    enum value, so nothing needs escaping."""
    partner = "null" if g.partner is None else _fragment(g.partner, _persoon)
    woonland = "null" if g.woonlandfactor is None else f'"{g.woonlandfactor}"'
    kinderen = _fragment(g.kinderen, _kinderen) if g.kinderen else ""
    medebewoners = _fragment(g.medebewoners, _medebewoners) if g.medebewoners else ""
    h = g.huur
    huur = "null" if h is None else f'{{"kale_huur":"{h.kale_huur}","servicekosten":"{h.servicekosten}"}}'
    opvang = ",".join(
        f'{{"kind":{o.kind},"soort":"{o.soort.value}","uren_per_maand":"{o.uren_per_maand}",'
        f'"uurprijs":"{o.uurprijs}","maanden":{o.maanden}}}'
        for o in g.opvang
    )
    return (
        f'{{"aanvrager":{_fragment(g.aanvrager, _persoon)},"partner":{partner},"vermogen":"{g.vermogen}",'
        f'"woonlandfactor":{woonland},"kinderen":[{kinderen}],"medebewoners":[{medebewoners}],"huur":{huur},'
        f'"opvang":[{opvang}]}}'
    )


def _direct_klopt() -> bool:
    """Whether `_json_direct` still writes exactly what `naar_dict()` holds. The calculation core owns that
    contract; when it gains or renames a field this returns False and the generic (slower) path is used."""
    d = dt.date(2015, 6, 1)
    voorbeelden = (
        Grondslagen(aanvrager=CalcPersoon(d, Decimal("1")), vermogen=Decimal("2")),
        Grondslagen(
            aanvrager=CalcPersoon(d, Decimal("21000"), verzekerd=False),
            partner=CalcPersoon(d, Decimal("0")),
            vermogen=Decimal("0"),
            woonlandfactor=Decimal("0.7981"),
            kinderen=(CalcKind(d), CalcKind(d)),
            medebewoners=(
                CalcMedebewoner(d, Decimal("6000"), Decimal("10"), kind_in_huishouden=False),
                CalcMedebewoner(d),
            ),
            huur=Huur(Decimal("612.45"), Decimal("12.00")),
            opvang=(
                Opvang(0, Opvangsoort.DAGOPVANG, Decimal("120"), Decimal("10.25")),
                Opvang(1, Opvangsoort.BSO, Decimal("40"), Decimal("9.10"), 7),
            ),
        ),
    )
    try:
        return all(_json_direct(g) == _json_via_dict(g) for g in voorbeelden)
    except AttributeError:
        return False


grondslagen_json = _json_direct if _direct_klopt() else _json_via_dict
"""What goes into `toeslag.grondslagen_*`: `Grondslagen.naar_dict()` as compact JSON."""


def _gelijk(j: Jaar, regeling: Regeling) -> bool:
    """Whether the estimate and the actual data are the same for `regeling` (then one JSON serves both)."""
    if (
        j.inkomen_aanvrager[0] != j.inkomen_aanvrager[1]
        or j.partner_geschat != j.partner_werkelijk
        or (j.partner_werkelijk and j.inkomen_partner[0] != j.inkomen_partner[1])
        or j.vermogen[0] != j.vermogen[1]
    ):
        return False
    if regeling is HT:
        return j.huur is not None and j.huur[0] == j.huur[1]
    if regeling is KOT:
        return j.opvang[0] == j.opvang[1]
    return True


class _Delen:
    """The parts of one year's grondslagen that every regeling shares (made once per year and side)."""

    __slots__ = ("aanvrager", "kinderen", "medebewoners", "partner", "vermogen")

    def __init__(self, hh: Huishouden, j: Jaar, werkelijk: bool) -> None:
        w = 1 if werkelijk else 0
        self.aanvrager = CalcPersoon(hh.aanvrager.geboortedatum, j.inkomen_aanvrager[w])
        self.partner = None
        if (j.partner_werkelijk if werkelijk else j.partner_geschat) and hh.partnerschap is not None:
            self.partner = CalcPersoon(hh.partnerschap.partner.geboortedatum, j.inkomen_partner[w])
        self.vermogen = j.vermogen[w]
        self.kinderen = tuple(CalcKind(k.geboortedatum) for k in j.kinderen)
        self.medebewoners = tuple(
            CalcMedebewoner(m.geboortedatum, m.inkomen[j.jaar], m.vermogen, kind_in_huishouden=m.relatie == "kind")
            for m in j.medebewoners
        )


def _grondslagen(d: _Delen, j: Jaar, regeling: Regeling, w: int) -> Grondslagen:
    if regeling is ZT:
        return Grondslagen(aanvrager=d.aanvrager, partner=d.partner, vermogen=d.vermogen)
    if regeling is KGB:
        return Grondslagen(aanvrager=d.aanvrager, partner=d.partner, vermogen=d.vermogen, kinderen=d.kinderen)
    if regeling is KOT:
        return Grondslagen(
            aanvrager=d.aanvrager, partner=d.partner, vermogen=d.vermogen, kinderen=d.kinderen, opvang=j.opvang[w]
        )
    assert j.huur is not None
    return Grondslagen(
        aanvrager=d.aanvrager,
        partner=d.partner,
        vermogen=d.vermogen,
        kinderen=d.kinderen,
        medebewoners=d.medebewoners,
        huur=j.huur[w],
    )


def grondslagen(hh: Huishouden, j: Jaar, regeling: Regeling, *, werkelijk: bool) -> Grondslagen:
    """The calculation bases of `regeling` in year `j`: the estimate (voorschot) or the actual data. Only the
    fields the regeling uses are filled (zorgtoeslag needs no children, rent or childcare)."""
    return _grondslagen(_Delen(hh, j, werkelijk), j, regeling, 1 if werkelijk else 0)


ACTUEEL_BEKEND = {0: 0.35, 1: 0.6}
"""Of the running toeslag-years whose reality differs from the estimate, the share where the agency already
holds the newer actual data (income from the polisadministratie, a changed rent or childcare contract), by how
many years the toeslag-year lies before the peildatum's year. These feed the signals hoge terugvordering,
inkomen wijkt af and opvanguren wijken af (DOMAIN §6)."""


def _actueel_bekend(hh: Huishouden, jaar: int, peiljaar: int) -> bool:
    """A deterministic draw (from the household number, not a random stream, so the rest of the population
    does not shift) of whether the actual data of a running year are known."""
    fractie = ACTUEEL_BEKEND.get(peiljaar - jaar, 0.0)
    trekking = ((hh.nummer * 0x9E3779B1 + jaar * 0x85EBCA6B) >> 7) % 10_000
    return trekking < fractie * 10_000


def bereken_huishouden(hh: Huishouden, peildatum: dt.date) -> list[ToeslagJaar]:
    """Every toeslag-year of the household that has a right on its estimated data, with its settlement."""
    uit: list[ToeslagJaar] = []
    _FRAGMENTEN.clear()
    for j in hh.jaren:
        if not j.regelingen:
            continue
        betaalde_maanden = 12 if j.jaar < peildatum.year else maanden_betaald(j.jaar, peildatum)
        geschat = _Delen(hh, j, False)
        werkelijk = (
            _Delen(hh, j, True) if j.definitief_op is not None or _actueel_bekend(hh, j.jaar, peildatum.year) else None
        )
        for regeling in j.regelingen:
            g_v = _grondslagen(geschat, j, regeling, 0)
            voorschot = bereken(regeling, j.jaar, g_v, met_uitleg=False)
            if not voorschot.recht:
                continue
            json_v = grondslagen_json(g_v)
            betaald = voorschot.bedrag_maand * betaalde_maanden
            afrekening = None
            json_d = None
            onbevestigd = bool(voorschot.onbevestigde_parameters)
            if werkelijk is not None and j.definitief_op is not None:
                gelijk = _gelijk(j, regeling)
                g_d = g_v if gelijk else _grondslagen(werkelijk, j, regeling, 1)
                afrekening = afrekenen(
                    regeling, j.jaar, g_d, betaald, jaar_definitief=j.definitief_op.year, met_uitleg=False
                )
                json_d = json_v if gelijk else grondslagen_json(g_d)
                onbevestigd = onbevestigd or bool(afrekening.onbevestigde_parameters)
            json_a = None
            if werkelijk is not None and j.definitief_op is None and not _gelijk(j, regeling):
                json_a = grondslagen_json(_grondslagen(werkelijk, j, regeling, 1))
            uit.append(ToeslagJaar(regeling, j, json_v, voorschot, betaald, json_d, afrekening, onbevestigd, json_a))
    return uit
