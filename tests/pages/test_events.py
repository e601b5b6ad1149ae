"""The agenda: dates and repetitions, upcoming and past views, filters, iCal."""

import datetime
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError

import pytest
from bs4 import BeautifulSoup
from icalendar import Calendar

from portal.core.time import local_today
from tests.factories import EventIndexPageFactory, EventPageFactory, pole, translate_page

pytestmark = pytest.mark.django_db
PARIS = ZoneInfo("Europe/Paris")


def days(n):
    return local_today() + datetime.timedelta(days=n)


def listed(response):
    page = BeautifulSoup(response.content, "html.parser")
    return [a.get_text(strip=True) for a in page.select(".event-list .card__title a")]


@pytest.fixture
def agenda(home):
    return EventIndexPageFactory(parent=home)


@pytest.fixture
def events(agenda):
    return {
        "stand": EventPageFactory(
            parent=agenda,
            title="Stand au marché",
            start_date=days(3),
            start_time=datetime.time(9),
            end_time=datetime.time(12),
            category="stand",
            pole=pole("wazemmes"),
            place_name="",
        ),
        "fair": EventPageFactory(
            parent=agenda,
            title="Kermesse santé",
            start_date=days(40),
            category="health_fair",
            pole=pole("moulins"),
        ),
        "meeting": EventPageFactory(
            parent=agenda,
            title="Réunion des partenaires",
            start_date=days(-20),
            start_time=datetime.time(14),
            end_time=datetime.time(16),
            category="pole_meeting",
            pole=pole("fives"),
            place_name="",
            recurrence="weekly",
            recurrence_interval=6,
            recurrence_until=days(345),
        ),
        "past": EventPageFactory(
            parent=agenda,
            title="Atelier passé",
            start_date=days(-10),
            category="workshop",
        ),
    }


class TestDates:
    def test_a_repeating_event_shows_its_next_dates(self, events):
        meeting = events["meeting"]
        dates = meeting.occurrence_dates(local_today())
        assert dates == [days(-20 + 42 * n) for n in range(1, 6)]
        assert meeting.next_date() == days(22)

    def test_repetition_stops_at_its_end(self, events):
        meeting = events["meeting"]
        assert meeting.last_date() == days(-20 + 42 * 8)
        assert meeting.occurrence_dates(days(340)) == []

    def test_monthly_repetition(self, agenda):
        event = EventPageFactory.build(
            start_date=datetime.date(2026, 1, 31), recurrence="monthly", recurrence_interval=1
        )
        # Months without a 31st are skipped, as in RFC 5545.
        assert event.occurrence_dates(datetime.date(2026, 2, 1), limit=2) == [
            datetime.date(2026, 3, 31),
            datetime.date(2026, 5, 31),
        ]

    def test_a_multi_day_event_runs_until_its_last_day(self, agenda):
        event = EventPageFactory.build(start_date=days(-2), end_date=days(1))
        assert event.next_date() == days(-2)
        assert event.end_for(event.start) == days(2)  # exclusive end of an all-day event

    def test_clean_refuses_incoherent_events(self):
        event = EventPageFactory.build(
            start_date=days(5),
            end_date=days(4),
            start_time=None,
            end_time=datetime.time(10),
            place_name="",
            pole=None,
        )
        with pytest.raises(ValidationError) as error:
            event.clean()
        assert set(error.value.message_dict) >= {"end_date", "end_time", "place_name"}


