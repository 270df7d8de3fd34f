"""Gold records (spec section 3): reading, and checking them against their
articles."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pycountry

LISTS = ("companies", "amounts", "locations", "officials", "deals")


def load_gold(path: str | Path) -> dict[str, dict]:
    """Gold records by id, from a .jsonl file, a .json file or a folder of them."""
    path = Path(path)
    files = sorted(path.rglob("*.json*")) if path.is_dir() else [path]
    out: dict[str, dict] = {}
    for f in files:
        if f.suffix == ".jsonl":
            for line in f.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    rec = json.loads(line)
                    out[rec["id"]] = rec
        elif f.suffix == ".json":
            rec = json.loads(f.read_text(encoding="utf-8"))
            out[rec["id"]] = rec
    return out


def load_splits(path: str | Path) -> dict[str, list[str]]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def _currencies() -> set[str]:
    return {c.alpha_3 for c in pycountry.currencies}


def _countries() -> set[str]:
    return {c.alpha_2 for c in pycountry.countries} | {"XK"}


def validate_record(rec: dict, text: str | None, stem: str | None = None) -> Iterator[str]:
    """Every problem with one gold record, as a sentence naming the item."""
    rid = rec.get("id")
    if stem is not None and rid != stem:
        yield f"id {rid!r} does not match its file name {stem!r}"
    for key in LISTS:
        if not isinstance(rec.get(key), list):
            yield f"{rid}: list {key!r} is missing"
    if "published" not in rec:
        yield f"{rid}: 'published' is missing"
    if text is None:
        yield f"{rid}: no article file"
        return
    currencies, countries = _currencies(), _countries()

    def occurs(s: str | None, what: str) -> Iterator[str]:
        if not s or s not in text:
            yield f"{rid}: {what} {s!r} does not occur in the article"

    for c in rec.get("companies", []):
        yield from occurs(c.get("name"), "company name")
        for a in c.get("aliases", []):
            yield from occurs(a, "company alias")
    for a in rec.get("amounts", []):
        yield from occurs(a.get("text"), "amount text")
        if not isinstance(a.get("value"), (int, float)) or isinstance(a.get("value"), bool):
            yield f"{rid}: amount {a.get('text')!r} value is not a number"
        if a.get("currency") not in currencies:
            yield f"{rid}: amount {a.get('text')!r} currency {a.get('currency')!r} is not ISO 4217"
    for loc in rec.get("locations", []):
        for a in loc.get("aliases", []):
            yield from occurs(a, "location alias")
        if not (loc.get("name") in text or loc.get("aliases")):
            yield f"{rid}: location {loc.get('name')!r} neither occurs nor has an alias that does"
        if loc.get("country") is not None and loc.get("country") not in countries:
            yield f"{rid}: location {loc.get('name')!r} country {loc.get('country')!r} is not ISO 3166-1"
    for o in rec.get("officials", []):
        yield from occurs(o.get("name"), "official name")
        yield from occurs(o.get("title"), "official title")
        for a in o.get("aliases", []):
            yield from occurs(a, "official alias")
    names = {
        "investor": {c["name"] for c in rec.get("companies", [])},
        "location": {x["name"] for x in rec.get("locations", [])},
        "announced_by": {x["name"] for x in rec.get("officials", [])},
    }
    values = [(a.get("value"), a.get("currency")) for a in rec.get("amounts", [])]
    for d in rec.get("deals", []):
        for field, known in names.items():
            v = d.get(field)
            if (v is not None or field == "investor") and v not in known:
                yield f"{rid}: deal {field} {v!r} is not one of the record's {field} names"
        if d.get("amount") is not None and (d["amount"], d.get("currency")) not in values:
            yield f"{rid}: deal amount {d['amount']} {d.get('currency')} is not one of the record's amounts"
