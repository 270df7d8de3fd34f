"""LOCATION: the NER's GPE/LOC spans, gazetteer names the NER missed, and
datelines ("KUALA LUMPUR, May 2 -"), each resolved to a canonical English
name and an ISO 3166-1 country."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from pipeline.doctext import doc_text
from pipeline.lean import PhraseIndex
from pipeline.normalize.names import has_legal_suffix
from pipeline.normalize.places import Gazetteer, default_gazetteer, irish_county, small_towns
from pipeline.resources import cache_dir, load_json, load_lines

PLACE_LABELS = {"GPE", "LOC"}
_CACHED_NAMES = 5000  # gazetteers of at least this many names keep their phrase patterns on disk
# Administrative units: a name before one is the unit's even where the NER took it for a firm's ("Sankhuwasabha
# district").
ADMIN_UNITS = {"district", "province", "prefecture", "county", "governorate", "oblast", "municipality"}
# ... and so is one before a lower-case natural feature ("off the Pembrokeshire coast", "the Hunter valley").
_NATURAL_KINDS = {"coast", "coastline", "valley", "delta", "basin", "peninsula", "plains"}
NOT_PLACE_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
# Words after which a name is a place: "a plant in Dunkirk", "centres in Pune, Chennai and Coimbatore".
LOCATIVE = {"in", "at", "near", "outside", "from", "to", "across", "around", "into"}
_BEARINGS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east",
             "north-west", "south-east", "south-west", "outskirts"}
# "a Coimbatore maker of connectors": a place before a business noun (not "group": "the Tata group").
MAKER_NOUNS = {"maker", "manufacturer", "producer", "supplier", "company", "firm", "startup", "start-up", "exporter",
               "developer", "chain", "dealer", "distributor", "retailer", "grocer", "processor", "operator"}
# A gazetteer name inside one of these is part of another name.
BLOCKING_LABELS = {"ORG", "PERSON", "NORP", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}
# (Capitals with accents too: "BÁVARO —", "SÃO PAULO,")
_CAPS = "A-Z" + "".join(chr(c) for c in range(0xC0, 0x250) if chr(c).isupper())
DATELINE = re.compile(
    rf"(?m)^(?P<place>[{_CAPS}][{_CAPS}.'’\-]+(?: [{_CAPS}][{_CAPS}.'’\-]+){{0,3}})"
    r"(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?\s*(?:,|\(|—|–|-|:)"
)


# A dateline whose town no gazetteer knows ("VALLETTA, June 3 —", "HONIARA - "): capitals, then a dash or a
# comma and a date (not a colon, which a Q&A's speaker takes: "MAMANI:"); not a wire's slug ("UPDATE 1-").
_DATED = re.compile(r"\s*(?:—|–|-|,\s*(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)")
_SLUGS = {"UPDATE", "EXCLUSIVE", "BRIEF", "ANALYSIS", "FACTBOX", "COLUMN", "INTERVIEW", "BREAKING", "REFILE",
          "CORRECTED", "PRESS RELEASE", "FOR IMMEDIATE RELEASE", "MEDIA CONTACT", "ABOUT", "NOTE", "EDITORIAL",
          "OPINION", "COMMENT", "FEATURE", "PHOTO", "VIDEO", "WATCH", "LIVE", "Q", "A", "BY"}


_BRIEF_DASH = re.compile(rf"(?:, [{_CAPS}][{_CAPS}.'’\-]+(?: [{_CAPS}][{_CAPS}.'’\-]+)?)? (?:—|–|-{{1,2}}) [A-Z]")


def _unknown_dateline(m: re.Match) -> bool:
    place = m.group("place")
    return len(place) >= 4 and place.upper() == place and place.strip(".") not in _SLUGS \
        and not any(w in _SLUGS for w in place.split()) and _DATED.match(m.string, m.end("place")) is not None


SITE_NOUNS = {"site", "plant", "factory", "mill", "campus", "facility", "works", "refinery", "yard", "smelter",
              "terminal", "mine", "fab", "complex"}
# Sites and the works a company runs, named by their town ("the Toowoomba site", "its Bathurst bakery").
_TOWN_NAMED_WORKS = SITE_NOUNS | {"bakery", "brewery", "cannery", "dairy", "foundry", "warehouse", "depot",
                                  "distillery", "sawmill", "shipyard", "winery", "hatchery", "abattoir", "quarry",
                                  "hospital", "hotel", "resort"}
# "a gas plant in Ozu", "operates four plants in Shah Alam, Senai and Bayan Lepas", "the site at Lanet":
# the names after a facility and "in"/"at" are where it stands, whether or not the gazetteer knows them.
FACILITY_NOUNS = SITE_NOUNS | {"plants", "factories", "sites", "mills", "campuses", "facilities", "refineries",
                               "yards", "smelters", "terminals", "mines", "fabs", "gigafactory", "gigafactories",
                               "warehouse", "warehouses", "centre", "center", "centres", "centers", "office",
                               "offices", "headquarters", "hub", "academy", "stadium", "arena", "studio", "studios",
                               "hotel", "resort", "hospital", "clinic", "laboratory", "depot", "depots"}
_FACILITY_KEYS = {hash_string(w) for w in FACILITY_NOUNS}
_CO_KEYS = {hash_string("co"), hash_string("co.")}  # "Kilmallock, Co Limerick" (PlaceFinder._county_towns)
# What may end a clause after "a <works> in <town>" (PlaceFinder._sited_names), and the nouns before "in" that put
# money into a firm, not a works in a town.
_AFTER_TOWN = {".", ",", ";", ":", "(", "on", "over", "after", "before", "because", "last", "this", "next", "in", "by",
               "to", "and", "—", "–", "from", "for", "until", "with"}
_NOT_WORKS = {"holding", "holdings", "position", "positions", "money", "capital", "equity", "funding", "funds", "cash",
              "round", "business", "company", "firm", "group", "partner", "partners", "part", "role", "hand", "talks",
              "deal", "deals", "operations", "investors", "shareholders", "people", "jobs", "executive", "director"}
# "Chagai district", "the Alqueva reservoir", "the Umm Alhoul free zone": a name before a lower-case word for
# a kind of place is a place's (the kind word stays out of the name, as the corpus labels it).
KIND_AFTER = {"district", "province", "prefecture", "county", "region", "island", "islands", "valley", "reservoir",
              "river", "lake", "bay", "plains", "coast", "peninsula", "basin", "delta", "regency", "township",
              "municipality", "emirate", "governorate", "oblast", "canton", "state"}
ZONE_AFTER = {("free", "zone"), ("economic", "zone"), ("industrial", "zone"), ("industrial", "park"),
              ("industrial", "estate"), ("special", "economic"), ("export", "processing")}
_KIND_AFTER_KEYS = {hash_string(w) for w in KIND_AFTER | {a for a, _ in ZONE_AFTER}}
# "in Murang'a, Kiambu and Nyeri counties": the plural kind words a list of places closes with.
KIND_PLURALS = {"towns", "cities", "villages", "districts", "provinces", "prefectures", "counties", "regions",
                "regencies", "municipalities", "emirates", "governorates", "oblasts", "cantons", "states", "islands"}
_KIND_PLURAL_KEYS = {hash_string(w) for w in KIND_PLURALS}
# Lower-case words inside a place's name: "São José dos Campos", "Aschau am Inn".
NAME_GLUE = {"de", "da", "do", "dos", "das", "del", "am", "an", "al", "el", "la", "le"}
# "the Cromarty Firth", "Tasman Bay": a name ending in a natural feature is a place (models/gazetteers/geo_features.txt).
GEO_FEATURES = frozenset(load_lines("gazetteers/geo_features.txt"))
NOT_PLACES = frozenset(load_lines("gazetteers/not_places.txt"))
AS_WRITTEN = frozenset(load_lines("gazetteers/countries_as_written.txt"))
# What follows a dateline's place: "KARACHI —", "BEIJING (Reuters) -", "LAHORE:".
DATELINE_MARKS = ("-", "–", "—", "--", "(", ":")
# The kind words that end an estate's name ("... Industrial Estate", "... Free Zone", "... Park"); its last word, written
# in lower case after the name's first words, names it again ("the Amata City Chonburi estate").
_ESTATE_HEADS = ("Park", "Zone", "Estate", "Complex", "Hub")
_ESTATE_HEAD_WORDS = frozenset(h.lower() for h in _ESTATE_HEADS)
_ESTATE_KIND = re.compile(r"(?:\s(?:Industrial|Science|Technology|Economic|Free|Business|Logistics|Special))*"
                          r"\s(?:" + "|".join(_ESTATE_HEADS) + r")$")
KIND_IN_NAME = re.compile(r"\s(?:City|Prefecture|Province|County|State|Region|District)$|^County\s")
KIND_NOUNS = {"port", "town", "city", "village", "province", "prefecture", "county", "district", "state", "island",
              "emirate", "region", "municipality"}
# Words only a state, a province or a country has ("the Ontario government", "Premier of Ontario"), not a city.
GOVERNMENT_WORDS = {"government", "premier", "governor", "legislature", "provincial", "province", "state"}
# "Leeds-based", "Timmins-area", "Seoul-headquartered": the place a company or a site is from.
BASED_WORDS = {"based", "area", "headquartered", "registered", "listed"}
# Named industrial estates and zones are places (corpus/GUIDELINES.md): "Batu Kawan Industrial Park",
# "the Southern Taiwan Science Park", "Hefei Xinzhan High-tech Zone", "Jebel Ali Free Zone".
ESTATE = re.compile(
    r"\b(?:[A-Z0-9][\w'’.-]*\s){1,4}"
    r"(?:(?:Industrial|Science|Technology|Tech|Hi-[Tt]ech|High-[Tt]ech|Economic|Free|Free Trade|Export Processing|"
    r"Business|Eco-Industrial|Special Economic|Logistics|Innovation|Biotech|Software|IT)\s)?"
    r"(?:Park|Zone|Estate|Corridor|Hub|City|Complex|Area|Megasite|Ecozone|Cluster|Enclave|Freezone)\b"
)
# "in the Jelah business zone", "at the Haraholmen industrial area": an estate the article does not name in capitals
# is where its capitalized word says (also before its town: "the Butibori industrial area near Nagpur").
ESTATE_LOWER = re.compile(
    r"\b(?:in|at|near|inside|within|into) the ((?:[A-Z][\w'’-]+ ){1,3})(?:special )?"
    r"(?:business|industrial|free|economic|export processing|logistics|technology|free trade|eco-industrial) "
    r"(?:zone|park|area|estate|site|district|hub|city|cluster)\b"
)
ESTATE_KINDS = ("Industrial", "Industries", "Science", "Technology", "Tech", "Hi-", "High-", "Economic", "Free", "Export",
                "Business", "Eco-", "Special", "Logistics", "Innovation", "Biotech", "Software", "IT ", "Megasite",
                "Ecozone", "Petrochemical", "Freezone", "Enclave", "New Area")


def natural_feature(span: Span) -> bool:
    """'on the Cromarty Firth', 'across the Klang Valley', 'Indonesia's Riau Islands': a name ending in a natural
    feature's word where a sentence puts a place (not 'Bank of the Philippine Islands', not 'Harvest Plains was
    exploring a sale': a company named so)."""
    doc = span.doc
    start = span.start + (span[0].lower_ == "the")
    if span.end - start < 2 or not span[-1].is_title or span[-1].lower_ not in GEO_FEATURES \
            or any(t.lower_ == "of" for t in span) or has_legal_suffix(span.text):
        return False
    before = doc[start - 1] if start > 0 else None
    return before is not None and (before.lower_ == "the" or before.lower_ in LOCATIVE or before.text in ("'s", "’s"))


