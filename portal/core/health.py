"""``/health/`` for the load balancer (django-health-check): 200 when this app server can reach
everything a request may need, 503 otherwise, so that it is taken out of the pool.

Checked: the database, every cache alias (Redis in production: cache, sessions, throttles,
pages), both storages (public media and the private attachments: a file written, read back
and deleted) and the tasks' backlog (e-mails and cache purges waiting too long mean the
worker is down). The answer names each check and says ``ok`` or ``error``, nothing more: no
host, bucket or message (django-health-check logs those). Never cached (``no-store``), not
redirected to HTTPS (``SECURE_REDIRECT_EXEMPT``), never stored by the page cache.
"""

import asyncio
import dataclasses
import datetime

from django.conf import settings
from django.db.models import Q
from django.http import JsonResponse
from django.utils import timezone

from django_tasks import TaskResultStatus
from health_check.base import HealthCheck
from health_check.checks import Cache, Database, Storage
from health_check.exceptions import ServiceUnavailable
from health_check.views import HealthCheckView

# A task whose time came longer ago than this is late: the worker polls every second.
TASKS_LATE_AFTER = datetime.timedelta(minutes=5)
STORAGE_ALIASES = ("default", "private")


@dataclasses.dataclass
class TasksBacklog(HealthCheck):
    """No task of the database backend (django-tasks-db) waiting longer than ``late_after``."""

    late_after: datetime.timedelta = TASKS_LATE_AFTER

    async def run(self):
        backends = [task["BACKEND"] for task in settings.TASKS.values()]
        if not any(backend.startswith("django_tasks_db.") for backend in backends):
            return
        from django_tasks_db.models import DBTaskResult, get_date_max

        late = timezone.now() - self.late_after
        waiting = DBTaskResult.objects.filter(status=TaskResultStatus.READY).filter(
            # Enqueued to run at once (no run_after), or meant to run at a time now past.
            Q(run_after=get_date_max(), enqueued_at__lt=late) | Q(run_after__lt=late)
        )
        if await waiting.aexists():
            raise ServiceUnavailable("Tasks are waiting for the worker.")


def checks():
    """(name shown, check) pairs, in the order shown."""
    yield "database", Database()
    for alias in settings.CACHES:
        yield f"cache:{alias}", Cache(alias=alias)
    for alias in STORAGE_ALIASES:
        yield f"storage:{alias}", Storage(alias=alias)
    yield "tasks", TasksBacklog()


class HealthView(HealthCheckView):
    """django-health-check's view (never cached, ``Vary: Accept``), answering JSON only."""

    async def get(self, request, *args, **kwargs):
        names, probes = zip(*checks(), strict=True)
        with self.get_executor() as executor:
            results = await asyncio.gather(*(probe.get_result(executor) for probe in probes))
        states = {
            name: "error" if result.error else "ok"
            for name, result in zip(names, results, strict=True)
        }
        healthy = all(state == "ok" for state in states.values())
        return JsonResponse(
            {"status": "ok" if healthy else "error", "checks": states},
            status=200 if healthy else 503,
        )
