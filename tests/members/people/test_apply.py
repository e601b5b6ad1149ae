"""Becoming an ambassador: the application form, the account, the verification e-mail."""

import re

from django.contrib.auth import get_user_model
from django.core import mail

import pytest
from allauth.account.models import EmailAddress
from bs4 import BeautifulSoup

from members.models import Application
from members.roles import Role
from tests.factories import pole

from ..factories import MemberFactory

pytestmark = pytest.mark.django_db

APPLY = "/fr/espace-membre/candidater/"


def answers(**overrides):
    data = {
        "first_name": "Nadia",
        "last_name": "Benali",
        "email": "nadia@example.org",
        "phone": "06.12.34.56.78",
        "pole": str(pole("fives").pk),
        "neighbourhood": "Fives",
        "languages": ["fr", "ar"],
        "involvement": ["relay", "projects"],
        "availability": "Le mardi après-midi",
        "motivation": "J'aime aider mes voisines.",
        "password1": "une-phrase-de-passe-2026",
        "consent": "on",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def test_the_form_asks_each_question_with_a_label(client, home):
    response = client.get(APPLY)
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    form = page.select_one("form.member-form")
    assert form.select_one("input[name=csrfmiddlewaretoken]")
    for name in ["first_name", "last_name", "email", "phone", "pole", "motivation", "password1"]:
        field = form.select_one(f"[name={name}]")
        assert field is not None, name
        assert page.select_one(f"label[for={field['id']}]"), name
    legends = [legend.get_text(" ", strip=True) for legend in form.select("fieldset legend")]
    assert any("langues" in legend for legend in legends)
    assert any("participer" in legend for legend in legends)


def test_applying_creates_an_applicant_and_sends_the_verification_email(
    client, home, send_on_commit
):
    response = send_on_commit(client.post, APPLY, answers())
    assert response.status_code == 302
    user = get_user_model().objects.get(email="nadia@example.org")
    assert (user.first_name, user.last_name) == ("Nadia", "Benali")
    assert Role.APPLICANT in set(user.groups.values_list("role__role", flat=True))
    application = Application.objects.get(user=user)
    assert application.status == Application.Status.PENDING
    assert application.phone == "06 12 34 56 78"
    assert application.languages == ["fr", "ar"]
    assert application.involvement == ["relay", "projects"]
    assert application.pole == pole("fives")
    assert application.email_verified_at is None
    assert application.language == "fr"
    assert not EmailAddress.objects.get(user=user).verified
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["nadia@example.org"]
    assert message.subject.startswith("[Ambassadeurs santé]")
    assert re.search(r"http://testserver/fr/compte/confirm-email/\S+/", message.body)


def test_nothing_typed_is_lost_when_a_field_is_wrong(client, home):
    response = client.post(APPLY, answers(phone="12", consent=None, involvement=[]))
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    summary = page.select_one("[data-error-summary]")
    assert summary["role"] == "alert"
    assert "3 erreurs" in summary.get_text()
    assert page.select_one("#id_first_name")["value"] == "Nadia"
    assert page.select_one("#id_email")["value"] == "nadia@example.org"
    assert page.select_one("#id_motivation").get_text().strip() == "J'aime aider mes voisines."
    assert page.select_one("#id_languages_1").has_attr("checked")
    phone = page.select_one("#id_phone")
    assert phone["aria-invalid"] == "true"
    error = page.select_one(f"#{phone['aria-describedby'].split()[-1]}")
    assert "06 12 34 56 78" in error.get_text()
    assert "Cochez cette case" in page.get_text()
    assert "Cochez au moins une façon de participer" in page.get_text()
    assert not get_user_model().objects.filter(email="nadia@example.org").exists()


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("0612345678", "06 12 34 56 78"),
        ("+33 6 12 34 56 78", "06 12 34 56 78"),
        ("0033612345678", "06 12 34 56 78"),
        ("+213 555 12 34 56", "+213555123456"),
        ("", ""),
    ],
)
def test_phone_numbers_are_written_one_way(client, home, typed, kept):
    client.post(APPLY, answers(phone=typed))
    assert Application.objects.get().phone == kept


@pytest.mark.parametrize("typed", ["12", "06 12 34", "téléphone", "0" * 20])
def test_malformed_phone_numbers_are_refused(client, home, typed):
    response = client.post(APPLY, answers(phone=typed))
    assert response.status_code == 200
    assert not Application.objects.exists()


def test_an_address_already_used_creates_no_second_account(client, home, send_on_commit):
    existing = MemberFactory(username="nadia", roles=[Role.AMBASSADOR], email="nadia@example.org")
    response = send_on_commit(client.post, APPLY, answers())
    # Nothing tells a stranger the address has an account; its owner is told by e-mail.
    assert response.status_code == 302
    assert get_user_model().objects.filter(email__iexact="nadia@example.org").count() == 1
    assert not Application.objects.filter(user=existing).exists()
    assert [m.to for m in mail.outbox] == [["nadia@example.org"]]


