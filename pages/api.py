"""Open data: experience sheets and events as JSON, read-only, public fields only.

Wagtail's API v2 at /api/v2/fiches/ and /api/v2/evenements/ (filter a language with
``?locale=fr``). The fields each page type exposes are its ``api_fields``.
"""

from wagtail.api import APIField
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.serializers import TagsField
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet

from rest_framework.fields import Field

from pages.models import EventPage, ExperienceSheetPage


class PoleField(Field):
    """A pôle as ``{"code": "fives", "name": "Fives"}``."""

    def to_representation(self, value):
        return {"code": value.code, "name": value.name}


class PolesField(Field):
    def to_representation(self, value):
        return [{"code": pole.code, "name": pole.name} for pole in value.all()]


class ChoiceLabelField(Field):
    """A choice as ``{"value": …, "label": …}`` (the label in the requested language)."""

    def __init__(self, choices, **kwargs):
        self.labels = dict(choices)
        super().__init__(**kwargs)

    def to_representation(self, value):
        return {"value": value, "label": str(self.labels.get(value, value))}


ExperienceSheetPage.api_fields = [
    APIField("summary"),
    APIField("territory"),
    APIField("poles", serializer=PolesField()),
    APIField("start_year"),
    APIField("budget"),
    APIField("author"),
    APIField("updated_on"),
    APIField("tags", serializer=TagsField()),
    APIField("problem"),
    APIField("objectives"),
    APIField("story"),
    APIField("results"),
    APIField("unexpected_effects"),
    APIField("advice"),
    APIField("vigilance"),
    APIField("action_lead"),
    APIField("framework_asv"),
    APIField("framework_cls"),
    APIField("framework_clsm"),
    APIField("framework_contrat_de_ville"),
    APIField("target_public"),
    APIField("target_public_detail"),
    APIField("operational_partners"),
    APIField("financial_partners"),
    APIField("governance"),
    APIField("resources"),
    APIField("contact_name"),
    APIField("contact_role"),
    APIField("contact_email"),
]

EventPage.api_fields = [
    APIField("intro"),
    APIField("start_date"),
    APIField("start_time"),
    APIField("end_date"),
    APIField("end_time"),
    APIField("recurrence"),
    APIField("recurrence_interval"),
    APIField("recurrence_until"),
    APIField("category"),
    APIField("audience"),
    APIField("pole", serializer=PoleField()),
    APIField("place_name"),
    APIField("address"),
    APIField("registration_url"),
]


SEARCH_OPERATORS = {"and", "or"}
MAX_PARAMETER_LENGTH = 500


def check_parameter_values(query):
    """Refuse (400, Wagtail's ``{"message": …}``) what the search backend or the database
    would choke on: control characters (a NUL byte), overlong values, an unknown operator."""
    for name, values in query.lists():
        for value in values:
            if len(value) > MAX_PARAMETER_LENGTH:
                raise BadRequestError(f"{name} is too long (at most {MAX_PARAMETER_LENGTH})")
            if any(ord(char) < 32 or ord(char) == 127 for char in value):
                raise BadRequestError(f"{name} contains a control character")
    operator = query.get("search_operator")
    if operator is not None and operator not in SEARCH_OPERATORS:
        raise BadRequestError("search_operator must be 'and' or 'or'")


class TypedPagesAPIViewSet(PagesAPIViewSet):
    """The pages of one type only: the ``type`` parameter is not offered."""

    known_query_parameters = PagesAPIViewSet.known_query_parameters.difference({"type"})

    def check_query_parameters(self, queryset):
        super().check_query_parameters(queryset)
        check_parameter_values(self.request.GET)

    def detail_view(self, request, pk):
        check_parameter_values(request.GET)
        return super().detail_view(request, pk)

    def get_queryset(self):
        public = self.get_base_queryset().values_list("pk", flat=True)
        return self.model.objects.filter(pk__in=public).order_by("id")


class ExperienceSheetAPIViewSet(TypedPagesAPIViewSet):
    model = ExperienceSheetPage
    name = "fiches"


class EventAPIViewSet(TypedPagesAPIViewSet):
    model = EventPage
    name = "evenements"

    def get_queryset(self):
        return super().get_queryset().select_related("pole")


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("fiches", ExperienceSheetAPIViewSet)
api_router.register_endpoint("evenements", EventAPIViewSet)
