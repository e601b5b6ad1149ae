from django import template

register = template.Library()


@register.simple_tag
def render_widget(field):
    """Render a bound field's widget tied to its hint and errors for assistive technology."""
    described_by = []
    if field.help_text:
        described_by.append(f"{field.auto_id}_hint")
    described_by += [f"{field.auto_id}_error_{index}" for index in range(1, len(field.errors) + 1)]
    attrs = {}
    if described_by:
        attrs["aria-describedby"] = " ".join(described_by)
    if field.errors:
        attrs["aria-invalid"] = "true"
    return field.as_widget(attrs=attrs)
