"""The wall: which screen, what it follows (Projector), the wall's window and its keys.

`__all__` names the modules other packages may import (tests/test_architecture.py holds
every import from outside to it); the others are this package's inside.
"""

__all__ = ["projector", "projector_keys"]
