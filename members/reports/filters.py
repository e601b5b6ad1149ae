"""The filters of the figures' pages (a GET form, no JavaScript): the period (a calendar
year, the current one by default, or a range of months) and the pôle (every pôle the
viewer may see, one of them, or, for the coordination, what has no pôle). The actions'
list adds a theme, a type and one month.

Nothing typed breaks a page: a wrong value gets a plain French message and the page shows
the default in its place (the current year, every pôle of the viewer). A pôle the viewer
may not see is one more wrong value: it is never used."""

import datetime
import re
from dataclasses import dataclass

from django import forms
from django.core import validators
from django.utils.formats import date_format
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from pages.models import Pole
from portal.core.time import local_today

from .. import permissions
from ..actions.choices import ActionKind, ActionTheme
from .figures import Period

FIRST_YEAR = 2000
# The longest range of months (the month charts stay readable).
MAX_MONTHS = 60
# The pôle filter's value for what has no pôle (the coordination only).
NO_POLE = "sans"
_MONTH = re.compile(r"(\d{4})-(\d{2})")


def viewer_poles(user):
    """The pôles whose figures ``user`` sees, and whether they are the coordination (every
    pôle, and what has none)."""
    pole_ids = permissions.figure_pole_ids(user)
    if pole_ids is None:
        return list(Pole.objects.all()), True
    return list(Pole.objects.filter(pk__in=pole_ids)), False


def last_year(today=None):
    return (today or local_today()).year + 1


class MonthField(forms.Field):
    """A month typed as ``AAAA-MM`` (what ``<input type="month">`` sends), as the first day
    of that month. Whatever else comes (letters, NUL, huge numbers) is one plain message."""

    widget = forms.TextInput(attrs={"type": "month", "placeholder": _("AAAA-MM")})
    default_error_messages = {
        "invalid": _("Indiquez un mois sous la forme AAAA-MM, par exemple 2026-03."),
        "range": _("Choisissez un mois entre %(first)s et %(last)s."),
    }

    def to_python(self, value):
        text = str(value or "").strip()
        if not text:
            return None
        match = _MONTH.fullmatch(text)
        if match is None or not 1 <= int(match[2]) <= 12:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        year = int(match[1])
        if not FIRST_YEAR <= year <= last_year():
            raise forms.ValidationError(
                self.error_messages["range"],
                code="range",
                params={"first": f"{FIRST_YEAR}-01", "last": f"{last_year()}-12"},
            )
        return datetime.date(year, int(match[2]), 1)


