"""Purging the caches in front of the app servers (Varnish, a CDN), through Wagtail's
``wagtail.contrib.frontend_cache`` (``WAGTAILFRONTENDCACHE``, set from the environment).

A URL given to a backend is either one page (``https://site/fr/agenda/``) or a prefix written
with a final ``*`` (``https://site/*``: everything, query strings included), the convention of
CloudFront and Azure. Wagtail's HTTP backend can only ``PURGE`` one URL; ``VarnishBackend``
sends a ``BAN`` whose ``X-Ban-Pattern`` header is a regular expression over path and query,
which our VCL (``deploy/``) turns into a ban: a publish can then drop every cached page at
once, as it does in the app's own cache.

Purges go through Wagtail's task (django-tasks: the worker sends them), enqueued when the
transaction that changed the content commits, so that a cache cannot fetch the old content
again between the purge and the commit.
"""

import logging
import re
from urllib.error import HTTPError, URLError
from urllib.parse import urlsplit
from urllib.request import Request, urlopen

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

from wagtail.contrib.frontend_cache.backends import HTTPBackend
from wagtail.contrib.frontend_cache.tasks import purge_urls_from_cache_task
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

from django_tasks import task

logger = logging.getLogger("wagtail.frontendcache")


def configured():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def ban_pattern(url):
    """The regular expression over path and query that a purge of ``url`` bans."""
    parts = urlsplit(url)
    path = parts.path or "/"
    if path.endswith("*"):
        return "^" + re.escape(path[:-1])
    if parts.query:
        path = f"{path}?{parts.query}"
    return "^" + re.escape(path) + "$"


class BanRequest(Request):
    def get_method(self):
        return "BAN"


class VarnishBackend(HTTPBackend):
    """``BAN`` requests to Varnish, one per URL or prefix (``LOCATION``: Varnish itself,
    reached directly, not through another proxy)."""

    def purge(self, url):
        parts = urlsplit(url)
        host = parts.hostname or ""
        if parts.port:
            host += f":{parts.port}"
        request = BanRequest(
            url=f"{self.cache_scheme}://{self.cache_netloc}/",
            headers={"Host": host, "X-Ban-Pattern": ban_pattern(url)},
        )
        try:
            urlopen(request, timeout=10)  # LOCATION comes from the settings
        except HTTPError as error:
            logger.error("Varnish refused to ban %s: %d %s", url, error.code, error.reason)
        except (URLError, OSError) as error:
            logger.error("Varnish could not be reached to ban %s: %s", url, error)


def purge(urls):
    """Purge ``urls`` (full URLs, or prefixes ending in ``*``) once the transaction commits."""
    urls = list(urls)
    if urls and configured():
        transaction.on_commit(lambda: purge_urls_from_cache(urls))


def purge_everything():
    """Every page of every site, when published content changed."""
    if not configured():
        return
    from wagtail.models import Site

    purge(f"{site.root_url}/*" for site in Site.objects.all())


# A purge waiting for the worker is not enqueued again: 200 registrations to one session, or
# an afternoon of logged actions, each change the same pages; one purge that runs after them
# covers them all. The mark is dropped by the task *before* it purges, so a change committed
# while the purge runs enqueues the next one. It expires on its own, should a worker lose it.
PENDING_SECONDS = 5 * 60


def _pending_key(name):
    return f"frontendcache:pending:{name}"


def _enqueue_once(name, enqueue):
    """``enqueue()`` unless a purge named ``name`` is already waiting (any app server)."""
    if cache.add(_pending_key(name), True, PENDING_SECONDS):
        enqueue()


@task()
def purge_translations_task(translation_key):
    from wagtail.models import Page

    cache.delete(_pending_key(f"translations:{translation_key}"))
    pages = Page.objects.live().filter(translation_key=translation_key)
    urls = [url for url in (page.get_full_url() for page in pages) if url]
    # Already in the worker: purge now rather than enqueue Wagtail's task.
    purge_urls_from_cache_task.call(urls)


@task()
def purge_home_pages_task():
    from wagtail.models import Site

    cache.delete(_pending_key("home-pages"))
    for site in Site.objects.select_related("root_page"):
        purge_translations_task.call(str(site.root_page.translation_key))


def purge_home_pages():
    """Every site's home page in every language (the live key figures), on commit; once
    while a purge of them waits for the worker."""
    if configured():
        transaction.on_commit(lambda: _enqueue_once("home-pages", purge_home_pages_task.enqueue))


def purge_translations(translation_key):
    """The live pages sharing ``translation_key`` (a page in every language), once the
    transaction commits and once while a purge of them waits; their URLs are looked up by the
    worker, not by the request."""
    if configured():
        key = str(translation_key)
        transaction.on_commit(
            lambda: _enqueue_once(
                f"translations:{key}", lambda: purge_translations_task.enqueue(key)
            )
        )
