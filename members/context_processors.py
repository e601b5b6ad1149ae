from django.utils.functional import SimpleLazyObject

from . import permissions


class MemberPermissions:
    """What the member menu may offer; computed only when a template asks."""

    def __init__(self, user):
        self.user = user

    @property
    def profile(self):
        return permissions.can_edit_profile(self.user)


def member(request):
    return {"perms_member": SimpleLazyObject(lambda: MemberPermissions(request.user))}
