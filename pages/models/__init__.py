"""Public content page types, one module per content family."""

from .contact import ContactPage
from .events import EventIndexPage, EventPage
from .facts import Pole
from .funding import FundingCallIndexPage, FundingCallPage
from .poles import PoleIndexPage, PolePage
from .recruitment import RecruitmentPage
from .sheets import ExperienceSheetIndexPage, ExperienceSheetPage, ExperienceSheetTag
from .standard import StandardPage
from .trainings import TrainingIndexPage, TrainingPage

__all__ = [
    "ContactPage",
    "EventIndexPage",
    "EventPage",
    "ExperienceSheetIndexPage",
    "ExperienceSheetPage",
    "ExperienceSheetTag",
    "FundingCallIndexPage",
    "FundingCallPage",
    "Pole",
    "PoleIndexPage",
    "PolePage",
    "RecruitmentPage",
    "StandardPage",
    "TrainingIndexPage",
    "TrainingPage",
]
