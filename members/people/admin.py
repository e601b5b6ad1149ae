"""The coordination's tools in the Wagtail admin: applications are read, and decided only
through the decision view (which calls ``people.services.decide``). There is no generic
add, edit, copy or delete view: nothing in the admin writes an application's status."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView

from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import HeaderButton

from .. import permissions
from ..admin_base import BoundedSearchMixin, NoGenericWriteViewSet
from ..errors import NotAllowed, ServiceError
from . import services
from .forms import DecisionForm
from .models import Application
from .queries import visible_applications


class ApplicationIndexView(BoundedSearchMixin, generic.IndexView):
    def get_base_queryset(self):
        return visible_applications(self.request.user)

    def get_edit_url(self, instance):
        if not instance.is_decided and permissions.can_decide_applications(self.request.user):
            return reverse("applications:decide", args=[instance.pk])
        return None


class ApplicationInspectView(generic.InspectView):
    def get_object(self, queryset=None):
        return get_object_or_404(visible_applications(self.request.user), pk=self.kwargs["pk"])

    def get_fields(self):
        return [
            "user",
            *Application.ANSWER_FIELDS,
            "language",
            "status",
            "email_verified_at",
            "created_at",
            "decided_at",
            "decided_by",
            "decision_message",
        ]

    def get_field_display_value(self, field_name, field):
        if field_name == "languages":
            return ", ".join(self.object.language_labels()) or "—"
        if field_name == "involvement":
            return ", ".join(self.object.involvement_labels()) or "—"
        if field_name == "user":
            return f"{self.object.full_name} <{self.object.user.email}>"
        return super().get_field_display_value(field_name, field)


class ApplicationHistoryView(generic.history.HistoryView):
    # Whoever may read the application may read its history.
    any_permission_required = ["view", "change"]

    def get_edit_url(self, instance):
        """The decision, while there is one to take; no generic edit form exists."""
        if not instance.is_decided and permissions.can_decide_applications(self.request.user):
            return reverse("applications:decide", args=[instance.pk])
        return None

    @cached_property
    def header_buttons(self):
        url = self.get_edit_url(self.object)
        return [HeaderButton(label=_("Décision"), url=url, icon_name="edit")] if url else []

    def get_object(self, queryset=None):
        return get_object_or_404(visible_applications(self.request.user), pk=self.kwargs["pk"])


class DecideView(WagtailAdminTemplateMixin, FormView):
    form_class = DecisionForm
    template_name = "members/people/admin/decide.html"
    header_icon = "user"

    def dispatch(self, request, *args, **kwargs):
        if not permissions.can_decide_applications(request.user):
            raise PermissionDenied
        self.application = get_object_or_404(visible_applications(request.user), pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Candidature de %(name)s") % {"name": self.application}

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": _("Tableau de bord")},
            {"url": reverse("applications:index"), "label": _("Candidatures")},
            {"url": "", "label": str(self.application)},
        ]

    def get_context_data(self, **kwargs):
        # Until the address is verified the page says why, with no decision buttons; a
        # forged decision is still refused by ``services.decide``.
        return super().get_context_data(
            application=self.application,
            awaits_verification=not self.application.is_verified,
            **kwargs,
        )

    def form_valid(self, form):
        try:
            services.decide(
                self.application.pk,
                form.cleaned_data["decision"],
                form.cleaned_data["message"],
                by=self.request.user,
            )
        except services.AlreadyDecided as refusal:
            messages.error(self.request, str(refusal))
            return redirect("applications:index")
        except NotAllowed:
            raise PermissionDenied from None
        except ServiceError as refusal:
            messages.error(self.request, str(refusal))
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("Réponse enregistrée ; %(name)s est prévenu·e par e-mail.")
            % {"name": self.application},
        )
        return redirect("applications:index")


class ApplicationViewSet(NoGenericWriteViewSet):
    model = Application
    name = "applications"
    icon = "user"
    menu_label = gettext_lazy("Candidatures")
    menu_order = 250
    add_to_admin_menu = True
    inspect_view_enabled = True
    index_view_class = ApplicationIndexView
    inspect_view_class = ApplicationInspectView
    history_view_class = ApplicationHistoryView
    list_filter = ["status", "pole"]
    search_fields = ["user__first_name", "user__last_name", "user__email", "neighbourhood"]
    list_display = [
        "__str__",
        Column("pole", label=gettext_lazy("Pôle")),
        Column("get_status_display", label=gettext_lazy("État")),
        DateColumn("email_verified_at", label=gettext_lazy("Adresse vérifiée le")),
        DateColumn("created_at", label=gettext_lazy("Envoyée le")),
    ]
    # The generic form is never served (no add or edit URL); a model viewset needs one.
    form_fields = ["neighbourhood"]

    # Read and decide.
    read_views = {*NoGenericWriteViewSet.read_views, "inspect"}

    def extra_urlpatterns(self):
        return [path("decide/<int:pk>/", DecideView.as_view(), name="decide")]
