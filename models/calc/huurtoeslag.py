"""Huurtoeslag (Wet op de huurtoeslag, Wht): the exact year amount with its explanation.

What belongs here: RULES.md §1.2 — the normhuur system of 2024 (four household types; part C not for multi-person
households under the AOW age) and 2025 (two household types, part C for everyone), and the 2026 structure (fixed
basishuur, linear income afbouw, no service costs, the maximum rent as a cap). Shared: draagkracht of the
household with the vrijstelling for a child under 23 (Awir art. 7), vermogen of the applicant(s) and of each
medebewoner, the bands A/B/C, and the situation per month (age 18, household size, the under-23 rent limit).
The Awir rounding, € 24 minimum and monthly voorschot are applied by `awir.afronden`.

Household members: the aanvrager, the toeslagpartner, the medebewoners and the `kinderen` (a child counts from
the month after its birth; do not list a child both in `kinderen` and in `medebewoners`).
"""

from __future__ import annotations

from decimal import Decimal

from models.calc.afronding import normhuur_afronding
from models.calc.awir import NUL, Rekening, Spoorstap, groepeer_maanden, periode_tekst, vanaf_maand
from models.calc.formaat import euro, euro_heel, getal, procent
from models.calc.invoer import Grondslagen, Invoerfout

__all__ = ["bereken"]

_NIEUW_STELSEL_VANAF = 2026  # Wet vereenvoudiging huurtoeslag
_TWAALF = Decimal(12)

# A month's situation: (aanvrager 18+, number of persons, the young-household rent limit applies)
_Situatie = tuple[bool, int, bool]


