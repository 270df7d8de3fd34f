"""Evaluation: extract a folder, score it against gold (spec section 4),
beside a baseline of plain en_core_web_sm labels mapped to the four fields.
Nothing at run time imports this module."""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.export import atomic_write_text
from pipeline.gold import load_gold, load_splits
from pipeline.ingest import Article, IngestError, iter_articles
from pipeline.normalize.amounts import find_amounts
from pipeline.normalize.text import strip_the
from pipeline.run import process
from pipeline.scoring import DEAL_ATTRS, ENTITY_FIELDS, Score, score

BASELINE_LABELS = {"ORG": "company", "MONEY": "amount", "GPE": "location", "LOC": "location", "PERSON": "official"}


def baseline_rows(doc: Doc, article_id: str) -> list[dict]:
    """Plain spaCy: NER labels mapped to fields, one row per distinct text."""
    rows: dict[tuple, dict] = {}
    for ent in doc.ents:
        fld = BASELINE_LABELS.get(ent.label_)
        if fld is None:
            continue
        row = {"article_id": article_id, "field": fld, "name": strip_the(ent.text), "text": ent.text}
        if fld == "amount":
            found = find_amounts(ent.text)
            if not found:
                continue
            row.update(value=found[0].value, currency=found[0].currency)
            key = (fld, found[0].currency, found[0].value)
        else:
            key = (fld, row["name"])
        rows.setdefault(key, row)
    return list(rows.values())


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around text[start:end], on one line.

    >>> _sentence("Acme Bets Big\\n\\nAcme will invest. It said so.", 0, 4)
    'Acme Bets Big'
    >>> _sentence("First one. Acme will invest here. Next.", 11, 15)
    'Acme will invest here.'
    """
    stop = text.rfind(". ", 0, start)
    left = max(stop + 2 if stop != -1 else 0, text.rfind("\n", 0, start) + 1)
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    right = min(stops) + 1 if stops else len(text)
    return " ".join(text[left:right].split())


def _locate(text: str, names: list[str]) -> tuple[int, int] | None:
    for n in names:
        if n and (i := text.find(n)) != -1:
            return i, i + len(n)
    return None


def error_listing(s: Score, texts: dict[str, str]) -> list[dict]:
    out = []
    for e in s.errors.false_positives:
        r = e["row"]
        text = texts.get(e["article_id"], "")
        value = r.get("name") or r.get("investor")
        if e["field"] == "amount":
            value = f"{r.get('name')} = {r.get('value')} {r.get('currency')}"
        where = (int(r["start"]), int(r["end"])) if r.get("start") not in (None, "") else _locate(text, [value or ""])
        out.append({"article_id": e["article_id"], "field": e["field"], "kind": "FP", "value": value,
                    "sentence": _sentence(text, *where) if where else ""})
    for e in s.errors.false_negatives:
        g = e["gold"]
        text = texts.get(e["article_id"], "")
        if e["field"] == "amount":
            value, names = f"{g['text']} = {g['value']} {g['currency']}", [g["text"]]
        elif e["field"] == "deal":
            value = f"{g['investor']} {g.get('amount')} {g.get('currency')} {g.get('location')}"
            names = [g["investor"]]
        else:
            value, names = g["name"], [g["name"], *g.get("aliases", [])]
        where = _locate(text, names)
        out.append({"article_id": e["article_id"], "field": e["field"], "kind": "FN", "value": value,
                    "sentence": _sentence(text, *where) if where else ""})
    return sorted(out, key=lambda x: (x["article_id"], x["field"], x["kind"]))


def evaluate(
    articles_path: str | Path,
    gold_path: str | Path,
    split: str | None = None,
    splits_file: str | Path | None = None,
    out_dir: str | Path | None = None,
    nlp: Language | None = None,
    baseline: bool = True,
) -> dict:
    from pipeline.nlp import build_nlp

    gold = load_gold(gold_path)
    ids = sorted(gold)
    if split is not None:
        splits_path = Path(splits_file) if splits_file else Path(gold_path).parent / "splits.json"
        ids = sorted(load_splits(splits_path)[split])
    articles = [a for a in iter_articles(articles_path) if isinstance(a, Article) and a.id in set(ids)]
    missing = sorted(set(ids) - {a.id for a in articles})
    ids = [i for i in ids if i not in missing]
    nlp = nlp or build_nlp()
    rows, deals, base = defaultdict(list), defaultdict(list), defaultdict(list)
    failed: list[dict] = []
    # An article the pipeline fails on is scored as one with no rows (its gold all missed), named on stderr,
    # and the others are scored as usual.
    for got in process(nlp, articles, on_error="return"):
        if isinstance(got, IngestError):
            print(f"error: {got.path}: {got.reason}", file=sys.stderr)
            failed.append({"path": got.path, "reason": got.reason})
            continue
        art, r, d = got
        rows[art.id], deals[art.id] = r, d
    result = {"articles": len(ids), "missing_articles": missing, "failed_articles": failed}
    s = score(rows, deals, gold, ids)
    result["pipeline"] = s.as_dict()
    texts = {a.id: a.text for a in articles}
    result["errors"] = error_listing(s, texts)
    # What the HTML report shows per article; not written to scores.json.
    result["detail"] = [{"id": i, "text": texts[i], "rows": rows[i], "deals": deals[i], "gold": gold[i]} for i in ids]
    if baseline:
        import spacy

        from pipeline.nlp import load_config

        plain = spacy.load(load_config()["base"]["model"])
        for doc, art in plain.pipe(((a.text, a) for a in articles), as_tuples=True):
            base[art.id] = baseline_rows(doc, art.id)
        result["baseline"] = score(base, {}, gold, ids).as_dict()
    if out_dir is not None:
        out = Path(out_dir)
        atomic_write_text(out / "scores.json", json.dumps(
            {k: v for k, v in result.items() if k not in ("errors", "detail")}, indent=1, sort_keys=True) + "\n")
        atomic_write_text(out / "errors.json", json.dumps(result["errors"], indent=1, ensure_ascii=False) + "\n")
    return result


def format_table(result: dict) -> str:
    lines = []
    p, b = result["pipeline"], result.get("baseline")
    head = f"{'field':<10} {'P':>6} {'R':>6} {'F1':>6}   {'lenient F1':>10}"
    if b:
        head += f"   {'baseline P':>10} {'R':>6} {'F1':>6}"
    lines.append(head)
    for f in [*ENTITY_FIELDS, "micro", "deal"]:
        line = f"{f:<10} {p[f + '_p']:6.3f} {p[f + '_r']:6.3f} {p[f + '_f']:6.3f}"
        line += f"   {p['lenient_' + f + '_f']:10.3f}" if f != "deal" else f"   {'':>10}"
        if b and f != "deal":
            line += f"   {b[f + '_p']:10.3f} {b[f + '_r']:6.3f} {b[f + '_f']:6.3f}"
        lines.append(line)
    lines.append(f"official title accuracy: {p['official_title_acc']:.3f} (of {p['official_title_n']} matched officials)")
    lines.append("matched deals: " + ", ".join(f"{a} {p.get(f'deal_{a}_acc', 0.0):.3f}" for a in DEAL_ATTRS)
                 + f" (of {p['deal_tp']})")
    lines.append(f"articles scored: {result['articles']}"
                 + (f"; missing: {', '.join(result['missing_articles'])}" if result["missing_articles"] else "")
                 + (f"; failed (scored empty): {len(result['failed_articles'])}" if result.get("failed_articles") else ""))
    return "\n".join(lines)
