"""Betalingscapaciteit for a persoonlijke betalingsregeling (PBR): what a household can pay per month.

What belongs here: the leefsituatie, the capacity inputs (named as the sources list them), and the explained
calculation `bereken_betalingscapaciteit`. Standard library only. The rules (RULES.md §3.3–3.4; the older SG
texts of the Uitvoeringsregeling Awir art. 7 lid 4–6 and the Uitvoeringsregeling IW 1990 art. 12–16):

- netto besteedbaar inkomen (NBI) per month of the debtor and the partner: net income, alimentatie received,
  other income; NOT counted: kinderbijslag, kinderopvangtoeslag, kindgebonden budget, huurtoeslag, zorgtoeslag
  (art. 14);
- minus the listed expenses (art. 15): woonlasten net of huurtoeslag above the minimumbasishuur up to the
  maximale huurgrens; zorgpremie minus normpremie minus zorgtoeslag; alimentatie paid; payments on tax debts;
  repayments of loans for tax debts; kostgangers; the cost of children not covered by the kindgebonden budget;
- minus the kosten van bestaan: 90% (UNCONFIRMED) of the Participatiewet norm, plus the AOW surcharge (art. 16);
- the bestaansminimum is protected: what remains may never be less than the beslagvrije-voet floor, 95%
  (UNCONFIRMED) of the norm incl. vakantietoeslag (RULES.md §3.4). The capacity therefore is
  NBI − max(kosten van bestaan, beschermd minimum), never negative;
- refusal reasons (not exceptions): vermogen above what is exempt (art. 12), opzet or grove schuld (Uitv.reg.
  Awir art. 7 lid 5–6).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from decimal import Decimal
from enum import StrEnum
from typing import Any

from models.calc.formaat import euro, procent
from models.calc.invoer import Invoerfout
from models.calc.invordering_afronding import capaciteit_omlaag, minimum_omhoog
from models.calc.invordering_basis import NUL, Parametergebruik, controleer_bedrag, datum_tekst, geld
from models.calc.parameters_invordering import invorderingsparameters
from models.calc.uitkomst import Stap

__all__ = ["Betalingscapaciteit", "Capaciteitsinvoer", "Leefsituatie", "bereken_betalingscapaciteit"]

_GRONDSLAG_PBR = "Uitv.reg. Awir art. 7 lid 4"
_MAAND_DAGEN = Decimal(30)


class Leefsituatie(StrEnum):
    """The leefsituatie that selects the bijstandsnorm (Participatiewet art. 21–22). The value is the JSON name."""

    ALLEENSTAANDE = "alleenstaande"
    ALLEENSTAANDE_OUDER = "alleenstaande_ouder"
    GEHUWDEN = "gehuwden"
    ALLEENSTAANDE_AOW = "alleenstaande_aow"
    ALLEENSTAANDE_OUDER_AOW = "alleenstaande_ouder_aow"
    GEHUWDEN_AOW = "gehuwden_aow"
    """Both partners have reached the AOW age."""
    GEHUWDEN_EEN_AOW = "gehuwden_een_aow"
    """One of the partners has reached the AOW age."""

    @property
    def met_partner(self) -> bool:
        """Gehuwden or samenwonenden (a partner in the sense of Participatiewet art. 3)."""
        return self.value.startswith("gehuwden")

    @property
    def meerpersoons(self) -> bool:
        """More than one person in the household (selects the meerpersoons minimumbasishuur)."""
        return self not in (Leefsituatie.ALLEENSTAANDE, Leefsituatie.ALLEENSTAANDE_AOW)

    @property
    def norm_sleutel(self) -> str:
        """The parameter key of the bijstandsnorm."""
        return _NORM[self]

    @property
    def aow_verhoging_sleutel(self) -> str | None:
        """The parameter key of the Uitv.reg. IW 1990 art. 16 lid 3 surcharge, or None under AOW age."""
        return _AOW_VERHOGING.get(self)

    @property
    def label(self) -> str:
        """Dutch wording for the trace."""
        return (
            self.value.replace("_een_aow", ", één van beiden AOW-leeftijd")
            .replace("_aow", ", AOW-leeftijd")
            .replace("_", " ")
        )


_NORM = {
    Leefsituatie.ALLEENSTAANDE: "norm.alleenstaande",
    Leefsituatie.ALLEENSTAANDE_OUDER: "norm.alleenstaande",
    Leefsituatie.GEHUWDEN: "norm.gehuwden",
    Leefsituatie.ALLEENSTAANDE_AOW: "norm.alleenstaande_aow",
    Leefsituatie.ALLEENSTAANDE_OUDER_AOW: "norm.alleenstaande_aow",
    Leefsituatie.GEHUWDEN_AOW: "norm.gehuwden_aow",
    Leefsituatie.GEHUWDEN_EEN_AOW: "norm.gehuwden_aow",
}
_AOW_VERHOGING = {
    Leefsituatie.ALLEENSTAANDE_AOW: "pbr.aow_verhoging_een",
    Leefsituatie.ALLEENSTAANDE_OUDER_AOW: "pbr.aow_verhoging_een",
    Leefsituatie.GEHUWDEN_AOW: "pbr.aow_verhoging_beiden",
    Leefsituatie.GEHUWDEN_EEN_AOW: "pbr.aow_verhoging_een",
}


@dataclass(frozen=True, slots=True)
class Capaciteitsinvoer:
    """The data of a capacity calculation. Amounts are euros per month (average over the next 12 months),
    except the vermogen items (values on the day of the request).

    Attributes:
        leefsituatie: selects the norm; a partner's items are only allowed with a gehuwden-leefsituatie.
        netto_inkomen: net wage or benefit of the debtor, incl. vakantiegeld and 13th month averaged (art. 14 a).
        netto_inkomen_partner: the same for the partner (Uitv.reg. Awir art. 7 lid 4; art. 13 lid 2).
        alimentatie_ontvangen: alimentatie received (art. 14 b).
        overige_inkomsten: other income, incl. a voorlopige teruggaaf (art. 14 c, lid 2); never kinderbijslag,
            kinderopvangtoeslag, kindgebonden budget, huurtoeslag or zorgtoeslag.
        woonlasten: rent (Wht art. 5) or mortgage interest plus ground rent, before huurtoeslag (art. 15 lid 3).
        huurtoeslag: huurtoeslag or woonkostentoeslag received.
        zorgpremie: zorgverzekering and Wlz premiums not withheld by an employer (art. 15 c).
        normpremie: the zorgtoeslag normpremie as far as included in the bijstandsnorm (art. 15 c).
        zorgtoeslag: zorgtoeslag received.
        alimentatie_betaald: alimentatie paid (art. 15 d).
        betalingen_belastingschulden: payments on tax debts, NOT on toeslag terugvorderingen (art. 15 a).
        aflossingen_belastingleningen: repayments of loans taken to pay tax debts (art. 15 e).
        kostgangerskosten: costs of kostgangers, up to 30 × the daily maximum (art. 15 f).
        levensonderhoud_kinderen: maximum kindgebonden budget minus what is received (art. 15 g).
        financiele_middelen: money in bank and savings accounts, cash.
        overig_vermogen: other assets at market value minus debts ranking above the Rijk (art. 12 lid 1).
        waarde_auto: the trade-in value of a car (art. 12 lid 3).
        auto_onmisbaar: the car is indispensable for work or because of a disability (art. 12 lid 2 c).
        waarde_inboedel: the value of the household contents.
        opzet_of_grove_schuld: the recovery is due to intent or gross negligence (Uitv.reg. Awir art. 7 lid 6).
    """

    leefsituatie: Leefsituatie
    netto_inkomen: Decimal = NUL
    netto_inkomen_partner: Decimal = NUL
    alimentatie_ontvangen: Decimal = NUL
    overige_inkomsten: Decimal = NUL
    woonlasten: Decimal = NUL
    huurtoeslag: Decimal = NUL
    zorgpremie: Decimal = NUL
    normpremie: Decimal = NUL
    zorgtoeslag: Decimal = NUL
    alimentatie_betaald: Decimal = NUL
    betalingen_belastingschulden: Decimal = NUL
    aflossingen_belastingleningen: Decimal = NUL
    kostgangerskosten: Decimal = NUL
    levensonderhoud_kinderen: Decimal = NUL
    financiele_middelen: Decimal = NUL
    overig_vermogen: Decimal = NUL
    waarde_auto: Decimal = NUL
    auto_onmisbaar: bool = False
    waarde_inboedel: Decimal = NUL
    opzet_of_grove_schuld: bool = False

    def __post_init__(self) -> None:
        for veld in fields(self):
            waarde = getattr(self, veld.name)
            if isinstance(waarde, Decimal):
                controleer_bedrag(waarde, f"capaciteit.{veld.name}")
        if not self.leefsituatie.met_partner and self.netto_inkomen_partner:
            raise Invoerfout(
                "capaciteit.netto_inkomen_partner", "kan alleen bij een leefsituatie met partner (gehuwden)"
            )

    @classmethod
    def velden(cls) -> tuple[str, ...]:
        """The names of the amount fields (the JSON contract uses the same names)."""
        return tuple(v.name for v in fields(cls) if v.type in ("Decimal", Decimal))


@dataclass(frozen=True, slots=True)
class Betalingscapaciteit:
    """The monthly payment capacity, explained.

    Attributes:
        peildatum: the date the parameters were taken for (the start of the arrangement).
        inkomen: the income counted, debtor and partner together.
        uitgaven: the expenses deducted.
        netto_besteedbaar: inkomen − uitgaven (may be negative).
        kosten_van_bestaan: the percentage of the norm plus the AOW surcharge.
        beschermd_minimum: the beslagvrije-voet floor that must remain.
        capaciteit: netto_besteedbaar − max(kosten_van_bestaan, beschermd_minimum), never negative.
        maximaal_termijnbedrag: the share of the capacity asked per month; no instalment may exceed it.
        vermogen: the vermogen counted after the exemptions.
        weigeringsgronden: reasons a PBR is refused (empty: no refusal).
    """

    peildatum: dt.date
    leefsituatie: Leefsituatie
    inkomen: Decimal
    uitgaven: Decimal
    netto_besteedbaar: Decimal
    kosten_van_bestaan: Decimal
    beschermd_minimum: Decimal
    capaciteit: Decimal
    maximaal_termijnbedrag: Decimal
    vermogen: Decimal
    weigeringsgronden: tuple[str, ...]
    uitleg: tuple[Stap, ...]
    onbevestigde_parameters: tuple[str, ...] = ()

    def naar_dict(self) -> dict[str, Any]:
        """The JSON fields of the `werkplek-reken` contract."""
        return {
            "peildatum": self.peildatum.isoformat(),
            "leefsituatie": self.leefsituatie.value,
            "inkomen": geld(self.inkomen),
            "uitgaven": geld(self.uitgaven),
            "netto_besteedbaar": geld(self.netto_besteedbaar),
            "kosten_van_bestaan": geld(self.kosten_van_bestaan),
            "beschermd_minimum": geld(self.beschermd_minimum),
            "capaciteit": geld(self.capaciteit),
            "maximaal_termijnbedrag": geld(self.maximaal_termijnbedrag),
            "vermogen": geld(self.vermogen),
            "weigeringsgronden": list(self.weigeringsgronden),
            "onbevestigde_parameters": list(self.onbevestigde_parameters),
            "uitleg": [s.naar_dict() for s in self.uitleg],
        }


def _positief(bedrag: Decimal) -> Decimal:
    return max(NUL, bedrag)


def _drempel_sleutel(leefsituatie: Leefsituatie) -> str:
    return "pbr.woonlasten_drempel.mp" if leefsituatie.meerpersoons else "pbr.woonlasten_drempel.ep"


def _woonlasten_aftrek(p: Parametergebruik, leefsituatie: Leefsituatie, woonlasten: Decimal) -> Decimal:
    """Uitv.reg. IW 1990 art. 15 lid 1 onder b: woonlasten count above the minimumbasishuur, up to the maximale
    huurgrens. The limits are only read (and listed when unconfirmed) when there are woonlasten."""
    if woonlasten == NUL:
        return NUL
    maximum = p.bedrag("pbr.woonlasten_maximum")
    return _positief(min(woonlasten, maximum) - p.bedrag(_drempel_sleutel(leefsituatie)))


def _woongrenzen(p: Parametergebruik, leefsituatie: Leefsituatie) -> str:
    """The two limits as text for the trace (read without noting them: the deduction itself notes them)."""
    maximum = p.parameters["pbr.woonlasten_maximum"].waarde
    drempel = p.parameters[_drempel_sleutel(leefsituatie)].waarde
    if not isinstance(maximum, Decimal) or not isinstance(drempel, Decimal):
        return ""
    return f" ({euro(drempel)} tot {euro(maximum)})"


def bereken_betalingscapaciteit(invoer: Capaciteitsinvoer, peildatum: dt.date) -> Betalingscapaciteit:
    """The monthly betalingscapaciteit of debtor and partner, with refusal reasons and the protected minimum.

    Args:
        invoer: income, expenses, vermogen and leefsituatie.
        peildatum: the start of the arrangement; selects the norms and limits.

    Returns:
        The capacity, the maximum instalment (never more than the capacity), the refusal reasons and the trace.
        Every UNCONFIRMED parameter used is listed by name.

    Raises:
        Invoerfout: no parameters for `peildatum`.
    """
    p = Parametergebruik(invorderingsparameters(peildatum))
    i = invoer
    stappen: list[Stap] = []

    # --- income (art. 14) ------------------------------------------------------------------------------------
    inkomen = i.netto_inkomen + i.netto_inkomen_partner + i.alimentatie_ontvangen + i.overige_inkomsten
    stappen.append(
        Stap(
            "Inkomen",
            inkomen,
            f"Netto inkomen {euro(i.netto_inkomen)} + netto inkomen partner {euro(i.netto_inkomen_partner)} + "
            f"ontvangen alimentatie {euro(i.alimentatie_ontvangen)} + overige inkomsten {euro(i.overige_inkomsten)} "
            f"= {euro(inkomen)} per maand",
            f"{_GRONDSLAG_PBR}; Uitv.reg. IW 1990 art. 13–14",
        )
    )
    stappen.append(
        Stap(
            "Niet meegeteld",
            "",
            "Niet als inkomen geteld: kinderbijslag, kinderopvangtoeslag, kindgebonden budget, huurtoeslag, "
            "zorgtoeslag, individuele inkomenstoeslag, pleegzorgvergoeding en vrijwilligersvergoeding",
            "Uitv.reg. IW 1990 art. 14 lid 1 onder c",
        )
    )

    # --- expenses (art. 15) ----------------------------------------------------------------------------------
    nettowoonlasten = _positief(i.woonlasten - i.huurtoeslag)
    woon = _woonlasten_aftrek(p, i.leefsituatie, nettowoonlasten)
    zorg = _positief(i.zorgpremie - i.normpremie - i.zorgtoeslag)
    kostgangers_max = p.bedrag("pbr.kostgangers_per_dag") * _MAAND_DAGEN if i.kostgangerskosten else NUL
    kostgangers = min(i.kostgangerskosten, kostgangers_max)
    overig = (
        i.alimentatie_betaald
        + i.betalingen_belastingschulden
        + i.aflossingen_belastingleningen
        + kostgangers
        + i.levensonderhoud_kinderen
    )
    uitgaven = woon + zorg + overig
    stappen += [
        Stap(
            "Woonlasten",
            woon,
            f"Woonlasten {euro(i.woonlasten)} − huurtoeslag {euro(i.huurtoeslag)} = {euro(nettowoonlasten)}; "
            f"telt mee tot de maximale huurgrens en boven de minimumbasishuur{_woongrenzen(p, i.leefsituatie)}: "
            f"{euro(woon)}",
            "Uitv.reg. IW 1990 art. 15 lid 1 onder b en lid 3",
        ),
        Stap(
            "Zorgpremie",
            zorg,
            f"Zorgpremie {euro(i.zorgpremie)} − normpremie {euro(i.normpremie)} − zorgtoeslag "
            f"{euro(i.zorgtoeslag)} = {euro(zorg)} (niet negatief)",
            "Uitv.reg. IW 1990 art. 15 lid 1 onder c",
        ),
        Stap(
            "Overige uitgaven",
            overig,
            f"Betaalde alimentatie {euro(i.alimentatie_betaald)} + betalingen op belastingschulden (niet op "
            f"toeslagschulden) {euro(i.betalingen_belastingschulden)} + aflossingen op leningen voor "
            f"belastingschulden {euro(i.aflossingen_belastingleningen)} + kostgangers {euro(kostgangers)}"
            + (f" (ten hoogste {euro(kostgangers_max)})" if i.kostgangerskosten else "")
            + f" + levensonderhoud kinderen {euro(i.levensonderhoud_kinderen)} = "
            f"{euro(overig)}",
            "Uitv.reg. IW 1990 art. 15 lid 1 onder a, d, e, f en g",
        ),
    ]
    nbi = inkomen - uitgaven
    stappen.append(
        Stap(
            "Netto besteedbaar inkomen",
            nbi,
            f"{euro(inkomen)} − uitgaven {euro(uitgaven)} = {euro(nbi)} per maand",
            "Uitv.reg. IW 1990 art. 14 lid 1",
        )
    )

    # --- kosten van bestaan and the protected minimum (art. 16; RULES §3.4) -----------------------------------
    norm = p.bedrag(i.leefsituatie.norm_sleutel)
    kvb_pct = p.bedrag("pbr.kosten_van_bestaan")
    verhoging_sleutel = i.leefsituatie.aow_verhoging_sleutel
    verhoging = NUL if verhoging_sleutel is None else p.bedrag(verhoging_sleutel)
    kosten_van_bestaan = minimum_omhoog(norm * p.fractie("pbr.kosten_van_bestaan")) + verhoging
    bvv_pct = p.bedrag("bvv.percentage")
    beschermd = minimum_omhoog(norm * p.fractie("bvv.percentage"))
    ondergrens = max(kosten_van_bestaan, beschermd)
    stappen += [
        Stap(
            "Kosten van bestaan",
            kosten_van_bestaan,
            f"{procent(kvb_pct)} van de bijstandsnorm voor {i.leefsituatie.label} {euro(norm)} (incl. "
            f"vakantietoeslag), naar boven afgerond op centen"
            + (f", plus AOW-verhoging {euro(verhoging)}" if verhoging else "")
            + f" = {euro(kosten_van_bestaan)}",
            "Uitv.reg. IW 1990 art. 16; Participatiewet art. 21–22",
        ),
        Stap(
            "Beschermd minimum",
            beschermd,
            f"Het bestaansminimum blijft altijd over: {procent(bvv_pct)} van de norm {euro(norm)} = "
            f"{euro(beschermd)} (beslagvrije voet, zonder woonkosten- en zorgpremiecorrectie). Er blijft "
            f"minstens {euro(ondergrens)} per maand over",
            "Rv art. 475da e.v. (Wet vbvv); RULES §3.4",
        ),
    ]
    capaciteit = _positief(nbi - ondergrens)
    benutting = p.bedrag("pbr.benutting")
    maximaal = capaciteit_omlaag(capaciteit * p.fractie("pbr.benutting"))
    stappen += [
        Stap(
            "Betalingscapaciteit",
            capaciteit,
            f"{euro(nbi)} − {euro(ondergrens)} = {euro(capaciteit)} per maand (niet negatief)",
            "Uitv.reg. IW 1990 art. 13 lid 1",
        ),
        Stap(
            "Maximaal termijnbedrag",
            maximaal,
            f"{procent(benutting)} van de betalingscapaciteit, naar beneden afgerond op centen: {euro(maximaal)}; "
            "geen termijn is hoger",
            f"{_GRONDSLAG_PBR}; RULES §3.3",
        ),
    ]

    # --- vermogen and refusal reasons (art. 12; Uitv.reg. Awir art. 7 lid 5–6) ---------------------------------
    vrij_financieel = (
        kosten_van_bestaan
        + _woonlasten_aftrek(p, i.leefsituatie, i.woonlasten)
        + _positief(i.zorgpremie - i.normpremie)
    )
    financieel = _positief(i.financiele_middelen - vrij_financieel)
    vrij_inboedel = p.bedrag("pbr.vrijstelling_inboedel") if i.waarde_inboedel else NUL
    inboedel = _positief(i.waarde_inboedel - vrij_inboedel)
    vrij_auto = p.bedrag("pbr.vrijstelling_auto") if i.waarde_auto and not i.auto_onmisbaar else NUL
    auto = NUL if i.auto_onmisbaar or i.waarde_auto <= vrij_auto else i.waarde_auto
    vermogen = financieel + inboedel + auto + i.overig_vermogen
    stappen.append(
        Stap(
            "Vermogen",
            vermogen,
            f"Geld {euro(i.financiele_middelen)} minus vrijgesteld {euro(vrij_financieel)} (een maand kosten van "
            f"bestaan, woon- en zorglasten) = {euro(financieel)}; inboedel boven de vrijstelling: "
            f"{euro(inboedel)}; auto (vrij tot de vrijstelling of als onmisbaar): {euro(auto)}; overig vermogen "
            f"{euro(i.overig_vermogen)}: samen {euro(vermogen)}",
            "Uitv.reg. IW 1990 art. 12",
        )
    )
    gronden = []
    if vermogen > NUL:
        gronden.append(
            f"vermogen van {euro(vermogen)} boven wat is vrijgesteld (Uitv.reg. Awir art. 7 lid 5; "
            "Uitv.reg. IW 1990 art. 12)"
        )
    if i.opzet_of_grove_schuld:
        gronden.append("de terugvordering is het gevolg van opzet of grove schuld (Uitv.reg. Awir art. 7 lid 6)")
    if gronden:
        stappen.append(
            Stap(
                "Weigeringsgronden",
                "; ".join(gronden),
                "Geen persoonlijke betalingsregeling: " + "; ".join(gronden),
                "Uitv.reg. Awir art. 7 lid 5–6",
            )
        )
    stappen.append(
        Stap(
            "Peildatum",
            peildatum.isoformat(),
            f"Normen en grenzen van de periode die {datum_tekst(peildatum)} bevat",
            "RULES §3.3–3.4",
        )
    )
    return Betalingscapaciteit(
        peildatum=peildatum,
        leefsituatie=i.leefsituatie,
        inkomen=inkomen,
        uitgaven=uitgaven,
        netto_besteedbaar=nbi,
        kosten_van_bestaan=kosten_van_bestaan,
        beschermd_minimum=beschermd,
        capaciteit=capaciteit,
        maximaal_termijnbedrag=maximaal,
        vermogen=vermogen,
        weigeringsgronden=tuple(gronden),
        uitleg=tuple(stappen),
        onbevestigde_parameters=p.onbevestigd,
    )
