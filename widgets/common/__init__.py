"""What several features share: messages, fonts, the one path for slow work, the phases list.

`__all__` names the modules other packages may import (tests/test_architecture.py holds
every import from outside to it); the others are this package's inside.
"""

__all__ = ["event_loop", "fonts", "jobs", "messages", "phase_navigator", "wall"]
