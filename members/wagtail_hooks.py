"""The member area in the Wagtail admin: each sub-domain's viewsets, the audit log's
actions, and what the member area adds to public pages (``page_hooks``)."""

from wagtail import hooks

from . import audit, page_hooks  # noqa: F401
from .people.admin import ApplicationViewSet
from .proposals.admin import ProposalViewSet
from .trainings.admin import SessionViewSet


@hooks.register("register_admin_viewset")
def register_application_viewset():
    return ApplicationViewSet()


@hooks.register("register_admin_viewset")
def register_session_viewset():
    return SessionViewSet()


hooks.register("register_admin_viewset", ProposalViewSet)  # the class builds the viewset


@hooks.register("register_log_actions")
def register_member_actions(actions):
    audit.register_actions(actions)
