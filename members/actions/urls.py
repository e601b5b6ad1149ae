"""The member's action log (under the member area's prefix). Every page is under
``actions/``, the service worker's scope: the worker script is served from there."""

from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from . import views

log_patterns = [
    path("", views.action_log, name="actions"),
    path("sw.js", views.service_worker, name="actions_worker"),
    path(_("<int:pk>/modifier/"), views.edit, name="action_edit"),
    path(_("<int:pk>/supprimer/"), views.delete, name="action_delete"),
]

urlpatterns = [
    path(_("actions/"), include(log_patterns)),
]
