"""WCAG luminance and contrast arithmetic, against values from the WCAG definitions."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.contrast import AA_NORMAL_TEXT, contrast_ratio, relative_luminance, rgb_of
from app.domain.palette import NOTE_COLOURS

channels = st.tuples(*[st.integers(0, 255)] * 3)


def test_black_and_white_are_the_ends_of_the_scale():
    assert relative_luminance("#000000") == 0.0
    assert relative_luminance("#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1.0)


def test_known_values():
    # #767676 on white is the well-known lightest grey that passes AA (4.54:1).
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#777777", "#ffffff") < AA_NORMAL_TEXT
    # Pure green carries most of the luminance: 0.7152 of white.
    assert relative_luminance("#00ff00") == pytest.approx(0.7152)


def test_hex_and_triples_agree_and_bad_text_is_refused():
    assert rgb_of("#1a2B3c") == (0x1A, 0x2B, 0x3C)
    assert relative_luminance("#1a2b3c") == relative_luminance((0x1A, 0x2B, 0x3C))
    for bad in ("#12345", "red", "#1234567", ""):
        with pytest.raises(ValueError):
            rgb_of(bad)


@given(channels, channels)
def test_ratio_is_symmetric_and_between_1_and_21(a, b):
    ratio = contrast_ratio(a, b)
    assert ratio == pytest.approx(contrast_ratio(b, a))
    assert 1.0 <= ratio <= 21.0 + 1e-9


@given(channels)
def test_lighter_channels_never_lower_luminance(colour):
    lighter = tuple(min(255, c + 1) for c in colour)
    assert relative_luminance(lighter) >= relative_luminance(colour)


def test_note_text_colour_passes_aa_on_every_nominal_note_colour():
    for colour in NOTE_COLOURS:
        assert contrast_ratio("#1a1a1a", colour.hex) >= AA_NORMAL_TEXT, colour.key
