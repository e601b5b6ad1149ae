from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

urlpatterns = [
    path(_("candidater/"), views.apply, name="apply"),
    path(_("candidature/"), views.edit_application, name="edit_application"),
    path(_("profil/"), views.profile, name="profile"),
]
