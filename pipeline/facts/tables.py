"""Tables in article text: each figure cell becomes a fact.

Statistics releases print tables as one row per line with tab-separated cells; news sites converted to text give
Markdown rows (| 2016年 | 1亿7310万元 |). A cell's number means little on its own: its unit and magnitude come
from the column header (产量（万吨）), a unit column (单 位), the row label (大牲畜（万头）), the row above it (a
sub-row such as #黄牛及肉牛 has none of its own) or a note in the title (单位：亿元), unless the cell writes its own
(2200万元);
its role from the column header (同比增长（±%） is a change) or, in a table without a header, from its title
(各等级人口收入中位数升幅：); its metric is the row label and its period comes from the table's title
(2012年主要农产品产量), except in a table whose rows are years: there the column header is the metric and the row
label the period (and where a row is a place or a name, find.py makes the column the metric and the row the
subject); in a table whose columns are times (| | 03/2021 | 02/2021 |) the column header is the period. A cell may
hold several figures, each after its own label (12宗 平均呎价为9,800元): the label names that figure's metric and
the row is who holds them. A corner header that says what the rows are (| 年龄 | 病例 |) makes the column the metric
and the row the holder. A leading column of positions (| 排名 | 球队 |) gives each row its rank, one of serial
numbers (序号) nothing; the rows' labels are then in the next column. A Markdown row that line breaks inside a
cell split is read as one row.
This module finds that structure; it knows nothing of spaCy.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from pipeline.facts.lexicon import EARLIER_TIMES, currency_of_name, generic_currency_names, period_pattern, role_cues
from pipeline.lexicons import table, word_list, words
from pipeline.numerals import find_quantities, parse_number

TITLE_LINES = 2  # lines above the header that may carry the title, its period and a unit note
MAX_TITLE_LENGTH = 40
_UNIT_NOTE = re.compile(r"单\s*位\s*[:：]\s*([^\s()（）]+?)\s*[)）]?\s*$")  # (单位：万元) in brackets too
_BRACKETED = re.compile(r"[(（]([^()（）]{1,8})[)）]")
_ROW_MARKERS = re.compile(r"^[#＃\s]*(?:其中\s*[:：])?\s*")
_SPACE = re.compile(r"\s+")
_SENTENCE_PUNCTUATION = re.compile(r"[，。；,;]")
_FIGURE = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?")
_BRACKETED_NEGATIVE = re.compile(r"[(（]\s*(\d[\d,]*(?:\.\d+)?)\s*[)）]")  # (1,234): a loss in accounts
_PLAIN_FIGURE = re.compile(r"[-+]?[0-9]+(?:\.[0-9]+)?")  # read by Decimal itself, to the same value
_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$", re.DOTALL)  # (a row joined over line breaks has them inside)
_SPACED_GAP = re.compile(r"[ \u3000]{2,}")  # two spaces or more (half- or full-width) between cells
_PROSE_PUNCTUATION = re.compile(r"[。；;]|(?<!\d),|,(?!\d{3}(?!\d))")  # not the comma of 7,512
_TIME_HEAD = re.compile(r"[年月日季]")  # 12月末, 2012年: a header naming a time, not a figure
# a column header that is only a time: 03/2021, 2019-12, 2020Q1, 2019H2, or words of time (2019年, 12月末, 一季度)
_DATE_COLUMN = re.compile(r"\d{1,2}\s*[/.-]\s*(?:19|20)\d\d|(?:19|20)\d\d\s*(?:[/.-]\s*\d{1,2}|Q[1-4]|H[12])")
_TIME_WORDS = re.compile(r"[\d一二三四五六七八九十〇零○上下半前后首第季度个年月日末初底中\s]+")  # (首五个月)
# what may stand before a second figure of a cell: a separator, then a label ending in a copula or a colon
_CELL_LABEL = re.compile(r"[\s,，;；、/]*(?:(?P<label>[^\W\d_]{1,8}?)(?:为|為|是|：|:)\s*)?")
MAX_CELL_FIGURES = 4
_PERCENT = ("%", "个百分点", "百分点")  # a column of shares or rates: its unit holds whatever row's unit
WRITTEN_PLUS = "+＋"  # a rise written with its sign in a column of falls (| 降幅 | +0.5% |) stays a rise
_BRACKETED_FIGURE = re.compile(r"(\S+?)\s*[(（]\s*(\S+?)\s*[)）]")  # 3,281 (4%): a figure, another in brackets
BRACKETED = "bracketed"  # the mark of the figure in brackets
_RULE_ROW = re.compile(r"^[\s|:\-]+$")  # |---|:--:|, a Markdown table's rule under its header
MAX_ROW_LINES = 3  # a Markdown row that line breaks inside its cells split spans at most this many lines
NOTE_MARKS = "*＊^#†‡"  # a mark after a row label or header that points to a note under the table
MAX_NOTE_LINES = 4  # lines under a table that may hold its notes
_NOTE = re.compile(rf"\s*(?:[注註][:：]?\s*)?([{re.escape(NOTE_MARKS)}])")  # 註：* 某机构2030年数据
_SHARE_HEAD = re.compile(r"比重|占比|^占|比例")  # a column of shares of a whole (占全省比重, 占比)
_YEAR = re.compile(r"(?:19|20)\d\d")  # in a header: a year (2031年), or alone a column of times (| 2030 | 2031 |)
_HAN_YEAR = re.compile(r"[一二〇零○][一二三四五六七八九〇零○]{3}年")  # 二零二四年: a year written in numerals
_MONTH = re.compile(r"(?<![\d\-—–~～至到])(1[0-2]|[1-9])月(?:份)?$")  # a single month ending a time (11月, 2031年10月)
_YEAR_LABEL = re.compile(r"^\s*(?:19|20)\d\d(?:\s*[-/至]\s*\d{2,4})?(?:\s*年度?)?")


def with_spaced_cells(text: str, lines: list[tuple[int, int]]) -> str:
    """`text` with the cells of space-aligned tables tab-separated, offsets unchanged.

    Text from PDFs and fixed-width pages aligns columns with runs of spaces (某某总值（亿元）　　7,512　　+3.1%). A
    block of at least two lines that each split into the same number of cells (two or more) at runs of two or
    more spaces, with no sentence punctuation and a figure in some row, is such a table: each run becomes a tab and
    the rest of its spaces, so the cells read as tab-separated ones. A paragraph's indent is no separator, and prose
    never splits alike over two lines.
    """
    counts = [_spaced_cell_count(text[start:end]) for start, end in lines]
    out = list(text)
    i = 0
    while i < len(lines):
        j = i
        while j + 1 < len(lines) and counts[i] and counts[j + 1] == counts[i]:
            j += 1
        block = range(i, j + 1)
        if j > i and any(_FIGURE.search(text[slice(*lines[k])]) for k in block):
            for k in block:
                start, end = lines[k]
                body = text[start:end]
                indent = len(body) - len(body.lstrip())
                for gap in _SPACED_GAP.finditer(body.strip()):
                    out[start + indent + gap.start()] = "\t"
        i = j + 1
    return "".join(out)


# 粮食产量 35.2, 营收：528.3: a label without figures, spaces or a colon, then one cell (match() anchors it)
_PAIRED_LINE = re.compile(r"\s*[^\d\s，。；,;:：|\t()（）]{1,16}([ \u3000]+|\s*[:：]\s*)(\S{1,12})\s*$")


def with_paired_cells(text: str, lines: list[tuple[int, int]]) -> str:
    """`text` with the lines of a plain "label figure" list under its title tab-separated, offsets unchanged.

    Releases copied as text often drop a table's grid: under 某县农业概况（万吨） or a 单位：亿元 line, each line is
    a label, a space or a colon and a bare figure (粮食产量 35.2, 营收：528.3); under a title that ends with a colon
    (主要作物产量：) the figures may write their units (小麦 12万吨). Two such lines or more right under such a title
    (a blank line between them allowed) are a table of one column: the gap becomes a tab, so the rows read as
    tab-separated ones and take the title's unit, magnitude and time.
    """
    out: list[str] | None = None
    i = 0
    while i < len(lines):
        j, bare, gaps = i, True, []
        while j < len(lines) and (pair := _paired(text, lines[j])) is not None:
            gap, (_, unit, _) = pair
            bare = bare and not unit
            gaps.append(gap)
            j += 1
        if j - i >= 2 and _titled(text, lines, i, bare):
            out = out if out is not None else list(text)
            for gap in gaps:
                colon = max(gap.group(1).find("："), gap.group(1).find(":"))
                out[gap.start(1) + max(colon, 0)] = "\t"  # the colon, or the first space
        i = max(j, i + 1)
    return "".join(out) if out is not None else text


def _paired(text: str, line: tuple[int, int]) -> tuple[re.Match[str], tuple[Decimal, str, str]] | None:
    """The match and figure (value, unit written, qualifier) of a "label figure" line, or None for any other line."""
    pair = _PAIRED_LINE.match(text, *line)
    if pair is None or not (_FIGURE.match(pair.group(2)) or pair.group(2)[0] in "一二两三四五六七八九十"):
        return None
    figure = _cell_value(pair.group(2))
    return None if figure is None else (pair, figure)


def _titled(text: str, lines: list[tuple[int, int]], first: int, bare: bool) -> bool:
    """Whether the nearest line above line `first` that is not blank, at most one blank line up, names a unit, or
    (for figures that write their units, not `bare`) introduces the list with a colon."""
    for k in range(first - 1, max(first - TITLE_LINES, 0) - 1, -1):
        line = text[slice(*lines[k])].strip()
        if line:
            return _measure_in(line) is not None or (not bare and line.endswith(("：", ":")))
    return False


def _spaced_cell_count(line: str) -> int:
    """The cells of a line aligned with runs of spaces (0 for a line without such runs, or a sentence)."""
    body = line.strip()
    if "\t" in body or "|" in body or _PROSE_PUNCTUATION.search(body):
        return 0
    cells = len(_SPACED_GAP.split(body))
    return cells if cells >= 2 else 0


def is_table_row(line: str) -> bool:
    """A line of tab-separated cells, or a Markdown row between pipes."""
    return "\t" in line or _PIPE_ROW.match(line) is not None


@dataclass(frozen=True)
class Cell:
    """A figure in a table, with what its row, column and title say about it."""

    start: int
    end: int
    value: Decimal
    unit: str
    role: str
    metric: tuple[int, int]  # the row label's span (the column header's in a table whose rows are years, the
    # cell's own label where it has one)
    period: tuple[int, int] | None
    line: int
    qualifier: str = "exact"
    column: tuple[int, int] | None = None  # the column header's span, where it names a measure
    row: tuple[int, int] | None = None  # the row label's span
    holder: tuple[int, int] | None = None  # the row label's span where the table's structure says the row holds
    # the figure (see _rows_hold)
    title: tuple[int, int] | None = None  # the table title's words (部分城市粮食产量): what a table whose
    # columns are times measures, where its rows are names
    currency: str = ""  # the currency its unit note names (单位：港币百万元), if any


@dataclass(frozen=True)
class Measure:
    """A unit as a table writes it: 万吨 is magnitude 1e4 of 吨."""

    magnitude: Decimal
    unit: str
    currency: str = ""  # the ISO code of a currency named before the magnitude (港币百万元: HKD)


@cache
def _known_units() -> frozenset[str]:
    names = {row["unit"] for row in table("units.tsv")} | {row["name"] for row in table("currencies.tsv")}
    return frozenset(names)


@cache
def _change_words() -> tuple[str, ...]:
    return word_list("table_change_headers.txt")


@cache
def _rank_corners() -> dict[str, str]:
    return {row["corner"]: row["kind"] for row in table("table_rank_corners.tsv")}


def _rows_hold(corner: str) -> bool:
    """Whether a header's first cell says what the rows are (| 年龄 | 死亡人数 |, | 地区 | 人口 |): then each row is
    a group or a thing that holds the figures and the columns say what they measure."""
    return _SPACE.sub("", corner) in words("table_holder_corners.txt")


def split_measure(text: str) -> Measure | None:
    """万吨 → 1e4 吨, 亿千瓦时 → 1e8 千瓦时, 亿元 → 1e8 元, % → 1 %, 万元/吨 → 1e4 元/吨 (a unit per unit); None for
    text that is no unit."""
    text = _SPACE.sub("", text).lstrip("±+-")
    numerator, per, denominator = text.partition("/")
    if per:
        measure = split_measure(numerator)
        if measure is None or denominator not in _known_units():
            return None
        return Measure(measure.magnitude, f"{measure.unit}/{denominator}")
    if (money := _currency_before(text)) is not None:
        # 人民币百万元, 港币千元: the currency named before the magnitude of its 元, which stays the unit as written
        # and gives the figures its currency (百万港元 is a unit of its own)
        measure = split_measure(text[len(money) :])
        if measure is None or measure.unit != "元":
            return None
        return Measure(measure.magnitude, measure.unit, currency_of_name()[money])
    if not text or len(text) > 6:
        return None
    for i in range(len(text)):
        prefix, rest = text[:i], text[i:]
        magnitude = parse_number(prefix) if prefix else Decimal(1)
        if magnitude is None or (prefix and not set(prefix) <= set("十百千万亿")):
            continue
        if rest in _known_units() or (prefix and set(prefix) <= set("万亿") and i == len(prefix)):
            return Measure(magnitude, rest)
    return None


@cache
def _currency_names() -> tuple[str, ...]:
    """Currency names written before an amount (人民币, 港币), longest first; not the 元 family."""
    names = (row["name"] for row in table("currencies.tsv") if row["position"] != "suffix")
    return tuple(sorted((n for n in names if len(n) > 1 and not n.isascii() and n not in generic_currency_names()),
                        key=len, reverse=True))


def _currency_before(text: str) -> str | None:
    """The currency name `text` starts with, before more of it (人民币|百万元), if any."""
    return next((name for name in _currency_names() if text.startswith(name) and len(text) > len(name)), None)


def _measure_in(text: str) -> Measure | None:
    """The unit written in brackets (产量（万吨）, 同比增长（±%）) or as a 单位： note."""
    note = _UNIT_NOTE.search(text)
    if note:
        return split_measure(note.group(1))
    for bracketed in _BRACKETED.findall(text):
        measure = split_measure(bracketed)
        if measure:
            return measure
    return None


def _cells(line: str, line_start: int) -> list[tuple[int, int, str]]:
    """(start, end, text) of each tab-separated cell (or each cell between pipes), trimmed of spaces."""
    cells, offset = [], line_start
    if "\t" not in line:  # | a | b |: the cells between the outer pipes
        first, last = line.index("|"), line.rindex("|")
        offset += first + 1
        line = line[first + 1 : last]
    for raw in line.split("\t" if "\t" in line else "|"):
        cells.append(_trimmed(raw, offset))
        offset += len(raw) + 1
    return cells


def _trimmed(raw: str, offset: int) -> tuple[int, int, str]:
    """(start, end, text) of `raw`, found at `offset`, without the spaces around it."""
    stripped = raw.strip()
    lead = len(raw) - len(raw.lstrip())
    return offset + lead, offset + lead + len(stripped), stripped


def _label_span(cell: tuple[int, int, str]) -> tuple[int, int]:
    """The row label (or column header) without #, 其中：, a bracketed unit and a closing colon (總收益：)."""
    start, end, text = cell
    marker = _ROW_MARKERS.match(text)
    start += marker.end() if marker else 0
    bracket = _BRACKETED.search(text)
    if bracket and bracket.start() > 0:
        end = cell[0] + bracket.start()
    while end > start and text[end - cell[0] - 1] in "：: " + NOTE_MARKS:
        end -= 1
    return start, max(start, end)


