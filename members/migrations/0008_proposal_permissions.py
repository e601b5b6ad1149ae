"""Who reviews and decides proposals: the coordination reviews and decides, the pôles'
référents review (their pôles' proposals, filtered in the code)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GRANTS = {
    "coordinator": ["review_proposal", "decide_proposal", "view_proposal"],
    "referent": ["review_proposal", "view_proposal"],
}


def forwards(apps, schema_editor):
    app_config = apps.get_app_config("members")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Permission = apps.get_model("auth", "Permission")
    RoleGroup = apps.get_model("members", "RoleGroup")
    for role, codenames in GRANTS.items():
        link = RoleGroup.objects.filter(role=role).select_related("group").first()
        if link is None:
            continue
        link.group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="members",
                content_type__model="proposal",
                codename__in=codenames,
            )
        )


def backwards(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Permission.objects.filter(
        content_type__app_label="members",
        codename__in=["review_proposal", "decide_proposal"],
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("members", "0007_proposals")]

    operations = [migrations.RunPython(forwards, backwards)]
