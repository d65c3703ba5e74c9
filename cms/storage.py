"""Private S3-compatible storage for uploaded images and documents.

Objects are written without an ACL, so the bucket keeps them private, and
`url()` names the application's own checking view (`/media/<name>`), never the
bucket: pages, renditions and the API link to URLs that do not expire, which
the page cache and a CDN may keep. The checking view (cms/media_views.py) then
streams the object or redirects to a presigned URL that lives
`AWS_QUERYSTRING_EXPIRE` seconds.
"""

from botocore.exceptions import ClientError
from django.conf import settings
from django.utils.encoding import filepath_to_uri
from storages.backends.s3 import S3Storage
from storages.utils import clean_name


class PrivateS3Storage(S3Storage):
    default_acl = None

    def get_default_settings(self):
        defaults = super().get_default_settings()
        # Never a public-read object, whatever AWS_DEFAULT_ACL says.
        defaults["default_acl"] = None
        return defaults

    def url(self, name, parameters=None, expire=None, http_method=None):
        """The checking view's URL of `name`: stable, and useless without access."""
        return f"{settings.MEDIA_URL}{filepath_to_uri(clean_name(name))}"

    def key(self, name):
        return self._normalize_name(clean_name(name))

    def signed_url(self, name, expire, response_headers):
        """A presigned GET of the object; the bucket answers with these headers.

        `response_headers` maps S3's response overrides (ResponseCacheControl,
        ResponseContentType, ResponseContentDisposition) to their values.
        """
        params = {"Bucket": self.bucket.name, "Key": self.key(name)}
        params.update(response_headers)
        return self.connection.meta.client.generate_presigned_url(
            "get_object", Params=params, ExpiresIn=expire
        )

    def stream(self, name):
        """(body, length, content type) of the object; FileNotFoundError if absent."""
        try:
            found = self.bucket.Object(self.key(name)).get()
        except ClientError as error:
            raise FileNotFoundError(name) from error
        return found["Body"], found.get("ContentLength"), found.get("ContentType")
