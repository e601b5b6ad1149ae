"""Hostile values in every form and URL parameter of a signed-in member: the ambassador's
profile, change of e-mail and password, registering and cancelling (hostile session ids
and ``next``), the calendar files and the attestation, every step of a proposal (project,
actions, budget lines, attachments' names, content and type, submit, withdraw), the action
log (form and JSON, create, edit, delete), my data (export, deletion), the application of a
signed-in person and its edit. No 5xx, nothing half-saved (``harness``)."""

import datetime

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from portal.core.time import local_today
from tests.members.factories import MemberFactory
from tests.members.proposals.conftest import pdf_bytes

from .strategies import (
    MISSING,
    PATH_IDS,
    body,
    fuzz_settings,
    path_id,
    query,
    short_hostile_text,
    value_of,
)

pytestmark = pytest.mark.django_db

AREA = "/fr/espace-membre"
NEXT = ("/fr/formations/?page=2", "0", "//evil.example", "/fr/\x00", "dashboard")
PROFILE = {
    "first_name": ("Amina",),
    "last_name": ("Haddad",),
    "phone": ("06 12 34 56 78", "", "+33 6 12 34 56 78"),
    "pole": ("1", "2", ""),
    "languages": ("fr", "ar", "ber"),
    "involvement": ("relay", "projects"),
    "interests": ("nutrition, sport", "santé mentale", ""),
    "contact_by_email": ("on",),
    "contact_by_sms": ("on", ""),
    "contact_by_phone": ("on", ""),
    "language": ("fr", "ar", "en"),
}


@fuzz_settings(60)
@given(sent=body(PROFILE))
# Found by a run: a 10,001-character interest reached taggit's 100-character tag name.
@example(sent=("multipart", {"interests": "a" * 10001, "language": "fr", "involvement": "relay"}))
def test_profile(fuzzer, world, sent):
    kind, payload = sent
    fuzzer(world.ambassador).send("POST profile", "POST", f"{AREA}/profil/", payload, kind=kind)


EMAIL = {
    "email": ("amina.nouvelle@example.org", "amina@example.org", "bahia@example.org"),
    "action_add": ("",),
    "action_send": ("",),
    "action_remove": ("",),
    "action_primary": ("",),
}


@fuzz_settings(40)
@given(sent=body(EMAIL))
def test_change_of_email(fuzzer, world, sent):
    kind, payload = sent
    fuzzer(world.ambassador).send(
        "POST change of e-mail", "POST", "/fr/compte/email/", payload, kind=kind
    )


PASSWORD = {
    "oldpassword": ("mot-de-passe-de-test", "faux"),
    "password1": ("un-nouveau-mot-de-passe-2026",),
    "password2": ("un-nouveau-mot-de-passe-2026",),
}


@fuzz_settings(25)
@given(sent=body(PASSWORD))
def test_change_of_password(fuzzer, world, sent):
    kind, payload = sent
    fuzzer(world.ambassador).send(
        "POST change of password", "POST", "/fr/compte/password/change/", payload, kind=kind
    )


@fuzz_settings(50)
@given(
    which=st.sampled_from(["open", "full", "started", "hostile"]),
    hostile_id=path_id,
    params=query({"next": NEXT}),
)
def test_register_and_calendar_file(fuzzer, world, which, hostile_id, params):
    session_id = hostile_id if which == "hostile" else getattr(world.trainings, which).pk
    fuzz = fuzzer(world.ambassador)
    fuzz.send(
        "POST register (session ids, next)",
        "POST",
        f"{AREA}/sessions/{session_id}/inscription/",
        params,
    )
    fuzz.send("GET session .ics", "GET", f"{AREA}/sessions/{session_id}/agenda.ics", params)


@fuzz_settings(50)
@given(
    which=st.sampled_from(["registration", "waiting", "hostile"]),
    hostile_id=path_id,
    params=query({"next": NEXT}),
    method=st.sampled_from(["GET", "POST"]),
)
def test_cancel(fuzzer, world, which, hostile_id, params, method):
    registration_id = hostile_id if which == "hostile" else getattr(world.trainings, which).pk
    fuzzer(world.ambassador).send(
        "GET/POST cancel (registration ids, next)",
        method,
        f"{AREA}/inscriptions/{registration_id}/annuler/",
        params,
    )


