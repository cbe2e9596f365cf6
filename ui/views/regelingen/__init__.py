"""The Regelingen view (issue #4): payment arrangements for the household in the klantbeeld.

What belongs here: `view` (the view itself), `editor` (a new arrangement: claims, capacity, options, schedule),
`lopend` (running arrangements and their actions), `capaciteit` (the capacity form) and `vergelijking` (the
options side by side). This file imports nothing, so dialogs may use the capacity form without an import cycle.
"""
