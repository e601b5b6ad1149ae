"""The figures' dashboard in the Wagtail admin (under /admin/chiffres/): the dashboard and
the read-only list of the actions behind its numbers."""

from django.urls import path

from .admin_views import ActionListView, FiguresDashboardView

urlpatterns = [
    path("", FiguresDashboardView.as_view(), name="figures_dashboard"),
    path("actions/", ActionListView.as_view(), name="figures_actions"),
]