class FigureFilterForm(forms.Form):
    """``poles``: the pôles the viewer may see (``Pole`` objects); ``every_pole``: the
    viewer is the coordination (every pôle, and what has none)."""

    annee = forms.IntegerField(
        label=_("Année"),
        required=False,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
        error_messages={"invalid": _("Indiquez une année en chiffres, par exemple 2026.")},
    )
    du = MonthField(label=_("Du mois"), required=False)
    au = MonthField(label=_("Au mois (inclus)"), required=False)
    pole = forms.ChoiceField(
        label=_("Pôle"),
        required=False,
        error_messages={"invalid_choice": _("Choisissez un pôle de la liste.")},
    )

    period_names = ("annee", "du", "au")
    period_help = _(
        "Une année (l'année en cours si rien n'est choisi), ou des mois, du premier au "
        "dernier : ils l'emportent sur l'année."
    )

    def __init__(self, data=None, *, poles, every_pole, today=None):
        super().__init__(data=data)
        self.today = today or local_today()
        self.poles = list(poles)
        self.every_pole = every_pole
        first, last = FIRST_YEAR, last_year(self.today)
        year = self.fields["annee"]
        year.min_value, year.max_value = first, last
        outside = _("Choisissez une année entre %(first)s et %(last)s.") % {
            "first": first,
            "last": last,
        }
        year.validators = [
            validators.MinValueValidator(first, message=outside),
            validators.MaxValueValidator(last, message=outside),
        ]
        year.widget.attrs.update(min=first, max=last)
        choices = [("", _("Tous les pôles") if every_pole else _("Tous mes pôles"))]
        if every_pole:
            choices.append((NO_POLE, _("Sans pôle")))
        choices += [(str(pole.pk), pole.name) for pole in self.poles]
        self.fields["pole"].choices = choices
        for field in self.fields.values():
            if isinstance(field.widget, forms.Select):
                # As wide as its column, not as its longest choice (a phone's width).
                field.widget.attrs["class"] = "w-w-full"

    def clean(self):
        data = super().clean()
        first, last = data.get("du"), data.get("au")
        if "du" in self._errors or "au" in self._errors:
            return data
        if first and not last:
            self.add_error("au", _("Indiquez aussi le dernier mois."))
        elif last and not first:
            self.add_error("du", _("Indiquez aussi le premier mois."))
        elif first and last:
            if last < first:
                self.add_error("au", _("Le dernier mois doit venir après le premier."))
            elif (last.year - first.year) * 12 + last.month - first.month >= MAX_MONTHS:
                self.add_error(
                    "au",
                    _("Choisissez au plus %(count)s mois.") % {"count": MAX_MONTHS},
                )
        return data

    def selection(self):
        """What the page shows: the filters that hold, the defaults for the others."""
        self.is_valid()
        data = self.cleaned_data
        first, last = data.get("du"), data.get("au")
        if first and last and not {"du", "au"} & set(self.errors):
            period, by_year = Period.months(first, last), False
        else:
            period, by_year = Period.year(data.get("annee") or self.today.year), True
        chosen = data.get("pole") or ""
        if chosen == NO_POLE:
            pole_ids, pole = [None], None
        elif chosen:
            pole = next(pole for pole in self.poles if str(pole.pk) == chosen)
            pole_ids = [pole.pk]
        else:
            pole = None
            pole_ids = None if self.every_pole else [pole.pk for pole in self.poles]
        self.tie_messages()
        return Selection(
            period=period, by_year=by_year, pole_key=chosen, pole=pole, pole_ids=pole_ids
        )

    def period_fields(self):
        return [self[name] for name in self.period_names]

    def other_fields(self):
        return [self[name] for name in self.fields if name not in self.period_names]

    def tie_messages(self):
        """Each field described by its help and its error (the ids the admin's field
        template gives them: ``<id>-helptext``, ``<id>-errors``)."""
        for name, field in self.fields.items():
            auto_id = self[name].auto_id
            ids = [f"{auto_id}-helptext"] if field.help_text else []
            if name in self.errors:
                ids.append(f"{auto_id}-errors")
                field.widget.attrs["aria-invalid"] = "true"
            if ids:
                field.widget.attrs["aria-describedby"] = " ".join(ids)


@dataclass(frozen=True)
class Selection:
    """The period and pôles shown. ``pole_ids``: None for every pôle and what has none,
    ``[None]`` for what has no pôle, else pôle ids."""

    period: Period
    by_year: bool
    pole_key: str
    pole: object
    pole_ids: list | None

    @property
    def no_pole(self):
        return self.pole_key == NO_POLE

    def params(self, **extra):
        """The GET parameters that show the same period and pôle (and ``extra``)."""
        if self.by_year:
            params = {"annee": self.period.first.year}
        else:
            params = {"du": f"{self.period.first:%Y-%m}", "au": f"{self.period.last:%Y-%m}"}
        if self.pole_key:
            params["pole"] = self.pole_key
        params.update({key: value for key, value in extra.items() if value not in (None, "")})
        return params

    def query(self, **extra):
        return urlencode(self.params(**extra))

    def describe(self):
        """The period in words: « 2026 », « de mars 2025 à février 2026 »."""
        if self.by_year:
            return str(self.period.first.year)
        first = date_format(self.period.first, "F Y")
        if self.period.first == self.period.last:
            return first
        return _("de %(first)s à %(last)s") % {
            "first": first,
            "last": date_format(self.period.last, "F Y"),
        }


class ActionFilterForm(FigureFilterForm):
    """The actions' list: the dashboard's filters, a theme, a type, one month."""

    theme = forms.ChoiceField(
        label=_("Thème"),
        required=False,
        choices=[("", _("Tous les thèmes")), *ActionTheme.choices],
        error_messages={"invalid_choice": _("Choisissez un thème de la liste.")},
    )
    type = forms.ChoiceField(
        label=_("Type d'action"),
        required=False,
        choices=[("", _("Tous les types")), *ActionKind.choices],
        error_messages={"invalid_choice": _("Choisissez un type de la liste.")},
    )
    mois = MonthField(label=_("Un seul mois"), required=False)

    period_names = ("annee", "du", "au", "mois")
    period_help = _(
        "Une année (l'année en cours si rien n'est choisi), ou des mois, du premier au "
        "dernier : ils l'emportent sur l'année. Un seul mois, s'il est rempli, remplace les deux."
    )
