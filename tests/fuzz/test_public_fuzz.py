"""Hostile values in every public URL parameter and form: the catalogue's and the agenda's
filters, the site search, the open-data API, the iCal feeds, the sitemap, the contact form,
the application (allauth's sign-up), the login, the password reset, the e-mail and password
keys' URLs, and hostile path segments. No 5xx, nothing half-saved (``harness``)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from .strategies import PATH_IDS, body, fuzz_settings, path_id, query

pytestmark = pytest.mark.django_db

CATALOGUE = {
    "q": ("santé", "kermesse", "droits accès"),
    "theme": ("prevention", "fete", "acces-aux-droits"),
    "pole": ("fives", "moulins"),
    "territoire": ("Ville de Lille",),
    "cadre": ("asv", "cls"),
    "public": ("residents", "women"),
    "annee": ("2019", "2018"),
    "page": ("1", "2"),
}


@fuzz_settings(60)
@given(params=query(CATALOGUE))
def test_catalogue_filters(fuzzer, world, params):
    fuzzer().send("GET catalogue", "GET", world.catalogue.url, params)


AGENDA = {
    "periode": ("passes", "a-venir"),
    "pole": ("fives", "wazemmes"),
    "type": ("stand", "pole_meeting"),
    "mois": ("2026-03", "2026-12"),
    "page": ("1", "2"),
}


@fuzz_settings(50)
@given(params=query(AGENDA))
def test_agenda_filters(fuzzer, world, params):
    fuzzer().send("GET agenda", "GET", world.agenda.url, params)


@fuzz_settings(30)
@given(
    segment=st.one_of(st.sampled_from(["fives", "moulins", *PATH_IDS]), st.text(max_size=12)),
    params=query({"pole": ("fives",), "page": ("1",)}),
)
def test_agenda_feeds_and_event_files(fuzzer, world, segment, params):
    fuzz = fuzzer()
    safe = segment.replace("/", "%2F").replace("?", "%3F").replace("#", "%23")
    fuzz.send("GET agenda iCal feeds", "GET", f"{world.agenda.url}ical/{safe}/", params)
    fuzz.send("GET agenda iCal feeds", "GET", f"{world.agenda.url}ical/", params)
    fuzz.send("GET event page and .ics", "GET", f"{world.event.url}ics/", params)
    fuzz.send("GET event page and .ics", "GET", world.event.url, params)


@fuzz_settings(50)
@given(
    params=query({"q": ("santé", "stand", "fête"), "page": ("1", "2")}),
    url=st.sampled_from(["/fr/recherche/", "/ar/search/", "/en/search/"]),
)
def test_site_search(fuzzer, world, params, url):
    fuzzer().send("GET site search", "GET", url, params)


API = {
    "search": ("santé", "stand"),
    "search_operator": ("and", "or"),
    "locale": ("fr", "en"),
    "fields": ("*", "title", "-title", "_,id"),
    "order": ("title", "-id", "random", "id"),
    "limit": ("1", "20"),
    "offset": ("0", "1"),
    "child_of": ("3",),
    "descendant_of": ("3",),
    "ancestor_of": ("3",),
    "translation_of": ("3",),
    "has_children": ("true", "false"),
    "slug": ("stand",),
    "title": ("Stand",),
    "id": ("1",),
    "show_in_menus": ("true",),
}
API_FIELDS = {
    "evenements": {
        "start_date": ("2026-03-01",),
        "recurrence_interval": ("2",),
        "pole": ("1",),
        "category": ("stand",),
        "audience": ("everyone",),
        "end_time": ("16:00:00",),
    },
    "fiches": {
        "start_year": ("2019",),
        "territory": ("Ville de Lille",),
        "target_public": ("residents",),
        "framework_asv": ("yes",),
        "tags": ("prévention",),
    },
}


@fuzz_settings(70)
@given(endpoint=st.sampled_from(sorted(API_FIELDS)), data=st.data())
def test_api_list_parameters(fuzzer, world, endpoint, data):
    params = data.draw(query({**API, **API_FIELDS[endpoint]}))
    fuzzer().send("GET API v2 lists", "GET", f"/api/v2/{endpoint}/", params)


@fuzz_settings(30)
@given(
    endpoint=st.sampled_from(["evenements", "fiches"]),
    pk=path_id,
    params=query({"fields": ("*", "title"), "html_path": ("/fr/agenda/",), "id": ("1",)}),
)
def test_api_detail_and_find(fuzzer, world, endpoint, pk, params):
    fuzz = fuzzer()
    fuzz.send("GET API v2 detail and find", "GET", f"/api/v2/{endpoint}/{pk}/", params)
    fuzz.send("GET API v2 detail and find", "GET", f"/api/v2/{endpoint}/find/", params)


@fuzz_settings(20)
@given(params=query({"p": ("1", "2"), "page": ("1",)}))
def test_sitemap_and_robots(fuzzer, world, params):
    fuzz = fuzzer()
    fuzz.send("GET sitemap.xml, robots.txt", "GET", "/sitemap.xml", params)
    fuzz.send("GET sitemap.xml, robots.txt", "GET", "/robots.txt", params)


CONTACT = {
    "name": ("Nadia Benali", "نادية"),
    "email": ("nadia@example.org", ""),
    "phone": ("06 12 34 56 78", ""),
    "topic": ("coordination", "pole-fives", "trainings", "funding"),
    "message": ("Bonjour, quand commence la formation ?",),
    "website": ("",),
    "csrfmiddlewaretoken": ("x",),
}


@fuzz_settings(60)
@given(sent=body(CONTACT), language=st.sampled_from(["fr", "ar"]))
def test_contact_form(fuzzer, world, sent, language):
    kind, payload = sent
    url = world.contact.url if language == "fr" else world.contact.url.replace("/fr/", "/ar/")
    fuzzer().send("POST contact form", "POST", url, payload, kind=kind)


APPLICATION = {
    "first_name": ("Nadia",),
    "last_name": ("Benali",),
    "email": ("nadia.benali@example.org",),
    "password1": ("un-mot-de-passe-solide-2026",),
    "phone": ("06 12 34 56 78", "+212 6 12 34 56 78", ""),
    "pole": ("1", ""),
    "neighbourhood": ("Lille Sud", ""),
    "languages": ("fr", "ar"),
    "other_languages": ("berbère", ""),
    "involvement": ("relay", "events"),
    "availability": ("le mardi",),
    "motivation": ("Aider mes voisins.",),
    "consent": ("on",),
}


@fuzz_settings(60)
@given(sent=body(APPLICATION), language=st.sampled_from(["fr", "en", "ar"]))
def test_application_as_a_visitor(fuzzer, world, sent, language):
    kind, payload = sent
    url = {"fr": "/fr/espace-membre/candidater/", "en": "/en/member-area/apply/"}.get(
        language, "/ar/member-area/apply/"
    )
    fuzzer().send("POST application (sign-up)", "POST", url, payload, kind=kind)


LOGIN = {
    "login": ("amina@example.org", "claire@example.org"),
    "password": ("mot-de-passe-de-test", "faux"),
    "remember": ("on",),
    "next": ("/fr/espace-membre/", "//evil.example"),
}


@fuzz_settings(50)
@given(sent=body(LOGIN))
def test_login(fuzzer, world, sent):
    kind, payload = sent
    fuzzer().send("POST login", "POST", "/fr/compte/login/", payload, kind=kind)


@fuzz_settings(30)
@given(sent=body({"email": ("amina@example.org", "personne@example.org")}))
def test_password_reset(fuzzer, world, sent):
    kind, payload = sent
    fuzzer().send("POST password reset", "POST", "/fr/compte/password/reset/", payload, kind=kind)


KEYS = st.one_of(
    st.sampled_from(["abc", "MQ:1vX:abc", "a" * 5000, "-", ":", "_", *PATH_IDS]),
    st.text(alphabet="abcdefXYZ0123456789-:_", min_size=1, max_size=80),
)


@fuzz_settings(40)
@given(
    key=KEYS,
    uid=st.sampled_from(["1", "2", "zzzzzzzzzzzzzzzzzzzzzzzz", "0", "a", "9" * 60]),
    sent=body({"password1": ("un-mot-de-passe-solide-2026",), "password2": ("x",)}),
)
def test_email_and_password_keys(fuzzer, world, key, uid, sent):
    kind, payload = sent
    fuzz = fuzzer()
    confirm = f"/fr/compte/confirm-email/{key}/"
    fuzz.send("GET/POST e-mail confirmation key", "GET", confirm)
    fuzz.send("GET/POST e-mail confirmation key", "POST", confirm, {})
    reset = f"/fr/compte/password/reset/key/{uid}-{key}/"
    fuzz.send("GET/POST password reset key", "GET", reset)
    fuzz.send("GET/POST password reset key", "POST", reset, payload, kind=kind)


SEGMENTS = st.one_of(st.sampled_from(PATH_IDS), st.text(min_size=1, max_size=20))
PUBLIC_PATHS = [
    "/fr/{}/",
    "/ar/{}",
    "/{}",
    "/documents/{}/x.pdf",
    "/documents/authenticate_with_password/{}/",
    "/fr/_util/authenticate_with_password/{}/{}/",
    "/fr/espace-membre/calendrier/{}.ics",
    "/media/images/{}",
    "/api/v2/{}/",
    "/admin/login/?next={}",
    "/fr/_util/login/?next={}",
]


@fuzz_settings(80)
@given(segment=SEGMENTS, template=st.sampled_from(PUBLIC_PATHS), params=query({"page": ("1",)}))
def test_hostile_paths_of_public_urls(fuzzer, world, segment, template, params):
    url = template.format(segment, segment)
    fuzzer().send("GET hostile public paths", "GET", url, params)
