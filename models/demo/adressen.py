"""Addresses of the demo population: places with their real postcode ranges and phone area codes, and streets.

What belongs here: data only, plus `Adres` and the helpers that draw one. A postcode always maps to the same
street (a stable hash of the postcode picks it), so neighbours found by postcode + house number live on the
same street, as in the real world. House numbers and letters are synthetic.
"""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass

from models.demo.toeval import Gewogen, getal, kies

__all__ = ["PLAATSEN", "Adres", "Plaats", "adres_in_plaats", "kies_plaats", "straat_bij_postcode"]


@dataclass(frozen=True, slots=True)
class Plaats:
    naam: str
    gewicht: float  # roughly the number of inhabitants, in thousands
    postcode_van: int
    postcode_tot: int
    netnummer: str


@dataclass(frozen=True, slots=True)
class Adres:
    straat: str
    huisnummer: int
    toevoeging: str | None
    postcode: str  # "1234AB"
    woonplaats: str
    netnummer: str


PLAATSEN: tuple[Plaats, ...] = (
    Plaats("Amsterdam", 930, 1011, 1109, "020"),
    Plaats("Rotterdam", 670, 3011, 3089, "010"),
    Plaats("Den Haag", 560, 2491, 2599, "070"),
    Plaats("Utrecht", 370, 3511, 3585, "030"),
    Plaats("Eindhoven", 240, 5611, 5658, "040"),
    Plaats("Groningen", 240, 9711, 9747, "050"),
    Plaats("Tilburg", 225, 5011, 5049, "013"),
    Plaats("Almere", 220, 1311, 1363, "036"),
    Plaats("Breda", 185, 4811, 4839, "076"),
    Plaats("Nijmegen", 180, 6511, 6546, "024"),
    Plaats("Apeldoorn", 165, 7311, 7339, "055"),
    Plaats("Arnhem", 165, 6811, 6846, "026"),
    Plaats("Haarlem", 165, 2011, 2037, "023"),
    Plaats("Enschede", 160, 7511, 7548, "053"),
    Plaats("Amersfoort", 160, 3811, 3829, "033"),
    Plaats("Zaandam", 160, 1501, 1509, "075"),
    Plaats("'s-Hertogenbosch", 160, 5211, 5237, "073"),
    Plaats("Zwolle", 130, 8011, 8043, "038"),
    Plaats("Leiden", 125, 2311, 2334, "071"),
    Plaats("Zoetermeer", 125, 2711, 2729, "079"),
    Plaats("Leeuwarden", 125, 8911, 8939, "058"),
    Plaats("Maastricht", 120, 6211, 6229, "043"),
    Plaats("Dordrecht", 120, 3311, 3329, "078"),
    Plaats("Emmen", 107, 7811, 7828, "0591"),
    Plaats("Ede", 118, 6711, 6718, "0318"),
    Plaats("Venlo", 100, 5911, 5929, "077"),
    Plaats("Deventer", 100, 7411, 7429, "0570"),
    Plaats("Delft", 105, 2611, 2629, "015"),
    Plaats("Alkmaar", 110, 1811, 1827, "072"),
    Plaats("Heerlen", 87, 6411, 6422, "045"),
    Plaats("Helmond", 93, 5701, 5709, "0492"),
    Plaats("Lelystad", 80, 8211, 8245, "0320"),
    Plaats("Hengelo", 81, 7551, 7559, "074"),
    Plaats("Purmerend", 93, 1441, 1448, "0299"),
    Plaats("Schiedam", 80, 3111, 3125, "010"),
    Plaats("Vlaardingen", 75, 3131, 3138, "010"),
    Plaats("Gouda", 74, 2801, 2809, "0182"),
    Plaats("Hoorn", 74, 1621, 1628, "0229"),
    Plaats("Den Helder", 56, 1781, 1789, "0223"),
    Plaats("Roosendaal", 78, 4701, 4709, "0165"),
    Plaats("Oss", 93, 5341, 5349, "0412"),
    Plaats("Kerkrade", 45, 6461, 6471, "045"),
    Plaats("Sittard", 92, 6131, 6137, "046"),
    Plaats("Assen", 69, 9401, 9409, "0592"),
    Plaats("Hilversum", 92, 1211, 1223, "035"),
    Plaats("Capelle aan den IJssel", 67, 2901, 2909, "010"),
    Plaats("Spijkenisse", 73, 3201, 3209, "0181"),
    Plaats("Vlissingen", 45, 4381, 4389, "0118"),
    Plaats("Sneek", 34, 8601, 8608, "0515"),
    Plaats("Kampen", 55, 8261, 8267, "038"),
    Plaats("Zutphen", 48, 7201, 7209, "0575"),
    Plaats("Veenendaal", 68, 3901, 3907, "0318"),
    Plaats("Drachten", 45, 9200, 9206, "0512"),
    Plaats("Terneuzen", 55, 4531, 4539, "0115"),
)

_PLAATS = Gewogen(PLAATSEN, tuple(p.gewicht for p in PLAATSEN))

