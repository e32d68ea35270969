"""File > New workshop: the wizard and its participants table.

`__all__` names the modules other packages may import (tests/test_architecture.py holds
every import from outside to it); the others are this package's inside.
"""

__all__ = ["new_workshop_wizard"]
