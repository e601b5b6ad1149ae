"""The forms of a proposal's review page in the admin: the scores of one reviewer, and
the coordination's decisions. They only read what was typed: ``reviews.submit_scores``
and ``transitions.transition`` check every rule."""

from django import forms
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from .amounts import AmountField, format_amount

# What the admin decides; the authors' own transitions (submit, withdraw…) are not here.
DECISIONS = ("start_review", "request_changes", "accept", "decline")
NOT_APPLICABLE = "na"
SCORE_CHOICES = [(str(value), str(value)) for value in range(6)] + [
    (NOT_APPLICABLE, gettext_lazy("sans objet"))
]
MESSAGE_LABELS = {
    "request_changes": gettext_lazy("Ce qu'il faut modifier (envoyé au porteur du projet)"),
    "accept": gettext_lazy("Message au porteur du projet (facultatif)"),
    "decline": gettext_lazy("Pourquoi le projet n'est pas retenu (envoyé au porteur du projet)"),
}


class ScoresForm(forms.Form):
    """A score per criterion of the call (0 to 5, or « sans objet »), then a comment."""

    comment = forms.CharField(
        label=gettext_lazy("Commentaire (lu par la coordination et les référents)"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, criteria, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.criteria = criteria
        for key, title in criteria:
            self.fields[f"criterion-{key}"] = forms.ChoiceField(
                label=title,
                choices=SCORE_CHOICES,
                widget=forms.RadioSelect,
                error_messages={
                    "required": _("Choisissez une note de 0 à 5, ou « sans objet »."),
                    "invalid_choice": _("Une note va de 0 à 5, ou « sans objet »."),
                },
            )
        self.order_fields([*(f"criterion-{key}" for key, _title in criteria), "comment"])

    def criterion_fields(self):
        return [self[f"criterion-{key}"] for key, _title in self.criteria]

    def scores(self):
        chosen = {key: self.cleaned_data[f"criterion-{key}"] for key, _title in self.criteria}
        return {
            key: None if value == NOT_APPLICABLE else int(value) for key, value in chosen.items()
        }


class DecisionForm(forms.Form):
    """A transition of the workflow: a message when the step takes one, an amount to
    accept. Both are checked by ``transitions.transition`` (required message, amount at
    most what was asked)."""

    def __init__(self, step, requested, *args, **kwargs):
        super().__init__(*args, prefix=step.name, **kwargs)
        self.step = step
        if step.name == "accept":
            self.fields["amount"] = AmountField(
                label=_("Montant accordé (euros)"),
                required=False,
                initial=requested,
                help_text=_("Au plus le montant demandé : %(amount)s.")
                % {"amount": format_amount(requested, get_language())},
            )
        if step.name in MESSAGE_LABELS:
            self.fields["message"] = forms.CharField(
                label=MESSAGE_LABELS[step.name],
                required=False,
                max_length=4000,
                widget=forms.Textarea(attrs={"rows": 3}),
            )
