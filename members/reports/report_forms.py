"""The forms of the reports' admin pages: a report (financeur, période, format) and the
year to close. A period is a calendar year, or whole months from one to another (the
figures are monthly); whatever comes in the query string (letters, NUL, huge numbers,
a range backwards) is a plain French error on its field."""

import datetime
import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from portal.core.time import local_today

from . import funders, services
from .figures import Period

YEARS_SHOWN = 10
FORMATS = [
    ("pdf", gettext_lazy("PDF (document à envoyer)")),
    ("xlsx", gettext_lazy("XLSX (tableur)")),
]
MONTH = re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})|(?P<month2>\d{1,2})/(?P<year2>\d{4})")
FIRST_MONTH = datetime.date(services.FIRST_YEAR, 1, 1)


def years(today):
    return list(range(today.year, today.year - YEARS_SHOWN, -1))


class MonthField(forms.Field):
    """A month typed as ``2026-01`` (what ``<input type="month">`` sends) or ``01/2026``:
    its first day."""

    widget = forms.TextInput(attrs={"type": "month", "placeholder": "2026-01", "size": 10})

    def to_python(self, value):
        text = str(value or "").strip()
        if not text:
            return None
        found = MONTH.fullmatch(text)
        try:
            if found is None:
                raise ValueError(text)
            year = int(found["year"] or found["year2"])
            month = int(found["month"] or found["month2"])
            return datetime.date(year, month, 1)
        except ValueError:
            raise ValidationError(
                _("Écrivez un mois sous la forme année-mois, par exemple 2026-01."),
                code="invalid",
            ) from None


class ReportForm(forms.Form):
    funder = forms.ChoiceField(
        label=gettext_lazy("Financeur"),
        choices=funders.funder_choices,
        widget=forms.RadioSelect,
        error_messages={"required": gettext_lazy("Choisissez le financeur.")},
    )
    year = forms.TypedChoiceField(
        label=gettext_lazy("Année civile"),
        coerce=int,
        required=False,
        help_text=gettext_lazy(
            "De janvier à décembre ; pour d'autres mois, « Autre période » et les mois ci-dessous."
        ),
    )
    format = forms.ChoiceField(
        label=gettext_lazy("Format"),
        choices=FORMATS,
        widget=forms.RadioSelect,
        error_messages={"required": gettext_lazy("Choisissez le format du fichier.")},
    )

    def __init__(self, *args, today=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today or local_today()
        shown = years(self.today)
        invalid = _("Choisissez une année de la liste (de %(last)s à %(first)s).") % {
            "last": shown[-1],
            "first": shown[0],
        }
        self.fields["year"].choices = [
            ("", _("Autre période")),
            *((year, str(year)) for year in shown),
        ]
        self.fields["year"].error_messages["invalid_choice"] = invalid
        self.fields["year"].initial = self.today.year - 1
        self.fields["format"].initial = "pdf"
        self.fields["from"] = MonthField(
            label=_("Ou du mois"),
            required=False,
            help_text=_("Pour une autre période : le premier mois, par exemple 2026-01."),
        )
        self.fields["to"] = MonthField(
            label=_("Au mois"),
            required=False,
            help_text=_("Le dernier mois compris ; avec un premier mois, l'année ne compte pas."),
        )
        self.period = None

    def clean(self):
        data = super().clean()
        if self.has_error("from") or self.has_error("to"):
            return data
        first, last = data.get("from"), data.get("to")
        this_month = self.today.replace(day=1)
        if first or last:
            if not first:
                self.add_error("from", _("Indiquez aussi le premier mois."))
            if not last:
                self.add_error("to", _("Indiquez aussi le dernier mois."))
            if first and last:
                if last < first:
                    self.add_error("to", _("Le dernier mois est avant le premier."))
                elif first < FIRST_MONTH:
                    self.add_error("from", _("Les chiffres commencent en janvier 2000."))
                elif last > this_month:
                    self.add_error("to", _("La période s'arrête au plus tard au mois en cours."))
                else:
                    self.period = Period.months(first, last)
        elif not self.has_error("year"):
            if data.get("year") in (None, ""):
                self.add_error("year", _("Choisissez une année, ou un premier et un dernier mois."))
            else:
                self.period = Period.year(data["year"])
        return data


class CloseYearForm(forms.Form):
    year = forms.IntegerField(label=gettext_lazy("Année à clore"))

    def __init__(self, *args, choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].widget = forms.Select(choices=[(year, str(year)) for year in choices])
        self.fields["year"].error_messages = {
            "required": _("Choisissez l'année à clore."),
            "invalid": _("Choisissez une année de la liste."),
        }
