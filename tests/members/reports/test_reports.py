"""The funders' reports (/admin/chiffres/rapport/): a year of data written through the real
services and the summary table's own sources, then each funder's XLSX (read back with
openpyxl) and PDF (read back with pypdf), whose numbers must EQUAL
``figures.read(period, pole_ids)`` (what the dashboard shows), for the coordination and for
a référent (their pôles only); the form's errors for bad parameters; who may download."""

import datetime
import io
import re
import unicodedata
import uuid
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from members import summary
from members.actions.choices import ActionKind, ActionTheme
from members.actions.services import log_action
from members.people import figures as people_figures
from members.proposals import figures as proposal_figures
from members.reports import figures, funders
from members.reports.figures import Period
from members.trainings import staff
from members.trainings.models import AttestationDownload
from pages.models import Pole
from portal.core.time import PARIS, local_today
from tests.factories import pole, superuser

from ..factories import ApplicationFactory, MemberFactory, RegistrationFactory
from ..factories import TrainingSessionFactory as SessionFactory
from ..proposals.admin_fixtures import make_call, make_proposal

pytestmark = pytest.mark.django_db

URL = "/admin/chiffres/rapport/"
YEAR = local_today().year - 1
ARABIC = "حي الزهور"
FUNDERS = ("ars", "departement", "ville")


def at(month, day, hour=12, year=YEAR):
    return datetime.datetime(year, month, day, hour, tzinfo=PARIS)


# date (month, day), type, theme, pôle code (None: none), people reached, author
ACTIONS = [
    ((1, 15), "stand", "promotion-de-la-sante", "fives", 40, "amina"),
    ((2, 3), "workshop", "nutrition", "fives", 12, "amina"),
    ((3, 20), "orientation", "acces-aux-droits", "faubourg-de-bethune", 1, "bahia"),
    ((6, 1), "health_fair", "vaccination", "wazemmes", 250, "bahia"),
    ((9, 9), "talks", "sante-mentale", "zouhour", 8, "bahia"),
    ((11, 30), "stand", "promotion-de-la-sante", None, 30, "bahia"),
    ((12, 20), "workshop", "sante-sexuelle", "fives", 15, "amina"),
]


def log(author, day, kind, theme, pole_code, people):
    """One action through the service, as its author logs it on the day."""
    action, created = log_action(
        author,
        uuid.uuid4(),
        {
            "date": day,
            "kind": kind,
            "theme": theme,
            "pole": pole(pole_code) if pole_code else None,
            "people": people,
        },
        now=datetime.datetime.combine(day, datetime.time(18), PARIS),
    )
    assert created
    return action


def held_session(pole_code, marks, month, coordinator):
    """A session of ``YEAR`` with one confirmed registration per mark, attendance noted by
    the coordination (the trainings' service refreshes the figures)."""
    starts = at(month, 10, 10)
    session = SessionFactory(
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=3),
        pole=pole(pole_code),
        capacity=len(marks) + 1,
    )
    registrations = [RegistrationFactory(session=session) for _mark in marks]
    staff.mark_attendance(
        session.pk,
        {registration.pk: mark for registration, mark in zip(registrations, marks, strict=True)},
        by=coordinator,
    )
    return session


@pytest.fixture
def zouhour(db):
    return Pole.objects.create(code="zouhour", name=ARABIC, sort_order=9)


