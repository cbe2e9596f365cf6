"""Who may do what: the role matrix of ARCHITECTURE §2 as data, used by the services on every backend.

What belongs here: the capabilities (`Bevoegdheid`), the matrix per role, and `eis()` which raises
`GeenToegang` with a Dutch message. The UI uses `mag()` to hide what a role cannot use (rail entries, buttons);
the store services call `eis()` before doing it, so hiding is never the only protection. On PostgreSQL the
database enforces the same rules again with roles and row-level security.
"""

from __future__ import annotations

from enum import StrEnum

from models.domain import Rol
from models.store.fouten import GeenToegang

__all__ = ["Bevoegdheid", "eis", "mag"]


class Bevoegdheid(StrEnum):
    ZOEKEN_BSN = "zoeken_bsn"
    ZOEKEN_NAAM_ADRES = "zoeken_naam_adres"
    KLANTBEELD_VOLLEDIG = "klantbeeld_volledig"
    KLANTBEELD_BEPERKT = "klantbeeld_beperkt"
    NOTITIES_LEZEN = "notities_lezen"
    NOTITIES_SCHRIJVEN = "notities_schrijven"
    SIGNALEN_LEZEN = "signalen_lezen"
    SIGNALEN_BEHANDELEN = "signalen_behandelen"
    SIGNALEN_DRAAIEN = "signalen_draaien"
    KWETSBAARHEID_LEZEN = "kwetsbaarheid_lezen"
    KWETSBAARHEID_SCHRIJVEN = "kwetsbaarheid_schrijven"
    CONTACT_REGISTREREN = "contact_registreren"
    TERUGBELVERZOEK = "terugbelverzoek"
    VERWIJZEN_BEGELEIDING = "verwijzen_begeleiding"
    PROEFBEREKENING = "proefberekening"
    REGELING_STANDAARD = "regeling_standaard"
    REGELING_PERSOONLIJK = "regeling_persoonlijk"
    REGELING_BEHEREN = "regeling_beheren"
    UITZONDERING_VOORSTELLEN = "uitzondering_voorstellen"
    UITZONDERING_BEOORDELEN = "uitzondering_beoordelen"
    CASELOAD_EIGEN = "caseload_eigen"
    CASELOAD_ALLES = "caseload_alles"
    DASHBOARD = "dashboard"
    AUDIT_LEZEN = "audit_lezen"


_B = Bevoegdheid
_MATRIX: dict[Rol, frozenset[Bevoegdheid]] = {
    Rol.BALIE: frozenset(
        {
            _B.ZOEKEN_BSN,
            _B.KLANTBEELD_BEPERKT,
            _B.CONTACT_REGISTREREN,
            _B.TERUGBELVERZOEK,
            _B.VERWIJZEN_BEGELEIDING,
            _B.PROEFBEREKENING,
            _B.REGELING_STANDAARD,
        }
    ),
    Rol.BEGELEIDER: frozenset(
        {
            _B.ZOEKEN_BSN,
            _B.ZOEKEN_NAAM_ADRES,
            _B.KLANTBEELD_VOLLEDIG,
            _B.NOTITIES_LEZEN,
            _B.NOTITIES_SCHRIJVEN,
            _B.SIGNALEN_LEZEN,
            _B.SIGNALEN_BEHANDELEN,
            _B.KWETSBAARHEID_LEZEN,
            _B.KWETSBAARHEID_SCHRIJVEN,
            _B.CONTACT_REGISTREREN,
            _B.TERUGBELVERZOEK,
            _B.VERWIJZEN_BEGELEIDING,
            _B.PROEFBEREKENING,
            _B.REGELING_STANDAARD,
            _B.REGELING_PERSOONLIJK,
            _B.REGELING_BEHEREN,
            _B.UITZONDERING_VOORSTELLEN,
            _B.CASELOAD_EIGEN,
        }
    ),
    Rol.SUPERVISOR: frozenset(
        {
            _B.ZOEKEN_BSN,
            _B.ZOEKEN_NAAM_ADRES,
            _B.KLANTBEELD_VOLLEDIG,
            _B.NOTITIES_LEZEN,
            _B.NOTITIES_SCHRIJVEN,
            _B.SIGNALEN_LEZEN,
            _B.SIGNALEN_BEHANDELEN,
            _B.SIGNALEN_DRAAIEN,
            _B.KWETSBAARHEID_LEZEN,
            _B.KWETSBAARHEID_SCHRIJVEN,
            _B.CONTACT_REGISTREREN,
            _B.TERUGBELVERZOEK,
            _B.VERWIJZEN_BEGELEIDING,
            _B.PROEFBEREKENING,
            _B.REGELING_STANDAARD,
            _B.REGELING_PERSOONLIJK,
            _B.REGELING_BEHEREN,
            _B.UITZONDERING_VOORSTELLEN,
            _B.UITZONDERING_BEOORDELEN,
            _B.CASELOAD_EIGEN,
            _B.CASELOAD_ALLES,
            _B.DASHBOARD,
            _B.AUDIT_LEZEN,
        }
    ),
    Rol.KWALITEIT: frozenset(
        {
            _B.ZOEKEN_BSN,
            _B.ZOEKEN_NAAM_ADRES,
            _B.KLANTBEELD_VOLLEDIG,
            _B.NOTITIES_LEZEN,
            _B.SIGNALEN_LEZEN,
            _B.KWETSBAARHEID_LEZEN,
            _B.PROEFBEREKENING,
            _B.DASHBOARD,
            _B.AUDIT_LEZEN,
        }
    ),
}

_OMSCHRIJVING: dict[Bevoegdheid, str] = {
    _B.ZOEKEN_NAAM_ADRES: "zoeken op naam of adres",
    _B.KLANTBEELD_VOLLEDIG: "het volledige klantbeeld bekijken",
    _B.NOTITIES_LEZEN: "interne notities lezen",
    _B.SIGNALEN_LEZEN: "signalen bekijken",
    _B.KWETSBAARHEID_LEZEN: "kwetsbaarheidsindicatoren bekijken",
    _B.CONTACT_REGISTREREN: "contactmomenten registreren",
    _B.REGELING_PERSOONLIJK: "een persoonlijke betalingsregeling voorstellen",
    _B.UITZONDERING_BEOORDELEN: "uitzonderingen beoordelen",
    _B.CASELOAD_ALLES: "de caseload van het team verdelen",
    _B.DASHBOARD: "het dashboard bekijken",
    _B.AUDIT_LEZEN: "de audittrail en het inzagelog bekijken",
}


def mag(rol: Rol, bevoegdheid: Bevoegdheid) -> bool:
    return bevoegdheid in _MATRIX[rol]


def eis(rol: Rol, bevoegdheid: Bevoegdheid) -> None:
    """Raise `GeenToegang` unless the role has the capability."""
    if not mag(rol, bevoegdheid):
        wat = _OMSCHRIJVING.get(bevoegdheid, bevoegdheid.value.replace("_", " "))
        raise GeenToegang(f"Uw rol ({rol.label.lower()}) mag niet: {wat}.")
