from io import StringIO

import pytest
from django.core.cache import cache
from django.db import models, transaction
from modelsearch.index import insert_or_update_object
from wagtail.images import get_image_model

from cms.demo.builders.synthetic import ALL_PAGE_RENDITIONS, Generator
from cms.renditions import make_renditions


def _row(instance):
    """The column values of `instance`, without its id (a file as its name)."""
    row = {}
    for field in instance._meta.concrete_fields:
        if field.primary_key:
            continue
        value = getattr(instance, field.attname)
        row[field.attname] = (
            value.name if isinstance(field, models.FileField) else value
        )
    return row


@pytest.fixture(scope="session")
def _generated_image_rows(django_db_setup, django_db_blocker):
    """generate_content's images and the renditions it makes of them, made once
    per session by the generator itself, then rolled back: their files stay in
    MEDIA_ROOT, their rows are kept here. Drawing and rendering them (136
    renditions of 1600×900 pictures) cost each test that generated content
    most of its time."""
    with django_db_blocker.unblock(), transaction.atomic():
        images = Generator(["en"], 0, "gen0-", StringIO()).make_images()
        found = []
        for image in images:
            make_renditions(image, ALL_PAGE_RENDITIONS)
            renditions = [_row(rendition) for rendition in image.renditions.all()]
            found.append((_row(image), renditions))
        transaction.set_rollback(True)
    assert len(found) == len(images) > 0
    return found


@pytest.fixture
def generated_images(db, _generated_image_rows):
    """The images generate_content uses, with all their renditions, already in
    the database: the command finds them by title and renders nothing."""
    image_model = get_image_model()
    rendition_model = image_model.get_rendition_model()
    images = []
    for image_row, rendition_rows in _generated_image_rows:
        [image] = image_model.objects.bulk_create([image_model(**image_row)])
        rendition_model.objects.bulk_create(
            rendition_model(**{**row, "image_id": image.pk}) for row in rendition_rows
        )
        insert_or_update_object(image)
        images.append(image)
    return images


@pytest.fixture
def page_cache_on(settings):
    """The anonymous page cache on, empty before and after the test."""
    settings.PAGE_CACHE_ENABLED = True
    cache.clear()
    yield
    cache.clear()
