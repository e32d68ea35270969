"""The template library dialog (File > Template library).

`__all__` names the modules other packages may import (tests/test_architecture.py holds
every import from outside to it); the others are this package's inside.
"""

__all__ = ["template_library_dialog"]
