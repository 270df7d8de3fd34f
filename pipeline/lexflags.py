"""Matcher patterns with their word-level tests made lexeme flags.

The Matcher checks a pattern token's ``IN``, ``NOT_IN``, ``REGEX`` and
comparison tests (``"LOWER": {"IN": [...]}``, ``"TEXT": {"REGEX": ...}``,
``"LENGTH": {">=": 3}``) by calling a Python object for every token a state
reaches, and a pattern's first token is reached at every token of the doc:
with the company patterns, a dozen Python calls a token. A test that reads
only the word's own string (ORTH, TEXT, LOWER, LENGTH) has the same answer
for every token of that word, so it can be a bit of the word's lexeme
instead, set once when the lexeme is made (``Vocab.add_flag``), which the
Matcher checks in C like ``IS_UPPER``. The tests that read the token in its
sentence (POS, ENT_TYPE) stay as they are. Matches are the same, found in
the same order.
"""

from __future__ import annotations

import operator
import re
from typing import Any

from spacy.errors import MatchPatternError
from spacy.matcher import Matcher
from spacy.schemas import validate_token_pattern
from spacy.vocab import Vocab

# The lexeme attributes a flag can stand for: each a function of the word's string, as spaCy's
# English lexeme attribute getters compute them (LOWER is str.lower, LENGTH is len).
_WORD_ATTRS = ("ORTH", "TEXT", "LOWER", "LENGTH")
_COMPARE = {"==": operator.eq, "!=": operator.ne, ">=": operator.ge, "<=": operator.le, ">": operator.gt,
            "<": operator.lt}
# spaCy's bits FLAG19 .. FLAG63 are left to users (the lower ones are IS_ALPHA, IS_PUNCT, ...).
_FIRST_FREE_BIT, _BITS = 19, 64


class WordTest:
    """One test of a word's string, a lexeme flag's getter (picklable, compared by what it tests)."""

    def __init__(self, attr: str, op: str, value: Any):
        self.key = (attr, op, repr(value))
        self.attr, self.op, self.value = attr, op, value
        self._regex = re.compile(value) if op == "REGEX" else None
        self._set = frozenset(value) if op in ("IN", "NOT_IN") else None

    def __call__(self, string: str) -> bool:
        value = string.lower() if self.attr == "LOWER" else len(string) if self.attr == "LENGTH" else string
        if self._set is not None:
            return (value in self._set) == (self.op == "IN")
        if self._regex is not None:
            return self._regex.search(value) is not None
        return _COMPARE[self.op](value, self.value)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, WordTest) and other.key == self.key

    def __hash__(self) -> int:
        return hash(self.key)


def _flag(vocab: Vocab, test: WordTest) -> int:
    """The vocab's flag bit for ``test``: the one already set up for it, or a new one."""
    for bit, getter in vocab.lex_attr_getters.items():
        if bit < _BITS and getter == test:
            return bit
    for bit in range(_FIRST_FREE_BIT, _BITS):
        if bit not in vocab.lex_attr_getters:
            return vocab.add_flag(test, flag_id=bit)
    raise ValueError("no lexeme flag bit left for a Matcher word test")


def _word_tests(attr: str, tests: dict) -> bool:
    """Whether every test of this pattern entry reads only the word's string."""
    return attr.upper() in _WORD_ATTRS and all(op.upper() in ("REGEX", "IN", "NOT_IN", *_COMPARE) for op in tests) \
        and not any(op.upper() in ("IN", "NOT_IN") and not all(isinstance(v, str) for v in value)
                    for op, value in tests.items())


def native_pattern(vocab: Vocab, pattern: list[dict]) -> list[dict]:
    """``pattern`` with the word tests (``"LOWER": {"IN": [...]}``) of its leading tokens made lexeme flags.

    Only the tokens the Matcher tries at every token of a doc: the first, and each after it while those
    before may match nothing (``"OP": "?"`` or ``"*"``). A later token is tried only after its pattern's
    start matched (a few times a doc), where a Python test costs less than a flag every new lexeme sets.
    """
    out = []
    leading = True
    for spec in pattern:
        spec = dict(spec)
        if leading:
            for attr, tests in list(spec.items()):
                if isinstance(tests, dict) and _word_tests(attr, tests):
                    del spec[attr]
                    for op, value in tests.items():
                        spec[_flag(vocab, WordTest(attr.upper(), op.upper(), value))] = True
            leading = spec.get("OP") in ("?", "*")
        out.append(spec)
    return out


def add_native(matcher: Matcher, key: str, patterns: list[list[dict]], **kwargs: Any) -> None:
    """``matcher.add`` of ``patterns`` made native (see native_pattern), after the Matcher's own check of them as
    written (a flag is no key its pattern schema knows, so ``matcher`` is made with ``validate=False``)."""
    errors = {i: validate_token_pattern(p) for i, p in enumerate(patterns)}
    if any(errors.values()):
        raise MatchPatternError(key, errors)
    matcher.add(key, [native_pattern(matcher.vocab, p) for p in patterns], **kwargs)
