"""An ambassador's actions in their data export; erasing the account keeps the actions
for the figures, without author or note."""

import uuid

import pytest

from members import privacy
from members.actions import services
from members.actions.models import Action
from members.reports import figures
from portal.core.time import local_today
from tests.factories import pole

pytestmark = pytest.mark.django_db


def log(member, people, note=""):
    return services.log_action(
        member,
        uuid.uuid4(),
        {
            "date": local_today(),
            "kind": "talks",
            "theme": "sante-mentale",
            "pole": pole("fives").pk,
            "people": people,
            "note": note,
        },
    )[0]


def test_the_export_lists_my_actions_only(ambassador, other_ambassador):
    log(ambassador, 4, note="Au marché")
    log(other_ambassador, 9)
    data = privacy.export(ambassador)["actions"]
    assert [(row["personnes_touchees"], row["note"], row["pole"]) for row in data] == [
        (4, "Au marché", "Fives")
    ]


def test_erasing_the_account_keeps_the_figures_not_the_person(ambassador):
    log(ambassador, 4, note="Mme X. au marché")
    privacy.erase(ambassador)
    action = Action.objects.get()
    assert action.author is None
    assert action.note == ""
    year = figures.read(figures.Period.year(local_today().year))
    assert year.total("people_reached") == 4
