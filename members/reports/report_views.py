"""The funders' reports and the closing of years, in the Wagtail admin.

- ``ReportView`` (/admin/chiffres/rapport/): a GET form (financeur, période, format); the
  same GET with its parameters downloads the file at once, so that the dashboard links
  straight to ``?funder=ville&format=pdf&year=2026``. The coordination reports on every
  pôle, a référent on their pôles. Wrong parameters show the form with its errors.
- ``ClosedYearsView`` (/admin/chiffres/annees/): the closed years, and closing a past year
  after a confirmation step; the coordination only."""

from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import HeaderButton

from portal.core.time import local_today

from .. import permissions, summary
from ..errors import NotAllowed, Refused
from . import funders, pdf, services, workbook
from .report_forms import CloseYearForm, ReportForm, years

WRITERS = {"pdf": pdf.response, "xlsx": workbook.response}
# A GET with either of these is a request for a file (the others only fill the form in).
REQUEST_PARAMETERS = ("funder", "format")
# The dashboard's names for the period (``filters.FigureFilterForm``).
PERIOD_ALIASES = {"annee": "year", "du": "from", "au": "to"}


def normalised(query):
    """The query string with the dashboard's names for the period and the funders'
    aliases replaced by the form's names."""
    data = query.copy()
    for alias, name in PERIOD_ALIASES.items():
        if alias in data and name not in data:
            data[name] = data[alias]
    funder = funders.ALIASES.get(data.get("funder"))
    if funder:
        data["funder"] = funder
    return data


def period_initial(data):
    """The period of a link without a funder nor a format, as the form's initial values
    (what does not read as a period is left out)."""
    probe = ReportForm(
        {"year": data.get("year", ""), "from": data.get("from", ""), "to": data.get("to", "")}
    )
    probe.is_valid()
    return {
        name: probe.data[name]
        for name in ("year", "from", "to")
        if probe.data[name] and name not in probe.errors
    }


class FiguresAdminView(WagtailAdminTemplateMixin, TemplateView):
    """An admin page of the figures: ``allowed(user)`` or a 403 page that says why (not
    Wagtail's redirection to the admin's home)."""

    forbidden_template_name = "members/reports/admin/report_forbidden.html"
    forbidden_message = ""

    def allowed(self, user):
        return False

    def dispatch(self, request, *args, **kwargs):
        if not self.allowed(request.user):
            return self.forbidden()
        return super().dispatch(request, *args, **kwargs)

    def forbidden(self):
        context = WagtailAdminTemplateMixin.get_context_data(self, message=self.forbidden_message)
        return TemplateResponse(self.request, self.forbidden_template_name, context, status=403)

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": _("Tableau de bord")},
            {"url": "", "label": self.get_page_title()},
        ]


class ReportView(FiguresAdminView):
    template_name = "members/reports/admin/report.html"
    header_icon = "doc-full"

    def get_page_title(self):
        return _("Rapports aux financeurs")

    forbidden_message = gettext_lazy(
        "Les rapports aux financeurs sont réservés à la coordination et aux référents des pôles."
    )

    def allowed(self, user):
        return permissions.can_view_figures(user)

    def get_header_buttons(self):
        if not permissions.can_close_years(self.request.user):
            return []
        url = reverse("figures_close_year")
        return [HeaderButton(label=_("Années closes"), url=url, icon_name="lock")]

    def get(self, request, *args, **kwargs):
        data = normalised(request.GET)
        if any(name in data for name in REQUEST_PARAMETERS):
            form = ReportForm(data)
        else:  # the dashboard's link: the form, with its period
            form = ReportForm(initial=period_initial(data))
        if form.is_bound and form.is_valid():
            report = funders.build(
                form.cleaned_data["funder"],
                form.period,
                permissions.figure_pole_ids(request.user),
            )
            return WRITERS[form.cleaned_data["format"]](report)
        return self.render_to_response(self.get_context_data(form=form))

    def get_context_data(self, **kwargs):
        pole_ids = permissions.figure_pole_ids(self.request.user)
        return super().get_context_data(
            all_poles=pole_ids is None,
            closed_years=sorted(summary.closed_years(), reverse=True),
            **kwargs,
        )


class ClosedYearsView(FiguresAdminView):
    template_name = "members/reports/admin/closed_years.html"
    confirm_template_name = "members/reports/admin/closed_years_confirm.html"
    header_icon = "lock"

    def get_page_title(self):
        return _("Années closes")

    forbidden_message = gettext_lazy("Seule la coordination clôt les années.")

    def allowed(self, user):
        return permissions.can_close_years(user)

    def dispatch(self, request, *args, **kwargs):
        if not self.allowed(request.user):
            return self.forbidden()
        self.closed = list(summary.ClosedYear.objects.select_related("closed_by"))
        done = {closed.year for closed in self.closed}
        self.closable = [year for year in years(local_today())[1:] if year not in done]
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(form=self.new_form()))

    def new_form(self, data=None):
        return CloseYearForm(data, choices=self.closable)

    def post(self, request, *args, **kwargs):
        form = self.new_form(request.POST)
        if form.is_valid():
            year = form.cleaned_data["year"]
            try:
                if request.POST.get("confirm") != "yes":
                    services.check_year(year)
                    context = self.get_context_data(form=form, year=year)
                    return self.response_class(
                        request=request, template=[self.confirm_template_name], context=context
                    )
                services.close_year(year, request.user)
            except NotAllowed:
                return self.forbidden()
            except Refused as refusal:
                form.add_error("year", str(refusal))
            else:
                messages.success(
                    request,
                    _("L'année %(year)s est close : ses chiffres sont définitifs.")
                    % {"year": year},
                )
                return redirect("figures_close_year")
        return self.render_to_response(self.get_context_data(form=form))

    def get_context_data(self, **kwargs):
        return super().get_context_data(closed=self.closed, closable=self.closable, **kwargs)
