"""A deal's purpose: the short noun phrase of what the money is for, read from the parse of the sentence
that gives the sum ("will invest $2.13 billion in an AI hub" -> "AI hub").

Where the sentence says it, in this order:
1. what the sum itself describes: "a $500 million plant", "a Rs 7,600 crore packaging plant";
2. a funding round: "raises $72 million Series C";
3. what the money goes into or buys: "invest RM450 million in a medical-device plant", "spend $2 billion
   on data centres", "pay C$250 million for a 15 percent interest in the mine";
4. what the sentence's investing verb builds or buys: "will build the fab ... at a cost of $11 billion",
   "agreed to buy Alinta Energy for $3 billion" ("acquisition of Alinta Energy");
5. what "cost" has as its subject: "The plant will cost $4 billion";
6. anything else the sentence builds.
A noun that names money rather than a thing ("investment", "capital", "plan") or a place is no purpose.
Words are matched from ``models/deal_cues.json``: ``purpose_vague``, ``build_verbs``,
``acquisition_verbs``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Span, Token

# Modifiers a purpose keeps to the left of its noun ("advanced chip packaging plant", "cold-storage hub").
_LEFT = frozenset({"compound", "amod", "nmod", "npadvmod", "advmod", "punct", "nummod", "quantmod", "conj", "cc"})
_PLACE_OR_NAME = frozenset({"GPE", "LOC", "ORG", "PERSON", "NORP", "MONEY", "DATE", "CARDINAL", "PERCENT"})
_INTO = ("in", "into", "on", "towards", "toward", "for", "to")
_BUILDS = ("build", "construct", "develop", "set", "establish", "expand", "augment", "upgrade", "open", "launch")
# Modifiers that say how much or when, not what: "a new investment", "further capital".
_SIZE_WORDS = frozenset({"new", "additional", "further", "total", "planned", "fresh", "extra", "overall", "initial",
                         "first", "more", "own", "big", "bigger", "biggest", "large", "larger", "largest", "major",
                         "huge", "massive", "second", "third", "direct", "foreign", "local", "private", "joint",
                         "separate", "upstream", "downstream", "same", "other", "key"})
# Verbs besides building whose object is what the money is for: "to upgrade its kilns", "take a 30% stake".
_MAKES_OVER = ("upgrad", "moderni", "refurbish", "retool", "add", "take", "took", "install", "replac", "renovat")
_GOES_ON = ("xcomp", "advcl", "conj", "ccomp")
# How a sum hangs on the noun it sizes ("a $500 million plant"); pipeline.link reads sums the same way.
SUM_DEPS = ("compound", "nmod", "amod", "nummod", "quantmod")
# Nouns a purpose names together with what they are in or of ("stake in X", "first phase of the mine").
_WITH_OBJECT = frozenset({"stake", "stakes", "interest", "holding", "acquisition", "phase", "stage", "expansion"})


def _vague(noun: Token, cues: Mapping[str, Sequence[str]]) -> bool:
    return noun.lower_ in cues["purpose_vague"] or noun.ent_type_ in _PLACE_OR_NAME or noun.is_stop


def _thing(tok: Token, cues: Mapping[str, Sequence[str]]) -> bool:
    """A common noun that is no sum, no place, no name and no word for money; in a headline's capitals, a
    facility's word ("New Precision Bearing Plant")."""
    if tok.pos_ == "PROPN" and not tok.ent_type_ and tok.lower_ in cues["facility_nouns"]:
        return True
    if tok.pos_ != "NOUN" or tok.like_num:
        return False
    # A vague noun with a modifier that says what it is, is a thing: "cloud region", "solar projects".
    return not _vague(tok, cues) or any(
        c.dep_ in ("compound", "amod") and c.i < tok.i and not _vague(c, cues) and c.lower_ not in _SIZE_WORDS
        and c.pos_ in ("NOUN", "ADJ", "PROPN") for c in tok.children)


