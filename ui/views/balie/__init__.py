"""The balie (counter) screen (issue #7): the home view of a baliemedewerker.

What belongs here: `view` (the screen: identify, the restricted picture, actions), `samenvatting` (card texts),
`wat_als` (the what-if dialog on the calculation core), `acties` (callback, referral, standard arrangement) and
`formulier` (the shared behaviour of those dialogs). This file imports nothing.
"""
