"""Staff accounts: listing them for the login dialog and finding the one who logs in.

What belongs here: reads of `Medewerker` as `MedewerkerRow`, and creating an account (used by the demo
generator and `werkplek-admin`).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, select

from models.domain import Rol
from models.store import audit
from models.store.fouten import NietGevonden
from models.store.opslag import Opslag, rij_naar_dict
from models.store.rows import MedewerkerRow
from models.store.tables import Medewerker
from models.validatie import Validatiefout, controleer_tekst

__all__ = ["MedewerkerRepository", "medewerker_row"]

_M = Medewerker.__table__  # type: ignore[attr-defined]


def medewerker_row(r: Any) -> MedewerkerRow:
    return MedewerkerRow(
        id=r.id,
        gebruikersnaam=r.gebruikersnaam,
        naam=r.naam,
        rol=Rol(r.rol),
        team=r.team,
        organisatie=r.organisatie,
        telefoon=r.telefoon,
    )


class MedewerkerRepository:
    def __init__(self, opslag: Opslag) -> None:
        self._opslag = opslag

    def alle(self, *, rol: Rol | None = None) -> list[MedewerkerRow]:
        stmt = select(_M).where(_M.c.actief.is_(True)).order_by(_M.c.rol, _M.c.naam)
        if rol is not None:
            stmt = stmt.where(_M.c.rol == rol.value)
        with self._opslag.lezen() as s:
            return [medewerker_row(r) for r in s.execute(stmt)]

    def op_gebruikersnaam(self, gebruikersnaam: str) -> MedewerkerRow:
        with self._opslag.lezen() as s:
            rij = s.execute(select(_M).where(_M.c.gebruikersnaam == gebruikersnaam, _M.c.actief.is_(True))).first()
        if rij is None:
            raise NietGevonden(f"Er is geen actief account '{gebruikersnaam}' in deze opslag.")
        return medewerker_row(rij)

    def maak(
        self,
        gebruikersnaam: str,
        naam: str,
        rol: Rol,
        *,
        team: str | None = None,
        organisatie: str | None = None,
        telefoon: str | None = None,
        door: int | None = None,
    ) -> MedewerkerRow:
        if (
            not gebruikersnaam.isascii()
            or not gebruikersnaam.replace("_", "").isalnum()
            or not gebruikersnaam.islower()
        ):
            raise Validatiefout("gebruikersnaam", "alleen kleine letters, cijfers en _ (het wordt ook de databaserol)")
        if len(gebruikersnaam) > 63:
            raise Validatiefout("gebruikersnaam", "hoogstens 63 tekens (het wordt ook de databaserol)")
        naam_schoon = controleer_tekst(naam, "naam", max_lengte=120)
        team = controleer_tekst(team, "team", max_lengte=80, verplicht=False)
        organisatie = controleer_tekst(organisatie, "organisatie", max_lengte=120, verplicht=False)
        telefoon = controleer_tekst(telefoon, "telefoonnummer", max_lengte=20, verplicht=False)
        with self._opslag.schrijven() as s:
            nieuw_id = s.execute(
                insert(_M)
                .values(
                    gebruikersnaam=gebruikersnaam,
                    naam=naam_schoon,
                    rol=rol.value,
                    team=team,
                    organisatie=organisatie,
                    telefoon=telefoon,
                    actief=True,
                    version=1,
                )
                .returning(_M.c.id)
            ).scalar_one()
            rij = s.execute(select(_M).where(_M.c.id == nieuw_id)).one()
            audit.registreer(
                s,
                medewerker_id=door,
                actie="account aangemaakt",
                entiteit="medewerker",
                entiteit_id=nieuw_id,
                na=rij_naar_dict(rij),
            )
            return medewerker_row(rij)
