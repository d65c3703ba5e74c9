"""What a page uses, and which images and documents are public because of it.

Public: an image or document that a live page outside every view restriction
uses -- in a field, a StreamField block or a rich-text link, through a child
object such as an About section, or through a snippet the page chooses -- and
whatever sits in a collection Communications has made public
(`PublicCollection`). Wagtail's reference index records each use from a page's
*live* content: a draft, a revision in moderation or a scheduled revision is
indexed only once it is published. Site settings count as used by every page,
and apps name the media of other objects a page shows (`register_shown_media`:
a release shows its partners' logos).

The public set is computed once per content change, not per file: it is kept
until the next change (`cms.caching.until_change`), which every publish,
unpublish, move, privacy change and image, document, collection or
public-collection change makes (`SHARED_CONTENT` in cms/apps.py).
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Q
from django.db.models.functions import Cast
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, ReferenceIndex

from cms.caching import until_change
from cms.models import PublicCollection
from cms.readers import for_readers

IMAGE = "image"
DOCUMENT = "document"
# Snippets that use snippets that use an image: how far a page's uses are followed.
HOPS = 3
CHUNK = 500

_shown_media = []


def register_shown_media(model, lookup):
    """Pages of `model` also show the image or document at `lookup`.

    For what a page displays of objects it links to, e.g.
    `register_shown_media(PressReleasePage, "partner_links__partner__logo")`.
    """
    _shown_media.append((model, lookup.split("__")))


def _content_type(model):
    return ContentType.objects.get_for_model(model, for_concrete_model=False)


def _kinds():
    """{content type id: kind} of the image and document models, and the page's."""
    return (
        {
            _content_type(get_image_model()).pk: IMAGE,
            _content_type(get_document_model()).pk: DOCUMENT,
        },
        _content_type(Page).pk,
    )


class Uses:
    """Images and documents used, and the other objects (snippets) still to follow."""

    def __init__(self):
        self.kinds, self.page_type = _kinds()
        self.ids = {IMAGE: set(), DOCUMENT: set()}
        self.objects = set()

    def add(self, content_type_id, object_id):
        kind = self.kinds.get(content_type_id)
        if kind is not None:
            if str(object_id).isdigit():
                self.ids[kind].add(int(object_id))
        elif content_type_id != self.page_type:
            self.objects.add((content_type_id, str(object_id)))

    def add_references(self, references):
        """What these ReferenceIndex rows point at."""
        targets = references.exclude(to_content_type_id=self.page_type)
        for content_type_id, object_id in targets.values_list(
            "to_content_type_id", "to_object_id"
        ).distinct():
            self.add(content_type_id, object_id)

    def add_object(self, instance):
        """What `instance` uses as it is in memory (a revision's content, too).

        The same extraction Wagtail runs to fill the reference index, child
        objects included.
        """
        for (
            content_type_id,
            object_id,
            *_paths,
        ) in ReferenceIndex._extract_references_from_object(instance):
            self.add(content_type_id, object_id)

    def add_shown(self, model, lookup, values):
        kind = IMAGE if _target_model(model, lookup) is get_image_model() else DOCUMENT
        self.ids[kind].update(value for value in values if value)

    def follow_objects(self):
        """Add what the used snippets use, as the reference index recorded it."""
        seen = set()
        for _hop in range(HOPS):
            frontier = self.objects - seen
            if not frontier:
                return
            seen |= frontier
            by_type = {}
            for content_type_id, object_id in frontier:
                by_type.setdefault(content_type_id, []).append(object_id)
            sources = Q()
            for content_type_id, object_ids in by_type.items():
                sources |= Q(
                    base_content_type_id=content_type_id, object_id__in=object_ids
                )
            self.add_references(ReferenceIndex.objects.filter(sources))


def _target_model(model, lookup):
    for part in lookup:
        model = model._meta.get_field(part).related_model
    return model


def _walk(instance, lookup):
    """The values at `lookup` on an instance in memory, through relations."""
    *path, last = lookup
    found = [instance]
    for part in path:
        following = []
        for item in found:
            value = getattr(item, part, None)
            if hasattr(value, "all"):
                following.extend(value.all())
            elif value is not None:
                following.append(value)
        found = following
    return [getattr(item, f"{last}_id", None) for item in found]