@pytest.fixture
def year_data(home, zouhour, coordinator):
    """A year of the programme: actions by two ambassadors in five pôles and none, two
    sessions held, an attestation, two applications, two projects (one granted), and one
    action of the next year (outside the period)."""
    people = {
        "amina": MemberFactory(username="amina", ambassador=True, pole="fives"),
        "bahia": MemberFactory(username="bahia", ambassador=True, pole="wazemmes"),
    }
    for (month, day), kind, theme, pole_code, reached, author in ACTIONS:
        log(people[author], datetime.date(YEAR, month, day), kind, theme, pole_code, reached)
    log(people["amina"], datetime.date(YEAR + 1, 1, 5), "stand", "nutrition", "fives", 99)
    held_session("fives", [True, True, False], 6, coordinator)
    held_session("faubourg-de-bethune", [True, True], 10, coordinator)
    download = AttestationDownload.objects.create(
        user=people["amina"], pole=pole("fives"), at=at(7, 1)
    )
    summary.refresh("attestations", [(download.at, download.pole_id)])
    for application in (
        ApplicationFactory(
            pole=pole("fives"), created_at=at(1, 10), status="approved", decided_at=at(2, 1)
        ),
        ApplicationFactory(pole=pole("wazemmes"), created_at=at(3, 3)),
    ):
        summary.refresh("people", people_figures.cells(application))
    call = make_call()
    granted = make_proposal(
        call, people["amina"], status="accepted", pole_code="fives", submitted_at=at(4, 2)
    )
    granted.amount_granted, granted.decided_at = Decimal("1000.00"), at(5, 5)
    granted.save()
    waiting = make_proposal(
        call,
        people["bahia"],
        title="Marche santé",
        pole_code="wazemmes",
        lines=((Decimal("800.00"), Decimal("0.00")),),
        submitted_at=at(4, 20),
    )
    for proposal in (granted, waiting):
        summary.refresh("proposals", proposal_figures.cells(proposal))
    return people


EXPECTED = {
    "applied": 2,
    "approved": 1,
    "active_ambassadors": 2,
    "sessions_held": 2,
    "seats_filled": 5,
    "attended": 4,
    "attendance_rate": 0.8,
    "attestations": 1,
    "actions": 7,
    "people_reached": 356,
    "proposals": 2,
    "amount_requested": Decimal("2000.00"),
    "amount_granted": Decimal("1000.00"),
}


def download(client, user, **params):
    client.force_login(user)
    response = client.get(URL, params)
    assert response.status_code == 200, response.content[:2000]
    return response


def sheets(content):
    book = load_workbook(io.BytesIO(content))
    return {sheet.title: [list(row) for row in sheet.iter_rows(values_only=True)] for sheet in book}


def table(rows):
    """A sheet's header, body (label -> values) and totals (the bold last row)."""
    end = rows.index([None] * len(rows[0])) if [None] * len(rows[0]) in rows else len(rows)
    header, *body = rows[:end]
    totals = body.pop() if body and body[-1][0] == "Total" else None
    return header, {row[0]: row[1:] for row in body}, totals


def pdf_text(content):
    reader = PdfReader(io.BytesIO(content))
    pages = [page.extract_text() for page in reader.pages]
    return [unicodedata.normalize("NFKC", text) for text in pages]


def spaced(text):
    """Every kind of space as one ordinary space (French numbers use narrow no-break
    spaces)."""
    return re.sub(r"[\s\u00a0\u202f]+", " ", text)


POLE_SHEETS = {
    "Ambassadeurs par pôle": ("applied", "approved"),
    "Actions par pôle": ("actions", "people_reached"),
    "Projets par pôle": ("proposals", "amount_requested", "amount_granted"),
    "Formations": ("sessions_held", "seats_filled", "attended", None, "attestations"),
}
SHEETS = {
    "ars": [
        "Rapport",
        "Chiffres clés",
        "Ambassadeurs par pôle",
        "Formations",
        "Actions par thème",
        "Actions par type",
        "Actions par pôle",
        "Projets par état",
    ],
    "departement": [
        "Rapport",
        "Chiffres clés",
        "Ambassadeurs par pôle",
        "Formations",
        "Actions par pôle",
        "Actions par type",
        "Projets par pôle",
    ],
    "ville": [
        "Rapport",
        "Chiffres clés",
        "Ambassadeurs par pôle",
        "Actions par pôle",
        "Actions par thème",
        "Formations",
        "Projets par état",
        "Projets par pôle",
    ],
}


def number(value):
    """What openpyxl reads back (floats for euros), comparable with the figures."""
    return Decimal(str(value)).quantize(Decimal("0.01")) if isinstance(value, float) else value


