"""Languages: which pages exist in which locale, resolved in bulk."""

from django.conf import settings
from django.db.models import Q
from django.utils import translation

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page


def active_language_code():
    return get_supported_content_language_variant(translation.get_language())


def localize_pages(pages, language_code=None):
    """Return, for each page, its live translation in the language (the active one by
    default), else the page itself when live, else None.

    One query whatever the number of pages, where ``page.localized`` costs two each.
    """
    language_code = language_code or active_language_code()
    keys = {page.translation_key for page in pages if page is not None}
    translations = {}
    if keys:
        translations = {
            page.translation_key: page
            for page in Page.objects.live()
            .filter(translation_key__in=keys, locale__language_code=language_code)
            .select_related("locale")
        }
    localized = []
    for page in pages:
        if page is None:
            localized.append(None)
        elif page.translation_key in translations:
            localized.append(translations[page.translation_key])
        else:
            localized.append(page if page.live else None)
    return localized


def localize_page_ids(page_ids, language_code=None):
    """For each page id, its live translation in the language, else the page itself when
    live, else None: ``{id: page}`` in one query."""
    language_code = language_code or active_language_code()
    page_ids = [pk for pk in page_ids if pk]
    if not page_ids:
        return {}
    keys = Page.objects.filter(pk__in=page_ids).values("translation_key")
    candidates = list(
        Page.objects.live()
        .filter(
            Q(pk__in=page_ids) | Q(translation_key__in=keys, locale__language_code=language_code)
        )
        .select_related("locale")
    )
    by_key = {
        page.translation_key: page
        for page in candidates
        if page.locale.language_code == language_code
    }
    originals = {page.pk: page for page in candidates if page.pk in page_ids}
    resolved = {}
    for pk in page_ids:
        original = originals.get(pk)
        if original is not None:
            resolved[pk] = by_key.get(original.translation_key, original)
        else:
            resolved[pk] = None
    return resolved


def live_in_language(queryset, locale_id):
    """The live pages of ``queryset`` in one language, and the French ones not translated
    into it yet (one query). Listings of facts (events, pôles, trainings, funding calls)
    use it: a date, a place or a deadline helps every visitor before an editor has
    translated the text. Templates mark the French ones (``lang_if_other``)."""
    translated = queryset.model.objects.live().filter(locale_id=locale_id)
    return queryset.live().filter(
        Q(locale_id=locale_id)
        | (
            Q(locale__language_code=settings.LANGUAGE_CODE)
            & ~Q(translation_key__in=translated.values("translation_key"))
        )
    )
