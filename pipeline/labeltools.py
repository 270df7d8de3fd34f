"""The labelling loop: span exports of Label Studio, doccano and Prodigy in,
gold records (spec section 3) out; the pipeline's predictions out as
pre-annotations for Label Studio and Prodigy, so a person corrects instead
of labelling from scratch.

Labels: COMPANY, AMOUNT, LOCATION, OFFICIAL, and optionally TITLE (an
official's role words, next to the name). Names, amounts and places are
normalized with the pipeline's own functions; whatever cannot be converted
is listed, never guessed. Nothing at run time imports this module.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.gold import validate_record
from pipeline.normalize.amounts import find_amounts
from pipeline.normalize.names import company_key, company_name, person_key_parts, split_person_tokens
from pipeline.normalize.places import default_gazetteer
from pipeline.normalize.text import fold, strip_possessive, strip_the

LABELS = ("COMPANY", "AMOUNT", "LOCATION", "OFFICIAL", "TITLE")
IMPORT_FORMATS = ("labelstudio", "doccano", "prodigy")
EXPORT_FORMATS = ("labelstudio", "prodigy")
FIELD_LABEL = {"company": "COMPANY", "amount": "AMOUNT", "location": "LOCATION", "official": "OFFICIAL"}

# The Label Studio labeling config the exported tasks fit (from_name "label", to_name "text").
LABEL_STUDIO_CONFIG = """<View>
  <Labels name="label" toName="text">
    <Label value="COMPANY"/><Label value="AMOUNT"/><Label value="LOCATION"/>
    <Label value="OFFICIAL"/><Label value="TITLE"/>
  </Labels>
  <Text name="text" value="$text"/>
