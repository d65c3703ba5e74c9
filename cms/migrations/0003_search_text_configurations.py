"""PostgreSQL text search configurations for English, French and Dutch content.

Each `newsroom_<language>` configuration stems like PostgreSQL's own and, when
the unaccent extension can be created, folds accents first. Nothing happens on
other databases.
"""

from django.db import migrations, transaction

CONFIGURATIONS = {
    "newsroom_english": ("english", "english_stem"),
    "newsroom_french": ("french", "french_stem"),
    "newsroom_dutch": ("dutch", "dutch_stem"),
}


def create_configurations(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    try:
        with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
            cursor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
        unaccent = True
    except Exception:  # noqa: BLE001 - no right to create it: stem without folding
        unaccent = False
    with connection.cursor() as cursor:
        for name, (base, stemmer) in CONFIGURATIONS.items():
            cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")
            cursor.execute(
                f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = pg_catalog.{base})"
            )
            if unaccent:
                cursor.execute(
                    f"ALTER TEXT SEARCH CONFIGURATION {name} "
                    f"ALTER MAPPING FOR hword, hword_part, word "
                    f"WITH unaccent, {stemmer}"
                )


def drop_configurations(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        for name in CONFIGURATIONS:
            cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("cms", "0002_initial")]

    operations = [migrations.RunPython(create_configurations, drop_configurations)]
