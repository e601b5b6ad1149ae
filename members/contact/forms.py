"""The contact form: who writes, how to answer them, about what, and the message.

``website`` is a trap for robots: hidden from people and from screen readers (the page
puts it off screen, out of the tab order, under ``aria-hidden``); a person leaves it empty.
"""

import unicodedata

from django import forms
from django.utils.translation import gettext_lazy as _

from pages.models import Pole

from ..people.forms import PhoneField
from .choices import POLE_PREFIX, Topic
from .models import MAX_MESSAGE, MAX_NAME

HONEYPOT = "website"


def _has_letters(value):
    return any(unicodedata.category(ch)[0] in "LN" for ch in value)


def _without_controls(value):
    """Line breaks and tabs kept; other control characters (NUL, escapes) dropped. Bidi
    marks (format characters) are kept: Arabic text may need them."""
    return "".join(ch for ch in value if ch in "\n\t" or unicodedata.category(ch) != "Cc")


def pole_names():
    """``[(code, name)]`` of the pôles, in their order."""
    return list(Pole.objects.values_list("code", "name"))


def topic_choices(poles):
    return [
        (Topic.COORDINATION.value, Topic.COORDINATION.label),
        *((f"{POLE_PREFIX}{code}", _("Pôle %(name)s") % {"name": name}) for code, name in poles),
        (Topic.TRAININGS.value, Topic.TRAININGS.label),
        (Topic.FUNDING.value, Topic.FUNDING.label),
    ]


class ContactForm(forms.Form):
    name = forms.CharField(
        label=_("Votre nom"),
        max_length=MAX_NAME,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": _("Écrivez votre nom.")},
    )
    email = forms.EmailField(
        label=_("Adresse e-mail"),
        max_length=254,
        required=False,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        help_text=_("Une adresse e-mail ou un numéro de téléphone, pour qu'on vous réponde."),
        error_messages={"invalid": _("Cette adresse e-mail n'a pas la bonne forme.")},
    )
    phone = PhoneField(help_text=_("Par exemple : 06 12 34 56 78."))
    topic = forms.ChoiceField(
        label=_("Votre message s'adresse à"),
        initial=Topic.COORDINATION.value,
        error_messages={
            "required": _("Choisissez à qui s'adresse votre message."),
            "invalid_choice": _("Choisissez un destinataire dans la liste."),
        },
    )
    message = forms.CharField(
        label=_("Votre message"),
        max_length=MAX_MESSAGE,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={
            "required": _("Écrivez votre message."),
            "max_length": _(
                "Votre message est trop long : %(limit_value)d caractères au plus "
                "(il en a %(show_value)d)."
            ),
        },
    )
    website = forms.CharField(
        label=_("Ne remplissez pas ce champ"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def __init__(self, *args, poles=None, **kwargs):
        """``poles``: the pôles' ``[(code, name)]`` when the caller has them (the page
        keeps them in the cache); else read. A sent form reads them fresh."""
        super().__init__(*args, **kwargs)
        self.fields["topic"].choices = topic_choices(poles if poles is not None else pole_names())

    def is_trap(self):
        """A robot filled the hidden field."""
        value = self.data.get(HONEYPOT, "") if hasattr(self.data, "get") else ""
        return bool(str(value).strip())

    def clean_name(self):
        name = " ".join(_without_controls(self.cleaned_data["name"]).split())
        if not _has_letters(name):
            raise forms.ValidationError(_("Écrivez votre nom."), code="required")
        return name

    def clean_message(self):
        message = _without_controls(self.cleaned_data["message"]).strip()
        if not _has_letters(message):
            raise forms.ValidationError(_("Écrivez votre message."), code="required")
        return message

    def clean(self):
        cleaned = super().clean()
        if (
            not cleaned.get("email")
            and not cleaned.get("phone")
            and "email" not in self.errors
            and "phone" not in self.errors
        ):
            self.add_error(
                "email",
                forms.ValidationError(
                    _(
                        "Laissez une adresse e-mail ou un numéro de téléphone : "
                        "sans l'un ou l'autre, on ne peut pas vous répondre."
                    ),
                    code="reach",
                ),
            )
        topic = cleaned.get("topic")
        cleaned["pole"] = None
        if topic and topic.startswith(POLE_PREFIX):
            cleaned["pole"] = Pole.objects.filter(code=topic.removeprefix(POLE_PREFIX)).first()
            if cleaned["pole"] is None:
                self.add_error("topic", self.fields["topic"].error_messages["invalid_choice"])
            cleaned["topic"] = Topic.POLE.value
        return cleaned
