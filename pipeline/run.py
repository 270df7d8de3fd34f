"""The main jobs as plain functions: extract a folder, evaluate against gold.
The CLI (pipeline.cli) is a thin wrapper over these."""

from __future__ import annotations

import gc
import itertools
import multiprocessing as mp
import os
import signal
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from spacy.language import Language

from pipeline.export import RowSink, atomic_write_text, remove_stale_temps, safe_filename, write_csv, write_table
from pipeline.extract import ENTITY_COLUMNS, rows_from_doc
from pipeline.ingest import ARTICLE_SUFFIXES, DEFAULT_MAX_BYTES, Article, IngestError, iter_articles, iter_files
from pipeline.link import DEAL_COLUMNS, deals_from_doc

ERROR_COLUMNS = ["path", "reason"]
# The columns written: extract's and link's, plus the article's publication date.
OUT_ENTITY_COLUMNS = [*ENTITY_COLUMNS, "published"]
OUT_DEAL_COLUMNS = [*DEAL_COLUMNS, "published"]
FORMATS = ("csv", "parquet", "jsonl")
# Test-only: seconds to sleep after each finished article, so a test can kill
# a run halfway (tests/test_resume.py). Never set in real use.
TEST_DELAY_ENV = "NEWS_EXTRACT_TEST_DELAY_PER_ARTICLE"
SPACY_MAX_LENGTH = 1_000_000  # spaCy's default Language.max_length, which build_nlp keeps
# The shared tok2vec runs this many docs at a time whatever the batch: it is gemm-bound, and over 4
# docs its arrays stay in a core's L2 cache (16: ~9.8 ms/article, 4: ~8.2). Each doc's vectors are its own.
COMPONENT_CFG = {"tok2vec": {"batch_size": 4}}
# Articles per batch (and per task a worker takes). The NER and the parser step all of a batch's docs
# together, each step costing Python time whatever the number of docs, and each batch's memory zone
# makes its words' lexemes anew: 32 a batch costs ~2 ms an article less CPU than 16 (43.5 -> 41),
# for at most one batch (~1.5 s of one worker) left over at the end of a run.
BATCH_SIZE = 32


def process(
    nlp: Language, articles: Iterable[Article], batch_size: int = BATCH_SIZE, n_process: int | None = None,
    on_error: str = "raise",
) -> Iterator[tuple[Article, list, list] | IngestError]:
    """(article, entity rows, deal rows) for each article, in order.

    Each batch of ``batch_size`` articles is parsed, turned into plain rows
    and dropped inside ``nlp.memory_zone()``, so the vocabulary does not grow
    with the number of articles and nothing but rows leaves the batch.

    ``n_process`` worker processes (forked, so they share the loaded model)
    each do whole batches, rows included; ``None`` means one per usable core
    (``NEWS_EXTRACT_WORKERS`` overrides), and inputs of fewer than two batches
    always run here. One pool serves the whole input; at most two batches per
    worker are in flight, so memory does not grow with the input either.

    ``on_error="return"``: an article the pipeline fails on comes back as an
    IngestError in its place (its batch is redone one article at a time), and
    the others still come through; ``"raise"`` lets the exception out.
    """
    articles = iter(articles)
    head = list(itertools.islice(articles, 2 * batch_size))
    _warm_vocab(nlp, head)
    workers = _workers(n_process)
    if workers > 1 and len(head) == 2 * batch_size and "fork" in mp.get_all_start_methods():
        yield from _process_forked(nlp, itertools.chain(head, articles), batch_size, workers, on_error)
        return
    for batch in _batches(itertools.chain(head, articles), batch_size):
        yield from _process_batch(nlp, batch, on_error)


def _warm_vocab(nlp: Language, articles: list[Article]) -> None:
    """Tokenize the first articles outside a memory zone, before any worker forks.

    Inside ``memory_zone`` every lexeme and tokenizer-cache entry a batch
    creates is dropped when it ends, so each batch builds anew the lexemes of
    the words every article has ("the", "said", "billion"): ~1.3 ms an article.
    The words of the first two batches (a few thousand lexemes) stay instead,
    shared by the workers; lexemes are computed the same either way, so the
    rows are too, and memory still does not grow with the input. (Two
    batches, not one: on articles outside them, ~0.4 ms an article less
    tokenizing, measured with batches of 16; ~2 ms more here per article.)
    """
    if not isinstance(nlp, Language):
        return
    for art in articles:
        try:
            nlp.make_doc(art.text)
        except Exception:  # noqa: BLE001  (the article fails in its batch, with its error row)
            return


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


