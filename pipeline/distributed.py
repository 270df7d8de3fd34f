"""The Dask engine: `python -m pipeline extract ARTICLES --out DIR --engine dask [--scheduler ADDRESS]`.

The folder's files, sorted as the local engine reads them, are split into
partitions of ``partition_size`` files. Each partition is one task: the
worker reads its files, runs the same ``pipeline.run.process`` with a
pipeline it builds once per worker process (cached in this module, never
pickled), and writes the partition's rows to a part file (JSON lines, one
line per article) under ``DIR/.parts``. The client then merges the parts in
partition order into the same ``entities.csv``, ``deals.csv`` and
``errors.csv`` a local run writes, with the same writer, so the files are
byte-identical. A partition that fails is retried once; if it fails again,
its files are listed in ``errors.csv`` and every other partition's rows land.

Workers and the client must see the same paths: on a cluster of several
machines, ARTICLES and DIR live on shared storage (NFS, a mounted bucket).
Without a scheduler address a ``LocalCluster`` of one single-threaded worker
process per usable core is started on 127.0.0.1.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

PARTITION_SIZE = 64

_NLP = None
_NLP_LOCK = threading.Lock()
_FAIL_IF_PATH_CONTAINS: str | None = None  # test hook, see inject_failure()


def _worker_nlp():
    """The pipeline, built the first time a task runs in this worker process."""
    global _NLP
    with _NLP_LOCK:
        if _NLP is None:
            from pipeline.nlp import build_nlp

            _NLP = build_nlp()
        return _NLP


def inject_failure(path_substring: str | None) -> None:
    """Test hook (run on workers with ``client.run``): partitions holding a
    path that contains ``path_substring`` raise, as a crashing worker would."""
    global _FAIL_IF_PATH_CONTAINS
    _FAIL_IF_PATH_CONTAINS = path_substring


def list_files(root: str | Path, exclude: tuple = ()) -> tuple[list[str], list[dict]]:
    """Every article file under ``root`` in the order the local engine reads them (the same walker), and the
    walk's own errors (symlink loops, unreadable folders)."""
    from pipeline.ingest import IngestError, iter_files

    files, errors = [], []
    for item in iter_files(root, exclude):
        if isinstance(item, IngestError):
            errors.append({"path": item.path, "reason": item.reason})
        else:
            files.append(str(item))
    return files, errors


def run_partition(index: int, paths: list[str], parts_dir: str) -> str:
    """Extract one partition's files into ``parts_dir/part-NNNNNN.jsonl``; returns its path."""
    from pipeline.ingest import IngestError, iter_articles
    from pipeline.run import process

    if _FAIL_IF_PATH_CONTAINS and any(_FAIL_IF_PATH_CONTAINS in p for p in paths):
        raise RuntimeError(f"injected failure in partition {index}")
    nlp = _worker_nlp()
    records: list[dict] = []  # in path order: articles and unreadable files
    articles = []
    for p in paths:
        for item in iter_articles(p):
            if isinstance(item, IngestError):
                records.append({"error": {"path": item.path, "reason": item.reason}})
            else:
                records.append({"id": item.id, "path": item.path})
                articles.append((len(records) - 1, item))
    for (slot, _), (_art, rows, deals) in zip(articles, process(nlp, (a for _, a in articles), n_process=1)):
        records[slot]["rows"], records[slot]["deals"] = rows, deals
    out = Path(parts_dir) / f"part-{index:06d}.jsonl"
    tmp = out.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    os.replace(tmp, out)
    return str(out)


def _records(part: str) -> Iterator[dict]:
    with open(part, encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)


