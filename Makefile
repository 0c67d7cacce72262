# claimscope: two commands, `make demo` and `make test`, on a fresh machine with Python 3.11.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
OUT := out
EXAMPLE := examples/belarus-bodies.txt

.PHONY: demo test install system-deps bench train-attribution clean

# torch==2.13.0 first: it is the local CPU build, any other spec would download gigabytes.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(STAMP)

demo: $(STAMP)
	@mkdir -p $(OUT)
	$(BIN)/claimscope analyze $(EXAMPLE) --published 2022-03-20 --title "Bodies of Russian soldiers moved via Belarus"
	$(BIN)/claimscope analyze $(EXAMPLE) --published 2022-03-20 --format json --out $(OUT)/belarus-bodies.json
	$(BIN)/claimscope analyze $(EXAMPLE) --published 2022-03-20 --format html --out $(OUT)/belarus-bodies.html
	@echo "HTML report: $(abspath $(OUT)/belarus-bodies.html)"

# System packages the tests drive for real: Chromium (browser tests) and PostgreSQL (store tests).
system-deps:
	bash scripts/ensure-system-deps.sh

test: $(STAMP) system-deps
	$(BIN)/lint-imports
	$(BIN)/python -m pytest -q -p no:cacheprovider

bench: $(STAMP)
	$(BIN)/python bench/run_all.py

train-attribution: $(STAMP)
	$(BIN)/python training/train_attribution.py

clean:
	rm -rf $(VENV) $(OUT) build *.egg-info
