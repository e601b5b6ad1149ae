"""A project's whole life in headless Chromium, against the production-like server: an
ambassador starts a draft from the call's page, fills the five steps on a phone (a budget
typed the French way, a PDF attached) and submits; the coordination asks for changes; she
edits and submits again; the référente and the coordination score it; it is accepted with
an amount. Every step is the real page, the real services and the real e-mails."""

import json
import re
import time

from fpdf import FPDF

from .conftest import manage, totp
from .test_member_journeys import emails_to

PASSWORD = "une-phrase-de-passe-2026"
SECRET = "JBSWY3DPEHPK3PXP"
CALL = "/fr/appels-a-projets/ars-initiatives-sante-2027/"

# Run in the server's database: an ambassador of Fives who has never proposed anything,
# and two reviewers whose second factor is set up with a known secret.
SETUP = """
import json
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from members.models import Profile
from members.roles import Role
from pages.models import Pole

User = get_user_model()
fives = Pole.objects.get(code="fives")
made = {{}}
for key, role, first in (
    ("ambassador", Role.AMBASSADOR, "Samira"),
    ("coordinator", Role.COORDINATOR, "Claude"),
    ("referent", Role.REFERENT, "Rachid"),
):
    email = f"{{key}}.{stamp}@example.org"
    user = User.objects.create_user(
        username=f"{{key}}-{stamp}", email=email, password={password!r},
        first_name=first, last_name="Parcours", is_staff=role != Role.AMBASSADOR,
    )
    user.groups.set(Group.objects.filter(role__role=role))
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    profile = Profile.objects.create(user=user, pole=fives)
    if role == Role.REFERENT:
        profile.referent_poles.set([fives])
    if role != Role.AMBASSADOR:
        Authenticator.objects.create(user=user, type=Authenticator.Type.TOTP,
                                     data={{"secret": {secret!r}}})
    made[key] = email
print(json.dumps(made))
"""


def sign_in(browser, base, address, width, second_factor=False):
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="fr-FR")
    page = context.new_page()
    page.goto(f"{base}/fr/compte/login/")
    page.locator("input[name=login]").fill(address)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main").get_by_role("button", name="Se connecter").click()
    if second_factor:
        page.wait_for_url("**/2fa/authenticate/**")
        page.locator("input[name=code]").fill(fresh_code())
        page.locator("main").get_by_role("button", name="Connexion").click()
        page.wait_for_url(re.compile(r".*/(espace-membre|admin)/.*"))
    else:
        page.wait_for_url("**/fr/espace-membre/")
    return context, page


USED_CODES = set()


def fresh_code():
    """A code not used yet: a code is good once (allauth refuses a replayed one), so wait
    for the authenticator's next 30-second window when this one was used."""
    while (code := totp(SECRET)) in USED_CODES:
        time.sleep(1)
    USED_CODES.add(code)
    return code


def pdf_file(tmp_path):
    document = FPDF()
    document.add_page()
    document.set_font("helvetica", size=12)
    document.cell(text="Devis de location des tentes")
    path = tmp_path / "Devis tentes.pdf"
    document.output(str(path))
    return path


def main_text(page):
    """The page's main text, its no-break spaces (amounts, French punctuation) as spaces."""
    return re.sub(r"[\u00a0\u202f]", " ", page.locator("main").inner_text())


def save_and_continue(page):
    page.get_by_role("button", name="Enregistrer et continuer").click()


