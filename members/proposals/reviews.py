"""Reviews of a proposal by the coordination and the pôle's référent: a declaration of no
conflict of interest first (or a withdrawal), then one score per criterion of the call
(0 to 5, or « not applicable ») and a comment, sent once. A reviewer sees the others'
scores only after sending their own."""

from statistics import mean

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .. import audit
from ..errors import NotAllowed, Refused
from . import access
from .choices import PENDING_STATUSES, Actor
from .models import Proposal
from .review_models import Review, Score

REVIEWERS = frozenset({Actor.REFERENT, Actor.COORDINATOR})
# Scores this far apart on one criterion flag the proposal for a discussion.
DISAGREEMENT = 3


class ReviewRefused(Refused):
    pass


def criteria(call):
    """``[(key, title)]`` of the call's review criteria (the StreamField's block ids)."""
    return [(block.id, block.value["title"]) for block in call.criteria]


def _lock(proposal_id, reviewer):
    proposal = Proposal.objects.select_for_update().select_related("call").get(pk=proposal_id)
    if not access.actors(reviewer, proposal) & REVIEWERS:
        raise NotAllowed(_("Vous n'examinez pas ce projet."))
    if proposal.status not in PENDING_STATUSES:
        raise ReviewRefused(
            _("Ce projet est %(status)s : il ne se note pas.")
            % {"status": proposal.get_status_display()}
        )
    return proposal


def declare(proposal_id, reviewer, no_conflict):
    """The reviewer declares having no conflict of interest, or withdraws (then they do
    not score this proposal, and cannot come back on it)."""
    with transaction.atomic():
        # The proposal's lock serialises its reviewers: one review each.
        proposal = _lock(proposal_id, reviewer)
        review = Review.objects.filter(proposal=proposal, reviewer=reviewer).first()
        if review is not None and (review.withdrawn or review.is_submitted):
            return review
        if review is None:
            review = Review(proposal=proposal, reviewer=reviewer)
        review.no_conflict = bool(no_conflict)
        review.withdrawn = not no_conflict
        review.declared_at = timezone.now()
        review.save()
        if review.withdrawn:
            audit.record(proposal, "members.proposal.recuse", by=reviewer)
    return review


def submit_scores(proposal_id, reviewer, scores, comment=""):
    """``scores``: ``{criterion key: 0..5 or None (not applicable)}`` for every criterion
    of the call. Sent once: a second time is refused."""
    with transaction.atomic():
        proposal = _lock(proposal_id, reviewer)
        review = (
            Review.objects.select_for_update().filter(proposal=proposal, reviewer=reviewer).first()
        )
        if review is not None and review.withdrawn:
            raise ReviewRefused(_("Vous vous êtes retiré·e de l'examen de ce projet."))
        if review is None or not review.no_conflict:
            raise ReviewRefused(
                _("Déclarez d'abord que vous n'avez pas de conflit d'intérêts avec ce projet.")
            )
        if review.is_submitted:
            raise ReviewRefused(_("Vous avez déjà envoyé vos notes pour ce projet."))
        expected = criteria(proposal.call)
        if set(scores) != {key for key, _title in expected}:
            raise ReviewRefused(
                _("Notez chacun des critères de l'appel, ou cochez « sans objet ».")
            )
        for value in scores.values():
            if value is not None and (not isinstance(value, int) or not 0 <= value <= 5):
                raise ReviewRefused(_("Une note va de 0 à 5."))
        Score.objects.bulk_create(
            Score(review=review, criterion=key, criterion_title=title[:200], value=scores[key])
            for key, title in expected
        )
        review.comment = (comment or "").strip()
        review.submitted_at = timezone.now()
        review.save(update_fields=["comment", "submitted_at"])
        audit.record(proposal, "members.proposal.review", by=reviewer)
    return review


def summary(proposal, viewer):
    """What ``viewer`` may see of the reviews: nothing of the others' before sending
    their own. Per criterion: the scores, their average and spread, and whether the
    reviewers disagree (``DISAGREEMENT`` points or more)."""
    reviews = list(
        proposal.reviews.select_related("reviewer").prefetch_related("scores").order_by("id")
    )
    mine = next((r for r in reviews if r.reviewer_id == viewer.pk), None)
    sees_others = mine is not None and (mine.is_submitted or mine.withdrawn)
    sent = [r for r in reviews if r.is_submitted]
    rows = []
    for key, title in criteria(proposal.call):
        values = [
            score.value
            for review in sent
            for score in review.scores.all()
            if score.criterion == key and score.value is not None
        ]
        spread = max(values) - min(values) if values else None
        rows.append(
            {
                "key": key,
                "title": title,
                "average": round(mean(values), 1) if values else None,
                "spread": spread,
                "disagree": spread is not None and spread >= DISAGREEMENT,
            }
        )
    return {
        "mine": mine,
        "sees_others": sees_others,
        "reviews": sent if sees_others else [],
        "criteria": rows if sees_others else [],
        "count": len(sent),
        "disagree": sees_others and any(row["disagree"] for row in rows),
    }
