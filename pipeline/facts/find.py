"""`find_facts`: which quantities of a document are facts, and what each one measures.

A thin orchestrator over one module per decision, called in this order, figure by figure through the
document (one paragraph or table row per line in news text), as ../shared/ANNOTATION.md asks:
`keep` (is it a fact), `role`, the label line above a scorecard figure (`metric.label_above`), `period`,
`currency`, `metric`, `subject`; then `distribute` over the whole list (listed changes, 分别), and `tables` adds the
cells of tables (tab-separated or Markdown rows). Offsets, text, metric, period and section are slices of the raw
text, so they keep the article's own script.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from decimal import Decimal

from pipeline.facts.candidate import Candidate
from pipeline.facts.currency import Currency
from pipeline.facts.distribute import continue_lists, share_list_qualifiers, share_list_units, share_out_lists
from pipeline.facts.keep import Keep
from pipeline.facts.lexicon import (
    currency_of_name,
    dotted_date_pattern,
    market_session_pattern,
    percent_units,
    place_words,
    tier_endings,
)
from pipeline.facts.metric import MetricFinder, metric_in_script
from pipeline.facts.period import (
    ForecastTimes,
    Span,
    after_streak,
    ages_of_things,
    averaged_ranges,
    bare_years,
    benchmarks_passed,
    bracketed_after,
    change_reaching,
    comparison_period_for,
    continues_forecast,
    contrasted_times,
    day_types,
    days_of_limit_runs,
    describing_now_words,
    earlier_quotes,
    event_period_for,
    event_times,
    former_times,
    inner_stretches,
    inner_windows,
    introducing_line,
    is_streak,
    later_in_clause,
    levels_set_against,
    list_period,
    occasions,
    past_in_modifiers,
    period_for,
    plan_times,
    planned_acts,
    repeated_headline_period,
    single_span_for,
    standalone_point_for,
    states_present,
    time_phrases,
    times_describing_subjects,
    times_in_modifiers,
    times_in_objects,
    times_in_plan_names,
    times_of_conditions,
    times_of_eligibility,
    times_of_sequences,
    timestamp_for,
    timestamps,
    with_frames,
    without_day_counts,
)
from pipeline.facts.phrases import PhraseReader
from pipeline.facts.qualifier import qualifier_apart
from pipeline.facts.role import mark_benchmarks_of_changes, role_of, sign_of_rate_named
from pipeline.facts.subject import SubjectFinder
from pipeline.facts.tables import (
    Cell,
    find_table_cells,
    table_lines,
    table_rows,
    with_paired_cells,
    with_spaced_cells,
)
from pipeline.facts.view import CLAUSE_BREAKS, DocumentView, SpanIndex
from pipeline.numerals import Quantity
from pipeline.records import Fact, fact_from_fields
from pipeline.text.segment import dictionary_tag
from pipeline.text.tokens import Token, cut_at_edges

_ALNUM = re.compile(r"[^\W_]")  # what str.isalnum() accepts: a word character but the underscore


def find_candidates(view: DocumentView, raw: str, times: tuple[list[Span], list[Span]] | None = None,
                    ) -> list[Candidate]:
    """The facts of a document as candidates (offsets and spans into `view.text`), in text order. `times`: the
    text's (periods, points of comparison) from `time_phrases` without frames, if already read."""
    text, lines = view.text, view.lines
    keep = Keep(view)
    counts = [0] * len(lines)
    kept: list[Quantity] = []
    line_spans = [(line.start, line.end) for line in lines]
    table_text = with_spaced_cells(text, line_spans)  # space-aligned columns as tab-separated cells
    table_text = with_paired_cells(table_text, line_spans)  # 粮食产量 35.2 under a title naming the unit
    rows = table_rows(table_text, line_spans)  # a table row broken over lines is one
    in_tables = table_lines(table_text, rows)
    dotted = {m.start() for m in dotted_date_pattern().finditer(text)}  # 7.1通车: a date, no figure
    for k, q in enumerate(view.quantities):
        line_index = view.line_of(q.start)
        if line_index not in in_tables and q.start not in dotted and keep.is_fact(q, k):
            kept.append(qualifier_apart(view, keep.qualified_by_ratio_base(q, k)))
            counts[line_index] += 1

    phrases, points = times if times is not None else time_phrases(text, [])
    phrases = without_day_counts(phrases, view.quantities, text)  # 增加至17日: days counted, no date
    if years := bare_years(text, view.quantities, view.tokens):  # 2024占比31.5%: a year without 年
        phrases = sorted(phrases + years)
    # 面世逾五年的某款机型: the age of a thing frames no figure
    ages = ages_of_things(text, keep.frames)
    periods = with_frames(phrases, [f for f in keep.frames if f not in ages], text)
    events = event_times(text)
    # 继于上半年增长后，…: a time inside an event clause dates its sentence only, like a duration of a sentence
    # (not the time that makes the clause: 今年以来，…, 春节以后，…)
    sentence_only = keep.sentence_frames | {p for p in periods if any(
        s <= p[0] and p[1] <= e and (e - s) - (p[1] - p[0]) > 2 for s, e in events)}
    sentence_only |= earlier_quotes(text, periods)  # …报10379美元，周一报10414美元。: the earlier session's quote
    # 此次将增发…: an occasion dates the figures after it, but is no time for the phrases that name a metric
    figure_periods = sorted(periods + occasions(text, view.tokens))
    # 称一年内暂不减持，但…: a window inside a clause; 由以往80亿…: an old state's time; 在…期间 inside a clause: each
    # dates its clause only
    clause_only = (inner_windows(text, keep.frames, view.tokens) | former_times(text, periods)
                   | inner_stretches(text) | day_types(text, periods)
                   | times_in_modifiers(text, periods, view.tokens)  # 不计去年运费调高的因素，…: its clause only
                   | contrasted_times(text, periods)  # 有别于2031年时…，今次…: unlike then, its clause only
                   | times_in_objects(text, periods)  # 将2031年的派息比率提高至50%，…: the object's time, its clause
                   | times_in_plan_names(text, periods, view.tokens)  # 公布2031年度服务计划，…: the plan's year
                   | days_of_limit_runs(text, keep.frames)  # 5天4板，股价报…: the days date the run only
                   | averaged_ranges(text, periods))  # 2031至2033年平均…: the span of its average's clause only
    modifier_only = past_in_modifiers(text, periods)  # 盘初曾跌…的某股: dates the phrase before 的 only
    modifier_only |= times_describing_subjects(text, periods, view.tokens)  # 早盘，周二大跌的某股…: the noun's act
    levels = levels_set_against(text, periods)  # 高于去年同期的57%: dates that level only
    levels = sorted(set(levels) | set(benchmarks_passed(text, phrases)))  # 追平上赛季全季: the benchmark's time
    bases = sorted(points + levels)
    passed = set(levels) | set(times_of_sequences(text, periods))  # and 继于首季增长后，…: dates no figure after
    passed |= describing_now_words(text, periods, [q.start for q in kept])  # 建成了当前省内最高的…。
    in_brackets = bracketed_after({q.end for q in kept}, periods, text)  # 620美元（2031年底目标）: that figure's
    passed |= set(in_brackets.values())
    passed |= times_of_eligibility(text, periods)  # 可在9月投票的选民人数达…: when they may act
    passed |= times_of_conditions(text, periods)  # 过去半年有领取援助的住户可获…: the condition they met
    plans = plan_times(text, periods)  # 预计2027年完工，已完成…: dates no state reached
    acts = planned_acts(text, periods, view.tokens)  # 将于11月1日开始认购，发行额增至…: the act's date, its clause only
    # 预计到2035年，…将达…。目前全市共有…: a forecast's time frames no later sentence of figures of now
    forecasts = ForecastTimes(text, periods)
    stamps = timestamps(text)
    line_texts = [line.text for line in lines]
    sessions = [m.span() for m in market_session_pattern().finditer(text)]  # words skip them, no period
    time_spans = SpanIndex(periods + sessions + [(q.start, q.end) for q in view.quantities if q.kind == "date"])
    metrics = MetricFinder(view, PhraseReader(view, time_spans))
    currency = Currency(text, raw)
    subjects = SubjectFinder(view, time_spans, events)
    candidates: list[Candidate] = []
    labels: dict[int, tuple[int, int] | None] = {}  # by line: the figures of a line share its label
    # the lead: the first paragraph after the headline (line 0) that holds a figure
    lead = next((i for i in range(1, len(lines)) if counts[i]), None)
    streak: Span | None = None  # the last streak kept (连续3个交易日), which dates the figures after it in its sentence
    for q in kept:
        line_index = view.line_of(q.start)
        role, sign = role_of(view, q)
        cand = Candidate(q, line_index, role=role, sign=sign)
        if line_index not in labels:
            labels[line_index] = metrics.label_above(line_index, counts)
        label = labels[line_index]
        block_start = lines[line_index].start
        if label and not any(ch in CLAUSE_BREAKS for ch in lines[line_index].text.strip()):
            # a label line's time phrase heads the bare figure under it (2031年某榜 / 第12位); a paragraph of prose
            # under a short title is a paragraph of its own, which the title's time does not reach
            block_start = lines[view.line_of(label[0])].start
        skipped = passed | plans if plans and states_present(text, q) else passed
        if foreseen := forecasts.passed(q, block_start):
            skipped = skipped | foreseen
        clause_frames = clause_only
        if acts and not continues_forecast(text, view.clause_start(q.start), q.start):
            clause_frames = clause_only | acts  # (…，预计募资50亿元: a clause that foresees goes on with the plan)
        own = period_for(q, figure_periods, block_start, text, sentence_only, clause_frames, modifier_only, skipped)
        if own is None and (intro := introducing_line(line_texts, line_index)) is not None:
            # a list's time is its intro's
            own = list_period(figure_periods, text, lines[intro].start, lines[intro].end)
        own = in_brackets.get(q.end) or later_in_clause(q, figure_periods, own or timestamp_for(q, stamps), text,
                                                        view.tokens)
        if own is None and line_index == lead:
            own = repeated_headline_period(q, [(c.quantity, c.period) for c in candidates if c.line == 0])
        if cand.role == "change":  # 由去年120套大增三成至今年156套: the change runs to the later time
            own = change_reaching(q, figure_periods, own, text) or own
        if own is None and cand.role == "change":
            own = single_span_for(q, text)  # 单日下行8个基点: the one day it moved over, where no time dates it
        if (own is None and streak is not None and view.sentence_end(streak[0]) == view.sentence_end(q.start)
                and after_streak(streak, view.clause_start(q.start), text)):
            own = streak  # 連升三周，累升1.8%: a figure after a streak in its sentence takes the streak (D63)
        if is_streak(q, text):
            streak = (q.start, q.end)
        # 比2031年的0.61: a figure inside a comparison phrase is its point's (较3月又翻倍 is measured against it)
        base = comparison_period_for(q, bases, text, change=cand.role == "change")
        if base is None and cand.role == "amount":
            base = standalone_point_for(q, bases, own, text)  # 相比去年同期，某盘有17宗交易: that time's level
        cand.period = base or event_period_for(q, events, own, text)
        cand.currency = currency.of(q, view.section_start(q.start))
        cand.metric = metrics.metric_for(cand, candidates, label)
        cand.subject = subjects.subject_for(cand)
        if (cand.role == "amount" and q.unit in percent_units() and cand.metric
                and (sign := sign_of_rate_named(text, *cand.metric)) is not None):
            cand.role, cand.sign = "change", sign  # a rate named before: 增速在两年间低于20%, 出口年减率为3% (a fall)
        candidates.append(cand)
    mark_benchmarks_of_changes(view, candidates)
    continue_lists(view, candidates)
    share_list_units(view, candidates)
    share_list_qualifiers(view, candidates)
    share_out_lists(view, candidates, periods)
    cells = find_table_cells(table_text, rows, periods)
    for cell in cells:
        cand = table_candidate(text, cell, currency.default)
        row_holds = view.opens_with_name(*cell.metric) or text[slice(*cell.metric)] in place_words()
        if (cell.column is None and cell.title is not None and cell.row == cell.metric
                and text[slice(*cell.metric)].endswith(tier_endings())):
            # 目标估值： over 乐观情景：3200亿元: a headless list of tiers or cases is measured by its title; a tier
            # holds its figure, a case of a forecast leaves it to the paragraph's subject
            cand.metric = cell.title
            holds = text[slice(*cell.metric)].endswith(tier_endings(holding=True))
            cand.subject = cell.metric if holds else subjects.subject_for(cand)
        elif cell.holder is not None:
            cand.subject = cell.holder  # the table's structure says the row holds the figure
        elif cell.column is not None and _is_name(view, cell.column) and not _is_name(view, cell.metric):
            cand.subject = cell.column  # | 某地流感死亡率 | 4% | under | | 甲国 |: a column that is a name alone holds
            # the figures of rows that only open with one
        elif cell.column is not None and row_holds:
            # | 城南区 | 3120 |, | 全球 | 3120 |: a row of a place or a company holds its figures; the column names them
            cand.metric, cand.subject = cell.column, cell.metric
        elif cell.title is not None and _is_name(view, cell.metric):
            # | 广州 | 43.7 | under | | 2030年 | and 部分城市粮食产量: a row that is a name alone holds its figures and
            # the title names them (a row with words of its own, 深圳总成交, names them itself)
            cand.metric, cand.subject = cell.title, cell.metric
        elif cell.row is not None and view.opens_with_name(*cell.row):
            cand.subject = cell.row  # | 某区 | 40宗 | under a time: the row holds the figures it measures
        elif cell.column is not None and (view.opens_with_name(*cell.column)
                                          or text[slice(*cell.column)] in place_words()):
            cand.subject = cell.column  # | 失业率 | 3% | 5% | under | | 甲国 | 乙国 |: the column holds them
        else:
            cand.subject = subjects.subject_for(cand)
        candidates.append(cand)
    return sorted(candidates, key=lambda c: c.quantity.start)


