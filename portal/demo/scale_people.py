"""People of the scaled demo: approved ambassadors, and training sessions with their
registrations, built in bulk as demo data (no service runs, no e-mail, no audit-log line:
the demo's own ambassadors are built the same way).

What the services guarantee holds here too, because each session's registrations are
replayed in time order through the same rules: a registration is confirmed while seats
remain, else waiting; a cancelled seat goes to the first person waiting (``promoted_at``);
one active registration per person and session; presence only noted once a session is
over; a thematic training only for people who had followed the whole initial path before
registering.

A *block* is one unit of scale: its people are named after it (``echelle-0003-0042``),
so a block is found again on a second run and skipped."""

import datetime
import random

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group

from members.models import Application, Profile, Registration, TrainingSession
from members.people.choices import ApplicationStatus, Involvement
from members.roles import Role
from members.trainings.choices import RegistrationStatus as R
from portal.core.time import PARIS

from .actions import TOWN_HALL, TRAINERS
from .scale_text import POLE_NAMES

PREFIX = "echelle-"
# fmt: off
FIRST_NAMES = [
    "Aïcha", "Amina", "Ana", "Awa", "Brigitte", "Chantal", "Djamila", "Fatima", "Fatou",
    "Hawa", "Hélène", "Inès", "Karima", "Khadija", "Leïla", "Linh", "Malika", "Mariama",
    "Monique", "Nadia", "Nathalie", "Rachida", "Samira", "Sandrine", "Sophie", "Souad",
    "Sylvie", "Yasmina", "Zohra", "Karim", "Mamadou", "Julien", "Mehdi", "Paulo", "Youssef",
]
LAST_NAMES = [
    "Amrani", "Belkacem", "Benali", "Bouzid", "Caron", "Cherif", "Delattre", "Diallo",
    "Dufour", "El Idrissi", "Ferreira", "Haddad", "Kaci", "Lefebvre", "Leroy", "Lemaire",
    "Mansouri", "Meziane", "Nguyen", "Ouali", "Rahmani", "Sow", "Traoré", "Vasseur", "Yilmaz",
    "Martin", "Petit", "Dubois", "Nowak", "Mendes",
]
# fmt: on
LANGUAGES = [["fr"], ["fr", "ar"], ["fr", "ber"], ["fr", "wo"], ["fr", "pt"], ["fr", "tr"]]
MOTIVATIONS = [
    "Je veux aider mes voisins à mieux connaître leurs droits en santé.",
    "J'ai moi-même eu du mal à me soigner : je veux que ce soit plus simple pour les autres.",
    "Je parle arabe et français, je peux aider les personnes qui arrivent dans le quartier.",
    "Je fais déjà le lien entre les mamans de l'école et le centre social.",
]
INITIAL = ("role-ambassadeur", "ecoute-active", "droits-en-sante")
THEMATIC = ("premiers-secours", "sante-sexuelle", "vaccination", "qualite-air-interieur")
ABSENT_SHARE, CANCEL_SHARE = 0.1, 0.06


def username(block, number):
    return f"{PREFIX}{block:04d}-{number:04d}"


def block_users(block):
    return get_user_model().objects.filter(username__startswith=f"{PREFIX}{block:04d}-")


# ---- ambassadors -------------------------------------------------------------------------


def add_members(block, count, poles, now):
    """The block's ``count`` approved ambassadors, with an application and a profile spread
    over the pôles; returns their user ids in order and how many were new. They cannot
    sign in (no usable password, no verified address), like the demo's other ambassadors."""
    User = get_user_model()
    names = [username(block, number) for number in range(count)]
    known = dict(User.objects.filter(username__in=names).values_list("username", "pk"))
    group = Group.objects.filter(role__role=Role.AMBASSADOR).first()
    coordinator = User.objects.filter(groups__role__role=Role.COORDINATOR).order_by("pk").first()
    codes = sorted(poles, key=lambda code: poles[code].sort_order)
    new = []
    for number, name in enumerate(names):
        if name in known:
            continue
        rng = random.Random(f"scale-member-{block}-{number}")
        decided = now - datetime.timedelta(days=rng.randrange(20, 1460), minutes=rng.randrange(600))
        user = User(
            username=name,
            email=f"{name}@example.org",
            first_name=rng.choice(FIRST_NAMES),
            last_name=rng.choice(LAST_NAMES),
            password=make_password(None),
            date_joined=decided - datetime.timedelta(days=rng.randrange(5, 40)),
        )
        details = {
            "pole": poles[codes[(block * count + number) % len(codes)]] if codes else None,
            "languages": rng.choice(LANGUAGES),
            "involvement": rng.sample(list(Involvement.values), rng.randrange(1, 4)),
            "language": rng.choices(["fr", "ar", "en"], weights=[8, 2, 1])[0],
        }
        new.append((user, details, decided, rng.choice(MOTIVATIONS)))
    User.objects.bulk_create([user for user, *_rest in new], batch_size=1000)
    if group is not None:
        User.groups.through.objects.bulk_create(
            [User.groups.through(user_id=user.pk, group_id=group.pk) for user, *_rest in new],
            batch_size=1000,
        )
    Application.objects.bulk_create(
        [
            Application(
                user=user,
                status=ApplicationStatus.APPROVED,
                consent_at=user.date_joined,
                email_verified_at=user.date_joined,
                created_at=user.date_joined,
                decided_at=decided,
                decided_by=coordinator,
                motivation=motivation,
                **details,
            )
            for user, details, decided, motivation in new
        ],
        batch_size=1000,
    )
    Profile.objects.bulk_create(
        [Profile(user=user, **details) for user, details, *_rest in new], batch_size=1000
    )
    known.update({user.username: user.pk for user, *_rest in new})
    return [known[name] for name in names], len(new)


