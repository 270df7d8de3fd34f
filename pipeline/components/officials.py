"""OFFICIAL: named people with a stated role. A PERSON mention becomes an
official when a title stands before it ("Trade Minister Tengku Zafrul Aziz",
"Malaysia's Trade Minister, Tengku Zafrul Aziz", "Microsoft CEO Satya
Nadella") or after it as an apposition ("Satya Nadella, Microsoft's chief
executive", "Jane Lim, a spokeswoman for Grab", "Anwar, the prime
minister,"). Title words are data in models/titles.json.

Mentions of one person merge ("Anwar Ibrahim" / "Anwar"); the name is the
longest form, the title the first one stated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.normalize.names import company_name, has_legal_suffix, person_key_parts, split_person_tokens
from pipeline.normalize.places import Gazetteer, default_gazetteer
from pipeline.normalize.text import strip_possessive
from pipeline.resources import load_json

POSSESSIVE = {"'s", "’s", "'", "’"}
LINKERS = {"of", "and", "&", "for"}
AFFIL_PREPS = {"of", "at", "for", "with", "from"}
REGION_WORDS = {"region", "province", "state", "city", "county", "district", "prefecture", "municipality",
                "emirate", "territory", "regency"}
CLAUSE_ENDS = {",", ".", ";", ":", ")", "(", '"', "“", "”", "—", "–", "?", "!"}
NOT_IN_NAMES = {"VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "NUM", "PART", "PUNCT", "SYM", "SPACE"}
NOT_NAME_ENTS = {"DATE", "TIME", "MONEY", "CARDINAL", "PERCENT", "NORP", "ORDINAL", "QUANTITY"}
# Words before a title that praise or date the person, not the role.
NOT_TITLE_WORDS = {"longtime", "long-time", "veteran", "well-known", "top", "leading", "prominent", "respected", "new",
                   "current", "outspoken", "influential", "popular", "famous", "renowned", "seasoned", "experienced",
                   "then", "now", "newly", "recently", "incoming", "star", "self-styled", "so-called", "fellow"}
COMPANY_WORDS = {"company", "firm", "group"}
GENERIC_OWNERS = {"company", "firm", "group", "bank", "government", "country", "ministry", "state", "nation",
                  "city", "its", "his", "her", "their", "our", "the"}


_PERSONS_MANAGER = {"general", "plant", "country", "site", "project", "operations", "its", "his", "her", "their"}


def _one_edit(a: str, b: str) -> bool:
    """True when a and b differ by one insertion, deletion, substitution or swap.

    >>> _one_edit("minster", "minister"), _one_edit("premeir", "premier"), _one_edit("mayer", "mayor")
    (True, True, True)
    >>> _one_edit("manager", "minister")
    False
    """
    if a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                                  and a[diff[1]] == b[diff[0]])
    if abs(len(a) - len(b)) != 1:
        return False
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


@dataclass
class Person:
    name: str
    parts: list[str]
    mentions: list[Span] = field(default_factory=list)
    title: str | None = None
    title_span: tuple[int, int] | None = None
    affiliation: str | None = None


class OfficialFinder:
    def __init__(self, titles: dict, gazetteer: Gazetteer, spans_key: str = "officials"):
        self.key = spans_key
        self.gaz = gazetteer
        self.heads = {h.lower() for h in titles["heads"]} | {h.split()[-1].lower() for h in titles["heads"]}
        self.modifiers = {m.lower() for m in titles["modifiers"]}
        self.courtesy = {c.lower() for c in titles["courtesy"]}
        self.courtesy_forms = self.courtesy | {c.capitalize() for c in self.courtesy}  # "mr", "Mr": as written
        self.person_heads = {h.lower() for h in titles["person_heads"]}
        self.portfolios = {w.lower() for w in titles["portfolios"]}
        self.particles = {w.lower() for w in titles["name_particles"]}
        self.tails = [t.lower().split() for t in titles["title_tails"]]
        self.role_verbs = {w.lower() for w in titles["role_verbs"]}
        self.name_abbrevs = set(titles.get("name_abbreviations", []))
        self.appoint_verbs = {w.lower() for w in titles.get("appointment_verbs", [])}
        self.firm_roles = {w.lower() for w in titles.get("firm_roles", [])}
        self.firm_name_words = {w.lower() for w in titles.get("firm_name_words", [])}
        self.not_name_last_words = self.firm_name_words | {w.lower() for w in titles.get("institution_words", [])}
        # Heads too close to common words to take a one-letter difference for a typo.
        self.slip_heads = sorted(self.heads - {w.lower() for w in titles.get("exact_heads", [])})
        self.not_slips = frozenset(w.lower() for w in titles.get("not_slips", []))
        self.honorific_pairs = {" ".join(h.lower().split()[:2]) for h in titles["honorifics"] if " " in h}
        self.honorific_words = {w.lower() for h in titles["honorifics"] for w in h.split()}
        self._slips: dict[tuple[str, bool], str | None] = {}
        self._slip_heads_near: dict[int, list[str]] = {}  # word length -> slip_heads within one letter of it
        # What one call reads over and over of the doc it reads (set by __call__, see _read): None outside a call.
        self._heads: dict[tuple[int, bool], str | None] | None = None
        self._ent_at: dict[int, Span] | None = None
        self._named: list[Span] | None = None
        self._known_places: list[Span] | None = None
        hon = sorted(titles["honorifics"], key=len, reverse=True)
        self.honorific_re = re.compile(r"(?:(?<=\s)|^)(?:(?:" + "|".join(re.escape(h) for h in hon) + r")\s+)+$")

    # -- person spans ---------------------------------------------------
    def _person_span(self, ent: Span) -> Span | None:
        doc = ent.doc
        start, end = ent.start, ent.end
        # "Viktor Orbán's Fidesz": the name ends at a possessive inside the span.
        end = next((t.i for t in doc[start + 1 : end] if t.text in POSSESSIVE), end)
        # Title words the NER swept into the name ("Minister Tengku Zafrul",
        # "Indiana Goveror Eric Holcomb", "Mayer Chiang Wan-an").
        for k in range(end - 2, start - 1, -1):
            if doc[k].lower_ not in self.honorific_words and self.is_head(doc[k]) and \
                    (k == start or all(t.is_title or t.is_upper for t in doc[start:k])):
                start = k + 1
                break
        while start < end - 1 and (doc[start].lower_ in self.heads or doc[start].lower_ in self.modifiers):
            start += 1
        while start < end - 1 and doc[start].text in self.courtesy_forms \
                and f"{doc[start].lower_} {doc[start + 1].lower_}" not in self.honorific_pairs:  # "Puan Sri"
            start += 1
        if all(t.lower_ in self.courtesy or t.text == "." for t in doc[start:end]):
            return None  # "Atty." alone: a courtesy title the NER took for a name
        # Honorifics the name carries ("Datuk Seri", "Tan Sri") left of the NER span.
        # The 40 characters before the name (from its tokens: doc.text would rebuild the whole text).
        before = doc[max(0, start - 12) : start].text_with_ws[-40:] if start else ""
        m = self.honorific_re.search(before)
        if m:
            span = doc.char_span(doc[start].idx - (len(before) - m.start()), doc[end - 1].idx + len(doc[end - 1]),
                                 alignment_mode="expand")
            if span is not None:
                start = span.start
        if end <= start:
            return None
        span = doc[start:end]
        _, words = split_person_tokens([t.text for t in span])
        if len(words) < len(span):
            span = doc[end - len(words) : end]
        if not any(c.isalpha() for c in span.text) or not span.text[0].isupper():
            return None
        return span

    # -- names the NER missed -------------------------------------------
    def _joined(self, doc: Doc, i: int) -> bool:
        """Token i is glued to the one before it ("Wan-an", "Al-Kuwari")."""
        return i > 0 and not doc[i - 1].whitespace_ and (doc[i - 1].text == "-" or doc[i].text == "-")

    def _name_word(self, doc: Doc, i: int, blocked: set[int]) -> bool:
        tok = doc[i]
        if tok.text in self.name_abbrevs and i + 1 < len(doc) and doc[i + 1].is_title and doc[i + 1].is_alpha:
            return True  # "Md. Rafiqul Islam Chowdhury" (the gazetteer reads "Md." as Maryland)
        if i in blocked or tok.ent_type_ in NOT_NAME_ENTS or tok.text in POSSESSIVE:
            return False
        if self._joined(doc, i) and (tok.is_alpha or tok.text == "-"):
            return True
        low = tok.lower_
        if low in self.particles:
            return True
        if not (tok.is_alpha or "'" in tok.text or "’" in tok.text) or not tok.text[0].isupper():
            return False
        if low in self.honorific_words:
            return True
        if low in self.heads or low in self.modifiers or self.is_head(tok):
            return False
        return tok.pos_ not in NOT_IN_NAMES

    def _trim(self, doc: Doc, start: int, end: int) -> Span | None:
        """Drop particles and hyphens at the edges and courtesy words in front;
        a name is at least two words."""
        # (A capitalised particle opens a surname: "Le Quang Huy", "Van der Berg".)
        while start < end and ((doc[start].lower_ in self.particles and doc[start].is_lower) or doc[start].text == "-"
                               or (doc[start].text in self.courtesy_forms
                                   and f"{doc[start].lower_} {doc[start + 1].lower_ if start + 1 < end else ''}"
                                   not in self.honorific_pairs)):
            start += 1
        while end > start and (doc[end - 1].lower_ in self.particles or doc[end - 1].text == "-"):
            end -= 1
        if end <= start:
            return None
        return doc[start:end]

    @staticmethod
    def _words(span: Span) -> int:
        return sum(1 for t in span if t.i == span.start or span.doc[t.i - 1].whitespace_)

    def _extend_right(self, span: Span, blocked: set[int]) -> Span:
        """"Pham Nhat" + untagged "Vuong": the NER often stops one word short."""
        doc, end = span.doc, span.end
        if doc[end - 1].text in POSSESSIVE:
            return span  # "Viktor Orbán's Fidesz": a possessive ends the name
        while end < len(doc) and end - span.start < 7 and self._name_word(doc, end, blocked) and (
                self._joined(doc, end) or (doc[end - 1].whitespace_ and not doc[end].ent_type_
                                           and doc[end].pos_ == "PROPN" and doc[end].is_title)):
            end += 1
        return doc[span.start : end]

    def _names_after_titles(self, doc: Doc, blocked: set[int], in_company: set[int]) -> list[Span]:
        """"Governor Naomichi Suzuki said", "chief executive Amanda Lacaze told",
        "Falcon's chief executive, Reem Al Suwaidi.", "Deputy Minister of
        Industry and Trade Nguyen Sinh Nhat Tan said": a capitalised run right
        after a title only a person holds is a name, whatever the NER says."""
        out = []
        for tok in doc:
            if tok.i in in_company or tok.pos_ not in ("NOUN", "PROPN", "ADJ") or not self.is_person_head(tok):
                continue
            j, comma = tok.i + 1, False
            if j < len(doc) and doc[j].text == "-" and not tok.whitespace_:
                continue  # "Director-General Sipho Ndlovu": the head goes on past the hyphen
            if j < len(doc) and doc[j].text == ",":
                j, comma = j + 1, True
            elif j < len(doc) and doc[j].lower_ in ("of", "for"):
                k = j + 1
                # "Minister of Industry and Trade", "executive councillor for
                # investment, trade and industry": a lower-case head takes lower-case portfolios.
                while k < len(doc) and doc[k].lower_ in self.portfolios and (doc[k].is_title or not doc[k].is_alpha
                                                                          or doc[k].lower_ in ("and",) or tok.is_lower):
                    k += 1
                m = k
                if tok.is_title and doc[k - 1].text != ",":
                    while m < len(doc) and m - j < 7 and (doc[m].is_title or doc[m].lower_ in ("and", "&")):
                        m += 1
                if m > k and m < len(doc) and doc[m].text == "," and doc[m - 1].is_title:
                    k = m + 1  # "Minister of Investment and Downstream Industry, Haryo Sasongko Wibisono": any portfolio
                if k == j + 1:
                    # "CEO of the Refugee Council Enver Solomon told"
                    n = j + 2 if j + 1 < len(doc) and doc[j + 1].lower_ == "the" else j + 1
                    ent = self._ent_ending_at(doc[n]) if n < len(doc) else None
                    if ent is None or ent.label_ != "ORG" or ent.start < j + 1:
                        continue
                    k = ent.end
                elif doc[k - 1].text == "," and k - 2 > j and (doc[k - 2].is_title or tok.is_lower) and k < len(doc) \
                        and doc[k].is_title:
                    comma = True  # "Portugal's Minister of Economy, Rui Tavares Leitão, said": the name in apposition
                elif doc[k - 1].lower_ in ("and", "&", ","):
                    continue
                j = k
            k = j
            # (A place's name inside the run is the person's: "Energy Minister Mohamed Salem Ould Bedde".)
            while k < len(doc) and k - j < 7 and (self._name_word(doc, k, blocked) or (
                    k > j and k in blocked and k + 1 < len(doc) and self._name_word(doc, k + 1, blocked)
                    and self._name_word(doc, k, set()))):
                k += 1
            if comma and k - j >= 2 and k in blocked and k + 1 < len(doc) and doc[k + 1].text == "," \
                    and self._name_word(doc, k, set()):
                k += 1  # "Minister of Industry and Commerce, Rubén Arzamendia Cáceres, announced": a surname, set off
            span = self._trim(doc, j, k)
            if span is None or self._words(span) < 2 or not span[0].is_title:
                continue
            if comma and not (k >= len(doc) or doc[k].text in (",", ".", ";", ")") or doc[k].pos_ in ("VERB", "AUX")):
                continue
            out.append(span)
        return out

    def _names_before_titles(self, doc: Doc, blocked: set[int], companies: set[int]) -> list[Span]:
        """"said Sun Yating, a spokeswoman for CATL", "Eniya Listiani Dewi,
        Director General of ...", "Modi, the prime minister,": a capitalised run
        before an apposition that states a person's title."""
        out = []
        for comma in doc:
            if comma.text != "," or comma.i == 0:
                continue
            k = comma.i
            while k > 0 and comma.i - k < 7 and self._name_word(doc, k - 1, blocked):
                k -= 1
                if doc[k].is_sent_start:
                    break
            span = self._trim(doc, k, comma.i)
            # "According to the New Zealand Herald, Professor John Burrows, ...":
            # a run after an article is no name.
            if span is None or not span[0].is_title or (span.start > 0 and doc[span.start - 1].pos_ == "DET"):
                continue
            if self._words(span) < 2 and (span[0].ent_type_ not in ("", "PERSON") or span.start in companies):
                continue
            t = self.post_title(span)
            # "who heads ...": a role clause after "who" is a person's.
            if t is None or not (any(self.is_person_head(w, loose=True) for w in t[0])
                                 or self._glossed_title(doc, comma.i + 1) is not None
                                 or (self._words(span) > 1 and self._role_clause(doc, comma.i + 1) is not None)) \
                    or any(w.ent_type_ == "PERSON" for w in t[0]):
                continue
            out.append(span)
        return out

    def _names_before_appointments(self, doc: Doc, blocked: set[int], companies: set[int]) -> list[Span]:
        """"after Sanae Takaichi was elected president of the ruling party": a
        capitalised run before a passive appointment verb whose title a person holds."""
        out = []
        for tok in doc:
            if tok.lower_ not in self.appoint_verbs or tok.i < 3:
                continue
            a = tok.i
            while a > 0 and tok.i - a < 3 and doc[a - 1].lower_ in ("was", "is", "has", "had", "have", "been", "will",
                                                                   "be", "were", "also", "just", "recently"):
                a -= 1
            if a == tok.i:
                continue
            k = a
            while k > 0 and a - k < 6 and self._name_word(doc, k - 1, blocked) and k - 1 not in companies:
                k -= 1
                if doc[k].is_sent_start:
                    break
            span = self._trim(doc, k, a)
            if span is None or self._words(span) < 2 or not span[0].is_title \
                    or (span.start > 0 and doc[span.start - 1].pos_ == "DET"):
                continue
            t = self.verb_title(span)
            if t is None or not any(self.is_person_head(w, loose=True) for w in t[0]):
                continue
            out.append(span)
        return out

    # -- titles ----------------------------------------------------------
    def head_word(self, tok: Token, loose: bool = False) -> str | None:
        """The title head a word is, or is a one-letter slip of ("Minster",
        "Goveror", "Premeir", "Mayer"): titles count as written, typos included.
        Lower-case slips ("presdient", "chaiman") count only where ``loose``: in
        the slots around a name where news puts a title."""
        if self._heads is None:
            return self._head_word(tok, loose)
        # The rules ask this of the same tokens again and again (~670 times an article): once per token here.
        key = (tok.i, loose)
        if key not in self._heads:
            self._heads[key] = self._head_word(tok, loose)
        return self._heads[key]

    def _head_word(self, tok: Token, loose: bool) -> str | None:
        low = tok.lower_
        doc = tok.doc
        if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 2].whitespace_ and not doc[tok.i - 1].whitespace_:
            # "secretary-general", "director-general": the tokenizer splits the hyphenated head.
            joined = f"{doc[tok.i - 2].lower_}-{low}"
            if joined in self.heads:
                return joined
        if low in self.heads:
            return low
        if len(low) < 5 or tok.ent_type_ in ("GPE", "ORG", "NORP", "DATE"):
            return None
        if not tok.is_title:
            if not (loose and tok.is_lower and len(low) >= 7 and tok.pos_ in ("NOUN", "PROPN")
                    and tok.tag_ not in ("NNS", "NNPS")):
                return None
        return self._slip_of(low, tok.is_title)

    def _slip_of(self, low: str, is_title: bool) -> str | None:
        """The head ``low`` is a one-letter slip of (memoized: the same words recur in every article)."""
        key = (low, is_title)
        if key not in self._slips:
            if len(self._slips) > 100_000:
                self._slips.clear()
            if len(low) not in self._slip_heads_near:  # (in slip_heads' order, so the first slip found is the same)
                self._slip_heads_near[len(low)] = [h for h in self.slip_heads if abs(len(h) - len(low)) <= 1]
            self._slips[key] = None if low in self.not_slips else next((
                h for h in self._slip_heads_near[len(low)] if len(h) >= (7 if not is_title else 5)
                and _one_edit(low, h)
                and low not in (h + "s", h + "y")), None)  # "Advisory" is no slip of "advisor"
        return self._slips[key]

    def is_head(self, tok: Token, loose: bool = False) -> bool:
        return self.head_word(tok, loose) is not None

    def is_person_head(self, tok: Token, loose: bool = False) -> bool:
        head = self.head_word(tok, loose)
        if head in self.person_heads:
            return True
        # "general manager Beatriz Olivera Sanz said", "its manager, Fethi Chaabane,": the manager of a whole business
        # or site is a person (a "fund manager" may be a firm).
        return head == "manager" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in _PERSONS_MANAGER

    def _titleish(self, tok: Token) -> bool:
        low = tok.lower_
        if low in self.heads or low in self.modifiers or self.is_head(tok):
            return True
        if tok.is_title or tok.is_upper:
            return (tok.pos_ in ("PROPN", "NOUN", "ADJ") and (not tok.is_sent_start or tok.pos_ == "PROPN")
                    and tok.ent_type_ not in ("GPE", "ORG", "NORP", "PERSON", "DATE", "CARDINAL", "MONEY", "LOC"))
        return False

    def _title_words_only(self, span: Span) -> bool:
        """"Group", "Managing Director": a span the NER or the company rules took
        for a name that is only title words."""
        return all(t.lower_ in self.heads or t.lower_ in self.modifiers or self.is_head(t) for t in span)

    def _title_and_name(self, span: Span) -> bool:
        """"Councillor for Trade and Industry Datuk Lim Seng Hock": a span the
        NER took for an organisation that is a person's title and name."""
        doc = span.doc
        for t in span[:-1]:
            if t.is_title and self.is_person_head(t):
                nxt = doc[t.i + 1]
                return nxt.lower_ in ("for", "of") or nxt.lower_ in self.honorific_words \
                    or nxt.lower_ in self.courtesy
        return False

    def _named_companies(self, doc: Doc) -> list[Span]:
        """The company spans that are not a title, or a title and a person's name."""
        if self._named is not None:
            return self._named
        return [s for s in doc.spans.get("companies", []) if not self._title_words_only(s)
                and not self._title_and_name(s)]

    def _company_tokens(self, doc: Doc) -> set[int]:
        return {i for s in self._named_companies(doc) for i in range(s.start, s.end)}

    def _affiliation_of(self, span: Span) -> str | None:
        if span.label_ == "GPE" or span.label_ == "LOC":
            place = self.gaz.lookup(span.text)
            return place.name if place else span.text
        if span.label_ == "ORG":
            return company_name(span.text)
        return None

    def _ent_ending_at(self, tok: Token) -> Span | None:
        if not tok.ent_type_:
            return None
        if self._ent_at is not None:
            return self._ent_at.get(tok.i)
        for ent in tok.doc.ents:
            if ent.start <= tok.i < ent.end:
                return ent
        return None

    def pre_title(self, name: Span) -> tuple[Span, str | None] | None:
        doc = name.doc
        i = name.start - 1
        # "chief executive Dr Priya Raman", "corporate secretary Atty. Maria
        # Dizon", "councillor for investment, trade and industry Dr Haslinda
        # Yusof": a courtesy word between title and name.
        j = i
        while j >= 0 and (doc[j].lower_ in self.courtesy or (doc[j].text == "." and j > 0
                                                             and doc[j - 1].lower_ in self.courtesy)):
            j -= 1
        if j != i and j >= 0:
            t = self._pre_title_before(doc, j)
            if t is not None:
                return t
        return self._pre_title_before(doc, i)

    def _pre_title_before(self, doc: Doc, i: int) -> tuple[Span, str | None] | None:
        """The title whose last token is token i (or that ends before a comma there)."""
        if i >= 0 and doc[i].text == ",":
            i -= 1
            # "Quebec's economy minister at the time, Pierre Fitzgibbon"
            for tail in self.tails:
                if i - len(tail) >= 0 and [t.lower_ for t in doc[i - len(tail) + 1 : i + 1]] == tail:
                    i -= len(tail)
                    break
            owned = self._title_at_owner_before(doc, i)
            if owned is not None:
                return owned
        if i >= 0 and doc[i].text == ")":
            j = i - 1
            while j >= 0 and doc[j].text != "(" and i - j < 6:
                j -= 1
            if j >= 0 and doc[j].text == "(":
                i = j - 1
        if i >= 0 and not self.is_head(doc[i], loose=True):
            # "Minister of Economy, Trade and Industry, Ken Saito": the head
            # stands before an "of"/"for" phrase of capitalised words.
            if doc[i].lower_ in LINKERS or doc[i].is_punct:
                return None
            j = i
            while j > max(-1, i - 10) and (doc[j].is_title or doc[j].is_upper
                                           # "vice president for overseas business", "head of community
                                           # financial services": a lower-case portfolio
                                           or (doc[j].is_lower and doc[j].is_alpha and doc[j].pos_ in ("NOUN", "ADJ"))
                                           or doc[j].lower_ in ("of", "for", "and", "&", ",", "the")
                                           or (doc[j].text == "-" and not doc[j].whitespace_)  # "Rabat-Salé-Kénitra"
                                           or doc[j].lower_ in self.portfolios or doc[j].lower_ in REGION_WORDS
                                           or self.is_head(doc[j], loose=True)):
                if self.is_head(doc[j], loose=True) and j + 1 <= i and doc[j + 1].lower_ in ("of", "for"):
                    break
                j -= 1
            else:
                return None
            if not (j >= 0 and self.is_head(doc[j], loose=True) and doc[j + 1].lower_ in ("of", "for")):
                return None
            span, aff = self.pre_title_at(doc, j)
            owner = self._owner_after_of(doc, j + 2, i + 1)
            if owner is not None:
                return span, owner
            # "The regional president of Aragón, Jorge Azcón": the place is the
            # affiliation, not part of the title.
            place = self._ent_ending_at(doc[i])
            if j + 2 == (place.start if place is not None else -1) and place.end == i + 1 \
                    and place.label_ in ("GPE", "LOC"):
                return span, self._affiliation_of(place)
            return (doc[span.start : i + 1], aff)
        if i < 0:
            return None
        span, aff = self.pre_title_at(doc, i)
        return span, aff

    def _org_ending_at(self, doc: Doc, i: int) -> Span | None:
        """The organisation (an ORG entity or a company the company rules found) whose last token is i."""
        company = next((c for c in doc.spans.get("companies", []) if c.end == i + 1), None)
        if company is not None:
            return Span(doc, company.start, company.end, label="ORG")
        ent = self._ent_ending_at(doc[i]) if i >= 0 else None
        return ent if ent is not None and ent.end == i + 1 and ent.label_ == "ORG" else None

    def _title_at_owner_before(self, doc: Doc, i: int) -> tuple[Span, str | None] | None:
        """"An analyst at Arqaam Capital in Dubai, Sara Haddad,": a title, its
        organisation after at/with/for/of (and where that sits after "in"),
        ending at token i before the comma that opens the name."""
        if i < 2:
            return None
        place = self._ent_ending_at(doc[i])
        if place is not None and place.end == i + 1 and place.label_ in ("GPE", "LOC") \
                and place.start >= 2 and doc[place.start - 1].lower_ == "in":
            i = place.start - 2  # "... in Dubai": the office's city, not its owner
        org = self._org_ending_at(doc, i)
        if org is None:
            return None
        p = org.start - 1
        if p > 0 and doc[p].lower_ == "the":
            p -= 1
        if p < 1 or doc[p].lower_ not in AFFIL_PREPS or not self.is_person_head(doc[p - 1], loose=True):
            return None
        span, aff = self.pre_title_at(doc, p - 1)
        return span, aff or self._affiliation_of(org)

    def _owner_after_of(self, doc: Doc, n: int, end: int) -> str | None:
        """"CEO of the Refugee Council", "the president of the Lombardy region":
        the organisation or place tokens n..end name, when that is all they are."""
        if n < end and doc[n].lower_ == "the":
            n += 1
        if end - 1 > n and doc[end - 1].lower_ in REGION_WORDS:
            end -= 1
        if n >= end:
            return None
        for p in doc.spans.get("places", []):
            if p.start == n and p.end == end:
                return self._affiliation_of(Span(doc, p.start, p.end, label="GPE"))
        ent = self._ent_ending_at(doc[n])
        if ent is not None and ent.end == end and ent.start >= n - 1 and ent.label_ in ("ORG", "GPE", "LOC") \
                and doc[n - 1].lower_ == "the" and not all(t.lower_ in self.portfolios for t in doc[n:end]):
            return self._affiliation_of(ent)
        return None

    def pre_title_at(self, doc: Doc, i: int) -> tuple[Span, str | None]:
        """The title ending in the head word at token i, and its owner."""
        end = i + 1
        start = i
        affiliation = None
        k = i - 1
        while k >= 0:
            tok = doc[k]
            if tok.text in POSSESSIVE:
                owner = self._ent_ending_at(doc[k - 1]) if k > 0 else None
                if owner is not None:
                    affiliation = self._affiliation_of(owner)
                elif k > 0 and doc[k - 1].lower_ in COMPANY_WORDS:
                    affiliation = self._company_meant(doc, k)  # "the company's chief executive, X"
                break
            if tok.ent_type_ == "ORG" and (tok.lower_ in self.modifiers or tok.lower_ in self.heads):
                # The NER often tags a lone title word ("Trade") as ORG, or a
                # place with it ("Penang State"): the place is the owner.
                start = k
                ent = self._ent_ending_at(tok)
                if ent is not None and ent.start < k and not any(
                        t.lower_ in self.modifiers or t.lower_ in self.heads for t in doc[ent.start : k]):
                    owner = doc[ent.start : k]
                    place = self.gaz.lookup(owner.text)
                    affiliation = place.name if place else company_name(owner.text)
                    break
                k -= 1
                continue
            if tok.ent_type_ in ("GPE", "ORG") and tok.ent_iob_ != "":
                ent = self._ent_ending_at(tok)
                if ent is not None and ent.end == k + 1:
                    affiliation = self._affiliation_of(ent)
                else:
                    # "Trinetra Electronics MD Rohit Malpani", one entity to the NER: the company that ends here.
                    owner = next((c for c in doc.spans.get("companies", []) if c.end == k + 1), None)
                    if owner is not None:
                        affiliation = company_name(owner.text)
                break
            if doc[start].is_lower and (tok.is_title or tok.is_upper) and tok.lower_ not in self.heads \
                    and tok.lower_ not in self.modifiers and not self.is_head(tok):
                # "San Lorenzo Power corporate secretary", "BOI secretary-general":
                # capitalised words before a lower-case title are its owner.
                owner = next((c for c in doc.spans.get("companies", []) if c.end == k + 1), None)
                if owner is not None:
                    affiliation = company_name(owner.text)
                else:
                    ent = self._ent_ending_at(tok)
                    if ent is not None and ent.end == k + 1 and ent.label_ in ("ORG", "GPE", "LOC"):
                        affiliation = self._affiliation_of(ent)
                break
            if self._titleish(tok) or tok.text in ("(", ")", "-"):
                start = k
            elif tok.lower_ in LINKERS and k > 0 and self._titleish(doc[k - 1]):
                start = k
            else:
                break
            k -= 1
        while start < end - 1 and (doc[start].lower_ in LINKERS or doc[start].text in "()-"):
            start += 1
        # "Johor state executive councillor", "Sarawak Premier": a place before
        # the title words is the affiliation, not part of the title.
        for place in doc.spans.get("places", []):
            if place.start == start and place.end < end:
                start = place.end
                affiliation = affiliation or self._affiliation_of(Span(doc, place.start, place.end, label="GPE"))
                break
        return doc[start:end], affiliation

    def _role_clause(self, doc: Doc, k: int) -> tuple[Span, str | None] | None:
        """"who heads/leads/runs/oversees ...": the clause from the verb to the
        next comma or full stop, and the first organisation named in it."""
        if k + 1 >= len(doc) or doc[k].lower_ != "who":
            return None
        v = k + 1
        if doc[v].lower_ in ("also", "now", "currently", "still"):
            v += 1
        # "who has run the firm since 2019": the clause keeps its auxiliary.
        verb = v + 1 if doc[v].lower_ in ("has", "had") else v
        if verb >= len(doc) or doc[verb].lower_ not in self.role_verbs:
            return None
        e = v + 1
        while e < len(doc) and e - v < 16 and doc[e].text not in CLAUSE_ENDS and not doc[e].is_sent_start \
                and not (doc[e].pos_ == "CCONJ" and e + 1 < len(doc) and doc[e + 1].pos_ in ("VERB", "AUX")):
            e += 1
        if e == v + 1 or e - v >= 16:
            return None
        affiliation = None
        companies = [c for c in doc.spans.get("companies", []) if v < c.start and c.end <= e]
        if companies:
            affiliation = company_name(companies[0].text)
        elif any(doc[n].lower_ in COMPANY_WORDS and doc[n + 1].text in POSSESSIVE for n in range(v, e - 1)):
            # "who heads the firm's battery materials business"
            affiliation = self._company_meant(doc, k)
        return doc[v:e], affiliation

    def _company_meant(self, doc: Doc, k: int) -> str | None:
        """The company "the firm's" refers to in a role stated at token k: one
        named earlier in the sentence outside quotation marks, else the first
        company of the article (the one its lead is about)."""
        companies = [c for c in doc.spans.get("companies", []) if not self._title_words_only(c)
                     and c[-1].ent_type_ != "PERSON"]
        sent_start = doc[k].sent.start if k < len(doc) else k
        quotes = 0
        inside = set()
        for t in doc[sent_start:k]:
            if t.text in ('"', "“", "”"):
                quotes += 1
            elif quotes % 2:
                inside.add(t.i)
        in_sent = [c for c in companies if sent_start <= c.start and c.end <= k and c.start not in inside]
        chosen = in_sent[0] if in_sent else (companies[0] if companies else None)
        return company_name(chosen.text) if chosen is not None else None

    def _owner_before_head(self, doc: Doc, k: int) -> tuple[str | None, int] | None:
        """"the State Department Spokesperson" (one ORG span with the head in
        it), "an Ottawa New Democrat MP": capitalised names, at least one an
        entity, then the title. The owner and where the title starts."""
        ent = self._ent_ending_at(doc[k])
        if ent is not None and ent.label_ == "ORG" and ent.start >= k - 1 and ent.end - k >= 2:
            h = ent.end
            while h > k and (doc[h - 1].lower_ in self.heads or doc[h - 1].lower_ in self.modifiers
                             or self.is_head(doc[h - 1])):
                h -= 1
            if k < h < ent.end and any(self.is_person_head(t) for t in doc[h : ent.end]):
                return company_name(doc[k:h].text), h
        h, first = k, None
        while h < len(doc) and h - k < 5 and (doc[h].is_title or doc[h].is_upper) and doc[h].is_alpha \
                and not self.is_head(doc[h]) and doc[h].lower_ not in self.modifiers and doc[h].ent_type_ != "PERSON":
            if first is None and doc[h].ent_type_ in ("GPE", "LOC", "ORG", "NORP"):
                first = self._ent_ending_at(doc[h])
            h += 1
        if h > k and first is not None and h < len(doc) and self.is_person_head(doc[h]):
            return (self._affiliation_of(first) if first.label_ != "NORP" else None), h
        return None

    def post_title(self, name: Span) -> tuple[Span, str | None] | None:
        doc = name.doc
        j = name.end
        # "Kwame Mensah — the company's founder —": a dash opens an apposition as a comma does.
        if j >= len(doc) or doc[j].text not in (",", "(", "—", "–", "-") or (
                doc[j].text == "-" and not (doc[j].whitespace_ and doc[j - 1].whitespace_)):
            return None  # (a hyphen only spaced as a dash: "Margaret Hollenbeck - President and Chief Executive")
        k = j + 1
        if k + 1 < len(doc) and doc[k].like_num and doc[k + 1].text == ",":
            k += 2  # "Kwame Mensah, 52, chief executive of ...": the age stands between name and title
        # "Park Ji-hoon, who heads the firm's battery materials business": the
        # clause is the title.
        clause = self._role_clause(doc, k)
        if clause is not None:
            return clause
        glossed = self._glossed_title(doc, k)
        if glossed is not None:
            return glossed[0], None
        # "Mr Vuong, who is also the chairman of Vingroup,"
        if k + 1 < len(doc) and doc[k].lower_ == "who" and doc[k + 1].lower_ in ("is", "was"):
            k += 2
            if k < len(doc) and doc[k].lower_ in ("also", "now", "currently", "then"):
                k += 1
            # "Ms Ito, who was named chief executive in May,"
            k = self._after_appointment_verb(doc, k) or k
        return self._title_from(doc, k, j)

    def _glossed_title(self, doc: Doc, k: int) -> tuple[Span, Span] | None:
        """"Imanol Pradales, the lehendakari, or Basque president,": a foreign
        title explained after "or". The title as written and its gloss."""
        if k < len(doc) and doc[k].lower_ == "the":
            k += 1
        if k + 3 >= len(doc) or not doc[k].is_alpha or doc[k + 1].text != "," or doc[k + 2].lower_ != "or" \
                or doc[k].ent_type_ in ("GPE", "ORG", "PERSON", "NORP", "DATE"):
            return None
        e = k + 3
        while e < len(doc) and e - k < 8 and doc[e].text not in CLAUSE_ENDS:
            e += 1
        gloss = doc[k + 3 : e]
        if e >= len(doc) or doc[e].text not in CLAUSE_ENDS or not any(self.is_person_head(t) for t in gloss):
            return None
        return doc[k : k + 1], gloss

    def _after_appointment_verb(self, doc: Doc, k: int) -> int | None:
        """"elected", "named as", "promoted to", "sworn in as": where the title
        after an appointment verb at token k starts."""
        if k >= len(doc) or doc[k].lower_ not in self.appoint_verbs | {"sworn"}:
            return None
        k += 1
        if k < len(doc) and doc[k].lower_ == "in" and doc[k - 1].lower_ == "sworn":
            k += 1
        if k < len(doc) and doc[k].lower_ in ("as", "to"):
            k += 1
        return k

    def verb_title(self, name: Span) -> tuple[Span, str | None] | None:
        """"Sanae Takaichi was elected president of the ruling Liberal
        Democratic Party": a title after a passive appointment verb."""
        doc = name.doc
        k = name.end
        aux = 0
        while k < len(doc) and aux < 3 and doc[k].lower_ in ("was", "is", "has", "had", "have", "been", "will", "be",
                                                              "were", "being", "also", "just", "recently"):
            k, aux = k + 1, aux + 1
        if not aux:
            return None
        after = self._after_appointment_verb(doc, k)
        if after is not None:
            return self._title_from(doc, after, None)
        return self._copular_title(doc, name.end, k)

    def _copular_title(self, doc: Doc, v: int, k: int) -> tuple[Span, str | None] | None:
        """"Thabo Nkosi is the chief executive of Rand Mills": "is/was" (or "has been") and an
        article, then a title that opens with a title word ("the son of the
        founder" is no title); with no article, a title word and the body it is held at."""
        verbs = [t.lower_ for t in doc[v:k]]
        if verbs not in (["is"], ["was"], ["is", "also"], ["was", "also"], ["has", "been"], ["had", "been"]) \
                or k >= len(doc):
            return None
        t = self._title_from(doc, k, None)
        if doc[k].lower_ not in ("the", "a", "an"):
            # "Sherif Abdel-Meguid has been chief executive of Al-Fayrouz Ceramics since 2019": no article, a
            # title word first.
            return t if t is not None and self.is_head(doc[k]) and t[1] is not None else None
        if t is None or not (t[0][0].lower_ in self.modifiers or self.is_head(t[0][0])):
            return None
        return t

    def _title_from(self, doc: Doc, k: int, j: int | None) -> tuple[Span, str | None] | None:
        """The title that starts at token k (after a comma at token j, or after a verb)."""
        first = k
        if k < len(doc) and doc[k].lower_ in ("the", "a", "an", "its", "his", "her", "their"):
            k += 1
        affiliation = None
        owner_is_entity = False
        # "Malaysia's", "Microsoft's", "the company's"
        for m in range(k, min(k + 6, len(doc))):
            if self.is_head(doc[m]) and doc[m].ent_type_ not in ("ORG", "GPE"):
                break
            if doc[m].text in POSSESSIVE:
                ent = self._ent_ending_at(doc[m - 1])
                if ent is not None and ent.start >= first:
                    affiliation = self._affiliation_of(ent)
                    owner_is_entity = True
                    k = m + 1
                elif (doc[m - 1].lower_ in GENERIC_OWNERS or (doc[m - 1].is_lower and doc[m - 1].pos_ == "NOUN")) \
                        and m - 1 >= k:
                    # "the company's", "the carmaker's", "the plant's"
                    if doc[m - 1].lower_ in COMPANY_WORDS:
                        affiliation = self._company_meant(doc, first)
                    k = m + 1
                break
            if doc[m].is_punct:
                break
        # "the French president", "the European Commission's": a demonym owner.
        if k < len(doc) and doc[k].ent_type_ == "NORP" and affiliation is None:
            while k < len(doc) and doc[k].ent_type_ == "NORP":
                k += 1
            owner_is_entity = True
        if k < len(doc) and doc[k].lower_ in ("then", "now", "former", "currently"):
            k += 1
        # "an AWS vice president", "a Goldman Sachs analyst": the owner stands
        # before the title without a possessive.
        ent = self._ent_ending_at(doc[k]) if k < len(doc) else None
        # "the Johor state executive councillor": a place the NER left untagged.
        ent = ent or next((Span(doc, p.start, p.end, label="GPE") for p in doc.spans.get("places", [])
                           if p.start == k), None)
        # "Hany Mansour, Delta Glass chairman": a company the NER took for a person's name.
        if ent is None or ent.label_ not in ("ORG", "GPE"):
            ent = next((Span(doc, c.start, c.end, label="ORG") for c in doc.spans.get("companies", [])
                        if c.start == k), ent)
        if affiliation is None and ent is not None and ent.start == k and ent.label_ in ("ORG", "GPE") \
                and not self._title_words_only(ent) \
                and ent.end < len(doc) and (self.is_head(doc[ent.end]) or doc[ent.end].lower_ in self.modifiers):
            affiliation = self._affiliation_of(ent)
            owner_is_entity = True
            k = ent.end
        elif affiliation is None and k < len(doc):
            owned = self._owner_before_head(doc, k)
            if owned is not None:
                affiliation, k = owned
                owner_is_entity = True
        # "a semiconductor analyst", "a commodities analyst": lower-case words before the head.
        # They belong to the title ("portfolio manager"), unless they only praise
        # or date the person ("a veteran analyst", "the new chief executive").
        n = k
        while n < min(k + 3, len(doc)) and doc[n].is_lower and doc[n].is_alpha and not self.is_head(doc[n], loose=True) \
                and doc[n].lower_ not in self.modifiers:
            n += 1
        start = k
        if n > k and n < len(doc) and self.is_head(doc[n], loose=True):
            while start < n and (doc[start].lower_ in NOT_TITLE_WORDS or doc[start].pos_ not in ("NOUN", "ADJ", "PROPN")):
                start += 1
            k = n
        m = k
        companies = self._company_tokens(doc)
        while m < len(doc):
            tok = doc[m]
            if m in companies:
                break
            if tok.lower_ in self.heads or tok.lower_ in self.modifiers or self.is_head(tok, loose=True):
                m += 1
            elif tok.text == "-" or (m > start and tok.lower_ in ("and", "&") and m + 1 < len(doc) and
                                     (doc[m + 1].lower_ in self.heads or doc[m + 1].lower_ in self.modifiers)):
                m += 1
            elif m > start and tok.is_lower and tok.is_alpha and tok.pos_ in ("NOUN", "ADJ", "PROPN") \
                    and tok.lower_ not in NOT_TITLE_WORDS and any(
                        self.is_head(t) for t in doc[m + 1 : m + 3] if t.is_lower and t.is_alpha):
                # "chief equity strategist", "senior oil analyst"
                m += 1
            elif (tok.is_title or tok.is_upper) and tok.ent_type_ not in ("GPE", "ORG", "NORP", "DATE", "MONEY") \
                    and not tok.is_punct:
                m += 1
            else:
                break
        if m == start:
            return None
        title = doc[start:m]
        words = [t.lower_ for t in title]
        has_head = any(self.is_head(t, loose=True) for t in title)
        # A title whose head is misspelt ("Prime Herzog") still counts when it
        # opens with a title modifier and an owner is stated before it.
        typo_ok = owner_is_entity and words[0] in self.modifiers and title[0].is_title and len(title) >= 2
        if not (has_head or typo_ok):
            return None
        # "head of offshore wind at Vindkraft", "professor of economic geology":
        # a lower-case field after the head belongs to the title.
        # "Minister of Industry, Trade and Investment": portfolios too.
        if m < len(doc) and doc[m].lower_ in ("of", "for"):
            n = m + 1
            # "director of the investment promotion office", not "head of the company"
            if n + 1 < len(doc) and doc[n].lower_ == "the" and doc[n + 1].is_lower \
                    and not (doc[n + 1].lower_ in GENERIC_OWNERS
                             and not (n + 2 < len(doc) and doc[n + 2].is_lower and doc[n + 2].pos_ == "NOUN")):
                n += 1
            # "head of Asia economics research at ...": a region before the field.
            place = self._ent_ending_at(doc[n]) if n < len(doc) else None
            if n == m + 1 and place is not None and place.start == n and place.label_ in ("GPE", "LOC", "NORP") \
                    and place.end < len(doc) and doc[place.end].is_lower and doc[place.end].pos_ in ("NOUN", "ADJ"):
                n = place.end
            while n < len(doc) and n - m < 6 and doc[n].is_lower and doc[n].is_alpha and not doc[n].ent_type_ \
                    and doc[n].pos_ in ("NOUN", "ADJ", "PROPN") and doc[n].lower_ not in AFFIL_PREPS:
                n += 1
            if n == m + 1 or (n == m + 2 and doc[m + 1].lower_ == "the"):
                n = m + 1
                while n < len(doc) and n - m < 10 and doc[n].lower_ in self.portfolios \
                        and (doc[n].is_title or not doc[n].is_alpha or doc[n].lower_ in ("and",)):
                    n += 1
                while n > m + 1 and doc[n - 1].lower_ in (",", "and", "&"):
                    n -= 1
            if n > m + 1 and (n == len(doc) or doc[n].text in CLAUSE_ENDS or doc[n].lower_ in AFFIL_PREPS | {"in", "and"}):
                m = n
                title = doc[start:m]
        # "north of Monterrey, its chief executive said": the title is the
        # subject of the next verb, not an apposition to the name before it.
        if m < len(doc) and doc[m].pos_ in ("VERB", "AUX") and title[0].i == start and j is not None \
                and doc[j].text == ",":
            return None
        if m < len(doc) and doc[m].lower_ in AFFIL_PREPS and affiliation is None:
            n = m + 1
            if n < len(doc) and doc[n].lower_ == "the":
                n += 1
            if n + 1 < len(doc) and doc[n].is_lower and doc[n].pos_ in ("VERB", "ADJ") and doc[n + 1].ent_type_:
                n += 1  # "of the ruling Liberal Democratic Party"
            based = self._ent_ending_at(doc[n]) if n < len(doc) else None
            if based is not None and based.start == n and based.end + 2 < len(doc) and doc[based.end].text == "-" \
                    and doc[based.end + 1].lower_ == "based":
                n = based.end + 2  # "with Lagos-based Cordros Securities": the firm, not its city
            if n < len(doc):
                ent = self._ent_ending_at(doc[n])
                if ent is not None and (ent.start == n or (ent.start == n - 1 and doc[n - 1].lower_ == "the")):
                    affiliation = self._affiliation_of(ent)
        return title, affiliation

    # -- the component ----------------------------------------------------
    def _mentions(self, doc: Doc) -> list[Span]:
        """PERSON spans, and names the title rules find; where two overlap the
        longer wins ("Tan" inside "Nguyen Sinh Nhat Tan")."""
        blocked = {i for s in doc.spans.get("places", []) for i in range(s.start, s.end)}
        companies = self._company_tokens(doc)
        tagged = [self._extend_right(e, blocked) for e in doc.ents if e.label_ == "PERSON"]
        tagged = [s for s in (self._person_span(e) for e in tagged) if s is not None and not self._part_of_a_name(s)]
        # "Head of Communications, Ria Química" (a release's contact) after "Ria Química, S.A. ... announced": a name
        # the article gives a company with its legal form is that company, wherever the NER calls it a person.
        registered = {company_name(c.text) for c in doc.spans.get("companies", []) if has_legal_suffix(c.text)}
        # Nor is one word the article names a company by elsewhere ("Corporate Communications Head, LuzTel").
        one_word = {c.text for c in doc.spans.get("companies", []) if len(c) == 1}
        tagged = [s for s in tagged if " ".join(s.text.split()) not in registered and not (len(s) == 1 and s.text in one_word)]
        # Right after a title only a person holds, a run the NER called a place
        # the gazetteer does not know is a name ("GTCO's chief digital officer, Ifeoma Nwosu, told").
        known_places = {i for s in doc.spans.get("places", []) if s._.country is not None for i in range(s.start, s.end)}
        found = self._names_after_titles(doc, known_places, companies) \
            + self._names_before_titles(doc, blocked, companies) \
            + self._names_before_appointments(doc, blocked, companies)
        # "Judge Business School", "Governor Generoso Hotel": a name ending in a
        # word places' and firms' names end in is no person's.
        tagged = [s for s in tagged if s[-1].lower_ not in self.not_name_last_words]
        found = [s for s in found if s[-1].lower_ not in self.not_name_last_words]
        # A one-word name from the rules must be a short form of a fuller name.
        full_parts = [set(person_key_parts(s.text)) for s in tagged + found if self._words(s) > 1]
        found = [s for s in found if self._words(s) > 1
                 or any(set(person_key_parts(s.text)) <= parts for parts in full_parts)]
        kept: list[Span] = []
        taken: set[int] = set()
        for s in sorted(tagged + found, key=lambda s: (-(s.end - s.start), s.start)):
            if not taken & set(range(s.start, s.end)):
                kept.append(s)
                taken.update(range(s.start, s.end))
        return sorted(kept, key=lambda s: s.start)

    def _bylines(self, doc: Doc) -> list[Span]:
        """"By Adaeze Okafor" on a line of its own: the writer's name, which is
        neither an official (GUIDELINES) nor, whatever the NER says, a place."""
        out = []
        for tok in doc:
            if tok.text != "By" or not (tok.i == 0 or "\n" in doc[tok.i - 1].text + doc[tok.i - 1].whitespace_):
                continue
            k = tok.i + 1
            while k < len(doc) and k - tok.i <= 5 and ((doc[k].is_title and doc[k].is_alpha)
                                                        or doc[k].lower_ in self.particles or self._joined(doc, k)):
                k += 1
                if "\n" in doc[k - 1].whitespace_:
                    break
            if self._words(doc[tok.i + 1 : k]) >= 2:
                out.append(Span(doc, tok.i + 1, k, label="BYLINE"))
        return out

    def _firm_in_a_firms_role(self, name: Span, title: Span) -> bool:
        """"Existing investor Accel participated", "investor Tiger Global": in a
        role firms hold as well as people, one word the company rules read as a
        company, or a name ending in a word firms' names end in, is the firm."""
        if self.head_word(title[-1], loose=True) not in self.firm_roles:
            return False
        if name[-1].lower_ in self.firm_name_words:
            return True  # "investor Tiger Global", "partner Summit Ventures"
        if self._called_which(name):
            return True  # "resources investor Kensington Reid ... led by Kensington Reid, which will end up with ..."
        if not any(c.start == name.start and c.end == name.end for c in name.doc.spans.get("companies", [])):
            return False
        # One word the company rules read as a company ("investor Accel"), or a company's business partner
        # ("its Japanese partner Kisogawa Electric", "Chinese partner Zhejiang Huaxin Cobalt").
        doc = title.doc
        before = doc[title.start - 1] if title.start > 0 else None
        return self._words(name) == 1 or (before is not None and (
            before.lower_ in ("its", "their") or before.ent_type_ == "NORP"))

    @staticmethod
    def _called_which(name: Span) -> bool:
        """The article goes on about the name with "which", as of a thing, in any mention ("X, which will end up
        with 19.9 per cent"): a firm, not a person."""
        texts = [t.text for t in name.doc]
        words = [t.text for t in name if t.text not in ("'s", "’s")]
        n = len(words)
        for i in range(len(texts) - n - 1):
            if texts[i : i + n] == words:
                j = i + n + (texts[i + n] == ",")
                if j < len(texts) and texts[j].lower() == "which":
                    return True
        return False

    def _part_of_a_name(self, span: Span) -> bool:
        """"Doha Cold Chain Q.P.S.C.", "Gresham Advisory Partners", "General
        Santos": a piece of a longer company name or of a known place the NER
        called a person is no person."""
        doc = span.doc
        companies = self._named_companies(doc)
        places = self._known_places if self._known_places is not None \
            else [p for p in doc.spans.get("places", []) if p._.country is not None]
        return any(o.start <= span.start and span.end <= o.end and len(o) > len(span) for o in companies + places)

    def __call__(self, doc: Doc) -> Doc:
        self._read(doc)
        try:
            return self._find(doc)
        finally:
            self._heads = self._ent_at = self._named = self._known_places = None

    def _read(self, doc: Doc) -> None:
        """Set up what the rules ask of ``doc`` many times, once: each token's title head (memo), the entity
        over each token (``doc.ents`` builds every entity's Span anew each time it is read), the company
        spans that are no title and the places the gazetteer knows. The component writes none of what these
        read (only doc.spans of its own)."""
        self._heads = {}
        self._ent_at = {}
        for ent in doc.ents:
            for i in range(ent.start, ent.end):
                self._ent_at[i] = ent
        self._named = None
        self._named = self._named_companies(doc)
        self._known_places = [p for p in doc.spans.get("places", []) if p._.country is not None]

    def _find(self, doc: Doc) -> Doc:
        people: list[Person] = []
        title_tokens: set[int] = set()
        bylines = self._bylines(doc)
        doc.spans["bylines"] = bylines
        mentions = [m for m in self._mentions(doc) if not any(b.start <= m.start < b.end for b in bylines)]
        found: list[tuple[Span, tuple[Span, str | None] | None]] = []
        for span in mentions:
            if span.start in title_tokens:
                continue
            if has_legal_suffix(strip_possessive(span.text)):
                continue  # "The investor, Kaarna Flow Oy, is based in Tampere": a legal form closes no person's name
            t = self.pre_title(span)
            # "Layla Hassan, Communications Manager, Acme Logistics": a title
            # already stated after one name is not also a title before the next.
            if t is not None and title_tokens & set(range(t[0].start, t[0].end)):
                t = None
            if t is not None and len(t[0]) == 1 and t[1] is None and t[0][0].is_title:
                # "Councillor Graeme Miller, Leader of Sunderland City Council":
                # a bare title used as a form of address gives way to the
                # office stated after the name with its organisation.
                after = self.post_title(span)
                if after is not None and after[1] is not None and after[0][0].is_title:
                    t = after
            t = t or self.post_title(span) or self.verb_title(span)
            if t is not None and self._firm_in_a_firms_role(span, t[0]):
                t = None
            if t is not None:
                title_tokens.update(range(t[0].start, t[0].end))
            found.append((span, t))
        for span, t in found:
            if span.start in title_tokens:
                continue
            name = strip_possessive(span.text)
            parts = person_key_parts(name)
            person = None
            for p in people:
                if set(parts) <= set(p.parts) or set(p.parts) <= set(parts):
                    person = p
                    break
            if person is None:
                person = Person(name, parts)
                people.append(person)
            elif len(parts) > len(person.parts):
                person.name, person.parts = name, parts
            person.mentions.append(span)
            if t is not None and person.title is None:
                title, aff = t
                person.title = title.text
                person.title_span = (title.start_char, title.end_char)
                person.affiliation = aff
        spans = []
        for p in people:
            if p.title is None:
                continue
            for s in p.mentions:
                s = Span(doc, s.start, s.end, label="OFFICIAL")
                s._.canonical, s._.title, s._.affiliation = p.name, p.title, p.affiliation
                s._.title_span = p.title_span
                spans.append(s)
        doc.spans[self.key] = spans
        return doc


@Language.factory(
    "news_officials",
    assigns=["doc.spans"],
    requires=["doc.ents", "token.pos"],
    default_config={"titles": "titles.json", "spans_key": "officials"},
)
def make_official_finder(nlp: Language, name: str, titles: str, spans_key: str) -> OfficialFinder:
    return OfficialFinder(load_json(titles), default_gazetteer(), spans_key)