class TestListing:
    def test_upcoming_events_by_date_repeating_ones_at_their_next_date(
        self, client, agenda, events
    ):
        response = client.get(agenda.url)
        assert listed(response) == ["Stand au marché", "Réunion des partenaires", "Kermesse santé"]
        entries = response.context["entries_page"].object_list
        assert entries[1]["date"] == days(22)

    def test_past_events_latest_first_with_the_past_dates_of_a_series(self, client, agenda, events):
        response = client.get(agenda.url, {"periode": "passes"})
        # The partners' meeting repeats on: its first date, 20 days ago, is in the past too.
        assert listed(response) == ["Atelier passé", "Réunion des partenaires"]
        entries = response.context["entries_page"].object_list
        assert [entry["date"] for entry in entries] == [days(-10), days(-20)]

    def test_a_series_over_for_today_but_not_ended_is_not_upcoming(self, agenda):
        # Every 6 weeks from 50 days ago until tomorrow: the last date was 8 days ago.
        event = EventPageFactory(
            parent=agenda,
            title="Série finie",
            start_date=days(-50),
            recurrence="weekly",
            recurrence_interval=6,
            recurrence_until=days(1),
            pole=pole("lille-sud"),
        )
        soon = EventPageFactory(
            parent=agenda, title="Bientôt", start_date=days(5), pole=pole("lille-sud")
        )
        assert event.next_date() is None
        assert event.last_date_before(local_today()) == days(-8)
        upcoming = EventPageFactory._meta.model.upcoming_for_pole(event.pole_id, event.locale_id)
        assert upcoming == [(days(5), soon)]

    def test_another_language_lists_its_events_and_the_french_ones_not_yet_translated(
        self, client, agenda, events
    ):
        arabic_agenda = translate_page(agenda, "ar", slug="agenda")
        translate_page(events["stand"], "ar", title="جناح في السوق")
        page = BeautifulSoup(client.get(arabic_agenda.url).content, "html.parser")
        titles = page.select(".event-list .card__title a")
        # The stand once, in Arabic; the others in French, marked as such for screen readers.
        assert [(a.get_text(strip=True), a.get("lang")) for a in titles] == [
            ("جناح في السوق", None),
            ("Réunion des partenaires", "fr"),
            ("Kermesse santé", "fr"),
        ]
        assert len(page.select(".event-list .card__lang .badge")) == 2
        # The French agenda is not affected by the translation.
        assert listed(client.get(agenda.url)) == [
            "Stand au marché",
            "Réunion des partenaires",
            "Kermesse santé",
        ]
        # The Arabic feed holds the same events, the stand under one UID for both languages.
        feed = parse(client.get(arabic_agenda.url + "ical/"))
        uids = [str(event["UID"]) for event in feed.walk("VEVENT")]
        assert len(uids) == len(set(uids)) == 4  # with the past workshop

    def test_filter_by_pole(self, client, agenda, events):
        assert listed(client.get(agenda.url, {"pole": "moulins"})) == ["Kermesse santé"]

    def test_filter_by_type(self, client, agenda, events):
        response = client.get(agenda.url, {"type": "pole_meeting"})
        assert listed(response) == ["Réunion des partenaires"]

    def test_filter_by_month(self, client, agenda, events):
        month = days(40).strftime("%Y-%m")
        response = client.get(agenda.url, {"mois": month})
        assert "Kermesse santé" in listed(response)
        assert all(
            entry["date"].strftime("%Y-%m") == month
            for entry in response.context["entries_page"].object_list
        )

    def test_filters_combine_and_count(self, client, agenda, events):
        response = client.get(agenda.url, {"pole": "fives", "type": "pole_meeting"})
        assert listed(response) == ["Réunion des partenaires"]
        pole_counts = {o["value"]: o["count"] for o in response.context["pole_options"]}
        assert pole_counts["fives"] == 1 and pole_counts["wazemmes"] == 0

    @pytest.mark.parametrize(
        "params",
        [
            {"pole": "nulle-part"},
            {"type": "concert"},
            {"mois": "2026-13"},
            {"mois": "x" * 2000},
            {"page": "abc"},
            {"page": "999"},
            {"periode": "demain"},
        ],
    )
    def test_bad_input_is_ignored(self, client, agenda, events, params):
        response = client.get(agenda.url, params)
        assert response.status_code == 200
        assert len(listed(response)) == 3

    def test_a_pole_page_lists_its_upcoming_events(self, client, home, events):
        from tests.factories import PoleIndexPageFactory, PolePageFactory

        index = PoleIndexPageFactory(parent=home)
        page = PolePageFactory(parent=index, pole=pole("fives"), title="Pôle de Fives")
        response = client.get(page.url)
        assert listed(response) == ["Réunion des partenaires"]
        assert "openstreetmap.org" in response.content.decode()

    def test_a_pole_page_offers_its_calendar_feed(self, client, home, agenda, events):
        from tests.factories import PoleIndexPageFactory, PolePageFactory

        index = PoleIndexPageFactory(parent=home)
        page = PolePageFactory(parent=index, pole=pole("fives"), title="Pôle de Fives")
        html = client.get(page.url).content.decode()
        feed = f"{agenda.url}ical/fives/"
        assert f'href="webcal://testserver{feed}"' in html
        assert f'href="{feed}" download' in html
        calendar = parse(client.get(feed))
        assert [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")] == [
            "Réunion des partenaires"
        ]


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


class TestICal:
    def test_one_event_as_an_ics_file(self, client, events):
        calendar = parse(client.get(events["stand"].url + "ics/"))
        (event,) = calendar.walk("VEVENT")
        assert str(event["SUMMARY"]) == "Stand au marché"
        assert event["UID"].startswith(str(events["stand"].translation_key))
        assert event.get("DTSTAMP") is not None
        start = event.decoded("DTSTART")
        assert start == datetime.datetime.combine(days(3), datetime.time(9), tzinfo=PARIS)
        assert start.tzinfo.key == "Europe/Paris"
        assert event.decoded("DTEND").hour == 12
        assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Paris"]

    def test_an_all_day_event_has_dates(self, client, events):
        (event,) = parse(client.get(events["fair"].url + "ics/")).walk("VEVENT")
        assert event.decoded("DTSTART") == days(40)
        assert event.decoded("DTEND") == days(41)

    def test_the_feed_holds_every_event_with_repetitions(self, client, agenda, events):
        calendar = parse(client.get(agenda.url + "ical/"))
        vevents = {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT")}
        assert len(vevents) == 4
        rule = vevents["Réunion des partenaires"]["RRULE"]
        assert rule["FREQ"] == ["WEEKLY"] and rule["INTERVAL"] == [6]
        until = rule["UNTIL"][0]
        assert until.tzinfo is not None and until.utcoffset() == datetime.timedelta(0)

    def test_a_feed_per_pole(self, client, agenda, events):
        calendar = parse(client.get(agenda.url + "ical/fives/"))
        assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == ["Réunion des partenaires"]
        assert client.get(agenda.url + "ical/atlantide/").status_code == 404

    def test_the_uid_is_the_same_in_every_language(self, client, home, agenda, events):
        translate_page(home, "en", title="Home", slug="home", hero_title="Hello")
        english = translate_page(events["stand"], "en", title="Market stand", slug="stand")
        french_uid = parse(client.get(events["stand"].url + "ics/")).walk("VEVENT")[0]["UID"]
        english_uid = parse(client.get(english.url + "ics/")).walk("VEVENT")[0]["UID"]
        assert french_uid == english_uid
