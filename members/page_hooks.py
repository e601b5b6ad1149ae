"""What the member area adds to the public pages, through the extension points that
``pages`` offers (``pages/extensions.py``): ``pages`` knows nothing of members."""

from django.urls import reverse

from wagtail import hooks

from pages import extensions

from .contact import page as contact_page
from .trainings.sessions import training_page_sessions


@hooks.register(extensions.TRAINING_PAGE_CONTEXT)
def training_sessions(page, request):
    """A training's upcoming sessions, and the visitor's registrations to them."""
    return training_page_sessions(page, request)


@hooks.register(extensions.FUNDING_CALL_PROPOSAL_URL)
def proposal_url(page):
    """Where an ambassador proposes a project to a call: one URL for every language."""
    return reverse("members:propose", kwargs={"call_key": page.translation_key})


@hooks.register(extensions.CONTACT_PAGE_CONTEXT)
def contact_form(page, request):
    """The contact page's form, or the confirmation once a message is sent."""
    return contact_page.page_context(page, request)


@hooks.register(extensions.CONTACT_PAGE_SERVE)
def contact_form_post(page, request):
    """The contact form's POST: stored and redirected, or shown again with its errors."""
    return contact_page.serve_post(page, request)
