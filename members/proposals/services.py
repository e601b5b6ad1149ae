"""What authors change on a proposal: start a draft, fill its steps, its budget, its
attachments. Each function is one transaction that locks the proposal, checks every rule,
writes and records it in the audit log. The workflow's transitions are in
``transitions.py``, reviews in ``reviews.py``."""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .. import audit, permissions, summary
from ..errors import NotAllowed, Refused
from . import access, figures, files
from .models import ZERO, Attachment, BudgetLine, Proposal


class ProposalRefused(Refused):
    pass


def french_call(call_key):
    """The call's page in the default language, from its ``translation_key`` (every
    translation of the page leads to the same proposals)."""
    from pages.models import FundingCallPage

    return (
        FundingCallPage.objects.live()
        .filter(translation_key=call_key, locale__language_code=settings.LANGUAGE_CODE)
        .first()
    )


def start_draft(call, user, now=None):
    """The ambassador's draft for ``call`` (its French page): the one they have, or a new
    one. A double click or a replayed request gives the same draft."""
    if not permissions.is_ambassador(user):
        raise NotAllowed(_("Les projets sont proposés par les ambassadeurs et ambassadrices."))
    existing = Proposal.objects.filter(call=call, owner=user, status=Proposal.Status.DRAFT)
    if (draft := existing.first()) is not None:
        return draft, False
    if not call.is_open(now):
        raise ProposalRefused(
            _("Cet appel à projets n'est pas ouvert : il ne reçoit pas de projet.")
        )
    profile_pole = getattr(getattr(user, "profile", None), "pole_id", None)
    try:
        with transaction.atomic():
            draft = Proposal.objects.create(call=call, owner=user, pole_id=profile_pole)
            audit.record(draft, "members.proposal.start", by=user)
    except IntegrityError:
        return existing.get(), False
    return draft, True


def _lock_for_authors(proposal_id, user):
    proposal = Proposal.objects.select_for_update().select_related("call").get(pk=proposal_id)
    if not access.actors(user, proposal) & access.AUTHORS:
        raise NotAllowed(_("Ce projet n'est pas le vôtre."))
    if not proposal.is_editable:
        raise ProposalRefused(
            _("Ce projet est %(status)s : il ne se modifie plus.")
            % {"status": proposal.get_status_display()}
        )
    return proposal


NULLABLE = ("pole", "expected_participants")


def update_step(proposal_id, user, data):
    """Save what one step of the form filled in (``data``: its cleaned data, the fields
    of ``Proposal.PROJECT_FIELDS`` or ``ACTION_FIELDS``, and ``co_ambassadors``)."""
    editable = {*Proposal.PROJECT_FIELDS, *Proposal.ACTION_FIELDS}
    with transaction.atomic():
        proposal = _lock_for_authors(proposal_id, user)
        before = figures.cells(proposal)
        changed = [name for name in data if name in editable]
        for name in changed:
            value = data[name]
            setattr(proposal, name, value if value is not None or name in NULLABLE else "")
        proposal.save()
        summary.refresh("proposals", [*before, *figures.cells(proposal)])
        if "co_ambassadors" in data:
            _set_co_ambassadors(proposal, user, data["co_ambassadors"])
            changed.append("co_ambassadors")
        audit.record(proposal, "members.proposal.edit", by=user, fields=changed)
    return proposal


def _set_co_ambassadors(proposal, user, people):
    people = [person for person in people if person.pk != proposal.owner_id]
    ambassadors = permissions.holders(permissions.ACT_AS_AMBASSADOR)
    if ambassadors.filter(pk__in=[person.pk for person in people]).count() != len(people):
        raise ProposalRefused(_("Les co-porteurs sont des ambassadeurs ou ambassadrices."))
    proposal.co_ambassadors.set(people)


def totals(lines):
    """``(cost, other funding, requested)`` of budget lines (model rows or dicts)."""
    cost = other = ZERO
    for line in lines:
        amount = line["amount"] if isinstance(line, dict) else line.amount
        extra = (line.get("other_amount") if isinstance(line, dict) else line.other_amount) or ZERO
        cost += amount
        other += extra
    return cost, other, cost - other


