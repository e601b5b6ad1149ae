"""The member area's models live in its sub-domains; Django finds them through here."""

from .actions.models import Action  # noqa: F401
from .contact.models import ContactMessage  # noqa: F401
from .people.models import Application, MemberDetails, Profile  # noqa: F401
from .proposals.models import Attachment, BudgetLine, Proposal, ProposalEvent  # noqa: F401
from .proposals.review_models import Review, Score  # noqa: F401
from .roles import RoleGroup  # noqa: F401
from .summary import ClosedYear, MonthlyFigure  # noqa: F401
from .trainings.models import AttestationDownload, Registration, TrainingSession  # noqa: F401
