"""The scan report: one HTML file that opens offline and needs nothing else.

Charts are matplotlib figures saved as SVG and written into the page; the styles are inline and
the fonts are the reader's own. A Content-Security-Policy forbids every load from elsewhere, so
even a browser that would fetch something cannot. Links to the scanned articles are plain
``<a href>``: nothing is requested until someone clicks one.
"""

from __future__ import annotations

import datetime
import html
import io
import os
from pathlib import Path
from typing import Any

from linter import __version__
from linter.scan import summary as summaries

STATUS_COLOURS = {
    "open-weights": "#2b7bb9",
    "source-available": "#d9622b",
    "proprietary": "#7a5fb0",
    "open-source": "#3a9a50",
}
STATUS_WORDS = {
    "open-weights": "open weights",
    "source-available": "source-available",
    "proprietary": "proprietary",
    "open-source": "open source",
}


SHARE_MIN = 5  # claims in a month before its share of wrong ones is drawn


class ReportError(Exception):
    pass


def write_report(directory: Path, output: Path, *, examples: int = 3, models: int = 15) -> None:
    if not (directory / "summary.json").is_file():
        raise ReportError(f"{directory} has no summary.json: run 'openwash scan ... --out {directory}' first")
    try:
        data = summaries.load(directory)
    except (OSError, ValueError) as exc:
        raise ReportError(f"cannot read {directory / 'summary.json'}: {exc}") from None
    page = render(data, _examples(directory, data, examples, models), models=models)
    temporary = output.with_name(f".{output.name}.{os.getpid()}.tmp")
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_text(page, encoding="utf-8")
        os.replace(temporary, output)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise ReportError(f"cannot write {output}: {exc.strerror or exc}") from None


def _examples(directory: Path, data: dict[str, Any], per_model: int, models: int) -> dict[str, list[dict]]:
    """A few findings per model among the most frequent, from as many sources as possible."""
    import pyarrow.compute as pc
    import pyarrow.dataset as ds

    top = list(data["findings"]["by_model"])[:models]
    if not top:
        return {}
    columns = [
        "model_id",
        "record_id",
        "url",
        "date",
        "source",
        "claim",
        "sentence",
        "code",
        "license",
        "status",
    ]
    dataset = ds.dataset(directory / "findings", format="parquet", exclude_invalid_files=True)
    table = dataset.to_table(columns=columns, filter=pc.field("model_id").isin(top))
    rows = sorted(table.to_pylist(), key=lambda r: (r["record_id"], r["sentence"]))
    out: dict[str, list[dict]] = {model: [] for model in top}
    used: dict[str, set[str]] = {model: set() for model in top}
    # Two passes: first one example per source, then fill up with the rest.
    for fresh_sources_only in (True, False):
        for row in rows:
            chosen = out[row["model_id"]]
            if len(chosen) >= per_model or row in chosen:
                continue
            if fresh_sources_only and row["source"] in used[row["model_id"]]:
                continue
            if any(r["sentence"] == row["sentence"] for r in chosen):
                continue  # the same sentence in two records (syndicated copies) shows once
            chosen.append(row)
            used[row["model_id"]].add(row["source"])
    return out


