"""About sections become translatable: add locale and translation_key, nullable.

0005 fills them for existing rows and 0006 makes them required and unique
together. Three migrations, so PostgreSQL never alters the table in the
transaction that updated its rows (pending deferred foreign-key checks).
"""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0003_review_links_publish_together"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.AddField(
            model_name="aboutsection",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AddField(
            model_name="aboutsection",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
    ]
