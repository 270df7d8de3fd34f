"""COMPANY: the NER's ORG spans that are companies, plus companies the NER
missed, found by how news writes them (patterns in
models/patterns/companies.jsonl: legal suffixes, "chipmaker X",
"X, the chipmaker", "NVIDIA's")."""

from __future__ import annotations

import re

import srsly
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pipeline.normalize.names import company_name, has_legal_suffix
from pipeline.normalize.places import Gazetteer, default_gazetteer
from pipeline.normalize.text import fold
from pipeline.resources import load_json, model_path

_DEMONYM_END = re.compile(r"(ian|ean|ese|ish|ic|i|an|ch|er|ans|ese|ns|ist|ists)$", re.I)


class CompanyFinder:
    def __init__(self, nlp: Language, cues: dict, patterns: list[dict], gazetteer: Gazetteer,
                 spans_key: str = "companies", places_key: str = "places"):
        self.key = spans_key
        self.places_key = places_key
        self.gaz = gazetteer
        self.not_words = {w.lower() for w in cues["not_company_words"]}
        self.not_names = {fold(w) for w in cues["not_company_names"]}
        self.central_banks = {fold(w) for w in cues.get("central_banks", [])}
        self.leading_noise = {w.lower() for w in cues.get("leading_noise", [])}
        self.title_words = {"premier", "minister", "president", "governor", "secretary", "mayor", "chairman", "ceo",
                            "taoiseach", "chancellor", "commissioner"}
        self.matcher = Matcher(nlp.vocab)
        self.pattern_ids: dict[int, str] = {}
        for p in patterns:
            self.matcher.add(p["id"], [p["pattern"]], greedy="LONGEST")

    def is_company_text(self, text: str) -> bool:
        if text.count("(") != text.count(")"):
            return False
        name = company_name(text)
        if not name or not (name[0].isupper() or name[0].isdigit()):
            return False
        if fold(name) in self.not_names or fold(text) in self.not_names or not fold(name):
            return False
        words = {w.strip(".,()'’\"").lower() for w in re.split(r"[\s\-/]+", name)}
        if words & self.not_words and not has_legal_suffix(text):
            return False
        if self.gaz.candidates(name):
            return False
        folded = fold(name)
        if folded in self.central_banks or folded.startswith(("central bank", "reserve bank")):
            return False
        if words & self.title_words:
            return False
        if re.search(r"\d", name) and re.search(r"[$€£¥₹]", name):
            return False
        return True

    def _strip_noise(self, span: Span) -> Span:
        """'And Larkspur Digital', 'Rival BYD', 'About Hoshizora': drop leading glue words."""
        start = span.start
        while start < span.end - 1 and span.doc[start].lower_ in self.leading_noise:
            start += 1
        return span.doc[start : span.end] if start != span.start else span

    def _not_a_company(self, span: Span, person_words: list[set[str]], places: list[Span]) -> bool:
        doc = span.doc
        words = {fold(t.text) for t in span if not t.is_punct} - {""}
        # A person's name the NER tagged ORG ("Le Maire said", "Busch has promised").
        if words and not has_legal_suffix(span.text) and any(words <= pw for pw in person_words):
            return True
        # Part of a title: "Energy and Industry Minister", "Minister for Trade and Employment".
        if span.end < len(doc) and doc[span.end].lower_ in self.title_words | {"ministry"}:
            return True
        if span.start >= 2 and doc[span.start - 1].lower_ in ("for", "of") and \
                doc[span.start - 2].lower_ in self.title_words:
            return True
        return any(p.start < span.end and span.start < p.end for p in places)

    def _heading(self, span: Span) -> bool:
        """'Global Market Access: ...' in a list of points is a heading."""
        doc = span.doc
        at_line_start = span.start == 0 or "\n" in doc[span.start - 1].whitespace_ + doc[span.start - 1].text
        return at_line_start and span.end < len(doc) and doc[span.end].text == ":"

    def __call__(self, doc: Doc) -> Doc:
        found: list[Span] = []
        for ent in doc.ents:
            if ent.label_ == "ORG":
                found.append(ent)
            elif ent.label_ == "NORP" and not _DEMONYM_END.search(ent.text):
                nxt = doc[ent.end] if ent.end < len(doc) else None
                if nxt is None or nxt.pos_ not in ("NOUN", "PROPN"):
                    found.append(ent)
        for match_id, start, end in self.matcher(doc):
            rule = doc.vocab.strings[match_id]
            span = doc[start:end]
            if rule == "noun-before-name":
                span = doc[start + 1 : end]
            elif rule == "name-comma-noun":
                comma = next(t.i for t in span if t.text == ",")
                span = doc[start:comma]
            elif rule == "possessive-acronym":
                span = doc[start : end - 1]
            elif rule == "title-at-name":
                first = next(t.i for t in span[2:] if t.is_title)
                span = doc[first:end]
            elif span[0].lower_ == "the":
                span = span[1:]
            if any(t.ent_type_ in ("PERSON", "GPE", "LOC", "DATE", "MONEY", "PERCENT") for t in span) and rule not in (
                "name-legal-suffix", "name-two-token-suffix", "pt-prefix"
            ):
                continue
            found.append(span)
        keep = []
        person_words = [{fold(t.text) for t in e if not t.is_punct} - {""} for e in doc.ents if e.label_ == "PERSON"]
        places = list(doc.spans.get(self.places_key, []))
        for span in found:
            span = self._strip_noise(span)
            text = span.text
            if self._heading(span) or not self.is_company_text(text):
                continue
            if self._not_a_company(span, person_words, places):
                continue
            keep.append(span)
        spans = filter_spans(keep)
        for s in spans:
            s._.canonical = company_name(s.text)
            s.label_ = "COMPANY"
        doc.spans[self.key] = spans
        return doc


@Language.factory(
    "news_companies",
    assigns=["doc.spans"],
    requires=["doc.ents"],
    default_config={"cues": "company_cues.json", "patterns": "patterns/companies.jsonl",
                    "spans_key": "companies", "places_key": "places"},
)
def make_company_finder(nlp: Language, name: str, cues: str, patterns: str, spans_key: str,
                        places_key: str) -> CompanyFinder:
    return CompanyFinder(nlp, load_json(cues), list(srsly.read_jsonl(model_path(patterns))),
                         default_gazetteer(), spans_key, places_key)
