"""Impatient clicks on PostgreSQL, with real threads and connections: a double submit is
one transition, a double « start my project » is one draft. SQLite serialises writers and
has no row locks: these run on the PostgreSQL pass."""

import threading

from django.db import connection

import pytest

from members.models import Proposal, ProposalEvent
from members.proposals import services, transitions

from ..factories import MemberFactory
from .workflow_fixtures import complete_proposal, make_call

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="row locks: the PostgreSQL pass runs this"
    ),
]


def at_once(action, times):
    barrier = threading.Barrier(times)
    errors = []

    def run():
        try:
            barrier.wait(timeout=30)
            action()
        except Exception as error:
            errors.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(times)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return errors


@pytest.mark.parametrize("run", range(3))
def test_a_double_submit_is_one_transition(run):
    owner = MemberFactory(username=f"impatient{run}", ambassador=True)
    proposal = complete_proposal(make_call(), owner)
    errors = at_once(lambda: transitions.transition(proposal.pk, "submit", by=owner), 8)
    assert errors == []
    assert ProposalEvent.objects.filter(proposal=proposal).count() == 1
    proposal.refresh_from_db()
    assert proposal.status == "submitted"


@pytest.mark.parametrize("run", range(3))
def test_a_double_start_is_one_draft(run):
    owner = MemberFactory(username=f"starter{run}", ambassador=True)
    call = make_call()
    errors = at_once(lambda: services.start_draft(call, owner), 8)
    assert errors == []
    assert Proposal.objects.filter(call=call, owner=owner).count() == 1