@fuzz_settings(15)
@given(params=query({"format": ("json", "pdf"), "next": NEXT, "page": ("1",)}))
def test_member_pages_parameters(fuzzer, world, params):
    fuzz = fuzzer(world.ambassador)
    for url in (f"{AREA}/", f"{AREA}/actions/sw.js", f"{AREA}/mes-donnees/"):
        fuzz.send("GET member pages' parameters", "GET", url, params)
    fuzz.send(
        "GET attestation", "GET", f"{AREA}/attestation-de-formation.pdf", params, writes_on_get=True
    )
    fuzz.send("POST renew calendar link", "POST", f"{AREA}/calendrier/nouveau-lien/", params)


CALL_KEYS = st.one_of(
    st.sampled_from(
        ["call", "00000000-0000-0000-0000-000000000000", "ffffffff-" * 4 + "f", *PATH_IDS]
    ),
    st.uuids().map(str),
    st.text(alphabet="0123456789abcdef-", min_size=1, max_size=40),
)


@fuzz_settings(30)
@given(key=CALL_KEYS, method=st.sampled_from(["GET", "POST"]), params=query({"next": NEXT}))
def test_propose(fuzzer, world, key, method, params):
    if key == "call":
        key = world.proposals.call.translation_key
    fuzzer(world.ambassador).send(
        "GET/POST propose (call keys)", method, f"{AREA}/appels/{key}/proposer/", params
    )


def project_fields(world):
    return {
        "title": ("Une fête de la santé", "عيد الصحة"),
        "pole": (str(world.trainings.open.pole_id), ""),
        "summary": ("Un après-midi de stands.",),
        "expectations": ("Des réponses sur les droits.",),
        "objectives": ("Informer.",),
        "target_public": ("Les familles",),
        "expected_participants": ("80", "0", ""),
        "co_ambassadors": (str(world.other.pk),),
        "then": ("later", "next"),
    }


ACTIONS = {
    "actions": ("Mars : préparation.",),
    "partners": ("CPAM",),
    "evaluation": ("Un compteur.",),
    "then": ("later",),
}


@fuzz_settings(50)
@given(data=st.data())
def test_proposal_project_step(fuzzer, world, data):
    kind, payload = data.draw(body(project_fields(world)))
    url = f"{AREA}/projets/{world.proposals.draft.pk}/project/"
    fuzzer(world.ambassador).send("POST proposal: project", "POST", url, payload, kind=kind)


@pytest.mark.parametrize("forged", ["99999999999999999999", "-99999999999999999999"])
def test_proposal_project_step_with_an_id_past_what_a_database_holds(fuzzer, world, forged):
    """Found by a run: SQLite's OverflowError on a co-ambassador's (or pôle's) forged id."""
    url = f"{AREA}/projets/{world.proposals.draft.pk}/project/"
    for field in ("co_ambassadors", "pole"):
        response = fuzzer(world.ambassador).send(
            "POST proposal: project", "POST", url, {field: forged, "then": ""}
        )
        assert response.status_code == 200
        assert field in response.context["form"].errors


@fuzz_settings(30)
@given(sent=body(ACTIONS))
def test_proposal_actions_step(fuzzer, world, sent):
    kind, payload = sent
    url = f"{AREA}/projets/{world.proposals.draft.pk}/actions/"
    fuzzer(world.ambassador).send("POST proposal: actions", "POST", url, payload, kind=kind)


def budget_fields(rows):
    fields = {
        "lines-TOTAL_FORMS": (str(rows),),
        "lines-INITIAL_FORMS": ("1",),
        "lines-MIN_NUM_FORMS": ("0",),
        "lines-MAX_NUM_FORMS": ("40",),
        "then": ("add", "later", "next"),
    }
    for index in range(rows):
        fields.update(
            {
                f"lines-{index}-label": ("Location de tentes", "تأجير خيمة"),
                f"lines-{index}-category": ("rental", "food"),
                f"lines-{index}-amount": ("1 234,50", "300", "1200"),
                f"lines-{index}-other_source": ("Ville de Lille", ""),
                f"lines-{index}-other_amount": ("100", ""),
                f"lines-{index}-DELETE": ("", "on"),
            }
        )
    return fields


@fuzz_settings(60)
@given(sent=st.integers(1, 3).flatmap(lambda rows: body(budget_fields(rows))))
def test_proposal_budget_step(fuzzer, world, sent):
    kind, payload = sent
    url = f"{AREA}/projets/{world.proposals.draft.pk}/budget/"
    fuzzer(world.ambassador).send("POST proposal: budget lines", "POST", url, payload, kind=kind)


