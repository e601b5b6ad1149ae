"""Demo projects on the demo calls, in three states: a draft of the demo ambassador, one
under review with scores from the référente and the coordinator, one accepted on the
closed call with its history. Built directly, as demo data (no e-mail is sent)."""

import datetime
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.utils import timezone

from members.models import BudgetLine, Proposal, ProposalEvent, Review, Score
from members.proposals.choices import ProposalStatus as S
from pages.models import FundingCallPage, Pole

PROJECTS = [
    {
        "call": "ars-initiatives-sante-2027",
        "status": S.DRAFT,
        "title": "Cuisiner sain avec un petit budget",
        "summary": "Quatre ateliers de cuisine au pôle, avec une diététicienne, pour "
        "préparer des repas équilibrés à moins de deux euros la part.",
        "expectations": "Au café des parents, les mamans disent manquer d'idées de repas "
        "pas chers que les enfants aiment.",
        "objectives": "",
        "target_public": "Parents du quartier",
        "expected_participants": 40,
        "lines": [("Courses pour les ateliers", "food", "480.00", "", "0")],
    },
    {
        "call": "ars-initiatives-sante-2027",
        "status": S.UNDER_REVIEW,
        "title": "Une kermesse de la santé à Fives",
        "summary": "Un samedi après-midi de stands tenus par des professionnels et des "
        "ambassadrices : dépistage, droits, sport, alimentation.",
        "expectations": "Les habitants veulent rencontrer les professionnels sans rendez-vous "
        "et sans file d'attente.",
        "objectives": "Faire connaître le pôle et les droits en santé à 300 personnes.",
        "target_public": "Familles et personnes âgées du quartier",
        "expected_participants": 300,
        "actions": "Février : réunion des partenaires. Avril : affiches en trois langues. "
        "Mai : la kermesse, puis le bilan en juin.",
        "partners": "CPAM, Mutualité Française, centre social, club de sport",
        "evaluation": "Un compteur à l'entrée et un tableau « un mot sur la journée ».",
        "lines": [
            ("Location de tentes et de tables", "rental", "1200.00", "Ville de Lille", "400"),
            ("Affiches et tracts traduits", "communication", "350.00", "", "0"),
            ("Goûter partagé", "food", "300.00", "", "0"),
        ],
        "scores": {"referente-fives": [5, 4, 4, 3, 4], "coordinatrice": [4, 4, 1, 3, 3]},
    },
    {
        "call": "conseil-departemental-autonomie",
        "status": S.ACCEPTED,
        "title": "Fabriquer ses produits d'hygiène naturels",
        "summary": "Des ateliers pour fabriquer savon, lessive et baume à la maison, moins "
        "chers et sans produits irritants.",
        "expectations": "Des habitantes ont demandé comment dépenser moins pour l'hygiène.",
        "objectives": "Six ateliers, trente participantes, un livret de recettes.",
        "target_public": "Femmes du quartier",
        "expected_participants": 30,
        "actions": "Six ateliers d'octobre à décembre, un livret en janvier.",
        "partners": "Centre social, une naturopathe bénévole",
        "evaluation": "Feuille de présence et questionnaire en fin d'atelier.",
        "lines": [
            ("Ingrédients et flacons", "equipment", "900.00", "", "0"),
            ("Intervenante", "staff", "1200.00", "", "0"),
            ("Impression du livret", "communication", "400.00", "", "0"),
        ],
        "granted": "2300.00",
    },
]

HISTORY = {
    S.UNDER_REVIEW: [
        ("submit", S.DRAFT, S.SUBMITTED, ""),
        ("start_review", S.SUBMITTED, S.UNDER_REVIEW, ""),
    ],
    S.ACCEPTED: [
        ("submit", S.DRAFT, S.SUBMITTED, ""),
        ("start_review", S.SUBMITTED, S.UNDER_REVIEW, ""),
        (
            "accept",
            S.UNDER_REVIEW,
            S.ACCEPTED,
            "Bravo : le Département finance 2 300 € sur les 2 500 € demandés. Le livret "
            "sera imprimé par la Ville.",
        ),
    ],
}


def load(log):
    users = {user.username: user for user in get_user_model().objects.all()}
    owner = users.get("ambassadrice")
    if owner is None or Proposal.objects.filter(owner=owner).exists():
        return
    fives = Pole.objects.filter(code="fives").first()
    calls = {call.slug: call for call in FundingCallPage.objects.filter(locale__language_code="fr")}
    now = timezone.now()
    for spec in PROJECTS:
        call = calls.get(spec["call"])
        if call is None:
            continue
        fields = {
            key: value
            for key, value in spec.items()
            if key not in ("call", "lines", "scores", "granted")
        }
        proposal = Proposal.objects.create(call=call, owner=owner, pole=fives, **fields)
        for position, (label, category, amount, source, other) in enumerate(spec["lines"]):
            BudgetLine.objects.create(
                proposal=proposal,
                position=position,
                label=label,
                category=category,
                amount=Decimal(amount),
                other_source=source,
                other_amount=Decimal(other),
            )
        coordinator = users.get("coordinatrice")
        history = HISTORY.get(spec["status"], [])
        for step, (name, before, after, message) in enumerate(history):
            ProposalEvent.objects.create(
                proposal=proposal,
                actor=owner if name == "submit" else coordinator,
                transition=name,
                from_status=before,
                to_status=after,
                message=message,
                created_at=now - datetime.timedelta(days=10 - 3 * step),
            )
        if history:
            proposal.submitted_at = now - datetime.timedelta(days=10)
        if spec.get("granted"):
            proposal.amount_granted = Decimal(spec["granted"])
            proposal.decided_at = now - datetime.timedelta(days=4)
        proposal.save()
        criteria = [block.id for block in call.criteria]
        for username, values in spec.get("scores", {}).items():
            reviewer = users.get(username)
            if reviewer is None:
                continue
            review = Review.objects.create(
                proposal=proposal, reviewer=reviewer, no_conflict=True, submitted_at=now
            )
            Score.objects.bulk_create(
                Score(
                    review=review, criterion=key, criterion_title=block.value["title"], value=value
                )
                for key, block, value in zip(criteria, call.criteria, values, strict=False)
            )
    log(f"  {Proposal.objects.count()} projets déposés aux appels")
