"""The footer speaks the reader's language, the press office's address included."""

import pytest

from cms.caching import invalidate_everything
from cms.site_settings import NewsroomSettings


@pytest.mark.parametrize(
    ("language", "expected", "absent"),
    [
        ("en", "1040 Brussels<br>Belgium", "Bruxelles"),
        ("fr", "1040 Bruxelles<br>Belgique", "Brussels"),
        ("nl", "Wetenschapsstraat 14<br>1040 Brussel<br>België", "Belgium"),
    ],
)
def test_footer_address_in_the_reader_s_language(
    site_tree, client, language, expected, absent
):
    footer = client.get(f"/{language}/").text.split('<footer class="site-footer">')[1]
    address = footer.split("<address>")[1].split("</address>")[0]
    assert expected in address
    assert absent not in address


def test_an_address_not_written_for_a_language_is_the_first_one(site_tree, client):
    settings = NewsroomSettings.for_site(site_tree["site"])
    settings.address_nl = ""
    settings.save()
    invalidate_everything()
    assert "1040 Brussels<br>Belgium" in client.get("/nl/").text
