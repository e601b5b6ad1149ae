"""Test settings: fast hashing, in-memory cache and e-mail, tasks run at once."""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403

SECRET_KEY = "test-only-not-secret"
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Tasks run as soon as they are enqueued, that is when the transaction commits.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http"
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "renditions": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "renditions",
    },
    "pages": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "pages",
    },
}
# Pages are rendered afresh in tests; tests/portal/test_page_cache.py turns the whole-page
# cache on where it is what they test (and the browser tests run with production's).
PAGE_CACHE_SECONDS = 0
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
WAGTAILADMIN_BASE_URL = "http://testserver"
# Serve static files straight from the apps, no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# The second factor is asked of the coordination only, so that the référents' tests stay
# simple; tests/members/test_second_factor.py checks the production list.
MEMBERS_SECOND_FACTOR_PERMISSIONS = ["members.decide_application"]
# Proposal attachments go to a temporary folder, not to the project's private/.
PRIVATE_MEDIA_ROOT = Path(tempfile.gettempdir()) / "ambassadeurs-test-private"
