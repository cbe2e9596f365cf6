"""Input validation at the boundary: BSN elfproef, IBAN mod-97, postcode, phone, text, dates and amounts."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.formaat import euro
from models.validatie import (
    Validatiefout,
    controleer_bsn,
    controleer_iban,
    controleer_postcode,
    controleer_tekst,
    controleer_telefoon,
    is_geldig_bsn,
    masker_bsn,
    parse_bedrag,
    parse_datum,
    zoeknaam,
)

GELDIGE_BSNS = ["123456782", "111222333", "999999990"]


@pytest.mark.parametrize("bsn", GELDIGE_BSNS)
def test_geldige_bsns(bsn: str) -> None:
    assert is_geldig_bsn(bsn)
    assert controleer_bsn(f"{bsn[:4]} {bsn[4:6]} {bsn[6:]}") == bsn


@pytest.mark.parametrize(
    ("invoer", "deel_van_melding"),
    [
        ("", "vul een BSN in"),
        ("12345678a", "alleen uit cijfers"),
        ("1234567", "9 cijfers"),
        ("123456789", "elfproef"),
        ("000000000", "elfproef"),
    ],
)
def test_ongeldige_bsns(invoer: str, deel_van_melding: str) -> None:
    with pytest.raises(Validatiefout, match=deel_van_melding) as fout:
        controleer_bsn(invoer)
    assert fout.value.veld == "BSN"


def test_acht_cijfers_krijgt_voorloopnul() -> None:
    assert is_geldig_bsn("012345672")  # 0×9 + 1×8 + 2×7 + 3×6 + 4×5 + 5×4 + 6×3 + 7×2 − 2×1 = 110
    assert controleer_bsn("12345672") == "012345672"


def _met_controlecijfer(acht: str) -> str | None:
    som = sum(int(c) * w for c, w in zip(acht, (9, 8, 7, 6, 5, 4, 3, 2), strict=True))
    laatste = som % 11
    # no check digit fits, or the whole weighted sum would be 0 (000000000, 000000012 …: not a BSN)
    return None if laatste > 9 or som == laatste else acht + str(laatste)


@settings(max_examples=300)
@given(st.text(alphabet="0123456789", min_size=8, max_size=8), st.integers(0, 7), st.integers(1, 9))
def test_elke_enkele_cijferfout_wordt_gevonden(acht: str, positie: int, verschil: int) -> None:
    bsn = _met_controlecijfer(acht)
    if bsn is None:
        return
    assert is_geldig_bsn(bsn)
    fout = bsn[:positie] + str((int(bsn[positie]) + verschil) % 10) + bsn[positie + 1 :]
    assert not is_geldig_bsn(fout)


def test_masker_toont_laatste_vier() -> None:
    assert masker_bsn("123456782") == "*****6782"


@pytest.mark.parametrize("iban", ["NL91 ABNA 0417 1643 00", "nl91abna0417164300", "DE89 3704 0044 0532 0130 00"])
def test_geldige_iban(iban: str) -> None:
    assert controleer_iban(iban) == iban.replace(" ", "").upper()


@pytest.mark.parametrize(
    ("iban", "deel"),
    [("NL91 ABNA 0417 1643 01", "controlegetal"), ("NL91 ABNA 0417", "landcode|18 tekens"), ("", "vul een IBAN")],
)
def test_ongeldige_iban(iban: str, deel: str) -> None:
    with pytest.raises(Validatiefout, match=deel):
        controleer_iban(iban)


def test_postcode_en_telefoon() -> None:
    assert controleer_postcode("1234 ab") == "1234AB"
    for fout in ("0123AB", "1234 SS", "12345"):
        with pytest.raises(Validatiefout):
            controleer_postcode(fout)
    assert controleer_telefoon("06-123 456 78") == "0612345678"
    assert controleer_telefoon("0032 470 12 34 56") == "+32470123456"
    with pytest.raises(Validatiefout, match="telefoonnummer"):
        controleer_telefoon("12345")


@pytest.mark.parametrize(
    ("tekst", "deel"),
    [
        ("a\x00b", "stuurtekens"),
        ("rechts\u202elinks", "stuurtekens"),
        ("x" * 201, "te lang"),
        ("twee\nregels", "regeleinden"),
        ("   ", "verplicht"),
    ],
)
def test_tekst_weigert_vijandige_invoer(tekst: str, deel: str) -> None:
    with pytest.raises(Validatiefout, match=deel):
        controleer_tekst(tekst, "onderwerp", max_lengte=200)


@settings(max_examples=200)
@given(st.text(max_size=300))
def test_tekst_is_veilig_of_geweigerd(tekst: str) -> None:
    try:
        schoon = controleer_tekst(tekst, "samenvatting", max_lengte=250, verplicht=False, meerdere_regels=True)
    except Validatiefout as fout:
        assert fout.veld == "samenvatting" and fout.melding
        return
    assert schoon is None or (len(schoon) <= 250 and "\x00" not in schoon and schoon == schoon.strip())


def test_een_megabyte_plakken_wordt_netjes_geweigerd() -> None:
    with pytest.raises(Validatiefout, match="te lang: 1048576 tekens"):
        controleer_tekst("a" * 1_048_576, "samenvatting", max_lengte=4000, meerdere_regels=True)


@pytest.mark.parametrize(
    ("invoer", "datum"),
    [("31-12-2026", dt.date(2026, 12, 31)), ("1-2-26", dt.date(2026, 2, 1)), ("2026-12-31", dt.date(2026, 12, 31))],
)
def test_datum(invoer: str, datum: dt.date) -> None:
    assert parse_datum(invoer) == datum


@pytest.mark.parametrize("invoer", ["31-02-2026", "morgen", "", "2026/31/12"])
def test_ongeldige_datum(invoer: str) -> None:
    with pytest.raises(Validatiefout, match="geen geldige datum"):
        parse_datum(invoer)


@pytest.mark.parametrize(
    ("invoer", "bedrag"),
    [("1.234,56", "1234.56"), ("€ 1234,5", "1234.5"), ("1234.56", "1234.56"), ("12.000", "12000"), ("0", "0")],
)
def test_bedrag(invoer: str, bedrag: str) -> None:
    assert parse_bedrag(invoer) == Decimal(bedrag)


@pytest.mark.parametrize(("invoer", "deel"), [("-5", "negatief"), ("12,345", "1.234,56"), ("abc", "1.234,56")])
def test_ongeldig_bedrag(invoer: str, deel: str) -> None:
    with pytest.raises(Validatiefout, match=deel):
        parse_bedrag(invoer)


@given(st.decimals(min_value=0, max_value=10_000_000, places=2, allow_nan=False, allow_infinity=False))
def test_bedrag_heen_en_terug(bedrag: Decimal) -> None:
    assert parse_bedrag(euro(bedrag)) == bedrag


def test_zoeknaam() -> None:
    assert zoeknaam("Çelik") == "celik"
    assert zoeknaam("  El   Amrani ") == "el amrani"
    assert zoeknaam("Łukasz")[1:] == "ukasz"
