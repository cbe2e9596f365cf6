"""Parameters for berekeningsjaar 2025: every value of RULES.md for 2025 with unit, source and status.

What belongs here: data only. Tags in the source text: [P] primary text, [O] official communication, [S]
secondary, *derived*. [P] and [O] values are CONFIRMED; [S]-only, conflicting or derived-from-unconfirmed values
are UNCONFIRMED and the source text says why. Percentages are in % as written in the source.
"""

from __future__ import annotations

from decimal import Decimal

from models.calc.parameters.basis import Parameterset, Tabelrij, bevestigd, onbevestigd

__all__ = ["PARAMETERS"]

D = Decimal
C = bevestigd  # [P] or [O]: CONFIRMED
U = onbevestigd  # [S]-only, conflicting, derived or not found: UNCONFIRMED

JAAR = 2025

PARAMETERS = Parameterset(
    JAAR,
    [
        # --- Zorgtoeslag (Wzt) ------------------------------------------------------------------------------
        C(
            "zt.standaardpremie",
            "Standaardpremie zorgtoeslag",
            D("2112"),
            "€/jaar",
            "[P] Regeling vaststelling standaardpremie, Stcrt. 2024, 38887 (via TA); ook ML en RR (211200 ct)",
        ),
        C(
            "zt.wml_januari",
            "Wettelijk minimumloon januari",
            D("2191.80"),
            "€/maand",
            "[P] Stcrt. 2024, 33625 (via TA); ook EM $MinWage_m",
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
            D("28406"),
            "€/jaar",
            "[O] Dienst Toeslagen, folder 'Berekening zorgtoeslag 2025' (TG 082 1Z51FD, via TA SOURCES.md); ook EM "
            "$bhlmt_B_amt. Wettelijk 108% × 12 × 2.191,80 = 28.405,728; de Dienst rekent met hele euro's",
        ),
        C(
            "zt.normpremie_pct_drempel_alleen",
            "Normpremiepercentage drempelinkomen zonder partner",
            D("1.896"),
            "%",
            "[P] Stb. 2024, 351 (via TA CHANGES.md)",
        ),
        C(
            "zt.normpremie_pct_drempel_partner",
            "Normpremiepercentage drempelinkomen met partner",
            D("4.273"),
            "%",
            "[P] Stb. 2024, 351 (via TA CHANGES.md)",
        ),
        C(
            "zt.normpremie_pct_boven_drempel",
            "Normpremiepercentage boven het drempelinkomen",
            D("13.700"),
            "%",
            "[P] Stb. 2024, 351 (via TA CHANGES.md)",
        ),
        C(
            "zt.vermogensgrens_alleen",
            "Vermogensgrens zorgtoeslag zonder partner",
            D("141896"),
            "€",
            "[P] Stcrt. 2024, 37672 (via TA); ook Meijburg Promemorie 2025 p.33",
        ),
        C(
            "zt.vermogensgrens_partner",
            "Vermogensgrens zorgtoeslag met partner",
            D("179429"),
            "€",
            "[P] Stcrt. 2024, 37672 (via TA); ook Meijburg Promemorie 2025 p.33",
        ),
        C(
            "zt.inkomensgrens_alleen",
            "Gepubliceerde inkomensgrens zorgtoeslag zonder partner",
            D("39719"),
            "€/jaar",
            "[O] Dienst Toeslagen folder en 'maximaal inkomen'-pagina (via TA); volgt uit de € 24-regel. Informatief",
        ),
        C(
            "zt.inkomensgrens_partner",
            "Gepubliceerde inkomensgrens zorgtoeslag met partner",
            D("50206"),
            "€/jaar",
            "[O] Dienst Toeslagen folder en 'maximaal inkomen'-pagina (via TA); volgt uit de € 24-regel. Informatief",
        ),
        C(
            "zt.maximum_alleen",
            "Maximale zorgtoeslag zonder partner",
            D("1573"),
            "€/jaar",
            "*derived* uit [P]-waarden: 2112 − 538,58 = 1.573,42 → 1.573. Informatief",
        ),
        C(
            "zt.maximum_partner",
            "Maximale zorgtoeslag met partner",
            D("3010"),
            "€/jaar",
            "*derived* uit [P]-waarden: 4224 − 1.213,79 = 3.010,21 → 3.010. Informatief",
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
            "Doelmatigheidsgrens terugvordering (definitieve berekening in 2025)",
            D("118"),
            "€",
            "[P] Awir art. 26a lid 1, Stcrt. 2024, 38492 art. V (via TA law/CHANGES.md); 'of minder'",
        ),
        # --- Huurtoeslag (Wht), normhuursysteem -------------------------------------------------------------
        C("ht.minimum_leeftijd", "Minimumleeftijd huurtoeslag", 18, "jaar", "[O] Belastingdienst: 18 jaar of ouder"),
        C(
            "ht.maximale_huurgrens",
            "Maximale huurgrens huurtoeslag",
            D("900.07"),
            "€/maand",
            "[O] Rijksoverheid 2024-11-18",
        ),
        C(
            "ht.jongerengrens",
            "Maximale huur als alle bewoners jonger dan 23 zijn",
            D("477.20"),
            "€/maand",
            "[O] Rijksoverheid 2024-11-18 (geldt niet met een kind in het huishouden)",
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
            D("477.20"),
            "€/maand",
            "[S] EM, RB, ML (secundair; gelijk aan de [O] jongerengrens; gevalideerd met de gepubliceerde tabel 2025)",
        ),
        U(
            "ht.aftoppingsgrens_laag",
            "Aftoppingsgrens 1–2 personen",
            D("682.96"),
            "€/maand",
            "[S] EM, RB, ML (secundair; gevalideerd met de gepubliceerde tabel 2025)",
        ),
        U(
            "ht.aftoppingsgrens_hoog",
            "Aftoppingsgrens 3 of meer personen",
            D("731.93"),
            "€/maand",
            "[S] RB, ML: 731,93; EM: 731,92. Conflict van 1 cent: gekozen 731,93 (twee bronnen), alternatief 731,92",
        ),
        U(
            "ht.servicekosten_max",
            "Maximale subsidiabele servicekosten",
            D("48"),
            "€/maand",
            "[S] hya.nl ('tot eind 2025 … max. € 48'), bewonersraadtiel-buren; "
            "plafond per categorie (€ 12) onbevestigd",
        ),
        U(
            "ht.factor_a.ep",
            "Normhuurfactor a eenpersoonshuishouden",
            D("0.000000438698"),
            "",
            "[S] EM en RB; bevestigd doordat de formule alle 16 rijen van de gepubliceerde tabel 2025 reproduceert",
        ),
        U(
            "ht.factor_b.ep",
            "Normhuurfactor b eenpersoonshuishouden",
            D("0.000446392665"),
            "",
            "[S] EM en RB; bevestigd doordat de formule alle 16 rijen van de gepubliceerde tabel 2025 reproduceert",
        ),
        U(
            "ht.factor_a.mp",
            "Normhuurfactor a meerpersoonshuishouden",
            D("0.000000298184"),
            "",
            "[S] EM en RB; niet onafhankelijk gevalideerd",
        ),
        U(
            "ht.factor_b.mp",
            "Normhuurfactor b meerpersoonshuishouden",
            D("-0.001382497146"),
            "",
            "[S] EM en RB; niet onafhankelijk gevalideerd",
        ),
        U(
            "ht.minimum_inkomensijkpunt.ep",
            "Minimum-inkomensijkpunt eenpersoonshuishouden",
            D("22700"),
            "€/jaar",
            "[S] EM, RB. Informatief: de normhuur is max(minimumnormhuur, a·Y² + b·Y)",
        ),
        U(
            "ht.minimum_inkomensijkpunt.mp",
            "Minimum-inkomensijkpunt meerpersoonshuishouden",
            D("30450"),
            "€/jaar",
            "[S] EM, RB. Informatief: de normhuur is max(minimumnormhuur, a·Y² + b·Y)",
        ),
        U("ht.minimum_normhuur.ep", "Minimumnormhuur eenpersoonshuishouden", D("236.19"), "€/maand", "[S] EM"),
        U("ht.minimum_normhuur.mp", "Minimumnormhuur meerpersoonshuishouden", D("234.38"), "€/maand", "[S] EM"),
        U(
            "ht.minimum_basishuur.ep",
            "Minimumbasishuur eenpersoonshuishouden",
            D("199.05"),
            "€/maand",
            "[S] EM, RB; = minimumnormhuur − 37,14. Informatief",
        ),
        U(
            "ht.minimum_basishuur.mp",
            "Minimumbasishuur meerpersoonshuishouden",
            D("197.24"),
            "€/maand",
            "[S] EM, RB; = minimumnormhuur − 37,14. Informatief",
        ),
        C(
            "ht.verlaging_basishuur",
            "Verlaging basishuur",
            D("37.14"),
            "€/maand",
            "[P] Wet verlaging eigen bijdrage huurtoeslag, BWBR0049106 art. 1 onder b",
        ),
        U(
            "ht.deel_a_pct",
            "Vergoeding deel A (tot kwaliteitskortingsgrens)",
            D("100"),
            "%",
            "[S] EM-formule (Wht art. 20–21); gevalideerd met de gepubliceerde tabel 2025",
        ),
        U(
            "ht.deel_b_pct",
            "Vergoeding deel B (tot aftoppingsgrens)",
            D("65"),
            "%",
            "[S] EM-formule (Wht art. 20–21); gevalideerd met de gepubliceerde tabel 2025",
        ),
        U(
            "ht.deel_c_pct",
            "Vergoeding deel C (boven aftoppingsgrens)",
            D("40"),
            "%",
            "[S] EM-formule; vanaf 2025 voor alle huishoudens (Rijksoverheid 2024-12-17); gevalideerd met de tabel",
        ),
        C(
            "ht.vermogensgrens_alleen",
            "Vermogensgrens huurtoeslag zonder partner",
            D("37395"),
            "€",
            "[P] Awir art. 7 lid 3, Stcrt. 2024, 38492 art. V (via TA); ook Meijburg p.33",
        ),
        C(
            "ht.vermogensgrens_partner",
            "Vermogensgrens huurtoeslag met partner",
            D("74790"),
            "€",
            "[P] Awir art. 7 lid 3, Stcrt. 2024, 38492 art. V (via TA); ook Meijburg p.33",
        ),
        C(
            "ht.vermogensgrens_medebewoner",
            "Vermogensgrens per medebewoner",
            D("37395"),
            "€",
            "[P] Awir art. 7 lid 4 (bedrag = lid 3 alleenstaande; TA CHANGES.md)",
        ),
        C(
            "ht.vrijstelling_kind",
            "Vrijgesteld inkomen thuiswonend kind jonger dan 23",
            D("6042"),
            "€/jaar",
            "[P] Awir art. 7 (Stcrt. 2024, 38492, via TA); [O] Belastingdienst 'thuiswonende kinderen met inkomen': "
            "vrijstelling geldt tot en met het jaar waarin het kind 23 wordt",
        ),
        # --- Kindgebonden budget (WKB) ----------------------------------------------------------------------
        U(
            "kgb.bedrag_per_kind",
            "Kindgebonden budget per kind",
            D("2511"),
            "€/jaar",
            "[S] EM $chall_C1, wierdavannes.nl, ML (secundair, drie bronnen eens)",
        ),
        U("kgb.toeslag_12_15", "Kindgebonden budget extra kind 12–15 jaar", D("703"), "€/jaar", "[S] EM $chall_I1, ML"),
        U("kgb.toeslag_16_17", "Kindgebonden budget extra kind 16–17 jaar", D("936"), "€/jaar", "[S] EM $chall_I2, ML"),
        U(
            "kgb.alo_kop",
            "Alleenstaande-ouderkop",
            D("3389"),
            "€/jaar",
            "[S] EM $chall_S1, wierdavannes ('daalt van € 3.480 naar € 3.389'); ML gebruikt 3.480 (fout)",
        ),
        U("kgb.afbouw_pct", "Afbouwpercentage kindgebonden budget", D("7.10"), "%", "[S] EM $chall_D, ML"),
        U(
            "kgb.drempel_alleen",
            "Drempelinkomen kindgebonden budget zonder partner",
            D("28406"),
            "€/jaar",
            "[S] EM $chall_B1 (= drempelinkomen zorgtoeslag zoals toegepast)",
        ),
        U(
            "kgb.drempel_partner",
            "Drempelinkomen kindgebonden budget met partner",
            D("37545"),
            "€/jaar",
            "[S] EM $chall_B2 (= 28.406 + 9.139); ML gebruikt 49.555 (fout)",
        ),
        U(
            "kgb.vermogensgrens_alleen",
            "Vermogensgrens kindgebonden budget zonder partner",
            D("141896"),
            "€",
            "[S] Meijburg p.33 en mkbsalarisadviseurs (gelijk aan zorgtoeslag [P]); "
            "niet in een primaire tekst voor KGB",
        ),
        U(
            "kgb.vermogensgrens_partner",
            "Vermogensgrens kindgebonden budget met partner",
            D("179429"),
            "€",
            "[S] Meijburg p.33 en mkbsalarisadviseurs (gelijk aan zorgtoeslag [P]); "
            "niet in een primaire tekst voor KGB",
        ),
        C("kgb.leeftijdsgrens", "Kindgebonden budget voor kinderen jonger dan", 18, "jaar", "[P] WKB art. 2; AKW"),
        # --- Kinderopvangtoeslag (Wko) ----------------------------------------------------------------------
        U(
            "kot.max_uurprijs.dagopvang",
            "Maximum uurprijs dagopvang",
            D("10.71"),
            "€/uur",
            "[S] Meijburg p.33 en kinderopvang-wijzer.nl 'maximum uurtarieven 2025' (secundair)",
        ),
        U(
            "kot.max_uurprijs.bso",
            "Maximum uurprijs buitenschoolse opvang",
            D("9.52"),
            "€/uur",
            "[S] Meijburg p.33 en kinderopvang-wijzer.nl (secundair)",
        ),
        U(
            "kot.max_uurprijs.gastouderopvang",
            "Maximum uurprijs gastouderopvang",
            D("8.10"),
            "€/uur",
            "[S] Meijburg p.33 en kinderopvang-wijzer.nl (secundair)",
        ),
        U(
            "kot.max_uren_per_maand",
            "Maximum aantal opvanguren per kind per maand",
            D("230"),
            "uur",
            "[S] stichtingpeuterwerk.nl, liefbeestje.nl, kinderopvanglappelein.nl (230 per maand, 2.760 per jaar)",
        ),
        U(
            "kot.grens_96pct",
            "Inkomen tot waar 96% kinderopvangtoeslag geldt",
            D("47403"),
            "€/jaar",
            "[S] kinderopvanglappelein 2025 en kinderopvangkoos (inkomensklassen 2025)",
        ),
        U(
            "kot.tabel_eerste_kind",
            "Percentagetabel kinderopvangtoeslag eerste kind",
            (
                Tabelrij(None, D("47403"), D("96.00"), "[S] kinderopvanglappelein 2025"),
                Tabelrij(D("47404"), D("49108"), D("95.30"), "[S] kinderopvanglappelein 2025"),
                Tabelrij(D("49109"), D("50811"), D("94.60"), "[S] kinderopvanglappelein 2025"),
                Tabelrij(
                    D("159225"),
                    None,
                    D("33.30"),
                    "[S] vaste voet vanaf € 159.225 (kinderopvang-wijzer.nl, kinderopvanglappelein)",
                ),
            ),
            "",
            "[S] alleen deelrijen bekend; volledige bijlage I Besluit kinderopvangtoeslag 2025 niet gevonden. "
            "Tussen bekende rijen wordt lineair geïnterpoleerd (zichtbaar gemarkeerd)",
        ),
        U(
            "kot.tabel_volgende_kind",
            "Percentagetabel kinderopvangtoeslag volgende kinderen",
            (
                Tabelrij(None, D("47403"), D("96.00"), "[S] kinderopvanglappelein 2025"),
                Tabelrij(D("47404"), D("49108"), D("95.60"), "[S] kinderopvanglappelein 2025"),
                Tabelrij(D("49109"), D("50811"), D("95.20"), "[S] kinderopvanglappelein 2025"),
                Tabelrij(
                    D("59493"),
                    D("63144"),
                    D("94.50"),
                    "*derived*: 2024-rij 57.276–60.792 (94,5%, lukkepuk [S]) met inkomensklasse 2025 "
                    "(kinderopvangkoos [S]); tweede-kindtabel boven € 52.520 in 2025 niet verhoogd "
                    "(kinderopvang-wijzer.nl [S])",
                ),
                Tabelrij(
                    D("92361"),
                    D("96010"),
                    D("89.80"),
                    "*derived*: 2024-rij 88.920–92.434 (89,8%, lukkepuk [S]) met inkomensklasse 2025 "
                    "(kinderopvangkoos [S]); tweede-kindtabel boven € 52.520 in 2025 niet verhoogd",
                ),
            ),
            "",
            "[S]/*derived* alleen deelrijen bekend; volledige bijlage I niet gevonden. Tussen bekende rijen lineaire "
            "interpolatie; boven de laatste bekende rij het laatst bekende percentage (zichtbaar gemarkeerd)",
        ),
    ],
)
