"""What subscriptions wire up once the apps are loaded (SubscriptionsConfig.ready)."""

from subscriptions import signals  # noqa: F401 -- connects its receivers


def register():
    """Nothing to tell the shared base: importing `signals` connects the receiver."""
