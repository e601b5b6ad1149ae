import posixpath

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.http import Http404
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _
from django.views.static import serve as serve_static_file

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from members import account_views
from pages import views as page_views
from pages.api import api_router
from portal.core.health import HealthView
from search import views as search_views

# The only folders of MEDIA_ROOT anyone may fetch directly: Wagtail's images and their
# renditions. Documents (documents/) go through Wagtail's serve view, which checks the
# private collections; so does anything else uploaded later.
PUBLIC_MEDIA_FOLDERS = ("images", "original_images")


def serve_public_media(request, path):
    """Django's static file view, limited to the public folders (after normalising the
    path, so that ``images/../documents/…`` or ``//documents/…`` is refused too)."""
    path = posixpath.normpath(path).lstrip("/")
    if path.split("/", 1)[0] not in PUBLIC_MEDIA_FOLDERS:
        raise Http404
    return serve_static_file(request, path, document_root=settings.MEDIA_ROOT)


urlpatterns = [
    # The admin signs in through the member area's login: throttled, with the second factor.
    path("admin/login/", account_views.login_redirect, name="admin_login_redirect"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("sitemap.xml", page_views.sitemap, name="sitemap"),
    path("robots.txt", page_views.robots_txt, name="robots_txt"),
    # For the load balancer: database, caches, storages, tasks' backlog (never cached).
    path("health/", HealthView.as_view(), name="health"),
]

if settings.DEBUG or settings.SERVE_MEDIA:
    # Uploaded images on a laptop or the local production-like server; in production
    # the proxy or the object storage serves them (never documents/).
    media_prefix = settings.MEDIA_URL.lstrip("/")
    urlpatterns += [re_path(rf"^{media_prefix}(?P<path>.*)$", serve_public_media)]

urlpatterns += i18n_patterns(
    path(_("recherche/"), search_views.search, name="search"),
    path(_("espace-membre/"), include("members.urls")),
    # Becoming a member is applying: allauth's own sign-up page leads to the application.
    path(_("compte/signup/"), account_views.signup_redirect, name="account_signup"),
    path(_("compte/"), include("allauth.urls")),
    # Wagtail's front-end login would sign in with a password alone: it leads to ours.
    path("_util/login/", account_views.frontend_login_redirect, name="frontend_login_redirect"),
    # Wagtail serves every other path from the page tree: keep it last.
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

# allauth's rate limits answer with this page (allauth looks for it here): in the visitor's
# language, with Retry-After and when to try again.
handler429 = "members.throttle.handler429"