def test_a_project_from_its_draft_to_its_grant(browser, live_server_url, tmp_path):
    base = live_server_url
    manage("load_demo", "--users")
    stamp = str(int(time.time() * 1000))
    people = json.loads(
        manage("shell", "-c", SETUP.format(stamp=stamp, password=PASSWORD, secret=SECRET))
        .strip()
        .splitlines()[-1]
    )

    # 1. On her phone, from the call's page to a new draft.
    context, page = sign_in(browser, base, people["ambassador"], 360)
    page.goto(base + CALL)
    page.locator("main").get_by_role("link", name="Proposer un projet").first.click()
    page.get_by_role("button", name="Commencer mon projet").click()
    page.wait_for_url(re.compile(r".*/projets/\d+/project/"))
    pk = int(re.search(r"/projets/(\d+)/", page.url)[1])
    assert "Étape 1 sur 5" in main_text(page)

    # 2. The project and its actions.
    page.get_by_label("Titre du projet").fill("Des ateliers cuisine à petit prix")
    page.locator("#id_pole").select_option(label="Fives")
    page.locator("#id_summary").fill("Quatre ateliers au pôle avec une diététicienne.")
    page.locator("#id_expectations").fill("Les parents manquent d'idées de repas pas chers.")
    page.locator("#id_objectives").fill("Des repas équilibrés à moins de deux euros.")
    page.locator("#id_target_public").fill("Parents du quartier")
    page.locator("#id_expected_participants").fill("40")
    save_and_continue(page)
    page.wait_for_url(f"**/projets/{pk}/actions/")
    page.locator("#id_actions").fill("Mars et avril : quatre ateliers le mercredi.")
    page.locator("#id_evaluation").fill("Une feuille de présence à chaque atelier.")
    save_and_continue(page)

    # 3. The budget, typed as people do in France: a mistake first, then right.
    page.wait_for_url(f"**/projets/{pk}/budget/")
    page.locator("#id_lines-0-label").fill("Courses pour les ateliers")
    page.locator("#id_lines-0-category").select_option("food")
    page.locator("#id_lines-0-amount").fill("1.234")
    save_and_continue(page)
    assert "1 234,50" in main_text(page)  # the expected form, shown
    assert page.locator("#id_lines-0-label").input_value() == "Courses pour les ateliers"
    page.locator("#id_lines-0-amount").fill("1 234,50")
    page.locator("#id_lines-0-other_source").fill("Ville de Lille")
    page.locator("#id_lines-0-other_amount").fill("234,50")
    save_and_continue(page)

    # 4. A quote attached as a PDF.
    page.wait_for_url(f"**/projets/{pk}/attachments/")
    page.locator("input[type=file]").set_input_files(str(pdf_file(tmp_path)))
    page.get_by_role("button", name="Envoyer ce fichier").click()
    assert "Devis tentes.pdf" in main_text(page)
    save_and_continue(page)

    # 5. Nothing missing: she submits.
    page.wait_for_url(f"**/projets/{pk}/review/")
    assert "1 000,00" in main_text(page)  # asked: 1 234,50 minus 234,50
    page.get_by_role("button", name="Déposer mon projet").click()
    page.wait_for_url(f"**/projets/{pk}/**")
    assert "déposé" in main_text(page)
    context.close()

    # 6. The coordination asks for changes, with a message.
    context, page = sign_in(browser, base, people["coordinator"], 1280, second_factor=True)
    page.goto(f"{base}/admin/proposals/review/{pk}/")
    assert "Devis tentes.pdf" in main_text(page)
    form = page.locator("form[aria-labelledby='decision-request_changes']")
    form.locator("textarea").fill("Précisez les dates des quatre ateliers, s'il vous plaît.")
    form.get_by_role("button").click()
    page.wait_for_url(f"**/admin/proposals/review/{pk}/")
    context.close()
    assert any("Précisez les dates" in body for _subject, body in emails_to(people["ambassador"]))

    # 7. She reads the message, edits the actions and submits again.
    context, page = sign_in(browser, base, people["ambassador"], 360)
    page.goto(f"{base}/fr/espace-membre/projets/{pk}/")
    assert "Précisez les dates des quatre ateliers" in main_text(page)
    page.goto(f"{base}/fr/espace-membre/projets/{pk}/actions/")
    page.locator("#id_actions").fill("Les mercredis 3, 10, 17 et 24 mars, de 14 h à 16 h.")
    save_and_continue(page)
    page.goto(f"{base}/fr/espace-membre/projets/{pk}/review/")
    page.get_by_role("button", name="Déposer à nouveau").click()
    page.wait_for_url(f"**/projets/{pk}/**")
    context.close()

    # 8. Two reviewers score it: the référente of Fives, then the coordination.
    for reviewer, score in (("referent", "4"), ("coordinator", "3")):
        context, page = sign_in(browser, base, people[reviewer], 1280, second_factor=True)
        page.goto(f"{base}/admin/proposals/review/{pk}/")
        if reviewer == "coordinator":
            page.locator("form[aria-labelledby='decision-start_review']").get_by_role(
                "button"
            ).click()
            page.wait_for_url(f"**/admin/proposals/review/{pk}/")
        page.locator("input[name=declare][value=no_conflict]").check()
        page.get_by_role("button", name="Enregistrer ma réponse").click()
        page.get_by_role("button", name="Envoyer mes notes").wait_for()
        for fieldset in page.locator("form fieldset:has(input[type=radio])").all():
            fieldset.locator(f"input[value='{score}']").check()
        page.get_by_role("button", name="Envoyer mes notes").click()
        page.wait_for_url(f"**/admin/proposals/review/{pk}/")
        assert "Vos notes sont envoyées" in main_text(page), main_text(page)[:3000]
        if reviewer == "coordinator":
            # After her own scores she sees the référente's: 3.5 on average.
            assert "3,5" in main_text(page)
            form = page.locator("form[aria-labelledby='decision-accept']")
            form.locator("input[type=text]").fill("900")
            form.get_by_role("button").click()
            page.wait_for_url(f"**/admin/proposals/review/{pk}/")
            assert "accepté" in main_text(page).lower()
        context.close()

    # 9. She is told, with the amount granted, and sees it in her space.
    subjects = [subject for subject, _body in emails_to(people["ambassador"])]
    assert any("accepté" in subject for subject in subjects)
    context, page = sign_in(browser, base, people["ambassador"], 360)
    page.goto(f"{base}/fr/espace-membre/projets/{pk}/")
    text = main_text(page)
    assert "900,00" in text and "Précisez les dates" in text
    # Never the reviewers' scores.
    assert "Envoyer mes notes" not in text and "3,5" not in text
    context.close()