def table_rows(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int, int, int]]:
    """(start, end, first line, last line) of each line, where a Markdown row that a line break inside a cell split
    (| 70岁⏎或以上 | 321 | 6.1% |) is one row over its lines: news sites converted to text break long cells. Cells
    of sentences broken over lines are prose, read as such."""
    rows, i = [], 0
    while i < len(lines):
        j = i
        line = text[slice(*lines[i])].strip()
        if line.startswith("|") and not is_table_row(line) and not _SENTENCE_PUNCTUATION.search(line):
            for k in range(i + 1, min(i + MAX_ROW_LINES, len(lines))):
                piece = text[slice(*lines[k])].strip()
                if piece.startswith("|") or _SENTENCE_PUNCTUATION.search(piece):
                    break  # the next row, or prose in a cell: no table row to read
                if piece.endswith("|"):
                    j = k
                    break
        rows.append((lines[i][0], lines[j][1], i, j))
        i = j + 1
    return rows


def table_lines(text: str, rows: list[tuple[int, int, int, int]]) -> set[int]:
    """The indices of the lines that belong to table rows (`rows` from `table_rows`)."""
    return {k for start, end, first, last in rows if is_table_row(text[start:end]) for k in range(first, last + 1)}


def find_table_cells(text: str, rows: list[tuple[int, int, int, int]], periods: list[tuple[int, int]]) -> list[Cell]:
    """Every figure cell of every table; `rows` are the text's lines as `table_rows` joins them, `periods` the time
    phrases."""
    cells: list[Cell] = []
    if "\t" not in text and "|" not in text:
        return cells
    i = 0
    while i < len(rows):
        if not is_table_row(text[slice(*rows[i][:2])]):
            i += 1
            continue
        j = i
        while j < len(rows) and (is_table_row(text[slice(*rows[j][:2])]) or _is_group_line(text, rows, j)):
            j += 1
        table = _read_table(text, rows, i, j, periods)
        cells += _dated_by_notes(text, table, _note_periods(text, rows, j, periods))
        i = j
    return cells


