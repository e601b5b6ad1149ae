"""Hostile values the forms accept, read back everywhere they show: a name, a proposal's
title and budget, an action's note, an application's answers, a review's comment, an
attachment's name. Each text a form's ``CharField`` would let through (no NUL, within its
length) is written to the world's rows, then every page, export and file that reads them
is fetched by the ambassador, the coordinator and the référente: no 5xx (an XLSX cell, a
PDF, an iCal file or a CSV must take any text a person could type)."""

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError

import pytest
from hypothesis import given
from hypothesis import strategies as st

from members.models import (
    Action,
    Application,
    Attachment,
    BudgetLine,
    Proposal,
    ProposalEvent,
    Review,
)

from .harness import REQUESTS, STATUSES, rolled_back
from .strategies import fuzz_settings, garnished, hostile_char, short_hostile_text

pytestmark = pytest.mark.django_db

# (model, field, the form's max_length): what the member and staff forms let through.
TEXTS = [
    (get_user_model(), "first_name", 150),
    (get_user_model(), "last_name", 150),
    (Proposal, "title", 200),
    (Proposal, "summary", 1500),
    (Proposal, "target_public", 300),
    (BudgetLine, "label", 200),
    (BudgetLine, "other_source", 200),
    (Action, "note", 500),
    (Application, "neighbourhood", 120),
    (Application, "motivation", 1500),
    (Application, "other_languages", 200),
    (ProposalEvent, "message", 4000),
    (Review, "comment", 4000),
    (Attachment, "original_name", 120),
]

stored_text = st.one_of(
    garnished,
    hostile_char,
    st.lists(hostile_char, min_size=1, max_size=8).map("".join),
    short_hostile_text,
)


def accepted(value, max_length):
    """What a form's CharField keeps of ``value``, or None if it refuses it."""
    try:
        return forms.CharField(max_length=max_length, required=False).clean(value)
    except ValidationError:
        return None


def store(values):
    """Write each accepted value to its field, on every row; how many were written."""
    stored = 0
    for (model, name, max_length), value in zip(TEXTS, values, strict=True):
        cleaned = accepted(value, max_length)
        if cleaned is not None:
            model.objects.update(**{name: cleaned})
            stored += 1
    return stored


def reading_pages(world):
    started = world.trainings.started.pk
    submitted = world.proposals.submitted.pk
    under_review = world.proposals.under_review.pk
    application = world.applicant.application.pk
    message = world.messages[0].pk
    area = "/fr/espace-membre"
    token = world.ambassador.profile.calendar_token
    return {
        "ambassador": [
            f"{area}/",
            f"{area}/profil/",
            f"{area}/mes-donnees/?format=json",
            f"{area}/attestation-de-formation.pdf",
            f"{area}/actions/",
            f"{area}/projets/{world.proposals.draft.pk}/",
            f"{area}/projets/{world.proposals.draft.pk}/review/",
            f"{area}/projets/{world.proposals.draft.pk}/budget/",
            f"{area}/sessions/{world.trainings.open.pk}/agenda.ics",
            f"{area}/calendrier/{token}.ics",
        ],
        "coordinator": [
            "/admin/",
            "/admin/applications/",
            f"/admin/applications/inspect/{application}/",
            f"/admin/applications/decide/{application}/",
            f"/admin/applications/history/{application}/",
            f"/admin/training_sessions/roster/{started}/",
            f"/admin/training_sessions/roster/{started}/?export=csv",
            f"/admin/training_sessions/roster/{started}/?export=xlsx",
            "/admin/proposals/?export=csv",
            "/admin/proposals/?export=xlsx",
            "/admin/proposals/",
            f"/admin/proposals/review/{submitted}/",
            f"/admin/proposals/review/{under_review}/",
            f"/admin/proposals/history/{submitted}/",
            "/admin/messages-recus/",
            f"/admin/messages-recus/inspect/{message}/",
            "/admin/chiffres/",
            "/admin/chiffres/actions/",
            "/admin/chiffres/rapport/?funder=ville&format=xlsx&from=2025-01&to=2026-01",
        ],
        "referent": [
            "/admin/",
            f"/admin/training_sessions/roster/{started}/?export=xlsx",
            f"/admin/proposals/review/{submitted}/",
            "/admin/chiffres/actions/",
        ],
    }


@fuzz_settings(8)
@given(values=st.tuples(*(stored_text for _text in TEXTS)))
def test_what_forms_accept_is_read_back_everywhere(fuzzer, world, values):
    pages = reading_pages(world)
    with rolled_back():
        if not store(values):
            return
        for role, urls in pages.items():
            fuzz = fuzzer(getattr(world, role))
            fuzz.client.force_login(fuzz.user)
            for url in urls:
                name = "GET pages reading stored hostile values"
                REQUESTS[name] += 1
                response = fuzz.client.get(url)
                STATUSES[name][response.status_code] += 1
                assert response.status_code < 500, url
