"""Samskap: co-creation workshops for municipalities.

The `app` package is the domain, the storage, the exporters and the command
line; it never imports QtWidgets (except the composition root in
`app/__main__.py`). The screen lives in the `widgets` package.
"""

__version__ = "0.1.0"
