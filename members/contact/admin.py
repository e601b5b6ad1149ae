"""The inbox of the contact page in the Wagtail admin: the coordination reads every
message, a référent those sent to their pôles, anyone else nothing (404). A message is
marked « traité » (or back to « à traiter ») only through ``services.mark_handled``; there
is no generic add, edit, copy or delete view."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View

from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn
from wagtail.admin.views import generic
from wagtail.admin.widgets import HeaderButton

from ..admin_base import BoundedSearchMixin, NoGenericWriteViewSet
from ..errors import NotAllowed, ServiceError
from . import queries, services
from .models import ContactMessage


class InboxIndexView(BoundedSearchMixin, generic.IndexView):
    def dispatch(self, request, *args, **kwargs):
        if not queries.can_read_inbox(request.user):
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def get_base_queryset(self):
        return visible(self.request)


def visible(request):
    return queries.visible_messages(request.user)


class MessageInspectView(generic.InspectView):
    template_name = "members/contact/admin/inspect.html"
    page_title = gettext_lazy("Message reçu")

    def get_object(self, queryset=None):
        return get_object_or_404(visible(self.request), pk=self.kwargs["pk"])

    def get_fields(self):
        return ["name", "email", "phone", "topic", "language", "created_at"]

    def get_field_display_value(self, field_name, field):
        if field_name == "topic":
            return self.object.topic_label()
        if field_name == "language":
            return self.object.language_label()
        value = super().get_field_display_value(field_name, field)
        return value if value not in ("", None) else "—"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            may_handle=queries.can_handle(self.request.user, self.object), **kwargs
        )


class MessageHistoryView(generic.history.HistoryView):
    any_permission_required = ["view", "change"]

    def get_edit_url(self, instance):
        return None

    @cached_property
    def header_buttons(self):
        url = reverse("contact_messages:inspect", args=[self.object.pk])
        return [HeaderButton(label=_("Le message"), url=url, icon_name="mail")]

    def get_object(self, queryset=None):
        return get_object_or_404(visible(self.request), pk=self.kwargs["pk"])


class HandleView(View):
    """POST: mark the message handled (``handled=1``) or back to « à traiter »."""

    http_method_names = ["post"]

    def post(self, request, pk):
        handled = request.POST.get("handled") == "1"
        try:
            message = services.mark_handled(pk, handled, by=request.user)
        except NotAllowed:
            raise Http404 from None
        except ServiceError as refusal:
            messages.warning(request, str(refusal))
            return redirect("contact_messages:inspect", pk)
        if message.handled:
            messages.success(
                request, _("Message de %(name)s marqué traité.") % {"name": message.name}
            )
        else:
            messages.success(
                request, _("Message de %(name)s marqué à traiter.") % {"name": message.name}
            )
        if request.POST.get("next") == "index":
            return redirect("contact_messages:index")
        return redirect("contact_messages:inspect", pk)


class ContactMessageViewSet(NoGenericWriteViewSet):
    model = ContactMessage
    name = "contact_messages"
    url_prefix = "messages-recus"
    icon = "mail"
    menu_label = gettext_lazy("Messages reçus")
    menu_order = 260
    add_to_admin_menu = True
    inspect_view_enabled = True
    index_view_class = InboxIndexView
    inspect_view_class = MessageInspectView
    history_view_class = MessageHistoryView
    list_filter = ["handled", "topic", "pole"]
    search_fields = ["name", "email", "phone", "message"]
    list_display = [
        "name",
        Column("topic_label", label=gettext_lazy("Pour")),
        Column("reach", label=gettext_lazy("Pour répondre")),
        DateColumn("created_at", label=gettext_lazy("Reçu le")),
        StatusTagColumn(
            "handled_label",
            label=gettext_lazy("État"),
            primary=lambda message: not message.handled,
        ),
    ]
    # The generic form is never served (no add or edit URL); a model viewset needs one.
    form_fields = ["name"]
    read_views = {*NoGenericWriteViewSet.read_views, "inspect"}

    def extra_urlpatterns(self):
        return [path("handle/<int:pk>/", HandleView.as_view(), name="handle")]
