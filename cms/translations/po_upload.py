"""PO files from outside translators, checked before wagtail-localize imports them.

A malformed file, a file without wagtail-localize's header, or one made for
another translation is refused with a message and imports nothing.
"""

import contextlib
import os
import re
import tempfile
import uuid

import polib
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext
from django.views.decorators.http import require_POST
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.models import Page
from wagtail_localize.models import Translation
from wagtail_localize.views import edit_translation


class BadPOFile(Exception):
    """An uploaded PO file that cannot be imported into this translation."""


def read_pofile(upload, record):
    """The uploaded PO file, parsed and checked against `record`, or BadPOFile."""
    if upload is None:
        raise BadPOFile(gettext("Choose a PO file to upload."))
    data = upload.read()
    if not data.strip():
        raise BadPOFile(gettext("The file is empty."))
    try:
        if b"\x00" in data:
            raise UnicodeDecodeError("utf-8", data, 0, 1, "binary")
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise BadPOFile(
            gettext("The file is not a PO file: it is not UTF-8 text.")
        ) from error
    # polib reads a path as readily as contents: always hand it a file.
    with tempfile.NamedTemporaryFile(suffix=".po", delete=False) as f:
        f.write(data)
    try:
        po = polib.pofile(f.name)
    except (OSError, ValueError, LookupError) as error:
        # polib's message names the temporary file: keep only the line number.
        line = re.search(r"\(line (\d+)\)", str(error))
        if line:
            reason = gettext(
                "The file is not a valid PO file: syntax error on line %(line)s."
            ) % {"line": line.group(1)}
        else:
            reason = gettext("The file is not a valid PO file.")
        raise BadPOFile(reason) from error
    finally:
        with contextlib.suppress(OSError):
            os.unlink(f.name)
    found = po.metadata.get("X-WagtailLocalize-TranslationID", "").strip()
    if not found:
        raise BadPOFile(
            gettext(
                "This PO file was not downloaded from this translation: its header "
                "has no X-WagtailLocalize-TranslationID. Upload the file you got "
                'with "Download PO file", translated.'
            )
        )
    if found != str(record.uuid):
        other = None
        with contextlib.suppress(ValueError):
            other = (
                Translation.objects.filter(uuid=uuid.UUID(found))
                .select_related("target_locale")
                .first()
            )
        if other is not None and other.source_id == record.source_id:
            raise BadPOFile(
                gettext(
                    "This PO file is for the %(found)s version, not the "
                    "%(expected)s one. Upload it on the %(found)s translation."
                )
                % {
                    "found": other.target_locale.get_display_name(),
                    "expected": record.target_locale.get_display_name(),
                }
            )
        raise BadPOFile(
            gettext("This PO file belongs to another page or snippet's translation.")
        )
    if not any(entry.msgid for entry in po):
        raise BadPOFile(gettext("The PO file contains no strings to import."))
    return po


@require_POST
def upload_pofile(request, translation_id):
    """wagtail-localize's PO upload, after checking the file is the right one.

    A bad file is answered with a message and imports nothing; a good one is
    handed to wagtail-localize, which imports it in one transaction.
    """
    record = get_object_or_404(Translation, id=translation_id)
    instance = record.get_target_instance()
    if not edit_translation.user_can_edit_instance(request.user, instance):
        raise PermissionDenied
    upload = request.FILES.get("file")
    try:
        read_pofile(upload, record)
    except BadPOFile as error:
        messages.error(
            request,
            gettext("The PO file was not imported. %(reason)s")
            % {"reason": error.args[0]},
        )
        next_url = get_valid_next_url_from_request(request)
        if not next_url and isinstance(instance, Page):
            next_url = reverse("wagtailadmin_pages:edit", args=(instance.pk,))
        return redirect(next_url or reverse("wagtailadmin_home"))
    upload.seek(0)
    return edit_translation.upload_pofile(request, translation_id)
