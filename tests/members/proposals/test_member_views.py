"""The member's side of a proposal through the test client: proposing a project to a
call, the five steps (GET and POST, save and continue, save for later, what is typed
kept after a mistake), the budget without JavaScript, the review and the transitions its
authors take, and forged requests on another member's proposal."""

import datetime
import re
from decimal import Decimal

from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation

import pytest
from bs4 import BeautifulSoup

from members.models import BudgetLine, Proposal, ProposalEvent
from members.proposals import transitions
from pages.models import FundingCallPage
from tests.factories import pole, translate_page

from .conftest import fill

pytestmark = pytest.mark.django_db

STEPS = ["project", "actions", "budget", "attachments", "review"]


@pytest.fixture(autouse=True)
def french():
    """URLs reversed in French, whatever language an earlier request left active."""
    with translation.override("fr"):
        yield


def step(proposal, name):
    return reverse("members:proposal_step", kwargs={"pk": proposal.pk, "step": name})


def page_of(proposal):
    return reverse("members:proposal", kwargs={"pk": proposal.pk})


def propose_url(call):
    return reverse("members:propose", kwargs={"call_key": call.translation_key})


def move(proposal, name):
    return reverse("members:proposal_transition", kwargs={"pk": proposal.pk, "name": name})


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def squash(value):
    """Runs of spaces and newlines as one space; no-break spaces kept (amounts)."""
    return re.sub(r"[ \t\r\n]+", " ", value).strip()


def text(response):
    return squash(soup(response).main.get_text(" "))


def budget_data(rows, initial=0, then="next"):
    data = {
        "lines-TOTAL_FORMS": str(len(rows)),
        "lines-INITIAL_FORMS": str(initial),
        "lines-MIN_NUM_FORMS": "0",
        "lines-MAX_NUM_FORMS": "40",
        "then": then,
    }
    for index, row in enumerate(rows):
        for name, value in row.items():
            data[f"lines-{index}-{name}"] = value
    return data


BLANK = {"label": "", "category": "", "amount": "", "other_source": "", "other_amount": ""}


def line(label="Goûter", amount="250", category="food", **extra):
    return {**BLANK, "label": label, "category": category, "amount": amount, **extra}


# ---- proposing a project to a call -----------------------------------------------------


def test_the_propose_page_says_what_is_asked_and_starts_a_draft(client, ambassador, open_call):
    client.force_login(ambassador)
    response = client.get(propose_url(open_call))
    assert response.status_code == 200
    page = text(response)
    heading = soup(response).h1.get_text()
    assert heading == "Proposer un projet à «\u00a0Initiatives santé 2027\u00a0»"
    assert transitions.closing_in_words(open_call) in page
    assert "3\u202f000\u00a0€" in page
    button = soup(response).find("button", string="Commencer mon projet")
    assert button is not None

    response = client.post(propose_url(open_call))
    proposal = Proposal.objects.get(owner=ambassador, call=open_call)
    assert response.status_code == 302
    assert response.url == step(proposal, "project")
    assert proposal.is_draft
    # A second visit leads to the draft; a second click never starts another one.
    assert client.get(propose_url(open_call)).url == page_of(proposal)
    client.post(propose_url(open_call))
    assert Proposal.objects.filter(owner=ambassador).count() == 1


def test_the_propose_page_shows_the_call_in_the_visitors_language(client, ambassador, open_call):
    translate_page(open_call, "ar", title="مبادرات صحية 2027", summary="ملخص النداء")
    client.force_login(ambassador)
    with translation.override("ar"):
        url = propose_url(open_call)
    response = client.get(url)
    assert response.status_code == 200
    assert "مبادرات صحية 2027" in text(response)


def test_a_closed_call_says_so_and_refuses_a_draft(client, ambassador, closed_call):
    client.force_login(ambassador)
    response = client.get(propose_url(closed_call))
    assert response.status_code == 200
    assert "n’est pas ouvert" in text(response)
    assert soup(response).find("button", string="Commencer mon projet") is None
    response = client.post(propose_url(closed_call), follow=True)
    assert "Cet appel à projets n'est pas ouvert" in text(response)
    assert not Proposal.objects.exists()


