"""Letter texts as data: loading `resources/letters/*.<taal>.toml` and filling their named placeholders safely.

What belongs here: `Teksten` (all texts of one language, looked up by dotted key such as `voorschot.onderwerp`),
`Opmaak` (a string that is already safe ReportLab mini-XML) and the escaping rules. No wording lives in Python:
every sentence a citizen reads is in a TOML file, in Dutch and in English, with the same keys and placeholders
(a test keeps the two languages in step).

Template syntax (deliberately tiny, so translators cannot break a letter):
- `{naam}` is a named placeholder; its value is escaped (`&`, `<`, `>`), so a name like "Smit & <b>Zn</b>" prints
  as written. A value that is itself `Opmaak` is inserted as is (composing already-safe fragments);
- `**tekst**` prints bold; a newline is a line break. `{{` and `}}` are literal braces.

Files: each `<groep>.<taal>.toml` holds top-level tables (`[algemeen]`, `[voorschot]`, ...); one table may live
in one file only. Later letters add their own file (`regeling.nl.toml`, `overzicht.nl.toml`) without touching
these.
"""

from __future__ import annotations

import functools
import string
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

__all__ = ["TALEN", "Opmaak", "Teksten", "xml"]

TALEN = ("nl", "en")
_FORMATTER = string.Formatter()


class Opmaak(str):
    """Trusted ReportLab paragraph mini-XML: literal text from the letter files with escaped values filled in.

    The renderer escapes every plain `str` it gets and passes `Opmaak` through unchanged, so data never becomes
    markup by accident.
    """

    __slots__ = ()

    def __add__(self, ander: str) -> Opmaak:  # type: ignore[override]
        return Opmaak(str.__add__(self, xml(ander)))

    def __radd__(self, ander: str) -> Opmaak:
        # also chosen for `str + Opmaak`: Python tries the subclass's reflected method first
        return Opmaak(xml(ander) + str(self))


def xml(tekst: str) -> str:
    """`tekst` as paragraph mini-XML: `Opmaak` as is, anything else escaped."""
    return tekst if isinstance(tekst, Opmaak) else escape(tekst)


class Teksten:
    """All letter texts of one language.

    Args:
        letters_dir: the directory with the `*.<taal>.toml` files (`resources/letters`).
        taal: "nl" or "en".

    Raises:
        ValueError: unknown language, or a table defined in two files.
        FileNotFoundError: no letter files for this language in `letters_dir`.
    """

    def __init__(self, letters_dir: Path, taal: str) -> None:
        if taal not in TALEN:
            raise ValueError(f"Onbekende taal voor brieven: {taal!r} (kies uit {', '.join(TALEN)})")
        self.taal = taal
        self.letters_dir = Path(letters_dir)
        self._data = _lees(str(self.letters_dir.resolve()), taal)

    # --- lookup ---------------------------------------------------------------------------------------------

    def ruw(self, sleutel: str) -> Any:
        """The raw value at a dotted key (a template string, a list of them, or a table)."""
        waarde: Any = self._data
        for deel in sleutel.split("."):
            if not isinstance(waarde, Mapping) or deel not in waarde:
                raise KeyError(f"Brieftekst '{sleutel}' ontbreekt in {self.letters_dir} ({self.taal})")
            waarde = waarde[deel]
        return waarde

    def heeft(self, sleutel: str) -> bool:
        try:
            self.ruw(sleutel)
        except KeyError:
            return False
        return True

    def __call__(self, sleutel: str, **waarden: object) -> Opmaak:
        """The text at `sleutel` with its placeholders filled, as safe mini-XML."""
        sjabloon = self.ruw(sleutel)
        if not isinstance(sjabloon, str):
            raise TypeError(f"Brieftekst '{sleutel}' is geen tekst maar {type(sjabloon).__name__}")
        return vul(sjabloon, waarden, sleutel)

    def lijst(self, sleutel: str, **waarden: object) -> tuple[Opmaak, ...]:
        """A list of texts (bullet points, steps), each filled with the same values."""
        sjablonen = self.ruw(sleutel)
        if not isinstance(sjablonen, list):
            raise TypeError(f"Brieftekst '{sleutel}' is geen lijst")
        return tuple(vul(s, waarden, f"{sleutel}[{i}]") for i, s in enumerate(sjablonen))

    def platte_tekst(self, sleutel: str, **waarden: object) -> str:
        """The filled text without markup, for PDF metadata and document titles (not for paragraphs)."""
        sjabloon = self.ruw(sleutel)
        if not isinstance(sjabloon, str):
            raise TypeError(f"Brieftekst '{sleutel}' is geen tekst")
        return _vul_plat(sjabloon, waarden, sleutel)

    # --- introspection (for the tests that keep languages in step) --------------------------------------------

    def sleutels(self) -> dict[str, frozenset[str]]:
        """Every text key with the set of placeholders it uses (list items share their list's key)."""
        uit: dict[str, set[str]] = {}

        def loop(pad: str, waarde: Any) -> None:
            if isinstance(waarde, Mapping):
                for k, v in waarde.items():
                    loop(f"{pad}.{k}" if pad else str(k), v)
            elif isinstance(waarde, list):
                velden = uit.setdefault(pad, set())
                for item in waarde:
                    velden |= placeholders(str(item))
            else:
                uit.setdefault(pad, set()).update(placeholders(str(waarde)))

        loop("", self._data)
        return {k: frozenset(v) for k, v in uit.items()}


