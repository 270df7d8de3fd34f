"""Folding used for merging mentions and for scoring (spec section 4)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)
_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=1 << 14)  # ~700 calls an article on ~42 strings: a pure function of the string, cached (bounded)
def fold(text: str) -> str:
    """Case, accents, punctuation and a leading "the" folded away.

    >>> fold("The U.S.")
    'us'
    >>> fold("NVIDIA’s")
    'nvidias'
    >>> fold("  Tengku   Zafrul  ")
    'tengku zafrul'
    """
    t = unicodedata.normalize("NFKD", text)
    if not t.isascii():  # combining marks are not ASCII: most names need no pass over their characters
        t = "".join(c for c in t if not unicodedata.combining(c))
    t = _PUNCT.sub("", t.lower())
    t = _SPACE.sub(" ", t).strip()
    if t.startswith("the "):
        t = t[4:]
    return t


def strip_possessive(text: str) -> str:
    """Drop a trailing possessive.

    >>> strip_possessive("Oracle’s")
    'Oracle'
    >>> strip_possessive("Reuters")
    'Reuters'
    """
    return re.sub(r"\s*['’]s?$", "", text) if re.search(r"['’]s?$", text) and len(text) > 2 else text


def strip_the(text: str) -> str:
    """Drop a leading article.

    >>> strip_the("the United States")
    'United States'
    """
    return re.sub(r"^(the|The)\s+", "", text)
