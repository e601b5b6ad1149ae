"""The forms of a proposal's steps: short, every field optional while it is a draft (the
service checks completeness when it is submitted), amounts typed as people type them in
France. Forms only clean what is typed; ``proposals.services`` writes it."""

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import formats
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from pages.models import Pole
from portal.core.choice_fields import IdMultipleChoiceField

from .. import permissions
from .amounts import AmountField
from .choices import BudgetCategory
from .files import KINDS
from .models import Proposal

# Rows of a new budget: blank lines under the saved ones, and at most this many rows.
BLANK_BUDGET_ROWS = 2
MAX_BUDGET_ROWS = 40


def _label(name):
    return capfirst(Proposal._meta.get_field(name).verbose_name)


def _text(name, help_text="", rows=5):
    field = Proposal._meta.get_field(name)
    return forms.CharField(
        label=_label(name),
        max_length=field.max_length,
        required=False,
        help_text=help_text,
        widget=forms.Textarea(attrs={"rows": rows}),
    )


class AmbassadorChoiceField(IdMultipleChoiceField):
    """Other ambassadors, each shown with their pôle."""

    def label_from_instance(self, person):
        name = person.get_full_name() or person.get_username()
        pole = getattr(getattr(person, "profile", None), "pole", None)
        return f"{name} · {pole}" if pole else name


def co_ambassador_choices(proposal):
    """Ambassadors who may co-lead the proposal: every ambassador but its owner (a
    co-ambassador editing the form stays in the list, ticked)."""
    people = (
        permissions.holders(permissions.ACT_AS_AMBASSADOR)
        .select_related("profile__pole")
        .order_by("profile__pole__sort_order", "first_name", "last_name", "pk")
    )
    if proposal.owner_id:
        people = people.exclude(pk=proposal.owner_id)
    return people


class StepForm(forms.Form):
    """A step of the proposal: its fields start from what is saved."""

    def __init__(self, *args, proposal, **kwargs):
        self.proposal = proposal
        initial = {
            name: getattr(proposal, name)
            for name in self.base_fields
            if name not in ("pole", "co_ambassadors")
        }
        if "pole" in self.base_fields:
            initial["pole"] = proposal.pole_id
        super().__init__(*args, initial=initial, **kwargs)


class ProjectForm(StepForm):
    title = forms.CharField(
        label=_label("title"),
        max_length=200,
        required=False,
        help_text=_("Quelques mots. Par exemple : Une fête de la santé au jardin partagé."),
    )
    pole = forms.ModelChoiceField(
        label=_("Le pôle qui porte le projet"),
        queryset=Pole.objects.all(),
        required=False,
        empty_label=_("Choisissez un pôle"),
    )
    summary = _text("summary", _("Ce que vous voulez faire, avec qui, où."), rows=4)
    expectations = _text("expectations", _("Ce que les habitants ont demandé, ce qui leur manque."))
    objectives = _text("objectives", _("Ce qui aura changé après le projet."))
    target_public = forms.CharField(
        label=_label("target_public"),
        max_length=300,
        required=False,
        help_text=_("Par exemple : les familles du quartier, les personnes âgées isolées."),
    )
    expected_participants = forms.IntegerField(
        label=_label("expected_participants"),
        required=False,
        min_value=0,
        max_value=1_000_000,
        help_text=_("Un nombre, même approximatif. Par exemple : 80."),
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )
    co_ambassadors = AmbassadorChoiceField(
        label=_("Les ambassadeurs et ambassadrices qui portent le projet avec vous"),
        queryset=get_user_model().objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Facultatif. Cochez leur nom : ils pourront modifier le projet avec vous."),
    )

    def __init__(self, *args, proposal, **kwargs):
        super().__init__(*args, proposal=proposal, **kwargs)
        field = self.fields["co_ambassadors"]
        field.queryset = co_ambassador_choices(proposal)
        self.initial["co_ambassadors"] = [person.pk for person in proposal.co_ambassadors.all()]


class ActionsForm(StepForm):
    actions = _text(
        "actions",
        _("Les étapes, avec une date ou un mois pour chacune. Par exemple : mars, préparation."),
        rows=7,
    )
    partners = _text("partners", _("Facultatif. Les associations, services ou commerces."))
    evaluation = _text(
        "evaluation", _("Par exemple : une feuille de présence, un mot laissé sur un tableau.")
    )


