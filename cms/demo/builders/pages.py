"""Find-or-create helpers for pages and snippets in three languages.

Every helper is idempotent: it finds what a previous run made before it
creates anything, so `load_demo` can run on every `make run`.
"""

from wagtail.models import Collection, Page

from cms.translations.publishing import publish_as_is

TRANSLATIONS = ("fr", "nl")


def publish(page):
    # The loader publishes each language in turn, as it builds them.
    with publish_as_is():
        page.save_revision().publish()
    return page


def ensure_translation(source, locale, **fields):
    """Return `source` in `locale`, creating it as a linked translation if needed."""
    translation = source.get_translation_or_none(locale)
    if translation is None:
        translation = source.copy_for_translation(locale)
    translation = translation.specific
    changed = False
    for name, value in fields.items():
        if getattr(translation, name) != value:
            setattr(translation, name, value)
            changed = True
    if changed or not translation.live:
        publish(translation)
    return translation


def ensure_root(locale):
    """The tree roots (pages and collections), which Wagtail's migrations create
    and a test database flush removes."""
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    return root


def ensure_child(parent, page_class, slug, **fields):
    """The live child of `parent` with this slug, created and published if missing."""
    page = page_class.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = page_class(slug=slug, **fields)
        parent.add_child(instance=page)
        publish(page)
    return page


def ensure_page_translation(source, locale, fields, relations=None):
    """`source` in `locale`: created once, as a linked translation, then left alone.

    `relations` replaces child objects the copy carried over (partners and
    topics of the target locale instead of the source's).
    """
    existing = source.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    translation = source.copy_for_translation(locale).specific
    for name, value in fields.items():
        setattr(translation, name, value)
    for name, children in (relations or {}).items():
        setattr(translation, name, children)
    return publish(translation)


def build_trilingual(parents, page_class, data, fields_for, relations_for=None):
    """One page per locale from `data`: English first, the others as translations.

    `parents` maps language code to the parent page; `fields_for(code)` gives the
    page fields in that language, `relations_for(code)` its child objects.
    """
    english_fields = fields_for("en")
    english = ensure_child(
        parents["en"],
        page_class,
        english_fields.pop("slug"),
        **english_fields,
        **(relations_for("en") if relations_for else {}),
    )
    pages = {"en": english}
    for code in TRANSLATIONS:
        pages[code] = ensure_page_translation(
            english,
            parents[code].locale,
            fields_for(code),
            relations_for(code) if relations_for else None,
        )
    return pages


def ensure_translated_snippet(model, locales, lookup, translated, shared=None):
    """A translatable snippet in every language: {code: instance}, translations linked.

    `lookup` finds the English one; `translated[code]` holds the fields written
    in that language, `shared` those every language copies from English.
    Existing instances are left alone.
    """
    english = model.objects.filter(locale=locales["en"], **lookup).first()
    if english is None:
        english = model.objects.create(
            locale=locales["en"], **{**(shared or {}), **lookup, **translated["en"]}
        )
    instances = {"en": english}
    for code in TRANSLATIONS:
        translation = english.get_translation_or_none(locales[code])
        if translation is None:
            translation = english.copy_for_translation(locales[code])
            for name, value in translated[code].items():
                setattr(translation, name, value)
            translation.save()
        instances[code] = translation
    return instances


def localized(value, code):
    """A per-language dict's value for `code`, or the value itself."""
    return value[code] if isinstance(value, dict) else value


def stream(blocks, code, partners=None):
    """Stream data from the content modules' block lists, partner slugs resolved."""
    result = []
    for block_type, value in blocks:
        if block_type == "heading":
            value = {"text": value, "level": "h2"}
        elif block_type == "quote":
            slug = value.get("partner") or ""
            partner = (partners or {}).get(slug, {}).get(code)
            value = {
                "text": value["text"],
                "speaker_name": value["speaker_name"],
                "speaker_role": value.get("speaker_role", ""),
                "organisation": partner,
            }
        elif block_type == "call_to_action":
            value = {**value, "link_page": None}
        result.append((block_type, value))
    return result
