"""The two write benchmarks, run by bench/pages.py against its server (Django set up in the
bench process, on the server's database):

- the registration race: 200 approved ambassadors, each signed in, POST to one session's
  register URL at the same instant (threads behind a barrier, a new connection each); then
  the database must hold exactly ``capacity`` confirmed, the others waiting at positions
  1…n, nobody twice, no seat oversold;
- the action log: wrk posts the log's form for the same ambassadors in turn, a fresh UUID
  each; the rows created are counted against the answers.

The ambassadors are made here, not by the tests' factories (the bench runs without the test
dependencies), and signed in by writing their sessions server-side: no login, so no login
throttle."""

import datetime
import http.client
import tempfile
import threading
import time
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path

PREFIX = "bench-ambassador-"
COUNT = 200
CAPACITY = 20


def ambassadors(count=COUNT):
    """``count`` approved ambassadors (made once, kept with ``--keep``), spread over the
    pôles."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from allauth.account.models import EmailAddress

    from members.models import Profile
    from members.roles import Role
    from pages.models import Pole

    User = get_user_model()
    group = Group.objects.get(role__role=Role.AMBASSADOR)
    poles = list(Pole.objects.order_by("sort_order", "pk"))
    people = []
    for index in range(count):
        username = f"{PREFIX}{index:03d}"
        user, created = User.objects.get_or_create(
            username=username,
            defaults={
                "email": f"{username}@example.org",
                "first_name": "Ambassadrice",
                "last_name": f"Banc {index:03d}",
            },
        )
        if created:
            user.set_unusable_password()
            user.save(update_fields=["password"])
            user.groups.add(group)
            EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
            Profile.objects.create(
                user=user, pole=poles[index % len(poles)] if poles else None, languages=["fr"]
            )
        people.append(user)
    return people


@dataclass
class Visitor:
    """A signed-in ambassador as the server sees one: the cookies and the form's token."""

    user_id: int
    pole_id: int
    cookie: str
    csrf: str
    # Each one's own address, as our proxy would pass it (the server trusts one proxy): the
    # throttles per IP count each ambassador, not the bench's 127.0.0.1.
    address: str


def sign_in(users):
    """A session for each user, written server-side as ``django.contrib.auth.login`` would,
    and a CSRF secret (Django takes an unmasked 32-character secret as cookie and token)."""
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.middleware.csrf import _get_new_csrf_string

    from members.models import Profile

    store_class = import_module(settings.SESSION_ENGINE).SessionStore
    poles = dict(Profile.objects.filter(user__in=users).values_list("user_id", "pole_id"))
    visitors = []
    for index, user in enumerate(users):
        store = store_class()
        store[SESSION_KEY] = user._meta.pk.value_to_string(user)
        store[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
        store[HASH_SESSION_KEY] = user.get_session_auth_hash()
        store.save()
        csrf = _get_new_csrf_string()
        cookie = (
            f"{settings.SESSION_COOKIE_NAME}={store.session_key}; "
            f"{settings.CSRF_COOKIE_NAME}={csrf}"
        )
        address = f"10.{index // 65536 % 256}.{index // 256 % 256}.{index % 256 + 1}"
        visitors.append(Visitor(user.pk, poles.get(user.pk) or 0, cookie, csrf, address))
    return visitors


# ---- the registration race ----------------------------------------------------------------


@dataclass
class RaceRun:
    latencies: list  # seconds, one per POST
    drain: float  # from the first POST sent to the last answer, seconds
    statuses: dict
    confirmed: int
    waiting: int
    problems: list = field(default_factory=list)

    def percentile(self, fraction):
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))]

    @property
    def ok(self):
        return not self.problems


def race_training():
    """A French training page of the demo anyone may register for (no initial path asked)."""
    from pages.models import TrainingPage

    page = (
        TrainingPage.objects.live()
        .filter(locale__language_code="fr", requires_initial_path=False)
        .order_by("path")
        .first()
    )
    if page is None:
        raise RuntimeError("the demo has no French training without prerequisite for the race")
    return page


def new_session(training, capacity=CAPACITY):
    from django.utils import timezone

    from members.models import TrainingSession

    starts = timezone.now().replace(microsecond=0) + datetime.timedelta(days=20)
    return TrainingSession.objects.create(
        training=training,
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=3),
        place="Banc d'essai, salle 1",
        capacity=capacity,
    )


