from wagtail.test.utils import WagtailPageTestCase


class PageTestCase(WagtailPageTestCase):
    """WagtailPageTestCase for a site under i18n_patterns.

    Wagtail's assertPageIsRoutable routes the full URL, language prefix included, which
    our URLs always have: route through the real URL resolver instead.
    """

    def assertPageIsRoutable(self, page, route_path="/", msg=None):
        url = page.get_url()
        response = self.client.get(url)
        routed = response.context.get("page") if response.context else None
        if response.status_code != 200 or routed is None or routed.pk != page.pk:
            raise self.failureException(
                self._formatMessage(
                    msg, f"{url} does not route to {page!r} ({response.status_code})"
                )
            )
