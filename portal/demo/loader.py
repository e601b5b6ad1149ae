"""Build the demo site. Every step finds what exists before creating: running it twice
changes nothing, and a run stopped half-way is completed by the next.

Steps are committed one by one rather than in one transaction: wagtail-localize publishes
translations when their transaction commits, and a single long transaction would publish
stale copies of the translated home pages over their newly added children.
"""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, Page, Site

from allauth.account.models import EmailAddress

from members.models import Application, Profile, Registration, TrainingSession
from members.roles import Role
from members.trainings.choices import RegistrationStatus
from pages.models import Pole, StandardPage, TrainingPage
from portal.core.models import SiteFooter, SiteFooterLink

from . import actions, content_contact, content_programme, content_site, proposals
from .images import demo_images
from .public import PublicContent
from .stream import resolve
from .translation import translate

LANGUAGES = ("fr", "en", "ar")

# Development accounts, documented in the README. Never created in production.
# Everyone signs in with the e-mail address.
DEMO_USERS = [
    {
        "username": "admin",
        "email": "admin@example.org",
        "password": "demo-admin-2026",
        "first_name": "Alice",
        "last_name": "Admin",
        "is_superuser": True,
        "is_staff": True,
        "roles": [],
        "role": "superuser",
    },
    {
        "username": "editrice",
        "email": "editrice@example.org",
        "password": "demo-editrice-2026",
        "first_name": "Élise",
        "last_name": "Éditrice",
        "is_superuser": False,
        "is_staff": True,
        "roles": [Role.EDITOR],
        "role": 'editor (Wagtail "Editors" group)',
    },
    {
        "username": "coordinatrice",
        "email": "coordinatrice@example.org",
        "password": "demo-coordinatrice-2026",
        "first_name": "Claire",
        "last_name": "Coordinatrice",
        "is_superuser": False,
        "is_staff": True,
        "roles": [Role.COORDINATOR],
        "role": "coordinator",
    },
    {
        "username": "referente-fives",
        "email": "referente.fives@example.org",
        "password": "demo-referente-2026",
        "first_name": "Rania",
        "last_name": "Référente",
        "is_superuser": False,
        "is_staff": True,
        "roles": [Role.REFERENT],
        "referent_of": ["fives"],
        "role": "référent of the Fives pôle",
    },
    {
        "username": "ambassadrice",
        "email": "ambassadrice@example.org",
        "password": "demo-ambassadrice-2026",
        "first_name": "Amina",
        "last_name": "Ambassadrice",
        "is_superuser": False,
        "is_staff": False,
        "roles": [Role.AMBASSADOR],
        "pole": "fives",
        "role": "ambassador (Fives)",
    },
    {
        "username": "candidat",
        "email": "candidat@example.org",
        "password": "demo-candidat-2026",
        "first_name": "Karim",
        "last_name": "Candidat",
        "is_superuser": False,
        "is_staff": False,
        "roles": [Role.APPLICANT],
        "pole": "moulins",
        "application": True,
        "role": "applicant, application waiting for the coordinator",
    },
]


# Upcoming training sessions: (training slug, days from today, start time, hours,
# seats, pôle code or None, place, trainer).
DEMO_SESSIONS = [
    (
        "role-ambassadeur",
        12,
        datetime.time(9, 30),
        3,
        15,
        None,
        "Hôtel de ville de Lille, salle Pierre Mauroy",
        "La coordinatrice du programme",
    ),
    (
        "ecoute-active",
        19,
        datetime.time(9, 0),
        7,
        12,
        None,
        "Hôtel de ville de Lille, salle du conseil",
        "Formatrice en écoute active",
    ),
    (
        "ecoute-active",
        20,
        datetime.time(9, 0),
        7,
        12,
        None,
        "Hôtel de ville de Lille, salle du conseil",
        "Formatrice en écoute active",
    ),
    (
        "droits-en-sante",
        33,
        datetime.time(14, 0),
        3,
        15,
        "wazemmes",
        "Pôle Ressources Santé de Wazemmes",
        "CPAM de Lille-Douai",
    ),
    (
        "premiers-secours",
        26,
        datetime.time(9, 0),
        7,
        10,
        "fives",
        "Pôle Ressources Santé de Fives",
        "Protection civile du Nord",
    ),
    (
        "sante-sexuelle",
        40,
        datetime.time(14, 0),
        3,
        2,
        "faubourg-de-bethune",
        "Pôle Ressources Santé du Faubourg de Béthune",
        "Planning familial",
    ),
]


