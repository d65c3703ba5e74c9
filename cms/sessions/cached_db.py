"""Cached database sessions, with the key checked first (cms/sessions/__init__.py)."""

from django.contrib.sessions.backends import cached_db

from cms.sessions import CheckedKeyMixin


class SessionStore(CheckedKeyMixin, cached_db.SessionStore):
    pass
