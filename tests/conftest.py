import pytest

from tests.factories import home_page


@pytest.fixture
def home(db):
    """The French home page, published with its hero filled in."""
    return home_page()


def pytest_collection_modifyitems(config, items):
    """Browser journeys run last: they start a server and a browser once for all."""
    items.sort(key=lambda item: "tests/e2e/" in str(item.path).replace("\\", "/"))
