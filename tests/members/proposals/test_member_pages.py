"""The project's page (where it stands, what to do, its history with the coordination's
messages, never the reviews), the dashboard's « Mes projets » panel and its query count,
and what « Mes données » exports and erases of proposals."""

import json
import re
from decimal import Decimal

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

import pytest
from bs4 import BeautifulSoup

from members import privacy
from members.models import BudgetLine, Proposal, Review, Score
from members.proposals import services, transitions
from tests.factories import pole

from .conftest import fill, pdf_upload

pytestmark = pytest.mark.django_db

DASHBOARD = "/fr/espace-membre/"
SECRET_COMMENT = "Commentaire interne : le budget est gonflé"


@pytest.fixture(autouse=True)
def french():
    with translation.override("fr"):
        yield


def page_of(proposal):
    return reverse("members:proposal", kwargs={"pk": proposal.pk})


def text(response):
    main = BeautifulSoup(response.content, "html.parser").main
    return re.sub(r"[ \t\r\n]+", " ", main.get_text(" "))


@pytest.fixture
def reviewed(full_draft, ambassador, referent, coordinator):
    """Amina's project, submitted, scored by the référente, then sent back with a message."""
    transitions.transition(full_draft.pk, "submit", ambassador)
    transitions.transition(full_draft.pk, "start_review", coordinator)
    review = Review.objects.create(
        proposal=full_draft,
        reviewer=referent,
        no_conflict=True,
        comment=SECRET_COMMENT,
        submitted_at=timezone.now(),
    )
    Score.objects.create(review=review, criterion="c1", criterion_title="Budget clair", value=4)
    transitions.transition(
        full_draft.pk, "request_changes", coordinator, "Ajoutez un devis pour les tentes."
    )
    full_draft.refresh_from_db()
    return full_draft


def test_the_project_page_shows_the_messages_never_the_reviews(
    client, ambassador, referent, coordinator, reviewed
):
    client.force_login(ambassador)
    response = client.get(page_of(reviewed))
    assert response.status_code == 200
    page = text(response)
    assert "État : Modifications demandées" in page
    assert "Modifications demandées : voir le message" in page
    assert "Ajoutez un devis pour les tentes." in page
    assert "la coordination" in page
    assert transitions.closing_in_words(reviewed.call) in page
    assert "1\u202f200,00\u00a0€" in page  # requested
    assert "pas encore décidé" in page
    for hidden in (SECRET_COMMENT, "Budget clair", referent.first_name, coordinator.first_name):
        assert hidden not in page
    # The history, oldest first: the owner's submit, under her name.
    items = BeautifulSoup(response.content, "html.parser").select(".history-list__item")
    assert len(items) == 3
    assert ambassador.first_name in items[0].get_text()
    assert "de «\u00a0brouillon\u00a0» à «\u00a0déposé\u00a0»" in items[0].get_text()


def test_the_project_page_shows_the_amount_granted(client, ambassador, coordinator, full_draft):
    transitions.transition(full_draft.pk, "submit", ambassador)
    transitions.transition(full_draft.pk, "start_review", coordinator)
    transitions.transition(full_draft.pk, "accept", coordinator, amount=Decimal("1000"))
    client.force_login(ambassador)
    page = text(client.get(page_of(full_draft)))
    assert "État : Accepté" in page
    assert "1\u202f000,00\u00a0€" in page
    # Closed: no step links, no withdraw button.
    assert "Les étapes du projet" not in page
    assert "Retirer le projet" not in page


def test_the_project_page_is_its_authors_only(
    client, ambassador, other_ambassador, referent, coordinator, reviewed
):
    for person in (other_ambassador, referent, coordinator):
        client.force_login(person)
        assert client.get(page_of(reviewed)).status_code == 404
    reviewed.co_ambassadors.add(other_ambassador)
    client.force_login(other_ambassador)
    assert client.get(page_of(reviewed)).status_code == 200


def test_a_draft_page_links_its_steps_and_the_next_action(client, ambassador, draft):
    client.force_login(ambassador)
    response = client.get(page_of(draft))
    page = BeautifulSoup(response.content, "html.parser")
    todo = page.select_one(".alert a")
    assert todo.get_text(strip=True) == "Complétez la présentation du projet"
    assert todo["href"] == reverse("members:proposal_step", args=[draft.pk, "project"])
    assert len(page.select("#steps-title + ol a")) == 5


# ---- the dashboard panel --------------------------------------------------------------------


def make_projects(count, call, owner, co_leader):
    """``count`` projects: one draft of ``owner``, the others submitted, every third led by
    ``co_leader`` with ``owner`` beside them."""
    made = []
    for number in range(count):
        status = Proposal.Status.DRAFT if number == 0 else Proposal.Status.SUBMITTED
        lead = co_leader if number % 3 == 2 else owner
        if (
            status == Proposal.Status.DRAFT
            and Proposal.objects.filter(call=call, owner=lead, status=status).exists()
        ):
            status = Proposal.Status.SUBMITTED
        proposal = Proposal.objects.create(
            call=call, owner=lead, status=status, title=f"Projet {number}", pole=pole("fives")
        )
        if lead != owner:
            proposal.co_ambassadors.add(owner)
        BudgetLine.objects.create(
            proposal=proposal, label="Goûter", category="food", amount=Decimal("100")
        )
        made.append(proposal)
    return made


