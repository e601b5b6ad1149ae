"""Each way around the member area's rules that the admin or a forged request once
offered, closed: every one of these tests fails on the code before the rule book."""

import datetime

from django.contrib.auth.models import Group
from django.core import mail
from django.utils import timezone

import pytest
from bs4 import BeautifulSoup

from members.models import Application, Profile, Registration, TrainingSession
from members.roles import Role
from members.trainings import services, staff
from tests.factories import pole

from .conftest import application_for, make_session, person
from .trainings.test_session_admin import form_data

pytestmark = pytest.mark.django_db


def edit_url(session):
    return f"/admin/training_sessions/edit/{session.pk}/"


def session_form(session, **overrides):
    local = timezone.localtime
    values = {
        "starts_at": local(session.starts_at).strftime("%Y-%m-%d %H:%M"),
        "ends_at": local(session.ends_at).strftime("%Y-%m-%d %H:%M"),
        "pole": "",
        "place": session.place,
        "capacity": str(session.capacity),
        **overrides,
    }
    return form_data(session.training, **values)


def ambassadors(count, language="fr"):
    users = []
    for index in range(count):
        user = person(f"amb{index}", Role.AMBASSADOR)
        Profile.objects.create(user=user, pole=pole("fives"), language=language)
        users.append(user)
    return users


@pytest.fixture
def superuser(db):
    from allauth.mfa.models import Authenticator

    user = person("root", is_superuser=True, is_staff=True)
    Authenticator.objects.create(
        user=user, type=Authenticator.Type.TOTP, data={"secret": "JBSWY3DPEHPK3PXP"}
    )
    return user


def test_no_generic_admin_form_writes_an_application(client, coordinator, superuser):
    application = application_for(person("nadia", Role.APPLICANT), "fives")
    for user in (coordinator, superuser):
        client.force_login(user)
        for url in (
            f"/admin/applications/edit/{application.pk}/",
            f"/admin/applications/delete/{application.pk}/",
            f"/admin/applications/copy/{application.pk}/",
            "/admin/applications/new/",
        ):
            assert client.get(url).status_code == 404, url
            assert client.post(url, {"status": "approved"}).status_code == 404, url
    application.refresh_from_db()
    assert application.is_pending and application.decided_at is None
    assert set(application.user.groups.values_list("role__role", flat=True)) == {Role.APPLICANT}
    assert not Profile.objects.filter(user=application.user).exists()
    assert mail.outbox == []
    # The list and the inspect page link to the decision, never to a generic form.
    client.force_login(superuser)
    page = client.get("/admin/applications/").content.decode()
    assert f"/admin/applications/decide/{application.pk}/" in page
    assert "/admin/applications/edit/" not in page


def test_a_forged_decision_on_an_unverified_address_is_refused(client, coordinator):
    application = application_for(
        person("late", Role.APPLICANT, verified=False), "fives", email_verified_at=None
    )
    client.force_login(coordinator)
    response = client.post(
        f"/admin/applications/decide/{application.pk}/", {"decision": "approved", "message": ""}
    )
    assert response.status_code == 200
    assert "pas encore vérifié son adresse" in response.content.decode()
    application.refresh_from_db()
    assert application.is_pending
    assert mail.outbox == []


def test_cancelling_a_session_tells_everyone_in_their_language(
    client, coordinator, training, send_on_commit
):
    session = make_session(training, capacity=2)
    french, arabic, waiting = ambassadors(3)
    Profile.objects.filter(user=arabic).update(language="ar")
    for user in (french, arabic, waiting):
        services.register(session.pk, user)
    mail.outbox.clear()
    client.force_login(coordinator)
    url = f"/admin/training_sessions/cancel/{session.pk}/"
    page = BeautifulSoup(client.get(url).content, "html.parser").get_text(" ")
    assert "3 personnes inscrites ou en liste d’attente seront prévenues" in page
    response = send_on_commit(client.post, url, {"message": "Elle est reportée au mois prochain."})
    assert response.status_code == 302
    session.refresh_from_db()
    assert session.cancelled
    assert not Registration.objects.filter(session=session, status__in=["confirmed", "waiting"])
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        u.email for u in (french, arabic, waiting)
    )
    by_address = {m.to[0]: m for m in mail.outbox}
    assert "annulée" in by_address[french.email].subject
    assert "reportée au mois prochain" in by_address[french.email].body
    assert "annulée" not in by_address[arabic.email].subject  # written in Arabic
    # The old way, a checkbox in the edit form, writes nothing any more.
    other = make_session(training)
    client.post(edit_url(other), session_form(other, cancelled="on"))
    other.refresh_from_db()
    assert not other.cancelled


