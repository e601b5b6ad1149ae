"""Values as plain data for exports a member downloads (my data): a leaf module every
sub-domain's ``privacy.py`` uses."""


def iso(value):
    """A date or datetime as ISO 8601 text; None stays None."""
    return value.isoformat() if value else None
