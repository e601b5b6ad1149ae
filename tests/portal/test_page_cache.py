"""The whole-page cache for anonymous visitors (portal/core/page_cache.py): what is kept, for
whom, and what makes a copy stale."""

import datetime
import re

from django.contrib.messages import constants
from django.contrib.messages.storage.cookie import CookieStorage
from django.http import HttpRequest
from django.test import Client
from django.utils import timezone

from wagtail.models import Locale, PageViewRestriction

import pytest

from members.trainings import services as trainings
from portal.core import page_cache
from portal.core.models import SiteFooter
from tests.factories import (
    ExperienceSheetIndexPageFactory,
    ExperienceSheetPageFactory,
    FundingCallIndexPageFactory,
    FundingCallPageFactory,
    StandardPageFactory,
    translate_page,
)
from tests.members.factories import MemberFactory, TrainingSessionFactory

pytestmark = pytest.mark.django_db

HIT = "hit"


@pytest.fixture(autouse=True)
def cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600


@pytest.fixture
def catalogue(home):
    index = ExperienceSheetIndexPageFactory(parent=home)
    ExperienceSheetPageFactory(parent=index, title="Kermesse de la santé", slug="kermesse")
    return index


def warm(client, url):
    first = client.get(url)
    assert first.status_code == 200
    assert first["X-Page-Cache"] == "miss"
    return first


def test_a_second_anonymous_visit_is_answered_without_the_database(
    client, home, catalogue, django_assert_num_queries
):
    first = warm(client, "/fr/fiches-experience/")
    with django_assert_num_queries(0):
        second = Client().get("/fr/fiches-experience/")
    assert second.status_code == 200
    assert second["X-Page-Cache"] == HIT
    assert second.content == first.content
    assert "Kermesse de la santé" in second.content.decode()
    # The headers the inner middleware set are kept; browsers revalidate, proxies keep it.
    assert second["Content-Language"] == "fr"
    assert "default-src 'self'" in second["Content-Security-Policy"]
    assert second["X-Frame-Options"] == "DENY"
    assert second["ETag"] == first["ETag"]
    assert second["Last-Modified"] == first["Last-Modified"]
    cache_control = second["Cache-Control"]
    assert "public" in cache_control and "max-age=0" in cache_control
    assert "must-revalidate" in cache_control
    assert 590 <= int(re.search(r"s-maxage=(\d+)", cache_control)[1]) <= 600
    assert "Cookie" in second["Vary"]
    assert "Set-Cookie" not in second