def bereken(r: Rekening, g: Grondslagen) -> tuple[Decimal, str | None]:
    """The exact huurtoeslag over `r.jaar` (before Awir rounding) and, when there is no right, the reason."""
    if g.huur is None:
        raise Invoerfout("huur", "ontbreekt; nodig voor de huurtoeslag (kale_huur en servicekosten per maand)")
    sp = r.spoor
    jaar = r.jaar
    aanvrager = g.aanvrager
    partner = g.partner

    vanaf = vanaf_maand(aanvrager.geboortedatum, r.i("ht.minimum_leeftijd"), jaar)
    if vanaf > 12:
        reden = f"De aanvrager is in {jaar} geen hele kalendermaand 18 jaar of ouder."
        if sp is not None:
            sp.append(("Leeftijd", False, reden, r.art("wht.leeftijd")))
        return NUL, reden
    if sp is not None:
        tekst = (
            "De aanvrager is het hele jaar 18 jaar of ouder"
            if vanaf == 1
            else f"De aanvrager is 18 jaar vanaf {periode_tekst(vanaf, 12)}"
        )
        sp.append(("Leeftijd", vanaf, tekst, r.art("wht.leeftijd")))

    # Vermogen (Awir art. 7 lid 3–4).
    grens = r.w("ht.vermogensgrens_partner" if partner is not None else "ht.vermogensgrens_alleen")
    if g.vermogen > grens:
        reden = f"Het vermogen {euro(g.vermogen)} is hoger dan de vermogensgrens {euro_heel(grens)}."
        if sp is not None:
            sp.append(("Vermogen", False, reden, r.art("awir.vermogen_huur")))
        return NUL, reden
    if sp is not None:
        sp.append(
            (
                "Vermogen",
                True,
                f"Vermogen {euro(g.vermogen)} is niet hoger dan de vermogensgrens {euro_heel(grens)}",
                r.art("awir.vermogen_huur"),
            )
        )
    if g.medebewoners:
        grens_mb = r.w("ht.vermogensgrens_medebewoner")
        for i, mb in enumerate(g.medebewoners, start=1):
            if mb.vermogen > grens_mb:
                reden = (
                    f"Het vermogen van medebewoner {i} ({euro(mb.vermogen)}) is hoger dan de grens per medebewoner "
                    f"{euro_heel(grens_mb)}."
                )
                if sp is not None:
                    sp.append(("Vermogen medebewoner", False, reden, r.art("awir.vermogen_huur")))
                return NUL, reden
        if sp is not None:
            sp.append(
                (
                    "Vermogen medebewoners",
                    True,
                    f"Het vermogen van geen van de medebewoners is hoger dan {euro_heel(grens_mb)}",
                    r.art("awir.vermogen_huur"),
                )
            )

    inkomen = _draagkracht(r, g)

    # The situation per month.
    nieuw = jaar >= _NIEUW_STELSEL_VANAF
    jong = r.i("ht.jongeren_leeftijd")
    volwassenen = [aanvrager.geboortedatum]
    if partner is not None:
        volwassenen.append(partner.geboortedatum)
    volwassenen.extend(mb.geboortedatum for mb in g.medebewoners)
    # The young-household limit: all adults younger than `jong` (2024–2025: and no child in the household).
    jong_tot = min(vanaf_maand(d, jong, jaar) for d in volwassenen)  # months before this: all still young
    kinderen_vanaf = sorted(vanaf_maand(k.geboortedatum, 0, jaar) for k in g.kinderen)
    vast = 1 + (partner is not None) + len(g.medebewoners)

    def situatie(maand: int) -> _Situatie:
        kinderen = sum(1 for v in kinderen_vanaf if v <= maand)
        jonge_grens = maand < jong_tot and (nieuw or kinderen == 0)
        return (maand >= vanaf, vast + kinderen, jonge_grens)

    if vanaf == 1 and jong_tot == 1 and all(v == 1 for v in kinderen_vanaf):
        perioden = [(1, 12, situatie(1))]
    else:
        perioden = groepeer_maanden([situatie(m) for m in range(1, 13)])

    rekenen = _maand_nieuw if nieuw else _maand_normhuur
    bekend: dict[_Situatie, Decimal] = {}
    exact = NUL
    reden: str | None = None
    for van, tot, sit in perioden:
        aantal = tot - van + 1
        if not sit[0]:
            if sp is not None:
                sp.append(
                    (
                        "Maanden zonder recht",
                        aantal,
                        f"{periode_tekst(van, tot)}: geen recht (jonger dan 18 jaar)",
                        r.art("wht.leeftijd"),
                    )
                )
            continue
        if sit in bekend:
            bedrag = bekend[sit]
            if sp is not None:
                sp.append(
                    (
                        "Huurtoeslag per maand",
                        bedrag,
                        f"{periode_tekst(van, tot)}: {euro(bedrag)} per maand (als hierboven)",
                        r.art("wht.delen"),
                    )
                )
        else:
            bedrag, waarom = rekenen(r, g, inkomen, sit, periode_tekst(van, tot) if len(perioden) > 1 else "")
            bekend[sit] = bedrag
            if waarom is not None:
                reden = waarom
        deel = bedrag * aantal
        exact += deel
        if sp is not None:
            sp.append(
                (
                    "Huurtoeslag over de periode" if len(perioden) > 1 else "Huurtoeslag per jaar",
                    deel,
                    f"{aantal} × {euro(bedrag)} = {euro(deel)}"
                    + (f" ({periode_tekst(van, tot)})" if len(perioden) > 1 else ""),
                    r.art("awir.per_maand"),
                )
            )
    if sp is not None and len(perioden) > 1:
        sp.append(("Huurtoeslag per jaar", exact, f"Huurtoeslag over {jaar}: {euro(exact)}", r.art("awir.per_maand")))
    return exact, (reden if exact == NUL else None)


