"""Speed: the parts of en_core_web_sm the rows need, and only where they need them.

The rows need entities everywhere, sentence boundaries everywhere, coarse
part-of-speech (``token.pos_``) where the rule components look, and the
dependency parse only where deals are linked: sentences with an amount or a
company (pipeline.link reads ``dep_``, ``head``, ``children`` and ``subtree``
there, and a company's ``root.dep_`` for "it"/"the company"). So:

- the cheap ``senter`` splits sentences instead of the parser;
- ``news_pos`` sets ``pos_`` from the model's own attribute_ruler patterns
  (same matcher, same precedence) without building a Span per match;
- ``news_ner`` runs the model's NER (see ``greedy_parse`` for how);
- ``news_parse`` runs the model's parser on the needed sentences only, on
  the token vectors the shared tok2vec already computed for the whole
  document, writes their heads and labels back, gives every other sentence a
  flat tree (so its boundaries stay as they are), and re-applies the
  attribute rules that read the parse (AUX, SCONJ, PRON) on the parsed
  sentences.

The components look up the model's ``attribute_ruler``, ``ner`` and
``parser`` in the pipeline (loaded but disabled, see models/pipeline.cfg);
without them (a blank base in tests) they do nothing.
"""

from __future__ import annotations

import re
import sys
import weakref
from collections.abc import Callable, Iterable, Iterator

import numpy
from spacy.attrs import DEP, HEAD, ORTH, SENT_START
from spacy.errors import Errors
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.util import minibatch

# spaCy's wheels for Python < 3.12 are compiled with Cython profiling on: every
# call of the transition system's C state accessors (StateC.B_, safe_get, ...)
# then takes and drops the GIL, which the C parse loop has released, so about
# two thirds of the NER's time goes to locking (perf: pthread_mutex_lock and
# take_gil under Begin.is_valid). Stepped from Python, the loop holds the GIL and
# those calls cost next to nothing. Later wheels are built without profiling.
PYTHON_LOOP = sys.version_info < (3, 12)


def greedy_parse(parser, docs: list[Doc], embed_batch: int = 4) -> list:
    """The states ``parser.predict(docs)`` gives (greedy, beam width 1), the loop stepped from Python.

    Each step is what the C loop (``Parser._parseC``) does, with the same
    code: the step model's token ids and precomputed feature vectors (summed
    with the same saxpy, the same maxout), the upper layer's gemm and bias
    as its ``Linear`` does them, unseen classes set to the minimum, and
    ``transition_states`` (the same validity check, argmax and transition).
    The token vectors are computed ``embed_batch`` docs at a time (each doc's
    are its own whatever the batch; small batches keep the tok2vec's arrays
    in cache), the steps run over all ``docs`` at once (each step costs
    Python time, and all docs' states share it). The result is the same
    parse, bit for bit.
    """
    if not PYTHON_LOOP or parser.cfg.get("beam_width", 1) != 1 or not parser.model.attrs.get("has_upper"):
        return parser.predict(docs)
    if not any(len(doc) for doc in docs):
        return parser.moves.init_batch(docs)
    parser._ensure_labels_are_added(docs)
    batch = parser.moves.init_batch(docs)
    model = _step_model(parser.model, docs, embed_batch)
    upper = model.vec2scores
    W, b, ops = upper.get_param("W"), upper.get_param("b"), upper.ops
    unseen = model._class_mask == 0
    unseen = unseen if unseen.any() else None
    states = [s for s in batch if not s.is_final()]
    while states:
        scores = ops.gemm(model.state2vec.predict(model.get_token_ids(states)), W, trans2=True)
        scores += b
        if unseen is not None:
            scores[:, unseen] = numpy.nanmin(scores)
        states = parser.transition_states(states, scores)
    model.clear_memory()
    return batch


def _step_model(tb_model, docs: list[Doc], embed_batch: int):
    """``tb_model.predict(docs)`` (spacy.ml.tb_framework.forward), its token vectors computed in slices."""
    from spacy.ml.parser_model import ParserStepModel

    layers = list(tb_model.layers)
    embed = layers[0]
    if embed_batch and len(docs) > embed_batch:
        def embed_in_slices(docs: list[Doc], is_train: bool = False):
            parts = [embed.predict(docs[i : i + embed_batch]) for i in range(0, len(docs), embed_batch)]
            return embed.ops.xp.concatenate(parts), None

        layers[0] = embed_in_slices
    return ParserStepModel(docs, layers, unseen_classes=tb_model.attrs["unseen_classes"], train=False,
                           has_upper=tb_model.attrs["has_upper"])


def run_parser(parser, docs: list[Doc]) -> None:
    """``parser`` (the model's ner or parser) on ``docs``, annotations set."""
    parser.set_annotations(docs, greedy_parse(parser, docs))


