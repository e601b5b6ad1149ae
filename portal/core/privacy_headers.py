"""``Cache-Control: private, no-store`` on what must not be kept by a shared cache or on disk.

The member area and the account pages (in every language), for everyone: the member
dashboard shows the secret calendar address, the login page a CSRF token. And any other
response for a signed-in user but the public pages (Wagtail's) and the admin (Wagtail sets
its own headers there). Directives already set (Django's ``never_cache``) are kept; ``public``
gives way to ``private``.
"""

from django.conf import settings
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext


def private_prefixes():
    prefixes = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            # The same msgids as portal/urls.py's translated paths.
            prefixes += [f"/{code}/{gettext('espace-membre/')}", f"/{code}/{gettext('compte/')}"]
    return tuple(prefixes)


class PrivateCacheControlMiddleware:
    admin_prefix = "/admin/"

    def __init__(self, get_response):
        self.get_response = get_response
        self.prefixes = private_prefixes()

    def is_private(self, request):
        path = request.path_info
        if path.startswith(self.prefixes):
            return True
        if path.startswith(self.admin_prefix):
            return False
        # Only look at the user when a session may exist: reading it would add
        # ``Vary: Cookie`` to every anonymous public page.
        if settings.SESSION_COOKIE_NAME not in request.COOKIES:
            return False
        if not request.user.is_authenticated:
            return False
        match = getattr(request, "resolver_match", None)
        return not (match and match.url_name == "wagtail_serve")

    def __call__(self, request):
        response = self.get_response(request)
        if self.is_private(request):
            patch_cache_control(response, private=True, no_store=True)
        return response