def post_at_once(port, path, visitors):
    """One POST per visitor, every thread released by one barrier, each on a new connection
    (``Connection: close``). Returns the latencies, the statuses, and the drain time."""
    barrier = threading.Barrier(len(visitors))
    results = [None] * len(visitors)

    def send(index, visitor):
        body = f"csrfmiddlewaretoken={visitor.csrf}"
        headers = {
            "Cookie": visitor.cookie,
            "Content-Type": "application/x-www-form-urlencoded",
            "Connection": "close",
            "X-Forwarded-For": visitor.address,
        }
        barrier.wait(timeout=60)
        started = time.perf_counter()
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            connection.request("POST", path, body=body, headers=headers)
            response = connection.getresponse()
            response.read()
            status = response.status
            connection.close()
        except OSError as error:
            status = type(error).__name__
        results[index] = (started, time.perf_counter(), status)

    threads = [
        threading.Thread(target=send, args=(index, visitor))
        for index, visitor in enumerate(visitors)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    done = [result for result in results if result is not None]
    statuses = {}
    for _started, _ended, status in done:
        statuses[status] = statuses.get(status, 0) + 1
    first = min(started for started, _ended, _status in done)
    last = max(ended for _started, ended, _status in done)
    return [ended - started for started, ended, _status in done], statuses, last - first


def check_race(session, visitors):
    """What the database holds for ``session`` after the race: the problems found."""
    from members.models import Registration
    from members.trainings.choices import RegistrationStatus

    active = list(
        Registration.objects.filter(session=session, status__in=Registration.ACTIVE).order_by("id")
    )
    confirmed = [r for r in active if r.status == RegistrationStatus.CONFIRMED]
    waiting = [r for r in active if r.status == RegistrationStatus.WAITING]
    problems = []
    if len(confirmed) > session.capacity:
        problems.append(f"{len(confirmed) - session.capacity} seats oversold")
    if len(confirmed) != session.capacity:
        problems.append(f"{len(confirmed)} confirmed, {session.capacity} expected")
    expected_waiting = len(visitors) - session.capacity
    if len(waiting) != expected_waiting:
        problems.append(f"{len(waiting)} waiting, {expected_waiting} expected")
    users = [r.user_id for r in active]
    if len(users) != len(set(users)):
        problems.append(f"{len(users) - len(set(users))} members registered twice")
    if set(users) != {visitor.user_id for visitor in visitors}:
        problems.append("the registered members are not the 200 who posted")
    # Positions are the waiting list's order (queries.waiting_position counts by id).
    from members.trainings.queries import waiting_position

    positions = [waiting_position(r) for r in waiting]
    if positions != list(range(1, len(waiting) + 1)):
        problems.append("waiting positions are not 1…n")
    return len(confirmed), len(waiting), problems


def registration_race(port, visitors, runs, log=print):
    """``runs`` races of ``len(visitors)`` for ``CAPACITY`` seats, each on a new session
    (deleted after its check, with its registrations)."""
    from django.urls import reverse
    from django.utils import translation

    training = race_training()
    outcomes = []
    for number in range(1, runs + 1):
        session = new_session(training)
        with translation.override("fr"):
            path = reverse("members:register", args=[session.pk])
        latencies, statuses, drain = post_at_once(port, path, visitors)
        confirmed, waiting, problems = check_race(session, visitors)
        unexpected = {status: n for status, n in statuses.items() if status != 302}
        if unexpected:
            problems.append(f"answers other than 302: {unexpected}")
        outcome = RaceRun(latencies, drain, statuses, confirmed, waiting, problems)
        outcomes.append(outcome)
        log(
            f"  race {number}: p50 {outcome.percentile(0.5) * 1000:.0f} ms, "
            f"p95 {outcome.percentile(0.95) * 1000:.0f} ms, drain {drain:.2f} s, "
            f"{confirmed} confirmed, {waiting} waiting"
            + (f" — WRONG: {'; '.join(problems)}" if problems else "")
        )
        session.delete()
    return outcomes


# ---- the action log -----------------------------------------------------------------------


@dataclass
class ActionLogResult:
    measure: object  # wrk.Measure
    created: int
    in_flight: int  # requests wrk left unanswered when it stopped (its connections, at most)

    @property
    def answered(self):
        return self.measure.answers.get("2xx", 0) + self.measure.answers.get("3xx", 0)

    @property
    def consistent(self):
        """Every answered POST made its row; the server also finished the requests wrk
        dropped when its time was up (one per connection at most)."""
        return self.answered <= self.created <= self.answered + self.in_flight


def settled_count(queryset, quiet=1.0, longest=30.0):
    """The count once it stops growing: the server finishes the requests wrk dropped."""
    count, deadline = queryset.count(), time.monotonic() + longest
    while time.monotonic() < deadline:
        time.sleep(quiet)
        again = queryset.count()
        if again == count:
            break
        count = again
    return count


def action_log(base, visitors, seconds, connections, threads, log=print):
    """wrk posting the action log's form (bench/actions.lua) for ``seconds``; the rows
    created are counted in the database."""
    from django.urls import reverse
    from django.utils import translation

    from members.actions.models import Action
    from portal.core.time import local_today

    from . import wrk

    with translation.override("fr"):
        path = reverse("members:actions")
    with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False) as accounts:
        for visitor in visitors:
            fields = (visitor.cookie, visitor.csrf, visitor.pole_id, visitor.address)
            accounts.write("\t".join(str(value) for value in fields) + "\n")
    ids = [visitor.user_id for visitor in visitors]
    before = Action.objects.filter(author_id__in=ids).count()
    try:
        measure = wrk.run(
            base + path,
            seconds,
            connections=connections,
            threads=threads,
            script=wrk.ACTIONS_LUA,
            args=(accounts.name, path, local_today().isoformat(), threads),
        )
    finally:
        # It holds live sessions' keys.
        Path(accounts.name).unlink(missing_ok=True)
    created = settled_count(Action.objects.filter(author_id__in=ids)) - before
    log(
        f"  action log: {measure.rate:.0f} req/s, p95 {measure.p95:.0f} ms, "
        f"{created} actions created, answers {measure.answers}"
    )
    return ActionLogResult(measure, created, in_flight=connections)