def _note_periods(text: str, rows: list[tuple[int, int, int, int]], stop: int,
                  periods: list[tuple[int, int]]) -> dict[str, tuple[int, int]]:
    """The time each note under a table gives its mark (註：* 某机构2030年数据 / ^ 2029年数据: * → 2030年)."""
    found: dict[str, tuple[int, int]] = {}
    for start, end, _, _ in rows[stop : stop + MAX_NOTE_LINES]:
        note = _NOTE.match(text, start, end)
        if note is None:
            continue
        time = next((p for p in periods if start <= p[0] and p[1] <= end), None)
        if time is not None:
            found.setdefault(note.group(1), time)
    return found


def _dated_by_notes(text: str, cells: list[Cell], notes: dict[str, tuple[int, int]]) -> list[Cell]:
    """Cells without a period whose row label or column header carries a note's mark (60岁以上就业人口*) take the
    time of that note."""
    if not notes:
        return cells
    dated = []
    for cell in cells:
        for label in (cell.row, cell.column):
            mark = label and text[label[1] : label[1] + 1]
            if cell.period is None and mark in notes:
                cell = dataclasses.replace(cell, period=notes[mark])
        dated.append(cell)
    return dated


def _is_group_line(text: str, rows: list[tuple[int, int, int, int]], j: int) -> bool:
    """A short line inside a table (年末存量) that groups the rows under it."""
    body = text[slice(*rows[j][:2])].strip()
    following = j + 1 < len(rows) and is_table_row(text[slice(*rows[j + 1][:2])])
    # (a heading, ## 各区收入, or a unit note, 单位：万吨, opens the next table: it groups no rows of this one)
    return (following and 0 < len(body) <= 12 and not _SENTENCE_PUNCTUATION.search(body)
            and not _HEADING.match(body) and not _UNIT_NOTE.search(body))