def _predicate(key: str, spec) -> Callable[[tuple], bool]:
    """One Matcher token-pattern key, as the Matcher reads it, on (tag_, lower_, dep_, is_space)."""
    slot = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}[key]
    if not isinstance(spec, dict):
        return lambda t: t[slot] == spec
    (op, arg), = spec.items()
    if op == "IN":
        values = frozenset(arg)
        return lambda t: t[slot] in values
    if op == "NOT_IN":
        values = frozenset(arg)
        return lambda t: t[slot] not in values
    if op == "REGEX":
        rx = re.compile(arg)
        return lambda t: rx.search(t[slot]) is not None
    raise ValueError(f"attribute_ruler pattern operator {op!r} is not supported")


class _PosRules:
    """The attribute_ruler's POS (and DEP) assignments, without its Matcher.

    The ruler tries each of its ~180 patterns on every token and builds a
    Span per match; here the patterns that set POS or DEP are indexed by the
    exact TAG or LOWER they require, so a token is tried against a handful.
    Precedence is the ruler's: a later pattern wins.
    """

    def __init__(self, nlp: Language, ruler: str):
        self.active = ruler in nlp.component_names
        self.single: dict[tuple | None, list] = {}  # one-token patterns: (order, predicates, POS id, DEP id)
        self.multi: list = []  # longer patterns: (order, predicates per token, index, POS id, DEP id)
        self.memo: dict[tuple, tuple] = {}  # token features -> (order, POS id), (order, DEP id) of one-token rules
        if not self.active:
            return
        strings = nlp.vocab.strings
        for order, rule in enumerate(nlp.get_pipe(ruler).patterns):
            attrs = rule["attrs"]
            pos, dep = attrs.get("POS"), attrs.get("DEP")
            if pos is None and dep is None:
                continue
            pos_id = POS_IDS[pos] if pos is not None else None
            dep_id = strings.add(dep) if dep is not None else None
            for pattern in rule["patterns"]:
                preds = [[_predicate(k, v) for k, v in tokpat.items()] for tokpat in pattern]
                if len(pattern) == 1:
                    # Indexed by the exact LOWER or TAG the pattern requires, if any.
                    tok = pattern[0]
                    key = (("LOWER", tok["LOWER"]) if isinstance(tok.get("LOWER"), str)
                           else ("TAG", tok["TAG"]) if isinstance(tok.get("TAG"), str) else None)
                    self.single.setdefault(key, []).append((order, preds[0], pos_id, dep_id))
                else:
                    self.multi.append((order, preds, rule["index"], pos_id, dep_id))

    def _one(self, f: tuple) -> tuple:
        pos = dep = (-1, None)
        cands = self.single.get(("LOWER", f[1]), []) + self.single.get(("TAG", f[0]), []) + self.single.get(None, [])
        for order, preds, pos_id, dep_id in sorted(cands, key=lambda r: r[0]):
            if all(p(f) for p in preds):
                if pos_id is not None:
                    pos = (order, pos_id)
                if dep_id is not None:
                    dep = (order, dep_id)
        return pos, dep

    def apply(self, doc: Doc, start: int = 0, end: int | None = None, deps: bool = False) -> None:
        if not self.active:
            return
        end = len(doc) if end is None else end
        feats = [(t.tag_, t.lower_, t.dep_, t.is_space) for t in doc[start:end]]
        memo = self.memo
        if len(memo) > 200_000:  # token features repeat a lot; keep the table bounded
            memo.clear()
        best = []
        for f in feats:
            r = memo.get(f)
            if r is None:
                r = memo[f] = self._one(f)
            best.append(r)
        if self.multi:
            best = [list(r) for r in best]
            n = len(feats)
            for order, preds, index, pos_id, dep_id in self.multi:
                for i in range(n - len(preds) + 1):
                    if all(p(feats[i + k]) for k, tok_preds in enumerate(preds) for p in tok_preds):
                        j = i + (index if index >= 0 else len(preds) + index)
                        if pos_id is not None and order >= best[j][0][0]:
                            best[j][0] = (order, pos_id)
                        if dep_id is not None and order >= best[j][1][0]:
                            best[j][1] = (order, dep_id)
        for j, (pos, dep) in enumerate(best):
            if pos[1] is not None:
                doc[start + j].pos = pos[1]
            if deps and dep[1] is not None:
                doc[start + j].dep = dep[1]


@Language.factory("news_pos", default_config={"ruler": "attribute_ruler"})
def make_news_pos(nlp: Language, name: str, ruler: str):
    rules = _PosRules(nlp, ruler)

    def news_pos(doc: Doc) -> Doc:
        rules.apply(doc)
        return doc

    return news_pos