def render(data: dict[str, Any], examples: dict[str, list[dict]], *, models: int = 15) -> str:
    findings = data["findings"]
    records = data["records"]
    claims = data["claims"]
    names = data.get("model_names", {})
    statuses = {row["model_id"]: row["status"] for rows in examples.values() for row in rows}
    sections = [_figures(data)]
    if findings["total"]:
        top = list(findings["by_model"].items())[:models]
        sections.append(
            _section(
                "Findings per model",
                _bar_chart(
                    [names.get(m, m) for m, _ in top],
                    [n for _, n in top],
                    [STATUS_COLOURS.get(statuses.get(m, ""), "#888") for m, _ in top],
                    xlabel="findings",
                )
                + _legend({statuses.get(m, "") for m, _ in top}),
                f"The {len(top)} models most often described wrongly, coloured by their real status.",
            )
        )
        by_status = findings["by_status"]
        sections.append(
            _section(
                "Findings per status",
                _bar_chart(
                    [f"{STATUS_WORDS.get(s, s)} called open" for s in by_status],
                    list(by_status.values()),
                    [STATUS_COLOURS.get(s, "#888") for s in by_status],
                    xlabel="findings",
                )
                + _table(["rule", "findings"], [[code, f"{n:,}"] for code, n in findings["by_rule"].items()]),
                "What the models called open actually are.",
            )
        )
    if data.get("sources"):
        sections.append(_sources(data, models))
    if data.get("months"):
        sections.append(_months(data))
    if examples:
        sections.append(_examples_section(examples, names))
    if records["skipped"]:
        sections.append(_skipped(records))
    vocabulary_date = data.get("vocabulary_date") or "unknown"
    inputs = ", ".join(Path(i["path"]).name for i in data.get("inputs", []))
    share = f"{claims['share_wrong']:.1%}" if claims["share_wrong"] is not None else "n/a"
    generated = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return _PAGE.format(
        title=html.escape(f"openwash scan: {share} of openness claims are wrong"),
        inputs=html.escape(inputs),
        vocabulary_date=html.escape(vocabulary_date),
        generated=generated,
        version=html.escape(__version__),
        body="\n".join(sections),
    )


def _figures(data: dict[str, Any]) -> str:
    records, claims, findings = data["records"], data["claims"], data["findings"]
    share = f"{claims['share_wrong']:.1%}" if claims["share_wrong"] is not None else "n/a"
    cards = [
        (f"{records['read']:,}", "records read"),
        (f"{records['skipped']:,}", "skipped (see below)"),
        (f"{claims['judged']:,}", "openness claims about known models"),
        (share, "of those claims are wrong"),
        (f"{findings['total']:,}", "findings"),
        (f"{len(findings['by_model']):,}", "models described wrongly"),
    ]
    body = "".join(
        f'<div class="card"><b>{html.escape(v)}</b><span>{html.escape(k)}</span></div>' for v, k in cards
    )
    return f'<section class="cards">{body}</section>'


def _sources(data: dict[str, Any], limit: int) -> str:
    sources = data["sources"]
    ranked = sorted(sources.items(), key=lambda kv: (-kv[1].get("wrong", 0), -kv[1].get("records", 0), kv[0]))
    top = ranked[:limit]
    rows = []
    for source, counts in top:
        judged, wrong = counts.get("claims", 0), counts.get("wrong", 0)
        rows.append(
            [
                source,
                f"{counts.get('records', 0):,}",
                f"{judged:,}",
                f"{wrong:,}",
                f"{wrong / judged:.0%}" if judged else "–",
            ]
        )
    chart = ""
    if any(c.get("wrong", 0) for _, c in top):
        chart = _bar_chart(
            [s for s, _ in top],
            [c.get("wrong", 0) for _, c in top],
            ["#d9622b"] * len(top),
            xlabel="wrong claims",
        )
    note = f"The {len(top)} sources with the most wrong claims" + (
        f" (of {len(sources):,})." if len(sources) > len(top) else "."
    )
    return _section(
        "Per source",
        chart + _table(["source", "records", "openness claims", "wrong", "share wrong"], rows),
        note,
    )


