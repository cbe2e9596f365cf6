"""The shared calculation core: toeslagen 2024–2026 exact to the cent, explained, with the Awir machinery.

What belongs here: pure functions over plain input dataclasses, standard library only (no Qt, no ORM, no I/O).
Entry points: `models.calc.api` (`bereken`, `afrekenen`, `wat_als`, `bereken_json`) and the `werkplek-reken`
console script (`models.calc.cli`). Parameters per year live in `models.calc.parameters`. This package module
imports nothing, so importing a submodule stays cheap.
"""
