"""Every member URL, for every role, → the status expected. Objects of others answer 404."""

import pytest

from members.roles import Role
from tests.factories import pole

from .conftest import application_for, make_session, make_training, person

pytestmark = pytest.mark.django_db

ROLES = [
    "anonymous",
    "applicant",
    "ambassador",
    "other_ambassador",
    "referent",
    "other_referent",
    "coordinator",
    "editor",
]

# The application in the matrix belongs to a Fives applicant. In the Wagtail admin, 302
# means: sent to the login (no admin access) or back to the admin's home (no permission).
MATRIX = {
    # url: anonymous, applicant, ambassador A, ambassador B, référent of Fives,
    #      référent of Moulins, coordinator, editor
    "/fr/espace-membre/": [302, 200, 200, 200, 200, 200, 200, 200],
    "/fr/espace-membre/candidater/": [200, 302, 302, 302, 302, 302, 200, 200],
    "/fr/espace-membre/profil/": [302, 403, 200, 200, 403, 403, 403, 403],
    # One's own application, while it waits (the others' are decided, or have none).
    "/fr/espace-membre/candidature/": [302, 200, 302, 302, 302, 302, 404, 404],
    "/fr/espace-membre/mes-donnees/": [302, 200, 200, 200, 200, 200, 200, 200],
    # Ambassadors without attendance yet are sent back to their dashboard, with a word.
    "/fr/espace-membre/attestation-de-formation.pdf": [302, 403, 302, 302, 403, 403, 403, 403],
    "/fr/compte/email/": [302, 200, 200, 200, 200, 200, 200, 200],
    "/fr/compte/2fa/": [302, 200, 200, 200, 200, 200, 200, 200],
    "/admin/": [302, 302, 302, 302, 200, 200, 200, 200],
    "/admin/applications/": [302, 302, 302, 302, 200, 200, 200, 302],
    "/admin/applications/inspect/{app}/": [302, 302, 302, 302, 200, 404, 200, 404],
    "/admin/applications/decide/{app}/": [302, 302, 302, 302, 302, 302, 200, 302],
    "/admin/training_sessions/": [302, 302, 302, 302, 200, 200, 200, 200],
    "/admin/training_sessions/roster/{fives_session}/": [302, 302, 302, 302, 200, 302, 200, 302],
    "/admin/training_sessions/roster/{hall_session}/": [302, 302, 302, 302, 302, 302, 200, 302],
}


@pytest.fixture
def people(applicant, ambassador, other_ambassador, referent, other_referent, coordinator, editor):
    return {
        "anonymous": None,
        "applicant": applicant,
        "ambassador": ambassador,
        "other_ambassador": other_ambassador,
        "referent": referent,
        "other_referent": other_referent,
        "coordinator": coordinator,
        "editor": editor,
    }


def test_permission_matrix(client, home, people):
    fives_applicant = person("fatima", Role.APPLICANT)
    application = application_for(fives_applicant, "fives")
    # Référents, coordinators and editors have their own accounts without application:
    # give ambassadors and référents one so that « candidater » sends them away.
    for name in ("ambassador", "other_ambassador", "referent", "other_referent"):
        application_for(people[name], status="approved")
    training = make_training(home)
    fives_session = make_session(training, pole=pole("fives"))
    hall_session = make_session(training)
    failures = []
    for template, expected in MATRIX.items():
        url = template.format(
            app=application.pk, fives_session=fives_session.pk, hall_session=hall_session.pk
        )
        for role, status in zip(ROLES, expected, strict=True):
            client.logout()
            if people[role] is not None:
                client.force_login(people[role])
            got = client.get(url).status_code
            if got != status:
                failures.append(f"{role:17} {url}: {got}, expected {status}")
    assert not failures, "\n".join(failures)


