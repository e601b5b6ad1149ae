"""Background tasks (django-tasks). Arguments are plain data: the task may run in another
process, after the request has ended."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives

from django_tasks import task


@task()
def send_email(subject, body, to, html=None, attachments=(), reply_to=()):
    message = EmailMultiAlternatives(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=list(to),
        reply_to=list(reply_to),
    )
    if html:
        message.attach_alternative(html, "text/html")
    for filename, content, mimetype in attachments:
        message.attach(filename, content, mimetype)
    message.send()
    return len(message.to)