def save_budget(proposal_id, user, lines):
    """Replace the budget with ``lines`` (dicts: label, category, amount, other_source,
    other_amount). The amount asked of the call may not exceed its maximum per project."""
    with transaction.atomic():
        proposal = _lock_for_authors(proposal_id, user)
        for line in lines:
            if (line.get("other_amount") or ZERO) > line["amount"]:
                raise ProposalRefused(
                    _("« %(label)s » : l'autre financeur ne peut pas apporter plus que la dépense.")
                    % {"label": line["label"]}
                )
        _cost, _other, requested = totals(lines)
        maximum = Decimal(proposal.call.max_per_project)
        if requested > maximum:
            from .amounts import format_amount

            raise ProposalRefused(
                _(
                    "Vous demandez %(requested)s à l'appel : c'est plus que son maximum par "
                    "projet, %(maximum)s. Réduisez des dépenses ou ajoutez d'autres financeurs."
                )
                % {
                    "requested": format_amount(requested, "fr"),
                    "maximum": format_amount(maximum, "fr", whole=True),
                }
            )
        proposal.budget_lines.all().delete()
        BudgetLine.objects.bulk_create(
            BudgetLine(
                proposal=proposal,
                position=index,
                label=line["label"],
                category=line["category"],
                amount=line["amount"],
                other_source=line.get("other_source") or "",
                other_amount=line.get("other_amount") or ZERO,
            )
            for index, line in enumerate(lines)
        )
        proposal.save(update_fields=["updated_at"])
        summary.refresh("proposals", figures.cells(proposal))
        audit.record(proposal, "members.proposal.budget", by=user, lines=len(lines))
    return proposal


def add_attachment(proposal_id, user, upload):
    """Keep an uploaded file: its type read from its content, its name given by us, in
    the private storage. At most ``PROPOSAL_ATTACHMENT_MAX_FILES`` per proposal."""
    try:
        kind = files.detect(upload)
    except ValidationError as error:
        raise ProposalRefused(" ".join(error.messages), field="file") from None
    with transaction.atomic():
        proposal = _lock_for_authors(proposal_id, user)
        limit = settings.PROPOSAL_ATTACHMENT_MAX_FILES
        if proposal.attachments.count() >= limit:
            raise ProposalRefused(
                _("Un projet a %(limit)s pièces jointes au plus : retirez-en une d'abord.")
                % {"limit": limit},
                field="file",
            )
        attachment = Attachment(
            proposal=proposal,
            original_name=files.display_name(upload.name or ""),
            mimetype=kind.mimetype,
            size=upload.size,
            uploaded_by=user,
            created_at=timezone.now(),
        )
        upload.seek(0)
        attachment.file.save(files.stored_name(kind), upload, save=False)
        attachment.save()
        audit.record(proposal, "members.proposal.attach", by=user, name=attachment.original_name)
    return attachment


def remove_attachment(attachment_id, user):
    with transaction.atomic():
        proposal_id = (
            Attachment.objects.filter(pk=attachment_id)
            .values_list("proposal_id", flat=True)
            .first()
        )
        if proposal_id is None:
            raise Attachment.DoesNotExist
        proposal = _lock_for_authors(proposal_id, user)
        attachment = proposal.attachments.get(pk=attachment_id)
        name = attachment.original_name
        stored = attachment.file.name
        attachment.delete()
        audit.record(proposal, "members.proposal.detach", by=user, name=name)
        storage = attachment.file.storage
        transaction.on_commit(lambda: storage.delete(stored))
    return proposal


def missing_items(proposal):
    """What the proposal still lacks before it can be submitted: ``(step, message)``."""
    missing = []
    required = [
        ("project", "title", _("Donnez un titre au projet.")),
        ("project", "summary", _("Décrivez le projet en quelques lignes.")),
        ("project", "expectations", _("Dites à quelles attentes des habitants il répond.")),
        ("project", "objectives", _("Écrivez ses objectifs.")),
        ("project", "target_public", _("Dites à qui il s'adresse.")),
        ("actions", "actions", _("Décrivez les actions et leur calendrier.")),
        ("actions", "evaluation", _("Dites comment vous compterez les personnes touchées.")),
    ]
    for step, name, message in required:
        if not str(getattr(proposal, name) or "").strip():
            missing.append((step, message))
    if proposal.pole_id is None:
        missing.append(("project", _("Choisissez le pôle du projet.")))
    if not proposal.budget_lines.exists():
        missing.append(("budget", _("Ajoutez au moins une ligne au budget.")))
    return missing