def test_only_ambassadors_propose(client, referent, coordinator, open_call):
    url = propose_url(open_call)
    assert client.get(url).status_code == 302  # to the login
    for person in (referent, coordinator):
        client.force_login(person)
        assert client.get(url).status_code == 403
        assert client.post(url).status_code == 403
    assert not Proposal.objects.exists()


def test_an_unknown_call_answers_404(client, ambassador, home):
    client.force_login(ambassador)
    url = reverse("members:propose", kwargs={"call_key": "2f1e7c1a-0000-4000-8000-000000000000"})
    assert client.get(url).status_code == 404


# ---- the steps ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", STEPS)
def test_every_step_shows_where_it_is(client, ambassador, draft, name):
    client.force_login(ambassador)
    response = client.get(step(draft, name))
    assert response.status_code == 200
    page = soup(response)
    number = STEPS.index(name) + 1
    assert f"Étape {number} sur 5" in page.find(class_="proposal-steps__count").get_text()
    items = page.select("nav.proposal-steps ol > li a")
    assert len(items) == 5
    current = page.select('nav.proposal-steps a[aria-current="step"]')
    assert [a["href"] for a in current] == [step(draft, name)]
    if name != "review":
        buttons = [button.get_text(strip=True) for button in page.select("main form button")]
        assert "Enregistrer et continuer" in buttons
        assert "Enregistrer et finir plus tard" in buttons


def test_the_project_step_saves_and_continues(client, ambassador, other_ambassador, draft):
    client.force_login(ambassador)
    response = client.get(step(draft, "project"))
    labels = [label.get_text(" ", strip=True) for label in soup(response).select("label")]
    assert "Bahia · Wazemmes" in labels
    assert not any(label.startswith("Amina") for label in labels)
    response = client.post(
        step(draft, "project"),
        {
            "title": "Fête de la santé",
            "pole": pole("fives").pk,
            "summary": "Des stands.",
            "expectations": "Des questions sur les droits.",
            "objectives": "Informer.",
            "target_public": "Familles",
            "expected_participants": "80",
            "co_ambassadors": [other_ambassador.pk],
            "then": "next",
        },
    )
    assert response.status_code == 302
    assert response.url == step(draft, "actions")
    draft.refresh_from_db()
    assert (draft.title, draft.pole, draft.expected_participants) == (
        "Fête de la santé",
        pole("fives"),
        80,
    )
    assert list(draft.co_ambassadors.all()) == [other_ambassador]


def test_save_for_later_goes_back_to_the_project_page(client, ambassador, draft):
    client.force_login(ambassador)
    response = client.post(step(draft, "actions"), {"actions": "En mai.", "then": "later"})
    assert response.status_code == 302
    assert response.url == page_of(draft)
    draft.refresh_from_db()
    assert draft.actions == "En mai."
    response = client.get(response.url)
    assert "C'est enregistré." in text(response)


def test_an_incomplete_draft_is_saved(client, ambassador, draft):
    client.force_login(ambassador)
    response = client.post(step(draft, "project"), {"title": "Juste un titre", "then": "next"})
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.title == "Juste un titre"
    assert draft.summary == ""


def test_a_mistake_keeps_everything_typed(client, ambassador, draft):
    client.force_login(ambassador)
    response = client.post(
        step(draft, "project"),
        {
            "title": "Fête de la santé",
            "summary": "Des stands.",
            "expected_participants": "beaucoup",
        },
    )
    assert response.status_code == 200
    page = soup(response)
    assert page.select_one("[data-error-summary]") is not None
    assert page.select_one("#id_title")["value"] == "Fête de la santé"
    assert page.select_one("#id_summary").get_text().strip() == "Des stands."
    assert page.select_one("#id_expected_participants")["value"] == "beaucoup"
    assert page.select_one("#id_expected_participants")["aria-invalid"] == "true"
    draft.refresh_from_db()
    assert draft.title == ""


