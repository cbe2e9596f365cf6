"""Small helpers for the UI tests."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def toon_actief(qtbot, widget: QWidget) -> None:
    """Show a top-level widget and make it the active window, so focus and shortcuts behave as on a desktop."""
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
