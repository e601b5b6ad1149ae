"""One cluster (deploy/cluster.py) for the module, and clients that reach it as a visitor, a
member or the staff would: through Varnish (the public address), or through one app server
alone ("A", "B": nginx's node ports, which write X-Forwarded-For as Varnish and nginx would)."""

import html
import os
import re
import time

import psycopg2
import pytest
import requests

from deploy.cluster import Cluster, database_urls, missing_tools

WHERE = {"varnish": "varnish", "nginx": "nginx", "A": "node_a", "B": "node_b"}
TIMEOUT = 60
TIMINGS = {}


def _unavailable():
    """Why the cluster cannot start here, or None."""
    if missing := missing_tools():
        return f"{', '.join(missing)} missing: `make cluster-tools` installs them"
    server_url = database_urls()[0]
    try:
        psycopg2.connect(server_url, connect_timeout=3).close()
    except psycopg2.Error:
        return f"no PostgreSQL at {server_url.rsplit('@', 1)[-1]} (set DATABASE_URL)"
    return None


@pytest.fixture(scope="module")
def cluster(request):
    reason = _unavailable()
    if reason:
        # CI says the cluster must run: a missing piece is a failure there, not a skip.
        if os.environ.get("CLUSTER_REQUIRED") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    with Cluster(log=lambda line: None) as cluster:
        TIMINGS["start"] = cluster.timings
        cluster.steps = TIMINGS["steps"] = {}
        yield cluster


@pytest.fixture
def timed(cluster, request):
    """Records how long the test took in `cluster.steps`."""
    started = time.monotonic()
    yield
    cluster.steps[request.node.name.removeprefix("test_")[:40]] = round(
        time.monotonic() - started, 1
    )


def pytest_terminal_summary(terminalreporter):
    """How long the cluster took to start, and each step (seconds)."""
    for name, timings in TIMINGS.items():
        terminalreporter.write_line(f"cluster {name} (s): {timings}")


class Client:
    """A browser without JavaScript: one cookie jar for every address of the cluster (cookies
    ignore ports), requests to `where` ("varnish", "nginx", "A" or "B")."""

    def __init__(self, cluster):
        self.cluster = cluster
        self.http = requests.Session()

    def url(self, where, path):
        return self.cluster.urls[WHERE[where]] + path

    def get(self, where, path, **kwargs):
        kwargs.setdefault("allow_redirects", False)
        return self.http.get(self.url(where, path), timeout=TIMEOUT, **kwargs)

    def post(self, where, path, data=None, files=None):
        data = {"csrfmiddlewaretoken": self.csrf_token(where), **(data or {})}
        return self.http.post(
            self.url(where, path), data=data, files=files, timeout=TIMEOUT, allow_redirects=False
        )

    def csrf_token(self, where):
        if "csrftoken" not in self.http.cookies:
            self.get(where, "/fr/compte/login/")
        return self.http.cookies["csrftoken"]

    def sign_in(self, where, email, password):
        return self.post(where, "/fr/compte/login/", {"login": email, "password": password})


def main_text(response):
    """The words of the page's <main>, tags dropped, spaces collapsed."""
    page = response.text
    if "<main" in page:
        page = page[page.index("<main") : page.index("</main>")]
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", page))).strip()


def title(response):
    return html.unescape(re.search(r"<title>(.*?)</title>", response.text, re.S).group(1))


def eventually(probe, timeout=20, interval=0.2):
    """`probe()`'s first true answer within `timeout` seconds, else its last answer."""
    deadline = time.monotonic() + timeout
    while True:
        answer = probe()
        if answer or time.monotonic() > deadline:
            return answer
        time.sleep(interval)