def _draagkracht(r: Rekening, g: Grondslagen) -> Decimal:
    """Awir art. 7 lid 2: toetsingsinkomen of aanvrager, partner and medebewoners; a child medebewoner counts
    only above the vrijstelling up to and including the year it turns 23."""
    sp = r.spoor
    inkomen = g.aanvrager.toetsingsinkomen
    delen = [f"aanvrager {euro(inkomen)}"]
    if g.partner is not None:
        inkomen += g.partner.toetsingsinkomen
        delen.append(f"toeslagpartner {euro(g.partner.toetsingsinkomen)}")
    for i, mb in enumerate(g.medebewoners, start=1):
        telt = mb.toetsingsinkomen
        if mb.kind_in_huishouden and mb.geboortedatum.year + 23 >= r.jaar:
            vrij = r.w("ht.vrijstelling_kind")
            telt = mb.toetsingsinkomen - vrij if mb.toetsingsinkomen > vrij else NUL
            if sp is not None:
                sp.append(
                    (
                        "Vrijstelling kind",
                        telt,
                        f"Medebewoner {i} is een thuiswonend kind jonger dan 23: van {euro(mb.toetsingsinkomen)} telt "
                        f"alleen het deel boven {euro_heel(vrij)} mee: {euro(telt)}",
                        r.art("awir.vrijstelling_kind"),
                    )
                )
        inkomen += telt
        delen.append(f"medebewoner {i} {euro(telt)}")
    if sp is not None:
        tekst = (
            f"Inkomen van het huishouden: {' + '.join(delen)} = {euro(inkomen)}"
            if len(delen) > 1
            else (f"Toetsingsinkomen aanvrager: {euro(inkomen)}")
        )
        sp.append(("Toetsingsinkomen huishouden", inkomen, tekst, r.art("awir.draagkracht_huur")))
    return inkomen


def _huishouden(personen: int) -> str:
    return "eenpersoonshuishouden" if personen == 1 else f"meerpersoonshuishouden ({personen} personen)"


def _delen(
    r: Rekening, rekenhuur: Decimal, basishuur: Decimal, personen: int, pct_c: Decimal, pct_c_sleutel: str
) -> tuple[Decimal, list[Spoorstap]]:
    """The bands A (to the kwaliteitskortingsgrens), B (to the aftoppingsgrens) and C (above it)."""
    kkg = r.w("ht.kwaliteitskortingsgrens")
    aft_sleutel = "ht.aftoppingsgrens_laag" if personen <= 2 else "ht.aftoppingsgrens_hoog"
    aft = r.w(aft_sleutel)
    a = min(rekenhuur, kkg) - basishuur
    a = a * r.f("ht.deel_a_pct") if a > NUL else NUL
    b = min(rekenhuur, aft) - max(basishuur, kkg)
    b = b * r.f("ht.deel_b_pct") if b > NUL else NUL
    c = rekenhuur - max(aft, basishuur)
    c = c * pct_c if c > NUL and pct_c > NUL else NUL
    stappen: list[Spoorstap] = []
    if r.spoor is not None:
        art = r.art("wht.delen")
        stappen.append(
            (
                "Deel A",
                a,
                f"{procent(r.w('ht.deel_a_pct'))} van de huur tussen basishuur {euro(basishuur)} en "
                f"kwaliteitskortingsgrens {euro(kkg)} = {euro(a)}",
                art,
            )
        )
        stappen.append(
            (
                "Deel B",
                b,
                f"{procent(r.w('ht.deel_b_pct'))} van de huur tussen kwaliteitskortingsgrens {euro(kkg)} en "
                f"aftoppingsgrens {euro(aft)} = {euro(b)}",
                art,
            )
        )
        pct_tekst = procent(r.w(pct_c_sleutel)) if pct_c_sleutel else "0%"
        stappen.append(
            (
                "Deel C",
                c,
                f"{pct_tekst} van de huur boven de aftoppingsgrens {euro(aft)} = {euro(c)}",
                art,
            )
        )
    return a + b + c, stappen


