"""Who sees the figures and the actions: the coordination (every pôle; it also closes
years) and the pôles' référents (their pôles, filtered in the code)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GRANTS = {
    "coordinator": [
        ("monthlyfigure", "view_monthlyfigure"),
        ("action", "view_action"),
        ("closedyear", "add_closedyear"),
        ("closedyear", "view_closedyear"),
    ],
    "referent": [("monthlyfigure", "view_monthlyfigure"), ("action", "view_action")],
}


def forwards(apps, schema_editor):
    app_config = apps.get_app_config("members")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Permission = apps.get_model("auth", "Permission")
    RoleGroup = apps.get_model("members", "RoleGroup")
    for role, grants in GRANTS.items():
        link = RoleGroup.objects.filter(role=role).select_related("group").first()
        if link is None:
            continue
        for model, codename in grants:
            link.group.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label="members",
                    content_type__model=model,
                    codename=codename,
                )
            )


class Migration(migrations.Migration):
    dependencies = [("members", "0009_action_log_and_figures")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
