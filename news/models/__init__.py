from news.models.about import AboutSection
from news.models.briefing import AccreditedJournalist
from news.models.events import EventIndexPage, EventPage, EventPartner, EventTopic
from news.models.release_links import ReleaseMediaContact, ReleasePartner, ReleaseTopic
from news.models.releases import NewsIndexPage, PressReleasePage, prefetch_release_cards
from news.models.review import ReviewEvent, ReviewLink
from news.models.snippets import MediaContact

__all__ = [
    "AboutSection",
    "AccreditedJournalist",
    "EventIndexPage",
    "EventPage",
    "EventPartner",
    "EventTopic",
    "MediaContact",
    "NewsIndexPage",
    "PressReleasePage",
    "ReleaseMediaContact",
    "ReleasePartner",
    "ReleaseTopic",
    "ReviewEvent",
    "ReviewLink",
    "prefetch_release_cards",
]
