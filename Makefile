# `make run` and `make test` each set themselves up: a virtual environment with the pinned dependencies.
VENV ?= .venv
PYTHON ?= python3
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint clean show-png

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m pipeline

test: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m pytest -q

# docs/show.png, the README's picture of `zhfacts show`: needs a Chromium (Debian: apt install chromium fonts-noto-cjk)
show-png: $(STAMP)
	$(PY) -m pipeline show corpus/changsha-global-rd-center.txt -o output/show.html --gold gold
	$(PY) -c "from pipeline.io.show import screenshot; screenshot('output/show.html', 'docs/show.png')"

lint: $(STAMP)
	$(PY) -m ruff check .

clean:
	rm -rf $(VENV) output .pytest_cache
