"""Reviews as the services keep them: a declaration first, scores sent once, 0 to 5 or
« not applicable » on every criterion of the call, the others' scores hidden until one's
own are sent, disagreement flagged."""

import pytest

from members.errors import NotAllowed
from members.models import Review, Score
from members.proposals import reviews
from members.proposals.choices import ProposalStatus

from .workflow_fixtures import complete_proposal

pytestmark = pytest.mark.django_db


@pytest.fixture
def proposal(call, cast):
    return complete_proposal(call, cast["owner"], status=ProposalStatus.UNDER_REVIEW)


def keys(proposal):
    return [key for key, _title in reviews.criteria(proposal.call)]


def scores(proposal, *values):
    return dict(zip(keys(proposal), values, strict=True))


def test_a_reviewer_declares_then_scores_once(proposal, cast):
    coordinator = cast["coordinator"]
    with pytest.raises(reviews.ReviewRefused, match="conflit"):
        reviews.submit_scores(proposal.pk, coordinator, scores(proposal, 4, 3))
    reviews.declare(proposal.pk, coordinator, no_conflict=True)
    reviews.submit_scores(proposal.pk, coordinator, scores(proposal, 4, None), "Solide.")
    with pytest.raises(reviews.ReviewRefused, match="déjà envoyé"):
        reviews.submit_scores(proposal.pk, coordinator, scores(proposal, 0, 0))
    assert list(Score.objects.values_list("value", flat=True).order_by("id")) == [4, None]


@pytest.mark.parametrize("bad", [6, -1, "4", 2.5])
def test_a_score_is_from_zero_to_five(proposal, cast, bad):
    reviews.declare(proposal.pk, cast["referent"], no_conflict=True)
    with pytest.raises(reviews.ReviewRefused, match="de 0 à 5"):
        reviews.submit_scores(proposal.pk, cast["referent"], scores(proposal, bad, 3))
    assert not Score.objects.exists()


def test_every_criterion_is_scored_and_no_other(proposal, cast):
    reviews.declare(proposal.pk, cast["referent"], no_conflict=True)
    first = keys(proposal)[0]
    for given in ({first: 3}, {**scores(proposal, 3, 3), "invented": 2}):
        with pytest.raises(reviews.ReviewRefused, match="chacun des critères"):
            reviews.submit_scores(proposal.pk, cast["referent"], given)


@pytest.mark.parametrize("role", ["other_referent", "other_ambassador", "editor", "owner"])
def test_only_the_coordination_and_the_poles_referent_review(proposal, cast, role):
    with pytest.raises(NotAllowed):
        reviews.declare(proposal.pk, cast[role], no_conflict=True)
    assert not Review.objects.exists()


def test_a_reviewer_who_withdraws_does_not_score(proposal, cast):
    reviews.declare(proposal.pk, cast["referent"], no_conflict=False)
    # Withdrawn for good: declaring again changes nothing.
    review = reviews.declare(proposal.pk, cast["referent"], no_conflict=True)
    assert review.withdrawn
    with pytest.raises(reviews.ReviewRefused, match="retiré"):
        reviews.submit_scores(proposal.pk, cast["referent"], scores(proposal, 3, 3))


def test_others_scores_are_seen_after_ones_own_and_disagreement_is_flagged(proposal, cast):
    referent, coordinator = cast["referent"], cast["coordinator"]
    reviews.declare(proposal.pk, referent, no_conflict=True)
    reviews.submit_scores(proposal.pk, referent, scores(proposal, 1, 3), "Trop flou.")
    reviews.declare(proposal.pk, coordinator, no_conflict=True)
    before = reviews.summary(proposal, coordinator)
    assert not before["sees_others"] and before["reviews"] == [] and before["criteria"] == []
    reviews.submit_scores(proposal.pk, coordinator, scores(proposal, 4, 3))
    after = reviews.summary(proposal, coordinator)
    assert after["sees_others"] and after["count"] == 2
    first, second = after["criteria"]
    assert (first["average"], first["spread"], first["disagree"]) == (2.5, 3, True)
    assert (second["average"], second["spread"], second["disagree"]) == (3, 0, False)
    assert after["disagree"]


def test_a_closed_proposal_is_not_reviewed(call, cast):
    proposal = complete_proposal(call, cast["owner"], status=ProposalStatus.ACCEPTED)
    with pytest.raises(reviews.ReviewRefused):
        reviews.declare(proposal.pk, cast["coordinator"], no_conflict=True)
