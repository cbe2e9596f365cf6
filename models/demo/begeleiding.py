"""The human side of a demo household: contacts, tasks, objections and persoonlijke begeleiding.

What belongs here:

- `risico()`: how urgently a household needs guidance (debts, high recoveries, stacking claims, aanmaningen,
  life events), used to choose which households of a chunk get a traject;
- `traject()`: a begeleidingstraject with its status history (aangemeld → intake → actief → afgesloten; the
  intake deadline is 5 working days after aanmelding, Dutch public holidays counted), plan van aanpak, contacts,
  tasks, notes and dated, sourced vulnerability indicators;
- `contacten()`: the ordinary contacts of every household (0–5, more around recoveries), each about something
  that really happened to that household, with call-back tasks;
- `bezwaren()`: objections against terugvorderingsbeschikkingen.

Every amount in a text is one computed for the household by the calculation core. No `signaal` rows: the
signals engine makes those.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from models.demo import teksten
from models.demo.berekening import ToeslagJaar
from models.demo.huishouden import Huishouden
from models.demo.invordering import Claim, Invordering
from models.demo.kalender import is_werkdag, kantoormoment, volgende_werkdag, werkdagen_na
from models.demo.teksten import datum, euro
from models.demo.toeval import getal, kies

__all__ = [
    "Bezwaar",
    "Contact",
    "Kwetsbaarheid",
    "Notitie",
    "Staf",
    "Taak",
    "Traject",
    "bezwaren",
    "contacten",
    "kwetsbaarheid_los",
    "risico",
    "traject",
]

_NUL = Decimal(0)
_MAX_CONTACTEN = 5


@dataclass(frozen=True, slots=True)
class Staf:
    """The staff ids a worker uses: who registers contacts and who guides."""

    begeleiders: tuple[int, ...]
    supervisors: tuple[int, ...]
    telefoon: tuple[int, ...]  # BelastingTelefoon
    servicepunten: tuple[tuple[int, str], ...]  # (id, organisatie)


@dataclass(slots=True)
class Taak:
    soort: str
    omschrijving: str
    vervaldatum: dt.date
    medewerker_id: int | None
    aangemaakt_door: int | None
    status: str
    aangemaakt_op: dt.datetime
    afgerond_op: dt.datetime | None = None
    telefoon: str | None = None
    voorkeurstijd: str | None = None
    in_traject: bool = False


@dataclass(slots=True)
class Contact:
    moment: dt.datetime
    kanaal: str
    richting: str
    medewerker_id: int
    onderwerp: str
    samenvatting: str
    afspraken: str | None = None
    opgelost: bool = False
    in_traject: bool = False
    taak: Taak | None = None


@dataclass(slots=True)
class Notitie:
    medewerker_id: int
    moment: dt.datetime
    tekst: str


@dataclass(slots=True)
class Kwetsbaarheid:
    soort: str
    toelichting: str
    bron: str
    vastgelegd_door: int | None
    vastgelegd_op: dt.date
    geldig_tot: dt.date | None


@dataclass(slots=True)
class Traject:
    begeleider_id: int | None
    bron: str
    bron_toelichting: str
    status: str
    prioriteit: int
    aangemeld_op: dt.date
    intake_uiterlijk: dt.date
    eerste_contact_op: dt.date | None = None
    plan: dict[str, Any] | None = None
    volgende_actie: str | None = None
    volgende_actie_op: dt.date | None = None
    afgesloten_op: dt.date | None = None
    uitkomst: str | None = None
    reden_afsluiting: str | None = None
    contacten: list[Contact] = field(default_factory=list)
    taken: list[Taak] = field(default_factory=list)
    notities: list[Notitie] = field(default_factory=list)
    kwetsbaarheden: list[Kwetsbaarheid] = field(default_factory=list)


@dataclass(slots=True)
class Bezwaar:
    claim: Claim
    ontvangen_op: dt.date
    beslissen_uiterlijk: dt.date
    status: str
    besloten_op: dt.date | None = None


# --- helpers --------------------------------------------------------------------------------------------------------


def _moment(rng: random.Random, dag: dt.date) -> dt.datetime:
    """An office-hours moment (08:30–17:00 Dutch time) on the first working day from `dag`."""
    return kantoormoment(volgende_werkdag(dag), getal(rng, 8 * 60 + 30, 17 * 60))


def _naam(tj: ToeslagJaar) -> str:
    return f"{teksten.REGELING_NAAM[tj.regeling.value]} {tj.jaar.jaar}"


def _oorzaak(tj: ToeslagJaar, terug: bool) -> str:
    relevant = (
        ("partner_niet_gemeld", "vermogen", "opvang_minder", "inkomen_hoger")
        if terug
        else ("partner_vertrokken", "inkomen_lager", "huur_hoger", "opvang_meer")
    )
    for oorzaak in relevant:
        if oorzaak in tj.jaar.oorzaken:
            if oorzaak == "opvang_minder" and tj.regeling.value != "kinderopvangtoeslag":
                continue
            if oorzaak == "huur_hoger" and tj.regeling.value != "huurtoeslag":
                continue
            return teksten.OORZAAK[oorzaak].format(jaar=tj.jaar.jaar)
    return teksten.OORZAAK["onbekend"].format(jaar=tj.jaar.jaar)


def risico(hh: Huishouden, inv: Invordering, peildatum: dt.date) -> float:
    """How much a household needs persoonlijke begeleiding (0: no reason in the data)."""
    score = 0.0
    open_claims = [c for c in inv.claims if c.open > _NUL]
    score += float(sum((c.open for c in open_claims), _NUL)) / 1_000
    score += 1.5 * sum(1 for c in inv.claims if c.tj.afrekening is not None and c.tj.afrekening.hoge_terugvordering)
    score += 1.0 * max(0, len(open_claims) - 1)
    score += 2.0 * sum(1 for c in open_claims if c.status in ("aanmaning", "dwang"))
    recent = dt.date(peildatum.year - 1, 1, 1)  # a partner change since last year is a life event
    if hh.partnerschap is not None and (hh.partnerschap.einde or hh.partnerschap.begin) >= recent:
        score += 0.8
    if float(hh.aanvrager.inkomen[2026]) < 22_000 and score > 0:
        score += 0.5
    return score


# --- objections ---------------------------------------------------------------------------------------------------


def bezwaren(inv: Invordering, peildatum: dt.date, rng: random.Random) -> list[Bezwaar]:
    uit = []
    for c in inv.claims:
        hoog = c.tj.afrekening is not None and c.tj.afrekening.hoge_terugvordering
        if rng.random() > (0.09 if hoog else 0.04):
            continue
        ontvangen = volgende_werkdag(c.ontstaan_op + dt.timedelta(days=getal(rng, 5, 40)))
        if ontvangen > peildatum:
            continue
        uiterlijk = ontvangen + dt.timedelta(weeks=6)
        if uiterlijk >= peildatum:
            status = "ontvangen" if (peildatum - ontvangen).days < 8 else "in_behandeling"
            uit.append(Bezwaar(c, ontvangen, uiterlijk, status))
        else:
            besloten = min(uiterlijk, volgende_werkdag(ontvangen + dt.timedelta(days=getal(rng, 18, 40))))
            uit.append(Bezwaar(c, ontvangen, uiterlijk, "ongegrond" if rng.random() < 0.7 else "ingetrokken", besloten))
    return uit


# --- ordinary contacts ----------------------------------------------------------------------------------------------


def _kanaal(rng: random.Random) -> str:
    keuze = rng.random()
    return "telefoon" if keuze < 0.72 else "chat" if keuze < 0.82 else "email" if keuze < 0.88 else "brief"


def _door(rng: random.Random, kanaal: str, staf: Staf) -> tuple[int, str | None]:
    if kanaal == "balie":
        mid, organisatie = kies(rng, staf.servicepunten)
        return mid, organisatie
    return kies(rng, staf.telefoon), None


def contacten(
    hh: Huishouden,
    tjs: list[ToeslagJaar],
    inv: Invordering,
    bezw: list[Bezwaar],
    peildatum: dt.date,
    rng: random.Random,
    staf: Staf,
) -> list[Contact]:
    """The ordinary contacts of the household, each about something that happened to it."""
    kandidaten: list[tuple[dt.date, Contact]] = []

    def voeg_toe(dag: dt.date, kanaal: str, onderwerp: str, samenvatting: str, **extra: Any) -> None:
        if dag > peildatum:
            return
        if kanaal == "balie" and not staf.servicepunten:
            kanaal = "telefoon"
        mid, organisatie = _door(rng, kanaal, staf)
        if organisatie is not None:
            samenvatting = f"Bij {organisatie}: {samenvatting[0].lower()}{samenvatting[1:]}"
        richting = extra.pop("richting", "inkomend")
        kandidaten.append((dag, Contact(_moment(rng, dag), kanaal, richting, mid, onderwerp, samenvatting, **extra)))

    for c in inv.claims:
        a = c.tj.afrekening
        assert a is not None
        if rng.random() < (0.75 if a.hoge_terugvordering else 0.5):
            voeg_toe(
                c.ontstaan_op + dt.timedelta(days=getal(rng, 2, 20)),
                _kanaal(rng) if rng.random() < 0.85 else "balie",
                f"Vraag over terugvordering {_naam(c.tj)}",
                f"Burger vraagt waarom {euro(c.bedrag)} moet worden terugbetaald. Uitgelegd dat "
                f"{_oorzaak(c.tj, terug=True)}. De uiterste betaaldatum is {datum(c.vervaldatum)}.",
                afspraken="Burger bekijkt of in één keer betalen lukt; anders vraagt hij een betalingsregeling aan."
                if c.pad != "betaald"
                else "Burger betaalt het bedrag vóór de uiterste betaaldatum.",
                opgelost=True,
            )
        if c.aanmaning_op is not None and rng.random() < 0.35:
            voeg_toe(
                c.aanmaning_op + dt.timedelta(days=getal(rng, 2, 10)),
                "telefoon",
                "Aanmaning ontvangen",
                f"Burger heeft een aanmaning gekregen voor de vordering {_naam(c.tj)} (nog open: {euro(c.open)}) en "
                "schrikt daarvan. Uitgelegd welke mogelijkheden er zijn: betalen, een betalingsregeling, of hulp "
                "via persoonlijke begeleiding.",
                afspraken="Burger neemt na overleg met zijn schuldhulpverlener contact op.",
            )
    for r in inv.regelingen:
        if r.soort == "standaard" and rng.random() < 0.5:
            s = r.schema
            labels = ", ".join(_naam(c.tj) for c in r.claims)
            voeg_toe(
                r.aangevraagd_op,
                "telefoon",
                "Betalingsregeling aangevraagd",
                f"Burger kan {euro(s.schuld)} ({labels}) niet in één keer betalen. Standaardregeling besproken: "
                f"{s.aantal_termijnen} termijnen van {euro(s.termijnbedrag)} per maand.",
                afspraken=f"Regeling vastgelegd; de eerste termijn is op {datum(s.startdatum)}.",
                opgelost=True,
            )
    for nb in inv.nabetalingen:
        if nb.verrekend > _NUL and rng.random() < 0.5:
            voeg_toe(
                nb.datum + dt.timedelta(days=getal(rng, 3, 15)),
                _kanaal(rng),
                f"Nabetaling {_naam(nb.tj)} niet ontvangen",
                f"Burger vraagt waarom de nabetaling van {euro(nb.bedrag)} niet volledig is uitbetaald. Uitgelegd "
                f"dat {euro(nb.verrekend)} is verrekend met een openstaande vordering"
                + (f"; {euro(nb.uitbetaald)} is uitbetaald." if nb.uitbetaald > _NUL else "."),
                opgelost=True,
            )
        elif nb.bedrag >= 100 and rng.random() < 0.08:
            voeg_toe(
                nb.datum - dt.timedelta(days=getal(rng, 2, 12)),
                _kanaal(rng),
                f"Vraag over nabetaling {_naam(nb.tj)}",
                f"Burger vraagt wanneer de nabetaling van {euro(nb.bedrag)} komt. Uitgelegd: binnen vier weken na "
                "de definitieve berekening, op het bekende rekeningnummer.",
                opgelost=True,
            )
    ps = hh.partnerschap
    if ps is not None and ps.gemeld and rng.random() < 0.5:
        naam = ps.partner.naam
        if ps.partner.overleden_op is not None:
            voeg_toe(
                ps.partner.overleden_op + dt.timedelta(days=getal(rng, 5, 30)),
                "telefoon",
                "Overlijden toeslagpartner",
                f"Burger meldt het overlijden van partner {naam} op {datum(ps.partner.overleden_op)}. "
                "Condoleances overgebracht; uitgelegd wat dit betekent voor de zorgtoeslag en huurtoeslag. "
                "Wijziging verwerkt.",
                opgelost=True,
            )
        elif ps.einde is not None:
            voeg_toe(
                ps.einde + dt.timedelta(days=getal(rng, 3, 30)),
                _kanaal(rng),
                "Wijziging toeslagpartner",
                f"Burger meldt dat de relatie met {naam} is beëindigd; de ex-partner is per {datum(ps.einde)} "
                "verhuisd. Gevolgen voor de toeslagen uitgelegd en de wijziging doorgegeven.",
                opgelost=True,
            )
        elif ps.begin >= dt.date(2024, 1, 1):
            voeg_toe(
                ps.begin + dt.timedelta(days=getal(rng, 3, 30)),
                _kanaal(rng),
                "Nieuwe toeslagpartner",
                f"Burger meldt dat {naam} sinds {datum(ps.begin)} op hetzelfde adres woont"
                + (" (partner is via gezinshereniging naar Nederland gekomen)" if ps.uit_buitenland else "")
                + ". Uitgelegd dat het inkomen van de partner meetelt; wijziging doorgegeven.",
                opgelost=True,
            )
    for tj in tjs:
        if tj.jaar.jaar >= 2025 and rng.random() < 0.06:
            voeg_toe(
                tj.jaar.voorschot_op + dt.timedelta(days=getal(rng, 5, 60)),
                _kanaal(rng),
                f"Vraag over voorschot {_naam(tj)}",
                f"Burger vraagt hoe het voorschot {_naam(tj)} van {euro(tj.voorschot.bedrag_maand)} per maand is "
                "berekend. Berekening en gebruikte gegevens toegelicht.",
                opgelost=True,
            )
        if tj.regeling.value == "kinderopvangtoeslag" and "opvang_minder" in tj.jaar.oorzaken and rng.random() < 0.1:
            voeg_toe(
                dt.date(tj.jaar.jaar, getal(rng, 3, 10), getal(rng, 1, 28)),
                "chat",
                "Opvanguren gewijzigd",
                "Burger meldt dat het kind minder dagen naar de opvang gaat en vraagt of dat moet worden "
                "doorgegeven. Uitgelegd dat de uren in Mijn toeslagen of de app aangepast kunnen worden.",
                afspraken="Burger past de uren zelf aan in de app.",
                opgelost=True,
            )
    if rng.random() < 0.04 and tjs:
        voeg_toe(
            peildatum - dt.timedelta(days=getal(rng, 5, 700)),
            "balie",
            "Hulp bij Mijn toeslagen",
            "Burger kwam langs voor hulp bij het doorgeven van het geschatte inkomen. Samen ingelogd met DigiD en "
            "het inkomen aangepast.",
            opgelost=True,
        )
    for b in bezw:
        voeg_toe(
            b.ontvangen_op,
            "brief",
            f"Bezwaar tegen terugvordering {_naam(b.claim.tj)}",
            f"Bezwaarschrift ontvangen tegen de terugvordering van {euro(b.claim.bedrag)}. Burger schrijft dat "
            "hij de wijziging op tijd heeft doorgegeven. Doorgezet naar het bezwaarteam.",
        )

    kandidaten.sort(key=lambda k: k[1].moment)
    gekozen = [c for _, c in kandidaten[-_MAX_CONTACTEN:]]
    for c in gekozen:
        kans = 0.4 if c.kanaal == "telefoon" and not c.opgelost else 0.03
        if rng.random() < kans:
            c.taak = _terugbellen(hh, c, peildatum, rng)
    return gekozen


def _terugbellen(hh: Huishouden, c: Contact, peildatum: dt.date, rng: random.Random) -> Taak:
    dag = c.moment.date()
    verval = werkdagen_na(dag, 2)
    klaar = verval < peildatum - dt.timedelta(days=3) or rng.random() < 0.3
    return Taak(
        soort="terugbellen",
        omschrijving=f"Burger terugbellen over: {c.onderwerp.lower()}",
        vervaldatum=verval,
        medewerker_id=None,
        aangemaakt_door=c.medewerker_id,
        status="afgerond" if klaar and verval <= peildatum else "open",
        aangemaakt_op=c.moment,
        afgerond_op=_moment(rng, werkdagen_na(dag, getal(rng, 1, 2))) if klaar and verval <= peildatum else None,
        telefoon=hh.aanvrager.telefoon,
        voorkeurstijd=kies(rng, teksten.VOORKEURSTIJDEN),
    )


# --- persoonlijke begeleiding -------------------------------------------------------------------------------------


def _aanleiding(inv: Invordering) -> tuple[dt.date, str, str, Claim | None]:
    """(earliest sensible aanmelding, bron, toelichting, main claim) from the household's situation."""
    claims = sorted(inv.claims, key=lambda c: (c.open, c.bedrag), reverse=True)
    hoofd = claims[0] if claims else None
    if hoofd is None:
        return dt.date(2025, 1, 6), "balie", "Verwezen door een servicepunt: burger wil hulp bij de administratie", None
    open_totaal = sum((c.open for c in inv.claims), _NUL)
    open_aantal = sum(1 for c in inv.claims if c.open > _NUL)
    hoog = hoofd.tj.afrekening is not None and hoofd.tj.afrekening.hoge_terugvordering
    if open_aantal >= 3:
        bron = "invordering"
        tekst = (
            f"Aangemeld door invordering: {open_aantal} openstaande vorderingen stapelen zich op "
            f"(samen {euro(open_totaal)})"
        )
    elif achterstand := [c for c in claims if c.status in ("aanmaning", "dwang")]:
        bron = "selectie"
        tekst = (
            f"Selectieregel persoonlijke begeleiding v1: aanmaning voor de vordering {_naam(achterstand[0].tj)}; "
            f"in totaal staat {euro(open_totaal)} open"
        )
    else:
        bron = "selectie"
        tekst = (
            f"Selectieregel persoonlijke begeleiding v1: {'hoge ' if hoog else ''}terugvordering {_naam(hoofd.tj)} "
            f"({euro(hoofd.bedrag)})"
            + (f", {open_aantal} openstaande vorderingen (samen {euro(open_totaal)})" if open_aantal > 1 else "")
        )
    return hoofd.ontstaan_op + dt.timedelta(days=3), bron, tekst, hoofd


