"""The application and allauth's forms in the visitor's language: every error message, the
summary that counts what it lists and says the passwords come back empty, and on an Arabic
page the addresses, numbers and codes written left to right with the right keyboard."""

import re

from django import forms
from django.template import Context, Template
from django.urls import reverse
from django.utils import translation

import pytest
from bs4 import BeautifulSoup

from pages.models import ContactPage
from tests.factories import PoleIndexPageFactory, translate_page

from ..test_second_factor import PASSWORD, account, with_totp
from .test_apply import answers

pytestmark = pytest.mark.django_db

# A password too short, too common and only digits, and an address that is not one.
MISTAKES = {"password1": "123", "email": "pas-une-adresse"}

EXPECTED = {
    "fr": {
        "too_short": "Ce mot de passe est trop court : il faut au moins 8 caractères.",
        "common": "Ce mot de passe est trop courant.",
        "numeric": "Ce mot de passe est entièrement numérique.",
        "email": "Saisissez une adresse e-mail valide.",
        "retype": "sauf le mot de passe : tapez-le de nouveau",
    },
    "en": {
        "too_short": "This password is too short: it must contain at least 8 characters.",
        "common": "This password is too common.",
        "numeric": "This password is entirely numeric.",
        "email": "Enter a valid email address.",
        "retype": "except the password: type it again",
    },
    "ar": {
        "too_short": "كلمة المرور هذه قصيرة جدًا: يجب أن تتكوّن من 8 أحرف على الأقل.",
        "common": "كلمة المرور هذه شائعة جداً.",
        "numeric": "كلمة المرور هذه تتكون من أرقام فقط.",
        "email": "يرجى إدخال عنوان بريد إلكتروني صحيح.",
        "retype": "ما عدا كلمة المرور: اكتبها من جديد",
    },
}


def apply_url(code):
    with translation.override(code):
        return reverse("members:apply")


def summary_of(response):
    page = BeautifulSoup(response.content, "html.parser")
    summary = page.select_one("[data-error-summary]")
    assert summary is not None
    items = [item.get_text(" ", strip=True) for item in summary.select("ul > li")]
    return page, summary, items


def announced(summary):
    """The number the title announces, whether written in digits or not."""
    title = summary.select_one(".alert__title").get_text(" ", strip=True)
    digits = re.findall(r"\d+", title)
    return int(digits[0]) if digits else None


@pytest.mark.parametrize("code", ["fr", "en", "ar"])
def test_the_application_sent_with_mistakes_speaks_the_page_language(client, home, code):
    response = client.post(apply_url(code), answers(**MISTAKES, phone="12"))
    assert response.status_code == 200
    page, summary, items = summary_of(response)
    expected = EXPECTED[code]
    # One item per error: the password has three, the address and the phone one each.
    assert len(items) == 5
    assert announced(summary) == len(items)
    text = summary.get_text(" ", strip=True)
    for key in ("too_short", "common", "numeric", "email", "retype"):
        assert expected[key] in text, key
    # The passwords come back empty, and the summary does not say all was kept.
    assert not page.select_one("#id_password1").get("value")
    assert page.select_one("#id_first_name")["value"] == "Nadia"
    if code == "ar":
        # Nothing in French nor in English: no Latin word at all.
        assert re.findall(r"[A-Za-zÀ-ÿ]{2,}", text) == []
    else:
        assert "Ce que vous avez écrit est gardé :" not in text


@pytest.mark.parametrize(
    ("count", "title"),
    [
        (1, "تحتوي الاستمارة على خطأ واحد"),
        (2, "تحتوي الاستمارة على خطأين"),
        (4, "تحتوي الاستمارة على 4 أخطاء"),
    ],
)
def test_the_arabic_count_takes_the_plural_arabic_asks_for(client, home, count, title):
    mistakes = [{"email": "pas-une-adresse"}, {"phone": "12"}, {"consent": None}]
    data = {}
    for mistake in mistakes[: min(count, 3)]:
        data.update(mistake)
    if count == 4:
        data["involvement"] = []
    response = client.post(apply_url("ar"), answers(**data))
    _page, summary, items = summary_of(response)
    assert len(items) == count
    assert summary.select_one(".alert__title").get_text(strip=True) == title


def test_the_french_count_is_one_per_error_even_on_one_field(client, home):
    response = client.post(apply_url("fr"), answers(password1="123"))
    _page, summary, items = summary_of(response)
    assert len(items) == 3
    assert "Le formulaire contient 3 erreurs" in summary.get_text()
    assert all(item.startswith("Choisissez un mot de passe :") for item in items)


def test_a_form_without_password_still_says_everything_was_kept(client, applicant):
    client.force_login(applicant)
    with translation.override("fr"):
        url = reverse("members:edit_application")
    response = client.post(url, answers(email=None, password1=None, phone="12"))
    _page, summary, items = summary_of(response)
    assert len(items) == 1
    assert "Ce que vous avez écrit est gardé : corrigez seulement" in summary.get_text()
    assert "mot de passe" not in summary.get_text()


