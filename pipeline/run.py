"""The main jobs as plain functions: extract a folder, evaluate against gold.
The CLI (pipeline.cli) is a thin wrapper over these."""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.language import Language

from pipeline.export import write_csv
from pipeline.extract import ENTITY_COLUMNS, rows_from_doc
from pipeline.ingest import Article, IngestError, iter_articles
from pipeline.link import DEAL_COLUMNS, deals_from_doc

ERROR_COLUMNS = ["path", "reason"]


def process(nlp: Language, articles: Iterable[Article], batch_size: int = 16) -> Iterator[tuple[Article, list, list]]:
    """(article, entity rows, deal rows) for each article, in order."""
    stream = ((a.text, a) for a in articles)
    for doc, art in nlp.pipe(stream, as_tuples=True, batch_size=batch_size):
        rows = [r.as_dict() for r in rows_from_doc(doc, art.id)]
        deals = [d.as_dict() for d in deals_from_doc(doc, art.id, rows, art.published)]
        yield art, rows, deals


def extract_folder(
    articles_path: str | Path, out_dir: str | Path, nlp: Language | None = None, quiet: bool = False
) -> dict:
    """Extract every article under ``articles_path`` into ``out_dir``.

    Returns a summary: articles read and failed, rows per field, seconds,
    and ``status`` (0 all good, 1 some files failed, 2 nothing could run).
    """
    from pipeline.nlp import build_nlp

    t0 = time.perf_counter()
    out = Path(out_dir)
    errors: list[dict] = []
    good: list[Article] = []
    seen: dict[str, str] = {}
    for item in iter_articles(articles_path):
        if isinstance(item, IngestError):
            errors.append({"path": item.path, "reason": item.reason})
        elif item.id in seen:
            errors.append({"path": item.path, "reason": f"duplicate article id {item.id!r} (first in {seen[item.id]})"})
        else:
            seen[item.id] = item.path
            good.append(item)
    for e in errors:
        print(f"error: {e['path']}: {e['reason']}", file=sys.stderr)
    nlp = nlp or build_nlp()
    entity_rows: list[dict] = []
    deal_rows: list[dict] = []
    for _art, rows, deals in process(nlp, good):
        entity_rows.extend(rows)
        deal_rows.extend(deals)
    write_csv(out / "entities.csv", ENTITY_COLUMNS, entity_rows)
    write_csv(out / "deals.csv", DEAL_COLUMNS, deal_rows)
    write_csv(out / "errors.csv", ERROR_COLUMNS, errors)
    seconds = time.perf_counter() - t0
    counts = Counter(r["field"] for r in entity_rows)
    summary = {
        "articles": len(good),
        "failed": len(errors),
        "rows": {f: counts.get(f, 0) for f in ("company", "amount", "location", "official")},
        "deals": len(deal_rows),
        "seconds": round(seconds, 2),
        "status": 2 if not good and errors else (1 if errors else 0),
    }
    if not quiet:
        rows_txt = ", ".join(f"{k} {v}" for k, v in summary["rows"].items())
        print(f"{summary['articles']} articles read, {summary['failed']} failed; rows: {rows_txt}; "
              f"deals {summary['deals']}; {summary['seconds']} s -> {out}")
    return summary
