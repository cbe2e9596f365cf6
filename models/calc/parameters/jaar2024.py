"""Parameters for berekeningsjaar 2024: every value of RULES.md for 2024 with unit, source and status.

What belongs here: data only. Tags in the source text: [P] primary text, [O] official communication, [S]
secondary, *derived*. [P] and [O] values are CONFIRMED; [S]-only, conflicting or derived-from-unconfirmed values
are UNCONFIRMED and the source text says why. Percentages are in % as written in the source.

Huurtoeslag 2024: the Regeling huurtoeslaggrenzen 2024 (factors a/b, minimum normhuur) was not found. The
normhuur curve of the Regeling huurtoeslaggrenzen 2023 ([P] wetten.overheid.nl BWBR0047483 art. 3–4, found with
the search tool) is used as a proxy and marked UNCONFIRMED; with the 2023 ijkpunten it reproduces the 2023
basishuren (225,54 / 225,54 / 223,72 / 221,91, woonbond). The 2024 verlaging of € 37,72 [P] is applied on top.
"""

from __future__ import annotations

from decimal import Decimal

from models.calc.parameters.basis import Parameterset, Tabelrij, bevestigd, onbevestigd

__all__ = ["PARAMETERS"]

D = Decimal
C = bevestigd  # [P] or [O]: CONFIRMED
U = onbevestigd  # [S]-only, conflicting, derived or not found: UNCONFIRMED

JAAR = 2024

_PROXY_2023 = (
    "proxy: Regeling huurtoeslaggrenzen 2023 ([P] wetten.overheid.nl BWBR0047483 art. 4, geldig 2023); de 2024-"
    "waarde is niet gevonden (RULES.md: UNCONFIRMED)"
)
_MIN_NORMHUUR_2023 = (
    "*derived*: a·Y² + b·Y op het minimum-inkomensijkpunt 2023 (BWBR0047483 art. 3) met de factoren 2023; gelijk aan "
    "de basishuur 2023 van woonbond [S]. Proxy voor 2024: de 2024-waarde is niet gevonden"
)