class DemoLoader:
    def __init__(self, log=print, with_users=True):
        self.log = log
        self.with_users = with_users
        self.refs = {}
        self.new_pages = []

    def run(self):
        self.ensure_locales()
        self.refs.update(demo_images())
        home = self.home_page()
        self.refs["home"] = home
        self.refs["programme"] = self.standard_page(
            home, content_programme.PROGRAMME["fr"], in_menu=True
        )
        self.refs["legal"] = self.standard_page(home, content_site.LEGAL_NOTICE)
        self.refs["accessibility"] = self.standard_page(home, content_site.ACCESSIBILITY)
        self.refs["privacy"] = self.standard_page(home, content_site.PRIVACY)
        self.refs["contact"] = content_contact.contact_page(home, self.log)
        public = PublicContent(home, self.log)
        self.refs.update(public.create())
        # Bodies link pages to each other: fill them once every page exists.
        self.publish_new_pages()

        self.fill_home(home)
        self.translate_page(home, content_programme.HOME, self.home_fields)
        public.translate()
        self.translate_page(
            self.refs["programme"], content_programme.PROGRAMME, self.standard_fields
        )
        content_site.translate_legal_pages(self)
        self.translate_page(
            self.refs["contact"], content_contact.CONTACT, content_contact.contact_fields
        )
        self.footer()
        self.search_promotions()
        self.training_sessions()
        if self.with_users:
            self.users()
            self.demo_registrations()
            proposals.load(self.log)
            actions.load(self.log)

    # ---- locales and pages -------------------------------------------------------------

    def ensure_locales(self):
        for code in LANGUAGES:
            Locale.objects.get_or_create(language_code=code)

    def home_page(self):
        site = Site.objects.get(is_default_site=True)
        return site.root_page.specific

    def standard_fields(self, spec):
        return {
            "title": spec["title"],
            "slug": spec["slug"],
            "search_description": spec.get("search_description", ""),
            "intro": spec.get("intro", ""),
            "body": resolve(spec.get("body", []), self.refs),
        }

    def standard_page(self, parent, spec, in_menu=False):
        existing = parent.get_children().filter(slug=spec["slug"]).first()
        if existing is not None:
            return existing.specific
        page = StandardPage(
            title=spec["title"], slug=spec["slug"], show_in_menus=in_menu, live=False
        )
        parent.add_child(instance=page)
        self.new_pages.append((page, spec))
        return page

    def publish_new_pages(self):
        for page, spec in self.new_pages:
            for field, value in self.standard_fields(spec).items():
                setattr(page, field, value)
            page.save_revision().publish()
            self.log(f"  page « {page.title} »")
        self.new_pages = []

    def home_fields(self, spec):
        featured = [
            {"type": "link", "value": {"page": self.refs[key].pk, "title": title, "text": text}}
            for key, title, text in spec["featured"]
        ]
        return {
            "title": spec["title"],
            "slug": spec["slug"],
            "seo_title": spec["seo_title"],
            "search_description": spec["search_description"],
            "hero_title": spec["hero_title"],
            "hero_text": spec["hero_text"],
            "hero_cta_label": spec["hero_cta_label"],
            "easy_read_summary": spec["easy_read_summary"],
            "intro": spec["intro"],
            "featured": featured,
        }

    def fill_home(self, home):
        if home.hero_title:
            return
        for field, value in self.home_fields(content_programme.HOME["fr"]).items():
            setattr(home, field, value)
        home.hero_image = self.refs["neighbourhood"]
        home.hero_cta_page = self.refs["recruitment"]
        home.save_revision().publish()
        home.refresh_from_db()
        self.log("  page d'accueil")

    def translate_page(self, page, specs, fields):
        page = Page.objects.get(pk=page.pk).specific
        for code in LANGUAGES[1:]:
            translated = type(page)(**fields(specs[code]))
            if translate(page, translated, code) is not None:
                self.log(f"  traduction ({code}) de « {page.title} »")

    # ---- footer, search, users -----------------------------------------------------------

    def footer(self):
        fr = Locale.objects.get(language_code="fr")
        footer = SiteFooter.objects.filter(locale=fr).first()
        if footer is None:
            footer = SiteFooter(locale=fr, **content_site.FOOTER["fr"])
            footer.links = [
                SiteFooterLink(page=self.refs[key], sort_order=index)
                for index, key in enumerate(["legal", "accessibility", "privacy"])
            ]
            footer.save()
            self.log("  pied de page")
        if footer.privacy_page_id is None:
            footer.privacy_page = self.refs["privacy"]
            footer.save(update_fields=["privacy_page"])
        for code in LANGUAGES[1:]:
            if translate(footer, SiteFooter(**content_site.FOOTER[code]), code) is not None:
                self.log(f"  traduction ({code}) du pied de page")

    def search_promotions(self):
        query = Query.get("ambassadeur")
        SearchPromotion.objects.get_or_create(
            query=query,
            page=self.refs["programme"],
            defaults={
                "description": "Tout savoir sur le rôle des ambassadeurs santé.",
                "sort_order": 0,
            },
        )

    def training_sessions(self):
        """Upcoming sessions of the initial path and of two thematic trainings, at dates
        relative to today so that the demo always has something to register for."""
        if TrainingSession.objects.exists():
            return
        poles = {pole.code: pole for pole in Pole.objects.all()}
        pages = {
            page.slug: page for page in TrainingPage.objects.filter(locale__language_code="fr")
        }
        today = timezone.localdate()
        for slug, days, start, hours, capacity, pole, place, trainer in DEMO_SESSIONS:
            if slug not in pages:
                continue
            starts = timezone.make_aware(
                datetime.datetime.combine(today + datetime.timedelta(days=days), start)
            )
            TrainingSession.objects.create(
                training=pages[slug],
                starts_at=starts,
                ends_at=starts + datetime.timedelta(hours=hours),
                capacity=capacity,
                pole=poles.get(pole),
                place=place,
                trainer=trainer,
            )
        self.log(f"  {TrainingSession.objects.count()} sessions de formation")

    def demo_registrations(self):
        """The demo ambassador has followed the role half-day and is registered for the
        next active-listening session."""
        ambassador = get_user_model().objects.filter(email="ambassadrice@example.org").first()
        if ambassador is None or Registration.objects.filter(user=ambassador).exists():
            return
        past_start = timezone.now() - datetime.timedelta(days=40)
        role = TrainingPage.objects.filter(
            slug="role-ambassadeur", locale__language_code="fr"
        ).first()
        if role is not None:
            past = TrainingSession.objects.create(
                training=role,
                starts_at=past_start,
                ends_at=past_start + datetime.timedelta(hours=3),
                capacity=12,
                place="Hôtel de ville de Lille, salle Pierre Mauroy",
                trainer="La coordinatrice du programme",
            )
            Registration.objects.create(
                session=past, user=ambassador, status=RegistrationStatus.CONFIRMED, attended=True
            )
        listening = (
            TrainingSession.objects.filter(training__slug="ecoute-active")
            .order_by("starts_at")
            .first()
        )
        if listening is not None:
            Registration.objects.create(
                session=listening, user=ambassador, status=RegistrationStatus.CONFIRMED
            )

    def users(self):
        User = get_user_model()
        poles = {pole.code: pole for pole in Pole.objects.all()}
        for spec in DEMO_USERS:
            user, created = User.objects.get_or_create(
                username=spec["username"],
                defaults={
                    "email": spec["email"],
                    "first_name": spec["first_name"],
                    "last_name": spec["last_name"],
                    "is_superuser": spec["is_superuser"],
                    "is_staff": spec["is_staff"],
                },
            )
            if not created:
                continue
            user.set_password(spec["password"])
            user.save()
            user.groups.set(Group.objects.filter(role__role__in=spec["roles"]))
            EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
            pole = poles.get(spec.get("pole"))
            if spec.get("application"):
                Application.objects.create(
                    user=user,
                    pole=pole,
                    languages=["fr", "ar"],
                    involvement=["relay", "stands"],
                    availability="Le mercredi après-midi",
                    motivation="J'aide déjà mes voisins pour leurs papiers de santé.",
                    consent_at=timezone.now(),
                    email_verified_at=timezone.now(),
                )
            elif Role.AMBASSADOR in spec["roles"] or spec.get("referent_of"):
                profile = Profile.objects.create(
                    user=user, pole=pole, languages=["fr", "ar"], involvement=["relay"]
                )
                profile.referent_poles.set([poles[c] for c in spec.get("referent_of", [])])
            self.log(f"  compte {spec['email']} / {spec['password']}")
