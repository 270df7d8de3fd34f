"""Where the data under models/ lives, and cached readers for it.

Everything the pipeline knows that is not code (patterns, gazetteers, the
pipeline config) is a file under models/; this module is the one place
that finds and parses those files.
"""

from __future__ import annotations

import csv
import json
import os
from functools import cache
from pathlib import Path
from typing import Any

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"


def cache_dir() -> Path | None:
    """Where start-up work is kept between runs (pipeline.lean.PhraseIndex.add_cached): $NEWS_EXTRACT_CACHE,
    else $XDG_CACHE_HOME/news-extract, else ~/.cache/news-extract; NEWS_EXTRACT_CACHE=off keeps nothing."""
    env = os.environ.get("NEWS_EXTRACT_CACHE")
    if env == "off":
        return None
    if env:
        return Path(env)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "news-extract"


def model_path(name: str | Path) -> Path:
    """Resolve a path relative to models/ (absolute paths pass through)."""
    p = Path(name)
    return p if p.is_absolute() else MODELS_DIR / p


@cache
def load_json(name: str) -> dict[str, Any]:
    with open(model_path(name), encoding="utf-8") as fh:
        return json.load(fh)


@cache
def load_lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of a text file under models/."""
    lines = model_path(name).read_text(encoding="utf-8").splitlines()
    return tuple(x.strip() for x in lines if x.strip() and not x.startswith("#"))


@cache
def load_tsv(name: str) -> tuple[dict[str, str], ...]:
    with open(model_path(name), encoding="utf-8", newline="") as fh:
        return tuple(csv.DictReader(fh, delimiter="\t"))
