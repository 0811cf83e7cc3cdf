"""Period: the time a figure refers to. The latest time phrase earlier in the paragraph (or in the label above a
scorecard figure) that is not a point of comparison (比上年, 较去年同期), or a duration that frames the figure."""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Collection, Iterator, Sequence
from functools import cache, lru_cache
from operator import attrgetter

from pipeline.facts.keep import WINDOW_OPENERS
from pipeline.facts.lexicon import (
    EARLIER_TIMES,
    PART_OPENERS,
    comparison_endings,
    market_session_pattern,
    period_pattern,
    record_after,
    role_cues,
    streak_words,
    word_trie,
)
from pipeline.facts.phrases import COPULAS
from pipeline.facts.role import is_run_of_moves
from pipeline.lexicons import word_list, words
from pipeline.numerals import Quantity
from pipeline.numerals.characters import PLAIN_DIGITS
from pipeline.text.punctuation import CLOSING_BRACKETS, FULL_STOPS, OPENING_BRACKETS, QUOTE_MARKS
from pipeline.text.tokens import Token

Span = tuple[int, int]
FROM_WORDS = ("从", "自", "由")  # 从2024年的25%提升至超三成: a change from one time's figure to another
SINCE_WORDS = ("开始", "起")  # 从2031年3月开始, 自6月起: a window opening at a time
STATEMENT_TIMES = frozenset({"此前", "早前", "日前", "先前"})  # adverbs that may date a statement
TIME_LIST_JOINERS = frozenset({"和", "与", "跟", "及"})
COMPARED_AFTER = ("相比", "相较", "比较", "对比")  # 与4月下旬相比: the 与 of a comparison, not of a list
COLONS = ("：", ":")
SUPPOSITIONS = ("假设", "假如", "假定", "如果", "倘若")
# verbs of a founding or a history that a date follows or precedes (成立于2015年, 追溯至1930年, 2015年创立)
FOUNDING_VERBS = ("成立于", "创立于", "创建于", "创办于", "始建于", "始于", "诞生于", "追溯至", "追溯到", "追溯",
                  "成立", "创立", "创办", "创建")
SENTENCE_ENDS = tuple(FULL_STOPS)
# 2021年某校成立，…: a short subject, then a founding verb that ends its clause (not 成立后, 成立的: an event, a noun's)
_FOUNDED_SUBJECT = re.compile(r"[^，。；,;:：!?！？\n\d]{1,8}?(?:" + "|".join(FOUNDING_VERBS)
                              + r")(?=[，。；,;！？!?\n]|$)")
# 1990年至1995年(之间)出生的受访者, 出生于2000年后的: the birth of a cohort of people, no period of the figures about
# them (gold: a span of birth years before the babies a grant goes to has no period); not a count of births
# (出生人口, 出生率)
_BORN_AFTER = re.compile(rf"(?:[至到\-－—~～](?:\d{{2,4}}|[{PLAIN_DIGITS}]{{2,4}})年(?:之?间|期间)?|之?间|期间)出生"
                         r"(?!人口|人数|率|数|量)")
BORN_BEFORE = "出生于"  # (not 生于 alone: 发生于2020年 is an event's time)
MAX_LIST_LINES = 12  # lines a line ending in a colon may introduce
_BOX_HEADING = re.compile(r"[【〖\[].{1,30}[】〗\]]")  # 【上半年成绩单】: the title of a box of list items
BULLETS = "■□●○◆◇▲△►▶•▪◎★☆"  # marks that open the items of a box or a list (■收入：52亿元)
MAX_BOX_TITLE = 30  # characters: a longer line above bullets is prose, not their title
TO_PREFIXES = ("至", "到")
CHANGE_TO_ENDS = frozenset("升增降跌涨高张缩减加调落滑长")  # the last characters of 提升, 增长, 下调 … before 至
# 由去年的3%变为2%, 由以往100元改为80元: the verbs that end a change at a new figure (至, 到, or a verb then 为 or 成)
TO_WORDS = ("至", "到", "增为", "减为", "升为", "降为", "提高为", "改为", "变为", "调整为", "调为", "修订为", "修改为",
            "更改为", "改成", "变成", "上调为", "下调为", "提升为", "降低为", "减少为", "增加为")
_CLAUSE_HEAD = r"(?:^|(?<=[。；;！？!?\n，,]))"  # a text's start, or a line's (re.MULTILINE), or after a clause's break
# a clause (up to 40 letters) that opens a sentence or follows a comma and ends in a word of time after an event, then
# a comma (a figure inside keeps its own period: 调低至8%之后 frames what follows, not its 8%); 时 only after a market's
# session (美股收盘时，…: `event_times`), for 当被问到…时, 提供服务时 are conditions, not times
# 后 ending a word that is no "after": 工业落后, 发展滞后, 最后, 然后, 随后, 背后, 幕后, 善后, 先后
_NOT_AFTER = "(?<![落滞最然随背幕善先])"
_EVENT_TIME = re.compile(
    _CLAUSE_HEAD + r"([^，。；,;:：!?！？\n]{1,40}?(?:之后|以后|" + _NOT_AFTER + r"后|以来|的同时|之际)"
    r"|[^，。；,;:：!?！？\n\d]{2,24}?时)(?=[，,])"
    # 议价后以9万元易手, 但首批登记后只录得4亿元, 回购后合计持有…: an event then an adverb, 以 or a word of a total
    # needs no comma
    r"|" + _CLAUSE_HEAD + r"([^，。；,;:：!?！？\n\d]{2,16}?(?:之后|以后|后))"
    r"(?=只|就|才|即|便|已|仍|随即|迅速|以|合计|累计|共计|再|又)"
    # 数据公布后不久跌破3.5%: 不久 (soon) after an event marks it as the time of what follows
    r"|" + _CLAUSE_HEAD + r"([^，。；,;:：!?！？\n\d]{2,16}?(?:之后|以后|后)不久)"
    # 签约时只需付三成, 出栏时大概500公斤: an act then 时 and an adverb of measure dates what follows (gold D56)
    r"|" + _CLAUSE_HEAD + r"([^，。；,;:：!?！？\n\d在当]{2,6}?(?<![需耗用历费按及准临届平随适实定暂同])时)"
    r"(?=只|仅|大概|大约|约|须|需)"
    # 停牌前报2.6港元: an act then 前 before a quote (not 目前, 此前, 日前 …: a letter of a time word before 前)
    r"|" + _CLAUSE_HEAD + r"([^，。；,;:：!?！？\n\d]{1,8}?[^\W\d_目此日早先当提眼空事从以之年月天周季期]前)"
    r"(?=收?报)"
    # 产季结束前，…, 上市之前，…, 疫情前，…: an event then 前 (之前) opening a clause dates what follows, as 后 does
    # (not 目前, 此前, 提前, 5年前: a letter of a time word or an adverb before 前; nor 门前, 店前: a place; nor
    # 涨幅居前, 名列前: a place in a ranking)
    r"|" + _CLAUSE_HEAD + r"([^，。；,;:：!?！？\n\d]{1,12}?"
    r"(?:之前|[^\W\d_目此日早先当提眼空事从以之年月天周季期门面胸身床窗台楼店站向往超居于於在靠排列领冲]前))(?=[，,])",
    re.MULTILINE,
)
# 在…后, 在…时 anywhere in a clause: 在新规出台后很快跌至, 在施工时要…; the 在 marks a time, so no comma need follow
# (not a figure's condition: 在利率高于6%时, which holds a digit, 在有需要时; nor 在背后, 落后; nor a 时 inside a
# word: 需时, 耗时, 时段, 时间)
_AT_EVENT = re.compile(
    r"在(?![此有])[^，。；,;:：!?！？\n在\d]{2,20}?(?:之后|以后|后|(?<![需耗用历费按及准临届平随适实定暂当那彼小工同])时"
    r"(?![段间期候代刻点光]))"
)
# 某商场自开业以来累计接待…, 从开园以来共接待…: 自 or 从, an event and 以来 make a window since the event anywhere in a
# clause, after a subject too, as 自2020年以来 is a time phrase (a window that names its time is left to it); not one
# inside a modifier (自建国以来形成的传统: it dates the act before 的, D63)
_SINCE_EVENT = re.compile(r"[自从][^，。；,;:：!?！？\n\d自从]{1,12}?以来(?![^，。；,;:：!?！？\n]{0,4}的)")
# 某国零售数据公布后回落至…, 某数据发布时急跌，…: the release of data, then 后 or 时, dates what follows it in its
# clause with or without a comma (a release is an event, never a figure's condition)
_RELEASE_TIME = re.compile(
    _CLAUSE_HEAD + r"([^，。；,;:：!?！？\n\d]{1,16}?(?:公布|发布|出炉)(?:之后|以后|后|时))"
)
# 首6个月免租，之后每月8000元; 其后，某股回升至…: a word of what comes next opening a clause dates what follows it
# (gold: 之後 at a clause start dates like 其後); not 之后3年 (a span, or 之后N年 before a change), 之后的 (a noun's
# modifier), nor 随后, 然后 (adverbs of sequence, no time), nor 其后为乙, 之后依次是 (the next in a ranking)
_NEXT_OPENER = re.compile(_CLAUSE_HEAD + r"(?:之后|其后|此后|及后)"
                          r"(?![\d一二三四五六七八九十两几数的为是依则分])", re.MULTILINE)
_LEVEL_NOUN = re.compile(r"(?:的?水平)?的")  # 达到去年的, 恢复到2019年同期水平的: the level of a time, then 的
_PERSON_PRONOUN = re.compile(r"[我你他她]")  # 她的成果经验证后: a speaker's own story, not the time of a figure
_BASE_OF_MULTIPLE = re.compile(r"[^，。；,;\n]{0,6}的(?:约|近|逾|超过)?")
IN_ORDER = "其后"  # 某公司紧随其后, 位居其后: the next in a ranking, no time
FOLLOWING = "继"  # 继某国之后，某国…, 继于首季增长后，…: what follows on another in a sequence, no time of its own
CALCULATIONS = ("扣除", "剔除", "除去", "减去", "计入", "计及", "叠加")  # 扣除通胀后: how a figure is reckoned
_ADJUSTED = re.compile(r"经[^，。；,;\n\d]{0,8}?(?:调整|折算|换算)后")  # 经季节性调整后: how a figure is reckoned too
# a futures contract after a month: the commodity (up to four characters) and 期货 or 合约
# 9月期铝, 3月黄金期货, 明年1月交货的原油期货: a contract, whose month is part of its name
# (not 买卖合约, 租赁合约: an agreement named by its act, as in 11月住宅买卖合约登记…, whose month dates the count)
_CONTRACT_AFTER = re.compile(r"(?:份?(?:交货|交割|到期|交收)的?[\u4e00-\u9fff]{0,8}?)?(?:期货|合约|期权)"
                             r"|[\u4e00-\u9fff]{0,4}?(?:期货|(?<!买卖|租赁|服务|工程|采购|雇佣|劳动|销售|供应|承包)合约)"
                             r"|期[铜铝锌镍铅锡金银油]")
_TIMESTAMP_LINE = re.compile(r"^[ \t]*([0-2]?\d[:：][0-5]\d)[ \t]*$", re.MULTILINE)  # a live blog's 10:15
_SENTENCE_END = re.compile(r"[。；;！？!?\n]")
TIME_CLAUSE_BREAKS = "，,。；;！？!?\n"  # the clause punctuation a time stops at (not a colon: 今年：…)
_CLAUSE_END = re.compile(f"[{TIME_CLAUSE_BREAKS}]")
# a list, a dash, a bracket or a space between words (a headline's parts) ends it too
_LATER_CLAUSE_END = re.compile(f"[{TIME_CLAUSE_BREAKS}、—（()）\u3000]|(?<=[^\\x00-\\x7f]) | (?=[^\\x00-\\x7f])")
SENTENCE_STARTS_AFTER = ("。", "！", "？", "!", "?", "\n")  # what an event clause that opens a sentence follows
_FULL_STOP = re.compile(r"[。！？!?\n]")  # (an event frames the clauses after a ；: 工程建成后，甲…；乙…)
# 上年同期(的数字)为93亿元: after an earlier time, its value
_EARLIER_VALUE = re.compile(r"(?:的[^，。；,;\n\d]{0,10}?)?(?:则|亦|也)?(?:为|是)[^，。；,;\n]*")
_NOT_EVENT_END = ("发展", "进展", "开展", "拓展", "扩展", "施展", "延展", "伸展")  # verbs, no event's name
HOLDING_VERBS = ("召开", "举办", "举行", "参加", "出席", "参展", "亮相")  # 2023年公司召开…峰会: the year of a clause
_EVENT_NAME_END = re.compile(r"(?![\u4e00-\u9fff])|上|期间|开幕|举办|举行")  # what may follow an event's name
# 前日所创的纪录: the day a record was set (not 深交所创业板: an exchange's board)
# 估值框架, 估值基准, 基准年 (切换至2028年): the words of a valuation's base year, in the clause before a time
_VALUATION_BASIS = re.compile(r"(?:估值(?:框架|基准|基础|基期|年份|切换)|基准年)[^，。；,;:：!?！？\n]*$")
MAX_BASIS_REACH = 30  # characters from a valuation's base words to a time of its clause
_RECORD_SET = re.compile(r"[^，。；,;\n\d]{0,4}?(?<!交)所创(?!业)")
# 2019年创下的29倍高位, 在2031年创造的全国纪录: the time a record was set or broken, which dates that record only
_RECORD_MADE = re.compile(r"(?:创下|创造|创出|刷新|打破|改写|设下|保持)的")
# 占当年利润的40%, 是当年支出的6%: a time that points back to the time in force (not 占2018年总量的30%,
# which names its own), between a cue of a share and the base (a noun, 的) of a figure
_TIMES_POINTING_BACK = frozenset({"当年", "当期", "同期", "当季", "当月", "当日", "当天"})
_SHARE_CUES = ("占", "占到", "占到了", "是", "相当于", "完成", "完成了")
WHOLE_SPANS = frozenset({"全年", "全月", "全季"})  # 完成全年额度的82%: the whole span of the base a share is of
_SHARE_BASE = re.compile(r"[^\W\d_]{0,10}?的(?:约|近|逾|超过)?(?=[\d一二三四五六七八九十两半])")
# 相当于乙厂全年的四成, 占乙市当年的三成: the name of whose span it is, between the cue and the time
_SHARE_HOLDER = re.compile(rf"(?:{'|'.join(_SHARE_CUES)})[\u4e00-\u9fff]{{2,8}}$")
# a period word whose first character ends the word before it: 出现在, 体现在 (a verb and 在); 短期内, 长期内 (a
# vague term, no time of a figure); 应该年年 (a modal verb); 多年中, 这些年中, 历年中 (years counted, no mid-year);
# 青年中, 少年中, 老年中 (among people of an age, no mid-year)
_GLUED_AFTER = {"现在": tuple("出体表实呈发"), "期内": tuple("短长中"), "该年": tuple("应活"), "该月": tuple("应活"),
                "该日": tuple("应活"), "该周": tuple("应活"), "年中": tuple("多些数余这那历往每全近成青少老童幼晚"),
                # 司机在方向盘前, 键盘后, 硬盘中: a dish, a wheel or a disc (…盘), no trading session
                **dict.fromkeys(("盘前", "盘后", "盘中"), tuple("向键棋转托餐算表光硬罗沙圆轮磁茶果"))}
