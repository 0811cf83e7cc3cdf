"""The word lists the fact decisions read, compiled once: role and comparison cues, period and currency patterns."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from operator import itemgetter
from typing import TYPE_CHECKING

from pipeline.lexicons import lengths_by, table, word_list, words

if TYPE_CHECKING:
    from pipeline.numerals import Quantity


@cache
def role_cues() -> dict[str, str]:
    return {row["cue"]: row["sign"] for row in table("role_cues.tsv")}


@cache
def back_references() -> dict[str, str]:
    """前者, 后者, 两者: words pointing back to one of two things named before, and which one (first, last, both)."""
    return {row["word"]: row["points_to"] for row in table("back_references.tsv")}


class Endings:
    """A lexicon's words by their last character and length, so that the longest one a text ends with (同比增长
    before 增长) is found with a set look-up per length some word ending in that character has, instead of an
    `endswith` per word; most texts end in a character no word does."""

    def __init__(self, words) -> None:
        self.words = frozenset(words)
        self.lengths = lengths_by(self.words, itemgetter(-1))

    def longest_ending(self, text: str, max_length: int | None = None) -> str | None:
        return self.longest_ending_at(text, len(text), max_length)

    def longest_ending_at(self, text: str, end: int, max_length: int | None = None) -> str | None:
        """The longest word that `text[:end]` ends with, without copying the text before it."""
        lengths = self.lengths.get(text[end - 1 : end])
        if lengths is None:
            return None
        limit = end if max_length is None else min(max_length, end)
        for n in lengths:
            if n <= limit and text[end - n : end] in self.words:
                return text[end - n : end]
        return None


class Starts:
    """A lexicon's words by their first character, in the order given: the words a text may hold at an offset are
    the few that open with its character there, asked in turn, instead of a `startswith` per word of the list."""

    def __init__(self, words) -> None:
        self.by_first: dict[str, list[str]] = {}
        for word in words:
            self.by_first.setdefault(word[:1], []).append(word)

    def first_at(self, text: str, at: int) -> str | None:
        """The first word, in the order given, that `text` holds at offset `at`; None if none does."""
        return next((word for word in self.by_first.get(text[at : at + 1], ()) if text.startswith(word, at)), None)


@cache
def by_length(name: str) -> tuple[str, ...]:
    """A lexicon's words, longest first, so that the longest marker wins."""
    return tuple(sorted(word_list(name), key=len, reverse=True))


@cache
def starts_of(name: str) -> Starts:
    """A lexicon's words by first character, longest first: `first_at` finds the longest one at an offset."""
    return Starts(by_length(name))


@cache
def cue_endings() -> Endings:
    return Endings(role_cues())


@cache
def metric_skip_endings() -> Endings:
    """Skip words that jieba may glue onto the end of a noun (价格上涨, 某某指数收报). Only words of two or more
    characters: a single one (能, 会, 料) ends too many nouns (性能, 协会, 燃料) to be cut off them."""
    return Endings(w for w in word_list("metric_skip.txt") if len(w) > 1)


@cache
def role_skip_endings() -> Endings:
    """Words that may stand between a change cue and its figure (了, 分别, 同比, and role_skip.txt's 净, 额外); 至/到
    end the search, since 增至8609家 names a level, and so do the skip words made of a verb of change and 至 (同比增至
    5亿元, 飙升至: skipping 增至 or 升至 would leave 同比 or 飙 to read as the change; 达到 still skips)."""
    levels = ("至", "到")
    return Endings([*(w for w in word_list("metric_skip.txt") if w not in words("level_cues.txt")
                      and not (w.endswith(levels) and cue_endings().longest_ending(w[:-1]))),
                    *word_list("role_skip.txt")])


@cache
def comparison_endings() -> Endings:
    return Endings(word_list("comparison_cues.txt"))


@cache
def skip_before_metric() -> frozenset[str]:
    return words("metric_skip.txt") | (role_cues().keys() - not_changes())


@cache
def not_changes() -> frozenset[str]:
    """参加, 百公里加速: words that end like a cue of change (加) but change nothing (sign 0); they may name a
    measure or an act themselves."""
    return frozenset(cue for cue, sign in role_cues().items() if sign == "0")


