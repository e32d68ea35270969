"""Dot voting: recording dots on the board, the panel, setup and results.

`__all__` names the modules other packages may import (tests/test_architecture.py holds
every import from outside to it); the others are this package's inside.
"""

__all__ = ["vote_controller", "vote_panel"]
