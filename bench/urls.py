"""The site's URLs plus a bare Django view: every benchmark measures it in the same run,
so that each figure is a ratio to what this machine gives Django itself."""

from django.http import HttpResponse
from django.urls import path

from portal.urls import handler429  # noqa: F401 - allauth looks for it in the URLconf
from portal.urls import urlpatterns as site


def hello(request):
    return HttpResponse("hello")


urlpatterns = [path("bench/hello/", hello), *site]
