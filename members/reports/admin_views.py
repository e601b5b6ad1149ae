"""The figures' pages in the Wagtail admin, under /admin/chiffres/, for the coordination
(every pôle) and the référents (their pôles): nobody else reaches them
(``permissions.can_view_figures``; Wagtail sends whoever has no admin access to the login).

- ``FiguresDashboardView`` (/admin/chiffres/): the figures of a period and pôles
  (``dashboard.Dashboard``), from one ``figures.read``.
- ``ActionListView`` (/admin/chiffres/actions/): the actions behind those numbers,
  read-only (``actions.queries.visible_actions``: a référent reads their pôles' only), with
  the dashboard's filters plus a theme, a type and one month. Two queries for the rows,
  whatever their number: the totals (which give the pages' count) and the page (pôles and
  authors joined). Ambassadors change their own actions in the member area only: there is
  no write view here."""

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Sum
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.http import urlencode
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .. import permissions
from ..actions.queries import visible_actions
from . import charts
from .dashboard import NO_POLE_LABEL, Dashboard, read
from .figures import Period
from .filters import ActionFilterForm, FigureFilterForm, viewer_poles
from .links import Links

PER_PAGE = 50


class FiguresDashboardView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "members/reports/admin/dashboard.html"
    header_icon = "table"
    page_title = gettext_lazy("Chiffres du programme")

    def dispatch(self, request, *args, **kwargs):
        if not permissions.can_view_figures(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": _("Tableau de bord")},
            {"url": "", "label": self.get_page_title()},
        ]

    def other_pages(self):
        """The funders' report of the same period; the closed years, for the coordination.
        (In the page rather than in the admin's header, which has no room on a phone.)"""
        period = {
            key: value
            for key, value in self.selection.params().items()
            if key in ("annee", "du", "au")
        }
        pages = [(_("Rapport aux financeurs"), f"{reverse('figures_report')}?{urlencode(period)}")]
        if permissions.can_close_years(self.request.user):
            pages.append((_("Années closes"), reverse("figures_close_year")))
        return pages

    def get(self, request, *args, **kwargs):
        poles, every_pole = viewer_poles(request.user)
        self.form = FigureFilterForm(request.GET, poles=poles, every_pole=every_pole)
        self.selection = self.form.selection()
        language = get_language()
        links = Links(request.user, self.selection)
        self.dashboard = Dashboard(
            read(self.selection), self.selection, poles, every_pole, links, language
        )
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        dashboard = self.dashboard
        return super().get_context_data(
            form=self.form,
            selection=self.selection,
            period_label=self.selection.describe(),
            pole_label=self.selection.pole.name
            if self.selection.pole
            else (NO_POLE_LABEL if self.selection.no_pole else None),
            every_pole=dashboard.every_pole,
            cards=dashboard.cards(),
            proposals=dashboard.proposals(),
            charts=dashboard.charts(),
            actions_url=dashboard.links.actions(),
            other_pages=self.other_pages(),
            **kwargs,
        )


def filtered(actions, selection, values):
    """``actions`` in the selection's period and pôles, of ``values``' theme, type, month."""
    period = selection.period
    if values.get("mois"):
        period = Period.months(values["mois"], values["mois"])
    actions = actions.filter(date__gte=period.first, date__lt=period.end)
    if selection.no_pole:
        actions = actions.filter(pole__isnull=True)
    elif selection.pole_ids is not None:
        actions = actions.filter(pole_id__in=selection.pole_ids)
    if values.get("theme"):
        actions = actions.filter(theme=values["theme"])
    if values.get("type"):
        actions = actions.filter(kind=values["type"])
    return actions, period


class ActionListView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "members/reports/admin/actions.html"
    header_icon = "list-ul"
    page_title = gettext_lazy("Actions des ambassadeurs et ambassadrices")

    def dispatch(self, request, *args, **kwargs):
        user = request.user
        if not permissions.can_view_figures(user):
            raise PermissionDenied
        if not permissions.has(user, permissions.VIEW_ACTIONS):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": _("Tableau de bord")},
            {"url": reverse("figures_dashboard"), "label": _("Chiffres du programme")},
            {"url": "", "label": _("Actions")},
        ]

    def get_context_data(self, **kwargs):
        request = self.request
        poles, every_pole = viewer_poles(request.user)
        form = ActionFilterForm(request.GET, poles=poles, every_pole=every_pole)
        selection = form.selection()
        values = {
            name: form.cleaned_data.get(name)
            for name in ("theme", "type", "mois")
            if name not in form.errors
        }
        actions, period = filtered(visible_actions(request.user), selection, values)
        totals = actions.order_by().aggregate(count=Count("pk"), people=Sum("people"))
        paginator = Paginator(actions.order_by("-date", "-created_at", "-pk"), PER_PAGE)
        paginator.count = totals["count"]  # known already: no second COUNT
        page = paginator.get_page(request.GET.get("p"))
        language = get_language()
        for action in page:
            action.people_shown = charts.number(action.people, language)
        dashboard_query = selection.query()
        return super().get_context_data(
            form=form,
            selection=selection,
            period=period,
            period_label=date_format(values["mois"], "F Y")
            if values.get("mois")
            else selection.describe(),
            pole_label=selection.pole.name
            if selection.pole
            else (NO_POLE_LABEL if selection.no_pole else None),
            actions=page,
            elided_page_range=paginator.get_elided_page_range(page.number),
            count=charts.number(totals["count"], language),
            people=charts.number(totals["people"] or 0, language),
            dashboard_url=f"{reverse('figures_dashboard')}?{dashboard_query}",
            **kwargs,
        )
