"""The main window, its menus and start page, and the safety-net dialogs.

`__all__` names the modules other packages may import (tests/test_architecture.py holds
every import from outside to it); the others are this package's inside.
"""

__all__ = ["main_window", "screenshot"]
