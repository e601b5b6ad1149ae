"""Write the plural forms of the project's own strings into the French catalogue.

French is the source language: a string without a French catalogue entry comes back as
written, and for ``ngettext`` Django then applies the English rule (``n != 1``), so that
« 0 résultats » would be plural. French says « 0 résultat »: each plural message gets an
entry whose two forms are the source's two forms, under French's ``plural=(n > 1)``.

The entries follow a marker line in ``locale/fr/LC_MESSAGES/django.po``; what comes before
it (the corrections to the installed packages' French) is written by hand and kept.
``make makemessages`` runs this after updating the English and Arabic catalogues.
"""

import io
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

MARKER = (
    "# ---- Plural forms of the project's own strings: written by "
    "`manage.py french_plurals`, do not edit below ----"
)


def locale_dir():
    return Path(settings.BASE_DIR) / "locale"


def plural_messages():
    """The plural messages of the code, as the English catalogue lists them."""
    with (locale_dir() / "en" / "LC_MESSAGES" / "django.po").open("rb") as po:
        catalogue = read_po(po, locale="en")
    return sorted(
        (message.context or "", message.id)
        for message in catalogue
        if message.id and message.pluralizable
    )


def french_entries():
    catalogue = Catalog(locale="fr")
    for context, ids in plural_messages():
        catalogue.add(ids, string=ids, context=context or None)
    buffer = io.BytesIO()
    write_po(buffer, catalogue, width=79, omit_header=True, sort_output=True)
    return buffer.getvalue().decode("utf-8").strip() + "\n"


class Command(BaseCommand):
    help = "Write the French plural forms of the project's plural messages."

    def handle(self, *args, **options):
        path = locale_dir() / "fr" / "LC_MESSAGES" / "django.po"
        text = path.read_text(encoding="utf-8")
        kept = text.split(MARKER, 1)[0].rstrip("\n")
        path.write_text(f"{kept}\n\n{MARKER}\n\n{french_entries()}", encoding="utf-8")
        self.stdout.write(f"{len(plural_messages())} plural messages in {path}")