def _maand_normhuur(
    r: Rekening, g: Grondslagen, inkomen: Decimal, sit: _Situatie, periode: str
) -> tuple[Decimal, str | None]:
    """One month under the normhuur system (2024, 2025)."""
    assert g.huur is not None
    sp = r.spoor
    jaar = r.jaar
    _, personen, jonge_grens = sit
    voor = f"{periode}: " if periode else ""
    servicekosten = NUL
    if g.huur.servicekosten > NUL:
        max_sk = r.w("ht.servicekosten_max")
        servicekosten = min(g.huur.servicekosten, max_sk)
    rekenhuur = g.huur.kale_huur + servicekosten

    # Household type: 2024 distinguishes households where aanvrager or partner has the AOW age on 1 January.
    aow_1jan = aow_in_jaar = False
    if "ht.aow_leeftijd" in r.ps:
        aow = r.i("ht.aow_leeftijd")
        leden = [g.aanvrager] + ([g.partner] if g.partner is not None else [])
        aow_1jan = any(vanaf_maand(p.geboortedatum, aow, jaar) == 1 for p in leden)
        aow_in_jaar = any(p.geboortedatum.year + aow <= jaar for p in leden)
    soort = ("ep" if personen == 1 else "mp") + ("o" if aow_1jan else "")
    soort_tekst = _huishouden(personen) + (" met AOW-leeftijd" if aow_1jan else "")

    grens_sleutel = "ht.jongerengrens" if jonge_grens else "ht.maximale_huurgrens"
    grens = r.w(grens_sleutel)
    if sp is not None:
        sk = (
            f" + subsidiabele servicekosten {euro(servicekosten)} "
            f"(ten hoogste {euro_heel(r.w('ht.servicekosten_max'))})"
            if g.huur.servicekosten > NUL
            else ""
        )
        sp.append(("Huishouden", personen, f"{voor}{soort_tekst}", r.art("wht.huishouden")))
        sp.append(
            (
                "Rekenhuur",
                rekenhuur,
                f"{voor}kale huur {euro(g.huur.kale_huur)}{sk} = {euro(rekenhuur)}",
                r.art("wht.rekenhuur"),
            )
        )
    if rekenhuur > grens:
        if jonge_grens:
            reden = (
                f"De rekenhuur {euro(rekenhuur)} is hoger dan {euro(grens)}, de grens als alle bewoners jonger dan "
                f"{r.i('ht.jongeren_leeftijd')} zijn en er geen kind is."
            )
        else:
            reden = f"De rekenhuur {euro(rekenhuur)} is hoger dan de maximale huurgrens {euro(grens)}."
        if sp is not None:
            sp.append(("Huurgrens", False, voor + reden, r.art("wht.huurgrens")))
        return NUL, reden
    if sp is not None:
        naam = "de jongerengrens" if jonge_grens else "de maximale huurgrens"
        sp.append(
            (
                "Huurgrens",
                True,
                f"{voor}rekenhuur {euro(rekenhuur)} is niet hoger dan {naam} {euro(grens)}",
                r.art("wht.huurgrens"),
            )
        )

    fa, fb = r.w(f"ht.factor_a.{soort}"), r.w(f"ht.factor_b.{soort}")
    formule = normhuur_afronding(fa * inkomen * inkomen + fb * inkomen)
    minimum = r.w(f"ht.minimum_normhuur.{soort}")
    normhuur = formule if formule > minimum else minimum
    verlaging = r.w("ht.verlaging_basishuur")
    basishuur = normhuur - verlaging

    if personen > 1 and not aow_in_jaar and "ht.deel_c_pct_mp_onder_aow" in r.ps:
        pct_c_sleutel = "ht.deel_c_pct_mp_onder_aow"
    else:
        pct_c_sleutel = "ht.deel_c_pct"
    totaal, stappen = _delen(r, rekenhuur, basishuur, personen, r.f(pct_c_sleutel), pct_c_sleutel)
    if sp is not None:
        sp.append(
            (
                "Normhuur",
                normhuur,
                f"{voor}normhuur: {getal(fa)} × ({euro(inkomen)})² {'−' if fb < NUL else '+'} {getal(abs(fb))} × "
                f"{euro(inkomen)} = {euro(formule)} "
                f"(naar boven afgerond op centen), ten minste {euro(minimum)}: {euro(normhuur)}",
                r.art("wht.normhuur"),
            )
        )
        sp.append(
            (
                "Basishuur",
                basishuur,
                f"{voor}basishuur: normhuur {euro(normhuur)} − verlaging {euro(verlaging)} = {euro(basishuur)}",
                r.art("wht.basishuur"),
            )
        )
        sp.extend(stappen)
        sp.append(
            (
                "Huurtoeslag per maand",
                totaal,
                f"{voor}{' + '.join(euro(s[1]) for s in stappen if isinstance(s[1], Decimal))} = {euro(totaal)}",
                r.art("wht.delen"),
            )
        )
    reden = "Bij dit inkomen is de basishuur hoger dan de rekenhuur: geen huurtoeslag." if totaal == NUL else None
    return totaal, reden


