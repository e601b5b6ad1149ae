"""The agenda: events, possibly repeating, with iCal files and feeds."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from dateutil import rrule

from pages.agenda import agenda_context
from pages.blocks import BodyBlock
from pages.choices import EventAudience, EventCategory, Recurrence
from pages.ical import calendar_response
from pages.mixins import SectionIndexMixin, SocialMixin
from pages.models.facts import Pole
from pages.places import address_lines, openstreetmap_search_url, pole_page_data
from portal.core import page_cache
from portal.core.i18n import live_in_language
from portal.core.time import PARIS, local_today, next_local_midnight

# Repeating events: how many of the next dates a page shows, and how far a feed looks.
NEXT_DATES_SHOWN = 5


class EventIndexPage(RoutablePageMixin, SectionIndexMixin, Page):
    subpage_types = ["pages.EventPage"]
    template = "pages/event_index_page.html"

    class Meta:
        verbose_name = _("agenda")
        verbose_name_plural = _("agendas")

    def events(self):
        return EventPage.for_language(self.locale_id).select_related("pole", "locale")

    def poles(self):
        return Pole.objects.all()

    @path("")
    def listing(self, request):
        # Upcoming and past events are told apart by the day in Paris.
        page_cache.valid_until(request, next_local_midnight())
        return self.render(request, context_overrides=agenda_context(self, request))

    @path("ical/")
    def feed(self, request):
        return calendar_response(request, self.events(), self.title, "agenda")

    @path("ical/<slug:pole_code>/")
    def pole_feed(self, request, pole_code):
        pole = Pole.objects.filter(code=pole_code).first()
        if pole is None:
            raise Http404
        return calendar_response(
            request,
            self.events().filter(pole=pole),
            f"{self.title} – {pole.name}",
            f"agenda-{pole.code}",
        )


class EventPage(RoutablePageMixin, SocialMixin, Page):
    start_date = models.DateField(_("date"))
    start_time = models.TimeField(
        _("heure de début"),
        null=True,
        blank=True,
        help_text=_("Laissez vide pour un événement sur toute la journée."),
    )
    end_date = models.DateField(
        _("date de fin"), null=True, blank=True, help_text=_("Seulement s'il dure plusieurs jours.")
    )
    end_time = models.TimeField(_("heure de fin"), null=True, blank=True)
    recurrence = models.CharField(
        _("répétition"), max_length=10, choices=Recurrence.choices, blank=True, default=""
    )
    recurrence_interval = models.PositiveSmallIntegerField(
        _("intervalle"),
        default=1,
        help_text=_("Par exemple 6 pour « toutes les 6 semaines »."),
    )
    recurrence_until = models.DateField(_("se répète jusqu'au"), null=True, blank=True)
    category = models.CharField(_("type d'événement"), max_length=20, choices=EventCategory)
    audience = models.CharField(
        _("public"), max_length=20, choices=EventAudience, default=EventAudience.EVERYONE
    )
    pole = models.ForeignKey(
        "pages.Pole",
        verbose_name=_("pôle"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        help_text=_("Le pôle qui organise ou accueille l'événement."),
    )
    place_name = models.CharField(_("lieu"), max_length=200, blank=True)
    address = models.TextField(
        _("adresse"), blank=True, help_text=_("Laissez vide si l'événement a lieu au pôle.")
    )
    intro = models.TextField(_("résumé"), max_length=500)
    body = StreamField(BodyBlock(), verbose_name=_("description"), blank=True)
    registration_url = models.URLField(
        _("lien d'inscription"),
        blank=True,
        help_text=_("Si l'inscription se fait sur un autre site."),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
                FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
                FieldRowPanel(
                    [
                        FieldPanel("recurrence"),
                        FieldPanel("recurrence_interval"),
                        FieldPanel("recurrence_until"),
                    ]
                ),
            ],
            heading=_("Quand (heure de Paris)"),
        ),
        MultiFieldPanel(
            [FieldPanel("pole"), FieldPanel("place_name"), FieldPanel("address")],
            heading=_("Où"),
        ),
        FieldRowPanel([FieldPanel("category"), FieldPanel("audience")]),
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("registration_url"),
    ]
    promote_panels = SocialMixin.promote_panels
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("place_name"),
        index.SearchField("body"),
        index.FilterField("start_date"),
        index.FilterField("category"),
        index.FilterField("pole"),
    ]

    parent_page_types = ["pages.EventIndexPage"]
    subpage_types = []
    template = "pages/event_page.html"

    class Meta:
        verbose_name = _("événement")
        verbose_name_plural = _("événements")

    # ---- validation ----------------------------------------------------------------

    def clean(self):
        super().clean()
        errors = {}
        if self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("La date de fin est avant la date de début.")
        if self.end_time and not self.start_time:
            errors["end_time"] = _("Indiquez aussi l'heure de début.")
        elif (
            self.end_time
            and self.start_time
            and (self.end_date or self.start_date) == self.start_date
            and self.end_time <= self.start_time
        ):
            errors["end_time"] = _("L'heure de fin doit être après l'heure de début.")
        if self.recurrence and self.recurrence_interval < 1:
            errors["recurrence_interval"] = _("L'intervalle doit être d'au moins 1.")
        if self.recurrence_until and self.recurrence_until < self.start_date:
            errors["recurrence_until"] = _("La répétition s'arrête avant le premier événement.")
        if not self.pole_id and not (self.place_name or self.address):
            errors["place_name"] = _("Choisissez un pôle ou indiquez un lieu.")
        if errors:
            raise ValidationError(errors)

    # ---- dates ---------------------------------------------------------------------

    @property
    def all_day(self):
        return self.start_time is None

    @property
    def duration(self):
        """From the start to the end of one occurrence."""
        return self.end_for(self.start) - self.start

    @property
    def start(self):
        """The first occurrence: a date when all day, else an aware datetime in Paris."""
        if self.all_day:
            return self.start_date
        return datetime.datetime.combine(self.start_date, self.start_time, tzinfo=PARIS)

    def end_for(self, start):
        """The end of the occurrence that begins at ``start`` (exclusive for all-day events)."""
        days = (self.end_date - self.start_date).days if self.end_date else 0
        if self.all_day:
            return start + datetime.timedelta(days=days + 1)
        if self.end_time:
            end_day = start.date() + datetime.timedelta(days=days)
            return datetime.datetime.combine(end_day, self.end_time, tzinfo=PARIS)
        return start + datetime.timedelta(hours=1)

    def _rule(self):
        frequency = {Recurrence.WEEKLY: rrule.WEEKLY, Recurrence.MONTHLY: rrule.MONTHLY}
        start = datetime.datetime.combine(self.start_date, self.start_time or datetime.time())
        until = None
        if self.recurrence_until:
            until = datetime.datetime.combine(self.recurrence_until, datetime.time.max)
        return rrule.rrule(
            frequency[self.recurrence],
            interval=max(self.recurrence_interval, 1),
            dtstart=start,
            until=until,
        )

    def occurrence_dates(self, after, limit=NEXT_DATES_SHOWN):
        """The start dates of the next ``limit`` occurrences still running on ``after``."""
        span = datetime.timedelta(
            days=(self.end_date - self.start_date).days if self.end_date else 0
        )
        if not self.recurrence:
            return [self.start_date] if self.start_date + span >= after else []
        dates = []
        for occurrence in self._rule().xafter(
            datetime.datetime.combine(after - span, datetime.time()), inc=True
        ):
            dates.append(occurrence.date())
            if len(dates) >= limit:
                break
        return dates

    def next_date(self, today=None):
        dates = self.occurrence_dates(today or local_today(), limit=1)
        return dates[0] if dates else None

    def last_date_before(self, today):
        """The start date of the latest occurrence over before ``today``, or None."""
        span = datetime.timedelta(
            days=(self.end_date - self.start_date).days if self.end_date else 0
        )
        if not self.recurrence:
            return self.start_date if self.start_date + span < today else None
        occurrence = self._rule().before(datetime.datetime.combine(today - span, datetime.time()))
        return occurrence.date() if occurrence else None

    def last_date(self):
        if not self.recurrence:
            return self.end_date or self.start_date
        if self.recurrence_until is None:
            return None
        occurrences = list(self._rule())
        return occurrences[-1].date() if occurrences else self.start_date

    def dates_in_month(self, year, month):
        first = datetime.date(year, month, 1)
        following = (first + datetime.timedelta(days=32)).replace(day=1)
        return [day for day in self.occurrence_dates(first, limit=31) if day < following]

    @classmethod
    def still_running(cls, today):
        """Events with a date today or later, repeating ones included (one query)."""
        return (
            Q(start_date__gte=today)
            | Q(end_date__gte=today)
            | (
                ~Q(recurrence="")
                & (Q(recurrence_until__isnull=True) | Q(recurrence_until__gte=today))
            )
        )

    @classmethod
    def for_language(cls, locale_id):
        """Live events in one language, and the French ones not translated into it yet."""
        return live_in_language(cls.objects.all(), locale_id)

    @classmethod
    def upcoming_for_pole(cls, pole_id, locale_id, today=None):
        today = today or local_today()
        events = (
            cls.for_language(locale_id)
            .filter(cls.still_running(today), pole_id=pole_id)
            .select_related("pole", "locale")
        )
        dated = [(event.next_date(today), event) for event in events]
        # A series may still be "running" (its end is ahead) with no date left before it.
        return sorted(((day, event) for day, event in dated if day), key=lambda pair: pair[0])

    # ---- views ---------------------------------------------------------------------

    def pole_page(self):
        """The pôle's page in this event's language, else in French (one query)."""
        if not self.pole_id:
            return None
        pages = list(
            self.pole.pages.live()
            .filter(Q(locale_id=self.locale_id) | Q(locale__language_code=settings.LANGUAGE_CODE))
            .select_related("locale")
        )
        own = [page for page in pages if page.locale_id == self.locale_id]
        return (own or pages or [None])[0]

    def place(self, pole_page=None):
        """Where it takes place: ``{address_lines, map_url, pole_page}``: its own address
        when it has one, else the address of ``pole_page``, its pôle's page as
        ``pages.places.pole_page_data`` (or, in lists, the cache of ``event_tags``) gives it;
        the map link is a search on OpenStreetMap for an address of its own."""
        own = address_lines(self.address)
        if own:
            lines, map_url = own, openstreetmap_search_url(own)
        elif pole_page and pole_page["address_lines"]:
            lines, map_url = pole_page["address_lines"], pole_page["map_url"]
        else:
            lines, map_url = [], ""
        return {"address_lines": lines, "map_url": map_url, "pole_page": pole_page}

    @path("")
    def detail(self, request):
        page_cache.valid_until(request, next_local_midnight())  # its next dates
        pole_page = self.pole_page()
        return self.render(
            request,
            context_overrides={
                "next_dates": self.occurrence_dates(local_today()),
                "pole_page": pole_page,
                "place": self.place(pole_page_data(pole_page)),
                "calendar_url": self.url + self.reverse_subpage("ics"),
            },
        )

    @path("ics/")
    def ics(self, request):
        return calendar_response(request, [self], self.title, self.slug)