def _tapered(items: Iterable, size: int, ahead: int, last: int) -> Iterator[list]:
    """Batches of ``size``, then, once the input is seen to end, what is left in batches of ``last``.

    ``ahead`` items are read beyond the batch handed out, so that the end is seen while that many are
    still to go: in a pool, workers that finish their last batch then take small ones instead of idling
    while another finishes a big one (1,000 articles on 2 workers: the run's last ~2 s had one core idle).

    >>> [len(b) for b in _tapered(range(10), 4, 3, 2)]
    [4, 2, 2, 2]
    >>> [len(b) for b in _tapered(range(3), 4, 3, 2)]
    [2, 1]
    """
    it = iter(items)
    buf: deque = deque(itertools.islice(it, size + ahead))
    while len(buf) == size + ahead:
        yield [buf.popleft() for _ in range(size)]
        buf.extend(itertools.islice(it, size))
    while buf:
        yield [buf.popleft() for _ in range(min(last, len(buf)))]


def _rows_of(nlp: Language, batch: list[Article]) -> list[tuple[Article, list, list]]:
    out = []
    with nlp.memory_zone():
        for doc, art in zip(nlp.pipe([a.text for a in batch], batch_size=len(batch), component_cfg=COMPONENT_CFG),
                            batch):
            rows = [r.as_dict() for r in rows_from_doc(doc, art.id)]
            deals = [d.as_dict() for d in deals_from_doc(doc, art.id, rows, art.published)]
            for row in (*rows, *deals):
                row["published"] = art.published or ""
            out.append((art, rows, deals))
    return out


def _process_batch(nlp: Language, batch: list[Article], on_error: str = "raise") -> list:
    if on_error == "raise":
        return _rows_of(nlp, batch)
    try:
        return _rows_of(nlp, batch)
    except Exception:  # noqa: BLE001  (redone one by one below to find the culprit)
        out: list = []
        for art in batch:
            try:
                out.extend(_rows_of(nlp, [art]))
            except Exception as e:  # noqa: BLE001
                out.append(IngestError(art.path, f"extraction failed for {art.id!r} ({type(e).__name__}: {e})"))
        return out


_FORKED_NLP: Language | None = None  # the parent's pipeline, inherited by forked workers


def _worker_init() -> None:
    # The CLI turns SIGTERM into KeyboardInterrupt; a worker the pool terminates just ends.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _forked_batch(batch: list[Article], on_error: str) -> list:
    return [r if isinstance(r, IngestError) else (r[1], r[2]) for r in _process_batch(_FORKED_NLP, batch, on_error)]