# Particles inside Portuguese and Spanish place names.
IBERIAN_PARTICLES = {"do", "da", "dos", "das", "de", "del"}


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


def _opens_quote(span: Span) -> bool:
    """'"Wooden high-rises are no longer an experiment," said ...': one unknown word opening a quotation is the
    quote's first word, capitalised as any is, not a place's name."""
    doc = span.doc
    return len(span) == 1 and span.start > 0 and doc[span.start - 1].text in ('"', "“", "'", "‘")


def _shape_ok(text: str) -> bool:
    """An unknown GPE/LOC is kept only if it looks like a place name."""
    words = text.split()
    if not words or not all(w[0].isupper() or w.lower() in ("of", "and", "de", "el", "al") for w in words):
        return False
    # "Gs." of "Gs. 475.000 millones": one word cut short is an abbreviation, not a name.
    return not (len(text) <= 3 and text.isupper()) and not (len(words) == 1 and text.endswith("."))


class PlaceFinder:
    def __init__(self, nlp: Language, gazetteer: Gazetteer, spans_key: str = "places", towns: Gazetteer | None = None):
        self.gaz = gazetteer
        self.towns = towns or Gazetteer([])
        self.key = spans_key
        # "a Kuwaiti family office", "Slovak dairy": a people's adjective the NER tags GPE is no place (but one that is
        # also a place's name is: "Singapore", "Qatar").
        self.demonyms = frozenset(k for k in load_json("deal_cues.json")["demonyms"] if not gazetteer.candidates(k.title()))
        cues, titles = load_json("company_cues.json"), load_json("titles.json")
        # (the words of a firm's name and the roles a person holds at one, for PlaceFinder._sited_names)
        self.firm_words = frozenset(w.lower() for w in cues["name_heads"] + cues["company_nouns"])
        self.person_words = frozenset(w.lower() for w in titles["person_heads"]) | {"analyst", "analysts", "economist",
                                                                                    "works", "worked", "working"}
        self.matcher = PhraseIndex(nlp)  # a PhraseMatcher(attr="ORTH"), quicker to build
        # (Sorted: a set's order changes from one process to the next, and the patterns kept on disk are named
        # by the names in order. Which order the index holds them in changes no row: matches are sorted.)
        names = sorted(n for n in gazetteer.surface_forms if n not in gazetteer.stopwords and n[0].isupper())
        town_names = sorted(n for n in self.towns.surface_forms if n not in gazetteer.stopwords and n[0].isupper())
        # The gazetteers' patterns are kept between runs (~1 s of start-up); a few names are quicker made.
        keep = cache_dir() if len(names) + len(town_names) >= _CACHED_NAMES else None
        self.matcher.add_cached([("PLACE", names), ("TOWN", town_names)], keep, nlp.meta)

    def _split_commas(self, span: Span) -> list[Span]:
        """"Ringaskiddy, County Cork", "Salinas Victoria, Nuevo León": the NER's one span is two places."""
        doc = span.doc
        commas = [t.i for t in span if t.text == ","]
        if not commas:
            return [span]
        parts, start = [], span.start
        for i in [*commas, span.end]:
            if i > start:
                parts.append(doc[start:i])
            start = i + 1
        if len(parts) > 1 and any(self.gaz.candidates(p.text) for p in parts):
            return parts
        return [span]

    def _town_then_region(self, ent: Span, ents: tuple[Span, ...]) -> bool:
        """An ORG followed by ", <a state or country the gazetteer knows>" that is not its owner's
        possessive ("Statkraft AS, Norway's state-owned ...") or a list of names ("Samsung, Foxconn")."""
        doc = ent.doc
        if len(ent) > 3 or ent.end + 1 >= len(doc) or doc[ent.end].text != "," or has_legal_suffix(ent.text) \
                or any(t.lower_ in ("bank", "group", "company", "corp", "inc", "ltd") for t in ent):
            return False
        nxt = next((e for e in ents if e.start == ent.end + 1), None)
        # ("of Curitiba, Paraná,": a town and a state the gazetteer knows, whatever the NER tagged the state)
        if nxt is None or not (nxt.label_ == "GPE" or (nxt.label_ == "ORG" and self.gaz.candidates(ent.text) and any(
                c.kind != "city" for c in self.gaz.candidates(nxt.text)))):
            return False
        after = doc[nxt.end].lower_ if nxt.end < len(doc) else ""
        if not (ent.start == 0 or doc[ent.start - 1].is_space or doc[ent.start - 1].lower_ in LOCATIVE
                or after in ("—", "–", "-")) \
                and not self.gaz.candidates(ent.text) and not self.towns.candidates(ent.text):
            # "deals with Volvo Cars, Scania, ...": a list of names; a town is "in Clay, New York", or
            # opens a line or a dateline ("ST. THOMAS, Ontario —"), or is one the gazetteer knows.
            return False
        if after in ("'s", "’s"):
            return False
        return bool(self.gaz.candidates(_trim(nxt).text)) or after not in ("and", "or", "&")

    @staticmethod
    def _place_name_end(doc: Doc, i: int) -> int:
        """End of a place name starting at ``i``: up to four capitalised words, with "dos"/"am" or a hyphen inside."""
        j = i
        while j < len(doc) and j - i < 5:
            t = doc[j]
            if t.text[:1].isupper() and t.is_alpha and t.ent_type_ not in NOT_PLACE_LABELS:
                j += 1
            elif t.lower_ in NAME_GLUE and j > i and j + 1 < len(doc) and doc[j + 1].text[:1].isupper():
                j += 1
            elif t.text == "-" and j > i and not doc[j - 1].whitespace_ and not t.whitespace_ and j + 1 < len(doc) \
                    and doc[j + 1].text[:1].isupper() and doc[j + 1].is_alpha:
                j += 2  # "Ras Al-Khair", "Saint-Laurent": a hyphened name
            else:
                break
        while j > i and doc[j - 1].lower_ in NAME_GLUE:
            j -= 1
        return j

    def _county_towns(self, doc: Doc, lower: list[int]) -> list[tuple[Span, Span]]:
        """"a plant in Kilmallock, Co Limerick", "Carrigtwohill, Co. Cork": Irish news's county after a town, and the
        town (up to three capitalised words before the comma)."""
        out = []
        for t in (doc[k] for k, w in enumerate(lower[:-1]) if w in _CO_KEYS and k >= 2):
            nxt = doc[t.i + 1]
            if t.text not in ("Co", "Co.") or doc[t.i - 1].text != "," or not nxt.is_title or not nxt.is_alpha:
                continue
            county = doc[t.i : t.i + 2]
            if not irish_county(county.text):
                continue
            start = t.i - 1
            while start > 0 and t.i - 1 - start < 3 and doc[start - 1].is_title and doc[start - 1].is_alpha:
                start -= 1
            if start < t.i - 1 and not opens_paragraph(doc, start):
                out.append((doc[start : t.i - 1], county))
        return out

    def _facility_places(self, doc: Doc, lower: list[int]) -> list[Span]:
        """"a plant in Ozu", "plants in Komárom and Iváncsa", "its factories in São José dos Campos and Gavião
        Peixoto": the names a facility is said to stand in."""
        out: list[Span] = []
        places = [e for e in doc.ents if e.label_ in PLACE_LABELS
                  and (self.gaz.candidates(_trim(e).text) or _shape_ok(_trim(e).text))]
        for k in [k for k, w in enumerate(lower[:-2]) if w in _FACILITY_KEYS]:
            if doc[k + 1].lower_ not in ("in", "at", "near"):
                continue
            i = k + 2 + (k + 2 < len(doc) and doc[k + 2].lower_ in ("nearby", "neighbouring", "neighboring"))
            while i < len(doc):
                j = self._place_name_end(doc, i)
                if j == i:
                    break
                span = doc[i:j]
                owner = j < len(doc) and doc[j].text in ("'s", "’s")  # "a plant at Foxconn's campus"
                if owner or has_legal_suffix(span.text) or any(
                        t2.ent_type_ in ("NORP", "EVENT", "LAW", "WORK_OF_ART") for t2 in span):
                    break
                if j < len(doc) and doc[j].pos_ in ("VERB", "AUX") and doc[i - 1].lower_ in ("and", ","):
                    break  # "... in Santa Catarina, and General Motors denied": a new clause
                abbreviated = j + 1 < len(doc) and doc[j].text == "." and doc[j + 1].text == ","  # "Sudbury, Ont.,"
                if not abbreviated and not any(e.start <= span.start and span.end <= e.end for e in places):
                    # (inside the NER's own place, the NER's span stands)
                    out.append(span)
                if j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ == "and":
                    j += 1
                if j + 1 < len(doc) and doc[j].text in (",", "and") and doc[j + 1].text[:1].isupper():
                    i = j + 1
                    continue
                break
        return out

    @staticmethod
    def _past_modifiers(doc: Doc, k: int) -> int:
        """The token before the adjectives and kind words ending at ``k``: "the" of "the northern port city"."""
        start = k
        while k > 0 and start - k < 3 and doc[k].is_lower and (doc[k].pos_ == "ADJ" or doc[k].lower_ in KIND_NOUNS):
            k -= 1
        return k

    def _named_by_kind(self, doc: Doc, lower: list[int]) -> list[Span]:
        """"Chagai district", "the Alqueva reservoir", "the Umm Alhoul free zone": the capitalised words before a
        lower-case kind of place."""
        out: list[Span] = []
        for k in [k for k, w in enumerate(lower) if w in _KIND_AFTER_KEYS]:
            t = doc[k]
            if not t.is_lower or k == 0:
                continue
            if t.lower_ not in KIND_AFTER and not (k + 1 < len(doc) and (t.lower_, doc[k + 1].lower_) in ZONE_AFTER):
                continue
            end = k
            start = end
            # (An administrative unit's name the NER took for a firm's is still the unit's: "in Sankhuwasabha
            # district".)
            not_place = NOT_PLACE_LABELS | {"PERSON", "NORP"} | (
                set() if t.lower_ in ADMIN_UNITS | _NATURAL_KINDS else {"ORG"})
            while start > 0 and end - start < 5 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha \
                    and doc[start - 1].ent_type_ not in not_place:
                start -= 1
            if start == end or doc[start].is_sent_start and doc[start].pos_ != "PROPN":
                continue
            out.append(doc[start:end])
        # "in Murang'a, Kiambu and Nyeri counties": each name of a list its plural kind word closes.
        for k in [k for k, w in enumerate(lower) if w in _KIND_PLURAL_KEYS]:
            if not doc[k].is_lower or k < 3:
                continue
            names, end, start = [], k, k
            while True:
                while start > 0 and end - start < 4 and doc[start - 1].text[:1].isupper() \
                        and doc[start - 1].ent_type_ not in NOT_PLACE_LABELS | {"PERSON", "NORP"}:
                    start -= 1
                if start == end:
                    break
                names.append(doc[start:end])
                if start > 1 and doc[start - 1].lower_ in (",", "and") and doc[start - 2].text[:1].isupper():
                    end = start = start - 1
                    continue
                break
            if len(names) > 1 and any(doc[n.end].lower_ == "and" for n in names[1:]):
                out.extend(names)
        return out

    def _places_listed(self, ent: Span) -> list[Span]:
        """'Mombasa and Kisumu', 'Pune, Chennai and Coimbatore' as one NER name: the places, if every part is one."""
        doc = ent.doc
        cuts = [t.i for t in ent if t.lower_ in ("and", ",")]
        if not cuts or not any(doc[c].lower_ == "and" for c in cuts):
            return []
        parts, start = [], ent.start
        for c in [*cuts, ent.end]:
            parts.append(doc[start:c])
            start = c + 1
        if all(len(p) and p[0].is_title and p.text not in self.gaz.stopwords
               and any(c.kind in ("city", "subdivision", "country") for c in self.gaz.candidates(p.text)) for p in parts):
            return parts
        return []

    @staticmethod
    def _estates_shortened(doc: Doc, spans: list[Span]) -> list[Span]:
        """"the Amata City Chonburi Industrial Estate", later "the company's plant in the Amata City Chonburi
        estate": an estate named in full, then by its name's first words and a lower-case kind word, is that estate."""
        full = {}
        for s in spans:
            m = _ESTATE_KIND.search(s.text)
            if m and ESTATE.fullmatch(s.text) and len(s.text[: m.start()].split()) >= 2:
                full.setdefault(tuple(s.text[: m.start()].split()), s)
        if not full:
            return spans
        taken = {i for s in spans for i in range(s.start, s.end)}
        out = list(spans)
        for words, s in full.items():
            n = len(words)
            for i in range(len(doc) - n):
                if tuple(t.text for t in doc[i : i + n]) != words or any(j in taken for j in range(i, i + n + 1)):
                    continue
                if doc[i + n].lower_ not in _ESTATE_HEAD_WORDS:
                    continue
                short = Span(doc, i, i + n + 1, label="LOCATION")
                short._.canonical, short._.country = s._.canonical, s._.country
                out.append(short)
                taken.update(range(i, i + n + 1))
        return sorted(out, key=lambda x: x.start)

    def _governed_names(self, doc: Doc, spans: list[Span]) -> set[str]:
        """Names the article writes as a state's or a province's, never a city of that name in another country, in
        any of their mentions: "The Ontario government", "Premier of Ontario"; "Windsor, Ontario", a name after a
        town and a comma, where the town lies in that province's country (not Ontario, California)."""
        governed = {s.text for s in spans if self._governed(s)}
        ends = {s.end: s for s in spans}
        for s in spans:
            town = ends.get(s.start - 1) if s.start > 1 and doc[s.start - 1].text == "," else None
            if town is not None and {p.country for p in self.gaz.candidates(s.text) if p.kind == "subdivision"} & {
                    p.country for p in (*self.gaz.candidates(town.text), *self.gaz.namesakes(town.text),
                                        *self.towns.candidates(town.text))}:
                governed.add(s.text)
        return governed

    def _small_dateline_countries(self, spans: list[Span]) -> Counter:
        """A dateline's small town that lies in one country only ("MONCTON —") names the country the story is written
        in, as the town would not otherwise count until that country is named (where no place follows it: "GEORGE
        TOWN, Cayman Islands —" is not Penang's)."""
        starts = {s.start for s in spans}
        out: Counter = Counter()
        for s in spans:
            if is_dateline(s, regions=True) and s.end + 1 not in starts and not self.gaz.candidates(s.text):
                owners = {p.country for p in self.towns.candidates(s.text)}
                if len(owners) == 1 and None not in owners:
                    out[owners.pop()] += 1
        return out

    @staticmethod
    def _governed(span: Span) -> bool:
        """"The Ontario government", "Premier of Ontario", "Queensland's premier": a place written with the government
        a state, a province or a country has."""
        doc = span.doc
        after = doc[span.end : span.end + 2]
        if after and after[0].text in ("'s", "’s"):
            after = after[1:]
        if after and after[0].lower_ in GOVERNMENT_WORDS:
            return True
        return span.start > 1 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in GOVERNMENT_WORDS

    @staticmethod
    def _join_particles(doc: Doc, spans: list[Span]) -> list[Span]:
        """'Santiago do Cacém', 'Ribeirão das Neves': two names joined by an Iberian particle are one place,
        where the NER cut it in two ("Santiago" of the Dominican Republic and "Cacém")."""
        out: list[Span] = []
        for s in spans:
            prev = out[-1] if out else None
            if prev is not None and s.start == prev.end + 1 and doc[prev.end].lower_ in IBERIAN_PARTICLES \
                    and s[0].is_title:
                out[-1] = doc[prev.start : s.end]
            else:
                out.append(s)
        return out

    @staticmethod
    def _locative(span: Span, found: list[Span]) -> bool:
        """The words before ``span`` make it a place: "in Chennai", "in Pune, Chennai and Coimbatore"."""
        doc = span.doc
        i = span.start - 1
        if i < 0:
            return False
        if doc[i].lower_ in LOCATIVE:
            return True
        # "just north of Invercargill", "30 km east of Tema": a place by its bearing from another.
        if i > 0 and doc[i].lower_ == "of" and doc[i - 1].lower_ in _BEARINGS:
            return True
        # "its site of Differdange", "the plant of Kutno" (as a translation writes it): a town the gazetteers know,
        # which the NER took for nothing else, after a works and "of".
        if i > 0 and doc[i].lower_ == "of" and doc[i - 1].lower_ in FACILITY_NOUNS | {"hall", "halls", "shop"} \
                and all(t.ent_type_ in ("", "GPE", "LOC") for t in span):
            return True
        # "in neighbouring Uozu", "in nearby Koper": a locative past its adjective of nearness.
        if i > 0 and doc[i].lower_ in ("neighbouring", "neighboring", "nearby") and doc[i - 1].lower_ in LOCATIVE:
            return True
        # "a Coimbatore maker of connectors", "the Yorkshire maker of bread": a business described by its place.
        if doc[i].lower_ in ("a", "an", "the") and span.end < len(doc) and (
                doc[span.end].lower_ in MAKER_NOUNS or doc[span.end : span.end + 3].text.lower() == "start-up"):
            return True  # ("start-up" is three tokens)
        # (past the trade's own words: "a Montevideo supermarket chain", "a Cheshire packaging group"; or opening a
        # paragraph: "Windhoek mobile payments start-up Ombili Pay has raised ...")
        opening = opens_paragraph(doc, span.start) and span[0].ent_type_ != ""  # (a name, not "Tank storage firm X")
        if (doc[i].lower_ in ("a", "an") or opening) and span.end + 1 < len(doc) and doc[span.end].is_lower \
                and doc[span.end].is_alpha:
            words = doc[span.end : span.end + 4]
            k = next((j for j, t in enumerate(words) if t.lower_ in MAKER_NOUNS | {"group", "start"}), None)
            if k is not None and k > 0 and all(t.is_lower and t.is_alpha and t.pos_ in ("NOUN", "ADJ") for t in words[:k]):
                return True
        # "an expansion of the Toowoomba site", "its Pune plant": a facility named by where it stands.
        if doc[i].lower_ in ("the", "its", "their", "our") and span.end < len(doc) and doc[span.end].is_lower \
                and doc[span.end].lower_ in _TOWN_NAMED_WORKS:
            return True
        # "the Söderhamn-based group", "Zug-based commodity trader X": a home.
        if written_as_home(span) and not doc[span.end - 1].whitespace_:
            return True
        if doc[i].text in (",", "and") and i > 0:
            return any(f.end == i and f.start > 0
                       and (doc[f.start - 1].lower_ in LOCATIVE or doc[f.start - 1].text in (",", "and")) for f in found)
        return False

    def _bare_name(self, ent: Span) -> Span | None:
        """The NER's entity, trimmed, where it could be a small place's name: at most four title-case words, no legal
        form, digit or firm's word (for _sited_names and _kind_named)."""
        span = _trim(ent)
        if not span or len(span) > 4 or has_legal_suffix(span.text) or any(c.isdigit() for c in span.text) \
                or any(t.lower_ in self.firm_words for t in span) \
                or not all(t.is_title or t.lower_ in NAME_GLUE or t.text in ("-", "'") for t in span):
            return None
        return span

    def _sited_names(self, doc: Doc, ents: tuple[Span, ...], found: list[Span]) -> list[Span]:
        """"a tuna loining plant at Namatanai on the east coast of New Ireland", "at Kange, in Tanga City", "at
        Feroke, on the southern edge of Kozhikode", "at Bakki near Húsavík": a name the NER took for a firm's or a
        person's, after "at" or "near" and before the words that place it in another place, is a town the
        gazetteers do not know (not "an analyst at Maybank in Kuala Lumpur": a firm someone works at)."""
        out: list[Span] = []
        for ent in ents:
            if ent.label_ not in ("ORG", "PERSON", "FAC") or ent.start < 2:
                continue
            span = self._bare_name(ent)
            if span is None:
                continue
            prev = doc[span.start - 1].lower_
            if prev == "in" and span.start >= 2 and self._works_in(doc[span.start - 2]) and (
                    span.end == len(doc) or doc[span.end].lower_ in _AFTER_TOWN or doc[span.end].is_space):
                # "a plant making bearings for robots in Nhon Trach.", "a poultry farm in Al Shahaniya after bids
                # came in", "a methanol unit in Mesaieed because of weak prices": a works' town, the clause ending
                out.append(span)
                continue
            if prev not in ("at", "near", "outside") or span.end + 1 >= len(doc):
                continue
            before = {t.lower_ for t in doc[max(0, span.start - 5) : span.start - 1]}
            if before & self.person_words:
                continue  # "head of research at Aurora Bank in ...", "who works at ..."
            if any(t.text in ("'s", "’s") for t in doc[span.end : span.end + 1]):
                continue
            a, b = doc[span.end], doc[span.end + 1]
            nxt_place = any(f.start in (span.end + 1, span.end + 2) for f in found) or b.ent_type_ in ("GPE", "LOC") \
                or (span.end + 2 < len(doc) and doc[span.end + 2].ent_type_ in ("GPE", "LOC"))
            placed = (a.lower_ in ("near", "outside") or (a.lower_ == "in" and nxt_place)
                      or (a.text == "," and (b.lower_ in ("near", "outside", "in", "just", "on", "off", "about", "some")
                                             or b.lower_ in _BEARINGS or b.like_num or nxt_place))
                      or (a.lower_ in ("on", "off") and b.lower_ == "the")
                      or (a.lower_ in _BEARINGS and b.lower_ == "of"))
            if placed:
                out.append(span)
        return out

    @staticmethod
    def _works_in(t: Token) -> bool:
        """The word before "in X" is a works or what is done at one ("a 12 MW facility in", "a yarn unit in",
        "bearings for electric vehicles in"), not a stake or a sum put into a firm ("a 30% stake in", "$5m in")."""
        return t.is_lower and t.is_alpha and t.pos_ == "NOUN" and t.ent_type_ == "" \
            and t.lower_ not in _NOT_WORKS and not t.lower_.startswith(("invest", "stake", "interest", "share"))

    def _kind_named(self, doc: Doc, ents: tuple[Span, ...], found: list[Span]) -> list[Span]:
        """"in Huye District", "Webb County", "Zenica-Doboj Canton": a name the NER took for a firm's whose last word
        is an administrative unit's; and "in Schwaz, Tyrol", "Konawe Regency, Southeast Sulawesi,": the region a
        comma puts after a place, before the sentence goes on."""
        out: list[Span] = []
        starts = {f.end + 1: f for f in found if f.end + 1 < len(doc) and doc[f.end].text == ","}
        for ent in ents:
            if ent.label_ not in ("ORG", "PERSON", "FAC", "LOC"):
                continue
            span = self._bare_name(ent)
            if span is None:
                continue
            after = doc[span.end] if span.end < len(doc) else None
            if after is not None and (after.text in ("'s", "’s") or after.pos_ in ("VERB", "AUX")
                                      or after.lower_ in self.firm_words):
                continue
            if after is not None and after.is_title:
                continue  # "Bugesera District Mayor Alphonsine Mukandayisenga": a title's place, named with it
            if len(span) > 1 and span[-1].lower_ in ADMIN_UNITS | {"canton", "regency"} \
                    and not (span.start > 0 and doc[span.start - 1].lower_ == "of"):
                out.append(span)
            elif span.start in starts and ent.label_ != "PERSON" and (
                    after is None or after.text in (".", "—", "–", "-", ";", ")")
                    or (after.text == "," and span.end + 1 < len(doc)
                        and doc[span.end + 1].lower_ not in ("a", "an", "the", "who", "which", "one"))):
                town = starts[span.start]
                if town.start > 0 and (doc[town.start - 1].lower_ in LOCATIVE or opens_paragraph(doc, town.start)):
                    out.append(span)
        return out

    @staticmethod
    def _states_after_towns(doc: Doc) -> dict[tuple[int, int], int]:
        """"Sudbury, Ont.,", "Dalton, Ga., where", "HALIFAX, N.S. —": a state or province abbreviated after a town
        and its comma, and closed by its full stop (models/gazetteers/state_abbreviations.tsv). Maps each
        abbreviation's bounds to where the town's capitalised words begin."""
        forms = _state_abbreviations()
        out: dict[tuple[int, int], int] = {}
        for t in doc:
            if t.text.rstrip(".") not in forms or t.i < 2 or doc[t.i - 1].text != ",":
                continue
            if not (t.text.endswith(".") or (t.i + 1 < len(doc) and doc[t.i + 1].text == ".")):
                continue
            k = t.i - 1
            while k > 0 and doc[k - 1].is_alpha and (doc[k - 1].is_title or doc[k - 1].is_upper) and t.i - 1 - k < 4:
                k -= 1
                if doc[k].is_sent_start:
                    break
            if k < t.i - 1:
                out[(t.i, t.i + 1)] = k
        return out

    def __call__(self, doc: Doc) -> Doc:
        found: list[Span] = []
        ents = doc.ents  # built anew on each access: once per doc
        for ent in ents:
            if ent.label_ in PLACE_LABELS:
                span = _trim(ent)
                if any(c.isdigit() for c in span.text) or (span.end < len(doc) and doc[span.end].text[:1] in "$€£¥₹"):
                    continue  # "NT$112.50": a price, not the Northern Territory
                for part in self._split_commas(span):
                    if part.text in NOT_PLACES or part.text.lower() in self.demonyms:
                        continue  # "existing Murabaha facilities": a word the NER took for a place
                    if self.gaz.candidates(part.text) or (_shape_ok(part.text) and not _opens_quote(part)):
                        found.append(part)
            elif ent.label_ == "ORG" and self._town_then_region(ent, ents):
                # "Clay, New York", "Waltham Cross, Hertfordshire": a town the NER took for an organization.
                found.append(_trim(ent))
            elif ent.label_ in ("ORG", "FAC") and natural_feature(ent):
                found.append(_trim(ent))  # "the Cromarty Firth" the NER took for an organization
            elif ent.label_ in ("ORG", "PERSON") and (listed := self._places_listed(ent)):
                # "road projects linking Mombasa and Kisumu": the NER ran two places into one name.
                found.extend(listed)
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
            if ent is not None and ent.label_ in NOT_PLACE_LABELS and not (
                    start == ent.start and end > ent.end and self._locative(span, found)):
                # "in March": a date, though a town in England has the name (but "its factory in May Pen": a
                # town whose name runs past the NER's month, where the sentence puts a place)
                continue
            # (A gazetteer name that holds the whole entity and more is the fuller name: the NER's "Mato Grosso"
            # PERSON inside "Mato Grosso do Sul".)
            blocked = ent is not None and ent.label_ in BLOCKING_LABELS and not (
                start <= ent.start and ent.end <= end and end - start > ent.end - ent.start)
            # A name the NER took for something else, or a small town, counts where the sentence
            # puts it as a place; a known city inside a longer name ("Bank of Chennai") never does.
            # (or its first part, before a comma: the NER's "Uozu, Sawamura" of "in neighbouring Uozu, Sawamura said")
            if blocked and not (((ent.start, ent.end) == (start, end)
                                 or (ent.start == start and end < ent.end and doc[end].text == ","))
                                and self._locative(span, found)):
                continue
            if doc.vocab.strings[match_id] == "TOWN" and not self._locative(span, found):
                continue
            found.append(span)
        for t in doc[:-2]:
            nxt = doc[t.i + 1]
            if nxt.text == "-" and not t.whitespace_ and doc[t.i + 2].lower_ in BASED_WORDS \
                    and t.text[:1].isupper() and (self.gaz.candidates(t.text) or self.towns.candidates(t.text)) \
                    and t.text not in self.gaz.stopwords:
                # "the Leeds-based company": a place the gazetteer knows, before "-based".
                start = t.i
                while start > 0 and doc[start - 1].ent_iob_ != "O" and doc[start - 1].text[:1].isupper() \
                        and self.gaz.candidates(doc[start - 1 : t.i + 1].text):
                    start -= 1
                found.append(doc[start : t.i + 1])
            elif t.lower_ in KIND_NOUNS and nxt.lower_ == "of" and doc[t.i + 2].text[:1].isupper() \
                    and t.i > 0 and doc[self._past_modifiers(doc, t.i - 1)].lower_ in ("the", "a", "its", "nearby"):
                # "the port of Duqm", "the town of Kikuyo", "the province of Bac Giang": a place by its kind word
                # (past its modifiers: "the northern city of Kostanay", "the port city of Mtwara").
                end = t.i + 2
                while end < len(doc) and doc[end].text[:1].isupper() and doc[end].ent_type_ not in NOT_PLACE_LABELS \
                        and end - t.i < 6:
                    end += 1
                if end > t.i + 2:
                    found.append(doc[t.i + 2 : end])
            elif t.lower_ in ("its", "their") and nxt.is_title and nxt.pos_ == "PROPN":
                # "its Hendon site", "their Pune plant": a facility named after where it stands
                end = t.i + 2
                # (a hyphened name too: "its Dolbeau-Mistassini mill")
                while end < len(doc) and end - t.i < 6 and (
                        (doc[end].is_title and doc[end].pos_ == "PROPN")
                        or (doc[end].text in ("-", "–") and not doc[end - 1].whitespace_ and not doc[end].whitespace_
                            and end + 1 < len(doc) and doc[end + 1].is_title)):
                    end += 1
                if end < len(doc) and doc[end].lower_ in SITE_NOUNS and nxt.ent_type_ not in NOT_PLACE_LABELS \
                        and nxt.ent_type_ not in ("NORP", "PRODUCT"):
                    found.append(doc[t.i + 1 : end])
        lower = doc.to_array("LOWER").tolist()  # one pass in C for the rules below; their anchor words are rare
        found.extend(self._facility_places(doc, lower))
        found.extend(self._sited_names(doc, ents, found))
        found.extend(self._kind_named(doc, ents, found))
        found.extend(self._named_by_kind(doc, lower))
        county_towns = self._county_towns(doc, lower)
        found.extend(sp for pair in county_towns for sp in pair)
        for m in ESTATE.finditer(doc_text(doc)):
            name = m.group(0)
            if not any(k in name for k in ESTATE_KINDS):
                continue  # a bare "X Park" or "X City" may be anything
            span = doc.char_span(m.start(), m.end(), alignment_mode="contract")
            # Not the country that owns it: "Egypt's Suez Canal Economic Zone" is the zone's name after "'s".
            own = next((t.i for t in span if t.text in ("'s", "’s")), None) if span is not None else None
            if own is not None:
                span = doc[own + 1 : span.end]
            # Not inside a longer name: "the Philippine Economic Zone Authority" is an agency.
            if span is not None and len(span) >= 2 and span[0].lower_ != "the" \
                    and not (span.end < len(doc) and doc[span.end].is_title):
                found.append(span)
        for m in ESTATE_LOWER.finditer(doc_text(doc)):
            span = doc.char_span(m.start(1), m.end(1) - 1, alignment_mode="contract")
            if span is not None and len(span) and not has_legal_suffix(span.text) and all(
                    t.ent_type_ not in ("NORP", "PRODUCT") for t in span):
                found.append(span)
        for m in DATELINE.finditer(doc_text(doc)):
            # (Past the article's opening, only a dash's: a briefs item's own "BÁVARO — Grupo Hotelero ...",
            # "NUEVO LAREDO, TAMAULIPAS — Aduanix ...".)
            if m.start() > 400 and not _BRIEF_DASH.match(m.string, m.end("place")):
                continue
            place = m.group("place").title()
            if self.gaz.candidates(place) or _unknown_dateline(m):
                span = doc.char_span(m.start("place"), m.end("place"), alignment_mode="expand")
                if span is not None:
                    found.append(span)
        states = self._states_after_towns(doc)
        for (start, end), town_start in states.items():
            found.append(doc[start:end])
            town = doc[town_start : start - 1]
            if town_start < start - 1 and not any(f.start <= town.start < f.end for f in found) \
                    and (self.gaz.candidates(town.text) or self.towns.candidates(town.text)):
                found.append(town)  # "Grande Prairie, Alta.": the NER took the town and its province for a firm
        spans = self._join_particles(doc, filter_spans(found))
        governed = self._governed_names(doc, spans)
        # The article's countries: those it names, then those of places that can lie in one country only
        # ("Lahore", "Dera Ghazi Khan"), which settle the ambiguous ones ("Punjab").
        # (A country's name that is also a place elsewhere, "Georgia", names neither until the others decide.)
        countries = Counter(
            p.country for s in spans for p in self.gaz.candidates(s.text)[:1] if p.country and p.kind == "country"
            and len({c.country for c in self.gaz.candidates(s.text)}) == 1
        )
        for s in spans:
            # (A region of no one country counts as an owner: "Gulf", the region, is not Papua New Guinea's
            # province of that name.)
            owners = {p.country for p in (*self.gaz.candidates(s.text), *self.gaz.namesakes(s.text))
                      if s.text not in governed or p.kind != "city"}
            if len(owners) == 1 and None not in owners:
                countries[owners.pop()] += 0.5
        countries.update(self._small_dateline_countries(spans))
        context = [c for c, _ in countries.most_common()]
        # ("Sudbury, Ont.": Ontario)
        resolved = {s: self.gaz.lookup(*_state_abbreviations()[s.text.rstrip(".")]) if (s.start, s.end) in states
                    else self.gaz.lookup(s.text, context, cities=s.text not in governed) for s in spans}
        named = {p.country for p in resolved.values() if p is not None and p.country}
        unowned: list[Span] = []
        unknown: list[Span] = []  # names no gazetteer knows
        for s in spans:
            place = resolved[s]
            if place is None:
                # A small town counts only in a country the article's places lie in: "Iskandar" in a
                # Johor story is not the Uzbek town.
                town = self.towns.lookup(s.text, [*context, *sorted(named)])
                place = town if town is not None and (not named or town.country in named) else None
            if place is not None:
                s._.canonical, s._.country = place.name, place.country
                if s.text in AS_WRITTEN:
                    s._.canonical = s.text  # "Türkiye" where the article writes it, "Turkey" where it does
                if KIND_IN_NAME.search(s.text) and place.kind != "country":
                    # "Fukuoka Prefecture", "Tanauan City", "County Cork": the kind word is part of the
                    # name as written (the corpus labels it so).
                    s._.canonical = " ".join(s.text.split())
            elif ESTATE.fullmatch(s.text):
                # An estate lies where a place in its name does ("Southern Taiwan Science Park"), else in
                # the article's country.
                inner = [self.gaz.lookup(s[i:j].text, context) for i in range(len(s)) for j in range(i + 1, len(s))]
                owner = next((p.country for p in inner if p is not None and p.country), None)
                # (else the dateline's country, "KUANTAN: ... in the Gebeng Industrial Area here", over the most
                # named one, which may be the investor's home)
                dateline = next((d._.country for d in spans if d.start < s.start and d._.country and is_dateline(d)),
                                None)
                # (else that of a town written right after it, below)
                s._.canonical, s._.country = s.text, owner or dateline
                if s._.country is None:
                    unowned.append(s)
            else:
                # ("ZHOVKVA —", a dateline no gazetteer knows: the town, as the story would write it in its text)
                shouted = s.text.isupper() and opens_paragraph(doc, s.start)
                s._.canonical, s._.country = (s.text.title() if shouted else s.text), None
                unknown.append(s)
            s.label_ = "LOCATION"
        # An estate no name places lies where the town written right after it does, wherever the article names it
        # ("in the Kemerton Strategic Industrial Area, near Bunbury" in a story that also names Malaysia, where the
        # refinery was not built); else in the article's most named country.
        beside = {s.text: o._.country for s in unowned for o in spans if o._.country and s.end <= o.start <= s.end + 3
                  and all(t.lower_ in (",", "near", "outside", "in", "the") for t in doc[s.end : o.start])}
        for s in unowned:
            s._.country = beside.get(s.text) or (context[0] if context else None)
        # "in the municipality of Alibunar, South Banat District, Serbia": a town no gazetteer knows lies in the
        # country of the places its commas chain it to.
        for s in unknown:
            if s.start == 0 or doc[s.start - 1].lower_ not in LOCATIVE | {"of"}:
                continue  # (a list of names: "Bahtera, Sakuragawa to build ...", "Singapore's Ninja Van, Indonesia's Kargo")
            chained = s
            for o in spans:
                if o.start == chained.end + 1 and doc[chained.end].text == ",":
                    if o._.country:
                        s._.country = o._.country
                        break
                    chained = o
        chained_to = {s._.canonical: s._.country for s in unknown if s._.country}
        for s in unknown:  # (and so does its every other mention)
            s._.country = s._.country or chained_to.get(s._.canonical)
        counties = {(t.start, t.end): c for t, c in county_towns}
        for s in spans:
            if s[0].text in ("Co", "Co.") and irish_county(s.text):
                s._.canonical = "County " + s[1:].text  # "Co Limerick": County Limerick, as it is named in full
            county = counties.get((s.start, s.end))
            if county is not None and s._.country is None:
                # "Kilmallock, Co Limerick": a town too small for the gazetteer lies in its county's country.
                s._.country = "IE"
        # "Egypt's Red Sea coast": a place the article puts in a country with a possessive lies there, though the
        # gazetteer knows only another of that name (Sudan's Red Sea state).
        ends = {s.end: s for s in spans}
        owned: dict[str, str] = {}
        for s in spans:
            owner = ends.get(s.start - 1) if s.start > 0 and doc[s.start - 1].text in ("'s", "’s") else None
            if owner is not None and owner._.country and s._.country and s._.country != owner._.country \
                    and any(p.kind == "country" for p in self.gaz.candidates(owner.text)[:1]) \
                    and not any(p.country == owner._.country for p in self.gaz.candidates(s.text)):
                s._.country = owner._.country
                owned[s._.canonical] = owner._.country
        for s in spans:  # and so does every other mention of it
            if s._.canonical in owned:
                s._.country = owned[s._.canonical]
        spans = self._estates_shortened(doc, spans)
        # "Kumamoto Prefecture" and later "Kumamoto": one place, named as written in full.
        prefectures = {s._.canonical[: -len(" Prefecture")]: s._.canonical for s in spans
                       if s._.canonical.endswith(" Prefecture")}
        for s in spans:
            if s._.canonical in prefectures:
                s._.canonical = prefectures[s._.canonical]
        doc.spans[self.key] = _not_surnames(spans)
        return doc


