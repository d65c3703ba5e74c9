"""Roles of the newsroom: the Communications team and one editors group per partner.

Everything here is idempotent, so `setup_roles` and the partner signals can run
again and again without duplicating groups, grants or collections.
"""

import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.permissions import page_permission_policy
from wagtail.users.models import UserProfile

from partners.access import PartnerAccess
from partners.media import file_partner_media
from partners.models import PartnerIndexPage, PartnerPage

COMMUNICATIONS = "Communications"
PARTNER_REVIEW = "Partner profile review"
PARTNER_REVIEW_TASK = "Communications review"
PARTNER_GROUP_PREFIX = "Partner editors: "

COMMUNICATIONS_PAGE_PERMISSIONS = (
    "add_page",
    "change_page",
    "publish_page",
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
)
MEDIA_PERMISSIONS = {
    "wagtailimages": ("add_image", "change_image", "choose_image", "delete_image"),
    "wagtaildocs": (
        "add_document",
        "change_document",
        "choose_document",
        "delete_document",
    ),
}
# Partner editors reach the admin and tag their profile with the shared topics:
# choosing a snippet needs the snippet's view permission (cms/references.py).
PARTNER_MODEL_PERMISSIONS = ("wagtailadmin.access_admin", "cms.view_topic")
PARTNER_MEDIA_PERMISSIONS = {
    "wagtailimages": ("add_image", "change_image", "choose_image"),
    "wagtaildocs": ("add_document", "change_document", "choose_document"),
}
COMMUNICATIONS_MODEL_PERMISSIONS = (
    "wagtailadmin.access_admin",
    "cms.add_topic",
    "cms.change_topic",
    "cms.delete_topic",
    "news.add_mediacontact",
    "news.change_mediacontact",
    "news.delete_mediacontact",
    "news.add_reviewlink",
    "news.change_reviewlink",
    "news.view_reviewlink",
    "news.add_accreditedjournalist",
    "news.change_accreditedjournalist",
    "news.delete_accreditedjournalist",
    "news.view_accreditedjournalist",
    "webhooks.add_webhookendpoint",
    "webhooks.change_webhookendpoint",
    "webhooks.delete_webhookendpoint",
    "webhooks.view_webhookendpoint",
    "wagtail_localize.submit_translation",
    "cms.add_publiccollection",
    "cms.change_publiccollection",
    "cms.delete_publiccollection",
)


def _permission(dotted):
    app_label, codename = dotted.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _page_permission(codename):
    return Permission.objects.get(
        content_type__app_label="wagtailcore", codename=codename
    )


def _grant_collection(group, collection, permissions):
    for app_label, codenames in permissions.items():
        for codename in codenames:
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=collection,
                permission=_permission(f"{app_label}.{codename}"),
            )


def is_communications(user):
    """Superusers and members of the Communications group run the newsroom."""
    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or user.groups.filter(name=COMMUNICATIONS).exists()


def is_partner_editor(user):
    """A user who edits partner profiles and is not part of Communications."""
    if is_communications(user):
        return False
    return user.groups.filter(name__startswith=PARTNER_GROUP_PREFIX).exists()


def pages_partner_editors_may_choose(pages, user):
    """A partner editor chooses among the pages they may explore, nothing else.

    Their own profile (in each language) and its ancestors: the same rule for
    the page chooser and for the check when a page is saved.
    """
    if is_partner_editor(user):
        return pages.filter(pk__in=page_permission_policy.explorable_instances(user))
    return pages


def communications_group():
    """The Communications group with every newsroom permission, in every locale."""
    group, _created = Group.objects.get_or_create(name=COMMUNICATIONS)
    root = Page.get_first_root_node()
    if root is not None:
        for codename in COMMUNICATIONS_PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=group, page=root, permission=_page_permission(codename)
            )
    # wagtail_localize creates its permission in a migration, which a test
    # database flush does not re-run: grant what exists.
    model_permissions = Permission.objects.none()
    for dotted in COMMUNICATIONS_MODEL_PERMISSIONS:
        app_label, codename = dotted.split(".")
        model_permissions |= Permission.objects.filter(
            content_type__app_label=app_label, codename=codename
        )
    group.permissions.add(*model_permissions)
    root_collection = Collection.get_first_root_node()
    if root_collection is not None:
        _grant_collection(group, root_collection, MEDIA_PERMISSIONS)
    return group


def partner_review_workflow():
    """Submit, then Communications approves (publishes) or requests changes."""
    task = GroupApprovalTask.objects.filter(name=PARTNER_REVIEW_TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=PARTNER_REVIEW_TASK)
    task.groups.set([communications_group()])
    workflow, _created = Workflow.objects.get_or_create(name=PARTNER_REVIEW)
    WorkflowTask.objects.get_or_create(
        workflow=workflow, task=task, defaults={"sort_order": 0}
    )
    return workflow


