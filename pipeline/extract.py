"""From a processed Doc to rows: one per distinct entity per article."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, fields
from difflib import SequenceMatcher
from functools import lru_cache

from spacy.tokens import Doc, Span

from pipeline.doctext import doc_text
from pipeline.normalize.names import NAME_ARTICLES, company_key, has_legal_suffix
from pipeline.normalize.places import default_gazetteer
from pipeline.normalize.text import fold
from pipeline.resources import load_json

ENTITY_COLUMNS = [
    "article_id", "field", "name", "text", "value", "currency", "country", "title",
    "affiliation", "mentions", "start", "end", "aliases",
]
FIELDS = ("company", "amount", "location", "official")


@dataclass
class EntityRow:
    article_id: str
    field: str
    name: str
    text: str
    start: int
    end: int
    value: float | None = None
    currency: str | None = None
    country: str | None = None
    title: str | None = None
    affiliation: str | None = None
    mentions: int = 1
    aliases: str = ""

    def as_dict(self) -> dict:
        d = {f.name: getattr(self, f.name) for f in fields(self)}  # asdict, without deep-copying str and numbers
        if self.value is not None and float(self.value).is_integer():
            d["value"] = int(self.value)
        return {k: d[k] for k in ENTITY_COLUMNS}


def _group(article_id: str, field: str, spans: Iterable[Span], key, name, fill=None) -> list[EntityRow]:
    """One row per key, from the first mention; ``fill(row, span)`` copies the
    field's own attributes from that first mention."""
    rows: dict[object, EntityRow] = {}
    forms: dict[object, list[str]] = {}
    for s in sorted(spans, key=lambda s: (s.start_char, s.end_char)):
        k = key(s)
        if k in rows:
            rows[k].mentions += 1
            if s.text not in forms[k]:
                forms[k].append(s.text)
            continue
        rows[k] = EntityRow(article_id, field, name(s), s.text, s.start_char, s.end_char)
        forms[k] = [s.text]
        if fill is not None:
            fill(rows[k], s)
    for k, row in rows.items():
        row.aliases = "|".join(f for f in forms[k] if fold(f) != fold(row.name))
    return list(rows.values())


# Words that introduce another name for the company just named: "Vietnam Electricity, known as EVN",
# "Stegra, formerly known as H2 Green Steel", "Petroliam Nasional Bhd (Petronas)".
_ALIAS_GLUE = {"(", ",", "known", "as", "also", "better", "formerly", "or", "previously", "called", "dubbed", "\"", "“", "'", "‘",
               "whose", "former", "name", "was", "which", "used", "to", "be", "until", "renamed"}


_QUOTES = {'"', "“", "”"}


def _merge_parenthetical(doc: Doc, spans: list[Span]) -> dict[str, str]:
    """'Petroliam Nasional Bhd (Petronas)', 'Vietnam Electricity, known as EVN': the second name is the same company."""
    alias_of: dict[str, str] = {}
    by_start = {s.start: s for s in spans}
    for s in spans:
        i = s.end
        if i + 4 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ":" and doc[i + 4].text == ")" \
                and doc[i + 1].text.isupper():
            # "Corvanta Biologics, Inc. (NASDAQ: CRVB)": the exchange's ticker is the company's
            alias_of[company_key(doc[i + 3].text)] = company_key(s._.canonical)
            i += 5
            # '... (PSE: LZTL), "LuzTel", today announced': the quoted short name after the ticker
            j = i + (i < len(doc) and doc[i].text == ",")
            if j + 2 < len(doc) and doc[j].text in _QUOTES and doc[j + 2].text in _QUOTES and doc[j + 1].is_alpha \
                    and doc[j + 1].text[:1].isupper():
                alias_of[company_key(doc[j + 1].text)] = company_key(s._.canonical)
            continue
        if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")" and i + 1 not in by_start:
            short = doc[i + 1]
            if short.is_alpha and short.text[:1].isupper() and not has_legal_suffix("X " + short.text):
                # "Manila Electric Co (Meralco)": the bracketed name the NER left out is the company's short name
                alias_of[company_key(short.text)] = company_key(s._.canonical)
                continue
            i += 3  # a legal form in brackets: "PT Mineral Industri Indonesia (Persero), or MIND ID"
        glue = []
        while i < len(doc) and doc[i].lower_ in _ALIAS_GLUE and len(glue) < 5:
            glue.append(doc[i].lower_)
            i += 1
            if glue[-1] == "known":
                # "known in the industry as AeroBajío", "known internationally as Foxconn"
                j = next((j for j in range(i, min(i + 5, len(doc))) if doc[j].lower_ == "as"), None)
                if j is not None and all(t.is_lower for t in doc[i:j]):
                    i = j
        # "PT Mineral Industri Indonesia (Persero), or MIND ID", but not the last of a list "A, B, or C".
        renamed = glue == [",", "or"] and not (s.start > 0 and doc[s.start - 1].lower_ in (",", "and"))
        used_to_be = "used" in glue and "be" in glue  # ", which used to be Kerry Express"
        if i in by_start and ("(" in glue or "known" in glue or "called" in glue or "formerly" in glue
                              or "former" in glue or renamed or used_to_be):  # ", whose former name was X"
            alias_of[company_key(by_start[i]._.canonical)] = company_key(s._.canonical)
    return alias_of


