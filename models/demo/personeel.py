"""The staff accounts of a demo store: fixed usernames and names per role, scaled with the population.

What belongs here: `personeel(huishoudens)`, which lists the accounts (`Account`) for a population of a given
size, and the data behind it. The number of begeleiders follows the population so that every begeleider has a
caseload of 20–40 open trajecten (see `begeleiders_voor`); about 18 for a million households, like the real
Team Persoonlijke Begeleiding (DOMAIN.md §4). Begeleiders and supervisors work in the five PB locations; balie
accounts belong to the BelastingTelefoon or to a servicepunt (an outside organisation).

The login dialog lists these accounts (they are plain `medewerker` rows); the usernames are stable so demos and
tests can name them (`mdevries` is always the first begeleider).
"""

from __future__ import annotations

from dataclasses import dataclass

from models.domain import Rol

__all__ = ["LOCATIES", "Account", "begeleiders_voor", "personeel"]

LOCATIES = ("Den Haag", "Utrecht", "Heerlen", "Apeldoorn", "Leeuwarden")


@dataclass(frozen=True, slots=True)
class Account:
    gebruikersnaam: str
    naam: str
    rol: Rol
    team: str | None
    organisatie: str | None

    @property
    def soort(self) -> str:
        """What the account does in the demo: "begeleider", "supervisor", "kwaliteit", "telefoon", "servicepunt"."""
        if self.rol is Rol.BALIE:
            return "telefoon" if self.organisatie == _BELASTINGTELEFOON else "servicepunt"
        return self.rol.value


_BELASTINGTELEFOON = "BelastingTelefoon (Belastingdienst)"

_BEGELEIDERS = (
    "Marieke de Vries",
    "Youssef El Khatib",
    "Anouk Jansen",
    "Sander Visser",
    "Esra Yıldız",
    "Jeroen Bakker",
    "Priya Ramdin",
    "Femke Hoekstra",
    "Bas van der Linden",
    "Naima Bouzid",
    "Ruud Smit",
    "Ilse Dijkstra",
    "Kerem Aydın",
    "Sanne Mulder",
    "Wouter de Boer",
    "Agnieszka Nowak",
    "Thijs Peters",
    "Mirjam de Graaf",
    "Glenn Pinas",
    "Lotte van Dam",
    "Niels Kramer",
    "Hanan Aarab",
    "Marloes Vermeulen",
    "Edwin Postma",
    "Daniëlle van Rijn",
    "Joost Koster",
    "Shirley Held",
    "Martijn Brouwer",
    "Zeynep Kılıç",
    "Chantal Bosman",
    "Rob van Leeuwen",
    "Ellen Scholten",
    "Tim Hendriks",
    "Soraya Kalloe",
    "Erik Wouters",
    "Petra Groen",
    "Mustafa Özdemir",
    "Linda Huisman",
    "Jasper de Haan",
    "Monique Prins",
)
_SUPERVISORS = (
    ("Hanneke Verhoeven", "Den Haag"),
    ("Rachid Benali", "Utrecht"),
    ("Carla Janssen", "Heerlen"),
    ("Gerrit Hofstra", "Apeldoorn"),
    ("Tjitske Wijnstra", "Leeuwarden"),
)
_KWALITEIT = ("Annemiek Roelofs", "Dennis Kuipers")
_BALIE = (
    ("Fatma Demir", _BELASTINGTELEFOON),
    ("Kees van den Broek", _BELASTINGTELEFOON),
    ("Sharmila Jagesar", _BELASTINGTELEFOON),
    ("Henk Veenstra", "Servicepunt Bibliotheek Zwolle"),
    ("Souad Ouali", "Sociaal Raadslieden Utrecht"),
    ("Marja Timmermans", "Toeslagenservicepunt Humanitas Rotterdam"),
    ("Bart Maas", "Servicepunt Toeslagen Gemeente Heerlen"),
)


def begeleiders_voor(huishoudens: int) -> int:
    """How many begeleiders a population of `huishoudens` has: about 18 per million, at least one, and five
    (one per location) from 3,000 households up to where the million-rate takes over."""
    return max(1, min(huishoudens // 600, len(LOCATIES)), round(huishoudens / 55_000))


def _gebruikersnaam(naam: str, bezet: set[str]) -> str:
    from models.validatie import zoeknaam

    delen = zoeknaam(naam).replace("ı", "i").replace("ł", "l").split()
    basis = "".join(c for c in delen[0][0] + "".join(delen[1:]) if c.isascii() and c.isalnum())
    kandidaat, n = basis, 1
    while kandidaat in bezet:
        n += 1
        kandidaat = f"{basis}{n}"
    bezet.add(kandidaat)
    return kandidaat


def personeel(huishoudens: int) -> list[Account]:
    """The accounts of a store with `huishoudens` households, in a fixed order (begeleiders first)."""
    bezet: set[str] = set()
    accounts: list[Account] = []
    aantal = begeleiders_voor(huishoudens)
    for i in range(aantal):
        if i < len(_BEGELEIDERS):
            naam = _BEGELEIDERS[i]
        else:  # very large stores: combine first and last names of the list, still stable
            voor = _BEGELEIDERS[i % len(_BEGELEIDERS)].split()[0]
            achter = _BEGELEIDERS[(i * 7 + 3) % len(_BEGELEIDERS)].split(maxsplit=1)[1]
            naam = f"{voor} {achter}"
        locatie = LOCATIES[i % len(LOCATIES)]
        accounts.append(
            Account(_gebruikersnaam(naam, bezet), naam, Rol.BEGELEIDER, f"Persoonlijke Begeleiding {locatie}", None)
        )
    supervisors = _SUPERVISORS if aantal > len(LOCATIES) * 2 else _SUPERVISORS[:2]
    for naam, locatie in supervisors:
        accounts.append(
            Account(_gebruikersnaam(naam, bezet), naam, Rol.SUPERVISOR, f"Persoonlijke Begeleiding {locatie}", None)
        )
    for naam in _KWALITEIT[: 1 + (aantal > 10)]:
        accounts.append(Account(_gebruikersnaam(naam, bezet), naam, Rol.KWALITEIT, "Vaktechniek en kwaliteit", None))
    for naam, organisatie in _BALIE:
        team = "Toeslagen" if organisatie == _BELASTINGTELEFOON else None
        accounts.append(Account(_gebruikersnaam(naam, bezet), naam, Rol.BALIE, team, organisatie))
    return accounts