def _left_edge(noun: Token, stop_at_names: bool, skip: frozenset[int] | set[int] = frozenset()) -> int:
    """The first of the modifiers right before ``noun`` that a purpose keeps: not a sum's word (``skip``), a
    possessive, or (``stop_at_names``) a place or a name; "Pune-based" and "gas-fired" are one word, left out
    whole where their first part is a place ("Pune-based"), kept whole where it is not ("gas-fired")."""
    doc, left = noun.doc, noun.i
    while left - 1 >= noun.sent.start:
        t = doc[left - 1]
        if t.i in skip or t.dep_ not in _LEFT or not noun.is_ancestor(t) or (t.dep_ == "punct" and t.text not in "-–"):
            break
        # "EV", "AI": a short capital word the model calls ORG is no name.
        if stop_at_names and t.ent_type_ in _PLACE_OR_NAME - {"CARDINAL", "PERCENT"} and not (
                t.ent_type_ == "ORG" and t.is_upper and len(t) <= 3):
            if t.ent_type_ not in ("GPE", "LOC", "NORP", "MONEY") and doc[t.i + 1].text in "-–" and t.i + 1 < noun.i:
                left -= 1  # "AI-focused", "gas-fired": the word before the hyphen is no place
                continue
            break
        left -= 1
    if doc[left].text in "-–" and left < noun.i:
        left += 2 if doc[left + 1].lower_ in ("based", "headquartered", "owned", "listed", "born") else 1
    return left


def noun_phrase(noun: Token, skip: frozenset[int] | set[int] = frozenset()) -> str:
    """The noun with the modifiers right before it and the nouns it is joined to by "and":
    "an advanced chip packaging plant" -> "advanced chip packaging plant", "a data center and cloud region"
    -> "data center and cloud region"; a stake or interest keeps what it is in ("a 15 percent interest in the
    mine" -> "15 percent interest in the mine"). Determiners, possessives, sums and places are left out."""
    doc = noun.doc
    left, right = _left_edge(noun, True, skip), noun.i
    for c in noun.children:
        if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > right and all(
                doc[j].dep_ in ("cc", "compound", "amod", "det", "punct", "nmod") or j == c.i
                for j in range(noun.i + 1, c.i + 1)):
            right = c.i
    words = [t for t in doc[left : right + 1] if t.dep_ != "det"]
    if noun.lower_ in _WITH_OBJECT:
        p = next((p for p in noun.children if p.dep_ == "prep" and p.lower_ in ("in", "of") and p.i == noun.i + 1), None)
        obj = next((c for c in p.children if c.dep_ == "pobj"), None) if p is not None else None
        if obj is not None:
            words += [p, *[t for t in doc[_left_edge(obj, False, skip) : obj.i + 1] if t.dep_ != "det"]]
    while words and (words[0].dep_ in ("punct", "cc", "prep") or words[0].text in "-–" or words[0].lower_ == "own"):
        words = words[1:]
    text = "".join(t.text_with_ws for t in words).strip(" ,;-–")
    if words and all(t.is_title or not t.is_alpha for t in words) and not any(t.ent_type_ for t in words):
        # A headline's capitals: "New Precision Bearing Plant" -> "new precision bearing plant".
        text = text.lower()
    return text


def _round(sent: Span) -> str | None:
    """A funding round: "raises US$72 million Series C", "a $20 million Series B round"."""
    for t in sent:
        nxt = t.nbor() if t.i + 1 < sent.end else None
        if t.lower_ == "series" and nxt is not None and len(nxt.text) == 1 and nxt.text.isupper():
            return f"Series {nxt.text} round"
    return None


def _goes_into(holders: list[Token], inside: set[int], cues: Mapping) -> str | None:
    """Where the sum goes: "in/into/on/to" a thing, or "for" a stake, off the sum or its verb."""
    for holder in holders:
        for p in holder.children:
            if p.dep_ == "prep" and p.lower_ in _INTO:
                for obj in p.children:
                    if obj.dep_ == "pobj" and obj.i not in inside and _thing(obj, cues):
                        return noun_phrase(obj, inside) or None
    return None


def _bought_name(obj: Token) -> str:
    """The name of a business bought, its leading name words included ("Rhenania Pumpen")."""
    doc, first = obj.doc, obj.i
    while first - 1 > obj.sent.start and doc[first - 1].pos_ == "PROPN" and doc[first - 1].dep_ == "compound":
        first -= 1
    return doc[first : obj.i + 1].text


