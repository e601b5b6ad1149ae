"""Open data: experience sheets and events as JSON, read-only, public fields only.

Wagtail's API v2 at /api/v2/fiches/ and /api/v2/evenements/ (filter a language with
``?locale=fr``). The fields each page type exposes are its ``api_fields``.
"""

import unicodedata

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.http import Http404

from wagtail.api import APIField
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet

from rest_framework.fields import Field

from pages.models import EventPage, ExperienceSheetPage
from portal.core.choice_fields import MAX_ID
from portal.core.listing import clean_query, search_terms


class PoleField(Field):
    """A pôle as ``{"code": "fives", "name": "Fives"}``."""

    def to_representation(self, value):
        return {"code": value.code, "name": value.name}


class PolesField(Field):
    def to_representation(self, value):
        return [{"code": pole.code, "name": pole.name} for pole in value.all()]


class TagNamesField(Field):
    """A sheet's themes as Wagtail's ``TagsField`` gives them (their names, by name), read
    from its tagged items prefetched with the page of results: ``TagsField`` asks the
    database again for each sheet."""

    def to_representation(self, value):
        return sorted((item.tag.name for item in value.all()), key=_by_name)


def _by_name(name):
    # « Égalité » beside « egalite », not after « zinc ».
    bare = unicodedata.normalize("NFKD", name)
    return ("".join(char for char in bare if not unicodedata.combining(char)).casefold(), name)


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
    APIField("tags", serializer=TagNamesField(source="tagged_items")),
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


def check_field_values(model, query, known):
    """Refuse (400) a field filter (``?start_date=…``, ``?pole=…``) whose value the field
    cannot read, before Wagtail filters with it: a date, a time or a number that is none
    (Django's ``ValidationError``, which Wagtail does not catch: a 500), or an integer past
    what a database stores (SQLite's ``OverflowError`` on a relation)."""
    for name, value in query.items():
        if name in known:
            continue
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        if not field.concrete or field.many_to_many:
            continue
        target = field.target_field if field.many_to_one else field
        try:
            python = target.to_python(value)
        except ValidationError:
            raise BadRequestError(f"{name}: {value!r} is not a valid value") from None
        if isinstance(python, int) and not -MAX_ID <= python <= MAX_ID:
            raise BadRequestError(f"{name}: {value!r} is out of range")


class TypedPagesAPIViewSet(PagesAPIViewSet):
    """The pages of one type only: the ``type`` parameter is not offered."""

    known_query_parameters = PagesAPIViewSet.known_query_parameters.difference({"type"})

    def check_query_parameters(self, queryset):
        super().check_query_parameters(queryset)
        check_parameter_values(self.request.GET)
        check_field_values(self.model, self.request.GET, self.known_query_parameters)
        self.clean_search()

    def clean_search(self):
        """``?search=`` as the site's search reads it: its words only (a lone quote or a
        blank made SQLite's full-text search fail: a 500); no word at all is a 400."""
        if "search" not in self.request.GET:
            return
        terms = search_terms(clean_query(self.request.GET["search"]))
        if not terms:
            raise BadRequestError("search must contain at least one word")
        query = self.request.GET.copy()
        query["search"] = terms
        # Wagtail's SearchFilter reads ``request.GET``: DRF's request hands Django's on.
        self.request._request.GET = query

    def find_view(self, request):
        check_parameter_values(request.GET)
        return super().find_view(request)

    def find_object(self, queryset, request):
        # Wagtail's ``?id=`` goes to the database as typed: « abc » was a ValueError (500).
        if "id" in request.GET:
            try:
                number = int(request.GET["id"])
            except ValueError:
                raise BadRequestError("id must be a number") from None
            if not 0 <= number <= MAX_ID:
                raise BadRequestError("id is out of range")
        return super().find_object(queryset, request)

    def detail_view(self, request, pk):
        check_parameter_values(request.GET)
        if pk > MAX_ID:
            # A page's pk is its ``page_ptr``: SQLite cannot compare it with a number past
            # 2**63 (OverflowError, a 500). No page has such an id.
            raise Http404
        return super().detail_view(request, pk)

    def get_queryset(self):
        public = self.get_base_queryset().values_list("pk", flat=True)
        # Every item's ``meta.locale`` reads its locale: with the page, not one query each.
        return self.model.objects.filter(pk__in=public).select_related("locale").order_by("id")


class ExperienceSheetAPIViewSet(TypedPagesAPIViewSet):
    model = ExperienceSheetPage
    name = "fiches"

    def get_queryset(self):
        # Its pôles and themes (``?fields=poles,tags``, ``?fields=*``): two queries for the
        # whole page of results, not two per sheet.
        return super().get_queryset().prefetch_related("poles", "tagged_items__tag")


class EventAPIViewSet(TypedPagesAPIViewSet):
    model = EventPage
    name = "evenements"

    def get_queryset(self):
        return super().get_queryset().select_related("pole")


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("fiches", ExperienceSheetAPIViewSet)
api_router.register_endpoint("evenements", EventAPIViewSet)
