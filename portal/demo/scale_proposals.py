"""Proposals of the scaled demo (``load_demo --scale N``): the block's ambassadors propose
projects to the demo's open and closed calls, in every status of the workflow. Each carries
the history of the transitions that led to its status (``workflow.TRANSITIONS``), submitted
while its call was open, with one to four budget lines asking at most the call's maximum;
accepted ones have an amount granted within what they asked, examined ones the
coordinator's scores when the demo has a coordinator. Built in bulk as demo data (no
e-mail, no audit-log line)."""

import random
from decimal import Decimal

from django.contrib.auth import get_user_model

from members.models import BudgetLine, Profile, Proposal, ProposalEvent, Review, Score
from members.proposals.choices import BudgetCategory
from members.proposals.choices import ProposalStatus as S
from members.roles import Role

from .scale_text import PARTNERS, THEMES

# Statuses, how often, and the transitions that lead there.
PATHS = [
    (S.DRAFT, 20, ()),
    (S.SUBMITTED, 15, ("submit",)),
    (S.UNDER_REVIEW, 15, ("submit", "start_review")),
    (S.CHANGES_REQUESTED, 10, ("submit", "start_review", "request_changes")),
    (S.ACCEPTED, 20, ("submit", "start_review", "accept")),
    (S.DECLINED, 12, ("submit", "start_review", "decline")),
    (S.WITHDRAWN, 8, ("submit", "withdraw")),
]
TARGETS = {
    "submit": (S.DRAFT, S.SUBMITTED),
    "start_review": (S.SUBMITTED, S.UNDER_REVIEW),
    "request_changes": (S.UNDER_REVIEW, S.CHANGES_REQUESTED),
    "accept": (S.UNDER_REVIEW, S.ACCEPTED),
    "decline": (S.UNDER_REVIEW, S.DECLINED),
    "withdraw": (S.SUBMITTED, S.WITHDRAWN),
}
MESSAGES = {
    "request_changes": "Précisez le calendrier des ateliers et qui les animera, puis déposez "
    "à nouveau.",
    "decline": "L'enveloppe de l'appel ne permet pas de financer ce projet cette année. "
    "Parlons-en avec la référente du pôle pour le prochain appel.",
}
LINES = [
    ("Intervenante", BudgetCategory.STAFF),
    ("Courses pour les ateliers", BudgetCategory.FOOD),
    ("Affiches et tracts traduits", BudgetCategory.COMMUNICATION),
    ("Location de salle", BudgetCategory.RENTAL),
    ("Petit matériel", BudgetCategory.EQUIPMENT),
    ("Tickets de transport", BudgetCategory.TRANSPORT),
]


