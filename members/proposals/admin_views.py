"""One proposal on one admin page, for those who review it (the coordination, the pôle's
référent): what the ambassadors wrote, the budget, the attachments, the history, the
review (declaration, then scores, then everyone's scores) and, for the coordination, the
decisions. Every POST calls one service; its refusal shows on the form."""

from types import SimpleNamespace

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.generic import TemplateView, View

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import HeaderButton

from .. import permissions
from ..errors import NotAllowed, Refused
from . import access, private_files, reviews, sheets, transitions, workflow
from .admin_forms import DECISIONS, DecisionForm, ScoresForm
from .amounts import format_amount
from .models import Attachment, Proposal
from .services import totals


def reviews_staff(user):
    return permissions.has(user, permissions.REVIEW_PROPOSALS) or permissions.has(
        user, permissions.DECIDE_PROPOSALS
    )


def review_summary(proposal, viewer):
    """``reviews.summary``; once the proposal is decided or withdrawn nobody scores it any
    more and nothing can sway a reviewer: its reviews show to whoever reads it (the
    summary as a reviewer who sent theirs sees it)."""
    found = reviews.summary(proposal, viewer)
    if found["sees_others"] or not proposal.is_closed or not found["count"]:
        return found
    sender = proposal.reviews.filter(submitted_at__isnull=False).values_list("reviewer_id")[0]
    return {**reviews.summary(proposal, SimpleNamespace(pk=sender[0])), "mine": found["mine"]}


def score_table(summary):
    """Rows per criterion: each reviewer's score (None: sans objet), average, spread."""
    by_review = {
        review.pk: {score.criterion: score for score in review.scores.all()}
        for review in summary["reviews"]
    }
    rows = []
    for row in summary["criteria"]:
        cells = []
        for review in summary["reviews"]:
            score = by_review[review.pk].get(row["key"])
            cells.append({"given": score is not None, "value": score and score.value})
        rows.append({**row, "cells": cells})
    return rows


