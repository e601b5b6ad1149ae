"""The programme's five Pôles Ressources Santé exist from the start."""

from django.db import migrations

POLES = [
    ("faubourg-de-bethune", "Faubourg de Béthune"),
    ("fives", "Fives"),
    ("lille-sud", "Lille Sud"),
    ("moulins", "Moulins"),
    ("wazemmes", "Wazemmes"),
]


def create_poles(apps, schema_editor):
    Pole = apps.get_model("pages", "Pole")
    for order, (code, name) in enumerate(POLES):
        Pole.objects.get_or_create(code=code, defaults={"name": name, "sort_order": order})


class Migration(migrations.Migration):
    dependencies = [("pages", "0002_public_content")]

    operations = [migrations.RunPython(create_poles, migrations.RunPython.noop)]
