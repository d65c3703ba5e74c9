"""Content-Security-Policy, Permissions-Policy, framing rules and Secure cookies.

Over HTTP: public pages as an anonymous reader (also from the page cache),
the admin as a member of Communications, the partner widget as another
site's iframe would load it, and production settings served by gunicorn.
"""

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.test import override_settings

from cms.csp import is_initialiser, with_nonces
from partners.permissions import communications_group, setup_roles
from tests.home.factories import build_sections
from tests.news.factories import EventPageFactory, PressReleasePageFactory
from tests.partners.factories import PartnerPageFactory

ROOT = Path(__file__).resolve().parents[2]
DENIED = ("camera", "microphone", "geolocation", "payment", "usb")


def directives(response):
    policy = response["Content-Security-Policy"]
    return {
        name: values
        for name, _, values in (
            part.strip().partition(" ") for part in policy.split(";") if part.strip()
        )
    }


def nonce_of(response):
    found = re.search(r"'nonce-([A-Za-z0-9+/=]+)'", directives(response)["script-src"])
    assert found, response["Content-Security-Policy"]
    return found.group(1)


def assert_strict(response):
    """Scripts from this site or with the nonce; no other page may frame it."""
    policy = directives(response)
    assert policy["script-src"].startswith("'self' 'nonce-")
    assert "'unsafe-inline'" not in policy["script-src"]
    assert "'unsafe-eval'" not in policy["script-src"]
    assert policy["default-src"] == "'self'"
    assert policy["object-src"] == "'none'"
    assert policy["base-uri"] == "'self'"
    assert policy["frame-ancestors"] == "'self'"
    assert "https://www.youtube.com" in policy["frame-src"]
    permissions = response["Permissions-Policy"]
    for feature in DENIED:
        assert f"{feature}=()" in permissions


def executable_scripts(response):
    """Opening tags of the inline scripts a browser would run."""
    tags = re.findall(rb"<script(?![^>]*\bsrc=)[^>]*>", response.content)
    return [tag for tag in tags if b"json" not in tag]


@pytest.fixture
def newsroom(site_tree):
    sections = build_sections(site_tree["homes"]["en"])
    partner = PartnerPageFactory(parent=sections["partners"], title="Alpha University")
    release = PressReleasePageFactory(parent=sections["news"], partners=[partner])
    event = EventPageFactory(parent=sections["events"], partners=[partner])
    return {
        "sections": sections,
        "release": release,
        "event": event,
        "partner": partner,
    }


@pytest.fixture
def public_urls(newsroom):
    return [
        "/en/",
        newsroom["sections"]["news"].url,
        newsroom["release"].url,
        newsroom["event"].url,
        newsroom["partner"].url,
        "/en/search/?q=partner",
    ]


@pytest.mark.django_db
def test_public_pages_have_a_strict_policy(client, public_urls):
    for url in public_urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert_strict(response)
        # No inline script runs on a public page; JSON-LD is data.
        assert executable_scripts(response) == [], url


@pytest.mark.django_db
def test_every_response_gets_a_new_nonce(client, newsroom):
    first = client.get(newsroom["release"].url)
    second = client.get(newsroom["release"].url)
    assert nonce_of(first) != nonce_of(second)


@pytest.mark.django_db
@override_settings(PAGE_CACHE_ENABLED=True)
def test_a_page_from_the_page_cache_keeps_the_policy(client, newsroom):
    client.get(newsroom["release"].url)
    cached = client.get(newsroom["release"].url)
    assert cached["X-Page-Cache"] == "hit"
    assert_strict(cached)


@pytest.fixture
def comms_client(client, site_tree):
    setup_roles()
    user = get_user_model().objects.create_user("comms", "comms@example.org")
    user.groups.add(communications_group())
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_admin_pages_give_their_inline_scripts_the_nonce(comms_client, newsroom):
    release = newsroom["release"]
    urls = [
        "/admin/",
        f"/admin/pages/{release.pk}/edit/",
        f"/admin/pages/{newsroom['event'].pk}/edit/",
        f"/admin/pages/{release.pk}/delete/",
        f"/admin/localize/submit/page/{release.pk}/",
        "/admin/images/",
    ]
    for url in urls:
        response = comms_client.get(url)
        assert response.status_code == 200, url
        assert_strict(response)
        nonce = nonce_of(response)
        for tag in executable_scripts(response):
            assert f'nonce="{nonce}"'.encode() in tag, (url, tag)
    # The editor has choosers, date fields and inline panels: all initialised.
    editor = comms_client.get(f"/admin/pages/{release.pk}/edit/")
    assert len(executable_scripts(editor)) >= 5


