"""The proposals' attachments in a private bucket of an S3-compatible store, for several app
servers (``STORAGES["private"]`` when ``AWS_PRIVATE_BUCKET_NAME`` is set): no URL, not even a
signed one; ``private_files.file_response`` streams them from the views that check
permissions. A module of its own so that boto3 is imported only where it is used."""

from storages.backends.s3 import S3Storage

from .private_files import NoPublicURL


class PrivateS3Storage(S3Storage):
    def url(self, name, parameters=None, expire=None, http_method=None):
        raise NoPublicURL(f"{name} is a private file: it has no URL.")
