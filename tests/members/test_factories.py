"""The member factories build what their traits say."""

import datetime

from django.utils import timezone

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator

from members import permissions
from members.models import Application, Profile, Registration, TrainingSession
from members.roles import Role
from members.trainings.choices import SessionState
from pages.models import TrainingPage
from tests.factories import pole

from .factories import (
    ApplicationFactory,
    MemberFactory,
    ProfileFactory,
    RegistrationFactory,
    TrainingFactory,
    TrainingSessionFactory,
)

pytestmark = pytest.mark.django_db


def roles_of(user):
    return set(user.groups.values_list("role__role", flat=True))


def address(user):
    return EmailAddress.objects.get(user=user)


# ---- people ------------------------------------------------------------------------------


def test_a_member_has_a_verified_primary_address_and_no_role():
    member = MemberFactory(username="nadia")
    assert (member.first_name, member.email) == ("Nadia", "nadia@example.org")
    assert member.check_password("mot-de-passe-de-test")
    assert (address(member).verified, address(member).primary) == (True, True)
    assert address(member).email == member.email
    assert roles_of(member) == set()
    assert not member.is_staff


def test_unverified_leaves_the_address_unverified():
    assert address(MemberFactory(unverified=True)).verified is False


def test_roles_put_the_member_in_the_groups_of_those_roles():
    member = MemberFactory(roles=[Role.EDITOR, Role.MODERATOR])
    assert roles_of(member) == {Role.EDITOR, Role.MODERATOR}


def test_an_applicant_has_a_verified_application():
    member = MemberFactory(applicant=True, pole="moulins")
    assert roles_of(member) == {Role.APPLICANT}
    application = Application.objects.get(user=member)
    assert application.pole == pole("moulins")
    assert application.is_pending and application.is_verified
    assert not permissions.is_ambassador(member)


def test_an_unverified_applicant_has_an_unverified_application():
    member = MemberFactory(applicant=True, unverified=True)
    assert address(member).verified is False
    assert Application.objects.get(user=member).email_verified_at is None


def test_an_ambassador_acts_as_one_with_a_profile_in_their_pole():
    member = MemberFactory(ambassador=True)
    assert roles_of(member) == {Role.AMBASSADOR}
    assert member.has_perm("members.act_as_ambassador")
    assert Profile.objects.get(user=member).pole == pole("fives")
    assert MemberFactory(ambassador=True, pole="wazemmes").profile.pole == pole("wazemmes")
    assert MemberFactory(ambassador=True, pole=None).profile.pole is None
    assert MemberFactory(ambassador=True, profile__language="ar").profile.language == "ar"


def test_traits_and_roles_add_up():
    member = MemberFactory(ambassador=True, roles=[Role.MODERATOR])
    assert roles_of(member) == {Role.AMBASSADOR, Role.MODERATOR}


def test_a_referent_is_staff_and_follows_their_poles():
    member = MemberFactory(referent=True)
    assert roles_of(member) == {Role.REFERENT}
    assert member.is_staff
    profile = Profile.objects.get(user=member)
    assert profile.pole is None
    assert list(profile.referent_poles.all()) == [pole("fives")]
    other = MemberFactory(referent=True, referent_of=["moulins", "wazemmes"])
    assert set(other.profile.referent_poles.all()) == {pole("moulins"), pole("wazemmes")}
    assert member.has_perm(permissions.VIEW_APPLICATIONS)
    assert not member.has_perm(permissions.DECIDE_APPLICATIONS)


def test_a_coordinator_is_staff_with_a_second_factor():
    member = MemberFactory(coordinator=True)
    assert roles_of(member) == {Role.COORDINATOR}
    assert member.is_staff
    (authenticator,) = Authenticator.objects.filter(user=member)
    assert authenticator.type == Authenticator.Type.TOTP
    assert authenticator.data == {"secret": "JBSWY3DPEHPK3PXP"}
    assert member.has_perm(permissions.DECIDE_APPLICATIONS)


