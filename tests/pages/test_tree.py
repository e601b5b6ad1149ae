"""Tree rules and creation in the editor for every public page type."""

import datetime

from django.utils import timezone

from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import HomePage
from pages.models import (
    EventIndexPage,
    EventPage,
    ExperienceSheetIndexPage,
    ExperienceSheetPage,
    FundingCallIndexPage,
    FundingCallPage,
    PoleIndexPage,
    PolePage,
    RecruitmentPage,
    StandardPage,
    TrainingIndexPage,
    TrainingPage,
)
from tests.factories import (
    EventIndexPageFactory,
    ExperienceSheetIndexPageFactory,
    FundingCallIndexPageFactory,
    PoleIndexPageFactory,
    TrainingIndexPageFactory,
    home_page,
    pole,
    superuser,
)
from tests.pagetests import PageTestCase

INDEXES = [
    PoleIndexPage,
    ExperienceSheetIndexPage,
    EventIndexPage,
    TrainingIndexPage,
    FundingCallIndexPage,
]


class TreeRulesTests(PageTestCase):
    def test_sections_sit_under_the_home_page_only(self):
        for model in [*INDEXES, RecruitmentPage]:
            self.assertAllowedParentPageTypes(model, {HomePage}, msg=model.__name__)
            self.assertCanNotCreateAt(Page, model)
            self.assertCanNotCreateAt(StandardPage, model)

    def test_each_detail_page_lives_in_its_section(self):
        for index, detail in [
            (PoleIndexPage, PolePage),
            (ExperienceSheetIndexPage, ExperienceSheetPage),
            (EventIndexPage, EventPage),
            (TrainingIndexPage, TrainingPage),
            (FundingCallIndexPage, FundingCallPage),
        ]:
            self.assertAllowedParentPageTypes(detail, {index}, msg=detail.__name__)
            self.assertAllowedSubpageTypes(detail, set(), msg=detail.__name__)
            self.assertCanNotCreateAt(HomePage, detail)

    def test_one_section_of_each_kind_per_home_page(self):
        home = home_page()
        for factory, model in [
            (PoleIndexPageFactory, PoleIndexPage),
            (ExperienceSheetIndexPageFactory, ExperienceSheetIndexPage),
            (EventIndexPageFactory, EventIndexPage),
            (TrainingIndexPageFactory, TrainingIndexPage),
            (FundingCallIndexPageFactory, FundingCallIndexPage),
        ]:
            self.assertTrue(model.can_create_at(home))
            factory(parent=home)
            self.assertFalse(model.can_create_at(home), model.__name__)


