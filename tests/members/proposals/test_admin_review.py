"""Reviewing a proposal in the admin: first the declaration of interests, then a score per
criterion and a comment, sent once; the others' scores only after one's own."""

# The fixtures are imported from admin_fixtures (pytest loads only conftest.py): the tests'
# arguments bear their names.
# ruff: noqa: F811

import pytest
from bs4 import BeautifulSoup

from members.models import Review, Score

from .admin_fixtures import (  # noqa: F401
    call,
    keys,
    owner,
    proposal,
    review_url,
    score_data,
    second_referent,
    send_review,
)

pytestmark = pytest.mark.django_db

SARAH_SAYS = "Le budget des tentes me semble gonflé."


def page(client, proposal):
    response = client.get(review_url(proposal))
    assert response.status_code == 200
    return response.content.decode(), BeautifulSoup(response.content, "html.parser")


def scores_element(soup):
    return next(
        (
            table
            for table in soup.select("main table")
            if table.caption and "puis les notes de chaque examen" in table.caption.text
        ),
        None,
    )


def score_table(soup):
    """``{criterion: [average, spread, each reviewer's score…]}`` of the scores shown."""
    table = scores_element(soup)
    if table is None:
        return None
    return {
        row.th.get_text(strip=True): [td.get_text(" ", strip=True) for td in row.select("td")]
        for row in table.select("tbody tr")
    }


def test_a_reviewer_declares_then_scores_once(client, home, proposal, coordinator):
    client.force_login(coordinator)
    html, soup = page(client, proposal)
    assert "Je n'ai pas de conflit d'intérêts avec ce projet" in html
    assert "Je me retire de l'examen de ce projet" in html
    assert [radio["value"] for radio in soup.select('input[name="declare"]')] == [
        "no_conflict",
        "withdraw",
    ]
    assert not soup.select('input[name^="criterion-"]')

    # No answer chosen: asked again, nothing recorded.
    response = client.post(review_url(proposal), {"action": "declare"}, follow=True)
    assert (
        "Choisissez l'une des deux réponses."
        in BeautifulSoup(response.content, "html.parser").get_text()
    )
    assert not Review.objects.exists()

    response = client.post(review_url(proposal), {"action": "declare", "declare": "no_conflict"})
    assert (response.status_code, response["Location"]) == (302, review_url(proposal))
    html, soup = page(client, proposal)
    assert "Je n'ai pas de conflit d'intérêts" not in html
    for key in keys(proposal.call):
        values = [radio["value"] for radio in soup.select(f'input[name="criterion-{key}"]')]
        assert values == ["0", "1", "2", "3", "4", "5", "na"]
    assert [legend.get_text(strip=True) for legend in soup.select("fieldset legend")] == [
        "Utilité pour le quartier",
        "Budget réaliste",
    ]

    data = score_data(proposal.call, [4, None], comment="Bien pensé.")
    response = client.post(review_url(proposal), data)
    assert response.status_code == 302
    review = Review.objects.get(proposal=proposal, reviewer=coordinator)
    assert review.is_submitted and review.comment == "Bien pensé."
    assert [score.value for score in review.scores.order_by("id")] == [4, None]

    # Twice: refused, nothing changes.
    response = client.post(
        review_url(proposal), score_data(proposal.call, [0, 0], "Non."), follow=True
    )
    assert response.redirect_chain == [(review_url(proposal), 302)]
    assert "Vous avez déjà envoyé vos notes pour ce projet." in response.content.decode()
    review.refresh_from_db()
    assert review.comment == "Bien pensé."
    assert [score.value for score in review.scores.order_by("id")] == [4, None]
    assert Score.objects.count() == 2


@pytest.mark.parametrize("value", ["6", "-1", "cinq", ""])
def test_a_score_out_of_range_is_refused(client, home, proposal, referent, value):
    client.force_login(referent)
    client.post(review_url(proposal), {"action": "declare", "declare": "no_conflict"})
    data = score_data(proposal.call, [3, 3])
    data[f"criterion-{keys(proposal.call)[0]}"] = value
    response = client.post(review_url(proposal), data)
    assert response.status_code == 200
    text = BeautifulSoup(response.content, "html.parser").get_text(" ")
    assert "Une note va de 0 à 5, ou « sans objet »." in text or "Choisissez une note" in text
    assert not Score.objects.exists()
    assert not Review.objects.get(reviewer=referent).is_submitted


