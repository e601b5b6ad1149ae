"""The five steps of a proposal's form, one short page each: the project, its actions,
its budget, its attachments, and the review before submitting. Each POST saves what was
typed (a draft may be incomplete), then goes on or back to the project's page; a mistake
shows the page again with everything typed kept."""

from dataclasses import dataclass

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from ..errors import NotAllowed, Refused
from . import access, files, services, transitions
from .forms import (
    BLANK_BUDGET_ROWS,
    MAX_BUDGET_ROWS,
    ActionsForm,
    AttachmentForm,
    ProjectForm,
    budget_formset,
)
from .models import Proposal
from .panels import proposal_url, step_url
from .workflow import available


@dataclass(frozen=True)
class Step:
    key: str
    label: str  # in the list of steps
    title: str  # the page's heading


STEPS = (
    Step("project", gettext_lazy("Le projet"), gettext_lazy("Présentez votre projet")),
    Step("actions", gettext_lazy("Les actions"), gettext_lazy("Les actions et leur calendrier")),
    Step("budget", gettext_lazy("Le budget"), gettext_lazy("Le budget du projet")),
    Step("attachments", gettext_lazy("Les pièces jointes"), gettext_lazy("Les pièces jointes")),
    Step("review", gettext_lazy("Relire et déposer"), gettext_lazy("Relisez et déposez")),
)
KEYS = [step.key for step in STEPS]


def authors_proposal(request, pk, queryset=None):
    """The proposal, if the user is one of its authors (else 404), and who they are."""
    if queryset is None:
        queryset = Proposal.objects.select_related("call")
    proposal = get_object_or_404(queryset, pk=pk)
    actors = access.actors(request.user, proposal)
    if not actors & access.AUTHORS:
        raise Http404
    return proposal, actors


def step_links(proposal, current=None):
    return [
        {
            "number": number,
            "key": step.key,
            "label": step.label,
            "url": step_url(proposal, step.key),
            "current": step.key == current,
        }
        for number, step in enumerate(STEPS, start=1)
    ]


def review_context(proposal):
    """Everything the proposal holds, for the review step and the project's page."""
    lines = list(proposal.budget_lines.all())
    cost, other, requested = services.totals(lines)
    kinds = {kind.mimetype: kind.label for kind in files.KINDS}
    attachments = list(proposal.attachments.all())
    for attachment in attachments:
        attachment.kind_label = kinds.get(attachment.mimetype, attachment.mimetype)
    return {
        "lines": lines,
        "cost": cost,
        "other": other,
        "requested": requested,
        "attachments": attachments,
        "co_ambassadors": list(proposal.co_ambassadors.all()),
    }


def _render(request, proposal, step, context):
    number = KEYS.index(step) + 1
    context.update(
        proposal=proposal,
        step=STEPS[number - 1],
        number=number,
        count=len(STEPS),
        steps=step_links(proposal, step),
        next_step=STEPS[number].key if number < len(STEPS) else None,
        request_message=_changes_asked(proposal),
    )
    return render(request, f"members/proposals/step_{step}.html", context)


def _changes_asked(proposal):
    """What the coordination asked to change, shown on every step until resubmitted."""
    if not proposal.changes_requested:
        return ""
    events = proposal.events.filter(transition="request_changes").order_by("-created_at", "-id")
    return events.values_list("message", flat=True).first() or ""


def _saved(request, proposal, step):
    """After a save: on to the next step, or back to the project's page for later."""
    if request.POST.get("then") == "later":
        messages.success(
            request,
            _("C'est enregistré. Vous pourrez reprendre ce projet plus tard, depuis Mon espace."),
        )
        return redirect(proposal_url(proposal))
    messages.success(request, _("C'est enregistré."))
    return redirect(step_url(proposal, KEYS[KEYS.index(step) + 1]))


def _refusal_on(form, refusal):
    form.add_error(refusal.field if refusal.field in form.fields else None, str(refusal))


def fields_step(request, proposal, step, form_class):
    form = form_class(request.POST or None, proposal=proposal)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_step(proposal.pk, request.user, form.cleaned_data)
        except NotAllowed:
            raise Http404 from None
        except Refused as refusal:
            _refusal_on(form, refusal)
        else:
            return _saved(request, proposal, step)
    return _render(request, proposal, step, {"form": form})


