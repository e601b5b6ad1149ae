"""What the member area's admin tools share: a model viewset with no generic write view."""

from django.utils.functional import cached_property

from wagtail.admin.viewsets.model import ModelViewSet


class NoGenericWriteViewSet(ModelViewSet):
    """Objects that only services change (applications, proposals): the admin reads them
    and offers the services' own views; there is no generic add, edit, copy, delete or usage
    view, and no view links to one. ``read_views`` names the generic views kept;
    ``extra_urlpatterns()`` adds the viewset's own."""

    copy_view_enabled = False
    read_views = {"index", "index_results", "history", "history_results"}

    def get_common_view_kwargs(self, **kwargs):
        view_kwargs = super().get_common_view_kwargs(**kwargs)
        for name in ("add_url_name", "edit_url_name", "delete_url_name", "usage_url_name"):
            view_kwargs[name] = None
        view_kwargs.pop("copy_url_name", None)
        return view_kwargs

    def get_urlpatterns(self):
        kept = (p for p in super().get_urlpatterns() if p.name in self.read_views)
        return [*kept, *self.extra_urlpatterns()]

    def extra_urlpatterns(self):
        return []


# Longer than any name, e-mail or title searched; SQLite refuses a LIKE pattern past 50,000
# bytes ("pattern too complex", a 500) and no one types a tenth of that.
MAX_SEARCH_LENGTH = 200


class BoundedSearchMixin:
    """An index view whose search words are cut to ``MAX_SEARCH_LENGTH`` characters."""

    @cached_property
    def search_query(self):
        form = self.search_form
        if form is not None and form.is_valid():
            return form.cleaned_data[self.search_kwarg][:MAX_SEARCH_LENGTH].strip()
        return ""
