"""The demo's action log and figures: a year of actions in the five pôles, the ambassadors
who logged them, and the training sessions they followed.

- ``load`` (called by the demo loader with its accounts): five ambassadors per pôle, each
  with an approved application and a profile (demo people: no password, no verified
  address, they cannot sign in); about 400 actions over the twelve months before today
  (Paris), written one by one through ``members.actions.services.log_action`` so that every
  rule of the log applies to them; past training sessions with their registrations and
  attendance. People, sessions and registrations are built directly, as demo data (no
  e-mail is sent), so the summary table is rebuilt from them once at the end.
- ``add_actions`` (``load_demo --actions N``): N more actions for benchmarks, written in
  batches with ``bulk_create`` (the service would take minutes for 100,000), then one
  ``members.summary.rebuild``.

Every action has a UUID made from a fixed namespace and its index: loading again finds
the actions already there and adds none (``log_action`` answers a known UUID with the
action saved; the bulk path skips the UUIDs already there).

The 2015 and 2016 reports of the Pôles Ressources Santé counted 1,926 and 2,410 people
reached in a year: the demo's year reaches about as many, more often through stands and
informal talks than through fairs, less in August and around Christmas.
"""

import datetime
import random
import uuid

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from members import summary
from members.actions.choices import MAX_AGE_DAYS, ActionKind, ActionTheme
from members.actions.models import Action
from members.actions.services import ActionRefused, log_action
from members.models import Application, Profile, Registration, TrainingSession
from members.people.choices import ApplicationStatus
from members.roles import Role
from members.trainings.choices import RegistrationStatus
from pages.models import Pole, TrainingPage
from portal.core.time import PARIS, local_today

# Fixed namespaces: the same index always gives the same UUID.
DEMO_NAMESPACE = uuid.UUID("6f1d2c9e-3b7a-4c51-9a0e-5d2f8b1c7e40")
BULK_NAMESPACE = uuid.UUID("0c8e4b52-91d7-4f3a-b6e2-7a9d1f5c3e18")
BATCH = 5_000

# Five ambassadors per pôle (fictitious people), oldest cohort first: the Faubourg de
# Béthune's women were the first ambassadors.
AMBASSADORS = {
    "faubourg-de-bethune": "Fatima Benali, Sylvie Caron, Khadija Ouali, Awa Diallo, Nadia Haddad",
    "fives": "Aïcha Mansouri, Monique Lefebvre, Linh Nguyen, Samira Belkacem, Hawa Traoré",
    "lille-sud": "Rachida Amrani, Chantal Dufour, Mariama Sow, Zohra Meziane, Sandrine Lemaire",
    "moulins": "Leïla Bouzid, Nathalie Vasseur, Djamila Cherif, Yasmina Kaci, Brigitte Leroy",
    "wazemmes": "Malika Rahmani, Ana Ferreira, Souad El Idrissi, Martine Delattre, Ayşe Yilmaz",
}
AMBASSADOR_COUNT = sum(len(names.split(", ")) for names in AMBASSADORS.values())
DEMO_PREFIX = "demo-ambassadrice-"
LANGUAGES = [["fr"], ["fr", "ar"], ["fr", "ber"], ["fr", "wo"], ["fr", "pt"], ["fr", "tr"]]
INVOLVEMENT = [["relay"], ["relay", "stands"], ["relay", "trainings"], ["stands", "projects"]]

