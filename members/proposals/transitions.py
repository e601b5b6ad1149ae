"""The workflow's transitions (``workflow.TRANSITIONS``), applied: one service that takes
the proposal's row lock, checks who may and every guard, writes the new status, records an
event and the audit log, and tells the authors by e-mail, in their language, on commit."""

from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from .. import audit, emails, summary
from ..errors import NotAllowed, Refused
from ..people.services import member_language
from . import access, figures
from .amounts import format_amount
from .choices import ProposalStatus
from .models import Proposal, ProposalEvent
from .services import missing_items, totals
from .workflow import TRANSITIONS


class TransitionRefused(Refused):
    pass


def deadline_passed(call, now=None):
    """Submitting is possible until the call's closing date and time (excluded)."""
    return (now or timezone.now()) >= call.closes_at


def closing_in_words(call):
    return date_format(timezone.localtime(call.closes_at), "DATETIME_FORMAT")


def transition(proposal_id, name, by, message="", amount=None, now=None):
    """Take transition ``name`` on the proposal. A replay of the same transition by the
    same person (a double click, a reloaded POST) changes nothing and returns the
    proposal."""
    if name not in TRANSITIONS:
        raise TransitionRefused(_("Cette action n'existe pas."))
    step = TRANSITIONS[name]
    now = now or timezone.now()
    message = (message or "").strip()
    with transaction.atomic():
        proposal = Proposal.objects.select_for_update().select_related("call").get(pk=proposal_id)
        if not access.actors(by, proposal) & step.actors:
            raise NotAllowed(_("Vous ne pouvez pas faire cela sur ce projet."))
        last = proposal.events.order_by("-id").first()
        if (
            proposal.status == step.target
            and last is not None
            and (last.transition, last.actor_id) == (name, by.pk)
        ):
            return proposal
        if proposal.status not in step.sources:
            raise TransitionRefused(
                _("Ce projet est %(status)s : « %(action)s » n'est pas possible maintenant.")
                % {"status": proposal.get_status_display(), "action": step.label}
            )
        if step.needs_message and not message:
            raise TransitionRefused(
                _("Écrivez un message au porteur du projet : il explique la décision."),
                field="message",
            )
        _check_guards(proposal, name, now, amount)
        previous = proposal.status
        before = figures.cells(proposal)
        proposal.status = step.target
        if name in ("submit", "resubmit"):
            proposal.submitted_at = now
        if name in ("accept", "decline"):
            proposal.decided_at = now
        proposal.save()
        summary.refresh("proposals", [*before, *figures.cells(proposal)])
        event = ProposalEvent.objects.create(
            proposal=proposal,
            actor=by,
            transition=name,
            from_status=previous,
            to_status=step.target,
            message=message,
            created_at=now,
        )
        audit.record(
            proposal,
            f"members.proposal.{name}",
            by=by,
            previous=previous,
            status=step.target,
            message=message,
        )
        _tell_authors(proposal, event)
    return proposal


def _check_guards(proposal, name, now, amount):
    if name in ("submit", "resubmit"):
        missing = missing_items(proposal)
        if missing:
            raise TransitionRefused(
                _("Il manque encore : %(items)s")
                % {"items": " ".join(str(message) for _step, message in missing)}
            )
        _cost, _other, requested = totals(proposal.budget_lines.all())
        if requested > Decimal(proposal.call.max_per_project):
            raise TransitionRefused(
                _("Le montant demandé dépasse le maximum de l'appel : corrigez le budget.")
            )
    if name == "submit" and deadline_passed(proposal.call, now):
        raise TransitionRefused(
            _(
                "L'appel à projets a fermé le %(date)s : ce projet ne peut plus être déposé. "
                "Vous pouvez le garder et le relire."
            )
            % {"date": closing_in_words(proposal.call)}
        )
    if name == "accept":
        _cost, _other, requested = totals(proposal.budget_lines.all())
        try:
            granted = Decimal(amount) if amount not in (None, "") else None
        except (InvalidOperation, TypeError, ValueError):
            granted = None
        if granted is None or granted <= 0 or granted > requested:
            raise TransitionRefused(
                _("Indiquez le montant accordé : plus de 0 et au plus %(requested)s.")
                % {"requested": format_amount(requested, "fr")},
                field="amount",
            )
        proposal.amount_granted = granted.quantize(Decimal("0.01"))


def authors(proposal):
    people = [proposal.owner] if proposal.owner_id else []
    return [*people, *proposal.co_ambassadors.exclude(pk=proposal.owner_id)]


def _tell_authors(proposal, event):
    for person in authors(proposal):
        if not person.email:
            continue
        language = member_language(person)
        emails.send(
            "proposals/transition",
            person.email,
            {
                "person": person,
                "proposal": proposal,
                "event": event,
                "status": ProposalStatus(event.to_status).label,
                "granted": proposal.amount_granted
                and format_amount(proposal.amount_granted, language),
                "proposal_url": emails.member_url("members:proposal", language, pk=proposal.pk),
            },
            language,
        )
