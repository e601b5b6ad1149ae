"""Live Wagtail pages in bulk, for the scaled demo: what ``add_child`` then
``save_revision().publish()`` would leave, without their per-page cost (about 0.1 s a page).

A page is two rows, the base ``wagtailcore_page`` row and its specific row. Paths are
computed from the parent's last child (treebeard's scheme: steps of four base-36
characters), the parent's ``numchild`` is raised once, under its row lock. Each page then
gets what publishing writes: one revision (its content, as ``save_revision`` serialises
it), the ``wagtail.create`` and ``wagtail.publish`` log entries, its rows in the reference
index, and its entry in the search index (through the search backend's own bulk
``add_items``, as ``update_index`` does).

Sheets and events are keyed by a ``translation_key`` made from their index: a second run
finds them and adds none."""

import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import CharField, F, OuterRef, Subquery
from django.db.models.functions import Cast
from django.utils import timezone

from modelcluster.models import get_all_child_relations
from taggit.models import Tag
from wagtail.models import Page, PageLogEntry, ReferenceIndex, Revision
from wagtail.search.backends import get_search_backends
from wagtail.signals import page_published

from pages.models import EventPage, ExperienceSheetPage, ExperienceSheetTag, Pole

from . import scale_text

NAMESPACE = uuid.UUID("a3f0c2d4-5b6e-4f71-8a9b-0c1d2e3f4a5b")
BATCH = 500


def page_key(kind, index):
    """The ``translation_key`` of the ``index``-th scaled page of a kind."""
    return uuid.uuid5(NAMESPACE, f"{kind}-{index}")


def missing(parent, kind, indexes):
    """The indexes whose page is not under ``parent``'s locale yet."""
    keys = {page_key(kind, index): index for index in indexes}
    found = set(
        Page.objects.filter(translation_key__in=list(keys), locale_id=parent.locale_id).values_list(
            "translation_key", flat=True
        )
    )
    return [index for key, index in keys.items() if key not in found]


def _batches(items, size=BATCH):
    for first in range(0, len(items), size):
        yield items[first : first + size]


# ---- the tree ----------------------------------------------------------------------------


def insert(parent, pages):
    """Insert ``pages`` (unsaved, of one specific model, with their fields and a unique
    ``translation_key``) as the last children of ``parent``, live. Call it inside a
    transaction; the children's relations and ``publish`` come after."""
    if not pages:
        return []
    model = type(pages[0])
    parent = Page.objects.select_for_update().get(pk=parent.pk)
    children = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
    last = children.order_by("-path").values_list("path", flat=True).first()
    step = Page._str2int(last[-Page.steplen :]) if last else 0
    taken = set(children.values_list("slug", flat=True))
    content_type = ContentType.objects.get_for_model(model)
    now = timezone.now()
    for page in pages:
        while page.slug in taken:  # an editor's page already has it: keep ours apart
            page.slug += "-x"
        taken.add(page.slug)
        step += 1
        page.path = Page._get_path(parent.path, parent.depth + 1, step)
        page.depth = parent.depth + 1
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.locale_id = parent.locale_id
        page.content_type = content_type
        page.live = True
        page.has_unpublished_changes = False
        page.draft_title = page.title
        page.first_published_at = page.last_published_at = now
        page.latest_revision_created_at = now
    base_fields = [field.attname for field in Page._meta.concrete_fields if field.attname != "id"]
    rows = [Page(**{name: getattr(page, name) for name in base_fields}) for page in pages]
    Page.objects.bulk_create(rows, batch_size=BATCH)
    for page, row in zip(pages, rows, strict=True):
        page.id = page.page_ptr_id = row.id
        page._state.adding = False
        page._state.db = row._state.db
    # Django's bulk_create refuses multi-table models: the specific rows go through the
    # same insert that save() uses, in batches.
    fields = model._meta.local_concrete_fields
    size = max(1, min(BATCH, connection.ops.bulk_batch_size(fields, pages)))
    for batch in _batches(pages, size):
        model._base_manager._insert(batch, fields=fields, using=connection.alias)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    return pages


