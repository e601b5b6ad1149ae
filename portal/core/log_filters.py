"""Logging filters: a refused request (400, 403, 404, suspicious input) is one line in the
log, not a traceback; a server error (500) keeps its traceback."""

import logging


class OneLineClientErrors(logging.Filter):
    """Drops the traceback from ``django.request`` records under 500 and from every
    ``django.security`` record (a bad host, a failed CSRF check): the line says enough."""

    def filter(self, record):
        status = getattr(record, "status_code", None)
        client_error = status is not None and status < 500
        if client_error or record.name.startswith("django.security"):
            record.exc_info = None
            record.exc_text = None
            record.stack_info = None
        return True
