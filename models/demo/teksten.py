"""The words of the demo population: what contacts are about, what begeleiders note and plan, why cases close.

What belongs here: data only (templates with named fields, filled in by `begeleiding` with the household's real
amounts, years and dates), plus `datum` and `euro`/`euro_heel` (the calculation core's Dutch money format,
re-exported) for these texts. A template never states an amount itself: every amount in a text is one the
calculation core produced for that household.
"""

from __future__ import annotations

import datetime as dt

from models.calc.formaat import euro, euro_heel

__all__ = [
    "AFSLUITING",
    "KWETSBAARHEDEN",
    "NOTITIES",
    "OORZAAK",
    "REGELING_NAAM",
    "VOORKEURSTIJDEN",
    "datum",
    "euro",
    "euro_heel",
]

REGELING_NAAM = {
    "zorgtoeslag": "zorgtoeslag",
    "huurtoeslag": "huurtoeslag",
    "kindgebonden_budget": "kindgebonden budget",
    "kinderopvangtoeslag": "kinderopvangtoeslag",
}


def datum(d: dt.date) -> str:
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


# Why the definitive calculation differs from the voorschot, in words a caseworker uses with the citizen. Each
# text follows "Uitgelegd dat …" (a subordinate clause: the verb comes last).
OORZAAK = {
    "inkomen_hoger": "het inkomen over {jaar} hoger was dan het geschatte inkomen waarop het voorschot was gebaseerd",
    "partner_niet_gemeld": "de toeslagpartner niet op tijd was doorgegeven en het recht met het inkomen van de partner "
    "erbij lager is",
    "opvang_minder": "er minder uren kinderopvang zijn afgenomen dan bij de aanvraag was opgegeven",
    "vermogen": "het vermogen op 1 januari {jaar} boven de vermogensgrens lag, waardoor er over {jaar} geen recht was",
    "inkomen_lager": "het inkomen over {jaar} lager was dan geschat",
    "partner_vertrokken": "de toeslagpartner is vertrokken en het recht zonder partner hoger is",
    "huur_hoger": "de huurverhoging nog niet was doorgegeven",
    "opvang_meer": "er meer uren kinderopvang zijn afgenomen dan opgegeven",
    "onbekend": "de definitieve gegevens over {jaar} afwijken van de gegevens waarop het voorschot was gebaseerd",
}

VOORKEURSTIJDEN = ("ochtend", "middag", "na 15:00", "tussen 12:00 en 13:00", "maandag of dinsdag", "liefst vóór 10:00")

KWETSBAARHEDEN: tuple[tuple[str, str, str], ...] = (
    # (soort, toelichting, bron)
    (
        "recente levensgebeurtenis: scheiding",
        "Relatie beëindigd; burger woont nu alleen met de kinderen en moet de administratie voor het eerst zelf doen.",
        "intakegesprek persoonlijke begeleiding",
    ),
    (
        "recente levensgebeurtenis: overlijden partner",
        "Partner is overleden; de partner deed altijd de toeslagen.",
        "intakegesprek persoonlijke begeleiding",
    ),
    (
        "moeite met lezen en schrijven",
        "Burger geeft aan brieven moeilijk te begrijpen; wil alles liever telefonisch doornemen.",
        "burger zelf (telefoongesprek)",
    ),
    (
        "weinig digitale vaardigheden",
        "Heeft geen DigiD-app en komt niet in Mijn toeslagen; hulp via het servicepunt.",
        "melding servicepunt",
    ),
    (
        "schulden bij meerdere schuldeisers",
        "Naast de toeslagschuld ook achterstanden bij de zorgverzekeraar en de energieleverancier.",
        "intakegesprek persoonlijke begeleiding",
    ),
    (
        "wisselend inkomen (flex of zzp)",
        "Werkt via een uitzendbureau met wisselende uren; het jaarinkomen is moeilijk te schatten.",
        "intakegesprek persoonlijke begeleiding",
    ),
    (
        "gezondheid (door burger genoemd)",
        "Burger noemt zelf langdurige gezondheidsklachten die het regelen van zaken zwaar maken.",
        "burger zelf (telefoongesprek)",
    ),
    (
        "mantelzorg",
        "Zorgt voor een ouder met dementie; weinig tijd en rust voor de administratie.",
        "intakegesprek persoonlijke begeleiding",
    ),
)

NOTITIES = (
    "Burger was opgelucht dat er iemand meekijkt. Afgesproken dat brieven eerst met mij worden besproken.",
    "Dochter helpt met de post; zij mag volgens de burger meeluisteren bij gesprekken.",
    "Schuldhulpverlening van de gemeente is al betrokken; contactpersoon doorgegeven aan burger.",
    "Burger vindt het moeilijk om over geld te praten. Rustig aan doen, volgende keer de loonstroken bespreken.",
    "Warme overdracht naar Geldfit besproken; burger denkt erover na.",
    "Terugbelafspraak nagekomen; burger had de gevraagde stukken al klaarliggen.",
    "Burger heeft eerder een betalingsregeling laten vallen door een onverwachte rekening. Nu kleinere stappen.",
    "Werkgever betaalt in december een eindejaarsuitkering; meenemen in de schatting van het inkomen.",
    "Burger begrijpt het verschil tussen voorschot en definitieve berekening nu beter; uitleg met voorbeeld "
    "werkte goed.",
    "Geen reactie op de brief van vorige week. Volgende week nog een keer bellen, daarna kaartje sturen.",
)

AFSLUITING: tuple[tuple[str, str], ...] = (
    # (uitkomst, reden_afsluiting)
    (
        "doelen bereikt",
        "De afgesproken doelen zijn bereikt: de vorderingen lopen via een betalingsregeling en het "
        "voorschot sluit weer aan op het inkomen. Burger weet waar hij terecht kan.",
    ),
    (
        "doorverwezen naar Geldfit",
        "Burger is warm doorverwezen naar Geldfit voor hulp bij de totale schuldsituatie; de toeslagen zijn op orde.",
    ),
    (
        "doorverwezen naar Stella-team",
        "De situatie is zo ingewikkeld en urgent geworden dat het Stella-team het "
        "overneemt; overdracht besproken met de burger.",
    ),
    (
        "geen begeleiding gewenst",
        "Burger wil na het intakegesprek geen begeleiding; uitgelegd dat aanmelden later altijd nog kan.",
    ),
    (
        "niet bereikbaar",
        "Na drie belpogingen en een brief met terugbelverzoek geen contact gekregen. Traject "
        "gesloten; de burger kan altijd zelf contact opnemen.",
    ),
    (
        "opgelost in eerste contact",
        "De vraag is in het eerste gesprek opgelost (inkomen 2026 aangepast); verdere begeleiding is niet nodig.",
    ),
)
