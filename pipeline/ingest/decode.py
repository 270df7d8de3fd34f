"""Bytes to clean text: find the encoding, refuse binary and undecodable
input, normalize line ends and odd whitespace.

Order of trust: a byte-order mark; strict UTF-8; UTF-16 recognized by its
pattern of NUL bytes; then, for legacy single-byte text, cp1252 (the code page
of almost every non-UTF-8 English news file, a superset of latin-1's
printable range) unless charset-normalizer is confident the text is in a
non-Latin script (Cyrillic, Greek, Arabic...), in which case its guess is
used. Broken UTF-8 (valid multi-byte sequences beside invalid bytes) and
bytes no candidate reads (legacy CJK code pages included: charset-normalizer
cannot tell them from noise in a short file) are refused, not guessed.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes


class DecodeError(ValueError):
    """The bytes are not text this tool can read; the message says why."""


_BOMS = (  # longest first: the UTF-32 LE mark begins with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Share of characters that may be control, unassigned or private-use before
# decoded text is called garbage (a few strays are always allowed).
MAX_JUNK_RATIO = 0.01
MAX_JUNK_STRAYS = 3
# charset-normalizer's coherence (0..1, how much the text looks like a known
# language) above which its guess of a non-Latin script is believed.
MIN_COHERENCE = 0.2


def _utf16_without_bom(raw: bytes) -> str | None:
    """ASCII-heavy UTF-16 without a BOM has a NUL in every other byte."""
    if len(raw) < 4 or len(raw) % 2:
        return None
    even_nuls = raw[0::2].count(0) / (len(raw) // 2)
    odd_nuls = raw[1::2].count(0) / (len(raw) // 2)
    for enc, ratio, other in (("utf-16-le", odd_nuls, even_nuls), ("utf-16-be", even_nuls, odd_nuls)):
        if ratio > 0.4 and other < 0.05:
            try:
                return raw.decode(enc)
            except UnicodeDecodeError:
                return None
    return None


def _mostly_non_latin(text: str) -> bool:
    letters = [c for c in text if ord(c) > 127 and c.isalpha()]
    if not letters:
        return False
    latin = sum(1 for c in letters if unicodedata.name(c, "").startswith("LATIN"))
    return latin < len(letters) / 2


# A valid multi-byte UTF-8 sequence: text that has as many of these as bad
# bytes is broken UTF-8, not a legacy code page.
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _legacy(raw: bytes, utf8_error: UnicodeDecodeError) -> str:
    valid = len(_UTF8_MULTIBYTE.findall(raw))
    invalid = raw.decode("utf-8", "replace").count("\ufffd")
    if valid and valid >= invalid:
        raise DecodeError(f"undecodable bytes (broken UTF-8: {utf8_error.reason} at byte {utf8_error.start})")
    best = from_bytes(raw).best()
    if best is not None and best.coherence >= MIN_COHERENCE and _mostly_non_latin(str(best)):
        return str(best)
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        raise DecodeError("undecodable bytes (not UTF-8, UTF-16 or cp1252/latin-1)") from None


def _is_junk(text: str) -> bool:
    # Each distinct character looked up once (an article has ~100), its occurrences counted only if junk:
    # a category lookup per character took ~1.5 ms an article in the process that reads them all.
    junk = sum(text.count(c) for c in set(text)
               if c not in "\n\r\t\f\v" and unicodedata.category(c) in ("Cc", "Cn", "Co", "Cs"))
    return junk > max(MAX_JUNK_STRAYS, MAX_JUNK_RATIO * len(text))


def decode_bytes(raw: bytes) -> str:
    """Text from a file's bytes, or DecodeError.

    >>> decode_bytes("café".encode("utf-8-sig"))
    'café'
    >>> decode_bytes("café".encode("utf-16"))
    'café'
    >>> decode_bytes("caf\\xe9 \\x93news\\x94".encode("latin-1"))
    'café “news”'
    >>> decode_bytes(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00")
    Traceback (most recent call last):
    ...
    pipeline.ingest.decode.DecodeError: binary file (NUL bytes)
    """
    text = None
    for bom, enc in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw[len(bom):].decode(enc)
            except UnicodeDecodeError as e:
                raise DecodeError(f"undecodable bytes ({enc} byte-order mark, but {e.reason} at byte {e.start})") from e
            break
    utf8_error = None
    if text is None:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            utf8_error = e
    if text is None or "\x00" in text:
        text = _utf16_without_bom(raw)
    if text is None:
        if b"\x00" in raw:
            raise DecodeError("binary file (NUL bytes)")
        text = _legacy(raw, utf8_error)
    if _is_junk(text):
        raise DecodeError("binary or undecodable content (control characters)")
    return text


# Line and paragraph separators other than \n, and spaces other than " ".
_NEWLINES = re.compile(r"\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Invisible characters that only get in a tokenizer's way (the joiner U+200D
# is kept: emoji sequences need it).
_INVISIBLE = re.compile(r"[\u200b\u2060\ufeff\u00ad]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")


def normalize_text(text: str) -> str:
    """One line end (\\n), plain spaces, no invisible or control characters, NFC.

    >>> normalize_text("a\\r\\nb\\rc\\u2028d\\u00a0e\\u200bf\\x07")
    'a\\nb\\nc\\nd ef'
    >>> normalize_text("\\ud800x")
    '\\ufffdx'
    """
    text = _SURROGATE.sub("\ufffd", text)  # lone halves (JSON can escape them) cannot be written out
    text = unicodedata.normalize("NFC", text)
    text = _NEWLINES.sub("\n", text)
    text = _SPACES.sub(" ", text)
    text = _INVISIBLE.sub("", text)
    return _CONTROL.sub("", text)
