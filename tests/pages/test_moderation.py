"""Experience sheets go through moderation: an editor submits, a moderator approves."""

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowTask

import pytest

from pages.models import ExperienceSheetPage
from tests.factories import ExperienceSheetIndexPageFactory, ExperienceSheetPageFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(home):
    index = ExperienceSheetIndexPageFactory(parent=home)
    task = GroupApprovalTask.objects.create(name="Relecture")
    task.groups.set([Group.objects.get(name="Moderators")])
    workflow = Workflow.objects.create(name="Relecture des fiches")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(page=index, workflow=workflow)
    return index


def user_in(group):
    user = UserFactory()
    user.groups.add(Group.objects.get(name=group))
    return user


def test_an_editor_submits_and_a_moderator_approves(client, catalogue):
    editor, moderator = user_in("Editors"), user_in("Moderators")
    sheet = ExperienceSheetPageFactory(parent=catalogue, title="Nouvelle fiche", live=False)
    sheet.save_revision(user=editor)
    assert not sheet.permissions_for_user(editor).can_publish()

    workflow_state = sheet.get_workflow().start(sheet, editor)
    task_state = workflow_state.current_task_state
    task = task_state.task.specific
    assert [name for name, *_ in task.get_actions(sheet, editor)] == []
    assert "approve" in [name for name, *_ in task.get_actions(sheet, moderator)]

    client.force_login(moderator)
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[sheet.pk, "approve", task_state.pk]),
        {"comment": "Très claire, merci."},
    )
    assert response.status_code in (200, 302)
    sheet = ExperienceSheetPage.objects.get(pk=sheet.pk)
    assert sheet.live
    workflow_state.refresh_from_db()
    assert workflow_state.status == "approved"


def test_the_demo_assigns_the_workflow_to_the_catalogue(catalogue):
    sheet = ExperienceSheetPageFactory(parent=catalogue)
    assert sheet.get_workflow().name == "Relecture des fiches"
