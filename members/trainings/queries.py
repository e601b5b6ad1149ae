"""Reading trainings: titles in a language, waiting-list positions, a member's next
sessions. Nothing here writes."""

from django.conf import settings
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from pages.models import TrainingPage

from .choices import ACTIVE_STATUSES, RegistrationStatus
from .models import Registration


def waiting_position(registration):
    """1 for the first on the waiting list, and so on (arrival order)."""
    if not registration.is_waiting:
        return None
    return (
        Registration.objects.filter(
            session_id=registration.session_id,
            status=RegistrationStatus.WAITING,
            id__lt=registration.id,
        ).count()
        + 1
    )


def has_followed_initial_path(user):
    modules = TrainingPage.objects.live().filter(
        initial_path=True, locale__language_code=settings.LANGUAGE_CODE
    )
    attended = (
        Registration.objects.filter(user=user, attended=True)
        .values_list("session__training_id", flat=True)
        .distinct()
    )
    return not modules.exclude(pk__in=attended).exists()


def training_titles(sessions, language):
    """``{session.pk: title}`` in ``language`` for several sessions: one query."""
    if not sessions:
        return {}
    keys = {session.training.translation_key for session in sessions}
    translated = dict(
        TrainingPage.objects.live()
        .filter(translation_key__in=keys, locale__language_code=language)
        .values_list("translation_key", "title")
    )
    return {
        session.pk: translated.get(session.training.translation_key, session.training.title)
        for session in sessions
    }


def title_language(session, titles, language):
    """The language the title in ``titles`` is written in: ``language``, or French when the
    training page has no translation yet (templates mark it with ``lang``)."""
    return language if titles[session.pk] != session.training.title or language == "fr" else "fr"


def upcoming_registrations(user, language, now=None):
    """The member's active registrations for sessions to come, with their waiting-list
    position and the training's title in ``language``: two queries, however many."""
    ahead = (
        Registration.objects.filter(
            session=OuterRef("session"),
            status=RegistrationStatus.WAITING,
            id__lt=OuterRef("id"),
        )
        .order_by()
        .values("session")
        .annotate(total=Count("id"))
        .values("total")
    )
    registrations = list(
        Registration.objects.filter(
            user=user,
            status__in=ACTIVE_STATUSES,
            session__starts_at__gt=now or timezone.now(),
        )
        .select_related("session__training", "session__pole")
        .annotate(ahead=Coalesce(Subquery(ahead), 0))
        .order_by("session__starts_at")
    )
    titles = training_titles([r.session for r in registrations], language)
    for registration in registrations:
        registration.position = registration.ahead + 1 if registration.is_waiting else None
        registration.title = titles[registration.session.pk]
        registration.title_lang = title_language(registration.session, titles, language)
    return registrations
