"""Publishing in English, French and Dutch: everything about the site's languages.

- `languages`: the site's languages, in order (from settings).
- `versions`: a page's versions in the other languages, as wagtail-localize
  made them; the links a 404 offers to another language.
- `publishing`: `PublishTogetherMixin` (a release goes live in all languages
  together, or not at all) and its publish paths; `errors`: why one was not.
- `admin`: the publish hooks, the bulk action and the refusals as messages;
  `urls`: the admin URLs and the Wagtail views they guard.
- `translate`: the "Translate" screen, every language ticked, landing in
  the first translation.
- `slugs`: a translation's slug follows its translated title.
- `cascade`: unpublishing or deleting a source page offers its translations.
- `drafts`: a translation saved as a draft leaves the live version alone.
- `overrides`, `po_upload`: what a translator may upload or choose, checked.
- `status`, `reports`, `registry`: the translation status report, its
  dashboard panel, and the page types the apps put in it.

The admin modules register their Wagtail hooks when cms/wagtail_hooks.py
imports them. Nothing here imports an app: page types carry the mixin, and the
apps name their page types in `AppConfig.ready()`.
"""