# ---- training sessions and registrations -------------------------------------------------


def _spread(total, parts, most):
    """``total`` split into ``parts`` numbers of at most ``most`` each."""
    base, extra = divmod(total, parts)
    return [min(most, base + (part < extra)) for part in range(parts)]


def add_sessions(block, members, count, registrations, trainings, poles, now):
    """``count`` sessions of the trainings (``trainings``: French pages by slug), from
    eleven months ago to five months ahead, holding ``registrations`` registrations of the
    block's ``members``. Skipped when one of them is registered already: a block's
    sessions are made at once. Returns (sessions, registrations) added."""
    initial = [slug for slug in INITIAL if slug in trainings]
    if not (count and registrations and members and initial):
        return 0, 0
    if Registration.objects.filter(user_id__in=members).exists():
        return 0, 0
    thematic = [slug for slug in THEMATIC if slug in trainings]
    rng = random.Random(f"scale-sessions-{block}")
    today = now.astimezone(PARIS).date()
    days = sorted(today + datetime.timedelta(days=rng.randrange(-330, 150)) for _ in range(count))
    followed = {member: {} for member in members}  # member -> {module: when it ended}
    planned = []
    for number, (day, wanted) in enumerate(
        zip(days, _spread(registrations, count, len(members)), strict=True)
    ):
        if day.weekday() == 6:
            day += datetime.timedelta(days=1)
        slug = rng.choice(thematic) if thematic and rng.random() < 0.45 else None
        start, hours, trainer = TRAINERS[slug or initial[number % len(initial)]]
        starts = datetime.datetime.combine(day, start, PARIS)
        closes = min(starts - datetime.timedelta(hours=1), now - datetime.timedelta(minutes=5))
        opens = closes - datetime.timedelta(days=40)
        # A thematic training asks for the whole initial path, followed before registering.
        ready = [
            member
            for member in members
            if all(followed[member].get(module, closes) < opens for module in initial)
        ]
        if slug is None or len(ready) < wanted:
            slug = initial[number % len(initial)]
            start, hours, trainer = TRAINERS[slug]
            starts = datetime.datetime.combine(day, start, PARIS)
            newcomers = [member for member in members if slug not in followed[member]]
            chosen = (newcomers + [m for m in members if slug in followed[m]])[:wanted]
        else:
            chosen = rng.sample(ready, wanted)
        code = rng.choice([*sorted(poles), None, None])
        session = TrainingSession(
            training=trainings[slug],
            starts_at=starts,
            ends_at=starts + datetime.timedelta(hours=hours),
            capacity=max(1, round(wanted * rng.uniform(0.6, 0.95))),
            pole=poles.get(code),
            place=f"Pôle Ressources Santé {POLE_NAMES[code]}" if code else TOWN_HALL,
            trainer=trainer,
        )
        rows = _replay(session, chosen, opens, closes, now, rng)
        for row in rows:
            if row.attended:
                followed[row.user_id][slug] = session.ends_at
        planned.append((session, rows))
    TrainingSession.objects.bulk_create([session for session, _rows in planned])
    rows = [row for session, session_rows in planned for row in session_rows]
    for session, session_rows in planned:
        for row in session_rows:
            row.session_id = session.pk
    # In time order within each session: the waiting list's order is the ids' order.
    Registration.objects.bulk_create(rows, batch_size=2000)
    return len(planned), len(rows)


def _replay(session, members, opens, closes, now, rng):
    """The registrations of ``members`` as the services would leave them: registrations
    and cancellations replayed in time order, seats given first come first served."""
    span = (closes - opens).total_seconds()
    times = sorted(opens + datetime.timedelta(seconds=rng.uniform(0, span)) for _ in members)
    rows = [
        Registration(user_id=member, created_at=when, status=R.WAITING)
        for member, when in zip(members, times, strict=True)
    ]
    steps = [(row.created_at, 0, row) for row in rows]
    for row in rows:
        if rng.random() < CANCEL_SHARE:
            left = (closes - row.created_at).total_seconds()
            steps.append(
                (row.created_at + datetime.timedelta(seconds=rng.uniform(0, left)), 1, row)
            )
    confirmed = 0
    waiting = []
    for when, kind, row in sorted(steps, key=lambda step: (step[0], step[1])):
        if kind == 0:
            if confirmed < session.capacity:
                row.status, confirmed = R.CONFIRMED, confirmed + 1
            else:
                waiting.append(row)
            continue
        was_confirmed = row.status == R.CONFIRMED
        if row in waiting:
            waiting.remove(row)
        row.status, row.cancelled_at = R.CANCELLED, when
        if was_confirmed:
            confirmed -= 1
            if waiting:
                promoted = waiting.pop(0)
                promoted.status, promoted.promoted_at = R.CONFIRMED, when
                confirmed += 1
    over = session.ends_at < now
    for row in rows:
        if row.status != R.CONFIRMED or session.starts_at > now:
            continue
        # The hourly reminder went out 48 hours before, or once the seat was given.
        reminder = session.starts_at - datetime.timedelta(hours=48)
        row.reminder_sent_at = max(reminder, row.promoted_at or row.created_at)
        if over:
            row.attended = rng.random() >= ABSENT_SHARE
    return rows
