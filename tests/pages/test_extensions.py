"""The extension points of the public pages (pages/extensions.py): a page shows what the
apps above it add (the member area: a training's sessions, a call's "propose" button),
and only what it owns when no app fills them."""

from wagtail import hooks

import pytest
from bs4 import BeautifulSoup

from pages import extensions
from tests.factories import (
    FundingCallIndexPageFactory,
    FundingCallPageFactory,
    TrainingIndexPageFactory,
    TrainingPageFactory,
)

PAGE_HOOKS = {extensions.TRAINING_PAGE_CONTEXT, extensions.FUNDING_CALL_PROPOSAL_URL}


@pytest.fixture
def no_app_fills_them(monkeypatch):
    """As if no app registered anything for the pages' hooks (Wagtail's own hooks still run)."""
    get_hooks = hooks.get_hooks
    monkeypatch.setattr(
        hooks, "get_hooks", lambda name: [] if name in PAGE_HOOKS else get_hooks(name)
    )


def test_the_hook_names_are_the_pages_own():
    assert len(PAGE_HOOKS) == 2
    assert all(name.startswith("pages_") for name in PAGE_HOOKS)


def test_every_context_function_is_merged_in_order():
    with hooks.register_temporarily(
        [
            ("test_pages_context", lambda page, request: {"a": 1, "b": page}),
            ("test_pages_context", lambda page, request: {"b": request}),
        ]
    ):
        assert extensions.extra_context("test_pages_context", "page", "request") == {
            "a": 1,
            "b": "request",
        }
    assert extensions.extra_context("test_pages_context", "page", "request") == {}


def test_the_first_answer_other_than_none_wins():
    with hooks.register_temporarily(
        [
            ("test_pages_url", lambda page: None),
            ("test_pages_url", lambda page: f"/first/{page}/"),
            ("test_pages_url", lambda page: "/second/"),
        ]
    ):
        assert extensions.first_answer("test_pages_url", "x") == "/first/x/"
    assert extensions.first_answer("test_pages_url", "x") is None


@pytest.mark.django_db
def test_an_open_call_shows_no_proposal_button_when_no_app_takes_proposals(
    client, home, no_app_fills_them
):
    call = FundingCallPageFactory(parent=FundingCallIndexPageFactory(parent=home))
    page = BeautifulSoup(client.get(call.url).content, "html.parser")
    assert page.select_one(".status--open")
    assert page.find("a", string="Proposer un projet") is None


@pytest.mark.django_db
def test_a_training_page_shows_no_session_when_no_app_has_any(client, home, no_app_fills_them):
    training = TrainingPageFactory(parent=TrainingIndexPageFactory(parent=home))
    response = client.get(training.url)
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    # The page shows what it owns; the sessions (and their member URLs) are the member
    # area's template, left out when no app fills the hook.
    assert page.select_one("h1").get_text(strip=True) == training.title
    assert page.select_one("#sessions") is None


@pytest.mark.django_db
def test_a_training_page_shows_what_the_registered_functions_add(client, home):
    training = TrainingPageFactory(parent=TrainingIndexPageFactory(parent=home))
    seen = []

    def add(page, request):
        seen.append(page.pk)
        return {"sessions": []}

    with hooks.register_temporarily(extensions.TRAINING_PAGE_CONTEXT, add, order=100):
        assert client.get(training.url).status_code == 200
    assert seen == [training.pk]
