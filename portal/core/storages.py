"""Public media on an S3-compatible object store (django-storages), when the environment names
the bucket: every app server then reads and writes the same files (docs/deployment.md).

``PublicMediaStorage`` (``STORAGES["default"]``) keeps Wagtail's images, their renditions and
its documents in the public bucket. Its ``url()`` is ``/media/<name>`` on the site itself, not
the bucket's host: the Content-Security-Policy allows images from 'self' only, and the proxy
(nginx) fetches ``/media/images/`` and ``/media/original_images/`` from the bucket. Documents
are served by Wagtail's view, which checks private collections: never from the bucket.
The proposals' attachments have a bucket of their own (``members.proposals.private_s3``).

Keys come from the environment (``AWS_ACCESS_KEY_ID``, ``AWS_SECRET_ACCESS_KEY``) or the
machine's role, read by boto3, never from the settings.
"""

from django.conf import settings
from django.utils.encoding import filepath_to_uri

from storages.backends.s3 import S3Storage
from storages.utils import clean_name


class PublicMediaStorage(S3Storage):
    """The public bucket, linked through the site's own ``MEDIA_URL``."""

    def url(self, name, parameters=None, expire=None, http_method=None):
        return settings.MEDIA_URL + filepath_to_uri(clean_name(name)).lstrip("/")
