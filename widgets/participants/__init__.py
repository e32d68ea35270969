"""The facilitator's side of participants' phones: sharing, the Participants panel, the join code on the wall.

The window needs only SharingController (its actions for the Present menu and
the toolbar, `set_document`, `attach_wall`, `shutdown`), ParticipantsPanel (for a
dock) and JoinOverlay (placed by the audience view); the dot voting panel names
phones with phone_names. `__all__` names the modules other packages may import;
the others are this package's inside.
"""

__all__ = ["join_overlay", "participants_panel", "phone_names", "sharing_controller"]