# Actions in a year, by type, and the people each one reaches (low, high).
KINDS = {
    ActionKind.TALKS: (135, (1, 4)),
    ActionKind.ORIENTATION: (80, (1, 2)),
    ActionKind.STAND: (70, (5, 16)),
    ActionKind.WORKSHOP: (55, (4, 12)),
    ActionKind.WORKING_GROUP: (35, (4, 10)),
    ActionKind.OTHER: (20, (2, 7)),
}
FAIRS = 6  # one « fête de la santé » per pôle, two in Fives
FAIR_PEOPLE = (45, 95)
# How active each pôle is, relative to the others.
ACTIVITY = {
    "faubourg-de-bethune": 1.15,
    "fives": 1.2,
    "lille-sud": 1.0,
    "moulins": 0.75,
    "wazemmes": 0.9,
}
# Fewer actions in summer holidays and around Christmas, more in spring and autumn.
SEASON = {
    1: 0.8,
    2: 0.9,
    3: 1.1,
    4: 1.1,
    5: 1.2,
    6: 1.2,
    7: 0.6,
    8: 0.3,
    9: 1.1,
    10: 1.3,
    11: 1.2,
    12: 0.6,
}
WEEKDAY = {0: 1.0, 1: 1.0, 2: 1.2, 3: 1.0, 4: 1.0, 5: 0.7, 6: 0.1}
THEMES = {
    ActionTheme.RIGHTS: 24,
    ActionTheme.PREVENTION: 18,
    ActionTheme.NUTRITION: 14,
    ActionTheme.MENTAL_HEALTH: 10,
    ActionTheme.VACCINATION: 10,
    ActionTheme.SEXUAL_HEALTH: 7,
    ActionTheme.ENVIRONMENT: 7,
    ActionTheme.DISCRIMINATION: 6,
    ActionTheme.OTHER: 4,
}
# The themes of the season: screening in October, vaccination in winter, nutrition and
# physical activity before summer.
SEASONAL_THEMES = {
    10: ActionTheme.VACCINATION,
    11: ActionTheme.PREVENTION,
    12: ActionTheme.VACCINATION,
    1: ActionTheme.VACCINATION,
    5: ActionTheme.NUTRITION,
    6: ActionTheme.NUTRITION,
}
NOTES = {
    ActionKind.TALKS: [
        "À la sortie de l'école, des mamans m'ont demandé où faire vacciner leurs enfants.",
        "Discussion au café du quartier sur la complémentaire santé solidaire.",
        "Une voisine ne savait pas qu'elle pouvait avoir un médecin traitant : je lui ai expliqué.",
        "Dans la file du marché, on a parlé du dépistage du diabète.",
    ],
    ActionKind.ORIENTATION: [
        "Accompagnée jusqu'au pôle pour ouvrir ses droits à la CPAM.",
        "Orientée vers la permanence d'accès aux soins de santé.",
        "Rendez-vous pris avec la PMI pour une jeune maman.",
    ],
    ActionKind.STAND: [
        "Stand au marché : beaucoup de questions sur la carte Vitale.",
        "Stand devant la médiathèque avec la référente du pôle.",
        "Stand à la fête des voisins : dépliants en français et en arabe.",
    ],
    ActionKind.WORKSHOP: [
        "Atelier cuisine petit budget au centre social.",
        "Atelier « bien dormir » avec une infirmière.",
        "Atelier fabrication de lessive maison.",
    ],
    ActionKind.WORKING_GROUP: [
        "Réunion des partenaires du pôle.",
        "Groupe de travail sur les discriminations dans l'accès aux soins.",
    ],
    ActionKind.HEALTH_FAIR: [
        "Fête de la santé : stands de dépistage, sport, alimentation et droits.",
    ],
    ActionKind.OTHER: [
        "Affiches posées chez les commerçants du quartier.",
        "Visite d'un appartement humide avec une conseillère habitat.",
    ],
}
NOTE_SHARE = 0.3

