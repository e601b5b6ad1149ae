"""The coordinator's tools in the Wagtail admin: applications to read and decide."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import FormView, TemplateView

from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet

from . import exports, permissions, services
from .forms import DecisionForm
from .models import Application, Registration, TrainingSession


class ApplicationIndexView(generic.IndexView):
    def get_base_queryset(self):
        return permissions.visible_applications(self.request.user)

    def get_edit_url(self, instance):
        if not instance.is_decided and permissions.can_decide_applications(self.request.user):
            return reverse("applications:decide", args=[instance.pk])
        return None


class ApplicationInspectView(generic.InspectView):
    def get_object(self, queryset=None):
        return get_object_or_404(
            permissions.visible_applications(self.request.user), pk=self.kwargs["pk"]
        )

    def get_fields(self):
        return [
            "user",
            "phone",
            "pole",
            "neighbourhood",
            "languages",
            "other_languages",
            "involvement",
            "availability",
            "motivation",
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


class DecideView(WagtailAdminTemplateMixin, FormView):
    form_class = DecisionForm
    template_name = "members/admin/decide.html"
    header_icon = "user"

    def dispatch(self, request, *args, **kwargs):
        if not permissions.can_decide_applications(request.user):
            raise PermissionDenied
        self.application = get_object_or_404(
            permissions.visible_applications(request.user), pk=kwargs["pk"]
        )
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
        return super().get_context_data(application=self.application, **kwargs)

    def form_valid(self, form):
        if self.application.is_decided:
            messages.error(self.request, _("Cette candidature a déjà reçu une réponse."))
            return redirect("applications:index")
        if self.application.email_verified_at is None:
            messages.error(
                self.request,
                _("La personne n'a pas encore vérifié son adresse e-mail : attendez-la."),
            )
            return self.form_invalid(form)
        try:
            services.decide(
                self.application.pk,
                form.cleaned_data["decision"],
                form.cleaned_data["message"],
                by=self.request.user,
            )
        except services.AlreadyDecided:
            messages.error(self.request, _("Cette candidature a déjà reçu une réponse."))
            return redirect("applications:index")
        messages.success(
            self.request,
            _("Réponse enregistrée ; %(name)s est prévenu·e par e-mail.")
            % {"name": self.application},
        )
        return redirect("applications:index")


class ApplicationViewSet(ModelViewSet):
    model = Application
    name = "applications"
    icon = "user"
    menu_label = gettext_lazy("Candidatures")
    menu_order = 250
    add_to_admin_menu = True
    inspect_view_enabled = True
    index_view_class = ApplicationIndexView
    inspect_view_class = ApplicationInspectView
    list_filter = ["status", "pole"]
    search_fields = ["user__first_name", "user__last_name", "user__email", "neighbourhood"]
    list_display = [
        "__str__",
        Column("pole", label=gettext_lazy("Pôle")),
        Column("get_status_display", label=gettext_lazy("État")),
        DateColumn("email_verified_at", label=gettext_lazy("Adresse vérifiée le")),
        DateColumn("created_at", label=gettext_lazy("Envoyée le")),
    ]
    form_fields = ["status"]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("decide/<int:pk>/", DecideView.as_view(), name="decide"),
        ]


# ---- Training sessions, rosters and attendance ------------------------------------------


class SessionIndexView(generic.IndexView):
    default_ordering = "-starts_at"

    def get_base_queryset(self):
        return super().get_base_queryset().with_seats().select_related("training", "pole")

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if permissions.can_take_attendance(self.request.user, instance):
            buttons.append(
                MenuItem(
                    _("Liste des inscrits et présences"),
                    url=reverse("training_sessions:roster", args=[instance.pk]),
                    icon_name="group",
                    priority=5,
                )
            )
        return buttons


class SessionEditView(generic.EditView):
    def save_instance(self):
        session = super().save_instance()
        # More seats, or an earlier full session reopened: the waiting list moves up.
        promoted = services.fill_free_seats(session.pk)
        if promoted:
            messages.info(
                self.request,
                ngettext(
                    "%(count)s personne de la liste d'attente a reçu une place.",
                    "%(count)s personnes de la liste d'attente ont reçu une place.",
                    promoted,
                )
                % {"count": promoted},
            )
        return session


class SessionViewSet(ModelViewSet):
    model = TrainingSession
    name = "training_sessions"
    icon = "date"
    menu_label = gettext_lazy("Sessions de formation")
    menu_order = 260
    add_to_admin_menu = True
    index_view_class = SessionIndexView
    edit_view_class = SessionEditView
    list_filter = ["training", "pole", "cancelled"]
    list_display = [
        "__str__",
        Column("place", label=gettext_lazy("Lieu")),
        Column("capacity", label=gettext_lazy("Places")),
        Column("confirmed_count", label=gettext_lazy("Inscrits")),
        Column("waiting_count", label=gettext_lazy("En attente")),
    ]
    form_fields = [
        "training",
        "starts_at",
        "ends_at",
        "pole",
        "place",
        "capacity",
        "registration_opens_at",
        "registration_closes_at",
        "trainer",
        "cancelled",
    ]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("roster/<int:pk>/", RosterView.as_view(), name="roster"),
        ]


class RosterView(WagtailAdminTemplateMixin, TemplateView):
    """A session's roster: who is confirmed and waiting; attendance marked here; the list
    downloaded as CSV or XLSX for the sign-in sheet."""

    template_name = "members/admin/roster.html"
    header_icon = "group"

    def dispatch(self, request, *args, **kwargs):
        self.session = get_object_or_404(
            TrainingSession.objects.select_related("training", "pole"), pk=kwargs["pk"]
        )
        if not permissions.can_take_attendance(request.user, self.session):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Présences — %(session)s") % {"session": self.session}

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": _("Tableau de bord")},
            {"url": reverse("training_sessions:index"), "label": _("Sessions de formation")},
            {"url": "", "label": str(self.session)},
        ]

    def registrations(self):
        return list(
            Registration.objects.filter(session=self.session, status__in=Registration.ACTIVE)
            .select_related("user", "user__profile__pole")
            .order_by("status", "id")
        )

    def get(self, request, *args, **kwargs):
        export = request.GET.get("export")
        if export in ("csv", "xlsx"):
            return exports.roster_response(self.session, self.registrations(), export)
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        values = {"present": True, "absent": False, "": None}
        changed = 0
        with transaction.atomic():
            for registration in self.registrations():
                if registration.status != Registration.Status.CONFIRMED:
                    continue
                value = request.POST.get(f"attended-{registration.pk}", "")
                if value not in values:
                    continue
                if registration.attended != values[value]:
                    registration.attended = values[value]
                    registration.save(update_fields=["attended"])
                    changed += 1
        messages.success(
            request,
            ngettext(
                "%(count)s présence enregistrée.", "%(count)s présences enregistrées.", changed
            )
            % {"count": changed},
        )
        return redirect("training_sessions:roster", pk=self.session.pk)

    def get_context_data(self, **kwargs):
        registrations = self.registrations()
        return super().get_context_data(
            session=self.session,
            confirmed=[r for r in registrations if r.status == Registration.Status.CONFIRMED],
            waiting=[r for r in registrations if r.status == Registration.Status.WAITING],
            **kwargs,
        )
