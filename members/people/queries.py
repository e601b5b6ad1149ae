"""Reading applications: which ones a staff member may see."""

from .. import permissions
from .models import Application


def visible_applications(user):
    """Applications a staff member may read: every one for the coordination, those of
    their pôles for a référent, none for anyone else."""
    queryset = Application.objects.select_related("user", "pole")
    if not permissions.has(user, permissions.VIEW_APPLICATIONS):
        return queryset.none()
    if permissions.sees_all_poles(user):
        return queryset
    return queryset.filter(pole_id__in=permissions.followed_pole_ids(user))
