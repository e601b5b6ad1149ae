from django.conf import settings
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils import translation

from csp.middleware import CSPMiddleware


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """The strict policy everywhere but the Wagtail admin, which gets a relaxed one.

    The admin relies on inline scripts and styles that a strict policy would block. Page
    previews count as admin: Wagtail renders them through the middleware with a dummy
    request for the page's public URL, and shows them in a frame of the editor.
    """

    admin_prefix = "/admin/"

    def is_admin(self, request):
        return request.path_info.startswith(self.admin_prefix) or getattr(
            request, "is_dummy", False
        )

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and self.is_admin(request):
            parts.replace = dict(settings.CONTENT_SECURITY_POLICY_ADMIN)
        return parts


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, minus one thing: a 404 outside the language-prefixed site (the API, the
    admin, documents) stays a 404. Django would redirect it to /fr/…, where the page tree
    answers anything."""

    unprefixed = ("/api/", "/admin/", "/documents/", "/media/", "/static/")
    admin_prefix = "/admin/"

    def process_request(self, request):
        if request.path_info.startswith(self.admin_prefix):
            # Staff work in French whatever their browser asks for (Django would follow
            # Accept-Language outside the language-prefixed site); Wagtail then applies the
            # language a user chose in their account settings, if any.
            translation.activate(settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = translation.get_language()
            return
        super().process_request(request)

    def process_response(self, request, response):
        if request.path_info.startswith(self.unprefixed):
            return response
        return super().process_response(request, response)