@fuzz_settings(15)
@given(params=query({"vides": ("3", "40"), "then": ("add",)}))
def test_proposal_step_pages(fuzzer, world, params):
    fuzz = fuzzer(world.ambassador)
    draft = world.proposals.draft.pk
    for step in ("project", "actions", "budget", "attachments", "review", ""):
        url = f"{AREA}/projets/{draft}/{step}/" if step else f"{AREA}/projets/{draft}/"
        fuzz.send("GET proposal steps' parameters", "GET", url, params)


ZIP_HEAD = b"PK\x03\x04"
CONTENTS = st.one_of(
    st.just(pdf_bytes()),
    st.sampled_from(
        [
            b"",
            b"%PDF-",
            b"%PDF-1.4\n" + b"\x00" * 100,
            b"MZ\x90\x00" + bytes(200),
            ZIP_HEAD + bytes(100),
            ZIP_HEAD + b"\xff" * 400,
            b"\x89PNG\r\n\x1a\n" + bytes(30),
            b"\xff\xd8\xff\xe0" + bytes(30),
            b"<script>alert(1)</script>",
            "مرحبا".encode(),
        ]
    ),
    st.binary(max_size=300),
)
FILE_NAMES = st.one_of(
    st.sampled_from(
        [
            "devis.pdf",
            "../../etc/passwd",
            "..\\..\\x.pdf",
            ".htaccess",
            "a" * 300 + ".pdf",
            "devis.pdf.exe",
            "‮fdp.exe",
            "فاتورة.pdf",
            "😀.pdf",
            "CON",
            "",
            " ",
            "...",
        ]
    ),
    short_hostile_text,
)
CONTENT_TYPES = [
    "application/pdf",
    "application/x-msdownload",
    "text/html",
    "image/png; charset=\x00",
    "",
    "a" * 300,
]


def multipart(fields, file_name, content, content_type):
    """A multipart body written by hand: the name may hold any byte (a browser's name of a
    file is not always UTF-8) and the part its own Content-Type."""
    boundary = b"----fuzz-boundary-7MA4YWxkTrZu0gW"
    parts = []
    for name, value in fields.items():
        for item in value if isinstance(value, list) else [value]:
            parts.append(
                b'Content-Disposition: form-data; name="'
                + name.encode()
                + b'"\r\n\r\n'
                + str(item).encode("utf-8", "surrogatepass")
            )
    name_bytes = file_name if isinstance(file_name, bytes) else file_name.encode()
    parts.append(
        b'Content-Disposition: form-data; name="file"; filename="'
        + name_bytes
        + b'"\r\nContent-Type: '
        + content_type.encode()
        + b"\r\n\r\n"
        + content
    )
    body_bytes = b"".join(b"--" + boundary + b"\r\n" + part + b"\r\n" for part in parts)
    body_bytes += b"--" + boundary + b"--\r\n"
    return body_bytes, f"multipart/form-data; boundary={boundary.decode()}"


@fuzz_settings(60)
@given(
    file_name=st.one_of(FILE_NAMES, st.sampled_from([b"\xff\xfe.pdf", b"d\xed\xa0\x80.pdf"])),
    content=CONTENTS,
    content_type=st.sampled_from(CONTENT_TYPES),
    then=value_of("upload", "next", "later"),
)
def test_proposal_attachments(fuzzer, world, file_name, content, content_type, then):
    fields = {} if then is MISSING else {"then": then}
    sent = multipart(fields, file_name, content, content_type)
    url = f"{AREA}/projets/{world.proposals.draft.pk}/attachments/"
    fuzzer(world.ambassador).send(
        "POST proposal: attachments (names, content, type)", "POST", url, sent, kind="bytes"
    )


@fuzz_settings(30)
@given(
    proposal=st.one_of(st.just("draft"), path_id),
    attachment=st.one_of(st.just("attachment"), path_id),
    method=st.sampled_from(["GET", "POST"]),
)
def test_proposal_attachment_urls(fuzzer, world, proposal, attachment, method):
    pk = world.proposals.draft.pk if proposal == "draft" else proposal
    attachment_pk = world.proposals.attachment.pk if attachment == "attachment" else attachment
    fuzz = fuzzer(world.ambassador)
    base = f"{AREA}/projets/{pk}/pieces/{attachment_pk}/"
    fuzz.send("GET/POST attachment download and removal", method, base)
    fuzz.send("GET/POST attachment download and removal", method, f"{base}supprimer/")


