"""Base settings: safe by default.

DEBUG is off and secrets come from the environment; ``dev.py`` relaxes what a
developer's laptop needs, ``production.py`` hardens the rest.
"""

import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "portal.core",
    "portal.demo",
    "home",
    "pages",
    "members",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "csp",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Anonymous visitors' public pages from the cache, before the session is looked at.
    "portal.core.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.core.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "portal.core.privacy_headers.PrivateCacheControlMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "members.middleware.RequireSecondFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "portal.core.middleware.ContentSecurityPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "members.context_processors.member",
            ],
        },
    },
]

# Every form field with the input hints of its type (dir="ltr" on Arabic pages, inputmode,
# autocomplete): portal/core/form_rendering.py.
FORM_RENDERER = "portal.core.form_rendering.FormRenderer"

# Database: DATABASE_URL when set (postgres://… in production), SQLite otherwise so that
# the demo runs with nothing installed.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Wait rather than fail when two requests write at once; take the write lock at the
    # start of a transaction so that a read-then-write never deadlocks.
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"timeout": 20, "transaction_mode": "IMMEDIATE"}
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    # Ours: its message is in our catalogues (members/passwords.py says why).
    {"NAME": "members.passwords.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

AUTHENTICATION_BACKENDS = [
    "allauth.account.auth_backends.AuthenticationBackend",
]

# Accounts (django-allauth): the e-mail address is the login and is verified before the
# first login; failed logins are throttled (by address and by IP, in the cache); the Wagtail
# admin logs in through the same view, so throttling and the second factor apply there too.
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = "username"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_RATE_LIMITS = {
    # Five failed logins for one address in 15 minutes, or twenty from one IP per minute.
    "login_failed": "20/m/ip,5/15m/key",
    # Every POST of the e-mail page (change the address, send the link again, cancel): each
    # change mails a new address. Ten an hour per account, thirty per IP (allauth: 10/m/user).
    "manage_email": "10/h/user,30/h/ip",
}
ACCOUNT_SESSION_REMEMBER = None
# How many proxies of ours write X-Forwarded-For in front of the app: the client's IP, for
# every throttle (allauth's and members/throttle.py's), is the one the outermost wrote. 0 (the
# default): the header is ignored and REMOTE_ADDR counts, as anyone can forge the header.
ALLAUTH_TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_ADAPTER = "members.adapters.AccountAdapter"
ACCOUNT_FORMS = {"signup": "members.people.forms.ApplicationSignupForm"}
ACCOUNT_DEFAULT_HTTP_PROTOCOL = os.environ.get("ACCOUNT_DEFAULT_HTTP_PROTOCOL", "https")
ACCOUNT_EMAIL_UNKNOWN_ACCOUNTS = False
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "members:dashboard"
WAGTAILADMIN_LOGIN_URL = "account_login"
# Wagtail's private pages and documents send visitors to our login too (a URL name:
# Wagtail passes it to Django's redirect_to_login, which resolves it); its own front-end
# login, /<language>/_util/login/, only redirects there (portal/urls.py).
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Ambassadeurs santé"
# Sessions end after a week at most, or when the browser closes unless the member ticks
# « Rester connecté·e ».
SESSION_COOKIE_AGE = 7 * 24 * 60 * 60

# Background tasks (django-tasks, which Wagtail ships with): e-mails are enqueued when the
# transaction commits. The database backend needs a worker: `manage.py db_worker`.
TASKS = {
    "default": {
        "BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
    }
}

# Languages: French first, English, Arabic (right to left).
LANGUAGE_CODE = "fr"
LANGUAGES = [
    ("fr", "Français"),
    ("en", "English"),
    ("ar", "العربية"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Let Django serve uploaded images (development and `make serve`); in production the
# proxy or the object storage does.
SERVE_MEDIA = env_bool("SERVE_MEDIA", False)
# Attachments of project proposals: outside MEDIA_ROOT and never served by a URL, only
# through a view that checks permissions (members/proposals/files.py).
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "private"))
PROPOSAL_ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024
PROPOSAL_ATTACHMENT_MAX_FILES = 5
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Proposals' attachments: PRIVATE_MEDIA_ROOT, no URL (members/proposals/private_files.py).
    "private": {"BACKEND": "members.proposals.private_files.PrivateStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Backups (manage.py backup_site / restore_site, docs/backups.md): the storages saved with the
# database, read through the storage API (folders or buckets alike), and the tables whose
# rows the manifest counts, checked again after a restore.
BACKUP_STORAGES = ["default", "private"]
BACKUP_COUNTED_MODELS = [
    "wagtailcore.Page",
    "wagtailimages.Image",
    "wagtaildocs.Document",
    "auth.User",
    "members.Registration",
    "members.Proposal",
    "members.Attachment",
    "members.Action",
]
# Several app servers: uploads on an S3-compatible store, public media in one bucket (linked
# as /media/…, fetched by the proxy: portal/core/storages.py), attachments in another, with no
# URL (members/proposals/private_s3.py).
# Keys: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, read by boto3 (or the machine's role).
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    STORAGES["default"] = {
        "BACKEND": "portal.core.storages.PublicMediaStorage",
        "OPTIONS": {"bucket_name": os.environ["AWS_STORAGE_BUCKET_NAME"]},
    }
if os.environ.get("AWS_PRIVATE_BUCKET_NAME"):
    STORAGES["private"] = {
        "BACKEND": "members.proposals.private_s3.PrivateS3Storage",
        "OPTIONS": {"bucket_name": os.environ["AWS_PRIVATE_BUCKET_NAME"]},
    }
AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None
AWS_S3_REGION_NAME = os.environ.get("AWS_S3_REGION_NAME") or None
AWS_S3_ADDRESSING_STYLE = os.environ.get("AWS_S3_ADDRESSING_STYLE") or None
# Two uploads named alike keep both files (django-storages overwrites by default); the
# buckets' policies decide who reads, not per-object ACLs.
AWS_S3_FILE_OVERWRITE = False
AWS_DEFAULT_ACL = None

# "default" holds the navigation (portal.core.navigation), throttles and figures;
# "renditions" remembers image renditions (Wagtail looks for that alias); "pages" holds whole
# pages for anonymous visitors (portal.core.page_cache). Redis in production, shared by every
# app server; without it, memory of one process.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "ambassadeurs",
    },
    "renditions": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "ambassadeurs-renditions",
    },
    "pages": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "ambassadeurs-pages",
        "OPTIONS": {"MAX_ENTRIES": 5_000},
    },
}


