"""Emailing the summary: the email dialog, the outbox, the mail server settings.

`__all__` names the modules other packages may import (tests/test_architecture.py holds
every import from outside to it); the others are this package's inside.
"""

__all__ = ["mail_actions"]
