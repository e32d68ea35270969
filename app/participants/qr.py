"""The join address as a QR code for the wall (segno: pure Python, SVG out, no network)."""

from __future__ import annotations


def join_qr_svg(url: str, *, dark: str = "#000000", light: str = "#ffffff") -> str:
    """An SVG of the join address, sized by its viewBox so the wall can scale it to any size.

    Error correction M is enough for a projected code and keeps the modules large enough
    to scan from the back row; the quiet zone of four modules is part of the image.
    """
    import segno  # about 50 ms: only when sharing starts

    code = segno.make(url, error="m", micro=False)
    return str(code.svg_inline(scale=1, dark=dark, light=light, border=4, omitsize=True))
