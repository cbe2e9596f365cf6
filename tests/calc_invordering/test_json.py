"""The `werkplek-reken` form: `verwerk_json` for every soort, and a Dutch `fout` naming the field."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.calc.betalingsregeling import verwerk_json

MINIMAAL = {"regeling": "betalingsregeling", "soort": "standaard", "schuld": "1000.00", "startdatum": "2026-02-01"}
CAPACITEIT = {
    "leefsituatie": "alleenstaande",
    "netto_inkomen": "1800.00",
    "woonlasten": "700.00",
    "huurtoeslag": "200.00",
    "zorgpremie": "150.00",
    "zorgtoeslag": "120.00",
}
VORDERINGEN = [
    {"kenmerk": "HT 2024", "hoofdsom": "600.00", "uiterste_betaaldatum": "2026-01-01", "schuldenaar": "aanvrager"},
    {"kenmerk": "ZT 2024", "hoofdsom": "300.00", "kosten": "18.00", "uiterste_betaaldatum": "2025-12-01"},
]


def test_minimale_vorm_exact() -> None:
    uit = verwerk_json(dict(MINIMAAL))
    assert uit["termijnbedrag"] == "41.67"
    assert uit["aantal_termijnen"] == 24
    assert uit["termijnen"][0] == {"vervaldatum": "2026-02-01", "bedrag": "41.67"}
    assert uit["termijnen"][-1] == {"vervaldatum": "2028-01-01", "bedrag": "41.59"}
    assert uit["termijnen"][1:-1] == [
        {"vervaldatum": f"{2026 + (m + 1) // 12}-{(m + 1) % 12 + 1:02d}-01", "bedrag": "41.67"} for m in range(1, 23)
    ]
    assert uit["fout"] is None
    assert uit["buiten_beleid"] == [] and isinstance(uit["onbevestigde_parameters"], list)
    assert {"stap", "waarde", "omschrijving", "grondslag"} <= set(uit["uitleg"][0])
    json.dumps(uit)  # everything is JSON


def test_driehonderd_geeft_15_keer_20() -> None:
    uit = verwerk_json({**MINIMAAL, "schuld": "300.00"})
    assert uit["termijnbedrag"] == "20.00" and uit["aantal_termijnen"] == 15
    assert {t["bedrag"] for t in uit["termijnen"]} == {"20.00"}


@pytest.mark.parametrize(
    ("regel", "verwacht"),
    [
        ({**MINIMAAL, "schuld": "-5.00"}, "schuld: mag niet negatief zijn"),
        ({**MINIMAAL, "schuld": "12.345"}, "schuld: mag hoogstens twee decimalen (centen) hebben"),
        ({**MINIMAAL, "schuld": 12.5}, "schuld: verwacht een bedrag"),
        ({**MINIMAAL, "schuld": "twaalf"}, "schuld: 'twaalf' is geen geldig bedrag"),
        ({**MINIMAAL, "schuld": "NaN"}, "schuld: is geen geldig bedrag"),
        ({**MINIMAAL, "startdatum": "2026-02-30"}, "startdatum: '2026-02-30' is geen geldige datum"),
        ({**MINIMAAL, "startdatum": 20260201}, "startdatum: verwacht een datum"),
        ({k: v for k, v in MINIMAAL.items() if k != "startdatum"}, "startdatum: ontbreekt"),
        ({k: v for k, v in MINIMAAL.items() if k != "schuld"}, "schuld: geef óf 'schuld'"),
        ({**MINIMAAL, "startdatum": "2030-01-01"}, "startdatum: voor 2030-01-01 zijn geen invorderingsparameters"),
        ({**MINIMAAL, "soort": "kwijtschelding"}, "soort: onbekende soort 'kwijtschelding'"),
        ({"regeling": "betalingsregeling"}, "soort: ontbreekt"),
        ({**MINIMAAL, "rente": "ja"}, "rente: moet true of false zijn"),
        ({**MINIMAAL, "pauzes": [{"vanaf": "2026-05-01", "maanden": 0}]}, "pauzes[0].maanden: moet een geheel getal"),
        (
            {**MINIMAAL, "schuld": None, "vorderingen": [{"hoofdsom": "10.00"}]},
            "vorderingen[0].uiterste_betaaldatum: ontbreekt",
        ),
        (
            {**MINIMAAL, "schuld": None, "vorderingen": [{"uiterste_betaaldatum": "2026-01-01"}]},
            "vorderingen[0].hoofdsom: ontbreekt",
        ),
        ({**MINIMAAL, "soort": "persoonlijk"}, "capaciteit: ontbreekt"),
        ({**MINIMAAL, "soort": "persoonlijk", "capaciteit": {}}, "capaciteit.leefsituatie: ontbreekt"),
        (
            {**MINIMAAL, "soort": "persoonlijk", "capaciteit": {"leefsituatie": "student"}},
            "capaciteit.leefsituatie: onbekende leefsituatie",
        ),
        (
            {**MINIMAAL, "soort": "persoonlijk", "capaciteit": {**CAPACITEIT, "woonlasten": "-1"}},
            "capaciteit.woonlasten: mag niet negatief zijn",
        ),
        ({**MINIMAAL, "soort": "persoonlijk", "capaciteit": CAPACITEIT, "looptijd": 0}, "looptijd: moet een geheel"),
        (
            {"soort": "rente", "hoofdsom": "10.00", "uiterste_betaaldatum": "2023-06-01", "betaaldatum": "2024-06-01"},
            "uiterste_betaaldatum: voor de periode vóór 2024-01-01",
        ),
        ({"soort": "verrekening", "schuld": "600.00", "startdatum": "2026-03-01"}, "nabetaling: geef óf 'nabetaling'"),
        (
            {
                "soort": "pauze",
                "vorderingen": VORDERINGEN,
                "termijnbedrag": "50.00",
                "volgende_vervaldatum": "2026-06-01",
            },
            "pauze_maanden: ontbreekt",
        ),
        (
            {
                "soort": "verlenging",
                "vorderingen": VORDERINGEN,
                "termijnbedrag": "0.00",
                "volgende_vervaldatum": "2026-06-01",
                "extra_maanden": 6,
            },
            "termijnbedrag: moet groter dan 0 zijn",
        ),
        (
            {
                "soort": "toevoeging",
                "vorderingen": VORDERINGEN,
                "termijnbedrag": "50.00",
                "volgende_vervaldatum": "2026-06-01",
                "regeling_soort": "los",
            },
            "regeling_soort: onbekende soort regeling",
        ),
        (
            {"soort": "toerekening", "bedrag": "50.00", "betaaldatum": "2026-03-01", "vorderingen": []},
            "vorderingen: geef ten minste één vordering",
        ),
    ],
)
def test_foute_invoer_geeft_een_nederlandse_fout_met_het_veld(regel: dict[str, Any], verwacht: str) -> None:
    uit = verwerk_json(regel)
    assert set(uit) == {"fout"}
    assert uit["fout"].startswith(verwacht), uit["fout"]


def test_geen_object() -> None:
    assert verwerk_json(["soort"]) == {"fout": "invoer: verwacht een JSON-object"}  # type: ignore[arg-type]


def test_persoonlijk() -> None:
    uit = verwerk_json(
        {
            **MINIMAAL,
            "soort": "persoonlijk",
            "schuld": "6000.00",
            "startdatum": "2025-02-01",
            "capaciteit": CAPACITEIT,
            "rente": False,
        }
    )
    assert uit["termijnbedrag"] == "190.87" and uit["restant"] == "1419.12"
    assert uit["betalingscapaciteit"]["capaciteit"] == "190.87"
    assert uit["buiten_beleid"] == [
        "stoppen van invorderingsmaatregelen voor het restant van € 1.419,12 na de looptijd"
    ]
    assert uit["rente_berekend"] is False


def test_persoonlijk_capaciteit_te_laag() -> None:
    uit = verwerk_json({**MINIMAAL, "soort": "persoonlijk", "capaciteit": {"leefsituatie": "gehuwden_aow"}})
    assert uit["conclusie"] == "geen invorderingsmaatregelen (betalingscapaciteit te laag)"
    assert uit["termijnen"] == [] and uit["fout"] is None


def test_spijtoptant_en_vorderingen() -> None:
    uit = verwerk_json({"soort": "spijtoptant", "vorderingen": VORDERINGEN, "startdatum": "2026-02-01"})
    assert uit["soort"] == "spijtoptant" and uit["aantal_termijnen"] == 24 and uit["schuld"] == "918.00"


def test_verrekening_voorschot_en_nabetaling() -> None:
    uit = verwerk_json(
        {"soort": "verrekening", "schuld": "600.00", "voorschot_per_maand": "150.00", "startdatum": "2026-03-01"}
    )
    assert uit["termijnbedrag"] == "25.00" and uit["uitbetaling_per_maand"] == "125.00"
    uit = verwerk_json(
        {
            "soort": "verrekening",
            "nabetaling": "1000.00",
            "datum": "2026-03-01",
            "vorderingen": VORDERINGEN,
            "rente": False,
        }
    )
    assert uit["uit_te_betalen"] == "82.00"
    assert [t["kenmerk"] for t in uit["toerekeningen"]] == ["ZT 2024", "HT 2024"]


def test_toerekening_en_rente() -> None:
    uit = verwerk_json(
        {
            "soort": "toerekening",
            "bedrag": "50.00",
            "betaaldatum": "2026-03-01",
            "vorderingen": VORDERINGEN,
            "rente": False,
        }
    )
    assert uit["toerekeningen"] == [
        {
            "kenmerk": "ZT 2024",
            "kosten": "18.00",
            "rente": "0.00",
            "hoofdsom": "32.00",
            "invorderingsrente": "0.00",
            "invorderingsrente_betaald": "0.00",
            "betaald": "50.00",
            "open_na": "268.00",
        }
    ]
    uit = verwerk_json(
        {"soort": "rente", "hoofdsom": "1000.00", "uiterste_betaaldatum": "2025-09-15", "betaaldatum": "2026-03-01"}
    )
    assert uit["invorderingsrente"] == "18.00"
    assert [d["dagen"] for d in uit["rentedagen"]] == [105, 61]


def test_capaciteit_los() -> None:
    uit = verwerk_json({"soort": "capaciteit", "peildatum": "2025-02-01", "capaciteit": CAPACITEIT})
    assert uit["capaciteit"] == "190.87" and uit["fout"] is None


def test_lopende_regeling_wijzigen() -> None:
    basis = {
        "vorderingen": VORDERINGEN[:1],
        "termijnbedrag": "50.00",
        "volgende_vervaldatum": "2026-06-01",
        "betaalde_termijnen": 4,
        "rente": False,
    }
    pauze = verwerk_json({**basis, "soort": "pauze", "pauze_maanden": 2})
    assert pauze["termijnen"][0]["vervaldatum"] == "2026-08-01" and pauze["buiten_beleid"]
    verlengd = verwerk_json({**basis, "soort": "verlenging", "extra_maanden": 12})
    assert verlengd["termijnbedrag"] == "25.00"
    toegevoegd = verwerk_json({**basis, "soort": "toevoeging", "nieuwe_vorderingen": VORDERINGEN[1:]})
    assert toegevoegd["schuld"] == "918.00"
    herberekend = verwerk_json(
        {
            **basis,
            "soort": "herberekening",
            "regeling_soort": "persoonlijk",
            "capaciteit": {"leefsituatie": "alleenstaande", "netto_inkomen": "1500.00"},
        }
    )
    assert herberekend["soort"] == "persoonlijk" and herberekend["termijnbedrag"] == "30.00"


VELDEN = [
    "schuld",
    "startdatum",
    "vorderingen",
    "capaciteit",
    "leefsituatie",
    "hoofdsom",
    "uiterste_betaaldatum",
    "rente",
    "pauzes",
    "looptijd",
    "nabetaling",
    "voorschot_per_maand",
    "datum",
    "bedrag",
    "betaaldatum",
    "termijnbedrag",
    "volgende_vervaldatum",
    "pauze_maanden",
    "extra_maanden",
    "nieuwe_vorderingen",
    "regeling_soort",
    "peildatum",
]

json_waarden = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-10, 10**6)
    | st.floats(allow_nan=True)
    | st.text(max_size=12)
    | st.sampled_from(["1000.00", "-1", "2026-02-01", "2031-13-01", "0", "alleenstaande", "persoonlijk"]),
    lambda kind: st.lists(kind, max_size=3) | st.dictionaries(st.sampled_from(VELDEN), kind, max_size=4),
    max_leaves=8,
)


@settings(settings.get_profile("invordering"))
@given(
    soort=st.sampled_from(
        [
            "standaard",
            "persoonlijk",
            "spijtoptant",
            "verrekening",
            "toerekening",
            "rente",
            "capaciteit",
            "pauze",
            "verlenging",
            "toevoeging",
            "herberekening",
        ]
    ),
    velden=st.dictionaries(st.sampled_from(VELDEN), json_waarden, max_size=8),
)
def test_nooit_een_uitzondering(soort: str, velden: dict[str, Any]) -> None:
    uit = verwerk_json({"regeling": "betalingsregeling", **velden, "soort": soort})
    assert isinstance(uit, dict) and "fout" in uit
    json.dumps(uit)