def _months(data: dict[str, Any]) -> str:
    months = data["months"]
    labels = list(months)
    judged = [months[m].get("claims", 0) for m in labels]
    wrong = [months[m].get("wrong", 0) for m in labels]
    share = [w / j * 100 if j else None for w, j in zip(wrong, judged, strict=True)]
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    figure = Figure(figsize=(8, 3.4))
    axis = figure.add_subplot()
    positions = range(len(labels))
    axis.bar(positions, judged, color="#c8d6e5", label="openness claims")
    axis.bar(positions, wrong, color="#d9622b", label="wrong")
    axis.set_ylabel("claims")
    twin = axis.twinx()
    # A month with two claims swings between 0% and 100%: its share is in the table, not the line.
    points = [
        (p, s) for p, s, j in zip(positions, share, judged, strict=True) if s is not None and j >= SHARE_MIN
    ]
    if points:
        twin.plot(
            [p for p, _ in points], [s for _, s in points], color="#222", marker="o", label="share wrong (%)"
        )
    twin.set_ylim(0, 100)
    twin.set_ylabel("share wrong (%)")
    step = max(1, len(labels) // 12)
    axis.set_xticks(list(positions)[::step], labels[::step], rotation=45, ha="right")
    handles = axis.get_legend_handles_labels()
    twin_handles = twin.get_legend_handles_labels()
    axis.yaxis.set_major_locator(MaxNLocator(integer=True))
    axis.legend(
        handles[0] + twin_handles[0],
        handles[1] + twin_handles[1],
        loc="lower left",
        bbox_to_anchor=(0, 1.02),
        ncols=3,
        fontsize=8,
        frameon=False,
    )
    rows = [
        [m, f"{months[m].get('records', 0):,}", f"{j:,}", f"{w:,}", f"{s:.0f}%" if s is not None else "–"]
        for m, j, w, s in zip(labels, judged, wrong, share, strict=True)
    ]
    note = (
        "Is it getting better? Openness claims about known models each month, the wrong ones, "
        f"and their share (drawn for months with at least {SHARE_MIN} claims)."
    )
    unread = data["records"].get("dates_not_understood", 0)
    if unread:
        note += f" {unread:,} records had a date openwash could not read and are left out here."
    table = _table(["month", "records", "openness claims", "wrong", "share wrong"], rows)
    return _section("Per month", _svg(figure) + f"<details><summary>Table</summary>{table}</details>", note)


def _examples_section(examples: dict[str, list[dict]], names: dict[str, str]) -> str:
    rows = []
    for model, found in examples.items():
        for i, row in enumerate(found):
            sentence = html.escape(row["sentence"])
            claim = html.escape(row["claim"])
            if claim and claim in sentence:
                sentence = sentence.replace(claim, f"<mark>{claim}</mark>", 1)
            where = html.escape(row["record_id"])
            url = row["url"] or ""
            if url.startswith(("http://", "https://")):
                where = f'<a href="{html.escape(url, quote=True)}" rel="noopener noreferrer">{where}</a>'
            meta = " · ".join(html.escape(str(v)) for v in (row["source"], row["date"]) if v)
            head = ""
            if i == 0:
                status = row["status"]
                head = (
                    f'<td rowspan="{len(found)}" class="model"><b>{html.escape(names.get(model, model))}</b>'
                    f'<span class="status" style="background:{STATUS_COLOURS.get(status, "#888")}">'
                    f"{html.escape(STATUS_WORDS.get(status, status))}</span>"
                    f"<small>{html.escape(row['license'] or '')}</small></td>"
                )
            rows.append(f"<tr>{head}<td>{sentence}</td><td>{where}<small>{meta}</small></td></tr>")
    table = (
        '<table class="examples"><thead><tr><th>model</th><th>sentence (claim marked)</th>'
        f"<th>where</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )
    return _section(
        "Examples", table, "Sentences that call these models open, from different sources where possible."
    )


def _skipped(records: dict[str, Any]) -> str:
    reasons = _table(["reason", "records"], [[r, f"{n:,}"] for r, n in records["skipped_by_reason"].items()])
    examples = _table(
        ["input", "record", "reason"],
        [[Path(e["input"]).name, str(e["record"]), e["reason"]] for e in records["skipped_examples"]],
    )
    return _section(
        "Skipped records",
        reasons + f"<details><summary>Examples</summary>{examples}</details>",
        "Records that could not be judged; the rest of the scan went on without them.",
    )


def _section(title: str, body: str, note: str = "") -> str:
    lead = f'<p class="note">{html.escape(note)}</p>' if note else ""
    return f"<section><h2>{html.escape(title)}</h2>{lead}{body}</section>"


def _table(headers: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _legend(shown: set[str]) -> str:
    items = "".join(
        f'<span><i style="background:{colour}"></i>{html.escape(STATUS_WORDS[s])}</span>'
        for s, colour in STATUS_COLOURS.items()
        if s in shown
    )
    return f'<p class="legend">{items}</p>'


def _bar_chart(labels: list[str], values: list[int], colours: list[str], *, xlabel: str) -> str:
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    height = 0.9 + 0.32 * len(labels)
    figure = Figure(figsize=(8, height))
    axis = figure.add_subplot()
    positions = list(range(len(labels)))[::-1]  # the largest at the top
    axis.barh(positions, values, color=colours)
    axis.set_yticks(positions, [label if len(label) <= 40 else label[:39] + "…" for label in labels])
    axis.set_xlabel(xlabel)
    axis.xaxis.set_major_locator(MaxNLocator(integer=True))
    for spine in ("top", "right"):
        axis.spines[spine].set_visible(False)
    for position, value in zip(positions, values, strict=True):
        axis.annotate(
            f"{value:,}",
            (value, position),
            xytext=(3, 0),
            textcoords="offset points",
            va="center",
            fontsize=8,
        )
    return _svg(figure)


def _svg(figure: Any) -> str:
    import matplotlib

    figure.set_layout_engine("tight")
    buffer = io.StringIO()
    # Text stays text (the reader's fonts, no embedded glyphs); no date in the file, so two
    # reports of the same scan are byte-for-byte the same charts.
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "openwash", "font.size": 9}):
        figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    svg = buffer.getvalue()
    return '<div class="chart">' + svg[svg.index("<svg") :] + "</div>"


_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy"
  content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>{title}</title>
<style>
body {{ font-family: system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; margin: 0;
  color: #1d2329; background: #f6f7f9; line-height: 1.45; }}
header, main, footer {{ max-width: 1000px; margin: 0 auto; padding: 0 20px; }}
header {{ padding-top: 24px; }}
h1 {{ font-size: 1.6em; margin: 0 0 4px; }}
h2 {{ font-size: 1.25em; margin: 0 0 6px; }}
header p, .note, small {{ color: #56606b; }}
section {{ background: #fff; border: 1px solid #dde1e6; border-radius: 8px; padding: 16px 20px;
  margin: 16px 0; }}
.cards {{ display: grid; grid-template-columns: repeat(auto-fit, minmax(140px, 1fr)); gap: 10px;
  background: none; border: none; padding: 0; }}
.card {{ background: #fff; border: 1px solid #dde1e6; border-radius: 8px; padding: 12px; }}
.card b {{ display: block; font-size: 1.5em; }}
.card span {{ color: #56606b; font-size: .9em; }}
.chart svg {{ max-width: 100%; height: auto; }}
table {{ border-collapse: collapse; width: 100%; margin-top: 8px; font-size: .92em; }}
th, td {{ text-align: left; padding: 6px 8px; border-bottom: 1px solid #e6e9ed; vertical-align: top; }}
th {{ background: #f0f2f5; }}
td small {{ display: block; }}
.model b {{ display: block; }}
.status {{ display: inline-block; color: #fff; border-radius: 4px; padding: 0 6px; font-size: .8em;
  margin: 2px 0; }}
mark {{ background: #ffe08a; padding: 0 2px; }}
.legend span {{ margin-right: 14px; font-size: .9em; }}
.legend i {{ display: inline-block; width: 10px; height: 10px; margin-right: 4px; border-radius: 2px; }}
a {{ color: #1f5fa8; }}
footer {{ color: #56606b; font-size: .85em; padding-bottom: 24px; }}
</style>
</head>
<body>
<header>
<h1>{title}</h1>
<p>Inputs: {inputs}. Judged against the openwash vocabulary of {vocabulary_date}.</p>
</header>
<main>
{body}
</main>
<footer>Generated {generated} by openwash {version}. Statuses and licenses are the vocabulary's as of
{vocabulary_date}; a model's terms may have changed since.</footer>
</body>
</html>
"""
