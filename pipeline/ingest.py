"""Ingest: files in, articles out."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ARTICLE_SUFFIXES = {".txt"}


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    path: str
    title: str | None = None
    published: str | None = None


@dataclass(frozen=True)
class IngestError:
    path: str
    reason: str


def read_txt(path: Path) -> Article:
    raw = path.read_bytes()
    if not raw.strip():
        raise ValueError("empty file")
    if b"\x00" in raw[:4096]:
        raise ValueError("binary file (NUL bytes)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ValueError(f"not UTF-8 text ({e.reason} at byte {e.start})") from e
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    title = text.split("\n", 1)[0].strip() or None
    return Article(id=path.stem, text=text, path=str(path), title=title)


def iter_articles(root: str | Path) -> Iterator[Article | IngestError]:
    """Articles under ``root`` (a file or a folder, recursively), sorted by
    path; a file that cannot be read yields an IngestError instead."""
    root = Path(root)
    paths = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
    for p in paths:
        if p.suffix.lower() not in ARTICLE_SUFFIXES:
            continue
        try:
            yield read_txt(p)
        except (OSError, ValueError) as e:
            yield IngestError(str(p), str(e))
