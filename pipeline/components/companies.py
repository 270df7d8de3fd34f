"""COMPANY: the NER's ORG spans that are companies, plus companies the NER
missed, found by how news writes them (patterns in
models/patterns/companies.jsonl: legal suffixes, "chipmaker X",
"X, the chipmaker", "NVIDIA's")."""

from __future__ import annotations

import re

import pycountry
import srsly
from spacy.attrs import IS_ALPHA, POS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from pipeline.components.places import IBERIAN_PARTICLES, KIND_PLURALS, is_dateline, natural_feature, opens_paragraph
from pipeline.doctext import doc_text
from pipeline.lexflags import add_native
from pipeline.normalize.amounts import find_amounts
from pipeline.normalize.money import dotted_prefixes, iso_codes
from pipeline.normalize.names import NAME_ARTICLES, company_key, company_name, has_legal_suffix, only_legal_form
from pipeline.normalize.places import Gazetteer, default_gazetteer, irish_county, town_names
from pipeline.normalize.text import fold
from pipeline.resources import load_json, model_path

# Peoples, faiths and movements the NER tags NORP: "Bangladeshis", "Muslims", "Scientology", "Islamophobia".
_DEMONYM_END = re.compile(
    r"(ian|ean|ese|ish|ic|i|an|ch|er|ern|ans|ese|ns|os|as|ist|ists|is|ms|ism|ology|phobia|ya|ban|sh)$", re.I)
_LOCATIVE = {"in", "at", "near", "outside", "around", "from", "to"}
_PLACE_NOUNS = {"town", "city", "village", "county", "district", "province", "prefecture", "region", "port",
                "municipality", "state", "island", "governorate", "regency", "emirate", "oblast", "canton", "coast",
                "coastline", "valley", "delta", "basin", "peninsula", "plains"}
_COMPASS = {"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western"}
# "Kaynes Semicon, a unit of ...": nouns no person is described by.
_CORPORATE_NOUNS = {"unit", "subsidiary", "arm", "affiliate", "company", "firm", "conglomerate", "start-up", "startup",
                    "chipmaker", "carmaker", "automaker", "lender", "bank", "insurer", "telco", "airline", "shipbuilder",
                    "chain", "cooperative", "co-operative", "retailer", "refinery", "utility", "brand", "miner"}
# "a 2.4% rise in Emirates NBD": share-price moves named as nouns.
_MOVE_NOUNS = {"rise", "gain", "jump", "drop", "fall", "decline", "slide", "increase", "advance", "climb", "surge",
               "slump", "dip", "rally", "loss"}
# "Orona, which makes lifts": a relative clause that says what a business does.
_BUSINESS_VERBS = {"makes", "produces", "supplies", "operates", "runs", "owns", "sells", "builds", "manufactures",
                   "develops", "provides", "distributes", "exports", "mines", "refines", "assembles", "designs"}
# Verbs a title-case headline writes after the company ("X Announces ...", "X Unveils ..."), never a name's last word.
_HEADLINE_VERBS = {"announces", "unveils", "invests", "commits", "acquires", "buys", "opens", "launches", "signs",
                   "completes", "expands", "secures", "raises", "breaks", "builds", "inaugurates", "selects", "chooses",
                   "picks", "starts", "begins", "reports", "posts", "confirms", "pledges", "earmarks", "plans", "eyes",
                   "targets", "approves", "denies", "shelves", "scraps", "closes", "enters", "agrees", "takes"}
_SITE_NOUNS = {"site", "plant", "factory", "mill", "campus", "facility", "works", "refinery", "yard", "smelter",
               "hub", "park", "port", "terminal", "mine", "fab"}
_PERIOD = re.compile(r"^(?:q[1-4]|h[12]|fy\d{0,4}|first-quarter|second-quarter|third-quarter|fourth-quarter|full-year|"
                     r"half-year|first-half|annual|quarterly)$")  # (of the "results-call" pattern)
# The works a company's possessive owns ("X's packhouse in Erdemli"), for CompanyFinder._site_owner.
_OWNED_WORKS = {"plant", "plants", "factory", "factories", "mill", "mills", "packhouse", "packhouses", "refinery",
                "smelter", "warehouse", "warehouses", "brewery", "winery", "distillery", "cannery", "shipyard",
                "sawmill", "foundry", "hatchery", "abattoir", "works", "headquarters"}
# Legal forms a name may run on from with "of" and its country ("Life Insurance Corporation of India").
_NAMED_FORMS = {"corporation", "corp", "company", "co", "incorporated", "bank", "authority", "group"}
# Courtesy titles that also open firms' names ("Hon Hai Precision Industry", "Pak Suzuki", "Sir Robert McAlpine"):
# not enough alone to make a name a person's.
_SHARED_COURTESY = {"hon", "pak", "bu", "ibu", "bapak", "sir", "dame", "madam", "his", "her", "excellency", "highness",
                    "honourable", "professor", "prof"}
_SPEECH_VERBS = {"said", "says", "added", "told", "announced", "stated", "confirmed", "noted", "wrote", "explained"}
# A brand written in lower case with a capital inside: "nusaGrid", "eFishery", "bKash" (not "iPhone": a
# product has no verb of its own and no company noun before it).
_LOWER_BRAND = re.compile(r"[a-z]{1,8}[A-Z][A-Za-z0-9]{2,}")
_BRAND_NOUNS = {"start-up", "startup", "firm", "company", "platform", "app", "fintech", "operator", "provider",
                "unicorn", "maker", "group", "developer", "brand", "retailer", "lender", "marketplace"}
# Plural nouns news writes before "of <country>" that are no company ("Exports of China rose").
_OF_COUNTRY_NOUNS = {"exports", "imports", "shares", "sales", "prices", "stocks", "utilities", "banks", "investors",
                     "officials", "companies", "firms", "workers", "residents", "citizens", "people", "leaders",
                     "markets", "bonds", "reserves", "tourists", "farmers", "miners", "producers", "makers", "parts",
                     "regions", "states", "provinces", "cities", "governments", "ministers", "members", "friends"}
# Name heads that also end public bodies' names ("Strategic Innovation Fund", "the Bank of Korea").
_PUBLIC_HEADS = {"fund", "funds", "bank", "insurance", "corporation", "company", "limited"}
# "LISBON, April 9 (Iberian Press Service) -", "(Bloomberg) -- X said": the agency a dateline (or a paragraph's
# opening credit) names is a media company.
_DATELINE_AGENCY = re.compile(
    r"(?m)^(?:[A-Z][A-Z.'’ -]+(?:, [A-Z][\w.'’ -]+)?, [A-Z][a-z]{2,4}\.? \d{1,2}(?:, \d{4})? )?"
    r"\((?P<agency>[A-Z][^()\n]{1,60})\)\s*[-–—]")
# A web page's staff credit names its masthead: "Posted by PinoyBiz Hub Staff | Energy".
_STAFF_CREDIT = re.compile(r"(?m)^Posted by (?P<name>[A-Z][^|\n]{1,40}?) (?:Staff|Desk|Team|Newsroom)\b")
# A press release's wire credit in its dateline: "WROCŁAW, Poland--(Business Wire)--Acme AG", "May 6, 2025
# /PRNewswire/ -- Acme Corp."
_WIRE_CREDIT = re.compile(r"--\((?P<a>[A-Z][\w&.' -]{2,40}?)\)--|/(?P<b>[A-Z][\w&.' -]{2,40}?)/\s*(?:--|—|–)")
# A page header's time stamp: "Updated 3 hours ago", "2 hrs ago", "4 min read".
_TIME_STAMP = re.compile(r"\b(?:ago|min read|minute read)$|^\d")
# ("Construcciones y Auxiliar de Ferrocarriles": "y" joins names, not places; Tagalog "ng": "Bangko Sentral ng Pilipinas")
_IBERIAN_GLUE = IBERIAN_PARTICLES | {"y", "ng"}
# Lower-case words inside a company's name: "Aeroestructuras del Bajío", "Van der Werf", "Bain & Company".
_NAME_PARTICLES = _IBERIAN_GLUE | {"&", "of", "e", "di", "van", "der", "den", "von", "und", "et"}
# French links inside a name ("Ciments de la Sanaga", "Société Malienne d'Égrenage et de Trituration") and a word
# with an elided article ("d'Égrenage", "l'Ogooué").
_FRENCH_LINKS = {"de", "du", "des", "la", "le", "les", "et", "l'", "d'", "l’", "d’"}
_ELIDED_WORD = re.compile(r"^[dlDL]['’][A-ZÀ-Þ]\w+$")
_OF_COUNTRY_HEADS = {"Corporation", "Company", "Bank", "Exchange", "Authority"}
# "mills run by A, B and C", "advised by A and B": the doers of these are companies.
_BY_VERBS = {"run", "operated", "owned", "backed", "advised", "managed", "arranged", "underwritten", "supplied",
             "acquired", "bought", "built"}
# Company words that also name what follows a person's name ("John Smith News", "Jane Doe Media Group", a
# newspaper's "Daily"): no sign, after a PERSON, that the words are a company's name (see _headed_after).
_PERSON_AFTER = frozenset({"news", "daily", "weekly", "times", "post", "media", "data", "digital", "health", "finance",
                           "financial", "group", "company"})
_CAMEL_BRAND = re.compile(r"[a-z]{1,5}[A-Z]")
# One word with a capital after two lower-case letters: a brand ("QatarEnergy"), not "McDonald" or "MacArthur".
_INNER_CAPITAL = re.compile(r"(?!Mc|Mac|Van|Von|De|Di|Da|La|Le|Fitz)[A-Z][a-z]{2,}[A-Z][A-Za-z]+")
_ROMAN = re.compile(r"(?:I{1,3}|IV|VI{0,3}|IX|X)")
# The NER often stops a name before its last word; these last words decide what the name is ("Pilipino Banana
# Growers" + "and Exporters Association" is an association).
_EXTEND_TO = {"Corporation", "Organization", "Organisation", "Association", "Federation", "Council", "Chamber",
              "Institute", "Society", "Foundation", "Authority", "Commission", "Agency", "Bureau", "Confederation"}
_SUBJECT_VERBS = {"said", "says", "say", "plans", "planned", "announced", "agreed", "pulled", "reported", "posted",
                  "signed", "opened", "invested", "invests", "acquired", "bought", "sold", "denied", "will", "has",
                  "had", "is", "was", "expects", "aims", "raised", "launched", "declined"}


# Titles a list of portfolios stands before ("Investment, Trade and Industry Minister").
_PORTFOLIO_HOLDERS = frozenset({"minister", "ministers", "ministry", "secretary"})
# Coarse part-of-speech ids as doc.to_array(POS) gives them.
_NAME_POS = frozenset(POS_IDS[p] for p in ("PROPN", "NOUN"))
_VERB_POS = frozenset(POS_IDS[p] for p in ("VERB", "AUX"))


# Entity labels a word of a company's name never stands in.
_NOT_NAME_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "LAW",
                              "LANGUAGE"})


def peoples_and_languages() -> frozenset[str]:
    """One-word names of peoples and languages ('Welsh', 'Swahili', 'Ugandan', 'Pakistani'), which the NER
    sometimes tags ORG: ISO 639-1 language names (pycountry) and the usual demonym endings of one-word
    country names ('Uganda' + 'n', 'Mexico' - 'o' + 'an', 'Brazil' + 'ian', 'Pakistan' + 'i', 'Japan' + 'ese')."""
    words = {lang.name.split(";")[0].split(",")[0].split(" (")[0] for lang in pycountry.languages if hasattr(lang, "alpha_2")}
    for c in pycountry.countries:
        name = getattr(c, "common_name", c.name)
        if " " in name or "," in name:
            continue
        stem = name[:-1]
        words |= {name + "n", name + "an", stem + "an", name + "ian", stem + "ian", name + "i", name + "ese", stem + "ese"}
    return frozenset(w for w in words if " " not in w)


# Last words of an investment firm's name, which a city "of" follows in news but not in the name.
_FUND_HEADS = {"ventures", "capital", "partners", "investments", "equity", "advisors", "advisers", "fund"}


# The words that open a clause leaving out its verb ("A will put in P45 billion and B the remaining P30 billion"): the
# company finder's short name there and the linker's investor there (pipeline.link) read the same clause.
GAPPED_CLAUSE_OPENERS = ("and", ",", "while", "whereas")


def _gapped_name(doc: Doc, i: int, n: int) -> bool:
    """"..., and Rodopa 84 million euros for the remaining 40%": a name opening a clause that leaves out its verb,
    right before its sum, whatever the tagger made of it."""
    return 0 < i and i + n < len(doc) and doc[i - 1].lower_ in GAPPED_CLAUSE_OPENERS and doc[i].is_title \
        and (doc[i + n].like_num or doc[i + n].is_currency or doc[i + n].text[:1] in "$€£¥₹")


def _slashed_dateline(span: Span) -> bool:
    """"DOHA/ISLAMABAD, March 2 –": towns in capitals a slash joins, opening a paragraph, are a dateline."""
    doc = span.doc
    return any(t.text == "/" for t in span) and all(t.is_upper for t in span if t.is_alpha) \
        and opens_paragraph(doc, span.start) and span.end < len(doc) and doc[span.end].text in (",", "(", "-", "–", "—")


def _opens_text(tok: Token) -> bool:
    """``tok`` opens a sentence, or the body after a dateline's dash ("SHANGHAI, Aug 19 (Xinhua) -- Shipbuilder X")."""
    return tok.is_sent_start or (tok.i > 0 and tok.doc[tok.i - 1].text in ("-", "--", "—", "–"))


def _title_case_line(sent: Span) -> bool:
    """A headline or a title-case line: most words capitalised, so capitals say nothing about names."""
    words = [w for w in sent if w.is_alpha]
    return sum(w.is_title for w in words) > len(words) / 2


def _at_clause_start(span: Span) -> bool:
    """The span opens its sentence or follows punctuation or "and": where a clause's subject stands."""
    return span.start == span.sent.start or span.doc[span.start - 1].is_punct or span.doc[span.start - 1].pos_ == "CCONJ"


def ticker_exchange(span: Span) -> bool:
    """'Chuanyu (TWSE: 6873)', 'Halberd Royalty Corp. (TSX: HRC)': the exchange of a ticker, not a company the
    story names."""
    doc = span.doc
    return span.start > 0 and span.end < len(doc) and doc[span.start - 1].text == "(" and doc[span.end].text == ":"


# ... and a byline on a line of its own ("By Wanjiku Kamau", "By Rhea Mae Cabahug | Staff reporter").
_BYLINE = re.compile(r"\((?:Reporting|Writing|Additional reporting) by [^)]*\)"
                     r"|^(?:By|BY|Written by|Words by) [A-Z][^\n]{0,60}$", re.M)


def _byline(span: Span) -> bool:
    """'(Reporting by Giulia Ferraro in Milan; Editing by Keith Rowland)': the wire's credit line names its
    reporters and editors, no companies."""
    text = doc_text(span.doc)
    return any(m.start() <= span.start_char < m.end() for m in _BYLINE.finditer(text, max(0, span.start_char - 300)))


def _paired_goods(head: Token, right: Span) -> bool:
    """"Cables and Wires Ltd", "Tubes and Fittings Ltd": a name's two plural goods joined by "and", the second
    alone before the legal form."""
    words = [t for t in right if not has_legal_suffix("X " + t.text)]
    return len(words) == 1 and head.lower_.endswith("s") and words[0].is_title and words[0].lower_.endswith("s")


def _in_order(short: str, initials: str) -> bool:
    """The letters of ``short``, in order, among ``initials``: 'BOI' in 'Board of Investment'."""
    it = iter(initials.upper())
    return all(c in it for c in short)


def _without_currency_code(span: Span) -> Span:
    """"has fined Salzburg bakery chain Gaisberg Backstuben GmbH EUR 1,4 Mio.": a currency's code the name ran into,
    before a number, is the sum's."""
    doc = span.doc
    last = span[-1]
    if len(span) > 1 and last.text in iso_codes() and span.end < len(doc) and doc[span.end].like_num:
        return span[:-1]
    return span


def _with_first_words(span: Span, spans: list[Span]) -> Span:
    """"BHUTAN: Thunder Dragon Cloud to build ...": a mention cut short of its first word, where the words before
    it and it make the start of a name the article gives in full ("Thunder Dragon Cloud Pvt Ltd")."""
    doc = span.doc
    names = {company_name(o.text) for o in spans if o.start != span.start}
    for k in (1, 2):
        start = span.start - k
        if start < 0 or not all(t.is_title for t in doc[start : span.start]):
            break
        text = doc[start : span.end].text
        if any(n == text or n.startswith(text + " ") for n in names):
            return Span(doc, start, span.end, label=span.label_)
    return span


_ORGAN = re.compile(r"(?:the\s+)?(?:(?:management|supervisory|executive)\s+board|board\s+of\s+directors|directors|shareholders|"
                    r"general\s+meeting)\s+of\s+(?:the\s+)?", re.I)


def _trim_possessive(span: Span) -> Span:
    if len(span) > 1 and span[-1].text in ("'s", "’s"):
        return span[:-1]
    return span


# Words before "on" that name the market a company's shares trade on ("listed on Euronext Amsterdam").
_LISTING_WORDS = {"listed", "traded", "trades", "trade", "trading", "debut", "debuted", "listing", "floated", "float"}

# The two words before an owner or investor's name ("controlled by Repsol", "led by Partech Africa").
_OWNER_CUES = {"led by", "participation from", "backed by", "joined by", "controlled by", "owned by", "unit of",
               "subsidiary of", "arm of", "affiliate of"}

# "the football club X", "the rugby side, the X": sports teams are not companies (corpus/GUIDELINES.md).
_TEAM_NOUNS = {"club", "side", "team", "squad", "franchise", "outfit"}
_SPORTS = {"football", "soccer", "rugby", "cricket", "basketball", "baseball", "hockey", "volleyball", "netball",
           "handball", "polo", "league", "a", "b"}  # (the last: "the Serie A club")

# The people who work for a company, and the shops it runs: "Macquarie bankers", "a Foxconn contractor".
_STAFF_NOUNS = {"bankers", "executives", "employees", "staffers", "engineers", "contractor", "contractors",
                "shareholders", "dealerships", "franchisees", "stores", "outlets", "headquarters"}

