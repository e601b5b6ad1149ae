"""Admin panels and forms of the page types."""

from django.core.exceptions import FieldDoesNotExist
from django.utils.html import strip_tags
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, Panel, PanelGroup
from wagtail.fields import RichTextField


def _is_blank(value):
    if value is None:
        return True
    if isinstance(value, str):
        return not strip_tags(value).replace("&nbsp;", " ").strip()
    try:
        return len(value) == 0
    except TypeError:
        return False


def _field_tabs(panel, tab=None):
    """(field name, tab heading) for every field panel of an edit handler, in order."""
    if isinstance(panel, FieldPanel):
        yield panel.field_name, tab
    elif isinstance(panel, PanelGroup):
        for child in panel.children:
            # The edit handler's direct children are its tabs.
            yield from _field_tabs(child, tab if tab is not None else child.heading)


class PublicationChecklistPanel(Panel):
    """What a draft still lacks before it can be published or submitted for review.

    Wagtail saves a draft without its required text fields (deferred validation) and asks
    for them on publishing or submitting: this panel lists them, by tab and label, from the
    form the editor sees (the saved draft, or what they just sent)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Avant de publier"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "pages/panels/publication_checklist.html"

        def missing(self):
            edit_handler = self.panel.model.get_edit_handler()
            top = edit_handler.children if isinstance(edit_handler, PanelGroup) else []
            tabs = {}
            for tab in top:
                for name, _tab in _field_tabs(tab, tab.heading):
                    tabs.setdefault(name, tab.heading)
            missing = []
            for name, heading in tabs.items():
                field = self.form.fields.get(name)
                # The slug is made from the title.
                if field is None or not field.required or name == "slug":
                    continue
                if _is_blank(self.form[name].value()):
                    missing.append({"tab": heading, "label": field.label})
            return missing

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["missing"] = self.missing()
            return context


def missing_fields(page):
    """The (tab, label) of the required fields ``page`` (a revision's object) leaves empty:
    what publishing it as is would lack."""
    edit_handler = type(page).get_edit_handler()
    top = edit_handler.children if isinstance(edit_handler, PanelGroup) else []
    tabs = {}
    for tab in top:
        for name, _tab in _field_tabs(tab, tab.heading):
            tabs.setdefault(name, tab.heading)
    missing = []
    for name, heading in tabs.items():
        try:
            field = page._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        if field.blank or name == "slug" or not hasattr(field, "value_from_object"):
            continue
        if field.many_to_many or field.one_to_many:
            continue
        if _is_blank(field.value_from_object(page)):
            missing.append((heading, capfirst(field.verbose_name)))
    return missing


class RequiredRichTextPageForm(WagtailAdminPageForm):
    """A required rich text field holding only an empty paragraph (an editor emptied of its
    words) is missing too: Django's required check sees the markup and lets it through.
    Checked only when publishing or submitting (a draft defers its required fields).

    A page in review keeps complete drafts: approving publishes its latest draft as it is,
    without the form, so a draft saved during the review must be publishable."""

    def defer_required_fields(self):
        if self.instance.pk and self.instance.workflow_in_progress:
            return
        super().defer_required_fields()

    def clean(self):
        cleaned_data = super().clean()
        if self.is_deferred_validation:
            return cleaned_data
        for name, field in self.fields.items():
            if not field.required or name not in cleaned_data:
                continue
            model_field = self._meta.model._meta.get_field(name)
            if isinstance(model_field, RichTextField) and _is_blank(cleaned_data[name]):
                self.add_error(name, field.error_messages["required"])
        return cleaned_data
