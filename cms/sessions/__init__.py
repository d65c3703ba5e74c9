"""Sessions whose key is checked before it is looked up.

The session cookie is whatever the client sends: Django only asks for eight
characters, so a quoted cookie with octal escapes ("\\000…") put NUL characters
into the session query, which PostgreSQL refuses with an error on every page.
A key Django could have made (VALID_KEY_CHARS, at most the column's length)
is looked up; anything else is no session. `cms.sessions.db` and
`cms.sessions.cached_db` are Django's engines of those names with this check.
"""

from django.contrib.sessions.backends.base import VALID_KEY_CHARS

KEY_CHARS = frozenset(VALID_KEY_CHARS)
MAX_KEY_LENGTH = 40  # django_session.session_key


class CheckedKeyMixin:
    def _validate_session_key(self, key):
        return (
            super()._validate_session_key(key)
            and len(key) <= MAX_KEY_LENGTH
            and set(key) <= KEY_CHARS
        )
