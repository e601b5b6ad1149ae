"""factory_boy factories for the member area: people in every role, applications,
profiles, training sessions and registrations.

They build test data directly, as fixtures (no service runs, no e-mail is sent). Traits
say what a row is in one word::

    MemberFactory(ambassador=True, pole="wazemmes")
    MemberFactory(referent=True, referent_of=["moulins"])
    MemberFactory(applicant=True, unverified=True)
    TrainingSessionFactory(training=training, full=True)
    RegistrationFactory(session=session, user=member, waiting=True)

Deeper values go through factory_boy's ``__`` syntax, e.g.
``MemberFactory(ambassador=True, profile__language="ar")`` or
``MemberFactory(applicant=True, application__phone="06 12 34 56 78")``.
"""

import datetime

from django.contrib.auth.models import Group
from django.utils import timezone

import factory
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator

from members.models import Application, Profile, Registration, TrainingSession
from members.people.choices import ApplicationStatus
from members.roles import Role
from members.trainings.choices import RegistrationStatus
from pages.models import Pole, TrainingIndexPage
from tests.factories import (
    TrainingIndexPageFactory,
    TrainingPageFactory,
    UserFactory,
    home_page,
    pole,
)

TOTP_SECRET = "JBSWY3DPEHPK3PXP"
PLACE = "Hôtel de ville, salle du conseil"


def as_pole(value):
    """A ``Pole`` from its code (``"fives"``), a ``Pole``, or ``None``."""
    if value is None or isinstance(value, Pole):
        return value
    return pole(value)


def _now():
    return timezone.now().replace(microsecond=0)


# ---- people -------------------------------------------------------------------------------


class ApplicationFactory(factory.django.DjangoModelFactory):
    """A pending application of an applicant, their address verified."""

    user = factory.SubFactory("tests.members.factories.MemberFactory", roles=[Role.APPLICANT])
    pole = factory.LazyFunction(pole)
    involvement = factory.LazyFunction(lambda: ["relay"])
    languages = factory.LazyFunction(lambda: ["fr"])
    consent_at = factory.LazyFunction(timezone.now)
    email_verified_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Application

    class Params:
        verified = factory.Trait(email_verified_at=factory.LazyFunction(timezone.now))
        unverified = factory.Trait(email_verified_at=None)
        approved = factory.Trait(
            status=ApplicationStatus.APPROVED, decided_at=factory.LazyFunction(timezone.now)
        )
        declined = factory.Trait(
            status=ApplicationStatus.DECLINED, decided_at=factory.LazyFunction(timezone.now)
        )


class ProfileFactory(factory.django.DjangoModelFactory):
    """An ambassador's profile. ``referent_poles``: the pôles a référent·e follows (codes
    or ``Pole``s)."""

    user = factory.SubFactory("tests.members.factories.MemberFactory", roles=[Role.AMBASSADOR])
    pole = factory.LazyFunction(pole)
    referent_poles = ()

    class Meta:
        model = Profile

    @classmethod
    def _build(cls, model_class, *args, referent_poles=(), **kwargs):
        return super()._build(model_class, *args, **kwargs)

    @classmethod
    def _create(cls, model_class, *args, referent_poles=(), **kwargs):
        profile = super()._create(model_class, *args, **kwargs)
        if referent_poles:
            profile.referent_poles.set([as_pole(value) for value in referent_poles])
        return profile


class TOTPAuthenticatorFactory(factory.django.DjangoModelFactory):
    """A second factor (TOTP) already set up."""

    user = factory.SubFactory("tests.members.factories.MemberFactory")
    type = Authenticator.Type.TOTP
    data = factory.LazyFunction(lambda: {"secret": TOTP_SECRET})

    class Meta:
        model = Authenticator


def _pole_of_member(related):
    """The pôle given to ``MemberFactory(pole=...)``, for its profile or application."""
    return as_pole(related.factory_parent.pole)


