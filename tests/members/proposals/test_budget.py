"""Budget lines as the service keeps them: totals computed on the server, the amount asked
of the call at most its maximum per project, other funding within each line."""

from decimal import Decimal as D

import pytest

from members.errors import NotAllowed
from members.models import BudgetLine
from members.proposals import services
from members.proposals.choices import ProposalStatus

from .workflow_fixtures import complete_proposal

pytestmark = pytest.mark.django_db


def line(label, amount, other="0", source=""):
    return {
        "label": label,
        "category": "food",
        "amount": D(amount),
        "other_amount": D(other),
        "other_source": source,
    }


def test_totals_are_computed_on_the_server():
    lines = [line("Goûter", "120.50"), line("Salle", "400", "150", "Ville"), line("Tracts", "0")]
    assert services.totals(lines) == (D("520.50"), D("150"), D("370.50"))


def test_the_budget_is_replaced_whole(call, cast):
    proposal = complete_proposal(call, cast["owner"])
    services.save_budget(proposal.pk, cast["owner"], [line("A", "10")])
    assert list(proposal.budget_lines.values_list("label", "amount")) == [("A", D("10.00"))]


def test_asking_more_than_the_calls_maximum_is_refused_and_nothing_changes(call, cast):
    # The call gives 3 000 € at most; 3 500 € of costs with 400 € from elsewhere asks 3 100 €.
    proposal = complete_proposal(call, cast["owner"])
    with pytest.raises(services.ProposalRefused, match="maximum par projet"):
        services.save_budget(
            proposal.pk, cast["owner"], [line("Salle", "3500", "400", "Ville de Lille")]
        )
    assert list(proposal.budget_lines.values_list("label", flat=True)) == ["Location de tentes"]
    # With more help from the City, it fits exactly.
    services.save_budget(proposal.pk, cast["owner"], [line("Salle", "3500", "500", "Ville")])
    assert services.totals(proposal.budget_lines.all())[2] == D("3000.00")


def test_other_funding_cannot_exceed_its_line(call, cast):
    proposal = complete_proposal(call, cast["owner"])
    with pytest.raises(services.ProposalRefused, match="plus que la dépense"):
        services.save_budget(proposal.pk, cast["owner"], [line("Salle", "100", "150", "Ville")])
    assert BudgetLine.objects.filter(proposal=proposal).count() == 1


@pytest.mark.parametrize("role", ["other_ambassador", "referent", "coordinator", "editor"])
def test_only_the_authors_change_the_budget(call, cast, role):
    proposal = complete_proposal(call, cast["owner"], co=[cast["co"]])
    with pytest.raises(NotAllowed):
        services.save_budget(proposal.pk, cast[role], [line("Autre", "5")])
    services.save_budget(proposal.pk, cast["co"], [line("Co", "5")])
    assert list(proposal.budget_lines.values_list("label", flat=True)) == ["Co"]


def test_a_submitted_budget_no_longer_changes(call, cast):
    proposal = complete_proposal(call, cast["owner"], status=ProposalStatus.SUBMITTED)
    with pytest.raises(services.ProposalRefused, match="ne se modifie plus"):
        services.save_budget(proposal.pk, cast["owner"], [line("Tard", "5")])


def test_co_ambassadors_are_ambassadors(call, cast):
    proposal = complete_proposal(call, cast["owner"])
    for stranger in (cast["editor"], cast["coordinator"]):
        with pytest.raises(services.ProposalRefused, match="co-porteurs"):
            services.update_step(proposal.pk, cast["owner"], {"co_ambassadors": [stranger]})
    assert not proposal.co_ambassadors.exists()
    services.update_step(proposal.pk, cast["owner"], {"co_ambassadors": [cast["co"]]})
    assert list(proposal.co_ambassadors.all()) == [cast["co"]]
