"""Reflow (WCAG 1.4.10) and the compact phone header, in headless Chromium.

At 320 px wide (a small phone, or 400 % zoom of a 1280 px screen) no page scrolls sideways:
every page the sitemap lists (French, English, Arabic) and every member page, crawled from
the dashboard of the demo ambassador and of the demo coordinator, in French and Arabic. One
320 px browser context serves all the pages (signed out, then as each account); a failure
names the element that sticks out and takes a screenshot of the page; the pages checked are
counted (printed, and listed in artifacts/reflow-pages.txt). On a 780 px tall phone the
page's title starts in the first half of the screen: the header stays on one line, search
and menus wait behind their buttons."""

import re
from urllib.parse import urljoin, urlsplit
from xml.etree import ElementTree

import pytest

from .conftest import SCREENSHOTS, fresh_totp, manage
from .test_member_journeys import log_in

REFLOW = {"width": 320, "height": 640}
PHONE = {"width": 360, "height": 780}
ACCOUNTS = {
    "ambassadrice": ("ambassadrice@example.org", "demo-ambassadrice-2026"),
    "coordinatrice": ("coordinatrice@example.org", "demo-coordinatrice-2026"),
}
SECRET = "JBSWY3DPEHPK3PXP"
# The demo's accounts, and the coordinator's second factor with a known secret (staff sign
# in with it). The member journey, which runs before, sets up her factor from the page.
SETUP = f"""
from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model
user = get_user_model().objects.get(email="coordinatrice@example.org")
Authenticator.objects.update_or_create(
    user=user, type=Authenticator.Type.TOTP, defaults={{"data": {{"secret": {SECRET!r}}}}}
)
"""
# Member pages are crawled from the dashboard; these are not pages to look at.
NOT_PAGES = re.compile(r"(/logout/|\.(pdf|ics|csv|xlsx|js)$|format=|/telecharger|/export)")
MAX_MEMBER_PAGES = 60  # per account and language: a safety net, the demo has far fewer

# The element that makes the page wider than the screen: of the elements sticking out on
# either side, the outermost (its parent fits); the widest of them when several do.
WIDEST = """() => {
    const limit = document.documentElement.clientWidth;
    const outside = (element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && (box.right > limit + 0.5 || box.left < -0.5);
    };
    const name = (element) => {
        let part = element.tagName.toLowerCase();
        if (element.id) return part + "#" + element.id;
        const classes = [...element.classList].slice(0, 2);
        return part + (classes.length ? "." + classes.join(".") : "");
    };
    const path = (element) => {
        const parts = [];
        for (let node = element; node && node !== document.body && parts.length < 5;
             node = node.parentElement) {
            parts.unshift(name(node));
            if (node.id) break;
        }
        return parts.join(" > ");
    };
    const culprits = [...document.body.querySelectorAll("*")].filter(
        (element) => outside(element) && !outside(element.parentElement)
            && getComputedStyle(element).position !== "fixed"
    );
    culprits.sort((a, b) => b.getBoundingClientRect().width - a.getBoundingClientRect().width);
    return culprits.slice(0, 3).map((element) => {
        const box = element.getBoundingClientRect();
        return `${path(element)} (${Math.round(box.left)}…${Math.round(box.right)} px)`;
    });
}"""

CHECKED = []


def sitemap_paths(page, base):
    """Every page the sitemap lists, in every language it lists (its own <loc> lines)."""
    response = page.request.get(base + "/sitemap.xml")
    assert response.ok
    tree = ElementTree.fromstring(response.body())
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    return [urlsplit(loc.text.strip()).path for loc in tree.findall("s:url/s:loc", namespace)]


def fits(page, label):
    """The page is no wider than the screen; else the culprit, and a screenshot."""
    sizes = page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    CHECKED.append(label)
    if sizes[0] <= sizes[1]:
        return None
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    slug = re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-")[:80]
    page.screenshot(path=SCREENSHOTS / f"reflow-{slug}.png", full_page=True)
    return f"{label}: {sizes[0]} px wide for {sizes[1]} px; sticks out: {page.evaluate(WIDEST)}"


def member_links(page, base, prefixes):
    """The member pages this page links to (same site, under the member or account area)."""
    hrefs = page.eval_on_selector_all("a[href]", "links => links.map(link => link.href)")
    found = []
    for href in hrefs:
        parts = urlsplit(urljoin(page.url, href))
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        if parts.netloc != urlsplit(base).netloc or NOT_PAGES.search(path):
            continue
        if parts.path.startswith(prefixes):
            found.append(path)
    return found


def language_version(page, base, language):
    """The page in another language, through the switcher, as a member would."""
    target = page.locator(f".lang-switcher a[lang={language}]").get_attribute("href")
    response = page.goto(base + target)
    assert response.status == 200, target
    return urlsplit(page.url).path