def extract_dask(
    articles_path: str | Path,
    out_dir: str | Path,
    scheduler: str | None = None,
    partition_size: int = PARTITION_SIZE,
    n_workers: int | None = None,
    quiet: bool = False,
) -> dict:
    """Extract every article under ``articles_path`` into ``out_dir`` on Dask.

    Returns the summary ``pipeline.run.extract_folder`` returns.
    """
    from distributed import Client, LocalCluster, wait

    from pipeline.export import write_csv
    from pipeline.run import ERROR_COLUMNS, OUT_DEAL_COLUMNS, OUT_ENTITY_COLUMNS

    t0 = time.perf_counter()
    out = Path(out_dir)
    parts_dir = out / f".parts-{uuid.uuid4().hex[:8]}"
    parts_dir.mkdir(parents=True)
    files, walk_errors = list_files(articles_path, exclude=(out,))
    partitions = [files[i : i + partition_size] for i in range(0, len(files), partition_size)]
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler)
        else:
            workers = n_workers or (len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count())
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                                   dashboard_address=None)
            client = Client(cluster)
        with client:
            futures = [client.submit(run_partition, i, part, str(parts_dir.resolve()), retries=1, pure=False,
                                     key=f"news-extract-partition-{parts_dir.name}-{i}")
                       for i, part in enumerate(partitions)]
            wait(futures)
            outcome: list[str | BaseException] = []
            for f in futures:
                outcome.append(f.exception() if f.status == "error" else f.result())
        summary = _merge(partitions, outcome, out, write_csv, OUT_ENTITY_COLUMNS, OUT_DEAL_COLUMNS, ERROR_COLUMNS,
                         walk_errors)
    finally:
        if cluster is not None:
            cluster.close()
        shutil.rmtree(parts_dir, ignore_errors=True)
    summary["seconds"] = round(time.perf_counter() - t0, 2)
    if not quiet:
        rows_txt = ", ".join(f"{k} {v}" for k, v in summary["rows"].items())
        print(f"{summary['articles']} articles read, {summary['failed']} failed; rows: {rows_txt}; "
              f"deals {summary['deals']}; {summary['seconds']} s -> {out} ({len(partitions)} partitions on dask)")
    return summary


def _merge(partitions, outcome, out, write_csv, entity_columns, deal_columns, error_columns, walk_errors=()) -> dict:
    """Parts in partition order -> the local engine's three files (same writer, same order)."""
    errors: list[dict] = list(walk_errors)
    seen: dict[str, str] = {}
    skip: set[tuple[int, int]] = set()  # (partition, line) of a repeated article id
    articles = 0
    for i, res in enumerate(outcome):
        if isinstance(res, BaseException):
            reason = f"partition failed twice on dask: {type(res).__name__}: {res}"
            errors.extend({"path": p, "reason": reason} for p in partitions[i])
            continue
        for j, rec in enumerate(_records(res)):
            if "error" in rec:
                errors.append(rec["error"])
            elif rec["id"] in seen:
                errors.append({"path": rec["path"],
                               "reason": f"duplicate article id {rec['id']!r} (first in {seen[rec['id']]})"})
                skip.add((i, j))
            else:
                seen[rec["id"]] = rec["path"]
                articles += 1
    for e in errors:
        print(f"error: {e['path']}: {e['reason']}", file=sys.stderr)
    counts: Counter = Counter()
    n_deals = 0

    def rows_of(key: str) -> Iterator[dict]:
        nonlocal n_deals
        for i, res in enumerate(outcome):
            if isinstance(res, BaseException):
                continue
            for j, rec in enumerate(_records(res)):
                if "error" in rec or (i, j) in skip:
                    continue
                for row in rec[key]:
                    if key == "rows":
                        counts[row["field"]] += 1
                    else:
                        n_deals += 1
                    yield row

    write_csv(out / "entities.csv", entity_columns, rows_of("rows"))
    write_csv(out / "deals.csv", deal_columns, rows_of("deals"))
    write_csv(out / "errors.csv", error_columns, errors)
    return {
        "articles": articles,
        "failed": len(errors),
        "resumed": 0,  # the Dask engine has no --resume; the key keeps its summary the local engine's
        "rows": {f: counts.get(f, 0) for f in ("company", "amount", "location", "official")},
        "deals": n_deals,
        "status": 2 if not articles and errors else (1 if errors else 0),
    }