def placeholders(sjabloon: str) -> set[str]:
    return {veld for _, veld, _, _ in _FORMATTER.parse(sjabloon) if veld}


def vul(sjabloon: str, waarden: Mapping[str, object], sleutel: str = "?") -> Opmaak:
    """Fill a template: literal text escaped with `**` → bold and newlines → breaks; values escaped."""
    uit: list[str] = []
    vet = False
    for letterlijk, veld, spec, conversie in _FORMATTER.parse(sjabloon):
        if letterlijk:
            for i, deel in enumerate(letterlijk.split("**")):
                if i:
                    uit.append("</b>" if vet else "<b>")
                    vet = not vet
                uit.append(escape(deel).replace("\n", "<br/>"))
        if veld is not None:
            waarde = _waarde(waarden, veld, sleutel)
            if isinstance(waarde, Opmaak) and not spec and not conversie:
                uit.append(waarde)
            else:
                uit.append(escape(_formatteer(waarde, spec, conversie)).replace("\n", "<br/>"))
    if vet:
        raise ValueError(f"Brieftekst '{sleutel}': '**' is niet gesloten")
    return Opmaak("".join(uit))


def _vul_plat(sjabloon: str, waarden: Mapping[str, object], sleutel: str) -> str:
    uit: list[str] = []
    for letterlijk, veld, spec, conversie in _FORMATTER.parse(sjabloon):
        uit.append(letterlijk.replace("**", ""))
        if veld is not None:
            uit.append(_formatteer(_waarde(waarden, veld, sleutel), spec, conversie))
    return " ".join("".join(uit).split())


def _waarde(waarden: Mapping[str, object], veld: str, sleutel: str) -> object:
    if veld not in waarden:
        raise KeyError(f"Brieftekst '{sleutel}': geen waarde voor {{{veld}}}")
    return waarden[veld]


def _formatteer(waarde: object, spec: str | None, conversie: str | None) -> str:
    if conversie == "r":
        waarde = repr(waarde)
    elif conversie == "s":
        waarde = str(waarde)
    return format(waarde, spec or "")


@functools.lru_cache(maxsize=8)
def _lees(map_: str, taal: str) -> dict[str, Any]:
    """Read and merge the letter files of one language (cached: letters are rendered in batches)."""
    bestanden = sorted(Path(map_).glob(f"*.{taal}.toml"))
    if not bestanden:
        raise FileNotFoundError(f"Geen brieventeksten (*.{taal}.toml) in {map_}")
    samen: dict[str, Any] = {}
    herkomst: dict[str, str] = {}
    for pad in bestanden:
        with pad.open("rb") as f:
            data = tomllib.load(f)
        for tabel, inhoud in data.items():
            if tabel in samen:
                raise ValueError(f"Brieftekst-tabel [{tabel}] staat in {herkomst[tabel]} én in {pad.name}")
            samen[tabel] = inhoud
            herkomst[tabel] = pad.name
    return samen