# Past training sessions: (training slug, weeks before this one, day of the week (0 is
# Monday), pôle code or None, people registered, of whom absent); each training's hours,
# length and trainer below. Active listening takes two days in a row.
PAST_SESSIONS = [
    ("role-ambassadeur", 47, 1, None, 8, 1),
    ("ecoute-active", 43, 1, None, 8, 0),
    ("ecoute-active", 43, 2, None, 8, 1),
    ("droits-en-sante", 39, 3, "lille-sud", 9, 1),
    ("premiers-secours", 33, 5, "fives", 10, 0),
    ("vaccination", 28, 2, "moulins", 7, 1),
    ("role-ambassadeur", 23, 1, None, 6, 0),
    ("sante-sexuelle", 18, 3, "faubourg-de-bethune", 9, 2),
    ("qualite-air-interieur", 13, 2, "wazemmes", 8, 1),
    ("droits-en-sante", 8, 3, "wazemmes", 10, 1),
    ("ecoute-active", 3, 1, None, 7, 0),
    ("ecoute-active", 3, 2, None, 7, 0),
]
TRAINERS = {
    "role-ambassadeur": (datetime.time(9, 30), 3, "La coordinatrice du programme"),
    "ecoute-active": (datetime.time(9, 0), 7, "Formatrice en écoute active"),
    "droits-en-sante": (datetime.time(14, 0), 3, "CPAM de Lille-Douai"),
    "premiers-secours": (datetime.time(9, 0), 7, "Protection civile du Nord"),
    "vaccination": (datetime.time(14, 0), 2, "Centre de vaccination de la Ville de Lille"),
    "sante-sexuelle": (datetime.time(14, 0), 3, "Planning familial"),
    "qualite-air-interieur": (datetime.time(14, 0), 3, "Conseillère habitat et santé"),
}
TOWN_HALL = "Hôtel de ville de Lille, salle du conseil"


def demo_uuid(index, namespace=DEMO_NAMESPACE):
    return uuid.uuid5(namespace, str(index))


def window(today=None):
    """The days an action may be dated: the twelve months before today, today included
    (``log_action`` refuses older ones)."""
    today = today or local_today()
    return [today - datetime.timedelta(days=offset) for offset in range(MAX_AGE_DAYS)]


def _day_weight(day):
    return SEASON[day.month] * WEEKDAY[day.weekday()]


def load(log):
    """The demo ambassadors, their actions and their past training sessions."""
    poles = {pole.code: pole for pole in Pole.objects.all()}
    if not poles:
        return
    people = ambassadors(poles)
    created = actions(people, poles)
    sessions = training_sessions(people, poles)
    with transaction.atomic():
        summary.rebuild()
    everyone = {user.pk for users in people.values() for user in users}
    log(f"  {len(everyone)} ambassadeur·rices, {created} nouvelles actions notées")
    if sessions:
        log(f"  {sessions} sessions de formation passées, avec les présences")


# ---- people ------------------------------------------------------------------------------


def ambassadors(poles):
    """The demo ambassadors, by pôle code (created once), with the demo account's
    ambassador (Fives) when it exists."""
    User = get_user_model()
    group = Group.objects.filter(role__role=Role.AMBASSADOR).first()
    coordinator = User.objects.filter(username="coordinatrice").first()
    now = timezone.now()
    people = {code: [] for code in poles}
    for code, names in AMBASSADORS.items():
        if code not in poles:
            continue
        for number, name in enumerate(names.split(", ")):
            first, last = name.split(" ", 1)
            username = f"{DEMO_PREFIX}{code}-{number + 1}"
            user, created = User.objects.get_or_create(
                username=username,
                defaults={
                    "email": f"{username}@example.org",
                    "first_name": first,
                    "last_name": last,
                },
            )
            if created:
                _make_ambassador(user, poles[code], group, coordinator, now, number, code)
            people[code].append(user)
    demo_account = User.objects.filter(username="ambassadrice", profile__isnull=False).first()
    fives = poles.get("fives")
    if demo_account is not None and fives and demo_account.profile.pole_id == fives.pk:
        people["fives"].append(demo_account)
    return people


def _make_ambassador(user, pole, group, coordinator, now, number, code):
    user.set_unusable_password()
    user.save(update_fields=["password"])
    if group is not None:
        user.groups.add(group)
    # The first cohort joined four years ago; the others one by one since.
    order = list(AMBASSADORS).index(code)
    decided = now - datetime.timedelta(days=1400 - 90 * number - 40 * order)
    applied = decided - datetime.timedelta(days=18)
    details = {
        "pole": pole,
        "languages": LANGUAGES[(number + order) % len(LANGUAGES)],
        "involvement": INVOLVEMENT[(number + 2 * order) % len(INVOLVEMENT)],
    }
    Application.objects.create(
        user=user,
        status=ApplicationStatus.APPROVED,
        consent_at=applied,
        email_verified_at=applied,
        created_at=applied,
        decided_at=decided,
        decided_by=coordinator,
        motivation="Je veux aider mes voisins à mieux connaître leurs droits en santé.",
        **details,
    )
    Profile.objects.create(user=user, **details)


