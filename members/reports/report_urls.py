"""The funders' reports and the closing of years in the Wagtail admin (under /admin/chiffres/)."""

from django.http import Http404
from django.urls import path


def not_yet(request):  # replaced by the reports' views
    raise Http404


urlpatterns = [
    path("rapport/", not_yet, name="figures_report"),
    path("annees/", not_yet, name="figures_close_year"),
]