@Language.factory(
    "news_places",
    assigns=["doc.spans"],
    requires=["doc.ents"],
    default_config={"spans_key": "places"},
)
def make_place_finder(nlp: Language, name: str, spans_key: str) -> PlaceFinder:
    return PlaceFinder(nlp, default_gazetteer(), spans_key, small_towns())


def opens_paragraph(doc: Doc, i: int) -> bool:
    """The token at ``i`` opens a paragraph (or the text)."""
    if i == 0:
        return True
    prev = doc[i - 1]
    return "\n" in prev.whitespace_ or (prev.is_space and prev.text.endswith("\n"))


def paragraph_start(doc: Doc, i: int) -> int:
    """The token that opens the paragraph the token at ``i`` is in."""
    while not opens_paragraph(doc, i):
        i -= 1
    return i


def written_as_home(place: Span) -> bool:
    """"Zug-based", "Dubai-headquartered": a place written as a company's home."""
    doc, end = place.doc, place.end
    return end + 1 < len(doc) and doc[end].text in ("-", "–") and doc[end + 1].lower_ in ("based", "headquartered")


# The units a name is written as, "the department of Córdoba", "Córdoba department": the unit, not a city of that name.
UNIT_WORDS = {"department", "province", "state", "county", "district", "governorate", "prefecture", "oblast", "region"}


