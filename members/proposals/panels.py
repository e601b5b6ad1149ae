"""What the dashboard shows of proposals (« Mes projets »), and what every page of a
proposal says of it: its call in the reader's language, and the next thing to do."""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from pages.indexes import index_url
from portal.core.i18n import active_language_code, localize_pages

from .. import permissions
from ..panel import Panel
from . import access
from .choices import ProposalStatus
from .services import missing_items, totals
from .transitions import closing_in_words, deadline_passed

# What to do when a step still lacks something (``services.missing_items``' steps).
COMPLETE = {
    "project": _("Complétez la présentation du projet"),
    "actions": _("Complétez les actions"),
    "budget": _("Complétez le budget"),
}

# How a status shows (``components/call_status``' classes) and its sign, never alone.
TONES = {
    ProposalStatus.DRAFT: ("upcoming", "✎"),
    ProposalStatus.SUBMITTED: ("upcoming", "…"),
    ProposalStatus.UNDER_REVIEW: ("upcoming", "…"),
    ProposalStatus.CHANGES_REQUESTED: ("upcoming", "!"),
    ProposalStatus.ACCEPTED: ("open", "✓"),
    ProposalStatus.DECLINED: ("closed", "■"),
    ProposalStatus.WITHDRAWN: ("closed", "■"),
}


def with_tone(proposal):
    proposal.tone, proposal.sign = TONES.get(proposal.status, ("closed", "■"))
    return proposal


@dataclass
class NextAction:
    text: str
    url: str = ""
    # « todo »: something for the member to do; « wait »: nothing, for now; « done ».
    kind: str = "todo"


def step_url(proposal, step):
    return reverse("members:proposal_step", kwargs={"pk": proposal.pk, "step": step})


def proposal_url(proposal):
    return reverse("members:proposal", kwargs={"pk": proposal.pk})


def next_action(proposal, now=None):
    """The next thing the authors have to do, in words, and where. Reads the budget lines
    through ``proposal.budget_lines`` (prefetch them for a list)."""
    status = proposal.status
    if status == ProposalStatus.DRAFT:
        if deadline_passed(proposal.call, now):
            return NextAction(
                _("L'appel a fermé le %(date)s : ce projet ne peut plus être déposé.")
                % {"date": closing_in_words(proposal.call)},
                proposal_url(proposal),
                "done",
            )
        missing = missing_items(proposal)
        if missing:
            step = missing[0][0]
            return NextAction(
                COMPLETE.get(step, _("Complétez le projet")), step_url(proposal, step)
            )
        return NextAction(_("Relisez et déposez votre projet"), step_url(proposal, "review"))
    if status == ProposalStatus.CHANGES_REQUESTED:
        return NextAction(
            _("Modifications demandées : voir le message"),
            proposal_url(proposal) + "#historique",
        )
    if status in (ProposalStatus.SUBMITTED, ProposalStatus.UNDER_REVIEW):
        return NextAction(_("En attente de la coordination"), "", "wait")
    if status == ProposalStatus.ACCEPTED:
        return NextAction(_("Projet accepté : bravo !"), proposal_url(proposal), "done")
    if status == ProposalStatus.DECLINED:
        return NextAction(
            _("Projet non retenu : voir le message"), proposal_url(proposal) + "#historique", "done"
        )
    return NextAction(_("Projet retiré"), "", "done")


def localize_calls(proposals):
    """Each proposal's call in the reader's language when it is translated (one query for
    all), as ``proposal.shown_call`` (``proposal.call_lang``: its language if another)."""
    language = active_language_code()
    shown = localize_pages([proposal.call for proposal in proposals], language)
    for proposal, call in zip(proposals, shown, strict=True):
        call = call or proposal.call
        proposal.shown_call = call
        # The language of the title when it is not the page's (a call not translated yet).
        code = call.locale.language_code
        proposal.call_lang = "" if code == language else code
    return proposals


def my_proposals(user, now=None):
    """The member's proposals and those they co-lead, each with its call in the reader's
    language, the amount requested and the next action: three queries, however many."""
    proposals = list(
        access.members_proposals(user)
        .select_related("call__locale")
        .prefetch_related("budget_lines")
    )
    localize_calls(proposals)
    for proposal in proposals:
        proposal.requested = totals(proposal.budget_lines.all())[2]
        proposal.next = next_action(proposal, now)
        proposal.is_mine = proposal.owner_id == user.pk
        with_tone(proposal)
    return proposals


def projects_panel(request, locale):
    user = request.user
    if not permissions.is_ambassador(user) and not access.members_proposals(user).exists():
        return None
    return Panel(
        "members/proposals/panels/projects.html",
        {
            "proposals": my_proposals(user),
            "calls_url": index_url(request, "funding", locale.language_code),
        },
    )
