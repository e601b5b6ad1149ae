"""Closing a year (``members.reports.services.close_year`` and /admin/chiffres/annees/):
the coordination only, a past year only, once; the year's figures recomputed one last time
and frozen (later writes dated in it refused for actions, ``summary.refresh`` and
``rebuild`` leave its rows alone), the other years untouched; the audit log; the reports
then say « chiffres définitifs »."""

import datetime
import html
import io
import uuid

from django.test import Client

from wagtail.models import ModelLogEntry

import pytest
from openpyxl import load_workbook

from members import summary
from members.actions.models import Action
from members.actions.services import ActionRefused, delete_action, edit_action, log_action
from members.errors import NotAllowed
from members.reports import figures, services
from members.reports.figures import Period
from members.summary import ClosedYear, MonthlyFigure
from portal.core.time import PARIS, local_today
from tests.factories import pole

from ..factories import MemberFactory

pytestmark = pytest.mark.django_db

PAGE = "/admin/chiffres/annees/"
THIS_YEAR = local_today().year
YEAR = THIS_YEAR - 1
QUERIES = 10


def log(author, day, people=5, pole_code="fives"):
    action, _created = log_action(
        author,
        uuid.uuid4(),
        {
            "date": day,
            "kind": "stand",
            "theme": "nutrition",
            "pole": pole(pole_code),
            "people": people,
        },
        now=datetime.datetime.combine(day, datetime.time(18), PARIS),
    )
    return action


def text(response):
    return html.unescape(response.content.decode())


def rows(year):
    return sorted(
        MonthlyFigure.objects.filter(month__year=year).values_list(
            "metric", "month", "pole_id", "theme", "kind", "value"
        )
    )


@pytest.fixture
def actions(db, ambassador):
    """Two actions of last year (Fives, Moulins) and one of this year."""
    return [
        log(ambassador, datetime.date(YEAR, 3, 3), 10),
        log(ambassador, datetime.date(YEAR, 11, 20), 7, "moulins"),
        log(ambassador, datetime.date(THIS_YEAR, 1, 2), 4),
    ]


def test_the_coordination_closes_a_past_year(actions, coordinator):
    closed = services.close_year(YEAR, coordinator)
    assert (closed.year, closed.closed_by) == (YEAR, coordinator)
    assert summary.is_closed(datetime.date(YEAR, 6, 1))
    assert not summary.is_closed(datetime.date(THIS_YEAR, 6, 1))
    entry = ModelLogEntry.objects.get(action="members.figures.close_year")
    assert (entry.user, entry.object_id, entry.data) == (
        coordinator,
        str(closed.pk),
        {"year": YEAR},
    )
    assert figures.read(Period.year(YEAR)).total("people_reached") == 17


@pytest.mark.parametrize("role", ["referent", "ambassador", "editor", "anonymous"])
def test_only_the_coordination_closes_a_year(request, actions, role):
    from django.contrib.auth.models import AnonymousUser

    user = AnonymousUser() if role == "anonymous" else request.getfixturevalue(role)
    with pytest.raises(NotAllowed):
        services.close_year(YEAR, user)
    assert not ClosedYear.objects.exists()
    assert not ModelLogEntry.objects.filter(action="members.figures.close_year").exists()


@pytest.mark.parametrize(
    ("year", "message"),
    [
        (THIS_YEAR, "n'est pas terminée"),
        (THIS_YEAR + 1, "Choisissez une année de la liste."),
        (1999, "Choisissez une année de la liste."),
        ("2020", "Choisissez une année de la liste."),
        (None, "Choisissez une année de la liste."),
        (True, "Choisissez une année de la liste."),
    ],
)
def test_only_a_past_year_closes(coordinator, year, message):
    with pytest.raises(services.CloseRefused) as refused:
        services.close_year(year, coordinator)
    assert message in str(refused.value)
    assert refused.value.field == "year"
    assert not ClosedYear.objects.exists()


def test_a_year_closes_once(actions, coordinator):
    services.close_year(YEAR, coordinator)
    with pytest.raises(services.CloseRefused) as refused:
        services.close_year(YEAR, MemberFactory(username="autre", coordinator=True))
    assert str(refused.value) == (f"L'année {YEAR} est déjà close : ses chiffres sont définitifs.")
    assert ClosedYear.objects.get().closed_by == coordinator
    assert ModelLogEntry.objects.filter(action="members.figures.close_year").count() == 1


