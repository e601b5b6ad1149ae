"""Whole public pages for anonymous visitors, answered from the cache without the database.

A visitor without a session (no ``sessionid``, no ``messages`` cookie) asking for a public page
(the page tree, search, sitemap, robots.txt) with GET or HEAD gets the copy rendered for the
first such visitor, until one of the things it was built from changes. Signed-in members,
previews (rendered by the admin, never here), POSTs, pages with messages and pages that carry a
CSRF token (the contact form: its response sets the CSRF cookie) are never stored.

What a copy depends on is a set of *tags*, each with a version kept in the cache: ``site``
(every published page, footer, image… — bumped on publish, unpublish, move, delete and
snippet edits), and the tags a page adds while it renders (``depends_on``: the seats of one
training's sessions, the home page's key figures). Bumping a tag (``invalidate``, on commit)
makes every copy built with its old version stale at once, on every app server sharing the
cache (Redis in production). A page that changes by itself at a known moment (a call closes,
registrations open) says so with ``valid_until``; no copy outlives ``PAGE_CACHE_SECONDS``.

Copies carry ``Cache-Control: public, max-age=0, s-maxage=…, must-revalidate``, an ``ETag``
and ``Last-Modified``: browsers revalidate (304), Varnish or a CDN keep them for s-maxage and
are purged with the tags (``portal.core.frontend_cache``).
"""

import hashlib
import time
import uuid

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date

CACHE_ALIAS = "pages"
SITE = "site"
HEADER = "X-Page-Cache"
# The views whose answers may be stored: the page tree (Wagtail), search, sitemap, robots.txt.
VIEWS = {"wagtail_serve", "search", "sitemap", "robots_txt"}
NOT_HERE = ("/admin/", "/api/", "/documents/", "/static/", "/media/", "/health/")
MAX_URL = 1_000
MAX_BODY = 2 * 1024 * 1024
# Vary headers a stored copy may carry: the key already holds the URL (and so the language),
# and only requests without a session are answered from the cache.
HARMLESS_VARY = {"cookie", "accept-encoding"}


def seconds():
    """How long a copy may be kept at most; 0 turns the cache off."""
    return int(getattr(settings, "PAGE_CACHE_SECONDS", 0) or 0)


def _cache():
    return caches[CACHE_ALIAS]


def _tag_key(tag):
    return f"pagecache:tag:{tag}"


def _versions(tags):
    """The current version of each tag, made on first use (``add``: two servers agree)."""
    cache = _cache()
    keys = {_tag_key(tag): tag for tag in tags}
    found = cache.get_many(list(keys))
    missing = [key for key in keys if key not in found]
    if missing:
        for key in missing:
            cache.add(key, uuid.uuid4().hex, None)
        found.update(cache.get_many(missing))
    return {keys[key]: found.get(key) for key in keys}


def invalidate(*tags):
    """Every copy built from the current version of one of ``tags`` is stale: now, and again
    when the transaction commits (a page rendered in between saw the old data). Frontend
    caches are purged by the caller (``portal.core.frontend_cache``)."""

    def bump():
        _cache().set_many({_tag_key(tag): uuid.uuid4().hex for tag in tags}, None)

    bump()
    transaction.on_commit(bump)


# While a page renders ---------------------------------------------------------------------


class _Recording:
    """What the page being rendered depends on, and until when it holds."""

    def __init__(self, tags, until):
        self.tags = tags
        self.until = until


def depends_on(request, *tags):
    """The page being rendered shows data that ``invalidate(tag)`` announces as changed.
    Call it before reading that data, so that a change racing the rendering is not missed."""
    recording = getattr(request, "_page_cache", None)
    if recording is None:
        return
    new = [tag for tag in tags if tag not in recording.tags]
    if new:
        recording.tags.update(_versions(new))


