"""What the proposals sub-domain holds about a member, for the data export and erasure.

Exported: the proposals the member leads or co-leads, their budget lines, the names of
their attachments, and the history addressed to their authors (never the reviews, which
are the reviewers' own). Erased: the member leaves the co-ambassadors; the proposals stay
for the programme (the owner is emptied by the foreign key when the account goes), with
their attachments."""

from django.db.models import Q

from ..plain_data import iso
from .models import Proposal


def _amount(value):
    return None if value is None else str(value)


def export(user):
    proposals = (
        Proposal.objects.filter(Q(owner=user) | Q(co_ambassadors=user))
        .distinct()
        .select_related("call", "pole")
        .prefetch_related("budget_lines", "attachments", "events")
        .order_by("created_at", "pk")
    )
    return {
        "projets": [
            {
                "appel": proposal.call.title,
                "role": "porteur" if proposal.owner_id == user.pk else "co-porteur",
                "etat": proposal.status,
                "pole": str(proposal.pole) if proposal.pole_id else None,
                **{
                    name: getattr(proposal, name)
                    for name in (*Proposal.PROJECT_FIELDS, *Proposal.ACTION_FIELDS)
                    if name != "pole"
                },
                "montant_accorde": _amount(proposal.amount_granted),
                "commence_le": iso(proposal.created_at),
                "depose_le": iso(proposal.submitted_at),
                "decide_le": iso(proposal.decided_at),
                "budget": [
                    {
                        "depense": line.label,
                        "categorie": line.category,
                        "montant": _amount(line.amount),
                        "autre_financeur": line.other_source,
                        "montant_autre_financeur": _amount(line.other_amount),
                    }
                    for line in proposal.budget_lines.all()
                ],
                "pieces_jointes": [
                    {
                        "nom": attachment.original_name,
                        "type": attachment.mimetype,
                        "taille": attachment.size,
                        "envoyee_le": iso(attachment.created_at),
                    }
                    for attachment in proposal.attachments.all()
                ],
                "historique": [
                    {
                        "le": iso(event.created_at),
                        "action": event.transition,
                        "de": event.from_status,
                        "a": event.to_status,
                        "message": event.message,
                    }
                    for event in proposal.events.all()
                ],
            }
            for proposal in proposals
        ]
    }


def erase(user):
    """The member leaves the projects they co-lead. Those they lead stay, without an
    owner (``on_delete=SET_NULL`` when the account is deleted), attachments included."""
    Proposal.co_ambassadors.through.objects.filter(user=user).delete()