def headline_end(text: str) -> int:
    """End offset of the headline (the first line) when a body follows it; else 0.

    >>> headline_end("Acme Bets Big\\n\\nAcme will invest.")
    13
    >>> headline_end("One line only.")
    0
    """
    i = text.find("\n")
    return i if i != -1 and text[i:].strip() else 0


def _body_confirms(doc: Doc, spans: list[Span], text: str | None = None) -> list[Span]:
    """Title Case headlines fool the NER ("Nvidia Picks Taipei"): a name found
    only in the headline must occur again in the body to count. ``text`` is
    doc.text, passed in by callers that already have it (building it is not free)."""
    text = doc_text(doc) if text is None else text
    end = headline_end(text)
    body = text[end:]
    # (But a sentence-case headline's subject, which the body may only describe: "Sefwi Farms to build GH₵620m
    # broiler complex at Dawhenya", then "A poultry company is to invest ...".)
    subject = end > 0 and not _title_case(text[:end])
    return [s for s in spans if s.start_char >= end or s.text in body
            or (subject and s.start_char == 0 and text.startswith(" to ", s.end_char) and s.text.lower() not in body.lower())]


_SMALL_WORDS = frozenset("a an and as at by for from in into of on or over the to up with vs".split())


def _title_case(headline: str) -> bool:
    """A headline that capitalises its words ("Nvidia Picks Taipei For HQ"), where capitals say nothing of names:
    most of its longer words start with a capital.

    >>> _title_case("Nvidia Picks Taipei For New Taiwan Headquarters")
    True
    >>> _title_case("Sefwi Farms to build GH₵620m broiler complex at Dawhenya")
    False
    """
    words = [w for w in headline.split() if w[:1].isalpha() and w.lower() not in _SMALL_WORDS]
    return not words or sum(w[0].isupper() for w in words) > 0.6 * len(words)


def _not_people(companies: list[Span], officials: Iterable[Span]) -> list[Span]:
    """A name the officials layer read as a person's ("said Tunde Bakare, a partner at ...") is not a company,
    nor is a later mention by surname ("Bakare said")."""
    people = set()
    for o in officials:
        words = (o._.canonical or o.text).split()
        people.add(fold(" ".join(words)))
        if len(words) > 1:
            people.add(fold(words[0]))  # "Pimchanok expects ...": Thai and Indonesian usage, the given name
            people.add(fold(words[-1]))
            people.add(fold(" ".join(words[-2:])))
    return [c for c in companies if fold(c._.canonical) not in people and fold(c.text) not in people
            and not any(o.start <= c.start and c.end <= o.end for o in officials)]


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.replace("-", " ").split() if w[0].isupper() or w[0].isdigit())