# ---- the year's actions ------------------------------------------------------------------


def plan(poles, today=None):
    """The demo's actions: a list of dicts (index, pôle code, date, kind, theme, people,
    approximate, note), the same for the same day."""
    rng = random.Random(2410)
    days = window(today)
    weights = [_day_weight(day) for day in days]
    weekdays = [day for day in days if day.weekday() < 5]
    fair_days = [day for day in days if day.month in (5, 6, 9) and day.weekday() == 5]
    share = {code: ACTIVITY.get(code, 1.0) for code in poles}
    total_share = sum(share.values())
    planned = []
    for code in sorted(poles):
        for kind, (per_year, (low, high)) in KINDS.items():
            count = round(per_year * share[code] / total_share)
            pool, pool_weights = (
                (weekdays, None) if kind == ActionKind.WORKING_GROUP else (days, weights)
            )
            for day in rng.choices(pool, weights=pool_weights, k=count):
                planned.append(_planned(rng, code, day, kind, rng.randint(low, high)))
    fair_poles = [*sorted(poles), "fives"][:FAIRS]
    for code in fair_poles:
        if code in poles and fair_days:
            people = rng.randint(*FAIR_PEOPLE)
            planned.append(
                _planned(rng, code, rng.choice(fair_days), ActionKind.HEALTH_FAIR, people)
            )
    planned.sort(key=lambda action: (action["date"], action["pole"], action["kind"]))
    for index, action in enumerate(planned):
        action["index"] = index
    return planned


def _planned(rng, code, day, kind, people):
    themes, weights = list(THEMES), list(THEMES.values())
    seasonal = SEASONAL_THEMES.get(day.month)
    if seasonal is not None:
        weights[themes.index(seasonal)] *= 3
    note = rng.choice(NOTES[kind]) if rng.random() < NOTE_SHARE else ""
    return {
        "pole": code,
        "date": day,
        "kind": kind,
        "theme": rng.choices(themes, weights=weights)[0],
        "people": people,
        "approximate": kind in (ActionKind.STAND, ActionKind.HEALTH_FAIR, ActionKind.TALKS)
        and people > 3,
        "note": note,
    }


def actions(people, poles):
    """Log the planned actions through the service; returns how many were new."""
    rng = random.Random(1926)
    now = timezone.now()
    created_rows = []
    for action in plan(poles):
        authors = people.get(action["pole"])
        if not authors:
            continue
        author = authors[action["index"] % len(authors)]
        values = {**action, "pole": poles[action["pole"]]}
        try:
            saved, created = log_action(author, demo_uuid(action["index"]), values)
        except ActionRefused:  # a closed year, or a UUID someone else used
            continue
        if created:
            # Noted the evening of the action or within two days, as a phone would.
            noted = datetime.datetime.combine(
                action["date"], datetime.time(18, rng.randint(0, 59)), PARIS
            ) + datetime.timedelta(hours=rng.choice((0, 0, 0, 15, 40)))
            saved.created_at = saved.updated_at = min(noted, now)
            created_rows.append(saved)
    Action.objects.bulk_update(created_rows, ["created_at", "updated_at"], batch_size=500)
    return len(created_rows)


# ---- training sessions -------------------------------------------------------------------


