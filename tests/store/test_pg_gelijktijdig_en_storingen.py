"""Two colleagues at once, and a connection that drops mid-write — on the PostgreSQL server.

Concurrency runs in two separate processes with their own connections, released together by a barrier: exactly
one save wins, the other gets a `Conflict` showing the winner's text, and no update is lost. Connection drops
are made real with `pg_terminate_backend` on the very connection that is writing: nothing is half-written and
the error says whether the write went through.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import create_engine, event, func, select, text

from models.domain import Contactkanaal
from models.store.contacten import ContactRepository
from models.store.engine import maak_engine
from models.store.fouten import Conflict, VerbindingFout
from models.store.opslag import Opslag
from models.store.rows import MedewerkerRow, NieuwContact
from models.store.tables import Contactmoment, Taak
from tests import fabriek

pytestmark = pytest.mark.pg


def _bewerk(url: str, actor: MedewerkerRow, contact_id: int, versie: int, tekst: str, barriere: Any, uit: Any) -> None:
    engine = maak_engine(url)
    repo = ContactRepository(Opslag(engine))
    barriere.wait(timeout=30)
    try:
        repo.wijzig(actor, contact_id, versie, onderwerp=tekst, samenvatting=tekst, afspraken=None)
        uit.put(("opgeslagen", tekst))
    except Conflict as conflict:
        uit.put(("conflict", (conflict.huidig or {}).get("onderwerp")))
    finally:
        engine.dispose()


def test_twee_processen_bewerken_hetzelfde_contact_geen_verloren_update(pg_opslag: Opslag, pg_url: str) -> None:
    ik = fabriek.medewerker(pg_opslag, naam="Jan de Vries")
    collega = fabriek.medewerker(pg_opslag, naam="Petra Bakker")
    burger_id = fabriek.burger(pg_opslag)
    repo = ContactRepository(pg_opslag)
    ctx = multiprocessing.get_context("spawn")
    for ronde in range(3):
        contact = repo.registreer(ik, NieuwContact(burger_id, Contactkanaal.TELEFOON, f"Ronde {ronde}", "Begin"))
        barriere, uit = ctx.Barrier(2), ctx.Queue()
        processen = [
            ctx.Process(
                target=_bewerk, args=(pg_url, wie, contact.id, contact.version, f"{wie.naam} {ronde}", barriere, uit)
            )
            for wie in (ik, collega)
        ]
        for p in processen:
            p.start()
        for p in processen:
            p.join(timeout=60)
            assert p.exitcode == 0
        uitkomsten = sorted(uit.get(timeout=5) for _ in processen)
        assert [u[0] for u in uitkomsten] == ["conflict", "opgeslagen"]
        winnaar = uitkomsten[1][1]
        assert uitkomsten[0][1] == winnaar  # the loser is shown exactly what the winner saved
        with pg_opslag.lezen() as s:
            rij = s.execute(select(Contactmoment.__table__).where(Contactmoment.id == contact.id)).one()  # type: ignore[attr-defined,arg-type]
        assert (rij.onderwerp, rij.version) == (winnaar, 2)


@pytest.fixture
def sluiter(pg_beheer: str) -> Iterator[Any]:
    """Terminates a given backend from a separate administrator connection."""
    beheer = create_engine(pg_beheer, isolation_level="AUTOCOMMIT")

    def sluit(pid: int) -> None:
        with beheer.connect() as conn:
            conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})

    yield sluit
    beheer.dispose()


def _contact_met_taak(burger_id: int) -> NieuwContact:
    return NieuwContact(
        burger_id,
        Contactkanaal.TELEFOON,
        "Vraag over voorschot",
        "Uitleg gegeven",
        taak_omschrijving="Terugbellen",
        taak_vervaldatum=dt.date(2099, 1, 1),
    )


def _tel(opslag: Opslag) -> tuple[int, int]:
    with opslag.lezen() as s:
        return (
            s.execute(select(func.count()).select_from(Contactmoment.__table__)).scalar_one(),  # type: ignore[attr-defined]
            s.execute(select(func.count()).select_from(Taak.__table__)).scalar_one(),  # type: ignore[attr-defined]
        )


def test_verbinding_valt_weg_midden_in_een_schrijfactie(pg_opslag: Opslag, sluiter: Any) -> None:
    actor = fabriek.medewerker(pg_opslag)
    burger_id = fabriek.burger(pg_opslag)

    def verbreek_bij_taak(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO TAAK"):
            sluiter(conn.connection.dbapi_connection.info.backend_pid)

    event.listen(pg_opslag.engine, "before_cursor_execute", verbreek_bij_taak)
    try:
        with pytest.raises(VerbindingFout) as fout:
            ContactRepository(pg_opslag).registreer(actor, _contact_met_taak(burger_id))
    finally:
        event.remove(pg_opslag.engine, "before_cursor_execute", verbreek_bij_taak)
    assert fout.value.schrijfactie and fout.value.vastgelegd is False
    assert "niet opgeslagen" in fout.value.melding
    assert _tel(pg_opslag) == (0, 0)  # the contact inserted before the drop was rolled back with the rest
    ContactRepository(pg_opslag).registreer(actor, _contact_met_taak(burger_id))  # the retry works
    assert _tel(pg_opslag) == (1, 1)


def test_verbinding_valt_weg_bij_het_vastleggen(pg_opslag: Opslag, sluiter: Any) -> None:
    actor = fabriek.medewerker(pg_opslag)
    burger_id = fabriek.burger(pg_opslag)

    def verbreek_bij_commit(conn: Any) -> None:
        sluiter(conn.connection.dbapi_connection.info.backend_pid)

    event.listen(pg_opslag.engine, "commit", verbreek_bij_commit)
    try:
        with pytest.raises(VerbindingFout) as fout:
            ContactRepository(pg_opslag).registreer(actor, _contact_met_taak(burger_id))
    finally:
        event.remove(pg_opslag.engine, "commit", verbreek_bij_commit)
    # the client asked the server afterwards and can tell the user for sure
    assert fout.value.vastgelegd is False
    assert "niet opgeslagen" in fout.value.melding
    assert _tel(pg_opslag) == (0, 0)


def test_lezen_na_wegvallen_herstelt_vanzelf(pg_opslag: Opslag, sluiter: Any) -> None:
    actor = fabriek.medewerker(pg_opslag)
    with pg_opslag.engine.connect() as conn:
        pid = conn.execute(text("SELECT pg_backend_pid()")).scalar_one()
    sluiter(pid)  # the pooled connection is now dead; pre-ping replaces it
    assert ContactRepository(pg_opslag).mijn_taken(actor) == []
