from django import forms, template

register = template.Library()


def described_by(field):
    ids = []
    if field.help_text:
        ids.append(f"{field.auto_id}_hint")
    ids += [f"{field.auto_id}_error_{index}" for index in range(1, len(field.errors) + 1)]
    return ids


@register.simple_tag
def field_described_by(field):
    """The ids of a field's hint and errors, for ``aria-describedby``."""
    return " ".join(described_by(field))


@register.filter
def widget_kind(field):
    """``choices`` for a group of checkboxes or radios, ``checkbox`` for a single box."""
    widget = field.field.widget
    if isinstance(widget, forms.CheckboxSelectMultiple | forms.RadioSelect):
        return "choices"
    if isinstance(widget, forms.CheckboxInput):
        return "checkbox"
    return "input"


@register.simple_tag
def render_widget(field):
    """Render a bound field's widget tied to its hint and errors for assistive technology."""
    attrs = {}
    ids = described_by(field)
    if ids:
        attrs["aria-describedby"] = " ".join(ids)
    if field.errors:
        attrs["aria-invalid"] = "true"
    return field.as_widget(attrs=attrs)


@register.filter
def bare_label(label):
    """A label without its closing punctuation, to be followed by « : » and the error."""
    return str(label).rstrip(" ?.:!\u00a0\u202f")
