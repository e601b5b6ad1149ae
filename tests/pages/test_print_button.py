"""« Imprimer la fiche » shows only once portal.js makes it print."""

from pathlib import Path

from django.conf import settings

import pytest
from bs4 import BeautifulSoup

from tests.factories import ExperienceSheetIndexPageFactory, ExperienceSheetPageFactory

STATIC = Path(settings.BASE_DIR) / "portal" / "core" / "static"


@pytest.mark.django_db
def test_the_print_button_is_hidden_until_the_script_binds_it(client, home):
    sheet = ExperienceSheetPageFactory(parent=ExperienceSheetIndexPageFactory(parent=home))
    page = BeautifulSoup(client.get(sheet.url).content, "html.parser")
    button = page.find("button", string="Imprimer la fiche")
    assert button.has_attr("hidden") and button.has_attr("data-print")
    # `.button` sets a display: the hidden attribute needs its own rule to win.
    assert ".button[hidden] {\n  display: none;" in (STATIC / "css" / "portal.css").read_text()
    script = (STATIC / "js" / "portal.js").read_text()
    assert "[data-print]" in script and "window.print()" in script
