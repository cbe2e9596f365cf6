"""Zorgtoeslag (Wet op de zorgtoeslag, Wzt): the exact year amount with its explanation.

What belongs here: the Wzt formula of RULES.md §1.1 — eligibility (verzekerd, 18 or older per month, vermogen),
drempelinkomen (practice or statute per `Rekenregels`), normpremie, standaardpremie (× 2 with a toeslagpartner,
× woonlandfactor for verdragsgerechtigden), 50% when the partner is not a verzekerde, and the months with a
right. The Awir rounding, € 24 minimum and monthly voorschot are applied by `awir.afronden`.

Zorgtoeslag is the bulk calculation (millions of lines), so the trace steps that depend only on the year, the
rules and the household type are made once (`awir.onthouden`); only income-dependent steps are formatted per call.
"""

from __future__ import annotations

from decimal import Decimal

from models.calc.artikelen import artikel
from models.calc.awir import NUL, Rekening, Spoorstap, groepeer_maanden, onthouden, periode_tekst, vanaf_maand
from models.calc.formaat import euro, euro_heel, getal, procent
from models.calc.invoer import Grondslagen, Invoerfout
from models.calc.regels import Drempelkeuze

__all__ = ["bereken", "drempelinkomen"]

_TWAALF = Decimal(12)
_EEN = Decimal(1)


def drempelinkomen(r: Rekening) -> Decimal:
    """The drempelinkomen per the Rekenregels: the whole-euro amount the Dienst applies, or 108% × 12 × WML."""
    if r.regels.drempelinkomen is Drempelkeuze.PRAKTIJK_HELE_EUROS:
        return r.w("zt.drempelinkomen_praktijk")
    return r.f("zt.drempel_factor") * _TWAALF * r.w("zt.wml_januari")


def _d_tekst(d: Decimal) -> str:
    return euro_heel(d) if d == d.to_integral_value() else f"€ {getal(d)}"


