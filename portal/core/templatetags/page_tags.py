from django import template
from django.utils import formats
from django.utils.html import strip_tags

register = template.Library()


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
