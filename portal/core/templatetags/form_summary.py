"""``{% error_summary form as summary %}``: what the summary above a form sent with mistakes
lists, so that the number it announces is the number of items it shows.

``summary.items``: the errors of the whole form first, then each visible field's, one item
per error (a field can have several: a password too short and too common);
``summary.passwords``: how many password fields come back empty, to be typed again.
"""

from django import forms, template

register = template.Library()


def _passwords(form):
    return sum(
        1
        for field in form.fields.values()
        if isinstance(field.widget, forms.PasswordInput) and not field.widget.render_value
    )


@register.simple_tag
def error_summary(form):
    items = [{"error": error} for error in form.non_field_errors()]
    for field in form.hidden_fields():
        items += [{"error": error} for error in field.errors]
    for field in form.visible_fields():
        target = field.id_for_label or field.auto_id
        items += [
            {"error": error, "label": field.label, "target": target} for error in field.errors
        ]
    return {"items": items, "passwords": _passwords(form) if form.is_bound else 0}