def media_used_by(instance):
    """Ids of the images and documents `instance` (e.g. a revision) uses or shows."""
    uses = Uses()
    uses.add_object(instance)
    uses.follow_objects()
    for model, lookup in _shown_media:
        if isinstance(instance, model):
            uses.add_shown(model, lookup, _walk(instance, lookup))
    return uses.ids


@dataclass(frozen=True)
class PublicMedia:
    images: frozenset
    documents: frozenset
    # Stored file name -> (kind, id), originals and renditions included.
    files: dict

    def ids(self, kind):
        return self.images if kind == IMAGE else self.documents


def public_media():
    """The public images, documents and files, kept until the next content change."""
    return until_change("public_media", compute_public_media)


def public_pages():
    return for_readers(Page.objects)


def compute_public_media():
    pages = public_pages()
    uses = Uses()
    uses.add_references(
        ReferenceIndex.objects.filter(
            base_content_type_id=uses.page_type,
            object_id__in=pages.annotate(key=Cast("pk", CharField())).values("key"),
        )
    )
    for model in settings_registry:
        for instance in model.objects.all():
            uses.add_object(instance)
    uses.follow_objects()
    for model, lookup in _shown_media:
        values = model.objects.filter(pk__in=pages.values("pk")).values_list(
            "__".join(lookup), flat=True
        )
        uses.add_shown(model, lookup, values)
    collections = public_collections()
    images = get_image_model().objects.filter(collection__in=collections)
    uses.ids[IMAGE].update(images.values_list("pk", flat=True))
    documents = get_document_model().objects.filter(collection__in=collections)
    uses.ids[DOCUMENT].update(documents.values_list("pk", flat=True))
    return PublicMedia(*_files(uses.ids))


def public_collections():
    """The public collections and their sub-collections, as a queryset."""
    roots = Collection.objects.filter(
        pk__in=PublicCollection.objects.values("collection_id")
    )
    paths = Q(pk__in=[])
    for path in roots.values_list("path", flat=True):
        paths |= Q(path__startswith=path)
    return Collection.objects.filter(paths).values("pk")


def _chunks(ids):
    ids = sorted(ids)
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def _files(ids):
    """(image ids, document ids, files) of the media that exist."""
    image_model = get_image_model()
    renditions = image_model.get_rendition_model().objects
    files = {}
    for chunk in _chunks(ids[IMAGE]):
        for pk, name in image_model.objects.filter(pk__in=chunk).values_list(
            "pk", "file"
        ):
            files[name] = (IMAGE, pk)
        for pk, name in renditions.filter(image_id__in=chunk).values_list(
            "image_id", "file"
        ):
            files[name] = (IMAGE, pk)
    for chunk in _chunks(ids[DOCUMENT]):
        for pk, name in (
            get_document_model().objects.filter(pk__in=chunk).values_list("pk", "file")
        ):
            files[name] = (DOCUMENT, pk)
    images = frozenset(pk for kind, pk in files.values() if kind == IMAGE)
    documents = frozenset(pk for kind, pk in files.values() if kind == DOCUMENT)
    return images, documents, files


def owner_of(name):
    """(kind, id) of the image, rendition or document stored as `name`, or None."""
    found = public_media().files.get(name)
    if found is not None:
        return found
    image_model = get_image_model()
    if name.startswith("original_images/"):
        rows = image_model.objects.filter(file=name).values_list("pk", flat=True)
        kind = IMAGE
    elif name.startswith("images/"):
        rows = (
            image_model.get_rendition_model()
            .objects.filter(file=name)
            .values_list("image_id", flat=True)
        )
        kind = IMAGE
    elif name.startswith("documents/"):
        rows = get_document_model().objects.filter(file=name)
        rows = rows.values_list("pk", flat=True)
        kind = DOCUMENT
    else:
        return None
    pk = rows.first()
    return None if pk is None else (kind, pk)
