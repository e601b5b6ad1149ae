"""The action log's forms on their own: what they accept, each mistake on its field in
French, the UUID (made for the page, refused when it is not one, renewed after a refusal),
and a service's refusal shown where it belongs."""

import datetime
import uuid

import pytest

from members.actions.forms import UUID_REFUSED, ActionForm, LogActionForm
from members.actions.services import ActionRefused
from portal.core.time import local_today
from tests.factories import pole

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 6, 15)


def data(**overrides):
    base = {
        "uuid": str(uuid.uuid4()),
        "date": "2026-06-15",
        "kind": "workshop",
        "theme": "sante-sexuelle",
        "pole": str(pole("moulins").pk),
        "people": "30",
        "approximate": "on",
        "note": "  Au centre social  ",
    }
    base.update(overrides)
    return {name: value for name, value in base.items() if value is not None}


def test_a_filled_form_gives_the_services_values():
    form = LogActionForm(data(), today=TODAY)
    assert form.is_valid(), form.errors
    assert form.values() == {
        "date": TODAY,
        "kind": "workshop",
        "theme": "sante-sexuelle",
        "pole": pole("moulins"),
        "people": 30,
        "approximate": True,
        "note": "Au centre social",
    }
    assert isinstance(form.cleaned_data["uuid"], uuid.UUID)


def test_dates_are_read_as_a_phone_or_a_person_writes_them():
    assert LogActionForm(data(date="15/06/2026"), today=TODAY).is_valid()
    assert LogActionForm(data(date="2025-06-15"), today=TODAY).is_valid()  # a year back


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("people", "-1", "Le nombre de personnes touchées est d'au moins 1."),
        ("people", "0", "Le nombre de personnes touchées est d'au moins 1."),
        ("people", "1e3", "Écrivez un nombre entier, par exemple 12."),
        ("people", "", "Indiquez le nombre de personnes touchées."),
        (
            "people",
            "10001",
            "Plus de 10 000 personnes ? Vérifiez le nombre, ou écrivez à la coordination.",
        ),
        ("date", "2026-06-16", "La date ne peut pas être dans le futur."),
        ("date", "2025-06-14", "La date ne peut pas remonter à plus d'un an."),
        ("date", "hier", "Écrivez la date sous la forme jj/mm/aaaa."),
        ("kind", "", "Choisissez le type d'action."),
        ("kind", "STAND", "Choisissez le type d'action."),
        ("theme", "", "Choisissez le thème."),
        ("pole", "", "Choisissez un pôle de la liste."),
        ("pole", "-1", "Choisissez un pôle de la liste."),
        ("note", "é" * 501, "La note fait au plus 500 caractères."),
    ],
)
def test_each_mistake_is_told_on_its_field(field, value, message):
    form = LogActionForm(data(**{field: value}), today=TODAY)
    assert not form.is_valid()
    assert form.errors == {field: [message]}


def test_ten_thousand_people_is_the_most():
    assert LogActionForm(data(people="10000"), today=TODAY).is_valid()
    assert LogActionForm(data(people="1"), today=TODAY).is_valid()


def test_the_date_input_is_limited_to_the_last_year():
    form = LogActionForm(today=TODAY)
    widget = form["date"].as_widget()
    assert 'type="date"' in widget
    assert 'max="2026-06-15"' in widget
    assert 'min="2025-06-15"' in widget


def test_the_form_is_checked_against_the_paris_date_by_default():
    form = LogActionForm(data(date=local_today().isoformat()))
    assert form.is_valid(), form.errors


def test_a_new_form_has_its_own_uuid():
    first, second = LogActionForm(), LogActionForm()
    assert uuid.UUID(first.initial["uuid"]).version == 4
    assert first.initial["uuid"] != second.initial["uuid"]


@pytest.mark.parametrize("value", [None, "", "123", "not-a-uuid"])
def test_a_form_without_a_valid_uuid_is_refused_above_it_with_a_new_one(value):
    form = LogActionForm(data(uuid=value), today=TODAY)
    assert not form.is_valid()
    assert form.non_field_errors() == [str(UUID_REFUSED)]
    renewed = form["uuid"].value()
    assert uuid.UUID(renewed)
    assert renewed != value
    # What was typed stays.
    assert form["people"].value() == "30"


def test_a_refusal_of_the_service_goes_to_its_field():
    form = LogActionForm(data(), today=TODAY)
    assert form.is_valid()
    form.refuse(ActionRefused("L'année 2026 est close.", field="date"))
    assert form.errors == {"date": ["L'année 2026 est close."]}


def test_a_refusal_without_a_field_goes_above_the_form():
    form = ActionForm(data(), today=TODAY)
    assert form.is_valid()
    form.refuse(ActionRefused("Une action se modifie pendant 7 jours."))
    assert form.non_field_errors() == ["Une action se modifie pendant 7 jours."]


def test_another_members_uuid_refused_by_the_service_is_renewed():
    sent = data()
    form = LogActionForm(sent, today=TODAY)
    assert form.is_valid()
    form.refuse(ActionRefused("Cette action n'a pas d'identifiant valable.", field="uuid"))
    assert form.non_field_errors() == [str(UUID_REFUSED)]
    assert form["uuid"].value() != sent["uuid"]


def test_the_change_form_has_no_uuid():
    form = ActionForm(data(), today=TODAY)
    assert "uuid" not in form.fields
    assert form.is_valid()
