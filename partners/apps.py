from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from cms.translations.registry import report_translation_status


class PartnersConfig(AppConfig):
    name = "partners"
    verbose_name = _("Partners")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from cms import references
        from partners import signals  # noqa: F401
        from partners.permissions import pages_partner_editors_may_choose

        references.register_page_rule(pages_partner_editors_may_choose)
        report_translation_status("partners.PartnerPage")
