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


def _counts(sample: str) -> tuple[int, int]:
    """How many of the sample's words are English ones, and how many another language's."""
    words = _WORD.findall(sample.lower())
    english = sum(map(_ENGLISH.__contains__, words))
    if sample.isascii():
        other = sum(map(_OTHER.__contains__, words))
    else:  # "für", "été", and any word not in Latin letters
        other = sum(1 for word in words if word in _OTHER or not word.isascii())
    return english, other
