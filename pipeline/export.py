"""Export: rows to files, written so that a reader never sees half a file."""

from __future__ import annotations

import csv
import glob
import hashlib
import itertools
import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

# Spreadsheet programs run a cell that starts with one of these as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """Neutralize spreadsheet formula injection in a text cell.

    >>> safe_cell("=HYPERLINK(1)")
    "'=HYPERLINK(1)"
    >>> safe_cell("-5")
    "'-5"
    >>> safe_cell(-5)
    -5
    >>> safe_cell(None)
    ''
    """
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


@contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """A temporary path in the same folder; renamed onto ``path`` when the
    block ends normally, removed when it raises (Ctrl-C included)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    umask = os.umask(0)
    os.umask(umask)
    try:
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; outputs are ordinary files
        yield Path(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def remove_stale_temps(folder: str | Path, names: Iterable[str]) -> int:
    """Delete the temporary files ``atomic_path`` left for ``names`` when a
    process was killed outright (SIGKILL) in the middle of a write."""
    n = 0
    for name in names:
        for tmp in Path(folder).glob(f".{glob.escape(name)}.*.tmp"):
            tmp.unlink(missing_ok=True)
            n += 1
    return n


def atomic_write_text(path: str | Path, text: str) -> None:
    """Write to a temporary file in the same folder, then rename into place."""
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def write_csv(path: str | Path, columns: list[str], rows: Iterable[Mapping]) -> int:
    """Rows stream to a temporary file, renamed into place at the end: memory stays flat."""
    n = 0
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8", newline="") as fh:
        # RFC 4180 line ends: a cell holding a lone \r or \n is then quoted too.
        w = csv.DictWriter(fh, fieldnames=columns, extrasaction="ignore", lineterminator="\r\n")
        w.writeheader()
        for row in rows:
            w.writerow({k: safe_cell(row.get(k)) for k in columns})
            n += 1
    return n


def write_jsonl(path: str | Path, columns: list[str], rows: Iterable[Mapping]) -> int:
    """One JSON object per row, keys in column order (no formula escaping: not for spreadsheets)."""
    n = 0
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8", newline="") as fh:
        for row in rows:
            fh.write(json.dumps({k: row.get(k) for k in columns}, ensure_ascii=False) + "\n")
            n += 1
    return n


# Parquet column types; every other column is a string.
NUMERIC_COLUMNS = {"value": "float64", "amount": "float64", "start": "int64", "end": "int64", "mentions": "int64",
                   "start_year": "int64", "end_year": "int64"}
PARQUET_CHUNK = 10_000


def write_parquet(path: str | Path, columns: list[str], rows: Iterable[Mapping]) -> int:
    """A Parquet file with a fixed schema (numbers typed, text as strings, empty as null), written in
    row groups of PARQUET_CHUNK rows so memory stays flat."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    def typ(col: str):
        kind = NUMERIC_COLUMNS.get(col)
        return pa.string() if kind is None else (pa.float64() if kind == "float64" else pa.int64())

    schema = pa.schema([pa.field(col, typ(col)) for col in columns])

    def table(chunk: list[Mapping]):
        arrays = []
        for col in columns:
            if NUMERIC_COLUMNS.get(col) is None:
                values = [None if r.get(col) in (None, "") else str(r.get(col)) for r in chunk]
            else:
                values = [None if r.get(col) in (None, "") else r.get(col) for r in chunk]
            arrays.append(pa.array(values, type=typ(col)))
        return pa.Table.from_arrays(arrays, schema=schema)

    n = 0
    it = iter(rows)
    with atomic_path(path) as tmp:
        with pq.ParquetWriter(tmp, schema) as writer:
            while chunk := list(itertools.islice(it, PARQUET_CHUNK)):
                writer.write_table(table(chunk))
                n += len(chunk)
            if n == 0:
                writer.write_table(table([]))
    return n


WRITERS = {"csv": write_csv, "parquet": write_parquet, "jsonl": write_jsonl}


def write_table(out_dir: str | Path, name: str, columns: list[str], rows: Iterable[Mapping], fmt: str = "csv") -> Path:
    """``OUTDIR/name.fmt`` in the chosen format; returns its path."""
    path = Path(out_dir) / f"{name}.{fmt}"
    WRITERS[fmt](path, columns, rows)
    return path


def safe_filename(article_id: str) -> str:
    """A file name for an article id (ids come from untrusted JSON).

    >>> safe_filename("acme-johor")
    'acme-johor'
    >>> safe_filename("../../etc/passwd")
    '_.._etc_passwd-3754d6cb'
    """
    name = re.sub(r"[^A-Za-z0-9._-]", "_", article_id)[:120].lstrip(".")
    if not name or name != article_id:
        digest = hashlib.sha256(article_id.encode("utf-8", "surrogatepass")).hexdigest()[:8]
        name = f"{name}-{digest}" if name else digest
    return name


class RowSink:
    """Collects each finished article's rows and writes the final files.

    A run appends every finished article to ``OUTDIR/.partial/manifest.jsonl``
    (flushed and fsync'd, so a killed run loses at most the article in
    flight). ``resume=True`` reads back what an earlier, interrupted run
    finished, and ``done()`` tells the caller which articles to skip. ``finish``
    writes the final files in the order of the ids it is given, whatever order
    the articles finished in, so a resumed run (or any engine that finishes
    articles out of order) writes the same bytes as a clean one, then removes
    the manifest.
    """

    VERSION = 1

    def __init__(self, out_dir: str | Path, resume: bool = False, signature: object = None):
        self.out = Path(out_dir)
        self.partial = self.out / ".partial"
        self.manifest = self.partial / "manifest.jsonl"
        self.header = {"manifest": self.VERSION, "signature": signature}
        # id -> (key, byte offset of its line in the manifest): rows stay on disk, memory stays flat.
        self.results: dict[str, tuple[str, int]] = {}
        self.resumed = 0
        kept: list[str] = []
        if resume:
            kept = self._load()
        elif self.partial.exists():
            shutil.rmtree(self.partial)
        self.partial.mkdir(parents=True, exist_ok=True)
        # Rewrite what was read (a line cut by a kill is dropped), then append.
        with atomic_path(self.manifest) as tmp, open(tmp, "wb") as fh:
            fh.write((json.dumps(self.header) + "\n").encode("utf-8"))
            for line in kept:
                rec = json.loads(line)
                self.results[rec["id"]] = (rec["key"], fh.tell())
                fh.write((line + "\n").encode("utf-8"))
        self._fh = open(self.manifest, "ab")

    @staticmethod
    def key(article) -> str:
        """What a finished article's rows depend on: a changed article is redone."""
        blob = json.dumps([article.id, article.text, article.published], ensure_ascii=False)
        return hashlib.sha256(blob.encode("utf-8", "surrogatepass")).hexdigest()

    @staticmethod
    def _line(article_id: str, key: str, rows: list, deals: list) -> str:
        return json.dumps({"id": article_id, "key": key, "rows": rows, "deals": deals}, ensure_ascii=False)

    def _load(self) -> list[str]:
        """The manifest lines of articles an earlier run finished (the last line for each id)."""
        if not self.manifest.exists():
            return []
        with open(self.manifest, encoding="utf-8", errors="replace") as fh:
            try:
                header = json.loads(fh.readline())
            except json.JSONDecodeError:
                header = None
            if header != self.header:
                return []  # another version or other options: start over
            last: dict[str, str] = {}
            for line in fh:
                line = line.rstrip("\n")
                try:
                    rec = json.loads(line)
                    last[rec["id"]] = line if isinstance(rec["key"], str) else last.get(rec["id"])
                except (json.JSONDecodeError, KeyError, TypeError):
                    continue  # the line a kill cut short
        self.resumed = len(last)
        return [line for line in last.values() if line]

    def done(self, article) -> bool:
        got = self.results.get(article.id)
        return got is not None and got[0] == self.key(article)

    def add(self, article, rows: list, deals: list) -> None:
        key = self.key(article)
        self.results[article.id] = (key, self._fh.tell())
        self._fh.write((self._line(article.id, key, rows, deals) + "\n").encode("utf-8"))
        self._fh.flush()
        os.fsync(self._fh.fileno())

    def iter_rows(self, order: Iterable[str], which: str) -> Iterator[dict]:
        """The ``which`` ("rows" or "deals") of the articles in ``order`` (ids), in that order, read back
        from the manifest one article at a time."""
        if not self._fh.closed:
            self._fh.flush()
        with open(self.manifest, "rb") as fh:
            for article_id in order:
                fh.seek(self.results[article_id][1])
                yield from json.loads(fh.readline())[which]

    def rows(self, order: Iterable[str]) -> tuple[list, list]:
        """Entity and deal rows of the articles in ``order`` (ids), in that order (small runs and tests)."""
        order = list(order)
        return list(self.iter_rows(order, "rows")), list(self.iter_rows(order, "deals"))

    def close(self) -> None:
        if not self._fh.closed:
            self._fh.close()

    def finish(self) -> None:
        """The final files are written: forget the manifest."""
        self.close()
        shutil.rmtree(self.partial, ignore_errors=True)
