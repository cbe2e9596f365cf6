"""Legal bases for the trace: article labels per date, so a renumbering shows the right article per year.

What belongs here: the table of article labels (`grondslag` of a `Stap`) with the date each label took effect,
and `artikel(sleutel, jaar)`. Where the numbering changed during a year (Wzt, Stb. 2024, 291 art. XIX, in force
06-11-2024: vermogenstoets art. 2a → art. 3, woonlandfactor art. 3 → art. 4a) the label names both with their
dates. Practice rules of the Dienst (no statutory basis found) are labelled as such.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

__all__ = ["artikel"]

_BEGIN = dt.date(2006, 1, 1)
_WZT_HERNUMMERING = dt.date(2024, 11, 6)  # Stb. 2024, 291 art. XIX

_ARTIKELEN: dict[str, tuple[tuple[dt.date, str], ...]] = {
    # Zorgtoeslag
    "wzt.verzekerde": ((_BEGIN, "Wzt art. 1 lid 1 (verzekerde van 18 jaar of ouder)"),),
    "wzt.drempelinkomen": ((_BEGIN, "Wzt art. 1 lid 1 onder f"),),
    "wzt.drempelinkomen_praktijk": (
        (_BEGIN, "Wzt art. 1 lid 1 onder f; uitvoeringspraktijk Dienst Toeslagen (hele euro's)"),
    ),
    "wzt.standaardpremie": ((_BEGIN, "Wzt art. 2 lid 1 en art. 4"),),
    "wzt.normpremie_drempel": ((_BEGIN, "Wzt art. 2 lid 2"),),
    "wzt.normpremie_boven": ((_BEGIN, "Wzt art. 2 lid 3"),),
    "wzt.normpremie": ((_BEGIN, "Wzt art. 2 lid 2–3"),),
    "wzt.zorgtoeslag": ((_BEGIN, "Wzt art. 2 lid 1"),),
    "wzt.partner_niet_verzekerd": ((_BEGIN, "Wzt art. 2 lid 4"),),
    "wzt.per_maand": ((_BEGIN, "Wzt art. 2 lid 5"),),
    "wzt.vermogen": ((_BEGIN, "Wzt art. 2a"), (_WZT_HERNUMMERING, "Wzt art. 3 lid 1")),
    "wzt.woonland": ((_BEGIN, "Wzt art. 3"), (_WZT_HERNUMMERING, "Wzt art. 4a")),
    # Awir
    "awir.draagkracht": ((_BEGIN, "Awir art. 7 lid 1"),),
    "awir.draagkracht_huur": ((_BEGIN, "Awir art. 7 lid 2"),),
    "awir.vrijstelling_kind": ((_BEGIN, "Awir art. 7 (vrijstelling thuiswonend kind jonger dan 23)"),),
    "awir.vermogen_huur": ((_BEGIN, "Awir art. 7 lid 3–4"),),
    "awir.afronding": ((_BEGIN, "Awir art. 14 lid 4"),),
    "awir.minimum": ((_BEGIN, "Awir art. 14 lid 5"),),
    "awir.minimum_volgorde": ((_BEGIN, "Awir art. 14 lid 4–5; volgorde afronden vóór € 24-toets (praktijk)"),),
    "awir.maand": ((_BEGIN, "Awir art. 22; maandbedrag naar beneden op hele euro's (uitvoeringspraktijk)"),),
    "awir.maand_centen": ((_BEGIN, "Awir art. 22; maandbedrag = jaarbedrag / 12 in centen"),),
    "awir.nabetaling": ((_BEGIN, "Awir art. 24"),),
    "awir.terugvordering": ((_BEGIN, "Awir art. 26"),),
    "awir.doelmatigheid": ((_BEGIN, "Awir art. 26a lid 1"),),
    "awir.per_maand": ((_BEGIN, "Awir (recht per kalendermaand; leeftijd telt vanaf de maand na de verjaardag)"),),
    "praktijk.hoge_terugvordering": (
        (_BEGIN, "Dienst Toeslagen, KPI hoge terugvordering (geen wettelijke grens; instelbaar)"),
    ),
    "praktijk.wat_als": ((_BEGIN, "Awir art. 16 (herziening voorschot); proefberekening"),),
    # Huurtoeslag
    "wht.leeftijd": ((_BEGIN, "Wht (aanvrager 18 jaar of ouder)"),),
    "wht.rekenhuur": ((_BEGIN, "Wht (rekenhuur: kale huur plus subsidiabele servicekosten)"),),
    "wht.rekenhuur_2026": ((_BEGIN, "Wht art. 21 lid 1 onder d (rekenhuur begrensd; servicekosten tellen niet)"),),
    "wht.huurgrens": ((_BEGIN, "Wht art. 13 lid 1"),),
    "wht.huishouden": ((_BEGIN, "Wht art. 17 (huishoudtype)"),),
    "wht.normhuur": ((_BEGIN, "Wht art. 17–19"),),
    "wht.basishuur": ((_BEGIN, "Wht art. 16; Wet verlaging eigen bijdrage huurtoeslag art. 1"),),
    "wht.basishuur_2026": ((_BEGIN, "Wht art. 16 (vaste basishuur 2026)"),),
    "wht.delen": ((_BEGIN, "Wht art. 20–21"),),
    "wht.afbouw": ((_BEGIN, "Wht art. 21 lid 2 (lineaire afbouw)"),),
    # Kindgebonden budget
    "wkb.recht": ((_BEGIN, "WKB art. 2 lid 1 (kinderbijslag voor een kind jonger dan 18)"),),
    "wkb.bedrag": ((_BEGIN, "WKB art. 2"),),
    "wkb.alo": ((_BEGIN, "WKB art. 2 (alleenstaande-ouderkop)"),),
    "wkb.afbouw": ((_BEGIN, "WKB art. 2 (vermindering boven het drempelinkomen)"),),
    "wkb.vermogen": ((_BEGIN, "WKB art. 2 (vermogenstoets)"),),
    # Kinderopvangtoeslag
    "wko.hoogte": ((_BEGIN, "Wko art. 1.7"),),
    "wko.uren": ((_BEGIN, "Wko art. 1.7; Besluit kinderopvangtoeslag (max. uren per kind per maand)"),),
    "wko.uurprijs": ((_BEGIN, "Besluit kinderopvangtoeslag (maximum uurprijs per soort opvang)"),),
    "wko.tabel": ((_BEGIN, "Besluit kinderopvangtoeslag, bijlage I"),),
    "wko.eerste_kind": ((_BEGIN, "Besluit kinderopvangtoeslag, bijlage I (eerste kind = kind met de meeste uren)"),),
    "wko.arbeid": ((_BEGIN, "Wko art. 1.6 (arbeid of traject; sinds 2023 geen urenkoppeling)"),),
}


def _datum(d: dt.date) -> str:
    return f"{d.day}-{d.month}-{d.year}"


@cache
def artikel(sleutel: str, jaar: int) -> str:
    """The article label of `sleutel` for calculations over `jaar`.

    When the label changed during the year, both labels are given with their dates, e.g. "Wzt art. 2a (tot
    6-11-2024); Wzt art. 3 lid 1 (vanaf 6-11-2024)". Raises `KeyError` for an unknown key (a programming error).
    """
    versies = _ARTIKELEN[sleutel]
    begin, einde = dt.date(jaar, 1, 1), dt.date(jaar, 12, 31)
    geldig = [
        (vanaf, label, versies[i + 1][0] if i + 1 < len(versies) else None)
        for i, (vanaf, label) in enumerate(versies)
        if vanaf <= einde and (i + 1 >= len(versies) or versies[i + 1][0] > begin)
    ]
    if len(geldig) == 1:
        return geldig[0][1]
    delen = []
    for vanaf, label, tot in geldig:
        if tot is not None and tot <= einde:
            delen.append(f"{label} (tot {_datum(tot)})")
        else:
            delen.append(f"{label} (vanaf {_datum(vanaf)})")
    return "; ".join(delen)
