"""The production settings serving the benchmark's URLs (the site plus a bare Django view,
bench/urls.py): bench/pages.py starts gunicorn with them, so that the bare view is answered
by the same processes, middleware and settings as the pages it is compared with."""

from portal.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
