"""An index on Wagtail's page tree by depth, then path.

A page's children (`get_children()`, the menus on every page) are asked for as
`depth = d AND path BETWEEN ...`: the path index alone reads the whole subtree
(every release under the home page), this one only the children.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0006_image_rights"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS cms_page_depth_path_idx "
            "ON wagtailcore_page (depth, path)",
            "DROP INDEX IF EXISTS cms_page_depth_path_idx",
        ),
    ]
