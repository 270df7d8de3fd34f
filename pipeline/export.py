"""Export: rows to files, written so that a reader never sees half a file."""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Iterable, Mapping
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


def atomic_write_text(path: str | Path, text: str) -> None:
    """Write to a temporary file in the same folder, then rename into place."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    umask = os.umask(0)
    os.umask(umask)
    try:
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; outputs are ordinary files
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def write_csv(path: str | Path, columns: list[str], rows: Iterable[Mapping]) -> int:
    buf = io.StringIO()
    # RFC 4180 line ends: a cell holding a lone \r or \n is then quoted too.
    w = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore", lineterminator="\r\n")
    w.writeheader()
    n = 0
    for row in rows:
        w.writerow({k: safe_cell(row.get(k)) for k in columns})
        n += 1
    atomic_write_text(path, buf.getvalue())
    return n
