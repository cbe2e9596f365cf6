-- Werkplek Toeslagen: roles, grants and row-level security for the remote store (PostgreSQL 13 or newer).
--
-- Applied by `werkplek-admin init` after the Alembic migrations, as the database owner; idempotent, so it is
-- re-applied after every migration. Every staff member logs in with their own database role (created by
-- `werkplek-admin account`), which is a member of exactly one group role below. The application enforces the
-- same rules in its service layer (models/store/toegang.py); here the database enforces them again, so a
-- crafted query cannot get around them.
--
--   werkplek_balie       servicepunt staff: restricted klantbeeld; no notes, vulnerability indicators, signals,
--                        partner or housemate data
--   werkplek_begeleider  persoonlijk begeleiders: notes only of their caseload, or after logging a reason
--   werkplek_supervisor  approve four-eyes proposals, read the access log and audit trail
--   werkplek_kwaliteit   read-only quality review, incl. access log and audit trail
--
-- The access log (inzage) and audit trail (audit_event) are insert-only for all of them, and an insert can only
-- be made in one's own name.

SELECT pg_advisory_lock(7261002);  -- roles are cluster-wide: one set-up at a time

DO $$
DECLARE
    groep text;
BEGIN
    FOREACH groep IN ARRAY ARRAY['werkplek_app', 'werkplek_balie', 'werkplek_begeleider',
                                 'werkplek_supervisor', 'werkplek_kwaliteit'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = groep) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', groep);
        END IF;
    END LOOP;
END $$;

GRANT werkplek_app TO werkplek_balie, werkplek_begeleider, werkplek_supervisor, werkplek_kwaliteit;

SELECT pg_advisory_unlock(7261002);

-- --- who am I ----------------------------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION werkplek_medewerker_id() RETURNS integer
    LANGUAGE sql STABLE AS
$$ SELECT id FROM medewerker WHERE gebruikersnaam = current_user AND actief $$;

CREATE OR REPLACE FUNCTION werkplek_in_caseload(p_burger_id integer) RETURNS boolean
    LANGUAGE sql STABLE AS
$$ SELECT EXISTS (SELECT 1 FROM begeleidingstraject t
                  WHERE t.burger_id = p_burger_id AND t.begeleider_id = werkplek_medewerker_id()
                    AND t.status <> 'afgesloten') $$;

-- A begeleider outside the caseload sees notes and indicators after registering a reason (an inzage row with a
-- reason other than "eigen caseload") for that citizen during the last 12 hours.
CREATE OR REPLACE FUNCTION werkplek_reden_vastgelegd(p_burger_id integer) RETURNS boolean
    LANGUAGE sql STABLE AS
$$ SELECT EXISTS (SELECT 1 FROM inzage i
                  WHERE i.burger_id = p_burger_id AND i.medewerker_id = werkplek_medewerker_id()
                    AND i.reden <> 'eigen_caseload' AND i.moment > now() - interval '12 hours') $$;

REVOKE ALL ON FUNCTION werkplek_medewerker_id(), werkplek_in_caseload(integer), werkplek_reden_vastgelegd(integer)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION werkplek_medewerker_id(), werkplek_in_caseload(integer), werkplek_reden_vastgelegd(integer)
    TO werkplek_app;

-- --- grants ---------------------------------------------------------------------------------------------------

REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA public
    FROM werkplek_app, werkplek_balie, werkplek_begeleider, werkplek_supervisor, werkplek_kwaliteit;
GRANT USAGE ON SCHEMA public TO werkplek_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO werkplek_app;

-- Everyone reads the household, its toeslagen, claims, arrangements and contacts (the balie's restricted view is
-- a presentation of these; the sensitive tables below are not in this list).
GRANT SELECT ON medewerker, burger, kind, toeslag, beschikking, betaling, vordering,
    betalingsregeling, regeling_vordering, termijn, aflossing, verrekening, begeleidingstraject, contactmoment,
    taak, bezwaar, document, alembic_version
    TO werkplek_app;

-- Access log and audit trail: insert for all; the chain needs the last links; full reading for oversight roles.
GRANT INSERT ON inzage, audit_event TO werkplek_app;
GRANT SELECT (id, moment, medewerker_id, entiteit, entiteit_id, hash) ON audit_event TO werkplek_app;
GRANT SELECT (id, medewerker_id, burger_id, moment, reden) ON inzage TO werkplek_app;
GRANT SELECT ON inzage, audit_event TO werkplek_supervisor, werkplek_kwaliteit;

