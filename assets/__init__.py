"""Bundled data: fonts (with their licence), icons and translations, read with importlib.resources."""