def written_as_unit(place: Span) -> bool:
    """"in the northern department of Córdoba", "Antioquia department": a name written as an administrative unit."""
    doc = place.doc
    before = place.start > 1 and doc[place.start - 1].lower_ == "of" and doc[place.start - 2].lower_ in UNIT_WORDS
    return before or (place.end < len(doc) and doc[place.end].lower_ in UNIT_WORDS)


@lru_cache(maxsize=1)
def _state_abbreviations() -> dict[str, tuple[str, list[str]]]:
    """"Ont" -> ("Ontario", ["CA"]), a name and the country to look it up in: models/gazetteers/state_abbreviations.tsv."""
    return {abbr: (name, [country]) for abbr, name, country in
            (line.split("\t") for line in load_lines("gazetteers/state_abbreviations.tsv"))}


def is_dateline(place: Span, regions: bool = False) -> bool:
    """A place opening a paragraph, followed by a date or a dash: "KARACHI, Feb 3 —", "Bangkok, 21 August 2025 –",
    "LAHORE:"; either of two cities a slash joins ("LIMA/TORONTO, June 9 (Reuters) -"). ``regions``: also a town
    its state or province follows ("WINDSOR, Ont., Jan 29 —")."""
    doc = place.doc
    start, end = place.start, place.end
    def named(t: Token) -> bool:
        return t.is_upper or t.is_title

    # (A place's words: "Innsbruck / Tbilisi -", "HONG KONG/SINGAPORE,")
    if start > 1 and doc[start - 1].text == "/" and named(doc[start - 2]):
        start -= 2  # the second city of "LIMA/TORONTO"
        while start > 0 and named(doc[start - 1]) and not opens_paragraph(doc, start) and place.start - start < 6:
            start -= 1
    if end + 1 < len(doc) and doc[end].text == "/" and named(doc[end + 1]):
        end += 2  # the first
        while end < len(doc) and named(doc[end]) and end - place.end < 6:
            end += 1
    if not opens_paragraph(doc, start):
        return False
    nxt = doc[end : end + 2]
    if len(nxt) == 2 and nxt[0].text in ("-", "–") and not doc[end - 1].whitespace_ and not nxt[0].whitespace_ \
            and nxt[1].is_lower:
        return False  # "Jakarta-based cold-chain startup X ..." opening a paragraph: a compound, no dateline
    if len(nxt) and nxt[0].text in DATELINE_MARKS:
        return True
    if regions and len(nxt) == 2 and nxt[0].text == "," and not _datelike(nxt[1]) and nxt[1].text[:1].isupper():
        # "WINDSOR, Ont., Jan 29 —", "HALIFAX, N.S. —", "GREENVILLE, Texas —": the town's state or province first (a
        # dateline for the country the story is written in; the linker reads these with its own rule, _city_and_state)
        k = end + 1
        while k < len(doc) and k - end < 5 and (doc[k].text[:1].isupper() or doc[k].text == ".") \
                and not _datelike(doc[k]):
            k += 1
        nxt = doc[k : k + 2]
        if len(nxt) and nxt[0].text in DATELINE_MARKS:
            return True
    return len(nxt) == 2 and nxt[0].text == "," and _datelike(nxt[1])


