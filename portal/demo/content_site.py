"""The legal pages and the footer of the demo site, in French, English and Arabic.

The legal pages' texts are in portal/demo/content/<language>/legal.toml."""

from . import content
from .stream import bullet_list, heading, paragraphs
from .translation import TranslationShapeError

# The legal pages, by the loader's key and the table of portal/demo/content/*/legal.toml.
LEGAL_KEYS = ("legal", "accessibility", "privacy")


def _block(block):
    if "heading" in block:
        return heading(block["heading"])
    if "items" in block:
        return bullet_list(block.get("intro", ""), block["items"])
    return paragraphs(*block["paragraphs"])


def _page(data):
    return {
        "title": data["title"],
        "slug": data["slug"],
        "intro": data["intro"],
        "body": [_block(block) for block in data["body"]],
    }


def _legal_pages():
    """Each legal page in every language: ``{key: {language code: page spec}}``."""
    files = {code: content.load("legal", code) for code in content.LANGUAGES}
    return {key: {code: _page(data[key]) for code, data in files.items()} for key in LEGAL_KEYS}


LEGAL_PAGES = _legal_pages()
LEGAL_NOTICE = LEGAL_PAGES["legal"]["fr"]
ACCESSIBILITY = LEGAL_PAGES["accessibility"]["fr"]
PRIVACY = LEGAL_PAGES["privacy"]["fr"]


def translate_legal_pages(loader):
    """The English and Arabic translations of the legal pages (once: see ``translate``).

    A French page an editor has reworded no longer has the shape of the demo's
    translations: it is left to the translators in the admin.
    """
    for key in LEGAL_KEYS:
        try:
            loader.translate_page(loader.refs[key], LEGAL_PAGES[key], loader.standard_fields)
        except TranslationShapeError as error:
            loader.log(f"  traductions de « {loader.refs[key].title} » laissées : {error}")


FOOTER = {
    "fr": {
        "name": "Ambassadeurs santé",
        "tagline": (
            "Un programme de la Ville de Lille, animé avec les cinq Pôles Ressources Santé des "
            "quartiers."
        ),
        "organisation": "Ville de Lille – Service Santé",
        "address": "Hôtel de Ville\nPlace Augustin Laurent\n59000 Lille",
        "email": "ambassadeurs-sante@example.org",
        "phone": "",
        "contact_hours": "Du lundi au vendredi, de 9 h à 17 h",
    },
    "en": {
        "name": "Health ambassadors",
        "tagline": (
            "A City of Lille programme, run with the five neighbourhood Health Resource Hubs."
        ),
        "organisation": "City of Lille – Health Department",
        "address": "Town Hall\nPlace Augustin Laurent\n59000 Lille",
        "email": "ambassadeurs-sante@example.org",
        "phone": "",
        "contact_hours": "Monday to Friday, 9 am to 5 pm",
    },
    "ar": {
        "name": "سفراء الصحة",
        "tagline": "برنامج لبلدية ليل، يُنشَّط مع أقطاب الموارد الصحية الخمسة في الأحياء.",
        "organisation": "بلدية ليل – مصلحة الصحة",
        "address": "مقر البلدية\nPlace Augustin Laurent\n59000 Lille",
        "email": "ambassadeurs-sante@example.org",
        "phone": "",
        "contact_hours": "من الاثنين إلى الجمعة، من 9 صباحًا إلى 5 مساءً",
    },
}
