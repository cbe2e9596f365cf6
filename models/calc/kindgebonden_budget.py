"""Kindgebonden budget (Wet op het kindgebonden budget, WKB): the exact year amount with its explanation.

What belongs here: RULES.md §1.3 — per month the children under 18 (an age counts from the month after the
birthday, a child from the month after its birth), the amount per child, the supplements for children of 12–15
and 16–17, the alleenstaande-ouderkop (no toeslagpartner), the vermogensgrens, and the afbouw of the joint
toetsingsinkomen above the drempel (with or without partner). Receiving kinderbijslag for each listed child is
assumed. The Awir rounding, € 24 minimum and monthly voorschot are applied by `awir.afronden`.
"""

from __future__ import annotations

from decimal import Decimal

from models.calc.awir import NUL, Rekening, groepeer_maanden, periode_tekst, vanaf_maand
from models.calc.formaat import euro, euro_heel, procent
from models.calc.invoer import Grondslagen

__all__ = ["bereken"]

_TWAALF = Decimal(12)


def bereken(r: Rekening, g: Grondslagen) -> tuple[Decimal, str | None]:
    """The exact kindgebonden budget over `r.jaar` (before Awir rounding) and, when there is no right, the reason."""
    sp = r.spoor
    jaar = r.jaar
    grens_leeftijd = r.i("kgb.leeftijdsgrens")
    grenzen = [
        (
            vanaf_maand(k.geboortedatum, 0, jaar),
            vanaf_maand(k.geboortedatum, 12, jaar),
            vanaf_maand(k.geboortedatum, 16, jaar),
            vanaf_maand(k.geboortedatum, grens_leeftijd, jaar),
        )
        for k in g.kinderen
    ]

    def situatie(maand: int) -> tuple[int, int, int]:
        n = n12 = n16 = 0
        for v0, v12, v16, v18 in grenzen:
            if v0 <= maand < v18:
                n += 1
                if v16 <= maand:
                    n16 += 1
                elif v12 <= maand:
                    n12 += 1
        return n, n12, n16

    perioden = groepeer_maanden([situatie(m) for m in range(1, 13)])
    if all(sit[0] == 0 for _, _, sit in perioden):
        reden = f"Er is in {jaar} geen kalendermaand met een kind jonger dan {grens_leeftijd} jaar."
        if sp is not None:
            sp.append(("Kinderen", 0, reden, r.art("wkb.recht")))
        return NUL, reden
    if sp is not None:
        for van, tot, (n, n12, n16) in perioden:
            if n == 0:
                tekst = f"{periode_tekst(van, tot)}: geen kind jonger dan {grens_leeftijd}"
            else:
                extra = []
                if n12:
                    extra.append(f"{n12} van 12–15 jaar")
                if n16:
                    extra.append(f"{n16} van 16–17 jaar")
                tekst = (
                    f"{periode_tekst(van, tot)}: {n} {'kind' if n == 1 else 'kinderen'} jonger dan {grens_leeftijd}"
                    + (f", waarvan {' en '.join(extra)}" if extra else "")
                )
            sp.append(("Kinderen", n, tekst, r.art("wkb.recht")))

    partner = g.partner
    grens = r.w("kgb.vermogensgrens_partner" if partner is not None else "kgb.vermogensgrens_alleen")
    if g.vermogen > grens:
        reden = f"Het vermogen {euro(g.vermogen)} is hoger dan de vermogensgrens {euro_heel(grens)}."
        if sp is not None:
            sp.append(("Vermogen", False, reden, r.art("wkb.vermogen")))
        return NUL, reden

    inkomen = g.gezamenlijk_inkomen
    drempel = r.w("kgb.drempel_partner" if partner is not None else "kgb.drempel_alleen")
    boven = inkomen - drempel
    afbouw = r.f("kgb.afbouw_pct") * boven if boven > NUL else NUL
    if sp is not None:
        sp.append(
            (
                "Vermogen",
                True,
                f"Vermogen {euro(g.vermogen)} is niet hoger dan de vermogensgrens {euro_heel(grens)}",
                r.art("wkb.vermogen"),
            )
        )
        if partner is not None:
            tekst = (
                f"Toetsingsinkomen aanvrager {euro(g.aanvrager.toetsingsinkomen)} + toeslagpartner "
                f"{euro(partner.toetsingsinkomen)} = {euro(inkomen)}"
            )
        else:
            tekst = f"Toetsingsinkomen aanvrager: {euro(inkomen)}"
        sp.append(("Toetsingsinkomen", inkomen, tekst, r.art("awir.draagkracht")))
        soort = "met toeslagpartner" if partner is not None else "zonder toeslagpartner"
        if boven > NUL:
            tekst = (
                f"Vermindering: {procent(r.w('kgb.afbouw_pct'))} van het inkomen boven het drempelinkomen {soort} "
                f"({euro(inkomen)} − {euro_heel(drempel)} = {euro(boven)}) = {euro(afbouw)}"
            )
        else:
            tekst = f"Het inkomen is niet hoger dan het drempelinkomen {soort} {euro_heel(drempel)}: geen vermindering"
        sp.append(("Vermindering", afbouw, tekst, r.art("wkb.afbouw")))

    per_kind = r.w("kgb.bedrag_per_kind")
    maandtotaal = NUL  # Σ year amount × months; divided by 12 once, so the exact amount has no repeated rounding
    for van, tot, (n, n12, n16) in perioden:
        if n == 0:
            continue
        maximum = per_kind * n
        delen = [f"{n} × {euro_heel(per_kind)}"]
        if n12:
            t12 = r.w("kgb.toeslag_12_15")
            maximum += t12 * n12
            delen.append(f"{n12} × {euro_heel(t12)} (12–15 jaar)")
        if n16:
            t16 = r.w("kgb.toeslag_16_17")
            maximum += t16 * n16
            delen.append(f"{n16} × {euro_heel(t16)} (16–17 jaar)")
        if partner is None:
            alo = r.w("kgb.alo_kop")
            maximum += alo
            delen.append(f"alleenstaande-ouderkop {euro_heel(alo)}")
        bedrag = maximum - afbouw if maximum > afbouw else NUL
        aantal = tot - van + 1
        maandtotaal += bedrag * aantal
        deel = bedrag if aantal == 12 else bedrag * aantal / _TWAALF
        if sp is not None:
            voor = "" if aantal == 12 else f"{periode_tekst(van, tot)}: "
            sp.append(
                (
                    "Maximaal kindgebonden budget",
                    maximum,
                    f"{voor}{' + '.join(delen)} = {euro_heel(maximum)} per jaar",
                    r.art("wkb.alo") if partner is None else r.art("wkb.bedrag"),
                )
            )
            tekst = f"{voor}{euro_heel(maximum)} − {euro(afbouw)} = {euro(bedrag)}" + (
                " (niet minder dan € 0)" if maximum < afbouw else ""
            )
            if aantal != 12:
                tekst += f"; × {aantal}/12 = {euro(deel)}"
            sp.append(("Kindgebonden budget", deel, tekst, r.art("wkb.bedrag")))
    exact = maandtotaal / _TWAALF
    if sp is not None and len(perioden) > 1:
        sp.append(
            (
                "Kindgebonden budget per jaar",
                exact,
                f"Kindgebonden budget over {jaar}: {euro(exact)}",
                r.art("awir.per_maand"),
            )
        )
    return exact, None
