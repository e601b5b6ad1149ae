"""The member's side of a proposal: proposing a project to a call, the project's page,
its attachments' downloads, and the transitions its authors take (submit, submit again,
withdraw). The form's steps are in ``step_views.py``. Views ask ``access`` and hand every
change to ``services`` or ``transitions``; a proposal someone may not see answers 404."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from pages.models import FundingCallPage
from portal.core.i18n import active_language_code

from .. import permissions
from ..errors import NotAllowed, Refused
from . import access, private_files, services, transitions
from .choices import ProposalStatus
from .models import Attachment, Proposal
from .panels import localize_calls, next_action, step_url, with_tone
from .step_views import authors_proposal, review_context, step_links
from .workflow import TRANSITIONS, available

# The transitions authors take from the member area (the others are the coordination's).
AUTHOR_TRANSITIONS = ("submit", "resubmit", "withdraw")
DONE = {
    "submit": gettext_lazy(
        "Votre projet est déposé. La coordination va l'examiner : vous recevrez un e-mail "
        "à chaque étape."
    ),
    "resubmit": gettext_lazy("Votre projet est déposé à nouveau. La coordination va le relire."),
    "withdraw": gettext_lazy("Votre projet est retiré."),
}


def lang_if_french(call):
    """``fr`` when the page is in another language (the call is not translated yet)."""
    return "" if active_language_code() == settings.LANGUAGE_CODE else settings.LANGUAGE_CODE


def shown_call(call):
    """The call's page in the reader's language, else the French one."""
    language = active_language_code()
    if language == settings.LANGUAGE_CODE:
        return call
    translated = (
        FundingCallPage.objects.live()
        .filter(translation_key=call.translation_key, locale__language_code=language)
        .first()
    )
    return translated or call


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def propose(request, call_key):
    if not permissions.is_ambassador(request.user):
        raise PermissionDenied
    call = services.french_call(call_key)
    if call is None:
        raise Http404
    if request.method == "POST":
        try:
            proposal, created = services.start_draft(call, request.user)
        except NotAllowed:
            raise PermissionDenied from None
        except Refused as refusal:
            messages.error(request, str(refusal))
            return redirect("members:propose", call_key=call_key)
        if created:
            messages.success(
                request,
                _(
                    "Votre projet est commencé. Chaque étape est enregistrée : vous pouvez "
                    "vous arrêter et reprendre plus tard, depuis Mon espace."
                ),
            )
        return redirect(step_url(proposal, "project"))
    draft = Proposal.objects.filter(
        call=call, owner=request.user, status=ProposalStatus.DRAFT
    ).first()
    if draft is not None:
        messages.info(request, _("Vous avez déjà commencé un projet pour cet appel : le voici."))
        return redirect("members:proposal", pk=draft.pk)
    shown = shown_call(call)
    call_lang = "" if shown.locale_id != call.locale_id else lang_if_french(call)
    # In French quotes held to the title by no-break spaces: « never alone on a line ».
    title = (
        format_html('«\u00a0<bdi lang="{}">{}</bdi>\u00a0»', call_lang, shown.title)
        if call_lang
        else format_html("«\u00a0<bdi>{}</bdi>\u00a0»", shown.title)
    )
    return render(
        request,
        "members/proposals/propose.html",
        {
            "call": call,
            "shown": shown,
            "call_lang": call_lang,
            "title_html": title,
            "call_url": shown.get_url(request),
            "is_open": call.is_open(),
            "closes": transitions.closing_in_words(call),
        },
    )


def history(proposal):
    """The proposal's transitions, as its authors see them: who (an author's name, or
    « la coordination » for staff, never a name), when, from, to, and the message."""
    authors_only = {name for name, step in TRANSITIONS.items() if not step.actors - access.AUTHORS}
    events = []
    for event in proposal.events.select_related("actor"):
        if event.transition in authors_only:
            actor = event.actor
            who = (actor.get_full_name() or actor.get_username()) if actor else _("un porteur")
        else:
            who = _("la coordination")
        events.append(
            {
                "at": event.created_at,
                "who": who,
                "from": ProposalStatus(event.from_status).label,
                "to": ProposalStatus(event.to_status).label,
                "message": event.message,
                "action": str(TRANSITIONS[event.transition].label)
                if event.transition in TRANSITIONS
                else event.transition,
            }
        )
    return events


def author_actions(proposal, actors):
    """The transitions these authors may take now, among submit, resubmit and withdraw."""
    return {
        step.name
        for step in available(proposal.status, set(actors))
        if step.name in AUTHOR_TRANSITIONS
    }


@never_cache
@login_required
def proposal_page(request, pk):
    queryset = Proposal.objects.select_related("call__locale", "pole", "owner").prefetch_related(
        "budget_lines", "attachments", "co_ambassadors__profile__pole"
    )
    proposal, actors = authors_proposal(request, pk, queryset)
    localize_calls([proposal])
    with_tone(proposal)
    context = review_context(proposal)
    context.update(
        proposal=proposal,
        actions=author_actions(proposal, actors),
        next=next_action(proposal),
        history=history(proposal),
        steps=step_links(proposal) if proposal.is_editable else [],
        closes=transitions.closing_in_words(proposal.call),
    )
    return render(request, "members/proposals/proposal.html", context)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def take_transition(request, pk, name):
    proposal, actors = authors_proposal(request, pk)
    if request.method == "GET":
        if name != "withdraw":
            return HttpResponseNotAllowed(["POST"])
        if name not in author_actions(proposal, actors):
            raise Http404
        return render(request, "members/proposals/withdraw.html", {"proposal": proposal})
    try:
        transitions.transition(proposal.pk, name, request.user)
    except NotAllowed:
        raise Http404 from None
    except Refused as refusal:
        messages.error(request, str(refusal))
        return redirect(step_url(proposal, "review"))
    messages.success(request, DONE[name])
    return redirect("members:proposal", pk=proposal.pk)


@never_cache
@login_required
def download(request, pk, attachment_pk):
    """An attachment, to its authors and, once submitted, to the référent of its pôle and
    the coordination; 404 for anybody else."""
    proposal = get_object_or_404(Proposal, pk=pk)
    if not access.can_read(request.user, proposal):
        raise Http404
    attachment = get_object_or_404(Attachment, pk=attachment_pk, proposal=proposal)
    return private_files.file_response(
        attachment.file, attachment.original_name, attachment.mimetype
    )


@login_required
@require_POST
def remove_attachment(request, pk, attachment_pk):
    proposal, _actors = authors_proposal(request, pk)
    attachment = get_object_or_404(Attachment, pk=attachment_pk, proposal=proposal)
    try:
        services.remove_attachment(attachment.pk, request.user)
    except (NotAllowed, Attachment.DoesNotExist):
        raise Http404 from None
    except Refused as refusal:
        messages.error(request, str(refusal))
        return redirect("members:proposal", pk=proposal.pk)
    messages.success(
        request, _("« %(name)s » est retiré du projet.") % {"name": attachment.original_name}
    )
    return redirect(step_url(proposal, "attachments"))
