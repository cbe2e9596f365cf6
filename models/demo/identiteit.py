"""Identifiers of the demo world: the synthetic BSN range, IBANs and the kenmerken of decisions and claims.

What belongs here: pure functions from a number to an identifier, so that every worker process computes the same
identifiers without coordination.

BSN scheme (documented in the README of `werkplek-demo`): every demo BSN starts with a **9** and passes the
elfproef. Person slot `p` (household `h` has slot 2h for the aanvrager and 2h+1 for a toeslagpartner) is mapped
by a seed-dependent affine permutation onto 0…8.999.999 = 1.000.000 blocks × 9 places; the block gives digits
2–7, the place the 8th digit (the place-th of the nine or ten digits for which the elfproef leaves a valid
check digit), and the check digit follows from the elfproef. Different slots give different BSNs, so BSNs
never collide, for up to 4.500.000 households.
"""

from __future__ import annotations

from functools import cache

__all__ = ["MAX_HUISHOUDENS", "bsn", "iban", "kenmerk_beschikking", "kenmerk_vordering"]

_PLAATSEN = 9_000_000
_VERMENIGVULDIGER = 7_654_321  # coprime with 9.000.000 (= 2^6 · 3^2 · 5^6): the map is a permutation
MAX_HUISHOUDENS = _PLAATSEN // 2


def bsn(slot: int, seed: int) -> str:
    """The demo BSN of person slot `slot` (0 ≤ slot < 9.000.000) for this seed: starts with 9, passes the elfproef."""
    if not 0 <= slot < _PLAATSEN:
        raise ValueError(f"persoonsnummer {slot} valt buiten het demo-BSN-bereik")
    r = (_VERMENIGVULDIGER * slot + seed * 7_919) % _PLAATSEN
    blok, plaats = divmod(r, 9)
    som = 81  # digit 1 is 9, weight 9
    rest = blok
    for gewicht in (3, 4, 5, 6, 7, 8):  # digits 7 … 2
        rest, cijfer = divmod(rest, 10)
        som += cijfer * gewicht
    # The 8th digit (weight 2) for which no check digit exists: 2·a ≡ 10 − som (mod 11); 6 is the inverse of 2.
    ongeldig = (10 - som) * 6 % 11
    achtste = plaats + 1 if plaats >= ongeldig else plaats
    return f"9{blok:06d}{achtste}{(som + 2 * achtste) % 11}"


@cache
def _cijfers(bank: str) -> str:
    return "".join(str(int(c, 36)) for c in bank)  # A = 10 … Z = 35


def iban(bank: str, rekening: int) -> str:
    """A Dutch IBAN (ISO 13616 mod-97 check digits) for bank code `bank` and a 10-digit account number."""
    controle = 98 - int(f"{_cijfers(bank)}{rekening:010d}232100") % 97  # "NL00" → 23 21 00
    return f"NL{controle:02d}{bank}{rekening:010d}"


def kenmerk_beschikking(huishouden: int, jaar: int, code: str, soort: str) -> str:
    """Unique per household, year, regeling (code "ZT", "HT", "KGB", "KOT") and soort ("V", "D", "T").

    The household number comes first, so a bulk load appends to the unique index instead of scattering.
    """
    return f"TS{huishouden:08d}.{jaar}.{code}.{soort}"


def kenmerk_vordering(huishouden: int, jaar: int, code: str) -> str:
    """The collection reference of the claim from one toeslag-year."""
    return f"VD{huishouden:08d}.{jaar}.{code}"
