"""Proposals in the Wagtail admin: the coordination reviews and decides, the pôles'
référents review theirs (``access.reviewable_proposals``). The list (filters, counts per
status, CSV/XLSX exports), one page per proposal (``admin_views.ReviewView``: everything
written, reviews, decisions through ``transitions.transition``), the attachments' downloads
and the audit log's history. No generic add, edit, copy or delete view exists."""

from django.core.exceptions import PermissionDenied
from django.db.models import (
    Count,
    DecimalField,
    Exists,
    F,
    Max,
    Min,
    OuterRef,
    Q,
    Subquery,
    Sum,
    Value,
)
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn
from wagtail.admin.views import generic
from wagtail.admin.widgets import HeaderButton

import django_filters

from pages.models import FundingCallPage, Pole

from ..admin_base import BoundedSearchMixin, NoGenericWriteViewSet
from . import access, exports
from .admin_views import AttachmentView, ReviewView, reviews_staff
from .amounts import format_amount
from .choices import CLOSED_STATUSES, ProposalStatus
from .models import ZERO, BudgetLine, Proposal
from .review_models import Review, Score
from .reviews import DISAGREEMENT

LISTED_STATUSES = [(value, label) for value, label in ProposalStatus.choices if value != "draft"]
MONEY = DecimalField(max_digits=12, decimal_places=2)


def _line_sum(expression):
    lines = BudgetLine.objects.filter(proposal=OuterRef("pk")).order_by().values("proposal")
    total = Subquery(lines.annotate(total=Sum(expression)).values("total"), output_field=MONEY)
    return Coalesce(total, Value(ZERO), output_field=MONEY)


def with_figures(queryset, viewer):
    """Every figure of the list and the exports in the proposals' own query: the budget's
    totals, the reviews sent, whether scores on one criterion are ``DISAGREEMENT`` points
    apart, and whether ``viewer`` may see it (their own review sent or withdrawn, or the
    proposal closed). No query per row."""
    sent = Review.objects.filter(proposal=OuterRef("pk"), submitted_at__isnull=False)
    spread = (
        Score.objects.filter(
            review__proposal=OuterRef("pk"),
            review__submitted_at__isnull=False,
            value__isnull=False,
        )
        .order_by()
        .values("criterion")
        .annotate(spread=Max("value") - Min("value"))
        .filter(spread__gte=DISAGREEMENT)
    )
    done = Review.objects.filter(proposal=OuterRef("pk"), reviewer_id=viewer.pk).filter(
        Q(submitted_at__isnull=False) | Q(withdrawn=True)
    )
    return queryset.annotate(
        total_cost=_line_sum("amount"),
        other_funding=_line_sum("other_amount"),
        requested_amount=_line_sum(F("amount") - F("other_amount")),
        reviews_sent=Coalesce(
            Subquery(
                sent.order_by().values("proposal").annotate(n=Count("pk")).values("n"),
            ),
            Value(0),
        ),
        has_disagreement=Exists(spread),
        viewer_reviewed=Exists(done),
    )


class ProposalFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=gettext_lazy("État"), choices=LISTED_STATUSES)
    pole = django_filters.ModelChoiceFilter(label=gettext_lazy("Pôle"), queryset=Pole.objects.all())
    call = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Appel à projets"),
        queryset=FundingCallPage.objects.filter(locale__language_code="fr")
        .defer_streamfields()
        .order_by("-opens_at"),
    )

    class Meta:
        model = Proposal
        fields = ["status", "pole", "call"]


class AmountColumn(Column):
    def get_value(self, instance):
        value = super().get_value(instance)
        return "" if value is None else format_amount(value, get_language())


class DisagreementColumn(StatusTagColumn):
    """« désaccord » when the viewer may see the scores; said so when they may not yet."""

    def get_value(self, instance):
        if not (instance.viewer_reviewed or instance.status in CLOSED_STATUSES):
            return _("après vos notes") if instance.reviews_sent else ""
        return _("désaccord") if instance.has_disagreement else ""

    def get_primary(self, instance):
        return bool(instance.has_disagreement and instance.viewer_reviewed)


def review_url(proposal):
    return reverse("proposals:review", args=[proposal.pk])