def file_caches(folder):
    """The same aliases on disk, shared by every process of one machine."""
    return {
        alias: {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(Path(folder) / alias),
            "OPTIONS": {"MAX_ENTRIES": 10_000 if alias == "pages" else 300},
        }
        for alias in CACHES
    }


if os.environ.get("REDIS_URL"):
    # Sessions too ("sessions"), read from Redis by every app server and written through to
    # the database (cached_db): a flushed, evicted or restarted Redis signs no one out.
    CACHES["sessions"] = {}
    for alias in CACHES:
        CACHES[alias] = {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": f"ambassadeurs:{alias}",
        }
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    SESSION_CACHE_ALIAS = "sessions"

# Whole public pages for anonymous visitors are kept at most this long (seconds; 0: off),
# and dropped sooner when what they show changes (portal/core/page_cache.py, docs/caching.md).
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
# Caches in front of the app servers, purged with the pages: Varnish (VARNISH_URL, reached
# directly, e.g. http://127.0.0.1:6081) and/or CloudFront (CLOUDFRONT_DISTRIBUTION_ID).
WAGTAILFRONTENDCACHE = {}
if os.environ.get("VARNISH_URL"):
    WAGTAILFRONTENDCACHE["varnish"] = {
        "BACKEND": "portal.core.frontend_cache.VarnishBackend",
        "LOCATION": os.environ["VARNISH_URL"],
    }
if os.environ.get("CLOUDFRONT_DISTRIBUTION_ID"):
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": os.environ["CLOUDFRONT_DISTRIBUTION_ID"],
    }
# Our pages have a URL of their own in each language (translated slugs): we purge each one,
# Wagtail must not rewrite /fr/ into /en/.
WAGTAILFRONTENDCACHE_LANGUAGES = []

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Ambassadeurs santé <ne-pas-repondre@ambassadeurs-sante.lille.fr>"
)

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Content Security Policy: nothing from outside hosts on public and member pages.
# The Wagtail admin does not run under a strict policy; it gets a relaxed one
# (see portal.core.middleware).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["'none'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
CONTENT_SECURITY_POLICY_ADMIN = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'", "'unsafe-eval'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "frame-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
}

# The open-data API is read-only JSON.
REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
}

# Wagtail
WAGTAIL_SITE_NAME = "Ambassadeurs santé"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {
    # The database backend uses PostgreSQL's full-text search on PostgreSQL and
    # SQLite's FTS5 on SQLite.
    "default": {"BACKEND": "wagtail.search.backends.database"},
}
# No calls to outside hosts from the site or the admin.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ALLOW_UNICODE_SLUGS = True
# Keyword slugs in URLs without accents: ?theme=prevention.
TAGGIT_STRIP_UNICODE_WHEN_SLUGIFYING = True
# Documents are served by Wagtail's view, which checks private collections; their
# storage URL (/media/documents/…) is never linked, and never served (portal/urls.py).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # 400/403/404 and django.security records: one line, no traceback (500: the traceback).
    "filters": {"one_line_4xx": {"()": "portal.core.log_filters.OneLineClientErrors"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["one_line_4xx"]},
    },
    "loggers": {
        "django.request": {"filters": ["one_line_4xx"]},
        "django.security": {"filters": ["one_line_4xx"]},
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# A second factor (TOTP) before the admin or member data, for superusers and for whoever
# holds one of these permissions ("app_label.codename", as for user.has_perm): the
# coordination and the pôles' référents (members.middleware.RequireSecondFactorMiddleware).
MEMBERS_REQUIRE_SECOND_FACTOR = env_bool("MEMBERS_REQUIRE_SECOND_FACTOR", True)
MEMBERS_SECOND_FACTOR_PERMISSIONS = [
    "members.decide_application",
    "members.view_application",
    "members.take_attendance",
]
# The admin signs in through the member area's login (throttled, second factor).
WAGTAIL_PASSWORD_RESET_ENABLED = False