def bereken(r: Rekening, g: Grondslagen) -> tuple[Decimal, str | None]:
    """The exact zorgtoeslag over `r.jaar` (before Awir rounding) and, when there is no right, the reason."""
    sp = r.spoor
    jaar = r.jaar
    aanvrager = g.aanvrager
    partner = g.partner
    min_leeftijd = r.i("zt.minimum_leeftijd")
    woonland = g.woonlandfactor

    # Eligibility: verzekerde, 18 or older (per month), vermogen.
    if not aanvrager.verzekerd:
        reden = "De aanvrager is niet verzekerd voor de Zorgverzekeringswet (en is geen verdragsgerechtigde)."
        if sp is not None:
            sp.append(("Verzekerd", False, reden, r.art("wzt.verzekerde")))
        return NUL, reden
    vanaf = vanaf_maand(aanvrager.geboortedatum, min_leeftijd, jaar)
    if vanaf > 12:
        reden = f"De aanvrager is in {jaar} geen hele kalendermaand {min_leeftijd} jaar of ouder."
        if sp is not None:
            sp.append(("Leeftijd", False, reden, r.art("wzt.verzekerde")))
        return NUL, reden
    grens = r.w("zt.vermogensgrens_partner" if partner is not None else "zt.vermogensgrens_alleen")
    vermogen = g.vermogen
    if vermogen > grens:
        reden = f"Het vermogen {euro(vermogen)} is hoger dan de vermogensgrens {euro_heel(grens)}."
        if sp is not None:
            sp.extend(_voorwaarden(jaar, woonland, vanaf, min_leeftijd)[:2])
            sp.append(("Vermogen", False, reden, r.art("wzt.vermogen")))
        return NUL, reden

    # Normpremie and standaardpremie.
    inkomen = g.gezamenlijk_inkomen
    d = drempelinkomen(r)
    pct_drempel = "zt.normpremie_pct_drempel_partner" if partner is not None else "zt.normpremie_pct_drempel_alleen"
    normpremie_drempel = r.f(pct_drempel) * d
    boven = inkomen - d
    if boven > NUL:
        normpremie_boven = r.f("zt.normpremie_pct_boven_drempel") * boven
        normpremie = normpremie_drempel + normpremie_boven
    else:
        normpremie_boven = NUL
        normpremie = normpremie_drempel
    sp_premie = r.w("zt.standaardpremie")
    premie_totaal = sp_premie * 2 if partner is not None else sp_premie
    if woonland is not None:
        if not NUL < woonland <= _EEN:
            raise Invoerfout("woonlandfactor", "moet groter dan 0 en ten hoogste 1 zijn")
        premie_totaal_wlf = premie_totaal * woonland
    else:
        premie_totaal_wlf = premie_totaal
    volledig = premie_totaal_wlf - normpremie
    volledig = max(volledig, NUL)

    if sp is not None:
        # The steps that depend only on the year, the rules and the household type are made once: eligibility,
        # then the fixed amounts of the year (drempelinkomen, normpremie over it, standaardpremie).
        sp.extend(_voorwaarden(jaar, woonland, vanaf, min_leeftijd))
        sp.extend(
            onthouden(
                ("zt.vermogen", jaar, vermogen, grens),
                lambda: [
                    (
                        "Vermogen",
                        True,
                        f"Vermogen {euro(vermogen)} is niet hoger dan de vermogensgrens {euro_heel(grens)}",
                        artikel("wzt.vermogen", jaar),
                    )
                ],
            )
        )
        met_partner = partner is not None
        sp.extend(
            onthouden(
                ("zt.vast", jaar, r.regels.drempelinkomen, met_partner),
                lambda: _vaste_stappen(r, d, pct_drempel, normpremie_drempel, sp_premie, premie_totaal, met_partner),
            )
        )
        # The income-dependent steps.
        ti = euro(inkomen)
        if partner is not None:
            tekst = (
                f"Toetsingsinkomen aanvrager {euro(aanvrager.toetsingsinkomen)} + toeslagpartner "
                f"{euro(partner.toetsingsinkomen)} = {ti}"
            )
        else:
            tekst = f"Toetsingsinkomen aanvrager: {ti}"
        sp.append(("Toetsingsinkomen", inkomen, tekst, r.art("awir.draagkracht")))
        if boven > NUL:
            nb = euro(normpremie_boven)
            sp.append(
                (
                    "Normpremie boven het drempelinkomen",
                    normpremie_boven,
                    f"{procent(r.w('zt.normpremie_pct_boven_drempel'))} van het inkomen boven het drempelinkomen "
                    f"({ti} − {_d_tekst(d)} = {euro(boven)}) = {nb}",
                    r.art("wzt.normpremie_boven"),
                )
            )
            sp.append(
                (
                    "Normpremie",
                    normpremie,
                    f"Normpremie: {euro(normpremie_drempel)} + {nb} = {euro(normpremie)}",
                    r.art("wzt.normpremie"),
                )
            )
        else:
            sp.extend(
                onthouden(
                    ("zt.np", jaar, normpremie),
                    lambda: [
                        (
                            "Normpremie",
                            normpremie,
                            f"Normpremie: het inkomen is niet hoger dan het drempelinkomen, dus {euro(normpremie)}",
                            artikel("wzt.normpremie", jaar),
                        )
                    ],
                )
            )
        if woonland is not None:
            sp.append(
                (
                    "Woonlandfactor",
                    premie_totaal_wlf,
                    f"Standaardpremie × woonlandfactor {getal(woonland)}: {euro_heel(premie_totaal)} × "
                    f"{getal(woonland)} = {euro(premie_totaal_wlf)}",
                    r.art("wzt.woonland"),
                )
            )
        sp.append(
            (
                "Zorgtoeslag per jaar",
                volledig,
                f"Standaardpremie − normpremie: {euro(premie_totaal_wlf)} − {euro(normpremie)} = {euro(volledig)}"
                + (" (niet minder dan € 0)" if premie_totaal_wlf < normpremie else ""),
                r.art("wzt.zorgtoeslag"),
            )
        )

    # Months: the applicant 18 or older; a partner who is not a verzekerde (or not yet 18) gives 50%.
    if partner is None:
        vanaf_partner = 1
    elif partner.verzekerd:
        vanaf_partner = vanaf_maand(partner.geboortedatum, min_leeftijd, jaar)
    else:
        vanaf_partner = 13
    if vanaf == 1 and vanaf_partner == 1:
        return volledig, None  # the common case: the whole year, full amount
    if vanaf == 1 and vanaf_partner == 13:
        perioden = [(1, 12, (True, False))]
    else:
        perioden = groepeer_maanden([(m >= vanaf, m >= vanaf_partner) for m in range(1, 13)])

    helft = r.f("zt.partner_niet_verzekerd_pct")
    maandtotaal = NUL  # Σ year amount × months; divided by 12 once
    for van, tot, (recht, partner_verzekerd) in perioden:
        if not recht:
            if sp is not None:
                sp.append(
                    (
                        "Maanden zonder recht",
                        tot - van + 1,
                        f"{periode_tekst(van, tot)}: geen recht (jonger dan {min_leeftijd} jaar)",
                        r.art("wzt.per_maand"),
                    )
                )
            continue
        bedrag = volledig
        if not partner_verzekerd:
            bedrag = volledig * helft
            if sp is not None:
                sp.append(
                    (
                        "Partner geen verzekerde",
                        bedrag,
                        f"De toeslagpartner is geen verzekerde: {procent(r.w('zt.partner_niet_verzekerd_pct'))} van "
                        f"{euro(volledig)} = {euro(bedrag)}",
                        r.art("wzt.partner_niet_verzekerd"),
                    )
                )
        aantal = tot - van + 1
        maandtotaal += bedrag * aantal
        if aantal != 12 and sp is not None:
            deel = bedrag * aantal / _TWAALF
            sp.append(
                (
                    "Recht per maand",
                    deel,
                    f"{periode_tekst(van, tot)}: {euro(bedrag)} × {aantal}/12 = {euro(deel)}",
                    r.art("wzt.per_maand"),
                )
            )
    exact = maandtotaal / _TWAALF
    if sp is not None and len(perioden) > 1:
        sp.append(
            ("Zorgtoeslag over het jaar", exact, f"Zorgtoeslag over {jaar}: {euro(exact)}", r.art("wzt.per_maand"))
        )
    return exact, None


