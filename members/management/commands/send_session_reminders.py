"""Remind members of their training sessions in the next 48 hours, once each.

Run it from cron every hour, for instance:
    0 * * * *  cd /srv/ambassadeurs && .venv/bin/python manage.py send_session_reminders
Running it twice sends nothing more: each registration is marked as it is reminded.
"""

import datetime

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from members import services
from members.models import Registration


class Command(BaseCommand):
    help = "Send one reminder per confirmed registration for sessions in the next 48 hours."

    def add_arguments(self, parser):
        parser.add_argument("--hours", type=int, default=48, help="How far ahead (hours).")

    def handle(self, *args, hours, **options):
        now = timezone.now()
        due = (
            Registration.objects.filter(
                status=Registration.Status.CONFIRMED,
                reminder_sent_at__isnull=True,
                user__isnull=False,
                session__cancelled=False,
                session__starts_at__gt=now,
                session__starts_at__lte=now + datetime.timedelta(hours=hours),
            )
            .select_related("session__training", "session__pole", "user")
            .order_by("session__starts_at", "id")
        )
        sent = 0
        for registration in due:
            with transaction.atomic():
                # Claim it first: a second run, even at the same time, finds it taken.
                claimed = Registration.objects.filter(
                    pk=registration.pk, reminder_sent_at__isnull=True
                ).update(reminder_sent_at=now)
                if not claimed:
                    continue
                services.send_reminder(registration)
                sent += 1
        self.stdout.write(f"{sent} rappel(s) envoyé(s).")