class MemberFactory(UserFactory):
    """A person of the member area, with a verified primary e-mail address.

    ``roles``: a list of ``Role`` (the groups are found through ``RoleGroup``). The traits
    add their role to it, with what goes with the role:

    - ``applicant``: an application (``user.application``) to the pôle ``pole``, verified
      unless ``unverified``;
    - ``ambassador``: a profile (``user.profile``) in the pôle ``pole`` (default Fives;
      ``pole=None`` for none);
    - ``referent``: staff, a profile following the pôles ``referent_of`` (default Fives);
    - ``coordinator``: staff, with a second factor (TOTP) set up;
    - ``editor``: staff;
    - ``unverified``: the e-mail address (and the application, if any) is not verified.

    ``ambassador`` and ``referent`` both make the profile: with both, the référent's wins.
    """

    first_name = factory.LazyAttribute(lambda user: user.username.capitalize())

    class Meta:
        skip_postgeneration_save = True

    class Params:
        pole = "fives"
        referent_of = ("fives",)
        unverified = factory.Trait(email_address__verified=False, application__unverified=True)
        applicant = factory.Trait(
            roles__applicant=Role.APPLICANT,
            application=factory.RelatedFactory(
                ApplicationFactory, "user", pole=factory.LazyAttribute(_pole_of_member)
            ),
        )
        ambassador = factory.Trait(
            roles__ambassador=Role.AMBASSADOR,
            profile=factory.RelatedFactory(
                ProfileFactory, "user", pole=factory.LazyAttribute(_pole_of_member)
            ),
        )
        referent = factory.Trait(
            roles__referent=Role.REFERENT,
            is_staff=True,
            profile=factory.RelatedFactory(
                ProfileFactory,
                "user",
                pole=None,
                referent_poles=factory.SelfAttribute("..referent_of"),
            ),
        )
        coordinator = factory.Trait(
            roles__coordinator=Role.COORDINATOR,
            is_staff=True,
            second_factor=factory.RelatedFactory(TOTPAuthenticatorFactory, "user"),
        )
        editor = factory.Trait(roles__editor=Role.EDITOR, is_staff=True)

    @factory.post_generation
    def roles(user, create, extracted, **from_traits):
        """``extracted``: the roles asked for; ``from_traits``: one per trait enabled (the
        others are falsy)."""
        wanted = {*(extracted or ()), *(role for role in from_traits.values() if role)}
        if create and wanted:
            user.groups.add(*Group.objects.filter(role__role__in=wanted))

    @factory.post_generation
    def email_address(user, create, extracted, verified=True):
        if create:
            EmailAddress.objects.create(
                user=user, email=user.email, verified=verified, primary=True
            )


# ---- trainings ----------------------------------------------------------------------------


def training_index(home=None):
    """The trainings' index page under ``home`` (the French home page by default),
    created if there is none yet."""
    home = home or home_page()
    index = TrainingIndexPage.objects.filter(locale=home.locale).first()
    if index is None:
        index = TrainingIndexPageFactory(parent=home)
    return index


class TrainingFactory(TrainingPageFactory):
    """A training page, under the trainings' index of the French site."""

    parent = factory.LazyFunction(training_index)


def _fill_seats(session, create, extracted, **kwargs):
    """Confirmed registrations for every seat left."""
    if create:
        taken = session.registrations.filter(status=RegistrationStatus.CONFIRMED).count()
        RegistrationFactory.create_batch(session.capacity - taken, session=session)


def _cancel(session, create, extracted, **kwargs):
    session.cancelled = True
    if create:
        session.save(update_fields=["cancelled"])


class TrainingSessionFactory(factory.django.DjangoModelFactory):
    """A session open for registration, in ``starts_in_days`` days (10), for ``hours``
    hours (3), with ``capacity`` seats (10)."""

    training = factory.SubFactory(TrainingFactory)
    starts_at = factory.LazyAttribute(
        lambda session: _now() + datetime.timedelta(days=session.starts_in_days)
    )
    ends_at = factory.LazyAttribute(
        lambda session: session.starts_at + datetime.timedelta(hours=session.hours)
    )
    place = PLACE
    capacity = 10

    class Meta:
        model = TrainingSession
        skip_postgeneration_save = True

    class Params:
        starts_in_days = 10
        hours = 3
        # What the session is without a trait, said out loud.
        open = factory.Trait(
            starts_in_days=10, registration_opens_at=None, registration_closes_at=None
        )
        # Every seat taken by a confirmed registration (one seat unless ``capacity``).
        full = factory.Trait(capacity=1, fill_seats=factory.PostGeneration(_fill_seats))
        past = factory.Trait(starts_in_days=-1)
        started = factory.Trait(
            starts_at=factory.LazyFunction(lambda: _now() - datetime.timedelta(minutes=30)),
            ends_at=factory.LazyFunction(lambda: _now() + datetime.timedelta(hours=2)),
        )
        # Named like the model's field, so that ``cancelled=True`` reads the same; the
        # trait sets the field once the session exists.
        cancelled = factory.Trait(cancel=factory.PostGeneration(_cancel))
        not_yet_open = factory.Trait(
            registration_opens_at=factory.LazyFunction(lambda: _now() + datetime.timedelta(days=3))
        )


class RegistrationFactory(factory.django.DjangoModelFactory):
    """A confirmed registration of an ambassador to a session."""

    session = factory.SubFactory(TrainingSessionFactory)
    user = factory.SubFactory(MemberFactory, ambassador=True)
    status = RegistrationStatus.CONFIRMED

    class Meta:
        model = Registration

    class Params:
        confirmed = factory.Trait(status=RegistrationStatus.CONFIRMED)
        waiting = factory.Trait(status=RegistrationStatus.WAITING)
        cancelled = factory.Trait(
            status=RegistrationStatus.CANCELLED, cancelled_at=factory.LazyFunction(timezone.now)
        )