def test_the_actions_step_saves_and_continues(client, ambassador, draft):
    client.force_login(ambassador)
    assert client.get(step(draft, "actions")).status_code == 200
    response = client.post(
        step(draft, "actions"),
        {"actions": "Mars : préparation.", "partners": "CPAM", "evaluation": "Un compteur."},
    )
    assert response.url == step(draft, "budget")
    draft.refresh_from_db()
    assert (draft.actions, draft.partners, draft.evaluation) == (
        "Mars : préparation.",
        "CPAM",
        "Un compteur.",
    )


# ---- the budget, without JavaScript -------------------------------------------------------


def test_the_budget_shows_saved_lines_two_blank_rows_and_the_totals(client, ambassador, full_draft):
    client.force_login(ambassador)
    response = client.get(step(full_draft, "budget"))
    page = soup(response)
    assert len(page.select("fieldset.budget-line")) == 3
    assert page.select_one("#id_lines-0-amount")["value"] == "1 500,00"
    totals = squash(page.select_one(".budget-totals").get_text(" "))
    assert "1\u202f500,00\u00a0€" in totals
    assert "300,00\u00a0€" in totals
    assert "1\u202f200,00\u00a0€" in totals
    assert "3\u202f000\u00a0€" in totals


def test_amounts_are_read_as_typed_in_france(client, ambassador, draft):
    client.force_login(ambassador)
    response = client.post(
        step(draft, "budget"),
        budget_data(
            [
                line("Location de salle", "1 234,50", "rental"),
                line("Goûter", "250", other_source="Ville de Lille", other_amount="50,5"),
                BLANK,
            ]
        ),
    )
    assert response.status_code == 302
    assert response.url == step(draft, "attachments")
    lines = list(BudgetLine.objects.filter(proposal=draft))
    assert [(line.label, line.amount, line.other_amount) for line in lines] == [
        ("Location de salle", Decimal("1234.50"), Decimal("0.00")),
        ("Goûter", Decimal("250.00"), Decimal("50.50")),
    ]


def test_an_ambiguous_amount_is_refused_with_the_expected_form(client, ambassador, draft):
    client.force_login(ambassador)
    response = client.post(
        step(draft, "budget"), budget_data([line("Location de salle", "1.234", "rental"), BLANK])
    )
    assert response.status_code == 200
    page = soup(response)
    assert page.select_one("[data-error-summary]") is not None
    error = page.select_one("#id_lines-0-amount_error_1").get_text()
    assert "Écrivez-le sans point" in error and "1 234,50" in error
    assert page.select_one("#id_lines-0-amount")["value"] == "1.234"
    assert page.select_one("#id_lines-0-label")["value"] == "Location de salle"
    assert page.select_one("#id_lines-0-category option[selected]")["value"] == "rental"
    assert not BudgetLine.objects.exists()


def test_a_budget_above_the_maximum_is_refused_and_nothing_saved(client, ambassador, full_draft):
    client.force_login(ambassador)
    before = list(full_draft.budget_lines.values_list("label", "amount"))
    response = client.post(
        step(full_draft, "budget"),
        budget_data(
            [line("Location de tentes", "1 500", "rental"), line("Scène", "2 000,00", "rental")],
            initial=1,
        ),
    )
    assert response.status_code == 200
    summary = squash(soup(response).select_one("[data-error-summary]").get_text(" "))
    assert "c'est plus que son maximum par projet, 3\u202f000\u00a0€" in summary
    assert soup(response).select_one("#id_lines-1-amount")["value"] == "2 000,00"
    assert list(full_draft.budget_lines.values_list("label", "amount")) == before


def test_a_line_is_added_without_javascript(client, ambassador, full_draft):
    client.force_login(ambassador)
    response = client.post(
        step(full_draft, "budget"),
        budget_data(
            [line("Location de tentes", "1 500", "rental"), line("Goûter", "120,00"), BLANK],
            initial=1,
            then="add",
        ),
    )
    assert response.status_code == 302
    assert response.url.startswith(step(full_draft, "budget") + "?vides=")
    assert full_draft.budget_lines.count() == 2
    page = soup(client.get(response.url))
    # Three rows were shown; now four: the two saved lines and two blank ones.
    assert len(page.select("fieldset.budget-line")) == 4
    assert page.select_one("#id_lines-1-label")["value"] == "Goûter"
    assert page.select_one("#id_lines-3-label").get("value") is None
    # Nothing typed: one blank row more.
    response = client.post(
        step(full_draft, "budget"),
        budget_data(
            [line("Location de tentes", "1 500", "rental"), line("Goûter", "120"), BLANK, BLANK],
            initial=2,
            then="add",
        ),
    )
    assert len(soup(client.get(response.url)).select("fieldset.budget-line")) == 5


