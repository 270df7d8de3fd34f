"""One reader per file format. Each takes a path (and the size limit) and
yields Article or IngestError; none raises on bad input."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from pathlib import Path

from pipeline.ingest.dates import parse_published
from pipeline.ingest.decode import DecodeError, decode_bytes, normalize_text
from pipeline.ingest.types import Article, IngestError

# An HTML page whose extracted body has fewer words than this has no article.
MIN_BODY_WORDS = 5


def _mb(n: int) -> str:
    return f"{n / 1_000_000:g} MB" if n >= 100_000 else f"{n} byte"


def _too_large(size: int, max_bytes: int, what: str = "file") -> str:
    return f"{what} too large ({size} bytes, over the {_mb(max_bytes)} limit; see --max-bytes)"


def read_text(path: Path, max_bytes: int) -> str:
    """The decoded, normalized text of a file, or ValueError/OSError with the reason."""
    size = path.stat().st_size
    if size > max_bytes:
        raise ValueError(_too_large(size, max_bytes))
    raw = path.read_bytes()
    if not raw.strip():
        raise ValueError("empty file")
    text = normalize_text(decode_bytes(raw))
    if not text.strip():
        raise ValueError("empty file (only whitespace)")
    return text


def compose(title: str | None, body: str) -> str:
    """The text the pipeline reads: headline on the first line, as in a .txt
    article; the body is otherwise kept as it is (the model sees a file's
    last newline too).

    >>> compose("Acme invests", "Acme will invest.")
    'Acme invests\\n\\nAcme will invest.'
    >>> compose("Acme invests", "Acme invests\\nAcme will invest.")
    'Acme invests\\nAcme will invest.'
    """
    if title and not body.lstrip().startswith(title):
        return f"{title}\n\n{body.lstrip(chr(10))}"
    return body


def _clean_title(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    t = " ".join(value.split())
    return t or None


# ---------------------------------------------------------------- .txt / .md

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


def split_front_matter(text: str) -> tuple[dict, str]:
    """YAML front matter (``---`` fenced, at the very top) and the body after it.

    >>> split_front_matter("---\\ntitle: 'A: b'\\ndate: 2024-06-20\\n---\\nBody")
    ({'title': 'A: b', 'date': datetime.date(2024, 6, 20)}, 'Body')
    >>> split_front_matter("No front matter")
    ({}, 'No front matter')
    """
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    import yaml

    try:
        meta = yaml.safe_load(m.group(1) or "") or {}
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        raise ValueError(f"malformed YAML front matter{where}") from e
    if not isinstance(meta, dict):
        raise ValueError("malformed YAML front matter (not a list of key: value)")
    return meta, text[m.end():]


_MD_RULES = [
    (re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)"), ""),  # images
    (re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)"), r"\1"),  # links: keep the words
    (re.compile(r"^#{1,6}[ \t]+(.*?)[ \t#]*$", re.M), r"\1"),  # headings
    (re.compile(r"^[ \t]{0,3}>[ \t]?", re.M), ""),  # block quotes
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # bold
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])"), r"\1"),  # *italics*
    (re.compile(r"`([^`\n]+)`"), r"\1"),  # inline code
    (re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$", re.M), ""),  # horizontal rules
]


def markdown_to_text(md: str) -> str:
    """Markdown's markup removed, its words kept.

    >>> markdown_to_text("# Acme *invests*\\n\\n**Acme** will [invest](http://x) RM1bil.")
    'Acme invests\\n\\nAcme will invest RM1bil.'
    """
    for pattern, repl in _MD_RULES:
        md = pattern.sub(repl, md)
    return md


def date_line(body: str) -> str | None:
    """The publication date a plain article states on the line under its headline.

    >>> date_line("Acme to build plant\\nJanuary 28, 2025\\n\\nLAHORE: Acme will invest.")
    '2025-01-28'
    >>> date_line("Acme to build plant\\n\\nOn January 28, 2025 Acme said ...") is None
    True
    """
    lines = body.lstrip("\n").split("\n", 3)
    if len(lines) < 2 or not lines[1].strip() or len(lines[1]) > 40:
        return None
    return parse_published(lines[1].strip())


def read_txt(path: Path, max_bytes: int) -> Iterator[Article | IngestError]:
    """.txt and .md: headline on the first line, optional YAML front matter
    (``title``, ``date`` or ``published``, ``url``)."""
    try:
        text = read_text(path, max_bytes)
        meta, body = split_front_matter(text)
    except (OSError, ValueError) as e:
        yield IngestError(str(path), _reason(e))
        return
    if path.suffix.lower() in (".md", ".markdown"):
        body = markdown_to_text(body)
    if not body.strip():
        yield IngestError(str(path), "no article text after the front matter")
        return
    title = _clean_title(meta.get("title"))
    if title is None:
        title = next((line.strip() for line in body.split("\n") if line.strip()), None)
    published = parse_published(meta.get("published", meta.get("date"))) or date_line(body)
    url = meta.get("url") if isinstance(meta.get("url"), str) else None
    text = compose(_clean_title(meta.get("title")), body)
    yield Article(id=path.stem, text=text, path=str(path), title=title, published=published, url=url)


# ---------------------------------------------------------------- .html

for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)  # its warnings would drown our error lines


_LOWER = "translate({}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
# Consent and cookie notices trafilatura may keep as text: dropped by their class or id.
PRUNE_XPATH = ["//*[" + " or ".join(
    f"contains({_LOWER.format(attr)}, '{word}')"
    for attr in ("@class", "@id") for word in ("cookie", "consent", "gdpr")
) + "]"]
# The publication date from the page's metadata only: htmldate's extensive
# search would otherwise take "Copyright 2024" in a footer for one.
DATE_PARAMS = {"extensive_search": False, "original_date": True}


def read_html(path: Path, max_bytes: int) -> Iterator[Article | IngestError]:
    """.html/.htm: the article body, headline and date, by trafilatura
    (navigation, cookie banners, sidebars and footers left out)."""
    try:
        html = read_text(path, max_bytes)
    except (OSError, ValueError) as e:
        yield IngestError(str(path), _reason(e))
        return
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False,
            include_images=False, favor_precision=True, deduplicate=False,
            prune_xpath=PRUNE_XPATH, date_extraction_params=DATE_PARAMS,
        )
    except Exception as e:  # noqa: BLE001  (a third-party parser on untrusted markup)
        yield IngestError(str(path), f"HTML could not be parsed ({type(e).__name__})")
        return
    body = normalize_text(getattr(doc, "text", None) or "") if doc is not None else ""
    if len(body.split()) < MIN_BODY_WORDS:
        yield IngestError(str(path), "HTML has no article body")
        return
    title = _clean_title(getattr(doc, "title", None))
    published = parse_published(getattr(doc, "date", None))
    url = getattr(doc, "url", None) or None
    yield Article(id=path.stem, text=compose(title, body), path=str(path), title=title, published=published, url=url)


# ---------------------------------------------------------------- .json / .jsonl

TEXT_KEYS = ("text", "body", "content")


def article_from_record(rec: object, path: Path, fallback_id: str, where: str = "") -> Article | IngestError:
    """One JSON article object (``id``, ``title``, ``published``, ``text``, ``url``)."""
    if not isinstance(rec, dict):
        return IngestError(str(path), f"{where}not an article object (a JSON {type(rec).__name__})")
    key = next((k for k in TEXT_KEYS if k in rec), None)
    if key is None:
        return IngestError(str(path), f"{where}article has no 'text'")
    if not isinstance(rec[key], str):
        return IngestError(str(path), f"{where}'{key}' is not a string")
    body = normalize_text(rec[key])
    if not body.strip():
        return IngestError(str(path), f"{where}'{key}' is empty")
    rid = rec.get("id")
    if isinstance(rid, bool) or not isinstance(rid, str | int | type(None)):
        return IngestError(str(path), f"{where}'id' is not a string")
    rid = normalize_text(str(rid)).strip() if rid is not None else ""
    title = _clean_title(normalize_text(rec["title"]) if isinstance(rec.get("title"), str) else None)
    published = parse_published(rec.get("published", rec.get("date")))
    url = rec.get("url") if isinstance(rec.get("url"), str) else None
    return Article(id=rid or fallback_id, text=compose(title, body), path=str(path), title=title,
                   published=published, url=url)


def _json_error(e: json.JSONDecodeError) -> str:
    return f"malformed JSON ({e.msg} at line {e.lineno} column {e.colno})"


def read_json(path: Path, max_bytes: int) -> Iterator[Article | IngestError]:
    """.json: one article object (a list of them is read like JSONL)."""
    try:
        data = json.loads(read_text(path, max_bytes))
    except json.JSONDecodeError as e:
        yield IngestError(str(path), _json_error(e))
        return
    except RecursionError:
        yield IngestError(str(path), "malformed JSON (nested too deep)")
        return
    except (OSError, ValueError) as e:
        yield IngestError(str(path), _reason(e))
        return
    if isinstance(data, list):
        if not data:
            yield IngestError(str(path), "empty JSON list")
        for i, rec in enumerate(data, 1):
            yield article_from_record(rec, path, f"{path.stem}:{i}", f"item {i}: ")
    else:
        yield article_from_record(data, path, path.stem)


def _jsonl_lines(path: Path, max_bytes: int) -> Iterator[tuple[int, str | None, str | None]]:
    """(line number, text, error) per non-blank line; the size limit holds per line."""
    with open(path, "rb") as fh:
        head = fh.read(8192)
        fh.seek(0)
        if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head:
            # UTF-16/32 (or binary): decode whole, within the file limit
            for i, line in enumerate(read_text(path, max_bytes).split("\n"), 1):
                if line.strip():
                    yield i, line, None
            return
        for i, raw in enumerate(fh, 1):
            if i == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue
            if len(raw) > max_bytes:
                yield i, None, _too_large(len(raw), max_bytes, "line")
                continue
            try:
                yield i, normalize_text(decode_bytes(raw)), None
            except DecodeError as e:
                yield i, None, str(e)


def read_jsonl(path: Path, max_bytes: int) -> Iterator[Article | IngestError]:
    """.jsonl: one article object per line; a bad line is an error, the rest are read."""
    n = 0
    try:
        for lineno, line, err in _jsonl_lines(path, max_bytes):
            n += 1
            where = f"line {lineno}: "
            if err is not None:
                yield IngestError(str(path), where + err)
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                yield IngestError(str(path), f"{where}malformed JSON ({e.msg} at column {e.colno})")
                continue
            except RecursionError:
                yield IngestError(str(path), f"{where}malformed JSON (nested too deep)")
                continue
            yield article_from_record(rec, path, f"{path.stem}:{lineno}", where)
    except (OSError, ValueError) as e:
        yield IngestError(str(path), _reason(e))
        return
    if n == 0:
        yield IngestError(str(path), "empty file")


def _reason(e: BaseException) -> str:
    if isinstance(e, OSError):
        what = e.strerror or type(e).__name__
        return f"unreadable ({what})"
    return str(e)


READERS = {
    ".txt": read_txt,
    ".md": read_txt,
    ".markdown": read_txt,
    ".html": read_html,
    ".htm": read_html,
    ".xhtml": read_html,
    ".json": read_json,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
}
