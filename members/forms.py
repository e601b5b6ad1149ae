"""Forms shared by the whole member area."""

from django import forms
from django.utils.translation import gettext_lazy as _


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Votre mot de passe"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text=_("Pour être sûr que c'est bien vous."),
    )
    confirm = forms.BooleanField(
        label=_("Je comprends que mon compte et mes données seront supprimés définitivement."),
        error_messages={"required": _("Cochez cette case pour confirmer.")},
    )

    def __init__(self, user, *args, locked=False, **kwargs):
        self.user = user
        self.locked = locked  # too many wrong passwords: none is checked for a while
        super().__init__(*args, **kwargs)
        if locked:
            self.fields["password"].required = False  # the lock is the one error to show

    def clean_password(self):
        password = self.cleaned_data["password"]
        if self.locked:
            raise forms.ValidationError(
                _(
                    "Trop de mots de passe erronés : par sécurité, la suppression du compte "
                    "est bloquée pendant 15 minutes. Réessayez plus tard."
                ),
                code="locked",
            )
        if not self.user.check_password(password):
            raise forms.ValidationError(_("Ce mot de passe n'est pas le bon."), code="password")
        return password
