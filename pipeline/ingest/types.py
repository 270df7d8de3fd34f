"""What ingestion yields: an article, or a reason a file could not be read."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Article:
    id: str
    text: str  # the text the pipeline reads: every offset refers to it
    path: str
    title: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) from the file's metadata
    url: str | None = None


@dataclass(frozen=True)
class IngestError:
    path: str
    reason: str