class ProposalIndexView(BoundedSearchMixin, generic.IndexView):
    default_ordering = "-submitted_at"
    results_template_name = "members/proposals/admin/index_results.html"
    show_export_buttons = False  # the exports are offered above the list, with its filters

    def get_base_queryset(self):
        queryset = access.reviewable_proposals(self.request.user)
        queryset = queryset.select_related("call", "pole", "owner").defer(
            "call__body", "call__documents", "call__eligibility"
        )
        return with_figures(queryset, self.request.user)

    def get_edit_url(self, instance):
        return review_url(instance)

    def get_list_more_buttons(self, instance):
        history = reverse("proposals:history", args=[instance.pk])
        return [
            MenuItem(_("Examiner"), url=review_url(instance), icon_name="form", priority=10),
            MenuItem(_("Historique"), url=history, icon_name="history", priority=20),
        ]

    def get(self, request, *args, **kwargs):
        kind = request.GET.get("export")
        if kind in exports.KINDS:
            return exports.response(self.get_queryset(), kind)
        return super().get(request, *args, **kwargs)

    def status_counts(self):
        """How many proposals in each state, for the pôle and call filtered (one query)."""
        queryset = access.reviewable_proposals(self.request.user)
        if self.filters and self.filters.is_valid():
            chosen = self.filters.form.cleaned_data
            for name in ("pole", "call"):
                if chosen.get(name):
                    queryset = queryset.filter(**{name: chosen[name]})
        found = {
            row["status"]: row["n"]
            for row in queryset.order_by().values("status").annotate(n=Count("pk"))
        }
        params = self.request.GET.copy()
        for name in ("p", "export", "_w_filter_fragment", "status"):
            params.pop(name, None)
        rows = []
        for value, label in LISTED_STATUSES:
            params["status"] = value
            rows.append({"label": label, "count": found.get(value, 0), "query": params.urlencode()})
        return rows

    def export_query(self, kind):
        params = self.request.GET.copy()
        for name in ("p", "_w_filter_fragment"):
            params.pop(name, None)
        params["export"] = kind
        return params.urlencode()

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["status_counts"] = self.status_counts()
        context["xlsx_query"] = self.export_query("xlsx")
        context["csv_query"] = self.export_query("csv")
        return context


class ProposalHistoryView(generic.history.HistoryView):
    # Whoever may read the proposal reads its history.
    any_permission_required = ["view", "change"]

    def get_object(self, queryset=None):
        # Found before the permission is checked: those who review nothing go home.
        if not reviews_staff(self.request.user):
            raise PermissionDenied
        return get_object_or_404(
            access.reviewable_proposals(self.request.user), pk=self.kwargs["pk"]
        )

    def get_edit_url(self, instance):
        return review_url(instance)

    @cached_property
    def header_buttons(self):
        return [
            HeaderButton(label=_("Examen du projet"), url=review_url(self.object), icon_name="form")
        ]


class ProposalViewSet(NoGenericWriteViewSet):
    model = Proposal
    name = "proposals"
    icon = "clipboard-list"
    menu_label = gettext_lazy("Projets")
    menu_order = 270
    add_to_admin_menu = True
    index_view_class = ProposalIndexView
    history_view_class = ProposalHistoryView
    filterset_class = ProposalFilterSet
    list_per_page = 50
    search_fields = ["title", "owner__first_name", "owner__last_name"]
    list_display = [
        "title",
        Column("call", label=gettext_lazy("Appel"), accessor="call.title"),
        Column("pole", label=gettext_lazy("Pôle"), accessor="pole.name"),
        StatusTagColumn(
            "get_status_display",
            label=gettext_lazy("État"),
            sort_key="status",
            primary=lambda proposal: proposal.is_pending,
        ),
        AmountColumn(
            "requested_amount", label=gettext_lazy("Montant demandé"), sort_key="requested_amount"
        ),
        DateColumn("submitted_at", label=gettext_lazy("Déposé le"), sort_key="submitted_at"),
        Column("reviews_sent", label=gettext_lazy("Examens envoyés"), sort_key="reviews_sent"),
        DisagreementColumn("disagreement", label=gettext_lazy("Désaccord")),
    ]
    # The generic form is never served (no add or edit URL); a model viewset needs one.
    form_fields = ["title"]

    def extra_urlpatterns(self):
        """Read, review and decide."""
        return [
            path("review/<int:pk>/", ReviewView.as_view(), name="review"),
            path("attachment/<int:pk>/", AttachmentView.as_view(), name="attachment"),
        ]
