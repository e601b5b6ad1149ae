from django.contrib.sites.shortcuts import get_current_site

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context

from .emails import SUBJECT_PREFIX, enqueue_on_commit


class AccountAdapter(DefaultAccountAdapter):
    """allauth, with its e-mails sent as background tasks after the commit."""

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
