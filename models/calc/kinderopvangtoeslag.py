"""Kinderopvangtoeslag (Wet kinderopvang, Wko; Besluit kinderopvangtoeslag): the exact year amount with its
explanation.

What belongs here: RULES.md §1.4 — per child the paid hours (at most the maximum per child per month, allocated
to the child's opvang entries in the order given), the hourly price up to the maximum uurprijs of the soort
opvang, the percentage by joint toetsingsinkomen from the first-child table for the child with the most hours
(tie: the lowest costs, then the first listed) and the next-children table for the others.

The percentage tables are UNCONFIRMED: only some rows are known (see the year modules). A known row is used as
given; between known rows the percentage is interpolated linearly, and above the last known row the last known
percentage is held. Both are recorded as assumptions in `onbevestigde_parameters` and shown in the trace — never
silently. The work/traject condition (Wko art. 1.6) is not part of the input and is assumed met.
"""

from __future__ import annotations

from decimal import Decimal

from models.calc.afronding import kot_percentage, tabel_inkomen
from models.calc.awir import NUL, Rekening
from models.calc.formaat import euro, getal, procent
from models.calc.invoer import Grondslagen, Opvang, Opvangsoort
from models.calc.parameters import Tabelrij

__all__ = ["bereken", "percentage"]

_HONDERD = Decimal(100)
_SOORT_TEKST = {
    Opvangsoort.DAGOPVANG: "dagopvang",
    Opvangsoort.BSO: "buitenschoolse opvang",
    Opvangsoort.GASTOUDEROPVANG: "gastouderopvang",
}
_TABEL_TEKST = {"kot.tabel_eerste_kind": "eerste kind", "kot.tabel_volgende_kind": "volgende kinderen"}


def percentage(r: Rekening, sleutel: str, inkomen: Decimal) -> tuple[Decimal, str]:
    """The percentage (in %) of table `sleutel` for the joint `inkomen`, and how it was found.

    A known row gives its percentage. Between known rows: linear interpolation between the end of the lower row
    and the start of the upper row (rounded to 0,01 percent point); above the last known row: the last known
    percentage. Interpolation and extrapolation are recorded with `Rekening.aanname`.
    """
    rijen = r.p(sleutel).waarde
    assert isinstance(rijen, tuple)
    x = tabel_inkomen(inkomen)
    tabel = f"kinderopvangtoeslag {r.jaar}, tabel {_TABEL_TEKST[sleutel]}"
    onder: Tabelrij | None = None
    for rij in rijen:
        if rij.bevat(x):
            van = "0" if rij.van is None else getal(rij.van)
            tot = "hoger" if rij.tot is None else getal(rij.tot)
            return rij.percentage, f"bekende tabelrij € {van} – € {tot}: {procent(rij.percentage)} ({rij.bron})"
        if rij.tot is not None and rij.tot < x:
            onder = rij
        elif rij.van is not None and rij.van > x:
            if onder is None or onder.tot is None:  # pragma: no cover - the first row always starts at 0
                raise LookupError(f"{tabel}: geen rij onder € {x}")
            # Interpolation between `onder` and this row.
            breuk = (x - onder.tot) / (rij.van - onder.tot)
            pct = kot_percentage(onder.percentage + (rij.percentage - onder.percentage) * breuk)
            tekst = (
                f"geen bekende tabelrij voor € {getal(x)}: lineair geïnterpoleerd tussen € {getal(onder.tot)} "
                f"({procent(onder.percentage)}) en € {getal(rij.van)} ({procent(rij.percentage)}) = {procent(pct)}"
            )
            r.aanname(f"Percentage {tabel} ONBEVESTIGD: {tekst}")
            return pct, tekst + " (ONBEVESTIGD)"
    if onder is None:  # pragma: no cover - the first row always starts at 0
        raise LookupError(f"{tabel}: geen rij voor € {x}")
    tekst = (
        f"geen bekende tabelrij boven € {getal(onder.tot or x)}: het laatst bekende percentage "
        f"{procent(onder.percentage)} aangehouden"
    )
    r.aanname(f"Percentage {tabel} ONBEVESTIGD: {tekst} (inkomen € {getal(x)})")
    return onder.percentage, tekst + " (ONBEVESTIGD)"