class NeededParse:
    def __init__(self, nlp: Language, name: str, parser: str, ruler: str, span_keys: list[str], batch_size: int):
        self.nlp = nlp
        self.name = name
        self.parser_name = parser
        self.span_keys = list(span_keys)
        self.batch_size = batch_size
        self.rules = _PosRules(nlp, ruler)
        self.dep_id = nlp.vocab.strings.add("dep")
        self.root_id = nlp.vocab.strings.add("ROOT")

    def _needed(self, doc: Doc) -> list[tuple[int, int]]:
        marks = numpy.zeros(len(doc) + 1, dtype=bool)
        for key in self.span_keys:
            for span in doc.spans.get(key, []):
                marks[span.start : span.end] = True
        return [(s.start, s.end) for s in doc.sents if marks[s.start : s.end].any()]

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int | None = None) -> Iterator[Doc]:
        if self.parser_name not in self.nlp.component_names:
            yield from docs
            return
        parser = self.nlp.get_pipe(self.parser_name)
        for batch in minibatch(docs, size=batch_size or self.batch_size):
            jobs: list[tuple[Doc, list[tuple[int, int]]]] = []
            subs: list[Doc] = []
            for doc in batch:
                needed = self._needed(doc) if len(doc) else []
                if needed:
                    subs.extend(self._sub_docs(doc, needed))
                jobs.append((doc, needed))
            if subs:
                run_parser(parser, sorted(subs, key=len))
            parsed = iter(subs)
            for doc, needed in jobs:
                if len(doc):
                    self._write(doc, needed, parsed)
                yield doc

    @staticmethod
    def _sub_docs(doc: Doc, needed: list[tuple[int, int]]) -> Iterator[Doc]:
        """What the parser reads of each needed sentence: its words (lexemes), sentence starts and token vectors.

        ``Span.as_doc`` copies every annotation and rebuilds the doc's entities for each sentence (it walks
        ``doc.ents`` every time); the parser's features come from the tensor and its transition system reads
        only the lexemes and the preset sentence starts."""
        words = [t.text for t in doc]
        spaces = [bool(t.whitespace_) for t in doc]
        starts = doc.to_array([SENT_START])
        for s, e in needed:
            sub = Doc(doc.vocab, words=words[s:e], spaces=spaces[s:e])
            sub.from_array([SENT_START], starts[s:e].reshape(-1, 1))
            sub.tensor = doc.tensor[s:e]
            yield sub

    def _write(self, doc: Doc, needed: list[tuple[int, int]], parsed: Iterator[Doc]) -> None:
        n = len(doc)
        heads = numpy.zeros(n, dtype="int64")
        deps = numpy.full(n, self.dep_id, dtype="uint64")
        for sent in doc.sents:  # a flat tree per sentence keeps its boundaries
            heads[sent.start : sent.end] = sent.start - numpy.arange(sent.start, sent.end)
            deps[sent.start] = self.root_id
        for s, e in needed:
            sub = next(parsed)
            arr = sub.to_array([HEAD, DEP])
            heads[s:e] = arr[:, 0].astype("int64")
            deps[s:e] = arr[:, 1]
        doc.from_array([HEAD, DEP], numpy.stack([heads.view("uint64"), deps], axis=1))
        for s, e in needed:
            self.rules.apply(doc, s, e, deps=True)
        index_sentences(doc)


def index_sentences(doc: Doc) -> None:
    """``Span.sent`` and ``Token.sent`` of ``doc`` from a table of its sentences, from now on.

    spaCy's ``Span.sent`` walks the tokens back to the sentence start and on
    to the next one each time, and makes a new Span; deal linking asks for it
    per span per sentence (~470 times an article). The table is made once
    the boundaries are final (the parse written); the hook gives the span the
    walk would (the sentence of the span's first token), made fresh from the
    table (no Span is kept: it would hold the doc in a cycle). A copy of the
    doc that shares its hooks (``Span.as_doc``) gets the walk.
    """
    n = len(doc)
    if not n:
        return
    is_start = doc.to_array(SENT_START) == 1
    idx = numpy.arange(n)
    first = numpy.maximum.accumulate(numpy.where(is_start, idx, 0)).tolist()
    at_or_after = numpy.minimum.accumulate(numpy.where(is_start, idx, n)[::-1])[::-1]
    end = numpy.append(at_or_after[1:], n).tolist()
    ref = weakref.ref(doc)  # no reference cycle through the doc's own hooks

    def sent(span):
        # A fresh Span each time: Spans kept here would hold the doc, and the doc its hooks, a cycle
        # only the full garbage collection frees (worker memory grew with the number of articles).
        doc = span.doc
        i = span.start
        if doc is not ref() or i >= n:
            return _walked_sent(span)
        return doc[first[i] : end[i]]

    doc.user_span_hooks["sent"] = sent


