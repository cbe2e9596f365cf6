"""Hypothesis settings for the collection tests: moderate example counts, no example database, and its cache in
the temp dir (a .hypothesis folder in the checkout makes pytest's collection warn, an error here)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis.configuration import set_hypothesis_home_dir

set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "werkplek-hypothesis")

settings.register_profile(
    "invordering", max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
