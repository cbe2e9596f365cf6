"""The synthetic demo population that seeds a store (`werkplek-demo`, and the desktop's first start).

What belongs here, one pipeline in small modules:

- data tables: `namen` (names), `adressen` (cities, postcodes, streets), `teksten` (contact subjects, plans,
  notes), `personeel` (the staff accounts);
- `kalender` (Dutch working days and public holidays, payment dates, office hours in UTC), `identiteit`
  (the synthetic BSN range, IBANs, kenmerken) and `toeval` (seeded random streams, fast weighted choices);
- `huishouden`: synthesise one household with its true and its estimated situation per year;
- `berekening`: compute every amount with the calculation core (`models.calc`);
- `invordering` (claims, arrangements, payments, offsets) and `begeleiding` (trajecten, contacts, tasks,
  notes, vulnerability indicators, objections): the life of a household after its decisions;
- `rijen` and `blok`: a chunk of households as table rows (the part that runs in worker processes);
- `laden`: the bulk loader for SQLite and PostgreSQL; `generator`: `genereer()`; `cli`: `werkplek-demo`.

Nothing in this package imports Qt; only `laden`, `generator` and `cli` touch the database.
"""
