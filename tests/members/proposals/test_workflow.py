"""The workflow of a proposal, walked from its table: every transition, from every
status, by every role. A new row in ``workflow.TRANSITIONS`` is tested by itself."""

import datetime
import zoneinfo
from decimal import Decimal

from django.core import mail
from django.db import transaction
from django.utils import timezone

import pytest

from members.errors import NotAllowed
from members.models import Proposal, ProposalEvent
from members.proposals import transitions
from members.proposals.choices import Actor, ProposalStatus
from members.proposals.workflow import TRANSITIONS

from .workflow_fixtures import complete_proposal, make_call

pytestmark = pytest.mark.django_db

ROLE_ACTORS = {
    "owner": {Actor.OWNER},
    "co": {Actor.CO_AMBASSADOR},
    "referent": {Actor.REFERENT},
    "coordinator": {Actor.COORDINATOR},
    "other_ambassador": set(),
    "other_referent": set(),
    "editor": set(),
}
STAFF = {Actor.REFERENT, Actor.COORDINATOR}
PARIS = zoneinfo.ZoneInfo("Europe/Paris")


def arguments(name):
    return {
        "message": "Merci de préciser le calendrier." if TRANSITIONS[name].needs_message else "",
        "amount": Decimal("1000") if name == "accept" else None,
    }


def expected(name, status, role):
    step = TRANSITIONS[name]
    actors = set(ROLE_ACTORS[role])
    if status == ProposalStatus.DRAFT:
        actors -= STAFF  # a draft is its authors' own
    if not actors & step.actors:
        return "not_allowed"
    if status not in step.sources:
        return "refused"
    return "done"


CASES = [
    (name, status, role)
    for name in TRANSITIONS
    for status in ProposalStatus.values
    for role in ROLE_ACTORS
]


@pytest.mark.parametrize(("name", "status", "role"), CASES)
def test_every_transition_from_every_status_by_every_role(call, cast, name, status, role):
    proposal = complete_proposal(call, cast["owner"], co=[cast["co"]], status=status)
    outcome = expected(name, status, role)
    try:
        transitions.transition(proposal.pk, name, by=cast[role], **arguments(name))
    except NotAllowed:
        got = "not_allowed"
    except transitions.TransitionRefused:
        got = "refused"
    else:
        got = "done"
    assert got == outcome
    proposal.refresh_from_db()
    events = list(proposal.events.values_list("transition", "from_status", "to_status"))
    if outcome == "done":
        assert proposal.status == TRANSITIONS[name].target
        assert events == [(name, status, TRANSITIONS[name].target)]
    else:
        assert proposal.status == status and events == []


def test_a_transition_not_in_the_table_is_refused(call, cast):
    proposal = complete_proposal(call, cast["owner"])
    with pytest.raises(transitions.TransitionRefused, match="n'existe pas"):
        transitions.transition(proposal.pk, "publish", by=cast["coordinator"])


def test_a_replayed_transition_changes_nothing(call, cast):
    proposal = complete_proposal(call, cast["owner"])
    for _ in range(3):
        transitions.transition(proposal.pk, "submit", by=cast["owner"])
    assert ProposalEvent.objects.filter(proposal=proposal).count() == 1


@pytest.mark.parametrize("name", ["request_changes", "decline"])
def test_a_decision_against_the_authors_needs_a_message(call, cast, name):
    proposal = complete_proposal(call, cast["owner"], status=ProposalStatus.UNDER_REVIEW)
    with pytest.raises(transitions.TransitionRefused) as refusal:
        transitions.transition(proposal.pk, name, by=cast["coordinator"], message="  ")
    assert refusal.value.field == "message"


@pytest.mark.parametrize("amount", [None, "", "0", "-5", "1200.01", "abc"])
def test_the_amount_granted_is_positive_and_at_most_what_is_asked(call, cast, amount):
    # Asked: 1 500 € of costs, 300 € from the City: 1 200 €.
    proposal = complete_proposal(call, cast["owner"], status=ProposalStatus.UNDER_REVIEW)
    with pytest.raises(transitions.TransitionRefused) as refusal:
        transitions.transition(proposal.pk, "accept", by=cast["coordinator"], amount=amount)
    assert refusal.value.field == "amount"
    transitions.transition(proposal.pk, "accept", by=cast["coordinator"], amount="800")
    proposal.refresh_from_db()
    assert (proposal.status, proposal.amount_granted) == ("accepted", Decimal("800.00"))