_SOURCE_NOTE = re.compile(r"\s*[(（]?\s*(?:资料|数据)?来源\s*[:：]")  # 资料来源：统计处, above or under a table
_LONE_UNIT_NOTE = re.compile(r"\s*[(（]?\s*单\s*位\s*[:：]")  # a line that is only a unit note (（单位：千人）)
_HEADING = re.compile(r"#{1,6}\s")  # a heading line (## 标题) of the article's Markdown, not a sub-row mark (#某项)


def _is_title(line: str) -> bool:
    """A short line above a table, or one of any length that introduces it with a colon (某年度各区的数目：)."""
    body = line.strip()
    return 0 < len(body) <= MAX_TITLE_LENGTH or body.endswith(("：", ":"))


def _is_note(line: str) -> bool:
    """A unit note (单位：千人) or a source line (资料来源：统计处) above a table: no title, and no line of it."""
    # (a title that ends in a unit note, 2031年末存贷款单位：亿元, is a title)
    return bool(_LONE_UNIT_NOTE.match(line) or _SOURCE_NOTE.match(line))


def _title_lines(text: str, lines: list[tuple[int, int]], first: int) -> list[int]:
    """The lines above the header at `first` that may carry the table's title. Unit notes and source lines between
    the title and the table do not count against TITLE_LINES, so a title over (资料来源：…) and (单位：千人) still
    dates the cells (2031年第二季劳工市场统计)."""
    found: list[int] = []
    k, counted = first - 1, 0
    while k >= 0 and counted < TITLE_LINES:
        line = text[slice(*lines[k])]
        if k < first - TITLE_LINES and is_table_row(line):
            break  # (past the notes, the last row of a table above: no title of this one)
        if not _is_note(line):
            counted += 1
        if _is_title(line):
            found.append(k)
        k -= 1
    return found[::-1]