# A month as datelines write it ("Aug 20", "Sept. 3", "21 August"), for where the NER leaves the date untagged.
_MONTHS = frozenset("january february march april may june july august september october november december "
                    "jan feb mar apr jun jul aug sep sept oct nov dec".split())


def _datelike(t: Token) -> bool:
    """A dateline's date starts here: a DATE the NER tagged, a month's name, or a day before a month's name."""
    if t.ent_type_ == "DATE" or (t.text.rstrip(".").lower() in _MONTHS and t.text[:1].isupper()):
        return True
    return t.is_digit and len(t.text) <= 2 and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text.rstrip(".").lower() in _MONTHS


@lru_cache(maxsize=1)
def _person_titles() -> frozenset[str]:
    """Words written before a person's surname ("Minister Cáceres", "Mr Jordan"): models/titles.json."""
    t = load_json("titles.json")
    return frozenset(w.lower().rstrip(".") for w in t["heads"] + t["person_heads"] + t["courtesy"] + t["exact_heads"])


def _not_surnames(spans: list[Span]) -> list[Span]:
    """Places that are a person's surname: "Minister Cáceres said" (a title right before it, capitalised), and that
    name's other mentions inside a full name ("Hernán Cáceres Villalba")."""
    if not spans:
        return spans
    doc = spans[0].doc
    titles = _person_titles()
    surnames = {s.text for s in spans if len(s) == 1 and s.start > 0 and doc[s.start - 1].text[:1].isupper()
                and doc[s.start - 1].text.lower().rstrip(".") in titles and not is_dateline(s)}

    def in_name(s: Span) -> bool:
        return s.start > 0 and s.end < len(doc) and doc[s.start - 1].is_title and doc[s.end].is_title \
            and not doc[s.start - 1].is_sent_start and doc[s.start - 1].pos_ == "PROPN"
    return [s for s in spans if not (s.text in surnames and (
        (s.start > 0 and doc[s.start - 1].text.lower().rstrip(".") in titles) or in_name(s)))]


