# Two commands for a newcomer: `make run` and `make test`. Everything else is here too.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
MANAGE := $(PY) manage.py
# What `make serve` and `make bench` run the site from: the project's own
# dependencies only, as a production image installs them, without the test and
# lint tools of the dev extras (lxml, PyYAML, Pygments, Jinja2... which the
# site's libraries import when they find them: ~5 MB more in every worker).
SERVE_VENV := .venv-serve
SERVE_BIN := $(SERVE_VENV)/bin
PORT ?= 8000
# The public address every absolute URL starts with (cms/base_url.py): by
# default the address `make run` and `make serve` answer at.
NEWSROOM_BASE_URL ?= http://127.0.0.1:$(PORT)
WEB_CONCURRENCY ?= 2
# The WSGI server of `make serve`: granian (default, fastest in `make bench`,
# see docs/performance.md), gunicorn-sync or gunicorn-gthread. bench/bench.py
# runs the same three.
SERVER ?= granian
SERVE_granian = $(SERVE_BIN)/granian --interface wsgi --host 0.0.0.0 --port $(PORT) \
	--workers $(WEB_CONCURRENCY) --blocking-threads 1 --no-ws --access-log \
	cms.wsgi:application
SERVE_gunicorn-sync = $(SERVE_BIN)/gunicorn cms.wsgi:application \
	--bind 0.0.0.0:$(PORT) --workers $(WEB_CONCURRENCY) --access-logfile -
SERVE_gunicorn-gthread = $(SERVE_gunicorn-sync) --worker-class gthread --threads 4
STAMP := $(VENV)/.installed
SERVE_STAMP := $(SERVE_VENV)/.installed

.PHONY: install serve-install check-tools run serve test test-postgres test-browser lint format messages compile-messages migrate demo bench bench-scale clean

$(STAMP): pyproject.toml requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c requirements.lock -e ".[dev]"
	touch $(STAMP)

install: $(STAMP) compile-messages

$(SERVE_STAMP): pyproject.toml requirements.lock
	test -x $(SERVE_BIN)/python || $(PYTHON) -m venv $(SERVE_VENV)
	$(SERVE_BIN)/python -m pip install --quiet --upgrade pip
	$(SERVE_BIN)/python -m pip install --quiet -c requirements.lock -e .
	touch $(SERVE_STAMP)

serve-install: $(SERVE_STAMP) compile-messages

# axe-core and the Nu HTML Checker (vnu-jar, run on Java 17) for the browser
# tests' accessibility and HTML checks, pinned in package-lock.json, installed
# into ./node_modules. Without npm the checks are skipped locally (CI requires it).
NODE_STAMP := node_modules/.installed
$(NODE_STAMP): package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund --loglevel error
	touch $(NODE_STAMP)

check-tools:
	@if command -v npm >/dev/null; then $(MAKE) --no-print-directory $(NODE_STAMP); \
	elif [ -n "$$CI" ]; then echo "CI needs npm for axe-core and vnu-jar" >&2; exit 1; \
	else echo "npm not found: the axe-core and Nu HTML checks will be skipped"; fi

compile-messages: $(STAMP)
	$(MANAGE) compilemessages --ignore=.venv --verbosity 0

migrate: install
	$(MANAGE) migrate --noinput

demo: migrate
	$(MANAGE) load_demo

run: export NEWSROOM_BASE_URL := $(NEWSROOM_BASE_URL)
run: demo
	$(MANAGE) ensure_local_admin
	$(MANAGE) ensure_demo_accounts
	@echo "Serving http://127.0.0.1:$(PORT)/ as $(NEWSROOM_BASE_URL)/ (admin at /admin/); scheduled publishing runs every minute; the background worker sends release emails and webhooks (.worker.log)"
	@$(MANAGE) run_scheduler > .scheduler.log 2>&1 & scheduler=$$!; \
	$(MANAGE) db_worker --backend background --queue-name '*' --no-reload > .worker.log 2>&1 & worker=$$!; \
	trap "kill $$scheduler $$worker 2>/dev/null" EXIT INT TERM; \
	$(MANAGE) runserver 127.0.0.1:$(PORT)

serve: export NEWSROOM_BASE_URL := $(NEWSROOM_BASE_URL)
serve: serve-install
	DJANGO_SETTINGS_MODULE=cms.settings.production $(SERVE_BIN)/python manage.py collectstatic --noinput --verbosity 0
	DJANGO_SETTINGS_MODULE=cms.settings.production $(SERVE_BIN)/python manage.py migrate --noinput
	DJANGO_SETTINGS_MODULE=cms.settings.production $(SERVE_$(SERVER))

TEST_WORKERS ?= auto

# Tests that flush the database (browser, multi-process) run apart, after the rest.
test: install check-tools
	$(BIN)/pytest -n $(TEST_WORKERS) --dist loadfile -m "not serial"
	$(BIN)/pytest -m serial

test-postgres: install
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test} \
		$(BIN)/pytest -n $(TEST_WORKERS) --dist loadfile -m "not serial and not browser"
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test} \
		$(BIN)/pytest -m "serial and not browser"

test-browser: install check-tools
	$(BIN)/pytest -m browser

# Seeds a fresh database (BENCH_RELEASES, default 1000, in three languages), runs
# gunicorn sync, gunicorn gthread and granian as `make serve` does and measures
# every page type with wrk; see bench/bench.py for the options.
bench: install serve-install
	command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y wrk) \
		|| (sudo apt-get update -qq && sudo apt-get install -y wrk)
	BENCH_SERVER_BIN=$(SERVE_BIN) $(PY) bench/bench.py

# Query counts, p50 and memory at 1,000 and 100,000 releases on PostgreSQL
# (BENCH_DATABASE_URL); see bench/scale.py.
bench-scale: install serve-install
	BENCH_SERVER_BIN=$(SERVE_BIN) $(PY) bench/scale.py

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

messages: $(STAMP)
	$(MANAGE) makemessages --locale fr --locale nl --ignore=.venv --ignore=staticfiles --ignore=test-artifacts --no-obsolete --no-wrap
	$(MANAGE) compilemessages --ignore=.venv

clean:
	rm -rf $(VENV) $(SERVE_VENV) staticfiles .test-media .pytest_cache node_modules
