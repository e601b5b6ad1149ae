"""``{% contact_page_url %}``: the contact page in the visitor's language, else French,
else nothing; no query once the cache is warm."""

from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation

import pytest

pytestmark = pytest.mark.django_db

TEMPLATE = Template("{% load contact %}{% contact_page_url as url %}[{{ url }}]")


def render(language, request):
    with translation.override(language):
        return TEMPLATE.render(Context({"request": request}))


@pytest.fixture
def request_():
    return RequestFactory().get("/")


def test_no_contact_page_gives_nothing(home, request_):
    assert render("fr", request_) == "[]"


def test_each_language_its_page_else_french(contact_page, request_):
    from tests.factories import translate_page

    assert render("fr", request_) == f"[{contact_page.url}]"
    assert render("ar", RequestFactory().get("/")) == f"[{contact_page.url}]"
    arabic = translate_page(contact_page, "ar", title="اتصلوا بنا")
    request = RequestFactory().get("/")
    assert render("ar", request) == f"[{arabic.url}]"
    assert render("en", request) == f"[{contact_page.url}]"
    with CaptureQueriesContext(connection) as queries:
        render("ar", RequestFactory().get("/"))
    assert len(queries) <= 1  # the site, cached by Wagtail; the URLs come from the cache


def test_an_unpublished_page_is_not_linked(contact_page, request_):
    contact_page.unpublish()
    assert render("fr", RequestFactory().get("/")) == "[]"
