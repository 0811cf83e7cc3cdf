"""Keep: whether a quantity is a fact. Dates, durations that only frame another figure, numbers inside names, codes
and labels (ZTE520, 「211」, 90后, 7-Eleven, 某某01), 一 used as an article, bare years, section numbers and
enumerators (1、, (2), 第一，), phone numbers, a formula's constants and anniversaries are not.

A framing duration (近五年，… 增加近百万) is not dropped silently: it is kept in `frames`, as the period of the
figure it frames.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import cache, cached_property

from pipeline.facts.lexicon import (
    HOLIDAY_NOUNS,
    alternation,
    by_length,
    comparison_endings,
    exchange_link,
    holiday_words,
    name_numeral_pattern,
    percent_units,
    record_after,
    skip_before_metric,
    starts_of,
    streak_words,
)
from pipeline.facts.role import is_run_of_moves
from pipeline.facts.view import QUOTES, DocumentView, SpanIndex
from pipeline.lexicons import word_list
from pipeline.numerals import Quantity
from pipeline.numerals.characters import BIG as MAGNITUDES
from pipeline.numerals.characters import DIGITS
from pipeline.numerals.units import UNITS, longest_unit
from pipeline.text.listings import listing_codes
from pipeline.text.punctuation import CLOSING_BRACKETS, OPENING_BRACKETS
from pipeline.text.segment import dictionary_tag, dictionary_words, in_dictionary

CLASSIFIER_KINDS = ("number",)
COMPARISON_HEADS = frozenset("比为至到达")  # 比-3, 为-5: a sign after a word of comparison or value, a figure
RECURRENCE_WORDS = ("一度", "一届", "一遇", "一轮回")  # 四年一度, 百年一遇: the interval a recurring event comes at
_ATTACHMENT_NOTE = re.compile(r"[(（]附[\u3400-\u9fff]{1,4}$")  # (附图片, （附照片: an editor's note of attachments
ATTACHMENT_REACH = 6
MODEL_DASHES = ("-", "－", "—", "–")  # the dashes a model's letter and number are joined by (Y—12, C-130)
WORD_TAGS_AROUND_NUMERALS = frozenset("nts")  # nouns, words of time and of place (东三/t, 老三口/n)
WORD_ACROSS_REACH = 3  # characters read on each side of a quantity to find the word it was cut out of
WORD_ACROSS_KINDS = ("number", "ordinal")  # not a duration's, a measure's, a sum's or a percent's unit
VILLAGE_WORDS = frozenset("镇乡村")  # 三元镇, 五元村: the word of a town or a village that a place's name ends with
# 第二年: the next year (第二天 is read as a day already); 第一个月, 第二个季度, 第一个交易日: the month, the quarter or
# the trading day an event opened, counted with 个
ORDINAL_TIME_UNITS = ("年", "个月", "个季度", "个财季", "个交易日", "个工作日")
# 连续第三年, 已是第五年, 开业的第二年, 为第三年: a run counted or a position stated, a rank (D5)
RUN_OR_POSITION_WORDS = ("连续", "持续", "的", "是", "为", "已", "已经")
NOTE_OPENERS = {"【": "】", "[": "]", "〔": "〕", "［": "］"}  # the square brackets of a note marker, and their ends
# 第一种, 第二层, 第三块, 第一阶段: an ordinal of kinds, layers, parts or steps enumerates the points of the text
ENUMERATION_CLASSIFIERS = frozenset({"种", "层", "块", "点", "方面", "步", "阶段", "类", "部分", "项"})
ENUMERATION_WORDS = tuple(sorted(ENUMERATION_CLASSIFIERS, key=len, reverse=True))
ARTICLE_UNITS = ("条", "章", "节")  # 第五条, 第二章: the parts of a law or a rule
# a law, a rule or a document whose article (第三条, 第二款) is cited right after its name, or the verb citing it after
LAW_ENDINGS = ("法", "条例", "办法", "规定", "规则", "章程", "法案", "协议", "准则", "指引", "细则", "草案", "》")
# the parts a cited law is divided into: 条例草案第3部, 某条例第2分部 (第三部 alone may be a film's part)
CITED_LAW_PARTS = (*ARTICLE_UNITS, "款", "部", "分部")
# 第374章第39条, 第40条第2款, 第3部第2分部: a cited part of a law right before the ordinal, which cites a part of it
_CITED_PART_BEFORE = re.compile(r"第[\d一二三四五六七八九十百零〇两]+[A-Za-z]{0,2}(?:[(（][\dA-Za-z]{1,3}[)）])?"
                                r"(?:章|条|节|款|部|分部)$")
CITING_VERBS = ("规定", "明确", "指出", "列明", "订明")
# 第二条跑道, 第三条生产线, 第5条地铁线: a thing 条 counts that is built or run (a line, a road, a bridge), which an
# ordinal ranks; any other 第N条 (意见稿第十条提出, 第五条对…作出限制) cites a rule's article or the text's own point
_LINE_AFTER_ARTICLE = re.compile(r"[\u3400-\u9fff]{0,3}?[线路道桥隧管河江]")
PLAN_NAMES = ("五年规划", "五年计划")  # 第十四个五年规划: the plan's number names it
FIRST_N_COUNTERS = frozenset({"次", "轮", "场", "局", "盘", "届", "批", "回", "期"})  # 前两次, 前三轮 (D43)
# 前5个客场, 前两个赛季, 前三个回合: after 前N个, a word of events (D43)
_FIRST_N_EVENTS = re.compile(r"[\u3400-\u9fff]?[次轮场局盘届批回期]|赛季|比赛|回合|交易日")
# after 前N (or N大): a group of up to ten characters, then the share it takes (not past 中 or 里: 前十大城市中占…
# takes the share of one of them)
_RANKED_SET = re.compile(r"[大名位家个]?的?(?:(?![中里])[\u3400-\u9fffA-Za-z]){0,10}?"
                         r"(占|合计|合共|的?市场份额|的?份额|市占率)")
# after a count: its group, then 中 and a superlative in the same sentence, or 之首 (19家企业之首)
_SUPERLATIVE_SET = re.compile(r"[\u3400-\u9fffA-Za-z]{1,8}?(?:(?:之中|当中|中)[，,]?[^，。；：\n]{0,12}?"
                              r"(?:最|位居|居|属)|之(?:首|冠|最))")
# 是(全球)前五大品牌中: a copula (and a place or a field of up to four characters) before the top N states a position
_RANK_COPULA = re.compile(r"(?:是|为|作为|属|跻身|位居|位列|居)[\u3400-\u9fff]{0,4}$")
# 前十大持仓中，…; 前100名中有45家; 前三名里利润第二: the top N as the set that something else is stated in (D54,
# D78): its group (not past a break, 中 or 里), then 里, or 中 (之中, 当中) before a break or a word of standing
_TOP_AS_SET = re.compile(r"[大名位家个强]?的?(?:(?![中里])[\u3400-\u9fffA-Za-z]){0,10}?"
                         r"(?:里|(?:之中|当中|中)(?=[，,：:]|有|共有|占|仅|只有|包括|排名|位列|位居|居|排|属|最))")
# 排名全国前三中…, 跃升至前十里: a verb of ranking (and a place or a field of up to four characters) before the top N
_RANK_VERB_BEFORE = re.compile(r"(?:排名|排行|排|名列|列|升至|跃升|跃居|稳居|晋身|打入|挤进|杀入)[\u3400-\u9fff]{0,4}$")
LIST_MOVES = ("进入", "掉出", "跌出", "挤进", "退出")  # 掉出前五: a list entered or left (D71)
_LIST_NAME = re.compile(r"[^\s，。；、,;：:()（）的]{0,8}?(?:名单|榜单)")  # 前十大流通股东名单
PERCENTILE_WORDS = ("百分位", "百分值")
UNIT_NOTE_MAGNITUDES = frozenset("十百千万亿兆")  # (the text is simplified: 億 and 萬 read as 亿 and 万)
_UNIT_LABEL = re.compile(r"单\s*位\s*[:：]\s*$")  # 单位：, before a note's magnitude (and its currency name)
UNIT_LABEL_REACH = 8
WINDOW_LEADS = ("", "短短", "仅仅", "仅")  # what may open a clause before a bounded window (短短不到一年，…)
# the words that open a condition (若, 如果, 一旦 …), not 若干 (several), 如若 read whole
CONDITION_WORDS = ("如果", "假如", "假若", "倘若", "如若", "假设", "假定", "一旦", "若")
_CONDITION = re.compile("(?:" + "|".join(CONDITION_WORDS) + ")(?!干)")
FORWARD_TENOR_WORDS = ("远期", "前瞻")  # 18个月远期市销率: a duration that names a forward measure
_YEAR = re.compile(r"(19|20)\d\d")
YEAR_FROM_WORDS = frozenset("从自由于")  # before a year that 起 follows (从2015起: from 2015 on, no 2015 cases)
_YEARS = re.compile(r"(?:19|20)\d\d[-–—~至到](?:19|20)\d\d")  # 2026-2028 (年金价: 年 read into 年金)
# a class of places, then the rest of an indicator's name up to its head noun, with no 的 or break between
_SURVEYED_PLACES = re.compile(
    r"(?:大中|大|重点|主要|一线|二线|三线|样本)?(?:城市|省市|省份|省区市|国家|地区|经济体)[^\s的，。；、,;：:()（）]{0,20}?"
    r"(?:价格|房价|失业率|增加值|增速|增长率|指数|均价|CPI|PMI)"
    # 从70个大中城市看, 50个样本城市中: a panel of cities named for the statistics taken over it names the panel
    r"|(?:大中|重点|样本|监测)城市"
)
# 今(5)日, and 去(113)年: Taiwan writes the day, or the year of the Republic, in brackets inside 今日, 去年
_BRACKETED_DAY = re.compile(r"[昨今前明本同][(（](?:[12]?\d|3[01])[)）]日|[今去明前][(（]1[01]\d[)）]年")
# 15/16年, 2027/28课税年度, 31/32两年, 2031/32周期: one fiscal year, or two years (a season, a cycle)
_FISCAL_YEAR = re.compile(r"(?:19|20)?\d\d/\d\d(?:课税|财政)?(?:财?年度?|两年|周期|赛季)")
_YEAR_SPAN = re.compile(r"((?:19|20)\d\d)/((?:19|20)?\d\d)(?![\d/])")  # 2031/32: a year and the next
# 2031-32财年, 2031-32财政年度, 2031–32赛季: the second year of a fiscal year or a season written with a dash
_FISCAL_YEAR_END = re.compile(r"(?<=(?:19|20)\d\d[-—–])\d\d(?=(?:课税|财政)?财?年度?|赛季)")
# 2031-32: a year and the last two digits of the next, whatever follows (2031-32至2033-34年度, 2031-32的赤字): a fiscal
# year or a season, never a range (its upper end would be the lower)
_DASHED_YEAR_PAIR = re.compile(r"(?<![\d.])((?:19|20)\d\d)[-—–](\d\d)(?![\d.%])")
_CJK = re.compile(r"[\u3400-\u9fff]")
_MONTH_BEFORE = re.compile(r"[\d一二三四五六七八九十正腊冬]月$")  # 七月, 正月, 12月: a month named
_CHINESE_NUMERAL = re.compile(r"[一二三四五六七八九十]")
WORD_REST_REACH = 2  # 三轮车, 三部曲: the rest of a word past a quantity, one or two characters
# 360公司, 12306网站: Arabic digits glued to a company's or a site's word name it (a count of them takes 家 or 个)
NUMBERED_NAME_HEADS = ("公司", "集团", "网站")
# 第三多, 第二高, 第五小: an ordinal before a word of size ranks by it, though 三多 or 五小 is a word of the dictionary
RANKED_SIZES = ("多", "少", "高", "低", "大", "小", "长", "短")
# 不平凡的一年, 难忘的一天: one year or one day after 的 that closes its clause is that time as a thing, no length
NAMED_TIME_UNITS = ("年", "天")
_CHINESE_NUMERAL_RUN = re.compile(r"[一二三四五六七八九十两百千]+")
_SERIES = re.compile(r"[\u3400-\u9fff]{2}")  # 畅享 in 畅享90: two characters of a series name
REGION_PARTS = frozenset({"区", "市", "国", "省", "县", "城", "州", "岛", "镇"})  # the parts a regional name counts
# a word of an order glued after a head count or a number of days (四人限聚令, 14天隔离令) names the rule; the generic
# words of an order (3道命令, 两项禁令) count orders
ORDER_UNITS = frozenset({"人", "天", "日", "周", "小时"})
_NAMED_ORDER = re.compile(r"[\u3400-\u9fff]{1,3}?令")
GENERIC_ORDERS = frozenset({"命令", "指令", "法令", "禁令", "号令", "政令", "口令"})
HOUSEHOLD_NOUNS = ("家庭", "住户", "户")
# a character that may end a name right before its phase (某基金二期): Han, not a verb, a quantifier or a particle
_NAME_CHAR = re.compile(r"(?![分共为有近每约逾的了这该各第首前后达至])[\u3400-\u9fff]")
# two names joined by 和/与/及/跟/同 and nothing else up to the numeral (a name holds no function word or verb)
_NOT_IN_BOTH_NAME = "分共为有近每约逾的了这该各第首前后达至和与及跟同是在将对由从把被等其"
_BOTH_NAME = rf"(?:(?![{_NOT_IN_BOTH_NAME}])[\u3400-\u9fffA-Za-z0-9&·.]){{1,12}}"
# (甲队vs乙队两队: a fixture's two sides are named with vs)
_TWO_NAMES = re.compile(rf"{_BOTH_NAME}(?:和|与|及|跟|同|\s?[vV][sS]\.?\s?){_BOTH_NAME}$")
# bodies, teams and people (两个, 两种 count items: D55)
BOTH_CLASSIFIERS = frozenset({"家", "间", "所", "人", "位", "名", "队"})
BOTH_REACH = 26
PAIR_CLAUSE_MARKS = frozenset("，,。；;：:、\n“「（(")  # what opens a clause 两国 may open (两国贸易额)
PAIR_PREPOSITIONS = ("由", "与", "和", "对", "在", "让", "使", "令", "为", "据")  # 由两国共同出资
BOTH_ADVERBS = ("都", "均", "皆")  # 两人都, 两队均: "both of them", no count
# the label of the names 两 + a classifier of bodies may point back at (两人: two people; 两家: two companies)
PAIR_LABELS = {"人": ("PER",), "位": ("PER",), "名": ("PER",), "家": ("ORG",), "间": ("ORG",), "所": ("ORG",),
               "队": ("ORG", "LOC")}
PAIR_REACH = 150  # characters searched back for the pair of names 两人, 两家 point back at
# what may open the clause whose subject is 两人 or 两家公司: a clause mark, a conjunction or a verb of saying
PAIR_OPENERS = ("但", "而", "只是", "不过", "然而", "因此", "所以", "同时", "其后", "随后",
                "认为", "指出", "表示", "称", "相信", "预计", "估计", "坦言")
# 仅会加息一次, 只有一个, 各取一席: only or each, with at most a short verb before the 一 (not 不仅是一个, 只是一场)
_ONLY_OR_EACH = re.compile(r"(?<!不)(?:仅有|只有|仅|各)[^，。、；：:,;\n是需要]{0,3}$")
# the last character of a noun that names what a bare figure measures (得分9, 指数3, 比值2): no name of a work
MEASURE_ENDINGS = frozenset("分数率比值价额量度位点级差重高长宽深期号码")
REACHED_AGE_ENDINGS = ("了", "啦")  # 70多岁了: the age a person has reached (not 60岁以上人口)
ONE_PERSON = ("一名", "一位", "一个")  # 一名40岁的男子: the age of one person
BLOCK_UNITS = ("座", "幢", "栋")  # the blocks of an estate
FLOOR_WORDS = ("低层", "中层", "高层", "低座", "高座")  # what follows a block's number in an address
_FLAT_LAYOUT = re.compile(r"[房室](?:连|單位|单位|户型|[一二两三\d]?[厅廳])")
WAFER_SIZE_UNITS = ("英寸", "吋", "寸")
WAFER_WORDS = ("晶圆", "硅片", "矽晶圆", "产线")
VOLTAGE_UNITS = ("千伏", "kV", "KV", "kv", "伏")
# 500千伏变电站, 220kV线路: what a voltage class names (its grade of the grid), the class no figure of its own
GRID_WORDS = ("变电站", "变电所", "换流站", "开关站", "输变电", "输电线路", "线路", "电网", "特高压", "交流", "直流",
              "主变", "配电网", "电压等级")
# 第二次临时股东大会, 2024年第一次特别股东大会, 第三次定期会议: a word of the meeting's kind between its number and its
# word of meeting; the meeting is still named by the number (第三次下调利率 stays a rank: D5)
_KIND_OF_MEETING = re.compile(r"(?:临时|特别|定期|年度|例行|全体)(?:股东大会|股东会|董事会|监事会|会议|全会|大会)")
RANK_VERBS = ("排名", "排", "居", "列", "位列", "位居", "名列")  # 排名第一医院: a rank, whatever follows
# 第一创业证券, 第一上海证券, 第一太平洋银行: an ordinal opening a short name (one to three characters) that ends in
# a trade word of a financial firm names that firm, no rank (D6); 的, 大 or a classifier would break the name
_ORDINAL_FIRM = re.compile(r"[\u4e00-\u9fff]{1,3}?(?:证券|银行|金控|保险|信托|期货|基金|控股|集团)")
_NOT_IN_FIRM_NAME = set("的大家个名位次")
# 十四届全国人大, 二十届中央委员会, 第五届董事会: the bodies whose term a 届 number names
TERM_BODIES = ("全国人大", "全国政协", "人大", "政协", "中央", "市委", "省委", "区委", "县委", "党委", "常委会",
               "委员会", "董事会", "监事会", "立法会", "区议会", "议会", "政府")
SCHEME_ENDINGS = ("工作制",)  # 996工作制, 8小时工作制: a scheme named by its hours, with a unit or without
PHASE_COUNTERS = frozenset({"期", "轮"})  # 二期, 二轮: a phase or a round (two of them is 两期, 两轮)
PROJECT_NOUNS = ("项目", "工程")  # 二期项目: the phase names the project
FUNCTION_CHARACTERS = frozenset("为是达至到约比的了和与及")  # no name ends with them (为6.0 is no version)
RIDING_VERBS = ("乘坐", "搭乘", "换乘", "坐")  # 乘坐3路: the route ridden
ROUTE_REACH = 8  # characters of a listed route before a number with 路 (K12A路、)
_ROUTE = r"[A-Za-z]?\d+[A-Za-z]?路"
_ROUTE_AFTER = re.compile(rf"[、和及与或]{_ROUTE}")
_ROUTE_BEFORE = re.compile(rf"{_ROUTE}[、和及与或]$")
# the name of a festival or a day of observance after 第N个, up to where its sentence or phrase goes on (上, 之际, 当天)
_EDITION_OF_DAY = re.compile(r"[\u4e00-\u9fff]{2,8}?[节日](?=$|[，。、；;,！!？?）)」”\s]|上|中|里|期间|之际|前夕"
                             r"|到来|来临|当天|当日|主题|活动|宣传)")
RATIO_COLONS = (":", "：", "∶")  # ∶ (U+2236): the colon mainland statistics print in ratios (1∶6)
RATIO_MARKS = (*RATIO_COLONS, "比")  # 6.0:40.2: the first term of a ratio
STEP_NOUNS = ("阶段", "期", "波")  # 第二阶段, 第三期, 第五波疫情: a phase, an issue, a wave
DAY_UNITS = ("天", "日")
ASPECT_PARTICLES = ("了", "过")  # 用了18个月: the particle between a verb and the length it measures
# what puts a duration in a phrase that a figure is worked out by or paid for (按30年经营期测算, 就10年经营权)
BASIS_PREPOSITIONS = frozenset({"按", "就", "以", "凭", "依", "按照", "依照", "根据", "在", "于", "对", "用", "为"})
MAX_ACT = 6  # characters from a duration to the end of its clause: the act it measures (营业, 覆盖全岛)
BASIS_OPENERS = tuple(sorted(BASIS_PREPOSITIONS, key=len, reverse=True))
# what may follow a duration and make no act of its own (一年下来, 两年过去, 三年多, 五年左右, 两年的)
RESULT_MODALS = ("即可", "就可", "便可", "就能", "便能", "可", "能")  # 充电15分钟可行驶: a result a duration buys
NOT_AN_ACT_AFTER_DURATION = ("下来", "过去", "过后", "多", "有余", "左右", "上下", "的", "之")
ROW_WORDS = ("排",)  # 第二排座位: a row of seats or of a car
EVENT_DIVISIONS = ("男子", "女子", "混合")  # 女子100米, 混合4x100米: the division before an event
# ×100米 after the 4 of 4×100米接力: the distance of each leg of a relay (a word of the event follows it)
_RELAY_LEG = re.compile(r"\s?[×xX*]\s?\d+(?:\.\d+)?\s?(?:米|公里|千米|码|英里)")
WEEK_UNITS = ("周", "星期")
SUM_PREFIXES = ("总", "净", "累计", "合计")  # 20年总收益, 8年净效益: a sum over the years, which frame it
YEAR_AFTER_EVENT = ("后", "后的", "之后", "以后")  # 上市后第三年: what a year ordinal is counted from
_RANGE_OPENERS = ("介乎", "介于", "由", "从")  # 介乎3个月至80岁: what opens a range written end to end
_PERIOD_LIST_LINK = re.compile(r"[、和及与至到~-]")  # 第一、二季度, 第三至四季度: the link between listed periods
TIME_UNITS = ("交易日", "日", "天", "周", "星期", "月", "年", "季", "晚", "夜")
MARKET_ABBREVIATIONS = ("沪深", "深沪", "京")  # 沪深两市, 深沪两市, 沪深京三市
# what follows 两市 that names the stock markets (两市成交额, 两市个股, 两市融资余额), not two cities
MARKET_WORDS = ("成交", "个股", "股票", "上涨", "下跌", "合计", "共有", "融资", "涨停", "跌停", "主力", "资金", "半日",
                "全天", "全日", "早盘", "午盘", "尾盘", "收盘", "大盘", "股指", "指数", "总市值", "市值")
DAY_PARTS = frozenset({"上午", "下午", "中午", "晚上", "早上", "凌晨", "傍晚", "夜间"})
DEMONSTRATIVES = ("上述", "前述", "以上", "这", "该", "此")
RESTATING_DEMONSTRATIVES = ("上述", "前述", "这", "该")  # 该80公顷: before a figure already stated (D56)
RESTATED_KINDS = ("measure", "currency", "percent")
# 过去5年, 首5年内, 头两个月
WINDOW_OPENERS = ("过去", "未来", "今后", "往后", "此后", "今明", "明后", "近", "首", "头", "这")
ONE_CHARACTER_OPENERS = frozenset(w for w in WINDOW_OPENERS if len(w) == 1)
# (600123,行情,股吧): a six-digit listing in brackets, then the words of the links a portal prints after it
_LISTING_WITH_LINKS = re.compile(r"[（(]\d{6}[,，]\s?[\u3400-\u9fffA-Za-z,，\s]{1,10}[)）]")
_CODE_LABEL = re.compile(r"(?:编号|编码|代码|代号|号码|档号|案号|文号|验证码|校验码|密码|邮编|邮政编码|型号|机型)"
                         r"(?:[：:]|为|是)?[ A-Za-z0-9()（）/-]*$")
_UNTIL_DATE = re.compile(r"截至[^，。；\n]{2,20}止$")
LEVEL_NAMES = ("高位", "低位", "高点", "低点")  # 一年高位, 52周低位: a level named by the window it tops
BENCHMARK_CUES = ("较", "比", "距", "距离", "相比", "对比", "较之", "相较")  # what compares a figure with a level
BENCHMARK_REACH = 3
INITIAL_WORDS = ("首", "头")
# what an initial term lets one do or spares one (首3年只须供息, 首12个月免息, 头两年无须还本)
INITIAL_TERM_VERBS = ("只", "仅", "免", "毋须", "无须", "不用", "不需", "不必")
EXTRA_TIME_WORDS = ("多了", "多", "少了")
POINT_OPENERS = ("前", "上", "去", "本", "今", "同", "此前", "之前")  # 前两年的, 上一年的: a time before now
WINDOW_CLOSERS = ("之内", "以来", "内", "间", "里", "来")  # 十年内, 两年来
DEADLINE_CLOSERS = ("之内", "内")
DEADLINE_PREPOSITIONS = ("于", "在")  # 须于14日内回复: a time limit
CLAUSE_ENDS = "，,。；;、"
VALUE_LINKS = frozenset({"为", "是", "约为", "达", "达到"})  # 住院日为6.5天: a noun said to have a value
SPAN_NOUNS = frozenset({"时间", "期间", "时期", "之间", "光景"})
SPAN_POINTS = frozenset("本当上下前后初末早晚该此近同长短中首每各")  # 本期, 同期, 长期: no span a copula sizes
FRAMING_HOLIDAYS = (*HOLIDAY_NOUNS, "暑假", "寒假")  # 五一小长假4天, 暑假两个月: a holiday and its length frame
_DATE_BEFORE = re.compile(r"\d[年月日]$")  # 2029年连续两年: a date named right before a streak
THRESHOLD_VERBS = frozenset({"满", "满足", "达", "达到"})

_SCORE_COLON = re.compile(r"\d[:：]$")
# 表1：, 图2 (opening a line), 附表3, 见图4, 如表5所示: the number of a table or a figure, before its title
_CAPTION_WORD = re.compile(r"(?:^|(?<=[见如(（]))[ \t]*(?:附表|附图|图表|表|图)[ \t]?$", re.M)
CAPTION_ENDS = ("：", ":", " ", "\t", "\n", "）", ")", "。", "，", ",", "显示", "中")
# a two-term ratio with a colon: its terms, next to no third term (3:35:62)
_TWO_TERMS = re.compile(r"(?<![\d.:：∶])(\d+(?:\.\d+)?)(?:[:：∶]|比)(\d+(?:\.\d+)?)(?![\d.:：∶])")  # (1比32 too)
# 比例为, 之比, 收入比降至 before the ratio in its clause (not 比赛, 比较, 比如; 比分, 比数: a score), or 的比例 after
# (汇率1比32: an exchange rate is a ratio of two currencies, one fact, the rate: ANNOTATION.md)
_RATIO_WORD_BEFORE = re.compile(r"(?:比(?![赛较如分数])|汇率|兑)[^,，。;；:：!！?？\n]{0,6}$")
_RATIO_WORD_AFTER = re.compile(r"的?比(?:例|率)")
RATIO_WORD_REACH = 10
_ONE_EVENT = re.compile(r"一(?:次|宗|起|回)")  # 每行驶3万公里发生一次故障: one event per step
_ONE_SERVICE = re.compile(r"(?:开出|开|发出|发)?一(?:班|趟|列|辆|次)")  # 每5分钟一班: a service every five minutes
# …缩短至每4分钟: the verb of the change and the second headway after a first one (由每5分钟缩短至每4分钟一班)
_HEADWAY_BEFORE = re.compile(r"[^，。；\n每]{0,6}每(?:隔)?[0-9.一二三四五六七八九十两半]+(?:分钟|分|秒|小时|个小时)")
_PHONE = re.compile(r"\d{8}")  # a Hong Kong phone number written whole
_MOBILE = re.compile(r"1[3-9]\d{9}")  # a mainland mobile number: eleven digits from 13 to 19
_PHONE_PAIR = re.compile(r"(?<!\d)(?!19|20)\d{4}-\d{4}(?!\d)")  # 2466-7350, not the years 2023-2024
_SPACED_PHONE = re.compile(r"(?<![\d.])(?!19|20)\d{4} \d{4}(?![\d.])")  # 致电2345 6789
# 400-820-8820, 021-6123-4567: three groups of digits joined by dashes (no range has three ends)
_GROUPED_PHONE = re.compile(r"(?<![\d.])\d{3,4}-\d{3,4}-\d{3,4}(?![\d.])")  # (0800-123-456: a toll-free line)
# (852) 2345 6789, +852 2345-6789: a country or area code in brackets or after a plus, before a phone number
_CALLING_CODE = re.compile(r"(?:[(（]\+?\d{1,4}[)）]|(?<![\d.])\+\d{1,3})[ -]?(?=\d{3,4}[ -]?\d{4}(?![\d.]))")
_DIALLED = re.compile(r"(?:拨打|致电|拨通|热线|专线|电话)[：:]?\s*(\d{3,})(?![\d.])")  # 拨打120, 热线12345
# 3·15晚会, 7·20暴雨: a month and a day joined by a middle dot name a date (and the event on it)
# 10/05 14:30, 09/30: a month and a day with a slash, one of them written with a leading zero (no fraction is)
_PADDED_SLASH_DATE = re.compile(r"(?<![\d./])(?:0[1-9]/(?:3[01]|[12]\d|0[1-9])|1[0-2]/0[1-9])(?![\d/])")
_DOTTED_DATE = re.compile(r"(?<![\d.·•・])(?:1[0-2]|0?[1-9])[·•・](?:3[01]|[12]\d|0?[1-9])(?![\d.·•・])")
# 5.20当天, 11.11当晚: a month and a day written with a full stop, right before a word for that day
# 11.18-11.24, 12.1-12.7: two days of the month written with a full stop, joined as a range (a week of data)
_DOTTED_DAY = r"(1[0-2]|0?[1-9])\.(3[01]|[12]\d|0?[1-9])"
_DAY_RANGE = re.compile(rf"(?<![\d.]){_DOTTED_DAY}[-–—~至到]{_DOTTED_DAY}(?![\d.])")
# what marks such a range as days: brackets round it (上周（11.18-11.24）) or a word of a stretch of days after it
DAY_RANGE_AFTER = ("期间", "当周", "这周", "这一周", "一周", "周内", "时段")
YEAR_WORDS = ("年", "财年", "财政年", "课税年", "学年", "赛季")  # what a fiscal year or a season may be written with
# 26财年, 25会计年度, 24财政年度: the words of a fiscal year or a season that a year said by its last two digits
# stands glued before (the bare 年 is read into the figure as its unit, so 24年 is no bare number)
SHORT_YEAR_WORDS = (*YEAR_WORDS[1:], "会计年")
_TWO_DIGITS = re.compile(r"\d\d")
# 到30年，…; 预计到27年，…: the year a target is set for, said by two digits, opening its clause
# (延长到30年 is a length)
TARGET_YEAR_OPENERS = ("到", "至")
TARGET_YEAR_LEADS = ("", "预计", "计划", "力争", "争取", "有望", "目标", "目标是")
MAX_DAY_RANGE = 31  # days from the first to the last: a week, a fortnight or a month of data
# 1∶5万比例尺, 比例尺为1:10000: the two terms of a map's scale name it, no figure
_MAP_SCALE = re.compile(r"[1１]\s*[∶:：]\s*[\d.,]+[万千]?(?=的?比例尺)"
                        r"|(?<=比例尺)[为是：:]?\s*[1１]\s*[∶:：]\s*[\d.,]+[万千]?")
# 1/8决赛, 四分之一决赛: the fraction of the field left names a knockout round, no share
_KNOCKOUT_ROUND = re.compile(r"(?:[1１]\s*/\s*(?:2|4|8|16|32|64)|(?:二|四|八|十六|三十二|六十四)分之一)(?=决赛)")
_DAY_WITH_STOP = re.compile(r"(?<![\d.])(?:1[0-2]|0?[1-9])\.(?:3[01]|[12]\d|0[1-9])"
                            r"(?=当天|当日|当晚|这天|那天|这一天|那一天)")
# 第二次增资（2019/05）：…, 第四/五次配售：…: an ordinal of rounds (次, 轮, perhaps several joined by / or 、) opening
# a line, with the noun of what was done, before the bracket or colon that describes it names the listed entry (D79:
# 第N次 + a transaction noun used as a listed transaction's name is a name), no rank
_ROUND_NUMERAL = f"[{DIGITS}十0-9]+"
_LISTED_ROUND_NAME = re.compile(rf"(?m)^[ \t\u3000]*第{_ROUND_NUMERAL}(?:[/／、]{_ROUND_NUMERAL})*[次轮]"
                                r"(?=[\u3400-\u9fff]{1,8}[（(：:])")
# an ordinal event inside a time adverbial dates what the clause says, a point in time (like 第二天), no rank: the
# opener before it and the word closing its phrase after it. 自第1宗个案起计, 以第50例当日为起点, 从第十个交易日开始:
# the point a count starts from; 在第二轮投票中, 于第三次复诊时, 在第一次面试后: the moment something else happens
_TIME_ADVERBIALS = (
    (("自", "從", "从", "以", "由"),
     re.compile(r"[^，。；：,;:！？\n（(]{0,10}?(?:起[計计算]?|開始|开始|當日|当日|當天|当天)(?=[，。；,;]|作[為为]|[為为]起)")),
    (("在", "於", "于", "當", "当"),
     re.compile(r"[^，。；：,;:！？\n（(]{0,10}?(?:[時时後后]|期[間间]|中(?=[，。；,;]))")),
)
FORMULA_OPERATORS = ("乘以", "除以", "加上", "减去")
FORMULA_SIGNS = frozenset("×÷*")  # 收益率×365: the signs of multiplying and dividing
_HAN_CHAR = re.compile(r"[\u3400-\u9fff]")  # a Han character: the end of a base period's name (上年=100)
_BASE_PERIOD_BEFORE = re.compile(r"[（(]以[\u3400-\u9fff\d]{1,8}[为為]$")  # （以上年为100）: the base period named
_WORD_CHAR = re.compile(r"[\u3400-\u9fffA-Za-z]")  # a word's character on the other side of the sign
ADDRESS_LABELS = ("地址", "地点")  # 地址：某街88号1楼: an address line
ROAD_WORDS = ("路", "街", "大道")  # 某某路三段, 某某东路二段: a road's name before N段 makes it a section of the road
# 公路两段, 铁路三段: words of roads in general (no name), before which N段 counts stretches
ROAD_NOUNS = ("公路", "铁路", "道路", "马路", "线路", "水路", "电路", "航路", "街道", "大街", "思路", "套路", "网路")
CLAUSE_WORDS = ("条款", "法案")  # 123条款, 456法案: a clause or an act named by its number
PLAYER_WORDS = ("棋手", "高手", "选手")  # 九段棋手: a player's grade before the word of a player
# 5楼, 502室, 3单元, 第12庭: a floor, a room, a stairway, a court's room (5栋楼 counts with 栋)
ADDRESS_PARTS = ("楼", "室", "单元", "庭", "法庭")
ANNIVERSARY_UNITS = ("周年",)
# 六十岁生日, 八十大寿: an age glued to the word of a birthday names the occasion, no person's age stated (D4)
BIRTHDAY_WORDS = ("生日", "大寿", "寿辰", "寿宴", "寿诞", "生辰")
# 第二被告, 第一原告: an ordinal glued to a party of a case names that party, no rank (D6: a label)
CASE_PARTIES = ("被告", "原告", "上诉人", "答辩人", "申请人", "呈请人", "证人")
ENUMERATOR_ENDS = ("，", ",", "、", "：", ":")  # 第一，加强监管: an ordinal alone before a comma or a colon
SENTENCE_OPENERS = ("：", ":", "；", ";", "。", "！", "？")  # what a sentence or a clause after a colon opens after
CLAUSE_OPENERS = (*SENTENCE_OPENERS, "，", ",")  # what a point of the text opens after
QUOTE_OPENERS = ("“", "「", "『")  # what a quotation opens with
# 第一是…，第二是…; 第一要…，第二要…; 第一项是…: what an ordinal that opens a point is followed by
_POINT_LINK = re.compile(r"(?:是要|就是|则是|在于|是|要|则)")
POINT_UNITS = ("", "项", "点", "条", "个", "方面")  # 第一项是, 第二点要: the classifiers of a text's points
# 这不是某公司第一次…, 并非首个: a negated first time counts nothing (nothing stands first among others)
_NEGATED_FIRST = re.compile(r"(?:不是|并非|并不是|绝非|已非|不再是)[^，。；！？\n]{0,12}$")
# 生平第一次, 有史以来第一次, 这辈子第一次: a first time against an undated span says "for the first time", like 首次
# (自2027年起第一次, 今年第一次 date the window the repeats are counted in, a rank: D5)
FIRST_TIME_SPANS = ("多年来", "多年以来", "多年", "有史以来", "有生以来", "生平", "平生", "这辈子", "人生中", "人生",
                    # 成立以来第一次: since an undated event of the holder's own, like 有史以来
                    "成立以来", "上市以来", "创立以来", "开业以来", "有记录以来", "有纪录以来",
                    "历史上")  # 历史上第一次: the first time in all of history
FIRST_TIME_COPULAS = ("还是", "尚属", "尚是", "还属", "仍是")  # 这还是第一次。: the news is that it is new
# 第一大客户占营收…, 第二大买家占比: the share of one supplier or customer measures concentration, no rank
CONCENTRATION_PARTIES = ("供应商", "供货商", "客户", "采购商", "经销商", "买家")
_CONCENTRATION = re.compile(r"[^，。；\n]{0,6}?(?:占|的?占比|份额)")
MAX_LIST_GAP = 8  # characters between two counts of a list (合肥两座、北京一座)
LEVEL_WORDS = ("上方", "下方", "附近", "关口", "大关", "水平", "之上", "之下")  # 99上方: where a price or an index sits
_LINK_WORD = re.compile(r"[A-Za-z]{3,}")  # …/fulltext, www: a link has words; 8GB/256GB has only units
_LETTER_AND_SIGN = re.compile(r"[A-Za-z][+-]$")
_VERSION = re.compile(r"\d{1,2}\.0")
_DOTTED_PART = re.compile(r"\.\d")
_DOTTED_PART_BEFORE = re.compile(r"\d\.$")
_GLUED = re.compile(r"(?<![0-9.])[0-9]+[\u3400-\u9fff]")
_RUN_ENDS = " \t\n，。；：、,;()（）「」"  # what ends a link or a phone number
# a whole run between them that holds a dash: only such a run can hold a phone number written with its dash
# (matched from the run's start, so a run without one costs one pass)
_DASHED_RUN = re.compile(f"(?<![^{_RUN_ENDS}])[^{_RUN_ENDS}-]*-[^{_RUN_ENDS}]*")
_LINK = re.compile(r"[A-Za-z0-9./:_?=&%#~+-]+")  # the characters of a link


# 甲公司、乙集团、丙银行三家; 甲和乙两位; 甲、乙，两家企业; 两大车企甲和乙: a count of bodies next to as many names as
# it counts only restates how many were named (D69, D75, D78), no fact. A name: up to twelve characters with no
# function word or verb of a clause (the characters of _BOTH_NAME); the items joined by 、 or 和/与/及/以及/跟/同
LISTED_BODY_CLASSIFIERS = frozenset({"家", "间", "所", "位", "名", "人", "只", "支"})
_LIST_JOIN = "(?:、|以及|和|与|及|跟|同)"
_COUNT_GAP = r"(?:等|[，,])?(?:共|合共|共计|合计|仅|只有)?"  # 甲、乙、丙，三家; 甲、乙等两家; 甲和乙共两家
MAX_LISTED_BODIES = 9
GIANT_FIELD_REACH = 6  # 三大半导体设备巨头: the field named between N大 and the word for the giants
ACTING_TAGS = ("v", "d")  # jieba's tags of a verb and an adverb: 两大巨头即将…, 两大巨头公布… (not 供应, a verbal noun)
FIXED_SET_REACH = 6  # the characters after a place read for the rest of a fixed name (三大 + 美国 + 股指)
ACTING_WORD_REACH = 4  # the characters read to find the word after a set of giants
# counters of things a writer may set off in quotation marks as figurative labels (两条“红线”, 三个“不”字)
LABEL_COUNTERS = ("条", "个", "种", "项", "类", "道", "重")
# up to four characters of noun (no copula: 两个系列是“甲”“乙” names what it counts), then a short quoted phrase
# with no digit in it (资源端“合伙人”, “红线”)
_QUOTED_LABEL_AFTER = re.compile(r"(?:(?![是为叫称])[\u3400-\u9fff]){0,4}?[\"“「『][^\d\"“”「」『』\n]{1,8}[\"”」』]")
# 甲、乙两家均, 甲和乙两家的: a word after a bare count that spreads what follows over the bodies just named
SPREADING_WORDS = ("均", "都", "各", "皆", "分别", "的", "合共", "合计", "共")
# 有三家公司均, 其中两家的, 其余五家均, 旗下两家的: a count of some, of the rest or of a holder's own, not a pointer
COUNTING_WORDS_BEFORE = ("有", "共", "仅", "只", "等", "达", "中", "其他", "其余", "另", "另外", "余下", "剩下", "剩余",
                         "旗下")
# 两所学校均, 四位董事都, 两家企业的: words that spread what follows over bodies already met (not a sum: 三家公司合计
# may total a set counted there)
POINTING_BACK_WORDS = ("均", "都", "各", "皆", "分别", "的")
LISTED_NAME_REACH = 16  # characters searched back per name counted (a name, its joining word, the count's gap)

# words that begin with a noun of sequence_nouns.txt but are verbs or other nouns (排名第一站稳, 第一关注点, 第一关键)
NOT_SEQUENCE_WORDS = ("站上", "站稳", "关注", "关键", "关系", "关于", "关口", "课题",
                      "局面", "局势", "局长", "盘面", "盘子")

SECOND_UNITS = ("秒", "毫秒", "秒钟")
MINUTE_UNITS = ("分", "分钟")


def _is_price_per_measure(word: str, q: Quantity) -> bool:
    """每升7.85元: a word after 每 that is also a measure (升, the litre, tagged as the verb 'rise') before a sum of
    money is the unit the price is per, not the step of a move (燃料每上涨8美元 stays a step)."""
    unit = UNITS.get(word)
    money = UNITS.get(q.unit)
    return unit is not None and unit.kind == "measure" and money is not None and money.kind == "currency"


def is_timed(q: Quantity) -> bool:
    """9秒87, 2分05秒, 2小时43分: a duration in seconds, or in hours and minutes together, is a time clocked (a race's,
    a trip's, a headway), not the length of a window over other figures."""
    return q.kind == "duration" and (q.unit in SECOND_UNITS or (q.unit in MINUTE_UNITS and "时" in q.text))


def measured(text: str, at: int) -> bool:
    """A magnitude or a unit starts at `at` (1100-1200亿元, 5400-6800美元: a range of figures, no phone number)."""
    return at < len(text) and (text[at] in MAGNITUDES or longest_unit(text, at) is not None)


def _unit_word(text: str, start: int, end: int) -> bool:
    """100MW/200MWh, 3kWh/km: a word of letters right after a digit that is all a unit is no word of a link."""
    unit = longest_unit(text, start) if start > 0 and text[start - 1].isdigit() else None
    return unit is not None and start + len(unit[0]) >= end


def contacts_and_links(text: str) -> Iterator[tuple[int, int]]:
    """2466-7350, 拨打120, …/41270-3/fulltext: the spans of phone numbers (written with their dash or a space, or
    dialled, and their groups or calling code: 400-820-8820, (852) 2345 6789) and of links, whose numbers are no
    figures."""
    for m in _DASHED_RUN.finditer(text):
        if any(not measured(text, m.start() + pair.end()) for pair in _PHONE_PAIR.finditer(m.group())):
            yield m.span()
    for m in _LINK.finditer(text):  # (a link's ASCII run, though Chinese is written right before it: 研究30411-2/…)
        if "/" in m.group() and any(not _unit_word(text, m.start() + w.start(), m.start() + w.end())
                                    for w in _LINK_WORD.finditer(m.group())):
            yield m.span()
    for m in _SPACED_PHONE.finditer(text):
        yield m.span()
    for m in _DIALLED.finditer(text):
        yield m.span(1)
    for pattern in (_GROUPED_PHONE, _CALLING_CODE):
        for m in pattern.finditer(text):
            yield m.span()


def day_ranges(text: str) -> Iterator[tuple[int, int]]:
    """上周（11.18-11.24）, 12.1-12.7期间: two days of the month written with a full stop and joined as a range, in
    brackets or before a word of a stretch of days, name the days a figure covers (a week of data), no figure of
    their own; not a range with a unit or a magnitude (11.18-11.24元), nor one whose second day is not after the first
    within a month."""
    for m in _DAY_RANGE.finditer(text):
        if measured(text, m.end()):
            continue
        bracketed = (text[m.start() - 1 : m.start()] in OPENING_BRACKETS
                     and text[m.end() : m.end() + 1] in CLOSING_BRACKETS)
        if not (bracketed or text.startswith(DAY_RANGE_AFTER, m.end())):
            continue
        first_month, first_day, last_month, last_day = (int(g) for g in m.groups())
        months = (last_month - first_month) % 12
        days = last_day - first_day + 30 * months
        if months <= 1 and 0 < days <= MAX_DAY_RANGE:
            yield m.span()


def fiscal_year_pairs(text: str) -> Iterator[tuple[int, int]]:
    """2031-32: a year, a dash and the next year's last two digits name a fiscal year or a season, whatever follows
    (2031-32至2033-34年度: the numeral grammar reads 32至2033 as a range), unless a unit other than a year's follows."""
    for m in _DASHED_YEAR_PAIR.finditer(text):
        if measured(text, m.end()) and not text.startswith(YEAR_WORDS, m.end()):
            continue  # 2020-21元: a range of prices, however unlikely
        if int(m[2]) == (int(m[1]) + 1) % 100:
            yield m.span()


MAX_QUOTED_NAME = 8  # characters inside the quotation marks of a name that holds a number (“三元乘车优惠”)
# what completes a quoted figure rather than naming something (“3年内”, “两年后”, “近三成”, “百万余”)
FIGURE_COMPLETERS = frozenset("内外前后多余来间中里上下起止整半左右近约超逾达共仅只的了")
MIN_NAME_WORDS = 2  # Chinese characters beside the number that make the quoted phrase a name (not “2点几”)
# (curly and corner marks only: a straight " opens and closes alike, so a pair of them may be two quotations)
_QUOTED_PHRASE = re.compile(rf"[“「『][^“”「」『』\"\n，。；]{{1,{MAX_QUOTED_NAME}}}[”」』]")
_MODEL_WORD_AFTER = re.compile(r" [A-Z][a-z]+(?![A-Za-z])")


@cache
def numbered_holiday_pattern() -> re.Pattern[str]:
    """十一假期, 五一黄金周: a holiday named by its date (festivals.txt) before a word of a holiday is a time, and its
    numeral no figure (二十一假期 is no holiday: a numeral may not stand right before)."""
    numbered = [w for w in holiday_words() if _CHINESE_NUMERAL.match(w)]
    return re.compile(rf"(?<![第零一二三四五六七八九十百千万两])(?:{alternation(numbered)})")


@cache
def length_words() -> tuple[str, ...]:
    """For `str.endswith`: the words before a duration that make it a length of its own (length_cues.txt, which
    name a measure, and length_adverbs.txt: 仅, 分, which do not)."""
    return (*word_list("length_cues.txt"), *word_list("length_adverbs.txt"))


@cache
def giant_set_pattern() -> re.Pattern[str]:
    """A field of up to six characters, then a word of giant_nouns.txt (半导体巨头, 原厂)."""
    giants = "|".join(map(re.escape, by_length("giant_nouns.txt")))
    return re.compile(f"[\\u3400-\\u9fffA-Za-z]{{0,{GIANT_FIELD_REACH}}}?(?:{giants})")


@cache
def listed_names_before(n: int) -> re.Pattern[str]:
    """n names joined by 、 or 和/与/及 right before a count (and its 等, comma or 共), searched to the window's end."""
    return re.compile(rf"{_BOTH_NAME}(?:{_LIST_JOIN}{_BOTH_NAME}){{{n - 1}}}{_COUNT_GAP}$")


@cache
def listed_names_after(n: int) -> re.Pattern[str]:
    """n names joined by 、 or 和/与/及 right after a count and its noun (两大车企甲和乙)."""
    return re.compile(rf"{_BOTH_NAME}(?:{_LIST_JOIN}{_BOTH_NAME}){{{n - 1}}}")


class Keep:
    """Decides, quantity by quantity in order, which quantities of a document are facts."""

    def __init__(self, view: DocumentView) -> None:
        self.view = view
        self.text = view.text
        self.lines = view.lines
        self.name_spans = SpanIndex([*(m.span() for m in name_numeral_pattern().finditer(view.text)),
                                     *listing_codes(view.text), *contacts_and_links(view.text),
                                     *(m.span() for m in _DOTTED_DATE.finditer(view.text)),
                                     *(m.span() for m in _PADDED_SLASH_DATE.finditer(view.text)),
                                     *(m.span() for m in _DAY_WITH_STOP.finditer(view.text)),
                                     *day_ranges(view.text), *view.names,
                                     *(m.span() for m in _MAP_SCALE.finditer(view.text)),
                                     *(m.span() for m in _KNOCKOUT_ROUND.finditer(view.text)),
                                     *(m.span() for m in _LISTED_ROUND_NAME.finditer(view.text)),
                                     *(m.span() for m in numbered_holiday_pattern().finditer(view.text))])
        self.fiscal_years = SpanIndex(fiscal_year_pairs(view.text))
        self.place_ends = frozenset(e for _, e, label in view.entities if label == "LOC")
        self.frames: list[tuple[int, int]] = []  # durations that frame other figures: periods, not facts
        # the frames that are no window of time (连续40天超过9000万千瓦): they frame the figures of their sentence only
        self.sentence_frames: set[tuple[int, int]] = set()

    def is_fact(self, q: Quantity, q_index: int) -> bool:
        if q.kind == "date" or self.is_bracketed_day(q) or self.is_exchange_base(q):
            return False
        if q.kind == "duration" and self.is_headway(q):
            return True
        if q.kind in ("duration", "measure") and self.is_rate_denominator(q, q_index):
            return False
        if q.kind == "duration" and self.text.startswith(RECURRENCE_WORDS, q.end):
            return False  # 四年一度的大选, 百年一遇: the interval of a recurring event names it, no figure nor frame
        if q.kind == "duration" and self.duration_is_time_frame(q, q_index):
            return False
        if self.name_spans.enclose(q.number_start, q.number_end):
            return False
        return not (self.inside_name(q) or self.is_article_one(q) or self.names_a_time(q) or self.is_year(q)
                    or self.is_section_number(q)
                    or self.is_enumerator(q) or self.opens_a_point(q, q_index) or self.is_first_time(q)
                    or self.is_part_of_title(q)
                    or self.measures_concentration(q)
                    or self.is_article_of_a_title(q) or self.in_address(q) or self.means_both(q)
                    or self.is_age_band(q) or self.is_class_label(q) or self.points_back(q)
                    or self.is_phone_number(q) or self.is_code(q) or self.is_base_of_rate(q, q_index)
                    or self.is_clock_time(q) or self.is_unit_term_of_ratio(q) or self.numbers_a_caption(q)
                    or self.is_formula_constant(q) or self.is_index_base(q) or self.is_anniversary(q)
                    or self.enumerates_kinds(q) or self.numbers_text_item(q) or self.names_percentile(q)
                    or self.names_surveyed_places(q) or self.names_region_of_parts(q) or self.names_standing_set(q)
                    or self.names_set_of_giants(q) or self.counts_quoted_labels(q)
                    or self.is_unit_note(q) or self.opens_list_of_periods(q, q_index)
                    or self.opens_list_of_labels(q, q_index) or self.restates_named_bodies(q)
                    or self.points_back_at_bodies(q) or self.names_step_of_sequence(q) or self.inside_time_adverbial(q)
                    or self.is_note_marker(q)
                    or self.names_day_or_year(q) or self.is_day_of_month(q)
                    or self.heads_a_place_name(q) or self.counts_attachments(q) or self.is_dashed_model(q)
                    or self.names_grade(q) or self.inside_a_word(q) or self.names_volume_or_clause(q)
                    or self.in_a_word_across(q) or self.names_numbered_road(q) or self.names_bus_route(q)
                    or self.names_edition_of_day(q))

    def is_day_of_month(self, q: Quantity) -> bool:
        """七月十四, 正月十五, 8月15: a bare whole number up to 31 right after a month, 日 left out, is the day of
        that month, a date (D2), no figure."""
        if q.kind != "number" or q.unit or q.value_max is not None or q.qualifier != "exact":
            return False
        return (q.value in range(1, 32) and q.start == q.number_start
                and _MONTH_BEFORE.search(self.text, max(q.start - 3, 0), q.start) is not None)

    def names_day_or_year(self, q: Quantity) -> bool:
        """第二年，他迁往甲市; 第一年免收年费; 上市第一个交易日大涨; 第二个季度增长4%: 第N年 (or 第N个月, 个季度,
        个交易日) with no word before it that counts a run or states a position (连续第三年, 已是第五年, 开业的第二年,
        连续第五个月) is the time something happened, a point in time (D2), no rank."""
        if q.kind != "ordinal" or not q.text.startswith("第") or q.unit not in ORDINAL_TIME_UNITS:
            return False
        return not self.text[max(q.start - 2, 0) : q.start].endswith(RUN_OR_POSITION_WORDS)

    def inside_a_word(self, q: Quantity) -> bool:
        """三轮车, 三部曲, 十六大: a Chinese numeral that begins a word of the dictionary reaching one or two
        characters past the quantity (the word the tokens were cut out of at the quantity's end) is part of that word,
        no count (while 十大 and 两大类 count a set; 三家公司 is no word)."""
        numeral = self.text[q.number_start : q.number_end]
        if not _CHINESE_NUMERAL_RUN.fullmatch(numeral) or not self.view.tokens:
            return False
        after = self.view.tokens[self.view.token_index_at(q.end)]
        if after.start != q.end or not 0 < len(after.text) <= WORD_REST_REACH or not _CJK.match(after.text[0]):
            return False
        if after.text.startswith("大") and (len(numeral) == 1 or after.text != "大"):
            return False  # 十大, 两大类, 十五大类: N大 and a group noun count the group (D31); 十六大 is one word
        if q.text.startswith("第") and after.text in RANKED_SIZES:
            return False
        return in_dictionary(self.text[q.number_start : after.end])

    def word_across(self, q: Quantity) -> tuple[int, str]:
        """The dictionary word that the few characters around `q` read as across its end or its numeral's start (the
        pipeline's own tokens are cut at a figure's edges, so they no longer show it): (its start, the word), or
        (-1, "")."""
        start = max(q.start - WORD_ACROSS_REACH, self.view.clause_start(q.start))
        at = start
        for word in dictionary_words(self.text[start : q.end + WORD_ACROSS_REACH]):
            if at < q.number_start < at + len(word) or at < q.end < at + len(word):
                return at, word
            at += len(word)
        return -1, ""

    def in_a_word_across(self, q: Quantity) -> bool:
        """西四支行, 老两口, 第三人称, 某某五分校: a numeral inside a place's, a noun's or a time's word that begins
        before it or runs past the quantity names or labels that word, it counts nothing."""
        if q.kind not in WORD_ACROSS_KINDS or not _CJK.match(self.text[q.number_start - 1 : q.number_start] or " "):
            return False
        at, word = self.word_across(q)
        tag = dictionary_tag(word) or ""
        if at < 0 or tag in ("nr", "m", "mq"):
            return False
        # the word holds the numeral: 西四/t, 老两口/n, 第三人称/n (not 归零/v, 过半); a word that begins at the unit
        # (8省区, 4次测试) may be a compound unit or the noun counted, so it is not read (but names_numbered_road)
        return (at < q.number_start and tag[:1] in WORD_TAGS_AROUND_NUMERALS
                and (at < q.start or at + len(word) > q.end))

    def names_numbered_road(self, q: Quantity) -> bool:
        """208国道, 某县12省道: a number whose unit begins the word of a numbered road names the road, no count."""
        return (q.kind == "number" and bool(q.unit) and q.start == q.number_start
                and self.text.startswith(word_list("numbered_roads.txt"), q.end - len(q.unit)))

    def names_bus_route(self, q: Quantity) -> bool:
        """K8路, 乘坐3路, 88路、106路: Arabic digits with 路 name a bus route when a Latin letter leads them, a verb of
        riding stands before them, or another such route is listed beside them (while 3路输出, 两路大军 count)."""
        if q.kind != "number" or q.unit != "路" or not self.text[q.number_start : q.number_end].isdigit():
            return False
        before = self.text[max(q.start - 2, 0) : q.start]
        if before[-1:].isascii() and before[-1:].isalpha() or before.endswith(RIDING_VERBS):
            return True
        return (_ROUTE_AFTER.match(self.text, q.end) is not None
                or _ROUTE_BEFORE.search(self.text, max(q.start - ROUTE_REACH, 0), q.start) is not None)

    def names_edition_of_day(self, q: Quantity) -> bool:
        """第二十五个中国农民丰收节, 第33个全国爱耳日: the Nth time a yearly festival or observance day comes names its
        edition, like 第32届, no rank (while 第3个完成的城市 ranks)."""
        return q.kind == "ordinal" and q.unit == "个" and _EDITION_OF_DAY.match(self.text, q.end) is not None

    def names_volume_or_clause(self, q: Quantity) -> bool:
        """某某文集卷十二 (a volume of a book), 依据123条款, 某国456法案 (a numbered clause or act): a bare number
        right after 卷 or right before 条款 or 法案 names a part of a text, no figure."""
        if q.unit or q.start != q.number_start:
            return False
        return self.text[q.start - 1 : q.start] == "卷" or self.text.startswith(CLAUSE_WORDS, q.end)

    def names_grade(self, q: Quantity) -> bool:
        """某某路三段, 甲乙东路二段 (a section of a named road), 周某九段, 九段棋手 (a player's grade in go or
        chess), 三至五年级 (school years): the number names a place or a grade, no count (while 公路两段 and 分三段施工
        count)."""
        if not q.unit and self.text.startswith("年级", q.end):
            return True
        if q.unit != "段":
            return False
        before = self.text[max(q.start - 2, 0) : q.start]
        if before.endswith(ROAD_WORDS) and not before.endswith(ROAD_NOUNS):
            return True
        return q.start in self.person_ends or self.text.startswith(PLAYER_WORDS, q.end)

    @cached_property
    def person_ends(self) -> frozenset[int]:
        """Where the people's names the entity stage found end."""
        return frozenset(e for _, e, label in self.view.entities if label == "PER")

    def is_dashed_model(self, q: Quantity) -> bool:
        """甲-20战机, 某型-76运输机: whole digits after a dash glued to a Chinese character, with no unit, designate a
        model (a negative figure has its unit or follows a space or a verb of change: 同比-5%)."""
        if (not q.unit and q.start == q.number_start and self.text[q.start - 2 : q.start - 1].isascii()
                and self.text[q.start - 2 : q.start - 1].isupper() and self.text[q.start - 1 : q.start] in MODEL_DASHES
                and self.text[q.start : q.number_end].isdigit()):
            return True  # Y—12飞机, C–130运输机: a dash of any length between a capital letter and whole digits
        return (not q.unit and q.start > 0 and self.text[q.start : q.start + 1] in ("-", "－")
                and self.text[q.start + 1 : q.number_end].isdigit()
                and _CJK.match(self.text[q.start - 1]) is not None and self.text[q.start - 1] not in COMPARISON_HEADS)

    def counts_attachments(self, q: Quantity) -> bool:
        """（附图片2张）, (附表3份): the count in an editor's bracketed note of what is attached to the story."""
        m = _ATTACHMENT_NOTE.search(self.text, max(q.start - ATTACHMENT_REACH, 0), q.start)
        return m is not None and m.end() == q.start and self.text[q.end : q.end + 1] in CLOSING_BRACKETS

    def heads_a_place_name(self, q: Quantity) -> bool:
        """甲县五元镇, 来自三元村, 二元丙村支部: one Chinese numeral and 元 glued to a village's or a town's word, or
        to a name the entity stage found, begin a place's name (a sum in 元 is followed by its noun or a break)."""
        numeral = self.text[q.number_start : q.number_end]
        if q.unit != "元" or q.end != q.number_end + 1 or len(numeral) != 1 or not _CHINESE_NUMERAL.match(numeral):
            return False
        return self.text[q.end : q.end + 1] in VILLAGE_WORDS or q.end in self.name_starts

    @cached_property
    def name_starts(self) -> frozenset[int]:
        """Where the names the entity stage found begin."""
        return frozenset(s for s, _, _ in self.view.entities)

    def is_note_marker(self, q: Quantity) -> bool:
        """某某曾任主席【2】, 发表论文多篇[3]: a whole number alone in square brackets marks a note or a source, no
        figure."""
        return (q.start > 0 and not q.unit and q.kind == "number" and self.text[q.number_start : q.number_end].isdigit()
                and self.text[q.start - 1 : q.start] in NOTE_OPENERS
                and self.text[q.end : q.end + 1] == NOTE_OPENERS[self.text[q.start - 1]])

    def opens_range_across_units(self, q: Quantity, q_index: int) -> bool:
        """介乎3个月至80岁, 由6个月到12岁: after 介乎/介于/由/从, a duration joined by 至/到 to a figure in another unit
        right after it is the low end of a range stated in two units: two exact figures, no window."""
        if (not self.text[max(q.start - 2, 0) : q.start].endswith(_RANGE_OPENERS)
                or self.text[q.end : q.end + 1] not in ("至", "到") or q_index + 1 >= len(self.view.quantities)):
            return False
        other = self.view.quantities[q_index + 1]
        return other.start == q.end + 1 and bool(other.unit) and other.unit != q.unit

    def opens_list_of_periods(self, q: Quantity, q_index: int) -> bool:
        """第一、二季度, 第三及第四季度, 第1、2季度: an ordinal with no noun of its own, listed before a period that
        shares its 第 and its noun, is the first of those periods (Q1 and Q2), no rank."""
        if q.kind != "ordinal" or q.unit or not q.text.startswith("第") or q_index + 1 >= len(self.view.quantities):
            return False
        after = self.view.quantities[q_index + 1]
        return after.kind == "date" and _PERIOD_LIST_LINK.fullmatch(self.text, q.end, after.start) is not None

    def opens_list_of_labels(self, q: Quantity, q_index: int) -> bool:
        """第二及第三期, 第一、第二阶段, 第一至三代: an ordinal with no noun of its own, listed before an ordinal that
        names a phase, a generation or another label (no fact), shares its noun and is a label too, no rank (while
        排名第二及第三 stay ranks: the ordinal after it is one)."""
        if q.kind != "ordinal" or q.unit or not q.text.startswith("第") or q_index + 1 >= len(self.view.quantities):
            return False
        after = self.view.quantities[q_index + 1]
        return (after.kind == "ordinal" and _PERIOD_LIST_LINK.fullmatch(self.text, q.end, after.start) is not None
                and not self.is_fact(after, q_index + 1))

    def is_unit_note(self, q: Quantity) -> bool:
        """（百万港元）, (千万元): a magnitude and a unit alone in brackets say in what the figures of a table or a
        title are written, no figure of their own."""
        if not set(self.text[q.number_start : q.number_end]) <= UNIT_NOTE_MAGNITUDES:
            return False
        if self.text[q.start - 1 : q.start] in OPENING_BRACKETS and self.text[q.end : q.end + 1] in CLOSING_BRACKETS:
            return True
        # 单位：港币百万元 on a line of its own above a table, or in its title's brackets
        return (_UNIT_LABEL.search(self.text, max(q.start - UNIT_LABEL_REACH, 0), q.start) is not None
                and self.text[q.end : q.end + 1] in ("", "\n", "）", ")", "，", ",", "；", ";", " ", "\t"))

    def numbers_text_item(self, q: Quantity) -> bool:
        """第一个问题, 第二项措施, 第三个原因, 第二大原因: an ordinal (个, 项, 点 or none, perhaps with 大) right before
        a noun of the points the text makes (text_item_nouns.txt) numbers them, no rank (第一颗卫星, 第一家门店 stay
        ranks: D59)."""
        at = q.end + (not q.unit and self.text.startswith("大", q.end))  # 第二大原因, 第一大挑战
        return q.kind == "ordinal" and (not q.unit or q.unit in ("个", "项")) and not q.text.startswith("前") and (
            self.text.startswith(by_length("text_item_nouns.txt"), at))

    def enumerates_kinds(self, q: Quantity) -> bool:
        """第一种, 第二层, 第三步, 第二项措施: an ordinal of kinds, layers, steps or items (as its classifier, or as
        the word right after it) enumerates the points of the text (D43: 第二项指控 is an enumerator)."""
        return q.kind == "ordinal" and (q.unit in ENUMERATION_CLASSIFIERS
                                        or (not q.unit and self.text.startswith(ENUMERATION_WORDS, q.end)))

    def names_percentile(self, q: Quantity) -> bool:
        """第90百分位, 第50个百分值: a percentile names a statistic (the figure is the value stated for it). The
        numeral reader takes 第90百分 for 9000 of a unit 分, so the word may have begun inside the quantity."""
        return q.kind == "ordinal" and (self.text.startswith(PERCENTILE_WORDS, q.end)
                                        or self.text.startswith(PERCENTILE_WORDS, q.end - len("百分")))

    def is_exchange_base(self, q: Quantity) -> bool:
        """1美元兑7.25元: the one unit of a currency an exchange rate is quoted for is no figure (the rate is)."""
        return exchange_link(self.text, q) is not None

    def is_bracketed_day(self, q: Quantity) -> bool:
        """昨（10）日, 今(5)日, 去(113)年: the day of the month in brackets inside 昨日 or 今日, or the year of the
        Republic inside 去年 or 今年 (Taiwan's papers), is a date."""
        return _BRACKETED_DAY.fullmatch(self.text, max(q.start - 2, 0), q.end + 2) is not None

    def names_surveyed_places(self, q: Quantity) -> bool:
        """36个重点城市房价, 40个样本地区失业率: a count of the places a statistic covers, written into its name, is
        part of the indicator (while 访问40个国家的客户 counts the countries)."""
        return q.kind == "number" and q.unit == "个" and _SURVEYED_PLACES.match(self.text, q.end) is not None

    def points_back(self, q: Quantity) -> bool:
        """上述3家信用社, 这5家药企: a count after a demonstrative refers back to things already counted; 该80公顷,
        上述300万元: a measure, a sum or a share after one restates a figure already given (D56), no new fact (not
        after 应该, and not 以上 or 此, which also close a bound or a conjunction: 50万元以上100万元以下, 因此)."""
        before = self.text[max(q.start - 2, 0) : q.start]
        if q.kind in CLASSIFIER_KINDS:
            return before.endswith(DEMONSTRATIVES)
        return q.kind in RESTATED_KINDS and before.endswith(RESTATING_DEMONSTRATIVES) and before != "应该"

    def is_class_label(self, q: Quantity) -> bool:
        """59公斤級 (a weight class), 男子200米 (an event), 一至二人家庭 (a household size), 第二階段 and 第三期 (a
        phase or an issue), 沪深两市 (a set of markets), 前一个交易日 (a point in time): a number that names a category
        or a step."""
        after = self.text[q.end : q.end + 3]
        if q.kind in ("measure", "number") and q.unit and after.startswith("级"):
            return True  # 59公斤级, 十万卡级集群: a class named by its size
        if q.kind == "measure" and self.text[max(q.start - 2, 0) : q.start] in EVENT_DIVISIONS:
            return True  # 女子100米, 男子50米自由泳: a sporting event's distance or weight names the event
        if self.names_sport_event(q):
            return True
        if q.kind == "ordinal" and (after.startswith(STEP_NOUNS) or q.unit in STEP_NOUNS):
            return True
        if q.kind == "ordinal" and q.text.startswith("前") and after.startswith(TIME_UNITS):
            return True  # 较前一个交易日: the day before, a point in time, no rank
        if q.kind == "ordinal" and q.unit in WEEK_UNITS and "连续" not in self.text[max(q.start - 3, 0) : q.start]:
            return True  # 6月第3周, 第47周: a week of a month or a year is a point in time (连续第三周 is a run's rank)
        if q.kind == "ordinal" and q.unit in DAY_UNITS and "连续" not in self.text[max(q.start - 3, 0) : q.start]:
            return True  # 第二天又夺一金, 活动第三日: a day of an event is a point in time (连续第三日 is a run's rank)
        if q.kind == "ordinal" and q.unit == "年" and self.text[max(q.start - 3, 0) : q.start].endswith(
                YEAR_AFTER_EVENT):
            return True  # 上市后第三年, 投产后的第二年: a year counted from an event is a point in time, no rank
        if q.kind == "ordinal" and q.unit == "个" and self.starts_a_duration(q.end):
            return True  # 第一个十年里, 第二个五年: an ordinal of a stretch of time frames it, no rank
        if q.kind == "ordinal" and q.unit in MINUTE_UNITS:
            return True  # 第75分钟破门: the minute of a match is a point in time
        if q.kind == "ordinal" and self.text.startswith(PLAN_NAMES, q.end):
            return True  # 第十四个五年规划: a five-year plan is named by its number
        if q.kind == "ordinal" and q.text.startswith("前") and (
                _LIST_NAME.match(self.text, q.end) or self.text.startswith(("：", ":"), q.end)):
            return True  # 前十大股东名单, 成交额前20：…: the top of a list names the list
        if self.names_ranked_set(q) or self.counts_set_of_superlative(q):
            return True
        if q.kind == "ordinal" and q.text.startswith("前") and (q.unit in FIRST_N_COUNTERS or (
                q.unit == "个" and _FIRST_N_EVENTS.match(self.text, q.end))):
            return True  # 前两次, 前三轮比赛中, 前5个客场: the first or previous N events are a window, no rank
        if q.kind == "ordinal" and not q.unit and after.startswith(ROW_WORDS):
            return True  # 第二排座椅: a row names a place
        numeral = self.text[q.number_start : q.number_end]
        if q.unit == "套" and numeral == "二" and after.startswith(("房", "住房", "商品房")):
            return True  # 二套住房: a second home, a category of purchase (两套 would count)
        if q.unit == "区" and self.text[q.start - 1 : q.start] == "城":
            return True  # 城六区: a standing set of districts
        if q.unit == "期" and (_NAME_CHAR.fullmatch(self.text, q.start - 1, q.start) or after.startswith(
                PROJECT_NOUNS)):
            return True  # 某基金二期, 某花园3期, 建设的二期项目: a phase of a fund, a project or an estate (not 分3期)
        if q.kind == "number" and numeral == "二" and q.unit in PHASE_COUNTERS:
            return True  # 二期投资, 二轮效应: 二 (not 两) before a counter orders a phase or a round, a name (D27)
        if q.unit in BLOCK_UNITS and after.startswith(FLOOR_WORDS):
            return True  # 6座高层, 2座低层: the block of an address
        if not q.unit and (_FLAT_LAYOUT.match(self.text, q.end) or (
                self.text[q.start - 1 : q.start] in ("房", "室") and after[:1] in ("厅", "廳"))):
            return True  # 3房单位, 2房连套房, 3房2厅: a flat's layout names its kind
        if q.unit in VOLTAGE_UNITS and self.text.startswith(GRID_WORDS, q.end + (self.text[q.end : q.end + 1] == " ")):
            return True  # 500千伏变电站, 220kV 线路: a voltage class names a kind of substation or line
        if q.unit in WAFER_SIZE_UNITS and self.text.startswith(WAFER_WORDS, q.end):
            return True  # 8英寸晶圆产线, 6吋晶圆: a wafer's diameter names a kind of fab or wafer
        if self.names_a_meeting(q):
            return True  # 第八次党代会, 八届二次全会: a meeting's number names it
        if q.kind == "ordinal" and q.unit == "次" and self.text.startswith(by_length("numbered_series.txt"), q.end):
            return True  # 第九次经济普查, 第四次工业革命: a census, an era or a war of a numbered series is named (D5)
        if q.unit == "届" and (self.text.startswith(TERM_BODIES, q.end) or q.end in self.org_starts):
            return True  # 十四届全国人大, 五届董事会: the term of a body is named by its number (届 counting: 连任两届)
        if q.unit == "市" and self.text[max(q.start - 3, 0) : q.start].endswith(MARKET_ABBREVIATIONS):
            return True  # 沪深两市, 沪深京三市: a standing set of markets (D59)
        if q.unit == "市" and q.value == 2 and self.text.startswith(MARKET_WORDS, q.end):
            return True  # 两市成交额, 两市个股: the two stock markets written bare, the same standing set
        if q.unit in ORDER_UNITS and (m := _NAMED_ORDER.match(self.text, q.end)) and m.group() not in GENERIC_ORDERS:
            return True  # 四人限聚令, 14天隔离令: a rule named by the head count or the days it sets
        return q.unit == "人" and after.removeprefix("的").startswith(HOUSEHOLD_NOUNS)

    def names_step_of_sequence(self, q: Quantity) -> bool:
        """巡回赛第一站, 第18洞, 接力第三棒, 第二茬茶叶, 第12页: an ordinal right before a noun of a step in a route, a
        round, a harvest or a text (sequence_nouns.txt, whether or not it was read as the classifier) names that
        step, no rank (排名第一站稳 and 第一关注点 are no such noun)."""
        if q.kind != "ordinal" or not q.text.startswith("第"):
            return False
        at = q.end - len(q.unit) if q.unit else q.end
        return (self.text.startswith(by_length("sequence_nouns.txt"), at)
                and not self.text.startswith(NOT_SEQUENCE_WORDS, at))

    def inside_time_adverbial(self, q: Quantity) -> bool:
        """自去年第1宗个案起计, 在第二轮投票中: an ordinal event inside a time adverbial (an opener before it in its
        clause, the phrase's closing word after it) only dates what the clause says, no position among others."""
        if q.kind != "ordinal" or not q.text.startswith("第"):
            return False
        before = self.text[self.view.clause_start(q.start) : q.start]
        return any(any(opener in before for opener in openers) and closing.match(self.text, q.end)
                   for openers, closing in _TIME_ADVERBIALS)

    def restates_named_bodies(self, q: Quantity) -> bool:
        """甲公司、乙集团、丙银行三家; 甲和乙两位; 甲、乙，两家企业; 两大车企甲和乙: a count of bodies (家, 位, 名…, or
        大 + a noun of bodies) right beside exactly as many names as it counts only restates how many were named (D75,
        D78), no fact (a count of categories, 甲、乙两大品类, stays one: D44; so does 甲、乙、丙两家, which counts
        fewer than were named)."""
        if q.kind not in CLASSIFIER_KINDS or q.qualifier != "exact" or not 2 <= q.value <= MAX_LISTED_BODIES \
                or q.value != int(q.value):
            return False
        n = int(q.value)
        if not q.unit and self.text.startswith("大", q.end):  # 两大车企
            noun = self.word_after(q.end + 1, "listed_body_nouns.txt")
            if not noun:
                return False
            after = q.end + 1 + len(noun)
        elif q.unit in LISTED_BODY_CLASSIFIERS:  # 三家企业 (三家 alone may count what the sentence goes on to say)
            after = q.end + len(self.word_after(q.end, "listed_body_nouns.txt"))
            if after == q.end and not self.text.startswith(SPREADING_WORDS, q.end):
                return False
        else:
            return False
        m = listed_names_before(n).search(self.text, max(q.start - n * LISTED_NAME_REACH, 0), q.start)
        if m is not None:
            return self.text[m.start() - 1 : m.start()] != "、"  # 甲、乙、丙两家: more names than counted
        m = listed_names_after(n).match(self.text, after)
        return m is not None and re.match(_LIST_JOIN, self.text[m.end() : m.end() + 2]) is None

    def points_back_at_bodies(self, q: Quantity) -> bool:
        """两家银行均, 四位董事都, 两大巨头的: a count of bodies (家, 位, 名…, or 大 + a noun of bodies) that what
        follows spreads over points back at bodies met earlier, no count (D76: N大/N家 pointing back at bodies named
        anywhere earlier); a count after 有, 共, 仅, 等 or 其余 still counts (有三家公司均…, 其余五家均…)."""
        if q.kind not in CLASSIFIER_KINDS or q.qualifier != "exact" or not 2 <= q.value <= MAX_LISTED_BODIES \
                or q.value != int(q.value) or self.text.endswith(COUNTING_WORDS_BEFORE, 0, q.start) \
                or self.text.endswith(by_length("listed_body_nouns.txt"), 0, q.start):  # 某集团三家公司: its own
            return False
        if not q.unit and self.text.startswith("大", q.end):
            noun = self.word_after(q.end + 1, "listed_body_nouns.txt")
            after = q.end + 1 + len(noun) if noun else None
        elif q.unit in LISTED_BODY_CLASSIFIERS:
            after = q.end + len(self.word_after(q.end, "listed_body_nouns.txt"))
        else:
            return False
        return after is not None and self.text.startswith(POINTING_BACK_WORDS, after)

    def word_after(self, at: int, lexicon: str) -> str:
        """The longest word of the lexicon written at `at`, or the empty string."""
        return next((w for w in by_length(lexicon) if self.text.startswith(w, at)), "")

    def names_region_of_parts(self, q: Quantity) -> bool:
        """珠三角九市, 全港十八区, 某湾区11城: a count of a region's parts written right after the region's name is part
        of a standing regional name (D73), no count (while 某市下辖5区3县 counts them)."""
        if q.kind != "number" or q.qualifier != "exact" or q.start not in self.place_ends:
            return False
        return q.unit in REGION_PARTS or (not q.unit and self.text[q.end : q.end + 1] in REGION_PARTS)

    def starts_a_duration(self, at: int) -> bool:
        """A duration quantity begins right at `at` (the 十年 of 第一个十年)."""
        k = bisect.bisect_left(self.view.quantity_starts, at)
        return k < len(self.view.quantities) and self.view.quantities[k].start == at and (
            self.view.quantities[k].kind == "duration")

    def names_standing_set(self, q: Quantity) -> bool:
        """美国三大股指, 日本三大车企: N大 right after a place names that place's standing set of the largest (D53: N大
        naming a standing set is a label); a count of a group the text names (甲地、乙地两大城市群: D31) stays one."""
        if q.kind not in CLASSIFIER_KINDS or q.unit or q.qualifier != "exact" or self.text[q.end : q.end + 1] != "大":
            return False
        place = next((start for start, end, label in self.view.entities if end == q.start and label == "LOC"), None)
        if place is not None:
            return re.search(f"{_LIST_JOIN}$", self.text[max(place - 2, 0) : place]) is None
        return self.names_fixed_set_across_place(q)

    def names_fixed_set_across_place(self, q: Quantity) -> bool:
        """三大日本股指, 三大欧洲股指: a place written inside a fixed name of a group counted in its name
        (name_numerals.txt: 三大股指, 四大行 read across the place) names that place's standing set (D53), no count."""
        at = q.end + 1
        name = self.view.name_at(at)
        if name is None or name not in self.view.place_spans:
            return False
        place_end = name[1]
        across = self.text[q.number_start : at] + self.text[place_end : place_end + FIXED_SET_REACH]
        m = name_numeral_pattern().match(across)
        return m is not None and m.end() > at - q.number_start

    def names_set_of_giants(self, q: Quantity) -> bool:
        """来自两大科技巨头, 三大原厂的均值: N大 before a word for the few largest players of a field
        (giant_nouns.txt), perhaps after the field, names the field's standing set inside a phrase (D53: N大 naming a
        standing set is a label), no count. The giants acting in their clause (两大巨头即将公布业绩, right before an
        adverb or a verb) are counted as actors, like a count of companies or brands (五大品牌抢占市场, 三大品牌)."""
        if q.kind not in CLASSIFIER_KINDS or q.unit or q.qualifier != "exact" or self.text[q.end : q.end + 1] != "大":
            return False
        m = giant_set_pattern().match(self.text, q.end + 1)
        if m is None:
            return False
        following = dictionary_words(self.text[m.end() : m.end() + ACTING_WORD_REACH])
        return not following or dictionary_tag(following[0]) not in ACTING_TAGS

    def counts_quoted_labels(self, q: Quantity) -> bool:
        """两条“红线”, 两大“失效”信号, 三个“不”字: a small count of things the writer sets off in quotation marks
        counts figurative labels (as a quoted slogan, “三保一稳”, is no fact), not items measured; a quoted figure
        (3所“985”高校) does not make the count a label."""
        if q.kind not in CLASSIFIER_KINDS or q.qualifier != "exact" or not 1 <= q.value <= MAX_LISTED_BODIES \
                or q.value != int(q.value):
            return False
        if q.unit in LABEL_COUNTERS:
            at = q.end
        elif not q.unit and self.text[q.end : q.end + 1] == "大":
            at = q.end + 1
        else:
            return False
        return _QUOTED_LABEL_AFTER.match(self.text, at) is not None

    def names_sport_event(self, q: Quantity) -> bool:
        """100米决赛, 200米蝶泳, 4×100米接力: a distance right before a word of a sporting event (sport_events.txt)
        names the event (D59), and so does the number of legs before × in a relay's name; a distance run or swum
        (跑了100米, 全程42公里) is a figure."""
        events = by_length("sport_events.txt")
        if q.kind == "measure":
            return self.text.startswith(events, q.end)
        m = _RELAY_LEG.match(self.text, q.end) if not q.unit and q.kind == "number" else None
        return m is not None and self.text.startswith(events, m.end())

    def names_ranked_set(self, q: Quantity) -> bool:
        """前五名合计占七成, 前五大供应商占采购额的八成, 排名前五的厂商市场份额, 掉出前五: the top N whose share is
        measured and the list entered or left are part of what is measured or named (decisions D68, D71), no rank;
        so is N大 + a group whose share is measured (五大供应商占…), and the top N as the set another figure is stated
        in (前十大持仓中，有6只; 在前二十大港口中居首: D54), unless a copula or a verb of ranking makes it a
        position (是前五大品牌中, 排名前三中的)."""
        top = q.kind == "ordinal" and q.text.startswith("前")
        group = (q.kind == "number" and not q.unit and q.qualifier == "exact"
                 and self.text[q.end : q.end + 1] == "大")
        if not (top or group):
            return False
        before = self.text[max(q.start - 6, 0) : q.start].rstrip("了")
        if top and before.endswith(LIST_MOVES):
            return True
        if _RANK_COPULA.search(before):
            return False  # 某公司是(全球)前五大电视品牌中…: where the company stands, a rank (D34)
        if top and _TOP_AS_SET.match(self.text, q.end) and not _RANK_VERB_BEFORE.search(before):
            return True  # 前十大持仓中，有6只…: the top N is the set a figure is stated in, no rank
        m = _RANKED_SET.match(self.text, q.end)
        return m is not None and (top or m[1] == "占")

    def counts_set_of_superlative(self, q: Quantity) -> bool:
        """是9条线路之中最长, 在9个区中属偏低, 位居19家企业之首: the count of the set a superlative is taken in is no
        fact (decision D69), while 7个区中有5个区 counts a part of it. (Before a rank, 在15个城市中排名第三, the count
        is left alone: labelled as often as not.)"""
        return (q.kind == "number" and q.qualifier == "exact" and bool(q.unit) and q.unit not in percent_units()
                and _SUPERLATIVE_SET.match(self.text, q.end) is not None)

    def names_a_meeting(self, q: Quantity) -> bool:
        """An ordinal or a 届 number with a meeting's word (党代会, 全会, 会议: event_word_endings.txt) right after
        it, or after a second number of it (八届二次全会)."""
        numbered = q.kind == "ordinal" or q.unit == "届" or self.text[q.start - 1 : q.start] == "届"
        if not numbered:
            return False  # 召开3次会议 counts meetings
        tokens = self.view.tokens
        i = self.view.token_index_at(q.end)
        if i < len(tokens) and tokens[i].start < q.end:
            i += 1
        while i < len(tokens) and tokens[i].tag in ("m", "q"):
            i += 1
        if _KIND_OF_MEETING.match(self.text, q.end):
            return True  # 第二次临时股东大会: the meeting's kind stands between its number and its word
        return i < len(tokens) and tokens[i].text.endswith(by_length("event_word_endings.txt")) and (
            tokens[i].start - q.end <= 3)

    def duration_is_time_frame(self, q: Quantity, q_index: int) -> bool:
        """两年前 is a point in time. A duration followed by another figure in its sentence frames it
        (近五年，… 增加近百万; 两年间增长3.5倍; 近五年营收增速达26%) and becomes that figure's period, kept in
        `self.frames`; a duration with no figure after it is itself the figure (历经15年, 只用了两年)."""
        after = self.text[q.end : q.end + 4]
        windowed = after.startswith(WINDOW_CLOSERS) or q.text.endswith(WINDOW_CLOSERS)
        if self.text[max(q.start - 3, 0) : q.start].endswith(length_words()) and not windowed:
            return False  # 为期36个月的计划, 相隔4年后, 仅3天后: a length (the one between two events too) is a figure
        if self.opens_range_across_units(q, q_index):
            return False  # 介乎3个月至80岁: the low end of a range whose other end has another unit is a figure (D47)
        if is_timed(q) and not windowed:
            return False  # 以9秒87的成绩夺冠, 间隔3分20秒: a time clocked to the second is a result, no window
        if self.names_benchmark_window(q):
            return True  # 较半年高位回落, 距52周低位: a window in a level's name compared with (D72), no figure
        if self.text[q.start - 1 : q.start] in INITIAL_WORDS and self.text.startswith(INITIAL_TERM_VERBS, q.end):
            return False  # 首3年只须供息, 头12个月免息: an initial term is a figure of its own (D72)
        if after.startswith(word_list("point_markers.txt")) and not self.starts_a_word(q.end):
            return True
        if self.text[q.start - 1 : q.start] == "前" and self.text[q.start - 2 : q.start] != "提前" and (
                after.startswith("的")):
            return True  # 从前一天的高位, 告别前两年的颓势: the day or years before are a time, not a length
        until = _UNTIL_DATE.search(self.text, max(q.start - 24, 0), q.start)
        if until is not None:
            self.frames.append((until.start(), q.end))
            return True  # 截至某年6月30日止六个月: the months ended on a date are a reporting period
        if after.startswith("期") and not after.startswith(("期间", "期内")) and not self.states_tenor(q):
            return True  # 30年期国债, 3个月期: a tenor names a kind of bond or loan, it frames nothing
        if after.startswith(FORWARD_TENOR_WORDS):
            return True  # 18个月远期市销率: the span a forward measure looks ahead names it, it frames nothing
        if self.text[q.start - 1 : q.start] == "下" and self.text[q.number_start : q.number_end] == "一":
            return True  # 预计下一季需求回暖: the next quarter is a point in time
        if (self.text[q.start - 1 : q.start] in ("上", "前") and self.text[q.number_start : q.number_end] == "一"
                and comparison_endings().longest_ending(self.text[max(q.start - 5, 0) : q.start - 1])):
            return True  # 较上一年修订预算: the base of a comparison is a point in time
        if (q.unit == "年" and self.text[q.number_start : q.number_end].isdigit() and q.number_end - q.number_start == 2
                and comparison_endings().longest_ending(self.text[max(q.start - 4, 0) : q.start])):
            return True  # 较16年稍跌: a year written with two digits, compared with, not sixteen years
        if self.text[q.start - 1 : q.start] in OPENING_BRACKETS and self.text[q.end : q.end + 1] in CLOSING_BRACKETS:
            return False  # 某陈酿（15年）降至400元: a duration alone in brackets is an age, a figure of its own
        if self.text[q.start - 1 : q.start] == "满":
            return False  # 缴纳社保满6个月: a length a rule requires is a figure, whatever follows it
        if self.text[max(q.start - 2, 0) : q.start].endswith(EXTRA_TIME_WORDS) and not windowed:
            return False  # 排队多了15分钟, 多一个月: extra time is a figure, whatever follows it
        before = self.text[max(q.start - 2, 0) : q.start]
        streak = before.endswith(streak_words()) or is_run_of_moves(before)  # 连续5年, 连跌3个月
        if (streak and after.startswith("的")) or record_after().match(self.text, q.end):
            return False  # 創10年新高, 20年來首見, 連續21個月的跌勢: a record's or a streak's span is a figure itself
        marker = next((w for w in WINDOW_CLOSERS if after.startswith(w)), "")
        # the opener may be read into the figure as its qualifier (近两年: approx) or the closer (一天之内: at_most)
        opened = (self.text[max(q.start - 2, 0) : q.number_start].endswith(WINDOW_OPENERS)
                  and not self.after_verb(q)  # but 执政近30年的政党: how long it governed
                  and not self.opener_ends_a_noun(q))  # nor 码头18小时装卸: 头 ends 码头
        closed = q.text.endswith(WINDOW_CLOSERS) and self.text[max(q.start - 2, 0) : q.start].endswith("短短")
        if marker in DEADLINE_CLOSERS and self.text[q.start - 1 : q.start] in DEADLINE_PREPOSITIONS:
            return True  # 须于14日内回复: the time limit of an act, neither a figure nor the period of one
        if marker or opened or closed:
            # 未來十年退役, 過去5年, 一到兩年內: a window of time is when, not how much; the opener before the figure
            # is part of the window (过去11个月, not 11个月)
            opener = next((w for w in WINDOW_OPENERS if self.text.endswith(w, 0, q.start)), "") if opened else ""
            self.frames.append((q.start - len(opener), q.end + len(marker)))
            return True
        if q.qualifier in ("at_least", "at_most"):
            if self.is_bounded_window(q) and self.fact_follows(q_index, self.view.sentence_end(q.end)):
                self.frames.append((q.start, q.end))  # 不到两年，某车企市值增长了8倍: how soon, a window
                self.sentence_frames.add(self.frames[-1])
                return True
            return False  # 居港7年或以上: a threshold of time is a condition, a figure of its own, no window
        if streak and self.states_condition(q):
            return False  # 若连续20天市值低于某线: the run a rule's condition names is a figure, no period
        if streak and self.fact_follows(q_index, self.view.clause_end(q.end)):
            # 连续40天超过9000万千瓦: a streak is the period of the figure it holds for, and a figure of its own,
            # unless the dates it spans are named right before it (2027年、2028年连续两年跌破8%: it restates them)
            self.frames.append((q.start, q.end))
            self.sentence_frames.add(self.frames[-1])
            return _DATE_BEFORE.search(self.text, max(q.start - 8, 0), q.start - 2) is not None
        if streak:
            return False  # 连续5年亏损: a streak of an act is a figure of its own
        if self.is_stated_value(q):
            return False  # 平均住院日为6.5天，…: what a noun is said to be is a figure, whatever follows it
        if (self.after_verb(q) or self.after_noun(q)) and self.text[q.end : q.end + 1] in CLAUSE_ENDS:
            # 百公里加速7.9秒，油耗5.8升; 补贴水费4个月，…: the measure of the verb or the object its clause ends
            # with frames nothing
            return False
        if self.lasts_for_noun(q):
            return False  # 预缴了3年的学费: how long the thing after 的 lasts is a figure, whatever follows it
        if self.is_condition_of_result(q):
            return False  # 充电15分钟可行驶300公里: how long the act takes to give the result is a figure, no window
        if self.measures_its_clause(q):
            return False  # 24小时营业，…; 15分钟充满，…: how long its clause's act takes or runs, no window
        follows = self.fact_follows(q_index, self.view.sentence_end(q.end))
        if follows and not self.modifies_noun(q):
            marker = next((w for w in by_length("frame_markers.txt") if after.startswith(w)), "")
            self.frames.append((q.start, q.end + len(marker)))
            self.sentence_frames.add(self.frames[-1])
        return follows

    def is_bounded_window(self, q: Quantity) -> bool:
        """不足三个月，某股累升两倍; 短短不到一年，用户突破500万: a duration with a bound (不足, 不到, 逾) that is a
        clause alone, before a comma, says how soon the figures after it came about: the window of time they are
        dated by (gold: 不足1个月 is the period of the figure after it, no figure of its own), while 居港7年或以上的
        市民, 居住不少于7年 state a condition."""
        opening = self.text[self.view.clause_start(q.start) : q.start].strip()
        return opening in WINDOW_LEADS and self.text[q.end : q.end + 1] in ("，", ",")

    def states_condition(self, q: Quantity) -> bool:
        """若某股连续20天市值低于某线，…, 一旦连续5个交易日…: a duration in a clause opened by a word of
        condition (CONDITION_WORDS) states what a rule or a hypothesis requires; the figures it holds for are
        thresholds of that condition, not dated by the run (gold: such a threshold has no period of its own)."""
        opening = self.text[self.view.clause_start(q.start) : q.start]
        return _CONDITION.search(opening) is not None

    def opener_ends_a_noun(self, q: Quantity) -> bool:
        """码头18小时, 龙头3年: the one character of a window's opener (头, 首, 近, 这) before the figure is the last of
        a longer noun, no opener."""
        at = q.number_start - 1
        if self.text[at : at + 1] not in ONE_CHARACTER_OPENERS:
            return False
        token = self.view.tokens[self.view.token_index_at(at)] if self.view.tokens else None
        return token is not None and token.start < at and token.end == at + 1 and token.tag.startswith("n")

    def is_condition_of_result(self, q: Quantity) -> bool:
        """充电15分钟可行驶300公里, 浸泡2小时即可食用: a duration right after a verb and right before a modal (可, 即可,
        就能) measures the act the result depends on, a figure of its own (a specification or a requirement), not the
        time the result is dated by (一小时就能装配 with no verb before it stays a rate)."""
        return (q.qualifier == "exact" and self.text.startswith(RESULT_MODALS, q.end)
                and self.after_verb(q, particle=False))

    def measures_its_clause(self, q: Quantity) -> bool:
        """某热线24小时接听，…, 新系统可24小时不间断运行，…, 该站15分钟充满，…: an exact duration written right before a
        short act (a verb, no noun it would qualify) that ends a clause holding no other figure measures how long the
        act runs or takes (D59), whatever the later clauses state (while 两年营收增长30% frames its clause's growth)."""
        if q.qualifier != "exact" or not _CJK.match(self.text[q.end : q.end + 1]):
            return False
        word = self.view.word_ending_at(q.start)
        opening = self.text[self.view.clause_start(q.start) : q.start].lstrip()
        if (word is not None and (word.tag.startswith("p") or word.text in BASIS_PREPOSITIONS)) or opening.startswith(
                BASIS_OPENERS):
            return False  # 按某线30年经营期测算, 就10年经营权支付: a term a figure is worked out over or paid for
        if self.text.startswith(NOT_AN_ACT_AFTER_DURATION, q.end) or self.text.startswith(
                by_length("frame_markers.txt"), q.end):
            return False
        i = self.view.token_index_at(q.end)
        if i >= len(self.view.tokens) or self.view.tokens[i].tag.startswith(("n", "m", "q", "t", "f", "r")):
            return False  # 6个月目标价, 5年营收: a noun after it, which the duration qualifies
        end = self.view.clause_end(q.end)
        if not 2 <= end - q.end <= MAX_ACT or self.view.overlaps_quantity(q.end, end):
            return False
        return self.text[end : end + 1] not in ("：", ":")

    def names_benchmark_window(self, q: Quantity) -> bool:
        """较半年高位, 比52周低位, 距三个月高点: a window in the name of a level that a figure is compared with is part
        of that name (D72), while 创一周低位, 刷新两年新高 state a record (its span is a figure, D29)."""
        if not self.text.startswith(LEVEL_NAMES, q.end):
            return False
        before = self.text[max(q.start - BENCHMARK_REACH, 0) : q.start]
        return before.endswith(BENCHMARK_CUES) or bool(before) and before[:-1].endswith(BENCHMARK_CUES) and (
            before[-1] in "近约")

    def word_at(self, at: int) -> str:
        """The jieba word that starts at `at` ('' when none does)."""
        token = self.view.tokens[self.view.token_index_at(at)] if self.view.tokens else None
        return token.text if token is not None and token.start == at else ""

    def starts_a_word(self, at: int) -> bool:
        """3年前置期, 两年后劲: the 前 or 后 after a duration opens a noun or a verb of its own (前置, 后劲), so it does
        not make the duration a point in time (两年前, 三天后 are cut 年前/t or 后/f)."""
        token = self.view.tokens[self.view.token_index_at(at)] if self.view.tokens else None
        return (token is not None and token.start == at and token.tag[:1] in ("n", "v")
                and token.text not in word_list("point_markers.txt"))

    def is_rate_denominator(self, q: Quantity, q_index: int) -> bool:
        """80美元一个月, 最高一年3000元, 12元一公斤: one unit of time or of measure right beside a price (a closing
        bracket may stand between) is what the price is per (not a window: 过去一年500亿元)."""
        if (q.value != 1 or self.text[q.number_start : q.number_end] != "一"
                or self.text[max(q.start - 2, 0) : q.number_start].endswith(WINDOW_OPENERS)):
            return False
        quantities = self.view.quantities
        before = quantities[q_index - 1] if q_index > 0 else None
        after = quantities[q_index + 1] if q_index + 1 < len(quantities) else None
        gap = self.text[before.end : q.start] if before is not None else ""
        return bool((before is not None and before.currency and gap in ("", ")", "）"))
                    or (after is not None and after.currency and after.start == q.end))

    def states_tenor(self, q: Quantity) -> bool:
        """贷款期限为5年期。: a tenor after a copula that ends its clause is what the noun before is said to be."""
        return (self.text[q.start - 1 : q.start] in VALUE_LINKS
                and self.text[q.end + 1 : q.end + 2] in (*CLAUSE_ENDS, "\n", ""))

    def fact_follows(self, q_index: int, end: int) -> bool:
        """A figure other than a date or a duration, and a fact, follows quantity `q_index` before `end`."""
        for k in range(q_index + 1, len(self.view.quantities)):
            later = self.view.quantities[k]
            if later.start >= end:
                return False
            if later.kind not in ("date", "duration") and self.is_fact(later, k):
                return True
        return False

    def is_stated_value(self, q: Quantity) -> bool:
        """A duration right after a copula that follows a noun (住院日为6.5天, 工期约为3年): the noun's value."""
        written = self.text[q.start : q.end]
        if written.startswith(tuple(VALUE_LINKS)):
            noun_end = q.start  # 约为3年: the copula read into the figure as its qualifier
        else:
            copula = self.view.word_ending_at(q.start)
            if copula is None or copula.text not in VALUE_LINKS:
                return False
            noun_end = copula.start
        noun = self.view.word_ending_at(noun_end)
        return noun is not None and (noun.tag.startswith("n") or noun.tag == "vn" or self.names_span(noun.text))

    @staticmethod
    def names_span(word: str) -> bool:
        """生长期, 孵化期, 潜伏期 (jieba: j or t, not n): a noun ending in 期 names a span whose length a copula
        states; not 本期, 同期, 长期 (a point, a window or a length word: SPAN_POINTS + 期)."""
        return word.endswith("期") and (len(word) > 2 or len(word) == 2 and word[0] not in SPAN_POINTS)

    def after_verb(self, q: Quantity, particle: bool = True) -> bool:
        """A verb's word ends right where the figure starts (执政/v 近30年), or before its aspect particle (仅用/v 了/ul
        18个月, 历经/v 了/ul 三年) unless `particle` is False."""
        word = self.view.word_ending_at(q.start)
        if particle and word is not None and word.text in ASPECT_PARTICLES and word.tag.startswith("u"):
            word = self.view.word_ending_at(word.start)
        return word is not None and word.tag.startswith("v")

    def after_noun(self, q: Quantity) -> bool:
        """A noun's word (not a word of time, span or holiday) ends right where the figure starts (排污费/n 4个月)."""
        word = self.view.word_ending_at(q.start)
        return (word is not None and word.tag.startswith("n") and word.text not in SPAN_NOUNS
                and not word.text.endswith(FRAMING_HOLIDAYS))

    def lasts_for_noun(self, q: Quantity) -> bool:
        """3年的学费, 四季的差饷: an exact duration before 的 and a noun (not a word of time) is how long that thing
        lasts or is paid for; not after a word that makes it a point or a window (前两年的, 这一天的, 过去7个月的)."""
        if q.qualifier != "exact" or self.text[q.end : q.end + 1] != "的" or self.after_verb(q, particle=False):
            return False  # (减免四季的差饷: right after a verb, the verb's measure is read as its change)
        if self.text[max(q.start - 2, 0) : q.start].endswith((*WINDOW_OPENERS, *DEMONSTRATIVES, *POINT_OPENERS)):
            return False
        i = self.view.token_index_at(q.end + 1)
        tokens = self.view.tokens
        return (i < len(tokens) and tokens[i].start == q.end + 1
                and (tokens[i].tag.startswith("n") or tokens[i].tag == "vn") and tokens[i].text not in SPAN_NOUNS)

    def modifies_noun(self, q: Quantity) -> bool:
        """6个月目标价, 20年按揭: an exact duration written right before a noun qualifies it and frames nothing
        (while 近五年营收增速 and 五年时间 are windows, and so is one before a sum: 20年总收益, 8年净效益, the years
        the sum is taken over, its period by D3)."""
        i = self.view.token_index_at(q.end)
        tokens = self.view.tokens
        return (q.qualifier == "exact" and i < len(tokens) and tokens[i].start == q.end
                and tokens[i].tag.startswith("n") and tokens[i].text not in SPAN_NOUNS
                and not self.text.startswith(SUM_PREFIXES, q.end))

    def inside_name(self, q: Quantity) -> bool:
        """ZTE520, 5A级, 5G, 「211」, 90后, 50强: the number names or labels something."""
        before = self.text[max(q.start - 2, 0) : q.start].rstrip(" ")
        after = self.text[q.end : q.end + 1]
        numeral = self.text[q.number_start : q.number_end]
        if (before[-1:].isascii() and before[-1:].isalpha() and not q.currency and q.start == q.number_start
                and not (q.unit == "%" and self.text[q.start] in "+-")):  # (P-2.5%: a spread over a base rate)
            return True  # (每百万token 0.31美元: a sum after a Latin word is still a sum; so is 持有ABC约10%)
        if not q.unit and after.isascii() and after.isalnum():
            return True
        if not q.unit and numeral.isdigit() and self.text.startswith(NUMBERED_NAME_HEADS, q.end):
            return True
        if self.in_dotted_code(q):
            return True  # 2.4.1版, 192.168.1.10, 第3.2.4节: dotted numbers name a release, an address or a part
        if not q.unit and _MODEL_WORD_AFTER.match(self.text, q.end):
            return True  # 某某 8 Plus, 12 Pro Max: a model's number and the word of its edition
        if after == "-" and self.text[q.end + 1 : q.end + 2].isascii() and self.text[q.end + 1 : q.end + 2].isalpha():
            return True  # 7-Eleven
        if _LETTER_AND_SIGN.search(self.text, max(q.start - 2, 0), q.start) and not q.unit:
            return True  # T+1, D-2: a day counted from a letter's day names a schedule
        if not q.unit and len(numeral) > 1 and numeral[0] == "0" and numeral[1].isdigit():
            return True  # 某某01, 007: a leading zero writes a code, not an amount
        if not q.unit and self.text.startswith(word_list("label_suffixes.txt"), q.end + (after == " ")):
            return True  # (某某 2.5 系列: one space may stand before the label word)
        if self.text.startswith(SCHEME_ENDINGS, q.end):
            return True  # 8小时工作制, 5天工作制: the hours or days of a working-hours scheme name it (D6)
        if q.unit in ("号",) or self.is_series_number(q):
            return True
        if q.kind == "ordinal" and q.unit in word_list("label_suffixes.txt"):
            return True  # 第二代, 前一代, 第32届: a generation or an edition names, it does not rank
        if (q.kind == "ordinal" and self.text.startswith(by_length("numbered_institutions.txt"), q.number_end)
                and not self.text[max(q.start - 2, 0) : q.start].endswith(RANK_VERBS)):
            return True  # 某县第二中学, 第一人民医院: a numbered school, hospital or court is named, not ranked
        if q.kind == "ordinal" and not q.unit and self.names_a_firm(q):
            return True  # 第一创业证券: a firm named with an ordinal
        if not q.unit and (self.is_recurring_name(q) or self.is_model_number(q)):
            return True
        if (not q.unit and _VERSION.fullmatch(numeral) and before[-1:].isalpha()
                and before[-1:] not in FUNCTION_CHARACTERS and self.text[q.end : q.end + 1] not in RATIO_MARKS):
            return True  # 混元3.0, 工业4.0: a version names a release (not 结构为6.0:40.2:53.8)
        if not q.unit and before.endswith(word_list("versioned_standards.txt")):
            return True  # 蓝牙5.4, 安卓15: the release of a standard or a system
        if self.in_title_marks(q) or self.in_quoted_name(q):
            return True
        quoted_alone = not q.unit and self.text[q.start - 1 : q.start] in QUOTES and after in QUOTES
        # (「985」, “618”: a whole number alone in quotes is a name; “2点几”, “1.5” quote a figure with its fraction)
        return quoted_alone and not any(mark in numeral for mark in ("点", "几", "."))

    def names_a_firm(self, q: Quantity) -> bool:
        """第一创业证券, 第一上海证券: an ordinal heading a short name that ends in a financial firm's trade word is
        part of the firm's name, unless a rank verb stands before it (排名第一证券公司 ranks)."""
        m = _ORDINAL_FIRM.match(self.text, q.number_end)
        return (m is not None and not _NOT_IN_FIRM_NAME.intersection(self.text[q.number_end : m.end() - 2])
                and not self.text[max(q.start - 2, 0) : q.start].endswith(RANK_VERBS))

    def in_dotted_code(self, q: Quantity) -> bool:
        """A number with a dot and a digit right after it, or a digit and a dot right before it, is one part of a
        dotted code (a decimal number holds one dot, and the reader has taken it)."""
        return (_DOTTED_PART.match(self.text, q.number_end) is not None
                or _DOTTED_PART_BEFORE.search(self.text, max(q.number_start - 2, 0), q.number_start) is not None)

    def in_quoted_name(self, q: Quantity) -> bool:
        """“三元乘车优惠”, “某某十条”: a figure inside a short phrase in quotation marks, with words of its own beside
        it, is part of the name the marks set off (while “1年” and “2点几” quote a figure, and “第一大” a rank)."""
        m = _QUOTED_PHRASE.search(self.text, max(q.start - MAX_QUOTED_NAME, 0), q.end + MAX_QUOTED_NAME)
        while m is not None and m.start() <= q.start:
            if m.start() < q.start and q.end < m.end():
                words = self.text[m.start() + 1 : q.start] + self.text[q.end : m.end() - 1]
                # (a number with no unit needs one character of a word beside it: “十一狼”, a nickname; so does a
                # figure with its unit when that character is no word of time or size: “甲四条”, “五人组”)
                beside = _CJK.findall(words)
                one_word = len(beside) == 1 and beside[0] not in FIGURE_COMPLETERS
                return q.kind != "ordinal" and (len(beside) >= MIN_NAME_WORDS - (not q.unit) or one_word)
            m = _QUOTED_PHRASE.search(self.text, m.end(), q.end + MAX_QUOTED_NAME)
        return False

    def in_title_marks(self, q: Quantity) -> bool:
        """《某某01》, 《2030气候行动蓝图》: a number inside a title's marks is part of the title."""
        line = self.lines[self.view.line_of(q.start)]
        opening = self.text.rfind("《", line.start, q.start)
        return opening >= 0 and "》" not in self.text[opening : q.start] and "》" in self.text[q.end : line.end]

    def is_recurring_name(self, q: Quantity) -> bool:
        """58同城: Arabic digits with no unit, glued to the Chinese character after them, written so at least
        twice: a name that recurs, not a figure."""
        numeral = self.text[q.number_start : q.number_end]
        glued = self.text[q.end : q.end + 1]
        if not (numeral.isdigit() and q.end == q.number_end and _CJK.match(glued)):
            return False
        if glued == "比" and self.text[q.end + 1 : q.end + 2].isdigit():
            return False  # 95比71 in the headline and the text: a score (or a ratio) told twice, no name
        if self.text.startswith(LEVEL_WORDS, q.end):
            return False  # 仍在99上方, 守住3000关口: a level told twice, no name
        return self.glued_numbers[numeral + glued] >= 2

    def is_series_number(self, q: Quantity) -> bool:
        """畅享90起售价…；畅享90 Plus…: Arabic digits right after two Chinese characters, the pair and the digits
        written so at least twice and once before a Latin model word, are a series and its model (even when a
        classifier such as 起 follows them)."""
        numeral = self.text[q.number_start : q.number_end]
        if not (numeral.isdigit() and q.start == q.number_start and _SERIES.fullmatch(self.text, max(q.start - 2, 0),
                                                                                       q.start)):
            return False
        series = self.text[q.start - 2 : q.number_end]
        if q.kind != "number" or self.text[q.number_end : q.number_end + 1].isdigit() or self.text.count(series) < 2:
            return False
        # and written as a model at least once: 畅享90 Plus, 畅享90 Pro (not 增长5% twice)
        return re.search(re.escape(series) + r"\s?[A-Za-z]", self.text) is not None

    @cached_property
    def org_ends(self) -> frozenset[int]:
        """Where the organisations the entity stage found end."""
        return frozenset(e for _, e, label in self.view.entities if label == "ORG")

    @cached_property
    def org_starts(self) -> frozenset[int]:
        """Where the organisations the entity stage found begin."""
        return frozenset(s for s, _, label in self.view.entities if label == "ORG")

    @cached_property
    def glued_numbers(self) -> Counter[str]:
        """How often each run of digits glued to a Chinese character is written (58同城: 3)."""
        return Counter(_GLUED.findall(self.text))

    def is_model_number(self, q: Quantity) -> bool:
        """星枢9300, 麒麟 820, 骁龙8处理器: three or more digits with no unit after the noun before them (glued, or
        after one space), or one or two glued between a name and a noun, name a model."""
        numeral = self.text[q.number_start : q.number_end]
        if not (numeral.isdigit() and q.start == q.number_start and q.start > 0):
            return False
        end = q.start - (self.text[q.start - 1] == " ")
        if end < 1 or not _CJK.match(self.text[end - 1]):
            return False
        before = self.view.tokens[self.view.token_index_at(end - 1)]
        if len(numeral) < 3:  # 骁龙8处理器, 星河14发布会: one or two digits glued between a name and a noun
            glued = end == q.start and before.end == q.start and before.text not in skip_before_metric()
            if glued and before.tag.startswith(("n", "j", "i")) and self.noun_glued_after(q):
                return True
            if end == q.start and q.start in self.org_ends and self.numbers_a_sequel(q, before.text, digits=2):
                return True  # 某某14搭载…, 某某15起售价: one or two digits glued to a company's name number its model
            # (a work's name may be read as a set phrase, tag l)
            return glued and before.tag.startswith(("n", "j", "i", "l")) and self.numbers_a_sequel(q, before.text)
        return before.tag.startswith(("n", "j")) and before.text not in skip_before_metric()

    def numbers_a_sequel(self, q: Quantity, word: str, digits: int = 1) -> bool:
        """玩某某战记3, 某某传奇2和其他游戏: one digit (up to `digits`) glued to a name of two or more characters, with
        no unit and no word of measure before it (评分9, 收入比3), numbers the sequel of a work or the model of a
        product."""
        after = self.text[q.end : q.end + 2]
        return (len(word) >= 2 and q.number_end - q.number_start <= digits and q.qualifier == "exact"
                and word[-1] not in MEASURE_ENDINGS and not after[:1].isdigit()
                and after[:1] not in ("大", *RATIO_COLONS)  # (乡镇3大类农户: N大 counts a group, D31)
                and not (after[:1] == "比" and after[1:].isdigit())
                and not (after[:1] in "-–—" and after[1:].isdigit()))  # (甲队3比1, 乙队2-0: a score)

    def noun_glued_after(self, q: Quantity) -> bool:
        """A noun's word (not one of time) starts right where the figure ends (8/m 处理器/n)."""
        i = self.view.token_index_at(q.end)
        tokens = self.view.tokens
        return (i < len(tokens) and tokens[i].start == q.end and tokens[i].tag.startswith("n")
                and tokens[i].tag != "nr" and len(tokens[i].text) > 1 and _CJK.match(self.text[q.end]) is not None
                and self.text[q.end] != "大")  # (乡镇3大类农户: N大 counts a group, D31)

    def is_age_band(self, q: Quantity) -> bool:
        """15岁或以上人口, 18至35岁青年, 在18岁之前, 年满16岁: an age that names a group or a threshold, not a
        person's age (现年62岁, 一名40岁的男子). A range or a bound of ages names a group unless 年龄 stands before
        it."""
        if q.kind != "age":
            return False
        if self.text[max(0, q.number_start - 1) : q.number_start] == "满":
            return True  # 年满16周岁, 未满21岁: the age a rule holds from, not anyone's age
        before = self.text[max(0, q.start - 4) : q.start].rstrip("为是介乎于在 ")
        if self.text.startswith(REACHED_AGE_ENDINGS, q.end):
            return False  # 都70多岁了, 已年过八十: an age someone has reached, a person's age, no group
        if (q.value_max is not None or q.qualifier in ("at_least", "at_most")) and not before.endswith("年龄"):
            return True  # 18至35岁, 超过60岁的患病率, 18岁以下: a span of ages is a group
        if before.endswith(ONE_PERSON):
            return False  # 以一名65岁的男性为例: one person's age, though a group's noun follows
        after = self.text[q.end : q.end + 14]
        for word in by_length("age_band_joiners.txt"):
            if after.startswith(word):
                after = after[len(word) :]
                break
        after = after.removeprefix("的")
        nouns = by_length("population_nouns.txt")
        if after.startswith(nouns):
            return True
        # 66歲以上新登記選民, 15歲或以上的在職香港居民: after a threshold, words may come before the noun
        group = after[: min(len(after), 10, *(after.find(c) for c in CLAUSE_ENDS if c in after))]
        if q.qualifier in ("at_least", "at_most") and any(noun in group for noun in nouns):
            return True
        return self.text[max(0, q.start - 1) : q.start] == "在" and after.startswith(("之前", "以前", "前"))

    def means_both(self, q: Quantity) -> bool:
        """甲公司和乙公司两家, 某某与某某两人: 两 + a classifier of bodies right after two names joined by 和/与/及
        means "both" and points back at them, no count (D28); so does 两人 or 两队 right before 都, 均 or 皆 (两人都是,
        两队均已出线), and 两国 opening a clause or after a preposition (两国贸易额, 由两国共同出资: the two countries
        the text has in view). 两大 + a group, 两个 + items, 访问两国 after a verb, and 三家 after three names stay
        counts."""
        if q.qualifier != "exact" or self.text[q.number_start : q.number_end] not in ("两", "俩"):
            return False
        if q.unit == "国":
            return q.start == 0 or self.text[q.start - 1] in PAIR_CLAUSE_MARKS or self.text.endswith(
                PAIR_PREPOSITIONS, 0, q.start)
        if q.kind not in CLASSIFIER_KINDS or q.unit not in BOTH_CLASSIFIERS:
            return False
        if self.text.startswith(BOTH_ADVERBS, q.end):
            return True
        m = _TWO_NAMES.search(self.text, max(q.start - BOTH_REACH, 0), q.start)
        return (m is not None and m.end() == q.start) or self.subject_pair_named_before(q)

    def subject_pair_named_before(self, q: Quantity) -> bool:
        """张某与李某会面……两人就; 甲公司和乙公司……，两家公司的: 两 + a classifier of bodies opening its clause (after a
        clause mark, a conjunction or a verb of saying) is "the two" of a pair named shortly before (two different
        names of people for 人, 位, 名; of organisations for 家, 间, 所), no count (D28: 两间/两家 + a class noun
        for a pair already named); 两名男子被捕 with no names before, or 收购两家公司 as an object, stays a count."""
        labels = PAIR_LABELS.get(q.unit)
        before = self.text[max(q.start - 4, 0) : q.start]
        if labels is None or not (q.start == 0 or before[-1] in PAIR_CLAUSE_MARKS or before.endswith(PAIR_OPENERS)):
            return False
        reach = max(q.start - PAIR_REACH, 0)
        names = {self.text[s:e] for s, e, label in self.view.entities
                 if reach <= s and e <= q.start and label in labels}
        return len(names) >= 2

    def is_article_one(self, q: Quantity) -> bool:
        """一台相机, 一个手势: 一 with a classifier in narrative is an article, not a count (but 仅一次, 只有一个,
        各一份: one, stressed as only one or one each, is counted)."""
        numeral = self.text[q.number_start : q.number_end]
        return (numeral in ("一", "壹") and q.kind in CLASSIFIER_KINDS and q.qualifier == "exact" and q.unit != "倍"
                and _ONLY_OR_EACH.search(self.text, max(q.start - 6, 0), q.start) is None
                and not self.in_list_of_counts(q))

    def names_a_time(self, q: Quantity) -> bool:
        """极不平凡的一年, 最难忘的一天: 一年 or 一天 after 的, closing its clause, is the year or the day spoken of."""
        return (q.kind == "duration" and q.unit in NAMED_TIME_UNITS and q.qualifier == "exact"
                and self.text[q.number_start : q.number_end] == "一" and self.text[q.start - 1 : q.start] == "的"
                and self.text[q.end : q.end + 1] in (*CLAUSE_ENDS, "！", "？", "!", "?", "\n", ""))

    def in_list_of_counts(self, q: Quantity) -> bool:
        """某地两座、某地一座: a count next to another of the same classifier in a list is counted like it (not a
        parallel 一个…、一个…, articles both)."""
        k = bisect.bisect_left(self.view.quantity_starts, q.start)
        for j in (k - 1, k + 1):
            if not 0 <= j < len(self.view.quantities):
                continue
            other = self.view.quantities[j]
            gap = self.text[min(other.end, q.end) : max(other.start, q.start)]
            if (other.unit == q.unit and other.value != 1 and len(gap) <= MAX_LIST_GAP
                    and any(mark in gap for mark in "、和及")):
                return True
        return False

    def is_year(self, q: Quantity) -> bool:
        """A bare year (2019), or a fiscal year or two years written with a slash (15/16年, 2030/31年度, 2030/31),
        which the numeral grammar reads as a fraction, or the end of one written with a dash (2030-31财年)."""
        numeral = self.text[q.number_start : q.number_end]
        fiscal = _FISCAL_YEAR.match(self.text, q.start)  # (课税年度 may follow the figure's span)
        span = _YEAR_SPAN.fullmatch(numeral)
        if _FISCAL_YEAR_END.match(self.text, q.number_start) and q.number_end == q.number_start + 2:
            return True
        if self.is_short_fiscal_year(q) or self.is_short_target_year(q):
            return True
        if (self.fiscal_years.enclose(q.number_start, q.number_start + 1)
                or self.fiscal_years.enclose(q.number_end - 1, q.number_end)):
            return True  # 2031-32至2033-34: a number that begins or ends inside a fiscal year written with a dash
        if (q.unit == "起" and _YEAR.fullmatch(numeral)
                and self.text[max(q.start - 1, 0) : q.start] in YEAR_FROM_WORDS):
            return True  # 从2015起, 自2030起: a year the words of a start stand around, with 年 left out
        return (not q.unit and q.kind == "number" and bool(_YEAR.fullmatch(numeral) or _YEARS.fullmatch(q.text))) or (
            fiscal is not None and fiscal.end() >= q.end) or (
            span is not None and int(span[2]) % 100 == (int(span[1]) + 1) % 100)

    def is_short_fiscal_year(self, q: Quantity) -> bool:
        """某公司26财年第二财季, 在25财年关闭120家门店, 24财政年度: two digits with no unit glued before a word of a
        fiscal year or a season name that year by its last two digits (like 2026财年), a point in time (D2), no
        count (12个财年 counts years: its unit is read)."""
        if q.kind != "number" or q.unit or q.end != q.number_end:
            return False
        return (_TWO_DIGITS.fullmatch(self.text[q.number_start : q.number_end]) is not None
                and self.text.startswith(SHORT_YEAR_WORDS, q.end))

    def is_short_target_year(self, q: Quantity) -> bool:
        """到30年，全省装机将达1亿千瓦; 预计到27年，…: two digits and 年 after 到 that opens its clause (perhaps after
        a word of a forecast) and closes before a comma name the year a target is set for, like 到2030年, no length
        (贷款期限延长到30年，… states a length: a verb of change leads to it)."""
        if q.unit != "年" or q.end != q.number_end + 1 or not self.text.startswith(("，", ","), q.end):
            return False
        if _TWO_DIGITS.fullmatch(self.text[q.number_start : q.number_end]) is None:
            return False
        opener = self.text[q.number_start - 1 : q.number_start]
        if opener not in TARGET_YEAR_OPENERS:
            return False
        lead = self.text[self.view.clause_start(q.start) : q.number_start - 1].strip()
        return lead in TARGET_YEAR_LEADS

    def is_section_number(self, q: Quantity) -> bool:
        """1、 at the start of a line, or 1. or 1） after a colon, a semicolon or a sentence (建议：1. 定立措施；2.
        监察), or (1) in brackets there or after a clause: an enumerator; 第五条 opening a line: a rule's article."""
        line = self.lines[self.view.line_of(q.start)]
        if q.kind == "ordinal" and q.unit in ARTICLE_UNITS and not self.text[line.start : q.start].strip():
            return True  # 第十二条　本办法…: a line that opens with an article's number is a rule's heading
        cited = (self.text[max(q.start - 4, 0) : q.start].endswith(LAW_ENDINGS)
                 or self.text.startswith(CITING_VERBS, q.end)
                 or _CITED_PART_BEFORE.search(self.text, max(q.start - 16, 0), q.start) is not None
                 or (q.unit == "条" and _LINE_AFTER_ARTICLE.match(self.text, q.end) is None))
        if q.kind == "ordinal" and q.unit in CITED_LAW_PARTS and cited:
            return True  # 该法第三条, 办法第二款, 第五条规定, 第374章第39条: a part cited from a law or a rule (D6)
        if self.bracketed(q):
            before = self.text[line.start : q.start - 1].rstrip()
            return not before or before.endswith(("：", ":", "；", ";", "。", "，", ",")) or self.bracketed_in_sequence(
                q, line.start, line.end)
        closed = (not q.unit and self.text[q.end : q.end + 1] in CLOSING_BRACKETS
                  and self.text[q.start - 1 : q.start] not in OPENING_BRACKETS)  # 1）营收增长; 2) 利润下降
        if self.text[q.end : q.end + 1] not in ("、", ".", "．") and not closed:
            return False
        before = self.text[line.start : q.start].rstrip()
        if _SCORE_COLON.search(before):
            return False  # 25:18、25:20: the second term of a score or a ratio, before the next one
        if self.dotted(q) and self.next_in_line_sequence(q, line.start, line.end, self.dotted):
            return True  # 议程：1. 致辞 2. 演讲: the next dotted number of a list, whatever word stands before it
        return q.start == line.start or before.endswith(SENTENCE_OPENERS)

    def bracketed(self, q: Quantity) -> bool:
        """(1), （二）: a bare number in brackets of its own."""
        return (not q.unit and self.text[q.start - 1 : q.start] in OPENING_BRACKETS
                and self.text[q.end : q.end + 1] in CLOSING_BRACKETS)

    def bracketed_in_sequence(self, q: Quantity, line_start: int, line_end: int) -> bool:
        """措施包括(1)减税；(2)补贴: a bracketed number whose line also brackets the number after it or before it
        numbers the items of a list, whatever word stands before it; not one a measure word follows (拥有(3)项专利，
        (4)项在审: counts)."""
        if longest_unit(self.text, q.end + 1) is not None:
            return False
        return self.next_in_line_sequence(q, line_start, line_end, self.bracketed)

    def dotted(self, q: Quantity) -> bool:
        """1. or 2．: a whole number with no unit closed by a dot (a decimal's dot would have a digit after it)."""
        return not q.unit and q.kind == "number" and self.text[q.end : q.end + 1] in (".", "．")

    def next_in_line_sequence(self, q: Quantity, line_start: int, line_end: int,
                              marked: Callable[[Quantity], bool]) -> bool:
        """Another number of the line marked the same way (bracketed, dotted) is one more or one less than it."""
        k = bisect.bisect_left(self.view.quantity_starts, line_start)
        values = set()
        while k < len(self.view.quantities) and self.view.quantities[k].start < line_end:
            other = self.view.quantities[k]
            if other is not q and marked(other):
                values.add(other.value)
            k += 1
        return q.value + 1 in values or q.value - 1 in values

    def is_enumerator(self, q: Quantity) -> bool:
        """第一，…；第二，…: an ordinal with no classifier that opens a line, a sentence, a quotation or a clause after
        a colon or semicolon, and is closed by a comma or a colon, counts the points of the text."""
        if q.kind != "ordinal" or q.unit or not self.text.startswith(ENUMERATOR_ENDS, q.end):
            return False
        line = self.lines[self.view.line_of(q.start)]
        before = self.text[line.start : q.start].rstrip()
        return not before or before.endswith((*SENTENCE_OPENERS, *QUOTE_OPENERS))

    def opens_a_point(self, q: Quantity, q_index: int) -> bool:
        """第一是扩大内需，第二是稳定就业; 第一要…，第二要…: an ordinal (bare, or of items: 项, 点, 条) that opens a
        clause before 是 or 要, next to the ordinal before or after it opening a clause the same way, numbers the
        points of the text (D44), no rank (while 排名第二，第一是某公司 ranks: its 第二 opens no point)."""
        if not self.opens_point_at(q):
            return False
        line = self.lines[self.view.line_of(q.start)]
        for k in (q_index - 1, q_index + 1):
            while 0 <= k < len(self.view.quantities) and line.start <= self.view.quantities[k].start < line.end:
                other = self.view.quantities[k]
                if abs(other.value - q.value) == 1 and self.opens_point_at(other):
                    return True
                k += 1 if k > q_index else -1
        return False

    def opens_point_at(self, q: Quantity) -> bool:
        """The ordinal opens a clause (a line, or after a stop, a colon, a semicolon or a comma); 是 or 要 follows."""
        if q.kind != "ordinal" or q.unit not in POINT_UNITS or not q.text.startswith("第") or q.value_max is not None:
            return False
        line = self.lines[self.view.line_of(q.start)]
        before = self.text[line.start : q.start].rstrip()
        return (not before or before.endswith(CLAUSE_OPENERS)) and _POINT_LINK.match(self.text, q.end) is not None

    def is_part_of_title(self, q: Quantity) -> bool:
        """第一书记, 第一副总理, 第一副主席: an ordinal glued to a job title (titles.txt) is part of the title, no rank
        (the numeral reader may take 副 for its classifier); 第二被告, 第五名证人: so is one glued to a party of a case,
        or to the classifier of one."""
        if q.kind != "ordinal" or q.unit not in ("", "副", "名", "位"):
            return False
        if self.text.startswith(CASE_PARTIES, q.end):
            return True
        at = q.end + (not q.unit and self.text.startswith("副", q.end))
        return q.unit in ("", "副") and starts_of("titles.txt").first_at(self.text, at) is not None

    def is_first_time(self, q: Quantity) -> bool:
        """这不是某指数第一次跌破…, 是他平生第一次…: 第一次 negated or set against an undated span means "(not)
        for the first time", like 首次, no rank (a dated window, 今年第一次加息, counts repeats: D5)."""
        if q.kind != "ordinal" or q.unit != "次" or q.value != 1 or q.text.startswith("前"):
            return False
        before = self.text[max(q.start - 14, 0) : q.start]
        if before.endswith(FIRST_TIME_COPULAS) and (self.text[q.end : q.end + 1] in (*CLAUSE_ENDS, *QUOTES, "！", "")):
            return True  # 这在本市还是第一次。, 尚属第一次: a clause ending in "is (still) the first time", like 首次
        return _NEGATED_FIRST.search(before) is not None or before.endswith(FIRST_TIME_SPANS)

    def measures_concentration(self, q: Quantity) -> bool:
        """第一大客户占营收的四成, 第二大买家占比: 第N大 + a supplier or customer whose share is stated
        measures how concentrated the buying or selling is, no rank (while 第二大股东 is one)."""
        if q.kind != "ordinal" or q.unit or q.text.startswith("前") or self.text[q.end : q.end + 1] != "大":
            return False
        at = q.end + 1
        return self.text.startswith(CONCENTRATION_PARTIES, at) and _CONCENTRATION.match(
            self.text, at + next(len(w) for w in CONCENTRATION_PARTIES if self.text.startswith(w, at))) is not None

    def is_anniversary(self, q: Quantity) -> bool:
        """建党一百年, 回归25周年: the years since a founding name an anniversary, not a measured span; 六十岁生日:
        so does an age naming a birthday (八十大寿)."""
        if q.unit in ("岁", "") and self.text.startswith(BIRTHDAY_WORDS, q.end):
            return True
        return q.unit in ANNIVERSARY_UNITS or (q.unit == "年" and (
            self.text[max(q.start - 2, 0) : q.start] in word_list("anniversary_cues.txt")
            or self.text.startswith("之际", q.end)))  # (协议签署两年之际: the day the years since it come round)

    def is_article_of_a_title(self, q: Quantity) -> bool:
        """《建筑物条例》第40(2A)条, 《基本法》第23条: an ordinal right after a title is the article it cites."""
        return q.kind == "ordinal" and self.text[max(q.start - 1, 0) : q.start] in ("》", "〉")

    def in_address(self, q: Quantity) -> bool:
        """地址：某街88号某商场1楼: every number of an address line (a label 地址 and a colon) is part of it; so is a
        bare number right before 楼, 室, 单元 or 庭 anywhere (某大厦5楼, 502室, 3单元, 第12庭): a floor, a room, a
        stairway, a court room; and a block right after a street number (某街12号2栋)."""
        if not q.unit and self.word_at(q.end) in ADDRESS_PARTS:
            return True  # (the word itself: 800万或以下楼盘, 一半楼价 measure flats)
        if q.unit in BLOCK_UNITS and self.text[q.start - 1 : q.start] == "号":
            return True
        if q.unit == "层" and self.text[q.start - 1 : q.start] in (*BLOCK_UNITS, "号"):
            return True  # 某路8号B座15层: the floor of a block or a street number, an address
        line = self.lines[self.view.line_of(q.start)]
        return self.text[line.start : q.start].lstrip().startswith(ADDRESS_LABELS)

    def is_code(self, q: Quantity) -> bool:
        """股票代码：600123, 代码为600123, 答复编号：AB(C)12: a number after a word of code or reference number (and
        a colon, 为 or 是), with only Latin letters, digits and brackets between, names a record or a security; so
        do six digits opening a bracket with a link word after them (某某银行(600123,行情)), a listing."""
        if q.unit:
            return False
        return (_CODE_LABEL.search(self.text, max(q.start - 16, 0), q.start) is not None
                or _LISTING_WITH_LINKS.match(self.text, max(q.start - 1, 0)) is not None)

    def is_phone_number(self, q: Quantity) -> bool:
        """致电35656288: eight digits with no unit are a phone number, no figure (links and numbers written with
        their dash are in `name_spans`)."""
        return not q.unit and (_PHONE.fullmatch(self.text, q.number_start, q.number_end) is not None
                               or _MOBILE.fullmatch(self.text, q.number_start, q.number_end) is not None)

    def numbers_a_caption(self, q: Quantity) -> bool:
        """表1：全市用电量, 图2 历年出口, 见附表3: the number of a table or a figure names it, no figure."""
        shown = q.unit == "所" and self.text.startswith("示", q.end)  # 如图5所示: 所 read as a unit of schools
        if q.kind != "number" or (q.unit and not shown) or q.qualifier != "exact":
            return False
        after_ends = shown or q.end == len(self.text) or self.text.startswith(CAPTION_ENDS, q.end)
        line = self.lines[self.view.line_of(q.start)]
        return after_ends and _CAPTION_WORD.search(self.text, max(line.start, q.start - 4), q.start) is not None

    def is_unit_term_of_ratio(self, q: Quantity) -> bool:
        """比例约为1:6, 收入比为2.3:1: in a two-term ratio named as one, a term 1 is the base and the other term the
        figure (D74); a ratio of 1:1 keeps its first term, and a ratio to 0 (a score, 1:0) keeps both."""
        if q.kind != "number" or q.unit or self.text[q.number_start : q.number_end] != "1":
            return False
        end = q.number_end + RATIO_WORD_REACH
        window = _TWO_TERMS.finditer(self.text, max(q.number_start - RATIO_WORD_REACH, 0), end)
        m = next((m for m in window if q.number_start in (m.start(1), m.start(2)) and m.end() < end), None)
        if m is None:
            return False
        first = m.start(1) == q.number_start
        other = float(m.group(2) if first else m.group(1))
        if other == 0 or (other == 1 and first):
            return False
        return (_RATIO_WORD_BEFORE.search(self.text, max(m.start() - RATIO_WORD_REACH, 0), m.start()) is not None
                or _RATIO_WORD_AFTER.match(self.text, m.end()) is not None)

    def qualified_by_ratio_base(self, q: Quantity, q_index: int) -> Quantity:
        """比例约为1:6: the qualifier read into the base term 1 (约为1, dropped by `is_unit_term_of_ratio`) qualifies
        the ratio, so the term that is the figure takes it (6, approx)."""
        if q_index == 0 or q.qualifier != "exact":
            return q
        base = self.view.quantities[q_index - 1]
        if (base.qualifier == "exact" or self.text[base.end : q.start].strip() not in RATIO_COLONS
                or not self.is_unit_term_of_ratio(base)):
            return q
        return replace(q, qualifier=base.qualifier)

    def is_clock_time(self, q: Quantity) -> bool:
        """上午10時, 晚上8點, 8月1日18时, 星期一至五: a time of day or a day of the week says when, not how much."""
        before = self.text[max(q.start - 2, 0) : q.start]
        after = self.text[q.end : q.end + 1]
        # 周一, 星期一至五, 周一多次: a day of the week is 1 to 7, bare or of one digit (not 每周800台)
        days = 1 <= q.value <= 7 and (q.value_max is None or q.value_max <= 7)
        one_digit = q.number_end - q.number_start == 1
        # (本周第三次站上: an ordinal after 周 counts the week's events, no day of the week)
        weekday = before.endswith(("星期", "周")) and days and (not q.unit or one_digit) and q.kind != "ordinal"
        hour = after in ("时", "点") or q.unit == "点"
        # 8月1日18时, 6月30日24时: an hour right after a day of the month
        after_day = before[-1:] in ("日", "号") and q.value <= 24 and not q.qualifier.startswith("at_")
        return ((before in DAY_PARTS or after_day) and hour) or weekday

    def is_formula_constant(self, q: Quantity) -> bool:
        """收入乘以1.5, 日收益率×365, 0.6×得分+0.4×出勤, 所得额×25%: a number (or a rate) multiplying or dividing a
        word, or after an operator word, with no unit, is a constant of a formula or a rule (while 4×100米 and 3×3
        multiply numbers)."""
        if q.unit not in ("", "%"):
            return False
        if not q.unit and self.text[max(q.start - 2, 0) : q.start] in FORMULA_OPERATORS:
            return True
        before, after = self.text[max(q.start - 2, 0) : q.start], self.text[q.end : q.end + 2]
        return ((len(before) == 2 and before[1] in FORMULA_SIGNS and _WORD_CHAR.match(before[0]) is not None)
                or (len(after) == 2 and after[0] in FORMULA_SIGNS and _WORD_CHAR.match(after[1]) is not None))

    def is_index_base(self, q: Quantity) -> bool:
        """价格指数为102.5（上年同期=100）, 以2015年＝1000, （以上年为100）: the level an index is set to in its base
        period is a convention of the index (its scale), not a figure reported; the index's own level is the fact."""
        if q.unit or q.value not in (100, 1000):
            return False
        before = self.text[max(q.start - 2, 0) : q.start].rstrip()
        if len(before) == 2 and before[1] in "=＝" and _HAN_CHAR.match(before[0]) is not None:
            return True
        return _BASE_PERIOD_BEFORE.search(self.text, max(q.start - 12, 0), q.start) is not None

    def is_headway(self, q: Quantity) -> bool:
        """每4分钟一班, 每隔10分钟开出一趟: the time between two trains or buses is the figure reported, neither the
        base of a rate nor a window of time."""
        if not self.text[max(q.start - 2, 0) : q.start].endswith(("每", "每隔")):
            return False
        if _ONE_SERVICE.match(self.text, q.end) is not None:
            return True
        # 由每5分钟缩短至每4分钟一班: the headway before, whose service word is written once, after the second
        m = _HEADWAY_BEFORE.match(self.text, q.end)
        return m is not None and _ONE_SERVICE.match(self.text, m.end()) is not None

    def is_base_of_rate(self, q: Quantity, q_index: int) -> bool:
        """每4人有1人, 每10股派3元: the N after 每 is the base of a rate, not a fact (decision D53); so is the step
        after 每 and a verb when another figure answers it in the sentence (燃料每上涨8美元，成本抬升约300元: a
        sensitivity), unless the step is the figure, one event happening per step (每行驶3万公里发生一次故障)."""
        if q.start > 0 and self.text[q.start - 1] == "每":
            return True
        if self.text[q.start - 2 : q.start - 1].isdigit() and self.text[q.start - 1 : q.start] == "/" and (
                not q.unit and q.value >= 10 and math.log10(q.value).is_integer()):
            return True  # 死亡率为6.3/10万: a power of ten after a slash is what the rate is per
        verb = self.view.word_ending_at(q.start)
        if (verb is None or not verb.tag.startswith("v") or verb.text in THRESHOLD_VERBS
                or self.text[verb.start - 1 : verb.start] != "每"):
            return False  # (每满300元减40元: a promotion's threshold is a figure of its rule)
        if _is_price_per_measure(verb.text, q):
            return False  # 汽油每升7.85元，较上周涨0.12元: 升 is the litre a price is per, no step of a rise
        clause_end = self.view.clause_end(q.end)
        if _ONE_EVENT.search(self.text, q.end, clause_end):
            return False
        return self.fact_follows(q_index, self.view.sentence_end(q.end))

