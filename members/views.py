from django.http import Http404


def not_yet(request, **kwargs):
    raise Http404