def dashboard_queries(client):
    client.get(DASHBOARD)  # menus and indexes cached, as on any visit but the first
    with CaptureQueriesContext(connection) as queries:
        response = client.get(DASHBOARD)
    assert response.status_code == 200
    return len(queries), response


def test_the_panel_costs_the_same_queries_for_2_or_20_projects(
    client, ambassador, other_ambassador, open_call
):
    client.force_login(ambassador)
    make_projects(2, open_call, ambassador, other_ambassador)
    with_two, response = dashboard_queries(client)
    assert len(BeautifulSoup(response.content, "html.parser").select(".project-card")) == 2
    make_projects(18, open_call, ambassador, other_ambassador)
    with_twenty, response = dashboard_queries(client)
    assert len(BeautifulSoup(response.content, "html.parser").select(".project-card")) == 20
    assert with_twenty == with_two
    assert with_two <= 20


def test_the_panel_says_where_each_project_stands(client, ambassador, other_ambassador, draft):
    fill(draft, with_budget=False)
    theirs = Proposal.objects.create(
        call=draft.call, owner=other_ambassador, title="Atelier cuisine", status="submitted"
    )
    theirs.co_ambassadors.add(ambassador)
    client.force_login(ambassador)
    response = client.get(DASHBOARD)
    cards = BeautifulSoup(response.content, "html.parser").select(".project-card")
    by_title = {card.select_one("h3").get_text(strip=True): card for card in cards}
    mine = by_title["Une kermesse de la santé"]
    assert "Brouillon" in mine.get_text()
    assert "Initiatives santé 2027" in mine.get_text()
    assert transitions.closing_in_words(draft.call) in mine.get_text()
    assert mine.select_one(".project-card__next a").get_text(strip=True) == "Complétez le budget"
    assert mine.select_one("h3 a")["href"] == page_of(draft)
    co_led = by_title["Atelier cuisine"]
    assert "En attente de la coordination" in co_led.get_text()
    assert "co-porteur" in co_led.get_text()


def test_the_panel_without_projects_leads_to_the_calls(client, ambassador, open_call):
    client.force_login(ambassador)
    section = BeautifulSoup(client.get(DASHBOARD).content, "html.parser").select_one(
        "[aria-labelledby=projects-title]"
    )
    assert "Vous n’avez pas encore de projet." in section.get_text()
    assert section.select_one("a")["href"] == open_call.get_parent().url


def test_staff_without_projects_have_no_panel(client, coordinator, open_call):
    client.force_login(coordinator)
    assert "Mes projets" not in text(client.get(DASHBOARD))


# ---- my data ------------------------------------------------------------------------------


def test_my_data_exports_my_projects_without_the_reviews(client, ambassador, reviewed):
    client.force_login(ambassador)
    response = client.get("/fr/espace-membre/mes-donnees/?format=json")
    data = json.loads(response.content)
    (project,) = data["projets"]
    assert project["title"] == "Une kermesse de la santé"
    assert project["role"] == "porteur"
    assert project["budget"][0]["montant"] == "1500.00"
    messages = [event["message"] for event in project["historique"]]
    assert "Ajoutez un devis pour les tentes." in messages
    assert SECRET_COMMENT not in response.content.decode()
    assert "Budget clair" not in response.content.decode()


def test_a_co_led_project_is_exported_too(ambassador, other_ambassador, full_draft):
    full_draft.co_ambassadors.add(other_ambassador)
    (project,) = privacy.export(other_ambassador)["projets"]
    assert project["role"] == "co-porteur"


def test_erasing_a_member_keeps_the_projects(
    ambassador, other_ambassador, full_draft, private_media
):
    services.add_attachment(full_draft.pk, ambassador, pdf_upload())
    full_draft.co_ambassadors.add(other_ambassador)
    privacy.erase(other_ambassador)
    assert not full_draft.co_ambassadors.exists()
    privacy.erase(ambassador)
    full_draft.refresh_from_db()
    assert full_draft.owner is None
    assert full_draft.title == "Une kermesse de la santé"
    assert full_draft.attachments.count() == 1


def test_each_page_of_a_project_stays_under_15_queries(client, ambassador, full_draft):
    for number in range(5):
        BudgetLine.objects.create(
            proposal=full_draft, label=f"Ligne {number}", category="food", amount=Decimal("10")
        )
    client.force_login(ambassador)
    urls = [page_of(full_draft)] + [
        reverse("members:proposal_step", args=[full_draft.pk, name])
        for name in ("project", "actions", "budget", "attachments", "review")
    ]
    for url in urls:
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        assert len(queries) <= 15, url
