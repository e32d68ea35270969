"""What several features share: messages, fonts, the app icon, the one path for slow work, the phases list.

`__all__` names the modules other packages may import (tests/test_architecture.py holds
every import from outside to it); the others are this package's inside.
"""

__all__ = [
    "app_icon",
    "event_loop",
    "fonts",
    "jobs",
    "menu_keys",
    "messages",
    "phase_navigator",
    "text_limit",
    "wall",
]