def _is_name(view: DocumentView, span: tuple[int, int]) -> bool:
    """Whether a table's row label or column header is a name alone (广州, 甲公司) or a word of place (全国)."""
    return view.name_at(span[0]) == span or view.text[slice(*span)] in place_words()


def table_candidate(text: str, cell: Cell, default_currency: str) -> Candidate:
    """A table cell as a candidate: the cell's number with the unit and magnitude its table gives it."""
    money = cell.unit.partition("/")[0]  # 元/平方米: a price in yuan
    currency = currency_of_name().get(money, "")
    if currency and money == "元":
        currency = cell.currency or default_currency  # 单位：港币百万元 names the currency of the table's 元
    kind = "percent" if cell.unit == "%" else ("currency" if currency else "number")
    quantity = Quantity(
        start=cell.start, end=cell.end, text=text[cell.start : cell.end], value=cell.value,
        value_max=None, unit=cell.unit, currency=currency, qualifier=cell.qualifier, kind=kind,
        number_start=cell.start, number_end=cell.end,
    )
    return Candidate(quantity, cell.line, role=cell.role, metric=cell.metric, period=cell.period,
                     currency=currency)


def find_facts(text: str, raw: str, tokens: Sequence[Token], quantities: Sequence[Quantity],
               entity_spans: Iterable[tuple[int, int, str]], *, doc_id: str = "doc") -> list[Fact]:
    """The facts of a document: `text` is its converted (simplified, half-width) form, `raw` the text as given
    (same length), `tokens` its jieba words, `quantities` every number expression in it (`find_quantities` with
    dates and without lone numerals) and `entity_spans` its (start, end, label) names."""
    times = time_phrases(text, [])
    dates = (q.end for q in quantities if q.kind == "date")
    # 较前年/n: a point of comparison glued to its cue is cut out as a time of its own
    words = cut_at_edges(tokens, dates, (q.start for q in quantities), (start for start, _ in times[1]),
                         (q.end for q in quantities), noun_tag=dictionary_tag)
    view = DocumentView(text, words, quantities, entity_spans)
    facts = []
    for c in find_candidates(view, raw, times):
        q = c.quantity
        section = view.section_of(q.start)
        # a decrease of 65%至70% is the range -70..-65: value_max stays the upper end
        low, high = (q.value, q.value_max) if c.sign > 0 or q.value_max is None else (q.value_max, q.value)
        facts.append(fact_from_fields({
            "doc_id": doc_id,
            "start": q.start,
            "end": q.end,
            "text": raw[q.start : q.end],
            "value": _number(low, c.sign),
            "value_max": _number(high, c.sign),
            "unit": q.unit,
            "currency": c.currency,
            "qualifier": q.qualifier,
            "role": c.role,
            "metric": (metric_in_script(c.metric_text, raw[q.start : q.end]) if c.metric_text is not None
                       else field_text(raw, c.metric)),
            "period": c.period_text if c.period_text is not None else field_text(raw, c.period),
            "section": field_text(raw, section),
            "subject": field_text(raw, c.subject) + field_text(raw, c.subject_rest),
            "sentence": raw[view.sentence_start(q.start) : view.sentence_end(q.start) + 1].strip(),
        }))
    return facts


def field_text(raw: str, span: tuple[int, int] | None) -> str:
    """The text of a span, or '' when it holds no letter, digit or character: a field of punctuation alone ('- ')
    says nothing, and '-' is how gold writes an empty field."""
    text = raw[slice(*span)] if span else ""
    return text if _ALNUM.search(text) else ""


def _number(value: Decimal | None, sign: int) -> float | None:
    return None if value is None else float(value) * sign
