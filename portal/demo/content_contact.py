"""The demo's contact page, in French, English and Arabic (portal/demo/content/*/contact.toml).

The form and its inbox belong to the member area; the page holds the introduction and
the address and opening hours. Its confirmation is left empty: the site's own sentence,
translated in the catalogues, says when the visitor will hear back."""

from pages.models import ContactPage

from . import content

CONTACT = {code: content.load("contact", code) for code in content.LANGUAGES}


def contact_fields(spec):
    return {
        "title": spec["title"],
        "slug": spec["slug"],
        "search_description": spec["search_description"],
        "intro": spec["intro"],
        "address": spec["address"],
    }


def contact_page(home, log):
    """The French contact page under the home page (once)."""
    existing = ContactPage.objects.child_of(home).first()
    if existing is not None:
        return existing
    page = ContactPage(**contact_fields(CONTACT["fr"]))
    home.add_child(instance=page)
    page.save_revision().publish()
    log(f"  page « {page.title} »")
    return page
