"""Where a word may break at the end of a line: between words, and inside a word only when it must.

Reportlab breaks a word wider than its column anywhere and without a hyphen
("hverdagsrehabilite|ring", "Yrkesverksamm|a"). Given a hyphenator it breaks
at a syllable of the language (pyphen) and adds the hyphen. Lines otherwise
break between words: a hyphen at every line end would make the PDF's text
unsearchable ("bru- kerne"), so a word is offered for hyphenation only when it
is wider than the whole line (`min_width`). A "word" no dictionary knows
(a pasted link, "XXXX…") still has to break somewhere: it may break at any
letter, each break marked with a hyphen too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache

Hyphenator = Callable[[str], Iterator[tuple[str, str]]]

# The workshop's language as pyphen's dictionary names it (bundled with pyphen).
_DICTIONARIES = {"nb": "nb_NO", "nn": "nn_NO", "sv": "sv", "da": "da_DK", "en": "en_GB"}
LONG_WORD = 25  # letters; a word this long that the dictionary cannot break may break anywhere


@lru_cache(maxsize=64)
def hyphenator(language: str, min_width: float = 0.0, font: str = "", size: float = 0.0) -> Hyphenator:
    """(head, tail) pairs for a word, longest head first, as reportlab's `hyphenationLang` callable wants them.

    With `min_width`, only for a word wider than that in `font` at `size` (a line's width).
    """
    import pyphen
    from reportlab.pdfbase.pdfmetrics import stringWidth

    name = _DICTIONARIES.get(language, "en_GB")
    dictionary = pyphen.Pyphen(lang=name) if pyphen.language_fallback(name) else None

    def pairs(word: str) -> Iterator[tuple[str, str]]:
        if min_width and stringWidth(word, font, size) <= min_width:
            return
        found = False
        if dictionary is not None:
            for head, tail in dictionary.iterate(word):
                found = True
                yield head, tail
        if not found and len(word) >= LONG_WORD:
            # Longest head first, but none longer than a line holds: trying every length of a word
            # of a thousand letters, each measured whole, would cost the square of its length.
            longest = len(word) - 2
            if min_width:
                longest = min(longest, fitting_prefix(word, min_width, font, size))
            for cut in range(longest, 1, -1):
                yield word[:cut], word[cut:]

    return pairs


def fitting_prefix(word: str, width: float, font: str, size: float) -> int:
    """How many of the word's first letters fit `width` (by halving: a few measurements)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    low, high = 1, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(word[:middle], font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return low
