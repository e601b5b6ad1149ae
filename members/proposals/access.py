"""Who a person is to a proposal, and which proposals they may see."""

from django.db.models import Q

from .. import permissions
from .choices import Actor
from .models import Proposal


def actors(user, proposal):
    """The set of ``Actor`` that ``user`` is for ``proposal`` (empty: a stranger)."""
    if not user.is_authenticated:
        return frozenset()
    found = set()
    if proposal.owner_id == user.pk:
        found.add(Actor.OWNER)
    if permissions.is_ambassador(user) and proposal.co_ambassadors.filter(pk=user.pk).exists():
        found.add(Actor.CO_AMBASSADOR)
    if proposal.is_draft:
        # A draft is its authors' own until they submit it.
        return frozenset(found)
    if permissions.has(user, permissions.DECIDE_PROPOSALS):
        found.add(Actor.COORDINATOR)
    elif (
        permissions.has(user, permissions.REVIEW_PROPOSALS)
        and proposal.pole_id
        and proposal.pole_id in permissions.followed_pole_ids(user)
    ):
        found.add(Actor.REFERENT)
    return frozenset(found)


def members_proposals(user):
    """What an ambassador sees in « My projects »: theirs and those they co-lead."""
    if not user.is_authenticated:
        return Proposal.objects.none()
    return Proposal.objects.filter(Q(owner=user) | Q(co_ambassadors=user)).distinct()


def reviewable_proposals(user):
    """What staff see in the admin: every submitted proposal for the coordination, those
    of their pôles for a référent. Drafts stay private to their authors."""
    queryset = Proposal.objects.exclude(status=Proposal.Status.DRAFT)
    if permissions.has(user, permissions.DECIDE_PROPOSALS) or (
        permissions.has(user, permissions.REVIEW_PROPOSALS) and permissions.sees_all_poles(user)
    ):
        return queryset
    if permissions.has(user, permissions.REVIEW_PROPOSALS):
        return queryset.filter(pole_id__in=permissions.followed_pole_ids(user))
    return queryset.none()


AUTHORS = frozenset({Actor.OWNER, Actor.CO_AMBASSADOR})


def can_edit(user, proposal):
    return proposal.is_editable and bool(actors(user, proposal) & AUTHORS)


def can_read(user, proposal):
    return bool(actors(user, proposal))