def bereken(r: Rekening, g: Grondslagen) -> tuple[Decimal, str | None]:
    """The exact kinderopvangtoeslag over `r.jaar` (before Awir rounding) and, when there is no right, the reason."""
    sp = r.spoor
    if not g.opvang:
        reden = "Er is geen kinderopvang opgegeven."
        if sp is not None:
            sp.append(("Kinderopvang", 0, reden, r.art("wko.hoogte")))
        return NUL, reden
    max_uren = r.w("kot.max_uren_per_maand")

    # Per child: hours (capped per month over its entries, in the order given) and costs.
    uren: dict[int, Decimal] = {}
    kosten: dict[int, Decimal] = {}
    gebruikt: dict[int, Decimal] = {}
    for i, o in enumerate(g.opvang):
        rest = max_uren - gebruikt.get(o.kind, NUL)
        vergoed_uren = o.uren_per_maand if o.uren_per_maand < rest else (rest if rest > NUL else NUL)
        gebruikt[o.kind] = gebruikt.get(o.kind, NUL) + vergoed_uren
        max_prijs = r.w(f"kot.max_uurprijs.{o.soort.value}")
        prijs = o.uurprijs if o.uurprijs < max_prijs else max_prijs
        k = vergoed_uren * o.maanden * prijs
        uren[o.kind] = uren.get(o.kind, NUL) + vergoed_uren * o.maanden
        kosten[o.kind] = kosten.get(o.kind, NUL) + k
        if sp is not None:
            sp.append(_opvang_stap(r, i, o, vergoed_uren, max_uren, prijs, max_prijs, k))

    volgorde = sorted(uren, key=lambda kind: (-uren[kind], kosten[kind], kind))
    eerste = volgorde[0]
    inkomen = g.gezamenlijk_inkomen
    pct_eerste, hoe_eerste = percentage(r, "kot.tabel_eerste_kind", inkomen)
    if len(volgorde) > 1:
        pct_volgende, hoe_volgende = percentage(r, "kot.tabel_volgende_kind", inkomen)
    else:
        pct_volgende, hoe_volgende = pct_eerste, ""

    if sp is not None:
        sp.append(
            (
                "Arbeid of traject",
                True,
                "Aangenomen: in de opvangmaanden werken de aanvrager en de toeslagpartner (of volgen zij een traject); "
                "dit is geen invoer van de berekening en is niet gecontroleerd",
                r.art("wko.arbeid"),
            )
        )
        if g.partner is not None:
            tekst = (
                f"Toetsingsinkomen aanvrager {euro(g.aanvrager.toetsingsinkomen)} + toeslagpartner "
                f"{euro(g.partner.toetsingsinkomen)} = {euro(inkomen)}"
            )
        else:
            tekst = f"Toetsingsinkomen aanvrager: {euro(inkomen)}"
        sp.append(("Toetsingsinkomen", inkomen, tekst, r.art("awir.draagkracht")))
        if len(volgorde) > 1:
            sp.append(
                (
                    "Eerste kind",
                    eerste + 1,
                    f"Kind {eerste + 1} heeft de meeste vergoede opvanguren ({getal(uren[eerste])} uur per jaar) en "
                    f"telt als eerste kind; de andere kinderen vallen onder de tabel voor volgende kinderen",
                    r.art("wko.eerste_kind"),
                )
            )
        sp.append(("Percentage eerste kind", pct_eerste, f"Eerste kind: {hoe_eerste}", r.art("wko.tabel")))
        if len(volgorde) > 1:
            sp.append(
                ("Percentage volgende kinderen", pct_volgende, f"Volgende kinderen: {hoe_volgende}", r.art("wko.tabel"))
            )

    exact = NUL
    for kind in volgorde:
        pct = pct_eerste if kind == eerste else pct_volgende
        bedrag = pct * kosten[kind] / _HONDERD
        exact += bedrag
        if sp is not None:
            sp.append(
                (
                    f"Kinderopvangtoeslag kind {kind + 1}",
                    bedrag,
                    f"{procent(pct)} van de vergoede kosten {euro(kosten[kind])} = {euro(bedrag)}",
                    r.art("wko.hoogte"),
                )
            )
    if sp is not None:
        sp.append(
            (
                "Kinderopvangtoeslag per jaar",
                exact,
                f"Kinderopvangtoeslag over {r.jaar}: {euro(exact)}",
                r.art("wko.hoogte"),
            )
        )
    return exact, (None if exact > NUL else "Er zijn geen vergoede opvanguren.")


def _opvang_stap(
    r: Rekening,
    i: int,
    o: Opvang,
    vergoed_uren: Decimal,
    max_uren: Decimal,
    prijs: Decimal,
    max_prijs: Decimal,
    kosten: Decimal,
) -> tuple[str, Decimal, str, str]:
    uren_tekst = f"{getal(o.uren_per_maand)} uur per maand"
    if vergoed_uren != o.uren_per_maand:
        uren_tekst += f", vergoed {getal(vergoed_uren)} (ten hoogste {getal(max_uren)} uur per kind per maand)"
    prijs_tekst = euro(o.uurprijs)
    if prijs != o.uurprijs:
        prijs_tekst += f", vergoed tot de maximum uurprijs {euro(max_prijs)}"
    return (
        f"Opvang {i + 1}",
        kosten,
        f"Kind {o.kind + 1}, {_SOORT_TEKST[o.soort]}: {uren_tekst} × {o.maanden} maanden × uurprijs {prijs_tekst} "
        f"= vergoede kosten {euro(kosten)}",
        r.art("wko.uurprijs") if prijs != o.uurprijs else r.art("wko.uren"),
    )
