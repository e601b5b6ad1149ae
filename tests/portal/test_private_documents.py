"""A document in a private collection is only served by Wagtail's view, which checks the
restriction; its file is never public under /media/documents/, in any setting we ship.
Images keep their public files."""

import importlib

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.test import override_settings
from django.urls import clear_url_caches

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, CollectionViewRestriction

import pytest
from allauth.account.models import EmailAddress

import portal.urls

pytestmark = pytest.mark.django_db

CONTENT = b"Compte rendu de la coordination : confidentiel."


@pytest.fixture(autouse=True)
def media_root(tmp_path, settings):
    """Uploads go to a folder of the test, not to the project's media/."""
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def private_document(db):
    collection = Collection.get_first_root_node().add_child(name="Coordination")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    return get_document_model().objects.create(
        title="Compte rendu",
        file=ContentFile(CONTENT, name="compte-rendu.txt"),
        collection=collection,
    )


@pytest.fixture
def urlconf():
    """Rebuild the URLconf under overridden settings (the media route is decided when
    portal/urls.py is imported), and restore it afterwards."""
    overrides = []

    def under(**values):
        override = override_settings(**values)
        override.enable()
        overrides.append(override)
        clear_url_caches()
        importlib.reload(portal.urls)

    yield under
    for override in reversed(overrides):
        override.disable()
    clear_url_caches()
    importlib.reload(portal.urls)


def media_url(document):
    return "/media/" + document.file.name


@pytest.mark.parametrize("flag", ["DEBUG", "SERVE_MEDIA"])
def test_the_file_of_a_private_document_is_not_served_from_media(
    client, urlconf, private_document, flag
):
    urlconf(**{flag: True})
    name = private_document.file.name
    assert name.startswith("documents/")
    for url in [
        f"/media/{name}",
        f"/media//{name}",
        f"/media/./{name}",
        f"/media/images/../{name}",
        f"/media/original_images/../{name}",
    ]:
        response = client.get(url)
        assert response.status_code == 404, url
    # Not to a signed-in member either: only the serve view checks the restriction.
    client.force_login(get_user_model().objects.create_user("nadia", "nadia@example.org"))
    assert client.get(f"/media/{name}").status_code == 404


def test_wagtail_links_documents_to_its_serve_view(settings, private_document):
    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"
    assert private_document.url == (f"/documents/{private_document.pk}/{private_document.filename}")


def test_the_serve_view_sends_strangers_to_allauths_login(client, private_document):
    url = private_document.url
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"] == f"/fr/compte/login/?next={url}"


def test_the_serve_view_gives_the_file_to_a_signed_in_member(client, private_document):
    user = get_user_model().objects.create_user("nadia", "nadia@example.org", "x")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    client.force_login(user)
    response = client.get(private_document.url)
    assert response.status_code == 200
    assert response.getvalue() == CONTENT


@pytest.mark.parametrize("flag", ["DEBUG", "SERVE_MEDIA"])
def test_images_keep_their_public_files(client, urlconf, flag):
    urlconf(**{flag: True})
    image = get_image_model().objects.create(title="Stand", file=get_test_image_file())
    rendition = image.get_rendition("fill-80x60")
    assert rendition.url.startswith("/media/images/")
    assert client.get(rendition.url).status_code == 200
    assert client.get("/media/" + image.file.name).status_code == 200


def test_without_debug_or_serve_media_nothing_is_served_from_media(client, private_document):
    assert client.get("/media/" + private_document.file.name).status_code == 404
