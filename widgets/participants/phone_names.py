"""What a phone is called on the laptop's screens: the name it joined with, or "anonymous 3".

One function, so the Participants panel, the waiting notes and the dot voting
panel name a phone the same way (and share one translation).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.model import Device


def phone_label(device: Device) -> str:
    """The phone's name, or "anonymous N" (N: the order it joined in) when it gave none."""
    # The context is the SharingController's, where this string was first translated.
    return device.name or QCoreApplication.translate("SharingController", "anonymous %1").replace(
        "%1", str(device.number)
    )
