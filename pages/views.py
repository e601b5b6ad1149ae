from django.conf import settings
from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.http import HttpResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from pages.sitemap import PageSitemap


@require_GET
def sitemap(request):
    return django_sitemap(request, sitemaps={"pages": PageSitemap(request)})


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
