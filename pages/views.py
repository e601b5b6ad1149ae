from django.conf import settings
from django.contrib.sitemaps.views import SitemapIndexItem
from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from pages.sitemap import PageSitemap


@require_GET
def sitemap(request):
    """The pages' sitemap; past ``PageSitemap.limit`` pages, an index of its parts
    (``?p=1``, ``?p=2``…): search engines read only the first part of a paginated sitemap
    that nothing lists, and each part costs one request a bounded time."""
    pages = PageSitemap(request)
    if "p" not in request.GET and pages.paginator.num_pages > 1:
        location = request.build_absolute_uri(reverse("sitemap"))
        parts = [SitemapIndexItem(f"{location}?p={n}") for n in pages.paginator.page_range]
        response = TemplateResponse(
            request, "sitemap_index.xml", {"sitemaps": parts}, content_type="application/xml"
        )
        response.headers["X-Robots-Tag"] = "noindex, noodp, noarchive"  # as Django's views
        return response
    return django_sitemap(request, sitemaps={"pages": pages})


@require_GET
@cache_control(max_age=60 * 60 * 24, public=True)
def robots_txt(request):
    # Search results and the member area have nothing for search engines.
    disallowed = ["/admin/"]
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            disallowed += [reverse("search"), reverse("members:dashboard")]
    lines = ["User-agent: *"]
    lines += [f"Disallow: {path}" for path in dict.fromkeys(disallowed)]
    lines.append(f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
