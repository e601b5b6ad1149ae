"""Choices of objects by id that a forged id cannot turn into a 500.

Django's multiple model choice field hands the submitted ids to the database in one
``pk__in``; SQLite cannot hold an integer past 2**63 and raises ``OverflowError`` there,
where it should have been an invalid choice. (A single choice is safe: Django answers an
out-of-range ``pk=`` with no match.) ``IdMultipleChoiceField`` refuses such an id before
any query, with the field's own "invalid choice" message."""

from django import forms

MAX_ID = 2**63 - 1  # the largest integer the databases store


def _storable(value):
    try:
        number = int(str(value).strip())
    except ValueError:
        return True  # not a number: the field's own checks answer it
    return -MAX_ID <= number <= MAX_ID


class IdMultipleChoiceField(forms.ModelMultipleChoiceField):
    def _check_values(self, value):
        # ``clean`` checks for a list first; ``to_python`` may hand on anything.
        for item in value if isinstance(value, (list, tuple)) else ():
            if not _storable(item):
                raise forms.ValidationError(
                    self.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": str(item)[:50]},
                )
        return super()._check_values(value)
