"""The programme's roles as groups, with what each may do in the Wagtail admin."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

APPLICANT = "Candidat·e"
AMBASSADOR = "Ambassadeur·rice"
REFERENT = "Référent·e de pôle"
COORDINATOR = "Coordination"

PERMISSIONS = {
    APPLICANT: [],
    AMBASSADOR: [],
    REFERENT: [
        ("wagtailadmin", "admin", "access_admin"),
        ("members", "application", "view_application"),
    ],
    COORDINATOR: [
        ("wagtailadmin", "admin", "access_admin"),
        ("members", "application", "view_application"),
        ("members", "application", "decide_application"),
    ],
}


def create_roles(apps, schema_editor):
    # Permissions are normally created after all migrations; these are needed now.
    app_config = apps.get_app_config("members")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codes in PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        for app_label, model, codename in codes:
            group.permissions.add(
                Permission.objects.get(
                    content_type__app_label=app_label,
                    content_type__model=model,
                    codename=codename,
                )
            )


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=list(PERMISSIONS)).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