-- Sensitive tables: no grant at all for balie (the database answers "permission denied"). Servicepunt staff do
-- not see partner or housemate data either (DOMAIN.md §9).
GRANT SELECT ON notitie, kwetsbaarheid, signaal, partnerschap, medebewoner
    TO werkplek_begeleider, werkplek_supervisor, werkplek_kwaliteit;
-- Four-eyes requests hold the proposal's reasons (selection scores, capacity calculations): not for balie.
GRANT SELECT ON beoordeling TO werkplek_begeleider, werkplek_supervisor, werkplek_kwaliteit;

-- Writes. Nobody deletes: records are never hard-deleted (vernietigingsstop; see DOMAIN.md §9.1).
GRANT INSERT ON contactmoment, taak, begeleidingstraject, betalingsregeling, regeling_vordering, termijn, document
    TO werkplek_balie;
GRANT UPDATE (status, version) ON vordering TO werkplek_balie;

GRANT INSERT, UPDATE ON contactmoment, taak, notitie, kwetsbaarheid, begeleidingstraject, betalingsregeling,
    termijn, vordering, bezwaar
    TO werkplek_begeleider, werkplek_supervisor;
GRANT INSERT ON regeling_vordering, aflossing, verrekening, document, beoordeling, betaling
    TO werkplek_begeleider, werkplek_supervisor;
GRANT UPDATE ON signaal, beoordeling TO werkplek_begeleider, werkplek_supervisor;
GRANT INSERT ON signaal TO werkplek_begeleider, werkplek_supervisor;

-- --- row-level security ---------------------------------------------------------------------------------------

ALTER TABLE notitie ENABLE ROW LEVEL SECURITY;
ALTER TABLE kwetsbaarheid ENABLE ROW LEVEL SECURITY;
ALTER TABLE signaal ENABLE ROW LEVEL SECURITY;
ALTER TABLE inzage ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE beoordeling ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS notitie_toezicht ON notitie;
CREATE POLICY notitie_toezicht ON notitie FOR SELECT TO werkplek_supervisor, werkplek_kwaliteit USING (true);
DROP POLICY IF EXISTS notitie_begeleider ON notitie;
CREATE POLICY notitie_begeleider ON notitie FOR SELECT TO werkplek_begeleider
    USING (werkplek_in_caseload(burger_id) OR werkplek_reden_vastgelegd(burger_id));
DROP POLICY IF EXISTS notitie_schrijven ON notitie;
CREATE POLICY notitie_schrijven ON notitie FOR INSERT TO werkplek_begeleider, werkplek_supervisor
    WITH CHECK (medewerker_id = werkplek_medewerker_id());
DROP POLICY IF EXISTS notitie_wijzigen ON notitie;
CREATE POLICY notitie_wijzigen ON notitie FOR UPDATE TO werkplek_begeleider, werkplek_supervisor
    USING (medewerker_id = werkplek_medewerker_id()) WITH CHECK (medewerker_id = werkplek_medewerker_id());

DROP POLICY IF EXISTS kwetsbaarheid_toezicht ON kwetsbaarheid;
CREATE POLICY kwetsbaarheid_toezicht ON kwetsbaarheid FOR SELECT TO werkplek_supervisor, werkplek_kwaliteit
    USING (true);
DROP POLICY IF EXISTS kwetsbaarheid_begeleider ON kwetsbaarheid;
CREATE POLICY kwetsbaarheid_begeleider ON kwetsbaarheid FOR SELECT TO werkplek_begeleider
    USING (werkplek_in_caseload(burger_id) OR werkplek_reden_vastgelegd(burger_id));
DROP POLICY IF EXISTS kwetsbaarheid_schrijven ON kwetsbaarheid;
CREATE POLICY kwetsbaarheid_schrijven ON kwetsbaarheid FOR INSERT TO werkplek_begeleider, werkplek_supervisor
    WITH CHECK (vastgelegd_door = werkplek_medewerker_id());
DROP POLICY IF EXISTS kwetsbaarheid_wijzigen ON kwetsbaarheid;
CREATE POLICY kwetsbaarheid_wijzigen ON kwetsbaarheid FOR UPDATE TO werkplek_begeleider, werkplek_supervisor
    USING (true) WITH CHECK (true);

DROP POLICY IF EXISTS signaal_lezen ON signaal;
CREATE POLICY signaal_lezen ON signaal FOR SELECT
    TO werkplek_begeleider, werkplek_supervisor, werkplek_kwaliteit USING (true);
