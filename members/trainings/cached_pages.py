"""The training pages' cached copies follow their sessions: any saved or deleted session or
registration makes the training's pages stale in the app's cache and purges them from
Varnish or the CDN (on commit). Model signals rather than calls in each service, so that
the admin's session forms and every service are covered alike."""

from contextlib import suppress

from django.core.exceptions import ObjectDoesNotExist
from django.db.models.signals import post_delete, post_save

from portal.core import frontend_cache, page_cache

from .models import Registration, TrainingSession
from .sessions import seats_tag


def _training_changed(translation_key):
    page_cache.invalidate(seats_tag(translation_key))
    frontend_cache.purge_translations(translation_key)


def _session_changed(sender, instance, **kwargs):
    # Deleted with its training page? The page's deletion purges everything.
    with suppress(ObjectDoesNotExist):
        _training_changed(instance.training.translation_key)


def _registration_changed(sender, instance, **kwargs):
    # The services hold the session (and its training) already: no query then.
    # Deleted with its session? The session's own signal purges.
    with suppress(ObjectDoesNotExist):
        _training_changed(instance.session.training.translation_key)


def connect():
    for signal in (post_save, post_delete):
        signal.connect(_session_changed, sender=TrainingSession, dispatch_uid=f"seats-{signal}")
        signal.connect(
            _registration_changed, sender=Registration, dispatch_uid=f"registrations-{signal}"
        )
