from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _


def needs_second_factor(user):
    """Superusers, and whoever holds one of ``MEMBERS_SECOND_FACTOR_PERMISSIONS``: the
    accounts that reach member data or the admin's member tools. Permissions, not group
    names: a permission given directly, or a renamed group, counts the same."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    permissions = getattr(settings, "MEMBERS_SECOND_FACTOR_PERMISSIONS", ())
    return any(user.has_perm(permission) for permission in permissions)


class RequireSecondFactorMiddleware:
    """Accounts that must use a second factor (``needs_second_factor``) reach the Wagtail
    admin and the member area only once they have set one up (an authenticator app);
    until then they are sent to its set-up page. That page, allauth's other pages (logout,
    password), the public site and static files stay reachable, and so does the admin's
    logout.

    ``MEMBERS_REQUIRE_SECOND_FACTOR`` turns this off (development only).
    """

    guarded_prefixes = ("/admin/",)
    # Inside the guarded paths: leaving must stay possible.
    open_views = frozenset({"wagtailadmin_logout", "admin_login_redirect"})

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not getattr(settings, "MEMBERS_REQUIRE_SECOND_FACTOR", True):
            return None
        user = request.user
        if not user.is_authenticated:
            return None
        match = request.resolver_match
        if match is not None and match.view_name in self.open_views:
            return None
        guarded = request.path_info.startswith(self.guarded_prefixes) or (
            match is not None and match.namespace == "members"
        )
        if not guarded or not needs_second_factor(user):
            return None
        from allauth.mfa.models import Authenticator

        if Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
            return None
        messages.warning(
            request,
            _(
                "Votre rôle donne accès aux données des ambassadeurs : activez d'abord la "
                "double authentification avec une application d'authentification."
            ),
        )
        return redirect("mfa_activate_totp")
