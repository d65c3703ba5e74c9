"""What partner editor A must not read, built once for the read-boundary matrix.

Partner B's profile in three languages (live, with a draft in moderation), a
release embargoed in three languages, a live release with a scheduled title
change, a release in moderation, B's image, document and pending upload, an
unused image and document in a collection of their own, a media contact, a
topic and a redirect. Every one of them carries a distinctive title: none of
these strings may appear in a response partner editor A gets from the admin.
"""

import datetime

import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.utils import timezone
from django_otp_webauthn.models import WebAuthnCredential
from wagtail.admin.models import EditingSession
from wagtail.contrib.redirects.models import Redirect
from wagtail.images.models import Image
from wagtail.models import Collection, Locale, Page, UploadedFile

from cms.models import PublicCollection
from cms.translations.publishing import publish_as_is
from news.models import PressReleasePage, ReviewLink
from partners.permissions import (
    access_for,
    add_partner_editor,
    communications_group,
    partner_review_workflow,
    setup_roles,
)
from tests.cms.factories import ImageFactory, TopicFactory, translate
from tests.home.factories import build_sections
from tests.news.factories import (
    AccreditedJournalistFactory,
    MediaContactFactory,
    PressReleasePageFactory,
)
from tests.partners.factories import PartnerPageFactory
from tests.webhooks.factories import WebhookEndpointFactory

LANGUAGES = ("en", "fr", "nl")

OWN_TITLES = {
    "en": "Alphaville University",
    "fr": "Universite Alphaville",
    "nl": "Universiteit Alphaville",
}
PARTNER_B_TITLES = {
    "en": "Betacorp Institute",
    "fr": "Institut Betacorp Wallonie",
    "nl": "Betacorp Instituut Vlaanderen",
}
PARTNER_B_DRAFT_TITLE = "Betacorp renamed in review"
EMBARGO_TITLES = {
    "en": "Embargoed xenograft breakthrough",
    "fr": "Percee xenogreffe sous embargo",
    "nl": "Xenotransplantatie doorbraak onder embargo",
}
LIVE_RELEASE_TITLE = "Quarterly lab figures"
SCHEDULED_TITLE = "Merger with Gammaplex announced"
MODERATED_TITLE = "Draft quokka vaccine trial"
B_IMAGE = "Betacorp cleanroom photo"
B_DOCUMENT = "Betacorp annual accounts"
B_UPLOAD_FILE = "betacorp-pending-scan.png"
EMBARGO_HERO = "Xenograft hero portrait"
EMBARGO_PRESS_KIT = "Xenograft press kit"
UNUSED_IMAGE = "Unreleased cyclotron shot"
UNUSED_DOCUMENT = "Unreleased cyclotron budget"
CONTACT_NAME = "Zelda Quillfeather"
# Communications' own lists: accredited journalists and partners' webhooks.
JOURNALIST_NAME = "Quentin Zyzzyva"
JOURNALIST_EMAIL = "zyzzyva@secret-desk.example"
WEBHOOK_NAME = "Zeta partner hook"
WEBHOOK_URL = "https://zeta-secret.example.org/hooks"
WEBHOOK_SECRET = "whsec_WmV0YXNlY3JldGtleVpldGFzZWNyZXRrZXlaZXRhcw=="
# Topics are the shared taxonomy: every topic is a filter of the public
# listings, so a topic's name is no secret (its usage is).
TOPIC_NAME = "Xenograft ethics"
REDIRECT_PATH = "/old-xenograft-path"
# Tag names are shared by the whole site (see docs/permissions.md).
OWN_TAG = "gamma-rays"
B_TAG = "gammaplex-merger"
B_EDITOR = "betacorp-editor"

# Distinctive file names: the stock document factory names every file
# "example.dat", which would tell nothing.
B_DOCUMENT_FILE = "betacorp-accounts.pdf"
PRESS_KIT_FILE = "xenograft-press-kit.pdf"
UNUSED_DOCUMENT_FILE = "cyclotron-budget.pdf"


