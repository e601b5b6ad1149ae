"""Training sessions, rosters and attendance in the Wagtail admin. Every change goes
through ``trainings.services``: the generic forms validate, the services write."""

import datetime

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import models
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext, pgettext_lazy
from django.views.generic import FormView, TemplateView

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet

import django_filters

from portal.core import time

from .. import permissions
from ..admin_base import BoundedSearchMixin
from ..errors import NotAllowed, ServiceError
from . import exports, staff
from .choices import ACTIVE_STATUSES
from .models import Registration, TrainingSession


def _promoted_message(request, promoted):
    if promoted:
        messages.info(
            request,
            ngettext(
                "%(count)s personne de la liste d'attente a reçu une place.",
                "%(count)s personnes de la liste d'attente ont reçu une place.",
                len(promoted),
            )
            % {"count": len(promoted)},
        )


class When(models.TextChoices):
    """Where a session stands against today, in Paris: by the day it starts."""

    PAST = "past", pgettext_lazy("session", "Passée")
    TODAY = "today", pgettext_lazy("session", "Aujourd'hui")
    UPCOMING = "upcoming", pgettext_lazy("session", "À venir")


def day_bounds(today=None):
    """The start of today and of tomorrow in Paris (aware datetimes; a day of 23 or 25
    hours when the clocks change)."""
    today = today or time.local_today()
    start = datetime.datetime.combine(today, datetime.time.min, tzinfo=time.PARIS)
    tomorrow = today + datetime.timedelta(days=1)
    return start, datetime.datetime.combine(tomorrow, datetime.time.min, tzinfo=time.PARIS)


def when(session, bounds):
    today, tomorrow = bounds
    if session.starts_at < today:
        return When.PAST
    if session.starts_at < tomorrow:
        return When.TODAY
    return When.UPCOMING


class SessionFilterSet(WagtailFilterSet):
    when = django_filters.ChoiceFilter(
        label=gettext_lazy("Quand"),
        choices=When.choices,
        method="filter_when",
        empty_label=gettext_lazy("Toutes"),
        widget=forms.RadioSelect,
    )

    class Meta:
        model = TrainingSession
        fields = ["training", "pole", "cancelled"]

    def filter_when(self, queryset, name, value):
        today, tomorrow = day_bounds()
        if value == When.PAST:
            return queryset.filter(starts_at__lt=today)
        if value == When.TODAY:
            return queryset.filter(starts_at__gte=today, starts_at__lt=tomorrow)
        if value == When.UPCOMING:
            return queryset.filter(starts_at__gte=tomorrow)
        return queryset


class WhenColumn(Column):
    """Whether the session is past, today or to come (a word, not a colour); sorted by
    its start."""

    cell_template_name = "members/trainings/admin/when_cell.html"

    def __init__(self, view, **kwargs):
        self.view = view
        super().__init__("when", label=gettext_lazy("Quand"), sort_key="starts_at", **kwargs)

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["when"] = when(instance, self.view.day_bounds)
        context["When"] = When
        return context

    def get_value(self, instance):
        return instance.starts_at


class RosterColumn(Column):
    """A direct link to the session's roster, for whoever may take attendance there."""

    cell_template_name = "members/trainings/admin/roster_cell.html"

    def __init__(self, view, **kwargs):
        self.view = view
        super().__init__("roster", label=gettext_lazy("Présences"), **kwargs)

    def get_value(self, instance):
        if self.view.can_take_attendance(instance):
            return reverse("training_sessions:roster", args=[instance.pk])
        return None


