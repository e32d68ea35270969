"""The six note colours: number keys, text contrast, and distinctness for colour-blind eyes and projectors.

The colour science is written out here rather than taken from a library, so
that each step can be checked against its source:

* sRGB transfer function and the sRGB-to-XYZ matrix (D65): IEC 61966-2-1:1999.
* WCAG relative luminance and contrast ratio: WCAG 2.1, definitions of
  "relative luminance" and "contrast ratio" (https://www.w3.org/TR/WCAG21/).
* Colour-vision deficiency: G. M. Machado, M. M. Oliveira, L. A. F. Fernandes,
  "A Physiologically-based Model for Simulation of Color Vision Deficiency",
  IEEE TVCG 15(6), 2009; the matrices for severity 1.0 from the authors' table
  (https://www.inf.ufrgs.br/~oliveira/pubs_files/CVD_Simulation/CVD_Simulation.html),
  applied to linear RGB and clipped to [0, 1].
* CIELAB (D65 white) and ΔE*ab 1976: CIE 15:2004.
* "Washed-out projector": our own crude model of a bright room and a weak
  projector, linear light compressed to 0.35 + 0.48 * c (raised black level,
  lowered white), as the brief of this test asks.
"""

from __future__ import annotations

import itertools
import math

import pytest

from app.domain.palette import DEFAULT_NOTE_COLOUR, NOTE_COLOURS, colour_for_number, is_hex_colour

Vector = tuple[float, float, float]
Matrix = tuple[Vector, Vector, Vector]

# The app draws note text in this colour (widgets/board/note_item.py, _TEXT_COLOUR).
NOTE_TEXT_COLOUR = "#1a1a1a"

MACHADO_2009: dict[str, Matrix] = {
    "protanopia": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
    "deuteranopia": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
    "tritanopia": (
        (1.255528, -0.076749, -0.178779),
        (-0.078411, 0.930809, 0.147602),
        (0.004733, 0.691367, 0.303900),
    ),
}

SRGB_TO_XYZ: Matrix = (
    (0.4124564, 0.3575761, 0.1804375),
    (0.2126729, 0.7151522, 0.0721750),
    (0.0193339, 0.1191920, 0.9503041),
)
D65_WHITE: Vector = (0.95047, 1.0, 1.08883)


def linear_rgb(hex_colour: str) -> Vector:
    """sRGB "#rrggbb" to linear light, each channel 0..1 (IEC 61966-2-1)."""

    def channel(i: int) -> float:
        c = int(hex_colour[i : i + 2], 16) / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return channel(1), channel(3), channel(5)


def apply(matrix: Matrix, v: Vector) -> Vector:
    x, y, z = (sum(row[j] * v[j] for j in range(3)) for row in matrix)
    return x, y, z


def clip(v: Vector) -> Vector:
    a, b, c = (min(1.0, max(0.0, x)) for x in v)
    return a, b, c


def lab(linear: Vector) -> Vector:
    """Linear sRGB to CIELAB under D65 (CIE 15:2004)."""
    xyz = apply(SRGB_TO_XYZ, linear)

    def f(t: float) -> float:
        return t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29

    fx, fy, fz = (f(c / w) for c, w in zip(xyz, D65_WHITE, strict=True))
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def delta_e76(a: Vector, b: Vector) -> float:
    return math.dist(a, b)


def relative_luminance(hex_colour: str) -> float:
    r, g, b = linear_rgb(hex_colour)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: str, b: str) -> float:
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def washed_out(linear: Vector) -> Vector:
    a, b, c = (0.35 + 0.48 * x for x in linear)
    return a, b, c


# -- the math itself, against known values ------------------------------------------------


def test_the_colour_math_matches_reference_values() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic AA near-miss
    white = lab(linear_rgb("#ffffff"))
    assert white == pytest.approx((100.0, 0.0, 0.0), abs=0.01)
    red = lab(linear_rgb("#ff0000"))
    assert red == pytest.approx((53.24, 80.09, 67.20), abs=0.05)
    # Machado's matrices keep white white (each row sums to 1).
    for name, matrix in MACHADO_2009.items():
        assert apply(matrix, (1.0, 1.0, 1.0)) == pytest.approx((1.0, 1.0, 1.0), abs=1e-5), name
    # ...and make red and green, distinct to most eyes, near-twins under deuteranopia.
    red_green = delta_e76(lab(linear_rgb("#ff0000")), lab(linear_rgb("#00ff00")))
    simulated = [lab(clip(apply(MACHADO_2009["deuteranopia"], linear_rgb(h)))) for h in ("#d04040", "#50a040")]
    assert red_green > 80 and delta_e76(*simulated) < 12


# -- the palette --------------------------------------------------------------------------


def test_six_distinct_valid_colours() -> None:
    assert len(NOTE_COLOURS) == 6
    assert len({c.hex for c in NOTE_COLOURS}) == 6
    assert len({c.key for c in NOTE_COLOURS}) == 6
    assert all(is_hex_colour(c.hex) and c.hex == c.hex.lower() for c in NOTE_COLOURS)
    assert NOTE_COLOURS[0].hex == DEFAULT_NOTE_COLOUR


def test_number_keys_pick_the_colours_in_order() -> None:
    assert [colour_for_number(n) for n in range(1, 7)] == [c.hex for c in NOTE_COLOURS]
    for number in (0, 7, -1, 10):
        assert colour_for_number(number) is None


@pytest.mark.parametrize("colour", NOTE_COLOURS, ids=lambda c: c.key)
def test_black_text_has_aaa_contrast(colour) -> None:
    assert contrast_ratio(colour.hex, "#000000") >= 7.0


@pytest.mark.parametrize("colour", NOTE_COLOURS, ids=lambda c: c.key)
def test_the_apps_text_colour_has_aa_contrast(colour) -> None:
    # The palette promises WCAG AA for the text the app really draws. (Green reaches
    # 6.9:1 against #1a1a1a, just short of AAA; see the report of this test suite.)
    assert contrast_ratio(colour.hex, NOTE_TEXT_COLOUR) >= 4.5


def _closest_pair(simulate) -> tuple[float, str, str]:
    labs = {c.key: lab(simulate(linear_rgb(c.hex))) for c in NOTE_COLOURS}
    return min((delta_e76(labs[a], labs[b]), a, b) for a, b in itertools.combinations(labs, 2))


@pytest.mark.parametrize("deficiency", list(MACHADO_2009))
def test_colours_stay_apart_for_colour_blind_eyes(deficiency: str) -> None:
    matrix = MACHADO_2009[deficiency]
    distance, a, b = _closest_pair(lambda rgb: clip(apply(matrix, rgb)))
    assert distance >= 12, f"{a} and {b} are only ΔE {distance:.1f} apart under {deficiency}"


def test_colours_stay_apart_for_normal_vision() -> None:
    distance, a, b = _closest_pair(lambda rgb: rgb)
    assert distance >= 12, f"{a} and {b} are only ΔE {distance:.1f} apart"


def test_colours_stay_apart_on_a_washed_out_projector() -> None:
    distance, a, b = _closest_pair(washed_out)
    assert distance >= 6, f"{a} and {b} are only ΔE {distance:.1f} apart on a washed-out projector"
