from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Page, Site

from home.models import HomePage
from partners.models import PartnerPage
from partners.permissions import access_for


@pytest.mark.django_db
def test_load_demo_twice_changes_nothing():
    call_command("load_demo", stdout=StringIO())
    pages = Page.objects.count()
    revisions = dict(Page.objects.values_list("pk", "latest_revision_id"))
    call_command("load_demo", stdout=StringIO())
    assert Page.objects.count() == pages
    assert dict(Page.objects.values_list("pk", "latest_revision_id")) == revisions
    assert HomePage.objects.count() == 3
    assert Site.objects.get(is_default_site=True).root_page.specific_class is HomePage

    # Each partner's logo is in its own collection, where its editors find it.
    for partner in PartnerPage.objects.filter(locale__language_code="en"):
        assert partner.logo.collection == access_for(partner).collection