def same(read, expected):
    """A workbook's number against the figures': euros to the cent, a rate to 1e-9."""
    if isinstance(expected, float):
        return read == pytest.approx(expected)
    if isinstance(expected, Decimal):
        return number(read) == expected
    return read == expected and type(read) is type(expected)


def check_workbook(book, reference, poles, funder):
    """Every number of the workbook equals the reference figures."""
    assert list(book) == SHEETS[funder]
    wanted = reference.summary()
    _header, key, _totals = table(book["Chiffres clés"])
    values = [value[0] for value in key.values()]
    assert len(values) == len(wanted)
    for read, (name, expected) in zip(values, wanted.items(), strict=True):
        assert same(read, expected), (name, read, expected)
    for title, metrics in POLE_SHEETS.items():
        if title not in book:
            continue
        _header, body, totals = table(book[title])
        assert list(body)[: len(poles)] == [p.name for p in poles]
        for index, metric in enumerate(metrics):
            if metric is None:
                continue
            by_pole = reference.by(metric, "pole")
            for p in poles:
                assert number(body[p.name][index]) == by_pole.get(p.pk, 0), (title, p, metric)
            assert number(totals[index + 1]) == reference.total(metric), (title, metric)
            assert sum(number(values[index]) for values in body.values()) == reference.total(metric)
    for title, dimension, labels in (
        ("Actions par thème", "theme", dict(ActionTheme.choices)),
        ("Actions par type", "kind", dict(ActionKind.choices)),
    ):
        if title not in book:
            continue
        _header, body, totals = table(book[title])
        for metric, index in (("actions", 0), ("people_reached", 1)):
            by = reference.by(metric, dimension)
            assert {str(labels[key]): value for key, value in by.items()} == {
                label: values[index] for label, values in body.items() if values[index]
            }
            assert totals[index + 1] == reference.total(metric)
    if "Projets par état" in book:
        _header, body, totals = table(book["Projets par état"])
        labels = {"accepted": "Accepté", "submitted": "Déposé"}
        assert {label: values[0] for label, values in body.items()} == {
            labels[status]: count for status, count in reference.proposals_by_status().items()
        }
        assert number(totals[2]) == reference.total("amount_requested")


@pytest.mark.parametrize("funder", FUNDERS)
def test_each_funders_workbook_equals_the_figures(client, year_data, coordinator, funder):
    response = download(client, coordinator, funder=funder, format="xlsx", year=YEAR)
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert response["Content-Disposition"] == (
        f'attachment; filename="rapport-{funder}-{YEAR}.xlsx"'
    )
    assert "no-store" in response["Cache-Control"]
    book = sheets(response.content)
    reference = figures.read(Period.year(YEAR))
    assert reference.summary() == pytest.approx(EXPECTED)
    check_workbook(book, reference, list(Pole.objects.all()), funder)
    cover = {row[0]: row[1] for row in book["Rapport"][1:]}
    assert cover["Financeur"] == str(funders.FUNDERS[funder].name)
    assert cover["Période"] == f"Année {YEAR}"
    assert cover["Pôles couverts"] == "Tous les pôles"
    assert cover["État des chiffres"].startswith("Chiffres provisoires")
    # The figures with no pôle have their own row (the coordination's reports).
    if "Actions par pôle" in book:
        _header, body, _totals = table(book["Actions par pôle"])
        assert body["Sans pôle"] == [1, 30]
        assert body[ARABIC] == [1, 8]


def test_euros_and_rates_are_numbers_with_their_format(client, year_data, coordinator):
    response = download(client, coordinator, funder="departement", format="xlsx", year=YEAR)
    book = load_workbook(io.BytesIO(response.content))
    projects = book["Projets par pôle"]
    total = list(projects.iter_rows())[-1]
    assert [cell.value for cell in total] == ["Total", 2, 2000, 1000]
    assert total[2].data_type == "n" and "€" in total[2].number_format
    assert total[0].font.bold
    trainings = [row for row in book["Formations"].iter_rows() if row[0].value == "Total"]
    assert [cell.value for cell in trainings[0]] == ["Total", 2, 5, 4, pytest.approx(0.8), 1]
    assert "%" in trainings[0][4].number_format
    notes = list(book["Formations"].iter_rows(values_only=True))[-1]
    assert notes[0].startswith("Une session est tenue quand")
    assert all(len(title) <= 31 for title in book.sheetnames)


