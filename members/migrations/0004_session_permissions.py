"""Who manages training sessions and registrations in the admin.

Sessions (dates, places, seats) are not personal data: editors may manage them with the
coordination. Registrations are: the coordination and the référents (for their pôles,
filtered in the views) only."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PERMISSIONS = {
    "Coordination": [
        ("trainingsession", ["add", "change", "delete", "view"]),
        ("registration", ["change", "view"]),
    ],
    "Référent·e de pôle": [
        ("trainingsession", ["view"]),
        ("registration", ["change", "view"]),
    ],
    "Editors": [("trainingsession", ["add", "change", "delete", "view"])],
}


def grant(apps, schema_editor):
    app_config = apps.get_app_config("members")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, grants in PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        for model, actions in grants:
            group.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label="members",
                    content_type__model=model,
                    codename__in=[f"{action}_{model}" for action in actions],
                )
            )


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    for name in PERMISSIONS:
        group = Group.objects.filter(name=name).first()
        if group:
            group.permissions.remove(
                *Permission.objects.filter(
                    content_type__app_label="members",
                    content_type__model__in=["trainingsession", "registration"],
                )
            )


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0003_training_sessions"),
        ("members", "0002_roles"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