PARAMETERS = Parameterset(
    JAAR,
    [
        # --- Zorgtoeslag (Wzt) ------------------------------------------------------------------------------
        C(
            "zt.standaardpremie",
            "Standaardpremie zorgtoeslag",
            D("1987"),
            "€/jaar",
            "[P] Regeling vaststelling standaardpremie, Stcrt. 2023, 32413 (via TA); ook ML (198700 ct)",
        ),
        C(
            "zt.wml_januari",
            "Wettelijk minimumloon januari",
            D("2069.40"),
            "€/maand",
            "[P] Stcrt. 2023, 28170 (via TA)",
        ),
        C(
            "zt.drempel_factor",
            "Drempelinkomen als percentage van 12 × WML",
            D("108"),
            "%",
            "[P] Wzt art. 1 lid 1 onder f: 108% van twaalf maal het WML-maandbedrag van januari",
        ),
        C(
            "zt.drempelinkomen_praktijk",
            "Drempelinkomen zorgtoeslag zoals toegepast",
            D("26819"),
            "€/jaar",
            "[O] Dienst Toeslagen, folder 'Berekening zorgtoeslag 2024' (TG 082 1Z41FD, via TA SOURCES.md). "
            "Wettelijk 108% × 12 × 2.069,40 = 26.819,424; de Dienst rekent met hele euro's",
        ),
        C(
            "zt.normpremie_pct_drempel_alleen",
            "Normpremiepercentage drempelinkomen zonder partner",
            D("1.879"),
            "%",
            "[P] Stb. 2022, 472 (via TA CHANGES.md)",
        ),
        C(
            "zt.normpremie_pct_drempel_partner",
            "Normpremiepercentage drempelinkomen met partner",
            D("4.256"),
            "%",
            "[P] Stb. 2022, 472 (via TA CHANGES.md)",
        ),
        C(
            "zt.normpremie_pct_boven_drempel",
            "Normpremiepercentage boven het drempelinkomen",
            D("13.670"),
            "%",
            "[P] Stb. 2022, 472 (via TA CHANGES.md)",
        ),
        C(
            "zt.vermogensgrens_alleen",
            "Vermogensgrens zorgtoeslag zonder partner",
            D("140213"),
            "€",
            "[P] Stcrt. 2023, 29706 (via TA); ook Meijburg Promemorie 2025 p.33",
        ),
        C(
            "zt.vermogensgrens_partner",
            "Vermogensgrens zorgtoeslag met partner",
            D("177301"),
            "€",
            "[P] Stcrt. 2023, 29706 (via TA); ook Meijburg Promemorie 2025 p.33",
        ),
        C(
            "zt.inkomensgrens_alleen",
            "Gepubliceerde inkomensgrens zorgtoeslag zonder partner",
            D("37496"),
            "€/jaar",
            "[O] Dienst Toeslagen folder en 'maximaal inkomen'-pagina (via TA); volgt uit de € 24-regel. Informatief",
        ),
        C(
            "zt.inkomensgrens_partner",
            "Gepubliceerde inkomensgrens zorgtoeslag met partner",
            D("47368"),
            "€/jaar",
            "[O] Dienst Toeslagen folder en 'maximaal inkomen'-pagina (via TA); volgt uit de € 24-regel. Informatief",
        ),
        C(
            "zt.maximum_alleen",
            "Maximale zorgtoeslag zonder partner",
            D("1483"),
            "€/jaar",
            "[O] folder 'Berekening zorgtoeslag 2024' (via TA). Informatief",
        ),
        C(
            "zt.maximum_partner",
            "Maximale zorgtoeslag met partner",
            D("2833"),
            "€/jaar",
            "[O] folder 'Berekening zorgtoeslag 2024' (via TA). Informatief",
        ),
        C(
            "zt.partner_niet_verzekerd_pct",
            "Zorgtoeslag bij een partner die geen verzekerde is",
            D("50"),
            "%",
            "[P] Wzt art. 2 lid 4",
        ),
        C(
            "zt.minimum_leeftijd",
            "Minimumleeftijd zorgtoeslag",
            18,
            "jaar",
            "[P] Wzt art. 1 (verzekerde van 18 jaar of ouder; geen Zvw-premie onder 18)",
        ),
        # --- Awir -------------------------------------------------------------------------------------------
        C(
            "awir.minimumbedrag",
            "Minimaal jaarbedrag toeslag",
            D("24"),
            "€/jaar",
            "[P] Awir art. 14 lid 5 (TA: tekst 2024–2026 gelijk)",
        ),
        C(
            "awir.doelmatigheidsgrens",
            "Doelmatigheidsgrens terugvordering (definitieve berekening in 2024)",
            D("116"),
            "€",
            "[O] Belastingdienst 'klein bedrag aan toeslag terugbetalen' (€ 116 bij DT in 2024); [P] Awir art. 26a "
            "lid 1 (via TA law/CHANGES.md); 'of minder'",
        ),
        # --- Huurtoeslag (Wht), normhuursysteem met vier huishoudtypen --------------------------------------
        C("ht.minimum_leeftijd", "Minimumleeftijd huurtoeslag", 18, "jaar", "[O] Belastingdienst: 18 jaar of ouder"),
        C(
            "ht.maximale_huurgrens",
            "Maximale huurgrens huurtoeslag",
            D("879.66"),
            "€/maand",
            "[O] Belastingdienst 'maximale huur' (2024)",
        ),
        C(
            "ht.jongerengrens",
            "Maximale huur als alle bewoners jonger dan 23 zijn",
            D("454.47"),
            "€/maand",
            "[O] Belastingdienst 'maximale huur' (2024); geldt niet met een kind in het huishouden",
        ),
        C(
            "ht.jongeren_leeftijd",
            "Leeftijdsgrens jongerengrens huurtoeslag",
            23,
            "jaar",
            "[O] Belastingdienst 'maximale huur' (alle bewoners jonger dan 23, zonder kind)",
        ),
        U(
            "ht.kwaliteitskortingsgrens",
            "Kwaliteitskortingsgrens",
            D("454.47"),
            "€/maand",
            "[S] woonbond 'normen en grenzen huurtoeslag' (secundair; gelijk aan de [O] jongerengrens)",
        ),
        U("ht.aftoppingsgrens_laag", "Aftoppingsgrens 1–2 personen", D("650.43"), "€/maand", "[S] woonbond"),
        U("ht.aftoppingsgrens_hoog", "Aftoppingsgrens 3 of meer personen", D("697.07"), "€/maand", "[S] woonbond"),
        U(
            "ht.servicekosten_max",
            "Maximale subsidiabele servicekosten",
            D("48"),
            "€/maand",
            "[S] hya.nl, bewonersraadtiel-buren; plafond per categorie (€ 12) onbevestigd",
        ),
        U(
            "ht.aow_leeftijd",
            "AOW-leeftijd",
            67,
            "jaar",
            "AOW art. 7a: pensioengerechtigde leeftijd 67 jaar in 2024 (algemeen bekend; niet in RULES.md en geen bron "
            "opgehaald, daarom onbevestigd)",
        ),
        U("ht.factor_a.ep", "Normhuurfactor a eenpersoonshuishouden", D("0.000000474433"), "", _PROXY_2023),
        U("ht.factor_b.ep", "Normhuurfactor b eenpersoonshuishouden", D("0.002448638402"), "", _PROXY_2023),
        U("ht.factor_a.mp", "Normhuurfactor a meerpersoonshuishouden", D("0.000000279402"), "", _PROXY_2023),
        U("ht.factor_b.mp", "Normhuurfactor b meerpersoonshuishouden", D("0.001893212113"), "", _PROXY_2023),
        U("ht.factor_a.epo", "Normhuurfactor a eenpersoonsouderenhuishouden", D("0.000000671404"), "", _PROXY_2023),
        U("ht.factor_b.epo", "Normhuurfactor b eenpersoonsouderenhuishouden", D("-0.002850602044"), "", _PROXY_2023),
        U("ht.factor_a.mpo", "Normhuurfactor a meerpersoonsouderenhuishouden", D("0.000000430722"), "", _PROXY_2023),
        U("ht.factor_b.mpo", "Normhuurfactor b meerpersoonsouderenhuishouden", D("-0.003611907743"), "", _PROXY_2023),
        U(
            "ht.minimum_normhuur.ep",
            "Minimumnormhuur eenpersoonshuishouden",
            D("225.54"),
            "€/maand",
            _MIN_NORMHUUR_2023,
        ),
        U(
            "ht.minimum_normhuur.mp",
            "Minimumnormhuur meerpersoonshuishouden",
            D("225.54"),
            "€/maand",
            _MIN_NORMHUUR_2023,
        ),
        U(
            "ht.minimum_normhuur.epo",
            "Minimumnormhuur eenpersoonsouderenhuishouden",
            D("223.72"),
            "€/maand",
            _MIN_NORMHUUR_2023,
        ),
        U(
            "ht.minimum_normhuur.mpo",
            "Minimumnormhuur meerpersoonsouderenhuishouden",
            D("221.91"),
            "€/maand",
            _MIN_NORMHUUR_2023,
        ),
        U(
            "ht.minimum_inkomensijkpunt.ep",
            "Minimum-inkomensijkpunt eenpersoonshuishouden",
            D("20700"),
            "€/jaar",
            "[S] toeslagenaanvragen.net. Informatief: niet gebruikt, de normhuur komt uit de proxy-curve 2023",
        ),
        U(
            "ht.minimum_inkomensijkpunt.mp",
            "Minimum-inkomensijkpunt meerpersoonshuishouden",
            D("26975"),
            "€/jaar",
            "[S] toeslagenaanvragen.net. Informatief: niet gebruikt, de normhuur komt uit de proxy-curve 2023",
        ),
        U(
            "ht.minimum_inkomensijkpunt.epo",
            "Minimum-inkomensijkpunt eenpersoonsouderenhuishouden",
            D("22025"),
            "€/jaar",
            "[S] toeslagenaanvragen.net. Informatief: niet gebruikt (proxy-curve 2023)",
        ),
        C(
            "ht.verlaging_basishuur",
            "Verlaging basishuur",
            D("37.72"),
            "€/maand",
            "[P] Wet verlaging eigen bijdrage huurtoeslag, BWBR0049106 art. 1 onder a",
        ),
        U(
            "ht.deel_a_pct",
            "Vergoeding deel A (tot kwaliteitskortingsgrens)",
            D("100"),
            "%",
            "[S] EM-formule (Wht art. 20–21)",
        ),
        U("ht.deel_b_pct", "Vergoeding deel B (tot aftoppingsgrens)", D("65"), "%", "[S] EM-formule (Wht art. 20–21)"),
        U(
            "ht.deel_c_pct",
            "Vergoeding deel C (boven aftoppingsgrens)",
            D("40"),
            "%",
            "[S] EM-formule; in 2024 voor eenpersoons- en AOW-huishoudens (*derived* uit Rijksoverheid 2024-12-17)",
        ),
        U(
            "ht.deel_c_pct_mp_onder_aow",
            "Vergoeding deel C meerpersoonshuishouden onder de AOW-leeftijd",
            D("0"),
            "%",
            "*derived* uit Rijksoverheid 2024-12-17 ('de andere huurtoeslagontvangers kregen deze vergoeding al'); "
            "te controleren tegen Wht art. 21 (2024); uitzondering gehandicapte bewoner niet gemodelleerd",
        ),
        C(
            "ht.vermogensgrens_alleen",
            "Vermogensgrens huurtoeslag zonder partner",
            D("36952"),
            "€",
            "[P] Awir art. 7 lid 3 (via TA); ook woonbond, Meijburg p.33",
        ),
        C(
            "ht.vermogensgrens_partner",
            "Vermogensgrens huurtoeslag met partner",
            D("73904"),
            "€",
            "[P] Awir art. 7 lid 3 (via TA); ook Meijburg p.33",
        ),
        C(
            "ht.vermogensgrens_medebewoner",
            "Vermogensgrens per medebewoner",
            D("36952"),
            "€",
            "[P] Awir art. 7 lid 4 (bedrag = lid 3 alleenstaande; TA CHANGES.md)",
        ),
        C(
            "ht.vrijstelling_kind",
            "Vrijgesteld inkomen thuiswonend kind jonger dan 23",
            D("5970"),
            "€/jaar",
            "[P] Awir art. 7 (via TA); [O] Belastingdienst 'thuiswonende kinderen met inkomen' noemt € 5.970 voor "
            "2024 (bevestigd met de zoekfunctie)",
        ),
        # --- Kindgebonden budget (WKB) ----------------------------------------------------------------------
        U(
            "kgb.bedrag_per_kind",
            "Kindgebonden budget per kind",
            D("2436"),
            "€/jaar",
            "[S] mkbsalarisadviseurs (SZW, Stb. 2023, 489), wierdavannes.nl",
        ),
        U(
            "kgb.toeslag_12_15",
            "Kindgebonden budget extra kind 12–15 jaar",
            D("694"),
            "€/jaar",
            "[S] mkbsalarisadviseurs",
        ),
        U(
            "kgb.toeslag_16_17",
            "Kindgebonden budget extra kind 16–17 jaar",
            D("924"),
            "€/jaar",
            "[S] mkbsalarisadviseurs",
        ),
        U("kgb.alo_kop", "Alleenstaande-ouderkop", D("3480"), "€/jaar", "[S] mkbsalarisadviseurs, leendersgielen"),
        U(
            "kgb.afbouw_pct",
            "Afbouwpercentage kindgebonden budget",
            D("6.75"),
            "%",
            "[S] mkbsalarisadviseurs, wierdavannes",
        ),
        U(
            "kgb.drempel_alleen",
            "Drempelinkomen kindgebonden budget zonder partner",
            D("26820"),
            "€/jaar",
            "[S] mkbsalarisadviseurs: 26.820, € 1 boven het zorgtoeslag-drempelinkomen 26.819 [O]; welke geldt is "
            "onbevestigd (alternatief 26.819)",
        ),
        U(
            "kgb.drempel_partner",
            "Drempelinkomen kindgebonden budget met partner",
            D("35850"),
            "€/jaar",
            "[S] mkbsalarisadviseurs",
        ),
        U(
            "kgb.vermogensgrens_alleen",
            "Vermogensgrens kindgebonden budget zonder partner",
            D("140213"),
            "€",
            "[S] Meijburg p.33, mkbsalarisadviseurs (gelijk aan zorgtoeslag [P]); niet in een primaire tekst voor KGB",
        ),
        U(
            "kgb.vermogensgrens_partner",
            "Vermogensgrens kindgebonden budget met partner",
            D("177301"),
            "€",
            "[S] Meijburg p.33, mkbsalarisadviseurs (gelijk aan zorgtoeslag [P]); niet in een primaire tekst voor KGB",
        ),
        C("kgb.leeftijdsgrens", "Kindgebonden budget voor kinderen jonger dan", 18, "jaar", "[P] WKB art. 2; AKW"),
        # --- Kinderopvangtoeslag (Wko) ----------------------------------------------------------------------
        U(
            "kot.max_uurprijs.dagopvang",
            "Maximum uurprijs dagopvang",
            D("10.25"),
            "€/uur",
            "[S] Meijburg p.33 en kinderopvang-wijzer.nl (secundair)",
        ),
        U(
            "kot.max_uurprijs.bso",
            "Maximum uurprijs buitenschoolse opvang",
            D("9.12"),
            "€/uur",
            "[S] Meijburg p.33 en kinderopvang-wijzer.nl (secundair)",
        ),
        U(
            "kot.max_uurprijs.gastouderopvang",
            "Maximum uurprijs gastouderopvang",
            D("7.53"),
            "€/uur",
            "[S] Meijburg p.33 en kinderopvang-wijzer.nl (secundair)",
        ),
        U(
            "kot.max_uren_per_maand",
            "Maximum aantal opvanguren per kind per maand",
            D("230"),
            "uur",
            "[S] stichtingpeuterwerk.nl, liefbeestje.nl",
        ),
        U(
            "kot.grens_96pct",
            "Inkomen tot waar 96% kinderopvangtoeslag geldt",
            D("28298"),
            "€/jaar",
            "[S] lukkepuk-tabel (eerste rij ≤ € 22.346 → 96%, 96% t/m € 28.298)",
        ),
        U(
            "kot.tabel_eerste_kind",
            "Percentagetabel kinderopvangtoeslag eerste kind",
            (
                Tabelrij(None, D("28298"), D("96.0"), "[S] lukkepuk"),
                Tabelrij(D("28299"), D("29787"), D("95.5"), "[S] lukkepuk"),
                Tabelrij(D("29788"), D("31274"), D("94.4"), "[S] lukkepuk"),
                Tabelrij(D("31275"), D("32758"), D("93.4"), "[S] lukkepuk"),
                Tabelrij(D("57277"), D("60792"), D("80.6"), "[S] lukkepuk"),
                Tabelrij(D("88921"), D("92434"), D("62.5"), "[S] lukkepuk"),
            ),
            "",
            "[S] alleen deelrijen (lukkepuk); volledige bijlage I Besluit kinderopvangtoeslag 2024 niet gevonden; "
            "inkomensgrens van de vaste voet (33,3%) onbekend. Tussen bekende rijen lineaire interpolatie, boven de "
            "laatste bekende rij het laatst bekende percentage (zichtbaar gemarkeerd)",
        ),
        U(
            "kot.tabel_volgende_kind",
            "Percentagetabel kinderopvangtoeslag volgende kinderen",
            (
                Tabelrij(None, D("28298"), D("96.0"), "[S] lukkepuk"),
                Tabelrij(D("28299"), D("29787"), D("95.6"), "[S] lukkepuk"),
                Tabelrij(D("29788"), D("31274"), D("95.4"), "[S] lukkepuk"),
                Tabelrij(D("31275"), D("32758"), D("95.2"), "[S] lukkepuk"),
                Tabelrij(D("57277"), D("60792"), D("94.5"), "[S] lukkepuk"),
                Tabelrij(D("88921"), D("92434"), D("89.8"), "[S] lukkepuk"),
            ),
            "",
            "[S] alleen deelrijen (lukkepuk); volledige tabel niet gevonden. Tussen bekende rijen lineaire "
            "interpolatie, boven de laatste bekende rij het laatst bekende percentage (zichtbaar gemarkeerd)",
        ),
    ],
)