@pytest.mark.django_db
def test_the_preview_may_be_framed_by_the_admin_only(comms_client, newsroom):
    release = newsroom["release"]
    response = comms_client.get(f"/admin/pages/{release.pk}/edit/preview/")
    assert directives(response)["frame-ancestors"] == "'self'"


@pytest.mark.parametrize(
    "script",
    [
        "alert(document.cookie)",
        'new PageChooser("id_x", {}); alert(1); f("y", {})',
        "initDateChooser(document.cookie, {})",
        'new Function("alert(1)")',
        "new PageChooser(id, {})",
        'eval("1"); new PageChooser("id_x", {})',
    ],
)
def test_no_other_inline_script_gets_the_nonce(script):
    assert not is_initialiser(script)
    page = f"<p>x</p><script>{script}</script>".encode()
    assert b"nonce" not in with_nonces(page, "abc")


def test_wagtails_initialisers_get_the_nonce():
    page = (
        b'<script>new ImageChooser("id_hero_image", {"modalUrl": "/admin/images/"});'
        b'</script><script>initDateTimeChooser("id_go_live_at", {"format": "Y-m-d"});'
        b"</script><script>(function() {\n var panel = new InlinePanel(JSON.parse("
        b'"{\\u0022prefix\\u0022: \\u0022topic_links\\u0022}"));\n })();</script>'
    )
    assert with_nonces(page, "abc").count(b'<script nonce="abc">') == 3


@pytest.mark.django_db
@override_settings(PAGE_CACHE_ENABLED=True)
def test_the_widget_may_be_framed_by_any_site(client, newsroom):
    url = f"/en/widget/partner/{newsroom['partner'].pk}/"
    for expected_cache in ("miss", "hit"):
        response = client.get(url)
        assert response.status_code == 200
        assert response["X-Page-Cache"] == expected_cache
        policy = directives(response)
        assert policy["frame-ancestors"] == "*"
        assert policy["default-src"] == "'none'"
        assert "X-Frame-Options" not in response


@pytest.mark.django_db
def test_other_pages_refuse_framing_by_other_sites(client, newsroom):
    response = client.get(newsroom["release"].url)
    assert directives(response)["frame-ancestors"] == "'self'"
    assert response["X-Frame-Options"] == "DENY"


# Production settings, served by gunicorn over plain http ---------------------


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def production_env(database, **extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "tests.cms.instance_settings",
            "DJANGO_SECRET_KEY": "secure-cookie-test-secret-" + "x" * 30,
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DJANGO_SECURE_SSL_REDIRECT": "false",
            "DJANGO_LOG_LEVEL": "WARNING",
            "DATABASE_URL": f"sqlite:///{database}",
        }
    )
    env.pop("REDIS_URL", None)
    env.update(extra)
    return env


@pytest.fixture(scope="module")
def migrated(tmp_path_factory):
    database = tmp_path_factory.mktemp("cookies") / "db.sqlite3"
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "--verbosity", "0"],
        cwd=ROOT,
        env=production_env(database),
        check=True,
        timeout=600,
    )
    return database


def set_cookie_headers(env):
    """The Set-Cookie headers of the admin login page, from a real gunicorn."""
    port = free_port()
    server = subprocess.Popen(  # noqa: S603 - fixed arguments
        [
            str(Path(sys.executable).with_name("gunicorn")),
            "cms.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "1",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                url = f"http://127.0.0.1:{port}/admin/login/"
                with urllib.request.urlopen(url, timeout=30) as response:
                    return response.headers.get_all("Set-Cookie")
            except OSError:  # not listening yet, or a slow first request
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"gunicorn did not start: {server.stderr.read()}")
                time.sleep(0.3)
    finally:
        server.terminate()
        server.wait(timeout=20)


def test_cookies_stay_secure_with_the_redirect_off(migrated):
    cookies = set_cookie_headers(production_env(migrated))
    csrf = [cookie for cookie in cookies if cookie.startswith("csrftoken=")]
    assert csrf, cookies
    assert "Secure" in csrf[0]


def test_a_local_plain_http_run_has_its_own_variable(migrated):
    env = production_env(migrated, DJANGO_INSECURE_LOCAL_COOKIES="true")
    cookies = set_cookie_headers(env)
    csrf = [cookie for cookie in cookies if cookie.startswith("csrftoken=")]
    assert csrf, cookies
    assert "Secure" not in csrf[0]
