"""Bar charts drawn on the server as inline SVG: no JavaScript, no style attribute (only
SVG presentation attributes), readable without colour (each bar carries its value; a
second series is hatched, with a legend) and named for assistive technologies (``role="img"``,
a ``<title>`` and a ``<desc>`` tied with ``aria-labelledby``). The table of the same numbers
sits beside each chart on the page; the chart is a picture of it.

Text and axes take the colour of the text around them (``currentColor``: light and dark
admin themes alike); bars are a teal with at least 3:1 against white and the dark theme.
Right-to-left pages get mirrored charts (bars grow from the right, the first month on the
right). ``with_table`` gives a chart with the rows of its table, each number with its
link."""

from dataclasses import dataclass

from django.utils.formats import date_format
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from babel.numbers import format_decimal

from portal.core.money import display_locale

BAR = "#007d7e"
FONT = 'font-family="inherit"'


@dataclass
class Point:
    """One bar (or one group of bars): ``label`` in full (titles, tables), ``short`` under
    a column (one or two lines), ``values`` one per series, ``url`` the rows behind it."""

    label: str
    values: list
    short: tuple = ()
    url: str = ""


def number(value, language):
    """A count as the reader writes it: ``1 234`` in French, ``1,234`` in English."""
    return format_decimal(value, locale=display_locale(language), numbering_system="latn")


def _text(x, y, content, anchor="middle", size=12, weight=None):
    bold = f' font-weight="{weight}"' if weight else ""
    return (
        f'<text x="{x:g}" y="{y:g}" text-anchor="{anchor}" font-size="{size}"{bold} '
        f'fill="currentColor" {FONT}>{escape(content)}</text>'
    )


def _hatch(chart_id):
    return (
        f'<pattern id="{chart_id}-hatch" patternUnits="userSpaceOnUse" width="6" height="6" '
        f'patternTransform="rotate(45)"><rect width="2.5" height="6" fill="{BAR}"/></pattern>'
    )


def _fill(chart_id, series_index):
    return BAR if series_index == 0 else f"url(#{chart_id}-hatch)"


def _open(chart_id, width, height, title, desc, rtl):
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" id="{chart_id}" class="figures-chart" '
        f'role="img" aria-labelledby="{chart_id}-title {chart_id}-desc" '
        f'width="{width:g}" height="{height:g}" viewBox="0 0 {width:g} {height:g}" '
        f'direction="{"rtl" if rtl else "ltr"}">'
        f'<title id="{chart_id}-title">{escape(title)}</title>'
        f'<desc id="{chart_id}-desc">{escape(desc)}</desc>'
    )


def _legend(chart_id, series, y, width, rtl):
    """One swatch and name per series, on one line above the plot."""
    parts, x = [], 8
    for index, name in enumerate(series):
        box = width - x - 14 if rtl else x
        parts.append(
            f'<rect x="{box:g}" y="{y - 11:g}" width="14" height="14" '
            f'fill="{_fill(chart_id, index)}" stroke="{BAR}" stroke-width="1"/>'
        )
        label_x = width - x - 20 if rtl else x + 20
        parts.append(_text(label_x, y, name, anchor="start", size=12))
        x += 36 + 8 * len(name)
    return "".join(parts)


def column_chart(chart_id, title, desc, points, language, series=(), rtl=False):
    """Vertical bars, one slot per point (a month), one bar per series in each slot, the
    value on top of each bar and the point's short label below."""
    count = max(1, len(series))
    bar = 28 if count == 1 else 22
    slot = count * bar + (count - 1) * 2 + 18
    top = 28 + (22 if count > 1 else 0)
    plot, bottom = 150, 40
    width = max(len(points), 1) * slot + 16
    height = top + plot + bottom
    highest = max((value for point in points for value in point.values), default=0) or 1
    parts = [_open(chart_id, width, height, title, desc, rtl)]
    if count > 1:
        parts.append(f"<defs>{_hatch(chart_id)}</defs>")
        parts.append(_legend(chart_id, series, 16, width, rtl))
    base = top + plot
    for index, point in enumerate(points):
        start = 8 + index * slot + 9
        if rtl:
            start = width - 8 - (index + 1) * slot + 9
        parts.append('<g class="chart-point">')
        parts.append(f"<title>{escape(_point_title(point, series, language))}</title>")
        for rank, value in enumerate(point.values):
            order = count - 1 - rank if rtl else rank
            x = start + order * (bar + 2)
            tall = round(plot * value / highest, 1)
            parts.append(
                f'<rect class="chart-bar" x="{x:g}" y="{base - tall:g}" width="{bar}" '
                f'height="{tall:g}" fill="{_fill(chart_id, rank)}" stroke="{BAR}" '
                f'stroke-width="{0 if rank == 0 else 1}"/>'
            )
            label = number(value, language)
            parts.append(_text(x + bar / 2, base - tall - 5, label, size=11 if count > 1 else 12))
        middle = start + (count * bar + (count - 1) * 2) / 2
        for line, words in enumerate(point.short or (point.label,)):
            parts.append(_text(middle, base + 16 + 14 * line, words, size=12))
        parts.append("</g>")
    parts.append(
        f'<line x1="4" y1="{base:g}" x2="{width - 4:g}" y2="{base:g}" '
        f'stroke="currentColor" stroke-width="1"/>'
    )
    parts.append("</svg>")
    return mark_safe("".join(parts))  # every text above is escaped