def _werkdagen_terug(datum_: dt.date, aantal: int) -> dt.date:
    while aantal > 0:
        datum_ -= dt.timedelta(days=1)
        if is_werkdag(datum_):
            aantal -= 1
    return datum_


def _plan(
    hh: Huishouden, inv: Invordering, opgesteld: dt.date, peildatum: dt.date, rng: random.Random
) -> dict[str, Any]:
    """The plan van aanpak: goals (omschrijving, status) and agreed actions (wie, wat, uiterlijk, gedaan)."""
    doelen: list[dict[str, str]] = []
    afspraken: list[dict[str, Any]] = []
    open_claims = [c for c in inv.claims if c.open > _NUL]
    if any(c.regeling is not None and c.status == "in_regeling" for c in open_claims):
        doelen.append(
            {"omschrijving": "De betalingsregeling volhouden: elke termijn op tijd betalen", "status": "lopend"}
        )
    elif open_claims:
        c = open_claims[0]
        doelen.append(
            {
                "omschrijving": f"Een betaalbare regeling voor de vordering {_naam(c.tj)} (nog {euro(c.open)})",
                "status": "lopend",
            }
        )
        uiterlijk = opgesteld + dt.timedelta(days=14)
        afspraken.append(
            {
                "wie": "begeleider",
                "wat": "Persoonlijke betalingsregeling op basis van de betalingscapaciteit voorstellen",
                "uiterlijk": uiterlijk.isoformat(),
                "gedaan": uiterlijk < peildatum,
            }
        )
    doelen.append(
        {
            "omschrijving": "Het inkomen voor 2026 juist doorgeven, zodat er geen nieuwe terugvordering ontstaat",
            "status": "bereikt" if rng.random() < 0.4 else "lopend",
        }
    )
    afspraken.append(
        {
            "wie": "burger",
            "wat": "Loonstroken of uitkeringsspecificaties van de laatste drie maanden opsturen",
            "uiterlijk": (opgesteld + dt.timedelta(days=getal(rng, 7, 21))).isoformat(),
            "gedaan": rng.random() < 0.6,
        }
    )
    if any(k.geboortedatum.year >= 2013 for k in hh.kinderen):
        doelen.append(
            {"omschrijving": "De opvanguren laten aansluiten op het contract met de kinderopvang", "status": "lopend"}
        )
    if rng.random() < 0.4:
        doelen.append({"omschrijving": "Vaste momenten om de post samen door te nemen", "status": "lopend"})
        afspraken.append(
            {
                "wie": "begeleider",
                "wat": "Maandelijks belmoment inplannen",
                "uiterlijk": (opgesteld + dt.timedelta(days=30)).isoformat(),
                "gedaan": True,
            }
        )
    if rng.random() < 0.25:
        doelen.append(
            {"omschrijving": "Warme overdracht naar Geldfit voor hulp bij de overige schulden", "status": "lopend"}
        )
    return {"opgesteld_op": opgesteld.isoformat(), "doelen": doelen, "afspraken": afspraken}


