"""Upload one image through the admin and make every rendition the site uses.

Run in a fresh process by tests/cms/test_upload_memory.py, so that the peak
resident memory it prints is what one worker needs for one upload:
`python -m tests.cms.memory_probe IMAGE MEDIA_ROOT`. Prints JSON.
"""

import json
import os
import resource
import shutil
import sys

import django


def peak_mb():
    """This process's peak resident memory (VmHWM), in MB.

    Not getrusage's ru_maxrss: Linux carries that across exec, so a child
    would report its parent's peak.
    """
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024)
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def every_rendition_spec():
    from cms import renditions

    specs = list(renditions.UPLOAD_RENDITIONS)
    for fields in renditions.PAGE_IMAGE_RENDITIONS.values():
        for field_specs in fields.values():
            specs.extend(field_specs)
    for block_specs in renditions.BLOCK_RENDITIONS.values():
        specs.extend(block_specs)
    return list(dict.fromkeys(specs))


def upload(path):
    """The file as Django's upload handler leaves a large upload: on disk."""
    from django.core.files.uploadedfile import TemporaryUploadedFile

    name = os.path.basename(path)
    size = os.path.getsize(path)
    upload = TemporaryUploadedFile(name, "application/octet-stream", size, None)
    with open(path, "rb") as source:
        shutil.copyfileobj(source, upload.file)
    upload.seek(0)
    return upload


def main(path, media_root):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")
    django.setup()
    from django.contrib.auth import get_user_model
    from django.test import override_settings
    from wagtail.images import get_image_model
    from wagtail.images.forms import get_image_form
    from wagtail.models import Collection

    from cms.renditions import make_renditions

    with override_settings(MEDIA_ROOT=media_root):
        user = get_user_model().objects.create_superuser("probe", "p@example.org")
        collection = Collection.get_first_root_node()
        started = peak_mb()
        # What the admin's add view does with the upload: the same form, the
        # same save, and the upload renditions its post_save signal makes.
        uploaded_file = upload(path)
        form = get_image_form(get_image_model())(
            {"title": "Press photo", "collection": collection.pk},
            {"file": uploaded_file},
            user=user,
        )
        valid = form.is_valid()
        if valid:
            image = form.save(commit=False)
            image.uploaded_by_user = user
            image.save()
        uploaded_file.close()
        uploaded = peak_mb()
        specs = every_rendition_spec()
        if valid:
            make_renditions(image, specs)
        result = {
            "errors": form.errors.get_json_data(),
            "started_mb": started,
            "upload_mb": uploaded,
            "peak_mb": peak_mb(),
            "stored": [image.width, image.height] if valid else None,
            "specs": len(specs),
            "renditions": image.renditions.count() if valid else 0,
        }
    sys.stdout.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:3])