class BudgetLineForm(forms.Form):
    """One line of the budget. A line left empty is no line: its fields are required only
    once something is typed in it."""

    label = forms.CharField(
        label=_("Dépense"),
        max_length=200,
        required=False,
        help_text=_("Par exemple : location de tentes."),
    )
    category = forms.ChoiceField(
        label=_("Catégorie"),
        choices=[("", _("Choisissez une catégorie")), *BudgetCategory.choices],
        required=False,
    )
    amount = AmountField(
        label=_("Montant"), required=False, help_text=_("En euros. Par exemple : 1 234,50")
    )
    other_source = forms.CharField(
        label=_("Autre financeur (facultatif)"), max_length=200, required=False
    )
    other_amount = AmountField(
        label=_("Montant de cet autre financeur (facultatif)"), required=False
    )

    def is_blank(self):
        data = getattr(self, "cleaned_data", {})
        return not any(data.get(name) for name in ("label", "category", "amount", "other_source"))

    def clean(self):
        data = super().clean()
        if self.cleaned_data.get("DELETE") or self.is_blank():
            return data
        if not data.get("label") and "label" not in self.errors:
            self.add_error("label", _("Écrivez ce qui est acheté ou payé."))
        if not data.get("category") and "category" not in self.errors:
            self.add_error("category", _("Choisissez une catégorie."))
        if data.get("amount") is None and "amount" not in self.errors:
            self.add_error("amount", _("Indiquez un montant."))
        amount, other = data.get("amount"), data.get("other_amount")
        if amount is not None and other is not None and other > amount:
            self.add_error(
                "other_amount",
                _("L'autre financeur ne peut pas apporter plus que le montant de la dépense."),
            )
        if other and not data.get("other_source") and "other_source" not in self.errors:
            self.add_error("other_source", _("Écrivez le nom de cet autre financeur."))
        return data

    def line(self):
        data = self.cleaned_data
        return {
            "label": data["label"].strip(),
            "category": data["category"],
            "amount": data["amount"],
            "other_source": data.get("other_source", "").strip(),
            "other_amount": data.get("other_amount"),
        }


class BaseBudgetFormSet(forms.BaseFormSet):
    def lines(self):
        """The lines typed, in order, without the blank ones and those to remove."""
        return [
            form.line()
            for form in self.forms
            if not form.cleaned_data.get("DELETE") and not form.is_blank()
        ]


BudgetFormSet = forms.formset_factory(
    BudgetLineForm,
    formset=BaseBudgetFormSet,
    extra=0,
    can_delete=True,
    max_num=MAX_BUDGET_ROWS,
    absolute_max=MAX_BUDGET_ROWS,
    validate_max=True,
)


def budget_formset(proposal, data=None, blank_rows=BLANK_BUDGET_ROWS):
    """The saved lines, then ``blank_rows`` empty ones (the formset of a GET), or what
    was typed (``data``, a POST)."""
    initial = [
        {
            "label": line.label,
            "category": line.category,
            "amount": line.amount,
            "other_source": line.other_source,
            "other_amount": line.other_amount or None,
        }
        for line in proposal.budget_lines.all()
    ]
    formset = BudgetFormSet(data, initial=initial, prefix="lines")
    if data is None:
        room = max(0, MAX_BUDGET_ROWS - len(initial))
        formset.extra = min(blank_rows, room)
    for index, form in enumerate(formset.forms):
        # Only a saved line can be removed (a blank row shows no box).
        form.saved = index < len(initial)
        form.fields["DELETE"].label = _("Retirer cette ligne")
    return formset


def accepted_kinds():
    """« PDF, image JPEG, … » and the ``accept`` attribute of the file input."""
    labels = ", ".join(str(kind.label) for kind in KINDS)
    accept = ",".join(
        [f".{extension}" for kind in KINDS for extension in kind.extensions]
        + [kind.mimetype for kind in KINDS]
    )
    return labels, accept


class AttachmentForm(forms.Form):
    file = forms.FileField(label=_("Ajouter un fichier"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        labels, accept = accepted_kinds()
        field = self.fields["file"]
        field.widget = forms.FileInput(attrs={"accept": accept, "class": "proposal-file"})
        field.help_text = _(
            "Un fichier à la fois. Types acceptés : %(kinds)s. %(size)s Mo au plus par "
            "fichier, %(count)s fichiers au plus par projet."
        ) % {
            "kinds": labels,
            "size": megabytes(settings.PROPOSAL_ATTACHMENT_MAX_BYTES),
            "count": settings.PROPOSAL_ATTACHMENT_MAX_FILES,
        }


def megabytes(size):
    """« 10 » or « 2,5 » (megabytes, in the reader's language), as ``files`` says them."""
    value = round(size / (1024 * 1024), 1)
    return formats.number_format(value, decimal_pos=0 if value == int(value) else 1)
