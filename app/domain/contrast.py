"""WCAG 2.1 relative luminance and contrast ratio, for colours as hex strings or RGB triples.

Pure arithmetic, so the projector theme's promise (text on every note colour
at least 4.5:1, WCAG AA for normal text) can be checked on the colours that
were actually rendered, not only on the palette's nominal ones. The formulas
are WCAG 2.1's definitions of "relative luminance" and "contrast ratio"
(https://www.w3.org/TR/WCAG21/), with the sRGB threshold 0.04045 of
IEC 61966-2-1 (WCAG's 0.03928 gives the same result for 8-bit channels).
"""

from __future__ import annotations

# WCAG AA: normal text needs 4.5:1; large text (24 px, or 18.7 px bold) 3:1.
AA_NORMAL_TEXT = 4.5
AA_LARGE_TEXT = 3.0

RGB = tuple[int, int, int]


def rgb_of(colour: str | RGB) -> RGB:
    """(r, g, b), each 0..255, of "#rrggbb" or of a triple given as it is."""
    if isinstance(colour, str):
        text = colour.lstrip("#")
        if len(text) != 6:
            raise ValueError(f"not a #rrggbb colour: {colour!r}")
        return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)
    r, g, b = colour
    return int(r), int(g), int(b)


def _linear(channel: int) -> float:
    value = channel / 255.0
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str | RGB) -> float:
    """0.0 for black to 1.0 for white."""
    r, g, b = rgb_of(colour)
    return 0.2126 * _linear(r) + 0.7152 * _linear(g) + 0.0722 * _linear(b)


def contrast_ratio(first: str | RGB, second: str | RGB) -> float:
    """From 1.0 (the same luminance) to 21.0 (black on white); the order does not matter."""
    a, b = relative_luminance(first), relative_luminance(second)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)