def _walked_sent(span):
    """spaCy's own ``Span.sent`` (3.8), for docs the table is not of."""
    doc = span.doc
    if not doc.has_annotation("SENT_START"):
        raise ValueError(Errors.E030)
    start = span.start
    while start > 0 and doc[start].is_sent_start is not True:
        start -= 1
    end = span.start + 1
    while end < len(doc) and doc[end].is_sent_start is not True:
        end += 1
    return doc[start:end]


@Language.factory(
    "news_parse",
    default_config={"parser": "parser", "ruler": "attribute_ruler", "span_keys": ["amounts", "companies"],
                    "batch_size": 64},
)
def make_news_parse(nlp: Language, name: str, parser: str, ruler: str, span_keys: list[str], batch_size: int):
    return NeededParse(nlp, name, parser, ruler, span_keys, batch_size)


class FastTransition:
    """A transition-based component of the model (its ``ner``), run with ``greedy_parse``.

    ``Parser.pipe`` sorts each batch by length and parses it in quarters; here
    a batch is parsed in slices of ``batch_size`` docs of similar length: the
    Python loop costs per step, and a slice takes as many steps as its
    longest doc has tokens. The parse of a doc does not depend on the others
    in its slice.
    """

    def __init__(self, nlp: Language, name: str, component: str, batch_size: int):
        self.nlp = nlp
        self.name = name
        self.component = component
        self.batch_size = batch_size

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int | None = None) -> Iterator[Doc]:
        if self.component not in self.nlp.component_names:
            yield from docs
            return
        parser = self.nlp.get_pipe(self.component)
        size = max(1, batch_size or self.batch_size)
        for batch in minibatch(docs, size=size):
            run_parser(parser, sorted(batch, key=len))
            yield from batch


@Language.factory("news_ner", default_config={"component": "ner", "batch_size": 64})
def make_news_ner(nlp: Language, name: str, component: str, batch_size: int):
    return FastTransition(nlp, name, component, batch_size)


class PhraseIndex:
    """``PhraseMatcher(vocab, attr="ORTH")`` for many names, built without tokenizing most of them.

    Tokenizing the ~36,000 gazetteer names for the PhraseMatcher creates a
    lexeme per new word and took about 2 s of every run's start-up. A name
    of words joined by single spaces, none of which the tokenizer would split
    or special-case (no special case, URL, prefix, suffix or infix match: the
    tokenizer's own tests), is those words as tokens; the others go through
    the tokenizer. Matching compares token ORTH ids, as the PhraseMatcher
    does; the result is every match, overlapping ones included, as
    ``(match_id, start, end)`` with ``match_id`` the label's hash.
    """

    def __init__(self, nlp: Language):
        self.vocab = nlp.vocab
        self.tokenizer = nlp.tokenizer
        self.first: dict[int, list[tuple[tuple[int, ...], int]]] = {}  # first token's ORTH -> (ORTHs, label id)
        self._seen: set[tuple[tuple[int, ...], int]] = set()
        self._plain_words: dict[str, bool] = {}

    def _plain(self, word: str) -> bool:
        got = self._plain_words.get(word)
        if got is None:
            got = self._plain_words[word] = self._check_plain(word)
        return got

    def _check_plain(self, word: str) -> bool:
        tok = self.tokenizer
        return (word not in tok.rules and not (tok.token_match and tok.token_match(word))
                and not (tok.url_match and tok.url_match(word))
                and not (tok.prefix_search and tok.prefix_search(word))
                and not (tok.suffix_search and tok.suffix_search(word))
                and not (tok.infix_finditer and next(tok.infix_finditer(word), None)))

    def _words(self, name: str) -> list[str]:
        words = name.split(" ")
        if all(words) and not any(c.isspace() for w in words for c in w) and all(self._plain(w) for w in words):
            return words
        return [t.text for t in self.tokenizer(name)]

    def add(self, label: str, names: Iterable[str]) -> None:
        label_id = self.vocab.strings.add(label)
        for name in names:
            orths = tuple(get_string_id(w) for w in self._words(name))  # symbols ("aux") have small ids
            if orths and (orths, label_id) not in self._seen:
                self._seen.add((orths, label_id))
                self.first.setdefault(orths[0], []).append((orths, label_id))

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        orths = doc.to_array(ORTH).tolist() if len(doc) else []
        out = []
        first = self.first
        for i, orth in enumerate(orths):
            for pattern, label_id in first.get(orth, ()):
                n = len(pattern)
                if n == 1 or tuple(orths[i : i + n]) == pattern:
                    out.append((label_id, i, i + n))
        return out