def add_proposals(block, members, count, calls, now):
    """``count`` proposals of the block's members to the open or closed ``calls`` (French
    pages), in every status. Skipped when one of the members has a proposal."""
    calls = [call for call in calls if call.opens_at < now]
    if not (count and members and calls):
        return 0
    if Proposal.objects.filter(owner_id__in=members).exists():
        return 0
    User = get_user_model()
    coordinator = User.objects.filter(groups__role__role=Role.COORDINATOR).order_by("pk").first()
    poles = dict(Profile.objects.filter(user_id__in=members).values_list("user_id", "pole_id"))
    rng = random.Random(f"scale-proposals-{block}")
    statuses, weights, _paths = zip(*PATHS, strict=True)
    paths = {status: path for status, _weight, path in PATHS}
    drafts = set()
    built = []
    for number in range(count):
        owner = members[(number * 7) % len(members)]
        # Every status at least once, then as often as PATHS says.
        status = statuses[number] if number < len(statuses) else None
        status = status or rng.choices(statuses, weights=weights)[0]
        call = rng.choice(calls)
        if status == S.DRAFT and (call.pk, owner) in drafts:
            status = S.WITHDRAWN  # one draft per call and person
        _tag, topic, idea = rng.choice(THEMES)
        proposal = Proposal(
            call=call,
            owner_id=owner,
            pole_id=poles.get(owner),
            status=status,
            title=f"{idea[0].upper()}{idea[1:]} au pôle",
            summary=f"Des rencontres sur {topic}, préparées avec {rng.choice(PARTNERS)}.",
            expectations=f"Les habitants nous ont parlé de {topic} au café des parents.",
            objectives=f"Toucher {rng.randrange(20, 300)} personnes en six mois.",
            target_public="Habitants du quartier",
            expected_participants=rng.randrange(15, 300),
            actions="Une réunion de préparation, quatre séances, puis le bilan.",
            partners=", ".join(rng.sample(PARTNERS, 2)),
            evaluation="Une feuille de présence à chaque séance.",
        )
        if status == S.DRAFT:
            drafts.add((call.pk, owner))
            proposal.actions = proposal.evaluation = ""  # not finished yet
        lines, requested = _budget(rng, call.max_per_project)
        proposal.created_at, events = _history(rng, call, now, paths[status], owner, coordinator)
        for name, _before, _after, _actor, _message, when in events:
            if name == "submit":
                proposal.submitted_at = when
            if name in ("accept", "decline"):
                proposal.decided_at = when
        if status == S.ACCEPTED:
            proposal.amount_granted = (
                requested * Decimal(rng.choice(["1", "0.9", "0.75"]))
            ).quantize(Decimal("0.01"))
        built.append((proposal, lines, events))
    Proposal.objects.bulk_create([proposal for proposal, *_rest in built], batch_size=1000)
    BudgetLine.objects.bulk_create(
        [
            BudgetLine(proposal=proposal, position=position, **line)
            for proposal, lines, _events in built
            for position, line in enumerate(lines)
        ],
        batch_size=1000,
    )
    ProposalEvent.objects.bulk_create(
        [
            ProposalEvent(
                proposal=proposal,
                actor_id=actor,
                transition=name,
                from_status=before,
                to_status=after,
                message=message,
                created_at=when,
            )
            for proposal, _lines, events in built
            for name, before, after, actor, message, when in events
        ],
        batch_size=1000,
    )
    _reviews(built, coordinator, rng)
    return len(built)


def _history(rng, call, now, path, owner, coordinator):
    """When the draft was started, and the path's events: submitted while the call was
    open, each later step after the one before and before now."""
    end = min(call.closes_at, now)
    started = call.opens_at + (end - call.opens_at) * rng.uniform(0, 0.5)
    when = started + (end - started) * rng.uniform(0.2, 0.98)
    events = []
    for name in path:
        if name != "submit":
            when += (now - when) * rng.uniform(0.1, 0.6)
        before, after = TARGETS[name]
        actor = owner if name in ("submit", "withdraw") else getattr(coordinator, "pk", None)
        events.append((name, before, after, actor, MESSAGES.get(name, ""), when))
    return started, events


def _budget(rng, maximum):
    """One to four budget lines asking the call for at most ``maximum`` euros."""
    chosen = rng.sample(LINES, rng.randrange(1, 5))
    room = Decimal(maximum)
    lines = []
    for label, category in chosen:
        amount = Decimal(rng.randrange(50, 1500))
        other = Decimal(rng.choice([0, 0, 0, int(amount) // 4]))
        asked = min(amount - other, room)
        if asked <= 0:
            break
        room -= asked
        lines.append(
            {
                "label": label,
                "category": category,
                "amount": asked + other,
                "other_source": "Ville de Lille" if other else "",
                "other_amount": other,
            }
        )
    return lines, Decimal(maximum) - room


def _reviews(built, reviewer, rng):
    """The coordinator's scores on the proposals examined (when the demo has one)."""
    if reviewer is None:
        return
    examined = [
        (proposal, events)
        for proposal, _lines, events in built
        if proposal.status in (S.UNDER_REVIEW, S.CHANGES_REQUESTED, S.ACCEPTED, S.DECLINED)
    ]
    reviews = [
        Review(
            proposal=proposal,
            reviewer=reviewer,
            no_conflict=True,
            declared_at=events[1][5],
            submitted_at=events[1][5] if proposal.status != S.UNDER_REVIEW else None,
        )
        for proposal, events in examined
    ]
    Review.objects.bulk_create(reviews, batch_size=1000)
    Score.objects.bulk_create(
        [
            Score(
                review=review,
                criterion=block.id,
                criterion_title=block.value["title"],
                value=rng.randrange(1, 6),
            )
            for review in reviews
            if review.submitted_at
            for block in review.proposal.call.criteria
        ],
        batch_size=1000,
    )
