import datetime

from django.core.exceptions import ValidationError
from django.utils import timezone

import pytest
from bs4 import BeautifulSoup

from pages.choices import CallStatus
from tests.factories import FundingCallIndexPageFactory, FundingCallPageFactory

pytestmark = pytest.mark.django_db

OPENS = datetime.datetime(2027, 3, 1, 9, 0, tzinfo=datetime.UTC)
CLOSES = datetime.datetime(2027, 4, 15, 12, 0, tzinfo=datetime.UTC)
SECOND = datetime.timedelta(seconds=1)


@pytest.fixture
def call(home):
    index = FundingCallIndexPageFactory(parent=home)
    return FundingCallPageFactory(parent=index, opens_at=OPENS, closes_at=CLOSES)


@pytest.mark.parametrize(
    ("moment", "status"),
    [
        (OPENS - SECOND, CallStatus.UPCOMING),
        (OPENS, CallStatus.OPEN),
        (CLOSES - SECOND, CallStatus.OPEN),
        (CLOSES, CallStatus.CLOSED),
        (CLOSES + datetime.timedelta(days=300), CallStatus.CLOSED),
    ],
)
def test_status_at_the_boundaries(call, moment, status):
    assert call.status(moment) == status


def test_closing_before_opening_is_refused(home):
    call = FundingCallPageFactory.build(opens_at=CLOSES, closes_at=OPENS)
    with pytest.raises(ValidationError) as error:
        call.clean()
    assert "closes_at" in error.value.message_dict


def test_a_maximum_above_the_envelope_is_refused(home):
    call = FundingCallPageFactory.build(
        opens_at=OPENS, closes_at=CLOSES, envelope=10_000, max_per_project=12_000
    )
    with pytest.raises(ValidationError) as error:
        call.clean()
    assert set(error.value.message_dict) == {"max_per_project"}
    call.max_per_project = 10_000
    call.clean()


def test_an_open_call_shows_the_proposal_button(client, home):
    index = FundingCallIndexPageFactory(parent=home)
    now = timezone.now()
    open_call = FundingCallPageFactory(
        parent=index,
        title="Appel ouvert",
        opens_at=now - datetime.timedelta(days=1),
        closes_at=now + datetime.timedelta(days=10),
    )
    closed_call = FundingCallPageFactory(
        parent=index,
        title="Appel clos",
        opens_at=now - datetime.timedelta(days=100),
        closes_at=now - datetime.timedelta(days=10),
    )
    page = BeautifulSoup(client.get(open_call.url).content, "html.parser")
    button = page.find("a", string="Proposer un projet")
    assert button["href"] == f"/fr/espace-membre/appels/{open_call.translation_key}/proposer/"
    assert page.select_one(".status--open")
    closed = BeautifulSoup(client.get(closed_call.url).content, "html.parser")
    assert closed.find("a", string="Proposer un projet") is None
    assert "Clos depuis le" in closed.select_one(".status--closed").get_text()
    # The list shows open calls first.
    listing = BeautifulSoup(client.get(index.url).content, "html.parser")
    assert [a.get_text() for a in listing.select(".card__title a")] == [
        "Appel ouvert",
        "Appel clos",
    ]


def test_amounts_are_written_with_thousands_separated(client, home):
    index = FundingCallIndexPageFactory(parent=home)
    call = FundingCallPageFactory(parent=index, envelope=40_000, max_per_project=5_000)
    page = BeautifulSoup(client.get(call.url).content, "html.parser")
    amounts = [dd.get_text(strip=True) for dd in page.select("dd") if "€" in dd.get_text()]
    # A narrow no-break space between thousands, a no-break space before the sign.
    assert amounts == ["40\u202f000\xa0€", "5\u202f000\xa0€"]
    listing = BeautifulSoup(client.get(index.url).content, "html.parser")
    assert "jusqu’à 5\u202f000\xa0€ par projet" in listing.select_one(".card__meta").get_text()
