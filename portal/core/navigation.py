"""Site-wide navigation (home pages, menus, footers), built once and kept in the cache.

Every public page shows the same header and footer: building them costs several queries,
so they are computed for all languages at once and cached (Redis in production, shared by
every app server). Publishing, moving or deleting a page, or editing the footer, changes
the cache version: the next request rebuilds them.

Each process also keeps what it read (and the HTML of the header's and footer's pieces,
``fragment``) in memory under the same version: a request reads the version once from the
shared cache and nothing else, and a change seen by any server reaches every process at
their next request, since the version they read is new.
"""

import threading
import time
import uuid
from collections import OrderedDict
from functools import reduce
from operator import or_

from django.conf import settings
from django.core.cache import cache
from django.db.models import Q

from wagtail.models import Page, Site

VERSION_KEY = "portal:navigation:version"
TIMEOUT = 60 * 60
# Entries a process keeps for the current version: the site-wide data, and per page the
# translations, the breadcrumb's ancestors and a few HTML fragments (small strings).
LOCAL_ENTRIES = 4000
_MISSING = object()


class _LocalMemo:
    """This process's copies for one navigation version, least recently used dropped first.

    Entries of an older version are never read again: a new version empties the memo."""

    def __init__(self, size):
        self.size = size
        self.version = None
        self.entries = OrderedDict()
        self.lock = threading.Lock()

    def get(self, version, key):
        with self.lock:
            if version != self.version:
                self.version = version
                self.entries.clear()
                return _MISSING
            entry = self.entries.get(key)
            if entry is None:
                return _MISSING
            expires, value = entry
            if expires < time.time():
                del self.entries[key]
                return _MISSING
            self.entries.move_to_end(key)
            return value

    def set(self, version, key, value, expires):
        with self.lock:
            if version != self.version:
                self.version = version
                self.entries.clear()
            self.entries[key] = (expires, value)
            self.entries.move_to_end(key)
            while len(self.entries) > self.size:
                self.entries.popitem(last=False)


_local = _LocalMemo(LOCAL_ENTRIES)


def invalidate(*args, **kwargs):
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)


def _version(request=None):
    """The navigation's version; read once per request (a request does not see its own
    publication: the admin's publishing requests render no public page afterwards)."""
    if request is not None:
        version = request.__dict__.get("_portal_navigation_version")
        if version is not None:
            return version
    version = cache.get(VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex
        cache.add(VERSION_KEY, version, None)
        version = cache.get(VERSION_KEY, version)
    if request is not None:
        request.__dict__["_portal_navigation_version"] = version
    return version


def _page_data(page, request):
    return {
        "id": page.pk,
        "title": page.title,
        "url": page.get_url(request),
        "path": page.path,
        "language": page.locale.language_code,
    }


def _build(site, request):
    from portal.core.models import SiteFooter

    homes = {
        page.locale.language_code: page
        for page in Page.objects.live()
        .filter(translation_key=site.root_page.translation_key)
        .select_related("locale")
    }
    menus = {code: [] for code in homes}
    if homes:
        children = (
            Page.objects.live()
            .in_menu()
            .filter(reduce(or_, (Q(path__startswith=home.path) for home in homes.values())))
            .filter(depth=site.root_page.depth + 1)
            .select_related("locale")
            .order_by("path")
        )
        for child in children:
            menus.setdefault(child.locale.language_code, []).append(_page_data(child, request))

    footers = {}
    footer_rows = SiteFooter.objects.select_related("locale").prefetch_related("links__page")
    for footer in footer_rows:
        footers[footer.locale.language_code] = {
            "name": footer.name,
            "tagline": footer.tagline,
            "organisation": footer.organisation,
            "address_lines": [line for line in footer.address.splitlines() if line.strip()],
            "email": footer.email,
            "phone": footer.phone,
            "contact_hours": footer.contact_hours,
            "link_keys": [link.page.translation_key for link in footer.links.all()],
        }
    link_keys = {key for footer in footers.values() for key in footer["link_keys"]}
    link_pages = {}
    if link_keys:
        for page in (
            Page.objects.live().filter(translation_key__in=link_keys).select_related("locale")
        ):
            link_pages[(page.translation_key, page.locale.language_code)] = _page_data(
                page, request
            )
    return {
        "homes": {code: _page_data(page, request) for code, page in homes.items()},
        "menus": menus,
        "footers": footers,
        "link_pages": link_pages,
    }


def cached(name, build, request):
    """``build(site, request)`` for the request's site, kept until the next publication.

    For anything built from published pages (menus, footers, figures): the cache version
    changes whenever a page is published, unpublished, moved or deleted.

    The data is shared by every request of the process (kept in memory until the version
    changes or its hour is over): ``build`` returns plain values that no caller changes.
    """
    memo = request.__dict__.setdefault("_portal_cached", {})
    if name in memo:
        return memo[name]
    site = Site.find_for_request(request)
    if site is None:
        return None
    version = _version(request)
    # The shared copy holds its expiry: a process keeps it no longer than the cache does.
    key = f"portal:data:{name}:{site.pk}:{version}"
    data = _local.get(version, key)
    if data is _MISSING:
        entry = cache.get(key)
        if entry is None:
            expires = time.time() + TIMEOUT
            data = build(site, request)
            cache.set(key, (expires, data), TIMEOUT)
        else:
            expires, data = entry
        _local.set(version, key, data, expires)
    memo[name] = data
    return data


def local(request, key, build):
    """``build()``, kept in this process's memory until the navigation changes (never in the
    shared cache: for what one query or one rendering rebuilds, per page or per language).

    ``key`` is a tuple; the request's site is added to it. Previews are never kept: they
    show a draft under the live page's id."""
    if request is None or getattr(request, "is_preview", False):
        return build()
    site = Site.find_for_request(request)
    version = _version(request)
    full_key = ("local", site.pk if site else None, *key)
    value = _local.get(version, full_key)
    if value is _MISSING:
        value = build()
        _local.set(version, full_key, value, time.time() + TIMEOUT)
    return value


def site_navigation(request):
    """Navigation of the request's site, for every language. No query when cached."""
    return cached("navigation", _build, request) or {
        "homes": {},
        "menus": {},
        "footers": {},
        "link_pages": {},
    }


def home_page(request, language_code):
    homes = site_navigation(request)["homes"]
    return homes.get(language_code) or homes.get(settings.LANGUAGE_CODE)


def menu(request, language_code):
    return site_navigation(request)["menus"].get(language_code, [])


def footer(request, language_code):
    """The footer of the language (the French one when it has none), links localised."""
    data = site_navigation(request)
    footers = data["footers"]
    chosen = footers.get(language_code) or footers.get(settings.LANGUAGE_CODE)
    if chosen is None:
        return None, []
    links = []
    for key in chosen["link_keys"]:
        page = data["link_pages"].get((key, language_code)) or data["link_pages"].get(
            (key, settings.LANGUAGE_CODE)
        )
        if page is not None:
            links.append(page)
    return chosen, links