@pytest.mark.parametrize("funder", FUNDERS)
def test_each_funders_pdf_shows_the_figures(client, year_data, coordinator, funder):
    response = download(client, coordinator, funder=funder, format="pdf", year=YEAR)
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == f'attachment; filename="rapport-{funder}-{YEAR}.pdf"'
    pages = pdf_text(response.content)
    text = spaced(" ".join(pages))
    assert "€" in text
    assert "Faubourg de Béthune" in text
    assert ARABIC in text  # shaped, joined, right to left: the same letters once normalised
    for number_page, page in enumerate(pages, start=1):
        page = spaced(page)
        assert f"Année {YEAR}" in page or f"année {YEAR}" in page
        assert "chiffres provisoires" in page
        assert f"page {number_page} / {len(pages)}" in page
    reference = figures.read(Period.year(YEAR)).summary()
    assert f"Actions {reference['actions']}" in text
    assert f"Personnes touchées {reference['people_reached']}" in text
    assert "Montants demandés 2 000,00 €" in text
    assert "Montants accordés 1 000,00 €" in text
    assert "Taux de présence aux formations 80,0 %" in text
    assert str(funders.FUNDERS[funder].name) in text


def test_the_pdf_tables_by_pole_and_theme_equal_the_figures(client, year_data, coordinator):
    response = download(client, coordinator, funder="ville", format="pdf", year=YEAR)
    text = spaced(" ".join(pdf_text(response.content)))
    reference = figures.read(Period.year(YEAR))
    actions, people = reference.by("actions", "pole"), reference.by("people_reached", "pole")
    for code in ("fives", "faubourg-de-bethune", "wazemmes", "moulins"):
        p = pole(code)
        assert f"{p.name} {actions.get(p.pk, 0)} {people.get(p.pk, 0)}" in text
    themes = reference.by("people_reached", "theme")
    assert f"Vaccination, dépistage 1 {themes['vaccination']}" in text
    assert f"Total {reference.total('actions')} {reference.total('people_reached')}" in text


def test_a_referent_reports_on_their_poles_only(client, year_data, referent, other_referent):
    response = download(client, referent, funder="ville", format="xlsx", year=YEAR)
    book = sheets(response.content)
    fives = pole("fives")
    reference = figures.read(Period.year(YEAR), [fives.pk])
    check_workbook(book, reference, [fives], "ville")
    _header, body, totals = table(book["Actions par pôle"])
    assert body == {"Fives": [3, 67]}
    assert totals == ["Total", 3, 67]
    cover = {row[0]: row[1] for row in book["Rapport"][1:]}
    assert cover["Pôles couverts"] == "Fives"
    everything = repr(book)
    assert "Wazemmes" not in everything and "Sans pôle" not in everything
    text = spaced(
        " ".join(
            pdf_text(download(client, referent, funder="ars", format="pdf", year=YEAR).content)
        )
    )
    assert "Wazemmes" not in text and ARABIC not in text
    assert "Actions 3" in text
    # The référent of Moulins: nothing of Fives.
    book = sheets(
        download(client, other_referent, funder="ville", format="xlsx", year=YEAR).content
    )
    _header, body, totals = table(book["Actions par pôle"])
    assert body == {"Moulins": [0, 0]} and totals == ["Total", 0, 0]


def test_a_range_of_months(client, year_data, coordinator):
    response = download(
        client,
        coordinator,
        funder="ars",
        format="xlsx",
        **{"from": f"{YEAR}-01", "to": f"{YEAR}-06"},
    )
    assert response["Content-Disposition"].endswith(f'rapport-ars-{YEAR}-01-{YEAR}-06.xlsx"')
    book = sheets(response.content)
    reference = figures.read(Period.months(datetime.date(YEAR, 1, 1), datetime.date(YEAR, 6, 1)))
    assert reference.total("actions") == 4
    check_workbook(book, reference, list(Pole.objects.all()), "ars")
    cover = {row[0]: row[1] for row in book["Rapport"][1:]}
    assert cover["Période"] == f"De janvier {YEAR} à juin {YEAR}"


