"""What the admin offers on a page: only what the user can carry out.

Wagtail offers "Copy" to whoever may edit a page and "History" to everyone
(`PagePermissionTester.can_copy`, `can_view_revisions`), while copying needs
a page the user may add under, and the history of a page one may not edit
shows what others wrote. Every page type of the newsroom (`cms.models.BasePage`)
answers with this tester, so listings, headers and side panels leave those
buttons out (tests/partners/test_desk_offers.py).
"""

from wagtail.models import PagePermissionTester
from wagtail.permissions import page_permission_policy


class NewsroomPagePermissionTester(PagePermissionTester):
    def can_copy(self):
        if self.user.is_superuser:
            return super().can_copy()
        may_add_somewhere = page_permission_policy.user_has_permission(self.user, "add")
        return may_add_somewhere and super().can_copy()

    def can_view_revisions(self):
        if self.user.is_superuser:
            return super().can_view_revisions()
        return super().can_view_revisions() and (self.can_edit() or self.can_publish())
