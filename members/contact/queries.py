"""Who reads which messages: the coordination every one, a référent those sent to their
pôles, anyone else none (the views answer 404)."""

from django.contrib.auth import get_user_model

from .. import permissions
from .choices import Topic
from .models import ContactMessage

VIEW_MESSAGES = "members.view_contactmessage"
HANDLE_MESSAGES = "members.change_contactmessage"


def can_read_inbox(user):
    return permissions.has(user, VIEW_MESSAGES)


def visible_messages(user):
    """The messages ``user`` may read (and mark handled, with the change permission)."""
    queryset = ContactMessage.objects.select_related("pole", "handled_by")
    if not can_read_inbox(user):
        return queryset.none()
    if permissions.sees_all_poles(user):
        return queryset
    return queryset.filter(topic=Topic.POLE, pole_id__in=permissions.followed_pole_ids(user))


def can_handle(user, message):
    """Mark ``message`` handled or not: who may read it and holds the change permission."""
    if not permissions.has(user, HANDLE_MESSAGES):
        return False
    return visible_messages(user).filter(pk=message.pk).exists()


def unhandled_count(user):
    return visible_messages(user).filter(handled=False).count()


def recipients(topic, pole):
    """Who receives a message: a pôle's référents, else (or for any other topic, or a pôle
    with no référent) the coordination."""
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    if topic == Topic.POLE and pole is not None:
        referents = list(
            users.filter(profile__referent_poles=pole).distinct().values_list("email", flat=True)
        )
        if referents:
            return referents
    return list(
        permissions.holders(permissions.FOLLOW_ALL_POLES)
        .exclude(email="")
        .values_list("email", flat=True)
    )