def test_a_line_is_removed_with_its_box(client, ambassador, full_draft):
    client.force_login(ambassador)
    response = client.post(
        step(full_draft, "budget"),
        budget_data(
            [line("Location de tentes", "1 500", "rental", DELETE="on"), line("Goûter", "80")],
            initial=1,
        ),
    )
    assert response.status_code == 302
    assert list(full_draft.budget_lines.values_list("label", flat=True)) == ["Goûter"]


# ---- review, submit, resubmit, withdraw ---------------------------------------------------


def test_the_review_lists_what_is_missing_with_links(client, ambassador, draft):
    client.force_login(ambassador)
    response = client.get(step(draft, "review"))
    links = {a.get_text(strip=True): a["href"] for a in soup(response).select(".missing-list a")}
    assert links["Donnez un titre au projet."] == step(draft, "project")
    assert links["Décrivez les actions et leur calendrier."] == step(draft, "actions")
    assert links["Ajoutez au moins une ligne au budget."] == step(draft, "budget")
    assert soup(response).find("button", string="Déposer mon projet") is None


def test_submitting_tells_the_owner(
    client, ambassador, full_draft, django_capture_on_commit_callbacks
):
    client.force_login(ambassador)
    response = client.get(step(full_draft, "review"))
    assert not soup(response).select(".missing-list")
    assert "Une kermesse de la santé" in text(response)
    assert soup(response).find("button", string="Déposer mon projet") is not None
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(move(full_draft, "submit"))
    assert response.status_code == 302
    assert response.url == page_of(full_draft)
    full_draft.refresh_from_db()
    assert full_draft.status == Proposal.Status.SUBMITTED
    assert [message.to for message in mail.outbox] == [[ambassador.email]]
    assert "Une kermesse de la santé" in mail.outbox[0].subject
    assert "Votre projet est déposé." in text(client.get(response.url))


def test_a_replayed_submit_records_one_event(client, ambassador, full_draft):
    client.force_login(ambassador)
    client.post(move(full_draft, "submit"))
    response = client.post(move(full_draft, "submit"))
    assert response.status_code == 302
    assert ProposalEvent.objects.filter(proposal=full_draft).count() == 1


def test_submitting_after_the_deadline_is_refused_with_the_date(client, ambassador, full_draft):
    call = full_draft.call
    FundingCallPage.objects.filter(pk=call.pk).update(
        closes_at=timezone.now() - datetime.timedelta(hours=1)
    )
    call.refresh_from_db()
    words = transitions.closing_in_words(call)
    client.force_login(ambassador)
    review = client.get(step(full_draft, "review"))
    assert soup(review).find("button", string="Déposer mon projet") is None
    assert f"L’appel à projets a fermé le {words}" in text(review)
    response = client.post(move(full_draft, "submit"))
    assert response.url == step(full_draft, "review")
    assert f"L'appel à projets a fermé le {words}" in text(client.get(response.url))
    full_draft.refresh_from_db()
    assert full_draft.is_draft


def test_an_incomplete_submit_is_refused(client, ambassador, draft):
    client.force_login(ambassador)
    response = client.post(move(draft, "submit"), follow=True)
    assert "Il manque encore" in text(response)
    draft.refresh_from_db()
    assert draft.is_draft


