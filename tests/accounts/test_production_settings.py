"""Production requires a second factor and reads the proxy count from its env."""

from tests.cms.test_settings import run_manage

SECRET = "k" * 20 + "Q7-x!p2@Zr9#Lm4$Vb8%Tn6^Hs3&Wd5*Jf1(Gc0)"
PRINT = (
    "from django.conf import settings as s; "
    "print(s.TWO_FACTOR_REQUIRED, s.TRUSTED_PROXY_COUNT, "
    "s.OTP_WEBAUTHN_RP_ID, s.OTP_WEBAUTHN_ALLOWED_ORIGINS)"
)


def production(**env):
    return run_manage(
        "shell",
        "-c",
        PRINT,
        env_overrides={
            "DJANGO_SECRET_KEY": SECRET,
            "DJANGO_ALLOWED_HOSTS": "news.example.be",
            **env,
        },
    )


def test_production_requires_two_factor_behind_one_proxy_by_default():
    result = production()
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1].split() == [
        "True",
        "1",
        "news.example.be",
        "['https://news.example.be']",
    ]


def test_the_proxy_count_comes_from_the_environment():
    result = production(DJANGO_TRUSTED_PROXY_COUNT="2")
    assert result.stdout.splitlines()[-1].split()[1] == "2"
    result = production(DJANGO_TRUSTED_PROXY_COUNT="two")
    assert result.returncode != 0
    assert "DJANGO_TRUSTED_PROXY_COUNT must be a whole number" in result.stderr
