from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import HomePage
from pages.models import (
    FundingCallIndexPage,
    PoleIndexPage,
    RecruitmentPage,
    StandardPage,
    TrainingIndexPage,
)
from tests.factories import StandardPageFactory, home_page, superuser
from tests.pagetests import PageTestCase as WagtailPageTestCase


class StandardPageTreeTests(WagtailPageTestCase):
    def test_can_be_created_under_home_and_under_itself(self):
        self.assertAllowedParentPageTypes(
            StandardPage,
            {
                HomePage,
                StandardPage,
                RecruitmentPage,
                PoleIndexPage,
                TrainingIndexPage,
                FundingCallIndexPage,
            },
        )
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})

    def test_cannot_be_created_at_the_root(self):
        self.assertCanNotCreateAt(Page, StandardPage)


class StandardPageEditorTests(WagtailPageTestCase):
    def setUp(self):
        self.editor = superuser()
        self.client.force_login(self.editor)
        self.home = home_page()

    def test_editor_creates_a_page_with_every_kind_of_block(self):
        self.assertCanCreate(
            self.home,
            StandardPage,
            nested_form_data(
                {
                    "title": "Nos actions",
                    "slug": "nos-actions",
                    "intro": "Ce que font les ambassadeurs.",
                    "body": streamfield(
                        [
                            ("heading", {"text": "Dans les quartiers", "level": "h2"}),
                            ("paragraph", rich_text("<p>Des stands et des ateliers.</p>")),
                            ("quote", {"text": "On se sent utile.", "attribution": "Nadia"}),
                            (
                                "faq",
                                {
                                    "title": "Questions",
                                    "items": streamfield(
                                        [
                                            (
                                                "item",
                                                {
                                                    "question": "Qui peut venir ?",
                                                    "answer": rich_text("<p>Tout le monde.</p>"),
                                                },
                                            )
                                        ]
                                    ),
                                },
                            ),
                            (
                                "video_link",
                                {
                                    "url": "https://video.example.org/portrait",
                                    "title": "Portrait",
                                    "duration": "3 min",
                                    "description": "",
                                },
                            ),
                        ]
                    ),
                }
            ),
        )
        page = StandardPage.objects.get(slug="nos-actions")
        self.assertTrue(page.live)
        self.assertEqual(
            [block.block_type for block in page.body],
            ["heading", "paragraph", "quote", "faq", "video_link"],
        )
        self.assertEqual(page.body[3].value["items"][0]["question"], "Qui peut venir ?")

    def test_a_call_to_action_needs_a_destination(self):
        data = nested_form_data(
            {
                "title": "Sans lien",
                "slug": "sans-lien",
                "body": streamfield(
                    [
                        (
                            "call_to_action",
                            {
                                "title": "Venez",
                                "text": "",
                                "button_label": "J'y vais",
                                "link": {"page": "", "url": ""},
                            },
                        )
                    ]
                ),
                "action-publish": "action-publish",
            }
        )
        response = self.client.post(
            f"/admin/pages/add/pages/standardpage/{self.home.pk}/", data, follow=True
        )
        self.assertEqual(response.status_code, 200)
        self.assertFalse(StandardPage.objects.filter(slug="sans-lien").exists())
        self.assertContains(response, "Choisissez une page du site ou saisissez une adresse web.")


class StandardPageRenderingTests(WagtailPageTestCase):
    def setUp(self):
        self.home = home_page()

    def test_is_routable_and_renderable(self):
        page = StandardPageFactory(parent=self.home, title="À propos", slug="a-propos")
        self.assertPageIsRoutable(page)
        self.assertPageIsRenderable(page)

    def test_renders_blocks_with_accessible_markup(self):
        target = StandardPageFactory(parent=self.home, title="Les pôles", slug="poles")
        page = StandardPageFactory(
            parent=self.home,
            title="À propos",
            slug="a-propos",
            body=[
                ("heading", {"text": "Qui sommes-nous", "level": "h2"}),
                (
                    "faq",
                    {
                        "title": "Questions",
                        "items": [{"question": "Qui ?", "answer": "<p>Vous.</p>"}],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "title": "Rejoignez-nous",
                        "text": "",
                        "button_label": "Trouver mon pôle",
                        "link": {"page": target, "url": ""},
                    },
                ),
                (
                    "video_link",
                    {"url": "https://video.example.org/v", "title": "Portrait", "duration": ""},
                ),
            ],
        )
        response = self.client.get("/fr/a-propos/")
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        self.assertInHTML("<h1>À propos</h1>", html)
        self.assertInHTML("<h2>Qui sommes-nous</h2>", html)
        self.assertIn("<summary>Qui ?</summary>", html)
        self.assertInHTML('<a class="button" href="/fr/poles/">Trouver mon pôle</a>', html)
        # A video is a link, never an embedded third-party player.
        self.assertIn('href="https://video.example.org/v"', html)
        self.assertNotIn("<iframe", html)
        self.assertEqual(page.get_url(), "/fr/a-propos/")
