"""Demo content of the public sections: recruitment, pôles, experience sheets, agenda,
trainings and funding calls. Each step finds what exists before creating."""

import datetime
import decimal

from django.contrib.auth.models import Group
from django.utils import timezone

from wagtail.models import GroupApprovalTask, Page, Workflow, WorkflowPage, WorkflowTask

from pages.models import (
    EventIndexPage,
    EventPage,
    ExperienceSheetIndexPage,
    ExperienceSheetPage,
    FundingCallIndexPage,
    FundingCallPage,
    Pole,
    PoleIndexPage,
    PolePage,
    RecruitmentPage,
    TrainingIndexPage,
    TrainingPage,
)
from portal.core.time import PARIS, local_today

from . import content
from .stream import paragraphs
from .translation import translate


def _time(value):
    return datetime.time.fromisoformat(value) if value else None


def _index_fields(spec):
    fields = {key: value for key, value in spec.items() if key != "body_html"}
    if spec.get("body_html"):
        fields["body"] = [paragraphs(spec["body_html"])]
    return fields


def _child(parent, slug):
    existing = parent.get_children().filter(slug=slug).first()
    return existing.specific if existing is not None else None


def _create(parent, page, log):
    parent.add_child(instance=page)
    page.save_revision().publish()
    log(f"  page « {page.title} »")
    return page


