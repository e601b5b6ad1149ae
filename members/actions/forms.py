"""The forms of the action log: logging an action (with its UUID, so that a form sent twice
saves one action) and changing one. They check what is typed with the same rules as
``actions.services`` (which checks again, and writes); the messages are the members'."""

import datetime
import uuid as uuid_module

from django import forms
from django.utils.translation import gettext_lazy as _

from pages.models import Pole
from portal.core.time import local_today

from .choices import MAX_AGE_DAYS, MAX_PEOPLE, ActionKind, ActionTheme
from .services import parse_uuid

PEOPLE_MAX_MESSAGE = _(
    "Plus de 10 000 personnes ? Vérifiez le nombre, ou écrivez à la coordination."
)
PEOPLE_MIN_MESSAGE = _("Le nombre de personnes touchées est d'au moins 1.")
PEOPLE_MISSING = _("Indiquez le nombre de personnes touchées.")
UUID_REFUSED = _(
    "Cette action n'a pas d'identifiant valable : elle n'est pas enregistrée. Vérifiez les "
    "champs et envoyez le formulaire à nouveau."
)


class TapChoices(forms.RadioSelect):
    """Radio buttons drawn as large tap targets (the template lays them out)."""


class PoleChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, pole):
        return pole.name


class ActionForm(forms.Form):
    """An action's fields, as the member types them."""

    date = forms.DateField(
        label=_("Date"),
        input_formats=["%Y-%m-%d", "%d/%m/%Y"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={
            "required": _("Indiquez la date de l'action."),
            "invalid": _("Écrivez la date sous la forme jj/mm/aaaa."),
        },
    )
    kind = forms.ChoiceField(
        label=_("Type d'action"),
        choices=ActionKind.choices,
        widget=TapChoices,
        error_messages={
            "required": _("Choisissez le type d'action."),
            "invalid_choice": _("Choisissez le type d'action."),
        },
    )
    theme = forms.ChoiceField(
        label=_("Thème"),
        choices=ActionTheme.choices,
        widget=TapChoices,
        error_messages={
            "required": _("Choisissez le thème."),
            "invalid_choice": _("Choisissez le thème."),
        },
    )
    pole = PoleChoiceField(
        label=_("Pôle"),
        queryset=Pole.objects.all(),
        empty_label=_("Choisissez un pôle"),
        error_messages={
            "required": _("Choisissez un pôle de la liste."),
            "invalid_choice": _("Choisissez un pôle de la liste."),
        },
    )
    people = forms.IntegerField(
        label=_("Personnes touchées"),
        min_value=1,
        max_value=MAX_PEOPLE,
        widget=forms.NumberInput(attrs={"inputmode": "numeric", "class": "stepper__input"}),
        error_messages={
            "required": PEOPLE_MISSING,
            "invalid": _("Écrivez un nombre entier, par exemple 12."),
            "min_value": PEOPLE_MIN_MESSAGE,
            "max_value": PEOPLE_MAX_MESSAGE,
        },
    )
    approximate = forms.BooleanField(
        label=_("Environ (nombre approximatif)"),
        required=False,
    )
    note = forms.CharField(
        label=_("Note"),
        required=False,
        max_length=500,
        help_text=_("Facultatif. Ce qui s'est dit, ce qui est à retenir (500 caractères au plus)."),
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"max_length": _("La note fait au plus 500 caractères.")},
    )

    def __init__(self, *args, today=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today or local_today()
        self.fields["date"].widget.attrs.update(
            max=self.today.isoformat(),
            min=(self.today - datetime.timedelta(days=MAX_AGE_DAYS)).isoformat(),
        )

    def clean_date(self):
        day = self.cleaned_data["date"]
        if day > self.today:
            raise forms.ValidationError(_("La date ne peut pas être dans le futur."))
        if day < self.today - datetime.timedelta(days=MAX_AGE_DAYS):
            raise forms.ValidationError(_("La date ne peut pas remonter à plus d'un an."))
        return day

    def clean_note(self):
        return self.cleaned_data["note"].strip()

    def values(self):
        """What ``actions.services`` takes."""
        return {
            name: self.cleaned_data[name]
            for name in ("date", "kind", "theme", "pole", "people", "approximate", "note")
        }

    def refuse(self, refusal):
        """Show a service's refusal on its field (or above the form)."""
        if refusal.field == "uuid":
            self.add_error(None, UUID_REFUSED)
            self.renew_uuid()
            return
        field = refusal.field if refusal.field in self.fields else None
        self.add_error(field, str(refusal))

    def renew_uuid(self):
        """A fresh UUID in the form sent back (after a refused one): sending it again
        saves the action."""
        if self.is_bound and "uuid" in self.fields:
            self.data = self.data.copy()
            self.data["uuid"] = str(uuid_module.uuid4())


class LogActionForm(ActionForm):
    """A new action: its UUID is made here for the form without JavaScript, and by the
    page's script for each entry of the outbox."""

    uuid = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.initial.setdefault("uuid", str(uuid_module.uuid4()))

    def clean(self):
        cleaned = super().clean()
        key = parse_uuid(cleaned.get("uuid"))
        if key is None:
            # A hidden field: its mistake is told above the form.
            self.add_error(None, UUID_REFUSED)
            self.renew_uuid()
        cleaned["uuid"] = key
        return cleaned
