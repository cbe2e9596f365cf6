"""Team-server connection settings and the password in the OS keyring (never in a file or QSettings)."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail

from models.store.verbinding import (
    KEYRING_DIENST,
    Verbinding,
    bewaar_wachtwoord,
    keyring_beschikbaar,
    vergeet_wachtwoord,
    wachtwoord_uit_keyring,
)
from models.validatie import Validatiefout
from tests.conftest import GeheugenKeyring


def test_url_heeft_tls_en_geen_handmatige_escaping() -> None:
    v = Verbinding(host="db01.toeslagen.local", gebruiker="jdevries", database="werkplek", tls="verify-full")
    url = v.url("p@ss:wo/rd")
    assert url.password == "p@ss:wo/rd"
    assert url.query["sslmode"] == "verify-full"
    assert v.sleutel == "jdevries@db01.toeslagen.local:5432/werkplek"


def test_uit_url_splitst_wachtwoord_af() -> None:
    v, wachtwoord = Verbinding.uit_url("postgresql://jdevries:geheim@db01:6543/team?sslmode=require")
    assert (v.host, v.poort, v.database, v.gebruiker, v.tls, wachtwoord) == (
        "db01",
        6543,
        "team",
        "jdevries",
        "require",
        "geheim",
    )


@pytest.mark.parametrize(
    ("velden", "veld"),
    [({"poort": 0}, "poort"), ({"tls": "sometimes"}, "versleuteling"), ({"host": ""}, "server")],
)
def test_ongeldige_verbinding(velden: dict[str, object], veld: str) -> None:
    waarden: dict[str, object] = {"host": "db01", "gebruiker": "jdevries"} | velden
    with pytest.raises(Validatiefout) as fout:
        Verbinding(**waarden)  # type: ignore[arg-type]
    assert fout.value.veld == veld


def test_wachtwoord_gaat_naar_de_keyring(geheugen_keyring: GeheugenKeyring) -> None:
    v = Verbinding(host="db01", gebruiker="jdevries")
    assert keyring_beschikbaar()
    assert wachtwoord_uit_keyring(v) is None
    assert bewaar_wachtwoord(v, "geheim")
    assert geheugen_keyring.opgeslagen == {(KEYRING_DIENST, v.sleutel): "geheim"}
    assert wachtwoord_uit_keyring(v) == "geheim"
    vergeet_wachtwoord(v)
    assert wachtwoord_uit_keyring(v) is None


def test_zonder_keyring_wordt_niets_bewaard() -> None:
    keyring.set_keyring(fail.Keyring())
    v = Verbinding(host="db01", gebruiker="jdevries")
    assert not keyring_beschikbaar()
    assert not bewaar_wachtwoord(v, "geheim")
    assert wachtwoord_uit_keyring(v) is None
