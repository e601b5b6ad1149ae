"""A published contact page in French, with its English and Arabic translations."""

import pytest

from pages.models import ContactPage
from tests.factories import translate_page

ADDRESS = "Hôtel de ville de Lille\nPlace Augustin-Laurent\nDu lundi au vendredi, 9 h – 17 h"


@pytest.fixture
def contact_page(home):
    page = ContactPage(
        title="Nous contacter",
        slug="contact",
        intro="<p>Une question ? Écrivez-nous.</p>",
        address=ADDRESS,
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def contact_pages(contact_page):
    return {
        "fr": contact_page,
        "en": translate_page(contact_page, "en", title="Contact us"),
        "ar": translate_page(contact_page, "ar", title="اتصلوا بنا"),
    }


@pytest.fixture
def sent(client, django_capture_on_commit_callbacks):
    """POST the form as a browser would, running what is enqueued on commit (the e-mail)."""

    def post(page, ip="203.0.113.7", **fields):
        data = {
            "name": "Nadia Benali",
            "email": "nadia@example.org",
            "phone": "",
            "topic": "coordination",
            "message": "Bonjour, je voudrais savoir quand commence la prochaine formation.",
            "website": "",
            **fields,
        }
        data = {key: value for key, value in data.items() if value is not None}
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(page.url, data, REMOTE_ADDR=ip)

    return post
