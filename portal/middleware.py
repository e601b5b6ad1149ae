from django.conf import settings

from csp.middleware import CSPMiddleware


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """The strict policy everywhere but the Wagtail admin, which gets a relaxed one.

    The admin relies on inline scripts and styles that a strict policy would block.
    """

    admin_prefix = "/admin/"

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and request.path_info.startswith(self.admin_prefix):
            parts.replace = dict(settings.CONTENT_SECURITY_POLICY_ADMIN)
        return parts
