"""File > Personal data…: what a workshop holds about people, removing a person, anonymising the
participants, and deleting the backups that still hold them.

`__all__` names the modules other packages may import; the others are this package's inside.
"""

__all__ = ["personal_data_dialog"]
