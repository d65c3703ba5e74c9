"""Admin template tags: Wagtail's bulk actions, without those the user cannot use."""

from django import template
from wagtail.admin.templatetags import wagtailadmin_tags
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.admin.widgets.button import ButtonWithDropdown

register = template.Library()


def _usable_action_types(request, app_label, model_name, objects):
    """The bulk actions the user may apply to at least one listed object.

    Each action says for itself, through the permission policies, whether the
    user may apply it to an object (`check_perm`). Without objects (a template
    that passes none, an empty page), every action stays.
    """
    usable = set()
    for action_class in bulk_action_registry.get_bulk_actions_for_model(
        app_label, model_name
    ):
        action = action_class(request, action_class.models[0])
        if not objects or any(action.check_perm(obj) for obj in objects):
            usable.add(action_class.action_type)
    return usable


def _action_type(button):
    return button.url.rstrip("/").rsplit("/", 1)[-1]


@register.inclusion_tag("wagtailadmin/shared/buttons.html", takes_context=True)
def usable_bulk_action_choices(context, app_label, model_name, objects=None):
    """Wagtail's `bulk_action_choices`, less the actions the user may not use."""
    usable = _usable_action_types(context["request"], app_label, model_name, objects)
    choices = wagtailadmin_tags.bulk_action_choices(context, app_label, model_name)
    buttons = []
    for button in choices["buttons"]:
        if isinstance(button, ButtonWithDropdown):
            button.buttons = [b for b in button.buttons if _action_type(b) in usable]
            if button.buttons:
                buttons.append(button)
        elif _action_type(button) in usable:
            buttons.append(button)
    return {"buttons": buttons}