</View>"""


@dataclass
class LSpan:
    start: int
    end: int
    label: str
    text: str


@dataclass
class Task:
    """One labelled text, whatever tool it came from."""

    id: str
    text: str
    spans: list[LSpan]
    published: str | None = None


@dataclass
class Imported:
    records: list[dict] = field(default_factory=list)
    # Spans or tasks that gave nothing: {"id", "label", "text", "reason"}.
    unconverted: list[dict] = field(default_factory=list)
    # Converted, but a person should look: missing titles, unknown places, validator findings.
    notes: list[str] = field(default_factory=list)


# -- offsets ----------------------------------------------------------------------

def _utf16_to_index(text: str, units: int) -> int:
    n = 0
    for i, ch in enumerate(text):
        if n >= units:
            return i
        n += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def align(text: str, start: int, end: int, expected: str | None) -> tuple[int, int] | None:
    """Offsets into ``text`` for a span the tool says covers ``expected``.

    Tools that run in a browser may count UTF-16 code units (an emoji is two);
    those offsets are converted. A span whose text is not where it says is
    not guessed at.

    >>> align("🚀 Acme", 3, 7, "Acme")
    (2, 6)
    >>> align("Acme", 0, 4, None)
    (0, 4)
    >>> align("Acme", 0, 3, "Acme") is None
    True
    """
    if not 0 <= start < end:
        return None
    if expected is None:
        return (start, end) if end <= len(text) else None
    if text[start:end] == expected:
        return start, end
    s, e = _utf16_to_index(text, start), _utf16_to_index(text, end)
    if text[s:e] == expected:
        return s, e
    return None


# -- reading each tool's export ----------------------------------------------------

def _spans(text: str, items: Iterable[tuple[int, int, str, str | None]], tid: str, out: Imported) -> list[LSpan]:
    spans = []
    for start, end, label, expected in items:
        where = align(text, int(start), int(end), expected)
        if where is None:
            out.unconverted.append({"id": tid, "label": label, "text": expected or "",
                                    "reason": f"offsets {start}-{end} do not hold the span's text"})
            continue
        spans.append(LSpan(where[0], where[1], str(label).upper(), text[where[0]:where[1]]))
    return spans


def read_labelstudio(data: object, out: Imported) -> Iterator[Task]:
    """Label Studio JSON export: a list of tasks, each with ``data.text`` and
    ``annotations[].result[]`` of ``{"type": "labels", "value": {"start",
    "end", "text", "labels"}}``. The latest annotation that was not cancelled
    counts."""
    for task in data if isinstance(data, list) else [data]:
        d = task.get("data", {})
        tid = str(d.get("article_id") or d.get("id") or (task.get("meta") or {}).get("article_id") or f"task-{task.get('id')}")
        text = d.get("text")
        if not isinstance(text, str):
            out.unconverted.append({"id": tid, "label": "", "text": "", "reason": "task has no data.text"})
            continue
        anns = [a for a in task.get("annotations", []) if not a.get("was_cancelled")]
        if not anns:
            out.unconverted.append({"id": tid, "label": "", "text": "", "reason": "no (uncancelled) annotation"})
            continue
        ann = max(anns, key=lambda a: (str(a.get("updated_at") or a.get("created_at") or ""), a.get("id") or 0))
        items = []
        for r in ann.get("result", []):
            v = r.get("value", {})
            if r.get("type") not in ("labels", None) or "start" not in v:
                continue
            for label in v.get("labels", [])[:1]:
                items.append((v["start"], v["end"], label, v.get("text")))
        yield Task(tid, text, _spans(text, items, tid, out), d.get("published"))


def read_doccano(lines: list[dict], out: Imported) -> Iterator[Task]:
    """doccano JSONL export for sequence labelling: ``{"text", "label":
    [[start, end, "LABEL"], ...]}`` (older exports: ``labels``), or the
    ``entities`` form ``[{"start_offset", "end_offset", "label"}]``."""
    for n, rec in enumerate(lines, 1):
        meta = rec.get("meta") if isinstance(rec.get("meta"), dict) else {}
        tid = str(rec.get("article_id") or meta.get("article_id") or f"doccano-{rec.get('id', n)}")
        text = rec.get("text") or rec.get("data")
        if not isinstance(text, str):
            out.unconverted.append({"id": tid, "label": "", "text": "", "reason": "line has no text"})
            continue
        items = [(s, e, lab, None) for s, e, lab in rec.get("label", rec.get("labels", [])) if isinstance(lab, str)]
        items += [(x["start_offset"], x["end_offset"], x["label"], None) for x in rec.get("entities", [])]
        yield Task(tid, text, _spans(text, items, tid, out), rec.get("published") or meta.get("published"))


def read_prodigy(lines: list[dict], out: Imported) -> Iterator[Task]:
    """Prodigy JSONL (``db-out``): ``{"text", "spans": [{"start", "end",
    "label"}], "answer"}``. Only accepted answers count; for a text answered
    more than once, the last accepted answer wins."""
    last: dict[str, dict] = {}
    for n, rec in enumerate(lines, 1):
        meta = rec.get("meta") or {}
        tid = str(meta.get("article_id") or meta.get("id") or f"prodigy-{rec.get('_input_hash', n)}")
        if rec.get("answer", "accept") != "accept":
            out.unconverted.append({"id": tid, "label": "", "text": "", "reason": f"answer is {rec.get('answer')!r}"})
            continue
        last[tid] = rec
    for tid, rec in last.items():
        text = rec.get("text", "")
        items = [(s["start"], s["end"], s["label"], None) for s in rec.get("spans", [])]
        yield Task(tid, text, _spans(text, items, tid, out), (rec.get("meta") or {}).get("published"))


def read_tasks(path: str | Path, fmt: str, out: Imported) -> list[Task]:
    raw = Path(path).read_text(encoding="utf-8")
    if fmt == "labelstudio":
        return list(read_labelstudio(json.loads(raw), out))
    lines = [json.loads(line) for line in raw.splitlines() if line.strip()]
    if fmt == "doccano":
        return list(read_doccano(lines, out))
    if fmt == "prodigy":
        return list(read_prodigy(lines, out))
    raise ValueError(f"unknown format {fmt!r}: one of {', '.join(IMPORT_FORMATS)}")


# -- spans to a gold record -----------------------------------------------------------

_BETWEEN = re.compile(r"[\s,(]*(?:the\s+|who\s+is\s+(?:the\s+)?)?[\s,]*", re.I)


def _title_for(official: LSpan, titles: list[LSpan], text: str) -> LSpan | None:
    """The TITLE span right before or right after a name ("Trade Minister
    Tengku Zafrul", "Zafrul, the trade minister")."""
    for t in titles:
        if t.end <= official.start:
            gap = text[t.end:official.start]
        elif official.end <= t.start:
            gap = text[official.end:t.start]
        else:
            continue
        if _BETWEEN.fullmatch(gap):
            return t
    return None


def _num(v: float) -> int | float:
    return int(v) if float(v).is_integer() else v


def build_record(task: Task, out: Imported) -> dict:
    text, tid = task.text, task.id
    by = {lab: sorted((s for s in task.spans if s.label == lab), key=lambda s: s.start) for lab in LABELS}
    for s in task.spans:
        if s.label not in LABELS:
            out.unconverted.append({"id": tid, "label": s.label, "text": s.text,
                                    "reason": f"label is not one of {', '.join(LABELS)}"})
    gaz = default_gazetteer()
    first = [gaz.lookup(s.text) for s in by["LOCATION"]]
    countries = [c for c, _ in Counter(p.country for p in first if p is not None and p.country).most_common()]

    companies: list[dict] = []
    keys: list[str] = []
    for s in by["COMPANY"]:
        name = company_name(s.text)
        name = name if name in text else s.text
        k = company_key(name)
        target = next((c for c, ck in zip(companies, keys) if ck == k), None)
        if target is None:  # "Hyundai" after "Hyundai Motor": the same company, a short form
            target = next((c for c, ck in zip(companies, keys) if ck.split()[: len(k.split())] == k.split()), None)
            if target is not None and name not in target["aliases"]:
                target["aliases"].append(name)
        if target is None:
            companies.append({"name": name, "aliases": []})
            keys.append(k)

    amounts: list[dict] = []
    seen_amounts: set[tuple] = set()
    for s in by["AMOUNT"]:
        found = find_amounts(s.text, countries)
        if not found:
            out.unconverted.append({"id": tid, "label": "AMOUNT", "text": s.text,
                                    "reason": "no amount with a known currency in it"})
            continue
        for a in found:
            key = (a.currency, round(a.value, 2))
            if key not in seen_amounts:
                seen_amounts.add(key)
                amounts.append({"text": a.text, "value": _num(a.value), "currency": a.currency})

    locations: list[dict] = []
    for s in by["LOCATION"]:
        place = gaz.lookup(s.text, countries)
        name = place.name if place is not None else strip_possessive(strip_the(s.text))
        loc = next((x for x in locations if x["name"] == name), None)
        if loc is None:
            loc = {"name": name, "aliases": [], "country": place.country if place is not None else None}
            locations.append(loc)
            if place is None:
                out.notes.append(f"{tid}: LOCATION {s.text!r} is not in the gazetteer: country left null, check it")
        if s.text != name and s.text not in loc["aliases"]:  # "KUALA LUMPUR", "the United States": as written
            loc["aliases"].append(s.text)

    officials: list[dict] = []
    parts_of: list[list[str]] = []
    for s in by["OFFICIAL"]:
        _, words = split_person_tokens(strip_possessive(s.text).split())
        name = " ".join(words)
        parts = person_key_parts(name)
        i = next((i for i, p in enumerate(parts_of) if set(parts) <= set(p) or set(p) <= set(parts)), None)
        title = _title_for(s, by["TITLE"], text)
        if i is None:
            officials.append({"name": name, "aliases": [], "title": title.text if title else None, "affiliation": None})
            parts_of.append(parts)
            continue
        o = officials[i]
        if fold(name) != fold(o["name"]) and name not in o["aliases"]:
            o["aliases"].append(name)
        if o["title"] is None and title is not None:
            o["title"] = title.text
    used = {o["title"] for o in officials}
    for t in by["TITLE"]:
        if t.text not in used:
            out.unconverted.append({"id": tid, "label": "TITLE", "text": t.text, "reason": "not next to an OFFICIAL span"})
    for o in officials:
        if o["title"] is None:
            out.notes.append(f"{tid}: OFFICIAL {o['name']!r} needs a title (label the role words TITLE, next to the name)")
    rec = {"id": tid, "published": task.published, "companies": companies, "amounts": amounts,
           "locations": locations, "officials": officials, "deals": []}
    for problem in validate_record(rec, text):
        if "official title None" not in problem:
            out.notes.append(f"check: {problem}")
    return rec


def import_file(path: str | Path, fmt: str) -> Imported:
    """Gold records from one export file of ``fmt`` (labelstudio, doccano, prodigy)."""
    out = Imported()
    for task in read_tasks(path, fmt, out):
        out.records.append(build_record(task, out))
    if out.records:
        out.notes.append("deals: span exports carry no relations; every record's deals list is empty, add them by hand")
    return out


# -- predictions out as pre-annotations -------------------------------------------------

def mentions(doc, rows: list[dict]) -> list[tuple[int, int, str]]:
    """Every mention, as (start, end, LABEL), of the entities the pipeline
    turned into rows; official titles as TITLE spans."""
    names = {f: set() for f in FIELD_LABEL}
    for r in rows:
        f = r["field"]
        if f == "amount":
            names[f].add((r["currency"], round(float(r["value"]), 2)))
        else:
            names[f].add(company_key(r["name"]) if f == "company" else r["name"])
            names[f].update(company_key(a) if f == "company" else a for a in str(r.get("aliases") or "").split("|") if a)
            names[f].add(company_key(r["text"]) if f == "company" else r["text"])
    found: set[tuple[int, int, str]] = set()
    for key, f in (("companies", "company"), ("amounts", "amount"), ("places", "location"), ("officials", "official")):
        for s in doc.spans.get(key, []):
            if f == "amount":
                ok = (s._.currency, round(float(s._.value), 2)) in names[f]
            elif f == "company":
                ok = company_key(s._.canonical) in names[f] or company_key(s.text) in names[f]
            else:
                ok = s._.canonical in names[f] or s.text in names[f]
            if ok:
                found.add((s.start_char, s.end_char, FIELD_LABEL[f]))
                if f == "official" and s._.title_span:
                    found.add((*s._.title_span, "TITLE"))
    return sorted(found)


def _no_overlap(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for s in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
        if not out or s[0] >= out[-1][1]:
            out.append(s)
    return out


def labelstudio_task(article_id: str, text: str, spans: list[tuple[int, int, str]], model: str) -> dict:
    result = [{"id": f"p{i}", "from_name": "label", "to_name": "text", "type": "labels",
               "value": {"start": s, "end": e, "text": text[s:e], "labels": [lab]}} for i, (s, e, lab) in enumerate(spans)]
    return {"data": {"text": text, "article_id": article_id}, "predictions": [{"model_version": model, "result": result}]}


def prodigy_task(article_id: str, doc, spans: list[tuple[int, int, str]]) -> dict:
    tokens = [{"text": t.text, "start": t.idx, "end": t.idx + len(t.text), "id": t.i, "ws": bool(t.whitespace_)}
              for t in doc]
    out = []
    for s, e, lab in _no_overlap(spans):  # Prodigy's manual NER interface takes no overlapping spans
        span = doc.char_span(s, e, alignment_mode="expand")
        out.append({"start": s, "end": e, "label": lab, "token_start": span.start, "token_end": span.end - 1})
    return {"text": doc.text, "meta": {"article_id": article_id}, "tokens": tokens, "spans": out}


def export_tasks(articles_path: str | Path, fmt: str, nlp=None) -> tuple[list[dict], list[str]]:
    """Pre-annotation tasks for every article under ``articles_path``, and the
    files that could not be read."""
    from pipeline import __version__
    from pipeline.extract import rows_from_doc
    from pipeline.ingest import Article, iter_articles
    from pipeline.nlp import build_nlp

    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown format {fmt!r}: one of {', '.join(EXPORT_FORMATS)}")
    good, failed = [], []
    for a in iter_articles(articles_path):
        (good if isinstance(a, Article) else failed).append(a)
    nlp = nlp or build_nlp()
    tasks = []
    for doc, art in nlp.pipe(((a.text, a) for a in good), as_tuples=True):
        rows = [r.as_dict() for r in rows_from_doc(doc, art.id)]
        spans = mentions(doc, rows)
        tasks.append(labelstudio_task(art.id, art.text, spans, f"news-extract {__version__}") if fmt == "labelstudio"
                     else prodigy_task(art.id, doc, spans))
    return tasks, [f"{e.path}: {e.reason}" for e in failed]


def dump_tasks(tasks: list[dict], fmt: str) -> str:
    if fmt == "labelstudio":
        return json.dumps(tasks, ensure_ascii=False, indent=1) + "\n"
    return "".join(json.dumps(t, ensure_ascii=False) + "\n" for t in tasks)
