"""The member's pages of proposals (under the member area's prefix)."""

from django.urls import path, register_converter
from django.utils.translation import gettext_lazy as _

from . import step_views, views


class StepConverter:
    """One of the five steps of the form (any other word: no such page)."""

    regex = "|".join(step_views.KEYS)

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


class AuthorTransitionConverter(StepConverter):
    """A transition the authors take from the member area."""

    regex = "|".join(views.AUTHOR_TRANSITIONS)


register_converter(StepConverter, "proposal_step")
register_converter(AuthorTransitionConverter, "author_transition")

urlpatterns = [
    path(_("appels/<uuid:call_key>/proposer/"), views.propose, name="propose"),
    path(_("projets/<int:pk>/"), views.proposal_page, name="proposal"),
    path(
        _("projets/<int:pk>/pieces/<int:attachment_pk>/"),
        views.download,
        name="proposal_attachment",
    ),
    path(
        _("projets/<int:pk>/pieces/<int:attachment_pk>/supprimer/"),
        views.remove_attachment,
        name="proposal_attachment_remove",
    ),
    path(_("projets/<int:pk>/<proposal_step:step>/"), step_views.step_page, name="proposal_step"),
    path(
        _("projets/<int:pk>/<author_transition:name>/"),
        views.take_transition,
        name="proposal_transition",
    ),
]
