"""From a funded project to an experience sheet: an accepted proposal becomes a draft
sheet in the catalogue, prefilled from what the ambassadors wrote, for an editor to
finish and publish. The sheet and the project then point at each other."""

from django.db import transaction
from django.utils import timezone
from django.utils.html import escape, linebreaks
from django.utils.translation import gettext as _

from wagtail.models import Locale

from pages.choices import TargetPublic
from pages.models import ExperienceSheetIndexPage, ExperienceSheetPage

from .. import audit, permissions
from ..errors import NotAllowed, Refused
from .models import Proposal
from .services import totals

TO_COMPLETE = "…"


def catalogue():
    return ExperienceSheetIndexPage.objects.filter(locale=Locale.get_default()).first()


def can_make_sheet(user, index=None):
    """The coordination, or an editor who may add sheets to the catalogue."""
    if permissions.has(user, permissions.DECIDE_PROPOSALS):
        return True
    index = index or catalogue()
    return index is not None and index.permissions_for_user(user).can_add_subpage()


def _rich(text):
    """Plain text typed by ambassadors, as rich text (escaped, paragraphs kept)."""
    text = (text or "").strip()
    return linebreaks(escape(text)) if text else f"<p>{TO_COMPLETE}</p>"


def make_sheet(proposal_id, by):
    """A draft experience sheet from an accepted proposal; returns the sheet. Once per
    proposal: asked again, it returns the sheet already made."""
    index = catalogue()
    if index is None:
        raise Refused(_("Le catalogue des fiches expérience n'existe pas encore."))
    if not can_make_sheet(by, index):
        raise NotAllowed(_("Vous ne pouvez pas créer de fiche expérience."))
    with transaction.atomic():
        proposal = (
            Proposal.objects.select_for_update(of=("self",))
            .select_related("call", "pole", "owner", "sheet")
            .get(pk=proposal_id)
        )
        if not proposal.is_accepted:
            raise Refused(_("Seul un projet accepté devient une fiche expérience."))
        if proposal.sheet is not None:
            return proposal.sheet
        cost, _other, _requested = totals(proposal.budget_lines.all())
        others = {line.other_source for line in proposal.budget_lines.all() if line.other_source}
        funders = [proposal.call.funder, *sorted(others)]
        sheet = ExperienceSheetPage(
            title=proposal.title[:255] or _("Projet sans titre"),
            live=False,
            summary=(proposal.summary or TO_COMPLETE)[:600],
            territory=_("Ville de Lille")
            + (f" – {proposal.pole.name}" if proposal.pole_id else ""),
            start_year=(proposal.decided_at or timezone.now()).year,
            budget=int(cost) or None,
            author=proposal.owner.get_full_name() if proposal.owner_id else TO_COMPLETE,
            problem=_rich(proposal.expectations),
            objectives=_rich(proposal.objectives),
            story=_rich(proposal.actions),
            results=f"<p>{TO_COMPLETE}</p>",
            action_lead=_("Les ambassadeurs santé")
            + (f" – {proposal.pole.name}" if proposal.pole_id else ""),
            target_public=TargetPublic.RESIDENTS,
            target_public_detail=proposal.target_public[:250],
            operational_partners=proposal.partners,
            financial_partners=", ".join(funders),
        )
        index.add_child(instance=sheet)
        if proposal.pole_id:
            sheet.poles.set([proposal.pole])
        sheet.save_revision(user=by, log_action=True)
        proposal.sheet = sheet
        proposal.save(update_fields=["sheet", "updated_at"])
        audit.record(proposal, "members.proposal.sheet", by=by, sheet=sheet.pk)
    return sheet
