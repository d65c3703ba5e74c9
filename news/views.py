"""Public views of the news app: the private review link of a release."""

from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import translation
from wagtail.log_actions import log

from cms.media_grants import grant_media
from news.forms import ReviewAnswerForm
from news.models import ReviewEvent, ReviewLink


def embargo_until(page):
    """When the release goes live: its scheduled revision, or its own go-live."""
    revision = page.scheduled_revision
    if revision is not None and revision.approved_go_live_at:
        return revision.approved_go_live_at
    return page.go_live_at


def review_release(request, token):
    """A draft or embargoed release for someone without an account.

    Forged, expired, revoked and unknown tokens all get the ordinary 404.
    """
    # A review URL is never redirected into a language tree, found or not.
    request.unknown_language_prefix = True
    link = ReviewLink.from_token(token)
    if link is None:
        raise Http404("No such page")
    page = link.page.specific
    release = page.get_latest_revision_as_object()
    with translation.override(page.locale.language_code):
        form = ReviewAnswerForm(request.POST or None)
        if request.method == "POST":
            if form.is_valid():
                event = ReviewEvent.objects.create(
                    link=link,
                    kind=form.cleaned_data["decision"],
                    name=form.cleaned_data["name"],
                    comment=form.cleaned_data["comment"],
                )
                log(
                    instance=page,
                    action="newsroom.review_answer",
                    data={
                        "decision": event.kind,
                        "name": event.name,
                        "comment": event.comment,
                        "recipient": link.recipient,
                    },
                )
                return HttpResponseRedirect(f"{request.path}?answered=1")
        else:
            ReviewEvent.objects.create(link=link, kind=ReviewEvent.Kind.VIEW)
        context = release.get_context(request)
        context.update(
            review_link=link,
            review_form=form,
            review_answered=request.GET.get("answered") == "1",
            embargo_until=embargo_until(page),
        )
        response = TemplateResponse(request, release.get_template(request), context)
        response.render()
    response["X-Robots-Tag"] = "noindex, nofollow, noarchive"
    response["Cache-Control"] = "no-store, private, max-age=0"
    response["Referrer-Policy"] = "no-referrer"
    # The browser fetches the release's images without the token: grant them.
    return grant_media(request, response, release)