def dateline_country(doc: Doc, key: str = "places") -> str | None:
    """The country of the article's dateline: where the story is written from."""
    return next((s._.country for s in doc.spans.get(key, []) if s._.country and is_dateline(s, regions=True)), None)


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    gaz = default_gazetteer()
    return frozenset(c.name for n in gaz.surface_forms for c in gaz.candidates(n) if c.kind == "country")


def story_country(doc: Doc, key: str = "places") -> str | None:
    """Where the story is set: its dateline's country, else the country most of its places lie in."""
    return dateline_country(doc, key) or home_country(doc, key)


def money_country(doc: Doc, key: str = "places") -> str | None:
    """Whose bare "$" an article writes: its story country, but not a dateline's where the story is set elsewhere
    (a Singapore wire on Myanmar towers, whose places are Yangon and Mandalay, writes US dollars)."""
    dated = dateline_country(doc, key)
    if dated is None:
        return home_country(doc, key)
    counts = _place_weights(doc, key, skip_datelines=True)
    top = counts.most_common(1)
    if top and top[0][0] != dated and top[0][1] >= 3 * max(counts[dated], 1):
        return None
    return dated


def _place_weights(doc: Doc, key: str, skip_datelines: bool = False) -> Counter:
    """How much each country is an article's setting: a country named counts one, a town or province in it two
    (a story names its own country's towns, other countries by name)."""
    counts = Counter()
    for s in doc.spans.get(key, []):
        if s._.country and not (skip_datelines and is_dateline(s, regions=True)):
            counts[s._.country] += 1 if s._.canonical in _country_names() else 2
    return counts


def home_country(doc: Doc, key: str = "places") -> str | None:
    """Where a story with no dateline is set: the country of most of its places, where that country is named
    at least three times and at least twice as often as any other (a local paper's "$" is its own dollar)."""
    # (A town or a province counts twice: a story names its own country's towns, and other countries by name.)
    counts = _place_weights(doc, key)
    for s in doc.spans.get(key, []):
        if s._.country and opens_paragraph(s.doc, s.start) and written_as_home(s):
            counts[s._.country] += 3  # "Melbourne-based X has ...", a lede the way a dateline is
    counts = counts.most_common(2)
    if not counts or counts[0][1] < 3 or (len(counts) > 1 and counts[0][1] < 2 * counts[1][1]):
        return None
    return counts[0][0]


def doc_countries(doc: Doc, key: str = "places") -> list[str]:
    """Countries an article's places lie in, most named first."""
    counts = Counter(s._.country for s in doc.spans.get(key, []) if s._.country)
    return [c for c, _ in counts.most_common()]
