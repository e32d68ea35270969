"""The board: view, scene, items and canvas modes. The view is the face; the rest is its inside.

`__all__` names the modules other packages may import (tests/test_architecture.py holds
every import from outside to it); the others are this package's inside.
"""

__all__ = ["board_scene", "board_view", "interaction", "note_item", "sector_legend"]
