"""Database sessions, with the key checked first (cms/sessions/__init__.py)."""

from django.contrib.sessions.backends import db

from cms.sessions import CheckedKeyMixin


class SessionStore(CheckedKeyMixin, db.SessionStore):
    pass
