"""The figures' dashboard in the Wagtail admin (under /admin/chiffres/)."""

urlpatterns = []
