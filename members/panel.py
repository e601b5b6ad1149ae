"""A dashboard panel: the template a sub-domain renders, and its context."""

from dataclasses import dataclass, field


@dataclass
class Panel:
    template: str
    context: dict = field(default_factory=dict)
