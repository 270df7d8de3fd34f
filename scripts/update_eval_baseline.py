"""Write corpus/eval_baseline.json: the score floors of the regression gate
(tests/test_eval_gate.py).

    python scripts/update_eval_baseline.py      # or: make eval-baseline

It evaluates the pipeline over the WHOLE gold corpus (dev + test, no
baseline model) and stores, per metric, the score reached now as a floor.
The gate fails when a metric falls more than its tolerance below its floor.

Floors are lowered only on purpose: rerun this script when a change is
meant to trade one score for another, or after the gold corpus changed,
and commit the new file with a message that says why.

The file also records ``gold_sha256``, so that the gate can tell "the
pipeline got worse" from "the gold changed". It is the sha256 of, in this
order, for each file below (each group sorted by its POSIX path relative to
``corpus/``):

1. every ``corpus/gold/**/*.json*`` file (what pipeline.gold.load_gold reads),
2. ``corpus/splits.json``,
3. every ``corpus/articles/**/*.txt`` file (what pipeline.ingest reads),

the bytes ``<relative path> NUL <byte length> NUL <file bytes>``. Raw file
bytes are hashed (no decoding or newline folding), so any edit, rename,
addition or removal of a gold file, of the splits or of an article text
changes the hash.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
BASELINE = CORPUS / "eval_baseline.json"
# The metrics the gate holds: pipeline.scoring.Score.as_dict() keys.
GATED = ("company_f", "amount_f", "location_f", "official_f", "micro_f", "deal_f", "official_title_acc")
COMMENT = (
    "Regression-gate floors for tests/test_eval_gate.py: whole corpus (dev+test), pipeline only. "
    "The gate fails when a metric drops more than 0.005 below its floor. Floors are lowered only on "
    "purpose: rerun `make eval-baseline` (scripts/update_eval_baseline.py) deliberately and say why "
    "in the commit. gold_sha256 covers corpus/gold/**/*.json*, corpus/splits.json and "
    "corpus/articles/**/*.txt (see the script's docstring for the exact byte layout)."
)


def hashed_files(corpus: Path = CORPUS) -> list[Path]:
    """The files covered by gold_sha256, in hashing order."""
    def group(paths) -> list[Path]:
        return sorted((p for p in paths if p.is_file()), key=lambda p: p.relative_to(corpus).as_posix())

    return [*group((corpus / "gold").rglob("*.json*")), corpus / "splits.json", *group((corpus / "articles").rglob("*.txt"))]


def gold_sha256(corpus: Path = CORPUS) -> str:
    h = hashlib.sha256()
    for p in hashed_files(corpus):
        data = p.read_bytes()
        h.update(p.relative_to(corpus).as_posix().encode("utf-8") + b"\0" + str(len(data)).encode() + b"\0")
        h.update(data)
    return h.hexdigest()


def current_metrics(nlp=None) -> dict[str, float]:
    """The gated metrics of the pipeline over the whole corpus."""
    from pipeline.evaluate import evaluate

    scores = evaluate(CORPUS / "articles", CORPUS / "gold", split=None, baseline=False, nlp=nlp)["pipeline"]
    return {k: round(float(scores[k]), 4) for k in GATED}


def main() -> int:
    metrics = current_metrics()
    record = {"_comment": COMMENT, "gold_sha256": gold_sha256(), **metrics}
    old = json.loads(BASELINE.read_text(encoding="utf-8")) if BASELINE.exists() else {}
    from pipeline.export import atomic_write_text

    atomic_write_text(BASELINE, json.dumps(record, indent=1) + "\n")
    BASELINE.chmod(0o644)  # mkstemp made it owner-only; it is a committed data file
    for k in GATED:
        was = old.get(k)
        change = "" if was is None or was == metrics[k] else f"   (was {was:.4f})"
        print(f"{k:<20} {metrics[k]:.4f}{change}")
    if old.get("gold_sha256") not in (None, record["gold_sha256"]):
        print("gold_sha256 changed: the gold corpus, splits or article texts differ from the last baseline")
    print(f"wrote {BASELINE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
