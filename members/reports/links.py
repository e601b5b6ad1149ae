"""Where each number of the dashboard leads: the rows behind it. Actions and people
reached open the actions' list with the same period, pôle and the number's own theme, type
or month; applications, sessions and proposals open the admin's lists, filtered by pôle
(and state) as far as those lists can be (they have no period filter). A list the viewer
may not open is not linked."""

from django.urls import reverse
from django.utils.http import urlencode

from .. import permissions

# The admin's lists and what lets one open them (their viewsets' permission policies).
SESSIONS_VIEW = "members.view_trainingsession"


class Links:
    def __init__(self, user, selection):
        self.selection = selection
        self.allowed = {
            "actions": permissions.has(user, permissions.VIEW_ACTIONS),
            "applications": permissions.has(user, permissions.VIEW_APPLICATIONS),
            "sessions": permissions.has(user, SESSIONS_VIEW)
            or permissions.can_manage_sessions(user),
            "proposals": permissions.has(user, permissions.REVIEW_PROPOSALS)
            or permissions.has(user, permissions.DECIDE_PROPOSALS),
        }

    def actions(self, **extra):
        """The actions' list with the dashboard's period and pôle, and ``extra`` (``theme``,
        ``type``, ``mois``, another ``pole``)."""
        if not self.allowed["actions"]:
            return ""
        return f"{reverse('figures_actions')}?{self.selection.query(**extra)}"

    def _admin_list(self, name, url_name, **params):
        if not self.allowed[name]:
            return ""
        pole = self.selection.pole
        if pole is not None:
            params["pole"] = pole.pk
        params = {key: value for key, value in params.items() if value}
        url = reverse(url_name)
        return f"{url}?{urlencode(params)}" if params else url

    def applications(self, status=None):
        return self._admin_list("applications", "applications:index", status=status)

    def sessions(self):
        return self._admin_list("sessions", "training_sessions:index")

    def proposals(self, status=None):
        return self._admin_list("proposals", "proposals:index", status=status)
