"""Letters and printed overviews for citizens: PDF bytes from plain data, with embedded TTF fonts.

What belongs here (one module per concern; this package file stays empty so importing a data type is cheap):
- `teksten`: the letter texts from `resources/letters/*.<taal>.toml`, with named placeholders and escaping;
- `bouwstenen`: the frozen building blocks a letter is made of (header, address, amounts, steps, schedule, ...);
- `render`: the ReportLab renderer that turns a `Brief` into PDF bytes (pure and deterministic);
- `onderdelen`: the shared, worded parts every letter reuses (letterhead, bezwaar, help, calculation, schedule);
- `gegevens`: the data of the beschikking letters, independent of the ORM;
- `beschikkingen`: the voorschot, definitieve berekening and terugvordering letters.

Nothing here imports Qt, the ORM or `desktop/`/`ui/`: the fonts and letter-text directories are parameters.
"""
