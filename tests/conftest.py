from django.core.cache import caches

import pytest

from tests.factories import home_page


@pytest.fixture
def home(db):
    """The French home page, published with its hero filled in."""
    return home_page()


@pytest.fixture(autouse=True)
def fresh_caches():
    """Each test starts with empty caches: menus, and the counters of the login and
    sign-up rate limits, which would otherwise carry over from test to test."""
    for cache in caches.all():
        cache.clear()
    yield


def pytest_collection_modifyitems(config, items):
    """Browser journeys run last: they start a server and a browser once for all."""
    items.sort(key=lambda item: "tests/e2e/" in str(item.path).replace("\\", "/"))
