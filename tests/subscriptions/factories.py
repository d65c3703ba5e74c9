"""Factories for subscribers and releases in three languages."""

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from news.models import PressReleasePage, ReleasePartner
from subscriptions.models import Subscriber
from tests.news.factories import PressReleasePageFactory


class SubscriberFactory(DjangoModelFactory):
    """A confirmed subscriber; `topics=` and `partners=` take lists."""

    class Meta:
        model = Subscriber
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"reader{n}@example.org")
    language = "en"
    confirmed_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if extracted:
            self.topics.set(extracted)

    @factory.post_generation
    def partners(self, create, extracted, **kwargs):
        if extracted:
            self.partners.set(extracted)


def release_in_three_languages(news, partners=(), **kwargs):
    """English, French and Dutch drafts (their latest revisions), titled per language.

    The partners are linked to each version after copying: copying a draft
    whose About sections exist only in its revision trips over their keys.
    """
    release = PressReleasePageFactory(parent=news, publish=False, **kwargs)
    versions = {"en": PressReleasePage.objects.get(pk=release.pk)}
    for code in ("fr", "nl"):
        source = PressReleasePage.objects.get(pk=release.pk)
        copy = source.copy_for_translation(
            Locale.objects.get(language_code=code)
        ).specific
        versions[code] = copy
    for code, version in versions.items():
        version = PressReleasePage.objects.get(pk=version.pk)
        if code != "en":
            version.title = f"{release.title} ({code})"
        version.partner_links = [
            ReleasePartner(partner=partner) for partner in partners
        ]
        version.save_revision()
        # As the editor sees it: the latest draft, links included.
        versions[code] = version.get_latest_revision_as_object()
    return versions
