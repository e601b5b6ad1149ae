from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

# Fields a draft's save writes on the live page row: the published content is unchanged.
DRAFT_FIELDS = {
    "wagtail_admin_comments",
    "latest_revision_created_at",
    "draft_title",
    "latest_revision",
    "has_unpublished_changes",
    "locked",
    "locked_by",
    "locked_at",
}


def published_content_changed(*args, **kwargs):
    """Menus, footers and every cached public page are rebuilt; Varnish or the CDN are
    purged. Now and again on commit: a request rendering between the two keeps nothing."""
    from django.db import transaction

    from portal.core import frontend_cache, navigation, page_cache

    navigation.invalidate()
    transaction.on_commit(navigation.invalidate)
    page_cache.invalidate(page_cache.SITE)
    frontend_cache.purge_everything()


def _page_saved(sender, instance, update_fields=None, **kwargs):
    from wagtail.models import Page

    if not isinstance(instance, Page) or not instance.live:
        return  # drafts, and pages being unpublished (page_unpublished says so)
    if update_fields is not None and set(update_fields) <= DRAFT_FIELDS:
        return
    published_content_changed()


def _page_deleted(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page):
        published_content_changed()


class PortalConfig(AppConfig):
    """Site-wide pieces below every other app: the footer, navigation, languages, CSP, the
    whole-page cache.

    The label stays ``portal`` (tables, migrations and content types keep their names)."""

    name = "portal.core"
    label = "portal"
    verbose_name = _("Portail")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from taggit.models import Tag
        from wagtail.contrib.search_promotions.models import SearchPromotion
        from wagtail.documents import get_document_model
        from wagtail.images import get_image_model
        from wagtail.models import Locale, PageViewRestriction, Site
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from portal.core.models import SiteFooter

        # What public pages are built from: menus, footers and whole pages are rebuilt.
        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(published_content_changed, dispatch_uid=f"published-{signal}")
        models = (
            SiteFooter,
            Site,
            Locale,
            PageViewRestriction,
            SearchPromotion,
            Tag,
            get_image_model(),
            get_document_model(),
        )
        for model in models:
            for signal in (post_save, post_delete):
                signal.connect(
                    published_content_changed,
                    sender=model,
                    dispatch_uid=f"published-{signal}-{model.__name__}",
                )
        post_save.connect(_page_saved, dispatch_uid="published-page-saved")
        post_delete.connect(_page_deleted, dispatch_uid="published-page-deleted")
