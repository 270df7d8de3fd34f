"""Ingest: files in, articles out.

``iter_articles`` walks a folder (nested to any depth, symlinks followed,
loops reported), picks a reader by file suffix (pipeline.ingest.readers) and
yields an Article per article or an IngestError per thing it could not read.
Nothing here raises on bad input.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from pipeline.ingest.readers import READERS
from pipeline.ingest.types import Article, IngestError

__all__ = ["Article", "IngestError", "iter_articles", "iter_files", "ARTICLE_SUFFIXES", "DEFAULT_MAX_BYTES"]

ARTICLE_SUFFIXES = set(READERS)
DEFAULT_MAX_BYTES = 5_000_000  # a news article is tens of KB; bigger files are dumps or mistakes


def _is_article_name(name: str) -> bool:
    return not name.startswith(".") and os.path.splitext(name)[1].lower() in ARTICLE_SUFFIXES


def iter_files(root: str | Path, exclude: Iterable[str | Path] = ()) -> Iterator[Path | IngestError]:
    """Article files under ``root`` sorted by path, and an IngestError for each
    symlink loop or unwalkable folder. Hidden files and folders (``.name``)
    and folders in ``exclude`` (e.g. the output folder) are skipped; a folder
    reached twice through symlinks is read once."""
    root = Path(root)
    if not root.is_dir():
        yield root
        return
    skip = {os.path.realpath(p) for p in exclude}
    found: list[Path | IngestError] = []

    def onerror(e: OSError) -> None:
        found.append(IngestError(str(e.filename), f"unreadable folder ({e.strerror})"))

    visited = {os.path.realpath(root)}
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True, onerror=onerror):
        here = os.path.realpath(dirpath)
        keep = []
        for d in sorted(dirnames):
            if d.startswith("."):
                continue
            full = os.path.join(dirpath, d)
            real = os.path.realpath(full)
            if real in skip:
                continue
            if real == here or here.startswith(real + os.sep):
                found.append(IngestError(full, f"symlink loop (points back to {real})"))
                continue
            if real in visited:
                continue
            visited.add(real)
            keep.append(d)
        dirnames[:] = keep
        found.extend(Path(dirpath, f) for f in filenames if _is_article_name(f))
    yield from sorted(found, key=lambda x: str(x.path if isinstance(x, IngestError) else x))


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | IngestError]:
    """The articles in one file, by its suffix; errors as IngestError."""
    reader = READERS.get(path.suffix.lower(), READERS[".txt"])
    try:
        st = os.stat(path)
    except OSError as e:
        reason = "broken symlink" if os.path.islink(path) else (e.strerror or type(e).__name__)
        yield IngestError(str(path), f"unreadable ({reason})")
        return
    if not stat.S_ISREG(st.st_mode):
        yield IngestError(str(path), "not a regular file")
        return
    yield from reader(path, max_bytes)


def iter_articles(
    root: str | Path, max_bytes: int = DEFAULT_MAX_BYTES, exclude: Iterable[str | Path] = ()
) -> Iterator[Article | IngestError]:
    """Articles under ``root`` (a file or a folder, recursively), in path
    order; anything that cannot be read yields an IngestError instead."""
    for item in iter_files(root, exclude):
        if isinstance(item, IngestError):
            yield item
        else:
            yield from read_file(item, max_bytes)
