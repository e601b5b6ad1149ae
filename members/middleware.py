from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from . import roles


class RequireSecondFactorMiddleware:
    """Coordinators reach the Wagtail admin and the member area only once they have set up
    a second factor (an authenticator app); until then they are sent to its set-up page.

    ``MEMBERS_REQUIRE_SECOND_FACTOR`` turns this off (development only).
    """

    guarded_prefixes = ("/admin/",)

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
        guarded = request.path_info.startswith(self.guarded_prefixes) or (
            match is not None and match.namespace == "members"
        )
        if not guarded or not any(roles.has_role(user, r) for r in roles.SECOND_FACTOR_REQUIRED):
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
