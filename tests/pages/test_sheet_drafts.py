"""An experience sheet is saved as a draft with only a title and a summary; its other
required fields are asked for when it is published or submitted for review, and the editor
sees a checklist of what is missing.

Wagtail defers the required text fields of a draft (``defer_required_fields``); the year,
a number, is nullable so that it is deferred too. The checklist is ours
(pages.panels.PublicationChecklistPanel)."""

from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags

from wagtail.models import (
    GroupApprovalTask,
    Revision,
    Workflow,
    WorkflowPage,
    WorkflowState,
    WorkflowTask,
)
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from bs4 import BeautifulSoup

from pages.models import ExperienceSheetPage
from tests.factories import (
    ExperienceSheetIndexPageFactory,
    ExperienceSheetPageFactory,
    UserFactory,
    home_page,
)
from tests.pagetests import PageTestCase

# What a browser sends for a new sheet whose editor typed only its title and summary: the
# empty editors, and the fields the form fills in (the date, the policy frameworks).
EMPTY_SHEET = {
    "title": "",
    "slug": "",
    "summary": "",
    "territory": "",
    "start_year": "",
    "budget": "",
    "tags": "",
    "author": "",
    "problem": rich_text(""),
    "objectives": rich_text(""),
    "story": rich_text(""),
    "results": rich_text(""),
    "unexpected_effects": rich_text(""),
    "advice": rich_text(""),
    "vigilance": rich_text(""),
    "action_lead": "",
    "framework_asv": "unknown",
    "framework_cls": "unknown",
    "framework_clsm": "unknown",
    "framework_contrat_de_ville": "unknown",
    "target_public": "",
    "target_public_detail": "",
    "operational_partners": "",
    "financial_partners": "",
    "governance": "",
    "resources": streamfield([]),
    "contact_name": "",
    "contact_role": "",
    "contact_email": "",
}

COMPLETE = {
    "territory": "Ville de Lille",
    "start_year": "2021",
    "author": "La référente du pôle",
    "problem": rich_text("<p>Peu de dépistages dans le quartier.</p>"),
    "objectives": rich_text("<p>Informer les familles.</p>"),
    "story": rich_text("<p>Un stand chaque mois au marché.</p>"),
    "results": rich_text("<p>Deux cents personnes rencontrées.</p>"),
    "action_lead": "Pôle de Wazemmes",
    "target_public": "residents",
}

# The required fields a two-field draft lacks, as the checklist names them (tab : label).
MISSING = [
    "Résumé : Territoire",
    "Résumé : Année de démarrage",
    "Résumé : Rédigé par",
    "Le récit : Problématique et contexte",
    "Le récit : Objectifs",
    "Le récit : Racontez votre projet",
    "Le récit : Résultats et perspectives",
    "Fiche d'identité : Porteur de l'action",
    "Fiche d'identité : Public visé",
]


def form(**fields):
    return nested_form_data(
        {**EMPTY_SHEET, "updated_on": timezone.localdate().isoformat(), **fields}
    )


def checklist(response):
    panel = BeautifulSoup(response.content, "html.parser").select_one("#publication-checklist")
    assert panel is not None, "no checklist in the edit form"
    return [item.get_text(" ", strip=True) for item in panel.select("li")], panel