def test_closing_recomputes_that_year_only_then_freezes_it(actions, ambassador, coordinator):
    # Rows written behind the services' back: the summary table is stale for both years.
    Action.objects.create(
        uuid=uuid.uuid4(),
        author=ambassador,
        date=datetime.date(YEAR, 7, 14),
        kind="stand",
        theme="nutrition",
        pole=pole("wazemmes"),
        people=100,
    )
    Action.objects.create(
        uuid=uuid.uuid4(),
        author=ambassador,
        date=datetime.date(THIS_YEAR, 2, 2),
        kind="stand",
        theme="nutrition",
        pole=None,
        people=50,
    )
    this_year_before = rows(THIS_YEAR)
    assert figures.read(Period.year(YEAR)).total("people_reached") == 17
    services.close_year(YEAR, coordinator)
    # The closed year: its final figures, from the action log.
    assert figures.read(Period.year(YEAR)).total("people_reached") == 117
    assert figures.read(Period.year(YEAR)).by("actions", "pole")[pole("wazemmes").pk] == 1
    # The other years: as they were (the closing did not rebuild them).
    assert rows(THIS_YEAR) == this_year_before
    frozen = rows(YEAR)
    # Frozen: a later write in that year, refreshed or rebuilt, changes none of its rows.
    Action.objects.create(
        uuid=uuid.uuid4(),
        author=ambassador,
        date=datetime.date(YEAR, 3, 3),
        kind="stand",
        theme="nutrition",
        pole=pole("fives"),
        people=1000,
    )
    summary.refresh("actions", [(datetime.date(YEAR, 3, 3), pole("fives").pk)])
    assert rows(YEAR) == frozen
    summary.rebuild()
    assert rows(YEAR) == frozen
    # …while the open year is rebuilt (the row without a pôle now counts).
    assert figures.read(Period.year(THIS_YEAR)).total("people_reached") == 54


def test_the_actions_of_a_closed_year_can_no_longer_change(actions, ambassador, coordinator):
    services.close_year(YEAR, coordinator)
    with pytest.raises(ActionRefused) as refused:
        log(ambassador, datetime.date(YEAR, 12, 30))
    assert refused.value.field == "date"
    assert f"L'année {YEAR} est close" in str(refused.value)
    last_year = actions[1]
    now = last_year.created_at + datetime.timedelta(hours=1)
    values = {
        "date": last_year.date,
        "kind": "stand",
        "theme": "nutrition",
        "pole": pole("moulins"),
        "people": 8,
    }
    with pytest.raises(ActionRefused):
        edit_action(ambassador, last_year.pk, values, now=now)
    with pytest.raises(ActionRefused):
        delete_action(ambassador, last_year.pk, now=now)
    # Moving this year's action into the closed year is refused too.
    this_year = actions[2]
    with pytest.raises(ActionRefused):
        edit_action(
            ambassador,
            this_year.pk,
            {**values, "date": datetime.date(YEAR, 12, 31)},
            now=datetime.datetime(THIS_YEAR, 1, 3, 12, tzinfo=PARIS),
        )
    assert Action.objects.filter(date__year=YEAR).count() == 2
    assert figures.read(Period.year(YEAR)).total("people_reached") == 17


def test_a_report_of_a_closed_year_says_its_figures_are_final(client, actions, coordinator):
    client.force_login(coordinator)
    params = {"funder": "ville", "format": "xlsx", "year": YEAR}

    def state():
        book = load_workbook(io.BytesIO(client.get("/admin/chiffres/rapport/", params).content))
        return dict(book["Rapport"].iter_rows(min_row=2, values_only=True))["État des chiffres"]

    assert state().startswith("Chiffres provisoires")
    services.close_year(YEAR, coordinator)
    assert state() == "Chiffres définitifs : l'année est close."
    response = client.get("/admin/chiffres/rapport/", {**params, "format": "pdf"})
    assert b"%PDF" in response.content[:8]


