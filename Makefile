# Ambassadeurs santé: everyday commands. `make help` lists them.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
BACKUP_DIR ?= backups
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)
# `make serve` runs the production settings locally: plain HTTP, media served by Django.
SERVE_ENV := DJANGO_SETTINGS_MODULE=portal.settings.production \
	SECRET_KEY="$${SECRET_KEY:-local-serve-$$(date +%s)-$$RANDOM$$RANDOM}" \
	ALLOWED_HOSTS="$${ALLOWED_HOSTS:-127.0.0.1,localhost}" \
	SECURE_SSL_REDIRECT=0 SECURE_COOKIES=0 SECURE_HSTS_SECONDS=0 SERVE_MEDIA=1 \
	ACCOUNT_DEFAULT_HTTP_PROTOCOL=http \
	TASKS_BACKEND="$${TASKS_BACKEND:-django_tasks.backends.immediate.ImmediateBackend}" \
	CACHE_DIR="$${CACHE_DIR:-$$(mktemp -d)}"

.PHONY: help run serve test install install-test browser messages makemessages migrate demo bench-tools \
	check lint format lock clean backup restore bench cluster cluster-tools

help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | \
		awk 'BEGIN {FS = ":.*?## "}; {printf "  \033[1m%-14s\033[0m %s\n", $$1, $$2}'

$(PY):
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(PY) requirements/base.txt
	$(PY) -m pip install --quiet -r requirements/base.txt
	@touch $@

$(VENV)/.installed-test: $(VENV)/.installed requirements/test.txt
	$(PY) -m pip install --quiet -r requirements/test.txt
	@touch $@

install: $(VENV)/.installed ## Create .venv and install the pinned dependencies

install-test: $(VENV)/.installed-test browser cluster-tools ## Install what the tests need (Python packages, Chromium, nginx, Varnish, Redis)

browser: ## Install Debian's Chromium for the browser tests, if it is missing
	@command -v chromium >/dev/null 2>&1 || { \
		echo "Installing Chromium from Debian's packages…"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium >/dev/null; }

# The cluster's proxies and Redis (deploy/cluster.py), from Debian's packages when missing.
CLUSTER_PACKAGES := nginx:nginx varnishd:varnish redis-server:redis-server
cluster-tools: ## Install Debian's nginx, varnish and redis-server for the cluster, if missing
	@missing=""; for pair in $(CLUSTER_PACKAGES); do \
		PATH="$$PATH:/usr/sbin:/sbin" command -v "$${pair%%:*}" >/dev/null 2>&1 || \
			missing="$$missing $${pair##*:}"; done; \
	if [ -n "$$missing" ]; then echo "Installing$$missing from Debian's packages…"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $$missing >/dev/null; fi

cluster: $(VENV)/.installed-test messages cluster-tools ## A production-like cluster here: Varnish, nginx, 2 app servers, worker, PostgreSQL, Redis, S3 (Ctrl-C stops)
	$(PY) -m deploy

messages: install ## Compile the gettext catalogues (pure Python, no GNU gettext needed)
	$(VENV)/bin/pybabel compile --domain django --directory locale --use-fuzzy --statistics 2>&1 | tail -n +1

makemessages: install ## Update the catalogues from the code (needs GNU gettext)
	$(PY) manage.py makemessages --locale en --locale ar --no-obsolete --add-location file \
		--ignore '.venv/*' --ignore 'staticfiles/*' --ignore 'tests/*' --ignore 'artifacts/*'
	$(PY) manage.py french_plurals

migrate: install ## Apply the database migrations
	$(PY) manage.py migrate --no-input

demo: migrate ## Load the demo content (idempotent)
	$(PY) manage.py load_demo

run: install messages migrate demo ## Install, migrate, load the demo and serve on http://127.0.0.1:8000
	$(PY) manage.py runserver $(HOST):$(PORT)

serve: install messages migrate demo ## The same site, production-like: gunicorn, DEBUG off, whitenoise
	$(SERVE_ENV) $(PY) manage.py collectstatic --no-input --verbosity 0
	$(SERVE_ENV) $(VENV)/bin/gunicorn portal.wsgi:application --bind $(HOST):$(PORT) \
		--workers $${WEB_CONCURRENCY:-3} --access-logfile -

bench-tools: ## Install Debian's wrk for make bench, if it is missing
	@command -v wrk >/dev/null 2>&1 || { echo "Installing wrk from Debian's packages…"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq wrk >/dev/null; }

bench: install messages bench-tools ## Benchmark the pages, the race and the action log (docs/performance.md; BENCH_ARGS=…)
	$(PY) -m bench.pages $(BENCH_ARGS)

test: install-test messages ## Run the whole suite: unit, integration and browser tests
	$(VENV)/bin/pytest $(PYTEST_ARGS)

check: install-test ## Django checks, migrations, ruff, import contracts and djhtml
	$(PY) manage.py check --fail-level WARNING
	$(PY) manage.py makemigrations --check --dry-run
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djhtml --check $$(git ls-files 'templates/*.html' '*/templates/*.html')

format: install-test ## Format Python (ruff) and templates (djhtml)
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .
	$(VENV)/bin/djhtml $$(git ls-files 'templates/*.html' '*/templates/*.html')

lock: $(PY) ## Re-pin the dependencies from pyproject.toml (needs the registry)
	$(PY) -m pip install --quiet uv
	$(VENV)/bin/uv pip compile pyproject.toml --python-version 3.11 --quiet \
		-o requirements/base.txt
	$(VENV)/bin/uv pip compile pyproject.toml --python-version 3.11 --quiet --extra test \
		--constraints requirements/base.txt -o requirements/test.txt

backup: install ## Save the database and the files into backups/<date>T<time> (BACKUP_DIR=…)
	$(PY) manage.py backup_site --output "$(BACKUP_DIR)"

restore: install ## Restore one: make restore BACKUP=backups/2026-12-06T0300 (checks, then asks)
	@test -n "$(BACKUP)" || { echo "Indiquez la sauvegarde : make restore BACKUP=$(BACKUP_DIR)/2026-12-06T0300" >&2; exit 2; }
	$(PY) manage.py restore_site "$(BACKUP)"

clean: ## Remove the virtualenv, the SQLite database, collected static files, media and private files
	rm -rf $(VENV) db.sqlite3 staticfiles media private .pytest_cache
