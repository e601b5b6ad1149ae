"""The rule book: every decision and change is in Wagtail's audit log (shown in the
object's history), statuses are enums with predicates, spreadsheets keep text as text."""

import csv
import io

from django.core import mail

from wagtail.models import ModelLogEntry

import pytest

from members.models import Application, Registration
from members.people import services as people
from members.roles import Role
from members.trainings import services
from members.trainings.choices import ACTIVE_STATUSES, RegistrationStatus

from .conftest import application_for, make_session, person

pytestmark = pytest.mark.django_db


def actions(instance):
    return list(
        ModelLogEntry.objects.for_instance(instance)
        .order_by("id")
        .values_list("action", "user__username")
    )


def test_a_decision_is_in_the_history_of_the_application(client, coordinator, send_on_commit):
    application = application_for(person("nadia", Role.APPLICANT), "fives")
    send_on_commit(people.decide, application.pk, "declined", "Pas cette année.", by=coordinator)
    assert actions(application) == [("members.application.decline", "claire")]
    client.force_login(coordinator)
    history = client.get(f"/admin/applications/history/{application.pk}/")
    assert history.status_code == 200
    assert "Candidature non retenue" in history.content.decode()
    assert len(mail.outbox) == 1


def test_the_service_refuses_what_the_form_would(coordinator, referent):
    application = application_for(person("nadia", Role.APPLICANT), "fives")
    with pytest.raises(people.NotAllowed):
        people.decide(application.pk, "approved", "", by=referent)
    with pytest.raises(people.Refused, match="pourquoi"):
        people.decide(application.pk, "declined", "  ", by=coordinator)
    with pytest.raises(people.Refused):
        people.decide(application.pk, "pending", "", by=coordinator)
    people.decide(application.pk, "approved", "", by=coordinator)
    with pytest.raises(people.AlreadyDecided):
        people.decide(application.pk, "declined", "Non.", by=coordinator)
    application.refresh_from_db()
    assert application.is_approved and actions(application) == [
        ("members.application.approve", "claire")
    ]


def test_registrations_and_session_changes_are_logged(coordinator, ambassador, training):
    session = make_session(training, capacity=1)
    registration = services.register(session.pk, ambassador)
    from members.trainings import staff

    staff.update_session(session.pk, {"capacity": 2, "place": "Mairie"}, by=coordinator)
    assert actions(registration) == [("members.registration.create", ambassador.username)]
    assert [action for action, _user in actions(session)] == [
        "members.session.edit",
        "members.session.capacity",
    ]
    entry = ModelLogEntry.objects.filter(action="members.session.capacity").get()
    assert entry.data == {"before": 1, "after": 2}


def test_statuses_are_enums_with_predicates(ambassador, training):
    session = make_session(training, capacity=1)
    registration = services.register(session.pk, ambassador)
    assert registration.status is RegistrationStatus.CONFIRMED or registration.status == "confirmed"
    assert registration.is_confirmed and registration.is_active and not registration.is_waiting
    assert set(ACTIVE_STATUSES) == {RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING}
    application = Application(status=Application.Status.PENDING)
    assert application.is_pending and not application.is_decided


def test_roster_cells_that_look_like_formulas_stay_text(client, coordinator, training):
    session = make_session(training)
    member = person("hack", Role.AMBASSADOR)
    member.first_name = '=HYPERLINK("http://x")'
    member.save()
    from members.models import Profile

    Profile.objects.create(user=member)
    services.register(session.pk, member)
    client.force_login(coordinator)
    response = client.get(f"/admin/training_sessions/roster/{session.pk}/?export=csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[1][1] == '\'=HYPERLINK("http://x")'
    assert Registration.objects.count() == 1


def test_email_subjects_are_plain_text_not_html(home, ambassador, send_on_commit):
    from members.trainings import services as trainings
    from tests.members.conftest import make_session, make_training

    session = make_session(make_training(home, title="L'écoute & le partage"))
    send_on_commit(trainings.register, session.pk, ambassador)
    (message,) = mail.outbox
    assert "L'écoute & le partage" in message.subject
    assert "&#x27;" not in message.subject and "&amp;" not in message.subject
