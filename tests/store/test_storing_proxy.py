"""A dropped connection, made real with a TCP proxy in front of the shared PostgreSQL server (never stopped).

The store's engine connects through `tests.hulpmiddelen.proxy.TcpProxy`. The proxy cuts the connection at the
moment the client sends COMMIT — before the server sees it, or after the server executed it but before the
client hears so — and either keeps accepting new connections (only the writing connection dropped) or refuses
them all (the server is gone). Each time the error must say correctly whether the write was saved, nothing may
be half-written, and a retry through `ZekereContacten` must save exactly once.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.engine import make_url

from models.domain import Contactkanaal
from models.store.contacten import ContactRepository
from models.store.engine import maak_engine
from models.store.fouten import VerbindingFout
from models.store.opslag import Opslag
from models.store.rows import MedewerkerRow, NieuwContact
from models.store.schrijfcontrole import ZekereContacten
from models.store.tables import AuditEvent, Contactmoment, Taak
from tests import fabriek
from tests.hulpmiddelen.proxy import Knipregel, TcpProxy
from tests.hulpmiddelen.teamserver import Teamserver, maak_teamserver

pytestmark = pytest.mark.pg


@pytest.fixture
def proxy() -> Iterator[TcpProxy]:
    with TcpProxy() as p:
        yield p


@pytest.fixture
def via_proxy(pg_opslag: Opslag, pg_url: str, proxy: TcpProxy) -> Iterator[Opslag]:
    """The store as the workstation sees it: the same database, through the proxy."""
    engine = maak_engine(make_url(pg_url).set(host="127.0.0.1", port=proxy.poort))
    yield Opslag(engine, "Teamserver (via proxy)")
    engine.dispose()


def _contact(burger_id: int, onderwerp: str = "Vraag over voorschot") -> NieuwContact:
    return NieuwContact(
        burger_id,
        Contactkanaal.TELEFOON,
        onderwerp,
        "Uitleg gegeven over de definitieve berekening.",
        taak_omschrijving="Terugbellen",
        taak_vervaldatum=dt.date(2099, 1, 1),
    )


def _tel(opslag: Opslag) -> tuple[int, int, int]:
    """Contacts, tasks and audit events: what one registration writes (1, 1, 2) — or nothing at all."""
    with opslag.lezen() as s:
        return tuple(  # type: ignore[return-value]
            s.execute(select(func.count()).select_from(t.__table__)).scalar_one()  # type: ignore[attr-defined]
            for t in (Contactmoment, Taak, AuditEvent)
        )


@pytest.fixture
def gegevens(pg_opslag: Opslag) -> tuple[MedewerkerRow, int, tuple[int, int, int]]:
    actor = fabriek.medewerker(pg_opslag)
    burger_id = fabriek.burger(pg_opslag)
    return actor, burger_id, _tel(pg_opslag)


def test_knippen_en_herstellen(via_proxy: Opslag, proxy: TcpProxy, gegevens) -> None:
    actor, _burger_id, _ = gegevens
    repo = ContactRepository(via_proxy)
    assert repo.mijn_taken(actor) == []
    proxy.knip()
    begin = time.monotonic()
    with pytest.raises(VerbindingFout) as fout:
        repo.mijn_taken(actor)
    assert time.monotonic() - begin < 5  # refused at once, no hanging worker thread
    assert not fout.value.schrijfactie
    proxy.herstel()
    assert repo.mijn_taken(actor) == []  # the dead pooled connection is replaced (pre-ping)


@pytest.mark.parametrize(("na_server", "vastgelegd"), [(False, False), (True, True)])
def test_commit_geknipt_op_een_verbinding_de_uitkomst_is_zeker(
    via_proxy: Opslag, pg_opslag: Opslag, proxy: TcpProxy, gegevens, na_server: bool, vastgelegd: bool
) -> None:
    """Only the writing connection drops: the store asks a fresh connection whether the write went through."""
    actor, burger_id, voor = gegevens
    proxy.knip_bij(Knipregel(b"COMMIT", na_server=na_server, alles=False))
    with pytest.raises(VerbindingFout) as fout:
        ContactRepository(via_proxy).registreer(actor, _contact(burger_id))
    assert proxy.geknipt.is_set()
    assert fout.value.schrijfactie and fout.value.vastgelegd is vastgelegd
    assert ("wel volledig opgeslagen" if vastgelegd else "niet opgeslagen") in fout.value.melding
    na = _tel(pg_opslag)
    assert na == ((voor[0] + 1, voor[1] + 1, voor[2] + 2) if vastgelegd else voor)  # all of it, or nothing


@pytest.mark.parametrize("na_server", [False, True])
def test_server_weg_bij_commit_onbekend_en_daarna_precies_eenmaal(
    via_proxy: Opslag, pg_opslag: Opslag, proxy: TcpProxy, gegevens, na_server: bool
) -> None:
    """The server is gone at COMMIT: the outcome is unknown until it is back; then it is looked up, and the
    retry neither loses nor doubles the contact."""
    actor, burger_id, voor = gegevens
    contacten = ZekereContacten(ContactRepository(via_proxy), via_proxy)
    proxy.knip_bij(Knipregel(b"COMMIT", na_server=na_server, alles=True))
    with pytest.raises(VerbindingFout) as fout:
        contacten.registreer(actor, _contact(burger_id))
    assert fout.value.vastgelegd is None and "nog niet bekend" in fout.value.melding
    assert contacten.onzeker() == 1
    with pytest.raises(VerbindingFout):  # still gone: the check waits
        contacten.controleer_onzeker()
    proxy.herstel()
    assert contacten.controleer_onzeker() == [("het contact 'Vraag over voorschot'", na_server)]
    assert contacten.onzeker() == 0
    opnieuw = contacten.registreer(actor, _contact(burger_id))  # the form's "Opnieuw proberen"
    assert opnieuw.onderwerp == "Vraag over voorschot"
    assert _tel(pg_opslag) == (voor[0] + 1, voor[1] + 1, voor[2] + 2)  # exactly once, whole
    with pg_opslag.lezen() as s:
        assert s.execute(select(Contactmoment.__table__.c.id)).scalars().all() == [opnieuw.id]  # type: ignore[attr-defined]


def test_correctie_die_wel_aankwam_wordt_niet_als_conflict_gezien(
    via_proxy: Opslag, pg_opslag: Opslag, proxy: TcpProxy, gegevens
) -> None:
    actor, burger_id, _ = gegevens
    contacten = ZekereContacten(ContactRepository(via_proxy), via_proxy)
    contact = contacten.registreer(actor, _contact(burger_id))
    proxy.knip_bij(Knipregel(b"COMMIT", na_server=True, alles=True))
    with pytest.raises(VerbindingFout):
        contacten.wijzig(actor, contact.id, 1, onderwerp="Gecorrigeerd", samenvatting="Nieuwe tekst", afspraken=None)
    proxy.herstel()
    # without the check the retry would meet its own earlier write as a colleague's change (Conflict)
    nieuw = contacten.wijzig(
        actor, contact.id, 1, onderwerp="Gecorrigeerd", samenvatting="Nieuwe tekst", afspraken=None
    )
    assert (nieuw.onderwerp, nieuw.version) == ("Gecorrigeerd", 2)


# --- the same as a staff member's own database role on a team server -----------------------------------------


@pytest.fixture(scope="module")
def teamserver(pg_beheer: str) -> Iterator[Teamserver]:
    with maak_teamserver(pg_beheer) as server:
        yield server


def test_als_begeleider_via_de_eigen_databaserol(teamserver: Teamserver, proxy: TcpProxy) -> None:
    """A staff role may not read the audit trail's transaction ids, so the store alone cannot tell whether a cut
    commit landed; `ZekereContacten` finds out with what the role may read, and reports it for sure."""
    burger_id = fabriek.burger(Opslag(teamserver.beheer))
    actor = teamserver.accounts["begeleider"]
    engine: Engine = maak_engine(
        teamserver.url_voor("begeleider", host="127.0.0.1", poort=proxy.poort).set(password="geheim-wachtwoord")
    )
    try:
        opslag = Opslag(engine, "Teamserver (via proxy)")
        contacten = ZekereContacten(ContactRepository(opslag), opslag)
        proxy.knip_bij(Knipregel(b"COMMIT", na_server=True, alles=False))
        contact = contacten.registreer(actor, _contact(burger_id, "Via de eigen rol"))  # no error: it landed
        assert proxy.geknipt.is_set() and contact.onderwerp == "Via de eigen rol"
        proxy.knip_bij(Knipregel(b"COMMIT", na_server=False, alles=False))
        with pytest.raises(VerbindingFout) as fout:
            contacten.registreer(actor, _contact(burger_id, "Komt niet aan"))
        assert fout.value.vastgelegd is False and "niet opgeslagen" in fout.value.melding
    finally:
        engine.dispose()
    beheer = Opslag(teamserver.beheer)
    with beheer.lezen() as s:
        onderwerpen = (
            s.execute(
                select(Contactmoment.__table__.c.onderwerp).where(Contactmoment.__table__.c.burger_id == burger_id)  # type: ignore[attr-defined]
            )
            .scalars()
            .all()
        )
    assert onderwerpen == ["Via de eigen rol"]
