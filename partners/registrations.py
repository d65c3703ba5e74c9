"""What partners tell the shared base once the apps are loaded (ready())."""

from django.utils.translation import gettext_lazy as _

from cms import references, search
from cms.renditions import LOGO, register_page_images
from cms.translations.registry import report_translation_status
from partners import signals  # noqa: F401 -- connects its receivers
from partners.models import PartnerPage
from partners.permissions import pages_partner_editors_may_choose


def register():
    references.register_page_rule(pages_partner_editors_may_choose)
    search.register_result_type(
        "partner", PartnerPage, _("Partner"), 30, ("boilerplate",)
    )
    register_page_images(PartnerPage, logo=LOGO)
    report_translation_status("partners.PartnerPage")
