"""What a training page shows of its sessions: dates, seats left, and for a signed-in
ambassador their own registration. Two queries whatever the number of sessions.

A visitor's copy of the page is cached whole (``portal.core.page_cache``): it depends on the
sessions' seats (``seats_tag``, bumped when a session or a registration changes) and holds
until the next session opens, closes or starts."""

from django.utils import timezone

from portal.core import page_cache

from .. import permissions
from .choices import ACTIVE_STATUSES
from .models import Registration, TrainingSession


def seats_tag(translation_key):
    """The whole-page cache's tag of a training's sessions and seats, in every language."""
    return f"sessions:{translation_key}"


def training_page_sessions(page, request):
    now = timezone.now()
    page_cache.depends_on(request, seats_tag(page.translation_key))
    sessions = list(
        TrainingSession.objects.for_training(page)
        .upcoming(now)
        .with_seats()
        .select_related("pole")
        .order_by("starts_at")
    )
    user = request.user
    mine = {}
    can_register = False
    if user.is_authenticated and sessions:
        can_register = permissions.can_register(user)
        mine = {
            registration.session_id: registration
            for registration in Registration.objects.filter(
                user=user,
                session__in=[session.pk for session in sessions],
                status__in=ACTIVE_STATUSES,
            )
        }
    for session in sessions:
        session.state = session.registration_state(now)
        session.mine = mine.get(session.pk)
        page_cache.valid_until(request, session.next_state_change(now))
    return {
        "sessions": sessions,
        "can_register": can_register,
        "sessions_template": "members/trainings/includes/training_sessions.html",
    }
