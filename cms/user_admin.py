"""Wagtail's users admin, with superusers out of everyone else's reach.

Wagtail lets whoever holds `auth.change_user` edit any user: give a superuser
a new email address or password (and so take the account over), tick
"Administrator" on their own account or on a new one, deactivate superusers
in bulk. Communications holds no user permissions today; should it ever be
given them, only superusers still create, change or delete superusers. This
is Wagtail's supported customisation: a user viewset (installed by
`cms.apps.NewsroomUsersConfig`) with its own permission policy, and the
bulk actions registered again over Wagtail's (cms/wagtail_hooks.py).
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.utils.functional import cached_property
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.users.views import users
from wagtail.users.views.bulk_actions import (
    AssignRoleBulkAction,
    DeleteBulkAction,
    SetActiveStateBulkAction,
)

User = get_user_model()


def is_superuser(user):
    return user.is_active and user.is_superuser


class UserPermissionPolicy(ModelPermissionPolicy):
    """Wagtail's model permissions on users, and superusers only for superusers."""

    def user_has_permission_for_instance(self, user, action, instance):
        if instance.is_superuser and not is_superuser(user):
            return False
        return super().user_has_permission_for_instance(user, action, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        instances = super().instances_user_has_any_permission_for(user, actions)
        if is_superuser(user):
            return instances
        return instances.filter(is_superuser=False)


user_permission_policy = UserPermissionPolicy(User)


def may_manage(user, other, action="change"):
    """Whether `user` may `action` ("change", "delete") the account `other`."""
    return user_permission_policy.user_has_permission_for_instance(user, action, other)


class AdministratorFieldMixin:
    """Only a superuser sees, and so posts, the "Administrator" checkbox."""

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        if not is_superuser(self.request.user):
            form.fields.pop("is_superuser", None)
        return form


class InstancePermissionMixin:
    """Refuse the view for a user the requester may not `instance_action`."""

    instance_action = "change"

    def dispatch(self, request, *args, **kwargs):
        if not may_manage(request.user, self.object, self.instance_action):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class UserIndexView(users.IndexView):
    def get_edit_url(self, instance):
        if may_manage(self.request.user, instance):
            return super().get_edit_url(instance)
        return None


class UserCreateView(AdministratorFieldMixin, users.CreateView):
    pass


class UserEditView(InstancePermissionMixin, AdministratorFieldMixin, users.EditView):
    pass


class UserDeleteView(InstancePermissionMixin, users.DeleteView):
    instance_action = "delete"


class NewsroomUserViewSet(users.UserViewSet):
    index_view_class = UserIndexView
    add_view_class = UserCreateView
    edit_view_class = UserEditView
    delete_view_class = UserDeleteView

    @cached_property
    def permission_policy(self):
        return user_permission_policy


class ManagedUsersOnly:
    """A bulk action on users leaves out those the requester may not manage."""

    instance_action = "change"

    def check_perm(self, obj):
        return super().check_perm(obj) and may_manage(
            self.request.user, obj, self.instance_action
        )


class UserAssignRoleBulkAction(ManagedUsersOnly, AssignRoleBulkAction):
    pass


class UserSetActiveStateBulkAction(ManagedUsersOnly, SetActiveStateBulkAction):
    pass


class UserDeleteBulkAction(ManagedUsersOnly, DeleteBulkAction):
    instance_action = "delete"


BULK_ACTIONS = (
    UserAssignRoleBulkAction,
    UserSetActiveStateBulkAction,
    UserDeleteBulkAction,
)
