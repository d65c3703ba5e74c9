"""At most 5 password reset requests per address and per email in 15 minutes."""

from django.core import mail

from tests.accounts.conftest import browser_client, csrf_token

TOO_MANY = "Too many password reset requests"


def ask_reset(email, address="203.0.113.7", language="en"):
    client = browser_client(address, language)
    form = client.get("/admin/password_reset/")
    assert form.status_code == 200
    return client.post(
        "/admin/password_reset/",
        {"csrfmiddlewaretoken": csrf_token(form), "email": email},
    )


def test_five_requests_from_an_address_then_refused(make_user):
    make_user("editor", email="editor@example.org")
    for number in range(5):
        response = ask_reset(f"someone-{number}@example.org")
        assert response.status_code == 302
    response = ask_reset("editor@example.org")
    assert response.status_code == 429
    assert TOO_MANY in response.text
    assert mail.outbox == []
    # Another address may still ask.
    assert ask_reset("editor@example.org", address="192.0.2.1").status_code == 302
    assert len(mail.outbox) == 1


def test_five_requests_for_an_email_then_refused_from_any_address(make_user):
    make_user("editor", email="editor@example.org")
    for number in range(5):
        response = ask_reset("Editor@Example.org ", address=f"198.51.100.{number}")
        assert response.status_code == 302
    assert len(mail.outbox) == 5
    response = ask_reset("editor@example.org", address="192.0.2.99")
    assert response.status_code == 429
    assert TOO_MANY in response.text
    assert len(mail.outbox) == 5


def test_the_answer_is_the_same_whether_the_email_exists_or_not(make_user):
    make_user("editor", email="editor@example.org")
    answers = {}
    for email in ["editor@example.org", "nobody@example.org"]:
        for number in range(5):
            response = ask_reset(email, address=f"198.51.100.{number}")
            answers.setdefault((email, "allowed"), set()).add(
                (response.status_code, response["Location"])
            )
        refused = ask_reset(email, address="192.0.2.99")
        answers[(email, "refused")] = {(refused.status_code, TOO_MANY in refused.text)}
    assert answers[("editor@example.org", "allowed")] == {
        (302, "/admin/password_reset/done/")
    }
    assert answers[("nobody@example.org", "allowed")] == {
        (302, "/admin/password_reset/done/")
    }
    assert answers[("editor@example.org", "refused")] == {(429, True)}
    assert answers[("nobody@example.org", "refused")] == {(429, True)}


def test_the_refusal_is_translated(make_user):
    for _ in range(5):
        ask_reset("nobody@example.org")
    for language, text in [
        ("fr", "Trop de demandes de réinitialisation"),
        ("nl", "Te veel aanvragen"),
    ]:
        response = ask_reset("nobody@example.org", language=language)
        assert response.status_code == 429
        assert text in response.text


def test_hostile_email_values_get_a_form_error(db):
    for email in ["a\x00b@example.org", "x" * 5000 + "@example.org", "not an email"]:
        response = ask_reset(email)
        assert response.status_code == 200
        assert "error" in response.text
    assert mail.outbox == []
