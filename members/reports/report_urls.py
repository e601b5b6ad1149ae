"""The funders' reports and the closing of years in the Wagtail admin (under /admin/chiffres/)."""

from django.urls import path

from .report_views import ClosedYearsView, ReportView

urlpatterns = [
    path("rapport/", ReportView.as_view(), name="figures_report"),
    path("annees/", ClosedYearsView.as_view(), name="figures_close_year"),
]
