"""The generation tokens: one per language, in the cache every process shares.

Everything the caching package keeps -- whole pages (page_cache.py) and the
site structure each process holds (store.py) -- is kept under the current
tokens and served only while they are current. Replacing a language's token
(`bump`) makes every response of that language stale at once, for every
process of the deployment; the other languages keep their entries.
"""

import logging
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

logger = logging.getLogger(__name__)

KEY_PREFIX = "pagecache"


def languages():
    return [code for code, _name in settings.LANGUAGES]


def generation_key(language):
    return f"{KEY_PREFIX}:generation:{language}"


def generations(codes):
    """The current token of each language, created when missing; None if unusable."""
    keys = [generation_key(code) for code in codes]
    try:
        found = cache.get_many(keys)
        for key in keys:
            if key not in found:
                cache.add(key, uuid.uuid4().hex, None)
                found[key] = cache.get(key)
    except Exception:
        logger.warning("Page cache unavailable", exc_info=True)
        return None
    if any(found.get(key) is None for key in keys):
        return None
    return ":".join(found[key] for key in keys)


def bump(codes):
    """Make every cached response of these languages stale, now and on commit.

    Now, so that nothing rendered from here on is served under the old token;
    again after the commit, so that a response rendered from pre-commit data
    while the transaction ran is stored under a token that is already stale.
    """
    codes = sorted(set(codes))
    if not codes:
        return

    def replace():
        try:
            cache.set_many(
                {generation_key(code): uuid.uuid4().hex for code in codes}, None
            )
        except Exception:
            logger.warning("Could not invalidate the page cache", exc_info=True)

    replace()
    transaction.on_commit(replace)


def invalidate_everything():
    """Make every kept page and every process's site structure stale."""
    bump(languages())