@pytest.fixture(scope="module")
def demo_accounts(live_server_url):
    manage("load_demo", "--users")
    manage("shell", "-c", SETUP)
    return live_server_url


def sign_in(page, base, account):
    log_in(page, base, *ACCOUNTS[account])
    page.wait_for_url(lambda url: "/compte/login/" not in url)
    if "/2fa/authenticate/" in page.url:
        page.locator("input[name=code]").fill(fresh_totp(SECRET))
        page.locator("main").get_by_role("button", name="Connexion").click()
    page.wait_for_url("**/fr/espace-membre/")


@pytest.fixture(scope="module")
def reflow_page(browser):
    """One 320 px wide browser context for all the reflow checks, signed in as needed."""
    context = browser.new_context(viewport=REFLOW, locale="fr-FR")
    yield context.new_page()
    context.close()
    SCREENSHOTS.parent.mkdir(parents=True, exist_ok=True)
    (SCREENSHOTS.parent / "reflow-pages.txt").write_text(
        f"{len(CHECKED)} pages checked at 320 px\n" + "\n".join(CHECKED) + "\n"
    )


def check_public_pages(page, base):
    page.context.clear_cookies()
    paths = sitemap_paths(page, base)
    assert {path.split("/")[1] for path in paths} >= {"fr", "en", "ar"}
    failures = []
    for path in paths:
        response = page.goto(base + path)
        assert response.status == 200, path
        failure = fits(page, path)
        if failure:
            failures.append(failure)
    print(f"\nreflow: {len(paths)} public pages checked at 320 px")
    return failures


def test_public_pages_reflow_at_320_px(reflow_page, demo_accounts):
    failures = check_public_pages(reflow_page, demo_accounts)
    assert not failures, "\n".join(failures)


def check_member_pages(page, base, account):
    page.context.clear_cookies()
    sign_in(page, base, account)
    failures, checked = [], 0
    for language in ["fr", "ar"]:
        page.goto(base + "/fr/espace-membre/")
        dashboard = "/fr/espace-membre/" if language == "fr" else None
        if language != "fr":
            dashboard = language_version(page, base, language)
        # The member area and the account pages (e-mail, password, two-factor), this language.
        prefixes = (dashboard, f"/{language}/compte/", f"/{language}/account/")
        queue, seen = [dashboard], {dashboard}
        while queue and checked < 2 * MAX_MEMBER_PAGES:
            path = queue.pop(0)
            response = page.goto(base + path)
            if response.status != 200 or "html" not in response.headers.get("content-type", ""):
                continue
            checked += 1
            failure = fits(page, f"{account} {path}")
            if failure:
                failures.append(failure)
            for link in member_links(page, base, prefixes):
                if link not in seen:
                    seen.add(link)
                    queue.append(link)
        assert len(seen) > 3, f"{account} {language}: too few member pages found: {seen}"
    print(f"\nreflow: {checked} member pages of {account} checked at 320 px (fr, ar)")
    return failures


@pytest.mark.parametrize("account", list(ACCOUNTS))
def test_member_pages_reflow_at_320_px(reflow_page, demo_accounts, account):
    failures = check_member_pages(reflow_page, demo_accounts, account)
    assert not failures, "\n".join(failures)


# Where the title of the page starts on a 780 px tall phone: within the first screen.
TITLE_PAGES = ["/fr/", "/fr/le-programme/", "/fr/espace-membre/"]


def test_the_title_starts_within_the_first_screen_on_a_phone(browser, demo_accounts):
    base = demo_accounts
    context = browser.new_context(viewport=PHONE, locale="fr-FR")
    page = context.new_page()
    sign_in(page, base, "ambassadrice")
    tops = {}
    for path in TITLE_PAGES:
        for language in ["fr", "ar"]:
            page.goto(base + path)
            if language == "ar":
                language_version(page, base, "ar")
                assert page.get_attribute("html", "dir") == "rtl"
            header = page.locator(".site-header").bounding_box()
            top = page.locator("main h1").first.bounding_box()["y"]
            tops[f"{path} {language}"] = (round(header["height"]), round(top))
            # Brand, language switcher and menu button on one line.
            boxes = [
                page.locator(selector).bounding_box()
                for selector in (".brand", ".lang-switcher", "[data-nav-toggle]")
            ]
            assert max(box["y"] for box in boxes) < min(box["y"] + box["height"] for box in boxes)
            # Search and the member menu wait behind their buttons.
            assert not page.locator("#header-search-q").is_visible()
            if "espace-membre" in path:
                assert not page.locator(".member-nav__list").is_visible()
                assert page.locator(".member-nav summary").is_visible()
    context.close()
    print(f"\nheader height and h1 top on a 360 x 780 phone: {tops}")
    assert all(top < 400 for _height, top in tops.values()), tops