@fuzz_settings(30)
@given(
    proposal=st.one_of(st.sampled_from(["draft", "submitted"]), path_id),
    name=st.sampled_from(["submit", "resubmit", "withdraw", "accept", "x", "%00"]),
    method=st.sampled_from(["GET", "POST"]),
    sent=body({"message": ("Merci",), "next": NEXT}),
)
def test_proposal_transitions(fuzzer, world, proposal, name, method, sent):
    kind, payload = sent
    pk = getattr(world.proposals, proposal).pk if proposal in ("draft", "submitted") else proposal
    user = world.other if proposal == "submitted" else world.ambassador
    fuzzer(user).send(
        "GET/POST proposal transitions (submit, withdraw)",
        method,
        f"{AREA}/projets/{pk}/{name}/",
        payload if method == "POST" else None,
        kind=kind,
    )


def _days_ago(days):
    return (local_today() - datetime.timedelta(days=days)).isoformat()


ACTION = {
    "date": (_days_ago(0), _days_ago(3), _days_ago(30)),
    "kind": ("stand", "workshop"),
    "theme": ("promotion-de-la-sante", "nutrition"),
    "pole": ("1", "2", ""),
    "people": ("12", "1", "10000"),
    "approximate": ("on", ""),
    "note": ("Au marché", "", "Rencontre au marché de Wazemmes"),
    "uuid": st.uuids().map(str),
}
ACCEPTS = st.sampled_from(["application/json", "text/html", "application/json, */*", ""])


@fuzz_settings(60)
@given(sent=body(ACTION), accept=ACCEPTS)
def test_action_log(fuzzer, world, sent, accept):
    kind, payload = sent
    fuzzer(world.ambassador).send(
        "POST action log (form and JSON)",
        "POST",
        f"{AREA}/actions/",
        payload,
        kind=kind,
        headers={"Accept": accept},
    )


@fuzz_settings(40)
@given(
    which=st.one_of(st.sampled_from(["recent", "older"]), path_id),
    sent=body({name: spec for name, spec in ACTION.items() if name != "uuid"}),
    accept=ACCEPTS,
    operation=st.sampled_from(["modifier", "supprimer"]),
    method=st.sampled_from(["GET", "POST", "POST"]),
)
def test_action_edit_and_delete(fuzzer, world, which, sent, accept, operation, method):
    kind, payload = sent
    pk = {"recent": world.actions[0].pk, "older": world.actions[1].pk}.get(which, which)
    fuzzer(world.ambassador).send(
        "GET/POST action edit and delete",
        method,
        f"{AREA}/actions/{pk}/{operation}/",
        payload if method == "POST" else None,
        kind=kind,
        headers={"Accept": accept},
    )


@fuzz_settings(40)
@given(
    sent=body({"password": ("mot-de-passe-de-test", "faux"), "confirm": ("on",)}),
    params=query({"format": ("json", "csv")}),
)
def test_my_data_export_and_deletion(fuzzer, world, sent, params):
    kind, payload = sent
    fuzz = fuzzer(world.ambassador)
    fuzz.send("GET my data export", "GET", f"{AREA}/mes-donnees/", params)
    fuzz.send("POST account deletion", "POST", f"{AREA}/mes-donnees/", payload, kind=kind)


APPLICATION = {
    "first_name": ("Nadia",),
    "last_name": ("Benali",),
    "phone": ("06 12 34 56 78", ""),
    "pole": ("1", ""),
    "neighbourhood": ("Lille Sud", ""),
    "languages": ("fr", "ar"),
    "other_languages": ("berbère", ""),
    "involvement": ("relay", "events"),
    "availability": ("le mardi",),
    "motivation": ("Aider mes voisins.",),
    "consent": ("on",),
}


@pytest.fixture
def newcomer(world):
    """Signed in, no application yet (an account made before applying)."""
    return MemberFactory(username="newcomer")


@fuzz_settings(40)
@given(sent=body(APPLICATION))
def test_application_signed_in_and_its_edit(fuzzer, world, newcomer, sent):
    kind, payload = sent
    fuzzer(newcomer).send(
        "POST application (signed in)", "POST", f"{AREA}/candidater/", payload, kind=kind
    )
    fuzzer(world.applicant).send(
        "POST application edit", "POST", f"{AREA}/candidature/", payload, kind=kind
    )
