"""Extension points of the public pages, filled by the apps above ``pages``.

Some pages show things that belong to another app (a training's sessions, a funding call's
"propose a project" button belong to the member area). ``pages`` imports none of those
apps: it names a hook here, and the app registers a function for it with Wagtail's hooks
registry::

    from wagtail import hooks

    from pages import extensions

    @hooks.register(extensions.TRAINING_PAGE_CONTEXT)
    def sessions(page, request): ...

With no function registered, the page shows what it owns and leaves the rest out.
"""

from wagtail import hooks

TRAINING_PAGE_CONTEXT = "pages_training_page_context"
"""``fn(page: TrainingPage, request: HttpRequest) -> dict``

Called each time a training page is rendered; the dict returned is merged into the
template context. ``templates/pages/training_page.html`` includes the template named
``sessions_template`` if the context has one (the member area's sessions and buttons,
which name its URLs: they live in its templates). Every registered function is called,
in registration order; a later one's keys win."""

FUNDING_CALL_PROPOSAL_URL = "pages_funding_call_proposal_url"
"""``fn(page: FundingCallPage) -> str | None``

Where a visitor proposes a project in answer to the call (the same for every language's
page). The first function that returns a URL wins; ``None`` means "not mine". With no URL,
the open call shows no "propose a project" button."""


CONTACT_PAGE_CONTEXT = "pages_contact_page_context"
"""``fn(page: ContactPage, request: HttpRequest) -> dict``

Called each time the contact page is rendered; merged into the template context.
``templates/pages/contact_page.html`` includes the template named ``contact_form_template``
if the context has one (the member area's form, its confirmation)."""

CONTACT_PAGE_SERVE = "pages_contact_page_serve"
"""``fn(page: ContactPage, request: HttpRequest) -> HttpResponse | None``

Called before the contact page is rendered: the member area answers the form's POST
(a redirect to the confirmation, or the page with the form's errors). The first response
other than ``None`` wins; ``None`` lets the page render as usual."""


def extra_context(hook_name, *args):
    """The dicts returned by the functions registered for ``hook_name``, merged."""
    context = {}
    for function in hooks.get_hooks(hook_name):
        context.update(function(*args))
    return context


def first_answer(hook_name, *args):
    """The first answer other than ``None`` of the functions registered for ``hook_name``."""
    for function in hooks.get_hooks(hook_name):
        answer = function(*args)
        if answer is not None:
            return answer
    return None
