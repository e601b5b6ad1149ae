from django.contrib.sites.shortcuts import get_current_site

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context

from . import throttle
from .emails import SUBJECT_PREFIX, enqueue_on_commit


class AccountAdapter(DefaultAccountAdapter):
    """allauth, with its e-mails sent as background tasks after the commit, and the client's
    IP address of our throttles (a misconfigured proxy count falls back, never a 500)."""

    def get_client_ip(self, request):
        return throttle.client_ip(request)

    def format_email_subject(self, subject):
        return SUBJECT_PREFIX + subject

    def send_mail(self, template_prefix, email, context):
        request = allauth_context.request
        message = self.render_mail(
            template_prefix,
            email,
            {
                "request": request,
                "email": email,
                "current_site": get_current_site(request),
                **context,
            },
        )
        html = next(
            (
                content
                for content, mimetype in getattr(message, "alternatives", [])
                if mimetype == "text/html"
            ),
            None,
        )
        enqueue_on_commit(message.subject, message.body, message.to, html=html)
