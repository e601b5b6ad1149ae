import time
from argparse import BooleanOptionalAction

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from portal.demo.actions import add_actions
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
        parser.add_argument(
            "--actions",
            type=int,
            default=0,
            metavar="N",
            help="Then add N more actions over the last twelve months (benchmarks). The "
            "same N twice adds nothing the second time.",
        )

    def handle(self, *args, **options):
        if options["actions"] < 0:
            raise CommandError("--actions : un nombre positif, par exemple --actions 100000.")
        with_users = settings.DEBUG if options["users"] is None else options["users"]
        self.stdout.write("Contenu de démonstration :")
        DemoLoader(log=self.stdout.write, with_users=with_users).run()
        if options["actions"]:
            started = time.monotonic()
            added = add_actions(options["actions"])
            self.stdout.write(
                f"  {added} actions ajoutées ({options['actions']} demandées) "
                f"en {time.monotonic() - started:.1f} s"
            )
        self.stdout.write(self.style.SUCCESS("Le site de démonstration est prêt."))