# The words between a company's name and its former one: ", formerly", ", whose former name was", ", previously known as".
_RENAME_GLUE = {",", "formerly", "whose", "former", "name", "was", "previously", "known", "as"}
# "better known as", "widely known as": what may stand between a company's name and "known as".
_KNOWN_ADVERBS = {"better", "also", "more", "widely", "commonly", "popularly", "locally", "now"}

# What a newspaper prints: "a report in Kontan" names the paper, not a place.
_PUBLISHED_NOUNS = {"report", "story", "article", "interview", "editorial", "column"}

# What moves in a market report besides a company: "TSMC shares rose", "CPO futures climbed".
_MARKET_NOUNS = {"shares", "share", "stock", "stocks", "bonds", "notes", "units", "futures", "prices", "price", "sales",
                 "exports", "imports", "profits", "profit", "revenue", "adrs", "receipts", "output", "yields", "rates"}

# "X were legal counsel", "X is acting as adviser": the verbs between an adviser's name and its role.
_ADVISER_COPULAS = ("is", "was", "are", "were")

# "sold under brands A and B", "its brands, A and B": the words before a company's own brands.
_OWNERS_BRANDS = {"under", "its", "their", "own", "his", "her"}

# Last words of an exchange's boards ("the Main Market", "the ACE Market", "the GEM Board"), no companies.
_MARKET_SEGMENTS = {"market", "board", "segment", "section", "tier", "platform"}

# All-capital last words a person's name may have: generational suffixes and Roman numerals.
_PERSON_NAME_CAPS = {"JR", "SR", "II", "III", "IV", "VI", "VII", "VIII", "MD", "PHD", "QC", "KC", "MP", "OBE", "MBE", "CBE"}

_GENRE_LABELS = {"interview", "analysis", "exclusive", "update", "profile", "opinion", "explainer", "feature", "q&a"}


