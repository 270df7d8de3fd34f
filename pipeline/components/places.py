"""LOCATION: the NER's GPE/LOC spans, gazetteer names the NER missed, and
datelines ("KUALA LUMPUR, May 2 -"), each resolved to a canonical English
name and an ISO 3166-1 country."""

from __future__ import annotations

import re
from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pipeline.lean import PhraseIndex
from pipeline.normalize.places import Gazetteer, default_gazetteer, small_towns

PLACE_LABELS = {"GPE", "LOC"}
NOT_PLACE_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
# Words after which a name is a place: "a plant in Dunkirk", "centres in Pune, Chennai and Coimbatore".
LOCATIVE = {"in", "at", "near", "outside", "from", "to", "across", "around", "into"}
# A gazetteer name inside one of these is part of another name.
BLOCKING_LABELS = {"ORG", "PERSON", "NORP", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}
DATELINE = re.compile(
    r"(?m)^(?P<place>[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,3})"
    r"(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?\s*(?:,|\(|—|–|-|:)"
)


def _trim(span: Span) -> Span:
    """Drop a leading "the" and a trailing possessive from a span."""
    start, end = span.start, span.end
    doc = span.doc
    if end - start > 1 and doc[start].lower_ == "the":
        start += 1
    while end - start > 1 and doc[end - 1].is_space:
        end -= 1
    if end - start > 1 and doc[end - 1].text in ("'s", "’s", "'", "’"):
        end -= 1
    return doc[start:end] if (start, end) != (span.start, span.end) else span


def _shape_ok(text: str) -> bool:
    """An unknown GPE/LOC is kept only if it looks like a place name."""
    words = text.split()
    if not words or not all(w[0].isupper() or w.lower() in ("of", "and", "de", "el", "al") for w in words):
        return False
    return not (len(text) <= 3 and text.isupper())