class SessionIndexView(BoundedSearchMixin, generic.IndexView):
    default_ordering = "-starts_at"
    filterset_class = SessionFilterSet

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.day_bounds = day_bounds()
        self._attendance_by_pole = {}

    def get_base_queryset(self):
        return super().get_base_queryset().with_seats().select_related("training", "pole")

    def can_take_attendance(self, session):
        """``permissions.can_take_attendance``, asked once per pôle and not per row: the
        rule depends on the session's pôle only."""
        if session.pole_id not in self._attendance_by_pole:
            self._attendance_by_pole[session.pole_id] = permissions.can_take_attendance(
                self.request.user, session
            )
        return self._attendance_by_pole[session.pole_id]

    @cached_property
    def columns(self):
        return [
            self._get_title_column("__str__"),
            WhenColumn(self),
            Column(
                "seats",
                label=gettext_lazy("Inscrits / places"),
                accessor=lambda session: f"{session.confirmed_count} / {session.capacity}",
            ),
            Column("waiting_count", label=gettext_lazy("Liste d'attente")),
            RosterColumn(self),
            # Last: the longest text, so that the figures and the link fit on a phone.
            Column("place", label=gettext_lazy("Lieu")),
        ]

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        user = self.request.user
        if self.can_take_attendance(instance):
            buttons.append(
                MenuItem(
                    _("Liste de présence"),
                    url=reverse("training_sessions:roster", args=[instance.pk]),
                    icon_name="group",
                    priority=5,
                )
            )
        if permissions.can_manage_sessions(user) and not instance.cancelled:
            buttons.append(
                MenuItem(
                    _("Annuler la session"),
                    url=reverse("training_sessions:cancel", args=[instance.pk]),
                    icon_name="cross",
                    priority=40,
                )
            )
        return buttons


class ServiceFormMixin:
    """Hand the validated form to a service; its refusal becomes the form's error."""

    def form_valid(self, form):
        self.form = form
        try:
            self.object, promoted = self.call_service(form.cleaned_data)
        except NotAllowed:
            raise PermissionDenied from None
        except staff.SessionChangeRefused as refusal:
            form.add_error(refusal.field, str(refusal))
            self.produced_error_message = self.get_error_message()
            return self.form_invalid(form)
        _promoted_message(self.request, promoted)
        return self.save_action()


class SessionCreateView(ServiceFormMixin, generic.CreateView):
    def call_service(self, data):
        return staff.create_session(data, by=self.request.user), []


class SessionEditView(ServiceFormMixin, generic.EditView):
    def call_service(self, data):
        return staff.update_session(self.object.pk, data, by=self.request.user)


class SessionDeleteView(generic.DeleteView):
    """Only a session nobody registered for is deleted; the others are cancelled, so that
    people are told and attendance is kept."""

    def dispatch(self, request, *args, **kwargs):
        session = get_object_or_404(TrainingSession, pk=kwargs["pk"])
        if session.registrations.exists():
            messages.error(
                request,
                _(
                    "Des personnes se sont inscrites à cette session : annulez-la plutôt, "
                    "elles seront prévenues."
                ),
            )
            return redirect("training_sessions:index")
        return super().dispatch(request, *args, **kwargs)


class CancelSessionForm(forms.Form):
    message = forms.CharField(
        label=gettext_lazy("Message aux personnes inscrites"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy(
            "Facultatif. Envoyé avec l'annonce de l'annulation, par exemple une autre date."
        ),
    )


class AdminTemplateView(WagtailAdminTemplateMixin):
    """A session's own admin page: the session is found, the permission checked."""

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": _("Tableau de bord")},
            {"url": reverse("training_sessions:index"), "label": _("Sessions de formation")},
            {"url": "", "label": str(self.session)},
        ]

    def load_session(self, pk):
        self.session = get_object_or_404(
            TrainingSession.objects.select_related("training", "pole"), pk=pk
        )


