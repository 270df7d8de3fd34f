"""Speed: the parts of en_core_web_sm the rows need, and only where they need them.

The rows need entities everywhere, sentence boundaries everywhere, coarse
part-of-speech (``token.pos_``) where the rule components look, and the
dependency parse only where deals are linked: sentences with an amount or a
company (pipeline.link reads ``dep_``, ``head``, ``children`` and ``subtree``
there, and a company's ``root.dep_`` for "it"/"the company"). So:

- the cheap ``senter`` splits sentences instead of the parser;
- ``news_pos`` sets ``pos_`` from the model's own attribute_ruler patterns
  (same matcher, same precedence) without building a Span per match;
- ``news_ner`` runs the model's NER (see ``greedy_parse`` and ``BiluoSteps`` for how);
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

import hashlib
import os
import re
import sys
import weakref
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import numpy
import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_KB_ID, ENT_TYPE, HEAD, IS_SPACE, LOWER, ORTH, POS, SENT_START, TAG
from spacy.errors import Errors
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from spacy.util import minibatch

# spaCy's wheels for Python < 3.12 are compiled with Cython profiling on: every
# call of the transition system's C state accessors (StateC.B_, safe_get, ...)
# then takes and drops the GIL, which the C parse loop has released, so about
# two thirds of the NER's time goes to locking (perf: pthread_mutex_lock and
# take_gil under Begin.is_valid). Stepped from Python, the loop holds the GIL and
# those calls cost next to nothing. Later wheels are built without profiling.
PYTHON_LOOP = sys.version_info < (3, 12)


def use_numpy_gemm(nlp: Language) -> int:
    """The model's matrix products done by numpy's BLAS (OpenBLAS), on one thread, instead of BLIS.

    thinc's ``NumpyOps`` multiplies with the BLIS it bundles; ``NumpyOps(use_blis=False)`` hands
    ``gemm`` to ``numpy.dot``, whose OpenBLAS is 1.1-2.4x faster on the tok2vec's and the NER's shapes
    on this kind of machine (2,800 x 288 by 288 x 288: 6.0 ms against 8.2; 300 x 288: 0.56 against 1.36),
    so the pipeline spends ~13 % less CPU an article. The rows are the same: on the corpus every
    entity and deal row is identical. OpenBLAS would start a thread per core in each process, and
    worker processes already take one core each, so it is held to one thread (threadpoolctl; this
    holds for the whole process). Returns the number of layers changed.
    """
    from thinc.api import NumpyOps
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")
    ops = NumpyOps(use_blis=False)
    changed = 0
    for name in nlp.component_names:
        model = getattr(nlp.get_pipe(name), "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for layer in model.walk():
            layer.ops = ops
            changed += 1
    return changed


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
    if not _steppable(parser):
        return parser.predict(docs)
    if not any(len(doc) for doc in docs):
        return parser.moves.init_batch(docs)
    parser._ensure_labels_are_added(docs)
    batch = parser.moves.init_batch(docs)
    model = _step_model(parser.model, docs, embed_batch)
    scores_of = _scorer(model)
    states = [s for s in batch if not s.is_final()]
    while states:
        states = parser.transition_states(states, scores_of(model.get_token_ids(states)))
    model.clear_memory()
    return batch


def _steppable(parser) -> bool:
    return PYTHON_LOOP and parser.cfg.get("beam_width", 1) == 1 and bool(parser.model.attrs.get("has_upper"))


def _scorer(model) -> Callable:
    """The step model's scores for a batch of states' token ids, as its ``step_forward`` computes them."""
    upper = model.vec2scores
    W, b, ops = upper.get_param("W"), upper.get_param("b"), upper.ops
    unseen = model._class_mask == 0
    unseen = unseen if unseen.any() else None

    def scores_of(ids):
        scores = ops.gemm(model.state2vec.predict(ids), W, trans2=True)
        scores += b
        if unseen is not None:
            scores[:, unseen] = numpy.nanmin(scores)
        return scores

    return scores_of


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
    if BiluoSteps.fits(parser, docs):
        BiluoSteps.of(parser).run(parser, docs)
        return
    parser.set_annotations(docs, greedy_parse(parser, docs))


# The NER's move types, numbered as its transition system numbers them (spacy/pipeline/_parser_internals/ner.pyx).
_MOVES = "MBILUO"  # missing, begin, in, last, unit, out
_BEGIN, _IN, _LAST, _UNIT, _OUT = 1, 2, 3, 4, 5


class BiluoSteps:
    """``greedy_parse`` for the NER, its transitions done on arrays instead of by its transition system.

    Stepped from Python, the C ``transition_states`` still costs ~10 µs a token (~5 ms an article): per
    state it asks each of the ~74 moves whether it is valid, through state accessors that each take the
    GIL in these profiling builds. On docs with no entities set beforehand the NER's rules
    (``Begin.is_valid`` ... ``Out.is_valid`` in ner.pyx) read little: every move takes one token, so
    after t steps every state is at its doc's token t, and a move is valid or not by whether an entity
    is open (and its label), and whether the token is its doc's last, a space, or followed by a sentence
    start. Here those are arrays over all states at once; the token ids fed to the step model are
    ``StateC.set_context_tokens``'s (the token, the open entity's first token, the token before), the
    choice is ``arg_max_if_valid``'s (the first best valid move), and the entities are set as
    ``BiluoPushDown.set_annotations`` sets them. Same scores, same moves, same entities, bit for bit.
    """

    _tables: dict[int, tuple] = {}  # id(moves) -> (moves, its table); the moves cannot be weakly referenced

    def __init__(self, moves):
        self.n_moves = moves.n_moves
        kinds, labels = [], []
        for i in range(moves.n_moves):
            kind, _, label = moves.get_class_name(i).partition("-")
            kinds.append(_MOVES.index(kind))
            labels.append(get_string_id(label) if label else 0)  # the hash, as the moves hold it
        self.kind = kinds
        self.label = labels
        # A state's situation as a number: closed, 0-3 (bit 1: an entity may go on to the next token;
        # bit 0: the token is a word, not a space); with an entity of label l open, 4 + 4 l + the same bits.
        # Each situation's valid moves are the rows of this table: 0 valid, -inf not.
        ent_labels = sorted({lab for lab in labels if lab})
        self.open_code = [4 + 4 * ent_labels.index(lab) if lab else 0 for lab in labels]  # after Begin
        valid = numpy.zeros((4 + 4 * len(ent_labels), len(kinds)), dtype=bool)
        for code in range(len(valid)):
            goes_on, word = bool(code & 2), bool(code & 1)
            open_label = ent_labels[code // 4 - 1] if code >= 4 else None
            for i, (kind, lab) in enumerate(zip(kinds, labels)):
                if open_label is None:  # Begin/Unit/Out.is_valid with nothing preset
                    valid[code, i] = (kind == _OUT or (lab != 0 and word and (kind == _UNIT or kind == _BEGIN and goes_on)))
                else:  # In/Last.is_valid
                    valid[code, i] = lab == open_label and (kind == _LAST or kind == _IN and goes_on)
        self.valid = valid
        self.penalty = numpy.where(valid, numpy.float32(0), numpy.float32(-numpy.inf)).astype("float32")
        self.changes = numpy.isin(kinds, [_BEGIN, _LAST, _UNIT])  # the moves that open or close an entity

    @classmethod
    def of(cls, parser) -> BiluoSteps:
        moves = parser.moves
        _, table = cls._tables.get(id(moves), (None, None))
        if table is None or table.n_moves != moves.n_moves:
            table = cls(moves)
            cls._tables[id(moves)] = (moves, table)
        return table

    @staticmethod
    def fits(parser, docs: list[Doc]) -> bool:
        """The NER, greedy, its states reading 3 tokens, on docs with no entity annotation yet."""
        from spacy.pipeline._parser_internals.ner import BiluoPushDown

        return (isinstance(parser.moves, BiluoPushDown) and _steppable(parser)
                and parser.model.get_ref("lower").get_dim("nF") == 3
                and not any(doc.to_array([ENT_IOB, ENT_TYPE, ENT_KB_ID]).any() for doc in docs if len(doc)))

    def run(self, parser, docs: list[Doc], embed_batch: int = 4) -> None:
        parser._ensure_labels_are_added(docs)
        lengths = numpy.array([len(doc) for doc in docs], dtype="int64")
        found: list[list[tuple[int, int, int]]] = [[] for _ in docs]
        if lengths.any():
            self._steps(parser, docs, lengths, found, embed_batch)
        for doc, ents in zip(docs, found):
            # What set_annotations leaves: the entities, every other token O (nothing was set before).
            doc.set_ents([Span(doc, s, e, label=label) for s, e, label in ents], default="outside")
            for hook in parser.postprocesses:
                hook(doc)

    def _steps(self, parser, docs, lengths, found, embed_batch) -> None:
        model = _step_model(parser.model, docs, embed_batch)
        scores_of = _scorer(model)
        offsets = numpy.cumsum(lengths) - lengths  # of each doc's tokens in the step model's token vectors
        token_code = numpy.concatenate([self._token_codes(doc) for doc in docs if len(doc)])
        live = numpy.flatnonzero(lengths)  # the docs whose states are not final, in order
        # Per live state: the step model's token ids (StateC.set_context_tokens with 3 features: the
        # token; the open entity's first token; the token before, if an entity is open), its doc, its
        # doc's length, its situation's part that is not the token's (the open entity's label).
        ids = numpy.full((live.size, 3), -1, dtype="i")
        ids[:, 0] = offsets[live]
        doc_of, length = live, lengths[live]
        open_code = numpy.zeros(live.size, dtype="int64")
        opened = numpy.zeros(live.size, dtype=bool)
        open_ent: dict[int, tuple[int, int]] = {}  # doc -> (start, label) of its open entity
        kind, label, changes = self.kind, self.label, self.changes
        t = 0
        while ids.size:
            tok = ids[:, 0]
            scores = scores_of(ids)
            code = token_code[tok] + open_code
            guess = self._choose(scores, code)
            for i in numpy.flatnonzero(changes[guess]).tolist():
                g, d = int(guess[i]), int(doc_of[i])
                if kind[g] == _BEGIN:
                    open_ent[d] = (t, label[g])
                    opened[i], open_code[i] = True, self.open_code[g]
                    ids[i, 1], ids[i, 2] = tok[i], tok[i] - 1
                elif kind[g] == _LAST:
                    start, lab = open_ent.pop(d)
                    found[d].append((start, t + 1, lab))
                    opened[i], open_code[i] = False, 0
                    ids[i, 1], ids[i, 2] = -1, -1
                else:  # Unit
                    found[d].append((t, t + 1, label[g]))
            ids[:, 0] += 1
            ids[:, 2] += opened
            t += 1
            # States at their doc's end are final; a state with no valid move is made final, as the C loop
            # does (it never happens: Out or Last is always valid).
            if t == length.min() or (guess < 0).any():
                keep = (length > t) & (guess >= 0)
                ids, doc_of, length, open_code, opened = ids[keep], doc_of[keep], length[keep], open_code[keep], opened[keep]
        model.clear_memory()

    @staticmethod
    def _token_codes(doc: Doc) -> numpy.ndarray:
        """Per token, the bits of a state's situation it gives: 2 if an entity may go on to the next
        token (there is one, and no sentence starts there), 1 if it is a word (entities do not start on
        spaces)."""
        goes_on = numpy.zeros(len(doc), dtype="int64")
        goes_on[:-1] = doc.to_array(SENT_START)[1:] != 1
        return 2 * goes_on + (doc.to_array(IS_SPACE) == 0)

    def _choose(self, scores, code) -> numpy.ndarray:
        """Per state, the first valid move with the highest score (arg_max_if_valid); -1 if none is valid."""
        masked = scores + self.penalty[code]
        guess = masked.argmax(axis=1)
        best = masked[numpy.arange(len(guess)), guess]
        if not (best > -numpy.inf).all():
            for i in numpy.flatnonzero(~(best > -numpy.inf)).tolist():
                # NaN or -inf among the scores: arg_max_if_valid's own comparisons, one by one.
                g = -1
                for j in numpy.flatnonzero(self.valid[code[i]]).tolist():
                    if g == -1 or scores[i, j] > scores[i, g]:
                        g = j
                guess[i] = g
        return guess



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


_FEATURES = [TAG, LOWER, DEP, IS_SPACE]  # what the rules read of a token (see _predicate)


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
        # token features (the ids of TAG, LOWER, DEP and IS_SPACE) -> (order, POS id), (order, DEP id) of
        # one-token rules, and whether each token of each longer pattern matches
        self.memo: dict[tuple, tuple] = {}
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
        """(order, POS id) and (order, DEP id) of the last one-token rules that match, and whether each
        token of each longer pattern matches, for a token with features ``f``."""
        pos = dep = (-1, None)
        cands = self.single.get(("LOWER", f[1]), []) + self.single.get(("TAG", f[0]), []) + self.single.get(None, [])
        for order, preds, pos_id, dep_id in sorted(cands, key=lambda r: r[0]):
            if all(p(f) for p in preds):
                if pos_id is not None:
                    pos = (order, pos_id)
                if dep_id is not None:
                    dep = (order, dep_id)
        multi = tuple(tuple(all(p(f) for p in tok_preds) for tok_preds in rule[1]) for rule in self.multi)
        return pos, dep, multi

    def apply(self, doc: Doc, ranges: list[tuple[int, int]] | None = None, deps: bool = False) -> None:
        """The rules on the tokens of each (start, end) of ``ranges`` (the whole doc by default): POS,
        and with ``deps`` DEP."""
        if not self.active or not len(doc):
            return
        # Written back as one array (a Token per assignment costs more than the rules).
        attrs = [POS, DEP] if deps else [POS]
        values = doc.to_array(attrs).reshape(len(doc), len(attrs))
        # The features as ids, read once (a Token and its string lookups per token cost more than the rules).
        ids = doc.to_array(_FEATURES).tolist()
        for start, end in ranges if ranges is not None else [(0, len(doc))]:
            for j, (pos, dep) in enumerate(self._best(doc, ids[start:end])):
                if pos[1] is not None:
                    values[start + j, 0] = pos[1]
                if deps and dep[1] is not None:
                    values[start + j, 1] = dep[1]
        doc.from_array(attrs, values)

    def _best(self, doc: Doc, ids: list[list[int]]) -> list[list[tuple]]:
        """Per token of a range of ``doc`` whose features (``_FEATURES`` ids) are ``ids``, the (order, POS id)
        and (order, DEP id) of the rule that wins."""
        memo = self.memo
        if len(memo) > 200_000:  # token features repeat a lot; keep the table bounded
            memo.clear()
        strings = doc.vocab.strings
        found = []
        for tag, lower, dep, space in ids:
            key = (tag, lower, dep, space)
            r = memo.get(key)
            if r is None:
                # (tag_, lower_, dep_, is_space), as the Token would give them
                r = memo[key] = self._one((strings[tag], strings[lower], strings[dep], bool(space)))
            found.append(r)
        best = [[r[0], r[1]] for r in found]
        n = len(ids)
        for m, (order, preds, index, pos_id, dep_id) in enumerate(self.multi):
            size = len(preds)
            # Only where the pattern's first token matches (rare: "there" as DEP expl) are the others tried.
            for i in [i for i in range(n - size + 1) if found[i][2][m][0]]:
                if all(found[i + k][2][m][k] for k in range(1, size)):
                    j = i + (index if index >= 0 else size + index)
                    if pos_id is not None and order >= best[j][0][0]:
                        best[j][0] = (order, pos_id)
                    if dep_id is not None and order >= best[j][1][0]:
                        best[j][1] = (order, dep_id)
        return best


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
        self.rules.apply(doc, needed, deps=True)
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
        return Span(doc, first[i], end[i])  # doc[a:b] without its slice checks: the table holds valid bounds

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
            if self.component == "ner":
                for doc in batch:
                    _ents_within_lines(doc)
            yield from batch


def _ents_within_lines(doc: Doc) -> None:
    """"Analyst, Fairwater Securities\n" + "Naomi ...": the NER may run an entity over the line break after it (a
    list of participants, a contact block); an entity ends at a line break and holds no space at either end. A
    person's name ends at a spaced dash ("Margaret Hollenbeck - President and Chief Executive Officer")."""
    def dash(t) -> bool:
        return t.text in ("-", "–", "—") and bool(t.whitespace_) and t.i > 0 and bool(doc[t.i - 1].whitespace_)

    if not any(t.is_space or (e.label_ == "PERSON" and dash(t)) for e in doc.ents for t in e):
        return
    ents = []
    for e in doc.ents:
        start = e.start
        for i in range(e.start, e.end + 1):
            if e.label_ == "PERSON" and i < e.end and dash(doc[i]):
                if i > start:
                    ents.append(Span(doc, start, i, label=e.label))
                break
            if i == e.end or (doc[i].is_space and "\n" in doc[i].text):
                j, k = start, i
                while j < k and doc[j].is_space:
                    j += 1
                while k > j and doc[k - 1].is_space:
                    k -= 1
                if k > j:
                    ents.append(Span(doc, j, k, label=e.label))
                start = i + 1
    doc.set_ents(ents)