class SheetDraftTests(PageTestCase):
    def setUp(self):
        self.home = home_page()
        self.index = ExperienceSheetIndexPageFactory(parent=self.home)
        task = GroupApprovalTask.objects.create(name="Relecture")
        task.groups.set([Group.objects.get(name="Moderators")])
        workflow = Workflow.objects.create(name="Relecture des fiches")
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        WorkflowPage.objects.create(page=self.index, workflow=workflow)
        self.editor = self.user_in("Editors")
        self.moderator = self.user_in("Moderators")
        self.add_url = reverse(
            "wagtailadmin_pages:add", args=["pages", "experiencesheetpage", self.index.pk]
        )

    @staticmethod
    def user_in(group):
        user = UserFactory()
        user.groups.add(Group.objects.get(name=group))
        return user

    def save_draft(self):
        """The editor's two-field draft, through the admin's add form."""
        self.client.force_login(self.editor)
        response = self.client.post(
            self.add_url,
            form(title="Stand santé au marché", slug="stand-sante", summary="Un stand par mois."),
        )
        self.assertEqual(response.status_code, 302, response.content[:2000])
        return ExperienceSheetPage.objects.get(slug="stand-sante")

    def edit_url(self, sheet):
        return reverse("wagtailadmin_pages:edit", args=[sheet.pk])

    def test_a_draft_needs_only_a_title_and_a_summary(self):
        sheet = self.save_draft()
        self.assertFalse(sheet.live)
        self.assertIsNone(sheet.live_revision)
        self.assertEqual(sheet.summary, "Un stand par mois.")
        self.assertIsNone(sheet.start_year)
        self.assertEqual(sheet.revisions.count(), 1)

        response = self.client.get(self.edit_url(sheet))
        self.assertEqual(response.status_code, 200)
        items, panel = checklist(response)
        self.assertEqual(items, MISSING)
        self.assertIn("9 champs obligatoires", panel.get_text(" ", strip=True))
        # The draft is not on the site.
        self.client.logout()
        self.assertEqual(self.client.get(f"{self.index.url}stand-sante/").status_code, 404)

    def test_a_draft_still_needs_its_title(self):
        self.client.force_login(self.editor)
        response = self.client.post(self.add_url, form(summary="Sans titre."))
        self.assertEqual(response.status_code, 200)
        self.assertIn("title", response.context["form"].errors)
        self.assertFalse(ExperienceSheetPage.objects.exists())

    def test_publishing_an_incomplete_sheet_is_refused(self):
        sheet = self.save_draft()
        revisions = Revision.objects.count()
        self.client.force_login(self.moderator)
        data = form(title=sheet.title, slug=sheet.slug, summary=sheet.summary)
        response = self.client.post(self.edit_url(sheet), {**data, "action-publish": "1"})
        self.assertEqual(response.status_code, 200)
        errors = response.context["form"].errors
        self.assertEqual(
            set(errors),
            {
                "territory",
                "start_year",
                "author",
                "problem",
                "objectives",
                "story",
                "results",
                "action_lead",
                "target_public",
            },
        )
        # The editor reads them on the page, with the checklist.
        items, _panel = checklist(response)
        self.assertEqual(items, MISSING)
        sheet.refresh_from_db()
        self.assertFalse(sheet.live)
        self.assertIsNone(sheet.live_revision)
        self.assertEqual(Revision.objects.count(), revisions)

    def test_publishing_an_incomplete_new_sheet_creates_nothing(self):
        self.client.force_login(self.moderator)
        response = self.client.post(
            self.add_url,
            {**form(title="Fiche", slug="fiche", summary="Résumé."), "action-publish": "1"},
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("problem", response.context["form"].errors)
        self.assertFalse(ExperienceSheetPage.objects.exists())

    def test_submitting_an_incomplete_sheet_for_review_is_refused(self):
        sheet = self.save_draft()
        data = form(title=sheet.title, slug=sheet.slug, summary=sheet.summary)
        response = self.client.post(self.edit_url(sheet), {**data, "action-submit": "1"})
        self.assertEqual(response.status_code, 200)
        self.assertIn("story", response.context["form"].errors)
        self.assertFalse(WorkflowState.objects.filter(object_id=str(sheet.pk)).exists())
        sheet.refresh_from_db()
        self.assertFalse(sheet.live)

    def test_a_complete_sheet_is_submitted_then_published(self):
        sheet = self.save_draft()
        data = form(title=sheet.title, slug=sheet.slug, summary=sheet.summary, **COMPLETE)
        response = self.client.post(self.edit_url(sheet), {**data, "action-submit": "1"})
        self.assertEqual(response.status_code, 302)
        sheet.refresh_from_db()
        self.assertEqual(sheet.current_workflow_state.status, "in_progress")
        self.assertFalse(sheet.live)

        response = self.client.get(self.edit_url(sheet))
        items, panel = checklist(response)
        self.assertEqual(items, [])
        self.assertIn("Tous les champs obligatoires sont remplis", panel.get_text())

        self.client.force_login(self.moderator)
        response = self.client.post(self.edit_url(sheet), {**data, "action-publish": "1"})
        self.assertEqual(response.status_code, 302)
        sheet = ExperienceSheetPage.objects.get(pk=sheet.pk)
        self.assertTrue(sheet.live)
        self.assertEqual(sheet.start_year, 2021)
        self.assertEqual(sheet.action_lead, "Pôle de Wazemmes")
        self.client.logout()
        self.assertEqual(self.client.get(sheet.url).status_code, 200)

    def test_a_draft_of_a_live_sheet_leaves_the_live_sheet_whole(self):
        sheet = ExperienceSheetPageFactory(parent=self.index, slug="kermesse", title="Kermesse")
        sheet.save_revision().publish()
        self.client.force_login(self.editor)
        data = form(
            title="Kermesse",
            slug="kermesse",
            summary=sheet.summary,
            **{**COMPLETE, "problem": rich_text("")},
        )
        response = self.client.post(self.edit_url(sheet), data)
        self.assertEqual(response.status_code, 302)
        live = ExperienceSheetPage.objects.get(pk=sheet.pk)
        self.assertTrue(live.live)
        self.assertTrue(live.has_unpublished_changes)
        self.assertEqual(live.problem, "<p>Le contexte.</p>")
        # The draft has the empty editor's paragraph.
        self.assertEqual(strip_tags(live.get_latest_revision_as_object().problem), "")
        items, _panel = checklist(self.client.get(self.edit_url(sheet)))
        self.assertEqual(items, ["Le récit : Problématique et contexte"])

    def test_a_new_sheet_form_lists_everything_to_fill_in(self):
        self.client.force_login(self.editor)
        response = self.client.get(self.add_url)
        self.assertEqual(response.status_code, 200)
        items, _panel = checklist(response)
        self.assertEqual(items, ["Résumé : Titre", "Résumé : Résumé", *MISSING])

    def test_a_sheet_in_review_keeps_complete_drafts(self):
        # Approving publishes the latest draft as it is: one saved during the review must be
        # complete.
        sheet = self.save_draft()
        complete = form(title=sheet.title, slug=sheet.slug, summary=sheet.summary, **COMPLETE)
        response = self.client.post(self.edit_url(sheet), {**complete, "action-submit": "1"})
        self.assertEqual(response.status_code, 302)
        revisions = Revision.objects.count()
        emptied = {**complete, **form(**{**COMPLETE, "territory": ""})}
        emptied.update(title=sheet.title, slug=sheet.slug, summary=sheet.summary)
        response = self.client.post(self.edit_url(sheet), emptied)
        self.assertEqual(response.status_code, 200)
        self.assertIn("territory", response.context["form"].errors)
        self.assertEqual(Revision.objects.count(), revisions)

        sheet.refresh_from_db()
        task_state = sheet.current_workflow_state.current_task_state
        self.client.force_login(self.moderator)
        response = self.client.post(
            reverse(
                "wagtailadmin_pages:workflow_action", args=[sheet.pk, "approve", task_state.pk]
            ),
            {"comment": ""},
        )
        self.assertIn(response.status_code, (200, 302))
        sheet = ExperienceSheetPage.objects.get(pk=sheet.pk)
        self.assertTrue(sheet.live)
        self.assertEqual(sheet.territory, "Ville de Lille")

    def test_publishing_an_incomplete_draft_in_bulk_is_refused(self):
        sheet = self.save_draft()
        complete = ExperienceSheetPageFactory(parent=self.index, slug="complete", live=False)
        complete.save_revision()
        self.client.force_login(self.moderator)
        url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
        response = self.client.post(f"{url}?id={sheet.pk}&id={complete.pk}", follow=True)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Rien n&#x27;a été publié")
        self.assertContains(response, "Stand santé au marché")
        self.assertFalse(ExperienceSheetPage.objects.filter(live=True).exists())
        # The complete one alone is published.
        response = self.client.post(f"{url}?id={complete.pk}")
        self.assertEqual(response.status_code, 302)
        self.assertTrue(ExperienceSheetPage.objects.get(pk=complete.pk).live)