class CancelSessionView(AdminTemplateView, FormView):
    form_class = CancelSessionForm
    template_name = "members/trainings/admin/cancel.html"
    header_icon = "cross"

    def dispatch(self, request, *args, **kwargs):
        if not permissions.can_manage_sessions(request.user):
            raise PermissionDenied
        self.load_session(kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Annuler — %(session)s") % {"session": self.session}

    def get_context_data(self, **kwargs):
        people = self.session.registrations.filter(status__in=ACTIVE_STATUSES).count()
        return super().get_context_data(session=self.session, people=people, **kwargs)

    def form_valid(self, form):
        try:
            told = staff.cancel_session(
                self.session.pk, by=self.request.user, message=form.cleaned_data["message"]
            )
        except ServiceError as refusal:
            messages.error(self.request, str(refusal))
            return redirect("training_sessions:index")
        messages.success(
            self.request,
            ngettext(
                "Session annulée ; %(count)s personne est prévenue par e-mail.",
                "Session annulée ; %(count)s personnes sont prévenues par e-mail.",
                told,
            )
            % {"count": told},
        )
        return redirect("training_sessions:index")


class RosterView(AdminTemplateView, TemplateView):
    """A session's roster: who is confirmed and waiting; attendance marked here once the
    session has started; the list downloaded as CSV or XLSX for the sign-in sheet."""

    template_name = "members/trainings/admin/roster.html"
    header_icon = "group"
    values = {"present": True, "absent": False, "": None}

    def dispatch(self, request, *args, **kwargs):
        self.load_session(kwargs["pk"])
        if not permissions.can_take_attendance(request.user, self.session):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Présences — %(session)s") % {"session": self.session}

    def registrations(self):
        return list(
            Registration.objects.filter(session=self.session, status__in=ACTIVE_STATUSES)
            .select_related("user", "user__profile__pole")
            .order_by("status", "id")
        )

    def get(self, request, *args, **kwargs):
        export = request.GET.get("export")
        if export in ("csv", "xlsx"):
            return exports.roster_response(self.session, self.registrations(), export)
        return super().get(request, *args, **kwargs)

    def marks(self, data):
        """``{registration_id: True | False | None}`` from the form; with « Tout le monde
        présent », every confirmed registration present (the service keeps only those)."""
        registrations = self.registrations()
        if data.get("everyone") == "present":
            return {r.pk: True for r in registrations if r.is_confirmed}
        # Only this roster's ids: a forged one (« ² », 20 digits) never reaches int() nor
        # the database.
        known = {str(r.pk): r.pk for r in registrations}
        marks = {}
        for key, value in data.items():
            name, _sep, pk = key.partition("-")
            if name == "attended" and pk in known and value in self.values:
                marks[known[pk]] = self.values[value]
        return marks

    def post(self, request, *args, **kwargs):
        try:
            changed = staff.mark_attendance(
                self.session.pk, self.marks(request.POST), by=request.user
            )
        except NotAllowed:
            raise PermissionDenied from None
        except ServiceError as refusal:
            messages.error(request, str(refusal))
        else:
            if changed:
                messages.success(
                    request,
                    ngettext(
                        "%(count)s présence enregistrée.",
                        "%(count)s présences enregistrées.",
                        changed,
                    )
                    % {"count": changed},
                )
            else:
                messages.info(
                    request, _("Aucun changement : les présences étaient déjà notées ainsi.")
                )
        return redirect("training_sessions:roster", pk=self.session.pk)

    def get_context_data(self, **kwargs):
        registrations = self.registrations()
        return super().get_context_data(
            session=self.session,
            started=self.session.has_started(),
            confirmed=[r for r in registrations if r.is_confirmed],
            waiting=[r for r in registrations if r.is_waiting],
            **kwargs,
        )


class SessionViewSet(ModelViewSet):
    model = TrainingSession
    name = "training_sessions"
    icon = "date"
    menu_label = gettext_lazy("Sessions de formation")
    menu_order = 260
    add_to_admin_menu = True
    copy_view_enabled = False
    index_view_class = SessionIndexView
    add_view_class = SessionCreateView
    edit_view_class = SessionEditView
    delete_view_class = SessionDeleteView
    # The filters and columns are the index view's (``SessionFilterSet``, ``columns``).
    # Cancelling is its own action (everyone registered is told), not a checkbox.
    form_fields = [*staff.SESSION_FIELDS[:5], "capacity", *staff.SESSION_FIELDS[5:]]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("roster/<int:pk>/", RosterView.as_view(), name="roster"),
            path("cancel/<int:pk>/", CancelSessionView.as_view(), name="cancel"),
        ]
