"""Domain vocabulary shared by the store, the services, the letters and the UI.

What belongs here: the enumerations of the data model (roles, statuses, kinds) with their Dutch labels, and
nothing that does I/O. The calculation core keeps its own vocabulary (`models.calc`); `Regeling` is re-exported
from there so that the whole application uses one definition.

Values are the stored strings (stable, lowercase, ASCII); `label` is the Dutch text shown to people.
"""

from __future__ import annotations

from enum import StrEnum

from models.calc.invoer import Opvangsoort, Regeling

__all__ = [
    "BeoordelingSoort",
    "BeoordelingStatus",
    "BeschikkingSoort",
    "BetalingSoort",
    "BezwaarStatus",
    "Contactkanaal",
    "DocumentSoort",
    "Ernst",
    "InzageReden",
    "Opvangsoort",
    "Regeling",
    "RegelingSoort",
    "RegelingStatus",
    "Rol",
    "SignaalStatus",
    "SignaalType",
    "TaakSoort",
    "TaakStatus",
    "TermijnStatus",
    "ToeslagStatus",
    "TrajectBron",
    "TrajectStatus",
    "VorderingStatus",
]


class _Gelabeld(StrEnum):
    """A StrEnum whose members carry a Dutch label (the second tuple element)."""

    label: str

    def __new__(cls, value: str, label: str) -> _Gelabeld:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        return member


class Rol(_Gelabeld):
    BALIE = "balie", "Baliemedewerker servicepunt"
    BEGELEIDER = "begeleider", "Persoonlijk begeleider"
    SUPERVISOR = "supervisor", "Supervisor"
    KWALITEIT = "kwaliteit", "Kwaliteitsmedewerker"


class ToeslagStatus(_Gelabeld):
    LOPEND = "lopend", "lopend"
    GESTOPT = "gestopt", "gestopt"
    DEFINITIEF = "definitief", "definitief berekend"


class BeschikkingSoort(_Gelabeld):
    VOORSCHOT = "voorschot", "Voorschotbeschikking"
    HERZIENING = "herziening", "Herziening voorschot"
    DEFINITIEF = "definitief", "Definitieve berekening"
    TERUGVORDERING = "terugvordering", "Terugvorderingsbeschikking"


class BetalingSoort(_Gelabeld):
    VOORSCHOT = "voorschot", "Voorschot"
    NABETALING = "nabetaling", "Nabetaling"
    VERREKEND = "verrekend", "Verrekend met vordering"


class VorderingStatus(_Gelabeld):
    OPEN = "open", "open"
    IN_REGELING = "in_regeling", "in betalingsregeling"
    AANMANING = "aanmaning", "aanmaning verstuurd"
    DWANG = "dwang", "dwanginvordering"
    VERREKEND = "verrekend", "verrekend"
    AFGELOST = "afgelost", "afgelost"
    NIET_INVORDERBAAR = "niet_invorderbaar", "niet invorderbaar"


class RegelingSoort(_Gelabeld):
    STANDAARD = "standaard", "standaard (24 maanden)"
    PERSOONLIJK = "persoonlijk", "persoonlijke betalingsregeling"
    SPIJTOPTANT = "spijtoptant", "spijtoptantenregeling"


class RegelingStatus(_Gelabeld):
    VOORSTEL = "voorstel", "voorstel"
    TER_BEOORDELING = "ter_beoordeling", "ter beoordeling"
    ACTIEF = "actief", "actief"
    GEPAUZEERD = "gepauzeerd", "gepauzeerd"
    VERVALLEN = "vervallen", "vervallen"
    AFGELOST = "afgelost", "afgelost"
    GESTOPT = "gestopt", "gestopt"
    AFGEWEZEN = "afgewezen", "afgewezen"


class TermijnStatus(_Gelabeld):
    OPEN = "open", "open"
    BETAALD = "betaald", "betaald"
    DEELS_BETAALD = "deels_betaald", "deels betaald"
    HERINNERD = "herinnerd", "herinnering verstuurd"
    GEMIST = "gemist", "gemist"
    GEPAUZEERD = "gepauzeerd", "gepauzeerd"
    VERVALLEN = "vervallen", "vervallen (niet meer nodig)"  # replaced by a new schedule or paid off early


class TrajectStatus(_Gelabeld):
    AANGEMELD = "aangemeld", "aangemeld"
    INTAKE = "intake", "intake"
    ACTIEF = "actief", "actief"
    AFGESLOTEN = "afgesloten", "afgesloten"


class TrajectBron(_Gelabeld):
    SELECTIE = "selectie", "selectieregel"
    BALIE = "balie", "verwijzing balie/servicepunt"
    BEZWAAR = "bezwaar", "bezwaarteam"
    INVORDERING = "invordering", "invordering"
    SIGNAAL = "signaal", "signaal"
    MEDEWERKER = "medewerker", "andere medewerker"