@cache
def verbs_of_place() -> frozenset[str]:
    """居/位居 (rank_verbs.txt) and 获得/夺得 (placing_verbs.txt): the verbs that say how a place was got, so that
    neither names what the place is in."""
    return words("rank_verbs.txt") | words("placing_verbs.txt")


@cache
def verbs_before_rank() -> frozenset[str]:
    """The verbs of place and of moving to one (升至, 重回: rank_moves.txt): the metric is written before them."""
    return verbs_of_place() | words("rank_moves.txt")


@cache
def comparatives() -> dict[str, str]:
    return {row["cue"]: row["sign"] for row in table("comparative_cues.tsv")}


@cache
def comparative_cues() -> tuple[str, ...]:
    """For `str.startswith`, which tries a tuple of prefixes in one call."""
    return tuple(comparatives())


@cache
def streak_words() -> tuple[str, ...]:
    """For `str.endswith`: the words before a duration that make it a run (streak_words.txt: 连续, 蝉联)."""
    return word_list("streak_words.txt")


def alternation(words: list[str] | tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def word_trie(words: Iterable[str]) -> str:
    """The regex of `alternation` in a group, written as a trie of the words' characters (年(?:初|底|)): it matches
    what the longest-first alternation matches, in the same order of preference (the words that match at one offset
    are prefixes of one another, and a trie tries a longer one first), but the engine reads one branch per distinct
    character instead of one per word at every offset of the text (period_pattern: 2.7× faster)."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return f"(?:{_trie_branches(root)})"


def _trie_branches(node: dict[str, dict]) -> str:
    branches = [re.escape(char) + _trie_group(child) for char, child in sorted(node.items()) if char]
    return "|".join(branches + [""] * ("" in node))  # (the word that ends here last: longer ones first)


def _trie_group(node: dict[str, dict]) -> str:
    if list(node) == [""]:
        return ""
    if len(node) == 1:
        return _trie_branches(node)
    return f"(?:{_trie_branches(node)})"


@cache
def magnitudes_of_change() -> tuple[str, ...]:
    """加薪幅度, 下跌幅度, 优惠力度: a verb of change (a role cue of two characters or more) with 幅度 or 力度 names the
    size of that change, a rate of change like 增幅."""
    return tuple(f"{cue}{size}" for cue, sign in role_cues().items() if len(cue) > 1 and sign != "0"
                 for size in ("幅度", "力度"))


@cache
def rate_noun_pattern() -> re.Pattern[str]:
    return re.compile(word_trie([*word_list("rate_nouns.txt"), *magnitudes_of_change()]))


@cache
def record_after() -> re.Pattern[str]:
    """What follows the span of a record (20年来首见, 8月以来高位, 年初以来高峰, 五年新低, 九个月来低谷, 十年内最高,
    近十年底部): matched right after the span, it makes the span part of the record, not a window of time for other
    figures."""
    return re.compile(
        r"多?(?:以)?来的?[首新最]|之?内的?最[高低]|多?(?:以?来)?的?(?:盘中|收盘)?"
        r"(?:最[高低大小多少]|新[高低]|[高低][点位]|高峰|低谷|底部|顶部|第一次|首次|首度)")


@cache
def name_numeral_pattern() -> re.Pattern[str]:
    """The names of name_numerals.txt and index_names.txt; a space may stand where Chinese meets digits (某指 500)."""
    names = sorted({*word_list("name_numerals.txt"), *word_list("index_names.txt")}, key=len, reverse=True)
    return re.compile("|".join(_SCRIPT_CHANGE.sub(" ?", re.escape(name)) for name in names))


# between a Han character and a digit (either way round) in an escaped name: where a space may be written
_SCRIPT_CHANGE = re.compile(r"(?<=[\u3400-\u9fff])(?=\d)|(?<=\d)(?=[\u3400-\u9fff])")


DAY_PARTS = ("凌晨", "清晨", "早上", "上午", "中午", "下午", "傍晚", "晚上", "晚间")  # before a clock time (上午10时)
EARLIER_TIMES = ("上年", "去年", "上季", "上月", "前一季度", "前一年", "一年前")  # times of a value compared with

# what makes a festival's name (festivals.txt) a time: a word of a holiday, a box-office season (春节档), or the days
# before, after and around it
# 最多, 最少, 最贵: "the most"; a bound only through a modal (最多可), and before a change word an extreme level
SUPERLATIVE = "最"
HOLIDAY_NOUNS = ("假期", "长假", "小长假", "连假", "黄金周")  # words of a holiday (国庆假期, 五一小长假)
HOLIDAY_SUFFIXES = (*HOLIDAY_NOUNS, "档", "期间", "假期期间", "前", "前夕", "后", "前后", "当天", "当日")


@cache
def holiday_words() -> tuple[str, ...]:
    """国庆假期, 春节黄金周, 五一小长假, 中秋连假, 春节前后, “五一”前夕: each festival of festivals.txt, maybe in
    quotes, with each of HOLIDAY_SUFFIXES."""
    return tuple(f"{left}{name}{right}{suffix}" for name in word_list("festivals.txt") for suffix in HOLIDAY_SUFFIXES
                 for left, right in (("", ""), ("“", "”"), ("「", "」")))  # “五一”前夕: the name may be quoted


@cache
def dotted_date() -> str:
    """7.1通车, 10.1起: a month and a day joined by a dot, right before an act (dotted_date_acts.txt), or right after
    截至 and before the end of a clause (截至3.31，: a cut-off is a point in time, D2); the regex of the date alone,
    shared by `period_pattern` and the facts stage (a date, no figure)."""
    acts = word_trie(word_list("dotted_date_acts.txt"))
    day = r"(?<![\d.])(?:1[0-2]|[1-9])\.(?:[12]\d|3[01]|0?[1-9])(?![\d.])"
    return rf"(?:{day}(?={acts})|(?<=截[至止]){day}(?=[，,。；;\s）)]|止|前))"


@cache
def dotted_date_pattern() -> re.Pattern[str]:
    return re.compile(dotted_date())


@cache
def period_pattern() -> re.Pattern[str]:
    """Time phrases: 2024年上半年, 截至今年7月, 1-11月, 上半年, 近三年 (durations come from the grammar)."""
    # 截至 2025 年 9 月: a space may stand between a digit and a word (the spacing of mixed script), never elsewhere
    gap = r"(?: (?=\d))?"
    prefix = f"(?:(?:{word_trie(word_list('period_prefixes.txt'))}){gap})?"
    # 2024年, 今年, 二〇二四年, and the fiscal years of Hong Kong and Taiwan (2017至18年度, 2022/23年度)
    # 2026和2027年: years listed before one 年; 2026财年, 本财年: fiscal years
    # 2025-26财政年度, 新财年, 上一财政年度, 本学年: a fiscal or school year may be written out and named as new,
    # last or next
    # 2027-28至2029-30年度: a run of fiscal years
    # 后年 (the year after next) alone or after a joiner (明年和后年), not the end of 此后, 之后, 随后 before 年均, 年内
    # 24财年, 24财政年度, 25会计年度: a fiscal year written with two digits
    year = (r"(?:\d{4}(?:[-—–/至]\d{2}(?:\d{2})?(?:[至到]\d{4}[-—–/]\d{2})?|(?:[和、及与]\d{4})+)? ?|[今去明前当本上同]"
            r"|(?:(?<![\u4e00-\u9fff])|(?<=[和及与至到或、])|(?<=明年))后(?=年)|(?<![\d./-])\d{2}(?=财年|财政年度|会计年度)"
            r"|民国\d{2,3}|(?<![\d.])1[01]\d(?=学?年度)"  # 民国113年, 113年度, 113学年度: years of the Republic
            r"|[今去明前][(（]1[01]\d[)）]"  # 去(113)年, 今（114）年: the year of the Republic in brackets
            # 112年全台稻米产量: one written alone, not a count of years (已有110年历史, 近100年来, 长达105年)
            # 114年前三季, 113年前10月: its first quarters or months (not 110年前, a century ago)
            r"|(?<![\d.近逾超达有了历经约第余过长])1[01]\d(?=年(?!历史|的历史|来|以来|之久|间|多|以上|内|后|左右)"
            r"(?!前(?![一二三四五六七八九十两\d]{1,2}个?[季月])))"
            r"|(?:新一?|[上下]一?个?|该)(?=财|学|年度)|[一二〇零○][一二三四五六七八九〇零○]{3})(?:财政?|会计|(?<!同)学(?!年龄))?年(?:度|底|末|初|内|中(?=[，,。；;才时前后以至到]))?")
    # 本赛季, 2031/32赛季, 2031-32 赛季, 上一榨季, 2031/32产季: a sports season or a crop's (球季 in Hong Kong; the
    # sugar cane's 榨季), named as a fiscal year is
    season = (r"(?:(?<![\d/.-])(?:19|20)?\d\d(?:[-—–/至](?:19|20)?\d\d)? ?|[本上下新该同今]一?|这个|上个|下个|整个)"
              r"[赛球榨产]季")
    # 1-10月, 一至九月: a run of months written with digits or with numerals
    month = (r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?:[-—–~至到](?:\d{1,2}|(?<=[至到])[一二三四五六七八九十]{1,3}))?"
             r"(?:(?<=\d) )?月"
             r"(?:份|底|末|初|(?:上中|中下|[上中下])旬)?")  # 10月中下旬: two thirds of a month
    month += r"(?: ?\d{1,2} ?[日号](?:\d{1,2}[时点](?:\d{1,2}分)?)?|第[1-5一二三四五]周)?"  # 6月5日18时; 6月第3周
    day = r"(?<![\d.])\d{1,2}日(?![内起前后间])"  # 某公司9日股價…: a day of this month (not 14日內)
    # 上周末（22至23日）, 本月8-9日: a run of days of this month, one time (not 至23日 cut from its first day)
    day = r"(?<![\d.])(?:\d{1,2}日?[-—–~至到])?" + day.removeprefix(r"(?<![\d.])")
    day += r"|(?<=[自从由于月])\d{1,2}日起"  # 自3日起实施, 本月20日起: from a day of this month on
    day += r"|[今昨前明][(（]\d{1,2}[)）]日"  # 今（5）日, 昨（4）日: Taiwan writes the day in brackets
    # 截至上午10时, 下午5时30分: a clock time after a part of the day (a bare 10点 may be an index's points)
    clock = rf"(?:{word_trie(DAY_PARTS)})\d{{1,2}}[时点](?:\d{{1,2}}分|半|许)?"
    ago = r"(?<![\d.])(?:\d{1,3}|[一二三四五六七八九十两几]{1,3}|半)个?(?:年|月|星期|周|天|季度?)之?前"  # 5年前, 半年前
    # 首两月, 前10个月: the first months of a year (not 调查前12个月内: the months before an act, a window 前 follows;
    # not 提前两个月完成: how early an act is done)
    ago += r"|(?:[首头]|(?<!提)前(?!(?:\d{1,2}|[一二三四五六七八九十两]{1,3})个?月内)|(?<![^\W\d_年度季今去明本])前)"
    ago += r"(?:\d{1,2}|[一二三四五六七八九十两]{1,3})个?月"
    ago += r"|[首头][一二三两]季度?"  # 首三季, 头两季: the first quarters of a year
    # 本月首10日, 开业首两周, 假期前三天: the first days or weeks of a span
    ago += r"|(?:[首头]|(?<=[期月年季])前)(?:\d{1,2}|[一二三四五六七八九十两]{1,3})个?(?:日|天|周|星期)"
    # 近月成交回升: the recent months as Hong Kong papers say them (not 接近月底, 将近月中: 近 ends a word; 近月期油
    # is a contract, read apart)
    ago += r"|(?<![接将逼临靠贴亲附])近月(?![份底初末中])"
    # 最近两日, 过去7日: days counted back (not the 7th of a month)
    ago += r"|(?:最近|近|过去)(?:\d{1,3}|[一二三四五六七八九十两几]{1,3})个?(?:交易)?日"
    # 过去10场比赛, 最近5场, 近6个主场, 最近4轮: the matches or rounds counted back from now, the window of a
    # player's or a team's figures
    ago += (r"|(?:最近|近|过去)(?:\d{1,3}|[一二三四五六七八九十两几]{1,3})(?:场(?:比赛|赛事|联赛)?|个?[主客]场|轮"
            r"(?:比赛|联赛)?)")
    # 最近两个季度, 过去三个财季: quarters counted back from now (个季度 is no unit: 两个 reads as a count)
    ago += r"|(?:最近|近|过去)(?:\d{1,2}|[一二三四五六七八九十两几]{1,3})个(?:季度|财季)"
    # 前一年, 上一季度, 此前一个月, 前一交易日: the unit just before the time in force (a base, or a time of its own)
    ago += r"|(?:此前|(?<!提)前|上)一个?(?:年|季度?|财季|月|周|星期|日|天|交易日)(?!内)"  # (not 离任前一年内: a window)
    # 开幕第三天，…, 第75分钟，…: an ordinal of a unit of time that opens a clause is the point the clause is at
    ago += r"|第(?:\d{1,3}|[一二三四五六七八九十两]{1,3})个?(?:天|日|年|周|月|分钟|小时)(?=[，,])"
    # 第47周（11.18-11.24）: a week of the year, with its days in brackets after it (a weekly market report)
    ago += r"|第\d{1,2}周(?=[（(]\d{1,2}\.\d{1,2}[-—–~至]\d{1,2}\.\d{1,2}[）)])|(?<=年)第\d{1,2}周"  # 2031年第47周
    # 第37周（9月8日—14日）, a headline's 第37周全国菜价…: a week of the year with its dates written out in brackets,
    # or opening a line, names the week of a weekly report as the dotted dates do (not 连续第3周: a run's count)
    ago += r"|第\d{1,2}周(?=[（(]\d{1,2}月\d{1,2}[日号])|(?<![^\n])第\d{1,2}周(?![年内])"
    # quarters, halves and fiscal years in Latin letters (1Q26, Q2 2025, 2H, FY2027), not inside a word or a number
    # FY2027E, 2026E, 2025A: a year of estimates, forecasts or actuals (an analyst's columns)
    latin = (r"(?<![A-Za-z0-9])(?:[1-4]Q(?:\d{2})?|Q[1-4](?: ?(?:\d{4}|\d{2}))?|[FC]Y ?\d{2}(?:\d{2})?[EAF]?"
             r"|[12]H(?:\d{2})?|H[12](?: ?\d{4})?|(?:19|20)?\d\d(?:Q[1-4]|H[12])|(?:19|20)\d\d[EAF])"
             r"(?![A-Za-z0-9])")  # 2025H1, 26Q3: year first
    # 2020/11, 2024-06-30, 2024.6.30: a month or a day written with digits only
    slashed = (r"(?<![\d/.-])(?:19|20)\d\d(?:/(?:0[1-9]|1[0-2])|-\d{1,2}-\d{1,2}|/\d{1,2}/\d{1,2}|\.\d{1,2}\.\d{1,2})"
               r"(?![\d/])")
    # 2031/32两年, 31/32周期, 2031/32榨季, 2031/32, 31/32财年: two years, a cycle, a season, a crop year or a fiscal
    # year that spans a year's end (a year written out needs no word after it; not 10-15年, a count of years)
    spanning = (r"(?<![\d/.-])(?:(?:19|20)\d\d/\d\d(?![\d/])|\d\d/\d\d(?=两年|周期|赛季)"
                r"|\d\d[/-]\d\d(?:财年|财政年度|年度|学年))")
    # Pre-A 轮（2022）, 第三次转让（2022–2024）: a year or a span of years alone in brackets dates what it follows
    bracketed = r"(?<=[（(])(?:19|20)\d\d(?:[-—–~至](?:19|20)?\d\d)?(?=[）)])"
    bracketed += r"|(?<=周[（(])\d{1,2}\.\d{1,2}[-—–~至]\d{1,2}\.\d{1,2}(?=[）)])"  # 第47周（11.18-11.24）: its days
    # 三季度末, 上半年末, 本月底, 上月中旬: a span's end or start, or a third of a month, after a period word
    words = word_trie([*word_list("period_words.txt"), *word_list("former_times.txt"), *word_list("day_types.txt")])
    # 五一假期, 十一黄金周: a festival named by a date is no numeral's end (排名第十一后)
    holidays = rf"(?<![第零一二三四五六七八九十百千万两])(?:{word_trie(holiday_words())})"
    # 节前最后一个工作日, 节后首周: before or after the festival just named (not 环节后, 季节前, 章节后)
    holidays += r"|(?<![环季章细关礼音调情使])节[前后]"
    words = f"(?:{words}|{holidays})(?:末|初|底|[上中下]旬)?"
    # 合同期5年, 協同期望: 同期 ending a word (合同, 共同, 不同 …) is no time (去年同期, 营收同期增长 are)
    words = f"(?:(?<![合共相不协協认認陪如连連])|(?!同期)){words}"
    # 第3季, 第4季度, 第2财季: a quarter written with a digit (Taiwan's papers), as 第三季 is in period_words.txt
    # 2031年3季度, 今年4季度: after its year a quarter's digit needs no 第 (not 连续3季度, a count of quarters)
    # 前3季, 前2季度: the first quarters written with a digit, as 前三季 is in period_words.txt
    words = f"(?:{words}|(?:第[1-4](?:季度?|财季)|(?<=年)[1-4](?:季度|财季)|(?<![\\d.提])前[1-3]季度?)(?:末|初|底)?)"
    # 今届奥运, 上届立法会选举, 本届亚运会: an edition of an event (edition_events.txt), a time of its own; 本届, 这届
    # alone wait for a verb (occasion_words.txt: 本届会议的看点 names a thing)
    events = word_trie(word_list("edition_events.txt"))
    edition = rf"(?:(?:今|上一?|下一?)届|(?:本|这|此|该)届(?=[\u4e00-\u9fff]{{0,8}}?(?:{events})))"
    edition += rf"(?:[\u4e00-\u9fff]{{0,8}}?(?:{events}))?"
    # 现报152元, 曾占销量近三成: 现 (now) and 曾 (once) dating a quote or a past level, right before its verb and
    # after no other letter (not 出现, 发现, nor a surname: 曾某表示)
    adverb = r"(?<![\u4e00-\u9fff])(?:现(?=[报跌涨升降为])|曾(?:经)?(?=[占达为是任跌涨升降高低]))"
    # 最近至少有三家, 某股最近跌了5%: lately, before a verb or an adverb (not 最近的车站, nearest; nor 最近一次)
    adverb += r"|(?<![离距])最近(?=[有在已跌涨升降录创再又也都均更将仍还至])"
    # 过去两个选区, 某厂过去的产能峰值: 过去 alone marking an old state, before a count of things or 的 and a noun (not
    # 过去三年, 过去两个月, 过去的一年: a window; nor 走过去, 看过去: the direction of a verb)
    adverb += (r"|(?<![走跑飞看望传说拿送冲打翻扑跳游爬搬转跨递挪闯追赶过熬撑挺混])过去"
               r"(?=的(?![一二三四五六七八九十两几数\d])|[两二三四五六七八九十几数\d]+[个大类项家间所种](?!年(?!龄)|[月周天日季]|小时|星期))")
    # 较现行的250元, 比现行8年为长: the rules now in force as a point of comparison, whose figure it dates (gold D45;
    # 现行 describing a noun elsewhere is no time)
    adverb += r"|(?<=[较比])现行"
    # 上星期, 今個禮拜三, 呢個月, 今個財政年度: a week said as 星期 or 礼拜, and this month, quarter, week or
    # (fiscal) year said with 今个 or 呢个 as Hong Kong writes them (上个月 is in period_words.txt)
    week = (r"(?:(?:[上下本这]|[今呢这上下]个)(?:星期|礼拜)|礼拜(?=[一二三四五六日天]))[一二三四五六日天]?"
            r"|[今呢]个(?:月|季度?|(?:财政)?年度|财年|学期)")
    # 此时，金价已…; 现阶段，全港约有…; 前天: a moment or stage just told of or in force (as 彼时, 目前) and the day
    # before yesterday (as 前日), unless the first letter ends a word before it or the last opens one after it (因此时,
    # 尤其时, 出现阶段性, 提前天数, 之前天气)
    moment = (r"(?<![因如彼与])此时(?![间段期])|(?<![尤及极与何])其时(?![间段期装尚])"
              r"|(?<![出呈体发表实再展])现阶段(?!性)|(?<![提之以此目从空事日早先当眼面跟门向超居于])前天(?![数气然价])")
    # 某所半日交易额, 某指数半日跌1%: the morning session said as half a day, before a trade or a move (not 半日达,
    # 半日游, a service's or a tour's name; nor 一个半日, a count)
    moment += r"|(?<![\d个多])半日(?=成交|交易|[涨跌升降]|录得)"
    # 某后卫全场攻下35分, 全场射门18次: the whole match, as 全场比赛, right before a player's or a team's tally (not
    # 全场观众, 全场起立, 全场五折, 全场地板价: the whole crowd, hall or market)
    moment += (r"|全场(?=(?:个人)?(?:共|合共|一共|合计)?"
               r"(?:攻下|砍下|轰下|拿下|贡献|得到|命中|投中|射门|射正|控球|抢下|送出|交出|得分))")
    # 今年中秋节, 2031年春节: a festival right after its year is a time even without a word of a holiday
    festival = rf"(?:{word_trie(word_list('festivals.txt'))})节?"
    # 21世纪中叶, 本世纪初, 上世纪80年代, 90年代末, 二十世纪七十年代: a century or a decade, maybe a part of it
    part = r"(?:初期|末期|中期|中后期|中叶|[上下前后]半叶|初|末)?"
    decade = r"(?:(?<![\d.])(?:19|20)?[1-9]0|[一二三四五六七八九]十)年代"
    era = (rf"(?:(?:\d{{1,2}}|[一二]?十[一二三四五六七八九]?|[本上下新]一?个?)世纪(?:{decade})?|{decade}){part}")
    # every phrase starts with one of these: checking that first lets a search pass other characters ~3× faster
    openers = {w[0] for w in (*word_list("period_prefixes.txt"), *word_list("period_words.txt"), *holiday_words(),
                              *word_list("former_times.txt"), *word_list("day_types.txt"), *DAY_PARTS, "现", "曾", "其",
                              "头", "民", "节", "两", "几", "半", "礼", "呢")}
    first = rf"(?=[\dQFCH今去明后前当本上下同新该这整首一二〇零○三四五六七八九十{re.escape(''.join(sorted(openers)))}])"
    return re.compile(
        rf"{first}{prefix}(?:{era}|{year}(?:{words}|{festival}|{gap}{month})?|{season}|{month}|{day}|{clock}|{ago}|{latin}|{slashed}"
        rf"|{spanning}|{bracketed}|{dotted_date()}|{edition}|{words}|{week}|{moment}|{adverb})"
        r"(?!龄)"  # (65岁以上年龄, 学龄: 年龄 is an age, no time ends in its 年)
        rf"(?:以来|来(?![看说讲])|迄今)?"  # 今年以来, 本周迄今: up to now (not the 来 of 全年来看, 今年来说)
    )


@cache
def market_session_pattern() -> re.Pattern[str]:
    """美股早盘, 欧股盘前, 债市尾盘时: a market's session, a time (markets.txt, session_words.txt)."""
    markets, sessions = word_trie(word_list("markets.txt")), word_trie(word_list("session_words.txt"))
    return re.compile(f"(?:{markets})(?:{sessions})时?")


@cache
def currency_note_pattern() -> re.Pattern[str]:
    names = word_trie([row["name"] for row in table("currencies.tsv")])
    return re.compile(rf"[(（]\s*(?:单位\s*[:：]\s*(?:[万亿千百]*)?)?({names})\s*(?:[,，、]\s*下同)?\s*[)）]")


@cache
def currency_name_pattern() -> re.Pattern[str]:
    """Any currency name but those of the bare 元 family (元, 块钱, 角: generic in currencies.tsv), which name no
    place's currency: 5角 is CNY in a mainland article and HKD in a Hong Kong one, like 元 (D12, D72)."""
    return re.compile(word_trie([name for name in currency_of_name() if name not in generic_currency_names()]))


@cache
def generic_currency_names() -> frozenset[str]:
    """The bare 元 family (元, 块钱, 角: generic in currencies.tsv), which names no place's currency."""
    return frozenset(row["name"] for row in table("currencies.tsv") if row["generic"] == "1")


@cache
def currency_of_name() -> dict[str, str]:
    return {row["name"]: row["iso"] for row in table("currencies.tsv")}


@cache
def list_joiners() -> tuple[str, ...]:
    """、 和 及 与 以及: the words that join the figures of a list."""
    return word_list("list_joiners.txt")


@cache
def rate_units() -> tuple[str, ...]:
    """% 个百分点 百分点 倍: the units of a rate."""
    return tuple(row["unit"] for row in table("rate_units.tsv"))


@cache
def percent_units() -> tuple[str, ...]:
    """The rate units that are percentages or percentage points."""
    return tuple(row["unit"] for row in table("rate_units.tsv") if row["percent"] == "1")


@cache
def point_units() -> tuple[str, ...]:
    """个百分点, 基点: the percent units that are points, a difference of rates in itself (all but %)."""
    return tuple(unit for unit in percent_units() if unit != "%")


@cache
def topic_pattern() -> re.Pattern[str]:
    """从出口结构看 / 以用电量来看: a stated topic (group 1) between its markers."""
    markers = table("topic_markers.tsv")
    before = word_trie([row["marker"] for row in markers if row["position"] == "before"])
    after = word_trie([row["marker"] for row in markers if row["position"] == "after"])
    return re.compile(rf"(?:{before})([^,，。;；、]{{2,20}}?)(?:{after})")

# a product named in Latin script (Pixel 9 Pro, Surface Laptop 7, Xperia 1 VI, Wi-Fi 7): the holder of its specs; a
# word of its model may end in digits (Galaxy S25, Mate X6, Z Fold7), and so may its first word (Magic8 Pro)
PRODUCT_NAME = re.compile(
    r"(?<![A-Za-z0-9-])(?:[A-Z][a-z]+\d*(?:-[A-Za-z]+)*|i[A-Z][a-z]+)"
    r"(?: (?:[A-Z][A-Za-z]*\d*[A-Za-z+]*|\d+[A-Za-z+]*))+(?![A-Za-z0-9])"
)


@cache
def instruments() -> tuple[str, ...]:
    """For `str.endswith`: what markets trade (instruments.txt: 期货, 白银, 以太坊 …)."""
    return word_list("instruments.txt")


@cache
def holder_endings() -> tuple[str, ...]:
    """For `str.endswith`: the holder words of holder_words.tsv (居民, 家庭, 公司, 受访者 …), not places."""
    return tuple(row["word"] for row in table("holder_words.tsv") if row["kind"] != "place")


@cache
def place_words() -> frozenset[str]:
    """The holder words of holder_words.tsv that stand for a place (全球, 全国, 本港 …)."""
    return frozenset(row["word"] for row in table("holder_words.tsv") if row["kind"] == "place")


# 1美元兑7.25元, 1欧元可兑换人民币7.8元: the link between one unit of a currency and its rate in another
EXCHANGE = re.compile(r"\s*可?兑换?\s*(?=[\d\u4e00-\u9fff])")


def exchange_link(text: str, q: Quantity) -> re.Match[str] | None:
    """1美元兑7.25元: after one unit of a currency, the link (兑, 可兑换) to the rate quoted for it, if there is one.
    Keep drops that unit (no figure of its own) and the metric finder names the rate by it."""
    return EXCHANGE.match(text, q.end) if q.value == 1 and q.currency else None

# 实际增长5%, 名义增长6%: real or nominal growth of the measure named before; no metric, no holder
ADJUSTED_GROWTH = frozenset({"实际", "名义"})
# 其中外地游客占78%, 当中, 这其中: what opens a clause about a part of what was named before (the group, then the part)
PART_OPENERS = ("其中", "当中", "这当中", "这其中")


@cache
def division_words() -> frozenset[str]:
    """The one-character words of a place's level (省, 市, 县, 村, 镇): 六个县, 十个村 count the divisions."""
    return frozenset(word for word in word_list("place_suffixes.txt") if len(word) == 1)


@cache
def body_endings() -> Endings:
    """What ends the name of a body or a place a person or a firm joins, serves or settles in (公司, 医院, 联盟,
    俱乐部, 市): organisation suffixes, company words and place suffixes, by their last character."""
    return Endings({*(row["suffix"] for row in table("org_suffixes.tsv")), *word_list("company_suffixes.txt"),
                    *word_list("place_suffixes.txt"), *word_list("facility_suffixes.txt"), "公司"})


@cache
def trade_class_endings() -> dict[str, tuple[str, ...]]:
    """车企, 房企, 券商: nouns that point back to a company of a trade, and the endings of the names they point to."""
    return {row["noun"]: tuple(row["endings"].split()) for row in table("trade_class_nouns.tsv")}


@cache
def tier_endings(*, holding: bool = False) -> tuple[str, ...]:
    """For `str.endswith`: the words of tier_nouns.tsv (基础版, 乐观情景), or only those whose item holds its figure."""
    return tuple(row["word"] for row in table("tier_nouns.tsv") if not holding or row["kind"] == "tier")
