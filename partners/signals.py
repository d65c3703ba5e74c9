"""New partners get their editors group; new directories get the review workflow."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from partners.models import PartnerIndexPage, PartnerPage
from partners.permissions import assign_partner_review, provision_partner


@receiver(post_save, sender=PartnerPage, dispatch_uid="provision_partner_editors")
def provision_partner_editors(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        provision_partner(instance)


@receiver(post_save, sender=PartnerIndexPage, dispatch_uid="assign_partner_review")
def assign_review_workflow(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        assign_partner_review(instance)
