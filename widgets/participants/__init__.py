"""The facilitator's side of participants' phones: sharing, the Participants panel, the join code on the wall.

The window needs only SharingController (its actions for the Present menu and
the toolbar, `set_document`, `shutdown`), ParticipantsPanel (for a dock) and
JoinOverlay (placed by the audience view).
"""
