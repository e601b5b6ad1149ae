"""The figures' dashboard (/admin/chiffres/) and the actions' list behind it
(/admin/chiffres/actions/): who reaches them, what each role sees (a référent their pôles'
numbers only, the coordination every pôle and what has none), the filters and what bad
input does (a message and the default, never a 500), the links to the rows behind each
number, the charts, and the queries, counted for a little data and for a lot."""

import datetime
import re
import uuid
import xml.etree.ElementTree as ET
from decimal import Decimal
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup

from members.actions.models import Action
from members.reports import figures
from members.summary import MonthlyFigure
from portal.core.time import local_today
from tests.factories import pole

from ..factories import MemberFactory

pytestmark = pytest.mark.django_db

DASHBOARD = "/admin/chiffres/"
ACTIONS = "/admin/chiffres/actions/"
SVG = "{http://www.w3.org/2000/svg}"
NBSP = "\u202f"  # between thousands, in French
THIS_YEAR = local_today().year


def month(number, year=THIS_YEAR):
    return datetime.date(year, number, 1)


def figure(metric, when, pole_code, value, theme="", kind=""):
    return MonthlyFigure(
        metric=metric,
        month=when,
        pole=pole(pole_code) if pole_code else None,
        theme=theme,
        kind=kind,
        value=Decimal(value),
    )


# Fives, Moulins and no pôle, each with numbers no other has: a page that shows one of
# them shows its pôle's figures.
BASE = {
    "fives": {"people": 123, "actions": 7, "applied": 11, "seats": 20, "attended": 15},
    "moulins": {"people": 4567, "actions": 31, "applied": 29, "seats": 40, "attended": 10},
    None: {"people": 89, "actions": 3, "applied": 0, "seats": 0, "attended": 0},
}


def base_rows(year=THIS_YEAR, scale=1):
    """The figures of ``year``: people reached in March (nutrition, stands) and June
    (vaccination, workshops); trainings in May; proposals; applications in January."""
    rows = []
    for code, numbers in BASE.items():
        people, actions = numbers["people"], numbers["actions"]
        rows += [
            figure("people_reached", month(3, year), code, people - 1, "nutrition", "stand"),
            figure("people_reached", month(6, year), code, 1, "vaccination", "workshop"),
            figure("actions", month(3, year), code, actions - 1, "nutrition", "stand"),
            figure("actions", month(6, year), code, 1, "vaccination", "workshop"),
        ]
        if numbers["applied"]:
            rows += [
                figure("applied", month(1, year), code, numbers["applied"]),
                figure("approved", month(2, year), code, numbers["applied"] - 1),
                figure("sessions_held", month(5, year), code, 2),
                figure("seats_filled", month(5, year), code, numbers["seats"]),
                figure("attended", month(5, year), code, numbers["attended"]),
                figure("attestations", month(5, year), code, 4),
                figure("proposals", month(4, year), code, 2, kind="accepted"),
                figure("proposals", month(4, year), code, 1, kind="submitted"),
                figure("amount_requested", month(4, year), code, "2500.50", kind="accepted"),
                figure("amount_granted", month(7, year), code, "2000.00"),
            ]
    return rows


def many_rows(year=THIS_YEAR):
    """Every month, theme and type, for every pôle: the table at its widest."""
    from members.actions.choices import ActionKind, ActionTheme

    rows = []
    for code in ("fives", "moulins", "wazemmes", None):
        for number in range(1, 13):
            for theme in ActionTheme.values:
                for kind in ActionKind.values[:3]:
                    rows.append(figure("people_reached", month(number, year), code, 1, theme, kind))
                    rows.append(figure("actions", month(number, year), code, 1, theme, kind))
    return rows


@pytest.fixture
def base_figures(db):
    MonthlyFigure.objects.bulk_create(base_rows())
    MonthlyFigure.objects.bulk_create(base_rows(THIS_YEAR - 1))


