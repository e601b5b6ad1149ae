"""The contact page's inbox in the admin: who reads which messages, and marking one
handled (through the service, which writes the audit log)."""

from wagtail.models import ModelLogEntry

import pytest
from bs4 import BeautifulSoup

from members.contact import services
from members.contact.models import ContactMessage
from members.errors import NotAllowed, Refused
from tests.factories import pole, superuser

from ..factories import MemberFactory

pytestmark = pytest.mark.django_db


def message(topic="coordination", pole_code=None, name="Nadia"):
    return ContactMessage.objects.create(
        name=name,
        email="nadia@example.org",
        topic=topic,
        pole=pole(pole_code) if pole_code else None,
        message="Bonjour",
    )


@pytest.fixture
def messages_by_kind(db):
    return {
        "coordination": message(name="Pour la coordination"),
        "fives": message("pole", "fives", name="Pour Fives"),
        "moulins": message("pole", "moulins", name="Pour Moulins"),
    }


@pytest.fixture
def people(ambassador, referent, other_referent, coordinator, editor):
    return {
        "anonymous": None,
        "ambassador": ambassador,
        "referent": referent,
        "other_referent": other_referent,
        "coordinator": coordinator,
        "editor": editor,
        "root": superuser(username="root"),
    }


ROLES = ["anonymous", "ambassador", "referent", "other_referent", "coordinator", "editor", "root"]
# anonymous, ambassador, référente of Fives, référent of Moulins, coordinator, editor, root
MATRIX = {
    "/admin/messages-recus/": [302, 302, 200, 200, 200, 404, 200],
    "/admin/messages-recus/inspect/{coordination}/": [302, 302, 404, 404, 200, 404, 200],
    "/admin/messages-recus/inspect/{fives}/": [302, 302, 200, 404, 200, 404, 200],
    "/admin/messages-recus/inspect/{moulins}/": [302, 302, 404, 200, 200, 404, 200],
    "/admin/messages-recus/history/{fives}/": [302, 302, 200, 404, 200, 404, 200],
    # No generic write view.
    "/admin/messages-recus/new/": [302, 302, 404, 404, 404, 404, 404],
    "/admin/messages-recus/edit/{fives}/": [302, 302, 404, 404, 404, 404, 404],
    "/admin/messages-recus/delete/{fives}/": [302, 302, 404, 404, 404, 404, 404],
}


def test_access_matrix(client, home, people, messages_by_kind):
    ids = {kind: item.pk for kind, item in messages_by_kind.items()}
    failures = []
    for template, expected in MATRIX.items():
        url = template.format(**ids)
        for role, status in zip(ROLES, expected, strict=True):
            client.logout()
            if people[role] is not None:
                client.force_login(people[role])
            got = client.get(url).status_code
            if got != status:
                failures.append(f"{role:15} {url}: {got}, expected {status}")
    assert not failures, "\n".join(failures)


def listed(client, user, query=""):
    client.force_login(user)
    page = BeautifulSoup(client.get(f"/admin/messages-recus/{query}").content, "html.parser")
    return {cell.select_one("a").get_text(strip=True) for cell in page.select("tbody td.title")}


def test_each_one_lists_only_their_messages(
    client, home, messages_by_kind, referent, other_referent, coordinator
):
    assert listed(client, coordinator) == {"Pour la coordination", "Pour Fives", "Pour Moulins"}
    assert listed(client, referent) == {"Pour Fives"}
    assert listed(client, other_referent) == {"Pour Moulins"}
    # Searching stays within what one may read.
    assert listed(client, referent, "?q=Moulins") == set()
    assert listed(client, coordinator, "?q=Moulins") == {"Pour Moulins"}


def test_marking_handled_goes_through_the_service_and_the_audit_log(
    client, home, messages_by_kind, referent
):
    fives = messages_by_kind["fives"]
    client.force_login(referent)
    url = f"/admin/messages-recus/handle/{fives.pk}/"
    assert client.get(url).status_code == 405
    response = client.post(url, {"handled": "1"})
    assert response.status_code == 302
    fives.refresh_from_db()
    assert fives.handled and fives.handled_by == referent and fives.handled_at
    entry = ModelLogEntry.objects.filter(action="members.contact.handle").get()
    assert (entry.user, entry.object_id) == (referent, str(fives.pk))
    page = client.get(f"/admin/messages-recus/inspect/{fives.pk}/")
    assert "Remettre à traiter" in page.content.decode()
    # Back to « à traiter ».
    client.post(url, {"handled": "0"})
    fives.refresh_from_db()
    assert not fives.handled and fives.handled_by is None
    assert ModelLogEntry.objects.filter(action="members.contact.reopen").count() == 1
    # Another pôle's message: 404, unchanged.
    moulins = messages_by_kind["moulins"]
    assert (
        client.post(f"/admin/messages-recus/handle/{moulins.pk}/", {"handled": "1"}).status_code
        == 404
    )
    moulins.refresh_from_db()
    assert not moulins.handled


def test_the_service_refuses_twice_and_strangers(messages_by_kind, coordinator, editor):
    item = messages_by_kind["coordination"]
    services.mark_handled(item.pk, True, by=coordinator)
    with pytest.raises(Refused):
        services.mark_handled(item.pk, True, by=coordinator)
    with pytest.raises(NotAllowed):
        services.mark_handled(item.pk, False, by=editor)
    with pytest.raises(NotAllowed):
        services.mark_handled(999_999, False, by=coordinator)
    assert ModelLogEntry.objects.filter(action__startswith="members.contact.").count() == 1


def test_the_menu_shows_the_inbox_to_staff_who_read_it(client, home, referent, editor):
    client.force_login(referent)
    assert "/admin/messages-recus/" in client.get("/admin/").content.decode()
    client.force_login(editor)
    assert "/admin/messages-recus/" not in client.get("/admin/").content.decode()


def test_a_new_referent_reads_their_pole_at_once(client, home, messages_by_kind):
    newcomer = MemberFactory(username="nouvelle", referent=True, referent_of=["moulins"])
    assert listed(client, newcomer) == {"Pour Moulins"}
