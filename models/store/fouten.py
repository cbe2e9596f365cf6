"""Errors the store raises to its callers, each with a plain-Dutch message for the person at the screen.

What belongs here: the exception types the UI catches and shows (never a traceback), and the translation of
driver errors into them. No sqlalchemy import at module level, so `ui/` may import this module.
"""

from __future__ import annotations

from typing import Any

from models.validatie import Validatiefout

__all__ = [
    "Conflict",
    "GeenToegang",
    "NietGevonden",
    "OpslagFout",
    "Validatiefout",
    "VerbindingFout",
]


class OpslagFout(Exception):
    """Base class: `melding` is what the user reads."""

    def __init__(self, melding: str) -> None:
        super().__init__(melding)
        self.melding = melding


class NietGevonden(OpslagFout):
    pass


class GeenToegang(OpslagFout):
    """The role (or the database) does not allow this."""


class Conflict(OpslagFout):
    """A colleague saved the same record first (optimistic locking).

    Attributes:
        entiteit: table name, e.g. "contactmoment".
        entiteit_id: the row id.
        huidig: the row as it is now in the store (column → value), to show next to the user's edit.
        gewijzigd_door: name of the colleague who made the last change, when the audit trail knows it.
    """

    def __init__(
        self,
        entiteit: str,
        entiteit_id: int,
        huidig: dict[str, Any] | None,
        gewijzigd_door: str | None = None,
    ) -> None:
        wie = gewijzigd_door or "een collega"
        if huidig is None:
            melding = f"Dit gegeven is intussen door {wie} verwijderd. Uw invoer is bewaard."
        else:
            melding = (
                f"{wie[0].upper()}{wie[1:]} heeft dit gegeven intussen gewijzigd. Bekijk de wijziging en kies "
                "of u uw eigen invoer opnieuw wilt opslaan. Uw invoer is bewaard."
            )
        super().__init__(melding)
        self.entiteit = entiteit
        self.entiteit_id = entiteit_id
        self.huidig = huidig
        self.gewijzigd_door = gewijzigd_door


class VerbindingFout(OpslagFout):
    """The store could not be reached, or the connection dropped.

    Attributes:
        schrijfactie: True when the failed call was a write. A write runs in one transaction, so it was either
            fully committed or not at all; `vastgelegd` says which when it could be determined afterwards
            (None: unknown, check before retrying — the UI reloads to find out).
    """

    def __init__(self, melding: str, *, schrijfactie: bool = False, vastgelegd: bool | None = None) -> None:
        super().__init__(melding)
        self.schrijfactie = schrijfactie
        self.vastgelegd = vastgelegd
