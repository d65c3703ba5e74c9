"""Shared factories: images, topics, standard pages and the published-page base."""

import datetime

import factory
import wagtail_factories
from django.utils.text import slugify
from factory.django import DjangoModelFactory
from wagtail.models import Collection, Locale, Page
from wagtail.rich_text import RichText

from cms.models import StandardPage, Topic
from cms.translations.publishing import publish_as_is


def paragraph(html="<p>The two partners start a strategic dialogue.</p>"):
    """A one-paragraph body, in the shape BodyBlock stores."""
    return [("paragraph", RichText(html))]


class ImageFactory(wagtail_factories.ImageFactory):
    """An image in the root collection (the stock factory adds a second root)."""

    title = factory.Sequence(lambda n: f"Image {n}")
    collection = factory.LazyFunction(Collection.get_first_root_node)
    file = factory.django.ImageField(width=320, height=180, color="teal")


class DocumentFactory(wagtail_factories.DocumentFactory):
    """A small PDF-named document in the root collection."""

    title = factory.Sequence(lambda n: f"Press kit {n}")
    collection = factory.LazyFunction(Collection.get_first_root_node)
    file = factory.django.FileField(
        filename="press-kit.pdf", data=b"%PDF-1.4 newsroom test document"
    )


class PublishedPageFactory(wagtail_factories.PageFactory):
    """A page added under `parent` and published through a revision.

    Pass `publish=False` for a draft. The parent is reloaded first: an
    in-memory parent may be stale (slug, numchild), which would give the child
    a wrong URL path or a clashing tree path. The page returned is fresh from
    the database, as a reader's request would load it.
    """

    class Meta:
        abstract = True

    title = factory.Sequence(lambda n: f"Page {n}")

    @classmethod
    def _create_instance(cls, model_class, parent, kwargs):
        publish = kwargs.pop("publish", True)
        if not publish:
            kwargs["live"] = False
        if parent is not None:
            parent = Page.objects.get(pk=parent.pk).specific
        instance = super()._create_instance(model_class, parent, kwargs)
        revision = instance.save_revision()
        if publish:
            # Test data is published one language at a time, on purpose.
            with publish_as_is():
                revision.publish()
        return model_class.objects.get(pk=instance.pk)


class TopicFactory(DjangoModelFactory):
    class Meta:
        model = Topic

    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.LazyAttribute(lambda obj: slugify(obj.name))
    locale = factory.LazyFunction(Locale.get_default)


class StandardPageFactory(PublishedPageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"About the network {n}")
    introduction = "Who we are and what we do."
    body = factory.LazyFunction(paragraph)


def days_ago(days):
    return datetime.date.today() - datetime.timedelta(days=days)


def render_query_count(client, url):
    """Queries of one rendering of `url`, after a warm-up request.

    The warm-up fills the one-off caches (site root paths, settings, image
    renditions) so the count is what every later reader costs.
    """
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries.captured_queries), queries


def translate(page, code):
    """What the admin's "Translate" action does for one locale (wagtail-localize)."""
    from wagtail_localize.models import Translation, TranslationSource

    source, _created = TranslationSource.get_or_create_from_instance(page)
    record, _created = Translation.objects.get_or_create(
        source=source, target_locale=Locale.objects.get(language_code=code)
    )
    record.save_target(publish=False)
    return record
