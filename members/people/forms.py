"""Member-area forms: short, in plain French, and precise about what is wrong."""

import re

from django import forms
from django.utils.html import format_html
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from allauth.account.forms import SignupForm

from pages.models import Pole

from . import services
from .choices import Involvement, Language
from .models import Application, Profile

PHONE_SEPARATORS = re.compile(r"[\s.\-/()]")


def normalise_phone(value):
    """A French number as « 06 12 34 56 78 »; another country's as typed, with its +."""
    value = (value or "").strip()
    if not value:
        return ""
    digits = PHONE_SEPARATORS.sub("", value)
    if digits.startswith("+33"):
        digits = "0" + digits[3:]
    elif digits.startswith("0033"):
        digits = "0" + digits[4:]
    if re.fullmatch(r"0[1-9]\d{8}", digits):
        return " ".join(digits[i : i + 2] for i in range(0, 10, 2))
    if re.fullmatch(r"(\+|00)[1-9]\d{6,14}", digits):
        return "+" + digits.lstrip("+").removeprefix("00")
    raise forms.ValidationError(
        _("Ce numéro n'a pas la bonne forme. Écrivez-le comme ceci : 06 12 34 56 78."),
        code="phone",
    )


class PhoneField(forms.CharField):
    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 30)
        kwargs.setdefault("required", False)
        kwargs.setdefault("label", _("Téléphone"))
        kwargs.setdefault("help_text", _("Facultatif. Par exemple : 06 12 34 56 78."))
        kwargs.setdefault("widget", forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}))
        super().__init__(**kwargs)

    def clean(self, value):
        return normalise_phone(super().clean(value))


def pole_field(**kwargs):
    return forms.ModelChoiceField(
        queryset=Pole.objects.all(),
        required=False,
        label=kwargs.pop("label", _("Votre pôle")),
        empty_label=_("Je ne sais pas"),
        **kwargs,
    )


def languages_field():
    return forms.MultipleChoiceField(
        label=_("Les langues que vous parlez"),
        choices=Language.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )


def involvement_field(label):
    return forms.MultipleChoiceField(
        label=label,
        choices=Involvement.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Cochez une ou plusieurs cases. Vous pourrez changer d'avis."),
        error_messages={"required": _("Cochez au moins une façon de participer.")},
    )


class ApplicationFields(forms.Form):
    """The questions of the application, shared by the signup form and by the form that
    a person who already has an account fills in."""

    first_name = forms.CharField(
        label=_("Prénom"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
        error_messages={"required": _("Écrivez votre prénom.")},
    )
    last_name = forms.CharField(
        label=_("Nom"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "family-name"}),
        error_messages={"required": _("Écrivez votre nom de famille.")},
    )
    phone = PhoneField()
    pole = pole_field(
        help_text=_("Le pôle le plus proche de chez vous. Si vous ne savez pas, on vous aidera.")
    )
    neighbourhood = forms.CharField(
        label=_("Votre quartier"),
        max_length=120,
        required=False,
        help_text=_("Facultatif. Par exemple : Lille Sud."),
    )
    languages = languages_field()
    other_languages = forms.CharField(
        label=_("Autres langues"),
        max_length=200,
        required=False,
        help_text=_("Facultatif. Si vous parlez une langue qui n'est pas dans la liste."),
    )
    involvement = involvement_field(_("Comment voulez-vous participer ?"))
    availability = forms.CharField(
        label=_("Vos disponibilités"),
        max_length=300,
        required=False,
        help_text=_("Facultatif. Par exemple : le mardi après-midi, le samedi matin."),
    )
    motivation = forms.CharField(
        label=_("Pourquoi voulez-vous devenir ambassadeur ou ambassadrice ?"),
        max_length=1500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Facultatif. Quelques mots suffisent (1 500 signes au plus)."),
    )
    consent = forms.BooleanField(
        label=_("J'ai lu comment mes données sont utilisées et je suis d'accord."),
        error_messages={"required": _("Cochez cette case pour envoyer votre candidature.")},
    )

    # The names and the address first, then the answers as the model declares them.
    application_order = [
        "first_name",
        "last_name",
        "email",
        *Application.ANSWER_FIELDS,
        "password1",
        "consent",
    ]

    def __init__(self, *args, privacy_url=None, **kwargs):
        super().__init__(*args, **kwargs)
        if privacy_url:
            self.fields["consent"].help_text = format_html(
                '<a href="{}">{}</a>', privacy_url, _("Lire la page sur vos données personnelles")
            )
        self.order_fields(self.application_order)

    def clean_first_name(self):
        return self.cleaned_data["first_name"].strip()

    def clean_last_name(self):
        return self.cleaned_data["last_name"].strip()

    def save_application(self, user):
        return services.submit_application(user, self.cleaned_data, (get_language() or "fr")[:2])


