# Two entry points: `make demo` and `make test`. Both create .venv when missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_STORE ?= demo-store

.PHONY: demo test lint browser node bench install install-dev clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet .

# A regular (not editable) install: the suite tests what a user installs, and setuptools has
# nothing to warn about. Run it again after changing the code, as `make test` does.
install-dev: $(BIN)/python
	$(BIN)/pip install --quiet '.[dev]'

demo: install
	rm -rf $(DEMO_STORE)
	$(BIN)/pactgraph --store $(DEMO_STORE) ingest data/samples
	$(BIN)/pactgraph --store $(DEMO_STORE) stats
	$(BIN)/pactgraph --store $(DEMO_STORE) who-met --limit 8
	$(BIN)/pactgraph --store $(DEMO_STORE) view -o demo-view.html
	@echo "The interactive view of the sample graph is ./demo-view.html: open it in a browser (it works offline)."
	@echo "The demo store is in ./$(DEMO_STORE); try: .venv/bin/pactgraph --store $(DEMO_STORE) query 'MATCH (o:Official) RETURN o.name, o.title LIMIT 10'"

# mypy needs the checkout under its import name; a link in a temp dir gives it that.
lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	d=$$(mktemp -d) && ln -s "$(CURDIR)" "$$d/pactgraph" && \
	MYPYPATH="$$d" $(BIN)/mypy -p pactgraph; rc=$$?; rm -rf "$$d"; exit $$rc

# The view tests drive Debian's Chromium; install it when missing (needs root).
browser:
	@command -v chromium >/dev/null 2>&1 || apt-get install -y -q chromium >/dev/null 2>&1 || \
	  (apt-get update -q >/dev/null 2>&1 && apt-get install -y -q chromium >/dev/null 2>&1) || \
	  echo "warning: could not install chromium; the browser test will be skipped" >&2

# Clients pactgraph did not write, which the suite runs against it: Neo4j's Cypher linter and
# its JavaScript driver. Their versions are pinned in tests/node/package-lock.json; they go
# into .node/ (ignored by git), and again only when the lock file changes.
node: .node/node_modules/.package-lock.json

.node/node_modules/.package-lock.json: tests/node/package.json tests/node/package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
	  mkdir -p .node && cp tests/node/package.json tests/node/package-lock.json .node/ && \
	  npm ci --prefix .node --ignore-scripts --no-audit --no-fund --loglevel=error; \
	else echo "warning: npm is missing; the Cypher linter and Node.js driver tests will be skipped" >&2; fi

test: lint browser node
	$(BIN)/pytest -q

# The full benchmark behind the README's table (about half an hour on two cores).
bench: install
	$(BIN)/python bench/run.py --items 1000,10000,100000 --json bench/results.json

clean:
	rm -rf $(VENV) .node build *.egg-info $(DEMO_STORE) pactgraph-data demo-view.html