def _built_or_bought(verb: Token, inside: set[int], cues: Mapping) -> str | None:
    """What the clause's verb, or the verbs it goes on with, builds or buys: "invest $1.2 billion to buy and
    modernise a naval shipyard", "agreed to buy Alinta Energy for $3 billion" ("acquisition of Alinta Energy")."""
    verbs = [verb]
    for v in verbs:
        verbs += [c for c in v.children if c.pos_ == "VERB" and c.dep_ in _GOES_ON and c not in verbs][: 4 - len(verbs)]
    if verb.dep_ in ("xcomp", "advcl", "conj", "pcomp") and verb.head.pos_ == "VERB":
        verbs.append(verb.head)
    for v in verbs:
        # "to set up a plant", "to scale up its lines": a verb with a particle makes something too.
        builds = v.lower_.startswith((*cues["build_verbs"], *_MAKES_OVER)) or any(c.dep_ == "prt" for c in v.children)
        buys = v.lower_.startswith(tuple(cues["acquisition_verbs"]))
        for obj in v.children:
            if obj.dep_ != "dobj" or obj.i in inside:
                continue
            if buys:
                # "buy Duisburg-based pump maker Rhenania Pumpen": the business's name, not its description.
                named = next((c for c in obj.children if c.dep_ == "appos"
                              and (c.pos_ == "PROPN" or c.ent_type_ == "ORG")), None) if obj.pos_ == "NOUN" else None
                obj = named or obj
                if obj.pos_ == "PROPN" or obj.ent_type_ == "ORG":
                    return f"acquisition of {_bought_name(obj)}"
            if (builds or buys) and _thing(obj, cues):
                return noun_phrase(obj, inside) or None
    return None


# "cost", "be", "require", "need", "total" as news writes them.
_COST_VERB_FORMS = frozenset({"cost", "costs", "costing", "be", "is", "are", "was", "were", "been", "being", "'s",
                              "require", "requires", "required", "requiring", "need", "needs", "needed", "needing",
                              "total", "totals", "totalled", "totaled", "totalling", "totaling"})


def _costs(verbs: tuple[Token, ...], inside: set[int], cues: Mapping) -> str | None:
    """What "cost" or "be" has as its subject: "The plant will cost $4 billion"."""
    for v in verbs:
        if v.lower_ not in _COST_VERB_FORMS:  # (by the word: the pipeline runs without the lemmatizer)
            continue
        for s in v.children:
            if s.dep_ in ("nsubj", "nsubjpass") and s.i not in inside and _thing(s, cues) \
                    and s.lower_ not in cues["project_nouns"]:
                return noun_phrase(s, inside) or None
    return None


def purpose_of_sum(amount: Span, cues: Mapping[str, Sequence[str]]) -> str | None:
    """What the sum ``amount`` pays for, by the sentence's parse (module docstring), or None."""
    sent, doc, root = amount.sent, amount.doc, amount.root
    # No word of a sum is a purpose ("for Rs 640 crore", the "m" of "€180m").
    inside = {i for a in doc.spans.get("amounts", []) if a.sent.start == sent.start for i in range(a.start, a.end)}
    inside |= set(range(amount.start, amount.end))
    head = root.head
    if root.dep_ in SUM_DEPS and head.i not in inside and _thing(head, cues):
        return noun_phrase(head, inside) or None
    verb = root
    while verb.dep_ != "ROOT" and (verb.pos_ not in ("VERB", "AUX") or verb.i in inside):  # (the "m" tagged a verb)
        verb = verb.head
    # "$300 million earmarked for a welding academy": a participle on the sum is its verb.
    holders = [root, *[c for c in root.children if c.dep_ == "acl"], verb]
    found = _round(sent) or _goes_into(holders, inside, cues) or _built_or_bought(verb, inside, cues) or _costs(
        (verb, head), inside, cues)
    if found:
        return found
    # Anything the sentence builds: "..., with the first phase to develop a 50MW facility".
    return next((noun_phrase(t, inside) or None for t in sent if t.dep_ == "dobj" and t.i not in inside
                 and _thing(t, cues) and t.head.lower_.startswith(_BUILDS)), None)
