import time
from argparse import BooleanOptionalAction

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from portal.demo import scale
from portal.demo.actions import add_actions
from portal.demo.loader import DemoLoader


def whole_positive(value):
    """A positive whole number written in digits, else None."""
    value = (value or "").strip()
    return int(value) if value.isascii() and value.isdigit() and int(value) > 0 else None


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
        parser.add_argument(
            "--scale",
            metavar="N",
            help="Then add N units of benchmark data: N x 1,000 experience sheets, N x 200 "
            "events, N x 500 ambassadors, N x 5,000 registrations, N x 100 proposals, "
            "N x 10,000 actions. The same N twice adds nothing the second time.",
        )

    def handle(self, *args, **options):
        if options["actions"] < 0:
            raise CommandError("--actions : un nombre positif, par exemple --actions 100000.")
        size = None
        if options["scale"] is not None:
            size = whole_positive(options["scale"])
            if size is None:
                raise CommandError(
                    "--scale : un nombre entier positif, par exemple --scale 10 "
                    f"(reçu : « {options['scale']} »)."
                )
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
        if size:
            started = time.monotonic()
            self.stdout.write(f"Données d'échelle (--scale {size}) :")
            added = scale.build(size, log=self.stdout.write)
            summary = ", ".join(
                f"{added[key]} {label}" for key, label in scale.LABELS.items() if added[key]
            )
            self.stdout.write(
                f"  ajouté : {summary or 'rien'} en {time.monotonic() - started:.1f} s"
            )
        self.stdout.write(self.style.SUCCESS("Le site de démonstration est prêt."))
