"""The ambassador's action log: the page to log an action (a form, then « Mes actions »),
changing and deleting one's own action, and the service worker that keeps the page
usable offline. Views ask ``members.permissions`` and hand every change to
``actions.services``.

The log's page answers the page's script in JSON when it asks (``Accept:
application/json``): 201 for an action saved, 200 for one saved before (same UUID), 400
with the form's errors, 429 with ``Retry-After`` when too many were sent (the outbox keeps
them and tries again then). A GET in JSON tells the script who is signed in and gives it a
fresh CSRF token, read at send time (the page may come from the offline cache)."""

import hashlib
import json

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, JsonResponse
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from portal.core.time import local_today

from .. import permissions, summary, throttle
from ..errors import NotAllowed
from . import services
from .forms import ActionForm, LogActionForm
from .queries import own_actions
from .services import ActionRefused

# « Mes actions » shows the last ones; all of them are in « Mes données ».
RECENT = 20
# What the service worker keeps for the page to open offline (the page adds what it uses).
OFFLINE_ASSETS = ("css/portal.css", "js/portal.js", "js/outbox.js", "js/action-log.js")
# The offline copies of the page: one cache per member, all of them emptied on signing out.
CACHE_PREFIX = "action-log-"
MEMBER_HEADER = "X-Action-Log-Member"
# A number for each plural category of the Unicode rules (Intl.PluralRules, which the
# page's script asks), so that the waiting count is said right in every language.
PLURAL_SAMPLES = {"zero": 0, "one": 1, "two": 2, "few": 3, "many": 11, "other": 100}
# New actions sent (a UUID saved before is answered first and does not count). The outbox
# sends every waiting action at once when the network returns, 30 to 50 after days offline:
# 120 in 10 minutes per account lets that through; 360 per IP for ambassadors behind one
# connection (a pôle's wifi, a mobile carrier's shared address).
LOG_RATES = {"log_account": "120/10m/key", "log_ip": "360/10m/ip"}


def wants_json(request):
    return "application/json" in request.headers.get("Accept", "")


def check_ambassador(request):
    if not permissions.can_log_actions(request.user):
        raise PermissionDenied


def editable(user, actions, now=None):
    """Mark each action the member may still change (``services.can_change``), reading
    the closed years once for the whole list."""
    closed = summary.closed_years()
    for action in actions:
        action.editable = services.can_change(user, action, now=now, closed=closed)
    return actions


def first_values(user):
    """The form of a new action: today, and the type, theme and pôle of the last one."""
    last = services.last_choices(user)
    return {"date": local_today(), **{name: value for name, value in last.items() if value}}


def pending_forms():
    """« N actions en attente d'envoi » for each plural category, ``{n}`` for the number."""
    return {
        category: ngettext(
            "%(n)s action en attente d'envoi", "%(n)s actions en attente d'envoi", sample
        )
        % {"n": "{n}"}
        for category, sample in PLURAL_SAMPLES.items()
    }


def log_page(request, form):
    rows = list(own_actions(request.user).order_by("-date", "-created_at")[: RECENT + 1])
    login_url = redirect_to_login(request.path)["Location"]
    context = {
        "form": form,
        "actions": editable(request.user, rows[:RECENT]),
        "more": len(rows) > RECENT,
        "recent": RECENT,
        "pending_forms": json.dumps(pending_forms(), ensure_ascii=False),
        "login_url": login_url,
        "worker_url": reverse("members:actions_worker"),
    }
    response = render(request, "members/actions/log.html", context)
    patch_vary_headers(response, ["Accept"])
    # Whose page this is: the service worker keeps only its own member's.
    response[MEMBER_HEADER] = str(request.user.pk)
    return response


def saved_answer(request, action, created):
    """The JSON answer of an action saved now (201) or before (200)."""
    editable(request.user, [action])
    row = render_to_string(
        "members/actions/includes/action_row.html", {"action": action}, request=request
    )
    return JsonResponse(
        {"uuid": str(action.uuid), "created": created, "html": row},
        status=201 if created else 200,
    )


def error_answer(form):
    errors = {name: [str(error) for error in errors] for name, errors in form.errors.items()}
    lines = []
    for name, field_errors in errors.items():
        label = form.fields[name].label if name in form.fields else ""
        lines += [
            _("%(label)s : %(error)s") % {"label": label, "error": error} if label else error
            for error in field_errors
        ]
    return JsonResponse({"errors": errors, "message": " ".join(lines)}, status=400)


def replayed(user, key):
    """The member's action already saved with this UUID, if any (a form sent again)."""
    if key is None:
        return None
    return own_actions(user).filter(uuid=key).first()