@Language.factory("news_ner", default_config={"component": "ner", "batch_size": 64})
def make_news_ner(nlp: Language, name: str, component: str, batch_size: int):
    return FastTransition(nlp, name, component, batch_size)


_INDEX_FORMAT = 1  # of PhraseIndex.add_cached's files: a change of what they hold changes this


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
        self._word_ids: dict[str, int | None] = {}  # word -> its ORTH id if the tokenizer leaves it whole, else None
        self._tests: tuple | None = None

    def _word_id(self, word: str) -> int | None:
        if word in self._word_ids:
            return self._word_ids[word]
        got = self._word_ids[word] = get_string_id(word) if self._check_plain(word) else None  # symbols: small ids
        return got

    def _check_plain(self, word: str) -> bool:
        if self._tests is None:  # the tokenizer's own, read once (each attribute read is a property call)
            tok = self.tokenizer
            self._tests = (tok.rules or {}, [f for f in (tok.token_match, tok.url_match, tok.prefix_search,
                                                         tok.suffix_search) if f], tok.infix_finditer)
        rules, matches, infixes = self._tests
        return (word not in rules and not any(f(word) for f in matches)
                and not (infixes and next(infixes(word), None)))

    def _orths(self, name: str) -> tuple[int, ...]:
        words = name.split(" ")
        # Words joined by single spaces, none empty or holding other whitespace: split() finds the same.
        if words == name.split():
            ids = tuple(self._word_id(w) for w in words)
            if None not in ids:
                return ids
        return tuple(get_string_id(t.text) for t in self.tokenizer(name))

    def add(self, label: str, names: Iterable[str]) -> None:
        label_id = self.vocab.strings.add(label)
        for name in names:
            self._add(self._orths(name), label_id)

    def _add(self, orths: tuple[int, ...], label_id: int) -> None:
        if orths and (orths, label_id) not in self._seen:
            self._seen.add((orths, label_id))
            self.first.setdefault(orths[0], []).append((orths, label_id))

    def add_cached(self, groups: list[tuple[str, list[str]]], cache_dir: Path | None, meta: dict) -> None:
        """``add(label, names)`` for each (label, names) of ``groups``, in order, the patterns kept in a file.

        Checking ~35,000 gazetteer words against the tokenizer's rules is ~1 s of every start-up; reading
        the patterns it gives (token ORTH ids, in the order ``add`` makes them) ~0.05 s. The file is named
        by a hash of everything they come from: the names, the labels, the tokenizer's special cases, spaCy's
        and the model's versions (``meta``: the pipeline's name, version and language) and Python's; any change
        makes a new one.
        With ``cache_dir`` None, or a file that cannot be read or written, the patterns are made as ``add``
        makes them.
        """
        path = None
        if cache_dir is not None:
            key = hashlib.sha256(repr((_INDEX_FORMAT, spacy.__version__, sys.version_info[:2],
                                       meta.get("lang"), meta.get("name"), meta.get("version"))).encode())
            # (the tokenizer's special cases too: "Ma." made one token splits a name differently)
            key.update(repr(sorted(self.tokenizer.rules or {})).encode())
            for label, names in groups:
                key.update(b"\x01" + label.encode() + b"\x02" + "\x00".join(names).encode())
            path = Path(cache_dir) / f"phrase-index-{key.hexdigest()[:24]}.npz"
            if self._load(path, [label for label, _ in groups]):
                return
        added: list[tuple[int, tuple[int, ...]]] = []
        for g, (label, names) in enumerate(groups):
            label_id = self.vocab.strings.add(label)
            for name in names:
                orths = self._orths(name)
                if orths and (orths, label_id) not in self._seen:
                    added.append((g, orths))
                self._add(orths, label_id)
        if path is not None:
            self._save(path, added)

    def _load(self, path: Path, labels: list[str]) -> bool:
        try:
            with numpy.load(path) as f:
                groups, lengths, orths = f["groups"].tolist(), f["lengths"].tolist(), f["orths"].tolist()
        except Exception:  # noqa: BLE001  (a file that cannot be read, whatever the reason, is made anew)
            return False
        label_ids = [self.vocab.strings.add(label) for label in labels]
        at = 0
        for g, n in zip(groups, lengths):
            self._add(tuple(orths[at : at + n]), label_ids[g])
            at += n
        return True

    @staticmethod
    def _save(path: Path, added: list[tuple[int, tuple[int, ...]]]) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f"{path.stem}.{os.getpid()}.tmp.npz")
            numpy.savez(tmp, groups=numpy.array([g for g, _ in added], dtype="uint8"),
                        lengths=numpy.array([len(o) for _, o in added], dtype="uint16"),
                        orths=numpy.array([i for _, o in added for i in o], dtype="uint64"))
            os.replace(tmp, path)  # (whole or not at all, whoever else writes it)
        except OSError:
            pass

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
