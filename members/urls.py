"""The member area. Its views arrive with the member-area issue; until then the names
exist so that public pages link to them, and the URLs answer 404."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "members"

urlpatterns = [
    path("", views.not_yet, name="dashboard"),
    path(_("candidater/"), views.not_yet, name="apply"),
    path(_("appels/<uuid:call_key>/proposer/"), views.not_yet, name="propose"),
]
