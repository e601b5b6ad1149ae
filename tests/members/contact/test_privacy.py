"""A member's data export lists the messages they sent from a verified address of theirs;
erasing the member deletes them. Someone else's messages are not theirs."""

import pytest

from members import privacy
from members.contact.models import ContactMessage

from ..factories import MemberFactory

pytestmark = pytest.mark.django_db


def test_export_and_erase(db):
    member = MemberFactory(username="nadia", ambassador=True)
    ContactMessage.objects.create(
        name="Nadia", email=member.email, topic="coordination", message="Ma question"
    )
    other = ContactMessage.objects.create(
        name="Autre", email="autre@example.org", topic="funding", message="Une autre"
    )
    exported = privacy.export(member)["messages_de_contact"]
    assert [row["message"] for row in exported] == ["Ma question"]
    assert exported[0]["pour"] == "La coordination du programme"
    privacy.erase(member)
    assert list(ContactMessage.objects.all()) == [other]
