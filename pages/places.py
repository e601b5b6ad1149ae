"""Where an event takes place: its own address, else the address of its pôle, with a link to
OpenStreetMap (no embedded map, no third-party script).

A list of events reads the pôles' pages from the cache (``pages.templatetags.event_tags``):
no query more for their addresses, however many events it shows.
"""

from urllib.parse import urlencode


def openstreetmap_search_url(lines):
    """A search for an address on OpenStreetMap (its lines joined by spaces)."""
    query = " ".join(" ".join(lines).split())
    return "https://www.openstreetmap.org/search?" + urlencode({"query": query})


def address_lines(text):
    return [line.strip() for line in str(text or "").splitlines() if line.strip()]


def pole_page_data(page):
    """A pôle's page already read, as ``event_tags.pole_page_for`` gives it from the cache."""
    if page is None:
        return None
    return {
        "title": page.title,
        "url": page.url,
        "language": page.locale.language_code,
        "address_lines": address_lines(page.address),
        "map_url": page.openstreetmap_url(),
    }