def test_an_incomplete_proposal_is_not_submitted(call, cast):
    proposal = complete_proposal(call, cast["owner"])
    Proposal.objects.filter(pk=proposal.pk).update(evaluation="", title="")
    proposal.budget_lines.all().delete()
    with pytest.raises(transitions.TransitionRefused) as refusal:
        transitions.transition(proposal.pk, "submit", by=cast["owner"])
    message = str(refusal.value)
    assert "titre" in message and "compterez" in message and "budget" in message


class TestDeadline:
    """Submitting is possible until the call's closing date and time, Paris time."""

    def deadline(self, local):
        return timezone.make_aware(local, PARIS)

    def attempt(self, call, owner, now):
        proposal = complete_proposal(call, owner)
        return transitions.transition(proposal.pk, "submit", by=owner, now=now)

    @pytest.mark.parametrize(
        ("closes", "words"),
        [
            # An ordinary evening.
            (datetime.datetime(2027, 1, 15, 23, 59), "15 janvier 2027 23:59"),
            # Midnight right after the clocks go back (25 October 2026, 3:00 → 2:00).
            (datetime.datetime(2026, 10, 26, 0, 0), "26 octobre 2026 00:00"),
            # Noon on the day itself, after the change.
            (datetime.datetime(2026, 10, 25, 12, 0), "25 octobre 2026 12:00"),
        ],
    )
    def test_one_second_before_and_after(self, cast, closes, words):
        closes_at = self.deadline(closes)
        call = make_call(opens_at=closes_at - datetime.timedelta(days=60), closes_at=closes_at)
        before = closes_at - datetime.timedelta(seconds=1)
        assert self.attempt(call, cast["owner"], before).status == "submitted"
        for author, late in (
            (cast["co"], closes_at),
            (cast["other_ambassador"], closes_at + datetime.timedelta(seconds=1)),
        ):
            with pytest.raises(transitions.TransitionRefused, match=words):
                self.attempt(call, author, late)

    def test_a_draft_stays_editable_after_the_deadline(self, cast):
        from members.proposals import services

        closed = timezone.now() - datetime.timedelta(hours=1)
        call = make_call(opens_at=closed - datetime.timedelta(days=30), closes_at=closed)
        proposal = complete_proposal(call, cast["owner"])
        services.update_step(proposal.pk, cast["owner"], {"title": "Relu après la date"})
        proposal.refresh_from_db()
        assert proposal.title == "Relu après la date" and proposal.is_draft


def test_each_transition_tells_the_authors_in_their_language(
    call,
    cast,
    django_capture_on_commit_callbacks,
):
    owner, co = cast["owner"], cast["co"]
    co.profile.language = "ar"
    co.profile.save()
    proposal = complete_proposal(call, owner, co=[co])
    steps = [
        ("submit", owner, {}),
        ("start_review", cast["coordinator"], {}),
        ("request_changes", cast["coordinator"], {"message": "Précisez les dates."}),
        ("resubmit", co, {}),
        ("start_review", cast["coordinator"], {}),
        ("accept", cast["coordinator"], {"amount": "1000"}),
    ]
    for name, actor, extra in steps:
        mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            transitions.transition(proposal.pk, name, by=actor, **extra)
        assert sorted(m.to[0] for m in mail.outbox) == sorted([owner.email, co.email]), name
        french = next(m for m in mail.outbox if m.to == [owner.email])
        arabic = next(m for m in mail.outbox if m.to == [co.email])
        assert "Une kermesse de la santé" in french.subject
        assert french.subject != arabic.subject
        if extra.get("message"):
            assert extra["message"] in french.body and extra["message"] in arabic.body
    assert "1\u202f000,00\xa0€" in french.body


def test_no_email_for_a_transition_that_rolled_back(call, cast, django_capture_on_commit_callbacks):
    proposal = complete_proposal(call, cast["owner"])
    with django_capture_on_commit_callbacks(execute=True):
        try:
            with transaction.atomic():
                transitions.transition(proposal.pk, "submit", by=cast["owner"])
                raise RuntimeError("the request failed after the transition")
        except RuntimeError:
            pass
    proposal.refresh_from_db()
    assert proposal.is_draft and mail.outbox == []