class EditorCreationTests(PageTestCase):
    """An editor creates each page type through the admin, with its required fields."""

    def setUp(self):
        self.client.force_login(superuser())
        self.home = home_page()

    def test_recruitment_page(self):
        self.assertCanCreate(
            self.home,
            RecruitmentPage,
            nested_form_data(
                {
                    "title": "Devenir ambassadeur·rice",
                    "slug": "devenir",
                    "intro": "Rejoignez-nous.",
                    "apply_label": "Je me lance",
                    "who_can_join": rich_text("<p>Toute personne majeure.</p>"),
                    "involvement": streamfield(
                        [("level", {"title": "Relayer", "text": "Parler autour de soi."})]
                    ),
                    "path_steps": streamfield(
                        [("step", {"title": "Écoute active", "duration": "2 jours", "text": "."})]
                    ),
                    "testimonials": streamfield([]),
                    "faq": streamfield(
                        [("question", {"question": "Payé ?", "answer": rich_text("<p>Non.</p>")})]
                    ),
                    "body": streamfield([]),
                }
            ),
        )

    def test_pole_pages(self):
        self.assertCanCreate(
            self.home,
            PoleIndexPage,
            nested_form_data({"title": "Les pôles", "slug": "poles", "body": streamfield([])}),
        )
        index = PoleIndexPage.objects.get()
        self.assertCanCreate(
            index,
            PolePage,
            nested_form_data(
                {
                    "title": "Pôle de Fives",
                    "slug": "fives",
                    "pole": pole("fives").pk,
                    "intro": "",
                    "services": rich_text(""),
                    "body": streamfield([]),
                    "host_association": "Association",
                    "host_association_url": "",
                    "address": "Rue\n59800 Lille",
                    "latitude": "50.633",
                    "longitude": "3.089",
                    "opening_hours": rich_text(""),
                    "referent_name": "",
                    "referent_email": "",
                    "referent_phone": "",
                }
            ),
        )

    def test_experience_sheets(self):
        self.assertCanCreate(
            self.home,
            ExperienceSheetIndexPage,
            nested_form_data({"title": "Fiches", "slug": "fiches"}),
        )
        index = ExperienceSheetIndexPage.objects.get()
        data = nested_form_data(
            {
                "title": "Kermesse santé",
                "slug": "kermesse",
                "summary": "Une fête avec des professionnels.",
                "territory": "Lille",
                "start_year": "2019",
                "budget": "",
                "tags": "fête, prévention",
                "author": "La référente",
                "updated_on": "2025-03-01",
                "problem": rich_text("<p>Contexte.</p>"),
                "objectives": rich_text("<p>Objectifs.</p>"),
                "story": rich_text("<p>Étapes.</p>"),
                "results": rich_text("<p>Résultats.</p>"),
                "unexpected_effects": rich_text(""),
                "advice": rich_text(""),
                "vigilance": rich_text(""),
                "action_lead": "Pôle de Moulins",
                "framework_asv": "yes",
                "framework_cls": "unknown",
                "framework_clsm": "no",
                "framework_contrat_de_ville": "yes",
                "target_public": "residents",
                "target_public_detail": "",
                "operational_partners": "",
                "financial_partners": "",
                "governance": "",
                "resources": streamfield([]),
                "contact_name": "",
                "contact_role": "",
                "contact_email": "",
            }
        )
        # A multiple choice goes outside nested_form_data, which would flatten the list.
        data["poles"] = [pole("moulins").pk]
        self.assertCanCreate(index, ExperienceSheetPage, data, publish=False)
        # A draft: its keywords and pôles are in the revision waiting for review.
        sheet = ExperienceSheetPage.objects.get(slug="kermesse").get_latest_revision_as_object()
        self.assertEqual(sorted(tag.name for tag in sheet.tags.all()), ["fête", "prévention"])
        self.assertEqual([p.code for p in sheet.poles.all()], ["moulins"])

    def test_events(self):
        self.assertCanCreate(
            self.home, EventIndexPage, nested_form_data({"title": "Agenda", "slug": "agenda"})
        )
        index = EventIndexPage.objects.get()
        self.assertCanCreate(
            index,
            EventPage,
            nested_form_data(
                {
                    "title": "Réunion du pôle",
                    "slug": "reunion",
                    "start_date": "2026-12-01",
                    "start_time": "14:00",
                    "end_date": "",
                    "end_time": "16:00",
                    "recurrence": "weekly",
                    "recurrence_interval": "6",
                    "recurrence_until": "2027-12-01",
                    "category": "pole_meeting",
                    "audience": "professionals",
                    "pole": pole("fives").pk,
                    "place_name": "",
                    "address": "",
                    "intro": "Tous les partenaires du quartier.",
                    "body": streamfield([]),
                    "registration_url": "",
                }
            ),
        )
        event = EventPage.objects.get(slug="reunion")
        self.assertEqual(event.recurrence_interval, 6)

    def test_an_event_needs_a_place_and_coherent_dates(self):
        EventIndexPageFactory(parent=self.home)
        index = EventIndexPage.objects.get()
        response = self.client.post(
            f"/admin/pages/add/pages/eventpage/{index.pk}/",
            nested_form_data(
                {
                    "title": "Sans lieu",
                    "slug": "sans-lieu",
                    "start_date": "2026-12-01",
                    "start_time": "",
                    "end_date": "2026-11-01",
                    "end_time": "16:00",
                    "recurrence": "",
                    "recurrence_interval": "1",
                    "recurrence_until": "",
                    "category": "stand",
                    "audience": "everyone",
                    "pole": "",
                    "place_name": "",
                    "address": "",
                    "intro": "Un stand.",
                    "body": streamfield([]),
                    "registration_url": "",
                    "action-publish": "action-publish",
                }
            ),
        )
        self.assertEqual(response.status_code, 200)
        errors = response.context["form"].errors
        self.assertIn("end_date", errors)
        self.assertIn("end_time", errors)
        self.assertIn("place_name", errors)
        self.assertFalse(EventPage.objects.filter(slug="sans-lieu").exists())

    def test_trainings(self):
        self.assertCanCreate(
            self.home,
            TrainingIndexPage,
            nested_form_data(
                {"title": "Formations", "slug": "formations", "body": streamfield([])}
            ),
        )
        index = TrainingIndexPage.objects.get()
        self.assertCanCreate(
            index,
            TrainingPage,
            nested_form_data(
                {
                    "title": "L'écoute active",
                    "slug": "ecoute-active",
                    "intro": "Deux jours pour apprendre à écouter.",
                    "objectives": rich_text("<p>Écouter sans juger.</p>"),
                    "content": rich_text("<p>Mises en situation.</p>"),
                    "partner": "",
                    "duration_label": "deux journées",
                    "duration_hours": "14",
                    "initial_path": "on",
                    "path_order": "2",
                    "prerequisites": "",
                    "body": streamfield([]),
                }
            ),
        )

    def test_funding_calls(self):
        self.assertCanCreate(
            self.home,
            FundingCallIndexPage,
            nested_form_data({"title": "Appels", "slug": "appels", "body": streamfield([])}),
        )
        index = FundingCallIndexPage.objects.get()
        opens = timezone.localtime() - datetime.timedelta(days=1)
        self.assertCanCreate(
            index,
            FundingCallPage,
            nested_form_data(
                {
                    "title": "Appel à initiatives",
                    "slug": "initiatives",
                    "funder": "ARS Hauts-de-France",
                    "summary": "Des projets de quartier.",
                    "envelope": "20000",
                    "max_per_project": "3000",
                    "opens_at": opens.strftime("%Y-%m-%d %H:%M"),
                    "closes_at": (opens + datetime.timedelta(days=40)).strftime("%Y-%m-%d %H:%M"),
                    "eligibility": rich_text("<p>Les ambassadeurs.</p>"),
                    "criteria": streamfield(
                        [("criterion", {"title": "Utilité", "description": "Pour qui ?"})]
                    ),
                    "documents": streamfield([]),
                    "body": streamfield([]),
                }
            ),
        )
        call = FundingCallPage.objects.get(slug="initiatives")
        self.assertTrue(call.is_open())
