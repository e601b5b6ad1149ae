"""What the member area adds to the public pages, through the extension points that
``pages`` offers (``pages/extensions.py``): ``pages`` knows nothing of members."""

from django.urls import reverse

from wagtail import hooks

from pages import extensions

from .trainings.sessions import training_page_sessions


@hooks.register(extensions.TRAINING_PAGE_CONTEXT)
def training_sessions(page, request):
    """A training's upcoming sessions, and the visitor's registrations to them."""
    return training_page_sessions(page, request)


@hooks.register(extensions.FUNDING_CALL_PROPOSAL_URL)
def proposal_url(page):
    """Where an ambassador proposes a project to a call: one URL for every language."""
    return reverse("members:propose", kwargs={"call_key": page.translation_key})