class ApplicationForm(ApplicationFields):
    """For a person who has an account but no application yet."""


class ApplicationEditForm(ApplicationFields):
    """The applicant changes their answers while the application waits for a decision."""

    def __init__(self, *args, application, **kwargs):
        self.application = application
        user = application.user
        initial = {name: getattr(application, name) for name in Application.ANSWER_FIELDS}
        initial.update(first_name=user.first_name, last_name=user.last_name)
        super().__init__(*args, initial=initial, **kwargs)
        del self.fields["consent"]

    def save(self):
        return services.edit_application(self.application.user, self.cleaned_data)


class ApplicationSignupForm(ApplicationFields, SignupForm):
    """The application and the account in one form: allauth creates the account and sends
    the verification e-mail; the application waits for the coordinator."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("privacy_url", None)
        super().__init__(*args, **kwargs)
        self.fields["email"].label = _("Adresse e-mail")
        self.fields["email"].help_text = _(
            "Vous recevrez un message pour vérifier cette adresse. Elle servira à vous connecter."
        )
        self.fields["password1"].label = _("Choisissez un mot de passe")
        self.fields["password1"].help_text = _("Au moins 8 caractères, pas seulement des chiffres.")
        for name in ("email", "password1"):
            self.fields[name].widget.attrs.pop("placeholder", None)
        self.order_fields(self.application_order)

    def save(self, request):
        user = super().save(request)
        self.save_application(user)
        return user


# A tag's name and slug hold 100 characters, and taggit may add a suffix to the slug.
MAX_INTEREST_LENGTH = 50
MAX_INTERESTS = 20


class ProfileForm(forms.ModelForm):
    first_name = forms.CharField(label=_("Prénom"), max_length=150)
    last_name = forms.CharField(label=_("Nom"), max_length=150)
    phone = PhoneField()
    pole = pole_field()
    languages = languages_field()
    involvement = involvement_field(_("Comment voulez-vous participer ?"))

    class Meta:
        model = Profile
        fields = list(Profile.EDITABLE_FIELDS)
        labels = {"language": _("Langue des messages que nous vous envoyons")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.instance.user
        self.fields["first_name"].initial = user.first_name
        self.fields["last_name"].initial = user.last_name
        self.order_fields(["first_name", "last_name", *self.Meta.fields])

    def clean_interests(self):
        interests = self.cleaned_data.get("interests") or []
        if any(len(name) > MAX_INTEREST_LENGTH for name in interests):
            raise forms.ValidationError(
                _("Un centre d'intérêt tient en %(max)d caractères au plus.")
                % {"max": MAX_INTEREST_LENGTH},
                code="max_length",
            )
        if len(interests) > MAX_INTERESTS:
            raise forms.ValidationError(
                _("Donnez %(max)d centres d'intérêt au plus.") % {"max": MAX_INTERESTS},
                code="max_count",
            )
        return interests

    def clean(self):
        cleaned = super().clean()
        wants_phone = cleaned.get("contact_by_sms") or cleaned.get("contact_by_phone")
        if wants_phone and not cleaned.get("phone") and "phone" not in self.errors:
            self.add_error(
                "phone",
                _("Pour être contacté·e par SMS ou par téléphone, donnez votre numéro."),
            )
        return cleaned

    def save(self, commit=True):
        return services.update_profile(self.instance.user, self.cleaned_data)


class DecisionForm(forms.Form):
    """The coordinator's answer to an application."""

    decision = forms.ChoiceField(
        label=_("Décision"),
        choices=[
            (Application.Status.APPROVED, _("Accepter la candidature")),
            (Application.Status.DECLINED, _("Ne pas retenir la candidature")),
        ],
        widget=forms.RadioSelect,
    )
    message = forms.CharField(
        label=_("Message à la personne"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Il est envoyé par e-mail avec la décision. Obligatoire si vous refusez."),
    )

    def clean(self):
        cleaned = super().clean()
        if (
            cleaned.get("decision") == Application.Status.DECLINED
            and not cleaned.get("message", "").strip()
        ):
            self.add_error("message", _("Expliquez en quelques mots pourquoi."))
        return cleaned
