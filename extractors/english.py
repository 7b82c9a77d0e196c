"""Tell English prose from prose in another language, from its commonest words.

Speakers are read from English sentence shapes: a capitalised phrase before "said"
is a name. In German every noun is capitalised, so the same reading makes "Die
Erweiterung" a speaker; a wrong name is worse than none, so speakers are only named
in English text. The page's declared language is not enough: pages declare "en"
over German copy and nothing at all over text files.
"""
from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+")
# Words common in English and rare as words elsewhere ("to", "is", "in", "was", "for"
# and "at" are words in Polish, Dutch, German or Danish too, so they count for neither).
_ENGLISH = frozenset("the of and that with he she said his her they have has this from by are be not "
                     "but who would which their were it".split())
# The commonest words of the other languages news is written in with Latin letters.
_OTHER = frozenset((
    "der die das und ist nicht ein eine mit sich auf dem den des von im sie auch "  # German
    "le la les des et est une du dans pour pas qui sur au "  # French
    "el los las del que y por con una para se "  # Spanish
    "il di che non per della sono "  # Italian
    "het een van en zijn niet met voor "  # Dutch
    "og er det til på av som ikke att och är "  # Scandinavian
    "não uma com os "  # Portuguese
    "się nie jest na że jak ale je ve").split())  # Polish, Czech
# Enough text to tell: the opening of a long article says as much as the whole, and
# its first lines alone most often (a clear verdict there is kept).
_OPENING_CHARS = 1000
_SAMPLE_CHARS = 3000


def reads_as_english(text: str) -> bool:
    """True when English words clearly outnumber other languages' (twice over);
    True too for a text with neither, as a lone quoted sentence."""
    english, other = _counts(text[:_OPENING_CHARS])
    if english >= 4 * other + 10:
        return True
    if other >= 2 * english + 10:
        return False
    english, other = _counts(text[:_SAMPLE_CHARS])
    return english >= 2 * other


# The marks and dashes of news copy outside ASCII (curly quotes, dashes,
# guillemets, the no-break space), none of them a character of a word; a sample
# with no other character outside ASCII has only ASCII letters in its words.
_PUNCTUATION = "\u2018\u2019\u201a\u201c\u201d\u201e\u2013\u2014\u2026\u00ab\u00bb\u00a0"
_WORDISH_OUTSIDE_ASCII = re.compile("[^\x00-\x7f" + _PUNCTUATION + "]")
# Bytes: an ASCII letter is kept, every other byte becomes a space.
_LETTERS_ONLY = bytes(c if chr(c).isalpha() else 32 for c in range(128)) + b" " * 128
_ENGLISH_BYTES = frozenset(w.encode() for w in _ENGLISH)
_OTHER_BYTES = frozenset(w.encode() for w in _OTHER if w.isascii())


def _counts(sample: str) -> tuple[int, int]:
    """How many of the sample's words are English ones, and how many another language's."""
    if _WORDISH_OUTSIDE_ASCII.search(sample) is None:
        # (most English samples: the words are the runs of ASCII letters, each
        # mark outside ASCII made a "?" and then a space, split apart in C
        # rather than matched by _WORD one Unicode class test at a time)
        words = sample.lower().encode("ascii", "replace").translate(_LETTERS_ONLY).split()
        return sum(map(_ENGLISH_BYTES.__contains__, words)), sum(map(_OTHER_BYTES.__contains__, words))
    words = _WORD.findall(sample.lower())
    english = sum(map(_ENGLISH.__contains__, words))
    if sample.isascii():
        other = sum(map(_OTHER.__contains__, words))
    else:  # "für", "été", and any word not in Latin letters
        other = sum(1 for word in words if word in _OTHER or not word.isascii())
    return english, other