def valid_until(request, moment):
    """The page being rendered changes by itself at ``moment`` (an aware datetime, or None):
    no copy of it is served after that."""
    recording = getattr(request, "_page_cache", None)
    if recording is None or moment is None:
        return
    recording.until = min(recording.until, moment.timestamp())


# The middleware ---------------------------------------------------------------------------


def _is_anonymous(request):
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME not in cookies and "messages" not in cookies


def _applies(request):
    return (
        seconds() > 0
        and request.method in ("GET", "HEAD")
        and _is_anonymous(request)
        and not request.path_info.startswith(NOT_HERE)
        and len(request.get_full_path()) <= MAX_URL
    )


def _key(request):
    url = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    return "pagecache:page:" + hashlib.sha256(url.encode("utf-8", "surrogateescape")).hexdigest()


def _storable(request, response):
    match = getattr(request, "resolver_match", None)
    if (
        response.status_code != 200
        or response.streaming
        or response.cookies
        or match is None
        or match.url_name not in VIEWS
        or getattr(request, "is_preview", False)
        or len(response.content) > MAX_BODY
    ):
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(word in cache_control for word in ("private", "no-store", "no-cache")):
        return False
    vary = {part.strip().lower() for part in response.get("Vary", "").split(",") if part.strip()}
    if not vary <= HARMLESS_VARY:
        return False
    # Belt and braces: a form's CSRF token is never shared between visitors.
    return b"csrfmiddlewaretoken" not in response.content


def _cache_headers(response, etag, created, expires):
    response["ETag"] = etag
    response["Last-Modified"] = http_date(created)
    remaining = max(0, int(expires - time.time()))
    response["Cache-Control"] = f"public, max-age=0, s-maxage={remaining}, must-revalidate"
    patch_vary_headers(response, ("Cookie",))


class PageCacheMiddleware:
    """Place it right after WhiteNoise: a copy is answered before the session, the user,
    CSRF or the locale are looked at (the copy already holds the headers they set)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _applies(request):
            return self.get_response(request)
        key = _key(request)
        entry = _cache().get(key)
        if entry is not None and self._fresh(entry):
            return self._answer(request, entry)
        started = time.time()
        request._page_cache = _Recording(_versions([SITE]), started + seconds())
        response = self.get_response(request)
        if _storable(request, response):
            entry = self._store(key, request._page_cache, response, started)
            if entry is not None:
                _cache_headers(response, entry["etag"], entry["created"], entry["expires"])
                response[HEADER] = "miss"
                return get_conditional_response(
                    request,
                    etag=entry["etag"],
                    last_modified=int(entry["created"]),
                    response=response,
                )
        return response

    @staticmethod
    def _fresh(entry):
        if entry["expires"] <= time.time():
            return False
        return _cache().get_many([_tag_key(tag) for tag in entry["tags"]]) == {
            _tag_key(tag): version for tag, version in entry["tags"].items()
        }

    @staticmethod
    def _store(key, recording, response, started):
        if any(version is None for version in recording.tags.values()):
            return None
        timeout = int(recording.until - started)
        if timeout < 1:
            return None
        content = response.content
        entry = {
            "status": response.status_code,
            "headers": [
                (name, value)
                for name, value in response.items()
                if name.lower() not in ("set-cookie", "cache-control", HEADER.lower())
            ],
            "content": content,
            "tags": recording.tags,
            "created": started,
            "expires": recording.until,
            "etag": '"' + hashlib.sha256(content).hexdigest()[:40] + '"',
        }
        _cache().set(key, entry, timeout)
        return entry

    @staticmethod
    def _answer(request, entry):
        from django.http import HttpResponse

        response = HttpResponse(entry["content"], status=entry["status"])
        for name, value in entry["headers"]:
            response[name] = value
        _cache_headers(response, entry["etag"], entry["created"], entry["expires"])
        response[HEADER] = "hit"
        return get_conditional_response(
            request, etag=entry["etag"], last_modified=int(entry["created"]), response=response
        )
