"""Send one hostile request and check what it left behind.

``Fuzzer.send`` runs each request in a savepoint rolled back afterwards (every example
starts from the same data, so that hypothesis can replay and shrink what it finds), signs
the fuzzer's user in again, and asserts:

- the answer is not a 5xx (the test client re-raises a view's exception: the traceback is
  the failure);
- nothing was half-saved: when the answer says the request failed (a 4xx, a POST answered
  200 with the form and its errors, or an error message), no row of the member area, of
  accounts and of the audit log changed, no e-mail left, no file was stored; a GET writes
  nothing (unless the target says it does, as the attestation's download);
- what was saved holds: no NUL in any stored text, texts within their field's length,
  choices among the field's choices (SQLite would store all three; PostgreSQL refuses a
  NUL with a 500).

``REQUESTS`` counts the requests sent per form; ``conftest`` prints it at the end."""

import collections
import contextlib
import functools

from django.apps import apps
from django.contrib import messages
from django.core import mail
from django.core.cache import caches
from django.db import connection, transaction
from django.test import Client

REQUESTS = collections.Counter()
# Answers per form, by status code: how deep the hostile values went (a form that only ever
# answers 400 tests little behind it).
STATUSES = collections.defaultdict(collections.Counter)

# Rows compared field by field: what the member area, accounts and the audit log hold.
ROW_MODELS = [
    *(
        model._meta.label
        for model in apps.get_app_config("members").get_models(include_auto_created=True)
    ),
    "auth.User",
    "auth.User_groups",
    "account.EmailAddress",
    "account.EmailConfirmation",
    "mfa.Authenticator",
    "wagtailcore.ModelLogEntry",
    "wagtailcore.PageLogEntry",
    "wagtailusers.UserProfile",
    "taggit.Tag",
    "taggit.TaggedItem",
]
# Fields that change without anyone writing the data (signing in).
SKIPPED_FIELDS = {"auth.User": {"last_login"}, "mfa.Authenticator": {"last_used_at"}}
# Tables only counted.
COUNTED_MODELS = [
    "wagtailcore.Page",
    "wagtailcore.Revision",
    "wagtailcore.Comment",
    "django_tasks_database.DBTaskResult",
]


def _model(label):
    app_label, name = label.split(".")
    return apps.get_model(app_label, name)


def _fields(label):
    model = _model(label)
    skipped = SKIPPED_FIELDS.get(label, set())
    return [field for field in model._meta.concrete_fields if field.name not in skipped]


@functools.cache
def _statement(label):
    """The SQL of a table's rows (raw values: cheap, and enough to compare), built once."""
    names = [field.attname for field in _fields(label)]
    rows = _model(label).objects.order_by("pk").values_list("pk", *names)
    return rows.query.sql_with_params()


@functools.cache
def _count_statement():
    counts = ", ".join(
        f"(SELECT COUNT(*) FROM {_model(label)._meta.db_table})" for label in COUNTED_MODELS
    )
    return f"SELECT {counts}"


def stored_files(root):
    if root is None or not root.exists():
        return 0
    return sum(1 for path in root.rglob("*") if path.is_file())


def snapshot(private_root=None):
    """Every row of ``ROW_MODELS``, the number of rows of ``COUNTED_MODELS``, of e-mails
    sent and of private files stored."""
    rows = {}
    with connection.cursor() as cursor:
        for label in ROW_MODELS:
            cursor.execute(*_statement(label))
            rows[label] = {row[0]: row for row in cursor.fetchall()}
        cursor.execute(_count_statement())
        counts = cursor.fetchone()
    return {
        "rows": rows,
        "counts": dict(zip(COUNTED_MODELS, counts, strict=True)),
        "mails": len(getattr(mail, "outbox", [])),
        "files": stored_files(private_root),
    }


def changes(before, after):
    """``{label: [(pk, row before or None, row after or None)]}`` of what differs."""
    found = {}
    for label, rows in after["rows"].items():
        old = before["rows"][label]
        diff = [(pk, old.get(pk), row) for pk, row in rows.items() if old.get(pk) != row]
        diff += [(pk, row, None) for pk, row in old.items() if pk not in rows]
        if diff:
            found[label] = diff
    return found


