"""Production settings: every secret and host comes from the environment.

Required: SECRET_KEY, ALLOWED_HOSTS, DATABASE_URL. Optional: REDIS_URL, EMAIL_URL
(smtp://user:password@host:587, or EMAIL_HOST/EMAIL_PORT/...), TASKS_BACKEND (the
database backend by default: run `manage.py db_worker`), MEDIA_ROOT, STATIC_ROOT,
CSRF_TRUSTED_ORIGINS, WAGTAILADMIN_BASE_URL, SECURE_SSL_REDIRECT, TRUSTED_PROXY_COUNT (the
number of proxies of ours in front of the app server, each adding to X-Forwarded-For: 1 behind
one nginx; the throttles count the client's IP from it; 0, the default, ignores the header).
"""

import os
from urllib.parse import unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env_bool, file_caches

DEBUG = False

if not SECRET_KEY:  # noqa: F405
    raise ImproperlyConfigured("Set the SECRET_KEY environment variable.")
if os.environ.get("AWS_STORAGE_BUCKET_NAME") and not os.environ.get("AWS_PRIVATE_BUCKET_NAME"):
    # Attachments on one server's disk would be missing on the others.
    raise ImproperlyConfigured("Set AWS_PRIVATE_BUCKET_NAME too: the attachments' bucket.")

# Behind a TLS-terminating proxy.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# The load balancer asks each app server over plain HTTP (portal/core/health.py).
SECURE_REDIRECT_EXEMPT = [r"^health/$"]
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)

if not os.environ.get("REDIS_URL"):
    # Without Redis, a cache on disk is still shared by the app server's workers (an edit
    # in the admin must rebuild every worker's menus). Several servers need REDIS_URL.
    CACHES = file_caches(os.environ.get("CACHE_DIR", "/tmp/ambassadeurs-cache"))

_email_url = os.environ.get("EMAIL_URL")
if _email_url:
    _parts = urlsplit(_email_url)
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = _parts.hostname or "localhost"
    EMAIL_PORT = _parts.port or 587
    EMAIL_HOST_USER = unquote(_parts.username or "")
    EMAIL_HOST_PASSWORD = unquote(_parts.password or "")
    EMAIL_USE_TLS = _parts.scheme in {"smtp+tls", "submission"} or EMAIL_PORT == 587
    EMAIL_USE_SSL = _parts.scheme == "smtps"
elif os.environ.get("EMAIL_FILE_PATH"):
    # E-mails written to files: `make serve` on a laptop, and the browser journeys read
    # the verification link from them.
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = os.environ["EMAIL_FILE_PATH"]
elif os.environ.get("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = os.environ["EMAIL_HOST"]
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)

LOGGING["root"]["level"] = os.environ.get("LOG_LEVEL", "INFO")  # noqa: F405
