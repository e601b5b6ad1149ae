"""What changes the action log: each function is one transaction that checks every rule,
writes, refreshes the figures it changed, and records it in the audit log.

Logging is idempotent on the action's UUID: sending the same action again (a double tap,
an outbox replayed after a lost answer) returns the action already saved, never a second
one. A UUID already used by someone else is refused without telling whose it is."""

import datetime
import uuid as uuid_module

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from pages.models import Pole
from portal.core.time import PARIS, local_today

from .. import audit, permissions, summary
from ..errors import NotAllowed, Refused
from .choices import EDITABLE_DAYS, MAX_AGE_DAYS, MAX_PEOPLE, ActionKind, ActionTheme
from .models import Action

FIELDS = ("date", "kind", "theme", "pole", "people", "approximate", "note")


class ActionRefused(Refused):
    """The action cannot be saved or changed; the message says why, ``field`` where."""


def parse_uuid(value):
    """A UUID from the client, or None when it is not one."""
    if isinstance(value, uuid_module.UUID):
        return value
    try:
        return uuid_module.UUID(str(value or "").strip())
    except (ValueError, AttributeError):
        return None


def check_values(values, today=None):
    """Check the fields of an action (a dict with ``FIELDS``); return them cleaned. Raises
    ``ActionRefused`` naming the first wrong field."""
    today = today or local_today()
    day = values.get("date")
    if not isinstance(day, datetime.date) or isinstance(day, datetime.datetime):
        raise ActionRefused(_("Indiquez la date de l'action."), field="date")
    if day > today:
        raise ActionRefused(_("La date ne peut pas être dans le futur."), field="date")
    if day < today - datetime.timedelta(days=MAX_AGE_DAYS):
        raise ActionRefused(_("La date ne peut pas remonter à plus d'un an."), field="date")
    if summary.is_closed(day):
        raise _closed(day)
    if values.get("kind") not in ActionKind.values:
        raise ActionRefused(_("Choisissez le type d'action."), field="kind")
    if values.get("theme") not in ActionTheme.values:
        raise ActionRefused(_("Choisissez le thème."), field="theme")
    pole = values.get("pole")
    if pole is not None and not isinstance(pole, Pole):
        pole = Pole.objects.filter(pk=pole).first() if str(pole).isdigit() else None
        if pole is None:
            raise ActionRefused(_("Choisissez un pôle de la liste."), field="pole")
    people = values.get("people")
    if isinstance(people, bool) or not isinstance(people, int):
        raise ActionRefused(_("Indiquez le nombre de personnes touchées."), field="people")
    if people < 1:
        raise ActionRefused(_("Le nombre de personnes touchées est d'au moins 1."), field="people")
    if people > MAX_PEOPLE:
        raise ActionRefused(
            _("Plus de 10 000 personnes ? Vérifiez le nombre, ou écrivez à la coordination."),
            field="people",
        )
    note = str(values.get("note") or "").strip()
    if len(note) > 500:
        raise ActionRefused(_("La note fait au plus 500 caractères."), field="note")
    return {
        "date": day,
        "kind": values["kind"],
        "theme": values["theme"],
        "pole": pole,
        "people": people,
        "approximate": bool(values.get("approximate")),
        "note": note,
    }


def _closed(day):
    return ActionRefused(
        _("L'année %(year)s est close : ses actions ne peuvent plus changer.") % {"year": day.year},
        field="date",
    )


def _check_open(*days):
    """Inside the write's transaction: hold the years and refuse a closed one (closed
    since the form was checked)."""
    for day in sorted(set(days)):
        if not summary.is_open(day):
            raise _closed(day)


def _cell(action):
    return (action.date, action.pole_id)


def log_action(user, action_uuid, values, now=None):
    """Save the action ``user`` logged. Returns ``(action, created)``: ``created`` is False
    when this UUID was already saved for this user (the action is returned unchanged)."""
    if not permissions.can_log_actions(user):
        raise NotAllowed(_("Seuls les ambassadeurs et ambassadrices notent des actions."))
    key = parse_uuid(action_uuid)
    if key is None:
        raise ActionRefused(_("Cette action n'a pas d'identifiant valable."), field="uuid")
    existing = _replay(user, key)
    if existing is not None:
        return existing, False
    cleaned = check_values(values, today=local_today() if now is None else _day(now))
    try:
        with transaction.atomic():
            _check_open(cleaned["date"])
            action = Action.objects.create(uuid=key, author=user, **cleaned)
            summary.refresh("actions", [_cell(action)])
            audit.record(action, "members.action.log", by=user, people=action.people)
    except IntegrityError:
        # The same UUID saved meanwhile by a concurrent request: answer that one.
        existing = _replay(user, key)
        if existing is None:
            raise
        return existing, False
    return action, True


def _day(now):
    """The Paris date of an instant."""
    return timezone.localtime(now, PARIS).date()


def _replay(user, key):
    existing = Action.objects.filter(uuid=key).first()
    if existing is None:
        return None
    if existing.author_id != user.pk:
        raise ActionRefused(_("Cette action n'a pas d'identifiant valable."), field="uuid")
    return existing


def _lock_own(user, action_id, now):
    action = Action.objects.select_for_update().filter(pk=action_id).first()
    if action is None or action.author_id != user.pk:
        raise NotAllowed(_("Cette action n'est pas la vôtre."))
    if now > action.created_at + datetime.timedelta(days=EDITABLE_DAYS):
        raise ActionRefused(
            _("Une action se modifie pendant %(days)s jours ; celle-ci ne peut plus changer.")
            % {"days": EDITABLE_DAYS}
        )
    _check_open(action.date)
    return action


def can_change(user, action, now=None, closed=None):
    """Whether ``user`` may still change or delete ``action`` (for the pages' buttons).
    ``closed``: the closed years, when the caller has read them once for a list."""
    now = now or timezone.now()
    closed = summary.closed_years() if closed is None else closed
    return (
        user.is_authenticated
        and action.author_id == user.pk
        and now <= action.created_at + datetime.timedelta(days=EDITABLE_DAYS)
        and action.date.year not in closed
    )


def edit_action(user, action_id, values, now=None):
    now = now or timezone.now()
    with transaction.atomic():
        action = _lock_own(user, action_id, now)
        cleaned = check_values(values, today=_day(now))
        _check_open(cleaned["date"])
        before = _cell(action)
        changed = [name for name in FIELDS if getattr(action, name) != cleaned[name]]
        if not changed:
            return action
        for name, value in cleaned.items():
            setattr(action, name, value)
        action.save()
        summary.refresh("actions", [before, _cell(action)])
        audit.record(action, "members.action.edit", by=user, fields=changed)
    return action


def delete_action(user, action_id, now=None):
    now = now or timezone.now()
    with transaction.atomic():
        action = _lock_own(user, action_id, now)
        cell = _cell(action)
        audit.record(action, "members.action.delete", by=user, people=action.people)
        action.delete()
        summary.refresh("actions", [cell])


def last_choices(user):
    """What the form prefills: the type, theme and pôle of the member's last action, else
    the pôle of their profile."""
    last = (
        Action.objects.filter(author=user)
        .order_by("-created_at")
        .values("kind", "theme", "pole_id")
        .first()
    )
    if last:
        return {"kind": last["kind"], "theme": last["theme"], "pole": last["pole_id"]}
    profile = getattr(user, "profile", None)
    return {"kind": None, "theme": None, "pole": getattr(profile, "pole_id", None)}
