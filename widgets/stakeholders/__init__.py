"""The stakeholder map board: grid, table and summary of gaps.

`__all__` names the modules other packages may import (tests/test_architecture.py holds
every import from outside to it); the others are this package's inside.
"""

__all__ = ["stakeholder_map"]
