"""Production settings, checked in a fresh interpreter as a deploy loads them."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args, env_overrides):
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.pop("DATABASE_URL", None)
    env.update(env_overrides)
    env["DJANGO_SETTINGS_MODULE"] = "cms.settings.production"
    return subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage("check", env_overrides={})
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr


def test_production_refuses_an_empty_secret_key():
    result = run_manage("check", env_overrides={"DJANGO_SECRET_KEY": ""})
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr


def test_check_deploy_reports_no_warnings_with_a_secret():
    secret = "k" * 20 + "Q7-x!p2@Zr9#Lm4$Vb8%Tn6^Hs3&Wd5*Jf1(Gc0)"
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env_overrides={
            "DJANGO_SECRET_KEY": secret,
            "DJANGO_ALLOWED_HOSTS": "news.example.be",
        },
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_ssl_redirect_can_be_turned_off_for_a_local_run():
    code = (
        "from django.conf import settings; "
        "print(settings.SECURE_SSL_REDIRECT, settings.ALLOWED_HOSTS)"
    )
    result = run_manage(
        "shell",
        "-c",
        code,
        env_overrides={
            "DJANGO_SECRET_KEY": "x" * 60,
            "DJANGO_SECURE_SSL_REDIRECT": "false",
            "DJANGO_ALLOWED_HOSTS": "a.example, b.example",
        },
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "False ['a.example', 'b.example']"


def test_redis_goes_through_the_breaker_with_short_timeouts():
    code = (
        "from django.conf import settings; c = settings.CACHES['default']; "
        "o = c['OPTIONS']; print(c['BACKEND'], o['SOCKET_CONNECT_TIMEOUT'], "
        "o['SOCKET_TIMEOUT'], o['BREAKER_SECONDS'], settings.SESSION_ENGINE)"
    )
    result = run_manage(
        "shell",
        "-c",
        code,
        env_overrides={
            "DJANGO_SECRET_KEY": "x" * 60,
            "REDIS_URL": "redis://127.0.0.1:6379/0",
        },
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == (
        "cms.caching.breaker.BreakerRedisCache 0.1 0.1 30.0 cms.sessions.cached_db"
    )


def test_check_deploy_with_the_redirect_off_keeps_the_cookies_secure():
    """Behind a TLS proxy the redirect may be off; the cookies stay Secure."""
    result = run_manage(
        "check",
        "--deploy",
        env_overrides={
            "DJANGO_SECRET_KEY": "k" * 20 + "Q7-x!p2@Zr9#Lm4$Vb8%Tn6^Hs3&Wd5*Jf1(Gc0)",
            "DJANGO_ALLOWED_HOSTS": "news.example.be",
            "DJANGO_SECURE_SSL_REDIRECT": "false",
        },
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "security.W008" in result.stdout + result.stderr  # the redirect itself
    for warning in ("security.W012", "security.W016"):
        assert warning not in result.stdout + result.stderr


def settings_values(code, **env):
    result = run_manage(
        "shell",
        "-c",
        f"from django.conf import settings; print({code})",
        env_overrides={"DJANGO_SECRET_KEY": "x" * 60, **env},
    )
    return result


def test_insecure_local_cookies_are_refused_for_a_public_host():
    result = settings_values(
        "settings.SESSION_COOKIE_SECURE",
        DJANGO_INSECURE_LOCAL_COOKIES="true",
        DJANGO_ALLOWED_HOSTS="news.example.be",
    )
    assert result.returncode != 0
    assert "DJANGO_INSECURE_LOCAL_COOKIES is for a local run" in result.stderr


def test_document_size_limit_comes_from_the_environment():
    result = settings_values(
        "settings.WAGTAILDOCS_MAX_UPLOAD_SIZE", DOCUMENT_MAX_UPLOAD_MB="10"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == str(10 * 1024 * 1024)
    default = settings_values("settings.WAGTAILDOCS_MAX_UPLOAD_SIZE")
    assert default.stdout.strip().splitlines()[-1] == str(50 * 1024 * 1024)
    wrong = settings_values(
        "settings.WAGTAILDOCS_MAX_UPLOAD_SIZE", DOCUMENT_MAX_UPLOAD_MB="lots"
    )
    assert wrong.returncode != 0
    assert "DOCUMENT_MAX_UPLOAD_MB must be a whole number" in wrong.stderr


def test_media_from_object_storage_may_be_shown():
    result = settings_values(
        "settings.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src']",
        AWS_STORAGE_BUCKET_NAME="newsroom-media",
        AWS_S3_REGION_NAME="eu-west-1",
    )
    assert result.returncode == 0, result.stderr
    assert "https://newsroom-media.s3.eu-west-1.amazonaws.com" in result.stdout
    endpoint = settings_values(
        "settings.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src']",
        AWS_STORAGE_BUCKET_NAME="newsroom-media",
        AWS_S3_ENDPOINT_URL="https://s3.example.be/",
    )
    assert "https://s3.example.be" in endpoint.stdout
    streamed = settings_values(
        "settings.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src']",
        AWS_STORAGE_BUCKET_NAME="newsroom-media",
        AWS_S3_ENDPOINT_URL="https://s3.example.be/",
        MEDIA_DELIVERY="stream",
    )
    assert "s3.example.be" not in streamed.stdout
