"""The proposal's workflow as one table: each transition, the statuses it starts from,
the status it leads to, and who may take it. Services (``proposals.services``) apply it;
tests walk it for every role, so a new row is tested by itself.

A plain table rather than a state-machine library: seven rows read at a glance, the
guards that need the database (deadline, budget, completeness) stay in the service that
holds the row lock, and nothing writes ``status`` but ``services.transition``."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from .choices import Actor
from .choices import ProposalStatus as S

OWNER, CO, REFERENT, COORDINATOR = (
    Actor.OWNER,
    Actor.CO_AMBASSADOR,
    Actor.REFERENT,
    Actor.COORDINATOR,
)


@dataclass(frozen=True)
class Transition:
    name: str
    sources: tuple
    target: str
    actors: frozenset
    label: str
    # A message to the owner is required (it explains the decision).
    needs_message: bool = False


TRANSITIONS = {
    t.name: t
    for t in (
        Transition("submit", (S.DRAFT,), S.SUBMITTED, frozenset({OWNER, CO}), _("Déposer")),
        Transition(
            "start_review",
            (S.SUBMITTED,),
            S.UNDER_REVIEW,
            frozenset({COORDINATOR}),
            _("Commencer l'examen"),
        ),
        Transition(
            "request_changes",
            (S.SUBMITTED, S.UNDER_REVIEW),
            S.CHANGES_REQUESTED,
            frozenset({COORDINATOR}),
            _("Demander des modifications"),
            needs_message=True,
        ),
        Transition(
            "resubmit",
            (S.CHANGES_REQUESTED,),
            S.SUBMITTED,
            frozenset({OWNER, CO}),
            _("Déposer à nouveau"),
        ),
        Transition(
            "accept", (S.UNDER_REVIEW,), S.ACCEPTED, frozenset({COORDINATOR}), _("Accepter")
        ),
        Transition(
            "decline",
            (S.SUBMITTED, S.UNDER_REVIEW),
            S.DECLINED,
            frozenset({COORDINATOR}),
            _("Ne pas retenir"),
            needs_message=True,
        ),
        Transition(
            "withdraw",
            (S.DRAFT, S.SUBMITTED, S.UNDER_REVIEW, S.CHANGES_REQUESTED),
            S.WITHDRAWN,
            frozenset({OWNER}),
            _("Retirer le projet"),
        ),
    )
}


def available(status, actors):
    """The transitions ``actors`` (a set of ``Actor``) may take from ``status``."""
    return [t for t in TRANSITIONS.values() if status in t.sources and t.actors & actors]
