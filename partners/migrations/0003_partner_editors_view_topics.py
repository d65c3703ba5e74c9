"""Partner editors may choose topics: give existing partner groups `cms.view_topic`.

Saving a page now refuses snippets the editor has no permission on
(cms/references.py); new partner groups get the permission from
`provision_partner`. On a fresh database the permission does not exist yet and
there is no partner group: nothing to do.
"""

from django.db import migrations


def grant_view_topic(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    PartnerAccess = apps.get_model("partners", "PartnerAccess")
    permission = Permission.objects.filter(
        content_type__app_label="cms", codename="view_topic"
    ).first()
    if permission is None:
        return
    for access in PartnerAccess.objects.select_related("group"):
        access.group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("cms", "0003_search_text_configurations"),
        ("partners", "0002_partner_access"),
    ]

    operations = [migrations.RunPython(grant_view_topic, migrations.RunPython.noop)]
