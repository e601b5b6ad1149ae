"""The member area (under /fr/espace-membre/, /en/member-area/, /ar/member-area/): the
shared pages, then each sub-domain's."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views
from .actions.urls import urlpatterns as actions
from .people.urls import urlpatterns as people
from .proposals.urls import urlpatterns as proposals
from .trainings.urls import urlpatterns as trainings

app_name = "members"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    *people,
    *trainings,
    path(_("mes-donnees/"), views.my_data, name="my_data"),
    *proposals,
    *actions,
]