def answer_logged(request, action, created, json_asked):
    """After a POST: the JSON answer for the outbox, else back to the page (PRG)."""
    if json_asked:
        return saved_answer(request, action, created)
    if created:
        messages.success(request, _("Action enregistrée. Merci !"))
    else:
        messages.info(request, _("Cette action était déjà enregistrée."))
    return redirect("members:actions")


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def action_log(request):
    json_asked = wants_json(request)
    if not permissions.can_log_actions(request.user):
        if json_asked:
            refusal = _("Seuls les ambassadeurs et ambassadrices notent des actions.")
            return JsonResponse({"errors": {"__all__": [refusal]}}, status=403)
        raise PermissionDenied
    if request.method == "GET":
        if json_asked:
            response = JsonResponse({"member": request.user.pk, "csrf": get_token(request)})
            patch_vary_headers(response, ["Accept"])
            return response
        return log_page(request, LogActionForm(initial=first_values(request.user)))

    # Sent again (a double tap, an outbox replayed): the action saved then is the answer,
    # even if the rules changed meanwhile.
    existing = replayed(request.user, services.parse_uuid(request.POST.get("uuid")))
    if existing is not None:
        return answer_logged(request, existing, False, json_asked)
    form = LogActionForm(request.POST)
    checks = [("log_account", f"user:{request.user.pk}"), ("log_ip", None)]
    if not throttle.allow(request, "members.actions", LOG_RATES, checks):
        seconds = throttle.retry_after(request, "members.actions", LOG_RATES, checks)
        return too_many_actions(request, form, seconds, json_asked)
    if form.is_valid():
        try:
            action, created = services.log_action(
                request.user, form.cleaned_data["uuid"], form.values()
            )
        except NotAllowed:
            raise PermissionDenied from None
        except ActionRefused as refusal:
            form.refuse(refusal)
        else:
            return answer_logged(request, action, created, json_asked)
    if json_asked:
        return error_answer(form)
    return log_page(request, form)


def too_many_actions(request, form, seconds, json_asked):
    """A new action refused for now: nothing saved; the outbox keeps it and sends it again
    after ``Retry-After``; the plain form comes back as it was sent (the same UUID)."""
    refusal = _(
        "Beaucoup d’actions ont été envoyées en peu de temps : celle-ci n’est pas encore "
        "enregistrée."
    )
    message = f"{refusal} {throttle.wait_message(seconds)}"
    if json_asked:
        response = JsonResponse({"errors": {"__all__": [message]}, "message": message})
    else:
        form.add_error(None, message)
        response = log_page(request, form)
    return throttle.too_many(response, seconds)


def own_action(request, pk):
    check_ambassador(request)
    action = get_object_or_404(own_actions(request.user), pk=pk)
    editable(request.user, [action])
    if not action.editable:
        messages.error(
            request,
            _("Cette action est verrouillée : elle ne peut plus être modifiée ni supprimée."),
        )
        return action, redirect("members:actions")
    return action, None


def action_values(action):
    return {
        "date": action.date,
        "kind": action.kind,
        "theme": action.theme,
        "pole": action.pole_id,
        "people": action.people,
        "approximate": action.approximate,
        "note": action.note,
    }


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def edit(request, pk):
    action, locked = own_action(request, pk)
    if locked:
        return locked
    form = ActionForm(request.POST or None, initial=action_values(action))
    if request.method == "POST" and form.is_valid():
        try:
            services.edit_action(request.user, action.pk, form.values())
        except NotAllowed:
            raise Http404 from None
        except ActionRefused as refusal:
            if refusal.field is None:
                messages.error(request, str(refusal))
                return redirect("members:actions")
            form.refuse(refusal)
        else:
            messages.success(request, _("Action modifiée."))
            return redirect("members:actions")
    return render(request, "members/actions/edit.html", {"form": form, "action": action})


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def delete(request, pk):
    action, locked = own_action(request, pk)
    if locked:
        return locked
    if request.method == "POST":
        try:
            services.delete_action(request.user, action.pk)
        except NotAllowed:
            raise Http404 from None
        except ActionRefused as refusal:
            messages.error(request, str(refusal))
        else:
            messages.success(request, _("Action supprimée."))
        return redirect("members:actions")
    return render(request, "members/actions/delete.html", {"action": action})


@login_required
def service_worker(request):
    """The script that keeps the action log's page for offline use. Served under the page's
    own path so that its scope is the action log; its cache is the member's (named after
    them), emptied when they sign out."""
    check_ambassador(request)
    config = {
        "member": request.user.pk,
        "page": reverse("members:actions"),
        "assets": [static(path) for path in OFFLINE_ASSETS],
        "static": settings.STATIC_URL,
    }
    # A new name when the page's files change (their names carry their hash in production).
    version = hashlib.sha256(json.dumps(config).encode()).hexdigest()[:12]
    # One cache per member and page (each language has its page and its worker).
    page_key = hashlib.sha256(config["page"].encode()).hexdigest()[:8]
    config["mine"] = f"{CACHE_PREFIX}{request.user.pk}-"
    config["family"] = f"{config['mine']}{page_key}-"
    config["cache"] = f"{config['family']}{version}"
    config["prefix"] = CACHE_PREFIX
    config["header"] = MEMBER_HEADER
    body = render_to_string(
        "members/actions/sw.js", {"config": mark_safe(json.dumps(config))}, request=request
    )
    response = HttpResponse(body, content_type="text/javascript; charset=utf-8")
    response["Cache-Control"] = "no-cache"
    response["Service-Worker-Allowed"] = reverse("members:actions")
    return response
