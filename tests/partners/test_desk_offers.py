"""Nothing a partner editor is offered in the admin is refused when they use it.

The other side of the read boundary (test_read_boundary.py): signed in as a
partner editor, walk every admin page they reach in their work (dashboard,
the explorer from the root down to their profile, its edit page in each
language, images, documents, reports, search, account), collect every link,
button, form action and bulk action those pages offer, and request each one as
that editor. No pencil, menu item or bulk action may lead to a 403, a 404 or
Wagtail's "Sorry, you do not have permission" (a redirect to the dashboard or
the sign-in page).
"""

import re
from urllib.parse import urljoin, urlsplit

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from lxml import html as lxml_html
from wagtail.documents import get_document_model
from wagtail.models import Page

from partners.permissions import access_for

pytestmark = pytest.mark.django_db

# Where a click leaves the editor's own work: signing out and the public site's
# language switch (its own tests cover it).
NOT_OFFERS = ("/admin/logout/",)
REFUSED = {403, 404}
URL_ATTRIBUTES = ("href", "action", "formaction", "data-url", "data-bulk-action-url")


def start_pages(newsroom, versions):
    """The admin pages a partner editor reaches in their work."""
    profile = versions["en"]
    pages = [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_explore_root"),
        reverse("wagtailadmin_pages:search") + "?q=Alpha",
        reverse("wagtailimages:index"),
        reverse("wagtaildocs:index"),
        reverse("wagtailadmin_account"),
        reverse("newsroom_translation_status"),
    ]
    for ancestor in Page.objects.ancestor_of(profile, inclusive=True).filter(
        depth__gt=1
    ):
        pages.append(reverse("wagtailadmin_explore", args=(ancestor.pk,)))
    for version in versions.values():
        pages.append(reverse("wagtailadmin_pages:edit", args=(version.pk,)))
        pages.append(reverse("wagtailadmin_pages:history", args=(version.pk,)))
    image = newsroom["images"]["A"]
    pages.append(reverse("wagtailimages:edit", args=(image.pk,)))
    return pages


def offered(tree, element):
    """A dialog (privacy, …) is offered only by a button that opens it."""
    if "w-dialog" not in element.get("class", "").split():
        return True
    dialog = element.get("id")
    return bool(tree.xpath(f'//*[@data-a11y-dialog-show="{dialog}"]'))


def offers(path, body):
    """Every URL a page offers: links, form actions, bulk actions with their ids."""
    tree = lxml_html.fromstring(body)
    ids = tree.xpath("//input[@data-bulk-action-checkbox]/@value")
    found = set()
    for attribute in URL_ATTRIBUTES:
        for element in tree.xpath(f"//*[@{attribute}]"):
            if not offered(tree, element):
                continue
            value = element.get(attribute).strip()
            if not value or value.startswith(("#", "javascript:", "mailto:")):
                continue
            url = urljoin(path, value)
            parts = urlsplit(url)
            if parts.netloc and parts.netloc != "testserver":
                continue
            url = parts.path + (f"?{parts.query}" if parts.query else "")
            if "/bulk/" in parts.path and ids:
                joiner = "&" if parts.query else "?"
                url += joiner + "&".join(f"id={pk}" for pk in ids)
            found.add((url, element.tag, element.get("class", "")))
    # The main menu (Wagtail's sidebar) is drawn by a script from this data.
    for menu in tree.xpath('//script[@id="wagtail-sidebar-props"]/text()'):
        for url in re.findall(r'"(/admin/[^"]*)"', menu):
            found.add((url, "menu", "sidebar"))
    return found


def refusal(client, url):
    """Why `url` refuses the signed-in editor, or None when it serves them."""
    response = client.get(url)
    if response.status_code in REFUSED:
        return response.status_code
    location = response.get("Location", "")
    if response.status_code == 302 and (
        location == reverse("wagtailadmin_home")
        or location.startswith(reverse("wagtailadmin_login"))
    ):
        return f"redirect to {location}"
    return None


def test_every_offer_on_a_partner_editors_pages_serves_them(
    client, newsroom, alpha_versions
):
    versions = alpha_versions
    get_document_model().objects.create(
        title="Alpha annual report",
        file=ContentFile(b"%PDF-1.4 report", name="alpha-report.pdf"),
        collection=access_for(versions["en"]).collection,
    )
    client.force_login(newsroom["users"]["editor_a"])
    offered = {}
    menu = set()
    for path in start_pages(newsroom, versions):
        response = client.get(path)
        assert response.status_code == 200, path
        for url, tag, css in offers(path, response.content.decode()):
            offered.setdefault(url, f"{tag}.{css} on {path}")
            if tag == "menu":
                menu.add(url)
    assert len(offered) > 40  # the walk found the admin's offers
    assert reverse("newsroom_translation_status") in menu  # the main menu's too
    client.raise_request_exception = False
    refused = {}
    for url, where in sorted(offered.items()):
        if url.startswith(NOT_OFFERS):
            continue
        why = refusal(client, url)
        if why is not None:
            refused[url] = (why, where)
    assert refused == {}, "\n".join(
        f"{url}: {why} ({where})" for url, (why, where) in refused.items()
    )