class Contactkanaal(_Gelabeld):
    TELEFOON = "telefoon", "Telefoon"
    BALIE = "balie", "Balie / servicepunt"
    BRIEF = "brief", "Brief"
    EMAIL = "email", "E-mail"
    VIDEO = "video", "Videobellen"
    BEZOEK = "bezoek", "Huisbezoek"
    CHAT = "chat", "Chat"


class TaakSoort(_Gelabeld):
    OPVOLGING = "opvolging", "Opvolgen"
    TERUGBELLEN = "terugbellen", "Terugbellen"
    INTAKE = "intake", "Intakegesprek"
    BEOORDELING = "beoordeling", "Uitkomst beoordeling"
    SIGNAAL = "signaal", "Signaal oppakken"


class TaakStatus(_Gelabeld):
    OPEN = "open", "open"
    AFGEROND = "afgerond", "afgerond"
    VERVALLEN = "vervallen", "vervallen"


class SignaalType(_Gelabeld):
    HOGE_TERUGVORDERING = "hoge_terugvordering", "Dreigende hoge terugvordering"
    INKOMENSAFWIJKING = "inkomensafwijking", "Inkomen wijkt af van schatting"
    OPVANGUREN_AFWIJKING = "opvanguren_afwijking", "Opvanguren wijken af"
    PARTNERWIJZIGING = "partnerwijziging", "Partnerwijziging"
    PARTNER_UIT_BUITENLAND = "partner_uit_buitenland", "Partner komt uit het buitenland"
    STAPELING_SCHULDEN = "stapeling_schulden", "Stapeling van schulden"
    GEMISTE_TERMIJN = "gemiste_termijn", "Gemiste termijn"
    BEZWAAR_INGEDIEND = "bezwaar_ingediend", "Bezwaar ingediend"
    NIET_GEBRUIK = "niet_gebruik", "Mogelijk niet-gebruik"
    TERMIJN_NADERT = "termijn_nadert", "Termijn nadert"


class SignaalStatus(_Gelabeld):
    NIEUW = "nieuw", "nieuw"
    IN_BEHANDELING = "in_behandeling", "in behandeling"
    AFGEHANDELD = "afgehandeld", "afgehandeld"
    ONTERECHT = "onterecht", "onterecht"


class Ernst(_Gelabeld):
    INFO = "info", "informatie"
    AANDACHT = "aandacht", "aandacht"
    URGENT = "urgent", "urgent"


class BeoordelingSoort(_Gelabeld):
    LANGE_LOOPTIJD = "lange_looptijd", "Looptijd langer dan 24 maanden"
    PAUZE = "pauze", "Betaalpauze"
    ONDER_MINIMUM = "onder_minimum", "Termijn onder het minimum"
    STOP_INVORDERING = "stop_invordering", "Invorderingsmaatregelen stoppen"
    SAMENVOEGEN_PARTNERS = "samenvoegen_partners", "Vorderingen van partners samenvoegen"
    SELECTIE = "selectie", "Voorstel persoonlijke begeleiding"


class BeoordelingStatus(_Gelabeld):
    OPEN = "open", "wacht op beoordeling"
    GOEDGEKEURD = "goedgekeurd", "goedgekeurd"
    AFGEWEZEN = "afgewezen", "afgewezen"
    INGETROKKEN = "ingetrokken", "ingetrokken"


class BezwaarStatus(_Gelabeld):
    ONTVANGEN = "ontvangen", "ontvangen"
    IN_BEHANDELING = "in_behandeling", "in behandeling"
    GEGROND = "gegrond", "gegrond"
    ONGEGROND = "ongegrond", "ongegrond"
    INGETROKKEN = "ingetrokken", "ingetrokken"


class DocumentSoort(_Gelabeld):
    BESCHIKKING = "beschikking", "Beschikking"
    REGELING = "regeling", "Brief betalingsregeling"
    OVERZICHT = "overzicht", "Overzicht voor de burger"
    BRIEF = "brief", "Brief"


class InzageReden(_Gelabeld):
    EIGEN_CASELOAD = "eigen_caseload", "Burger in mijn caseload"
    TELEFOONGESPREK = "telefoongesprek", "Burger belt / telefoongesprek"
    BALIEBEZOEK = "baliebezoek", "Burger aan de balie"
    BEHANDELING = "behandeling", "Behandeling van een verzoek of bezwaar"
    BEOORDELING = "beoordeling", "Beoordeling (vier ogen)"
    KWALITEIT = "kwaliteit", "Kwaliteitscontrole"
    OVERIG = "overig", "Anders (toelichting verplicht)"
