"""Check that a picture from `samskap screenshot` shows the window's parts, not only a PNG.

    python .ci/check_screenshot.py SHOT.png

A picture taken before the parts built after the first frame arrive has the board but an
empty Agenda and an empty Current step panel: the right-hand column is one flat colour.
Each region below must have some ink (pixels far from the region's own background), as
text, lists and notes give it. The regions are fractions of the picture, in the default
layout that `samskap screenshot` always uses (the docks on the right, the board in the
middle). Exit 0 when every region is drawn, 1 naming the blank ones.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

# name: (left, right, top, bottom) as fractions of the picture's width and height
REGIONS = {
    "agenda": (0.80, 0.99, 0.12, 0.50),
    "current step": (0.80, 0.99, 0.55, 0.94),
    "board": (0.25, 0.70, 0.10, 0.90),
}
# Measured on 1280x800 and 1024x640 pictures of the demo: an empty panel has no ink at all,
# a drawn one 10 to 20 % (text and lines), the board about 50 %.
MIN_INK = 0.02
FAR = 60  # summed difference of red, green and blue from the background that counts as ink


def ink(picture, region: tuple[float, float, float, float]) -> float:
    """The share of a region's pixels that differ clearly from its most common colour."""
    left, right, top, bottom = region
    width, height = picture.width(), picture.height()
    pixels = [
        picture.pixel(x, y)
        for y in range(int(top * height), int(bottom * height))
        for x in range(int(left * width), int(right * width))
    ]
    background = Counter(pixels).most_common(1)[0][0]

    def far(pixel: int) -> bool:
        return sum(abs(((pixel >> s) & 255) - ((background >> s) & 255)) for s in (0, 8, 16)) > FAR

    return sum(1 for pixel in pixels if far(pixel)) / len(pixels)


def blank_regions(path: Path) -> dict[str, float]:
    """The regions of the picture at `path` with too little drawn in them, with their ink."""
    from PySide6.QtGui import QImage

    picture = QImage(str(path))
    if picture.isNull():
        raise SystemExit(f"check_screenshot: {path} is not a picture")
    found = {name: ink(picture, region) for name, region in REGIONS.items()}
    return {name: share for name, share in found.items() if share < MIN_INK}


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    blank = blank_regions(Path(sys.argv[1]))
    if blank:
        listed = ", ".join(f"{name} ({share:.1%} drawn)" for name, share in blank.items())
        print(f"check_screenshot: {sys.argv[1]} shows nothing in: {listed}", file=sys.stderr)
        sys.exit(1)
    print(f"check_screenshot: {sys.argv[1]}: agenda, current step and board are drawn")