def test_changes_requested_are_submitted_again(client, ambassador, coordinator, full_draft):
    transitions.transition(full_draft.pk, "submit", ambassador)
    transitions.transition(full_draft.pk, "request_changes", coordinator, "Précisez le budget.")
    client.force_login(ambassador)
    # What to change is said on every step.
    for name in STEPS:
        assert "Précisez le budget." in text(client.get(step(full_draft, name)))
    review = soup(client.get(step(full_draft, "review")))
    assert review.find("button", string="Déposer à nouveau") is not None
    assert review.find("button", string="Déposer mon projet") is None
    client.post(move(full_draft, "resubmit"))
    full_draft.refresh_from_db()
    assert full_draft.status == Proposal.Status.SUBMITTED


def test_withdrawing_asks_first(client, ambassador, full_draft):
    client.force_login(ambassador)
    confirmation = client.get(move(full_draft, "withdraw"))
    assert confirmation.status_code == 200
    assert soup(confirmation).find("button", string="Oui, retirer le projet") is not None
    full_draft.refresh_from_db()
    assert full_draft.is_draft
    client.post(move(full_draft, "withdraw"))
    full_draft.refresh_from_db()
    assert full_draft.status == Proposal.Status.WITHDRAWN
    # Closed: its steps lead back to its page.
    assert client.get(step(full_draft, "project")).url == page_of(full_draft)


def test_a_submitted_project_is_no_longer_edited(client, ambassador, full_draft):
    transitions.transition(full_draft.pk, "submit", ambassador)
    client.force_login(ambassador)
    for name in STEPS:
        assert client.get(step(full_draft, name)).url == page_of(full_draft)
    response = client.post(step(full_draft, "project"), {"title": "Autre"})
    assert response.url == page_of(full_draft)
    full_draft.refresh_from_db()
    assert full_draft.title == "Une kermesse de la santé"


def test_a_co_ambassador_edits_and_submits_but_does_not_withdraw(
    client, ambassador, other_ambassador, full_draft
):
    full_draft.co_ambassadors.add(other_ambassador)
    client.force_login(other_ambassador)
    response = client.get(step(full_draft, "project"))
    box = soup(response).find("input", attrs={"name": "co_ambassadors", "checked": True})
    assert box["value"] == str(other_ambassador.pk)
    assert client.post(move(full_draft, "withdraw")).status_code == 404
    client.post(move(full_draft, "submit"))
    full_draft.refresh_from_db()
    assert full_draft.status == Proposal.Status.SUBMITTED


# ---- another member's proposal ------------------------------------------------------------


def test_forged_requests_on_another_members_proposal_answer_404(
    client, other_ambassador, referent, coordinator, full_draft
):
    before = (full_draft.title, full_draft.status, list(full_draft.budget_lines.values("amount")))
    for person in (other_ambassador, referent, coordinator):
        client.force_login(person)
        assert client.get(page_of(full_draft)).status_code == 404
        for name in STEPS:
            assert client.get(step(full_draft, name)).status_code == 404
        assert client.post(step(full_draft, "project"), {"title": "Piraté"}).status_code == 404
        assert client.post(step(full_draft, "budget"), budget_data([line()])).status_code == 404
        for name in ("submit", "resubmit", "withdraw"):
            assert client.post(move(full_draft, name)).status_code == 404
    full_draft.refresh_from_db()
    after = (full_draft.title, full_draft.status, list(full_draft.budget_lines.values("amount")))
    assert after == before
    assert not ProposalEvent.objects.exists()


def test_the_coordinations_transitions_have_no_member_url(client, ambassador, full_draft):
    client.force_login(ambassador)
    for name in ("accept", "decline", "start_review", "request_changes", "unknown"):
        url = f"/fr/espace-membre/projets/{full_draft.pk}/{name}/"
        assert client.post(url).status_code == 404
    assert client.get(f"/fr/espace-membre/projets/{full_draft.pk}/autre-etape/").status_code == 404


def test_anonymous_visitors_are_sent_to_the_login(client, full_draft):
    for url in [page_of(full_draft), step(full_draft, "budget"), move(full_draft, "submit")]:
        response = client.post(url) if url.endswith("submit/") else client.get(url)
        assert response.status_code == 302
        assert "/compte/login/" in response.url


def test_fill_helper_is_complete(full_draft):
    from members.proposals.services import missing_items

    assert missing_items(fill(full_draft, with_budget=False)) == []
