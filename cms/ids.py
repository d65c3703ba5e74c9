"""Database ids read from URLs and query strings.

SQLite and PostgreSQL store integers in at most 64 bits; a longer number reaches
the database as an error, not as "no such row". An id is therefore ASCII digits
within that range, checked before any query: in a path a longer number matches
no route (404), in a query string it is a 400 of the view that reads it.
"""

MAX_ID = 2**63 - 1
# Python refuses int() of strings over 4300 digits; no id comes near that.
_MAX_DIGITS = len(str(MAX_ID))


def parse_id(value):
    """`value` as a positive database id, or None when it cannot be one."""
    if not value or len(value) > _MAX_DIGITS or not value.isascii():
        return None
    if not value.isdigit():
        return None
    number = int(value)
    return number if 0 < number <= MAX_ID else None


class IdConverter:
    """`<id:pk>` in a URL pattern: a database id, or no match at all."""

    regex = "[0-9]+"

    def to_python(self, value):
        number = parse_id(value)
        if number is None:
            raise ValueError("Not a database id")
        return number

    def to_url(self, value):
        return str(value)