def test_the_dashboards_names_and_aliases_work_too(client, year_data, coordinator):
    response = download(client, coordinator, funder="nord", format="xlsx", annee=YEAR)
    assert response["Content-Disposition"].endswith(f'rapport-departement-{YEAR}.xlsx"')
    # The dashboard's button: the form with its year, no errors.
    response = download(client, coordinator, annee=YEAR - 2)
    assert response["Content-Type"].startswith("text/html")
    assert f'<option value="{YEAR - 2}" selected>' in response.content.decode()
    assert "error-message" not in response.content.decode()


def test_a_text_that_looks_like_a_formula_stays_text(client, home, coordinator):
    evil = Pole.objects.create(code="evil", name='=HYPERLINK("https://evil.example","x")')
    member = MemberFactory(username="eve", ambassador=True, pole="fives")
    log(member, datetime.date(YEAR, 5, 5), "stand", "nutrition", "evil", 3)
    response = download(client, coordinator, funder="ville", format="xlsx", year=YEAR)
    book = load_workbook(io.BytesIO(response.content))
    cells = [row[0] for row in book["Actions par pôle"].iter_rows() if row[0].value == evil.name]
    assert len(cells) == 1
    assert cells[0].data_type == "s" and cells[0].quotePrefix
    assert [
        c.value
        for c in next(r for r in book["Actions par pôle"].iter_rows() if r[0].value == evil.name)
    ] == [evil.name, 1, 3]


def test_the_form(client, coordinator, referent):
    client.force_login(coordinator)
    page = client.get(URL).content.decode()
    assert f'<option value="{YEAR}" selected>' in page
    for label in ("Agence régionale de santé (ARS)", "Département du Nord", "Ville de Lille"):
        assert label in page
    assert 'type="month"' in page and 'name="from"' in page and 'name="to"' in page
    assert "Le rapport couvre tous les pôles." in page
    assert "/admin/chiffres/annees/" in page  # the coordination closes years
    client.force_login(referent)
    page = client.get(URL).content.decode()
    assert "Le rapport couvre les pôles que vous suivez." in page
    assert "/admin/chiffres/annees/" not in page


BAD = [
    ({"funder": "fisc", "format": "pdf", "year": YEAR}, "Sélectionnez un choix valide"),
    ({"funder": "ars", "format": "docx", "year": YEAR}, "Sélectionnez un choix valide"),
    ({"funder": "ars", "format": "pdf", "year": 0}, "Choisissez une année de la liste"),
    ({"funder": "ars", "format": "pdf", "year": "deux-mille"}, "Choisissez une année de la liste"),
    ({"funder": "ars", "format": "pdf", "year": "9" * 40}, "Choisissez une année de la liste"),
    ({"funder": "ars\x00", "format": "pdf", "year": YEAR}, "Sélectionnez un choix valide"),
    ({"funder": "ars", "format": "pdf", "year": "20\x0025"}, "Choisissez une année de la liste"),
    ({"funder": "ars", "format": "pdf", "year": ""}, "Choisissez une année, ou un premier"),
    ({"format": "pdf", "year": YEAR}, "Choisissez le financeur."),
    ({"funder": "ars", "year": YEAR}, "Choisissez le format du fichier."),
    (
        {"funder": "ars", "format": "pdf", "from": f"{YEAR}-06", "to": f"{YEAR}-01"},
        "Le dernier mois est avant le premier.",
    ),
    ({"funder": "ars", "format": "pdf", "from": f"{YEAR}-13", "to": f"{YEAR}-12"}, "année-mois"),
    ({"funder": "ars", "format": "pdf", "from": "\x00", "to": f"{YEAR}-12"}, "année-mois"),
    ({"funder": "ars", "format": "pdf", "from": "0000-01", "to": f"{YEAR}-12"}, "année-mois"),
    ({"funder": "ars", "format": "pdf", "from": "1999-12", "to": f"{YEAR}-12"}, "janvier 2000"),
    ({"funder": "ars", "format": "pdf", "from": f"{YEAR}-01"}, "Indiquez aussi le dernier mois."),
    (
        {"funder": "ars", "format": "pdf", "from": f"{YEAR}-01", "to": f"{YEAR + 5}-01"},
        "au plus tard au mois en cours",
    ),
    ({"funder": "ars", "format": "xlsx", "from": "2025-1-1", "to": "x" * 5000}, "année-mois"),
]


