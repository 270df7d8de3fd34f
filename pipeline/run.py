"""The main jobs as plain functions: extract a folder, evaluate against gold.
The CLI (pipeline.cli) is a thin wrapper over these."""

from __future__ import annotations

import itertools
import multiprocessing as mp
import os
import sys
import time
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.language import Language

from pipeline.export import write_csv
from pipeline.extract import ENTITY_COLUMNS, rows_from_doc
from pipeline.ingest import Article, IngestError, iter_articles
from pipeline.link import DEAL_COLUMNS, deals_from_doc

ERROR_COLUMNS = ["path", "reason"]


def process(
    nlp: Language, articles: Iterable[Article], batch_size: int = 16, n_process: int | None = None
) -> Iterator[tuple[Article, list, list]]:
    """(article, entity rows, deal rows) for each article, in order.

    Each batch of ``batch_size`` articles is parsed, turned into plain rows
    and dropped inside ``nlp.memory_zone()``, so the vocabulary does not grow
    with the number of articles and nothing but rows leaves the batch.

    ``n_process`` worker processes (forked, so they share the loaded model)
    each do whole batches, rows included; ``None`` means one per usable core
    (``NEWS_EXTRACT_WORKERS`` overrides), and inputs of fewer than two batches
    always run here. At most two batches per worker are in flight, so memory
    does not grow with the input either.
    """
    articles = iter(articles)
    head = list(itertools.islice(articles, 2 * batch_size))
    workers = _workers(n_process)
    if workers > 1 and len(head) == 2 * batch_size and "fork" in mp.get_all_start_methods():
        yield from _process_forked(nlp, itertools.chain(head, articles), batch_size, workers)
        return
    for batch in _batches(itertools.chain(head, articles), batch_size):
        yield from _process_batch(nlp, batch)


def _workers(n_process: int | None) -> int:
    if n_process is not None:
        return max(1, n_process)
    env = os.environ.get("NEWS_EXTRACT_WORKERS")
    if env:
        return max(1, int(env))
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def _batches(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while batch := list(itertools.islice(it, size)):
        yield batch


def _process_batch(nlp: Language, batch: list[Article]) -> list[tuple[Article, list, list]]:
    out = []
    with nlp.memory_zone():
        for doc, art in zip(nlp.pipe([a.text for a in batch], batch_size=len(batch)), batch):
            rows = [r.as_dict() for r in rows_from_doc(doc, art.id)]
            deals = [d.as_dict() for d in deals_from_doc(doc, art.id)]
            out.append((art, rows, deals))
    return out


_FORKED_NLP: Language | None = None  # the parent's pipeline, inherited by forked workers


def _forked_batch(batch: list[Article]) -> list[tuple[list, list]]:
    return [(rows, deals) for _art, rows, deals in _process_batch(_FORKED_NLP, batch)]


def _process_forked(nlp: Language, articles: Iterable[Article], batch_size: int, workers: int):
    global _FORKED_NLP
    _FORKED_NLP = nlp
    ctx = mp.get_context("fork")
    pending: deque = deque()
    with ctx.Pool(workers) as pool:
        for batch in _batches(articles, batch_size):
            pending.append((batch, pool.apply_async(_forked_batch, (batch,))))
            while len(pending) >= 2 * workers:
                yield from _collect(pending.popleft())
        while pending:
            yield from _collect(pending.popleft())


def _collect(job) -> Iterator[tuple[Article, list, list]]:
    batch, result = job
    for art, (rows, deals) in zip(batch, result.get()):
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