_STRATEN: tuple[str, ...] = (
    "Kerkstraat",
    "Dorpsstraat",
    "Molenweg",
    "Julianastraat",
    "Beatrixlaan",
    "Wilhelminastraat",
    "Schoolstraat",
    "Stationsweg",
    "Marktstraat",
    "Prinses Irenestraat",
    "Oranjestraat",
    "Lindenlaan",
    "Eikenlaan",
    "Berkenlaan",
    "Rozenstraat",
    "Tulpstraat",
    "Merelstraat",
    "Vondelstraat",
    "Rembrandtlaan",
    "Vermeerstraat",
    "Mozartlaan",
    "Beethovenstraat",
    "Burgemeester de Withstraat",
    "Van Goghstraat",
    "Jan Steenstraat",
    "Frans Halsstraat",
    "Hoofdstraat",
    "Nieuwstraat",
    "Achterweg",
    "Industrieweg",
    "Parallelweg",
    "Spoorstraat",
    "Kanaalweg",
    "Havenstraat",
    "Zeeweg",
    "Duinweg",
    "Heideweg",
    "Boslaan",
    "Populierenlaan",
    "Kastanjelaan",
    "Acaciastraat",
    "Seringenstraat",
    "Jasmijnstraat",
    "Anjerstraat",
    "Goudsbloemstraat",
    "Zonnebloemstraat",
    "Lelystraat",
    "Klaverstraat",
    "Meidoornstraat",
    "Hazelaarstraat",
    "Esdoornlaan",
    "Wilgenlaan",
    "Elzenstraat",
    "Plataanstraat",
    "Prins Bernhardstraat",
    "Prins Hendrikstraat",
    "Koningin Emmastraat",
    "Willem de Zwijgerlaan",
    "Johan de Wittstraat",
    "De Ruyterstraat",
    "Tromplaan",
    "Piet Heinstraat",
    "Michiel de Ruyterweg",
    "Thorbeckestraat",
    "Schaepmanstraat",
    "Troelstrastraat",
    "Dr. Dreeslaan",
    "Pieter de Hoochstraat",
    "Ruysdaelstraat",
    "Hobbemastraat",
    "Jacob van Lennepstraat",
    "Bilderdijkstraat",
    "Da Costastraat",
    "Multatulilaan",
    "Annie M.G. Schmidtlaan",
    "Anne Frankstraat",
    "Aletta Jacobsstraat",
    "Marie Curiestraat",
    "Einsteinlaan",
    "Van 't Hoffstraat",
    "Lorentzweg",
    "Zernikestraat",
    "Kamerlingh Onneslaan",
    "Buys Ballotstraat",
    "Kievitstraat",
    "Spreeuwenlaan",
    "Lijsterstraat",
    "Zwaluwstraat",
    "Mereldreef",
    "Roerdompstraat",
    "Reigerstraat",
    "Ooievaarstraat",
    "Valkenlaan",
    "Sperwerstraat",
    "Fazantstraat",
    "Patrijsstraat",
    "Weteringstraat",
    "Slotlaan",
    "Kasteellaan",
    "Burgwal",
    "Singel",
    "Gracht",
    "Bleekveld",
    "Lange Akker",
    "Korte Akker",
    "Brink",
    "Esch",
    "Hofstraat",
    "Kloosterstraat",
    "Abdijlaan",
    "Begijnenstraat",
    "Smidsstraat",
    "Bakkerstraat",
    "Ambachtsweg",
    "Vlasakker",
    "Hennepstraat",
    "Tarwestraat",
    "Gerststraat",
    "Haverstraat",
    "Boekweitstraat",
    "Koolzaadstraat",
    "Mosterdstraat",
    "Pastoor van Arsstraat",
    "Dokter Schaepmanstraat",
    "Meester Koningstraat",
    "Generaal Maczekstraat",
    "Burgemeester Roelenweg",
    "Europalaan",
    "Amerikalaan",
    "Noordsingel",
    "Zuidsingel",
    "Oostsingel",
    "Westsingel",
    "Middenweg",
    "Hogeweg",
    "Lageweg",
    "Dijkstraat",
    "Polderweg",
    "Waalstraat",
    "Maasstraat",
    "Rijnstraat",
    "IJsselstraat",
    "Scheldestraat",
    "Amstelstraat",
    "Vechtstraat",
    "Dinkelstraat",
    "Berkelstraat",
    "Reggestraat",
    "Lingestraat",
)

_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"


def kies_plaats(rng: random.Random) -> Plaats:
    return _PLAATS.kies(rng)


def straat_bij_postcode(postcode: str) -> str:
    """The street of a postcode: always the same one (a stable hash, not Python's salted `hash`)."""
    return _STRATEN[zlib.crc32(postcode.encode("ascii")) % len(_STRATEN)]


def _postcode(rng: random.Random, plaats: Plaats) -> str:
    while True:
        letters = kies(rng, _LETTERS) + kies(rng, _LETTERS)
        if letters not in ("SA", "SD", "SS"):
            return f"{getal(rng, plaats.postcode_van, plaats.postcode_tot)}{letters}"


def _toevoeging(rng: random.Random) -> str | None:
    kans = rng.random()
    if kans < 0.82:
        return None
    if kans < 0.90:
        return kies(rng, ("A", "B", "C"))
    if kans < 0.97:
        return str(getal(rng, 1, 4))
    return kies(rng, ("hs", "bis", "I", "II"))


def adres_in_plaats(rng: random.Random, plaats: Plaats, postcode: str | None = None) -> Adres:
    """An address in `plaats`; with `postcode`, a neighbour on that postcode's street."""
    postcode = postcode or _postcode(rng, plaats)
    huisnummer = int(rng.triangular(1, 180, 8))
    return Adres(
        straat=straat_bij_postcode(postcode),
        huisnummer=huisnummer,
        toevoeging=_toevoeging(rng),
        postcode=postcode,
        woonplaats=plaats.naam,
        netnummer=plaats.netnummer,
    )
