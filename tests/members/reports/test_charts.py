"""The server-drawn charts (``members.reports.charts``): well-formed SVG named for
assistive technologies, one bar per number with its value written on it, heights in
proportion, no style attribute nor script (the CSP), words escaped, right-to-left
mirrored, a second series hatched and in the legend."""

import xml.etree.ElementTree as ET

from django.utils import translation

import pytest

from members.reports import charts

SVG = "{http://www.w3.org/2000/svg}"
NNBSP = "\u202f"


def points(*values, label="Mois"):
    return [
        charts.Point(f"{label} {index}", [value] if isinstance(value, int) else list(value))
        for index, value in enumerate(values, start=1)
    ]


def parse(markup):
    svg = ET.fromstring(str(markup))
    groups = svg.findall(f"{SVG}g")
    return svg, groups


def bars(group):
    return group.findall(f"{SVG}rect")


def texts(group):
    return [text.text for text in group.findall(f"{SVG}text")]


@pytest.mark.parametrize("kind", ["columns", "bars"])
def test_a_chart_is_an_image_named_by_its_title_and_description(kind):
    draw = charts.column_chart if kind == "columns" else charts.bar_chart
    markup = draw("c1", "Personnes touchées", "Total : 6.", points(1, 2, 3), "fr")
    svg, groups = parse(markup)
    assert svg.tag == f"{SVG}svg"
    assert svg.get("role") == "img"
    assert svg.get("aria-labelledby") == "c1-title c1-desc"
    assert svg.find(f"{SVG}title").get("id") == "c1-title"
    assert svg.find(f"{SVG}title").text == "Personnes touchées"
    assert svg.find(f"{SVG}desc").get("id") == "c1-desc"
    assert svg.find(f"{SVG}desc").text == "Total : 6."
    assert len(groups) == 3
    assert "style" not in markup and "<script" not in markup and "on" + "click" not in markup
    # Its own size: text stays legible; a narrow screen scrolls it in its region.
    assert float(svg.get("width")) > 0 and svg.get("viewBox").endswith(
        f"{svg.get('width')} {svg.get('height')}"
    )


def test_each_column_carries_its_value_and_is_in_proportion():
    markup = charts.column_chart("c", "t", "d", points(0, 50, 100, 1234), "fr")
    _svg, groups = parse(markup)
    heights = []
    for group, value in zip(groups, ["0", "50", "100", f"1{NNBSP}234"], strict=True):
        (bar,) = bars(group)
        assert bar.get("class") == "chart-bar"
        heights.append(float(bar.get("height")))
        label, _axis = texts(group)
        assert label == value
        assert group.find(f"{SVG}title").text.endswith(value)
    assert heights[0] == 0
    assert heights[3] == pytest.approx(150)  # the tallest fills the plot
    assert heights[2] == pytest.approx(150 * 100 / 1234, abs=0.1)
    assert heights[1] == pytest.approx(heights[2] / 2, abs=0.1)


def test_column_labels_may_take_two_lines():
    chart_points = [
        charts.Point("janvier 2026", [3], ("janv.", "2026")),
        charts.Point("février", [4], ("févr.",)),
    ]
    _svg, groups = parse(charts.column_chart("c", "t", "d", chart_points, "fr"))
    assert texts(groups[0]) == ["3", "janv.", "2026"]
    assert texts(groups[1]) == ["4", "févr."]


def test_horizontal_bars_say_their_label_then_their_value():
    markup = charts.bar_chart("b", "t", "d", points(10, 40, label="Pôle"), "fr")
    _svg, groups = parse(markup)
    assert [texts(group) for group in groups] == [["Pôle 1", "10"], ["Pôle 2", "40"]]
    widths = [float(bars(group)[0].get("width")) for group in groups]
    assert widths[1] == pytest.approx(4 * widths[0], abs=0.1)


def test_two_series_a_hatched_one_and_a_legend():
    markup = charts.column_chart(
        "t", "Formations", "d", points((10, 8), (4, 4)), "fr", series=("Places", "Présences")
    )
    svg, groups = parse(markup)
    pattern = svg.find(f"{SVG}defs/{SVG}pattern")
    assert pattern.get("id") == "t-hatch"
    for group, values in zip(groups, (["10", "8"], ["4", "4"]), strict=True):
        first, second = bars(group)
        assert first.get("fill") == charts.BAR
        assert second.get("fill") == "url(#t-hatch)"
        assert texts(group)[:2] == values
    legend = [text.text for text in svg.findall(f"{SVG}text")][:2]
    assert legend == ["Places", "Présences"]
    assert group.find(f"{SVG}title").text == "Mois 2 : Places 4, Présences 4"


def test_words_are_escaped():
    evil = [charts.Point('<script>alert("x")</script> & co', [1])]
    markup = charts.bar_chart("e", "<b>titre</b>", "a & b", evil, "fr")
    assert "<script>" not in markup and "<b>" not in markup
    svg, groups = parse(markup)
    assert svg.find(f"{SVG}title").text == "<b>titre</b>"
    assert texts(groups[0])[0] == '<script>alert("x")</script> & co'


def test_right_to_left_charts_are_mirrored():
    ltr = parse(charts.column_chart("c", "t", "d", points(1, 2, 3), "ar"))[1]
    rtl_svg, rtl = parse(charts.column_chart("c", "t", "d", points(1, 2, 3), "ar", rtl=True))
    assert rtl_svg.get("direction") == "rtl"
    first, last = (float(bars(group)[0].get("x")) for group in (rtl[0], rtl[-1]))
    assert first > last  # the first month on the right
    assert float(bars(ltr[0])[0].get("x")) == pytest.approx(float(bars(rtl[-1])[0].get("x")))
    _svg, horizontal = parse(charts.bar_chart("b", "t", "d", points(10, 40), "ar", rtl=True))
    width = 320
    for group in horizontal:
        bar = bars(group)[0]
        # The bars grow from the right edge.
        assert float(bar.get("x")) + float(bar.get("width")) == pytest.approx(width - 4)


def test_numbers_in_the_readers_language():
    assert charts.number(1234567, "fr") == f"1{NNBSP}234{NNBSP}567"
    assert charts.number(1234567, "en") == "1,234,567"
    assert charts.number(1234, "ar") == "1,234"  # Latin digits, as the rest of the admin


def test_an_empty_chart_says_so():
    with translation.override("fr"):
        assert charts.describe(points(0, 0), "fr") == "Aucune donnée sur la période."
        assert charts.describe(points(3, 9, 1), "fr") == "Total : 13. Le plus haut : Mois 2 (9)."
    _svg, groups = parse(charts.column_chart("c", "t", "d", points(0, 0), "fr"))
    assert all(float(bars(group)[0].get("height")) == 0 for group in groups)
    assert parse(charts.bar_chart("c", "t", "d", [], "fr"))[1] == []