@pytest.mark.parametrize(("params", "message"), BAD)
def test_bad_parameters_show_the_form_with_its_errors(client, coordinator, params, message):
    client.force_login(coordinator)
    response = client.get(URL, params)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    page = response.content.decode()
    assert message in page
    assert "Le rapport n'a pas pu être préparé" in page
    assert 'aria-describedby="' in page and "_error_1" in page


def test_repeated_and_strange_parameters_never_fail(client, coordinator):
    client.force_login(coordinator)
    for query in (
        "funder=ars&funder=ville&format=pdf&year=2020&year=abc",
        "funder[]=ars&format=pdf",
        "funder=%FF%FE&format=%00&year=%00",
        "funder=ars&format=pdf&year=-1",
        f"funder=ars&format=pdf&from={YEAR}-02&to={YEAR}-02&year=zzz",
    ):
        response = client.get(f"{URL}?{query}")
        assert response.status_code == 200, query


ROLES = ["anonymous", "applicant", "ambassador", "editor", "referent", "coordinator", "root"]
# the form; a download; the closed years' page
MATRIX = {
    URL: [302, 302, 302, 403, 200, 200, 200],
    f"{URL}?funder=ars&format=pdf&year={YEAR}": [302, 302, 302, 403, 200, 200, 200],
    f"{URL}?funder=ars&format=xlsx&year={YEAR}": [302, 302, 302, 403, 200, 200, 200],
    "/admin/chiffres/annees/": [302, 302, 302, 403, 403, 200, 200],
}


def test_who_may_download(client, home, applicant, ambassador, editor, referent, coordinator):
    people = {
        "anonymous": None,
        "applicant": applicant,
        "ambassador": ambassador,
        "editor": editor,
        "referent": referent,
        "coordinator": coordinator,
        "root": superuser(username="root"),
    }
    failures = []
    for url, expected in MATRIX.items():
        for role, status in zip(ROLES, expected, strict=True):
            client.logout()
            if people[role] is not None:
                client.force_login(people[role])
            response = client.get(url)
            if response.status_code != status:
                failures.append(f"{role:12} {url}: {response.status_code}, expected {status}")
            if status == 302 and response.status_code == 302:
                assert "/compte/login/" in response["Location"]
    assert not failures, "\n".join(failures)


# The session, the user, their permissions (2), the second factor (the coordination) or
# the référent's pôles, Wagtail's user profile; then the figures (2), the pôles and the
# closed years. The form alone: the closed years and the admin's menu (3).
QUERIES = 10


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_the_download_takes_as_many_queries_whatever_the_data(
    client, home, coordinator, referent, django_assert_num_queries, kind
):
    member = MemberFactory(username="amina", ambassador=True, pole="fives")
    log(member, datetime.date(YEAR, 3, 3), "stand", "nutrition", "fives", 3)
    params = {"funder": "ars", "format": kind, "year": YEAR}
    for user in (coordinator, referent):
        client.force_login(user)
        with django_assert_num_queries(QUERIES):
            assert client.get(URL, params).status_code == 200
    for month in range(1, 13):
        for theme in ActionTheme.values[:4]:
            log(member, datetime.date(YEAR, month, 2), "workshop", theme, "moulins", 5)
    Pole.objects.create(code="nouveau", name="Nouveau pôle", sort_order=7)
    for user in (coordinator, referent):
        client.force_login(user)
        with django_assert_num_queries(QUERIES):
            assert client.get(URL, params).status_code == 200
        with django_assert_num_queries(QUERIES):
            assert client.get(URL).status_code == 200