def test_the_form_is_in_arabic_for_an_arabic_visitor(client, home, send_on_commit):
    response = client.get("/ar/member-area/apply/")
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    assert page.html["dir"] == "rtl"
    send_on_commit(client.post, "/ar/member-area/apply/", answers())
    assert Application.objects.get().language == "ar"


def test_verifying_the_address_sends_the_application_to_the_coordinator(
    client, home, coordinator, send_on_commit
):
    send_on_commit(client.post, APPLY, answers())
    link = re.search(r"http://testserver(/fr/compte/confirm-email/\S+/)", mail.outbox[0].body)[1]
    assert client.get(link).status_code == 200
    send_on_commit(client.post, link)
    application = Application.objects.get()
    assert application.email_verified_at is not None
    to_coordinator = [m for m in mail.outbox if m.to == [coordinator.email]]
    assert len(to_coordinator) == 1
    assert "Nadia Benali" in to_coordinator[0].subject
    assert f"/admin/applications/decide/{application.pk}/" in to_coordinator[0].body


def test_a_member_who_already_applied_is_sent_to_the_dashboard(client, applicant):
    client.force_login(applicant)
    response = client.get(APPLY)
    assert response.status_code == 302
    assert response["Location"] == "/fr/espace-membre/"


def test_a_signed_in_person_without_application_answers_only_the_questions(client, home, editor):
    client.force_login(editor)
    response = client.get(APPLY)
    page = BeautifulSoup(response.content, "html.parser")
    assert not page.select_one("[name=password1]")
    assert not page.select_one("[name=email]")
    client.post(APPLY, answers(email=None, password1=None))
    application = Application.objects.get(user=editor)
    assert application.email_verified_at is not None


def test_the_signup_page_of_allauth_leads_to_the_application(client, home):
    response = client.get("/fr/compte/signup/")
    assert response.status_code == 302
    assert response["Location"] == APPLY


def test_an_application_needs_a_verified_address_before_it_is_decided(client, coordinator):
    user = MemberFactory(username="late", applicant=True, unverified=True)
    application = user.application
    client.force_login(coordinator)
    response = client.post(
        f"/admin/applications/decide/{application.pk}/", {"decision": "approved"}
    )
    assert response.status_code == 200
    application.refresh_from_db()
    assert application.status == Application.Status.PENDING


EDIT = "/fr/espace-membre/candidature/"


def test_an_applicant_changes_their_answers_until_the_decision(client, applicant):
    client.force_login(applicant)
    page = BeautifulSoup(client.get(EDIT).content, "html.parser")
    assert page.select_one("#id_first_name")["value"] == applicant.first_name
    assert not page.select_one("[name=consent]")
    response = client.post(
        EDIT,
        answers(
            email=None,
            password1=None,
            consent=None,
            phone="0712345678",
            involvement=["groups"],
            pole=str(pole("wazemmes").pk),
        ),
    )
    assert response.status_code == 302
    application = Application.objects.get(user=applicant)
    assert (application.phone, application.involvement, application.pole) == (
        "07 12 34 56 78",
        ["groups"],
        pole("wazemmes"),
    )
    applicant.refresh_from_db()
    assert applicant.last_name == "Benali"
    # Once decided, the answers stay as they were.
    Application.objects.filter(pk=application.pk).update(status="approved")
    response = client.post(EDIT, answers(email=None, password1=None, phone="0612345678"))
    assert response.status_code == 302
    assert Application.objects.get(pk=application.pk).phone == "07 12 34 56 78"


def test_editing_keeps_what_was_typed_on_a_mistake(client, applicant):
    client.force_login(applicant)
    response = client.post(EDIT, answers(email=None, password1=None, first_name="", phone="1"))
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    assert "Écrivez votre prénom." in page.get_text()
    assert page.select_one("#id_last_name")["value"] == "Benali"


def test_only_an_applicant_has_answers_to_change(client, home, editor):
    assert client.get(EDIT).status_code == 302
    client.force_login(editor)
    assert client.get(EDIT).status_code == 404


def test_applying_twice_is_refused_by_the_service_and_changes_nothing(db):
    from members.people import services

    user = MemberFactory(username="twice")
    data = {"first_name": "Deux", "last_name": "Fois", "involvement": ["relay"]}
    first = services.submit_application(user, data, "fr")
    with pytest.raises(services.AlreadyApplied):
        services.submit_application(user, {**data, "first_name": "Autre"}, "ar")
    first.refresh_from_db()
    user.refresh_from_db()
    assert (first.language, user.first_name) == ("fr", "Deux")
    assert Application.objects.filter(user=user).count() == 1