def _blank_rows(request):
    try:
        return max(1, min(int(request.GET.get("vides", BLANK_BUDGET_ROWS)), MAX_BUDGET_ROWS))
    except ValueError:
        return BLANK_BUDGET_ROWS


def budget_step(request, proposal, step):
    refusal = None
    if request.method == "POST":
        formset = budget_formset(proposal, request.POST)
        if formset.is_valid():
            lines = formset.lines()
            try:
                services.save_budget(proposal.pk, request.user, lines)
            except NotAllowed:
                raise Http404 from None
            except Refused as error:
                refusal = str(error)
            else:
                if request.POST.get("then") != "add":
                    return _saved(request, proposal, step)
                # Without JavaScript: saved, and back with one row more than before.
                blank = max(BLANK_BUDGET_ROWS, formset.total_form_count() + 1 - len(lines))
                messages.success(request, _("C'est enregistré. Une ligne vide est ajoutée."))
                return redirect(f"{step_url(proposal, step)}?vides={blank}#ligne-{len(lines) + 1}")
        typed = formset.lines() if formset.is_valid() else list(proposal.budget_lines.all())
    else:
        formset = budget_formset(proposal, blank_rows=_blank_rows(request))
        typed = list(proposal.budget_lines.all())
    cost, other, requested = services.totals(typed)
    return _render(
        request,
        proposal,
        step,
        {
            "formset": formset,
            "refusal": refusal,
            "has_errors": bool(refusal) or (formset.is_bound and not formset.is_valid()),
            "cost": cost,
            "other": other,
            "requested": requested,
            "maximum": proposal.call.max_per_project,
        },
    )


def attachments_step(request, proposal, step):
    form = AttachmentForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data.get("file")
        then = request.POST.get("then")
        if upload:
            try:
                attachment = services.add_attachment(proposal.pk, request.user, upload)
            except NotAllowed:
                raise Http404 from None
            except Refused as refusal:
                _refusal_on(form, refusal)
            else:
                messages.success(
                    request,
                    _("« %(name)s » est ajouté au projet.") % {"name": attachment.original_name},
                )
        elif then == "upload":
            form.add_error("file", _("Choisissez d'abord un fichier sur votre téléphone."))
        if not form.errors:
            if then == "upload":
                return redirect(step_url(proposal, step))
            return _saved(request, proposal, step)
    context = review_context(proposal)
    limit = settings.PROPOSAL_ATTACHMENT_MAX_FILES
    context.update(form=form, full=len(context["attachments"]) >= limit, limit=limit)
    return _render(request, proposal, step, context)


def review_step(request, proposal, step):
    if request.method != "GET":
        return HttpResponseNotAllowed(["GET"])
    context = review_context(proposal)
    missing = [
        {"message": message, "url": step_url(proposal, key), "step": STEPS[KEYS.index(key)]}
        for key, message in services.missing_items(proposal)
    ]
    actors = set(access.actors(request.user, proposal))
    actions = {move.name for move in available(proposal.status, actors)}
    context.update(
        missing=missing,
        actions=actions,
        closed=proposal.is_draft and transitions.deadline_passed(proposal.call),
        closes=transitions.closing_in_words(proposal.call),
    )
    return _render(request, proposal, step, context)


HANDLERS = {
    "project": lambda request, proposal, step: fields_step(request, proposal, step, ProjectForm),
    "actions": lambda request, proposal, step: fields_step(request, proposal, step, ActionsForm),
    "budget": budget_step,
    "attachments": attachments_step,
    "review": review_step,
}


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def step_page(request, pk, step):
    if step not in HANDLERS:
        raise Http404
    queryset = Proposal.objects.select_related("call").prefetch_related(
        "budget_lines", "attachments", "co_ambassadors__profile__pole"
    )
    proposal, _actors = authors_proposal(request, pk, queryset)
    if not proposal.is_editable:
        messages.info(
            request,
            _("Ce projet est %(status)s : il ne se modifie plus.")
            % {"status": proposal.get_status_display()},
        )
        return redirect(proposal_url(proposal))
    return HANDLERS[step](request, proposal, step)