def describe(before, after):
    lines = [f"{label}: {diff}"[:600] for label, diff in changes(before, after).items()]
    for key in ("counts", "mails", "files"):
        if before[key] != after[key]:
            lines.append(f"{key}: {before[key]} -> {after[key]}")
    return "\n".join(lines)


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def stored_value_problems(label, row):
    """What a service should never have written in ``row`` (a ``values_list`` tuple)."""
    problems = []
    for field, value in zip(_fields(label), row[1:], strict=True):
        is_json = field.get_internal_type() == "JSONField"
        for text in _strings(value):
            # A JSON column's raw text writes a NUL as an escape.
            if "\x00" in text or (is_json and "\\u0000" in text):
                problems.append(f"{label}.{field.name} holds a NUL: {text[:80]!r}")
        if isinstance(value, str):
            limit = field.max_length
            if limit and len(value) > limit:
                problems.append(f"{label}.{field.name} is {len(value)} long (max {limit})")
            if field.choices and value and value not in {str(key) for key, _ in field.flatchoices}:
                problems.append(f"{label}.{field.name} = {value[:80]!r} is not a choice")
    return problems


def error_messages(response):
    storage = getattr(response.wsgi_request, "_messages", None)
    queued = getattr(storage, "_queued_messages", [])
    return [str(message) for message in queued if message.level >= messages.ERROR]


def answered_failure(method, response, json_success=False):
    """Whether the answer says nothing was done."""
    status = response.status_code
    if status >= 400:
        return True
    if method == "POST" and status == 200 and not json_success:
        return True  # the form again, with its errors (or a form sent twice: a replay)
    return bool(error_messages(response))


class _RolledBack(Exception):
    pass


@contextlib.contextmanager
def rolled_back():
    """Whatever happens inside is undone (a savepoint inside the test's transaction)."""
    try:
        with transaction.atomic():
            yield
            raise _RolledBack
    except _RolledBack:
        pass


class Fuzzer:
    """Requests of one user (``None``: a visitor), checked as the module says."""

    def __init__(self, user=None, private_root=None, client=None):
        self.user = user
        self.private_root = private_root
        self.client = client or Client(raise_request_exception=True)

    def send(
        self,
        name,
        method,
        url,
        payload=None,
        kind="multipart",
        writes_on_get=False,
        headers=None,
        json_success=False,
        check=None,
    ):
        """One request, counted under ``name``. ``payload``: a dict (GET parameters, a
        multipart or urlencoded form), bytes (a raw urlencoded body) or text (JSON).
        ``check(response, before, after)``: the target's own assertions."""
        REQUESTS[name] += 1
        with rolled_back():
            for cache in caches.all():
                cache.clear()  # the throttles' counters start again: the forms are reached
            if self.user is not None:
                self.client.force_login(self.user)
            before = snapshot(self.private_root)
            response = self._request(method, url, payload, kind, headers or {})
            STATUSES[name][response.status_code] += 1
            assert response.status_code < 500, (name, url, response.status_code)
            after = snapshot(self.private_root)
            self._check(name, method, response, before, after, writes_on_get, json_success)
            if check is not None:
                check(response, before, after)
        return response

    def _request(self, method, url, payload, kind, headers):
        client = self.client
        if method == "GET":
            return client.get(url, payload or {}, headers=headers)
        if kind == "json":
            return client.post(url, payload, content_type="application/json", headers=headers)
        if kind == "raw":
            return client.post(
                url, payload, content_type="application/x-www-form-urlencoded", headers=headers
            )
        if kind == "bytes":  # (body, its Content-Type): a multipart written by hand
            data, content_type = payload
            return client.post(url, data, content_type=content_type, headers=headers)
        if kind == "urlencoded":
            from urllib.parse import urlencode

            body = urlencode(payload or {}, doseq=True)
            return client.post(
                url, body, content_type="application/x-www-form-urlencoded", headers=headers
            )
        return client.post(url, payload or {}, headers=headers)

    def _check(self, name, method, response, before, after, writes_on_get, json_success):
        nothing_done = answered_failure(method, response, json_success) or (
            method == "GET" and not writes_on_get
        )
        if nothing_done:
            assert before == after, (
                f"{name}: {method} answered {response.status_code} "
                f"{error_messages(response)} but changed:\n{describe(before, after)}"
            )
            return
        for label, diff in changes(before, after).items():
            for _pk, _old, row in diff:
                if row is not None:
                    problems = stored_value_problems(label, row)
                    assert not problems, (name, problems)
