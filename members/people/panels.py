"""What the dashboard shows of a person's application."""

from .. import permissions
from ..panel import Panel
from .models import Application


def application_panel(request, locale):
    user = request.user
    application = Application.objects.filter(user=user).select_related("pole").first()
    if application is not None:
        if application.is_approved:
            return None
        return Panel("members/people/panels/application.html", {"application": application})
    if permissions.is_ambassador(user) or permissions.works_in_admin(user):
        return None
    return Panel("members/people/panels/apply.html")
