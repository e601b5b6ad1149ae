"""The member area's models live in its sub-domains; Django finds them through here."""

from .people.models import Application, MemberDetails, Profile  # noqa: F401
from .proposals.models import (  # noqa: F401
    Attachment,
    BudgetLine,
    Proposal,
    ProposalEvent,
    Review,
    Score,
)
from .roles import RoleGroup  # noqa: F401
from .trainings.models import Registration, TrainingSession  # noqa: F401
