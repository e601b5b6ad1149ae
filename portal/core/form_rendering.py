"""Every form field of the site, rendered with what phones and right-to-left pages need.

Set once as ``FORM_RENDERER``, so that our forms, allauth's and the second factor's get it
without each declaring it. An address, a phone number, a URL, a number or a code is written
left to right even on an Arabic page (``dir="ltr"``, else it is aligned the other way and its
punctuation jumps to the wrong end), and asks phones for the right keyboard (``inputmode``)
and the browser for what it can fill in (``autocomplete``). What a form sets itself wins.
"""

from django import forms
from django.forms.boundfield import BoundField
from django.forms.renderers import DjangoTemplates
from django.utils.translation import get_language_bidi

# The type of the input: its keyboard and what the browser may fill in it.
HINTS = {
    "email": {"inputmode": "email", "autocomplete": "email"},
    "tel": {"inputmode": "tel", "autocomplete": "tel"},
    "url": {"inputmode": "url", "autocomplete": "url"},
}
# A code typed from an app or an e-mail (second factor, recovery codes): digits only.
CODE = {"inputmode": "numeric", "autocomplete": "one-time-code"}


def input_hints(field, widget, attrs):
    """The attributes to add to a field's input, leaving those already set alone."""
    existing = {**widget.attrs, **attrs}
    kind = existing.get("type") or getattr(widget, "input_type", None)
    if existing.get("autocomplete") == "one-time-code":
        hints = dict(CODE)
    elif kind == "number":
        decimal = isinstance(field, forms.DecimalField | forms.FloatField)
        hints = {"inputmode": "decimal" if decimal else "numeric"}
    elif kind in HINTS:
        hints = dict(HINTS[kind])
    else:
        return {}
    if get_language_bidi():
        hints["dir"] = "ltr"
    return {name: value for name, value in hints.items() if name not in existing}


class PortalBoundField(BoundField):
    def build_widget_attrs(self, attrs, widget=None):
        attrs = super().build_widget_attrs(attrs, widget)
        attrs.update(input_hints(self.field, widget or self.field.widget, attrs))
        return attrs


class FormRenderer(DjangoTemplates):
    bound_field_class = PortalBoundField