def page(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, response.content[:500]
    return BeautifulSoup(response.content, "html.parser")


def said(soup):
    """The page's text, runs of ordinary white space as one space (the no-break spaces of
    numbers kept)."""
    return re.sub(r"[ \t\n]+", " ", soup.get_text(" "))


def card(soup, metric):
    return soup.select_one(f"[data-metric={metric}]").get_text(" ", strip=True).split(" — ")[0]


def table(soup, chart_id):
    """``{row label: [cell texts]}`` of a chart's table (the links' hidden words left out)."""
    found = {}
    rows = soup.select(f"#{chart_id}-caption")[0].find_parent("table").select("tbody tr")
    for row in rows:
        for hidden in row.select(".w-sr-only"):
            hidden.decompose()
        cells = [cell.get_text(strip=True) for cell in row.select("td")]
        found[row.th.get_text(strip=True)] = cells
    return found


COUNTS = (
    "applied",
    "approved",
    "sessions_held",
    "seats_filled",
    "attended",
    "attestations",
    "actions",
    "people_reached",
    "proposals",
)


def number(value):
    return f"{value:,}".replace(",", NBSP)


# ---- who reaches the pages --------------------------------------------------------------


@pytest.fixture
def people(ambassador, referent, other_referent, coordinator, editor):
    return {
        "anonymous": None,
        "ambassador": ambassador,
        "editor": editor,
        "referent": referent,
        "other_referent": other_referent,
        "coordinator": coordinator,
    }


@pytest.mark.parametrize("url", [DASHBOARD, ACTIONS])
@pytest.mark.parametrize(
    ("role", "status", "sent_to"),
    [
        ("anonymous", 302, "/fr/compte/login/"),
        ("ambassador", 302, "/fr/compte/login/"),
        ("editor", 302, "/admin/"),
        ("referent", 200, None),
        ("other_referent", 200, None),
        ("coordinator", 200, None),
    ],
)
def test_who_reaches_the_figures(client, home, people, url, role, status, sent_to):
    if people[role]:
        client.force_login(people[role])
    response = client.get(url)
    assert response.status_code == status
    if sent_to:
        assert urlsplit(response["Location"]).path == sent_to
    else:
        assert "Chiffres du programme" in response.content.decode()


@pytest.mark.parametrize(
    ("role", "shown"), [("editor", False), ("referent", True), ("coordinator", True)]
)
def test_the_menu_item_shows_to_those_who_see_figures(client, home, people, role, shown):
    client.force_login(people[role])
    response = client.get("/admin/")
    assert response.status_code == 200
    assert ('"/admin/chiffres/"' in response.content.decode()) is shown


def test_the_actions_list_has_no_write_view(client, home, coordinator):
    client.force_login(coordinator)
    for method in ("post", "put", "delete"):
        assert getattr(client, method)(ACTIONS).status_code == 405
    assert client.post(DASHBOARD).status_code == 405
    for path in ("actions/new/", "actions/1/", "actions/edit/1/", "actions/delete/1/"):
        assert client.get(DASHBOARD + path).status_code == 404


# ---- what each role sees -----------------------------------------------------------------


def test_a_referent_sees_the_figures_of_their_poles_only(client, home, base_figures, referent):
    client.force_login(referent)
    soup = page(client, DASHBOARD)
    fives = BASE["fives"]
    assert card(soup, "people_reached") == number(fives["people"])
    assert card(soup, "actions") == number(fives["actions"])
    assert card(soup, "applied") == number(fives["applied"])
    assert table(soup, "chart-people-pole") == {"Fives": [number(fives["people"])]}
    text = soup.get_text()
    assert number(BASE["moulins"]["people"]) not in text
    assert "Moulins" not in text
    assert "Sans pôle" not in text
    options = [option.get_text(strip=True) for option in soup.select("#id_pole option")]
    assert options == ["Tous mes pôles", "Fives"]


def test_a_referent_who_follows_no_pole_sees_nothing(client, home, base_figures):
    lonely = MemberFactory(username="seul", referent=True, referent_of=[])
    client.force_login(lonely)
    soup = page(client, DASHBOARD)
    assert card(soup, "people_reached") == "0"
    assert card(soup, "applied") == "0"
    assert table(soup, "chart-people-pole") == {}
    options = [option.get_text(strip=True) for option in soup.select("#id_pole option")]
    assert options == ["Tous mes pôles"]
    assert list_rows(page(client, ACTIONS)) == []


def test_a_forged_pole_is_refused_and_never_shown(client, home, base_figures, referent):
    client.force_login(referent)
    for forged in (pole("moulins").pk, "sans", "../", "-1", "99999999", "\x00"):
        soup = page(client, DASHBOARD, pole=forged)
        assert "Choisissez un pôle de la liste." in soup.get_text()
        assert card(soup, "people_reached") == number(BASE["fives"]["people"])
        assert number(BASE["moulins"]["people"]) not in soup.get_text()
    soup = page(client, ACTIONS, pole=pole("moulins").pk)
    assert "Choisissez un pôle de la liste." in soup.get_text()


def test_the_coordination_sees_every_pole_and_what_has_none(
    client, home, base_figures, coordinator
):
    client.force_login(coordinator)
    soup = page(client, DASHBOARD)
    total = sum(numbers["people"] for numbers in BASE.values())
    assert card(soup, "people_reached") == number(total)
    by_pole = table(soup, "chart-people-pole")
    assert by_pole["Fives"] == [number(BASE["fives"]["people"])]
    assert by_pole["Moulins"] == [number(BASE["moulins"]["people"])]
    assert by_pole["Sans pôle"] == [number(BASE[None]["people"])]
    assert by_pole["Wazemmes"] == ["0"]
    soup = page(client, DASHBOARD, pole="sans")
    assert card(soup, "people_reached") == number(BASE[None]["people"])
    assert card(soup, "active_ambassadors") == "—"
    soup = page(client, DASHBOARD, pole=pole("moulins").pk)
    assert card(soup, "people_reached") == number(BASE["moulins"]["people"])
    assert table(soup, "chart-people-pole") == {"Moulins": [number(BASE["moulins"]["people"])]}


@pytest.mark.parametrize("role", ["referent", "coordinator"])
def test_the_numbers_are_those_of_figures_read(client, home, base_figures, people, role):
    """Every card shows ``figures.read(...).summary()`` for the same period and pôles."""
    user = people[role]
    client.force_login(user)
    pole_ids = None if role == "coordinator" else [pole("fives").pk]
    for params, period in (
        ({}, figures.Period.year(THIS_YEAR)),
        ({"annee": THIS_YEAR - 1}, figures.Period.year(THIS_YEAR - 1)),
        (
            {"du": f"{THIS_YEAR}-03", "au": f"{THIS_YEAR}-05"},
            figures.Period.months(month(3), month(5)),
        ),
    ):
        soup = page(client, DASHBOARD, **params)
        summary = figures.read(period, pole_ids).summary()
        for metric in COUNTS:
            assert card(soup, metric) == number(summary[metric]), (params, metric)
        for metric in ("amount_requested", "amount_granted"):
            expected = f"{summary[metric]:,.2f}".replace(",", NBSP).replace(".", ",") + "\u00a0€"
            assert card(soup, metric) == expected, (params, metric)
        rate = summary["attendance_rate"]
        shown = "—" if rate is None else f"{round(rate * 100)}\u00a0%"
        assert card(soup, "attendance_rate") == shown


# ---- the filters -------------------------------------------------------------------------


def test_the_period_is_the_current_year_by_default(client, home, base_figures, coordinator):
    client.force_login(coordinator)
    soup = page(client, DASHBOARD)
    assert f"Les chiffres de {THIS_YEAR} , tous les pôles" in said(soup)
    months = list(table(soup, "chart-people-month"))
    assert len(months) == 12
    assert months[0] == f"janvier {THIS_YEAR}"
    assert months[-1] == f"décembre {THIS_YEAR}"


def test_a_year_or_a_range_of_months(client, home, base_figures, referent):
    client.force_login(referent)
    fives = BASE["fives"]
    soup = page(client, DASHBOARD, annee=THIS_YEAR - 1)
    assert next(iter(table(soup, "chart-people-month"))) == f"janvier {THIS_YEAR - 1}"
    assert card(soup, "people_reached") == number(fives["people"])
    # March only: the people of June are left out.
    soup = page(client, DASHBOARD, du=f"{THIS_YEAR}-02", au=f"{THIS_YEAR}-03")
    assert list(table(soup, "chart-people-month")) == [f"février {THIS_YEAR}", f"mars {THIS_YEAR}"]
    assert card(soup, "people_reached") == number(fives["people"] - 1)
    # Across two years, as many months as asked.
    soup = page(client, DASHBOARD, du=f"{THIS_YEAR - 1}-11", au=f"{THIS_YEAR}-03")
    assert len(table(soup, "chart-people-month")) == 5
    assert card(soup, "people_reached") == number(fives["people"] - 1)


HOSTILE = ["\x00", "../", "99999999", "-5", "0", "abc", "2026\x00", "1e3", "9" * 5000, " "]


@pytest.mark.parametrize("value", HOSTILE)
@pytest.mark.parametrize("name", ["annee", "du", "au", "pole", "theme", "type", "mois", "p"])
def test_hostile_filters_get_a_message_and_the_default(
    client, home, base_figures, referent, name, value
):
    client.force_login(referent)
    for url in (DASHBOARD, ACTIONS):
        response = client.get(url, {name: value})
        assert response.status_code == 200
    soup = page(client, DASHBOARD, **{name: value})
    # What is shown is the default: this year, Fives.
    assert card(soup, "people_reached") == number(BASE["fives"]["people"])
    assert next(iter(table(soup, "chart-people-month"))) == f"janvier {THIS_YEAR}"
    errors = [error.get_text(" ", strip=True) for error in soup.select(".error-message")]
    if name in ("annee", "du", "au", "pole") and value.strip():
        assert errors, (name, value)
        assert "Certains filtres ne conviennent pas" in soup.get_text()
    for error in errors:  # plain French, nothing of the input echoed back
        assert len(value) < 3 or value not in error


@pytest.mark.parametrize(
    ("params", "field", "message"),
    [
        ({"annee": "0"}, "annee", "Choisissez une année entre 2000 et"),
        ({"annee": "99999999"}, "annee", "Choisissez une année entre 2000 et"),
        ({"annee": "deux mille"}, "annee", "Indiquez une année en chiffres"),
        ({"du": "2026-13", "au": "2026-12"}, "du", "Indiquez un mois sous la forme AAAA-MM"),
        ({"du": "1999-01", "au": "2026-12"}, "du", "Choisissez un mois entre 2000-01 et"),
        ({"du": "2026-05", "au": "2026-01"}, "au", "Le dernier mois doit venir après le premier."),
        ({"du": "2026-05"}, "au", "Indiquez aussi le dernier mois."),
        ({"au": "2026-05"}, "du", "Indiquez aussi le premier mois."),
        ({"du": "2015-01", "au": "2026-12"}, "au", "Choisissez au plus 60 mois."),
    ],
)
def test_bad_periods_are_explained_beside_their_field(
    client, home, base_figures, coordinator, params, field, message
):
    client.force_login(coordinator)
    soup = page(client, DASHBOARD, **params)
    errors = soup.select_one(f"#id_{field}-errors")
    assert message in errors.get_text(" ", strip=True)
    described = soup.select_one(f"#id_{field}")["aria-describedby"].split()
    assert f"id_{field}-errors" in described
    assert soup.select_one(f"#id_{field}")["aria-invalid"] == "true"
    # The current year instead.
    assert len(table(soup, "chart-people-month")) == 12
    assert card(soup, "people_reached") == number(sum(n["people"] for n in BASE.values()))


# ---- the links to the rows behind the numbers ----------------------------------------------


def query(url):
    return {key: values[0] for key, values in parse_qs(urlsplit(url).query).items()}


def test_each_number_links_to_its_rows_with_the_same_filters(
    client, home, base_figures, coordinator
):
    client.force_login(coordinator)
    moulins = pole("moulins").pk
    soup = page(client, DASHBOARD, pole=moulins, annee=THIS_YEAR - 1)
    caption = soup.select_one("#chart-people-theme-caption")
    links = {
        row.th.get_text(strip=True): row.select_one("td a")["href"]
        for row in caption.find_parent("table").select("tbody tr")
    }
    nutrition = links["Alimentation, activité physique"]
    assert urlsplit(nutrition).path == ACTIONS
    assert query(nutrition) == {
        "annee": str(THIS_YEAR - 1),
        "pole": str(moulins),
        "theme": "nutrition",
    }
    march = soup.select_one("#chart-people-month-caption").find_parent("table")
    march = march.select("tbody tr")[2].select_one("td a")["href"]
    assert query(march) == {
        "annee": str(THIS_YEAR - 1),
        "pole": str(moulins),
        "mois": f"{THIS_YEAR - 1}-03",
    }
    kinds = soup.select_one("#chart-people-kind-caption").find_parent("table")
    assert query(kinds.select_one("tbody tr td a")["href"])["type"] == "stand"
    assert query(soup.select_one("[data-metric=approved] a")["href"]) == {
        "status": "approved",
        "pole": str(moulins),
    }
    assert (
        urlsplit(soup.select_one("[data-metric=approved] a")["href"]).path == "/admin/applications/"
    )
    assert soup.select_one("[data-metric=sessions_held] a")["href"] == (
        f"/admin/training_sessions/?pole={moulins}"
    )
    accepted = soup.select_one("[data-metric=amount_granted] a")["href"]
    assert query(accepted) == {"status": "accepted", "pole": str(moulins)}
    # A range of months is carried as a range.
    soup = page(client, DASHBOARD, du=f"{THIS_YEAR}-02", au=f"{THIS_YEAR}-04", pole="sans")
    link = soup.select_one("[data-metric=people_reached] a")["href"]
    assert query(link) == {"du": f"{THIS_YEAR}-02", "au": f"{THIS_YEAR}-04", "pole": "sans"}
    # The lists the links lead to answer, filtered.
    for href in (nutrition, march, accepted):
        assert client.get(href).status_code == 200


def test_a_referent_gets_no_link_to_what_they_cannot_open(client, home, base_figures, referent):
    client.force_login(referent)
    soup = page(client, DASHBOARD)
    for href in (a["href"] for a in soup.select("main a[href]")):
        if href.startswith("/admin/") and "#" not in href:
            assert client.get(href).status_code in (200, 302), href
            response = client.get(href)
            if response.status_code == 302:  # the report's view may send elsewhere
                assert response["Location"].startswith("/admin/chiffres/"), href
    assert not soup.find("a", string="Années closes")


# ---- the charts ----------------------------------------------------------------------------


def test_every_chart_is_well_formed_and_has_a_labelled_bar_per_number(
    client, home, base_figures, coordinator
):
    client.force_login(coordinator)
    response = client.get(DASHBOARD)
    html = response.content.decode()
    soup = BeautifulSoup(html, "html.parser")
    svgs = re.findall(r'<svg xmlns="http://www.w3.org/2000/svg".*?</svg>', html, re.DOTALL)
    assert len(svgs) == 6
    for markup in svgs:
        svg = ET.fromstring(markup)
        chart_id = svg.get("id")
        assert svg.get("role") == "img"
        title, desc = svg.get("aria-labelledby").split()
        assert svg.find(f"{SVG}title").get("id") == title
        assert svg.find(f"{SVG}desc").get("id") == desc
        assert svg.find(f"{SVG}title").text == soup.select_one(f"#{chart_id}-heading").text
        rows = table(soup, chart_id)
        points = svg.findall(f"{SVG}g")
        assert len(points) == len(rows)
        for point, (label, cells) in zip(points, rows.items(), strict=True):
            bars = point.findall(f"{SVG}rect")
            values = [text.text for text in point.findall(f"{SVG}text")][: len(bars)]
            assert bars and all(bar.get("class") == "chart-bar" for bar in bars)
            assert point.find(f"{SVG}title").text.startswith(label)
            if chart_id == "chart-training-month":
                assert values == cells[1:3]  # seats, present
            elif chart_id.endswith("-month"):
                assert values == cells
            else:  # horizontal bars: the label, then the value
                texts = [text.text for text in point.findall(f"{SVG}text")]
                assert texts == [label, *cells]
        assert "style=" not in markup
        assert "<script" not in markup


# ---- the actions' list ---------------------------------------------------------------------


def make_action(author, when, code, people=3, theme="nutrition", kind="stand", **fields):
    return Action.objects.create(
        uuid=uuid.uuid4(),
        author=author,
        date=when,
        pole=pole(code) if code else None,
        people=people,
        theme=theme,
        kind=kind,
        **fields,
    )


@pytest.fixture
def actions(db, ambassador, other_ambassador):
    this_year = local_today().replace(month=3, day=12)
    return [
        make_action(
            ambassador, this_year, "fives", 12, note="Stand au marché de Fives", approximate=True
        ),
        make_action(ambassador, this_year.replace(month=4), "fives", 5, "vaccination", "workshop"),
        make_action(other_ambassador, this_year, "moulins", 4321, note="Forum des Moulins"),
        make_action(None, this_year, None, 7, note="Action sans pôle"),
        make_action(ambassador, this_year.replace(year=THIS_YEAR - 1), "fives", 999),
    ]


def list_rows(soup):
    return (
        [
            [cell.get_text(" ", strip=True) for cell in row.select("td")]
            for row in soup.select("#actions-caption")[0].find_parent("table").select("tbody tr")
        ]
        if soup.select("#actions-caption")
        else []
    )


def test_a_referent_reads_the_actions_of_their_poles_only(client, home, actions, referent):
    client.force_login(referent)
    soup = page(client, ACTIONS)
    rows = list_rows(soup)
    assert len(rows) == 2
    assert {row[4] for row in rows} == {"Fives"}
    text = soup.get_text(" ")
    assert "Forum des Moulins" not in text and "4321" not in text
    assert "Action sans pôle" not in text
    first = next(row for row in rows if "marché" in row[-1])
    assert first[1] == "environ 12"
    assert first[5].startswith("Amina")
    assert first[6] == "Stand au marché de Fives"
    # Another pôle forged in the URL: refused, and still Fives only.
    soup = page(client, ACTIONS, pole=pole("moulins").pk)
    assert "Choisissez un pôle de la liste." in soup.get_text()
    assert {row[4] for row in list_rows(soup)} == {"Fives"}


def test_the_coordination_reads_every_action_and_filters_them(client, home, actions, coordinator):
    client.force_login(coordinator)
    assert len(list_rows(page(client, ACTIONS))) == 4
    assert len(list_rows(page(client, ACTIONS, annee=THIS_YEAR - 1))) == 1
    rows = list_rows(page(client, ACTIONS, pole="sans"))
    assert [row[-1] for row in rows] == ["Action sans pôle"]
    assert rows[0][5] == "compte supprimé"
    rows = list_rows(page(client, ACTIONS, theme="vaccination"))
    assert [row[2:4] for row in rows] == [["Atelier", "Vaccination, dépistage"]]
    assert len(list_rows(page(client, ACTIONS, type="stand"))) == 3
    rows = list_rows(page(client, ACTIONS, mois=f"{THIS_YEAR}-04"))
    assert [row[1] for row in rows] == ["5"]
    soup = page(client, ACTIONS, pole=pole("moulins").pk, mois=f"{THIS_YEAR}-03")
    assert [row[1] for row in list_rows(soup)] == [number(4321)]
    assert f"Actions : 1 · personnes touchées : {number(4321)} ." in said(soup)
    soup = page(client, ACTIONS, theme="autre")
    assert "Aucune action ne correspond à ces filtres." in soup.get_text()


def test_the_actions_list_is_paginated(client, home, ambassador, coordinator):
    day = local_today().replace(day=1)
    for index in range(55):
        make_action(ambassador, day, "fives", index + 1)
    client.force_login(coordinator)
    soup = page(client, ACTIONS)
    assert len(list_rows(soup)) == 50
    assert "Actions : 55 ·" in said(soup)
    soup = page(client, ACTIONS, p=2)
    assert len(list_rows(soup)) == 5
    assert len(list_rows(page(client, ACTIONS, p="9999"))) == 5  # the last page
    assert len(list_rows(page(client, ACTIONS, p="../"))) == 50


# ---- the queries ---------------------------------------------------------------------------


def grow(count):
    """Rows of the summary table (``count`` * 10, or every month, pôle, theme and type)
    and ``count`` * 10 actions of Fives."""
    rows = many_rows()
    MonthlyFigure.objects.bulk_create(rows[: count * 10] if count < 10 else rows)
    authors = [MemberFactory(username=f"amb{index}", ambassador=True) for index in range(3)]
    day = local_today().replace(day=1)
    Action.objects.bulk_create(
        Action(
            uuid=uuid.uuid4(),
            author=authors[index % 3],
            date=day,
            pole=pole("fives"),
            people=2,
            theme="nutrition",
            kind="stand",
        )
        for index in range(count * 10)
    )


# The session, the user, their permissions (two), the coordinator's second factor or the
# référent's pôles (one more for those the référent follows), Wagtail's profile, the
# pôles, then the figures (two: the summary table's rows, the active ambassadors) or the
# actions (two: their totals, one page), and the admin's menu (three).
DASHBOARD_QUERIES = {"coordinator": 12, "referent": 12}
# visible_actions asks once more for the pôles a référent follows.
ACTIONS_QUERIES = {"coordinator": 12, "referent": 13}


@pytest.mark.parametrize("count", [1, 100])
@pytest.mark.parametrize("role", ["coordinator", "referent"])
def test_the_dashboard_queries_do_not_grow(
    client, home, people, role, count, django_assert_num_queries
):
    grow(count)
    client.force_login(people[role])
    client.get(DASHBOARD)  # warm the caches (menus, content types)
    with django_assert_num_queries(DASHBOARD_QUERIES[role]):
        response = client.get(DASHBOARD, {"pole": "", "annee": THIS_YEAR})
    assert response.status_code == 200


@pytest.mark.parametrize("count", [1, 100])
@pytest.mark.parametrize("role", ["coordinator", "referent"])
def test_the_actions_list_queries_do_not_grow(
    client, home, people, role, count, django_assert_num_queries
):
    grow(count)
    client.force_login(people[role])
    client.get(ACTIONS)
    with django_assert_num_queries(ACTIONS_QUERIES[role]):
        response = client.get(ACTIONS, {"theme": "nutrition"})
    assert response.status_code == 200
    assert len(list_rows(BeautifulSoup(response.content, "html.parser"))) == min(count * 10, 50)