def test_an_editor_is_staff():
    member = MemberFactory(editor=True)
    assert roles_of(member) == {Role.EDITOR}
    assert member.is_staff
    assert not Authenticator.objects.filter(user=member).exists()
    assert not Profile.objects.filter(user=member).exists()


def test_application_traits():
    application = ApplicationFactory()
    assert roles_of(application.user) == {Role.APPLICANT}
    assert application.is_pending and application.is_verified
    assert ApplicationFactory(verified=True).is_verified
    assert ApplicationFactory(unverified=True).email_verified_at is None
    approved = ApplicationFactory(approved=True)
    assert approved.is_approved and approved.decided_at is not None
    declined = ApplicationFactory(declined=True)
    assert declined.is_declined and declined.decided_at is not None


def test_a_profile_belongs_to_an_ambassador():
    profile = ProfileFactory(referent_poles=[pole("moulins")])
    assert roles_of(profile.user) == {Role.AMBASSADOR}
    assert profile.pole == pole("fives")
    assert list(profile.referent_poles.all()) == [pole("moulins")]


# ---- trainings ---------------------------------------------------------------------------


def test_a_session_is_open_by_default_on_a_french_training_page(home):
    session = TrainingSessionFactory()
    assert isinstance(session.training, TrainingPage)
    assert session.training.get_parent().get_parent().specific == home
    assert session.training.locale.language_code == "fr"
    assert session.registration_state() == SessionState.OPEN
    in_ten_days = timezone.now() + datetime.timedelta(days=10)
    assert abs(session.starts_at - in_ten_days) < datetime.timedelta(minutes=1)
    assert session.ends_at - session.starts_at == datetime.timedelta(hours=3)
    assert session.capacity == 10
    assert TrainingSessionFactory(open=True).registration_state() == SessionState.OPEN


def test_sessions_share_the_trainings_index(home):
    first, second = TrainingFactory(), TrainingFactory()
    assert first.get_parent() == second.get_parent()


def test_a_full_session_has_every_seat_confirmed():
    session = TrainingSessionFactory(full=True)
    counted = TrainingSession.objects.with_seats().get(pk=session.pk)
    assert counted.confirmed_count == session.capacity == 1
    assert counted.seats_left == 0
    bigger = TrainingSessionFactory(full=True, capacity=3)
    assert TrainingSession.objects.with_seats().get(pk=bigger.pk).confirmed_count == 3


def test_a_past_session_started_yesterday():
    session = TrainingSessionFactory(past=True)
    assert session.registration_state() == SessionState.PAST
    assert session.starts_at < timezone.now() - datetime.timedelta(hours=23)


def test_a_started_session_goes_on():
    session = TrainingSessionFactory(started=True)
    now = timezone.now()
    assert session.starts_at < now < session.ends_at
    assert session.has_started()
    assert session.registration_state() == SessionState.PAST
    assert session.ends_at - now < datetime.timedelta(hours=2)


def test_a_cancelled_session():
    session = TrainingSessionFactory(cancelled=True)
    assert session.cancelled
    session.refresh_from_db()
    assert session.cancelled
    assert session.registration_state() == SessionState.CANCELLED


def test_a_session_not_yet_open_opens_in_three_days():
    session = TrainingSessionFactory(not_yet_open=True)
    assert session.registration_state() == SessionState.NOT_YET
    in_three_days = timezone.now() + datetime.timedelta(days=3)
    assert abs(session.registration_opens_at - in_three_days) < datetime.timedelta(minutes=1)


def test_registration_traits():
    registration = RegistrationFactory()
    assert registration.is_confirmed
    assert registration.user.has_perm("members.act_as_ambassador")
    assert RegistrationFactory(confirmed=True).is_confirmed
    assert RegistrationFactory(waiting=True).is_waiting
    cancelled = RegistrationFactory(cancelled=True)
    assert cancelled.is_cancelled and cancelled.cancelled_at is not None
    assert Registration.objects.count() == 4