class ReviewView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "members/proposals/admin/review.html"
    header_icon = "clipboard-list"

    def dispatch(self, request, *args, **kwargs):
        if not reviews_staff(request.user):
            raise PermissionDenied
        self.proposal = get_object_or_404(
            access.reviewable_proposals(request.user).select_related("call", "pole", "owner"),
            pk=kwargs["pk"],
        )
        self.actors = access.actors(request.user, self.proposal)
        self.forms = {}
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def url(self):
        return reverse("proposals:review", args=[self.proposal.pk])

    def get_page_title(self):
        return str(self.proposal)

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": _("Tableau de bord")},
            {"url": reverse("proposals:index"), "label": _("Projets")},
            {"url": "", "label": str(self.proposal)},
        ]

    @cached_property
    def header_buttons(self):
        url = reverse("proposals:history", args=[self.proposal.pk])
        return [HeaderButton(label=_("Historique"), url=url, icon_name="history")]

    @cached_property
    def budget(self):
        lines = list(self.proposal.budget_lines.all())
        return lines, totals(lines)

    def decisions(self):
        steps = workflow.available(self.proposal.status, self.actors)
        requested = self.budget[1][2]
        return [
            self.forms.get(step.name) or DecisionForm(step, requested)
            for step in steps
            if step.name in DECISIONS
        ]

    def post(self, request, *args, **kwargs):
        action = request.POST.get("action", "")
        if action in DECISIONS:
            handler = self.decide
        else:
            handler = {"declare": self.declare, "scores": self.score, "sheet": self.sheet}.get(
                action
            )
        if handler is None:
            messages.error(request, _("Cette action n'existe pas."))
            return redirect(self.url)
        try:
            return handler(action)
        except NotAllowed:
            raise PermissionDenied from None

    def declare(self, action):
        choice = self.request.POST.get("declare")
        if choice not in ("no_conflict", "withdraw"):
            messages.error(self.request, _("Choisissez l'une des deux réponses."))
            return redirect(self.url)
        try:
            reviews.declare(self.proposal.pk, self.request.user, choice == "no_conflict")
        except Refused as refusal:
            messages.error(self.request, str(refusal))
        else:
            messages.success(
                self.request,
                _("C'est noté : vous pouvez noter le projet.")
                if choice == "no_conflict"
                else _("C'est noté : vous ne notez pas ce projet."),
            )
        return redirect(self.url)

    def score(self, action):
        form = ScoresForm(reviews.criteria(self.proposal.call), self.request.POST)
        if form.is_valid():
            try:
                reviews.submit_scores(
                    self.proposal.pk,
                    self.request.user,
                    form.scores(),
                    form.cleaned_data["comment"],
                )
            except Refused as refusal:
                # Already sent, withdrawn, no longer under review: the form is gone.
                messages.error(self.request, str(refusal))
                return redirect(self.url)
            messages.success(self.request, _("Vos notes sont envoyées."))
            return redirect(self.url)
        self.forms["scores"] = form
        return self.render_to_response(self.get_context_data(), status=200)

    def decide(self, name):
        step = workflow.TRANSITIONS[name]
        form = DecisionForm(step, self.budget[1][2], self.request.POST)
        if form.is_valid():
            try:
                transitions.transition(
                    self.proposal.pk,
                    name,
                    by=self.request.user,
                    message=form.cleaned_data.get("message", ""),
                    amount=form.cleaned_data.get("amount"),
                )
            except Refused as refusal:
                if refusal.field not in form.fields:
                    # Not about what was typed (the status changed meanwhile…).
                    messages.error(self.request, str(refusal))
                    return redirect(self.url)
                form.add_error(refusal.field, str(refusal))
            else:
                messages.success(
                    self.request,
                    _("« %(action)s » : c'est fait ; le porteur du projet est prévenu par e-mail.")
                    % {"action": step.label},
                )
                return redirect(self.url)
        self.forms[name] = form
        return self.render_to_response(self.get_context_data(), status=200)

    def sheet(self, action):
        try:
            sheets.make_sheet(self.proposal.pk, self.request.user)
        except Refused as refusal:
            messages.error(self.request, str(refusal))
        else:
            messages.success(
                self.request, _("La fiche expérience est créée en brouillon : à compléter.")
            )
        return redirect(self.url)

    def sheet_url(self):
        """The sheet's edit page, for whoever may edit it (editors, not the coordination)."""
        sheet = self.proposal.sheet_id and self.proposal.sheet
        if sheet and sheet.permissions_for_user(self.request.user).can_edit():
            return reverse("wagtailadmin_pages:edit", args=[sheet.pk])
        return None

    def review_context(self):
        user = self.request.user
        summary = review_summary(self.proposal, user)
        mine = summary["mine"]
        stage = None
        if self.actors & reviews.REVIEWERS and self.proposal.is_pending:
            if mine is None:
                stage = "declare"
            elif mine.no_conflict and not mine.withdrawn and not mine.is_submitted:
                stage = "score"
        form = None
        if stage == "score":
            form = self.forms.get("scores") or ScoresForm(reviews.criteria(self.proposal.call))
        return {
            "summary": summary,
            "score_rows": score_table(summary),
            "stage": stage,
            "scores_form": form,
        }

    def get_context_data(self, **kwargs):
        proposal = self.proposal
        language = get_language()
        lines, (cost, other, requested) = self.budget
        sheet_id = proposal.sheet_id
        return super().get_context_data(
            proposal=proposal,
            fields=[
                (Proposal._meta.get_field(name).verbose_name, getattr(proposal, name))
                for name in (
                    "summary",
                    "expectations",
                    "objectives",
                    "target_public",
                    "expected_participants",
                    "actions",
                    "partners",
                    "evaluation",
                )
            ],
            co_ambassadors=list(proposal.co_ambassadors.all()),
            lines=[
                {
                    "line": line,
                    "amount": format_amount(line.amount, language),
                    "other": format_amount(line.other_amount, language),
                    "requested": format_amount(line.requested, language),
                }
                for line in lines
            ],
            cost=format_amount(cost, language),
            maximum=format_amount(proposal.call.max_per_project, language, whole=True),
            other=format_amount(other, language),
            requested=format_amount(requested, language),
            granted=proposal.amount_granted is not None
            and format_amount(proposal.amount_granted, language),
            attachments=list(proposal.attachments.all()),
            events=list(proposal.events.select_related("actor")),
            decisions=self.decisions(),
            can_make_sheet=proposal.is_accepted
            and not sheet_id
            and sheets.can_make_sheet(self.request.user),
            sheet_url=self.sheet_url(),
            **self.review_context(),
            **kwargs,
        )


class AttachmentView(View):
    """An attachment's download, for those who review its proposal (never a public URL)."""

    def get(self, request, pk):
        if not reviews_staff(request.user):
            raise PermissionDenied
        attachment = get_object_or_404(Attachment.objects.select_related("proposal"), pk=pk)
        if not access.actors(request.user, attachment.proposal) & reviews.REVIEWERS:
            raise Http404
        try:
            return private_files.file_response(
                attachment.file, attachment.original_name, attachment.mimetype
            )
        except FileNotFoundError:
            raise Http404 from None
