"""sitemap.xml: every live public page of the site in every language, each with its
translations as hreflang alternates."""

from functools import reduce
from operator import or_

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import Q

from wagtail.models import Page, Site


class PageSitemap(Sitemap):
    # URLs per part (``pages.views.sitemap`` lists the parts past one): each part's pages
    # and their translations are made into objects, about 0.15 ms a URL.
    limit = 2000

    def __init__(self, request):
        self.request = request

    def items(self):
        site = Site.find_for_request(self.request)
        if site is None:
            return Page.objects.none()
        homes = Page.objects.filter(translation_key=site.root_page.translation_key)
        paths = [Q(path__startswith=home.path) for home in homes]
        if not paths:
            return Page.objects.none()
        return (
            Page.objects.live()
            .public()
            .filter(reduce(or_, paths))
            .select_related("locale")
            .only("id", "url_path", "translation_key", "last_published_at", "locale")
            .order_by("path")
        )

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        translations = {}
        for item in self.items().filter(translation_key__in={p.translation_key for p in pages}):
            translations.setdefault(item.translation_key, {})[item.locale.language_code] = item
        urls = []
        for item in pages:
            versions = translations.get(item.translation_key, {})
            alternates = [
                {"lang_code": code, "location": self.absolute(versions[code])}
                for code, _name in settings.LANGUAGES
                if code in versions
            ]
            if len(alternates) > 1 and settings.LANGUAGE_CODE in versions:
                alternates.append(
                    {
                        "lang_code": "x-default",
                        "location": self.absolute(versions[settings.LANGUAGE_CODE]),
                    }
                )
            urls.append(
                {
                    "item": item,
                    "location": self.absolute(item),
                    "lastmod": item.last_published_at,
                    "changefreq": None,
                    "priority": None,
                    "alternates": alternates if len(alternates) > 1 else [],
                }
            )
        return urls

    def absolute(self, page):
        return self.request.build_absolute_uri(page.get_url(self.request))