def secrets():
    """Every string partner editor A must never read in the admin.

    The embargoed, scheduled and moderated titles, B's titles, B's and the
    other collections' media titles and file names, a media contact's name, a
    redirect to the embargoed release, and B's editor's username.
    """
    return [
        *PARTNER_B_TITLES.values(),
        PARTNER_B_DRAFT_TITLE,
        *EMBARGO_TITLES.values(),
        LIVE_RELEASE_TITLE,
        SCHEDULED_TITLE,
        MODERATED_TITLE,
        B_IMAGE,
        B_DOCUMENT,
        B_DOCUMENT_FILE,
        B_UPLOAD_FILE,
        EMBARGO_HERO,
        EMBARGO_PRESS_KIT,
        PRESS_KIT_FILE,
        UNUSED_IMAGE,
        UNUSED_DOCUMENT,
        UNUSED_DOCUMENT_FILE,
        CONTACT_NAME,
        JOURNALIST_NAME,
        JOURNALIST_EMAIL,
        WEBHOOK_NAME,
        WEBHOOK_URL,
        WEBHOOK_SECRET,
        REDIRECT_PATH,
        B_EDITOR,
    ]


def _document(title, file_name, collection):
    return wagtail_factories.DocumentFactory(
        title=title,
        collection=collection,
        file=ContentFile(b"%PDF-1.4\n%%EOF\n", name=file_name),
    )


def _retitle(page, title, **fields):
    page = Page.objects.get(pk=page.pk).specific
    page.title = title
    for name, value in fields.items():
        setattr(page, name, value)
    revision = page.save_revision()
    with publish_as_is():
        revision.publish()
    return Page.objects.get(pk=page.pk).specific


def _in_three_languages(page, titles, **fields):
    """`page` and its translations, each published under its own title."""
    versions = {"en": _retitle(page, titles["en"], **fields)}
    for code in LANGUAGES[1:]:
        record = translate(page, code)
        target = record.get_target_instance()
        versions[code] = _retitle(target, titles[code], **fields)
    return versions


def _submit(page, user, title):
    """Save a draft under `title` and send it to the partner profile review."""
    page = Page.objects.get(pk=page.pk).specific
    page.title = title
    revision = page.save_revision(user=user)
    partner_review_workflow().start(page, user)
    page.refresh_from_db()
    return page, revision


