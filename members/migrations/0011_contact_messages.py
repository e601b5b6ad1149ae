"""Messages sent through the contact page, and who reads them: the coordination (every
message) and the pôles' référents (their pôles' messages, filtered in the code); both
mark them handled."""

import django.db.models.deletion
from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.db import migrations, models

GRANTS = {
    "coordinator": ["view_contactmessage", "change_contactmessage"],
    "referent": ["view_contactmessage", "change_contactmessage"],
}


def grant(apps, schema_editor):
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
                content_type__model="contactmessage",
                codename__in=codenames,
            )
        )


class Migration(migrations.Migration):

    dependencies = [
        ('members', '0010_figure_permissions'),
        ('pages', '0003_the_five_poles'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='ContactMessage',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(max_length=120, verbose_name='nom')),
                ('email', models.EmailField(blank=True, max_length=254, verbose_name='adresse e-mail')),
                ('phone', models.CharField(blank=True, max_length=30, verbose_name='téléphone')),
                ('topic', models.CharField(choices=[('coordination', 'La coordination du programme'), ('pole', 'Un pôle'), ('trainings', 'Une question sur les formations'), ('funding', 'Une question sur les appels à projets')], max_length=20, verbose_name='sujet')),
                ('message', models.TextField(max_length=5000, verbose_name='message')),
                ('language', models.CharField(default='fr', max_length=8, verbose_name='langue')),
                ('created_at', models.DateTimeField(auto_now_add=True, db_index=True, verbose_name='reçu le')),
                ('handled', models.BooleanField(default=False, verbose_name='traité')),
                ('handled_at', models.DateTimeField(blank=True, null=True, verbose_name='traité le')),
                ('handled_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='traité par')),
                ('pole', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='pages.pole', verbose_name='pôle')),
            ],
            options={
                'verbose_name': 'message reçu',
                'verbose_name_plural': 'messages reçus',
                'ordering': ['handled', '-created_at'],
                'indexes': [models.Index(fields=['pole', 'handled'], name='contact_pole_handled')],
            },
        ),
        migrations.RunPython(grant, migrations.RunPython.noop),
    ]
