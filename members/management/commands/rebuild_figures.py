"""Recompute the summary table of the programme's figures from the data (closed years are
kept as they were frozen)."""

from django.core.management.base import BaseCommand, CommandError

from members import summary


class Command(BaseCommand):
    help = "Recompute the programme's figures (the summary table) from the data."

    def add_arguments(self, parser):
        parser.add_argument(
            "--family",
            action="append",
            choices=sorted(summary.SOURCES),
            help="Only these families of figures (repeatable). Default: all.",
        )

    def handle(self, *args, family=None, **options):
        if family and not set(family) <= set(summary.SOURCES):
            raise CommandError(f"Unknown family: {family}")
        written = summary.rebuild(family)
        self.stdout.write(f"{written} rows written.")
