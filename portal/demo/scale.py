"""``load_demo --scale N``: large volumes for benchmarks, on top of the demo.

Each unit of scale (a *block*) adds, by default, 1,000 live experience sheets to the French
catalogue, 200 live events to the agenda (the twelve months before and after today),
500 approved ambassadors spread over the five pôles, 50 training sessions holding 5,000
registrations, and 100 proposals in every status; then ``N x 10,000`` actions go through
``portal.demo.actions.add_actions``, which rebuilds the figures' summary table once, at
the end (without actions it is rebuilt here).

Everything is named after its index (the pages' ``translation_key``, the people's user
names): the same N twice adds nothing the second time, and ``--scale 10`` after
``--scale 1`` adds the nine missing blocks. Each block is written in two transactions
(its people, its pages), so a run stopped half-way is completed by the next.

Pages are written in bulk (``scale_pages``): about a hundred times faster than Wagtail's
``add_child`` and ``publish`` one page at a time, with the same rows."""

import time
from collections import Counter
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from members import summary
from pages.models import (
    EventIndexPage,
    ExperienceSheetIndexPage,
    FundingCallPage,
    Pole,
    TrainingPage,
)
from portal.core.time import local_today

from . import scale_pages, scale_people, scale_proposals
from .actions import add_actions


@dataclass(frozen=True)
class Counts:
    """What one unit of scale adds."""

    sheets: int = 1_000
    events: int = 200
    members: int = 500
    sessions: int = 50
    registrations: int = 5_000
    proposals: int = 100
    actions: int = 10_000


UNIT = Counts()
# What the command says it added, in this order.
LABELS = {
    "sheets": "fiches expérience",
    "events": "événements",
    "members": "ambassadeur·rices",
    "sessions": "sessions de formation",
    "registrations": "inscriptions",
    "proposals": "projets",
    "actions": "actions",
}


def _french(model):
    return (
        model.objects.filter(locale__language_code=settings.LANGUAGE_CODE).order_by("path").first()
    )


def build(scale, unit=UNIT, log=print):
    """Add the ``scale`` blocks of ``unit`` that are missing; returns a ``Counter`` of
    what was added."""
    now = timezone.now()
    today = local_today()
    catalogue, agenda = _french(ExperienceSheetIndexPage), _french(EventIndexPage)
    poles = {pole.code: pole for pole in Pole.objects.all()}
    french = {"locale__language_code": settings.LANGUAGE_CODE}
    trainings = {page.slug: page for page in TrainingPage.objects.live().filter(**french)}
    calls = list(FundingCallPage.objects.live().filter(**french).order_by("path"))
    added = Counter()
    for block in range(scale):
        started = time.monotonic()
        before = sum(added.values())
        with transaction.atomic():
            members, new = scale_people.add_members(block, unit.members, poles, now)
            added["members"] += new
            sessions, registrations = scale_people.add_sessions(
                block, members, unit.sessions, unit.registrations, trainings, poles, now
            )
            added["sessions"] += sessions
            added["registrations"] += registrations
            added["proposals"] += scale_proposals.add_proposals(
                block, members, unit.proposals, calls, now
            )
        with transaction.atomic():
            if catalogue is not None:
                first = block * unit.sheets
                indexes = range(first, first + unit.sheets)
                added["sheets"] += scale_pages.add_sheets(catalogue, indexes, today)
            if agenda is not None:
                first = block * unit.events
                indexes = range(first, first + unit.events)
                added["events"] += scale_pages.add_events(agenda, indexes, today)
        if sum(added.values()) > before:
            log(f"  bloc {block + 1}/{scale} en {time.monotonic() - started:.1f} s")
    started = time.monotonic()
    if unit.actions:
        # add_actions rebuilds the summary table once it has written its actions.
        added["actions"] = add_actions(scale * unit.actions)
    else:
        with transaction.atomic():
            summary.rebuild()
    log(f"  actions et chiffres en {time.monotonic() - started:.1f} s")
    return added
