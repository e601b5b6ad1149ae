"""Build the demo site. Every step finds what exists before creating: running it twice
changes nothing, and a run stopped half-way is completed by the next.

Steps are committed one by one rather than in one transaction: wagtail-localize publishes
translations when their transaction commits, and a single long transaction would publish
stale copies of the translated home pages over their newly added children.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, Page, Site

from pages.models import StandardPage
from portal.models import SiteFooter, SiteFooterLink

from . import content_programme, content_site
from .images import demo_images
from .public import PublicContent
from .stream import resolve
from .translation import translate

LANGUAGES = ("fr", "en", "ar")

# Development accounts, documented in the README. Never created in production.
DEMO_USERS = [
    {
        "username": "admin",
        "email": "admin@example.org",
        "password": "demo-admin-2026",
        "first_name": "Alice",
        "last_name": "Admin",
        "is_superuser": True,
        "groups": [],
    },
    {
        "username": "editrice",
        "email": "editrice@example.org",
        "password": "demo-editrice-2026",
        "first_name": "Élise",
        "last_name": "Éditrice",
        "is_superuser": False,
        "groups": ["Editors"],
    },
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
        self.footer()
        self.search_promotions()
        if self.with_users:
            self.users()

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

    def users(self):
        User = get_user_model()
        for spec in DEMO_USERS:
            user, created = User.objects.get_or_create(
                username=spec["username"],
                defaults={
                    "email": spec["email"],
                    "first_name": spec["first_name"],
                    "last_name": spec["last_name"],
                    "is_superuser": spec["is_superuser"],
                    "is_staff": True,
                },
            )
            if created:
                user.set_password(spec["password"])
                user.save()
                user.groups.set(Group.objects.filter(name__in=spec["groups"]))
                self.log(f"  compte {spec['username']} / {spec['password']}")
