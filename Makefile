# Two commands do everything on a fresh machine: `make site` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: site test check bench preview lock typecheck lint clean

$(STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	$(BIN)/python -m redact.gazetteer
	@touch $(STAMP)

export NO_MKDOCS_2_WARNING := 1

## Gate the sources, build into a temporary folder, gate everything built, then swap into site/.
## The gate lives in the dhr-site plugin: refuse to build with a configuration that lacks it.
site: $(STAMP)
	@$(BIN)/python -c "import sys, yaml; c = yaml.safe_load(open('mkdocs.yml')); names = [p if isinstance(p, str) else next(iter(p)) for p in c.get('plugins', [])]; sys.exit(0 if 'dhr-site' in names else 'mkdocs.yml has no dhr-site plugin: the anonymisation gate would not run. Publication refused.')"
	$(BIN)/mkdocs build

## Every test, with the real model, a real mkdocs build and (where installed) a real browser.
test: $(STAMP)
	$(BIN)/ruff check redact site_config tests
	$(BIN)/mypy
	$(BIN)/pytest -n 2

## Check any Markdown file or folder (default: content/): `make check PATHS=drafts/`
PATHS ?= content
check: $(STAMP)
	$(BIN)/redact check $(PATHS)

bench: $(STAMP)
	$(BIN)/python -m redact.bench

preview: $(STAMP)
	$(BIN)/redact preview

typecheck: $(STAMP)
	$(BIN)/mypy

lint: $(STAMP)
	$(BIN)/ruff check redact site_config tests

## Recompile requirements.lock (exact versions and hashes) from requirements.in.
lock:
	$(BIN)/uv pip compile requirements.in --generate-hashes --python-version 3.11 -q -o requirements.lock

clean:
	rm -rf $(VENV) .site-build-* .site-old-* .cache