def traject(
    hh: Huishouden,
    inv: Invordering,
    peildatum: dt.date,
    rng: random.Random,
    staf: Staf,
    *,
    begeleider_id: int | None,
    afgesloten: bool = False,
) -> Traject:
    """A begeleidingstraject for this household: open (aangemeld, intake, actief) or afgesloten."""
    vroegst, bron, toelichting, hoofd = _aanleiding(inv)
    vroegst = max(vroegst, dt.date(2024, 9, 2))
    ruimte = (peildatum - vroegst).days
    if afgesloten:
        status = "afgesloten"
    elif begeleider_id is None:
        status = "aangemeld"
    else:
        keuze = rng.random()
        status = "aangemeld" if keuze < 0.15 or ruimte < 12 else "intake" if keuze < 0.35 or ruimte < 45 else "actief"
    if status == "aangemeld":
        aangemeld = _werkdagen_terug(peildatum, getal(rng, 0, 3 if begeleider_id is None else 9))
    elif status == "intake":
        aangemeld = peildatum - dt.timedelta(days=getal(rng, 8, min(35, max(8, ruimte))))
    elif status == "actief":
        aangemeld = peildatum - dt.timedelta(days=getal(rng, 30, min(300, max(30, ruimte))))
    else:
        laatste = max(vroegst + dt.timedelta(days=1), peildatum - dt.timedelta(days=45))
        aangemeld = vroegst + dt.timedelta(days=getal(rng, 0, max(0, (laatste - vroegst).days)))
    aangemeld = volgende_werkdag(aangemeld) if aangemeld < peildatum else _werkdagen_terug(peildatum, 0)
    uiterlijk = werkdagen_na(aangemeld, 5)
    open_schuld = sum((c.open for c in inv.claims), _NUL)
    if open_schuld > 2_000 or (hoofd is not None and hoofd.status == "dwang"):
        prioriteit = 1
    else:
        prioriteit = 3 if open_schuld < 300 else 2
    t = Traject(begeleider_id, bron, toelichting, status, prioriteit, aangemeld, uiterlijk)
    begeleider = begeleider_id if begeleider_id is not None else kies(rng, staf.begeleiders)
    onderwerp_schuld = (
        f"de terugvordering {_naam(hoofd.tj)} van {euro(hoofd.bedrag)}" if hoofd is not None else "de administratie"
    )

    if status == "aangemeld":
        if begeleider_id is not None:
            t.volgende_actie = "Eerste contact: intakegesprek voeren"
            t.volgende_actie_op = uiterlijk
            t.taken.append(
                Taak(
                    "intake",
                    f"Intakegesprek persoonlijke begeleiding ({onderwerp_schuld})",
                    uiterlijk,
                    begeleider_id,
                    None,
                    "open",
                    _moment(rng, aangemeld),
                    in_traject=True,
                )
            )
            if uiterlijk < peildatum and rng.random() < 0.5:
                t.contacten.append(
                    Contact(
                        _moment(rng, werkdagen_na(aangemeld, 2)),
                        "telefoon",
                        "uitgaand",
                        begeleider_id,
                        "Geen gehoor",
                        "Gebeld voor het intakegesprek; geen gehoor. Voicemail ingesproken met "
                        "het verzoek terug te bellen.",
                        in_traject=True,
                    )
                )
        return t

    eerste = werkdagen_na(aangemeld, kies(rng, (1, 2, 2, 3, 4, 5, 5, 7)))
    eerste = min(eerste, peildatum)
    t.eerste_contact_op = eerste
    t.contacten.append(
        Contact(
            _moment(rng, eerste),
            "telefoon",
            "uitgaand",
            begeleider,
            "Intakegesprek persoonlijke begeleiding",
            f"Eerste gesprek over {onderwerp_schuld}. Situatie thuis, inkomen en post besproken; uitgelegd wat "
            "persoonlijke begeleiding is. Burger wil graag begeleiding.",
            afspraken="Burger zoekt de brieven van de Dienst Toeslagen op; volgend gesprek over een plan van aanpak.",
            in_traject=True,
        )
    )
    if rng.random() < 0.45:
        soort, toel, bron_kw = kies(rng, teksten.KWETSBAARHEDEN)
        geldig = eerste + dt.timedelta(days=kies(rng, (182, 365)))
        t.kwetsbaarheden.append(Kwetsbaarheid(soort, toel, bron_kw, begeleider, eerste, geldig))
    if status == "intake":
        t.volgende_actie = "Plan van aanpak opstellen met de burger"
        t.volgende_actie_op = peildatum + dt.timedelta(days=getal(rng, -3, 10))
        t.taken.append(
            Taak(
                "opvolging",
                "Plan van aanpak opstellen en bespreken",
                t.volgende_actie_op,
                begeleider_id,
                begeleider_id,
                "open",
                _moment(rng, eerste),
                in_traject=True,
            )
        )
        return t

    # actief or afgesloten: a plan and follow-ups
    plan_op = min(peildatum, werkdagen_na(eerste, getal(rng, 3, 12)))
    eind = (
        peildatum
        if status == "actief"
        else min(peildatum - dt.timedelta(days=1), plan_op + dt.timedelta(days=getal(rng, 20, 200)))
    )
    t.plan = _plan(hh, inv, plan_op, peildatum, rng)
    vervolgen = getal(rng, 1, 4)
    for i in range(vervolgen):
        dag = plan_op + dt.timedelta(days=int((eind - plan_op).days * (i + 1) / (vervolgen + 1)))
        kanaal = kies(rng, ("telefoon", "telefoon", "telefoon", "video", "email"))
        t.contacten.append(
            Contact(
                _moment(rng, dag),
                kanaal,
                "uitgaand",
                begeleider,
                "Voortgang plan van aanpak",
                kies(
                    rng,
                    (
                        "Afspraken uit het plan nagelopen. Burger heeft de gevraagde stukken opgestuurd.",
                        "Samen Mijn toeslagen doorgelopen en het geschatte inkomen voor 2026 aangepast.",
                        "Betalingsregeling besproken; burger betaalt de termijnen nu op tijd.",
                        "Burger had een brief over de definitieve berekening en begreep die niet; samen doorgenomen.",
                        "Kort belmoment: alles loopt volgens plan.",
                    ),
                ),
                in_traject=True,
            )
        )
    for _ in range(getal(rng, 1, 3)):
        dag = plan_op + dt.timedelta(days=getal(rng, 0, max(0, (eind - plan_op).days)))
        t.notities.append(Notitie(begeleider, _moment(rng, dag), kies(rng, teksten.NOTITIES)))
    if status == "afgesloten":
        t.afgesloten_op = eind
        t.uitkomst, t.reden_afsluiting = kies(rng, teksten.AFSLUITING)
        for d in t.plan["doelen"]:
            d["status"] = "bereikt" if t.uitkomst == "doelen bereikt" else d["status"]
        return t
    actie = next((a for a in t.plan["afspraken"] if not a["gedaan"]), None)
    t.volgende_actie = actie["wat"] if actie else "Voortgang bespreken"
    t.volgende_actie_op = peildatum + dt.timedelta(days=getal(rng, -10, 21))
    t.taken.append(
        Taak(
            "opvolging",
            t.volgende_actie,
            t.volgende_actie_op,
            begeleider_id,
            begeleider_id,
            "open",
            _moment(rng, plan_op),
            in_traject=True,
        )
    )
    vorige = plan_op + dt.timedelta(days=getal(rng, 3, 20))
    if vorige < peildatum:
        t.taken.append(
            Taak(
                "opvolging",
                "Burger bellen over de opgestuurde stukken",
                vorige,
                begeleider_id,
                begeleider_id,
                "afgerond",
                _moment(rng, plan_op),
                afgerond_op=_moment(rng, min(peildatum, vorige)),
                in_traject=True,
            )
        )
    return t


def kwetsbaarheid_los(peildatum: dt.date, rng: random.Random, staf: Staf) -> Kwetsbaarheid:
    """An indicator recorded outside a traject (a colleague on the phone noticed something)."""
    soort, toelichting, _ = kies(rng, teksten.KWETSBAARHEDEN)
    vastgelegd = volgende_werkdag(peildatum - dt.timedelta(days=getal(rng, 10, 600)))
    return Kwetsbaarheid(
        soort,
        toelichting,
        "melding BelastingTelefoon",
        kies(rng, staf.telefoon),
        vastgelegd,
        vastgelegd + dt.timedelta(days=365),
    )
