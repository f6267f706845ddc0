# Two entry points: `make demo` and `make test`. Both create .venv when missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_STORE ?= demo-store
PICTURES_STORE ?= pictures-store
PG := $(BIN)/pactgraph --store $(PICTURES_STORE)

.PHONY: demo test lint browser node bench install install-dev clean pictures

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

# The README's pictures, drawn by pactgraph from data/samples; the screenshot of the
# interactive view needs chromium, and its colours are reduced to a palette to keep it small.
pictures: install
	rm -rf $(PICTURES_STORE) && mkdir -p docs
	$(PG) ingest data/samples >/dev/null
	$(PG) serve >/dev/null & \
	  while [ ! -S $(PICTURES_STORE)/server.sock ]; do sleep 0.5; done; \
	  $(PG) view -o pictures-view.html && \
	  $(PG) view --around "Minoru Kihara" --format png --dpi 110 -o docs/graph.png && \
	  $(PG) view --level country --format png --dpi 110 -o docs/country-map.png && \
	  $(PG) dyads --by quarter --format png --dpi 110 -o docs/dyads.png && \
	  $(PG) timeline "Minoru Kihara" --format png --dpi 110 -o docs/timeline.png; \
	  status=$$?; $(PG) serve --stop; exit $$status
	chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1400,900 \
	  --virtual-time-budget=8000 --screenshot=docs/view.png "file://$(CURDIR)/pictures-view.html" 2>/dev/null
	$(BIN)/python -c "import sys; from PIL import Image; [Image.open(p).convert('RGB').quantize(256).save(p, optimize=True) for p in sys.argv[1:]]" docs/view.png
	rm -rf $(PICTURES_STORE) pictures-view.html

clean:
	rm -rf $(VENV) .node build *.egg-info $(DEMO_STORE) $(PICTURES_STORE) pactgraph-data demo-view.html