DROP POLICY IF EXISTS signaal_schrijven ON signaal;
CREATE POLICY signaal_schrijven ON signaal FOR INSERT TO werkplek_begeleider, werkplek_supervisor WITH CHECK (true);
DROP POLICY IF EXISTS signaal_wijzigen ON signaal;
CREATE POLICY signaal_wijzigen ON signaal FOR UPDATE TO werkplek_begeleider, werkplek_supervisor
    USING (true) WITH CHECK (true);

DROP POLICY IF EXISTS inzage_eigen ON inzage;
CREATE POLICY inzage_eigen ON inzage FOR SELECT TO werkplek_app USING (medewerker_id = werkplek_medewerker_id());
DROP POLICY IF EXISTS inzage_toezicht ON inzage;
CREATE POLICY inzage_toezicht ON inzage FOR SELECT TO werkplek_supervisor, werkplek_kwaliteit USING (true);
DROP POLICY IF EXISTS inzage_vastleggen ON inzage;
CREATE POLICY inzage_vastleggen ON inzage FOR INSERT TO werkplek_app
    WITH CHECK (medewerker_id = werkplek_medewerker_id());

DROP POLICY IF EXISTS audit_lezen ON audit_event;
CREATE POLICY audit_lezen ON audit_event FOR SELECT TO werkplek_app USING (true);
DROP POLICY IF EXISTS audit_vastleggen ON audit_event;
CREATE POLICY audit_vastleggen ON audit_event FOR INSERT TO werkplek_app
    WITH CHECK (medewerker_id = werkplek_medewerker_id());

-- Four eyes in the database too: a proposal is decided by someone else than the proposer, and only a supervisor
-- decides (the CHECK constraint vier_ogen also forbids beoordeeld_door = voorgesteld_door for everyone).
DROP POLICY IF EXISTS beoordeling_lezen ON beoordeling;
CREATE POLICY beoordeling_lezen ON beoordeling FOR SELECT TO werkplek_app USING (true);
DROP POLICY IF EXISTS beoordeling_voorstellen ON beoordeling;
CREATE POLICY beoordeling_voorstellen ON beoordeling FOR INSERT TO werkplek_begeleider, werkplek_supervisor
    WITH CHECK (voorgesteld_door = werkplek_medewerker_id() AND beoordeeld_door IS NULL);
DROP POLICY IF EXISTS beoordeling_intrekken ON beoordeling;
CREATE POLICY beoordeling_intrekken ON beoordeling FOR UPDATE TO werkplek_begeleider, werkplek_supervisor
    USING (voorgesteld_door = werkplek_medewerker_id() AND status = 'open')
    WITH CHECK (voorgesteld_door = werkplek_medewerker_id() AND beoordeeld_door IS NULL
                AND status IN ('open', 'ingetrokken'));
DROP POLICY IF EXISTS beoordeling_beoordelen ON beoordeling;
CREATE POLICY beoordeling_beoordelen ON beoordeling FOR UPDATE TO werkplek_supervisor
    USING (status = 'open' AND voorgesteld_door <> werkplek_medewerker_id())
    WITH CHECK (beoordeeld_door = werkplek_medewerker_id() AND voorgesteld_door <> werkplek_medewerker_id());

-- An arrangement under review only becomes active, and a pause only starts, in the same transaction in which a
-- supervisor other than the proposer approved it. Without this a crafted UPDATE by the proposer could skip the
-- four eyes on the arrangement itself (the beoordeling row is protected by the policies above).
CREATE OR REPLACE FUNCTION werkplek_regeling_vier_ogen() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF (OLD.status = 'ter_beoordeling' AND NEW.status = 'actief')
       OR (OLD.pauze_van IS NULL AND NEW.pauze_van IS NOT NULL) THEN
        IF NOT EXISTS (
            SELECT 1 FROM beoordeling b
            WHERE b.onderwerp_type = 'betalingsregeling' AND b.onderwerp_id = NEW.id
              AND b.status = 'goedgekeurd' AND b.beoordeeld_door IS NOT NULL
              AND b.beoordeeld_door <> b.voorgesteld_door
              AND age(b.xmin) = 0  -- decided in this very transaction
        ) THEN
            RAISE EXCEPTION 'Vier ogen: betalingsregeling % kan alleen na goedkeuring door een ander actief worden '
                            'of gepauzeerd.', NEW.id
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    RETURN NEW;
END
$$;

DROP TRIGGER IF EXISTS regeling_vier_ogen ON betalingsregeling;
CREATE TRIGGER regeling_vier_ogen BEFORE UPDATE ON betalingsregeling
    FOR EACH ROW EXECUTE FUNCTION werkplek_regeling_vier_ogen();