def assign_partner_review(index_page):
    """Every partner profile under this directory goes through the review."""
    workflow = partner_review_workflow()
    WorkflowPage.objects.update_or_create(
        page=index_page, defaults={"workflow": workflow}
    )


def _unique_group_name(base):
    name = Truncator(base).chars(150)
    suffix = 2
    while Group.objects.filter(name=name).exists():
        name = f"{Truncator(base).chars(140)} ({suffix})"
        suffix += 1
    return name


@transaction.atomic
def provision_partner(page):
    """Give a partner page (in any locale) its editors group, grants and collection."""
    access = PartnerAccess.objects.filter(translation_key=page.translation_key).first()
    if access is None:
        name = f"{PARTNER_GROUP_PREFIX}{page.title}"
        group = Group.objects.create(name=_unique_group_name(name))
        access = PartnerAccess.objects.create(
            translation_key=page.translation_key,
            group=group,
            collection=_new_collection(page),
        )
    elif access.collection is None:
        # Its collection was deleted: the partner's media need a home again.
        access.collection = _new_collection(page)
        access.save(update_fields=["collection"])
    access.group.permissions.add(
        *(_permission(dotted) for dotted in PARTNER_MODEL_PERMISSIONS)
    )
    GroupPagePermission.objects.get_or_create(
        group=access.group, page_id=page.pk, permission=_page_permission("change_page")
    )
    if access.collection is not None:
        _grant_collection(access.group, access.collection, PARTNER_MEDIA_PERMISSIONS)
    return access


def _new_collection(page):
    root_collection = Collection.get_first_root_node()
    return root_collection.add_child(
        instance=Collection(name=_unique_collection_name(page.title))
    )


def _unique_collection_name(title):
    base = Truncator(f"Partner: {title}").chars(240)
    name, suffix = base, 2
    while Collection.objects.filter(name=name).exists():
        name = f"{base} ({suffix})"
        suffix += 1
    return name


def access_for(page):
    return PartnerAccess.objects.select_related("group", "collection").get(
        translation_key=page.translation_key
    )


def refusal_to_add(user, access, email=""):
    """Why `user` (an existing account) cannot join `access`'s group, or None.

    The screen and the command never change an existing account: no email,
    password, name, superuser or staff status. An administrator, a member of
    Communications or of another partner's group stays out of partner groups:
    a partner editor's account is the one Communications may hand a password
    reset to.
    """
    params = {"user": user.get_username()}
    if user.is_superuser:
        message = _("%(user)s is an administrator and cannot be a partner editor.")
        return ValidationError({"username": message % params}, code="superuser")
    if user.groups.filter(name=COMMUNICATIONS).exists():
        message = _("%(user)s is in Communications and cannot be a partner editor.")
        return ValidationError({"username": message % params}, code="communications")
    other_partners = PartnerAccess.objects.exclude(pk=access.pk)
    if other_partners.filter(group__user=user).exists():
        message = _("%(user)s already edits another partner's profile.")
        return ValidationError({"username": message % params}, code="other_partner")
    if email and email.casefold() != user.email.casefold():
        message = _(
            "%(user)s already has an account, and its email address is not "
            "changed here. Leave the email address empty to add them."
        )
        return ValidationError({"email": message % params}, code="email")
    return None


@transaction.atomic
def add_partner_editor(page, username, email=""):
    """Create the user if needed and add them to the partner's editors group.

    Returns (user, password); password is None for an existing user, whose
    account is left as it is. Raises ValidationError (with the form field it
    concerns) for a user who may not become this partner's editor.
    """
    access = provision_partner(page)
    users = get_user_model()
    password = None
    user = users.objects.select_for_update().filter(username=username).first()
    if user is None:
        password = secrets.token_urlsafe(12)
        user = users.objects.create_user(
            username=username, email=email, password=password
        )
    else:
        refusal = refusal_to_add(user, access, email)
        if refusal is not None:
            raise refusal
    user.groups.add(access.group)
    quiet_notifications(user)
    return user, password


def quiet_notifications(user):
    """Partner editors get no workflow email: notifications go to Communications."""
    profile = UserProfile.get_for_user(user)
    profile.submitted_notifications = False
    profile.approved_notifications = False
    profile.rejected_notifications = False
    profile.updated_comments_notifications = False
    profile.save()


def setup_roles():
    """Communications, the review workflow, and every existing partner's group,
    with its logo and own images filed in its collection (partners/media.py)."""
    communications_group()
    for index_page in PartnerIndexPage.objects.all():
        assign_partner_review(index_page)
    for page in PartnerPage.objects.select_related("logo__collection"):
        file_partner_media(page, provision_partner(page).collection)