def _acronyms(raw: str, canonical: str) -> set[str]:
    """Acronyms a name may go by: 'Contemporary Amperex Technology Co. Limited' -> CAT, CATL, CATCL."""
    if raw.lower().startswith("the "):
        raw = raw[4:]  # "The Abu Dhabi National Oil Company" -> ADNOC
    no_co = " ".join(w for w in raw.split() if w.rstrip(".,") not in ("Co", "&"))
    return {_initials(raw), _initials(canonical), _initials(no_co)}


def _subsequence(short: list[str], full: list[str]) -> bool:
    it = iter(full)
    return all(w in it for w in short)


# Last words too common to tie a short form to a full name ("NEOM Company" is not "NEOM Green Hydrogen Company").
_GENERIC_LAST = {"company", "corporation", "group", "holdings", "co", "corp", "bank", "partners", "capital", "fund",
                 "energy", "power", "international", "industries", "technologies", "technology"}
@lru_cache(maxsize=1)
def _name_openers() -> frozenset[str]:
    """Words that open a firm's name without being its name ("Grupo", "Officine"): models/company_cues.json."""
    # (keyed as company_key folds a name: "Frigorífico" is "frigorifico")
    return frozenset(company_key(w) for w in load_json("company_cues.json").get("name_openers", []))


def _merge_short_forms(spans: list[Span]) -> dict[str, str]:
    """'Hyundai Motor' and 'Hyundai'; 'Contemporary Amperex Technology Limited' and 'CATL': a short form or
    acronym of a company named in full anywhere in the article is that company (a headline often has
    the short form first)."""
    alias_of: dict[str, str] = {}
    full: list[tuple[str, str, str]] = []  # (key, canonical, raw text), longest first
    first_seen: dict[str, int] = {}
    registered: set[str] = set()  # keys the article writes with their own legal form somewhere ("Vantoli S.p.A.")
    units = {company_key(s._.canonical) for s in spans if _called_a_unit(s)}
    for s in spans:
        first_seen.setdefault(company_key(s._.canonical), s.start)
        if has_legal_suffix(s.text):
            registered.add(company_key(s._.canonical))
    # (longest first: by words, then by letters, "Sarvodaya Pharmaceuticals" before "Sarvodaya Pharma")
    for s in sorted(spans, key=lambda s: (-len(company_key(s._.canonical).split()), -len(company_key(s._.canonical)),
                                          s.start)):
        k = company_key(s._.canonical)
        if k in alias_of or any(k == f[0] for f in full):
            continue
        target = None
        # "Sarvodaya" and "Sarvodaya Pharma" beside "Sarvodaya Pharmaceuticals" (the lead) and its unit "Sarvodaya
        # Pharma Middle East" (later): a short form several full names open with is the one the article names
        # first; its last word may be cut short ("Pharma" of "Pharmaceuticals").
        opened = [fk for fk, canon, _ in full if not _bracketed_unit_of(canon, k)
                  and k not in registered and _opens(k.split(), fk.split())]
        if len(opened) > 1:
            target = min(opened, key=lambda fk: first_seen.get(fk, 0))
        # ("Suzuran" after "Hokkaido Suzuran Nyugyo", before the venture "Suzuran Muak Lek Dairy" is named: of two
        # full names a short form fits by different rules, the one the article names first.)
        fits = []
        for fk, canon, raw in ([] if target is not None else full):
            if _bracketed_unit_of(canon, k) or (fk in units and _place_unit_of(fk, k)):
                # "Chin Hsin Circuit" is the parent of "Chin Hsin Circuit (Thailand)", not its short form; so is
                # "Kanemura Seiko" of "the company's U.S. subsidiary, Kanemura Seiko America Inc."
                continue
            words, fwords = k.split(), fk.split()
            # "San Miguel Corp" beside "San Miguel Global Power": a name written with its own legal form is a
            # registered company, not a short form of the longer one.
            if len(words) < len(fwords) and fwords[: len(words)] == words and k not in registered:
                fits.append(fk)
                continue
            # "Zhejiang Huayou Cobalt" and "Huayou": a name after the home province or city it opens with
            if len(fwords) > len(words) + (len(words) < 2) and fwords[1 : 1 + len(words)] == words \
                    and default_gazetteer().candidates(canon.split()[0]):
                fits.append(fk)
                continue
            # "Grupo Bajío" of "Grupo Industrial Bajío": the full name's first and last words, a word dropped between
            if 2 <= len(words) < len(fwords) and words[0] == fwords[0] and words[-1] == fwords[-1] \
                    and words[-1] not in _GENERIC_LAST and _subsequence(words, fwords):
                fits.append(fk)
                continue
            # "Grupo Altavista" and "Altavista", "Officine Brenta" and "Brenta": the name after a word that opens it
            if len(fwords) > len(words) and fwords[0] in _name_openers() and fwords[1 : 1 + len(words)] == words:
                fits.append(fk)
                continue
            # ... past an article: "Minas La Biznaga" and "Biznaga"
            if len(fwords) > len(words) + 1 and fwords[0] in _name_openers() and fwords[1] in NAME_ARTICLES \
                    and fwords[2 : 2 + len(words)] == words:
                fits.append(fk)
                continue
            short = s._.canonical
            if len(short) >= 2 and (short.isupper() or (len(short) >= 4 and short.istitle() and " " not in short)) \
                    and short.upper() in _acronyms(raw, canon):
                # "CATL" of "Contemporary Amperex Technology"; "Adnoc" of "Abu Dhabi National Oil Company"
                fits.append(fk)
                continue
        if fits:
            target = min(fits, key=lambda fk: first_seen.get(fk, 0))
        if target is not None:
            alias_of[k] = target
        else:
            full.append((k, s._.canonical, s.text))
    # "Sugbo Pwer" beside "Sugbo Power": a misspelt mention is the company written right more often
    counts = Counter(company_key(s._.canonical) for s in spans)
    keys = [f[0] for f in full]
    order = {k: i for i, k in enumerate(keys)}
    for a in keys:
        for b in keys:
            if a != b and a not in alias_of and b not in alias_of and _misspelt(a, b) \
                    and (counts[a], -order[a]) < (counts[b], -order[b]):
                alias_of[a] = b
                for k, t in alias_of.items():
                    if t == a:
                        alias_of[k] = b
    return alias_of


