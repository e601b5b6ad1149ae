"""Roles by a stable key: each group that plays a role gets a ``RoleGroup`` row (its name
may then change freely), and the permissions that are now the contract."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

# The groups as 0002 and Wagtail created them, found once here by their names.
GROUPS = {
    "applicant": "Candidat·e",
    "ambassador": "Ambassadeur·rice",
    "referent": "Référent·e de pôle",
    "coordinator": "Coordination",
    "editor": "Editors",
    "moderator": "Moderators",
}

GRANTS = {
    "ambassador": [("profile", "act_as_ambassador")],
    "referent": [("registration", "take_attendance")],
    "coordinator": [("registration", "take_attendance"), ("profile", "follow_all_poles")],
}


def forwards(apps, schema_editor):
    app_config = apps.get_app_config("members")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    RoleGroup = apps.get_model("members", "RoleGroup")
    for role, name in GROUPS.items():
        group, _created = Group.objects.get_or_create(name=name)
        RoleGroup.objects.update_or_create(role=role, defaults={"group": group})
        for model, codename in GRANTS.get(role, []):
            group.permissions.add(
                Permission.objects.get(
                    content_type__app_label="members",
                    content_type__model=model,
                    codename=codename,
                )
            )


def backwards(apps, schema_editor):
    apps.get_model("members", "RoleGroup").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0005_role_groups_and_permissions"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