def test_fewer_seats_than_people_confirmed_is_refused(client, coordinator, training):
    session = make_session(training, capacity=3)
    for user in ambassadors(3):
        services.register(session.pk, user)
    client.force_login(coordinator)
    response = client.post(edit_url(session), session_form(session, capacity="1"))
    assert response.status_code == 200
    assert "ne peut pas avoir moins de 3 places" in response.content.decode()
    session.refresh_from_db()
    assert session.capacity == 3
    assert Registration.objects.filter(session=session, status="confirmed").count() == 3


def test_attendance_waits_for_the_session_to_start(client, coordinator, training):
    session = make_session(training, capacity=2)
    (member,) = ambassadors(1)
    registration = services.register(session.pk, member)
    client.force_login(coordinator)
    roster = f"/admin/training_sessions/roster/{session.pk}/"
    page = client.get(roster).content.decode()
    assert "Les présences se notent une fois la session commencée" in page
    response = client.post(roster, {f"attended-{registration.pk}": "present"}, follow=True)
    assert "pas encore commencé" in response.content.decode()
    registration.refresh_from_db()
    assert registration.attended is None
    with pytest.raises(staff.AttendanceRefused):
        staff.mark_attendance(session.pk, {registration.pk: True}, by=coordinator)
    started = timezone.now() - datetime.timedelta(minutes=5)
    TrainingSession.objects.filter(pk=session.pk).update(
        starts_at=started, ends_at=started + datetime.timedelta(hours=2)
    )
    assert staff.mark_attendance(session.pk, {registration.pk: True}, by=coordinator) == 1


def test_a_session_with_registrations_is_cancelled_not_deleted(client, coordinator, training):
    session = make_session(training)
    services.register(session.pk, ambassadors(1)[0])
    client.force_login(coordinator)
    client.post(f"/admin/training_sessions/delete/{session.pk}/")
    assert TrainingSession.objects.filter(pk=session.pk).exists()
    assert Registration.objects.filter(session=session).count() == 1
    empty = make_session(training)
    client.post(f"/admin/training_sessions/delete/{empty.pk}/")
    assert not TrainingSession.objects.filter(pk=empty.pk).exists()


def test_renaming_every_group_changes_nobodys_access(
    client, home, applicant, ambassador, referent, coordinator, editor, training
):
    session = make_session(training, pole=pole("fives"))
    pending = application_for(person("fatima", Role.APPLICANT), "fives")
    checks = [
        (ambassador, "/fr/espace-membre/profil/"),
        (referent, f"/admin/training_sessions/roster/{session.pk}/"),
        (referent, f"/admin/applications/inspect/{pending.pk}/"),
        (coordinator, f"/admin/applications/decide/{pending.pk}/"),
        (editor, "/admin/training_sessions/"),
        (applicant, "/fr/espace-membre/candidature/"),
        (ambassador, "/admin/"),
        (editor, "/admin/applications/"),
    ]

    def statuses():
        result = []
        for user, url in checks:
            client.force_login(user)
            result.append(client.get(url).status_code)
        return result

    before = statuses()
    assert before == [200, 200, 200, 200, 200, 200, 302, 302]
    for group in Group.objects.all():
        group.name = f"Renamed {group.pk}"
        group.save()
    assert statuses() == before
    # Accepting an application still finds the ambassadors' group.
    from members.people import services as people

    people.decide(pending.pk, Application.Status.APPROVED, "", by=coordinator)
    assert pending.user.groups.get().role.role == Role.AMBASSADOR