def test_others_scores_show_only_after_ones_own(
    client, home, proposal, coordinator, second_referent
):
    send_review(proposal, second_referent, [1, 4], comment=SARAH_SAYS)
    client.force_login(coordinator)
    for step in ("before declaring", "declared"):
        html, soup = page(client, proposal)
        assert SARAH_SAYS not in html, step
        assert "Sarah" not in html, step
        assert score_table(soup) is None, step
        assert "Examens envoyés : 1." in soup.get_text(" ")
        client.post(review_url(proposal), {"action": "declare", "declare": "no_conflict"})

    client.post(review_url(proposal), score_data(proposal.call, [4, 1], comment="Très utile."))
    html, soup = page(client, proposal)
    assert SARAH_SAYS in html and "Très utile." in html
    headers = [th.get_text(strip=True) for th in scores_element(soup).select("thead th")]
    assert headers == ["Critère", "Moyenne", "Écart", "Sarah", "Claire"]
    assert score_table(soup) == {
        "Utilité pour le quartier": ["2,5", "3 désaccord", "1", "4"],
        "Budget réaliste": ["2,5", "3 désaccord", "4", "1"],
    }
    assert "sur au moins un critère, les notes ont 3 points d'écart ou plus" in html


def test_the_list_flags_a_disagreement_to_those_who_have_scored(
    client, home, proposal, coordinator, second_referent, referent
):
    send_review(proposal, second_referent, [1, 3])
    send_review(proposal, coordinator, [4, 3])

    def flag(user):
        client.force_login(user)
        soup = BeautifulSoup(client.get("/admin/proposals/").content, "html.parser")
        cells = soup.select("#listing-results tbody tr")[0].select("td")
        return cells[-2].get_text(strip=True), cells[-1].get_text(strip=True)

    assert flag(coordinator) == ("2", "désaccord")
    # The référente has not scored yet: she is told there is something to see later.
    assert flag(referent) == ("2", "après vos notes")


def test_no_disagreement_under_three_points(client, home, proposal, coordinator, referent):
    send_review(proposal, referent, [2, 3])
    send_review(proposal, coordinator, [4, 5])
    client.force_login(coordinator)
    html, soup = page(client, proposal)
    assert "désaccord" not in html.lower()
    assert score_table(soup)["Utilité pour le quartier"] == ["3", "2", "2", "4"]


def test_withdrawing_shows_the_others_and_scores_nothing(
    client, home, proposal, referent, second_referent
):
    send_review(proposal, second_referent, [2, 2], comment=SARAH_SAYS)
    client.force_login(referent)
    response = client.post(review_url(proposal), {"action": "declare", "declare": "withdraw"})
    assert response.status_code == 302
    html, soup = page(client, proposal)
    assert "Vous vous êtes retiré·e de l'examen de ce projet." in html
    assert not soup.select('input[type="radio"]')
    assert SARAH_SAYS in html
    response = client.post(review_url(proposal), score_data(proposal.call, [5, 5]), follow=True)
    assert "Vous vous êtes retiré·e de l'examen de ce projet." in response.content.decode()
    assert not Review.objects.get(reviewer=referent).is_submitted
    # And a withdrawal is for good: declaring again changes nothing.
    client.post(review_url(proposal), {"action": "declare", "declare": "no_conflict"})
    assert Review.objects.get(reviewer=referent).withdrawn


def test_a_decided_proposal_shows_its_reviews_to_every_reader(
    client, home, proposal, coordinator, referent
):
    send_review(proposal, referent, [3, 4], comment="Solide.")
    proposal.status = proposal.Status.ACCEPTED
    proposal.amount_granted = 1000
    proposal.save()
    client.force_login(coordinator)
    html, soup = page(client, proposal)
    assert "Solide." in html
    assert score_table(soup)["Budget réaliste"] == ["4", "0", "4"]
    assert not soup.select('input[type="radio"]')
    assert "Je n'ai pas de conflit" not in html
