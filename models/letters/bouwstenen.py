"""The building blocks a letter or printed overview is made of: frozen, worded, ready to render.

What belongs here: the `Brief` (a header plus a sequence of blocks) and one frozen dataclass per kind of block.
Blocks carry finished text in the letter's language: `str` values are data and are escaped by the renderer;
`Opmaak` values come from the letter files (`models.letters.teksten`) and may contain bold. Amounts and dates
arrive already formatted (`models.formaat`), so the renderer never formats a number itself.

The renderer (`models.letters.render`) turns each block into ReportLab flowables; `models.letters.onderdelen`
builds the common worded parts (letterhead, bezwaar, help, calculation, schedule) from the letter files. A new
letter (issues #4 and #7: the arrangement letter, the citizen's printed overview) composes these blocks and adds
only its own texts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

__all__ = [
    "Actie",
    "Afsluiting",
    "Alinea",
    "Bedragen",
    "Bedragregel",
    "Berekening",
    "Blok",
    "Brief",
    "Briefkop",
    "Geadresseerde",
    "Gegevens",
    "Hoofdboodschap",
    "Kader",
    "Opsomming",
    "Rekenregel",
    "Sectie",
    "Tabel",
    "Termijnen",
    "Termijnregel",
]


@dataclass(frozen=True, slots=True)
class Geadresseerde:
    """The address block: the name on the first line, then street + number, postcode + city (and country)."""

    naam: str
    regels: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Briefkop:
    """Everything the page furniture needs; all labels are already in the letter's language.

    Attributes:
        taal: "nl" or "en" (PDF language tag).
        geadresseerde: the address block in the envelope window.
        afzender: the sender column next to the address (organisation, contact lines), first line bold.
        kenmerk: the reference; printed in the reference block and in the footer of every page.
        datum: the dagtekening (date of the letter).
        onderwerp: the subject, printed in the reference block and used as PDF title.
        referentie: (label, value) rows of the reference block: date, reference, subject and anything extra.
        paginatekst: footer template with `{pagina}` and `{totaal}` ("pagina {pagina} van {totaal}").
        voettekst: the text left in the footer ("Kenmerk B000012345").
        huisnaam: the wordmark next to the drawn mark ("Dienst Toeslagen").
        huisregel: the small line under the wordmark ("Ministerie van Financiën").
    """

    taal: str
    geadresseerde: Geadresseerde
    afzender: tuple[str, ...]
    kenmerk: str
    datum: dt.date
    onderwerp: str
    referentie: tuple[tuple[str, str], ...]
    paginatekst: str
    voettekst: str
    huisnaam: str
    huisregel: str = ""


@dataclass(frozen=True, slots=True)
class Hoofdboodschap:
    """The one main message, at the top in bold on a light band."""

    tekst: str


@dataclass(frozen=True, slots=True)
class Alinea:
    tekst: str
    klein: bool = False  # smaller, grey: for notes under a table


@dataclass(frozen=True, slots=True)
class Opsomming:
    """Bullet points, or numbered steps when `genummerd` (a visual step-by-step instruction)."""

    punten: tuple[str, ...]
    genummerd: bool = False


@dataclass(frozen=True, slots=True)
class Bedragregel:
    omschrijving: str
    bedrag: str  # formatted, e.g. "€ 1.234,56"
    totaal: bool = False  # a result line: bold, with a rule above
    toelichting: str | None = None  # small grey text under the description


@dataclass(frozen=True, slots=True)
class Bedragen:
    """A small two-column table of amounts: description left, amount right-aligned in tabular figures."""

    regels: tuple[Bedragregel, ...]
    kop: tuple[str, str] | None = None


@dataclass(frozen=True, slots=True)
class Gegevens:
    """Label/value rows: the data a decision is based on, the details of an arrangement."""

    regels: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Rekenregel:
    """One step of "how we calculated it": short name, the step as a sentence, and the legal basis."""

    stap: str
    omschrijving: str
    grondslag: str


@dataclass(frozen=True, slots=True)
class Berekening:
    """The steps of a calculation as a numbered table (columns: nr, step, explanation, legal basis)."""

    regels: tuple[Rekenregel, ...]
    kolommen: tuple[str, str, str]  # headings for step, explanation, legal basis


@dataclass(frozen=True, slots=True)
class Termijnregel:
    nr: int
    vervaldatum: str
    bedrag: str
    status: str


@dataclass(frozen=True, slots=True)
class Termijnen:
    """A payment schedule: nr, due date, amount, status; optionally a total line."""

    regels: tuple[Termijnregel, ...]
    kolommen: tuple[str, str, str, str]
    totaal: tuple[str, str] | None = None  # (label, formatted amount)


@dataclass(frozen=True, slots=True)
class Tabel:
    """A general table for what the other blocks do not cover (the overview's list of toeslagen).

    `rechts` names the columns that hold amounts (right-aligned).
    """

    kolommen: tuple[str, ...]
    rijen: tuple[tuple[str, ...], ...]
    rechts: frozenset[int] = frozenset()
    breedtes: tuple[float, ...] | None = None  # relative widths; equal when None


@dataclass(frozen=True, slots=True)
class Actie:
    """What the citizen must do, with the deadline standing out on the left ("Uiterlijk" / the date)."""

    termijn_label: str
    termijn: str
    tekst: str


@dataclass(frozen=True, slots=True)
class Kader:
    """A framed note: `info` (light blue) or `let_op` (attention colour with the word, never colour alone)."""

    tekst: str
    soort: Literal["info", "let_op"] = "info"
    titel: str | None = None


@dataclass(frozen=True, slots=True)
class Afsluiting:
    groet: str
    ondertekening: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Sectie:
    """A heading with its blocks; the heading never stays alone at the bottom of a page.

    `bijeen`: keep the whole section on one page when it fits (short sections such as "Wat moet u doen?").
    """

    titel: str
    blokken: tuple[Blok, ...]
    bijeen: bool = False


Blok = (
    Hoofdboodschap
    | Alinea
    | Opsomming
    | Bedragen
    | Gegevens
    | Berekening
    | Termijnen
    | Tabel
    | Actie
    | Kader
    | Afsluiting
    | Sectie
)


@dataclass(frozen=True, slots=True)
class Brief:
    """A whole letter: the header and the blocks in reading order.

    `titel` is the PDF title (plain text); `auteur` the PDF author.
    """

    kop: Briefkop
    blokken: tuple[Blok, ...]
    titel: str = ""
    auteur: str = "Dienst Toeslagen"