def _voorwaarden(jaar: int, woonland: Decimal | None, vanaf: int, min_leeftijd: int) -> tuple[Spoorstap, ...]:
    """The eligibility steps "Verzekerd" and "Leeftijd" (made once per year, woonland and first month)."""

    def maak() -> list[Spoorstap]:
        verzekerd = "De aanvrager is verzekerd voor de Zorgverzekeringswet" + (
            " (verdragsgerechtigde)" if woonland is not None else ""
        )
        if vanaf == 1:
            leeftijd = f"De aanvrager is het hele jaar {min_leeftijd} jaar of ouder"
        else:
            leeftijd = (
                f"De aanvrager is {min_leeftijd} jaar vanaf {periode_tekst(vanaf, 12)}; "
                "recht vanaf de maand na de verjaardag"
            )
        art = artikel("wzt.verzekerde", jaar)
        return [("Verzekerd", True, verzekerd, art), ("Leeftijd", vanaf, leeftijd, art)]

    return onthouden(("zt.voorwaarden", jaar, woonland is not None, vanaf, min_leeftijd), maak)


def _vaste_stappen(
    r: Rekening,
    d: Decimal,
    pct_drempel: str,
    normpremie_drempel: Decimal,
    sp_premie: Decimal,
    premie_totaal: Decimal,
    met_partner: bool,
) -> list[Spoorstap]:
    """Drempelinkomen, normpremie over the drempelinkomen and standaardpremie: fixed per year, rules, partner."""
    jaar = r.jaar
    if r.regels.drempelinkomen is Drempelkeuze.PRAKTIJK_HELE_EUROS:
        tekst = f"Drempelinkomen {_d_tekst(d)} (zoals de Dienst Toeslagen het toepast, in hele euro's)"
        drempel = ("Drempelinkomen", d, tekst, artikel("wzt.drempelinkomen_praktijk", jaar))
    else:
        tekst = (
            f"Drempelinkomen: {procent(r.w('zt.drempel_factor'))} × 12 × minimumloon {euro(r.w('zt.wml_januari'))} "
            f"= {_d_tekst(d)}"
        )
        drempel = ("Drempelinkomen", d, tekst, artikel("wzt.drempelinkomen", jaar))
    normpremie = (
        "Normpremie over het drempelinkomen",
        normpremie_drempel,
        f"{procent(r.w(pct_drempel))} van het drempelinkomen {_d_tekst(d)} = {euro(normpremie_drempel)}",
        artikel("wzt.normpremie_drempel", jaar),
    )
    if met_partner:
        tekst = f"Standaardpremie voor twee personen: 2 × {euro_heel(sp_premie)} = {euro_heel(premie_totaal)}"
    else:
        tekst = f"Standaardpremie: {euro_heel(sp_premie)}"
    standaard = ("Standaardpremie", premie_totaal, tekst, artikel("wzt.standaardpremie", jaar))
    return [drempel, normpremie, standaard]
