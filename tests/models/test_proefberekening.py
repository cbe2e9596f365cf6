"""What-if at the counter (issue #7): the change applied to the stored bases and run through the core's wat_als."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from models.calc.api import bereken
from models.calc.invoer import Grondslagen, Huur, Kind, Persoon, Regeling
from models.services.proefberekening import Wijziging, nieuwe_grondslagen, proefbereken, samenvatting
from models.store.rows import ToeslagRow
from models.validatie import Validatiefout

PEILDATUM = dt.date(2026, 11, 27)
GRONDSLAGEN = Grondslagen(
    aanvrager=Persoon(dt.date(1984, 3, 12), Decimal(22_500)),
    partner=Persoon(dt.date(1981, 7, 4), Decimal(6_500)),
    kinderen=(Kind(dt.date(2012, 2, 11)),),
    huur=Huur(Decimal(720), Decimal(35)),
)


def _toeslag(regeling: Regeling, jaar: int = 2026, status: str = "lopend") -> ToeslagRow:
    u = bereken(regeling, jaar, GRONDSLAGEN)
    return ToeslagRow(
        id=1,
        regeling=regeling,
        jaar=jaar,
        status=status,
        eerste_maand=1,
        laatste_maand=12,
        voorschot_jaar=u.bedrag_jaar,
        voorschot_maand=u.bedrag_maand,
        betaald=u.bedrag_maand * 10,
        definitief_jaar=None,
        saldo=None,
        onbevestigd=False,
        grondslagen_voorschot=GRONDSLAGEN.naar_dict(),
        grondslagen_definitief=None,
        version=1,
    )


def test_inkomensstijging_geeft_lager_voorschot_en_anders_een_terugvordering() -> None:
    toeslagen = [_toeslag(Regeling.ZORGTOESLAG), _toeslag(Regeling.HUURTOESLAG), _toeslag(Regeling.ZORGTOESLAG, 2025)]
    uit = proefbereken(toeslagen, Wijziging(inkomen=Decimal(34_000)), PEILDATUM)
    assert [u.regeling for u in uit] == [Regeling.HUURTOESLAG, Regeling.ZORGTOESLAG]  # only running ones of 2026
    for u in uit:
        assert u.wat_als is not None and u.fout is None
        assert u.wat_als.vanaf_maand == 12
        assert u.nieuw_maand is not None and u.nieuw_maand < u.huidig_maand
        assert u.saldo_ongewijzigd is not None and u.saldo_ongewijzigd < 0
        assert [s.stap for s in u.stappen][-2:] == ["Nieuw voorschot", "Resterend saldo"]
    tekst = samenvatting(Wijziging(inkomen=Decimal(34_000)), uit)
    assert "inkomen dit jaar wordt € 34.000,00" in tekst and "terugvordering van ongeveer" in tekst


def test_huur_raakt_alleen_huurtoeslag() -> None:
    toeslagen = [_toeslag(Regeling.ZORGTOESLAG), _toeslag(Regeling.HUURTOESLAG)]
    uit = proefbereken(toeslagen, Wijziging(huur=Decimal(650)), PEILDATUM)
    assert [u.regeling for u in uit] == [Regeling.HUURTOESLAG]
    assert nieuwe_grondslagen(GRONDSLAGEN, Wijziging(huur=Decimal(650))).huur == Huur(Decimal(650), Decimal(35))


def test_partner_vertrekt_of_komt() -> None:
    assert nieuwe_grondslagen(GRONDSLAGEN, Wijziging(partner="geen")).partner is None
    nieuw = Wijziging(partner="nieuw", partner_inkomen=Decimal(40_000), partner_geboortedatum=dt.date(1980, 1, 1))
    assert nieuwe_grondslagen(GRONDSLAGEN, nieuw).partner == Persoon(dt.date(1980, 1, 1), Decimal(40_000))
    uit = proefbereken([_toeslag(Regeling.ZORGTOESLAG)], nieuw, PEILDATUM)
    assert uit[0].nieuw_maand is not None and uit[0].nieuw_maand < uit[0].huidig_maand


@pytest.mark.parametrize(
    ("wijziging", "veld"),
    [
        (Wijziging(), "wijziging"),
        (Wijziging(inkomen=Decimal(-1)), "nieuw inkomen"),
        (Wijziging(partner="nieuw", partner_geboortedatum=dt.date(1980, 1, 1)), "inkomen partner"),
        (Wijziging(partner="nieuw", partner_inkomen=Decimal(1)), "geboortedatum partner"),
    ],
)
def test_onvolledige_wijziging_geeft_duidelijke_melding(wijziging: Wijziging, veld: str) -> None:
    with pytest.raises(Validatiefout) as fout:
        proefbereken([_toeslag(Regeling.ZORGTOESLAG)], wijziging, PEILDATUM)
    assert fout.value.veld == veld


def test_opvanguren_zonder_opvang_zegt_waarom() -> None:
    uit = proefbereken([_toeslag(Regeling.KINDEROPVANGTOESLAG)], Wijziging(opvanguren=Decimal(80)), PEILDATUM)
    assert uit[0].wat_als is None and uit[0].fout is not None and "kinderopvang" in uit[0].fout


def test_wijziging_gaat_uit_van_de_nieuwste_gegevens() -> None:
    import dataclasses

    nieuwste = dataclasses.replace(GRONDSLAGEN, huur=Huur(Decimal(800), Decimal(35)))
    t = dataclasses.replace(_toeslag(Regeling.HUURTOESLAG), grondslagen_actueel=nieuwste.naar_dict())
    [u] = proefbereken([t], Wijziging(inkomen=Decimal(25_000)), PEILDATUM)
    assert u.wat_als is not None
    verwacht = bereken(Regeling.HUURTOESLAG, 2026, nieuwe_grondslagen(nieuwste, Wijziging(inkomen=Decimal(25_000))))
    assert u.wat_als.nieuw.bedrag_jaar == verwacht.bedrag_jaar
    assert u.wat_als.huidig.bedrag_maand == t.voorschot_maand  # the current voorschot on its own bases