def _process_forked(nlp: Language, articles: Iterable[Article], batch_size: int, workers: int, on_error: str):
    global _FORKED_NLP
    _FORKED_NLP = nlp
    ctx = mp.get_context("fork")
    pending: deque = deque()
    # The loaded pipeline (~200,000 objects the garbage collector tracks: gazetteers, patterns, the
    # vocabulary's tables) goes to the permanent generation before the fork: a worker's collections then
    # neither walk it nor write to its pages (which would copy them, page by page, out of the memory the
    # workers share). Only the forked copies stay frozen; this process unfreezes once they exist.
    gc.freeze()
    try:
        pool = ctx.Pool(workers, initializer=_worker_init)
    finally:
        gc.unfreeze()
    in_flight = 2 * workers * batch_size  # articles: two batches a worker
    with pool:
        for batch in _tapered(articles, batch_size, ahead=in_flight, last=max(1, batch_size // 4)):
            pending.append((batch, pool.apply_async(_forked_batch, (batch, on_error))))
            while sum(len(b) for b, _ in pending) >= in_flight:
                yield from _collect(pending.popleft())
        while pending:
            yield from _collect(pending.popleft())


def _collect(job) -> Iterator[tuple[Article, list, list] | IngestError]:
    batch, result = job
    for art, got in zip(batch, result.get()):
        yield got if isinstance(got, IngestError) else (art, *got)


def process_safely(nlp: Language, articles: Iterable[Article]) -> Iterator[tuple[Article, list, list] | IngestError]:
    """``process``, but an article the pipeline fails on becomes an IngestError and the others still come
    through (one worker pool for the whole stream)."""
    return process(nlp, articles, on_error="return")


class _Progress:
    """A progress bar with articles per second, on stderr, only when stderr
    is a terminal (piped or redirected runs stay quiet)."""

    def __init__(self, count: Callable[[], int], enabled: bool):
        """``count`` gives the total; it is called only when the bar is shown."""
        self._bar = None
        if not (enabled and sys.stderr.isatty()):
            return
        total = count()
        if not total:
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self._bar = Progress(
            TextColumn("extracting"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[rate]} articles/s"), TimeRemainingColumn(),
            console=Console(stderr=True), transient=True,
        )
        self._task = self._bar.add_task("extract", total=total, rate="-")
        self._bar.start()

    def advance(self) -> None:
        if self._bar is not None:
            self._bar.advance(self._task)
            speed = self._bar.tasks[0].speed
            self._bar.update(self._task, rate=f"{speed:.1f}" if speed else "-")

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()


def extract_folder(
    articles_path: str | Path,
    out_dir: str | Path,
    nlp: Language | None = None,
    quiet: bool = False,
    fmt: str = "csv",
    resume: bool = False,
    save_text: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> dict:
    """Extract every article under ``articles_path`` into ``out_dir``.

    Writes ``entities.FMT``, ``deals.FMT`` and ``errors.csv`` (and with
    ``save_text`` the text read, ``text/<id>.txt``). With ``resume`` the
    articles an interrupted run finished are taken from its manifest.

    Returns a summary: articles read and failed, rows per field, seconds,
    and ``status`` (0 all good, 1 some files failed, 2 nothing could run).
    """
    from pipeline.nlp import build_nlp

    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")
    t0 = time.perf_counter()
    out = Path(out_dir)
    errors: list[dict] = []
    seen: dict[str, str] = {}
    order: list[str] = []  # ids of the good articles, in input order: the order of the output rows

    def fail(path: str, reason: str) -> None:
        errors.append({"path": path, "reason": reason})
        print(f"error: {path}: {reason}", file=sys.stderr)

    remove_stale_temps(out, [f"{n}.{f}" for n in ("entities", "deals") for f in FORMATS] + ["errors.csv"])
    sink = RowSink(out, resume=resume, signature=[fmt, OUT_ENTITY_COLUMNS, OUT_DEAL_COLUMNS])
    delay = float(os.environ.get(TEST_DELAY_ENV) or 0)
    resumed = 0
    max_chars = nlp.max_length if nlp is not None else SPACY_MAX_LENGTH

    def todo() -> Iterator[Article]:
        """Articles stream from the folder to the pipeline: none is held longer than its batch (and the few
        batches read ahead, see _tapered)."""
        nonlocal resumed
        for item in iter_articles(articles_path, max_bytes=max_bytes, exclude=[out]):
            if isinstance(item, IngestError):
                fail(item.path, item.reason)
            elif item.id in seen:
                fail(item.path, f"duplicate article id {item.id!r} (first in {seen[item.id]})")
            else:
                seen[item.id] = item.path
                order.append(item.id)
                if save_text:
                    atomic_write_text(out / "text" / f"{safe_filename(item.id)}.txt", item.text)
                if sink.done(item):
                    resumed += 1
                elif len(item.text) > max_chars:
                    fail(item.path, f"article too long ({len(item.text)} characters; spaCy reads at most {max_chars})")
                else:
                    yield item

    t_nlp = time.perf_counter()
    # The total walks the folder's names once more: only for a bar someone sees.
    bar = _Progress(lambda: sum(1 for f in iter_files(articles_path, [out]) if not isinstance(f, IngestError)),
                    enabled=not quiet)
    processed = 0
    stream = todo()
    first = next(stream, None)  # the model is loaded only when there is an article to read
    if first is not None and nlp is None:
        nlp = build_nlp()
    try:
        for result in process_safely(nlp, itertools.chain([first], stream) if first is not None else []):
            if isinstance(result, IngestError):
                fail(result.path, result.reason)
                continue
            art, rows, deals = result
            sink.add(art, rows, deals)
            processed += 1
            bar.advance()
            if delay:
                time.sleep(delay)
    finally:
        bar.close()
        sink.close()
    if not order and not errors:
        fail(str(articles_path), f"no article files ({', '.join(sorted(ARTICLE_SUFFIXES))})")
    t_done = time.perf_counter()
    order = [i for i in order if i in sink.results]  # not those extraction failed on
    counts: Counter = Counter()

    def counted(rows: Iterator[dict], key) -> Iterator[dict]:
        for r in rows:
            counts[key(r)] += 1
            yield r

    # Rows stream from the manifest to the final files: memory does not grow with the folder.
    write_table(out, "entities", OUT_ENTITY_COLUMNS, counted(sink.iter_rows(order, "rows"), lambda r: r["field"]), fmt)
    write_table(out, "deals", OUT_DEAL_COLUMNS, counted(sink.iter_rows(order, "deals"), lambda r: "deal"), fmt)
    n_deals = counts.pop("deal", 0)
    write_csv(out / "errors.csv", ERROR_COLUMNS, errors)
    sink.finish()

    seconds = time.perf_counter() - t0
    summary = {
        "articles": len(order),
        "failed": len(errors),
        "resumed": resumed,
        "rows": {f: counts.get(f, 0) for f in ("company", "amount", "location", "official")},
        "deals": n_deals,
        "seconds": round(seconds, 2),
        "status": 2 if not order and errors else (1 if errors else 0),
    }
    if not quiet:
        rows_txt = ", ".join(f"{k} {v}" for k, v in summary["rows"].items())
        resumed = f" ({summary['resumed']} from the interrupted run)" if summary["resumed"] else ""
        busy = t_done - t_nlp
        rate = f", {processed / busy:.1f} articles/s" if processed and busy > 0 else ""
        print(f"{summary['articles']} articles read{resumed}, {summary['failed']} failed; rows: {rows_txt}; "
              f"deals {summary['deals']}; {summary['seconds']} s{rate} -> {out}")
    return summary