def training_sessions(people, poles):
    """Past sessions of the trainings, with the demo ambassadors registered and most of
    them noted present. Built once: skipped when a demo ambassador is registered."""
    members = [user for code in sorted(people) for user in people[code]]
    members = [user for user in members if user.username.startswith(DEMO_PREFIX)]
    if not members or Registration.objects.filter(user__in=members).exists():
        return 0
    pages = {page.slug: page for page in TrainingPage.objects.filter(locale__language_code="fr")}
    today = local_today()
    monday = today - datetime.timedelta(days=today.weekday())
    made = 0
    with transaction.atomic():
        for number, spec in enumerate(PAST_SESSIONS):
            slug, weeks, weekday, code, registered, absent = spec
            if slug not in pages:
                continue
            start, hours, trainer = TRAINERS[slug]
            place = f"Pôle Ressources Santé – {poles[code].name}" if code in poles else TOWN_HALL
            day = monday - datetime.timedelta(weeks=weeks) + datetime.timedelta(days=weekday)
            starts = datetime.datetime.combine(day, start, PARIS)
            session = TrainingSession.objects.create(
                training=pages[slug],
                starts_at=starts,
                ends_at=starts + datetime.timedelta(hours=hours),
                capacity=max(registered + 2, 10),
                pole=poles.get(code),
                place=place,
                trainer=trainer,
            )
            chosen = [members[(number * 7 + k) % len(members)] for k in range(registered)]
            Registration.objects.bulk_create(
                Registration(
                    session=session,
                    user=user,
                    status=RegistrationStatus.CONFIRMED,
                    created_at=starts - datetime.timedelta(days=20),
                    attended=k >= absent,
                )
                for k, user in enumerate(dict.fromkeys(chosen))
            )
            made += 1
    return made


# ---- many more actions (benchmarks) ------------------------------------------------------


def add_actions(number, today=None):
    """Add ``number`` actions (UUIDs of ``BULK_NAMESPACE`` and indexes 0 to number - 1)
    spread over the pôles, themes, types and the last twelve months, then rebuild the
    summary table once. Returns how many were new (0 the second time with the same
    number)."""
    poles = list(Pole.objects.values_list("pk", flat=True))
    if not poles or number <= 0:
        return 0
    authors = {}
    for user_id, pole_id in (
        Profile.objects.filter(pole__isnull=False, user__groups__role__role=Role.AMBASSADOR)
        .values_list("user_id", "pole_id")
        .distinct()
    ):
        authors.setdefault(pole_id, []).append(user_id)
    rng = random.Random(100_000)
    days = window(today)
    chosen_days = rng.choices(days, weights=[_day_weight(day) for day in days], k=number)
    kinds = [*KINDS, ActionKind.HEALTH_FAIR]
    kind_weights = [per_year for per_year, _people in KINDS.values()] + [FAIRS]
    chosen_kinds = rng.choices(kinds, weights=kind_weights, k=number)
    chosen_themes = rng.choices(list(THEMES), weights=list(THEMES.values()), k=number)
    draws = [rng.random() for _ in range(number)]
    before = Action.objects.count()
    for first in range(0, number, BATCH):
        indexes = range(first, min(first + BATCH, number))
        keys = {index: demo_uuid(index, BULK_NAMESPACE) for index in indexes}
        known = set(Action.objects.filter(uuid__in=keys.values()).values_list("uuid", flat=True))
        batch = []
        for index, key in keys.items():
            if key in known:
                continue
            kind = chosen_kinds[index]
            low, high = FAIR_PEOPLE if kind == ActionKind.HEALTH_FAIR else KINDS[kind][1]
            pole_id = poles[index % len(poles)]
            writers = authors.get(pole_id)
            batch.append(
                Action(
                    uuid=key,
                    author_id=writers[index % len(writers)] if writers else None,
                    date=chosen_days[index],
                    kind=kind,
                    theme=chosen_themes[index],
                    pole_id=pole_id,
                    people=low + int(draws[index] * (high - low + 1)),
                )
            )
        # ignore_conflicts: a concurrent run may have written some meanwhile.
        Action.objects.bulk_create(batch, ignore_conflicts=True)
    # Demo data built directly: the summary table is rebuilt from it, once.
    with transaction.atomic():
        summary.rebuild()
    return Action.objects.count() - before