def _introduced_period(text: str, lines: list[tuple[int, int]], first: int,
                       periods: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The time of a line too long for a title that introduces the table right under it (根据最新数据，2031年首五个月
    各类单位的落成量载于下表。): its latest time dates the cells, as a paragraph's time carries to its end."""
    k = first - 1
    while k >= 0 and (not text[slice(*lines[k])].strip() or _is_note(text[slice(*lines[k])])):
        k -= 1
    if k < 0 or first - k > TITLE_LINES + 1 or is_table_row(text[slice(*lines[k])]):
        return None
    start, end = lines[k]
    return next((p for p in reversed(periods) if start <= p[0] and p[1] <= end), None)


def _read_table(text: str, rows: list[tuple[int, int, int, int]], first: int, stop: int, periods) -> list[Cell]:
    lines = [row[:2] for row in rows]
    # (the last row of a table right above is no title of this one)
    title_lines = _title_lines(text, lines, first)
    title_start = lines[title_lines[0]][0] if title_lines else lines[first][0]
    period = next((p for p in periods if title_start <= p[0] and p[1] <= lines[first][0]), None)
    if period is None:
        period = _introduced_period(text, lines, first, periods)
    title_measure = next((m for k in title_lines if (m := _measure_in(text[slice(*lines[k])]))), None)
    titled = [k for k in title_lines
              if not _UNIT_NOTE.search(text[slice(*lines[k])]) and not _SOURCE_NOTE.match(text[slice(*lines[k])])]
    title_label = _label_span(_trimmed(text[slice(*lines[titled[-1]])], lines[titled[-1]][0])) if titled else None

    header = _cells(text[slice(*lines[first])], lines[first][0])
    # | 排名 | 球队 | 积分 |: a leading column of positions or serial numbers; the rows' labels are in the next one
    positions = _rank_corners().get(_SPACE.sub("", header[0][2])) if len(header) > 2 else None
    if positions:
        position_head, header = header[0], header[1:]
    if (corner_note := _UNIT_NOTE.search(header[0][2])) is not None:
        title_measure = split_measure(corner_note.group(1)) or title_measure  # | 单位：亿元 | 2031年 |
    heads = [h[2] for h in header[1:] if h[2]]
    # | | 2029 | 2030 |: bare years in a row of their own head columns of times, not a row of figures
    years_only = len(heads) >= 2 and all(_YEAR.fullmatch(h) for h in heads)
    headless = bool(heads) and not years_only and all(_cell_value(h) and not _TIME_HEAD.search(h) for h in heads)
    if headless:
        # no header: every row holds figures, and the title says what they measure (各等级人口收入中位数升幅：)
        title = " ".join(text[slice(*lines[k])] for k in title_lines)
        columns = [_column(title)] * max(len(header), 2)
        falling = [_falls(title)] * max(len(header), 2)
        first -= 1
    else:
        columns = [_column(h[2]) for h in header]
        falling = [_falls(h[2]) for h in header]
    unit_column = next((c for c, h in enumerate(header) if _SPACE.sub("", h[2]) == "单位"), None)
    time_columns = bool(heads) and all(_is_time_column(h) for h in heads)
    rows_hold = not headless and _rows_hold(header[0][2])
    # | 指标 | 本月 | 1-5月 | 增长(%) |: where the title names no time, a column headed by a time alone dates its cells;
    # a title's time holds for the whole table (2031年末 over | 12月末 |), but not over a column headed by a year of
    # its own (| 2030年 | 2029年 | under 2030年主要指标: the second column is 2029's) or by the earlier time the figures
    # are set against (| 本年累计 | 上年同期累计 | under 1-9月主要指标)
    # (| 地区 | 2031年 | 2030年 | under 各区住宅成交: rows that hold the figures under columns of times too)
    time_heads = set() if headless else {
        c for c, h in enumerate(header)
        if c and _is_time_column(h[2]) and (not period or _names_year(h[2]) or _is_earlier_time(h[2])
                                            or _another_month(h[2], text[slice(*period)]))}
    # 2031年主要城市房价涨跌幅 over | 城市 | 新房 | 二手房 |: a title that names a change, over columns that name none,
    # makes its percentages changes
    title_change = (not headless and title_lines and not any(role == "change" for role, _ in columns)
                    and _column(" ".join(text[slice(*lines[k])] for k in title_lines))[0] == "change")

    column_measures = {c: _column_measure(header, c, periods) for c in range(1, len(header))}
    found: list[Cell] = []
    row_measure: Measure | None = None
    for k in range(first + 1, stop):
        line_text = text[slice(*lines[k])]
        if not is_table_row(line_text) or _RULE_ROW.match(line_text):  # a group line starts a new run of rows
            row_measure = None
            continue
        row = _cells(line_text, lines[k][0])
        if positions:
            position, row = row[0], row[1:]
            value = _cell_value(position[2])
            if positions == "rank" and value is not None and row and not value[1]:
                found.append(Cell(position[0], position[1], value[0], "", "rank", _label_span(position_head),
                                  period, rows[k][2], row=_label_span(row[0]), holder=_label_span(row[0])))
            if not row:
                continue
        own = _measure_in(row[0][2])
        if unit_column is not None and unit_column < len(row):
            own = split_measure(row[unit_column][2]) or own
        row_measure = own or row_measure  # a row without a unit of its own takes the one above
        year_row = _YEAR_LABEL.match(row[0][2]) is not None and header is not row
        figures = {c: _cell_figures(row[c]) for c in range(1, len(row)) if c != unit_column and c < len(columns)}
        # a cell that labels its own figure (12宗 平均呎价为9,800元) says what it measures: its row is who holds it
        labelled = any(f[5] not in (None, BRACKETED) for found_in_cell in figures.values() for f in found_in_cell)
        for c, cell_figures in figures.items():
            for start, end, value, written_unit, qualifier, label in cell_figures:
                role, column_measure = columns[c]
                bracketed = label == BRACKETED  # 3,281 (4%) under 确诊个案 (比例): the bracket's own column
                if bracketed:
                    label = None
                    role, column_measure = "amount", None
                if title_change and not bracketed and (written_unit or (column_measure and column_measure.unit)) == "%":
                    role = "change"
                if role == "change" and falling[c] and value > 0 and text[start] not in WRITTEN_PLUS:
                    value = -value  # | 出口降幅 | 3.2% |: a fall, though written without its sign
                if written_unit:
                    magnitude, unit = Decimal(1), written_unit  # 2200万元: the cell gives its own unit
                else:
                    if role == "change":
                        measure = column_measure or title_measure
                    elif own and column_measure and column_measure.unit not in _PERCENT:
                        measure = own  # 每股盈利（港仙） under 金额（百万港元）: the row's own unit is the narrower
                    else:
                        measure = column_measure or row_measure or title_measure
                    magnitude, unit = (measure.magnitude, measure.unit) if measure else (Decimal(1), "")
                named = measure.currency if not written_unit and measure else ""
                # (a table without a header has figures in its first row: no column names a measure)
                column = _label_span(header[c]) if c < len(header) and header is not row and not headless else None
                if column is not None and bracketed:
                    column = _bracket_span(header[c]) or column
                holder = None
                # what the column measures: the words of its bracket for a figure in brackets (确诊个案 (比例))
                measured, header_time = (column, None) if bracketed else column_measures.get(c, (column, None))
                if year_row and column:  # | 2016年 | 1亿7310万元 |: the column says what, the row when
                    metric, cell_period = measured, _label_span(row[0])
                elif (time_columns or c in time_heads) and column and rows_hold and title_label:
                    # | 甲公司 | 10,093 | under | 公司 | 2030年 | and 营业收入（亿元）: the title says what, the row
                    # who, the column when
                    metric, cell_period, holder, column = title_label, column, _label_span(row[0]), None
                elif (time_columns or c in time_heads) and column:
                    # | 某区 | 40宗 | under | 03/2021 |: the row says what, the column when
                    metric, cell_period, column = _label_span(row[0]), column, None
                elif (rows_hold and column and title_label and role == "change" and c - 1 in time_heads
                      and _only_change_words(header[c][2])):
                    # | 港岛 | 1,230 | 1,450 | -15.2% | under | 地区 | 2031年 | 2030年 | 按年变幅 |: the change of what
                    # the title names, in the latest time's column
                    metric, holder, column = title_label, _label_span(row[0]), None
                    cell_period = _change_period(header, time_heads, c)
                elif rows_hold and column:  # | 60-69岁 | 469 | under | 年龄 | 死亡人数 |: the column says what
                    metric, cell_period, holder = measured, period or header_time, _label_span(row[0])
                else:
                    # | 一季度 | 30 | under a title of 2031年: a row labelled by a time alone is dated by it, the
                    # narrower time
                    row_time = _is_time_column(row[0][2]) and header is not row
                    # (| 项目 | 今年销量 | 去年销量 |: where the title names no time, the column's own time dates it)
                    metric = _label_span(row[0])
                    cell_period = _label_span(row[0]) if row_time else period or header_time
                    if row_time and column:  # | 一季度 | 12.5 | under | 季度 | 销量 |: the column says what (D36)
                        metric = measured
                    if role == "change" and not cell_period:
                        cell_period = _change_period(header, time_heads, c)
                if labelled:
                    holder = _label_span(row[0])
                found.append(Cell(start, end, value * magnitude, unit, role, label or metric, cell_period, rows[k][2],
                                  qualifier, column, _label_span(row[0]), holder, title_label, named))
    return found


def _column_measure(header: list[tuple[int, int, str]], c: int, periods: list[tuple[int, int]],
                    ) -> tuple[tuple[int, int], tuple[int, int] | None]:
    """(what a column's cells measure, the time its header names) where the columns say what: a time before the
    measure dates it (3月房价 → 房价, 3月), and a column of changes alone (环比, 同比增长（%）) measures what the
    column before it does (the one before a column of shares)."""
    start, end = _label_span(header[c])
    time = next((p for p in periods if p[0] == start and p[1] < end), None)
    if time:
        return (time[1], end), time
    if c > 1 and _only_change_words(header[c][2]):
        before = c - 1
        while before > 1 and _SHARE_HEAD.search(header[before][2]):
            before -= 1  # | 产量 | 占全省比重（%） | 同比增减（%） |: a change in % is of the amount, not of its share
        return _column_measure(header, before, periods)
    return (start, end), None


def _change_period(header: list[tuple[int, int, str]], time_heads: set[int], c: int) -> tuple[int, int] | None:
    """The period of a change column `c` beside columns of times: the latest year's (| 2031年 | 2030年 | 增长 |: the
    growth is 2031's, in either order of the columns), else the nearest time column's before it (| 5月 | 增长 |
    1-5月 | 增长 |: each change follows its own time)."""
    years = {k: int(year.group()) for k in time_heads if (year := _YEAR.search(header[k][2]))}
    if years:
        return _label_span(header[max(years, key=years.get)])
    # | 本期 | 上年同期 | 增长 |: the column of the earlier time is the base the change is measured against
    before = [k for k in time_heads if k < c and not _is_earlier_time(header[k][2])]
    return _label_span(header[max(before)]) if before else None


def _names_year(header: str) -> bool:
    """A header that names a year of its own, in digits (2030年) or, as Hong Kong releases write it, in numerals
    (二零二四年首五个月)."""
    return bool(_YEAR.search(header) or _HAN_YEAR.search(header))


def _is_earlier_time(header: str) -> bool:
    """A column header of the earlier time a table sets its figures against (上年同期, 去年同期累计)."""
    return _SPACE.sub("", header).startswith(EARLIER_TIMES)


def _another_month(header: str, title_time: str) -> bool:
    """| 10月 | under a title of 11月: a column headed by a month other than the one the title names is dated by its
    own month, not the title's (a monthly report's column of the month before)."""
    head, title = _MONTH.search(_SPACE.sub("", header)), _MONTH.search(title_time)
    return head is not None and title is not None and head.group(1) != title.group(1)


def _only_change_words(header: str) -> bool:
    """A header that names a change and nothing that changes: 环比, 同比增长（%）, 按年变幅."""
    cell = rest = _SPACE.sub("", _BRACKETED.sub("", header))
    for word in sorted(_change_words(), key=len, reverse=True):
        rest = rest.replace(word, "")
    return rest != cell and not rest.strip("率%±()（）")


def _is_time_column(header: str) -> bool:
    """A column header that only names a time (03/2021, 2019年, 2019, 12月末, 本月, 1-5月), so its cells' period; a
    note in brackets after it (2030-31年度（修订）, 2031年（预测）) does not count."""
    header = _BRACKETED.sub("", header).strip().removesuffix("累计").strip()  # | 1-9月累计 |: the months summed
    return bool(_DATE_COLUMN.fullmatch(header) or _YEAR.fullmatch(header)
                or (_TIME_WORDS.fullmatch(header) and _TIME_HEAD.search(header))
                or period_pattern().fullmatch(header))


def _bracket_span(cell: tuple[int, int, str]) -> tuple[int, int] | None:
    """The words in a header's brackets (确诊个案 (比例)) that are no unit: what a bracketed figure measures."""
    bracket = _BRACKETED.search(cell[2])
    if bracket is None or split_measure(bracket.group(1)):
        return None
    return cell[0] + bracket.start(1), cell[0] + bracket.end(1)


def _cell_figures(cell: tuple[int, int, str]) -> list[tuple[int, int, Decimal, str, str, object]]:
    """(start, end, value, unit written, qualifier, own label's span, BRACKETED or None) of each figure of a cell:
    the whole cell where it holds one figure; a figure and another in brackets after it (3,281 (4%)); where it
    holds several, each figure, the ones after the first behind a label of their own (12宗 平均呎价为9,800元) or
    a separator only."""
    start, end, text = cell
    read = _cell_value(text)
    if read is not None:
        return [(start, end, *read, None)]
    pair = _BRACKETED_FIGURE.fullmatch(text)
    if pair is not None and (outer := _cell_value(pair.group(1))) and (inner := _cell_value(pair.group(2))):
        return [(start + pair.start(1), start + pair.end(1), *outer, None),
                (start + pair.start(2), start + pair.end(2), *inner, BRACKETED)]
    found = find_quantities(text)
    if not 2 <= len(found) <= MAX_CELL_FIGURES or found[0].start > 0 or len(text) - found[-1].end > 2:
        return []
    figures, previous = [], 0
    for q in found:
        if q.value_max is not None or not q.unit:
            return []  # a range or a bare number inside words: not a cell of figures
        gap = _CELL_LABEL.fullmatch(text, previous, q.start)
        if gap is None or (previous and gap.end() == previous):
            return []  # words that are no label, or two figures with nothing between them
        label = (start + gap.start("label"), start + gap.end("label")) if gap.group("label") else None
        figures.append((start + q.start, start + q.end, q.value, q.unit, q.qualifier, label))
        previous = q.end
    return figures


def _cell_value(cell: str) -> tuple[Decimal, str, str] | None:
    """(value, unit written in the cell, qualifier) of the one figure a cell holds; plain ASCII figures, most
    cells, skip the numeral grammar. A figure wholly in brackets (1,234) is negative, as accounts print losses."""
    if (negative := _BRACKETED_NEGATIVE.fullmatch(cell)) is not None:
        value = parse_number(negative.group(1))
        return (-value, "", "exact") if value is not None else None
    if _PLAIN_FIGURE.fullmatch(cell):
        return Decimal(cell), "", "exact"
    if _FIGURE.fullmatch(cell):
        value = parse_number(cell)
        return (value, "", "exact") if value is not None else None
    found = find_quantities(cell)
    if len(found) != 1 or found[0].value_max is not None or len(cell) - len(found[0].text) > 2:
        return None
    q = found[0]
    # 下跌1.2个百分点 in a column of changes: the verb written before the figure gives its sign
    sign = -1 if role_cues().get(cell[: q.start].strip()) == "-" else 1
    return sign * q.value, q.unit, q.qualifier


def _column(header: str) -> tuple[str, Measure | None]:
    """(role, measure) of a column from its header text; a change rate column without a unit is in %, save one of
    sums or counts (增减额) and a move either way with no 幅 or 率 (升跌: a share price's move, in its money)."""
    compact = _SPACE.sub("", header)
    role = "change" if any(w in compact for w in _change_words()) else "amount"
    measure = _measure_in(compact)
    if (role == "change" and measure is None and not any(w in compact for w in ("额", "量", "数"))
            and not compact.endswith(EITHER_WAY)):
        measure = Measure(Decimal(1), "%")
    return role, measure


EITHER_WAY = ("升跌", "涨跌", "升降")  # a move either way named alone (| 收市价 | 升跌 |): no rate unless written
# a column of falls (| 降幅 |, | 衰退 |): its unsigned figures are decreases; not one that names rises too (升跌幅)
FALL_HEADS = ("降幅", "跌幅", "减幅", "下降", "减少", "衰退", "年减", "月减", "季减")
RISE_HEADS = ("升", "涨", "增", "成长", "变", "±", "+/-")


def _falls(header: str) -> bool:
    """Whether a change column's header names only a fall (| 出口降幅 |, | 年衰退率 |), so that its unsigned figures
    are negative (gold D9: a decrease is a negative change)."""
    compact = _SPACE.sub("", header)
    return any(w in compact for w in FALL_HEADS) and not any(w in compact for w in RISE_HEADS)
