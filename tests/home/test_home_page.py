from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page, Site
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import HomePage
from pages.models import StandardPage
from tests.factories import StandardPageFactory, home_page, superuser, translate_page
from tests.pagetests import PageTestCase as WagtailPageTestCase


class HomePageTreeTests(WagtailPageTestCase):
    def test_the_migration_creates_the_home_page_and_its_site(self):
        site = Site.objects.get(is_default_site=True)
        self.assertIsInstance(site.root_page.specific, HomePage)
        self.assertEqual(site.root_page.locale.language_code, "fr")

    def test_sits_at_the_root_and_holds_content_pages(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanNotCreateAt(StandardPage, HomePage)

    def test_a_second_home_page_cannot_be_created(self):
        root = Page.get_first_root_node()
        self.assertFalse(HomePage.can_create_at(root))

    def test_a_translation_is_not_counted_as_a_second_home(self):
        english = translate_page(home_page(), "en", title="Home", slug="home")
        self.assertEqual(english.locale.language_code, "en")
        self.assertEqual(HomePage.objects.count(), 2)


class HomePageEditorTests(WagtailPageTestCase):
    def setUp(self):
        self.client.force_login(superuser())
        self.home = home_page()
        self.programme = StandardPageFactory(parent=self.home, title="Le programme")

    def test_editor_fills_hero_intro_and_featured_links(self):
        response = self.client.post(
            f"/admin/pages/{self.home.pk}/edit/",
            nested_form_data(
                {
                    "title": "Accueil",
                    "slug": "accueil",
                    "hero_title": "La santé se partage entre voisins",
                    "hero_text": "Rejoignez-nous.",
                    "hero_cta_label": "Découvrir",
                    "hero_cta_page": self.programme.pk,
                    "intro": rich_text("<p>Un programme de la Ville.</p>"),
                    "featured": streamfield(
                        [("link", {"page": self.programme.pk, "title": "", "text": "Tout"})]
                    ),
                    "action-publish": "action-publish",
                }
            ),
        )
        self.assertEqual(response.status_code, 302)
        home = HomePage.objects.get(pk=self.home.pk)
        self.assertEqual(home.hero_title, "La santé se partage entre voisins")
        self.assertEqual(home.featured[0].value["page"].pk, self.programme.pk)

    def test_the_hero_title_is_required(self):
        response = self.client.post(
            f"/admin/pages/{self.home.pk}/edit/",
            nested_form_data(
                {
                    "title": "Accueil",
                    "slug": "accueil",
                    "hero_title": "",
                    "intro": rich_text(""),
                    "featured": streamfield([]),
                    "action-publish": "action-publish",
                }
            ),
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("hero_title", response.context["form"].errors)


class HomePageRenderingTests(WagtailPageTestCase):
    def setUp(self):
        self.home = home_page()
        self.programme = StandardPageFactory(parent=self.home, title="Le programme")
        self.home.hero_title = "La santé se partage entre voisins"
        self.home.hero_cta_label = "Découvrir le programme"
        self.home.hero_cta_page = self.programme
        self.home.featured = [("link", {"page": self.programme, "title": "", "text": "Leur rôle."})]
        self.home.save_revision().publish()

    def test_is_routable_and_renderable(self):
        self.assertPageIsRoutable(self.home)
        self.assertPageIsRenderable(self.home)

    def test_the_root_url_redirects_to_the_french_home(self):
        response = self.client.get("/", HTTP_ACCEPT_LANGUAGE="fr")
        self.assertRedirects(response, "/fr/", fetch_redirect_response=False)

    def test_shows_the_hero_button_and_the_featured_card(self):
        response = self.client.get("/fr/")
        self.assertContains(response, '<h1 class="hero__title" id="hero-title">La santé')
        self.assertContains(response, f'href="{self.programme.url}">Découvrir le programme</a>')
        self.assertContains(response, f'<a href="{self.programme.url}">Le programme</a>')

    def test_featured_cards_lead_to_the_translated_page(self):
        english_home = translate_page(
            self.home, "en", title="Home", slug="home", hero_title="Health between neighbours"
        )
        english_programme = translate_page(
            self.programme, "en", title="The programme", slug="the-programme"
        )
        response = self.client.get(english_home.url)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, '<a href="/en/the-programme/">The programme</a>')
        self.assertEqual(english_programme.url, "/en/the-programme/")
        self.assertContains(response, 'href="/en/the-programme/">Découvrir le programme</a>')

    def test_the_linked_pages_are_read_once_per_publication(self):
        self.client.get("/fr/")
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get("/fr/")
        self.assertContains(response, f'<a href="{self.programme.url}">Le programme</a>')
        self.assertFalse(
            [q["sql"] for q in queries.captured_queries if 'WHERE U0."id" IN' in q["sql"]],
            "the hero's and cards' pages are kept until the next publication",
        )
        # A publication is seen at once: the card takes the new title, then goes with
        # the page when it is unpublished.
        self.programme.title = "Le programme renouvelé"
        self.programme.save_revision().publish()
        self.assertContains(self.client.get("/fr/"), ">Le programme renouvelé</a>")
        self.programme.unpublish()
        response = self.client.get("/fr/")
        self.assertNotContains(response, "Le programme renouvelé")
        self.assertNotContains(response, "Découvrir le programme")

    def test_a_preview_with_other_pages_shows_its_own(self):
        other = StandardPageFactory(parent=self.home, title="Nos pôles")
        self.client.get("/fr/")  # the published links are kept
        self.client.force_login(superuser())
        response = self.client.post(
            f"/admin/pages/{self.home.pk}/edit/preview/",
            nested_form_data(
                {
                    "title": "Accueil",
                    "slug": "accueil",
                    "hero_title": "La santé se partage entre voisins",
                    "hero_cta_label": "Voir",
                    "hero_cta_page": other.pk,
                    "intro": rich_text(""),
                    "featured": streamfield(
                        [("link", {"page": other.pk, "title": "", "text": ""})]
                    ),
                }
            ),
        )
        self.assertEqual(response.json(), {"is_valid": True, "is_available": True})
        preview = self.client.get(f"/admin/pages/{self.home.pk}/edit/preview/")
        self.assertContains(preview, f'<a href="{other.url}">Nos pôles</a>')
        self.assertNotContains(preview, ">Le programme</a>")