# ---- the page -------------------------------------------------------------------------


def test_the_page_closes_a_year_after_a_confirmation(client, actions, coordinator):
    client.force_login(coordinator)
    page = client.get(PAGE)
    assert page.status_code == 200
    content = text(page)
    assert "Aucune année n'est close pour l'instant." in content
    assert f'<option value="{YEAR}">{YEAR}</option>' in content
    assert f'<option value="{THIS_YEAR}">' not in content  # not finished
    # First step: what closing does, nothing closed yet.
    confirm = client.post(PAGE, {"year": YEAR})
    assert confirm.status_code == 200
    assert f"Clore l'année {YEAR}\u00a0?" in text(confirm)
    assert 'name="confirm" value="yes"' in text(confirm)
    assert not ClosedYear.objects.exists()
    # Second step: closed.
    done = client.post(PAGE, {"year": YEAR, "confirm": "yes"}, follow=True)
    assert done.redirect_chain == [(PAGE, 302)]
    assert f"L'année {YEAR} est close : ses chiffres sont définitifs." in text(done)
    assert ClosedYear.objects.get().year == YEAR
    content = text(done)
    assert f'<th scope="row">{YEAR}</th>' in content
    assert f'<option value="{YEAR}">' not in content
    # Again (a second tab, a replayed POST): refused on the field, nothing written twice.
    again = client.post(PAGE, {"year": YEAR, "confirm": "yes"})
    assert again.status_code == 200
    assert "est déjà close" in text(again)
    again = client.post(PAGE, {"year": YEAR})
    assert "est déjà close" in text(again)
    assert ModelLogEntry.objects.filter(action="members.figures.close_year").count() == 1


@pytest.mark.parametrize(
    ("year", "message"),
    [
        (THIS_YEAR, "n'est pas terminée"),
        ("", "Choisissez l'année à clore."),
        ("deux-mille", "Choisissez une année de la liste."),
        ("20\x0025", "Choisissez une année de la liste."),
        ("9" * 50, "Choisissez une année de la liste."),
        ("-5", "Choisissez une année de la liste."),
    ],
)
@pytest.mark.parametrize("confirm", ["", "yes"])
def test_bad_years_are_explained(client, coordinator, year, message, confirm):
    client.force_login(coordinator)
    response = client.post(PAGE, {"year": year, "confirm": confirm})
    assert response.status_code == 200
    assert message in text(response)
    assert "id_year_error_1" in text(response)
    assert not ClosedYear.objects.exists()


def test_the_page_is_the_coordinations(client, actions, referent, editor, ambassador):
    for user in (referent, editor):
        client.force_login(user)
        assert client.get(PAGE).status_code == 403
        response = client.post(PAGE, {"year": YEAR, "confirm": "yes"})
        assert response.status_code == 403
        assert "Seule la coordination" in text(response)
    client.force_login(ambassador)
    assert client.post(PAGE, {"year": YEAR, "confirm": "yes"}).status_code == 302
    client.logout()
    assert client.post(PAGE, {"year": YEAR, "confirm": "yes"}).status_code == 302
    assert not ClosedYear.objects.exists()


def test_closing_needs_the_csrf_token(actions, coordinator):
    client = Client(enforce_csrf_checks=True)
    client.force_login(coordinator)
    assert client.post(PAGE, {"year": YEAR, "confirm": "yes"}).status_code == 403
    assert not ClosedYear.objects.exists()


def test_the_page_takes_as_many_queries_whatever_the_closed_years(
    client, coordinator, django_assert_num_queries
):
    client.force_login(coordinator)
    ClosedYear.objects.create(year=YEAR - 5, closed_by=coordinator)
    # The session, the user, their permissions (2), the second factor, Wagtail's user
    # profile, the closed years with who closed them, the admin's menu (3).
    with django_assert_num_queries(QUERIES):
        assert client.get(PAGE).status_code == 200
    for year in range(YEAR - 4, YEAR):
        ClosedYear.objects.create(year=year, closed_by=MemberFactory(username=f"c{year}"))
    with django_assert_num_queries(QUERIES):
        assert f'<th scope="row">{YEAR - 1}</th>' in text(client.get(PAGE))