# POST of every member and admin form, for every role → the status expected. After the
# walk, what each role could not do has not happened (checked below).
POST_MATRIX = {
    "/fr/espace-membre/profil/": [302, 403, 302, 302, 403, 403, 403, 403],
    "/fr/espace-membre/candidature/": [302, 302, 302, 302, 302, 302, 404, 404],
    "/fr/espace-membre/sessions/{hall_session}/inscription/": [
        302,
        403,
        302,
        302,
        403,
        403,
        403,
        403,
    ],
    "/fr/espace-membre/inscriptions/{registration}/annuler/": [
        302,
        404,
        302,
        404,
        404,
        404,
        404,
        404,
    ],
    "/fr/espace-membre/calendrier/nouveau-lien/": [302, 403, 302, 302, 403, 403, 403, 403],
    "/fr/espace-membre/mes-donnees/": [302, 200, 200, 200, 200, 200, 200, 200],
    # Generic write views of applications do not exist (the admin first asks those
    # without admin access to sign in).
    "/admin/applications/new/": [302] * 4 + [404] * 4,
    "/admin/applications/edit/{app}/": [302] * 4 + [404] * 4,
    "/admin/applications/delete/{app}/": [302] * 4 + [404] * 4,
    "/admin/applications/copy/{app}/": [302] * 4 + [404] * 4,
    "/admin/applications/decide/{app}/": [302, 302, 302, 302, 302, 302, 302, 302],
    "/admin/training_sessions/roster/{fives_session}/": [302, 302, 302, 302, 302, 302, 302, 302],
    "/admin/training_sessions/cancel/{hall_session}/": [302, 302, 302, 302, 302, 302, 302, 302],
}


def post_data(url, people, application):
    if "profil" in url:
        return {"first_name": "A", "last_name": "B", "involvement": ["relay"], "language": "fr"}
    if "candidature" in url:
        return {"first_name": "Changed", "last_name": "Name", "involvement": ["relay"]}
    if "mes-donnees" in url:
        return {"password": "wrong", "confirm": "on"}
    if "decide" in url:
        return {"decision": "approved", "message": ""}
    if "roster" in url:
        return {f"attended-{pk}": "present" for pk in people["_registrations"]}
    return {}


def test_post_matrix(client, home, people):
    from members.models import Application, Registration
    from members.trainings import services

    fives_applicant = person("fatima", Role.APPLICANT)
    application = application_for(fives_applicant, "fives")
    for name in ("ambassador", "other_ambassador", "referent", "other_referent"):
        application_for(people[name], status="approved")
    training = make_training(home)
    fives_session = make_session(training, pole=pole("fives"))
    hall_session = make_session(training, starts_in_days=20)
    registration = services.register(fives_session.pk, people["ambassador"])
    people["_registrations"] = [registration.pk]
    failures = []
    for template, expected in POST_MATRIX.items():
        url = template.format(
            app=application.pk,
            fives_session=fives_session.pk,
            hall_session=hall_session.pk,
            registration=registration.pk,
        )
        for role, status in zip(ROLES, expected, strict=True):
            client.logout()
            if people[role] is not None:
                client.force_login(people[role])
            got = client.post(url, post_data(url, people, application)).status_code
            if got != status:
                failures.append(f"{role:17} POST {url}: {got}, expected {status}")
    assert not failures, "\n".join(failures)

    application.refresh_from_db()
    # Only the coordination decided; the applicant's own answers were not changed by others.
    assert application.status == Application.Status.APPROVED
    assert application.decided_by == people["coordinator"]
    # Only ambassadors registered; only the owner cancelled.
    registered = set(
        Registration.objects.filter(session=hall_session).values_list("user__username", flat=True)
    )
    assert registered == {people["ambassador"].username, people["other_ambassador"].username}
    registration.refresh_from_db()
    assert registration.is_cancelled
    # Attendance of a session to come is never noted, whoever posts it.
    assert not Registration.objects.filter(attended__isnull=False).exists()
    # The coordination (first) cancelled the hall session; everyone on it was told.
    hall_session.refresh_from_db()
    assert hall_session.cancelled
    assert not Registration.objects.filter(
        session=hall_session, status__in=["confirmed", "waiting"]
    ).exists()
    # Nobody lost their account to a wrong password.
    assert all(
        type(user).objects.filter(pk=user.pk).exists()
        for name, user in people.items()
        if name not in ("anonymous", "_registrations")
    )
