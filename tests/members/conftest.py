"""People in every role of the member area, for the tests of members/, built by the
factories of ``tests.members.factories``."""

import pytest

from tests.factories import pole

from .factories import (
    ApplicationFactory,
    MemberFactory,
    TrainingFactory,
    TrainingSessionFactory,
    training_index,
)

PASSWORD = "mot-de-passe-de-test"


@pytest.fixture
def applicant(db):
    return MemberFactory(username="candidate", applicant=True, pole="moulins")


@pytest.fixture
def ambassador(db):
    return MemberFactory(username="amina", ambassador=True, pole="fives")


@pytest.fixture
def other_ambassador(db):
    return MemberFactory(username="bahia", ambassador=True, pole="wazemmes")


@pytest.fixture
def referent(db):
    """The référente of Fives."""
    return MemberFactory(username="rania", referent=True, referent_of=["fives"])


@pytest.fixture
def other_referent(db):
    """The référent of Moulins."""
    return MemberFactory(username="marc", referent=True, referent_of=["moulins"])


@pytest.fixture
def coordinator(db):
    """The coordinator, with a second factor set up."""
    return MemberFactory(username="claire", coordinator=True)


@pytest.fixture
def editor(db):
    return MemberFactory(username="elise", editor=True)


@pytest.fixture
def send_on_commit(django_capture_on_commit_callbacks):
    """Run what the code enqueues on commit (the e-mails), as a real request would."""

    def run(action, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return action(*args, **kwargs)

    return run


@pytest.fixture
def training(home):
    return TrainingFactory(title="Écoute active", initial_path=True, path_order=2)


@pytest.fixture
def session(training):
    return TrainingSessionFactory(training=training, capacity=2)


# ---- the helpers of earlier tests, thin wrappers around the factories -------------------
# Kept for the modules that still call them (test_permissions, test_bypasses, test_rule_book,
# the services' tests); new tests use the factories.


def person(username, *roles, verified=True, **extra):
    return MemberFactory(username=username, roles=list(roles), unverified=not verified, **extra)


def application_for(user, pole_code="fives", **extra):
    return ApplicationFactory(user=user, pole=pole(pole_code), **extra)


def make_training(home, **fields):
    return TrainingFactory(parent=training_index(home), **fields)


def make_session(training, capacity=10, starts_in_days=10, hours=3, **fields):
    return TrainingSessionFactory(
        training=training, capacity=capacity, starts_in_days=starts_in_days, hours=hours, **fields
    )
