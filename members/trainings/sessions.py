"""What a training page shows of its sessions: dates, seats left, and for a signed-in
ambassador their own registration. Two queries whatever the number of sessions."""

from django.utils import timezone

from .. import permissions
from .choices import ACTIVE_STATUSES
from .models import Registration, TrainingSession


def training_page_sessions(page, request):
    now = timezone.now()
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
    return {
        "sessions": sessions,
        "can_register": can_register,
        "sessions_template": "members/trainings/includes/training_sessions.html",
    }
