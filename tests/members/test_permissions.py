"""Every member URL, for every role, → the status expected. Objects of others answer 404."""

import pytest

from members import roles
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
    fives_applicant = person("fatima", roles.APPLICANT)
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