_UNIT_NOUNS = {"subsidiary", "unit", "arm", "affiliate", "division", "branch", "subsidiaries", "units"}


def _called_a_unit(span: Span) -> bool:
    """The article calls this company another's unit: "the company's Mexican unit, X", "X, its U.S. subsidiary"
    ("X, a unit of Taiwan's Y" names a parent of another name, so X's short form is still X)."""
    doc, sent = span.doc, span.sent

    def owned_unit(tokens: Span) -> bool:
        return any(t.lower_ in _UNIT_NOUNS and any(o.lower_ in ("its", "'s", "’s", "their") for o in tokens[: t.i - tokens.start])
                   for t in tokens)

    after = doc[span.end : min(sent.end, span.end + 6)]
    return owned_unit(doc[max(sent.start, span.start - 5) : span.start]) or (
        len(after) > 1 and after[0].text == "," and owned_unit(after))


def _place_unit_of(full_key: str, key: str) -> bool:
    """``full_key`` is ``key`` followed by a place, as a unit is named after its parent and its market
    ("kanemura seiko america", "kanemitsu seiko de mexico", "toyota motor thailand")."""
    words, fwords = key.split(), full_key.split()
    if len(fwords) <= len(words) or fwords[: len(words)] != words:
        return False
    tail = fwords[len(words):]
    if tail[0] in ("de", "do", "of", "del", "da"):
        tail = tail[1:]
    return bool(tail) and bool(default_gazetteer().candidates(" ".join(tail)))


def _bracketed_unit_of(canon: str, key: str) -> bool:
    """``canon`` is a unit named by its parent ``key`` and a bracket ("Chin Hsin Circuit (Thailand)")."""
    return "(" in canon and company_key(canon.split("(")[0]) == key


