"""Remind members of their training sessions in the next 48 hours, once each.

Run it from cron every hour, for instance:
    0 * * * *  cd /srv/ambassadeurs && .venv/bin/python manage.py send_session_reminders
Running it twice sends nothing more: each registration is marked as it is reminded.
"""

from django.core.management.base import BaseCommand

from members.trainings import services


class Command(BaseCommand):
    help = "Send one reminder per confirmed registration for sessions in the next 48 hours."

    def add_arguments(self, parser):
        parser.add_argument("--hours", type=int, default=48, help="How far ahead (hours).")

    def handle(self, *args, hours, **options):
        sent = services.send_due_reminders(hours=hours)
        self.stdout.write(f"{sent} rappel(s) envoyé(s).")
