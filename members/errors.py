"""The errors services raise. ``str(error)`` is a sentence a member can read, in their
language: views show it as it is."""


class ServiceError(Exception):
    """A change refused by a service: nothing was written."""

    def __init__(self, message="", field=None):
        super().__init__(str(message))
        self.message = message
        # The form field the refusal is about, if any (forms show the message there).
        self.field = field


class NotAllowed(ServiceError):
    """The acting person may not make this change (the views answer 403 or 404)."""


class Refused(ServiceError):
    """The change is not possible now (a rule of the programme); the message says why."""