def _opens(words: list[str], fwords: list[str]) -> bool:
    """``words`` open the longer name ``fwords``, the last one whole or cut short ("pharma" of "pharmaceuticals").

    >>> _opens(["sarvodaya", "pharma"], ["sarvodaya", "pharmaceuticals"]), _opens(["sarvodaya"], ["sarvodaya", "pharma"])
    (True, True)
    >>> _opens(["hyundai", "motor"], ["hyundai", "steel"])
    False
    """
    n = len(words)
    if not n or n > len(fwords) or fwords[: n - 1] != words[:-1]:
        return False
    last, flast = words[-1], fwords[n - 1]
    return n < len(fwords) and last == flast or (len(last) >= 4 and flast.startswith(last) and flast != last)


def _alias_root(alias_of: dict[str, str], k: str) -> str:
    """Where a chain of aliases ends: "Sequoia Capital India" -> "Peak XV" -> "Peak XV Partners"."""
    seen = {k}
    while k in alias_of and alias_of[k] not in seen:
        k = alias_of[k]
        seen.add(k)
    return k


def _misspelt(a: str, b: str) -> bool:
    """Two names, word for word the same but one word a letter or two off ('sugbo pwer', 'sugbo power')."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or len(wa) < 2:
        return False
    diff = [(x, y) for x, y in zip(wa, wb) if x != y]
    return len(diff) == 1 and min(len(diff[0][0]), len(diff[0][1])) >= 4 \
        and SequenceMatcher(None, *diff[0]).ratio() >= 0.85


def rows_from_doc(doc: Doc, article_id: str) -> list[EntityRow]:
    text = doc_text(doc)
    companies = _not_people(_body_confirms(doc, list(doc.spans.get("companies", [])), text), doc.spans.get("officials", []))
    alias_of = _merge_parenthetical(doc, companies)
    for k, v in _merge_short_forms(companies).items():
        alias_of.setdefault(k, alias_of.get(v, v))

    alias_of = {k: _alias_root(alias_of, k) for k in alias_of}

    def ckey(s: Span) -> str:
        k = company_key(s._.canonical)
        return alias_of.get(k, k)

    # A company's row is named by its fullest form, wherever that first appears.
    full_name: dict[str, str] = {}
    for s in companies:
        k = ckey(s)
        if company_key(s._.canonical) == k and len(s._.canonical) > len(full_name.get(k, "")):
            full_name[k] = s._.canonical
    rows = _group(article_id, "company", companies, ckey, lambda s: full_name.get(ckey(s), s._.canonical))

    def fill_amount(row: EntityRow, s: Span) -> None:
        row.value, row.currency = s._.value, s._.currency

    rows += _group(article_id, "amount", doc.spans.get("amounts", []),
                   lambda s: (s._.currency, round(s._.value, 2)), lambda s: s.text, fill_amount)
    company_names = {company_key(s._.canonical) for s in companies}
    # An official's name, whole or any one word of it ("Ifeoma Nwosu", "Srettha"), or a byline's, is no place.
    person_words = {fold(w) for o in doc.spans.get("officials", []) for w in (o._.canonical or o.text).split()} \
        | {fold(o.text) for o in doc.spans.get("officials", [])} | {fold(b.text) for b in doc.spans.get("bylines", [])}
    all_places = list(doc.spans.get("places", []))
    confirmed = set(_body_confirms(doc, all_places, text))
    # A place the gazetteer does not know must recur in the body, must not be a name the article also
    # uses for a company, and must not be an official's name ("Srettha said").
    places = [p for p in all_places
              if not (p._.country is None and fold(p.text) in person_words)
              and (p._.country is not None or (p in confirmed and company_key(p._.canonical) not in company_names))]

    def fill_place(row: EntityRow, s: Span) -> None:
        row.country = s._.country

    rows += _group(article_id, "location", places, lambda s: s._.canonical, lambda s: s._.canonical, fill_place)
    officials = _body_confirms(doc, list(doc.spans.get("officials", [])), text)

    def fill_official(row: EntityRow, s: Span) -> None:
        row.title, row.affiliation = s._.title, s._.affiliation

    rows += _group(article_id, "official", officials, lambda s: s._.canonical, lambda s: s._.canonical, fill_official)
    return rows
