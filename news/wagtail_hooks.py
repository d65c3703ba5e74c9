from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets.button import ListingButton
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from news import admin_views
from news.dashboard import NewsroomDeskPanel
from news.models import AccreditedJournalist, MediaContact, PressReleasePage
from partners.permissions import is_communications


class MediaContactViewSet(SnippetViewSet):
    model = MediaContact
    icon = "user"
    menu_label = _("Media contacts")
    add_to_admin_menu = True
    menu_order = 300
    list_display = ["name", "role", "organisation", "email", "locale"]
    search_fields = ["name", "organisation"]


register_snippet(MediaContactViewSet)


class AccreditedJournalistViewSet(SnippetViewSet):
    """Communications only: the group holds this model's permissions, nobody else."""

    model = AccreditedJournalist
    icon = "group"
    menu_label = _("Accredited journalists")
    add_to_admin_menu = True
    menu_order = 310
    list_display = ["name", "outlet", "email", "active"]
    list_filter = ["active"]
    search_fields = ["name", "outlet"]


register_snippet(AccreditedJournalistViewSet)


@hooks.register("register_admin_urls")
def review_link_urls():
    return [
        path(
            "review-links/<int:page_id>/",
            admin_views.review_links,
            name="news_review_links",
        ),
        path(
            "review-links/revoke/<int:link_id>/",
            admin_views.revoke_review_link,
            name="news_revoke_review_link",
        ),
        path("briefing/<int:page_id>/", admin_views.briefing, name="news_briefing"),
    ]


@hooks.register("register_page_header_buttons")
def review_links_button(page, user, view_name, next_url=None):
    if (
        page.specific_class is PressReleasePage
        and page.permissions_for_user(user).can_publish()
    ):
        yield ListingButton(
            _("Review links"),
            reverse("news_review_links", args=[page.pk]),
            icon_name="link",
            priority=45,
        )
        if is_communications(user):
            yield ListingButton(
                _("Pre-briefing"),
                reverse("news_briefing", args=[page.pk]),
                icon_name="mail",
                priority=46,
            )


@hooks.register("register_log_actions")
def register_newsroom_log_actions(actions):
    actions.register_action(
        "newsroom.review_link.create", _("Create review link"), _("Review link created")
    )
    actions.register_action(
        "newsroom.review_link.revoke", _("Revoke review link"), _("Review link revoked")
    )

    @actions.register_action("newsroom.briefing.send")
    class BriefingSent(LogFormatter):
        label = _("Send pre-briefing")

        def format_message(self, log_entry):
            return _("Pre-briefing sent to %(journalist)s") % {
                "journalist": log_entry.data.get("journalist", "")
            }

    @actions.register_action("newsroom.review_answer")
    class ReviewAnswer(LogFormatter):
        label = _("Review answer")

        def format_message(self, log_entry):
            data = log_entry.data
            decision = (
                _("approved")
                if data.get("decision") == "approve"
                else _("requested changes")
            )
            comment = data.get("comment") or ""
            return _("%(name)s %(decision)s through a review link%(comment)s") % {
                "name": data.get("name", ""),
                "decision": decision,
                "comment": f": “{comment}”" if comment else "",
            }


@hooks.register("construct_homepage_panels")
def newsroom_desk(request, panels):
    if is_communications(request.user):
        panels.insert(0, NewsroomDeskPanel())
