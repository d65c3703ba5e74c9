"""Credit and licence on Wagtail's own image forms, over HTTP, as each role.

Whoever may change an image may set its rights; nobody else can, on any route.
"""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.images import get_image_model

from cms.image_rights import ImageRights, rights_of, set_rights

pytestmark = pytest.mark.django_db


def edit_data(image, **rights):
    return {
        "title": image.title,
        "collection": image.collection_id,
        "description": "",
        "tags": "",
        **rights,
    }


def edit(client, image, **rights):
    return client.post(
        reverse("wagtailimages:edit", args=[image.pk]), edit_data(image, **rights)
    )


def test_communications_sets_credit_and_licence_on_the_edit_form(client, newsroom):
    client.force_login(newsroom["users"]["communications"])
    image = newsroom["images"]["release"]
    url = reverse("wagtailimages:edit", args=[image.pk])
    form = client.get(url).content.decode()
    assert 'name="credit"' in form and 'name="licence"' in form
    assert "Creative Commons Attribution 4.0 (CC BY 4.0)" in form
    response = edit(client, image, credit=" Jan Peeters ", licence="cc-by-4.0")
    assert response.status_code == 302
    rights = ImageRights.objects.get(image=image)
    assert (rights.credit, rights.licence) == ("Jan Peeters", "cc-by-4.0")
    # The form shows what is stored, and an empty post clears it.
    assert 'value="Jan Peeters"' in client.get(url).content.decode()
    edit(client, image, credit="", licence="")
    rights.refresh_from_db()
    assert (rights.credit, rights.licence) == ("", "")


def test_an_unknown_licence_is_a_form_error_not_a_500(client, newsroom):
    client.force_login(newsroom["users"]["communications"])
    image = newsroom["images"]["release"]
    response = edit(client, image, credit="Jan", licence="all-rights-mine")
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert rights_of(get_image_model().objects.get(pk=image.pk)) is None
    too_long = edit(client, image, credit="x" * 121, licence="editorial")
    assert too_long.status_code == 200
    assert not ImageRights.objects.filter(image=image).exists()


def test_a_partner_editor_sets_rights_on_their_own_image(client, newsroom):
    client.force_login(newsroom["users"]["editor_a"])
    image = newsroom["images"]["A"]
    response = edit(client, image, credit="Alpha University", licence="editorial")
    assert response.status_code == 302
    assert ImageRights.objects.get(image=image).credit == "Alpha University"


def test_a_partner_editor_cannot_set_rights_on_another_image(client, newsroom):
    set_rights(newsroom["images"]["B"], credit="Beta Institute", licence="cc0-1.0")
    client.force_login(newsroom["users"]["editor_a"])
    for image in (newsroom["images"]["B"], newsroom["images"]["release"]):
        url = reverse("wagtailimages:edit", args=[image.pk])
        assert client.get(url).status_code in (302, 403)
        response = edit(client, image, credit="Alpha took it", licence="editorial")
        assert response.status_code in (302, 403)
        if response.status_code == 302:
            assert response["Location"] != reverse("wagtailimages:index")
    assert ImageRights.objects.get(image=newsroom["images"]["B"]).credit == (
        "Beta Institute"
    )
    assert not ImageRights.objects.filter(image=newsroom["images"]["release"]).exists()


def test_rights_are_set_on_upload_and_a_post_without_them_keeps_them(client, newsroom):
    client.force_login(newsroom["users"]["communications"])
    image = newsroom["images"]["release"]
    with image.file.open("rb") as stored:
        data = stored.read()
    response = client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Lab at night",
            "collection": image.collection_id,
            "file": SimpleUploadedFile("lab.jpg", data, "image/jpeg"),
            "credit": "Night shift",
            "licence": "cc-by-nd-4.0",
        },
    )
    assert response.status_code == 302
    added = get_image_model().objects.get(title="Lab at night")
    assert rights_of(added).licence == "cc-by-nd-4.0"
    # Replacing the file from a form that does not carry the rights keeps them.
    client.post(
        reverse("wagtailimages:edit", args=[added.pk]),
        {"title": added.title, "collection": added.collection_id},
    )
    assert ImageRights.objects.get(image=added).credit == "Night shift"
