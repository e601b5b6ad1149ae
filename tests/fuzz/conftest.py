"""The world the fuzz tests attack: a small site (catalogue, agenda, contact page, funding
calls, trainings with sessions) and people in every role with what they own (an
application, registrations, a draft and submitted proposals, actions, contact messages).

Built once per test (hypothesis then runs every example in a savepoint rolled back, see
``harness``). At the end of the run, the number of hostile requests sent per form is printed
(and written as JSON to ``$FUZZ_REPORT`` when it is set)."""

import datetime
import json
import os
import uuid
from decimal import Decimal
from types import SimpleNamespace

from django.utils import timezone

import pytest

from members.actions import services as actions
from members.models import ContactMessage, Proposal
from members.proposals import reviews
from pages.models import ContactPage, EventPage
from portal.core.time import local_today
from tests.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    ExperienceSheetIndexPageFactory,
    ExperienceSheetPageFactory,
    pole,
)
from tests.members.factories import (
    MemberFactory,
    RegistrationFactory,
    TrainingFactory,
    TrainingSessionFactory,
)
from tests.members.proposals.admin_fixtures import add_attachment, make_call, make_proposal

from .harness import REQUESTS, STATUSES, Fuzzer


def _sheet(index, title, tags, poles, **fields):
    sheet = ExperienceSheetPageFactory.build(title=title, **fields)
    sheet.tags.add(*tags)
    sheet.poles = [pole(code) for code in poles]
    index.add_child(instance=sheet)
    sheet.save_revision().publish()
    return sheet


def _public_pages(home):
    catalogue = ExperienceSheetIndexPageFactory(parent=home)
    _sheet(catalogue, "Kermesse santé", ["prévention", "fête"], ["moulins"], start_year=2019)
    _sheet(catalogue, "Stands droits", ["accès aux droits"], ["fives"], framework_asv="yes")
    agenda = EventIndexPageFactory(parent=home)
    today = local_today()
    event = EventPageFactory(
        parent=agenda,
        title="Réunion du pôle",
        start_date=today - datetime.timedelta(days=20),
        start_time=datetime.time(14),
        end_time=datetime.time(16),
        category="pole_meeting",
        pole=pole("fives"),
        recurrence="weekly",
        recurrence_interval=2,
        recurrence_until=today + datetime.timedelta(days=200),
    )
    EventPageFactory(parent=agenda, title="Stand", start_date=today + datetime.timedelta(days=3))
    contact = ContactPage(title="Nous contacter", slug="contact", intro="<p>Écrivez-nous.</p>")
    home.add_child(instance=contact)
    contact.save_revision().publish()
    contact.refresh_from_db()
    return catalogue, agenda, EventPage.objects.get(pk=event.pk), contact


def _trainings(ambassador, other):
    training = TrainingFactory(title="Écoute active", initial_path=True, path_order=1)
    open_session = TrainingSessionFactory(training=training, capacity=5, pole=pole("fives"))
    full = TrainingSessionFactory(training=training, full=True, pole=pole("fives"))
    started = TrainingSessionFactory(training=training, started=True, pole=pole("fives"))
    past = TrainingSessionFactory(training=training, past=True, starts_in_days=-30)
    registration = RegistrationFactory(session=open_session, user=ambassador)
    waiting = RegistrationFactory(session=full, user=ambassador, waiting=True)
    roster = [
        RegistrationFactory(session=started, user=ambassador),
        RegistrationFactory(session=started, user=other),
    ]
    RegistrationFactory(session=past, user=ambassador, attended=True)
    return SimpleNamespace(
        training=training,
        open=open_session,
        full=full,
        started=started,
        registration=registration,
        waiting=waiting,
        roster=roster,
    )


def _proposals(ambassador, other, reviewers):
    call = make_call("Initiatives santé")
    closed = make_call(
        "Appel clos",
        opens_at=timezone.now() - datetime.timedelta(days=60),
        closes_at=timezone.now() - datetime.timedelta(days=2),
    )
    draft = Proposal.objects.create(call=call, owner=ambassador, pole=pole("fives"), title="Fête")
    draft.budget_lines.create(label="Tentes", category="rental", amount=Decimal("1200.00"))
    attachment = add_attachment(draft)
    submitted = make_proposal(call, other, title="Stand droits")
    under_review = make_proposal(
        closed, other, title="Forum santé", status=Proposal.Status.UNDER_REVIEW
    )
    # Under review, both reviewers declared no conflict: their scores' form is open.
    for reviewer in reviewers:
        reviews.declare(under_review.pk, reviewer, no_conflict=True)
    return SimpleNamespace(
        call=call,
        closed=closed,
        draft=draft,
        attachment=attachment,
        submitted=submitted,
        under_review=under_review,
    )


def _actions(ambassador):
    today = local_today()
    logged = []
    for days, people in ((2, 12), (30, 40)):
        action, _created = actions.log_action(
            ambassador,
            uuid.uuid4(),
            {
                "date": today - datetime.timedelta(days=days),
                "kind": "stand",
                "theme": "promotion-de-la-sante",
                "pole": pole("fives"),
                "people": people,
                "approximate": False,
                "note": "Stand au marché",
            },
        )
        logged.append(action)
    return logged


@pytest.fixture
def world(home, settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    catalogue, agenda, event, contact = _public_pages(home)
    ambassador = MemberFactory(
        username="amina", first_name="Amina", last_name="Haddad", ambassador=True, pole="fives"
    )
    other = MemberFactory(username="bahia", ambassador=True, pole="wazemmes")
    applicant = MemberFactory(username="candidate", applicant=True, pole="fives")
    coordinator = MemberFactory(username="claire", coordinator=True)
    referent = MemberFactory(username="rania", referent=True, referent_of=["fives"])
    messages = [
        ContactMessage.objects.create(
            name="Nadia", email="nadia@example.org", topic="coordination", message="Bonjour"
        ),
        ContactMessage.objects.create(
            name="Karim", phone="06 12 34 56 78", topic="pole", pole=pole("fives"), message="Allô"
        ),
    ]
    return SimpleNamespace(
        home=home,
        catalogue=catalogue,
        agenda=agenda,
        event=event,
        contact=contact,
        ambassador=ambassador,
        other=other,
        applicant=applicant,
        coordinator=coordinator,
        referent=referent,
        trainings=_trainings(ambassador, other),
        proposals=_proposals(ambassador, other, [coordinator, referent]),
        actions=_actions(ambassador),
        messages=messages,
        private_root=settings.PRIVATE_MEDIA_ROOT,
    )


@pytest.fixture
def fuzzer(world):
    """``fuzzer(user)``: a ``harness.Fuzzer`` signed in as ``user`` (None: a visitor)."""

    def make(user=None):
        return Fuzzer(user, private_root=world.private_root)

    return make


def pytest_terminal_summary(terminalreporter):
    if not REQUESTS:
        return
    total = sum(REQUESTS.values())
    terminalreporter.section(f"fuzz: {total} hostile requests")
    width = max(len(name) for name in REQUESTS)
    for name, count in sorted(REQUESTS.items()):
        answers = ", ".join(f"{status}: {n}" for status, n in sorted(STATUSES[name].items()))
        terminalreporter.write_line(f"{name:<{width}}  {count:>6}  ({answers})")
    path = os.environ.get("FUZZ_REPORT")
    if path:
        with open(path, "w", encoding="utf-8") as report:
            per_form = {
                name: {"requests": count, "statuses": dict(STATUSES[name])}
                for name, count in sorted(REQUESTS.items())
            }
            json.dump({"total": total, "per_form": per_form}, report, indent=1)
