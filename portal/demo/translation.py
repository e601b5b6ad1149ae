"""Translate demo objects through wagtail-localize, as an editor would in the admin.

Each translation is written as a parallel copy of the French content (same shape, other
language). The strings wagtail-localize extracts from the French object are paired, in
order, with those extracted from the translated copy, and imported as the translation's
strings: editors then find every demo translation in the localize editor.
"""

from django.db import transaction

from wagtail.contrib.redirects.models import Redirect
from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments


class TranslationShapeError(ValueError):
    """The translated copy does not have the shape of the French source."""


def _with_block_ids(instance):
    """Give an unsaved instance's StreamField blocks ids, as saving would."""
    for field in instance._meta.get_fields():
        if isinstance(field, StreamField):
            value = field.value_from_object(instance)
            setattr(instance, field.attname, field.to_python(field.get_prep_value(value)))
    return instance


def _strings(instance):
    instance = _with_block_ids(instance)
    return [
        segment.string.data
        for segment in extract_segments(instance)
        if isinstance(segment, StringSegmentValue)
    ]


def paired_strings(source_instance, translated_instance):
    source_strings = _strings(source_instance)
    target_strings = _strings(translated_instance)
    if len(source_strings) != len(target_strings):
        raise TranslationShapeError(
            f"{source_instance!r}: {len(source_strings)} strings in French, "
            f"{len(target_strings)} in the translation"
        )
    return dict(zip(source_strings, target_strings, strict=True))


def translate(source_instance, translated_instance, language_code, user=None):
    """Create (once) the translation of ``source_instance`` into ``language_code``.

    ``translated_instance`` is an unsaved instance of the same model holding the
    translated content. Returns the translated object, or None if it already existed.
    """
    locale = Locale.objects.get(language_code=language_code)
    if source_instance.has_translation(locale):
        return None
    strings = paired_strings(source_instance, translated_instance)
    with transaction.atomic():
        _create_translation(source_instance, strings, locale, user)
    # wagtail-localize publishes on commit: read the result once it is committed.
    translated = source_instance.get_translation(locale)
    if isinstance(translated, Page):
        # The copy first took the French slug, then the translated one: Wagtail recorded
        # that move as redirects, which mean nothing for a page that was never online.
        Redirect.objects.filter(automatically_created=True, redirect_page=translated).delete()
    return translated


def _create_translation(source_instance, strings, locale, user):
    TranslationCreator(user, [locale]).create_translations(source_instance)
    source = TranslationSource.objects.get_for_instance(source_instance)
    translation = Translation.objects.get(source=source, target_locale=locale)

    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        text = strings.get(segment.string.data)
        if text:
            segment.string.translations.update_or_create(
                locale=locale,
                context=segment.context,
                defaults={"data": text, "translation_type": "manual"},
            )
    translation.save_target(user=user, publish=True)