# a period word whose last character opens the word after it: 全周期 (a whole cycle); 全季节, 全季候 (all seasons,
# all weathers), 全季酒店 (a hotel chain's name)
_GLUED_BEFORE = {"全周": "期", "全季": "节候酒"}
_TIME_UNITS = frozenset("年月日周天季")  # the units a period word may open with (年内, 日内, 月底, 周一)
_COUNT_ENDS = frozenset("0123456789一二三四五六七八九十百两半几个")  # what ends a count before its unit
AT_TIME = ("在", "于")  # 将在2031年投产, 于明年落成: a preposition that marks the time of an act
LATER_REACH = 10  # how far after a figure a time of its own clause may start (9家在第四季度都打算加价)
RECORD_VERBS = ("创", "刷新", "创下", "再创", "录得")  # 创近年新高: what sets a record
_RECORD_VERB_BEFORE = re.compile(rf"(?:{'|'.join(RECORD_VERBS)})(?:历年|历史|有史以来|同期)?$")  # 创历年同月新高
# 较某市2031年的均价, 相较日本2031年, 较疫情前的2031年: a cue of comparison, then the name of whose time it is
# (Latin letters, or two or three letters after a cue of two, or after 较 that is no adverb of degree: 较高, 较为) or
# a short phrase describing the time (…的), then the time
_NAMED_POINT = re.compile(r"(?:较|相比|相较|对比)(?:[A-Za-z][A-Za-z .&-]{0,8}"
                          r"|(?<=较)(?![高低大小多少为好快慢早晚强弱差长短])(?:[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]{2,4}的)"
                          r"|(?<=相比|相较|对比)(?:[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]{2,4}的))$")
# a report cited right after a time: 援引, 报道 … or a quoted document of at most six letters then 显示
_CITING = re.compile(r"(?:援引|报道|消息称|发文|的[“\"「《][^，。；,;\n\d“”\"「」《》]{1,6}[”\"」》]显示)")
_SOURCE_BEFORE = re.compile(r"据[^，。；,;\n\d]{1,10}$")
# a time's 的 before the statement it dates (maybe after a verb of issuing: 上月发布的报告), and what may follow the
# statement's noun before the verb of saying: a close quote, a place in it (中), an adverb
_STATEMENT_OPENING = re.compile(r"(?:发布|公布|发表|作出|召开)?的[“\"「《]?")
_STATEMENT_RUN = re.compile(r"[^，。；,;:：!?！？\n\d]{1,10}")
_AFTER_STATEMENT = re.compile(r"[”\"」》]?(?:中|里|上|内)?(?:曾|也|则|亦|还|更|均|都|已)?")
# 年报, 季度报告, 财报: a report of a fiscal period, which dates its figures
_FISCAL_REPORT = ("年", "季", "财", "业绩")
NOW_WORDS = frozenset({"当前", "目前", "现时", "现在", "如今"})
_SUPERLATIVE = re.compile(r"最(?![新近终后初早])")  # (如今最新的资产规模: the latest figure, dated by the now word)
WITHIN_WORDS = frozenset({"年内", "日内", "月内", "周内", "季内", "期内"})  # within the time in force
GAP_VERBS = frozenset({"高出", "低出", "多出", "快于", "慢于"})  # 快于同期全国水平: a gap against a benchmark then
LEVEL_WITH = ("持平", "持平于")  # 孳息4.1厘，持平周一: the level of a time the figure equals, a point
# 较周一东京尾盘升41点: a few letters (a place, a market) between a point of comparison and a time that narrows it
_POINT_GAP = re.compile(r"[^\W\d_比较相与和及跟言起]{0,4}")
_BASE_GAP = re.compile(r"[^，。；,;:：!?！？\n\d]{0,12}")  # between a point of comparison and its figure
# between a point and a change that is its own: 去年的5%, 年初所预估的22% (the forecast made then)
_OWN_FIGURE = re.compile(r"(?:时|之时)?(?:所|曾)?(?:预期|预计|预测|预估|估计|预料|预告)?的?(?:约|近|逾|超过)?")
# 疫情期间，…, “十四五”时期，…, 在春耕期间…, 从高峰时期的41.5%, 在改造过程中，…: an event or a plan named before
# 期间, 时期 or 过程中 is a stretch of time, a period like 2024年; it opens a clause and ends before a comma, or follows
# 在 (not the 在 of a word: 在职期间), 从, 由, 自 or 于 anywhere; 期间 alone opens a clause (期间由于…: during the time
# just named)
_STRETCH_RUN = r"[^，。；,;:：!?！？\n在从由自于比较与同]"
_STRETCH_OPENING = re.compile(
    # 其间，…, 此间，…: during the time just named, as 期间 alone
    _CLAUSE_HEAD + rf"(?:{_STRETCH_RUN}{{1,24}}?(?:期间|时期|过程中)(?=[，,])|期间|[其此]间(?=[，,])"
    # 开业初期每日客流…, 通车初期日均载客…, 某新机预售期间订单…: the early stretch of an event, or the stretch of a
    # short one, that opens a clause needs no comma
    rf"|{_STRETCH_RUN}{{2,6}}?(?:初期|期间))",
    re.MULTILINE)
# “十五”期间全省新增…, 某省十二五时期累计…: a plan named in quotes or by its five-year number, then 期间 or 时期, is a
# stretch of time wherever it stands (after a subject too), as 2024年 is
_NAMED_STRETCH = re.compile(r"[“\"「『][^”\"」』，。；,;\n]{1,10}[”\"」』](?:期间|时期)"
                            r"|十[一二三四五六七八九]?五(?:规划)?(?:期间|时期)")
# 展览开幕后，现已有上万人参观: 现 opening a clause before 已, 仍, 共 or 累计 is now, like 目前 (gold: 现 dating a
# figure is a period); not after a subject (某行已于3月1日完成收购，该行现已持有…: the state the dated act left), nor
# 现有 alone (现有员工: it describes a noun)
_SHORT_NOW = re.compile(_CLAUSE_HEAD + r"现(?=已|仍|共|累计)", re.MULTILINE)
# 这是两国建交以来第三次…, 這也是該廠投產以來首個…: a window since an event after the 是 opening a clause (the
# record or the count it holds is counted over it)
_SINCE_AFTER_IS = re.compile(_CLAUSE_HEAD + r"(?:这|這|此|这也|這也|此亦)(?:是|为|為)"
                             r"([^，。；,;:：!?！？\n\d]{2,16}?以来)")
_STRETCH_AFTER = re.compile(
    rf"(?:(?<=[从由自于])|(?<=在)(?![职任位校读岗线建押世])){_STRETCH_RUN}{{1,20}}?(?:期间|时期|过程中|初期)")


DAY_PARTS = ("凌晨", "早上", "早晨", "上午", "中午", "下午", "傍晚", "晚上", "夜间")
_CLOCK = r"[\d一二三四五六七八九十两]{1,3}[时時点點](?:[\d一二三四五六七八九十]{1,3}分|半)?"
_WEEKDAY = r"(?:星期|礼拜|禮拜|周|週)?[一二三四五六日天]"
# 早上9时至下午5时, 逢周一至五上午10时至下午6时: a range of clock times with no date (after the weekdays it holds on,
# if any) is a schedule, such as opening hours, and neither its hours nor its weekdays are a figure's period
_DAILY_HOURS = re.compile(rf"(?:逢?(?:星期|礼拜|禮拜|周|週)[一二三四五六日天](?:[至到\-－—~～、]{_WEEKDAY})?)?"
                          rf"(?:{'|'.join(DAY_PARTS)})?{_CLOCK}[至到\-－—~～](?:{'|'.join(DAY_PARTS)})?{_CLOCK}")


def period_spans(text: str, frames: list[Span]) -> list[Span]:
    """Every time phrase of the text that can be a period, with the framing durations `frames`, sorted."""
    return time_phrases(text, frames)[0]


def time_phrases(text: str, frames: list[Span]) -> tuple[list[Span], list[Span]]:
    """(periods, points of comparison) of the text, each sorted: the time phrases that can be a figure's period
    (with the framing durations `frames`), and those after a cue of comparison (比上年, 较去年同期, 相较于2023年).
    A time that is the level of another (达到去年的1.2倍) is neither."""
    periods, points = [], []
    for m in _phrase_matches(text):
        start = m.start()
        if m.group()[:1] in _TIME_UNITS and text[start - 1 : start] in _COUNT_ENDS:
            continue  # 14日内, 半年内, 一年内: the end of a duration (the unit after a number), no period word
        if text[start - 1 : start] in _GLUED_AFTER.get(m.group(), ()):
            continue  # 利率出现在某银行, 在短期内回升: the word is another's end, no time
        if text[m.end() : m.end() + 1] in _GLUED_BEFORE.get(m.group(), ()):
            continue  # 全周期管理: the word is another's start, no time
        if _is_level_of(text, start, m.end()) or _is_base_of_share(text, start, m.end()):
            continue
        if (m.group() in STATEMENT_TIMES and text.startswith(word_list("person_cues.txt"), m.end())
                and not text.startswith(word_list("forecast_cues.txt"), m.end())):
            continue  # 据某报此前报道, 某行此前分析: when a thing was said, not when its figures hold (市场此前预计全年
            # 营收增长约14%: when a forecast was made, the period of its figure)
        if m.group().endswith("月") and _CONTRACT_AFTER.match(text, m.end()):
            continue  # 3月黄金期货, 6月原油期货: the month a futures contract is for is part of its name
        if (text[max(0, start - 4) : start].endswith(FOUNDING_VERBS) or text.startswith(FOUNDING_VERBS, m.end())
                or _FOUNDED_SUBJECT.match(text, m.end())):
            continue  # 成立于2015年, 2015年成立, 2015年某会成立，…: when a body began, no period of its figures
        if _BORN_AFTER.match(text, m.end()) or text[max(0, start - 3) : start] == BORN_BEFORE:
            continue  # 1990年至1995年出生的人群中, 出生于2000年后的: a cohort's birth, no period of its figures
        if m.group() in NOW_WORDS and _SUPERLATIVE.match(text, m.end()):
            continue  # 仍是当前最受欢迎的品牌: now describing a superlative, no period of the figures after it
        if _CITING.match(text, m.end()) and (_SOURCE_BEFORE.search(text, max(start - 12, 0), start)
                                              or text.startswith("的", m.end()) or _names_outlet(text, start)):
            continue  # 据某社3月14日援引, 11月的"利率展望"显示: the date of a report cited, no period (gold D64, D68)
        if _dates_statement(text, m.end()):
            continue  # 某部长上周的讲话里也提到, 4月的议息纪要指出: when a thing was said, no period of its figures
        if _VALUATION_BASIS.search(text, max(start - MAX_BASIS_REACH, 0), start):
            continue  # 将估值基准从2027年切换至2028年: the year a valuation is based on, no period of its figures
        if _RECORD_SET.match(text, m.end()):
            continue  # 刷新3月5日所创的纪录: when a record was set, no period of the figures after it
        if _names_product(text, m.group(), m.end()):
            continue  # 2026年款某车, 2025年版目录, 2026年某酒53度500ml的售价: a model year, an edition or a vintage
        if _opens_event_name(text, m.group(), m.end()):
            continue  # 2024年柏林消费电子展: a year in an event's name, no period of the figures after it
        if m.group()[:1] in TO_PREFIXES and text[start - 1 : start] in CHANGE_TO_ENDS and m.group()[1:] != "今":
            start += 1  # 升至2023年的55%: the 至 is the verb's, the period is 2023年
        # 比上月末和上年同期低…: a time listed after a point of comparison is one too
        point = (_is_comparison_point(text, start, m.end()) or _inside_compared(text, start, m.end())
                 or bool(points and (_POINT_GAP.fullmatch(text, points[-1][1], start)
                                     or text[points[-1][1] : start] in TIME_LIST_JOINERS)))
        (points if point else periods).append((start, m.end()))
    stretches = list({m.span() for pattern in (_STRETCH_OPENING, _NAMED_STRETCH, _STRETCH_AFTER)
                      for m in pattern.finditer(text)})
    periods += [m.span() for m in _SHORT_NOW.finditer(text)]
    periods += [m.span(1) for m in _SINCE_AFTER_IS.finditer(text)]
    periods = _join_adjacent(sorted([p for p in periods if not _inside(p, stretches)] + stretches), text)
    if schedules := [m.span() for m in _DAILY_HOURS.finditer(text)]:  # 逢周一至五上午10时至下午6时开放
        periods = [p for p in periods if not any(s <= p[0] and p[1] <= e for s, e in schedules)]
    if nexts := [m.span() for m in _NEXT_OPENER.finditer(text)]:  # 首6个月免租，之后每月8000元: a time phrase
        periods = sorted(periods + nexts)
    return with_frames(periods, frames, text), points