def test_browsers_revalidate_with_the_etag_or_the_date(client, home, django_assert_num_queries):
    first = warm(client, "/fr/")
    with django_assert_num_queries(0):
        by_etag = client.get("/fr/", HTTP_IF_NONE_MATCH=first["ETag"])
        by_date = client.get("/fr/", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert by_etag.status_code == 304 and by_date.status_code == 304
    assert by_etag["ETag"] == first["ETag"]
    assert client.get("/fr/", HTTP_IF_NONE_MATCH='"something-else"').status_code == 200
    # The first answer already honours a validator (it was stored on the way).
    page_cache._cache().clear()
    assert client.get("/fr/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304


def test_each_language_and_each_query_string_has_its_own_copy(client, home, catalogue):
    translate_page(home, "ar", title="الرئيسية", slug="ar-home", hero_title="مرحبا")
    french, arabic = warm(client, "/fr/"), warm(client, "/ar/")
    assert french["Content-Language"] == "fr" and arabic["Content-Language"] == "ar"
    assert client.get("/ar/")["X-Page-Cache"] == HIT
    assert 'dir="rtl"' in client.get("/ar/").content.decode()
    assert 'dir="rtl"' not in client.get("/fr/").content.decode()
    warm(client, "/fr/fiches-experience/?q=kermesse")
    filtered = warm(client, "/fr/fiches-experience/?q=inconnu")
    assert "Kermesse" not in filtered.content.decode().split("<main", 1)[1]


def test_signed_in_members_never_get_or_leave_a_copy(client, home):
    warm(client, "/fr/")
    member = MemberFactory(ambassador=True, first_name="Amina")
    signed_in = Client()
    signed_in.force_login(member)
    mine = signed_in.get("/fr/")
    assert "X-Page-Cache" not in mine
    assert "Mon espace" in mine.content.decode()
    assert "public" not in mine.get("Cache-Control", "")
    # The member's page was not stored over the anonymous one.
    anonymous = Client().get("/fr/")
    assert anonymous["X-Page-Cache"] == HIT
    assert "Mon espace" not in anonymous.content.decode()
    assert "Se connecter" in anonymous.content.decode()


def test_a_visitor_with_a_message_waiting_gets_a_fresh_page(client, home, settings):
    warm(client, "/fr/")
    request = HttpRequest()
    request.COOKIES = {}
    storage = CookieStorage(request)
    storage.add(constants.SUCCESS, "Votre message est envoyé.")
    response = page_cache_response_with_messages(storage)
    client.cookies["messages"] = response.cookies["messages"].value
    answer = client.get("/fr/")
    assert "X-Page-Cache" not in answer


def page_cache_response_with_messages(storage):
    from django.http import HttpResponse

    response = HttpResponse()
    storage.update(response)
    return response


def test_a_page_with_a_csrf_token_is_never_stored_and_its_form_still_posts(
    home, django_capture_on_commit_callbacks
):
    from pages.models import ContactPage

    page = ContactPage(title="Nous contacter", slug="contact", intro="<p>Écrivez-nous.</p>")
    home.add_child(instance=page)
    page.save_revision().publish()
    browser = Client(enforce_csrf_checks=True)
    first = browser.get(page.url)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', first.content.decode())[1]
    second = browser.get(page.url)
    assert first.get("X-Page-Cache") is None and second.get("X-Page-Cache") is None
    assert "csrftoken" in second.cookies
    # Another visitor gets a token of their own, never the first one's.
    assert token not in Client().get(page.url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        sent = browser.post(
            page.url,
            {
                "csrfmiddlewaretoken": token,
                "name": "Nadia Benali",
                "email": "nadia@example.org",
                "topic": "coordination",
                "message": "Bonjour, quand commence la prochaine formation ?",
                "website": "",
            },
        )
    assert sent.status_code == 302


def test_posts_redirects_and_errors_are_not_stored(client, home):
    assert client.get("/fr/nulle-part/").status_code == 404
    assert client.get("/fr/nulle-part/").get("X-Page-Cache") is None
    assert client.get("/").status_code == 302
    assert client.get("/").get("X-Page-Cache") is None
    warm(client, "/fr/")
    assert client.post("/fr/").get("X-Page-Cache") is None
    assert client.head("/fr/")["X-Page-Cache"] == HIT


def test_member_pages_and_very_long_urls_are_not_stored(client, home):
    assert client.get("/fr/espace-membre/candidater/").get("X-Page-Cache") is None
    long_url = "/fr/?q=" + "a" * 1_200
    client.get(long_url)
    assert client.get(long_url).get("X-Page-Cache") is None


def test_the_cache_can_be_turned_off(client, home, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get("/fr/")
    assert client.get("/fr/").get("X-Page-Cache") is None


# ---- what makes a copy stale -----------------------------------------------------------------


def test_publishing_a_change_refreshes_every_page_that_shows_it(client, home, catalogue):
    warm(client, "/fr/fiches-experience/")
    warm(client, "/fr/fiches-experience/kermesse/")
    sheet = catalogue.get_children().get().specific
    sheet.title = "Fête de la santé"
    sheet.save_revision().publish()
    listing = client.get("/fr/fiches-experience/")
    assert listing["X-Page-Cache"] == "miss"
    assert "Fête de la santé" in listing.content.decode()
    assert "Fête de la santé" in client.get("/fr/fiches-experience/kermesse/").content.decode()


def test_a_draft_leaves_the_copies_alone(client, home, catalogue):
    warm(client, "/fr/fiches-experience/kermesse/")
    sheet = catalogue.get_children().get().specific
    sheet.title = "Titre du brouillon"
    sheet.save_revision()
    page = client.get("/fr/fiches-experience/kermesse/")
    assert page["X-Page-Cache"] == HIT
    assert "Titre du brouillon" not in page.content.decode()


def test_unpublished_moved_deleted_and_private_pages_are_not_served_from_the_cache(
    client, home, catalogue
):
    about = StandardPageFactory(parent=home, title="À propos", slug="a-propos")
    other = StandardPageFactory(parent=home, title="Ailleurs", slug="ailleurs")
    warm(client, "/fr/a-propos/")
    about.unpublish()
    assert client.get("/fr/a-propos/").status_code == 404
    about.refresh_from_db()
    about.save_revision().publish()
    warm(client, "/fr/a-propos/")
    about.move(other, pos="last-child")
    moved = client.get("/fr/a-propos/")
    assert moved.status_code == 301 and moved["Location"] == "/fr/ailleurs/a-propos/"
    warm(client, "/fr/ailleurs/a-propos/")
    PageViewRestriction.objects.create(page=other, restriction_type=PageViewRestriction.LOGIN)
    assert client.get("/fr/ailleurs/a-propos/").status_code == 302
    warm(client, "/fr/fiches-experience/kermesse/")
    catalogue.get_children().get().delete()
    assert client.get("/fr/fiches-experience/kermesse/").status_code == 404


def test_editing_the_footer_refreshes_the_pages(client, home):
    footer = SiteFooter.objects.create(
        locale=Locale.objects.get(language_code="fr"), name="Ambassadeurs", email="a@example.org"
    )
    warm(client, "/fr/")
    footer.email = "nouvelle-adresse@example.org"
    footer.save()
    assert "nouvelle-adresse@example.org" in client.get("/fr/").content.decode()


def test_a_registration_refreshes_the_seats_of_its_training_in_every_language(client, home):
    session = TrainingSessionFactory(capacity=3)
    training = session.training
    url = training.url
    warm(client, url)
    assert "3 places restantes" in client.get(url).content.decode()
    trainings.register(session.pk, MemberFactory(ambassador=True))
    page = client.get(url)
    assert page["X-Page-Cache"] == "miss"
    assert "2 places restantes" in page.content.decode()
    # Another training's page keeps its copy.
    other = TrainingSessionFactory(capacity=5).training
    warm(client, other.url)
    trainings.register(session.pk, MemberFactory(ambassador=True))
    assert client.get(other.url)["X-Page-Cache"] == HIT
    assert "1 place restante" in client.get(url).content.decode()


def test_a_change_of_the_key_figures_refreshes_the_home_page(
    client, home, django_capture_on_commit_callbacks
):
    from members.summary import forget_key_figures

    warm(client, "/fr/")
    assert client.get("/fr/")["X-Page-Cache"] == HIT
    forget_key_figures()  # what every write of the figures calls on commit
    assert client.get("/fr/")["X-Page-Cache"] == "miss"


def test_a_change_racing_the_rendering_is_not_kept(client, home, monkeypatch):
    """Versions are read before the page is built: a publish during the rendering makes the
    copy stale at once."""
    from home import models

    original = models.HomePage.get_context

    def publish_meanwhile(self, request, *args, **kwargs):
        context = original(self, request, *args, **kwargs)
        page_cache.invalidate(page_cache.SITE)
        return context

    monkeypatch.setattr(models.HomePage, "get_context", publish_meanwhile)
    client.get("/fr/")
    monkeypatch.setattr(models.HomePage, "get_context", original)
    assert client.get("/fr/")["X-Page-Cache"] == "miss"


# ---- pages that change by themselves ------------------------------------------------------


def s_maxage(response):
    return int(re.search(r"s-maxage=(\d+)", response["Cache-Control"])[1])


def test_a_call_is_kept_no_longer_than_until_it_closes(client, home):
    index = FundingCallIndexPageFactory(parent=home)
    call = FundingCallPageFactory(
        parent=index, closes_at=timezone.now() + datetime.timedelta(seconds=120)
    )
    assert 100 <= s_maxage(warm(client, call.url)) <= 120
    assert 100 <= s_maxage(warm(client, index.url)) <= 120
    assert 100 <= s_maxage(warm(client, "/fr/")) <= 120


def test_a_call_about_to_change_is_not_stored(client, home):
    index = FundingCallIndexPageFactory(parent=home)
    call = FundingCallPageFactory(
        parent=index, opens_at=timezone.now() + datetime.timedelta(milliseconds=500)
    )
    client.get(call.url)
    assert client.get(call.url).get("X-Page-Cache") is None


def test_a_training_is_kept_no_longer_than_until_registrations_open(client, home):
    session = TrainingSessionFactory(
        registration_opens_at=timezone.now() + datetime.timedelta(seconds=300)
    )
    assert 280 <= s_maxage(warm(client, session.training.url)) <= 300


def test_the_agenda_is_kept_no_longer_than_the_day_in_paris(client, home):
    from portal.core.time import next_local_midnight
    from tests.factories import EventIndexPageFactory

    agenda = EventIndexPageFactory(parent=home)
    left = (next_local_midnight() - timezone.now()).total_seconds()
    assert s_maxage(warm(client, agenda.url)) <= min(600, left)


# ---- the caches in front: Varnish or a CDN ----------------------------------------------------


@pytest.mark.parametrize(
    ("url", "pattern"),
    [
        ("http://example.org/*", "^/"),
        ("http://example.org/fr/*", "^/fr/"),
        ("http://example.org/fr/agenda/", "^/fr/agenda/$"),
        (
            "http://example.org/fr/fiches-experience/?theme=sante",
            r"^/fr/fiches\-experience/\?theme=sante$",
        ),
        ("http://example.org/ar/%D8%A7/", "^/ar/%D8%A7/$"),
    ],
)
def test_a_purge_becomes_a_ban_pattern(url, pattern):
    from portal.core.frontend_cache import ban_pattern

    assert ban_pattern(url) == pattern
    assert re.match(pattern, url.split("example.org", 1)[1].rstrip("*")) or url.endswith("*")


@pytest.fixture
def varnish(settings):
    """A real HTTP server standing for Varnish: it records the requests it gets."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    received = []

    class Handler(BaseHTTPRequestHandler):
        def do_BAN(self):
            received.append((self.command, self.headers["Host"], self.headers["X-Ban-Pattern"]))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "portal.core.frontend_cache.VarnishBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_port}",
        }
    }
    yield received
    server.shutdown()


def test_a_publish_bans_every_page_from_varnish_once_committed(
    home, varnish, django_capture_on_commit_callbacks
):
    page = StandardPageFactory(parent=home, title="À propos", slug="a-propos")
    varnish.clear()
    with django_capture_on_commit_callbacks(execute=False) as pending:
        page.title = "Qui sommes-nous"
        page.save_revision().publish()
    # Wagtail purges the page's own URL at once (its task; in production the worker runs
    # it after the commit); ours, the whole site, waits for the commit.
    assert varnish == [("BAN", "localhost", "^/fr/a\\-propos/$")]
    for callback in pending:
        callback()
    assert varnish[1:] == [("BAN", "localhost", "^/")] * len(varnish[1:])
    assert len(varnish) >= 2


def test_a_registration_bans_its_training_pages_in_every_language(
    home, varnish, django_capture_on_commit_callbacks
):
    session = TrainingSessionFactory(capacity=3)
    translate_page(home, "en", title="Home", slug="home", hero_title="Hello")
    translate_page(session.training.get_parent(), "en", title="Trainings", slug="trainings")
    translate_page(session.training, "en", title="Listening", slug="listening")
    varnish.clear()
    with django_capture_on_commit_callbacks(execute=True):
        trainings.register(session.pk, MemberFactory(ambassador=True))
    patterns = {pattern for _method, _host, pattern in varnish}
    assert re.escape(session.training.url) in {p.strip("^$") for p in patterns}
    assert "^/en/trainings/listening/$" in patterns
    assert "^/" not in patterns  # not the whole site


def test_a_change_of_the_figures_bans_the_home_pages(
    home, varnish, django_capture_on_commit_callbacks
):
    from members.summary import forget_key_figures

    varnish.clear()
    with django_capture_on_commit_callbacks(execute=True):
        forget_key_figures()
    assert varnish == [("BAN", "localhost", "^/fr/$")]


def test_purges_waiting_for_the_worker_are_not_enqueued_twice(
    home, varnish, settings, django_capture_on_commit_callbacks
):
    """200 registrations to one session (or an afternoon of logged actions) change the same
    pages: while a purge of them waits for the worker, no other is enqueued; once the worker
    has taken it, the next change enqueues the next."""
    from django_tasks_db.models import DBTaskResult

    from members.summary import forget_key_figures

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    session = TrainingSessionFactory(capacity=3)
    varnish.clear()
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(5):
            trainings.register(session.pk, MemberFactory(ambassador=True))
            forget_key_figures()

    def waiting(name):
        return DBTaskResult.objects.filter(task_path__endswith=name, status="READY")

    assert waiting("purge_translations_task").count() == 1
    assert waiting("purge_home_pages_task").count() == 1
    assert varnish == []

    # The worker runs them: the pages are banned once, and the marks are gone.
    for result in DBTaskResult.objects.filter(status="READY"):
        result.task.call(*result.args_kwargs["args"], **result.args_kwargs["kwargs"])
        result.delete()
    patterns = [pattern for _method, _host, pattern in varnish]
    assert patterns.count("^/fr/$") == 1
    assert re.escape(session.training.url) in {p.strip("^$") for p in patterns}

    with django_capture_on_commit_callbacks(execute=True):
        trainings.register(session.pk, MemberFactory(ambassador=True))
    assert waiting("purge_translations_task").count() == 1