def publish(pages):
    """What publishing writes besides the page rows: revisions, log entries, references,
    search entries. ``pages`` are ``insert``'s, with their child relations in memory."""
    if not pages:
        return
    model = type(pages[0])
    content_type = ContentType.objects.get_for_model(model)
    base = ContentType.objects.get_for_model(Page)
    now = pages[0].first_published_at
    for page in pages:
        for relation in get_all_child_relations(page):
            name = relation.get_accessor_name()
            if name not in getattr(page, "_cluster_related_objects", {}):
                setattr(page, name, [])  # none yet: no query to find out
    revisions = [
        Revision(
            content_type_id=content_type.pk,
            base_content_type_id=base.pk,
            object_id=str(page.pk),
            created_at=now,
            object_str=str(page),
            content=page.serializable_data(),
        )
        for page in pages
    ]
    Revision.objects.bulk_create(revisions, batch_size=BATCH)
    latest = (
        Revision.objects.filter(
            base_content_type_id=base.pk, object_id=Cast(OuterRef("pk"), CharField())
        )
        .order_by("-pk")
        .values("pk")[:1]
    )
    for batch in _batches([page.pk for page in pages]):
        Page.objects.filter(pk__in=batch).update(
            latest_revision=Subquery(latest), live_revision=Subquery(latest)
        )
    for page, revision in zip(pages, revisions, strict=True):
        page.latest_revision_id = page.live_revision_id = revision.pk
    PageLogEntry.objects.bulk_create(
        [
            PageLogEntry(
                content_type_id=content_type.pk,
                label=page.get_admin_display_title(),
                action=action,
                data={},
                timestamp=now,
                revision_id=revision_id,
                content_changed=True,
                page_id=page.pk,
            )
            for page in pages
            for action, revision_id in (
                ("wagtail.create", None),
                ("wagtail.publish", page.latest_revision_id),
            )
        ],
        batch_size=BATCH,
    )
    ReferenceIndex.objects.bulk_create(
        [
            ReferenceIndex(
                content_type_id=content_type.pk,
                base_content_type_id=base.pk,
                object_id=str(page.pk),
                to_content_type_id=to_content_type_id,
                to_object_id=to_object_id,
                model_path=model_path,
                content_path=content_path,
                content_path_hash=ReferenceIndex._get_content_path_hash(content_path),
            )
            for page in pages
            for to_content_type_id, to_object_id, model_path, content_path in set(
                ReferenceIndex._extract_references_from_object(page)
            )
        ],
        batch_size=BATCH,
        ignore_conflicts=True,
    )
    for backend in get_search_backends(with_auto_update=True):
        for batch in _batches(pages):
            backend.add_bulk(model, batch)
    # One signal for the batch rather than one a page: what follows a publication (menus,
    # the whole-page cache, Varnish or the CDN) runs once.
    page_published.send(sender=model, instance=pages[-1], revision=revisions[-1])


# ---- sheets and events -------------------------------------------------------------------


def add_sheets(catalogue, indexes, today):
    """The scaled sheets ``indexes`` missing under ``catalogue``; returns how many were
    added. Call it inside a transaction."""
    todo = missing(catalogue, "sheet", indexes)
    if not todo:
        return 0
    poles = {pole.code: pole for pole in Pole.objects.all()}
    tags = {}
    sheets = []
    for index in todo:
        fields, tag_names, pole_codes = scale_text.sheet(index, today)
        sheet = ExperienceSheetPage(translation_key=page_key("sheet", index), **fields)
        for name in tag_names:
            if name not in tags:
                tags[name] = Tag.objects.filter(name=name).first() or Tag.objects.create(name=name)
        sheet.tagged_items = [ExperienceSheetTag(tag=tags[name]) for name in tag_names]
        sheet.poles = [poles[code] for code in pole_codes if code in poles]
        sheets.append(sheet)
    insert(catalogue, sheets)
    items = [item for sheet in sheets for item in sheet.tagged_items.all()]
    for item, sheet in ((item, item.content_object) for item in items):
        item.content_object_id = sheet.pk
    ExperienceSheetTag.objects.bulk_create(items, batch_size=BATCH)
    through = ExperienceSheetPage.poles.through
    through.objects.bulk_create(
        [
            through(experiencesheetpage_id=sheet.pk, pole_id=pole.pk)
            for sheet in sheets
            for pole in sheet.poles.all()
        ],
        batch_size=BATCH,
    )
    publish(sheets)
    return len(sheets)


def add_events(agenda, indexes, today):
    """The scaled events ``indexes`` missing under ``agenda``; returns how many were added.
    Call it inside a transaction."""
    todo = missing(agenda, "event", indexes)
    if not todo:
        return 0
    poles = {pole.code: pole for pole in Pole.objects.all()}
    events = []
    for index in todo:
        fields = scale_text.event(index, today)
        pole = poles.get(fields.pop("pole_code"))
        if pole is None and not fields["place_name"]:
            fields["place_name"] = scale_text.VENUES[index % len(scale_text.VENUES)][0]
        events.append(EventPage(translation_key=page_key("event", index), pole=pole, **fields))
    insert(agenda, events)
    publish(events)
    return len(events)
