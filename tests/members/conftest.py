"""People in every role of the member area, for the tests of members/."""

from django.contrib.auth.models import Group
from django.utils import timezone

import pytest
from allauth.account.models import EmailAddress

from members import roles
from members.models import Application, Profile
from tests.factories import UserFactory, pole

PASSWORD = "mot-de-passe-de-test"


def person(username, *groups, verified=True, **extra):
    user = UserFactory(username=username, first_name=username.capitalize(), **extra)
    user.groups.set(Group.objects.filter(name__in=groups))
    EmailAddress.objects.create(user=user, email=user.email, verified=verified, primary=True)
    return user


def application_for(user, pole_code="fives", **extra):
    values = {
        "pole": pole(pole_code),
        "involvement": ["relay"],
        "languages": ["fr"],
        "consent_at": timezone.now(),
        "email_verified_at": timezone.now(),
        **extra,
    }
    return Application.objects.create(user=user, **values)


@pytest.fixture
def applicant(db):
    user = person("candidate", roles.APPLICANT)
    application_for(user, "moulins")
    return user


@pytest.fixture
def ambassador(db):
    user = person("amina", roles.AMBASSADOR)
    Profile.objects.create(user=user, pole=pole("fives"))
    return user


@pytest.fixture
def other_ambassador(db):
    user = person("bahia", roles.AMBASSADOR)
    Profile.objects.create(user=user, pole=pole("wazemmes"))
    return user


@pytest.fixture
def referent(db):
    """The référente of Fives."""
    user = person("rania", roles.REFERENT, is_staff=True)
    profile = Profile.objects.create(user=user)
    profile.referent_poles.set([pole("fives")])
    return user


@pytest.fixture
def other_referent(db):
    """The référent of Moulins."""
    user = person("marc", roles.REFERENT, is_staff=True)
    profile = Profile.objects.create(user=user)
    profile.referent_poles.set([pole("moulins")])
    return user


@pytest.fixture
def coordinator(db):
    """The coordinator, with a second factor set up."""
    from allauth.mfa.models import Authenticator

    user = person("claire", roles.COORDINATOR, is_staff=True)
    Authenticator.objects.create(
        user=user, type=Authenticator.Type.TOTP, data={"secret": "JBSWY3DPEHPK3PXP"}
    )
    return user


@pytest.fixture
def editor(db):
    return person("elise", roles.EDITOR, is_staff=True)


@pytest.fixture
def send_on_commit(django_capture_on_commit_callbacks):
    """Run what the code enqueues on commit (the e-mails), as a real request would."""

    def run(action, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return action(*args, **kwargs)

    return run


def make_training(home, **fields):
    from pages.models import TrainingIndexPage
    from tests.factories import TrainingIndexPageFactory, TrainingPageFactory

    index = TrainingIndexPage.objects.filter(locale=home.locale).first()
    if index is None:
        index = TrainingIndexPageFactory(parent=home)
    return TrainingPageFactory(parent=index, **fields)


def make_session(training, capacity=10, starts_in_days=10, hours=3, **fields):
    import datetime

    from members.models import TrainingSession

    start = timezone.now().replace(microsecond=0) + datetime.timedelta(days=starts_in_days)
    return TrainingSession.objects.create(
        training=training,
        starts_at=start,
        ends_at=start + datetime.timedelta(hours=hours),
        place="Hôtel de ville, salle du conseil",
        capacity=capacity,
        **fields,
    )


@pytest.fixture
def training(home):
    return make_training(home, title="Écoute active", initial_path=True, path_order=2)


@pytest.fixture
def session(training):
    return make_session(training, capacity=2)
