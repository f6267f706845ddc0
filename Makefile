# Two entry points: `make demo` and `make test`. Both create .venv when missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_STORE ?= demo-store

.PHONY: demo test lint install install-dev clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet .

install-dev: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'

demo: install
	rm -rf $(DEMO_STORE)
	$(BIN)/pactgraph --store $(DEMO_STORE) ingest data/samples
	$(BIN)/pactgraph --store $(DEMO_STORE) stats
	$(BIN)/pactgraph --store $(DEMO_STORE) who-met --limit 8
	@echo "The demo store is in ./$(DEMO_STORE); try: .venv/bin/pactgraph --store $(DEMO_STORE) query 'MATCH (o:Official) RETURN o.name, o.title LIMIT 10'"

# mypy needs the checkout under its import name; a link in a temp dir gives it that.
lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	d=$$(mktemp -d) && ln -s "$(CURDIR)" "$$d/pactgraph" && \
	MYPYPATH="$$d" $(BIN)/mypy -p pactgraph; rc=$$?; rm -rf "$$d"; exit $$rc

test: lint
	$(BIN)/pytest -q

clean:
	rm -rf $(VENV) build *.egg-info $(DEMO_STORE) pactgraph-data
