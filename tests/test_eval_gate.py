"""Regression gate: the pipeline's scores over the whole gold corpus must not
fall below the floors in corpus/eval_baseline.json (written by
scripts/update_eval_baseline.py, `make eval-baseline`).

A metric may drop by at most TOLERANCE. If the gold corpus, the splits or
the article texts changed since the baseline was written, the floors mean
nothing and the gate says so instead of comparing.
"""

from __future__ import annotations

import importlib.util
import json

import pytest
from conftest import ROOT

pytestmark = pytest.mark.slow
TOLERANCE = 0.005
RERUN = "rerun `make eval-baseline` (scripts/update_eval_baseline.py) deliberately and commit the new floors with the reason"


def _script():
    spec = importlib.util.spec_from_file_location("update_eval_baseline", ROOT / "scripts" / "update_eval_baseline.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BASE = _script()


@pytest.fixture(scope="module")
def baseline() -> dict:
    if not BASE.BASELINE.exists():
        pytest.fail(f"{BASE.BASELINE.relative_to(ROOT)} is missing: {RERUN}")
    return json.loads(BASE.BASELINE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def current(nlp) -> dict[str, float]:
    """One evaluation of the whole corpus (dev + test), pipeline only."""
    return BASE.current_metrics(nlp=nlp)


def _check_gold(baseline: dict) -> None:
    if BASE.gold_sha256() != baseline.get("gold_sha256"):
        pytest.fail("the gold corpus, corpus/splits.json or the article texts changed since "
                    f"corpus/eval_baseline.json was written, so its floors no longer apply: {RERUN}")


def test_gold_unchanged_since_baseline(baseline):
    _check_gold(baseline)


def test_no_metric_below_its_floor(baseline, request):
    _check_gold(baseline)  # before evaluating: floors for other gold say nothing
    current = request.getfixturevalue("current")
    dropped = [f"  {k}: {baseline[k]:.4f} -> {current[k]:.4f} ({current[k] - baseline[k]:+.4f})"
               for k in BASE.GATED if k in baseline and current[k] < baseline[k] - TOLERANCE]
    missing = [k for k in BASE.GATED if k not in baseline]
    assert not missing, f"corpus/eval_baseline.json lacks floors for {', '.join(missing)}: {RERUN}"
    assert not dropped, (f"{len(dropped)} metric(s) fell more than {TOLERANCE} below the floor in "
                         "corpus/eval_baseline.json (floor -> now):\n" + "\n".join(dropped)
                         + f"\nFix the regression, or if the trade is intended, {RERUN}.")