def bar_chart(chart_id, title, desc, points, language, rtl=False, width=320):
    """Horizontal bars, one row per point: its label above, the bar, its value after."""
    row, room = 46, 64
    height = max(len(points), 1) * row + 6
    highest = max((point.values[0] for point in points), default=0) or 1
    parts = [_open(chart_id, width, height, title, desc, rtl)]
    for index, point in enumerate(points):
        value = point.values[0]
        y = index * row + 16
        long = round((width - room - 8) * value / highest, 1)
        label_x = width - 4 if rtl else 4
        bar_x = width - 4 - long if rtl else 4
        value_x = width - 12 - long if rtl else long + 12
        parts.append('<g class="chart-point">')
        parts.append(f"<title>{escape(_point_title(point, (), language))}</title>")
        parts.append(_text(label_x, y, point.label, anchor="start", size=13))
        parts.append(
            f'<rect class="chart-bar" x="{bar_x:g}" y="{y + 6:g}" width="{long:g}" '
            f'height="18" fill="{BAR}"/>'
        )
        parts.append(
            _text(value_x, y + 20, number(value, language), anchor="start", size=13, weight="bold")
        )
        parts.append("</g>")
    parts.append("</svg>")
    return mark_safe("".join(parts))  # every text above is escaped


def _point_title(point, series, language):
    if len(point.values) == 1:
        return f"{point.label} : {number(point.values[0], language)}"
    values = ", ".join(
        f"{name} {number(value, language)}"
        for name, value in zip(series, point.values, strict=False)
    )
    return f"{point.label} : {values}"


def describe(points, language, series_index=0):
    """The chart's description: its total and its highest bar, in words."""
    values = [point.values[series_index] for point in points]
    total = sum(values)
    if not total:
        return _("Aucune donnée sur la période.")
    highest = max(points, key=lambda point: point.values[series_index])
    return _("Total : %(total)s. Le plus haut : %(label)s (%(value)s).") % {
        "total": number(total, language),
        "label": highest.label,
        "value": number(highest.values[series_index], language),
    }


# ---- a chart and the table of its numbers -------------------------------------------------


def cell(value, url, header, label):
    """A number of a table, its link, and what it counts (said to screen readers in the
    link, which may be read out of the table)."""
    return {"value": value, "url": url, "context": f"{header}, {label}"}


def month_points(values, links=None):
    """Points of a month chart from ``{month: [value, …]}`` in order: the month in full,
    its short name (and its year under the first of each year), the month's actions."""
    points, previous_year = [], None
    for month, numbers in values.items():
        short = (date_format(month, "N"),)
        if month.year != previous_year:
            short = (*short, str(month.year))
        previous_year = month.year
        url = links.actions(mois=f"{month:%Y-%m}") if links else ""
        points.append(Point(date_format(month, "F Y"), list(numbers), short, url))
    return points


def with_table(
    chart_id,
    title,
    dimension,
    points,
    headers,
    language,
    kind="bars",
    series=(),
    rows=None,
    rtl=False,
):
    """A chart (``kind``: "columns" or "bars") and its table: a row per point, a column
    per value, the total; or ``rows`` and their totals when the table shows more than the
    chart."""
    desc = describe(points, language)
    if kind == "columns":
        svg = column_chart(chart_id, title, desc, points, language, series=series, rtl=rtl)
    else:
        svg = bar_chart(chart_id, title, desc, points, language, rtl=rtl)
    if rows is None:
        rows = [
            {
                "label": point.label,
                "cells": [
                    cell(number(value, language), point.url, header, point.label)
                    for value, header in zip(point.values, headers, strict=True)
                ],
            }
            for point in points
        ]
        totals = [number(sum(point.values[0] for point in points), language)]
    else:
        rows, totals = rows
    return {
        "id": chart_id,
        "title": title,
        "svg": svg,
        "dimension": dimension,
        "headers": headers,
        "rows": rows,
        "totals": totals,
    }