def test_the_errors_of_the_whole_form_are_counted_and_listed(client, home):
    account("nadia")
    with translation.override("ar"):
        login = reverse("account_login")
    response = client.post(login, {"login": "nadia@example.org", "password": "pas-le-bon"})
    page, summary, items = summary_of(response)
    # allauth's « wrong address or password », in its Arabic, counted with the list.
    assert len(items) == 1
    assert summary.select_one(".alert__title").get_text(strip=True) == (
        "تحتوي الاستمارة على خطأ واحد"
    )
    assert re.findall(r"[A-Za-zÀ-ÿ]{2,}", items[0]) == []
    assert "ما عدا كلمة المرور" in summary.get_text()
    login_field = page.select_one("input[name=login]")
    assert (login_field["type"], login_field["dir"]) == ("email", "ltr")
    assert login_field["inputmode"] == "email"
    assert login_field["autocomplete"] == "email"


def test_arabic_pages_write_addresses_and_numbers_left_to_right(client, home):
    page = BeautifulSoup(client.get(apply_url("ar")).content, "html.parser")
    email, phone = page.select_one("#id_email"), page.select_one("#id_phone")
    assert (email["type"], email["dir"], email["inputmode"], email["autocomplete"]) == (
        "email",
        "ltr",
        "email",
        "email",
    )
    assert (phone["type"], phone["dir"], phone["inputmode"], phone["autocomplete"]) == (
        "tel",
        "ltr",
        "tel",
        "tel",
    )
    # Words stay in the page's direction; what a form sets itself is kept.
    assert not page.select_one("#id_first_name").has_attr("dir")
    assert page.select_one("#id_first_name")["autocomplete"] == "given-name"
    assert not page.select_one("#id_password1").has_attr("dir")
    assert page.select_one("#id_password1")["autocomplete"] == "new-password"
    # French pages get the keyboards, without a direction of their own.
    page = BeautifulSoup(client.get(apply_url("fr")).content, "html.parser")
    assert page.select_one("#id_phone")["inputmode"] == "tel"
    assert not page.select_one("#id_phone").has_attr("dir")


class Numbers(forms.Form):
    count = forms.IntegerField()
    amount = forms.DecimalField()
    site = forms.URLField(assume_scheme="https")
    postcode = forms.CharField(widget=forms.NumberInput(attrs={"inputmode": "numeric"}))


def test_every_form_gets_the_hints_of_its_fields_types():
    template = Template(
        "{% load form_tags %}{% for field in form %}{% render_widget field %}{% endfor %}"
    )
    with translation.override("ar"):
        html = template.render(Context({"form": Numbers()}))
    page = BeautifulSoup(html, "html.parser")
    count, amount, site, postcode = (page.select_one(f"[name={n}]") for n in Numbers.base_fields)
    assert (count["inputmode"], count["dir"]) == ("numeric", "ltr")
    assert (amount["inputmode"], amount["dir"]) == ("decimal", "ltr")
    assert (site["inputmode"], site["autocomplete"], site["dir"]) == ("url", "url", "ltr")
    assert postcode["inputmode"] == "numeric"


def test_the_code_of_the_second_factor_is_typed_left_to_right(client, home):
    user = account("root", superuser=True)
    with_totp(user)
    with translation.override("ar"):
        login, authenticate = reverse("account_login"), reverse("mfa_authenticate")
    client.post(login, {"login": user.email, "password": PASSWORD})
    page = BeautifulSoup(client.get(authenticate).content, "html.parser")
    assert page.html["dir"] == "rtl"
    code = page.select_one("input[name=code]")
    assert (code["dir"], code["inputmode"], code["autocomplete"]) == (
        "ltr",
        "numeric",
        "one-time-code",
    )


def contact_page(home):
    page = ContactPage(title="Nous contacter", slug="contact", intro="<p>Écrivez-nous.</p>")
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_after_applying_the_page_says_what_comes_next_and_links_to_contact(client, home):
    arabic = translate_page(contact_page(home), "ar", title="اتصلوا بنا")
    response = client.post(apply_url("ar"), answers(), follow=True)
    page = BeautifulSoup(response.content, "html.parser")
    assert page.html["dir"] == "rtl"
    steps = page.select("[data-next-steps] > li")
    assert len(steps) == 4
    main = page.select_one("main")
    assert main.select_one(f'a[href="{arabic.url}"]') is not None
    # allauth's message names the address, in a box that lets it wrap.
    assert "nadia@example.org" in main.select_one(".messages").get_text()


def test_without_contact_page_it_links_to_the_poles(client, home):
    poles = PoleIndexPageFactory(parent=home)
    response = client.post(apply_url("fr"), answers(), follow=True)
    page = BeautifulSoup(response.content, "html.parser")
    assert "Et maintenant ?" in page.get_text()
    link = page.select_one(f'main a[href="{poles.url}"]')
    assert link is not None
    assert "pôle le plus proche" in link.get_text()


def test_setting_up_the_second_factor_writes_its_key_and_code_left_to_right(client, home):
    client.force_login(account("root", superuser=True))
    with translation.override("ar"):
        set_up, reauthenticate = reverse("mfa_activate_totp"), reverse("account_reauthenticate")
    client.post(reauthenticate, {"password": PASSWORD})
    page = BeautifulSoup(client.get(set_up).content, "html.parser")
    assert page.html["dir"] == "rtl"
    # allauth renders the key by itself (templates/allauth/elements/field.html).
    assert page.select_one("#authenticator_secret")["dir"] == "ltr"
    code = page.select_one("input[name=code]")
    assert (code["dir"], code["inputmode"]) == ("ltr", "numeric")
    assert not page.select_one("input[name=password]")
