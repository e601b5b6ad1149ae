from django import forms
from django.utils.translation import gettext_lazy as _


class SearchForm(forms.Form):
    """Only renders the field: the view cleans the query itself, it never refuses one."""

    q = forms.CharField(
        label=_("Que cherchez-vous ?"),
        help_text=_("Par exemple : dépistage, formation, Fives"),
        required=False,
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )
