"""Company and person names: legal suffixes, honorifics, courtesy titles."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from pipeline.normalize.text import fold, strip_possessive, strip_the
from pipeline.resources import load_json

# Articles a firm's name may have after the word that opens it: "Minas La Biznaga", "Compañía El Molino" (its short
# name is the words after both: "Biznaga").
NAME_ARTICLES = frozenset({"la", "el", "los", "las", "le", "les", "l'", "o", "a", "os", "as", "il", "lo"})


@lru_cache(maxsize=1)
def _suffix_regex() -> tuple[re.Pattern[str], re.Pattern[str]]:
    cues = load_json("company_cues.json")
    sfx = sorted(cues["legal_suffixes"], key=len, reverse=True)
    pre = sorted(cues["legal_prefixes"], key=len, reverse=True)
    suffix = re.compile(r"(?:,?\s+(?:" + "|".join(re.escape(s) for s in sfx) + r"))+\s*$")
    prefix = re.compile(r"^(?:" + "|".join(re.escape(p) for p in pre) + r")\s+(?=[A-Z0-9])")
    return suffix, prefix


@lru_cache(maxsize=1)
def _suffix_last_words() -> frozenset[str]:
    return frozenset(s.split()[-1] for s in load_json("company_cues.json")["legal_suffixes"])


def _may_end_in_suffix(text: str) -> bool:
    """Whether the suffix regex can match ``text``: it is anchored at the end (``SUFFIX\\s*$``, after
    whitespace), so the last word must be a legal form's last word. The regex tries its ~100 forms at every
    space (~4 µs a name); this test is a set lookup, and the regex runs only where it passes."""
    words = text.rsplit(None, 1)
    return bool(words) and words[-1] in _suffix_last_words()


@lru_cache(maxsize=1 << 14)  # ~420 calls an article on ~105 texts: a pure function of the string, cached (bounded)
def company_name(text: str) -> str:
    """Canonical company name: no leading "the", possessive or legal form.

    >>> company_name("Sime Darby Sdn Bhd")
    'Sime Darby'
    >>> company_name("PT Telkom Indonesia Tbk")
    'Telkom Indonesia'
    >>> company_name("Samsung Electronics Co., Ltd.")
    'Samsung Electronics'
    >>> company_name("Oracle’s")
    'Oracle'
    >>> company_name("The Walt Disney Company")
    'Walt Disney'
    >>> company_name("Cobalt Hyperscale Pte Ltd,")
    'Cobalt Hyperscale'
    >>> company_name("Clyde & Co")
    'Clyde & Co'
    >>> company_name("Nordfyns Bank A/S."), company_name("Stroymontazh Trakia EOOD")
    ('Nordfyns Bank', 'Stroymontazh Trakia')
    """
    suffix, prefix = _suffix_regex()
    whole = strip_possessive(strip_the(" ".join(text.split()).rstrip(" ,;:")))
    if whole.endswith(".") and not _may_end_in_suffix(whole) and _may_end_in_suffix(whole[:-1]):
        whole = whole[:-1]  # "a loan from Nordfyns Bank A/S.": the sentence's full stop after a legal form
    t = (suffix.sub("", whole) if _may_end_in_suffix(whole) else whole).strip(" ,")
    if t.endswith((" &", " and")):
        t = whole  # "& Co" is the firm's name, not a legal form: "Clyde & Co", "Khaitan & Co"
    t = prefix.sub("", t)
    return t or text


# What company_name strips from a name's last word besides a legal form: trailing ",;:" and a possessive.
_WORD_TAIL = re.compile(r"(?:[,;:]|['’]s?)+$")


def _bare(word: str) -> str:
    return _WORD_TAIL.sub("", word) if word[-1] in ",;:'’s" else word


@lru_cache(maxsize=1)
def _legal_form_words() -> frozenset[str]:
    """Every word of every legal form, bare, and "" (a word of punctuation alone, which company_name strips)."""
    return frozenset({_bare(w) for s in load_json("company_cues.json")["legal_suffixes"] for w in s.split()} | {""})


def only_legal_form(text: str) -> bool:
    """Nothing but legal forms: ``company_name("X " + text) == "X"``.

    >>> only_legal_form("S.A.B. de C.V."), only_legal_form("Co., Ltd."), only_legal_form("Foods Ltd")
    (True, True, False)

    company_name takes everything after "X" only where each word is a word of a legal form (one may carry
    the comma before the next form, the last a possessive or trailing punctuation) or punctuation it strips;
    where a word is none of these (most texts: the first word already), company_name need not be asked.
    """
    forms = _legal_form_words()
    if not all(w in forms or _bare(w) in forms for w in text.split()):
        return False
    return company_name("X " + text) == "X"


def has_legal_suffix(text: str) -> bool:
    """
    >>> has_legal_suffix("YTL Power International Bhd")
    True
    >>> has_legal_suffix("Google")
    False
    """
    suffix, prefix = _suffix_regex()
    return bool((_may_end_in_suffix(text) and suffix.search(text)) or prefix.search(text))


def company_key(text: str) -> str:
    """What two mentions of one company share.

    >>> company_key("NVIDIA") == company_key("Nvidia’s")
    True
    """
    return fold(company_name(text))


@lru_cache(maxsize=1)
def _titles() -> dict:
    return load_json("titles.json")


def split_person_tokens(words: Sequence[str]) -> tuple[list[str], list[str]]:
    """Split a person mention's words into (dropped courtesy words, name words).
    Honorifics the person is known by stay in the name.

    >>> split_person_tokens(["Mr", "Lim", "Guan", "Eng"])
    (['Mr'], ['Lim', 'Guan', 'Eng'])
    >>> split_person_tokens(["Datuk", "Seri", "Anwar", "Ibrahim"])
    ([], ['Datuk', 'Seri', 'Anwar', 'Ibrahim'])
    >>> split_person_tokens(["Dr.", "Tengku", "Zafrul"])
    (['Dr.'], ['Tengku', 'Zafrul'])
    """
    courtesy = {c.lower() for c in _titles()["courtesy"]}
    honor = {h.split()[0].lower() for h in _titles()["honorifics"]}
    dropped: list[str] = []
    i = 0
    while i < len(words) - 1 and words[i].lower() in courtesy and words[i].lower() not in honor:
        dropped.append(words[i])
        i += 1
    return dropped, list(words[i:])


@lru_cache(maxsize=1)
def _honor_words() -> frozenset[str]:
    return frozenset(fold(w) for h in _titles()["honorifics"] for w in h.split())


def person_key_parts(name: str) -> list[str]:
    """Folded name words without honorifics, for matching short forms.

    >>> person_key_parts("Tengku Zafrul Aziz")
    ['zafrul', 'aziz']
    >>> person_key_parts("Satya Nadella")
    ['satya', 'nadella']
    """
    honor_words = _honor_words()
    parts = [fold(w) for w in strip_possessive(name).split()]
    core = [p for p in parts if p and p not in honor_words]
    return core or [p for p in parts if p]