class PublicContent:
    def __init__(self, home, log):
        self.home = home
        self.log = log
        self.today = local_today()
        self.now = timezone.now().astimezone(PARIS)
        self.pole_objects = {pole.code: pole for pole in Pole.objects.all()}
        # The texts, from portal/demo/content/<language>/<section>.toml.
        self.french = {section: content.read(section) for section in content.SECTIONS}
        self.translated = {section: content.translations(section) for section in content.SECTIONS}
        # Translations wait until the home page has its own (see ``translate``).
        self.pending = []

    def create(self):
        """The French pages; returns them by key for the other demo steps."""
        refs = {"recruitment": self.recruitment()}
        refs["poles"] = self.poles()
        refs["catalogue"] = self.sheets()
        refs["agenda"] = self.events()
        refs["trainings"] = self.trainings()
        refs["funding"] = self.funding_calls()
        self.sheet_workflow(refs["catalogue"])
        return refs

    def translate(self):
        """The English and Arabic copies. Run once the home page is translated: otherwise
        wagtail-localize would create an empty translated home page as their parent."""
        for job in self.pending:
            job()
        self.pending = []

    # ---- recruitment -------------------------------------------------------------------

    def recruitment_fields(self, spec):
        return {
            "title": spec["title"],
            "slug": spec["slug"],
            "search_description": spec["search_description"],
            "intro": spec["intro"],
            "easy_read_summary": spec.get("easy_read_summary", ""),
            "easy_read_certified": spec.get("easy_read_certified", False),
            "apply_label": spec["apply_label"],
            "who_can_join": spec["who_can_join"],
            "involvement": [
                {"type": "level", "value": {"title": title, "text": text}}
                for title, text in spec["involvement"]
            ],
            "path_steps": [
                {"type": "step", "value": {"title": title, "duration": duration, "text": text}}
                for title, duration, text in spec["path_steps"]
            ],
            "testimonials": [
                {
                    "type": "testimonial",
                    "value": {"text": text, "name": name, "neighbourhood": neighbourhood},
                }
                for text, name, neighbourhood in spec["testimonials"]
            ],
            "faq": [
                {
                    "type": "question",
                    "value": {"question": question, "answer": paragraphs(answer)["value"]},
                }
                for question, answer in spec["faq"]
            ],
        }

    def recruitment(self):
        spec = self.french["recruitment"]
        page = _child(self.home, spec["slug"])
        if page is None:
            page = _create(
                self.home,
                RecruitmentPage(show_in_menus=True, **self.recruitment_fields(spec)),
                self.log,
            )
        for code, spec in self.translated["recruitment"].items():
            fields = self.recruitment_fields(spec)
            self.pending.append(
                lambda code=code, fields=fields: self._translate(
                    page, RecruitmentPage(**fields), code
                )
            )
        return page

    # ---- shared ------------------------------------------------------------------------

    def index(self, model, section):
        spec = self.french[section]["index"]
        page = _child(self.home, spec["slug"])
        if page is None:
            page = _create(self.home, model(show_in_menus=True, **_index_fields(spec)), self.log)
        overrides = {code: data["index"] for code, data in self.translated[section].items()}
        self.translate_later(page, model, _index_fields, spec, overrides)
        return page

    def _translate(self, page, translated, code):
        if translate(page, translated, code):
            self.log(f"  traduction ({code}) de « {page.title} »")

    def translate_later(self, page, model, build, french, overrides):
        """Translate ``page``: each language overrides the texts of the French spec."""
        for code, override in overrides.items():
            fields = build({**french, **override})
            self.pending.append(
                lambda code=code, fields=fields: self._translate(page, model(**fields), code)
            )

    def translate_children(self, index, section, model, build):
        """Translate the pages the other languages give, each naming its French page."""
        french = {item["slug"]: item for item in self.french[section]["pages"]}
        for code, data in self.translated[section].items():
            for item in data["pages"]:
                override = {key: value for key, value in item.items() if key != "source"}
                page = _child(index, item["source"])
                self.translate_later(page, model, build, french[item["source"]], {code: override})

    # ---- pôles -------------------------------------------------------------------------

    def pole_fields(self, item):
        return {
            "title": item["title"],
            "slug": item["slug"],
            "pole": self.pole_objects[item["code"]],
            "intro": item["intro"],
            "services": item["services"],
            "body": [paragraphs(item["story"])] if item.get("story") else [],
            "host_association": item["host_association"],
            "address": item["address"],
            "latitude": decimal.Decimal(item["latitude"]),
            "longitude": decimal.Decimal(item["longitude"]),
            "opening_hours": item["opening_hours"],
            "referent_name": item["referent_name"],
            "referent_email": item["referent_email"],
        }

    def poles(self):
        spec = self.french["poles"]["index"]
        existing = self.home.get_children().filter(slug=spec["slug"]).first()
        if existing is not None and not isinstance(existing.specific, PoleIndexPage):
            # The foundation's demo described the pôles with standard pages.
            existing.delete()
        index = self.index(PoleIndexPage, "poles")
        for item in self.french["poles"]["pages"]:
            if _child(index, item["slug"]) is None:
                _create(index, PolePage(**self.pole_fields(item)), self.log)
        self.translate_children(index, "poles", PolePage, self.pole_fields)
        return index

    # ---- experience sheets -------------------------------------------------------------

    @staticmethod
    def sheet_fields(spec):
        fields = {
            key: value
            for key, value in spec.items()
            if key not in {"poles", "tags", "resources", "updated_on"}
        }
        fields["updated_on"] = datetime.date.fromisoformat(spec["updated_on"])
        fields["resources"] = [
            {"type": "link", "value": item} for item in spec.get("resources", [])
        ]
        return fields

    def sheets(self):
        index = self.index(ExperienceSheetIndexPage, "sheets")
        for item in self.french["sheets"]["pages"]:
            if _child(index, item["slug"]) is None:
                sheet = ExperienceSheetPage(**self.sheet_fields(item))
                sheet.poles = [self.pole_objects[code] for code in item["poles"]]
                sheet.tags.add(*item["tags"])
                _create(index, sheet, self.log)
        self.translate_children(index, "sheets", ExperienceSheetPage, self.sheet_fields)
        return index

    def sheet_workflow(self, index):
        """Sheets are published after a moderator's review."""
        moderators = Group.objects.filter(name="Moderators").first()
        if moderators is None:
            return
        task, created = GroupApprovalTask.objects.get_or_create(
            name="Relecture par un modérateur ou une modératrice"
        )
        if created:
            task.groups.set([moderators])
        workflow, _ = Workflow.objects.get_or_create(name="Relecture des fiches expérience")
        if not workflow.workflow_tasks.exists():
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        WorkflowPage.objects.get_or_create(
            page=Page.objects.get(pk=index.pk), defaults={"workflow": workflow}
        )

    # ---- agenda ------------------------------------------------------------------------

    def event_fields(self, item):
        start = self.today + datetime.timedelta(days=item["day_offset"])
        end = (
            self.today + datetime.timedelta(days=item["end_day_offset"])
            if item.get("end_day_offset") is not None
            else None
        )
        until = (
            start + datetime.timedelta(days=item["recurrence_weeks_until"])
            if item.get("recurrence_weeks_until")
            else None
        )
        return {
            "title": item["title"],
            "slug": item["slug"],
            "intro": item["intro"],
            "body": [paragraphs(item["body"])] if item.get("body") else [],
            "category": item["category"],
            "audience": item["audience"],
            "pole": self.pole_objects.get(item["pole"]) if item["pole"] else None,
            "place_name": item.get("place_name", ""),
            "address": item.get("address", ""),
            "start_date": start,
            "start_time": _time(item["start_time"]),
            "end_date": end,
            "end_time": _time(item["end_time"]),
            "recurrence": item.get("recurrence", ""),
            "recurrence_interval": item.get("recurrence_interval", 1),
            "recurrence_until": until,
        }

    def events(self):
        index = self.index(EventIndexPage, "events")
        if not EventPage.objects.child_of(index).exists():
            # Dates are relative to the day of the first load: create them all at once.
            for item in self.french["events"]["pages"]:
                _create(index, EventPage(**self.event_fields(item)), self.log)
        self.translate_children(index, "events", EventPage, self.event_fields)
        return index

    # ---- trainings and funding calls ---------------------------------------------------

    @staticmethod
    def training_fields(item):
        return {**item, "duration_hours": decimal.Decimal(item["duration_hours"])}

    def trainings(self):
        index = self.index(TrainingIndexPage, "trainings")
        for item in self.french["trainings"]["pages"]:
            if _child(index, item["slug"]) is None:
                _create(index, TrainingPage(**self.training_fields(item)), self.log)
        self.translate_children(index, "trainings", TrainingPage, self.training_fields)
        return index

    def funding_fields(self, item):
        midnight = self.now.replace(hour=0, minute=0, second=0, microsecond=0)
        fields = {
            key: value
            for key, value in item.items()
            if key not in {"opens_day_offset", "closes_day_offset", "criteria"}
        }
        return {
            **fields,
            "opens_at": midnight + datetime.timedelta(days=item["opens_day_offset"]),
            "closes_at": midnight
            + datetime.timedelta(days=item["closes_day_offset"], hours=23, minutes=59),
            "criteria": [
                {"type": "criterion", "value": {"title": title, "description": text}}
                for title, text in item["criteria"]
            ],
        }

    def funding_calls(self):
        index = self.index(FundingCallIndexPage, "funding")
        for item in self.french["funding"]["pages"]:
            if _child(index, item["slug"]) is None:
                _create(index, FundingCallPage(**self.funding_fields(item)), self.log)
        self.translate_children(index, "funding", FundingCallPage, self.funding_fields)
        return index
