from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Demo content and its commands (`load_demo`, `generate_content`,
    `ensure_demo_accounts`): no models, so no migrations."""

    name = "cms.demo"
    label = "demo"
    verbose_name = "Demo content"
