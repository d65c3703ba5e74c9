"""Subscription pages of one language, mounted inside the language prefix."""

from django.urls import path

from subscriptions import views

urlpatterns = [
    path("subscribe/", views.subscribe, name="subscriptions_subscribe"),
    path("subscribe/confirm/<str:token>/", views.confirm, name="subscriptions_confirm"),
    path("subscribe/privacy/", views.privacy, name="subscriptions_privacy"),
    path(
        "subscriptions/<str:token>/",
        views.preferences,
        name="subscriptions_preferences",
    ),
    path(
        "subscriptions/<str:token>/export.json",
        views.export,
        name="subscriptions_export",
    ),
    path("subscriptions/<str:token>/erase/", views.erase, name="subscriptions_erase"),
    path(
        "unsubscribe/<str:token>/",
        views.unsubscribe,
        name="subscriptions_unsubscribe",
    ),
]