def build_boundary(site_tree):
    homes = site_tree["homes"]
    sections = {code: build_sections(homes[code]) for code in LANGUAGES}
    en = sections["en"]
    partner_a = PartnerPageFactory(parent=en["partners"], title=OWN_TITLES["en"])
    partner_b = PartnerPageFactory(parent=en["partners"], title="Beta")
    own = _in_three_languages(partner_a, OWN_TITLES)
    theirs = _in_three_languages(partner_b, PARTNER_B_TITLES)
    setup_roles()
    editor_a, _password = add_partner_editor(own["en"], "alpha-editor")
    editor_b, _password = add_partner_editor(theirs["en"], B_EDITOR, "b@example.org")
    users = get_user_model()
    comms = users.objects.create_user("comms", "comms@example.org", "pw")
    comms.groups.add(communications_group())
    collection_a = access_for(own["en"]).collection
    collection_b = access_for(theirs["en"]).collection
    press_office = Collection.get_first_root_node().add_child(name="Press office")

    own_image = ImageFactory(title="Alphaville lab bench", collection=collection_a)
    own_document = _document("Alphaville brochure", "alphaville.pdf", collection_a)
    own_image.tags.add(OWN_TAG)
    b_image = ImageFactory(title=B_IMAGE, collection=collection_b)
    b_image.tags.add(B_TAG)
    b_document = _document(B_DOCUMENT, B_DOCUMENT_FILE, collection_b)
    b_upload = UploadedFile.objects.create(
        for_content_type=ContentType.objects.get_for_model(Image),
        file=ContentFile(b"not an image", name=B_UPLOAD_FILE),
        uploaded_by_user=editor_b,
    )
    hero = ImageFactory(title=EMBARGO_HERO)
    press_kit = _document(EMBARGO_PRESS_KIT, PRESS_KIT_FILE, press_office)
    unused_image = ImageFactory(title=UNUSED_IMAGE, collection=press_office)
    unused_document = _document(UNUSED_DOCUMENT, UNUSED_DOCUMENT_FILE, press_office)
    contact = MediaContactFactory(name=CONTACT_NAME)
    journalist = AccreditedJournalistFactory(
        name=JOURNALIST_NAME, email=JOURNALIST_EMAIL
    )
    webhook = WebhookEndpointFactory(
        name=WEBHOOK_NAME, url=WEBHOOK_URL, secret=WEBHOOK_SECRET
    )
    topic = TopicFactory(name=TOPIC_NAME, slug="xenograft-ethics")

    # The embargoed release: scheduled in every language, with its hero and kit.
    release = PressReleasePageFactory(
        parent=en["news"],
        title=EMBARGO_TITLES["en"],
        hero_image=hero,
        # It also uses A's profile, image and document: their usage pages must
        # not give it away.
        partners=[own["en"]],
        press_kit=[
            ("document", {"document": press_kit, "label": ""}),
            ("document", {"document": own_document, "label": ""}),
            (
                "image",
                {"image": own_image, "alt_text": "", "caption": ""},
            ),
        ],
        media_contacts=[contact],
        topics=[topic],
        publish=False,
    )
    go_live = timezone.now() + datetime.timedelta(days=1)
    embargoed = {"en": PressReleasePage.objects.get(pk=release.pk)}
    for code in LANGUAGES[1:]:
        embargoed[code] = translate(release, code).get_target_instance().specific
    for code, page in embargoed.items():
        page = PressReleasePage.objects.get(pk=page.pk)
        page.title = EMBARGO_TITLES[code]
        page.go_live_at = go_live
        with publish_as_is():
            page.save_revision().publish()
        embargoed[code] = PressReleasePage.objects.get(pk=page.pk)

    live_release = PressReleasePageFactory(
        parent=en["news"], title=LIVE_RELEASE_TITLE, slug="quarterly-lab-figures"
    )
    scheduled = PressReleasePage.objects.get(pk=live_release.pk)
    scheduled.title = SCHEDULED_TITLE
    scheduled.go_live_at = go_live
    with publish_as_is():
        scheduled.save_revision().publish()
    scheduled = PressReleasePage.objects.get(pk=live_release.pk)

    moderated = PressReleasePageFactory(
        parent=en["news"], title="Quokka", slug="quokka-trial", publish=False
    )
    moderated, _revision = _submit(moderated, comms, MODERATED_TITLE)
    theirs_en, _revision = _submit(theirs["en"], editor_b, PARTNER_B_DRAFT_TITLE)
    theirs["en"] = theirs_en

    redirect = Redirect.objects.create(
        old_path=REDIRECT_PATH, redirect_page=embargoed["en"]
    )
    review_link = ReviewLink.objects.create(
        page=embargoed["en"],
        recipient="journalist@example.org",
        created_by=comms,
        expires_at=go_live,
    )
    editing_session = EditingSession.objects.create(
        user=editor_b,
        content_type=ContentType.objects.get_for_model(Page),
        object_id=str(theirs["en"].pk),
        last_seen_at=timezone.now(),
        is_editing=True,
    )
    return {
        "users": {"editor_a": editor_a, "editor_b": editor_b, "comms": comms},
        "own": {
            "pages": own,
            "image": own_image,
            "document": own_document,
            "collection": collection_a,
        },
        "pages": {
            **{f"partner_b_{code}": page for code, page in theirs.items()},
            **{f"embargoed_{code}": page for code, page in embargoed.items()},
            "scheduled": scheduled,
            "moderated": moderated,
        },
        "images": {"b": b_image, "hero": hero, "unused": unused_image},
        "documents": {
            "b": b_document,
            "press_kit": press_kit,
            "unused": unused_document,
        },
        "uploads": [b_upload],
        "collections": [collection_b, press_office],
        "passkey": WebAuthnCredential.objects.create(
            user=editor_b,
            name="Beta's laptop",
            credential_id=b"beta-credential",
            credential_id_sha256="b" * 64,
            public_key=b"beta-key",
        ),
        "public_collection": PublicCollection.objects.create(
            collection=Collection.get_first_root_node().add_child(
                instance=Collection(name="Network logos")
            )
        ),
        "contact": contact,
        "journalist": journalist,
        "webhook": webhook,
        "topic": topic,
        "redirect": redirect,
        "review_link": review_link,
        "editing_session": editing_session,
        "locale": Locale.objects.get(language_code="fr"),
    }