# the letters before 本 that make it the end of a word (日本, 成本, 资本, 基本, 版本, 样本 …): 日本周一公布 is 周一
_BEN_WORD_STARTS = frozenset("日成资基版样根文剧账课读原脚标")


def _phrase_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of `period_pattern` in `text`, but one opening with the 本 of a word before it (日本周一,
    成本年度) read again from the letter after that 本: 日本周二发表的统计 is dated 周二, not 本周二."""
    pattern = period_pattern()
    for m in pattern.finditer(text):
        if m.group().startswith("本") and text[m.start() - 1 : m.start()] in _BEN_WORD_STARTS:
            again = pattern.match(text, m.start() + 1)
            if again is not None:
                yield again
            continue
        yield m


_CLOSING_GAPS = ("止的", "止")  # 截至6月30日止的6个月, 截至9月底止9个月: a span closed at a date, then its length


def with_frames(periods: Collection[Span], frames: Collection[Span], text: str) -> list[Span]:
    """The time phrases `periods` with the framing durations `frames` that are not part of one (前5个月, 今年前两个月:
    the duration 5个月 is read with the phrase it is written in), sorted; a duration written right after a time
    phrase is the length of that time and one with it (国庆假期7天，…, 春运40天，…: the holiday is the period, not a
    bare 7天; not 届时一天可发电…, one day a figure is per), also after the 止 closing a date (截至6月30日止的6个月)."""
    ends = {end: (start, end) for start, end in periods}
    joined = {}
    for frame in frames:
        if _inside(frame, periods):
            continue
        gap = next((len(g) for g in _CLOSING_GAPS if text.endswith(g, 0, frame[0]) and frame[0] - len(g) in ends), 0)
        if frame[0] - gap in ends and text[frame[0]] != "一":
            joined[ends[frame[0] - gap]] = (ends[frame[0] - gap][0], frame[1])
        else:
            joined[frame] = frame
    return sorted({joined.get(p, p) for p in periods} | {f for f in joined.values()})


def _inside(span: Span, spans: Collection[Span]) -> bool:
    """Whether `span` lies within one of `spans` (and is not that span itself)."""
    return any(s <= span[0] and span[1] <= e and span != (s, e) for s, e in spans)


def _join_adjacent(spans: list[Span], text: str) -> list[Span]:
    """本周二盘中, 3月17日早盘: time phrases that touch are one time, the narrower read within the wider; so are two
    with only a colon between (2027年Q2：单季营收…: the label's time, then the span it is reported over), and a time
    with another in brackets right after it (9月3日（周三）, 昨日(14日): the same day said twice), once the pieces
    in the brackets are joined (第37周（9月8日至14日）: 9月8日 and 至14日 touch, then fill the brackets)."""
    while True:
        joined: list[Span] = []
        for start, end in spans:
            bracketed = text[start - 1 : start] in OPENING_BRACKETS and text[end : end + 1] in CLOSING_BRACKETS
            if joined and bracketed and joined[-1][1] + 1 == start:
                joined[-1] = (joined[-1][0], end + 1)
            elif joined and (joined[-1][1] == start or (joined[-1][1] + 1 == start and text[start - 1] in COLONS)):
                joined[-1] = (joined[-1][0], end)
            else:
                joined.append((start, end))
        if len(joined) == len(spans):
            return joined
        spans = joined  # (a pass joined pieces: those in brackets may now fill them)


# the tags of a word after an occasion word that make it the time of a clause: a verb (not a verbal noun), an adverb,
# a preposition or a number
_OCCASION_FOLLOWERS = ("v", "vd", "vg", "vi", "vq", "d", "p", "m")
# the short name of the occasion (IPO, 发行, 交易) between the occasion word and the comma that ends the clause they
# make alone: no 的, no figure (本次会议的看点 names a thing)
_NAMED_OCCASION = re.compile(r"(?:[A-Za-z]{2,8}|[\u4e00-\u9fff]{1,4})(?<!的)(?=[，,])")
ROUND_OPENERS = ("新一轮", "最新一轮")  # 新一轮补贴共发放…: the round a sentence opens with is its figures' time


@cache
def _occasion_pattern() -> re.Pattern[str]:
    return re.compile(word_trie(word_list("occasion_words.txt")))


def _names_a_thing(token: Token) -> bool:
    """A noun that with the verb before it names a measure or a document (回购金额, 招聘计划; measure_endings.txt,
    document_nouns.txt), not a noun the act is done to or on (沽出物业获利, 清点库存较…减少)."""
    return token.tag.startswith("n") and (token.text.endswith(word_list("measure_endings.txt"))
                                          or token.text in words("document_nouns.txt"))


def occasions(text: str, tokens: Sequence[Token]) -> list[Span]:
    """此次将增发500万股, 今次获批加价8%: the occasion words (occasion_words.txt) that open a clause about the
    occasion a text reports, a verb, adverb, preposition or number after them (by the jieba tag of the next word in
    `tokens`) or a comma; not 本次会议的看点, where a noun follows and the occasion is a name, nor 本次回购金额, where
    the verb and a noun after it name a measure or a document (是次沽出物业获利 is the occasion's act), sorted. Kept
    apart from the time phrases: no metric phrase skips them."""
    starts = [tok.start for tok in tokens]
    spans = []
    for m in _occasion_pattern().finditer(text):
        if text[m.end() : m.end() + 1] in ("，", ","):
            spans.append(m.span())  # 此役，某队控球率为62%: an occasion said alone before a comma is the clause's time
            continue
        if (named := _NAMED_OCCASION.match(text, m.end())) and _opens_clause(text, m.start()):
            spans.append((m.start(), named.end()))  # 本次IPO，某公司拟募资…: the occasion and its name, a clause alone
            continue
        k = bisect.bisect_left(starts, m.end())
        if k < len(tokens) and tokens[k].start == m.end() and tokens[k].tag in _OCCASION_FOLLOWERS:
            if tokens[k].tag.startswith("v") and k + 1 < len(tokens) and _names_a_thing(tokens[k + 1]):
                continue  # 本次回购金额, 本次招聘计划: a verb that names a kind of noun, not the occasion's act
            spans.append(m.span())
    for m in re.finditer(word_trie(ROUND_OPENERS), text):
        if _opens_clause(text, m.start()):
            spans.append(m.span())  # 新一轮补贴共发放资金12亿元: a round opening its clause, not 迎来新一轮增长
    return sorted(spans)


def _opens_clause(text: str, at: int) -> bool:
    """新一轮补贴… opening a clause names its figures' round; 迎来新一轮上涨 is what a verb acts on."""
    return at == 0 or text[at - 1] in TIME_CLAUSE_BREAKS


def introducing_line(lines: list[str], index: int) -> int | None:
    """某公司6月季度的财报数据：/营收300亿美元/毛利率60%: the nearest line above line `index` that ends in a colon, or
    a box's title in brackets (【某年上半年成绩单】), and so introduces the lines after it: list items, which do not
    end a sentence, with no blank line, heading or clock time between (at most MAX_LIST_LINES lines up); or, for
    an item behind a bullet (■收入：52亿元), the short line above its run of bullets (某公司2031年业绩摘要)."""
    if lines[index].lstrip().startswith(tuple(BULLETS)):
        return _bullets_title(lines, index)
    if lines[index].rstrip().endswith(SENTENCE_ENDS):
        return None
    for j in range(index - 1, max(index - 1 - MAX_LIST_LINES, -1), -1):
        line = lines[j].strip()
        if line.endswith(COLONS) or _BOX_HEADING.fullmatch(line):
            return j
        if not line or line.startswith("#") or line.endswith(SENTENCE_ENDS) or _TIMESTAMP_LINE.fullmatch(line):
            return None
    return None


def _bullets_title(lines: list[str], index: int) -> int | None:
    """The title over the run of bullet items holding line `index`: the first line above it that is no item and no
    blank, if it is short and no sentence (the box's title; a paragraph of prose introduces nothing)."""
    for j in range(index - 1, max(index - 1 - MAX_LIST_LINES, -1), -1):
        line = lines[j].strip()
        if not line or line.startswith(tuple(BULLETS)):
            continue
        short = len(line) <= MAX_BOX_TITLE and not line.endswith(SENTENCE_ENDS) and not line.startswith("#")
        return j if short or line.endswith(COLONS) or _BOX_HEADING.fullmatch(line) else None
    return None


def list_period(periods: list[Span], text: str, start: int, end: int) -> Span | None:
    """The last of the sorted `periods` inside the introducing line text[start:end], unless it is the time of a
    supposition (假设期内利率不变，…如下：: the list works out a case, at no period)."""
    k = bisect.bisect_right(periods, (end, math.inf)) - 1
    while k >= 0 and periods[k][1] > end:
        k -= 1
    if k < 0 or periods[k][0] < start or any(cue in text[start : periods[k][0]] for cue in SUPPOSITIONS):
        return None
    return periods[k]


def repeated_headline_period(q: Quantity, headline: Sequence[tuple[Quantity, Span | None]]) -> Span | None:
    """2031年某省粮食产量达3512万吨 / 某省粮食总产量达到3512万吨: a figure of the lead that repeats a figure of the
    headline (the same value and unit) takes that figure's period where it has no time of its own; `headline` holds
    the headline's figures with their periods."""
    return next((period for head, period in headline
                 if period is not None and q.value == head.value and q.unit == head.unit), None)


# 单日下行8个基点, 单周急跌5%, 單月貶值3%: one day's, week's or month's move
_SINGLE_SPAN = re.compile(r"单(?:个交易日|交易日|日|周|星期|月)")
SINGLE_SPAN_REACH = 24  # characters before a figure its sentence's 单日 may stand
_MOVE_ADVERBS = frozenset("大暴急猛重狂")  # 单日大涨, 单周急跌


def single_span_for(q: Quantity, text: str) -> Span | None:
    """单日, 单周, 单月 earlier in the figure's sentence (at most `SINGLE_SPAN_REACH` characters back) is the span the
    figure is measured over, its period where no time phrase dates it (a date before it wins: D34's 單季, 單月 right
    before a metric), where a move follows it: 甲国十年期利率单日下行8个基点，三十年期下行5个基点."""
    start = max(q.start - SINGLE_SPAN_REACH, 0)
    stop = _SENTENCE_END.search(text[start:q.start][::-1])
    if stop is not None:
        start = q.start - stop.start()
    found = None
    for m in _SINGLE_SPAN.finditer(text, start, q.start):
        if _moves_after(text, m.end()):
            found = m.span()
    return found


@cache
def _move_cues() -> tuple[str, ...]:
    return tuple(role_cues())


def _moves_after(text: str, at: int) -> bool:
    """A verb or noun of change at `at`, or after one adverb of degree (下行, 急跌, 暴跌): 单日 adverbial on a move, not
    a limit or a count (单日限额2万元, 单日客流80万人次)."""
    return text.startswith(_move_cues(), at) or text[at : at + 1] in _MOVE_ADVERBS and text.startswith(
        _move_cues(), at + 1)


SUM_OPENERS = ("累计", "累", "合计", "共计", "总计", "合共", "期间", "期内", "其间")  # 累升1.8%, 期间涨了30%


def after_streak(streak: Span, clause_start: int, text: str) -> bool:
    """A figure whose clause starts at `clause_start` sums up or spans the run of the streak before it: that clause,
    after the streak's, opens with a word of a total or of the run's time (连续3个交易日涨停，累计涨幅达33%), not
    another subject's own move (某股三连涨，另一股两连涨); or the streak is a clause of its own, a time that frames
    the clauses after it (连续七周，某市房价环比下降0.3%)."""
    if clause_start < streak[1]:
        return False
    alone = (text[_clause_start(text, streak[0]) : streak[0]] in streak_words()
             and text[streak[1] : streak[1] + 1] in ("，", ","))
    return alone or text.startswith(SUM_OPENERS, clause_start)


def is_streak(q: Quantity, text: str) -> bool:
    """连续3个交易日, 連升三周, 5连胜: a run of days, weeks, months or years of one act (streak_words.txt), or N连 + a
    verb, whose span dates the figures after it in its sentence (D63: a figure after the streak takes it as period)."""
    if q.unit.startswith("连"):
        return True  # 5连胜, 3连涨
    if not q.unit or not (q.unit[-1] in _TIME_UNITS or q.unit.endswith("星期")):
        return False
    before = text[max(q.start - 2, 0) : q.start]
    return before.endswith(streak_words()) or is_run_of_moves(before)


def timestamps(text: str) -> list[Span]:
    """The clock times standing alone on a line (09:30, 10:15): a live blog's entries, each dating the figures
    under it up to the next, where a paragraph names no time of its own (`timestamp_for`), sorted."""
    return [m.span(1) for m in _TIMESTAMP_LINE.finditer(text)]


def timestamp_for(q: Quantity, stamps: list[Span]) -> Span | None:
    """The last of the sorted `stamps` before `q`: the entry of the live blog the figure belongs to."""
    k = bisect.bisect_right(stamps, (q.start, math.inf)) - 1
    return stamps[k] if k >= 0 else None


def event_times(text: str) -> list[Span]:
    """工程建成后，…, 新协议生效后，…, 加价的同时，…, 新品上市以来，…: a clause that opens with an event and 后, 以来,
    的同时 or 之际 is the time of what follows it in its sentence (`event_period_for`), sorted, also after a verb of
    speech (某公司表示，此次调整后，…). Not a person's story a speaker recounts (某研究员介绍，她的成果经验证后，…:
    person_cues.txt and a pronoun), nor a way of reckoning (扣除通胀后，…, 经季节性调整后，…), nor a sequence
    (继某国之后，…). A market's session with 时 is one too (美股收盘时，…, 欧股早盘创新高时，…; a bare session with 时
    needs no comma: 港股收盘时停在…), and so is an act
    with 时 before an adverb of measure (签约时只需付三成) or with 前 before a quote (停牌前报2.6港元). An event then an
    adverb, 以 or a word of a total (议价后以9万元易手), an event soon after which (公布后不久回落至…) or an event
    after 在 needs no comma (某股在新规出台后很快跌至12元, 在施工时要升高15米: `_AT_EVENT`)."""
    speech = word_list("person_cues.txt")
    sessions = market_session_pattern()
    opening = []
    for group, start, end in _event_clauses(text):
        clause = text[start:end]
        timed_act = group == 4 or clause.endswith("的同时") or sessions.match(text, start)  # the 时 that make a time
        if (clause not in words("time_connectives.txt")
                and (not clause.endswith("时") or timed_act)
                and not clause.startswith((*CALCULATIONS, FOLLOWING)) and not clause.endswith(IN_ORDER)
                and not _ADJUSTED.fullmatch(clause)
                and not (text[max(start - 8, 0) : max(start - 1, 0)].endswith(speech)
                         and _PERSON_PRONOUN.search(clause))):
            opening.append((start, end))
    connectives = tuple(words("time_connectives.txt") - {"之后", "以后"})
    marked = [m.span() for m in _AT_EVENT.finditer(text)
              if not m.group()[1:].startswith(CALCULATIONS) and not m.group().endswith(connectives)
              and not _ADJUSTED.fullmatch(m.group()[1:])]
    session_times = [m.span() for m in sessions.finditer(text) if m.group().endswith("时")]  # 港股收盘时停在…
    released = [m.span(1) for m in _RELEASE_TIME.finditer(text)]  # 某国数据公布后回落至…, 某数据发布时走低
    since = [m.span() for m in _SINCE_EVENT.finditer(text)]  # 某商场自开业以来累计接待…
    return sorted(set(opening) | set(marked) | set(session_times) | set(released) | set(since))


@lru_cache(maxsize=4)
def _event_clauses(text: str) -> tuple[tuple[int, int, int], ...]:
    """(group, start, end) of the clause each `_EVENT_TIME` match holds, by the first of its groups that matched:
    the scan `event_times` and `times_of_sequences` share, made once per text."""
    out = []
    for m in _EVENT_TIME.finditer(text):
        group = next(k for k in (1, 2, 3, 4, 5, 6) if m.group(k))
        out.append((group, *m.span(group)))
    return tuple(out)


def event_period_for(q: Quantity, events: list[Span], period: Span | None, text: str) -> Span | None:
    """The event time before `q`, if it is nearer than `period`: an event inside a sentence frames the rest of that
    sentence only (可在扣除学校补贴后，另收杂费 says nothing of the next sentence's fee); one that opens a sentence
    is its time phrase and carries to the end of the paragraph, as any time does (新规生效后，…。即：…可买1套)."""
    k = bisect.bisect_right(events, (q.start, math.inf)) - 1
    while k >= 0 and events[k][1] > q.start:
        k -= 1
    if k < 0 or (period and period[1] > events[k][1]):
        return period
    start, end = events[k]
    if period and period[1] == start and text.startswith(AT_TIME[0], start) and text[end - 1] == "时":
        return period  # 某署过去三年在处理投诉时，九成…: the circumstance of the acts within the time named before it
    opens_sentence = text[start - 1 : start] in ("", *SENTENCE_STARTS_AFTER)
    if ("\n" in text[end : q.start]) if opens_sentence else _FULL_STOP.search(text, end, q.start):
        return period
    return events[k]


def _names_outlet(text: str, start: int) -> bool:
    """Whether a news outlet's name ends right before `start`: a title in 《》 or a word of media_endings.txt
    (《某报》5月12日报道, 某通讯社周二援引)."""
    before = text[max(start - 6, 0) : start]
    return before.endswith(("》", "”", "」")) or before.endswith(word_list("media_endings.txt"))


# 与疫情前、即2019年的水平相比: a time inside the phrase between 与 (和, 跟, 同) and 相比 is its point of comparison,
# also right after the 同, which is no cue by itself (合同期内 is a time): 同上年比较
_COMPARED_OPEN = re.compile(r"[与和跟同][^，。；,;:：!?！？\n与和跟同]{0,12}$")
_COMPARED_CLOSE = re.compile(r"[^，。；,;:：!?！？\n]{0,12}?(?:相比|相较|比较|对比)")


def _inside_compared(text: str, start: int, end: int) -> bool:
    """Whether the time phrase text[start:end] stands inside a 与…相比 phrase, past other words after the 与
    (与某事件后、即2031年的7.2%相比): the point of comparison, as right after the 与."""
    return (_COMPARED_CLOSE.match(text, end) is not None
            and _COMPARED_OPEN.search(text, max(start - 13, 0), start) is not None)


def _dates_statement(text: str, end: int) -> bool:
    """Whether the time phrase ending at `end` dates a statement or a document: 的, a noun ending in a word of
    statement_nouns.txt (not a fiscal report: 年度报告), maybe a place in it (中) and an adverb, then a verb of saying
    (person_cues.txt, disclosure_verbs.txt)."""
    opening = _STATEMENT_OPENING.match(text, end)
    run = opening and _STATEMENT_RUN.match(text, opening.end())
    if not run:
        return False
    words_run = run.group()
    for noun in word_list("statement_nouns.txt"):
        at = words_run.find(noun)
        if at < 0 or any(w in words_run[:at] for w in _FISCAL_REPORT):
            continue
        after = _AFTER_STATEMENT.match(text, run.start() + at + len(noun))
        if after and text.startswith(_saying_verbs(), after.end()):
            return True
    return False


@cache
def _saying_verbs() -> tuple[str, ...]:
    """The verbs after a statement's noun that say what it holds (person_cues.txt, disclosure_verbs.txt, 暗示)."""
    return (*word_list("person_cues.txt"), *word_list("disclosure_verbs.txt"), "暗示")


_SPEAKER_RUN = re.compile(r"[^，。；,;:：!?！？\n\d]{0,10}")  # 此前(多家机构)预计: the short run naming who foresaw


_YEAR = re.compile(r"(?:19|20)\d\d年")
# 2026年款, 2025年型, 2026年式, 2025年版, 2020年份 (not 年份额): the year a model, an edition or a vintage is of
_MODEL_YEAR_MARK = re.compile(r"[款型式版]|份(?!额)")
# 2026年某酒53度500ml的: a name holding specifications (a figure with a unit of the thing, not of an amount) up to 的
_SPEC_NAME = re.compile(r"([\u4e00-\u9fffA-Za-z]{1,8}?)\d+(?:\.\d+)?(?:度|ml|mL|毫升|L|克|g|英寸|GB|TB)"
                        r"[^，,。；;、的\s]{0,12}的")


def _names_product(text: str, phrase: str, end: int) -> bool:
    """Whether the year `phrase` (ending at `end`) is glued to the name of a thing it names, with no 的 between: a
    model year or an edition (2026年款, 2025年版), or a vintage before a name that holds the thing's specifications
    (2026年某酒53度500ml的零售价). Such a year dates no figure; the clause's own time does (gold keeps 当日起). A
    measure before the figure (2024年某厂产量500吨的) makes the year the measure's period."""
    if not _YEAR.fullmatch(phrase):
        return False
    if _MODEL_YEAR_MARK.match(text, end):
        return True
    spec = _SPEC_NAME.match(text, end)
    return spec is not None and not spec.group(1).endswith(word_list("measure_endings.txt"))


def _opens_event_name(text: str, phrase: str, end: int) -> bool:
    """The year `phrase` ending at `end` opens the name of an event (2024年柏林消费电子展, 2025 年世界人工智能峰会上):
    a few more characters, no figure or punctuation, and an ending of named_event_endings.txt."""
    if not phrase.endswith("年") or not phrase[:1].isdigit():
        return False
    run = re.match(r"[\u4e00-\u9fff]{2,14}", text[end : end + 14])
    if not run:
        return False
    name = run.group()
    endings = tuple(words("named_event_endings.txt"))
    for cut in range(2, len(name) + 1):
        head = name[:cut]
        if (head.endswith(endings) and not head.endswith(_NOT_EVENT_END) and _EVENT_NAME_END.match(text, end + cut)
                and not any(c in head for c in ("的", *HOLDING_VERBS))):
            return True
    return False


def _is_base_of_share(text: str, start: int, end: int) -> bool:
    """分红占当年利润的40%, 完成全年额度的82%: the time phrase text[start:end], one that points back (当年, 同期) or
    a whole span (全年), dates the base a share is taken of (after 占, 是, 完成 …, before a noun, 的 and the figure);
    the share is of the time already in force; so with the name of whose span it is between (相当于乙厂全年的四成)."""
    return (text[start:end] in _TIMES_POINTING_BACK | WHOLE_SPANS
            and (text[max(start - 3, 0) : start].endswith(_SHARE_CUES)
                 or _SHARE_HOLDER.search(text, max(start - 11, 0), start) is not None)
            and _SHARE_BASE.match(text, end) is not None)


def _is_comparison_point(text: str, start: int, end: int) -> bool:
    """The time phrase text[start:end] follows a cue of comparison (比, 较 … 相较于, 与; 持平 of a level unchanged
    since then: 持平周二), unless the cue joins it to a time before it (第一季度和全年: a list of times, each a
    period; but 5月上旬与4月下旬相比 compares them)."""
    if text[max(start - 3, 0) : start].endswith(LEVEL_WITH) or _NAMED_POINT.search(text, max(start - 8, 0), start):
        return True
    if text[max(start - 2, 0) : start] in GAP_VERBS:
        return True  # 高出同期全市均值2个百分点: the benchmark's time, no period of the gap
    cue = comparison_endings().longest_ending(text[max(start - 4, 0) : start])
    if cue is None:
        return False
    if cue in TIME_LIST_JOINERS and not text.startswith(COMPARED_AFTER, end):
        before = start - len(cue)
        times = list(period_pattern().finditer(text, max(before - 12, 0), before))
        return not (times and times[-1].end() == before)
    return True


# 这是继2019年、2021年之后第三次…: 继 … 之后 inside a clause (not 继续, 继承, 继任, 继而, nor 相继: no sequence)
_FOLLOWING_RUN = re.compile(r"(?<!相)继(?![续承任而])[^，。；,;:：!?！？\n]{1,40}?(?:之后|以后|后)")


def _holds_figure(run: str) -> bool:
    """继某年两次加息后: a figure besides the times in the run, which the run's own time dates."""
    return _FIGURE_IN_RUN.search(period_pattern().sub("", run)) is not None


_FIGURE_IN_RUN = re.compile(r"\d|[一二两三四五六七八九十百千万]+[^\W\d_]")


def times_of_sequences(text: str, periods: Collection[Span]) -> list[Span]:
    """繼於上半年增長後，再有…: the `periods` inside a clause that opens with 继 and ends with 后 (`FOLLOWING`):
    they date what the news follows on, no figure after the clause."""
    clauses = [(start, end) for group, start, end in _event_clauses(text)
               if group == 1 and text.startswith(FOLLOWING, start)]
    clauses = sorted(set(clauses) | {m.span() for m in _FOLLOWING_RUN.finditer(text) if not _holds_figure(m.group())})
    if not clauses:
        return []
    starts = [s for s, _ in clauses]  # (matches of one pattern: in order, apart)
    inside = []
    for p in periods:
        k = bisect.bisect_right(starts, p[0]) - 1
        if k >= 0 and p[1] <= clauses[k][1]:
            inside.append(p)
    return sorted(inside)


# 当前省内产能最高: a place or a measure between a now word and its superlative; 当前的疲弱局面: 的 and a noun
_DESCRIBING_NOW = re.compile(r"[^\W\d_]{1,8}?最(?![新近终后初早])|的")


def describing_now_words(text: str, periods: Collection[Span], figure_starts: Sequence[int]) -> set[Span]:
    """甲厂建成了当前省内产能最高的车间。乙厂…, 若房价明年仍停在当前的疲弱局面，…: the now words (NOW_WORDS) of
    `periods` before a superlative (a place or a measure between; right before 最 is `time_phrases`' case) or before
    的 in a clause that holds no figure (none of the sorted `figure_starts`): they describe a thing, not the time of a
    figure, and date no figure after them; the earlier period stays (gold D76). Not 目前全市最低工资为2000元, whose
    clause holds the figure the now word dates."""
    found = set()
    for start, end in periods:
        if text[start:end] not in NOW_WORDS:
            continue
        clause_end = _CLAUSE_END.search(text, end)
        stop = clause_end.start() if clause_end else len(text)
        if not _DESCRIBING_NOW.match(text, end, stop):
            continue
        k = bisect.bisect_left(figure_starts, _clause_start(text, start))
        if k == len(figure_starts) or figure_starts[k] >= stop:
            found.add((start, end))
    return found


def levels_set_against(text: str, periods: Collection[Span]) -> list[Span]:
    """低于上月预估的43亿, 高于去年同期的57%: the `periods` right after 高于, 低于 … (comparison_base_cues.txt): the
    time of a level a figure is set against, which dates the level's own figure (`comparison_period_for`) and carries
    to no other; kept among the periods, as the words that name a metric read them as times."""
    return _right_after(text, periods, word_list("comparison_base_cues.txt"))


def benchmarks_passed(text: str, phrases: Collection[Span]) -> list[Span]:
    """追平上赛季全季的胜场数, 已超过上年全年, 僅次於今年7月的高點: the time `phrases` (no framing durations: 耗时超过
    三年 is a length) right after a verb that matches, passes or falls short of a benchmark (benchmark_verbs.txt):
    the benchmark's time, which dates the benchmark's own figure only and carries to no figure after it, as a level
    set against does (`levels_set_against`)."""
    return _right_after(text, phrases, word_list("benchmark_verbs.txt"))


def _right_after(text: str, spans: Collection[Span], cues: tuple[str, ...]) -> list[Span]:
    """The `spans` right after one of `cues` (words of up to three characters), sorted."""
    return sorted(span for span in spans if text[max(span[0] - 3, 0) : span[0]].endswith(cues))


def _is_level_of(text: str, start: int, end: int) -> bool:
    """销售额达到去年的1.2倍, 恢复到2019年同期水平的95%: the time phrase text[start:end] names the level of another
    time (time_level_cues.txt … (水平)的); the figure after it is a multiple or a share of that level, neither that
    time's own nor compared with it."""
    if not _LEVEL_NOUN.match(text, end):
        return False
    cues = tuple(words("time_level_cues.txt"))
    # 达|到去年: the 到 of 达到 opens the time phrase
    return text[max(start - 4, 0) : start].endswith(cues) or text[max(start - 4, 0) : start + 1].endswith(cues)


def comparison_period_for(q: Quantity, points: list[Span], text: str, change: bool = False) -> Span | None:
    """比2011年的0.537, 较去年经修订后的预算19亿元: a figure inside a comparison phrase is the figure of its point
    of comparison (ANNOTATION.md); only a short phrase may stand between them, with no word of change in it
    (比上年增长5%: 5% is this year's change), and only 的 before a `change` (低于去年的4.75%)."""
    k = bisect.bisect_right(points, (q.start, math.inf)) - 1
    if k < 0:
        return None
    start, end = points[k]
    between = text[end : q.start]
    if end > q.start or not _BASE_GAP.fullmatch(between) or any(cue in between for cue in role_cues()):
        return None
    if text[max(start - 2, 0) : start] in GAP_VERBS and "的" not in between:
        return None  # 快于同期全省水平2个百分点, 高出去年同期4个百分点: the gap, not the benchmark's own level
    if change and not _OWN_FIGURE.fullmatch(between):
        return None  # 较3月又翻倍: a change measured against the point (低于去年的4.75%涨幅 is the point's own)
    return start, end


# what a clause holds besides its time when it is only a point of comparison: 相比去年同期，…, 与上月相比，…
STANDALONE_COMPARISONS = frozenset({"相比", "相较", "相较于", "对比", "比较", "与相比", "和相比", "跟相比", "同相比",
                                    "与相较", "与比较"})


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding `at` starts: just after the last of TIME_CLAUSE_BREAKS before it (0 if none), by
    bisection in the text's breaks found once (no scan back to the text's start per figure)."""
    breaks = _clause_breaks(text)
    k = bisect.bisect_left(breaks, at)
    return breaks[k - 1] + 1 if k else 0


@lru_cache(maxsize=4)
def _clause_breaks(text: str) -> tuple[int, ...]:
    """The offsets of TIME_CLAUSE_BREAKS in `text`, in order."""
    return tuple(m.start() for m in _CLAUSE_END.finditer(text))


def standalone_point_for(q: Quantity, points: list[Span], period: Span | None, text: str) -> Span | None:
    """相比去年同期，某盘有17宗交易: a point of comparison that is a clause of its own (a cue and the time alone) dates
    the levels after it in its sentence, where no time of their own (`period`) comes after it: they are that time's
    figures, set against those just told; not in a sentence with a word of change (the caller keeps it to amounts
    too: 相比去年同期，销量增长5% is this year's), but for the level a change starts from (与去年同期相比，某指数由
    48.2分跌至41.5分: 48.2分 is the point's, as in 由上年同期的120亿元降至…)."""
    k = bisect.bisect_right(points, (q.start, math.inf)) - 1
    if k < 0:
        return None
    start, end = points[k]
    if end > q.start or _FULL_STOP.search(text, end, q.start) or (period and period[1] > start):
        return None
    stop = _FULL_STOP.search(text, end)
    starts_change = text[q.start - 1 : q.start] in FROM_WORDS  # 与去年同期相比，某指数由48.2分跌至41.5分
    if not starts_change and any(cue in text[end : stop.start() if stop else len(text)] for cue in role_cues()):
        return None  # 相比2031年，新增3家，包括…三家: a sentence of changes against the point, not its levels
    clause_start = _clause_start(text, start)
    clause_end = _CLAUSE_END.search(text, end)
    if clause_end is None or clause_end.start() >= q.start:
        return None
    clause = text[clause_start : clause_end.start()].strip().replace(text[start:end], "", 1)
    return points[k] if clause in STANDALONE_COMPARISONS else None


BASE_TO_CHANGE = 8  # characters from a base's number to the change after it: its unit, then a verb (亿元大幅增加)
_NUMERAL = r"\d０-９一二三四五六七八九十两零〇百千万亿"
_BASE_FIGURE = re.compile(rf"的?(?:约|近|逾|超过)?[{_NUMERAL}.．,]*[{_NUMERAL}]")  # 的7.2%, 上年同期8亿元: a level


def _past_own_base(text: str, end: int, q: Quantity) -> bool:
    """从去年的7.2%回落一个百分点, 由上年同期8亿元增加2亿元: a time a change opens from (ending at `end`) is followed by
    its own level, the base, and the figure `q` comes after that level and a verb of change: the change, which the
    base's time does not date (the base itself does take it; ANNOTATION: a comparison phrase's time does not carry);
    not a change that runs on to 至 a time (增加400人至2024年…, `change_reaching` dates it)."""
    m = _BASE_FIGURE.match(text, end)
    before = q.start
    if (m is None or m.end() > before or before - m.end() > BASE_TO_CHANGE
            or any(w in text[q.end : q.end + 2] for w in TO_PREFIXES)):
        return False
    between = text[m.end() : before]  # the base's unit and the verb of change: %回落, 亿元增加
    return _CLAUSE_END.search(between) is None and any(cue in between for cue in _move_cues())


def _moves_to_level(text: str, end: int, q: Quantity, periods: list[Span]) -> bool:
    """由去年约120万户，增加15%至138万户, 由上年的950万人增加12万人至962万人: the figure `q`, after a verb of change
    that follows a time a change opens from (ending at `end`) in its sentence, runs on to 至 or 到 a new level (not
    to one of the sorted `periods`: 至今年156套, `change_reaching`): it is the move from the base, which the base's
    time does not date (ANNOTATION: a comparison time does not carry; the base figure, 约120万户, takes it)."""
    between = text[end : q.start]
    k = bisect.bisect_left(periods, (q.end,))
    to_time = k < len(periods) and periods[k][0] - q.end <= 1
    return (text.startswith(TO_PREFIXES, q.end) and not to_time and _SENTENCE_END.search(between) is None
            and any(cue in between for cue in _move_cues()))


def _states_earlier_value(text: str, start: int, end: int, before: int) -> bool:
    """上年同期为93亿元, 而去年同期的数字则为1%: a clause that only states an earlier time's value of the measure
    just reported, ending before the figure `before`; its time does not carry past it."""
    if not text[start:end].startswith(EARLIER_TIMES):
        return False
    m = _EARLIER_VALUE.match(text, end)
    return m is not None and m.end() < before and text[m.end() : m.end() + 1] in "，,；;。！？!?"


def bracketed_after(figure_ends: Collection[int], periods: Collection[Span], text: str) -> dict[int, Span]:
    """目标价620美元（2031年底目标）, 人口750万（2031年底）: a time that opens a bracket right after a figure, with
    no figure after it in the bracket, is that figure's period, by the figure's end in `figure_ends`; it carries to
    no other (份额15%（当前约7%）: a bracket with a figure of its own dates that one)."""
    found = {}
    for start, end in periods:
        if text[start - 1 : start] not in OPENING_BRACKETS or start - 1 not in figure_ends:
            continue
        close = min((i for i in (text.find(c, end) for c in CLOSING_BRACKETS) if i >= 0), default=-1)
        inside = text[end:close]
        if close >= 0 and not any(ch.isdigit() for ch in inside) and _CLAUSE_END.search(inside) is None:
            found[start - 1] = (start, end)
    return found


_BRACKET = re.compile(r"[(（)）]")


def _dates_bracketed_figure(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] closes a bracket it did not open, with a digit before the close: the time ending at
    `start` stands in brackets beside a figure of its own (not 某轮（2022/03）：投入1亿元, which dates the label)."""
    depth = 0
    for bracket in _BRACKET.finditer(text, start, end):  # (only the brackets: a figure's words are many)
        depth += 1 if bracket.group() in "(（" else -1
        if depth < 0:
            return any(char.isdigit() for char in text[start : bracket.start()])
    return False


_CALENDAR_DATE = re.compile(r"\d{4}|\d/\d")  # 2031年3月, 2031/03: a time that names its year (7月暑假 does not)


def _glosses_before(text: str, start: int, end: int, before: int, previous: Span | None) -> bool:
    """繁忙时段（平日早上及黄昏）每小时开出18班, 长假（春节及国庆）每日加开…: whether the time text[start:end], one that
    names no year, stands in a bracket closed before `before` that glosses the word before it: one holding more than
    the time, or one right after the `previous` time (a restatement). The word glossed, or the time before it, dates
    what follows; a calendar date in brackets (某轮（2031/03）：投入…, 两次（2029年3月至…）分别涉及…) dates it."""
    opening = max(text.rfind(bracket, 0, start) for bracket in OPENING_BRACKETS)
    if opening < 0 or any(text.find(bracket, opening, start) >= 0 for bracket in CLOSING_BRACKETS):
        return False
    close = min((i for i in (text.find(bracket, end, before) for bracket in CLOSING_BRACKETS) if i >= 0), default=-1)
    if close < 0 or _SENTENCE_END.search(text, opening, close) or _CALENDAR_DATE.search(text, start, end):
        return False  # (某轮（2031/03，结清2031/11）：投入…: a dated span in brackets dates the label it follows)
    return text[opening + 1 : close].strip() != text[start:end] or (previous is not None and previous[1] == opening)


# verbs of a thing's coming into being or onto a market, before the span since then that describes it (上市两年的
# 某机型, 开业近十年的酒店): the age of the thing, no period of the figures after it
AGE_VERBS = ("上市", "开业", "面世", "问世", "推出", "投产", "开通", "通车", "营业", "运营", "发售", "开张", "成立",
             "创立", "创办", "创建", "落成", "启用", "开幕")
AGE_ADVERBS = ("已", "已经", "仅", "才", "了", "约", "逾", "近", "超过", "不足", "不到")  # 上市已两年的, 开业仅半年的


def ages_of_things(text: str, frames: Collection[Span]) -> set[Span]:
    """The framing durations of `frames` right after a verb of a launch or a founding (AGE_VERBS, maybe an adverb
    between) and before 的: 面世逾五年的某款机型 says how old the thing is, no span its figures are counted over."""
    ages = set()
    for start, end in frames:
        if not text.startswith("的", end):
            continue
        lead = text[max(start - 6, 0) : start]
        lead = lead.removesuffix(next((a for a in AGE_ADVERBS if lead.endswith(a)), ""))
        if lead.endswith(AGE_VERBS):
            ages.add((start, end))
    return ages


AVERAGE = "平均"  # 三年平均升5%: the span right before it is what the average is taken over


def inner_windows(text: str, frames: Collection[Span], tokens: Sequence[Token]) -> set[Span]:
    """某股东称一年内暂不减持，但…减持20万股: the framing durations of `frames` written inside a clause (after more
    than a word of it, not counting an opener such as 过去) and before a verb or an adverb (by the jieba tag of the
    next word in `tokens`): such a window says how long an act lasts and frames the figures of its own clause only.
    One that opens a clause carries, and so does one before a noun, or a verb that names a measure (规划写明八年内
    住宅供给为…, 某行首九个月收入/v为…: the window of a measure, which the figures after it share). A span an
    average is taken over (三年平均升5%, 五年平均通胀率为…) frames that average's clause only, wherever it stands
    (D16)."""
    starts = [tok.start for tok in tokens]
    inner = set()
    for start, end in frames:
        lead = text[_clause_start(text, start) : start].strip()
        lead = lead.removesuffix(next((w for w in WINDOW_OPENERS if lead.endswith(w)), ""))
        k = bisect.bisect_left(starts, end)
        act = (k < len(tokens) and tokens[k].start == end and tokens[k].tag.startswith(("v", "d"))
               and tokens[k].text not in words("nominal_verbs.txt")  # 首三季收入/v为…: a measure, no act
               and not (k + 1 < len(tokens) and _names_a_thing(tokens[k + 1])))  # 首三季经营/v溢利为…: nor here
        if (len(lead) > 2 and act) or (text.startswith(AVERAGE, end) and not _averages_clause_opener(text, end)):
            inner.add((start, end))
    return inner


_TIME_RANGE = re.compile(r"\d.*?(?<!截)[至到\-—–~].*?\d")  # 2031至2033, FY2031-FY2033: from one time to another
_AVERAGE_AFTER = re.compile(rf"年?的?{AVERAGE}")  # 2031至2033年平均回款率, 2031至2033年的平均水平
_AVERAGE_OPENER = re.compile(rf"年?的?{AVERAGE}(?:来看|而言|计算|计)?[，,：:]")  # 1-10月平均，…: a clause of its own


def _averages_clause_opener(text: str, end: int) -> bool:
    """1-10月平均，全国物价上涨0.4%: a time with 平均 that makes a clause of its own (a comma right after) opens the
    sentence as any time phrase does, and the figures after it are those averages; it is not the span of one
    average inside a clause (三年平均升5%), which frames that clause only."""
    return bool(_AVERAGE_OPENER.match(text, end))


def averaged_ranges(text: str, periods: Collection[Span]) -> set[Span]:
    """将2031至2033年平均回款率预测上调至25%，目标价由…: a range of times right before 平均 (年 and 的 between) is
    the span an average is taken over, which frames that average's clause only, wherever it stands, as a duration
    does (D16, D64); a single time before 平均 (2031年平均工资为…) dates its paragraph as any time does."""
    return {(start, end) for start, end in periods
            if _TIME_RANGE.search(text, start, end) and _AVERAGE_AFTER.match(text, end)
            and not _averages_clause_opener(text, end)}


def inner_stretches(text: str) -> set[Span]:
    """某股在整固期间持续走高，直到跌破37%: a stretch (`_STRETCH_AFTER`) after 在 or 从 inside a clause, named
    by an event alone, frames the figures of its own clause only, as an inner window does (某署于2031年3月至5月期间
    进行调查，访问了…: a stretch that holds a time phrase carries, as that time would)."""
    inner = set()
    for m in _STRETCH_AFTER.finditer(text):
        lead = text[_clause_start(text, m.start()) : m.start() - 1].strip()
        if lead and not period_pattern().search(m.group()):
            inner.add(m.span())
    return inner


def later_in_clause(q: Quantity, periods: list[Span], carried: Span | None, text: str,
                    tokens: Sequence[Token]) -> Span | None:
    """9家酒楼在第四季度都打算加价, 4成表示今年会加价: where no time before the figure dates it (`carried` is None),
    the first of the sorted `periods` starting a few characters after it in its clause (it may end further on:
    两成住户在过去12个月内…), with no other figure between (19人中有6人预计明年…: the nearer figure's time),
    before a verb, an adverb or a preposition (by the jieba tag of the next word in `tokens`), is its period: the
    time of the act the figure counts (not 份额17%、当前估值, a time before a noun, which names a thing). A time
    marked by 在 or 于 (其中三成将于明年落成) dates its clause's figures even where a time of an earlier clause is
    carried, whatever word follows it (三成顾客在近一年里首购…: the 在 already marks the time of an act), and so
    does one right after a cue of a plan or a forecast (甲厂的300台设备预定年底交付, 两成员工预期来年转行:
    plan_cues.txt)."""
    own_clause = carried is None or _CLAUSE_END.search(text, carried[1], q.start) is not None
    if not own_clause:
        return carried
    clause_end = _LATER_CLAUSE_END.search(text, q.end, q.end + 2 * LATER_REACH)  # (no further: a run-on text is long)
    end = min(clause_end.start() if clause_end else len(text), q.end + LATER_REACH)
    clause_stop = clause_end.start() if clause_end else end  # (a time past the reach: only in a clause seen to end)
    for start, stop in periods[bisect.bisect_left(periods, (q.end,)) : bisect.bisect_left(periods, (end,))]:
        k = bisect.bisect_left(tokens, stop, key=attrgetter("start"))
        act = (k < len(tokens) and tokens[k].start == stop and tokens[k].tag.startswith(("v", "d", "p"))
               and tokens[k].text not in words("nominal_verbs.txt"))  # 全年需求/v: a noun jieba reads as a verb
        marked = (text[start - 1 : start] in AT_TIME or carried is None
                  or text[max(start - 2, 0) : start].endswith(word_list("plan_cues.txt")))  # 预定年底完工
        within = stop <= clause_stop or text[stop - 1] in CLOSING_BRACKETS  # 昨日(14日)聚集: the bracket's own time
        if within and marked and _counts_noun_before(q, tokens, start):
            return start, stop  # 三个行业今年利润下降超过10%: the group counted is what the time's clause is about
        if start == q.end + 1 and text[q.end] == "的" and _names_measure(tokens, k, stop):
            return start, stop  # 凭857%的年内涨幅排第一, 录得12%的全年涨幅: the time of the figure's own measure
        if start == q.end and q.unit == "倍":
            return start, stop  # 相当于15倍FY27市盈率: a multiple of a year's earnings (a valuation) is that year's
        if (within and (act or text[start - 1 : start] in AT_TIME) and marked and not _frames_record(text, start, stop)
                and not _holds_figure(text[q.end : start])):  # 19人中有6人预计明年…: the time of the nearer figure
            return start, stop
    return carried


MAX_COUNTED_NOUN = 4  # characters of the noun a count of a group names (行业, 银行, 经济学家)


def _counts_noun_before(q: Quantity, tokens: Sequence[Token], time_start: int) -> bool:
    """五间银行上季的按揭贷款增加, 三个行业今年利润下降超过10%: a count of a group (a number with its classifier)
    followed by the one noun it counts and then a time is the subject of that time's clause, so the time dates the
    count too, whatever word follows the time (a time before a noun alone, 份额17%、当前估值, names a thing). The
    caller asks it only where no time of an earlier clause is carried: 目前已修复，三个站点10月底可覆盖 counts the
    stations of now, not of the later date."""
    if q.kind != "number" or not q.unit or not q.text.endswith(q.unit[-1]):
        return False
    k = bisect.bisect_left(tokens, q.end, key=attrgetter("start"))
    return (k < len(tokens) and tokens[k].start == q.end and tokens[k].end == time_start
            and tokens[k].tag.startswith(("n", "j")) and tokens[k].tag not in ("nr", "nt", "nz")
            and len(tokens[k].text) <= MAX_COUNTED_NOUN)


def change_reaching(q: Quantity, periods: list[Span], own: Span | None, text: str) -> Span | None:
    """由上月48宗，减少两成至本月36宗: a change dated by the time a change opens from (由, 从) and followed right
    by 至 or 到 and a time is the change up to that later time, not the earlier one's; None where it is not."""
    if own is None or not (text.startswith(FROM_WORDS, own[0]) or text[own[0] - 1 : own[0]] in FROM_WORDS):
        return None
    if _SENTENCE_END.search(text, own[1], q.start):
        return None
    k = bisect.bisect_left(periods, (q.end,))
    if k == len(periods):
        return None
    start, end = periods[k]
    reaches = (start == q.end and text.startswith(TO_PREFIXES, start)) or (
        start == q.end + 1 and text[q.end] in TO_PREFIXES)
    return (start, end) if reaches else None


_BARE_YEAR = re.compile(r"(?:19|20)\d\d")
_YEAR_VALUE = re.compile(r"(?:为|是|达|则为|录得)(?=[\d约近逾超])")  # 2025为150亿元: the year, then its value
_NOT_BEFORE_BARE_YEAR = frozenset("第号#-—–/.~")  # 第2025号, 2024-2025: a number or a range, no year alone
_WRITTEN_YEAR = re.compile(r"(?:19|20)\d\d年")
SENTENCE_REACH = 40  # characters back a year written with 年 may stand for a bare year to take after it


DAY = "日"
DAY_COUNT_OPENERS = frozenset({"", "至", "到"})  # 17日, 至17日: a count of days alone or reached


def without_day_counts(phrases: list[Span], quantities: Sequence[Quantity], text: str) -> list[Span]:
    """The time phrases but a day count the numerals read as days (增加至17日, 12日的年假), alone or after 至: the
    length of the figure, no day of the month to date the figures after it."""
    counts = {q.end: q.start for q in quantities if q.unit == DAY and q.kind == "duration"}
    return [p for p in phrases if p[1] not in counts or text[p[0] : counts[p[1]]] not in DAY_COUNT_OPENERS]


def bare_years(text: str, quantities: Sequence[Quantity], tokens: Sequence[Token]) -> list[Span]:
    """甲客户2023年占收44.5%，2025占比27.4%: a year written without 年 (a bare number of 19xx or 20xx, no unit) right
    before the measure it dates (a word of measure_endings.txt by the jieba tokens) or before 为 and its value, after
    a year written with 年 earlier in its sentence (at most SENTENCE_REACH characters back): the next of a run of
    years, a time phrase like 2025年, sorted. Not a year before a name (据2025某富豪榜) or inside a range."""
    starts = [tok.start for tok in tokens]
    found = []
    for q in quantities:
        if q.kind != "number" or q.unit or not _BARE_YEAR.fullmatch(text, q.start, q.end):
            continue
        before = text[q.start - 1 : q.start]
        if before.isascii() and before.isalnum() or before in _NOT_BEFORE_BARE_YEAR:
            continue
        k = bisect.bisect_left(starts, q.end)
        if not (_names_measure(tokens, k, q.end) or _YEAR_VALUE.match(text, q.end)):
            continue
        sentence = _SENTENCE_END.search(text[max(q.start - SENTENCE_REACH, 0) : q.start][::-1])
        lead = text[q.start - sentence.start() if sentence else max(q.start - SENTENCE_REACH, 0) : q.start]
        if _WRITTEN_YEAR.search(lead):
            found.append((q.start, q.end))
    return found


def _names_measure(tokens: Sequence[Token], k: int, at: int) -> bool:
    """Whether the jieba word `tokens[k]`, starting at `at`, names a measure (measure_endings.txt: 涨幅, 营收)."""
    return (k < len(tokens) and tokens[k].start == at
            and tokens[k].text.endswith(word_list("measure_endings.txt")))


def _frames_record(text: str, start: int, end: int) -> bool:
    """Whether the time phrase text[start:end] is the span of a record written right after it: a window (8月以来高位,
    多年来最大, 以来 read with a session after it: 秋季以来盘中低点; a recent span: 近期高点), or any time after a verb
    of a record, also past a word of the years it is set over (创今年新高, 创历年同月新高)."""
    if record_after().match(text, end) is None:
        return False
    phrase = text[start:end]
    return (phrase.endswith("来") or "以来" in phrase or phrase.startswith("近")
            or _RECORD_VERB_BEFORE.search(text, max(start - 5, 0), start) is not None)


def plan_times(text: str, periods: Collection[Span]) -> set[Span]:
    """某市预计2027年完工，…, 某品牌将于年底推出新车，…: the `periods` after a cue of a plan or a forecast
    (plan_cues.txt) in a clause that goes on to its act: the time of the planned act, which dates no state already
    reached after it (`states_present`); not 预计到2035年，…, a time that ends its clause and frames what follows,
    nor a window from a time up to now (某计划自2031年推行以来，已…: the plan is a name, the act is past)."""
    cues = word_list("plan_cues.txt")
    found = set()
    for start, end in periods:
        clause_end = _CLAUSE_END.search(text, end)
        act = text[end : clause_end.start() if clause_end else len(text)].strip()
        if act.endswith(UP_TO_NOW):
            continue
        lead = text[_clause_start(text, start) : start] if act else ""  # (found once, not once per cue)
        if any(cue in lead for cue in cues):
            found.add((start, end))
    return found


# 将达, 将会超过, 将再提升: 将 before a verb of reaching or change marks a forecast (not 将目标价…: 将 as 把)
_WILL_REACH = re.compile(r"将(?:会|可|再|进一步)?[达超突增提升降减实成占扩缩迎维保]")
THEN_WORDS = frozenset({"届时"})  # the time of a plan, pointing back to it
UP_TO_NOW = ("至今", "迄今", "以来", "为止")  # 由某计划至今: a window that reaches now, no forecast
TARGET_OPENER = "到"  # 到2035年 opening a clause: by 2035, a target's time
TIME_PREPOSITIONS = "在|于|到|至"  # 预计到, 计划于: the time by or at which a plan is done
DEADLINE_WORDS = "(?:不迟|不晚|最迟|最早)"  # 将不迟于6月2日公布: the latest (or earliest) day of a planned act
PREPOSITION_STARTS = tuple(TIME_PREPOSITIONS.split("|"))


@cache
def _cue_before() -> re.Pattern[str]:
    """A cue of a plan or a forecast (plan_cues.txt) at the end of a lead, then at most an auxiliary and a
    preposition of time: 预计到, 计划于, 预计将在, 目标."""
    return re.compile(rf"(?:{word_trie(word_list('plan_cues.txt'))})(?:将|会|能|可望)?{DEADLINE_WORDS}?"
                      rf"({TIME_PREPOSITIONS})?$")


class ForecastTimes:
    """预计到2035年，…, 某厂计划于2027年投产, 目标2035年…, 届时…, 此前多家机构预计…: the time phrases right after a cue
    of a plan or a forecast (or 届时, which points back to one; or a statement time before one) date what is
    foreseen; they frame the rest of their sentence but no figure of a later sentence that foresees nothing (…。
    目前全市共有12家: a figure of now, no period carried)."""

    def __init__(self, text: str, periods: Collection[Span]) -> None:
        cue = _cue_before()
        self.text = text
        self.spans = sorted(span for span in periods if self._foresees(span, cue))
        self.stops = [m.start() for m in _FULL_STOP.finditer(text)] if self.spans else []

    def _foresees(self, span: Span, cue: re.Pattern[str]) -> bool:
        """Whether the time phrase `span` is a time foreseen: 届时, a target's 到 opening its clause, a time right
        after a cue of a plan (not a window that reaches now: 由某计划至今), or a statement time (此前, 早前) before
        one in a sentence of no figure."""
        text, (start, end) = self.text, span
        phrase = text[start:end]
        if phrase in THEN_WORDS:
            return True
        if phrase.endswith(UP_TO_NOW):
            return False
        if phrase in STATEMENT_TIMES and (run := _SPEAKER_RUN.match(text, end)) is not None:
            # 此前多家机构预计，…: when a forecast was made, after a short run naming who made it, of no figure
            stop = _FULL_STOP.search(text, end)
            return (any(text.startswith(_forecast_words(), at) for at in range(end, run.end() + 1))
                    and not _holds_figure(text[end : stop.start() if stop else len(text)]))
        lead_start = _clause_start(text, start)
        if phrase.startswith(TARGET_OPENER) and not text[lead_start:start].strip():
            return True
        # a preposition of time is needed (预计到2035年, 计划于2029年): a bare time after the cue is as often the
        # period of a forecast figure whose sentences go on with it (预计2031年上半年营收为…。净利润为…)
        found = cue.search(text, max(lead_start, start - 8), start)
        return found is not None and (found.group(1) is not None or phrase.startswith(PREPOSITION_STARTS))

    def passed(self, q: Quantity, block_start: int) -> set[Span]:
        """The forecast times of the block from `block_start` that a full stop parts from `q`, unless the sentence
        of `q` goes on with a forecast (`continues_forecast`): they date no figure of it."""
        k = bisect.bisect_left(self.stops, q.start)
        if not self.spans or k == 0:
            return set()
        last = self.stops[k - 1]
        first, stop = bisect.bisect_left(self.spans, (block_start,)), bisect.bisect_left(self.spans, (last,))
        if first >= stop:
            return set()
        if continues_forecast(self.text, last + 1, self.stops[k] if k < len(self.stops) else len(self.text)):
            return set()
        return set(self.spans[first:stop])


ACT_PREPOSITIONS = ("于", "在")  # 将于10月1日开始, 计划在明年推出: the date a planned act happens on
# 将于5月3日开始，至5月10日结束, …，6月5日交收，并在次日挂牌: what may lead a time in a clause that goes on with
# the planned acts of the clause before it (a joiner, an auxiliary, a preposition of time)
_NEXT_ACT_LEAD = re.compile(r"(?:并|并且|再|随后)?(?:将|会)?(?:于|在|至|到)?")
_SHORT_ACT = re.compile(r"[\u4e00-\u9fff]{1,4}")  # 上市, 正式挂牌: a short act ending its clause, no figure in it


def planned_acts(text: str, periods: Collection[Span], tokens: Sequence[Token]) -> set[Span]:
    """某行将于11月1日起上调利率，…, 甲市计划在明年开通新线，全长30公里: the `periods` right after a cue of a plan
    (plan_cues.txt) and 于 or 在, with a verb of the act right after them (by the jieba tag of the next word in
    `tokens`, maybe after 起): the date of that act, which dates the figures of its own clause but no figure
    of a later clause that foresees nothing (the length of the line, the size of an issue; gold D: a date on which a
    policy starts dates its clause). Not 预计到2035年, the time by which a forecast holds, nor 预计于明年营收达…,
    a time before a measure, which is the forecast's."""
    cue = _cue_before()
    starts = [tok.start for tok in tokens]
    found = set()
    for start, end in sorted(periods):
        at = end + 1 if text.startswith("起", end) else end  # (开始 is a verb itself)
        k = bisect.bisect_left(starts, at)
        lead_start = _clause_start(text, start)
        if not (k < len(tokens) and tokens[k].start == at and tokens[k].tag.startswith("v")
                and tokens[k].tag != "vn"):
            clause_end = _CLAUSE_END.search(text, end)
            if clause_end and _SHORT_ACT.fullmatch(text, end, clause_end.start()) and _goes_on_with_acts(
                    text, lead_start, start, found):
                found.add((start, end))  # …，并在次日挂牌。: a short act, which jieba may not tag as a verb
            continue  # 计划于明年，…, 预计于2031年营收…: no act right after the time
        m = cue.search(text, max(lead_start, start - 8), start)
        if (m is not None and m.group().endswith(ACT_PREPOSITIONS)) or _goes_on_with_acts(
                text, lead_start, start, found):
            found.add((start, end))
    return found


def _goes_on_with_acts(text: str, lead_start: int, start: int, acts: Collection[Span]) -> bool:
    """…，至5月10日结束, …，并在次日挂牌: whether the time at `start`, led from its clause's start `lead_start` by a
    joiner or a preposition only (_NEXT_ACT_LEAD), goes on with the planned `acts` of an earlier clause of its
    sentence: the date of the plan's next act."""
    return _NEXT_ACT_LEAD.fullmatch(text, lead_start, start) is not None and any(
        act[1] < lead_start and not _SENTENCE_END.search(text, act[1], lead_start) for act in acts)


def continues_forecast(text: str, start: int, end: int) -> bool:
    """Whether the sentence text[start:end] goes on with a forecast (a cue of plan_cues.txt or forecast_cues.txt
    but the 将 of 把, or 将 before a verb of reaching: 其中亚洲将占四成), so a plan's time still frames it."""
    sentence = text[start:end]
    return (any(cue in sentence for cue in _forecast_words()) or _WILL_REACH.search(sentence) is not None)


@cache
def _forecast_words() -> tuple[str, ...]:
    return tuple(cue for cue in (*word_list("plan_cues.txt"), *word_list("forecast_cues.txt")) if cue != "将")


def states_present(text: str, q: Quantity) -> bool:
    """已完成投资80亿元, 现有员工3000人: the clause of `q` reports, before it, a state already reached or held now
    (present_state_cues.txt), with no cue of a plan or a forecast (已建成的充电桩将达到… is a forecast)."""
    lead = text[_clause_start(text, q.start) : q.start]
    return (any(cue in lead for cue in word_list("present_state_cues.txt"))
            and not any(cue in lead for cue in word_list("plan_cues.txt")))


PAST = "过去"  # 过去两个选区共占四成: alone (no window after it), the time of an old state (gold D52)


def former_times(text: str, periods: Collection[Span]) -> set[Span]:
    """The `periods` that date an old state (former_times.txt: 原先, 以往 …, and PAST alone); they date their own
    clause only."""
    return {span for span in periods if (said := text[slice(*span)]) == PAST or said in words("former_times.txt")}


CONTRAST_CUES = ("有别于", "不同于", "有异于", "异于", "迥异于", "区别于")  # 有别于2031年时，…: unlike then


def contrasted_times(text: str, periods: Collection[Span]) -> set[Span]:
    """有别于2031年时甲占三成，今次乙增加20万: the `periods` right after a cue of contrast (CONTRAST_CUES): the
    time set against now, which dates the figures of its own clause only."""
    return {span for span in periods if text[max(span[0] - 3, 0) : span[0]].endswith(CONTRAST_CUES)}


_DAYS_COUNTED = re.compile(r"(?:[两兩二三四]|\d)(?:日|天)")  # 周末两日, 假日三天: the days of one span counted


_TRAILING_GLOSS = re.compile(r"[（(][^（()）]*[）)]$")  # a time's gloss in brackets at its end: 周末（周五至周日）


def day_types(text: str, periods: Collection[Span]) -> set[Span]:
    """The `periods` that name a kind of day or hour (day_types.txt: 平日, 周末, 繁忙时间 …), alone or after a word
    that opens a time (在周末): they date the figures of their own clause only (平日约5万人次，周末则增至8万人次)."""
    kinds = words("day_types.txt")
    prefixes = word_list("period_prefixes.txt")
    found = set()
    for span in periods:
        phrase = _TRAILING_GLOSS.sub("", text[slice(*span)])  # 周末（周五至周日）: the kind, glossed in brackets
        if _DAYS_COUNTED.match(text, span[1]):
            continue  # 周末两日售出500套，套现40亿元: a kind of day with its count of days is one span, which carries
        if phrase in kinds or (phrase.startswith(prefixes) and any(
                phrase == p + kind for p in prefixes if phrase.startswith(p) for kind in kinds)):
            found.add(span)
    return found


MODIFIER_REACH = 16  # characters from a time to the 的 of the phrase it describes a noun in
GROUP_ENDS = ("中", "之中", "当中", "里")  # 去年新增的企业中，…: a group a share after it is taken in


_LIMIT_RUN = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十两]{1,3})板")  # 5天4板: limit-ups within the days


def days_of_limit_runs(text: str, frames: Collection[Span]) -> set[Span]:
    """某股5天4板，股价报18.6元: the days counted before a run of limit-ups (N天M板) are the period of that count
    alone (gold: N天M板 is one fact of M 板 whose period is N天; D16: a duration framing one figure does not carry)."""
    return {(start, end) for start, end in frames if _LIMIT_RUN.match(text, end)}


OBJECT_MARKERS = ("将", "把")  # 将2031年的派息比率提高至50%: 将 as 把 before the object it acts on


def times_in_objects(text: str, periods: Collection[Span]) -> set[Span]:
    """某公司将2031年的派息比率提高至50%，现金储备为80亿元: a time right after 将 or 把 and before 的 names the object
    an act changes (the ratio of that year): it dates the figures of its clause, no figure of a later clause (the
    reserve held now)."""
    return {(start, end) for start, end in periods
            if text[start - 1 : start] in OBJECT_MARKERS and text.startswith("的", end)}


def times_in_plan_names(text: str, periods: Collection[Span], tokens: Sequence[Token]) -> set[Span]:
    """某署今日公布2031至32年度服务计划，…: a time right after a verb (by the jieba tags of `tokens`) that opens the
    noun phrase ending its clause, with no figure, the name of a plan (plan_nouns.txt), is the plan's year: it dates
    no figure of another clause (a year inside a plan phrase dates only the plan)."""
    starts = [tok.start for tok in tokens]
    plans = word_list("plan_nouns.txt")
    found = set()
    for start, end in periods:
        k = bisect.bisect_left(starts, start)
        if k == 0 or not tokens[k - 1].tag.startswith("v") or tokens[k - 1].tag == "vn":
            continue
        clause_end = _CLAUSE_END.search(text, end)
        stop = clause_end.start() if clause_end else len(text)
        after = tokens[bisect.bisect_left(starts, end) : bisect.bisect_left(starts, stop)]
        if (after and text[end:stop].endswith(plans) and not any(ch.isdigit() for ch in text[end:stop])
                and all(tok.tag.startswith(("n", "vn")) for tok in after)):
            found.add((start, end))
    return found


@cache
def _clause_taking_verbs() -> tuple[str, ...]:
    """The verbs of a forecast or of speech (forecast_cues.txt, person_cues.txt) whose object is a whole clause."""
    return (*word_list("forecast_cues.txt"), *word_list("person_cues.txt"))


DATED_ACT = "于"  # 这座于2019年落成的大桥: 于 and a time before the verb of a noun's modifier date that act only


def times_in_modifiers(text: str, periods: Collection[Span], tokens: Sequence[Token]) -> set[Span]:
    """某社取得一份甲公司2031年交予某署的文件，发现…, 即使不计去年运费调高的因素，…: the `periods` inside a phrase
    that describes a noun (the time, a verb by the jieba tags of `tokens`, 的 and the noun), the object of a verb
    before it in a clause with no figure after the time: the time of the noun's act, which dates no figure of
    another clause (gold D63, D66). Not a time that follows 在, 于, 从 or opens a clause going on past the noun
    (第三季度入围的机型多属…: the sentence's time).
    Not one before a measure (去年取得的销售收入达…，同比增长12%: the measure's time), a report of figures
    (results_nouns.txt: 公布去年经审核的业绩，…) or a group a share is taken in (去年新增的企业中，…), nor one whose
    clause goes on to a figure (截至年底建成的充电桩超过300万个，…).
    A time after 于 in a clause with no verb before it is inside a modifier of the subject (这项于2021年推出的计划，
    已惠及…; D63, D66: 于2016年9月展开的计划): it dates that act, no figure of another clause; so does a time opening
    a clause that is only such a noun phrase (去年秋季公布的新方案，若…, D63)."""
    starts = [tok.start for tok in tokens]
    endings = word_list("measure_endings.txt")
    found = set()
    for start, end in periods:
        clause_end = _CLAUSE_END.search(text, end)
        stop = clause_end.start() if clause_end else len(text)
        mark = text.find("的", end, min(stop, end + MODIFIER_REACH))
        if mark <= end or any(ch.isdigit() for ch in text[end:stop]) or text.startswith("止", end):
            continue  # (截至6月30日止的…: the 止 closes the time phrase)
        lead = _clause_start(text, start)
        if text[lead:start].endswith(_clause_taking_verbs()):
            continue  # 预计今年流入某地的资金将减少，…: the time opens the clause a forecast or a speech verb takes
        lead_verb = any(tok.tag.startswith("v")
                        for tok in tokens[bisect.bisect_left(starts, lead) : bisect.bisect_left(starts, start)])
        dated_act = text[start - 1 : start] == DATED_ACT and not lead_verb  # 这项于2021年推出的计划，…
        topic = lead == start  # 去年秋季公布的新方案，若…: a clause opening with the time may be a bare noun phrase
        if not (dated_act or topic) and (text[start - 1 : start] in (*AT_TIME, *FROM_WORDS) or not lead_verb):
            continue  # 某署在2031年间面对…的压力: a time of the clause, not inside an object
        before_mark = tokens[bisect.bisect_left(starts, end) : bisect.bisect_left(starts, mark)]
        if "最" in text[end:mark] or not any(tok.tag.startswith("v") for tok in before_mark):
            continue  # 成为今年首季最畅销的机型: the span a superlative is taken over, the time of the clause
        noun_end = mark + 1
        for tok in tokens[bisect.bisect_left(starts, mark + 1) : bisect.bisect_left(starts, stop)]:
            if tok.tag.startswith(("v", "p", "d", "c", "u")) and tok.tag != "vn" and not tok.text.endswith(endings):
                break
            noun_end = tok.end
        noun = text[mark + 1 : noun_end].strip("“”\"「」『』《》")
        if topic and not _is_topic(text, tokens, starts, (mark, noun_end, stop)):
            continue  # 第三季度入围的机型(，)多属…: the noun's clause, which the time dates
        if (noun and not noun.endswith(endings) and not noun.endswith(word_list("results_nouns.txt"))
                and not text.startswith(GROUP_ENDS, noun_end)):
            found.add((start, end))
    return found


ABLE_WORDS = ("可", "能", "资格")  # 可在9月投票的选民, 合资格于明年申请的家庭: before 在 or 于 and a time


def times_of_eligibility(text: str, periods: Collection[Span]) -> set[Span]:
    """可在9月投票的选民人数达320万, 可於明年申請的家庭數目約1.2萬戶: a time after a modal of ability (ABLE_WORDS)
    and 在 or 于, inside the phrase before 的 (the act after a modal, which jieba often tags a noun: 投票/n) that
    describes the noun a figure of the same clause measures, says when those counted may act, not the time of the
    figure: it dates no figure (the figure takes the time before it, or none)."""
    found = set()
    for start, end in periods:
        if text[start - 1 : start] not in AT_TIME or not text[max(start - 3, 0) : start - 1].endswith(ABLE_WORDS):
            continue
        clause_end = _CLAUSE_END.search(text, end)
        stop = clause_end.start() if clause_end else len(text)
        mark = text.find("的", end, min(stop, end + MODIFIER_REACH))
        if mark <= end or any(ch.isdigit() for ch in text[end:mark]):
            continue
        if any(ch.isdigit() for ch in text[mark:stop]):
            found.add((start, end))
    return found


CONDITION_OPENERS = ("有", "曾", "没有", "未有", "未曾", "没")  # 过去半年有领取援助的: whether one did an act then
# who qualifies, then what they may get: 的住户可获, 的人士，将可申请 (not 可达, 可望: a figure's own reach)
_QUALIFIED = re.compile(r"的[^，。；,;:：!?！？\n\d的]{1,8}?[，,]?(?:将|均|便|即|亦|也|都|就|则)?"
                        r"(?:可以|可(?![达望能])|能够)")


def times_of_conditions(text: str, periods: Collection[Span]) -> set[Span]:
    """过去半年有领取援助的住户可获津贴3000元: a time right before 有, 曾 or 没有 and an act in a phrase that ends
    in 的, whose noun then may act (可, 可以), is the condition those who qualify met, not the time of what they
    may get: it dates no figure (the figure takes a time before it, or none). A count of that set (…的住户达16万户)
    keeps it, and so does a figure inside the phrase (今年有三成的企业可…)."""
    found = set()
    for start, end in periods:
        if not text.startswith(CONDITION_OPENERS, end):
            continue
        clause_end = _CLAUSE_END.search(text, end)
        stop = clause_end.start() if clause_end else len(text)
        mark = text.find("的", end, min(stop, end + MODIFIER_REACH))
        if mark > end and not _holds_figure(text[end:mark]) and _QUALIFIED.match(text, mark):
            found.add((start, end))
    return found


def _is_topic(text: str, tokens: Sequence[Token], starts: list[int], marks: tuple[int, int, int]) -> bool:
    """去年秋季公布的新方案，若…: whether the clause a time opens is only a noun phrase, a verb's act (a verb right
    before the 的 at marks[0]) describing the noun that runs to the clause's comma (marks[1], marks[2]), which the
    next clause does not go on to describe (…的机型，多属中端 or 多为中端, by a verb or an adverb opening it), nor a
    group (去年新增的企业中，…). `tokens` (with starts `starts`) give the jieba tags."""
    mark, noun_end, stop = marks
    k = bisect.bisect_left(starts, mark)
    if not (0 < k and tokens[k - 1].tag.startswith("v") and text[stop : stop + 1] in ("，", ",")):
        return False
    if text[noun_end:stop].strip(QUOTE_MARKS + '" ') or text[mark + 1 : noun_end].endswith(GROUP_ENDS):
        return False
    k = bisect.bisect_left(starts, stop + 1)
    # (多为, 皆是: a one-letter adverb jieba may tag otherwise, then the copula)
    return k < len(tokens) and not tokens[k].tag.startswith(("v", "d")) and text[stop + 2 : stop + 3] not in COPULAS


QUOTE_REACH = 8  # characters after a time to look for its quote word and figure
WEEKDAYS = "一二三四五六日天"  # 周一 … 周日/周天: the order of the days of a week, to tell a series of quotes


def _weekday(text: str, span: Span) -> int | None:
    """The place in the week of a bare weekday (周三, 週五, 星期一), None for any other time."""
    phrase = text[slice(*span)]
    for lead in ("周", "週", "星期", "礼拜", "禮拜"):
        if phrase.startswith(lead) and len(phrase) == len(lead) + 1 and phrase[-1] in WEEKDAYS:
            return min(WEEKDAYS.index(phrase[-1]), 6)
    return None


def earlier_quotes(text: str, periods: Sequence[Span]) -> set[Span]:
    """某期铜收涨1.07%，报10379美元，周一报10414美元。: a time opening a later clause of a sentence that already
    quoted a figure, right before a quote word (quote_words.txt) and its figure, gives an earlier session's quote for
    reference: it dates its sentence only, not the market wrap's next sentence (gold D-wallstreetcn). Not the next of
    a series of weekdays (周一报3100点，周二报3120点: the later day, which carries)."""
    quotes = word_list("quote_words.txt")
    longest_first = sorted(quotes, key=len, reverse=True)
    found = set()
    for k, (start, end) in enumerate(periods):
        if text[start - 1 : start] not in ("，", ","):
            continue
        after = text[end : end + QUOTE_REACH].lstrip("则亦也")
        quote = next((w for w in longest_first if after.startswith(w)), None)
        if quote is None or not after[len(quote) : len(quote) + 1].isdigit():
            continue
        sentence_end = _SENTENCE_END.search(text[max(start - SENTENCE_REACH * 2, 0) : start][::-1])
        lead = max(start - SENTENCE_REACH * 2, 0) if sentence_end is None else start - sentence_end.start()
        before = text[lead:start]
        if not any(ch.isdigit() for ch in before) or not any(w in before for w in quotes):
            continue
        day = _weekday(text, (start, end))
        earlier_days = [_weekday(text, p) for p in periods[bisect.bisect_left(periods, (lead,)) : k]]
        if day is not None and any(d is not None and d < day for d in earlier_days):
            continue  # 周一报3100点，周二报3120点: a series, the later day carries
        found.add((start, end))
    return found


def past_in_modifiers(text: str, periods: Collection[Span]) -> set[Span]:
    """盘初曾跌2.1%的某股收涨0.6%: the `periods` right before the adverb 曾 in a clause that goes on to 的 and a noun:
    the time of a past state in a phrase that describes the noun, which dates the figures before that 的 only (not
    上周曾跌至低位，…, nor 上月曾指出，…, which carry)."""
    found = set()
    for span in periods:
        if text.startswith("曾", span[1]):
            clause_end = _CLAUSE_END.search(text, span[1])
            if "的" in text[span[1] : clause_end.start() if clause_end else len(text)]:
                found.add(span)
    return found


# what says how many of the noun there are (已有102家, 共6968宗, 达300个): the time before the noun defines the set
SET_COUNT_WORDS = ("有", "已有", "共", "合共", "合计", "总计", "累计", "已达", "达", "约", "逾", "超", "近", "为")
SUBJECT_LEAD_REACH = 6  # characters a clause may hold before a time inside the modifier of its subject (此前连续)


def times_describing_subjects(text: str, periods: Sequence[Span], tokens: Sequence[Token]) -> set[Span]:
    """美股早盘，周二大跌的某股反弹5%; 今年以来，此前连续三年亏损的某车企盈利2亿元: the `periods` (sorted) near the
    start of a clause, before a verb (by the jieba tags of `tokens`) and the 的 of a phrase describing the noun after
    it, where a time of an earlier clause of the same sentence already dates what the sentence says and the noun
    goes on to another act of its own (反弹5%, 盈利2亿元): the time of the noun's past act, which dates the figures
    before that 的 only (not 去年新增的营收增长…, a measure's own time; nor 年内获准撤销的分行已有12家, the time of
    the set a count is of; nor the clause's time where no earlier one stands: 第三季度入围的机型多属…)."""
    starts = [tok.start for tok in tokens]
    endings = (*word_list("measure_endings.txt"), *word_list("results_nouns.txt"))
    found = set()
    for k, (start, end) in enumerate(periods):
        lead = _clause_start(text, start)
        j = k - 1
        while j >= 0 and periods[j][1] > lead:
            j -= 1  # (此前连续三年亏损的: the times of this clause's lead)
        if j < 0 or start - lead > SUBJECT_LEAD_REACH or _SENTENCE_END.search(text, periods[j][1], lead):
            continue  # an earlier clause of this sentence must hold a time
        clause_end = _CLAUSE_END.search(text, end)
        stop = clause_end.start() if clause_end else len(text)
        mark = text.find("的", end, min(stop, end + MODIFIER_REACH))
        if mark <= end:
            continue
        between = tokens[bisect.bisect_left(starts, end) : bisect.bisect_left(starts, mark)]
        if not between or not between[-1].tag.startswith("v"):
            continue  # 周二大跌的: a verb right before 的 (not 周二的收盘价: the time's own noun)
        after = tokens[bisect.bisect_left(starts, mark + 1) : bisect.bisect_left(starts, stop)]
        if not after or not after[0].tag.startswith(("n", "r")):
            continue
        act = next((tok for tok in after if tok.tag.startswith(("v", "d", "p"))), None)
        if act is None or any(tok.text.endswith(endings) for tok in after if tok.start < act.start):
            continue  # 去年新增的营收: a measure named after 的 is the time's own
        if not text.startswith(SET_COUNT_WORDS, act.start):
            found.add((start, end))  # (年内获准撤销的分行已有12家: the time of the set a count is of, its own)
    return found


def _within_date_named(text: str, periods: list[Span], k: int, first: int) -> bool:
    """某合约4月9日日内跌6%, 截至9月17日，某股年内涨幅: the within-word `periods[k]` stands inside its clause
    after a calendar time (with a digit) of the same sentence, `periods[k - 1]`, within which it is read; one that
    opens a clause (…，日内涨1.93%; 期内投资增加76%) or follows a session or an event (尾盘…日内) is the period."""
    if k <= first or text[periods[k][0] - 1 : periods[k][0]] in TIME_CLAUSE_BREAKS:
        return False
    before = periods[k - 1]
    return (before[1] <= periods[k][0] and any(ch.isdigit() for ch in text[slice(*before)])
            and not _SENTENCE_END.search(text, before[1], periods[k][0]))


def _own_clause_end(text: str, start: int, end: int) -> int:
    """Where the clause a time phrase text[start:end] dates begins to end: past the comma after it where the phrase
    is a clause of its own (以往，某厂毛利率约15%; 周末，客流达8万人次: it dates the clause it stands before),
    else its end."""
    alone = text[start - 1 : start] in ("", *TIME_CLAUSE_BREAKS) and text[end : end + 1] in ("，", ",")
    return end + 1 if alone else end


# the whole span, a scope of the metric after a dating
WHOLE_SPAN_WORDS = frozenset({"全年", "全季度", "全季", "全月", "全周"})




def _continues_sentence(text: str, end: int, start: int) -> bool:
    """在推行计划的三年中，共新建公园120个。其中，社区公园占65%: a sentence that opens with 其中 or 当中
    (`PART_OPENERS`) breaks down the figures of the sentence right before it, in its paragraph, so the frame that
    dates that sentence (ending at `end`) dates the figure at `start` too; any other sentence, or one past a line
    break, is not its."""
    stops = list(_SENTENCE_END.finditer(text, end, start))
    return (len(stops) == 1 and stops[0].group() != "\n"
            and text[stops[0].end() : start].lstrip().startswith(PART_OPENERS))


def period_for(q: Quantity, periods: list[Span], block_start: int, text: str,
               sentence_frames: Collection[Span] = (), clause_frames: Collection[Span] = (),
               modifier_frames: Collection[Span] = (), passed: Collection[Span] = ()) -> Span | None:
    """The last of the sorted `periods` that starts at or after `block_start` and ends by `q`, passing over the
    start of a change from one time to another (从2024年的25%提升至超三成: 超三成 is not 2024's), the
    `sentence_frames` of other sentences (连续40天超过9000万千瓦。… frames no figure after its full stop), the
    `clause_frames` of other clauses, the `modifier_frames` of a phrase before a 的 the figure is past and the
    `passed` times that date no figure after them (the level set against in 低于前一季的41%). A scope word
    (WHOLE_SPAN_WORDS: 全年) after a dating phrase of its clause leaves that phrase the period (早前預期全年盈利…)."""
    first = bisect.bisect_left(periods, (block_start,))
    scope: Span | None = None  # a scope word (全年) passed over for a dating phrase before it in its clause
    for k in range(bisect.bisect_right(periods, (q.start, math.inf)) - 1, first - 1, -1):
        start, end = periods[k]
        if scope is not None and (_CLAUSE_END.search(text, end, scope[0]) or "的" in text[end : scope[0]]):
            return scope  # (年初订下的全年目标: a time inside the modifier of the scope word's noun, D63)
        if end > q.start or periods[k] in passed:
            continue
        if (periods[k] in sentence_frames and _SENTENCE_END.search(text, end, q.start)
                and not _continues_sentence(text, end, q.start)):
            continue
        if periods[k] in clause_frames and _CLAUSE_END.search(text, _own_clause_end(text, start, end), q.start):
            continue
        if periods[k] in modifier_frames and "的" in text[end : q.start]:
            continue  # 盘初曾跌2.1%的某股收涨0.6%: the past state describes the noun after 的 only
        if _RECORD_MADE.match(text, end) and _CLAUSE_END.search(text, end, q.start):
            continue  # 逼近2019年创下的29倍高位；乙…为14倍: the record's time does not carry
        if text[start] == "一" and k > first and periods[k - 1][1] == start:
            continue  # 届时一天可发电1亿度: one day right after a time is what the figure is per, the time dates it
        if _dates_bracketed_figure(text, end, q.start):
            continue  # 份额15%（当前约7%），估值…: a time in brackets with a figure dates only that figure
        if _glosses_before(text, start, end, q.start, periods[k - 1] if k > first else None):
            continue  # 繁忙时段（平日早上及黄昏）每小时开出…: the bracket says what the word before it means
        # (自去年底以来缩减到7个百分点, 从9月开始降至4.25%: a window since a time, not the start of a change)
        opens_change = ((text.startswith(FROM_WORDS, start) or text[start - 1 : start] in FROM_WORDS)
                        and not text[start:end].endswith("以来") and not text.startswith(SINCE_WORDS, end))
        if opens_change and any(w in text[end : q.start] for w in TO_WORDS):
            continue
        if text[start:end] == PAST and any(w in text[end : q.start] for w in (*TO_WORDS, "为")):
            continue  # 过去五个选区被拆为十个: the old state's time, not the new state's (gold D52)
        if opens_change and _past_own_base(text, end, q):
            continue  # 将从去年的7.2%回落一个百分点: the base's time, not the time of the change after it
        if opens_change and _moves_to_level(text, end, q, periods):
            continue  # 由去年约120万户，增加15%至138万户: the move from the base's time, not that time's own figure
        if q.unit == "倍" and text[:start].endswith(("是", "为")) and _BASE_OF_MULTIPLE.fullmatch(text, end, q.start):
            continue  # 几乎是2023年全年的三倍: the time of the base, not of the multiple (低于年初的20倍 is 年初's)
        if _states_earlier_value(text, start, end, q.start):
            continue  # 上年同期为93亿元，同比增长346%: the earlier time dates only its own value
        if _frames_record(text, start, end):
            continue  # 刷新8月以来高位，较日低涨超5%: the frame of a record, not the time of the figures after it
        if text[start:end] in WITHIN_WORDS and _within_date_named(text, periods, k, first):
            continue  # 4月9日，某合约日内跌6%: the span within the date already named, which dates the figure
        if scope is None and text[start:end] in WHOLE_SPAN_WORDS:
            scope = periods[k]  # 机构上周将某行全年盈利预测调高: the dating phrase before it wins (gold D37)
            continue
        return periods[k]
    return scope

