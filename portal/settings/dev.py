"""Development settings: a laptop with nothing installed (SQLite, console e-mail)."""

import os

from .base import *  # noqa: F403
from .base import env_bool, env_list, file_caches

DEBUG = True
# A fixed key is fine on a laptop; production refuses to start without SECRET_KEY.
SECRET_KEY = "dev-only-not-secret-ambassadeurs-sante"
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
# Serve static files straight from the apps, no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# E-mails are printed in the terminal and sent at once: no worker to start on a laptop.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http"
# The demo coordinator can work without an authenticator app on a laptop.
MEMBERS_REQUIRE_SECOND_FACTOR = env_bool("MEMBERS_REQUIRE_SECOND_FACTOR", False)
# Templates and content change under a developer's eyes: no whole-page cache unless asked.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "0"))
if os.environ.get("CACHE_DIR"):
    # The caches of a production-like server on this machine (`make serve`): a command run
    # beside it (the browser tests' setup) then rebuilds its menus and pages as it should.
    CACHES = file_caches(os.environ["CACHE_DIR"])
