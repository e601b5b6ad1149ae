from argparse import BooleanOptionalAction

from django.conf import settings
from django.core.management.base import BaseCommand

from portal.demo.loader import DemoLoader


class Command(BaseCommand):
    help = "Build the demo site (French, with English and Arabic translations). Idempotent."

    def add_arguments(self, parser):
        parser.add_argument(
            "--users",
            action=BooleanOptionalAction,
            default=None,
            help="Create the demo accounts (default: only when DEBUG is on).",
        )

    def handle(self, *args, **options):
        with_users = settings.DEBUG if options["users"] is None else options["users"]
        self.stdout.write("Contenu de démonstration :")
        DemoLoader(log=self.stdout.write, with_users=with_users).run()
        self.stdout.write(self.style.SUCCESS("Le site de démonstration est prêt."))
