"""Input validation at the boundary: BSN (elfproef), IBAN (mod-97), postcode, phone, dates, amounts and text.

What belongs here: pure functions that either return a normalised value or raise `Validatiefout` with a plain
Dutch message that names the field. Every write path (store services, dialogs, the demo generator) uses these,
so the rules live in one place. No Qt, no ORM.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal, InvalidOperation

__all__ = [
    "Validatiefout",
    "controleer_bsn",
    "controleer_iban",
    "controleer_postcode",
    "controleer_tekst",
    "controleer_telefoon",
    "is_geldig_bsn",
    "masker_bsn",
    "parse_bedrag",
    "parse_datum",
    "zoeknaam",
]


class Validatiefout(ValueError):
    """Invalid input. `veld` is the name of the field as the user knows it; `melding` is plain Dutch."""

    def __init__(self, veld: str, melding: str) -> None:
        super().__init__(f"{veld}: {melding}")
        self.veld = veld
        self.melding = melding


_BSN_WEGEN = (9, 8, 7, 6, 5, 4, 3, 2, -1)


def is_geldig_bsn(bsn: str) -> bool:
    """The elfproef: Σ digit × (9..2, −1) is divisible by 11 and not 0 (000000000 is not a BSN)."""
    if len(bsn) != 9 or not bsn.isascii() or not bsn.isdigit():
        return False
    som = sum(int(c) * w for c, w in zip(bsn, _BSN_WEGEN, strict=True))
    return som % 11 == 0 and som != 0


def controleer_bsn(invoer: str, veld: str = "BSN") -> str:
    """Normalise and check a BSN typed by a person (spaces, dots and dashes allowed; 8 digits get a leading 0)."""
    schoon = re.sub(r"[\s.\-]", "", invoer or "")
    if not schoon:
        raise Validatiefout(veld, "vul een BSN in (9 cijfers)")
    if not schoon.isascii() or not schoon.isdigit():
        raise Validatiefout(veld, "een BSN bestaat alleen uit cijfers")
    if len(schoon) == 8:
        schoon = "0" + schoon
    if len(schoon) != 9:
        raise Validatiefout(veld, f"een BSN heeft 9 cijfers, dit zijn er {len(schoon)}")
    if not is_geldig_bsn(schoon):
        raise Validatiefout(veld, "dit is geen geldig BSN (de elfproef klopt niet); controleer de cijfers")
    return schoon


def masker_bsn(bsn: str) -> str:
    """Show only the last four digits: ``*****6782``."""
    return "*" * (len(bsn) - 4) + bsn[-4:] if len(bsn) > 4 else "*" * len(bsn)


def controleer_iban(invoer: str, veld: str = "IBAN") -> str:
    """Normalise (upper case, no spaces) and check an IBAN with the ISO 13616 mod-97 test."""
    schoon = re.sub(r"\s", "", invoer or "").upper()
    if not schoon:
        raise Validatiefout(veld, "vul een IBAN in")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", schoon):
        raise Validatiefout(
            veld, "een IBAN begint met een landcode en twee cijfers, bijvoorbeeld NL91 ABNA 0417 1643 00"
        )
    if schoon.startswith("NL") and len(schoon) != 18:
        raise Validatiefout(veld, f"een Nederlands IBAN heeft 18 tekens, dit zijn er {len(schoon)}")
    herschikt = schoon[4:] + schoon[:4]
    getal = "".join(str(int(c, 36)) for c in herschikt)
    if int(getal) % 97 != 1:
        raise Validatiefout(veld, "dit IBAN klopt niet (controlegetal onjuist); controleer de tekens")
    return schoon


def controleer_postcode(invoer: str, veld: str = "postcode") -> str:
    """Dutch postcode, returned as ``1234AB``."""
    schoon = re.sub(r"\s", "", invoer or "").upper()
    if not re.fullmatch(r"[1-9]\d{3}[A-Z]{2}", schoon) or schoon[4:] in ("SA", "SD", "SS"):
        raise Validatiefout(veld, "vul een postcode in als 1234 AB")
    return schoon


def controleer_telefoon(invoer: str, veld: str = "telefoonnummer") -> str:
    """A Dutch (0…, 10 digits) or international (+…, 8–15 digits) phone number, returned without separators."""
    schoon = re.sub(r"[\s\-().]", "", invoer or "")
    if schoon.startswith("00"):
        schoon = "+" + schoon[2:]
    if re.fullmatch(r"0\d{9}", schoon) or re.fullmatch(r"\+\d{8,15}", schoon):
        return schoon
    raise Validatiefout(veld, "vul een telefoonnummer in, bijvoorbeeld 06 12345678 of +32 470 123456")


# Control characters, zero-width and bidirectional marks, and half UTF-16 characters (lone surrogates, as a broken
# paste can contain: they cannot even be encoded for the store).
_STUURTEKENS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def controleer_tekst(
    invoer: str | None, veld: str, *, max_lengte: int, verplicht: bool = True, meerdere_regels: bool = False
) -> str | None:
    """Trim, refuse control characters (tabs and, when allowed, newlines excepted) and enforce the length.

    Text is always stored through bound parameters, so SQL fragments are harmless data; control characters and
    bidirectional overrides are refused because they make what a colleague reads differ from what was typed.
    """
    tekst = (invoer or "").strip()
    if not tekst:
        if verplicht:
            raise Validatiefout(veld, "dit veld is verplicht")
        return None
    tekst = unicodedata.normalize("NFC", tekst)
    if not meerdere_regels and ("\n" in tekst or "\r" in tekst):
        raise Validatiefout(veld, "mag geen regeleinden bevatten")
    tekst = tekst.replace("\r\n", "\n").replace("\r", "\n")
    if _STUURTEKENS.search(tekst):
        raise Validatiefout(veld, "bevat onzichtbare stuurtekens; typ de tekst opnieuw")
    if len(tekst) > max_lengte:
        raise Validatiefout(veld, f"is te lang: {len(tekst)} tekens, maximaal {max_lengte}")
    return tekst


def parse_datum(invoer: str, veld: str = "datum") -> dt.date:
    """A date typed as ``31-12-2026`` (also ``31-12-26``, ``2026-12-31``)."""
    tekst = (invoer or "").strip()
    for formaat in ("%d-%m-%Y", "%d-%m-%y", "%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(tekst, formaat).date()  # noqa: DTZ007 - a calendar date, no time zone
        except ValueError:
            continue
    raise Validatiefout(veld, f"'{tekst[:20]}' is geen geldige datum; gebruik dd-mm-jjjj, bijvoorbeeld 31-12-2026")


def parse_bedrag(invoer: str, veld: str = "bedrag", *, mag_nul: bool = True) -> Decimal:
    """An amount typed the Dutch way (``1.234,56`` or ``1234,56``; a plain ``1234.56`` is accepted too)."""
    tekst = (invoer or "").strip().replace("€", "").replace(" ", "").replace("\u00a0", "")
    if not tekst:
        raise Validatiefout(veld, "vul een bedrag in")
    if "," in tekst:
        tekst = tekst.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+", tekst):
        tekst = tekst.replace(".", "")
    if not re.fullmatch(r"-?\d+(\.\d{1,2})?", tekst):
        raise Validatiefout(veld, "vul een bedrag in als 1.234,56")
    try:
        bedrag = Decimal(tekst)
    except InvalidOperation:
        raise Validatiefout(veld, "vul een bedrag in als 1.234,56") from None
    if bedrag < 0:
        raise Validatiefout(veld, "een bedrag mag niet negatief zijn")
    if bedrag == 0 and not mag_nul:
        raise Validatiefout(veld, "het bedrag moet groter dan nul zijn")
    if bedrag > Decimal("100000000"):
        raise Validatiefout(veld, "dit bedrag is onwaarschijnlijk hoog")
    return bedrag


def zoeknaam(naam: str) -> str:
    """The search key of a surname: lower case, no diacritics, no tussenvoegsel spacing (``Çelik`` → ``celik``)."""
    ontleed = unicodedata.normalize("NFKD", naam)
    zonder = "".join(c for c in ontleed if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", zonder).strip().casefold()
