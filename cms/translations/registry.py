"""The page types the translation status report covers, named by their apps.

Model-free, so an app's `apps.py` imports it at the top and names its page
types in `AppConfig.ready()`: releases and events (news), partner profiles
(partners), standard pages (cms). The base thus lists no app's models.
"""

from django.apps import apps

_reported = []


def report_translation_status(*labels):
    """Include the page types `labels` ("news.PressReleasePage") in the report."""
    for label in labels:
        if label not in _reported:
            _reported.append(label)


def reported_page_types():
    """The page models the report covers, in the order they were named."""
    return [apps.get_model(label) for label in _reported]
