from django import template
from django.utils import formats
from django.utils.html import strip_tags

from wagtail.images.models import Filter
from wagtail.images.shortcuts import get_rendition_or_not_found

register = template.Library()


def rendition(image, spec):
    """``image.get_rendition(spec)``, without writing it back to the renditions' cache when
    it was read from there: Wagtail's ``get_rendition`` writes on every call (a file written
    per image and page view with the on-disk cache). Prefetched, stored in the database or
    made now: Wagtail's way, which writes the cache for the next time."""
    filter = image.clean_filter_for_svg(Filter(spec=spec))
    if image._get_prefetched_renditions() is None:
        model = image.get_rendition_model()
        key = model.construct_cache_key(image, filter.get_cache_key(image), filter.spec)
        found = model.cache_backend.get(key)
        if found is not None:
            # As Wagtail does: the image's own attributes (contextual alt text) hold.
            found.image = image
            return found
    return get_rendition_or_not_found(image, filter)


@register.simple_tag
def image_tag(image, spec, **attributes):
    """``{% image_tag page.hero_image "fill-640x440" alt="" %}``: what ``{% image %}`` writes
    (an ``<img>``, nothing without an image), through ``rendition``."""
    if not image:
        return ""
    return rendition(image, spec).img_tag(attributes)


@register.simple_tag(takes_context=True)
def page_url(context, page):
    """``page.url`` with the request: Wagtail then reads the sites' root paths once per
    request, where ``page.url`` reads them from the cache once per page object (each card)."""
    request = context.get("request")
    if request is None or not hasattr(page, "get_url"):
        return page.url
    return page.get_url(request)


@register.filter
def page_summary(page):
    """A sentence or two about any page: its meta description, else its intro."""
    for attribute in ("search_description", "intro", "hero_text"):
        value = getattr(page, attribute, "")
        if value:
            return strip_tags(str(value))
    return ""


@register.filter
def lang_if_other(item, page):
    """The language code of a listed page when it is not the listing page's language
    (a French page shown before its translation exists), else an empty string."""
    if item is None or page is None or item.locale_id == page.locale_id:
        return ""
    return item.locale.language_code


@register.filter
def grouped(number):
    """A whole number with the active language's thousands separator: « 40 000 »."""
    if number in (None, ""):
        return ""
    return formats.number_format(number, decimal_pos=0, use_l10n=True, force_grouping=True)


@register.filter
def lines(text):
    """The non-empty lines of a text (an address), each to be shown with its own
    direction (``dir="auto"``)."""
    return [line.strip() for line in str(text or "").splitlines() if line.strip()]


@register.simple_tag
def elided_page_range(page_obj, on_each_side=2, on_ends=1):
    """Page numbers around the current one, with the paginator's ellipsis between."""
    return list(
        page_obj.paginator.get_elided_page_range(
            page_obj.number, on_each_side=on_each_side, on_ends=on_ends
        )
    )
