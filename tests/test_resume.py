"""Kill a run halfway (SIGKILL, then Ctrl-C), resume it, and get the very
bytes an uninterrupted run writes; no half-written output on the way."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.run import TEST_DELAY_ENV

pytestmark = pytest.mark.slow

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "articles"
OUTPUTS = ("entities.csv", "deals.csv", "errors.csv")


def _head(path: Path, chars: int = 1200) -> str:
    return path.read_text(encoding="utf-8")[:chars]


def _folder(root: Path) -> None:
    """20 articles (the corpus's, cut short to keep the test quick) in three formats, and one bad file."""
    sources = sorted(CORPUS.glob("*.txt"))[:20]
    (root / "txt").mkdir(parents=True)
    for p in sources[:12]:
        (root / "txt" / p.name).write_text(_head(p), encoding="utf-8")
    for p in sources[12:16]:
        text = _head(p)
        (root / f"{p.stem}.json").write_text(json.dumps({"id": p.stem, "text": text, "published": "2024-05-01"}))
    lines = [json.dumps({"id": p.stem, "text": _head(p)}) for p in sources[16:]]
    (root / "rest.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "broken.json").write_text("{", encoding="utf-8")


def _cmd(root: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "pipeline", "extract", str(root), "--out", str(out), *extra]


def _finished(out: Path) -> int:
    try:
        return len((out / ".partial" / "manifest.jsonl").read_text(encoding="utf-8").splitlines()) - 1
    except FileNotFoundError:
        return 0


def _interrupt(cmd: list[str], out: Path, sig: int, after: int) -> tuple[int, str]:
    """Run, and send ``sig`` once ``after`` articles are finished; (exit status, stderr)."""
    env = {**os.environ, TEST_DELAY_ENV: "0.3"}
    # (A shell starts a background job with SIGINT ignored, and a child inherits that: the run under test would then
    # never see the Ctrl-C. The test's own run takes Ctrl-C as a terminal would give it.)
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 240
    while _finished(out) < after:
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the run never got going"
        time.sleep(0.05)
    proc.send_signal(sig)
    _out, err = proc.communicate(timeout=60)
    return proc.returncode, err


def test_kill_and_resume_write_the_same_bytes_as_a_clean_run(tmp_path):
    root = tmp_path / "in"
    _folder(root)
    clean, out = tmp_path / "clean", tmp_path / "out"
    proc = subprocess.run(_cmd(root, clean), capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1, proc.stderr  # broken.json

    status, _err = _interrupt(_cmd(root, out), out, signal.SIGKILL, after=3)
    assert status == -signal.SIGKILL
    first = _finished(out)
    assert 3 <= first < 20
    assert [p.name for p in out.iterdir()] == [".partial"]  # nothing half-written, no temp files

    status, err = _interrupt(_cmd(root, out, "--resume"), out, signal.SIGINT, after=first + 2)
    assert status == 130 and "--resume" in err
    assert [p.name for p in out.iterdir()] == [".partial"]

    proc = subprocess.run(_cmd(root, out, "--resume"), capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1, proc.stderr
    assert "from the interrupted run" in proc.stdout
    for name in OUTPUTS:
        assert (out / name).read_bytes() == (clean / name).read_bytes(), name
    assert not (out / ".partial").exists()
    assert sorted(p.name for p in out.iterdir()) == sorted(OUTPUTS)