class PlaceFinder:
    def __init__(self, nlp: Language, gazetteer: Gazetteer, spans_key: str = "places", towns: Gazetteer | None = None):
        self.gaz = gazetteer
        self.towns = towns or Gazetteer([])
        self.key = spans_key
        self.matcher = PhraseIndex(nlp)  # a PhraseMatcher(attr="ORTH"), quicker to build
        names = [n for n in gazetteer.surface_forms if n not in gazetteer.stopwords and n[0].isupper()]
        self.matcher.add("PLACE", names)
        town_names = [n for n in self.towns.surface_forms if n not in gazetteer.stopwords and n[0].isupper()]
        self.matcher.add("TOWN", town_names)

    @staticmethod
    def _locative(span: Span, found: list[Span]) -> bool:
        """The words before ``span`` make it a place: "in Chennai", "in Pune, Chennai and Coimbatore"."""
        doc = span.doc
        i = span.start - 1
        if i < 0:
            return False
        if doc[i].lower_ in LOCATIVE:
            return True
        if doc[i].text in (",", "and") and i > 0:
            return any(f.end == i and f.start > 0
                       and (doc[f.start - 1].lower_ in LOCATIVE or doc[f.start - 1].text in (",", "and")) for f in found)
        return False

    def __call__(self, doc: Doc) -> Doc:
        found: list[Span] = []
        ents = doc.ents  # built anew on each access: once per doc
        for ent in ents:
            if ent.label_ in PLACE_LABELS:
                span = _trim(ent)
                if self.gaz.candidates(span.text) or _shape_ok(span.text):
                    found.append(span)
            elif ent.label_ == "ORG" and ent.end + 1 < len(doc) and doc[ent.end].text == "," \
                    and doc[ent.end + 1].ent_type_ == "GPE" and len(ent) <= 3 and not any(
                        t.lower_ in ("bank", "group", "company", "corp", "inc", "ltd") for t in ent):
                # "Clay, New York", "Waltham Cross, Hertfordshire": a town the NER took for an organization.
                found.append(_trim(ent))
            elif ent.label_ in ("ORG", "PERSON"):
                # Countries acting as political actors are often tagged ORG.
                span = _trim(ent)
                cands = self.gaz.candidates(span.text)
                if cands and span.text not in self.gaz.stopwords and any(
                    c.kind in ("country", "region", "subdivision") for c in cands
                ):
                    found.append(span)
        for match_id, start, end in sorted(self.matcher(doc), key=lambda m: m[1]):
            span = doc[start:end]
            # Inside the NER's own place: the NER span stands. A gazetteer name longer than the NER's
            # place ("Dera" of "Dera Ghazi Khan") is the fuller name, and filter_spans keeps it.
            if any(e.label_ in PLACE_LABELS and e.start <= start and end <= e.end for e in ents):
                continue
            ent = next((e for e in ents if e.start <= start < e.end), None)
            if ent is not None and ent.label_ in NOT_PLACE_LABELS:
                continue  # "in March": a date, though a town in England has the name
            blocked = ent is not None and ent.label_ in BLOCKING_LABELS
            # A name the NER took for something else, or a small town, counts where the sentence
            # puts it as a place; a known city inside a longer name ("Bank of Chennai") never does.
            if blocked and not ((ent.start, ent.end) == (start, end) and self._locative(span, found)):
                continue
            if doc.vocab.strings[match_id] == "TOWN" and not self._locative(span, found):
                continue
            found.append(span)
        for m in DATELINE.finditer(doc.text):
            if m.start() > 400:
                break
            place = m.group("place").title()
            if self.gaz.candidates(place):
                span = doc.char_span(m.start("place"), m.end("place"), alignment_mode="expand")
                if span is not None:
                    found.append(span)
        spans = filter_spans(found)
        # The article's countries: those it names, then those of places that can lie in one country only
        # ("Lahore", "Dera Ghazi Khan"), which settle the ambiguous ones ("Punjab").
        countries = Counter(
            p.country for s in spans for p in self.gaz.candidates(s.text)[:1] if p.country and p.kind == "country"
        )
        for s in spans:
            owners = {p.country for p in self.gaz.candidates(s.text) if p.country}
            if len(owners) == 1:
                countries[owners.pop()] += 0.5
        context = [c for c, _ in countries.most_common()]
        resolved = {s: self.gaz.lookup(s.text, context) for s in spans}
        named = {p.country for p in resolved.values() if p is not None and p.country}
        for s in spans:
            place = resolved[s]
            if place is None:
                # A small town counts only in a country the article's places lie in: "Iskandar" in a
                # Johor story is not the Uzbek town.
                town = self.towns.lookup(s.text, [*context, *sorted(named)])
                place = town if town is not None and (not named or town.country in named) else None
            if place is not None:
                s._.canonical, s._.country = place.name, place.country
            else:
                s._.canonical, s._.country = s.text, None
            s.label_ = "LOCATION"
        doc.spans[self.key] = spans
        return doc


@Language.factory(
    "news_places",
    assigns=["doc.spans"],
    requires=["doc.ents"],
    default_config={"spans_key": "places"},
)
def make_place_finder(nlp: Language, name: str, spans_key: str) -> PlaceFinder:
    return PlaceFinder(nlp, default_gazetteer(), spans_key, small_towns())


def is_dateline(place: Span) -> bool:
    """A place opening a paragraph, followed by a date or a dash: "KARACHI, Feb 3 —", "Bangkok, 21 August 2025 –",
    "LAHORE:"."""
    doc = place.doc
    if place.start > 0:
        prev = doc[place.start - 1]
        if "\n" not in prev.whitespace_ and not (prev.is_space and prev.text.endswith("\n")):
            return False
    nxt = doc[place.end : place.end + 2]
    if len(nxt) and nxt[0].text in ("-", "–", "—", "(", ":"):
        return True
    return len(nxt) == 2 and nxt[0].text == "," and nxt[1].ent_type_ == "DATE"


def dateline_country(doc: Doc, key: str = "places") -> str | None:
    """The country of the article's dateline: where the story is written from."""
    return next((s._.country for s in doc.spans.get(key, []) if s._.country and is_dateline(s)), None)


def doc_countries(doc: Doc, key: str = "places") -> list[str]:
    """Countries an article's places lie in, most named first."""
    counts = Counter(s._.country for s in doc.spans.get(key, []) if s._.country)
    return [c for c, _ in counts.most_common()]