def _maand_nieuw(
    r: Rekening, g: Grondslagen, inkomen: Decimal, sit: _Situatie, periode: str
) -> tuple[Decimal, str | None]:
    """One month under the 2026 structure: fixed basishuur, bands A/B/C, minus the linear income afbouw."""
    assert g.huur is not None
    sp = r.spoor
    _, personen, jonge_grens = sit
    voor = f"{periode}: " if periode else ""
    soort = "ep" if personen == 1 else "mp"
    cap_sleutel = "ht.jongerengrens" if jonge_grens else "ht.maximale_huurgrens"
    cap = r.w(cap_sleutel)
    rekenhuur = g.huur.kale_huur if g.huur.kale_huur < cap else cap
    basishuur = r.w(f"ht.basishuur.{soort}")
    bruto, stappen = _delen(r, rekenhuur, basishuur, personen, r.f("ht.deel_c_pct"), "ht.deel_c_pct")
    ijkpunt = r.w(f"ht.afbouw_inkomensijkpunt.{soort}")
    boven = inkomen - ijkpunt
    afbouw = r.f(f"ht.afbouw_pct.{soort}") * boven / _TWAALF if boven > NUL else NUL
    totaal = bruto - afbouw if bruto > afbouw else NUL
    if sp is not None:
        sp.append(("Huishouden", personen, f"{voor}{_huishouden(personen)}", r.art("wht.huishouden")))
        waarom = (
            f"oudste bewoner jonger dan {r.i('ht.jongeren_leeftijd')}: ten hoogste {euro(cap)}"
            if jonge_grens
            else f"ten hoogste {euro(cap)}"
        )
        tekst = f"{voor}rekenhuur = kale huur {euro(g.huur.kale_huur)}, {waarom}: {euro(rekenhuur)}"
        if g.huur.servicekosten > NUL:
            tekst += f" (servicekosten {euro(g.huur.servicekosten)} tellen vanaf 2026 niet mee)"
        sp.append(("Rekenhuur", rekenhuur, tekst, r.art("wht.rekenhuur_2026")))
        sp.append(
            (
                "Basishuur",
                basishuur,
                f"{voor}vaste basishuur {_huishouden(personen)}: {euro(basishuur)}",
                r.art("wht.basishuur_2026"),
            )
        )
        sp.extend(stappen)
        sp.append(("Huurtoeslag vóór afbouw", bruto, f"{voor}deel A + B + C = {euro(bruto)}", r.art("wht.delen")))
        pct = procent(r.w(f"ht.afbouw_pct.{soort}"))
        if boven > NUL:
            tekst = (
                f"{voor}afbouw: {pct} van het inkomen boven {euro_heel(ijkpunt)} ({euro(inkomen)} − "
                f"{euro_heel(ijkpunt)} = {euro(boven)}) / 12 = {euro(afbouw)} per maand"
            )
        else:
            tekst = f"{voor}inkomen {euro(inkomen)} is niet hoger dan {euro_heel(ijkpunt)}: geen afbouw"
        sp.append(("Inkomensafbouw", afbouw, tekst, r.art("wht.afbouw")))
        sp.append(
            (
                "Huurtoeslag per maand",
                totaal,
                f"{voor}{euro(bruto)} − {euro(afbouw)} = {euro(totaal)}"
                + (" (niet minder dan € 0)" if bruto < afbouw else ""),
                r.art("wht.afbouw"),
            )
        )
    reden = None
    if totaal == NUL:
        reden = "Het inkomen is te hoog voor huurtoeslag bij deze huur."
    return totaal, reden
