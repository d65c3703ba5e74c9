"""Factories for the partner directory and partner profiles."""

import factory

from partners.models import (
    OrganisationType,
    PartnerFocusArea,
    PartnerIndexPage,
    PartnerPage,
    Region,
)
from tests.cms.factories import ImageFactory, PublishedPageFactory


class PartnerIndexPageFactory(PublishedPageFactory):
    class Meta:
        model = PartnerIndexPage

    title = "Partners"
    slug = factory.Sequence(lambda n: f"partners-{n}")
    introduction = "The universities, hospitals and companies of the network."


class PartnerPageFactory(PublishedPageFactory):
    """A partner profile with a generated logo; `focus=` takes a list of topics."""

    class Meta:
        model = PartnerPage

    title = factory.Sequence(lambda n: f"Partner {n:03d}")
    acronym = factory.Sequence(lambda n: f"P{n}")
    organisation_type = OrganisationType.UNIVERSITY
    region = Region.FLANDERS
    city = "Ghent"
    website = "https://example.org"
    boilerplate = factory.LazyAttribute(
        lambda obj: f"<p>{obj.title} is a partner of the network.</p>"
    )
    logo = factory.SubFactory(ImageFactory)

    @classmethod
    def _create_instance(cls, model_class, parent, kwargs):
        kwargs["focus_links"] = [
            PartnerFocusArea(topic=topic) for topic in kwargs.pop("focus", [])
        ]
        return super()._create_instance(model_class, parent, kwargs)
