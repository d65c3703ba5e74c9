"""Public views of the news app: the private review link of a release."""

from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.views.decorators.csrf import csrf_exempt
from wagtail.log_actions import log

from cms.media_grants import grant_media
from news.briefing import embargo_until
from news.forms import ReviewAnswerForm
from news.models import ReviewEvent, ReviewLink


def sent_from_the_review_page(request, link):
    """Whether this answer was posted by the link's own page, recently.

    Django's CSRF check cannot serve here: the page sends no referrer, so
    browsers post `Origin: null` (and no Referer). The form carries the link's
    answer token instead (ReviewLink.answer_token); a browser that says the post
    comes from another site or origin is refused as well.
    """
    if request.headers.get("Sec-Fetch-Site", "same-origin") != "same-origin":
        return False
    origin = request.headers.get("Origin", "null")
    own_origin = f"{request.scheme}://{request.get_host()}"
    if origin not in ("null", own_origin, *settings.CSRF_TRUSTED_ORIGINS):
        return False
    return link.accepts_answer_token(request.POST.get("answer_token"))


@csrf_exempt  # the answer token is this view's CSRF defence, see above
def review_release(request, token):
    """A draft or embargoed release for someone without an account.

    Forged, expired, revoked and unknown tokens all get the ordinary 404. An
    answer without a valid answer token gets the page again (403), with the
    answer kept for sending again and nothing recorded. A journalist's
    pre-briefing link leads to the public page once the release is live; the
    opening is recorded all the same.
    """
    # A review URL is never redirected into a language tree, found or not.
    request.unknown_language_prefix = True
    link = ReviewLink.from_token(token)
    if link is None:
        raise Http404("No such page")
    page = link.page.specific
    if link.journalist_id is not None and page.live:
        ReviewEvent.objects.create(link=link, kind=ReviewEvent.Kind.VIEW)
        response = redirect(page.get_url(request))
        response["Cache-Control"] = "no-store, private, max-age=0"
        response["Referrer-Policy"] = "no-referrer"
        return response
    release = page.get_latest_revision_as_object()
    status = 200
    with translation.override(page.locale.language_code):
        form = ReviewAnswerForm(request.POST or None)
        if request.method != "POST":
            ReviewEvent.objects.create(link=link, kind=ReviewEvent.Kind.VIEW)
        elif link.journalist_id is not None:
            status = 403  # a journalist reads a pre-briefing, never answers it
        elif not sent_from_the_review_page(request, link):
            status = 403
        elif form.is_valid():
            record_answer(link, page, form.cleaned_data)
            return HttpResponseRedirect(f"{request.path}?answered=1")
        context = release.get_context(request)
        context.update(
            review_link=link,
            review_form=form,
            review_answer_token=link.answer_token(),
            review_refused=status == 403,
            review_answered=request.GET.get("answered") == "1",
            embargo_until=embargo_until(page),
        )
        response = TemplateResponse(
            request, release.get_template(request), context, status=status
        )
        response.render()
    response["X-Robots-Tag"] = "noindex, nofollow, noarchive"
    response["Cache-Control"] = "no-store, private, max-age=0"
    response["Referrer-Policy"] = "no-referrer"
    # The browser fetches the release's images without the token: grant them.
    return grant_media(request, response, release)


def record_answer(link, page, answer):
    event = ReviewEvent.objects.create(
        link=link,
        kind=answer["decision"],
        name=answer["name"],
        comment=answer["comment"],
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
