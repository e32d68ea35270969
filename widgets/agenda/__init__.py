"""The agenda, the current step and its timer, as the facilitator sees them.

`__all__` names the modules other packages may import (tests/test_architecture.py holds
every import from outside to it); the others are this package's inside.
"""

__all__ = ["facilitation"]