class CompanyFinder:
    def __init__(self, nlp: Language, cues: dict, patterns: list[dict], gazetteer: Gazetteer,
                 spans_key: str = "companies", places_key: str = "places"):
        self.key = spans_key
        self.places_key = places_key
        self.gaz = gazetteer
        self.not_words = {w.lower() for w in cues["not_company_words"]}
        self.weak_not_words = {w.lower() for w in cues.get("weak_not_company_words", [])}
        self.corporate_heads = {w.lower() for w in cues.get("corporate_heads", [])}
        self.not_names = {fold(w) for w in cues["not_company_names"]}
        self.central_banks = {fold(w) for w in cues.get("central_banks", [])}
        self.leading_noise = {w.lower() for w in cues.get("leading_noise", [])}
        self._subject_spans: set[tuple[int, int]] = set()  # _subject_names' finds, while a doc is read
        self.title_words = {"premier", "minister", "president", "governor", "secretary", "mayor", "chairman", "ceo",
                            "taoiseach", "chancellor", "commissioner", "mec"}
        self.not_phrases = [fold(p) for p in cues.get("not_company_phrases", [])]
        self.units = set(cues.get("units", []))
        self.dept_words = {w.lower() for w in cues.get("department_words", [])}
        self.public_nouns = {w.lower() for w in cues.get("public_body_nouns", [])}
        self.coord_heads = {w.lower() for w in cues.get("coordination_heads", [])}
        self.name_heads = {w.lower() for w in cues.get("name_heads", [])}
        self.foreign_name_words = frozenset(cues.get("foreign_name_words", []))
        self.surname_places = set(cues.get("surname_places", []))
        self.non_company_modifiers = {w.lower() for w in cues.get("non_company_modifiers", [])}
        self.company_phrases = [fold(p) for p in cues.get("company_phrases", [])]
        self.state_run_exchanges = [fold(p) for p in cues.get("state_run_exchange_places", [])]
        company_nouns = {w.lower() for w in cues.get("company_nouns", [])}
        self.company_nouns = company_nouns
        self.product_nouns = {w.lower() for w in cues.get("product_nouns", [])}
        self.generic_heads = {w.lower() for w in cues.get("generic_heads", [])}
        self.name_openers = {w.lower() for w in cues.get("name_openers", [])}
        self.role_words = {w.lower() for w in cues.get("role_words", [])}
        self.list_nouns = {w.lower() for w in cues.get("list_nouns", [])}
        # Role words that mark the next name as a person ("Mayor X", "chief executive X"),
        # minus those that also describe companies ("partner", "investor").
        titles = load_json("titles.json")
        heads = {h.lower() for h in titles["heads"] if " " not in h}
        self.person_heads = heads - company_nouns - {"partner", "owner", "investor", "leader", "general", "chief"}
        # "... Industries Ltd. Chief executive X spoke": the words that open a title, and the next sentence
        self.title_openers = self.person_heads | {"chief", "managing", "deputy", "vice", "acting", "senior"}
        # "Hon. Lydia Chepkoech Kiprono", "Dr X": a courtesy title before a name is a person's (with or without
        # its full stop, which may be a token of its own)
        courtesy = {c.lower() for c in titles["courtesy"] if c[:1].isupper() and c not in ("His", "Her")}
        self.courtesy = courtesy | {c.rstrip(".") for c in courtesy}
        self.currency_codes = {c.alpha_3 for c in pycountry.currencies}
        # "Bonito Bay (PNG) Ltd", "Acme (UK) Limited": a country's ISO code in a registered name's brackets
        self.country_codes = {c.alpha_2 for c in pycountry.countries} | {c.alpha_3 for c in pycountry.countries} | {"UK"}
        # (and the irregular ones the linker knows: "Swiss family office X", "Emirati fund Y")
        self.peoples = peoples_and_languages() | {w.title() for w in load_json("deal_cues.json")["demonyms"] if " " not in w}
        money = load_json("money.json")
        prefixes = [k for k in money["prefixes"] if k[:1].isalpha()]
        self.money_text = re.compile(r"^(?:" + "|".join(re.escape(k) for k in prefixes) + r")\s?\d")
        self.dotted_currencies = set(dotted_prefixes(money))  # "Rs.", "Gs.": one token each
        self.towns = town_names()
        # The patterns' word tests become lexeme flags the Matcher checks in C (~4.5 -> 1.5 ms an article).
        self.matcher = Matcher(nlp.vocab, validate=False)
        self.pattern_ids: dict[int, str] = {}
        one_word_forms = [f for f in cues["legal_suffixes"] if " " not in f]
        for p in patterns:
            if p["id"] == "name-legal-suffix":
                # Every one-word legal form the cues list ends a registered name ("Novo Nordisk A/S").
                forms = p["pattern"][1]["ORTH"]["IN"]
                forms.extend(f for f in one_word_forms if f not in forms)
            add_native(self.matcher, p["id"], [p["pattern"]], greedy="LONGEST")
        self.follow_not = {w.lower() for w in cues.get("not_company_after", [])}
        self.time_zones = frozenset(cues.get("time_zones", []))
        # Anchor words of the list and market-report rules, as hashes of their lower-case forms (see _where).
        self.move_verb_keys = {hash_string(w.lower()) for w in cues.get("market_move_verbs", [])}
        self.move_noun_keys = {hash_string(w) for w in _MOVE_NOUNS}
        self.list_anchor_keys = {hash_string(w) for w in self.list_nouns | {"compete", "competes", "competing", "by"}}
        self.head_keys = {hash_string(w) for w in self.name_heads}
        self._at: dict[int, list[int]] | None = None  # the doc being read: see _positions
        self._ents: tuple[Span, ...] | None = None  # its entities: see _entities
        self._judged: dict[tuple[str, bool], bool] | None = None  # is_company_text's answers for it
        self._shouting: dict[tuple[int, int], bool] | None = None  # _shouted's per sentence
        self._stripped: dict[tuple[int, int], tuple[int, int]] | None = None  # _strip_noise's bounds per span
        self._words: tuple[Doc, list[str]] | None = None  # (doc, its tokens' texts): see _texts
        self.index_keys = {hash_string(w) for w in ("benchmark", "index")}
        self.on_keys = {hash_string("on")}
        self.staff_keys = {hash_string(w) for w in _STAFF_NOUNS}
        self.exchange_words = {w.lower() for w in cues.get("exchange_words", [])}
        self.paren_keys = {hash_string("(")}
        self.comma_keys = {hash_string(",")}
        self.adviser_keys = {hash_string(w) for w in ("advised", "advising", "adviser", "advisor", "advisers", "advisors",
                                                        "counsel", "arranger", "arrangers", "bookrunner", "underwriter")}

    def _small_place_name(self, text: str) -> bool:
        """Only a town or province of under a million people: 'Toyota', 'Hitachi' (cities in Japan) are
        companies where the NER reads them as organizations."""
        cands = self.gaz.candidates(text)
        return bool(cands) and all(c.kind in ("city", "subdivision") and c.population < 1_000_000 for c in cands)

    def is_company_text(self, text: str, org: bool = False) -> bool:
        """Whether ``text`` can be a company's name, by its words alone (a pure function of the text).

        Within a call, each text is judged once: the rules ask again of the same names (~28 times an
        article, ~11 texts of them asked before)."""
        if self._judged is None:
            return self._company_text(text, org)
        key = (text, org)
        got = self._judged.get(key)
        if got is None:
            got = self._judged[key] = self._company_text(text, org)
        return got

    def _company_text(self, text: str, org: bool) -> bool:
        if text.count("(") != text.count(")"):
            return False
        if only_legal_form(text.strip(" ,")):
            # Nothing but a legal form: "S.A.B. de C.V." after "Grupo Altavista,".
            return False
        name = company_name(text)
        if not name or not (name[0].isupper() or name[0].isdigit() or _CAMEL_BRAND.match(name)):
            return False  # ("eMandi", "dLocal": brands written with a lower-case first letter)
        if fold(name) in self.not_names or fold(text) in self.not_names or not fold(name):
            return False
        if _ROMAN.fullmatch(name):
            return False  # "II" of "Keppel Data Centre Fund II"
        if re.fullmatch(r"(?:FY)?\d{4}", name):
            return False  # "reported a 14% rise in 2025 net profit": a year
        if " " not in name and name.lower() in self.company_nouns and not has_legal_suffix(text):
            return False  # "Agritech start-up Tianliao Agritech Inc.": a company's word alone names none
        if re.fullmatch(r"(.+?)\s+\d+", name) and fold(name.rsplit(" ", 1)[0]) in self.not_names:
            return False  # "FTSE 100", "Nifty 50": an index
        words = {w.strip(".,()'’\"").lower() for w in re.split(r"[\s\-/]+", name)}
        folded = fold(name)
        hits = words & self.not_words
        if hits <= {"nasdaq", "nyse"} and len(words) == 2 and self.gaz.candidates(name.split()[-1]):
            hits = set()  # "Nasdaq Helsinki", "NYSE Texas": the exchange of a city, not the index or a ticker
        # "Summit Holdings", "Park Group": a weak public word opening a name closed by a corporate head
        parts = name.split()
        if len(parts) > 2 and _ROMAN.fullmatch(parts[-1]):
            parts = parts[:-1]  # "Keppel Data Centre Fund II": judged by "Fund"
        last = parts[-1].strip(".,").lower()
        weak = hits <= self.weak_not_words and " " in name and last not in hits and (
            last in self.corporate_heads or "bank" in words)  # "State Bank of India", "Union Harbor Bank"
        if hits and not weak and not has_legal_suffix(text) and \
                not any(f" {p} " in f" {folded} " for p in self.company_phrases):
            return False
        if self.gaz.candidates(name) and not (org and self._small_place_name(name)):
            return False
        if folded in self.central_banks or folded.startswith(("central bank", "reserve bank")):
            return False
        if words & self.title_words or (words & self.role_words and not has_legal_suffix(text)):
            return False
        # Money, not a name: "$2 billion", "RM1.2bil", "MXN 1.1 billion", "MW".
        if (re.search(r"\d", name) and re.search(r"[$€£¥₹]", name)) or self.money_text.match(name) \
                or find_amounts(text) or name in self.units or text.strip() in self.dotted_currencies:
            return False
        padded = f" {folded} {fold(text)} "
        if any(f" {p} " in padded for p in self.not_phrases):
            return False
        if words <= self.dept_words:
            return False
        if "," in text and set(fold(text.rsplit(",", 1)[1]).split()) <= self.dept_words:
            return False  # "Siriporn Chaiyasit, Public Relations": a contact and her function, as a press release lists
        if words & {"exchange", "bourse"} and any(f" {p} " in f" {folded} " for p in self.state_run_exchanges):
            return False  # "the Shanghai Stock Exchange": run by a state body
        if folded.startswith("exchange") or folded.endswith(("exchange rate", "exchange rates")):
            return False
        if " and " in name and any(self.gaz.candidates(part) for part in name.split(" and ")):
            return False
        # "Penang Development Corporation", "Maharashtra Industrial Development Corporation": a state's
        # development body, named for the place it develops (but a country's, "Uganda Development Corporation",
        # "the government's investment arm", takes stakes: a company, as the guidelines' state investment
        # corporations are).
        full = [w for w in text.split() if w.lower() != "the"] or [""]
        # (A country's "Digital Economy Corporation" or trade promotion body is an agency still.)
        kinds = ("country", "subdivision") if words & {"economy", "economic", "promotion"} else ("subdivision",)
        if words & {"development", "economy", "economic", "promotion"} \
                and full[-1].strip(".").lower() in ("corporation", "corp") \
                and (full[0].lower() == "state" or any(c.kind in kinds for n in (1, 2, 3)
                                                       for c in self.gaz.candidates(" ".join(full[:n])))):
            return False
        return True

    def _strip_noise(self, span: Span) -> Span:
        """'And Larkspur Digital', 'Rival BYD', 'About Hoshizora': drop leading glue words, and a trailing place."""
        if self._stripped is None:
            start, end = self._stripped_bounds(span)
        else:  # each found name is stripped three times a call: its bounds once
            key = (span.start, span.end)
            if key not in self._stripped:
                self._stripped[key] = self._stripped_bounds(span)
            start, end = self._stripped[key]
        return span.doc[start:end] if (start, end) != (span.start, span.end) else span

    def _dateline_dash(self, doc: Doc, start: int, end: int, spaced_before: bool) -> int | None:
        """The dash inside ``doc[start:end]`` that a dateline's place ends at ("HOUSTON - Sunmesa Renewables"): a
        dash with a space after it (and, ``spaced_before``, one before it) whose words before are a place."""
        dash = next((t.i for t in doc[start + 1 : end - 1] if t.text in ("-", "--", "—", "–") and t.whitespace_
                     and (not spaced_before or doc[t.i - 1].whitespace_)), None)
        if dash is None:
            return None
        before = doc[start:dash]
        # (or a shouted place's last words the NER cut from it: "JOHOR BAHRU - Tebrau Components Sdn Bhd")
        shouted = all(t.is_upper and t.is_alpha and len(t) > 1 for t in before)
        if not self.gaz.candidates(before.text.strip(" ,")) and not shouted:
            return None
        return dash

    def _after_dateline(self, ent: Span) -> Span:
        """"HOUSTON - Sunmesa Renewables" read as one NORP or GPE entity: the name after the dateline's dash, as an
        ORG where it ends in a word that closes a firm's name or in a legal form."""
        if ent.label_ in ("ORG", "PERSON"):
            return ent
        doc = ent.doc
        dash = self._dateline_dash(doc, ent.start, ent.end, spaced_before=False)
        if dash is None:
            return ent
        name = doc[dash + 1 : ent.end]
        if name[-1].lower_ in self.name_heads or has_legal_suffix(name.text):
            return Span(doc, name.start, name.end, label="ORG")
        return ent

    def _stripped_bounds(self, span: Span) -> tuple[int, int]:
        start, end = span.start, span.end
        doc = span.doc
        # "BOWLING GREEN, Ohio - Oakridge Snacks": a dateline's place and dash the NER ran into the name.
        dash = self._dateline_dash(doc, start, end, spaced_before=True)
        if dash is not None:
            start = dash + 1
        while start < end - 1 and (
                # (but not before a word too common to open the name alone: "Thai Summit Group")
                (doc[start].lower_ in self.leading_noise and doc[start + 1].lower_ not in self.generic_heads)
                # "Steelmaker Sidenor", "Retailer Seven & i Holdings" opening a sentence
                # (or opening the body after a dateline: "SHANGHAI, Aug 19 (Xinhua) -- Shipbuilder Haixin Marine")
                or (doc[start].lower_ in self.company_nouns and _opens_text(doc[start]))):
            start += 1
        # "Rice miller Rizerie de l'Artibonite S.A." opening a sentence (or the body after a dateline): a
        # descriptor whose head noun is a company's word, written in lower case.
        if end - start > 2 and _opens_text(doc[start]) and doc[start + 1].is_lower \
                and (doc[start + 1].lower_ in self.company_nouns or doc[start + 1].lower_.endswith("maker")) \
                and doc[start + 2].is_title:
            start += 2
        # "Founded in 1955 in Rouen, Laboratoires Delorme-Vasseur is ...": a place and its comma before the name.
        comma = next((t.i for t in doc[start + 1 : min(end - 1, start + 4)] if t.text == ","), None)
        if comma is not None and self.gaz.candidates(doc[start:comma].text) and doc[comma + 1].is_title \
                and start > 0 and doc[start - 1].lower_ in ("in", "at", "from", "near"):
            start = comma + 1
        # "Monterrey's Cerro de la Silla Capital": a place's possessive before the name is not part of it.
        owner = next((t.i for t in doc[start + 1 : min(end - 1, start + 4)] if t.text in ("'s", "’s")), None)
        if owner is not None and self.gaz.candidates(doc[start:owner].text):
            start = owner + 1
        # "Pilbara Minerals' Ngungaju plant": the owner's name ends at its plural possessive.
        if end < len(doc) and doc[end].is_lower and doc[end].lower_ in _SITE_NOUNS:
            cut = next((t.i for t in doc[start + 1 : end - 1] if t.text in ("'", "’") and doc[t.i - 1].text.endswith("s")),
                       None)
            if cut is not None:
                end = cut
        # "Co., Ltd. Chin Hsin Circuit Co.": a legal form that closed the sentence before opens no name.
        while end - start > 1 and has_legal_suffix("X " + doc[start].text) and doc[start].text.endswith(".") \
                and doc[start + 1].is_title and (end - start > 2 or doc[start + 1].pos_ == "PROPN"):
            start += 1
        # "Q&A: Mleiha Steel's Sultan Al Midfa on ...", "EXCLUSIVE: X ...": a genre label and its colon open no name.
        colon = next((t.i for t in doc[start : min(end - 1, start + 4)] if t.text == ":"), None)
        if colon is not None and all(t.is_upper or t.text in ("&", "Q&A") or t.lower_ in _GENRE_LABELS
                                     for t in doc[start:colon]):
            start = colon + 1
        # "Shares of Meralco rose": the market-report opening is not part of the name.
        if end - start > 2 and doc[start].lower_ in ("shares", "stock", "stocks") and doc[start + 1].lower_ == "of":
            start += 2
        # "the Board of Directors of Ranweli Holdings PLC", "The Management Board of the Company": a company's
        # organ, in a filing's words, is not part of its name.
        organ = _ORGAN.match(doc[start:end].text)
        if organ is not None:
            cut = next((t.i for t in doc[start:end] if t.idx >= doc[start].idx + organ.end()), None)
            if cut is not None and cut < end:
                start = cut
        # "Japan Bank for International Cooperation (JBIC": the NER's span stops inside the short form.
        opened = next((t.i for t in doc[start + 1 : end] if t.text == "("), None)
        if opened is not None and not any(t.text == ")" for t in doc[opened:end]):
            end = opened
        while end - 1 > start and doc[end - 1].lower_ in ("and", "&", "or"):
            end -= 1
        # "Northfield Grain Co-": the NER cut a hyphened word ("Co-operative") at its hyphen.
        if end < len(doc) and end - 2 >= start and doc[end - 1].text == "-" and not doc[end - 2].whitespace_ \
                and not doc[end - 1].whitespace_ and doc[end].is_alpha:
            end += 1
        # "a new subsidiary, Gippsland Fresh Foods Canada Inc. Whitby said ...": the name ends at its legal form
        # where the next sentence begins ("... from Deltavat Waterstof B.V. The purchase price is", where the
        # parser kept one sentence: a capitalised article or pronoun opens the next, or a title: "... Chemical
        # Industries Ltd. Chief executive Hanneke Roebroek spoke to us").
        # (Not "Co. Limited", a legal form of two words.)
        cut = next((t.i + 1 for t in doc[start + 1 : end - 1] if t.text.endswith(".") and has_legal_suffix("X " + t.text)
                    and not has_legal_suffix("X " + doc[t.i + 1].text)
                    and (doc[t.i + 1].is_sent_start or (doc[t.i + 1].is_title and doc[t.i + 1].pos_ in ("DET", "PRON"))
                         or (doc[t.i + 1].is_title and doc[t.i + 1].lower_ in self.title_openers)
                         # ("... with Taiwan's Hsin Lien Optronics Corp. Edited excerpts:")
                         or (doc[t.i + 1].is_title and doc[t.i + 1].tag_ in ("VBN", "VBD")
                             and t.i + 2 < len(doc) and doc[t.i + 2].is_lower)
                         or (t.i + 2 == end and end < len(doc) and doc[end].pos_ in ("VERB", "AUX")))), None)
        if cut is not None:
            end = cut
        # "Sapphire Stockbroking Rs 40 lakh": a currency word after the name is the amount's.
        # (Only a sum's: "Kestrel Future M, the battery-materials arm" keeps its "M", a currency's letter.)
        # "and Morava Energie KM 102.9 million": the whole sum after the name, where the NER ran on into it.
        end = next((t.i for t in doc[start + 1 : end - 1] if t.i + 1 < len(doc) and doc[t.i + 1].text[:1].isdigit()
                    and self.money_text.match(t.text + " " + doc[t.i + 1].text)), end)
        while end - 1 > start and doc[end - 1].is_currency:
            end -= 1  # "and Daeyul ₹303.8 crore": a currency sign the NER ran into the name
        while end - 1 > start and self.money_text.match(doc[end - 1].text + " 1") and (
                any(c.isdigit() for c in doc[end - 1].text) or (end < len(doc) and doc[end].like_num)):
            end -= 1
        # "a round led by Larchwood Ventures of Toronto": the fund's city after its name ("Bank of America" keeps its
        # place: a bank is named so).
        if end - start >= 4 and doc[end - 2].lower_ == "of" and doc[end - 3].lower_ in _FUND_HEADS \
                and self.gaz.candidates(doc[end - 1].text):
            end -= 2
        # "Lishui Agritech Co., Ltd of China", "Keruing Timber Holdings Ltd of Singapore": the country after a short
        # legal form is where the firm is from (not "Life Insurance Corporation of India": a name with its country).
        k = next((t.i for t in doc[start + 2 : end - 1] if t.lower_ == "of"), None)
        if k is not None and doc[k - 1].text[:1].isupper() and doc[k - 1].lower_.rstrip(".") not in _NAMED_FORMS \
                and has_legal_suffix(doc[start:k].text) and self.gaz.candidates(doc[k + 1 : end].text):
            end = k
        # "Sahyog Fibre Optics Pvt Ltd for (Rs 640 crore)": the name ends at its legal form.
        while end - 2 > start and doc[end - 1].is_lower and doc[end - 1].is_alpha \
                and has_legal_suffix(doc[start : end - 1].text):
            end -= 1
        # "Hsinlong Biologics Announces ¥18 Billion Investment": a title-case headline's verb the NER ran into the name.
        if end - start > 1 and doc[end - 1].lower_ in _HEADLINE_VERBS and doc[end - 1].is_title \
                and _title_case_line(doc[start].sent):
            end -= 1
        # "Meseta Ventures led Solenza's Series A": a verb in lower case the NER ran into the name.
        while end - 1 > start and doc[end - 1].is_lower and doc[end - 1].is_alpha and doc[end - 1].pos_ == "VERB" \
                and doc[end - 1].tag_ in ("VBD", "VBZ", "VBP"):
            end -= 1
        # "... does': Trinetra Electronics MD Rohit Malpani": a title and the person after the name are not part of it.
        cut = next((t.i for t in doc[start + 1 : end - 1] if t.lower_ in self.person_heads
                    and (t.is_upper or t.lower_ in ("chairman", "chairwoman", "chairperson", "founder"))
                    and 2 <= end - t.i - 1 <= 3 and all(w.is_title and w.is_alpha for w in doc[t.i + 1 : end])
                    and not has_legal_suffix(doc[t.i + 1 : end].text)
                    and not any(w.lower_ in self.company_nouns for w in doc[t.i + 1 : end])), None)
        if cut is not None:
            end = cut
        # "First Capital Research in Colombo": the place where it sits is not part of the name.
        for t in span.doc[start + 1 : end - 1]:
            if t.lower_ in ("in", "at") and self.gaz.candidates(span.doc[t.i + 1 : end].text):
                end = t.i
                break
        return start, end

    def _not_a_company(self, span: Span, person_words: list[set[str]], places: list[Span]) -> bool:
        doc = span.doc
        # "Khun Pimchanok said", "Mr Vuong": a courtesy title opens a person's name (not "Dr. Reddy's Laboratories": a
        # company's word ends that one).
        if self._titled_name(span) and span[0].text[:1].isupper() and not has_legal_suffix(span.text):
            return True
        # "the GMB union", "the opposition Tisza party", "the Ibovespa index", "the IAA Mobility show",
        # "the FTSE 100": a name before one of these, or a number, is not a company's.
        if span.end < len(doc) and not has_legal_suffix(span.text) and (
                doc[span.end].lower_ in self.follow_not or (doc[span.end].like_num and doc[span.end].text.isdigit()
                                                             and doc[span.end].ent_type_ not in ("MONEY", "PERCENT", "DATE"))
                # "the USMCA trade agreement", "a Ugandan investor group" is fine: only the head noun counts
                or (span.end + 1 < len(doc) and doc[span.end].is_lower and doc[span.end].pos_ in ("NOUN", "ADJ")
                    and doc[span.end + 1].lower_ in self.follow_not and doc[span.end + 1].is_lower)):
            return True
        if span.text.isupper() and span.text.isalpha() and len(span) == 1 and self._acronym_of_a_thing(span):
            return True
        # "Cashew is a growing prize: ..." opening a sentence, in an article that writes "cashew" lower-case elsewhere:
        # a common noun, no name.
        if len(span) == 1 and span[0].is_title and span[0].is_sent_start and not has_legal_suffix(span.text) \
                and any(t.text == span.text.lower() for t in doc):
            return True
        # 'the "Purchaser"', 'the "Target Company"': a filing's defined term for a party, no name of its own.
        if len(span) <= 2 and any(f'the {q}{span.text}{r}' in doc_text(doc) for q, r in (('"', '"'), ("“", "”"))) \
                and span[0].is_title and all(t.is_alpha and not t.is_upper for t in span):
            return True
        # "rose 5.1% at 1015 GMT", "by 10:30 a.m. EST": a clock time's zone.
        if span.text in self.time_zones and span.start > 0 and (
                doc[span.start - 1].like_num or doc[span.start - 1].lower_ in ("a.m.", "p.m.", "am", "pm", "hours", "hrs")
                or re.fullmatch(r"\d{1,2}[:.]\d{2}", doc[span.start - 1].text)):
            return True
        # "the Cromarty Firth", "Tasman Bay": a natural feature.
        if natural_feature(span):
            return True
        # "Krishnagiri district", "the Tainan city government": a place by its kind word.
        if span.end < len(doc) and doc[span.end].is_lower and doc[span.end].lower_ in _PLACE_NOUNS \
                and not has_legal_suffix(span.text):
            return True
        # "growers in Murang'a, Kiambu and Nyeri counties": each name of a list its plural kind word closes.
        k = span.end
        while k < min(len(doc), span.end + 10) and (doc[k].text == "," or doc[k].lower_ == "and"
                                                     or (doc[k].text[:1].isupper() and doc[k].is_alpha)):
            k += 1
        if k < len(doc) and doc[k].is_lower and doc[k].lower_ in KIND_PLURALS and not has_legal_suffix(span.text) \
                and (any(t.lower_ == "and" for t in doc[span.end : k])
                     or (span.start > 0 and doc[span.start - 1].lower_ in ("and", ","))):
            return True
        # "the provinces of Jijel, Oran, Sétif and Biskra", the NER's ORG over the list's first names: places, each.
        parts = [p.strip() for p in re.split(r",|\band\b", span.text)]
        if len(parts) > 1 and all(p and self.gaz.candidates(p) for p in parts) and not has_legal_suffix(span.text):
            return True
        # "opposition party AIADMK", "the CITU labour union": a party's or union's name.
        if span.start > 0 and doc[span.start - 1].lower_ in ("party", "union", "university", "institute", "college"):
            return True
        # "the Hanbit Eagles baseball team", "the Dhaka Rangers cricket club": a team before its sport.
        if span.end + 1 < len(doc) and doc[span.end].lower_ in _SPORTS and doc[span.end + 1].lower_ in _TEAM_NOUNS:
            return True
        # "the football club US Sassuolo", "the local rugby side, the Otago Highlanders": a sports team.
        i = span.start - (span.start > 0 and doc[span.start - 1].lower_ == "the")
        i -= i > 0 and doc[i - 1].text == ","
        if i >= 2 and doc[i - 1].lower_ in _TEAM_NOUNS and doc[i - 2].lower_ in _SPORTS:
            return True
        # "its obesity drug CagriSema": a product.
        # (Not a name a company word ends: "meat processor Oreti Valley Meats" is a business.)
        if span.start > 0 and doc[span.start - 1].lower_ in self.product_nouns and not has_legal_suffix(span.text) \
                and not (len(span) > 1 and span[-1].lower_ in self.name_heads):
            return True
        # "its Nexo vehicles", "the maker of Cessna planes": a brand that someone else's products carry.
        if span.start > 0 and span.end < len(doc) and doc[span.start - 1].lower_ in ("its", "their", "of") \
                and doc[span.end].tag_ == "NNS" and doc[span.end].lower_[:-1] in self.product_nouns \
                and not has_legal_suffix(span.text):
            return True
        # "Utilities were also in demand": a sentence's first word, a common noun.
        if len(span) == 1 and span[0].tag_ == "NNS" and (span.start, span.end) not in self._subject_spans and (
                span[0].is_sent_start or (
                span.start > 0 and doc[span.start - 1].text in ('"', "“", "'", "‘"))):
            return True  # (a plural: "Apple chief executive Tim Cook" opens with a company)
        # "The securities regulator, the Comissão de Valores Mobiliários (CVM)": a public body named.
        i = span.start + 1 if span[0].lower_ == "the" else span.start
        if i >= 3 and doc[i - 1].lower_ == "the" and doc[i - 2].text == "," \
                and doc[i - 3].lower_ in self.public_nouns | {"regulator", "watchdog"}:
            return True
        words = {fold(t.text) for t in span if not t.is_punct} - {""}
        # A person's name the NER tagged ORG ("Le Maire said", "Busch has promised").
        if words and not has_legal_suffix(span.text) and any(words <= pw for pw in person_words):
            return True
        # A family named by its surname ("the Lekkas family, which founded the company"), not a firm of the name.
        if span.end < len(doc) and doc[span.end].lower_ in ("family", "families") and span.start > 0 \
                and doc[span.start - 1].lower_ in ("the", "founding", "owning", "controlling") \
                and not has_legal_suffix(span.text):
            return True
        # Part of a title: "Energy and Industry Minister", "Minister for Trade and Employment".
        if span.end < len(doc) and doc[span.end].lower_ in self.title_words | {"ministry"}:
            return True
        if span.start >= 2 and doc[span.start - 1].lower_ in ("for", "of") and \
                doc[span.start - 2].lower_ in self.title_words:
            return True
        # "Minister of Economy, Trade and Industry": the rest of a portfolio after its first word
        k = span.start
        while k > 0 and span.start - k < 6 and (doc[k - 1].is_title or doc[k - 1].lower_ in (",", "and")):
            k -= 1
        if k < span.start and k >= 2 and doc[k - 1].lower_ in ("for", "of") \
                and doc[k - 2].lower_ in self.title_words | {"ministry", "department"} \
                and not any(t.lower_ == "and" for t in doc[k : span.start]):  # (the list ends at its "and")
            return True
        # "Minister of Fisheries and Marine Resources, Chris Laore": the portfolio's last part, after its "and" (not a
        # paper credited after it: "... Trade and Industry and Nikkei reported")
        if k < span.start and k >= 2 and doc[k - 1].lower_ in ("for", "of") \
                and doc[k - 2].lower_ in self.title_words | {"ministry", "department"} \
                and doc[span.start - 1].lower_ == "and" and sum(t.lower_ == "and" for t in doc[k : span.start]) == 1 \
                and (span.end == len(doc) or doc[span.end].pos_ not in ("VERB", "AUX")) and not has_legal_suffix(span.text):
            return True
        # "Investment, Trade and Industry Minister": the first word of a portfolio before its minister
        k = span.end
        while k < len(doc) and k - span.end < 6 and (doc[k].is_title or doc[k].lower_ in (",", "and")) \
                and doc[k].lower_ not in _PORTFOLIO_HOLDERS:
            k += 1
        if span.end < k < len(doc) and doc[span.end].text == "," and doc[k].lower_ in _PORTFOLIO_HOLDERS \
                and any(t.lower_ == "and" for t in doc[span.end : k]):
            return True
        # A currency code before a number: "KRW 1.2 trillion", "AED 2.2bn".
        if span.text in self.currency_codes and span.end < len(doc) and doc[span.end].text[:1].isdigit():
            return True
        if self._acronym_of_common_noun(span) or self._public_apposition(span) or self._place_context(span):
            return True
        # "CHEŁMIEC – Councillors in Chełmiec voted ...": the dateline's town, written again, is the town.
        if not has_legal_suffix(span.text) and span[-1].lower_ not in self.name_heads and any(
                p.text.isupper() and len(p.text) > 3 and p.text.casefold() == span.text.casefold() for p in places):
            return True
        return any(p.start < span.end and span.start < p.end for p in places)

    def _titled_name(self, span: Span) -> bool:
        """A courtesy title opens the name ("Khun Pimchanok", "Mr Qaranivalu"), not one firms' names open with too
        (_SHARED_COURTESY) nor a name a company's word ends ("Dr. Reddy's Laboratories")."""
        if len(span) < 2:
            return False
        title = span[0].lower_.rstrip(".")
        return title in self.courtesy and title not in _SHARED_COURTESY and span[-1].lower_ not in self.name_heads

    def _acronym_of_a_thing(self, span: Span) -> bool:
        """An acronym that names a thing, not a firm: a wire's "(END)"; one a lower-case phrase spells out
        ("polybutylene terephthalate (PBT)", "annual general meeting of shareholders (RUPST)"); one after "a"/"an"
        ("raised ₹600 crore through a QIP"); a market a firm is listed on ("AIM-listed"); or one the article only
        ever writes before a lower-case noun it describes ("recycled PET flakes", "UHT milk", "300 CNC machines")."""
        doc, i = span.doc, span.start
        prev = doc[i - 1] if i > 0 else None
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if span.text == "END" and prev is not None and prev.text == "(":
            return True
        if prev is not None and prev.text == "(" and i >= 2 and doc[i - 2].is_lower and doc[i - 2].is_alpha:
            return True
        if prev is not None and prev.lower_ in ("a", "an"):
            return True
        if nxt is not None and nxt.text in ("-", "–") and not span[-1].whitespace_ and i + 2 < len(doc) \
                and doc[i + 2].lower_ in ("listed", "quoted", "traded"):
            return True
        mentions = [doc[k] for k in self._where(doc, {hash_string(span.text.lower())}) if doc[k].text == span.text]
        return all(t.i + 1 < len(doc) and doc[t.i + 1].is_lower and doc[t.i + 1].is_alpha
                   and doc[t.i + 1].pos_ == "NOUN" and t.dep_ in ("compound", "amod", "nmod") for t in mentions)

    def _acronym_of_common_noun(self, span: Span) -> bool:
        """'high-bandwidth memory (HBM)': an acronym defined by lower-case words."""
        doc = span.doc
        if not (span.text.isupper() and span.start >= 2 and doc[span.start - 1].text == "("
                and span.end < len(doc) and doc[span.end].text == ")"):
            return False
        before = [t for t in doc[max(0, span.start - 1 - len(span.text) * 2) : span.start - 1] if not t.is_punct]
        initials = "".join(p[0] for t in before for p in t.text.split("-") if p).lower()
        return initials.endswith(span.text.lower()) and all(t.is_lower for t in before[-2:])

    def _public_apposition(self, span: Span) -> bool:
        """'Business France, the state agency that tracks them'; 'X (NEDO), a government agency'."""
        doc = span.doc
        i = span.end
        if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
            i += 3
        if not (i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ in ("a", "an", "the", "one")):
            return False
        for t in doc[i + 2 : i + 9]:
            if t.i + 1 < len(doc) and doc[t.i + 1].text in ("'s", "’s"):
                continue  # "the government's main investment arm": the owner, not what the name is
            if t.lower_ in self.public_nouns and (t.i + 1 >= len(doc) or doc[t.i + 1].pos_ not in ("NOUN", "PROPN")):
                return True
            if t.lower_ in self.company_nouns or t.is_punct:
                return False
        return False

    def _place_context(self, span: Span) -> bool:
        """'a gigafactory in Dunkirk', 'the town of Kikuyo', 'at Dholera in Gujarat'."""
        doc = span.doc
        if has_legal_suffix(span.text) or span.start == 0:
            return False
        prev = doc[span.start - 1].lower_
        if prev == "of" and span.start >= 2 and doc[span.start - 2].lower_ in _PLACE_NOUNS:
            return True
        # "its Hendon site", "their Pune plant": where a company's facility stands; "the Mariental plant" where the
        # article puts a plant "in Mariental"
        if span.end < len(doc) and doc[span.end].lower_ in _SITE_NOUNS and (
                prev in ("its", "their") or (prev == "the" and span.text in self._located_names(doc))):
            return True
        # "the train maker based in Beasain"
        if prev == "in" and span.start >= 2 and doc[span.start - 2].lower_ in ("based", "headquartered", "located"):
            return True
        # "plants in Komárom and Iváncsa": a name listed after a place the sentence puts somewhere
        if prev == "and" and span.start >= 3 and not (span.end < len(doc) and doc[span.end].pos_ in ("VERB", "AUX")):
            j = span.start - 2
            k = j
            while k > 0 and doc[k - 1].text[:1].isupper() and doc[k - 1].ent_iob_ == "I":
                k -= 1
            before = doc[k : j + 1]
            if k > 0 and doc[k - 1].lower_ in ("in", "at", "near") and (
                    self.gaz.candidates(before.text) or doc[j].ent_type_ in ("GPE", "LOC")):
                return True
        if prev not in _LOCATIVE:
            return False
        if span.text in self.towns or span[0].lower_ in _COMPASS:
            return True
        if span.text.isupper() or (span.start >= 2 and doc[span.start - 2].lower_ in self.person_heads) \
                or any(t.lower_ in self.name_heads for t in span[1:]):
            return False  # "head of research at Maybank Securities in Singapore", "at Aurora Bank Markets in ..."
        nxt = doc[span.end : span.end + 2]
        return len(nxt) == 2 and nxt[0].text in (",", "in") and nxt[1].ent_type_ == "GPE" and prev in ("in", "at", "near")

    def _person_context(self, span: Span) -> bool:
        """'Mayor X', 'chief executive X said', 'its chief executive, X', 'X, a spokeswoman for Y'."""
        doc = span.doc
        if has_legal_suffix(span.text) or not all(t.is_title or t.is_punct for t in span):
            return False
        before = doc[span.start - 1] if span.start >= 1 else None
        if before is not None and before.text == "." and span.start >= 2:
            before = doc[span.start - 2]  # "Hon." as two tokens
        if before is not None and before.lower_ in self.courtesy:
            return True
        if self._titled_name(span):
            return True  # "Khun Pimchanok said": the NER's organization holds the title
        if span.start >= 1 and doc[span.start - 1].lower_ in self.person_heads:
            # "chip designer Nvidia": a trade noun before the role word, and the NER's organization
            return not (span.start >= 2 and doc[span.start - 2].is_lower and doc[span.start - 2].pos_ == "NOUN"
                        and all(t.ent_type_ == "ORG" for t in span))
        # "Sanae Takaichi was elected president", "X has been named chief executive"
        after = [t.lower_ for t in doc[span.end : span.end + 3]]
        if len(after) >= 2 and after[0] in ("was", "is", "has", "had", "will") and any(
                w in ("elected", "named", "appointed", "sworn", "re-elected", "nominated") for w in after[1:]):
            return True
        if span.start >= 2 and doc[span.start - 1].text == "," and doc[span.start - 2].lower_ in self.person_heads \
                and not (len(span) > 1 and span[-1].lower_ in self.name_heads):
            return True  # (not "Oren Katz - Analyst, Gilboa Securities": a firm's word ends the name)
        if span.start >= 4 and doc[span.start - 1].text == "," and span.end < len(doc) and doc[span.end].text == ",":
            # "Indonesia's Minister of Investment and Downstream Industry, Haryo Sasongko Wibisono, witnessed ...":
            # a portfolio's words between the title and its holder's name.
            for k in range(span.start - 2, max(0, span.start - 9), -1):
                if doc[k].lower_ == "of" and doc[k - 1].lower_ in self.person_heads:
                    return True
                if not (doc[k].is_title or doc[k].lower_ in ("of", "and", "&")):
                    break
        # "X has been chief executive of Y since 2019", "X is the chairman of Y": a role held at a body.
        verbs = [t.lower_ for t in doc[span.end : span.end + 2]]
        for copula in (["is"], ["was"], ["has", "been"], ["had", "been"]):
            if verbs[: len(copula)] != copula:
                continue
            k = span.end + len(copula)
            k += k < len(doc) and doc[k].lower_ in ("the", "a", "an")
            role = doc[k : k + 3]
            if any(t.lower_ in self.person_heads and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("of", "at")
                   for t in role) and all(t.is_lower for t in role[:1]):
                return True
        i = span.end
        if i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ in ("a", "an", "the", "its", "their"):
            for t in doc[i + 2 : i + 7]:
                if t.is_punct or t.lower_ in self.company_nouns:
                    return False
                if t.lower_ in self.person_heads:
                    nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
                    return nxt is None or nxt.lower_ in ("of", "at", "for", ",", ".", "with", "and")
        return False

    def _extend(self, span: Span) -> Span:
        """'International Finance' + 'Corporation': the NER often stops before the last word."""
        doc = span.doc
        if len(span) > 1 and (span[-1].lower_ in ("of", "and", "&") or span[-1].text in _IBERIAN_GLUE):
            span = doc[span.start : span.end - 1]  # "the Stock Exchange of" + "Thailand": judged with its country
        if span[-1].text in ("'", "’") and span.end < len(doc) and doc[span.end].is_title:
            # "the Maple Crest Teachers'" + "Pension Plan": the NER stops at a plural possessive inside a name
            j = span.end
            while j < len(doc) and doc[j].is_title and doc[j].is_alpha and j - span.end < 3:
                j += 1
            if j == len(doc) or doc[j].lower_ not in _SITE_NOUNS:
                span = doc[span.start : j]
        for j in range(span.end, min(len(doc), span.end + 7)):
            t = doc[j]
            if t.text in _EXTEND_TO:
                return self._of_country(doc[span.start : j + 1])
            if not ((t.is_title and t.is_alpha) or t.lower_ in ("and", "of", "for", "&")):
                break
        # "Construcciones y" + "Auxiliar de Ferrocarriles": the NER often starts after an Iberian "y"/"e"
        if span.start >= 2 and doc[span.start - 1].text in ("y", "e") and doc[span.start - 2].is_title \
                and doc[span.start - 2].is_alpha and doc[span.start - 2].ent_type_ in ("", "ORG"):
            k = span.start - 2
            while k > 0 and doc[k - 1].is_title and doc[k - 1].is_alpha and doc[k - 1].ent_type_ in ("", "ORG") \
                    and not doc[k - 1].is_sent_start and span.start - k < 4:
                k -= 1
            span = doc[k : span.end]
        span = self._particle_start(span)
        # "1." + "Seomun" + "Precision Motors Co., Ltd.": the NER leaves out the first word of a listed line's name, which
        # the parser made a sentence's start after the line's number.
        k = span.start - 1
        if k >= 2 and doc[k].is_title and doc[k].is_alpha and doc[k].pos_ == "PROPN" and not doc[k].ent_type_ \
                and doc[k].is_sent_start and doc[k - 1].text in (".", ")") and doc[k - 2].like_num \
                and has_legal_suffix(span.text):
            span = doc[k : span.end]
        # "Nedbank Corporate" + "and Investment Banking (Nedbank CIB)": the bracketed short form spells the
        # words after "and" too
        j = span.end
        if j + 1 < len(doc) and doc[j].lower_ == "and" and doc[j + 1].is_title:
            k = j + 1
            while k < len(doc) and doc[k].is_title and doc[k].is_alpha and k - j < 4:
                k += 1
            close = next((c for c in range(k + 1, min(k + 4, len(doc))) if doc[c].text == ")"), None)
            if k < len(doc) and doc[k].text == "(" and close is not None:
                short = doc[close - 1].text
                initials = "".join(t.text[0] for t in doc[span.start : k] if t.is_title)
                # ... and spells more than the words after "and" ("Tripod Technology and Gold Circuit
                # Electronics (GCE)" are two companies)
                if short.isupper() and len(short) > k - j - 1 and initials.endswith(short):
                    span = doc[span.start : k]
        # "Banco" + "do Brasil", "Energias" + "do Atlântico": an Iberian name's lower-case link
        j = span.end
        while j + 1 < len(doc) and doc[j].text in _IBERIAN_GLUE and doc[j + 1].is_title and doc[j + 1].is_alpha \
                and doc[j + 1].ent_type_ not in ("DATE", "MONEY", "GPE"):
            j += 2
            while j < len(doc) and doc[j].is_title and doc[j].is_alpha and doc[j].ent_type_ not in ("DATE", "MONEY"):
                j += 1
        return doc[span.start : j] if j > span.end else self._of_country(span)

    def _headed_after(self, ent: Span) -> Span | None:
        """'Kaapse Berg' + 'Infrastructure Partners': a 'person' the NER ended before the capitalised words that end
        in a company word, which no person's name has after it."""
        doc = ent.doc
        j = ent.end
        while j < len(doc) and j - ent.end < 3 and doc[j].is_title and doc[j].is_alpha and not doc[j].ent_type_:
            j += 1
        if j == ent.end or doc[j - 1].lower_ not in self.name_heads or doc[j - 1].lower_ in _PERSON_AFTER:
            return None
        return doc[ent.start : j]

    def _site_owner(self, ent: Span) -> Span | None:
        """"the yard outside Göksu Taze Gıda's packhouse in Erdemli": a name of three words or more the NER took for a
        person's or a building's, whose possessive owns a works (a plant, a mill, a packhouse), is a company's (not a
        titled person's: "Governor X's office")."""
        doc = ent.doc
        if len(ent) < 3 or ent.end + 1 >= len(doc) or doc[ent.end].text not in ("'s", "’s") \
                or self._person_context(ent) or any(not (t.is_title or t.is_upper) for t in ent) \
                or self.gaz.candidates(ent.text):
            return None
        k = ent.end + 1
        while k < len(doc) and k - ent.end <= 3 and doc[k].is_lower and doc[k].lower_ not in _OWNED_WORKS:
            k += 1
        return ent if k < len(doc) and doc[k].lower_ in _OWNED_WORKS else None

    def _particle_start(self, span: Span) -> Span:
        """'Serra' + 'do Mar Ventures': the NER took the words before an Iberian 'do'/'de' for a place or a
        person's and started the name after them ('Banco' + 'do Brasil' is the same link, read forwards in
        _extend); French links too: 'Ciments de la' + 'Sanaga SA', "Société Malienne d'Égrenage et de" +
        'Trituration SA'."""
        doc = span.doc
        if span.start < 2 or not span[0].is_title:
            return span
        k = span.start
        crossed = False
        while k > 0 and span.start - k < 8:
            t = doc[k - 1]
            if t.lower_ in _FRENCH_LINKS or (t.text in IBERIAN_PARTICLES and k - 1 > 0 and doc[k - 2].is_title):
                crossed = True
            elif not ((t.is_title and t.is_alpha) or _ELIDED_WORD.match(t.text)) or t.ent_type_ in ("DATE", "MONEY"):
                break
            k -= 1
            if doc[k].is_sent_start:
                break
        while k < span.start and not doc[k].is_title:
            k += 1  # the name opens with a word of its own, not a link
        if not crossed or k == span.start:
            return span
        return span if self.gaz.candidates(doc[k : span.end].text) else doc[k : span.end]

    def _of_country(self, span: Span) -> Span:
        """'National Grid Corporation' + 'of the Philippines', 'Stock Exchange' + 'of Hong Kong Limited': a
        corporation's name that ends with its country."""
        doc = span.doc
        j = span.end
        if span[-1].text not in _OF_COUNTRY_HEADS or j + 1 >= len(doc) or doc[j].lower_ != "of":
            return span
        k = j + 1 + (doc[j + 1].lower_ == "the")
        end = k
        while end < len(doc) and doc[end].ent_type_ == "GPE" and doc[end].text[:1].isupper():
            end += 1
        if end == k or not any(c.kind == "country" or c.kind == "region" for c in self.gaz.candidates(doc[k:end].text)):
            return span
        if end < len(doc) and has_legal_suffix("X " + doc[end].text):
            end += 1
        return doc[span.start : end]

    def _continues(self, span: Span) -> bool:
        """A pattern's name that runs on into a longer name ('China's National Development'
        + 'and Reform Commission', 'Beitou' + '-Shilin') is judged by the longer one."""
        doc = span.doc
        j = span.end
        if j < len(doc) and doc[j].text == "-" and not doc[j - 1].whitespace_:
            return True
        while j + 1 < len(doc) and doc[j].lower_ in ("and", "of", "&") and doc[j + 1].text[:1].isupper():
            j += 2
            while j < len(doc) and doc[j].text[:1].isupper():
                j += 1
        return j > span.end and not self.is_company_text(doc[span.start : j].text)

    @staticmethod
    def _name_start(span: Span, skip_places: bool) -> int | None:
        """Where the name begins in a pattern match: after the descriptor words, and after a place
        that owns it ("an analyst at Singapore's DBS"); ``skip_places`` skips every place word."""
        doc = span.doc
        for t in span[1:]:
            if not t.text[:1].isupper() or t.text in ("'s", "’s") or t.lower_ == "the":
                continue  # ("a report in The Herald": the paper's name starts after its article)
            if t.ent_type_ == "GPE":
                end = t.i
                while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
                    end += 1
                if skip_places or (end + 1 < len(doc) and doc[end + 1].text in ("'s", "’s")):
                    continue
            return t.i
        return None

    def _company_headed(self, ent: Span) -> bool:
        """No person's name ends so: a company word ("Kora Ventures"), a place's unit ("Partech Africa",
        "Vale Indonesia"), an acronym ("Itau BBA"); nor joins two names with "&" or "+" ("Gilbert + Tonkin");
        nor holds a company word of another language anywhere ("Investissement Québec"); nor invests in "its"
        plant (_acts_as_firm)."""
        if len(ent) < 2 or not ent[0].is_title:
            return False
        last = ent[-1]
        if last.lower_ in self.name_heads or any(t.text in ("&", "+") for t in ent[1:-1]):
            return True
        if len(ent) > 2 and last.lower_.endswith("s") and any(t.lower_ in self.name_heads for t in ent[1:-1]):
            return True  # "Gondwana Logistics Parks": a company word inside, a plural closing the name
        if any(fold(t.text) in self.foreign_name_words for t in ent):
            return True  # "Investissement Québec", "Aubert Aéro": a company word of another language, anywhere
        if ent[0].lower_ in self.name_openers:
            return True  # "Coopérative Laitière de l'Aulne", "Zakłady Chemiczne Przemsza": a word that opens firms' names
        if last.is_upper and last.is_alpha and 2 <= len(last) <= 5 and last.text not in _PERSON_NAME_CAPS:
            return True
        if last.text not in self.surname_places and any(
                c.kind in ("country", "region") for c in self.gaz.candidates(last.text)):
            return True
        return self._acts_as_firm(ent)

    @staticmethod
    def _acts_as_firm(ent: Span) -> bool:
        """"Forestal Valdivia will invest US$350 million to expand its pulp mill": a name right before a verb of
        investing whose clause goes on with "its" (a person's would be "his" or "her") is a firm's."""
        doc = ent.doc
        if ent.start > 0 and doc[ent.start - 1].is_title and doc[ent.start - 1].is_alpha:
            return False  # "Tasman" + "Bay Salmon": a longer name the NER cut, left to the other rules
        j = ent.end
        while j < len(doc) and j - ent.end < 3 and doc[j].lower_ in ("will", "would", "has", "had", "is", "plans",
                                                                        "to", "also", "agreed"):
            j += 1
        if j >= len(doc) or not doc[j].lower_.startswith(("invest", "spend", "build", "expand", "pour", "commit")):
            return False
        for t in doc[j + 1 : min(len(doc), j + 25)]:  # (the sentence's words: the parse comes after this component)
            if t.text in (".", "!", "?", "\n\n") or t.is_space:
                return False
            if t.lower_ == "its":
                return True
        return False

    def _join_registered(self, doc: Doc) -> list[Span]:
        """The NER's entities, with "CG Power" + "and" + "Industrial Solutions Ltd" joined: a legal suffix
        after the second of two ORGs linked by "and" closes one registered name, unless the first is a whole name
        already ("Zenith Bank and Guaranty Trust Holding Co."); so does a plural noun and a legal form after a
        "person" ("Vindhya Cables" + "and" + "Wires Ltd")."""
        ents = list(self._entities(doc))
        out: list[Span] = []
        i = 0
        while i < len(ents):
            a = ents[i]
            b = ents[i + 1] if i + 1 < len(ents) else None
            if b is not None and b.label_ == "ORG" and b.start == a.end + 1 and doc[a.end].lower_ in ("and", "&") \
                    and (a.label_ == "ORG" or (a.label_ == "PERSON" and self._plural_word_firm(b))) \
                    and has_legal_suffix(b.text) and not has_legal_suffix(a.text) \
                    and a[a[0].lower_ == "the" and len(a) > 1].lower_ not in self.not_words \
                    and not (doc[a.end].lower_ == "and" and a[-1].lower_ in self.name_heads
                             and not _paired_goods(a[-1], b)):
                out.append(Span(doc, a.start, b.end, label="ORG"))
                i += 2
                continue
            out.append(self._goods_named_before(a) or a)
            i += 1
        return out

    def _goods_named_before(self, span: Span) -> Span | None:
        """'Coal City Pipes and Tubes Limited' where the NER tagged only 'Tubes Limited': a plural good and a legal
        form after 'and' and another plural good closing a run of capitalised words no entity holds."""
        doc, i = span.doc, span.start
        if span.label_ != "ORG" or i < 3 or doc[i - 1].lower_ != "and" or not has_legal_suffix(span.text) \
                or not _paired_goods(doc[i - 2], span) or not doc[i - 2].is_title:
            return None
        start = self._name_before(doc, i - 1)
        if start >= i - 2 or any(t.ent_type_ for t in doc[start : i - 1]):
            return None
        return Span(doc, start, span.end, label="ORG")

    @staticmethod
    def _plural_word_firm(span: Span) -> bool:
        """'Wires Ltd', 'Sons Ltd': one plural noun and a legal form, no firm's whole name: the end of one
        ('Vindhya Cables and Wires Ltd', 'John Smith and Sons Ltd') whose first words the NER took for a person."""
        words = [t for t in span if not has_legal_suffix("X " + t.text)]
        return len(words) == 1 and words[0].tag_ == "NNPS"

    def _split_list_end(self, span: Span) -> list[Span]:
        """The rest of a list after its first comma: 'Orvane Future M and Celtrix BM' are two names."""
        doc = span.doc
        for t in span[1:-1]:
            if t.lower_ == "and" and self.is_company_text(doc[span.start : t.i].text) \
                    and self.is_company_text(doc[t.i + 1 : span.end].text):
                return [doc[span.start : t.i], doc[t.i + 1 : span.end]]
        return self._split_coordination(span)

    def _split_coordination(self, span: Span) -> list[Span]:
        """'Norfund and Spark Fund': two companies when a conjunct ends in a company word;
        'Tata Motors, Mahindra & Mahindra': a comma the NER ran through, not a legal form's ("Co., Ltd.")."""
        doc = span.doc
        for t in span[1:-1]:
            if t.text == "," and doc[t.i + 1].text[:1].isupper() and not has_legal_suffix(f"X {doc[t.i + 1].text}") \
                    and self.is_company_text(doc[span.start : t.i].text) \
                    and self.is_company_text(doc[t.i + 1 : span.end].text):
                return [*self._split_coordination(doc[span.start : t.i]), *self._split_list_end(doc[t.i + 1 : span.end])]
        ands = [t.i for t in span if t.lower_ == "and"]  # ("&" is inside names: "NH Investment & Securities")
        if len(ands) != 1 or ands[0] in (span.start, span.end - 1):
            return [span]
        left, right = span.doc[span.start : ands[0]], span.doc[ands[0] + 1 : span.end]
        # "suppliers such as Valmet, ABB and Andritz AG": the end of a list of names is two of them.
        list_end = span.start >= 2 and doc[span.start - 1].text == "," and doc[span.start - 2].pos_ == "PROPN"
        if list_end and self.is_company_text(left.text) and self.is_company_text(right.text):
            return [left, right]
        if has_legal_suffix(right.text) and not has_legal_suffix(left.text) and (
                left[-1].lower_ not in self.name_heads or _paired_goods(left[-1], right)):
            # "CG Power and Industrial Solutions Ltd", "Vindhya Cables and Wires Ltd": one registered name
            # ("MUFG Bank and ... Corp." is two)
            return [span]
        if (left[-1].lower_.strip(".") in self.coord_heads or right[-1].lower_.strip(".") in self.coord_heads
                or has_legal_suffix(left.text)) and self.is_company_text(left.text) and self.is_company_text(right.text):
            # not "the Securities and Exchange Board of India"
            return [left, right]
        return [span]

    @staticmethod
    def _positions(doc: Doc) -> dict[int, list[int]]:
        """Where each lower-case form (by hash) stands in the doc: one pass, shared by every anchor-word rule."""
        at: dict[int, list[int]] = {}
        for i, w in enumerate(doc.to_array("LOWER").tolist()):
            at.setdefault(w, []).append(i)
        return at

    def _where(self, doc: Doc, keys: set[int]) -> list[int]:
        """Indices of the tokens whose lower-case form's hash is one of ``keys``, in order."""
        at = self._at if self._at is not None else self._positions(doc)
        return sorted(i for k in keys if k in at for i in at[k])

    @staticmethod
    def _name_end(doc: Doc, i: int, limit: int | None = None) -> int:
        """End of the run of name words from ``i``: capitalised or numeric words, with '&' or 'of' inside
        ('Mahindra & Mahindra', 'Bank of Ayudhya'); at most ``limit`` words."""
        j = i
        while j < len(doc) and (limit is None or j - i < limit) and (
                (doc[j].text[:1].isupper() or doc[j].text[:1].isdigit()) and doc[j].text not in ("'s", "’s")
                or (doc[j].text in ("&", "of") and j > i and j + 1 < len(doc) and doc[j + 1].text[:1].isupper())):
            j += 1
        return j

    @staticmethod
    def _has_percent(tokens: Span) -> bool:
        return any(t.ent_type_ == "PERCENT" or t.text == "%" for t in tokens)

    def _market_movers(self, doc: Doc) -> list[Span]:
        """Market reports: 'Hensoldt, Thales and Leonardo gained between 3% and 4%', 'Anglo American slipped
        0.8% while Glencore and Rio Tinto edged up': the names before a share-price verb with a percentage."""
        out: list[Span] = []
        for i in self._where(doc, self.move_verb_keys):
            t = doc[i]
            if t.i == 0:
                continue
            ahead = doc[t.i + 1 : t.i + 7]
            if not (self._has_percent(ahead)
                    or (len(ahead) and ahead[0].lower_ in ("up", "down", "higher", "lower", "flat"))):
                continue
            j = t.i
            appos = False
            if doc[j - 1].text == ",":
                # "Glow, the Swedish home-solar installer, sank 12%": the one name before an apposition
                c = next((c for c in range(j - 2, max(0, j - 12), -1) if doc[c].text == ","), None)
                if c is not None and c > 0 and doc[c + 1].lower_ in ("the", "a", "an") \
                        and all(w.text != "," for w in doc[c + 1 : j - 1]):
                    j, appos = c, True
            elif j >= 3 and doc[j - 1].lower_ in ("shares", "stock") and doc[j - 2].text in ("'s", "’s"):
                j -= 2  # "Maison Verlaine's shares fell 4%": the name before its shares
            while j > 0:
                end = j
                k = j - 1
                while k >= 0 and (doc[k].text[:1].isupper() or doc[k].text[:1].isdigit()
                                  # "SK hynix climbed": a lower-case word after a capitals prefix
                                  or (k == end - 1 and k > 0 and doc[k].is_lower and doc[k].is_alpha
                                      and doc[k - 1].is_upper and doc[k - 1].is_alpha and len(doc[k - 1]) >= 2
                                      and doc[k].lower_ not in _MARKET_NOUNS)
                                  or (doc[k].text in ("&", "of") and k + 1 < end and doc[k + 1].text[:1].isupper())
                                  # "Dubai Electricity and Water Authority, the state utility, added 1.1%"
                                  or (appos and doc[k].lower_ == "and" and k > 0 and doc[k - 1].is_title)
                                  # "Adani Ports and Special Economic Zone Ltd rose": one registered name, as
                                  # in _split_coordination
                                  or (doc[k].lower_ == "and" and k > 0 and doc[k - 1].is_title
                                      and has_legal_suffix(doc[k + 1 : end].text))
                                  or (doc[k].text in ("/", "-") and not doc[k].whitespace_ and k > 0
                                      and not doc[k - 1].whitespace_)):  # "Novo Nordisk A/S"
                    k -= 1
                if k + 1 == end or doc[k + 1].text in ("&", "of", "/", "-"):
                    break
                first = doc[k + 1]
                if first.is_sent_start and end - k - 1 == 1 and first.pos_ != "PROPN":
                    break  # "Miners were mixed": a sentence's first common noun
                if any(w.ent_type_ == "DATE" for w in doc[k + 1 : end]):
                    break  # "revenue for the year to June 30 rose 11%": a date, not a name
                out.append(doc[k + 1 : end])
                if k >= 0 and doc[k].lower_ in (",", "and") and not appos:
                    j = k - 1 if k >= 1 and doc[k].text == "," and doc[k - 1].lower_ == "and" else k
                    if doc[j].lower_ == "and" and j > 0 and doc[j - 1].text == ",":
                        j -= 1
                    continue
                break
        # "led by a 2.4% rise in Emirates NBD", "a 1.2% drop in Saudi Aramco": the name after a move noun.
        for i in self._where(doc, self.move_noun_keys):
            if i + 2 >= len(doc) or doc[i + 1].lower_ != "in" or not self._has_percent(doc[max(0, i - 3) : i]):
                continue
            k = self._name_end(doc, i + 2)
            if k > i + 2 and doc[k - 1].text not in ("&", "of"):
                out.append(doc[i + 2 : k])
        return out

    def _trading_venues(self, doc: Doc) -> list[Span]:
        """'listed on Euronext Amsterdam', 'rose 4.2% on Nasdaq Helsinki', 'on the B3 exchange': the market a
        company's shares trade on is a company too, unless a state body runs it (see is_company_text)."""
        out: list[Span] = []
        for i in self._where(doc, self.on_keys):
            if i == 0 or i + 2 >= len(doc):
                continue
            prev = doc[i - 1].lower_
            listing = prev in _LISTING_WORDS
            if not listing and not (prev == "%" or doc[i - 1].ent_type_ in ("PERCENT", "MONEY")
                                    or any(c.isdigit() for c in prev)):
                continue
            start = i + 1 + (doc[i + 1].lower_ == "the")
            end = self._name_end(doc, start, limit=4)
            if end == start or any(t.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT") for t in doc[start:end]):
                continue
            name = doc[start:end]
            after = doc[end].lower_ if end < len(doc) else ""
            if after in self.follow_not or name[-1].lower_ in self.follow_not \
                    or name[-1].lower_ in _MARKET_SEGMENTS or name.text in ("AIM", "GEM"):
                continue  # "rose 1% on the Nikkei index"; "listed on the ACE Market", "on AIM": a board of an exchange
            venue_word = after in ("exchange", "bourse", "market") or any(
                t.lower_ in self.exchange_words for t in name)
            if not (venue_word or listing) or self.gaz.candidates(name.text) or name.text in self.towns:
                continue  # "fell 2% on Wall Street" names a place; "listed in Hong Kong" is not "on"
            out.append(name)
        return out

    @staticmethod
    def _mastheads(doc: Doc) -> list[Span]:
        """A press release's wire credit ("--(Business Wire)--", "/PRNewswire/ --"); a web page's masthead: the
        last section of its header's menu line, after the page's sections and without its time stamps
        ("Updated 3 hours ago | Energy & Industry | NorthBiz Daily", "Q&A | Resources |
        The Northern Ledger", "Trending | Business | PinoyBiz Now | 2 hrs ago"), or its staff credit. A line
        that credits a writer ("Posted by admin | Business News") names sections only."""
        text = doc_text(doc)[:1000]
        out = [doc.char_span(m.start("name"), m.end("name")) for m in _STAFF_CREDIT.finditer(text)]
        out += [doc.char_span(m.start(g), m.end(g)) for m in _WIRE_CREDIT.finditer(text[:600])
                for g in ("a", "b") if m.group(g)]
        offset = 0
        for line in text.split("\n"):
            parts = line.split("|")
            if len(parts) >= 3 and not line.startswith(("Posted by", "By ")):
                named = [p.strip() for p in parts if p.strip() and not _TIME_STAMP.search(p.strip())]
                last = named[-1] if len(named) >= 2 else ""
                if last and all(w[:1].isupper() or w == "&" for w in last.split()) and ":" not in line:
                    start = offset + line.rindex(last)
                    out.append(doc.char_span(start, start + len(last)))
            offset += len(line) + 1
        return [span for span in out if span is not None]

    def _headed_names(self, doc: Doc) -> list[Span]:
        """'Ogun Cement', 'Dangote Cement', 'Harbin Motors': capitalised words closed by a word that ends company
        names and no person's or place's, in running text (a headline capitalises every word)."""
        out: list[Span] = []
        for i in self._where(doc, self.head_keys):
            t = doc[i]
            end = i + 1
            # "Gondwana Logistics Parks will build": a head word and one capitalised plural closing the name.
            if end + 1 < len(doc) and doc[end].is_title and doc[end].is_alpha and doc[end].lower_.endswith("s") \
                    and doc[end].tag_ in ("NNS", "NNPS") and not doc[end + 1].text[:1].isupper() \
                    and doc[end + 1].lower_ != "of" and doc[end].ent_type_ not in ("GPE", "LOC", "NORP"):
                end += 1
            if not t.is_title or i == 0 or t.lower_ in _PUBLIC_HEADS or (end < len(doc) and (
                    doc[end].text[:1].isupper() or doc[end].lower_ == "of")):
                continue
            if i + 2 < len(doc) and doc[i + 1].lower_ in ("and", "&") and doc[i + 2].text[:1].isupper() \
                    and not (i + 4 < len(doc) and doc[i + 3].text in ("-", "–")
                             and doc[i + 4].lower_ in ("based", "headquartered", "registered", "listed")):
                # "New Energy and Industrial Technology Development Organization" goes on as one name;
                # "Dangote Cement and BUA Cement" is a list of two, as is "A Partners and Riyadh-based B"
                j = self._name_end(doc, i + 2, limit=5)
                if doc[j - 1].lower_ not in self.name_heads and not has_legal_suffix(doc[i + 2 : j].text):
                    continue
                if _paired_goods(t, doc[i + 2 : j]):
                    continue  # "Vindhya Cables and Wires Ltd": one name
            sent = t.sent
            if _title_case_line(sent):
                continue
            k = i
            while k > sent.start and i - k < 3 and (doc[k - 1].is_title or doc[k - 1].is_upper) \
                    and doc[k - 1].pos_ == "PROPN" and doc[k - 1].ent_type_ not in ("DATE", "MONEY", "NORP"):
                k -= 1
            if k < i and not (k > 0 and doc[k - 1].lower_ in ("of", "for", "and", "&")):
                # (not the end of a longer name: "Ministry of Heavy Industries")
                out.append(doc[k:end])
        return out

    def _name_then_country(self, doc: Doc) -> list[Span]:
        """'Bursa Malaysia', 'Telkom Indonesia', 'Vale Indonesia is building': a name run straight into a
        country's name, with no comma between, is a company's name (a place would be 'Bursa, Malaysia')."""
        out: list[Span] = []
        for ent in self._entities(doc):
            if ent.label_ != "GPE" or ent.start == 0 or not doc[ent.start - 1].is_title \
                    or doc[ent.start - 1].pos_ != "PROPN" or doc[ent.start - 1].lower_ in self.title_words:
                continue
            if not any(c.kind == "country" for c in self.gaz.candidates(ent.text)) \
                    or self.gaz.candidates(doc[ent.start - 1 : ent.end].text):
                continue  # (not a place's whole name: "South Africa", "New Zealand")
            if _title_case_line(ent.sent):
                continue
            start = ent.start - 1
            while start > ent.sent.start and ent.start - start < 3 and doc[start - 1].is_title \
                    and doc[start - 1].pos_ == "PROPN":
                start -= 1
            if any(t.ent_type_ == "NORP" for t in doc[start : ent.start]) or (
                    doc[start].is_sent_start and not doc[start].ent_type_):
                continue  # not "Chinese Indonesia", "Beside Indonesia, ...", "Corporate Singapore is"
            out.append(doc[start : ent.end])
        return out

    def _public_acronyms(self, doc: Doc) -> set[str]:
        """'the Board of Investment (BOI)', 'Malaysian Investment Development Authority (MIDA)': an acronym the
        article defines by a name that is no company's is no company's either."""
        out: set[str] = set()
        for i in self._where(doc, self.paren_keys):
            if i < 2 or i + 2 >= len(doc) or doc[i + 2].text != ")":
                continue
            short = doc[i + 1].text
            if not (short.isupper() and short.isalpha() and 2 <= len(short) <= 8):
                continue
            j = i
            while j > 0 and i - j < 10 and (doc[j - 1].text[:1].isupper() or (
                    doc[j - 1].lower_ in ("of", "and", "for", "the", "&", "de") and j - 1 > 0
                    and doc[j - 2].text[:1].isupper())):
                j -= 1
            while j < i and doc[j].lower_ in ("the", "of", "and", "for", "&", "de"):
                j += 1
            words = [t for t in doc[j:i] if t.text[:1].isupper()]
            if len(words) >= 2 and words[0].lower_ in self.public_nouns and words[0].i == j:
                # "The Ministry of Trade and Industry (MINICOM)", "The Directorate for Technological Industrial
                # Development Zones (TIDZ)": a public body's own name, however its short form is made
                out.add(short)
                continue
            if len(words) < 2 or words[0].text[0] != short[0]:
                continue
            initials = "".join(t.text[0] for t in words)
            # (or the initials reordered, as a French or Spanish name orders them: "the Algerian Investment Promotion
            # Agency (AAPI)", Agence Algérienne de Promotion de l'Investissement)
            if not (_in_order(short, initials) or _in_order(short, "".join(t.text[0] for t in doc[j:i]))
                    or sorted(short) == sorted(initials.upper())):
                continue
            name = doc[j:i].text
            if not self.is_company_text(name) and not has_legal_suffix(name):
                out.add(short)
        return out

    def _comma_suffixed(self, doc: Doc) -> list[Span]:
        """'Grupo Bajadero, S.A.B. de C.V.', 'Ardent Biologics, Inc.': a name, a comma and a legal form."""
        out: list[Span] = []
        for i in self._where(doc, self.comma_keys):
            if i == 0 or i + 1 >= len(doc) or not doc[i + 1].text[:1].isupper():
                continue
            k = next((k for k in range(min(6, len(doc) - i - 1), 0, -1) if not doc[i + k].is_punct
                      and only_legal_form(doc[i + 1 : i + 1 + k].text)), 0)
            if not k or doc[i + 1 : i + 1 + k].text == "S.C.":
                continue  # "ORANGEBURG, S.C. —": South Carolina after a town, not Ethiopia's share company
            if doc[i + 1].text in ("Co", "Co.") and i + 2 < len(doc) and irish_county(doc[i + 1 : i + 3].text):
                continue  # "a plant in Kilmallock, Co Limerick": an Irish county after its town, not a company
            start = i
            while start > 0 and i - start < 6 and not has_legal_suffix("X " + doc[start - 1].text) and (
                    doc[start - 1].text[:1].isupper() or doc[start - 1].text[:1].isdigit()
                    or (doc[start - 1].lower_ in _NAME_PARTICLES and start - 1 > 0
                        and doc[start - 2].text[:1].isupper())
                    # ("Monapo Agro-Industrial, SA": a hyphen inside a word of the name)
                    or (doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and start - 1 > 0
                        and not doc[start - 2].whitespace_ and doc[start - 2].text[:1].isupper())):
                start -= 1  # (not back over another company's legal form: "Nippon Express Inc. and Yamato ...")
            while start < i and doc[start].lower_ in _NAME_PARTICLES:
                start += 1
            if start < i:
                out.append(doc[start : i + 1 + k])
        return out

    def _bracketed_units(self, doc: Doc) -> list[Span]:
        """'Chin Hsin Circuit (Thailand) Co., Ltd.', 'Orchid Land (Iskandar) Sdn Bhd': a registered name with its
        country or region in brackets (the local unit of a group, corpus/GUIDELINES.md), bracket kept."""
        out: list[Span] = []
        for i in self._where(doc, self.paren_keys):
            close = next((j for j in range(i + 2, min(i + 5, len(doc))) if doc[j].text == ")"), None)
            if close is None or i == 0 or close + 1 >= len(doc):
                continue
            inside = doc[i + 1 : close]
            if not (inside.text[:1].isupper() and (self.gaz.candidates(inside.text) or inside.text in self.towns
                                                   or inside.text in self.country_codes)):
                continue
            if not any(has_legal_suffix("X " + doc[close + 1 : close + n].text) for n in (2, 3, 4)):
                continue  # "(Thailand) Co., Ltd.", "(Iskandar) Sdn Bhd", "(India) Ltd"
            start = self._name_before(doc, i)
            if start < i and doc[start:i].text[:1].isupper():
                out.append(doc[start : close + 1])
        return out

    def _staff_of(self, doc: Doc) -> list[Span]:
        """'former Macquarie bankers', 'a Foxconn contractor', 'Samsung employees': a name before the people who
        work for it or the shops it runs is a company's (a place's people are 'Pune workers', a demonym's
        'Korean suppliers', and neither counts)."""
        out: list[Span] = []
        for i in self._where(doc, self.staff_keys):
            if i == 0 or not doc[i].is_lower:
                continue
            start = self._name_before(doc, i)
            while start < i and (doc[start].lower_ in self.leading_noise
                                 or (doc[start].is_sent_start and doc[start].pos_ != "PROPN")):
                start += 1
            if start == i or i - start > 4 or (start > 0 and doc[start - 1].text in ("'s", "’s")):
                continue
            name = doc[start:i]
            if any(t.ent_type_ in ("NORP", "DATE", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "LOC", "FAC")
                   or (t.is_upper and len(t) > 5) or (t.pos_ != "PROPN" and t.text != "&") for t in name):
                continue
            if self.gaz.candidates(name.text) or name.text in self.towns or not self.is_company_text(name.text):
                continue
            out.append(name)
        return out

    def _brand_subjects(self, doc: Doc) -> list[Span]:
        """'SK On runs plants', 'Samsung SDI has made cells', 'EcoPro BM fell': a name mixing a word in
        capitals with capitalised words, right before its verb, is a brand's; the small model misses these."""
        out: list[Span] = []
        i = 0
        n = len(doc)
        # The scan reads each word's text and IS_ALPHA from lists made once (a Token per read costs more).
        texts = self._texts(doc)
        alpha = doc.to_array(IS_ALPHA).tolist()
        pos = doc.to_array(POS).tolist()
        cap = [w[:1].isupper() for w in texts]
        # (The cheap tests on the lists first: few runs of capitalised words stand before a verb.)
        upper = [w.isupper() for w in texts]
        while i < n:
            if not (cap[i] and alpha[i]) or (i > 0 and (cap[i - 1] or texts[i - 1] in ("'s", "’s"))):
                i += 1
                continue
            j = i
            while j < n and j - i < 4 and cap[j] and (alpha[j] or texts[j] == "&"):
                j += 1
            k = i
            while k < j and pos[k] not in _NAME_POS:
                k += 1  # "Why LG Energy Solution quit", "The BOI says": a sentence's first word
            if 2 <= j - k <= 4 and j < n and pos[j] in _VERB_POS \
                    and any(upper[m] and 2 <= len(texts[m]) <= 5 for m in range(k, j)) \
                    and not all(upper[m] for m in range(k, j)) \
                    and self._brand_run(doc[k:j]):
                out.append(doc[k:j])
            i = j
        return out

    def _subject_names(self, doc: Doc) -> list[Span]:
        """Names the model misses that news writes as a company's: a lower-case brand with a capital inside
        ("start-up nusaGrid will spend", "eFishery raised") after a company noun or as a subject; and a name a
        country's "of" follows as the subject of a verb ("Nutrilands of the Netherlands agreed to pay ...")."""
        out: list[Span] = []
        # (The parse comes after this component: by the words around, and the tagger's verbs.)
        for t in doc:
            if not _LOWER_BRAND.fullmatch(t.text):
                continue
            before = doc[t.i - 1].lower_ if t.i > 0 else ""
            if before == "up" and t.i > 2 and doc[t.i - 2].text == "-":
                before = "start-up"
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if before in _BRAND_NOUNS or (nxt is not None and nxt.pos_ in ("VERB", "AUX") and nxt.tag_ != "VBG"):
                out.append(doc[t.i : t.i + 1])
        for ent in self._entities(doc):
            if ent.label_ != "GPE" or ent.start < 2 or ent.end >= len(doc) or doc[ent.end].pos_ not in ("VERB", "AUX"):
                continue
            of = ent.start - 1 - (doc[ent.start - 1].lower_ == "the")
            if of < 1 or doc[of].lower_ != "of" or not any(c.kind == "country" for c in self.gaz.candidates(ent.text)):
                continue
            k = of
            while k > ent.sent.start and of - k < 4 and doc[k - 1].pos_ in ("PROPN", "NOUN") and doc[k - 1].is_title \
                    and not doc[k - 1].is_stop and doc[k - 1].ent_type_ not in ("PERSON", "GPE", "NORP", "DATE") \
                    and doc[k - 1].lower_ not in self.title_words | self.public_nouns:
                k -= 1
            if k < of and (k == ent.sent.start or doc[k - 1].lower_ in (",", "and", "while")) \
                    and not self.gaz.candidates(doc[k:of].text) and doc[k:of].text.lower() not in _OF_COUNTRY_NOUNS:
                out.append(doc[k:of])
        return out

    def _brand_run(self, run: Span) -> bool:
        """A run of _brand_subjects that holds no person, people or date, no title word, and is no place."""
        return not any(w.ent_type_ in ("PERSON", "NORP", "DATE") for w in run) \
            and not any(w.lower_ in self.title_words or w.lower_ in self.person_heads for w in run) \
            and not self.gaz.candidates(run.text) and not self.gaz.candidates(run[0].text)

    def _index_names(self, doc: Doc) -> set[str]:
        """'the benchmark FBM KLCI', 'the NGX All-Share Index', 'Straits Times Index (STI)': a stock index's
        name, its words in capitals and its bracketed short form are no company's, anywhere in the article."""
        out: set[str] = set()
        for i in self._where(doc, self.index_keys):
            t = doc[i]
            if t.lower_ == "benchmark":
                start = i + 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "the")
                end = self._name_end(doc, start, limit=4)
            else:
                end = i + 1 if t.text[:1].isupper() else i
                start = end
                while start > 0 and end - start < 5 and (doc[start - 1].text[:1].isupper() or (
                        doc[start - 1].text == "-" and start > 1)) and doc[start - 1].text not in ("'s", "’s"):
                    start -= 1
            if end - start < 1 or (t.lower_ != "benchmark" and end - start == (t.text[:1].isupper())):
                continue
            name = doc[start:end]
            out.add(name.text)
            out.update(w.text for w in name if w.is_upper and len(w) > 1)
            if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
                out.add(doc[end + 1].text)
        return out

    def _located_names(self, doc: Doc) -> set[str]:
        """Names the NER reads as a place where the article puts something: 'a milk plant in Mariental'."""
        return {e.text for e in self._entities(doc) if e.label_ in ("GPE", "LOC") and e.start > 0
                and doc[e.start - 1].lower_ in ("in", "at", "near")}

    def _short_mentions(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """'Ardent plans to spend ...', 'Hon Hai shares rose': the first words of a company named in full
        elsewhere, where they stand alone as a name."""
        taken = {i for s in spans for i in range(s.start, s.end)}
        out: list[Span] = []
        prefixes: dict[tuple[str, ...], None] = {}
        whole: set[tuple[str, ...]] = set()
        body = doc_text(doc).find("\n")
        for s in spans:
            words = company_name(s.text).split()
            # (the whole name too, where a mention of it was missed: "Aeroestructuras del Bajío, known as",
            # though not in the headline, whose sums and places the body restates; and the name after a word
            # that only opens it: "Brenta" of "Officine Brenta")
            heads = [tuple(words[:k]) for k in range(len(words), 0, -1)]
            if len(words) > 1 and words[0].lower() in self.name_openers:
                # (past an article too: "Biznaga" of "Minas La Biznaga")
                skip = 2 if len(words) > 2 and words[1].lower() in NAME_ARTICLES else 1
                heads += [tuple(words[skip:k]) for k in range(len(words), skip, -1)]
            for head in heads:
                k = len(head)
                if k == 1 and (len(head[0]) < 4 or head[0].lower() in self.generic_heads):
                    continue
                if not all(w[:1].isupper() or (0 < n < k - 1 and w in _NAME_PARTICLES) for n, w in enumerate(head)) \
                        or self.gaz.candidates(" ".join(head)) or " ".join(head) in self.towns:
                    continue
                # (matched on tokens: "Al-Ajlouni" is "Al", "-", "Ajlouni")
                head = tuple(p for w in head for p in re.split(r"(-)", w) if p) if any("-" in w[1:] for w in head) else head
                prefixes[head] = None
                if k == len(words):
                    whole.add(head)
        texts = self._texts(doc)
        located = self._located_names(doc)
        at: dict[str, list[int]] = {}
        for i, w in enumerate(texts):
            at.setdefault(w, []).append(i)
        for head in sorted(prefixes, key=len, reverse=True):
            n = len(head)
            for i in at.get(head[0], ()):
                if tuple(texts[i : i + n]) != head or (head in whole and doc[i].idx < body):
                    continue
                if any(j in taken for j in range(i, i + n)) or (doc[i].pos_ != "PROPN" and not _gapped_name(doc, i, n)):
                    continue
                after = doc[i + n] if i + n < len(doc) else None
                if " ".join(head) in located and ((i > 0 and doc[i - 1].lower_ in _LOCATIVE) or (
                        after is not None and after.lower_ in _SITE_NOUNS)):
                    continue  # "Mariental UHT plant" (headline) beside "a milk plant in Mariental": the town
                if after is not None and (after.text[:1].isupper() and after.pos_ == "PROPN" or after.text == "-") \
                        and not self._sum_follows(doc, i + n):
                    continue  # part of a longer name: "Tata Steel" beside "Tata Motors" (not "and Redstag MXN 1,890 million")
                # (The model's label for a name the article gave in full is weak: "Daehan Cellix" FAC, "Hanseo
                # Cellix" LOC, "Daewon Cellix" WORK_OF_ART; only a number's or a law's span rules it out.)
                # ("and Stratalink 2.25 billion riyals for the rest": a short name the model ran into the number
                # after it, in a clause that leaves out its verb, is still the name.)
                if any(e.start <= i < e.end and e.label_ in _NOT_NAME_LABELS
                       and not (e.start == i and i + n < e.end and doc[i + n].like_num)
                       for e in self._entities(doc)):
                    continue
                out.append(doc[i : i + n])
                taken.update(range(i, i + n))
        return out

    def _sum_follows(self, doc: Doc, i: int) -> bool:
        """A sum opens at token ``i``: "MXN 1,890 million", "JD42.6 million" (a currency written before the number)."""
        nxt = doc[i + 1].text if i + 1 < len(doc) else ""
        if nxt[:1].isdigit() and doc[i].text in self.currency_codes:
            return True  # an ISO code: "MXN 1,890 million"
        return bool(self.money_text.match(doc[i].text) or (nxt[:1].isdigit() and self.money_text.match(doc[i].text + " " + nxt)))

    def _listed_after_descriptor(self, doc: Doc) -> list[Span]:
        """'cathode makers including A, B and C', 'brands A, B and C', 'customers such as A',
        'competes with A, B and C': the names in a list that a plural company noun introduces."""
        out: list[Span] = []
        for k in self._where(doc, self.list_anchor_keys):
            t = doc[k]
            by = t.lower_ == "by" and k > 0 and doc[k - 1].lower_ in _BY_VERBS  # "mills run by A, B and C"
            if not by and t.lower_ not in self.list_nouns and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "with"):
                continue
            i = t.i + 1
            if i < len(doc) and doc[i].lower_ == "with":
                i += 1
            intro = by
            for words in (("such", "as"), ("including",), ("include",), ("includes",), ("like",)):
                if [w.lower_ for w in doc[i : i + len(words)]] == list(words):
                    i += len(words)
                    intro = True
                    break
            own_brands = t.lower_ in ("brands", "labels") and k > 0 and doc[k - 1].lower_ in _OWNERS_BRANDS
            if own_brands and i < len(doc) and doc[i].text == ",":
                i += 1  # "Its brands, A and B, are sold"
            names: list[Span] = []
            while i < len(doc):
                i = self._past_owner(doc, i)
                j = self._name_end(doc, i, limit=6)
                while j > i and j + 1 < len(doc) and doc[j].text in ("/", "-") and not doc[j - 1].whitespace_ \
                        and not doc[j].whitespace_ and doc[j + 1].text[:1].isupper():
                    j = self._name_end(doc, j + 1, limit=2)  # "Vestas Wind Systems A/S", "Gotion High-Tech"
                if j == i or (j < len(doc) and doc[j].text in ("-", "%")) or doc[i:j].text.isdigit() \
                        or (doc[i].ent_type_ == "NORP" and j < len(doc) and doc[j].is_lower):
                    break  # not "the Wallenberg-controlled ...", "35%", "the Chilean group"
                names.append(doc[i:j])
                if j < len(doc) and doc[j].text == ",":
                    j += 1
                if j < len(doc) and doc[j].lower_ in ("and", "or"):
                    j += 1
                elif names and j > i and doc[j - 1].text != ",":
                    break
                # "... and the state-owned New KCC": an article and a lower-case modifier before a name
                if j < len(doc) and doc[j].lower_ == "the":
                    j += 1
                    while j < len(doc) and doc[j].is_lower:  # "state-owned", whole or as "state", "-", "owned"
                        if "-" in doc[j].text:
                            j += 1
                        elif j + 2 < len(doc) and doc[j + 1].text == "-" and doc[j + 2].is_lower:
                            j += 3
                        else:
                            break
                i = j
            if own_brands:
                # "sold under brands including Prairie Gold and Morning Rush", "its brands, A and B": the company's
                # products, no companies in their own right
                self._own_brand_texts.update(n.text for n in names)
            elif len(names) >= 2 or (names and intro):
                # (a small town's name in such a list is a company's: "mills run by Suzano, Eldorado ...")
                out.extend(Span(doc, n.start, n.end, label="ORG_TOWN") for n in names)
        return out

    def _name_before(self, doc: Doc, end: int) -> int:
        """Start of the run of name words that ends just before ``end`` (``end`` if there is none)."""
        k = end
        while k > 0 and end - k < 6 and (doc[k - 1].text[:1].isupper() or doc[k - 1].text[:1].isdigit() or (
                doc[k - 1].text in ("&", "+", "of") and k - 1 > 0 and doc[k - 2].text[:1].isupper())):
            k -= 1
        while k < end and doc[k].text in ("&", "+", "of"):
            k += 1
        return k

    def _advisers(self, doc: Doc) -> list[Span]:
        """'Lazard acted as financial adviser and Hengeler Mueller as legal adviser', 'Mediobanca and law firm
        Chiomenti advised the sellers', 'Advisers were Noble Craig (legal) and Lazard (financial)': the firms a
        deal names as its advisers."""
        out: list[Span] = []
        for i in self._where(doc, self.paren_keys):
            if i + 2 < len(doc) and doc[i + 1].lower_ in ("legal", "financial", "tax", "technical") \
                    and doc[i + 2].text == ")":
                start = self._name_before(doc, i)
                if start < i:
                    out.append(doc[start:i])
        for i in self._where(doc, self.adviser_keys):
            t = doc[i]
            if t.lower_ in ("advised", "advising"):
                if i + 1 < len(doc) and doc[i + 1].lower_ == "by" or (i > 0 and doc[i - 1].lower_ in (
                        "be", "been", "was", "were", "is", "are", "being", "had", "has", "have")):
                    continue  # "was advised by X": the list rule reads what follows
                end = i - (i > 0 and doc[i - 1].lower_ in ("also", "jointly"))  # "with X also advising"
            else:
                # "X (acted) as (financial|legal) adviser", "X is acting as lead adviser", "X were legal counsel"
                k = i - 1
                while k > 0 and doc[k].is_lower and doc[k].lower_ not in ("as",) + _ADVISER_COPULAS and i - k < 3:
                    k -= 1
                if doc[k].lower_ not in ("as",) + _ADVISER_COPULAS:
                    continue
                end = k
                while end > 0 and doc[end - 1].lower_ in _ADVISER_COPULAS + ("acted", "acting", "serving", "served",
                                                                                "also", "will", "be"):
                    end -= 1
                if doc[k].lower_ in ("is", "was"):
                    continue  # "Smith is counsel at the firm": one person's role; firms are "A and B were counsel"
            while end > 0:
                start = self._name_before(doc, end)
                if start == end or doc[start].is_sent_start and end - start == 1 and doc[start].pos_ != "PROPN" \
                        and doc[start].ent_type_ != "ORG":
                    break
                out.append(doc[start:end])
                # "A and law firm B advised": the other names of the subject
                k = start - 1
                while k > 0 and doc[k].is_lower and doc[k].lower_ in self.company_nouns | {"law", "investment"}:
                    k -= 1
                if k > 0 and doc[k].lower_ in ("and", ","):
                    end = k
                    continue
                break
        return out

    def _past_owner(self, doc: Doc, i: int) -> int:
        """Where a list item's name starts: after its country's possessive ("Singapore's Ninja Van",
        "the Philippines' Transportify", "Abu Dhabi's ADQ")."""
        k = i + (i < len(doc) and doc[i].lower_ == "the")
        j = self._name_end(doc, k, limit=4)
        if k < j < len(doc) - 1 and doc[j].text in ("'s", "’s", "'", "’") and self.gaz.candidates(doc[k:j].text):
            return j + 1
        return i

    def _acts_like_company(self, ent: Span, strong: set[str], kept: list[Span]) -> bool:
        """A GPE/LOC the gazetteer does not know, or a one-word PERSON the article never gives a full
        name, that behaves like a company."""
        doc = ent.doc
        text = ent.text
        if ent.label_ != "ORG_TOWN" and (self.gaz.candidates(text) or text in self.towns):
            return False
        if not all(t.is_title or t.is_upper for t in ent) or (ent.label_ == "ORG_TOWN" and (
                self._place_context(ent) or (ent.end < len(doc) and doc[ent.end].lower_ in _PLACE_NOUNS))):
            return False
        key = company_key(text)
        if key in strong or any(k.startswith(key + " ") or self._after_home(key, k) for k in strong) \
                or self._listed_with(ent, kept):
            # also the short form of a company the article names in full ("Rheinfeld" of "Rheinfeld Pharma AG")
            return True
        if self._after_country_possessive(ent):
            return True
        if ent.end + 2 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].lower_ in ("which", "that") \
                and doc[ent.end + 2].lower_ in _BUSINESS_VERBS and ent.label_ != "ORG_TOWN":
            return True
        # "a Series B round led by Partech Africa", "the refinery controlled by Repsol", "a unit of Airbus": an
        # owner or investor, where the article never gives the name as a person's full name.
        before = doc[max(0, ent.start - 2) : ent.start].text.lower()
        if before in _OWNER_CUES and (ent.label_ != "ORG_TOWN" or before in ("led by", "backed by")):
            return True
        if len(ent) > 1 and ent[-1].lower_ in self.name_heads and self._opens_clause(ent) and ent.label_ != "ORG_TOWN":
            # "And Zentro Mobility, the youngest of the three, will set up a plant": a company's word (also where the
            # NER took it for a person's name: "Sefwi Farms to build GH₵620m broiler complex")
            return True
        if ent.label_ in ("PERSON", "ORG_TOWN"):
            return False  # a town's name needs a list or the full name: "Colombo's waterfront" is the city's
        if ent.start > 0 and doc[ent.start - 1].lower_ in self.company_nouns and doc[ent.start - 1].is_lower:
            return True  # "private equity firm Actis agreed": the NER's NORP or unknown GPE after a company noun
        if ent.end + 1 < len(doc) and doc[ent.end].text in ("'s", "’s") and doc[ent.end + 1].pos_ in ("NOUN", "PROPN") \
                and not doc[ent.end + 1].is_title:
            return True
        root = ent.root
        if ent.end < len(doc) and doc[ent.end].lower_ in _SUBJECT_VERBS and (
                root.dep_ == "nsubj" or _at_clause_start(ent)):
            # "Foxconn said ...", also where the sentence was not parsed (pipeline/lean.py).
            return True
        return root.dep_ == "conj" and company_key(root.head.text) in strong

    @staticmethod
    def _venture_described(ent: Span) -> bool:
        """A name an apposition calls a business of others: "X, a joint venture between A and B", "X, a subsidiary
        of Y", "X, a unit of Y"."""
        doc = ent.doc
        words = [t.lower_ for t in doc[ent.end : ent.end + 5]]
        if len(words) < 3 or words[0] != "," or words[1] not in ("a", "an", "the"):
            return False
        rest = " ".join(words[2:])
        return rest.startswith(("joint venture", "venture between", "venture of", "subsidiary of", "unit of",
                                "wholly-owned subsidiary", "wholly owned subsidiary"))

    @staticmethod
    def _opens_clause(ent: Span) -> bool:
        """The name is a clause's subject by word order (the parse comes later): it opens the sentence or follows
        "and" or a comma, and a verb follows it, or an apposition then a verb ("Z, the youngest of the three,
        will set up ...")."""
        doc = ent.doc
        if not _at_clause_start(ent):
            return False
        i = ent.end
        if i < len(doc) and doc[i].text == ",":
            close = next((t.i for t in doc[i + 1 : min(len(doc), i + 12)] if t.text == ","), None)
            if close is None or doc[i + 1].lower_ not in ("the", "a", "an"):
                return False
            i = close + 1
        if i + 1 < len(doc) and doc[i].lower_ == "to" and doc[i + 1].pos_ == "VERB" and doc[i + 1].tag_ == "VB":
            return True  # a headline's "X to build ..."
        return i < len(doc) and doc[i].pos_ in ("VERB", "AUX") and doc[i].tag_ != "VBG"

    def _list_gaps(self, doc: Doc, spans: list[Span], person_words: list[set[str]], places: list[Span]) -> list[Span]:
        """'a study by Google, Temasek and Bain & Company': a capitalised name between two companies of one list
        is a company too, whatever the NER made of it."""
        ends = {s.end: s for s in spans}
        starts = {s.start: s for s in spans}
        out: list[Span] = []
        for left in spans:
            i = left.end + 1
            if i >= len(doc) or doc[left.end].text != ",":
                continue
            j = self._name_end(doc, i, limit=4)
            if j == i or j + 1 >= len(doc) or doc[j].lower_ not in (",", "and", "&", "or"):
                continue
            k = j + 1 + (doc[j].text == "," and doc[j + 1].lower_ in ("and", "or"))
            if k not in starts or i in starts or (i in ends):
                continue
            cand = doc[i:j]
            if cand.text in self._not_texts or not self.is_company_text(cand.text) \
                    or self._not_a_company(cand, person_words, places):
                continue
            out.append(cand)
        return out + self._list_tails(doc, spans, person_words, places) + self._list_heads(doc, spans, person_words, places) \
            + self._renamed(doc, spans) + self._known_as(doc, spans) + self._co_subjects(doc, spans, places)

    def _renamed(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """'Elevation, formerly SAIF Partners India,', 'Hokushin Shoji, whose former name was Hokushin Trading': the
        name a company goes by now, before its former one."""
        out: list[Span] = []
        for s in spans:
            j = s.start
            words = []
            while j > 0 and doc[j - 1].lower_ in _RENAME_GLUE and len(words) < 6:
                j -= 1
                words.append(doc[j].lower_)
            if not ({"formerly", "former", "previously"} & set(words)) or j < 1 or doc[j].text != ",":
                continue
            b = self._name_before(doc, j)
            cand = doc[b:j]
            if b < j and self.is_company_text(cand.text) and not self._person_context(cand) \
                    and not self.gaz.candidates(cand.text):
                out.append(cand)
        return out

    def _known_as(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """'Hon Hai Precision Industry, better known as Foxconn,', 'Nagoya Railroad, known internationally as
        Meitetsu': the other name a company goes by is a company's, whatever the NER made of it."""
        out: list[Span] = []
        for s in spans:
            j = s.end + (s.end < len(doc) and doc[s.end].text == ",")
            j += j < len(doc) and doc[j].lower_ in _KNOWN_ADVERBS
            if j >= len(doc) or doc[j].lower_ != "known":
                continue
            k = next((k for k in range(j + 1, min(j + 5, len(doc))) if doc[k].lower_ == "as"), None)
            if k is None or any(t.is_punct for t in doc[j + 1 : k]):
                continue
            e = self._name_end(doc, k + 1, limit=4)
            cand = doc[k + 1 : e]
            if e > k + 1 and self.is_company_text(cand.text) and not self._person_context(cand) \
                    and not self.gaz.candidates(cand.text):
                out.append(cand)
        return out

    def _list_heads(self, doc: Doc, spans: list[Span], person_words: list[set[str]], places: list[Span]) -> list[Span]:
        """'Omnivore, 3one4 Capital and Rabo Frontier Ventures also joined': the names that open a list of three or
        more closed by a company are companies too."""
        starts = {s.start for s in spans}
        out: list[Span] = []
        for s in spans:
            j = s.start - 1
            if j < 1 or doc[j].lower_ not in ("and", "&"):
                continue
            if len(s) < 2 and not has_legal_suffix(s.text):
                continue  # the closer must be a name no one would doubt: "Rabo Frontier Ventures", "L&F Co."
            j -= doc[j - 1].text == ","
            runs: list[Span] = []
            members = 0
            while j > 0:
                b = self._name_before(doc, j)
                if b == j:
                    break
                members += 1
                if b not in starts:  # a member already known is counted, not taken again
                    runs.append(doc[b:j])
                if b > 0 and doc[b - 1].text == ",":
                    j = b - 1
                    continue
                break
            if members < 2:
                continue  # "A and B": too little to call A a company
            for cand in map(self._strip_noise, runs):
                if self._joins_list(cand, person_words, places, ("DATE", "MONEY", "PERCENT", "NORP")) \
                        and all(t.pos_ == "PROPN" or any(c.isdigit() for c in t.text) or t.text in ("&", "-")
                                for t in cand):
                    out.append(cand)
        return out

    def _joins_list(self, cand: Span, person_words: list[set[str]], places: list[Span], not_labels: tuple) -> bool:
        """A name beside companies in a list may be one: not a known non-company, a person with a role, a place
        (_not_a_company also rejects any overlap with one) or an entity of ``not_labels``."""
        return cand.text not in self._not_texts and self.is_company_text(cand.text) and not self._person_context(cand) \
            and not self._not_a_company(cand, person_words, places) and not any(t.ent_type_ in not_labels for t in cand)

    def _list_tails(self, doc: Doc, spans: list[Span], person_words: list[set[str]], places: list[Span]) -> list[Span]:
        """'parts to Airbus, Boeing, Rolls-Royce and Spirit AeroSystems': the name that closes a list of three or
        more whose other members are companies is one too."""
        ends = {s.end for s in spans}
        starts = {s.start for s in spans}
        out: list[Span] = []
        for s in spans:
            i = s.end + (s.end < len(doc) and doc[s.end].text == ",")
            if i + 1 >= len(doc) or doc[i].lower_ not in ("and", "&", "or") or i + 1 in starts:
                continue
            # two companies before it, joined by a comma: "A, B and C"
            if s.start < 2 or doc[s.start - 1].text != "," or s.start - 1 not in ends:
                continue
            j = self._name_end(doc, i + 1, limit=4)
            if j == i + 1 or (j < len(doc) and (doc[j].text in ("'s", "’s") or doc[j].is_title)):
                continue
            cand = doc[i + 1 : j]
            if self._joins_list(cand, person_words, places, ("DATE", "MONEY", "PERCENT", "CARDINAL")):
                out.append(cand)
        return out

    def _co_subjects(self, doc: Doc, spans: list[Span], places: list[Span]) -> list[Span]:
        """'Riyad Bank and Banque Saudi Fransi have agreed', 'Partech Africa and TLcom Capital have said': the names
        a company shares a verb with, as its co-subjects, are companies too."""
        starts = {s.start for s in spans}
        ends = {s.end for s in spans}
        out: list[Span] = []
        for s in spans:
            # "A and B verb": B after the company
            j = s.end
            if j + 1 < len(doc) and doc[j].lower_ == "and" and j + 1 not in starts:
                e = self._name_end(doc, j + 1, limit=5)
                if e > j + 1 and e < len(doc) and doc[e].pos_ in ("VERB", "AUX"):
                    out.append(doc[j + 1 : e])
            # "B and A verb": B before the company
            if s.start >= 2 and doc[s.start - 1].lower_ == "and" and s.end < len(doc) \
                    and doc[s.end].pos_ in ("VERB", "AUX") and s.start - 1 not in ends:
                b = self._name_before(doc, s.start - 1)
                while b < s.start - 1 and doc[b].pos_ not in ("PROPN", "NOUN"):
                    b += 1  # '"But CATL and BYD got there first"'
                if b < s.start - 1 and (b == 0 or doc[b - 1].is_punct or doc[b].is_sent_start):
                    out.append(doc[b : s.start - 1])
        # a person the article gives a role elsewhere ("Apple chief executive Tim Cook") is no company
        titled = [{fold(t.text) for t in e} for e in self._entities(doc) if e.label_ == "PERSON" and self._person_context(e)]
        return [c for c in out if c.text not in self._not_texts and self.is_company_text(c.text)
                and not self._person_context(c) and not any(p.start < c.end and c.start < p.end for p in places)
                and not any({fold(t.text) for t in c} <= w for w in titled)
                # nor a name the NER reads as a person's, or one word of such a name ("Ahmed Mohamed" ... "Mohamed")
                and not (any(t.ent_type_ == "PERSON" for t in c) and c[-1].lower_ not in self.name_heads)
                and not (len(c) == 1 and any(c.text in e.text.split() for e in self._entities(doc) if e.label_ == "PERSON"))]

    def _after_home(self, key: str, full: str) -> bool:
        """'huayou' of 'zhejiang huayou cobalt': the name after the place it opens with."""
        words = full.split()
        return len(words) > 2 and words[1] == key and bool(self.gaz.candidates(words[0]))

    @staticmethod
    def _listed_with(ent: Span, kept: list[Span]) -> bool:
        """'Samsung Electronics, Foxconn and their suppliers', 'Sony Group and Denso': a name in a list
        beside a company."""
        doc = ent.doc
        glue = (",", "and", "&", "or")
        if ent.start >= 2 and doc[ent.start - 1].lower_ in glue and any(k.end == ent.start - 1 for k in kept):
            return True
        nxt = next((k for k in kept if k.start == ent.end + 1), None)
        if nxt is None or doc[ent.end].lower_ not in glue:
            return False
        # "Toyota, Isuzu and Honda": a comma makes a list only where the list goes on.
        return doc[ent.end].text != "," or (ent.start > 0 and doc[ent.start - 1].lower_ in glue) \
            or (nxt.end < len(doc) and doc[nxt.end].lower_ in glue)

    def _after_country_possessive(self, ent: Span) -> bool:
        """"China's Sinopec signed", "Qatar's QatarEnergy is building": a country's one-word name
        followed by a verb."""
        doc = ent.doc
        if ent.start < 2 or doc[ent.start - 1].text not in ("'s", "’s") or doc[ent.start - 2].ent_type_ != "GPE":
            return False
        start = ent.start - 2
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        owner = doc[start : ent.start - 1]
        if not any(c.kind == "country" for c in self.gaz.candidates(owner.text)):
            return False
        return ent.end < len(doc) and doc[ent.end].pos_ in ("VERB", "AUX") and len(ent.text) > 3

    def _filter(self, found, person_words, places, known_places) -> list[Span]:
        keep = []
        for span, from_pattern in found:
            span = self._strip_noise(span)
            if span.text in self._not_texts or self._suffix_tail(span) or span.text in self.peoples:
                continue  # ("a Ugandan investor group", "in Swahili": a people or a language)
            if self._heading(span) or self._menu_line(span) or ticker_exchange(span) or _byline(span) \
                    or not self.is_company_text(span.text, org=span.label_ == "ORG_TOWN"):
                self._reject_acronym(span)
                continue
            # A registered name ("Emirates NBD PJSC", "Statkraft AS") outweighs the places inside it.
            registered = len(span) > 1 and (has_legal_suffix(span.text) or span[-1].lower_ in self.name_heads or any(
                t.text in _OF_COUNTRY_HEADS and t.nbor().lower_ == "of" for t in span[:-1])
                or (span.start, span.end) in self._registered_spans)
            near = [] if registered else known_places if from_pattern else places
            if self._not_a_company(span, person_words, near):
                self._reject_acronym(span)
                continue
            keep.append(span)
        return keep

    @staticmethod
    def _suffix_tail(span: Span) -> bool:
        """'C.V.' of 'Grupo Altavista, S.A.B. de C.V., the appliance maker': the end of a legal form."""
        doc = span.doc
        text = span.text
        for k in range(1, min(4, span.start) + 1):
            text = doc[span.start - k].text_with_ws + text  # doc[span.start - k : span.end].text
            if only_legal_form(text):
                return True
        return False

    def _reject_acronym(self, span: Span) -> None:
        """'India Semiconductor Mission (ISM)': the short form of a non-company is not one either."""
        doc = span.doc
        if span.end + 2 < len(doc) and doc[span.end].text == "(" and doc[span.end + 2].text == ")":
            self._not_texts.add(doc[span.end + 1].text)
        # "the Tamil Nadu Industrial Development Corporation, known as TIDCO"
        if span.end + 3 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].lower_ == "known" \
                and doc[span.end + 2].lower_ == "as" and doc[span.end + 3].is_upper:
            self._not_texts.add(doc[span.end + 3].text)

    def _shouted(self, span: Span) -> bool:
        """A span in a sentence written all in capitals (four words or more)."""
        sent = span.sent
        if self._shouting is None:
            return self._shouting_sentence(sent)
        key = (sent.start, sent.end)  # (judged once per sentence: many names share one)
        if key not in self._shouting:
            self._shouting[key] = self._shouting_sentence(sent)
        return self._shouting[key]

    @staticmethod
    def _shouting_sentence(sent: Span) -> bool:
        words = [t for t in sent if t.is_alpha]
        return len(words) >= 4 and all(t.is_upper for t in words)

    @staticmethod
    def _menu_line(span: Span) -> bool:
        """A span in a page's menu line ("Posted by admin | Business News | 4 min read"): its sections are no
        companies (its masthead is read by _mastheads). Judged by the line: the sentence splitter cuts such lines."""
        text = doc_text(span.doc)
        start = text.rfind("\n", 0, span.start_char) + 1
        end = text.find("\n", span.end_char)
        return text.count("|", start, len(text) if end < 0 else end) >= 2

    def _heading(self, span: Span) -> bool:
        """'Global Market Access: ...' in a list of points is a heading (but 'Jaflong Ceramics PLC: The Board of
        Directors has ...', a digest's item, is labelled by its company's registered name)."""
        doc = span.doc
        at_line_start = span.start == 0 or "\n" in doc[span.start - 1].whitespace_ + doc[span.start - 1].text
        return at_line_start and span.end < len(doc) and doc[span.end].text == ":" and not (
            len(span) > 1 and has_legal_suffix(span.text))

    def __call__(self, doc: Doc) -> Doc:
        self._at = self._positions(doc)
        self._ents = doc.ents
        self._judged, self._shouting, self._stripped = {}, {}, {}
        try:
            return self._find(doc)
        finally:
            self._at = self._ents = self._judged = self._shouting = self._stripped = self._words = None

    def _texts(self, doc: Doc) -> list[str]:
        """Each token's text, listed once per call (for the rules that scan every word)."""
        if self._words is None or self._words[0] is not doc:
            self._words = (doc, [t.text for t in doc])
        return self._words[1]

    def _entities(self, doc: Doc) -> tuple[Span, ...]:
        """``doc.ents``, read once per call: spaCy builds a Span per entity each time it is read, and the rules
        read it per candidate (~9 times an article and more); the component sets no entities."""
        return self._ents if self._ents is not None else doc.ents

    def _find(self, doc: Doc) -> Doc:
        found: list[tuple[Span, bool]] = []  # (span, from a news pattern rather than the NER)
        self._site_owners: set[str] = set()  # PERSON-tagged names whose possessive owns a works (_site_owner)
        for ent in self._join_registered(doc):
            ent = self._after_dateline(ent)
            if ent.label_ == "ORG" and (self._shouted(ent) or self._menu_line(ent) or _slashed_dateline(ent)
                                        or (ent.text.isupper() and is_dateline(ent, regions=True))):
                continue  # "ACQUISITION OF LOGISTICS PORTFOLIO IN KWAI CHUNG": the NER guesses at random in capitals
            if ent.label_ == "ORG":
                for part in self._split_coordination(self._extend(ent)):
                    found.append((part, False))
            elif ent.label_ == "PERSON" and (self._company_headed(ent) or _INNER_CAPITAL.fullmatch(ent[-1].text)):
                # "Kora Ventures", "Baobab Capital": no person's name ends in a company word; "QatarEnergy",
                # "PayNaija", "Hyunil EcoMaterials": nor in one word with a capital inside (McDonald and MacArthur
                # aside).
                found.append((self._particle_start(ent), False))
            elif ent.label_ == "PERSON" and (headed := self._headed_after(ent)) is not None:
                found.append((headed, False))
            elif ent.label_ in ("PERSON", "FAC") and (owner := self._site_owner(_trim_possessive(ent))) is not None:
                found.append((owner, True))
                self._site_owners.add(owner.text)
            elif ent.label_ in ("FAC", "PRODUCT", "WORK_OF_ART") and ent[-1].lower_ in self.name_heads \
                    and self._company_headed(ent) and not self.gaz.candidates(ent.text):
                found.append((ent, False))  # "participation from Lahore's Ravi Gate Capital": a fund, not a building
            elif ent.label_ in ("FAC", "PRODUCT", "WORK_OF_ART") and self._venture_described(ent):
                found.append((ent, False))  # "Lakeview Cold Chain, a joint venture between X and Y, will invest"
        described: set[str] = set(self._site_owners)  # PERSON-tagged names a company descriptor introduces
        self._own_brand_texts: set[str] = set()  # a company's product brands (see _listed_after_descriptor)
        advisers = self._advisers(doc)
        listed = self._listed_after_descriptor(doc) + advisers
        venues = self._trading_venues(doc)
        movers = self._market_movers(doc)
        found.extend((span, True) for span in listed + venues + movers)
        # A list a company noun or "run by" introduces, the market a stock trades on and a name whose shares move
        # ("Hanwha Ocean added 3.8%") outweigh the NER's guess of a person ("Eldorado Celulose").
        described.update(sp.text for sp in listed + venues + movers if any(t.ent_type_ == "PERSON" for t in sp))
        found.extend((span, True) for span in self._headed_names(doc))
        found.extend((span, True) for span in self._comma_suffixed(doc))
        found.extend((span, True) for span in self._brand_subjects(doc))
        subjects = self._subject_names(doc)
        self._subject_spans = {(sp.start, sp.end) for sp in subjects}
        found.extend((span, True) for span in subjects)
        found.extend((span, True) for span in self._staff_of(doc))
        units = self._bracketed_units(doc)
        found.extend((span, True) for span in units)
        country_named = self._name_then_country(doc)
        # A role as strong as a legal form: no place inside outweighs it ("Macquarie Capital advised").
        self._registered_spans = {(sp.start, sp.end) for sp in country_named + advisers + venues + units}
        found.extend((span, True) for span in country_named)
        # The dateline's credit is evidence enough: "(Iberian Press Service)" though "service" names public bodies.
        agencies = [span for m in _DATELINE_AGENCY.finditer(doc_text(doc)[:1000])
                    if (span := doc.char_span(m.start("agency"), m.end("agency"))) is not None]
        agencies += [span for span in self._mastheads(doc) if self.is_company_text(span.text)]
        for match_id, start, end in self.matcher(doc):
            rule = doc.vocab.strings[match_id]
            span = doc[start:end]
            first = start
            strong_noun = False
            if rule == "noun-before-name":
                if doc[start].text[:1].isupper() and start > 0 and not doc[start].is_sent_start \
                        and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha:
                    continue  # "at Aurora Bank Markets": the noun is inside a name, no descriptor before one
                # (past the noun, three tokens in "start-up")
                span = doc[start + (3 if doc[start].lower_ == "start" and doc[start + 1].text == "-" else 1) : end]
            elif rule == "name-comma-noun":
                comma = next(t.i for t in span if t.text == ",")
                if end < len(doc) and doc[end].lower_ in _SPEECH_VERBS and end - start <= 8 \
                        and doc[comma + 1].lower_ in ("the", "a") \
                        and all(t.is_lower or t.text == "-" for t in doc[comma + 1 : end]):
                    # "a campus in Dubai South, the company said", "in Schwaz, Tyrol, the family-owned company
                    # said": a reporting clause, no apposition
                    continue
                strong_noun = any(t.lower_ in _CORPORATE_NOUNS for t in doc[comma + 1 : end])
                # "Ibarra, the Bilbao-based utility": a business apposition outweighs a town of the same name
                span = Span(doc, start, comma, label="ORG_TOWN")
            elif rule == "possessive-acronym":
                span = doc[start : end - 1]
            elif rule in ("title-at-name", "source-name", "source-according", "country-possessive"):
                first = self._name_start(span, skip_places=rule == "country-possessive")
                if first is None:
                    continue
                span = doc[first:end]
            elif rule == "noun-comma-name":
                # "A Pakistani newspaper, Dawn, reported": no person is introduced so
                strong_noun = doc[start].lower_ in _CORPORATE_NOUNS | {"newspaper", "daily", "broadcaster", "publisher"}
                span = doc[start + 2 : end - 1]
                if strong_noun:  # "a Chinese company, Jiangxi Zhongtan, wanted": the places inside are its name's
                    self._registered_spans.add((span.start, span.end))
            elif rule == "pair-of-names":
                conj = next(t.i for t in doc[start + 3 : end] if t.lower_ == "and")
                if conj + 1 >= end:
                    continue
                found.append((doc[start + 2 : conj], True))
                span = doc[conj + 1 : end]
                if span[0].lower_ == "the":
                    span = span[1:]
            elif rule == "results-call":
                # "Ledgeview Dairy Ingredients (LDGV) Q2 2026 earnings call", "welcome to the Glasvorm Holding
                # first-quarter 2026 results call", "Posted by the Zwaluw Fietsen team": the company whose call or
                # blog the text is
                i = start
                while i < end and (doc[i].is_lower or doc[i].lower_ in ("the", "posted", "from", "by")):
                    i += 1
                k = i
                while k < end and doc[k].text[:1].isupper() and doc[k].text != "(" and not _PERIOD.match(doc[k].lower_):
                    k += 1
                if k == i or (k - i == 1 and doc[i].is_sent_start and doc[i].pos_ != "PROPN"):
                    continue
                span = doc[i:k]
                self._registered_spans.add((span.start, span.end))  # (a place's name inside it is the firm's: "Ghor")
            elif rule == "source-reported":
                if start >= 2 and doc[start - 1].lower_ in ("and", "&", "of") and doc[start - 2].is_title:
                    continue  # "Hong Kong Exchanges and Clearing reported": the end of a longer name
                span = doc[start + (doc[start].lower_ == "the") : end - 1]
                if len(span) > 1 and span[-1].is_lower:  # "Nikkei earlier reported"
                    span = span[:-1]
            elif span[0].lower_ == "the":
                span = span[1:]
            if rule in ("name-legal-suffix", "name-two-token-suffix", "name-spaced-suffix", "name-bracketed-suffix",
                        "pt-prefix"):
                if end < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_:
                    continue  # "Northfield Grain Co-operative": a word the legal form only begins
                # "Van der Werf Gieterij N.V." starts at a capital; "Gwarzo Grains & Milling Plc" and "Imena
                # Agro-Inputs Ltd" keep their "&" and hyphen inside, never at the front.
                # (A spaced dash is no hyphen: "MANILA, July 2 - Alpha Agri Holdings Inc." starts after it.)
                spaced = [t.i for t in span if t.text == "-" and (t.whitespace_ or doc[t.i - 1].whitespace_)]
                if spaced:
                    span = doc[spaced[-1] + 1 : span.end]
                while len(span) > 1 and (span[0].is_lower or span[0].text in ("&", "-")):
                    span = span[1:]
                found.append((self._particle_start(span), True))  # "Ciments de la" + "Sanaga SA"
                continue
            if rule == "country-possessive":
                if not self.gaz.candidates(doc[start:first].text.rstrip("'’s ")):
                    continue
                # "South Korea's SK hynix is": a lower-case second word of a brand.
                if span.end + 1 < len(doc) and span.text.isupper() and self.is_company_text(span.text) \
                        and doc[span.end].is_lower \
                        and doc[span.end].pos_ in ("NOUN", "PROPN") and doc[span.end + 1].pos_ in ("AUX", "VERB"):
                    span = doc[span.start : span.end + 1]
            if rule == "noun-before-name" and start > 0 and doc[start - 1].lower_ in self.non_company_modifiers:
                continue
            if rule in ("noun-before-name", "country-possessive"):
                span = self._extend(span)  # "Portuguese utility Energia" + "do Tejo"
            if self._continues(span):
                continue
            if any(t.ent_type_ in ("DATE", "MONEY", "PERCENT") for t in span):
                continue
            # A descriptor ("battery maker X", "an analyst at X") outweighs the NER's GPE or
            # PERSON guess, but not a place the gazetteer knows or a person named elsewhere.
            if any(t.ent_type_ in ("GPE", "LOC") for t in span) and (self.gaz.candidates(span.text)
                                                                     or span.text in self.towns):
                continue
            if any(t.ent_type_ == "PERSON" for t in span) \
                    and rule not in ("noun-before-name", "title-at-name", "pair-of-names", "results-call") \
                    and not (rule in ("source-name", "source-reported", "source-according", "country-possessive")
                             and len(span) == 1) \
                    and not (rule == "source-name" and doc[start].lower_ in ("data", "figures", "estimates", "survey")) \
                    and not (rule in ("name-comma-noun", "noun-comma-name") and strong_noun):
                continue  # "a report by Caixin", "Nikkei reported": a one-word source is a media company
            if any(t.ent_type_ == "PERSON" for t in span) or rule == "noun-before-name":
                # ("medical device company Tavor Orthodynamics confirmed": the name is a company's wherever else
                # the NER takes it for a person's full name.)
                described.add(span.text)
            found.append((span, True))
        # Who the article shows to be a person: a full name, or one word with a role ("Mayor Kim").
        # A lone word the NER guessed PERSON ("Denso", "an analyst at Berenberg") is not evidence.
        # A full name a company descriptor introduces ("the consultancy Knight Frank", "Kaynes Semicon, a unit
        # of ...") is no person's, unless a role elsewhere makes it one.
        full_names = [e for e in self._entities(doc) if e.label_ == "PERSON" and len(e) > 1 and not self._company_headed(e)
                      and not has_legal_suffix(e.text) and not _INNER_CAPITAL.fullmatch(e[-1].text)
                      and (_trim_possessive(e).text not in described or self._person_context(e))]
        lone = [e for e in self._entities(doc) if e.label_ == "PERSON" and len(e) == 1]
        person_words = [{fold(t.text) for t in e if not t.is_punct} - {""}
                        for e in full_names + [e for e in lone if self._person_context(e)]]
        person_words += [{fold(t.text) for t in sp if not t.is_punct} - {""}
                         for sp, _ in found if self._person_context(self._strip_noise(sp))]
        places = list(doc.spans.get(self.places_key, []))
        known_places = [p for p in places if p._.country is not None]
        # A name the article shows to be a place ("in Dholera, Gujarat") or a defined common
        # noun ("high-bandwidth memory (HBM)") is neither in its other mentions.
        self._not_texts = self._index_names(doc) | self._public_acronyms(doc) | self._own_brand_texts
        for sp, _ in found:
            sp = self._strip_noise(sp)
            if self._place_context(sp) or self._acronym_of_common_noun(sp):
                self._not_texts.add(sp.text)
        # a one-word name the place finder read as a place where the sentence put one ("a plant in Hosur")
        self._not_texts |= {p.text for p in places if len(p) == 1 and p.start > 1
                            and doc[p.start - 1].lower_ in ("in", "near")
                            and doc[p.start - 2].lower_ not in _PUBLISHED_NOUNS  # "a report in Kontan"
                            and not (p.end < len(doc) and doc[p.end].text in ("'s", "’s"))}
        keep = self._filter(found, person_words, places, known_places) + agencies
        # A name the article establishes as a company is one in its other mentions too,
        # and so is an unknown "place" that acts like a company ("Foxconn said", "Nvidia's chips").
        strong = {company_key(s.text) for s in keep}
        # The NER's NORP is mostly peoples and faiths ("Rohingya", "Scientology"); a brand it tags so
        # ("Vingroup") is judged like an unknown place, by how the sentence uses it.
        candidates = [_trim_possessive(e) for e in self._entities(doc) if e.label_ in ("GPE", "LOC")
                      or (e.label_ == "NORP" and (not _DEMONYM_END.search(_trim_possessive(e).text) or (
                          e.start > 0 and doc[e.start - 1].is_lower and doc[e.start - 1].lower_ in self.company_nouns)))]
        # 'brands Toyota, Isuzu and Honda': a town's name the NER reads as an organization
        candidates += [Span(doc, e.start, e.end, label="ORG_TOWN") for e in self._entities(doc)
                       if e.label_ == "ORG" and self._small_place_name(e.text)]
        candidates += [e for e in lone if not self._person_context(e)
                       and not any(e.text in f.text.split() for f in full_names)]
        while candidates:  # a list of names grows from the companies in it
            extra = [e for e in candidates if self._acts_like_company(e, strong, keep)]
            if not extra:
                break
            candidates = [e for e in candidates if e not in extra]
            added = self._filter([(e, True) for e in extra], person_words, places, known_places)
            keep += added
            strong |= {company_key(s.text) for s in added}
            if not added:
                break
        spans = filter_spans(keep)
        spans = filter_spans(spans + self._list_gaps(doc, spans, person_words, places))
        spans = filter_spans(spans + self._short_mentions(doc, spans))
        spans = filter_spans([self._with_place_prefix(s, places) for s in spans])
        spans = filter_spans([_with_first_words(s, spans) for s in spans])
        spans = [_without_currency_code(s) for s in spans]
        for s in spans:
            s._.canonical = company_name(s.text)
            s.label_ = "COMPANY"
        doc.spans[self.key] = spans
        # What is a company is not also a place: "Foxconn said" (the NER's GPE), "Emirates NBD PJSC".
        if spans and self.places_key in doc.spans:
            doc.spans[self.places_key] = [p for p in doc.spans[self.places_key]
                                          if not any(s.start <= p.start and p.end <= s.end for s in spans)]
        return doc

    @staticmethod
    def _with_place_prefix(span: Span, places: list[Span]) -> Span:
        """"Zhejiang Fenghua Wheel Co., Ltd.": a registered name may open with its province or city, written
        right before it with a space (not after a place's preposition, a list's "and" or a possessive: "a plant in
        Ohio Valley Foods Inc", "Kenya's Ziwa Fisheries Ltd")."""
        if not has_legal_suffix(span.text):
            return span
        doc = span.doc
        place = next((p for p in places if p.end == span.start and doc[p.end - 1].whitespace_), None)
        if place is None or not all(t.is_title or t.is_upper for t in place):
            return span
        before = doc[place.start - 1] if place.start > 0 else None
        if before is not None and (before.is_title or before.lower_ in (
                "in", "at", "from", "near", "of", "to", "into", "across", "and", "'s", "’s")):
            return span
        return Span(doc, place.start, span.end, label=span.label_)


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
