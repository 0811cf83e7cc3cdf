"""Metric: what a figure measures, as a span of the article.

In order: for a change, the verb of change right after a company, a traded thing or a product (现货白银大涨3%), or
after a name beside such a clause (某甲涨超11%，乙公司涨超10%); for a share or a count of people in a breakdown, the
category or predicate after it (68%为女孩, 240万人有抑郁症状, 54%表示被冻薪); a verb of change that carries what
changes, before or after the figure (降息25个基点, 25个基点的降息); for a rank, the class or the repeated act after
it (第二大股东, 第二次提价); the noun phrase after a count or specification (3家创新企业, 8 核心的 CPU), or before the
figure (高新技术企业增至8609家; the product before a bracket of specifications; the metric before 居 for a rank), unless
that phrase is an industry or a market, which holds the figure (制造业增长96.9%); else the figure just before it
in the sentence (同比增长29%) or, in a clause of its own, that clause's topic; a stated topic (从…看), a
scorecard's label line above it, the verb of action just before it (拟套现1.13亿元), the noun phrase the sentence
or else the figure's clause opens with, and last the running metric of the paragraph.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from pipeline.facts.candidate import is_ratio
from pipeline.facts.lexicon import (
    ADJUSTED_GROWTH,
    PART_OPENERS,
    PRODUCT_NAME,
    back_references,
    body_endings,
    by_length,
    cue_endings,
    exchange_link,
    holder_endings,
    instruments,
    list_joiners,
    metric_skip_endings,
    not_changes,
    period_pattern,
    place_words,
    record_after,
    role_cues,
    skip_before_metric,
    starts_of,
    streak_words,
    tier_endings,
    topic_pattern,
    verbs_before_rank,
    verbs_of_place,
)
from pipeline.facts.phrases import (
    COPULAS,
    DIMENSIONS,
    GLUED_COPULAS,
    GROUP_WORDS,
    STARTING_POINTS,
    PhraseReader,
    is_per_unit,
)
from pipeline.facts.role import (
    SHARE_NOUNS,
    act_named_after,
    effect_span_after,
    has_comparative_after,
    is_run_of_moves,
    rate_named_after,
    rate_span_after,
)
from pipeline.facts.view import DocumentView, is_label_line
from pipeline.lexicons import word_list, words
from pipeline.numerals import Quantity
from pipeline.text.punctuation import CLOSING_BRACKETS, FULL_STOPS, OPENING_BRACKETS
from pipeline.text.segment import in_dictionary
from pipeline.text.tags import METRIC_SKIP_TAGS, PROPER_TAGS
from pipeline.text.tokens import Token

if TYPE_CHECKING:
    from pipeline.facts.find import Candidate

Span = tuple[int, int]
CLAUSE_COMMAS = frozenset({",", "，"})
BARE_MAGNITUDES = ("万", "萬", "亿", "億")  # 15.5亿 with no unit: a sum whose 元 is left out
BODY_UNITS = frozenset({"家", "间", "所", "座"})  # counts of companies or bodies: 上市公司增加12家
NAME_ENDINGS = ("公司", "集团", "银行", "券商", "控股")  # words that close a company's name
COMMAS_AND_STOPS = frozenset("，。；,;")
SAME_TIME_WORDS = frozenset({"同期"})  # 上年/t 同期/b: jieba's second word of an earlier time
EARLIER_LEVEL_LINKS = frozenset({"为", "是", "则为", "则是", "仅为", "约为", "只有"})  # 去年同期则为95亿元
# 高于预期的110亿元, 超出计划的3000人, 优于财测的480亿元: a figure set up as a benchmark to compare with
BENCHMARK_VERBS = ("高于", "低于", "超出", "优于", "逊于", "不及", "胜于", "多于", "少于")
LIMIT_VERBS = frozenset({"超过", "高于", "低于", "多于", "少于"})  # 不超过发票金额的50%: a cap or floor set on a base
LIMIT_MODALS = frozenset({"不", "不得", "不能", "不可", "不应", "须", "需", "应", "最高", "最多", "最低", "均"})
DISPOSALS = frozenset({"将", "把", "將"})  # 将某开支削减两成: the object put before the verb that acts on it
HEADLINE_BREAKS = frozenset({"", "\n", " ", "\u3000"})  # the end of a line, or a space between a headline's clauses
# 68%为女孩, 74%发生在私人地方, 47%则表示被冻薪: the category a share of a breakdown is, written after it up to the
# clause's end
_SHARE_OF = re.compile(
    r"\s*(?:[(（][^()（）]{1,12}[)）])?\s*"  # 240万人（37.4%）有抑郁症状: an aside in brackets may come between
    r"(?:则|亦|也|均|都)?(?:为|是|涉及|属于|属|来自|发生在|在|患有|疑患|患(?!者)|出现|有(?!所)|曾|会|不会|表示)\s*"
    r"([^，。；、,;:：()（）\n]{1,14}?)(?=[，。；、,;()（）\n]|$)"
)
# 其中120亿元为现金: the category a part of a sum is, written after 为 up to the clause's end
_PART_OF = re.compile(
    r"\s*(?:则|亦|也|均|都)?(?:为|是|属于|来自|用于)\s*([^，。；、,;:：()（）\n]{2,14}?)(?=[，。；,;\n]|$)")
# a chart's name after a rank verb: quoted, or ending in a word of charts (榜, 榜单, 排行榜)
_CHART = re.compile(r"(?:在|于)?(?:[“「\"]([^”」\"，。；\n]{2,16})[”」\"]"
                    r"|([^，。；、\n“”「」]{1,14}(?:排行榜|榜单|榜)))")
_MOVED_FROM = re.compile(r"[从由]")  # 从8元涨到12元: the level a move starts from
_MOVED_TO = re.compile(r"[^，。；,;]{1,8}[到至]")  # …涨到, …降至: the move to the level reached
# 某国数据公布后，…, 在某国CPI公布后: the release of data, a time of what follows it, never a measure of it
_RELEASE = re.compile(r"在?[^，。；,;:：!?！？\n\d]{1,16}?(?:公布|发布|出炉)(?:之后|以后|后)[，,\s]*")
# a photo's caption or credit on a line of its own: 图据公告, 图片来源：某社, 资料图, 记者某某摄
_CAPTION = re.compile(
    r"^\s*(?:图片?|资料图|配图)\s*(?:据|来源|来自|为|[:：/／(（])|^\s*资料图|(?:摄|供图|图源)\s*[)）]?\s*$")
# a byline on a line of its own: a reporter's or a correspondent's word (byline_words.txt), or 文/图 before a name
_BYLINE = re.compile("|".join((*map(re.escape, word_list("byline_words.txt")), r"^\s*文\s*[/／|｜]")))
# 第二的, 第三大的, 前五名的, 第一位的: a rank closed by 的 before a noun (the one the rank picks out)
_RANK_PICKS_OUT = re.compile(r"(?:大|名|位|强)?的")
_HOLDER_CLOSED = re.compile(r"\s*(?:[，。；：,;:]|$|是|为)")  # 排名第二的银行。 / …的公司，: the picked-out phrase ends
_COPULA_INSIDE = re.compile(r"[是为]")  # 人口密度第一的区是某区: the phrase after runs on past the copula
# the group a rank is among, before its verb (在全省纺织厂中, 在国内市场)
# a per-unit phrase right before a sum (楼面价每平方米2.3万元): the price noun stands before it
_PER_UNIT_BEFORE = re.compile(r"每[\u4e00-\u9fff]{1,3}$")
# what may stand between 排名 and the rank it is the verb of: a short scope (联盟, 全国), no clause break, no figure
_RANK_GAP = re.compile(r"[\u4e00-\u9fff]{0,4}")
_RANK_SCOPE = re.compile(r"在[^，。；,;在]{1,20}(?:中|之中|当中)?\s*$")
# 在某某排名中, 在某某榜单中: a scope that is a ranking or a chart is what the rank is on, not whom it is among
_ASPECT = re.compile(r"\s*([\u4e00-\u9fffA-Za-z]{2,10}?)(?:方面|方面来看)[，,]")  # 出货方面，…: the sentence's aspect
_CHART_SCOPE = re.compile(r"在([^，。；,;在]{0,16}(?:排名|排行|排行榜|榜单|榜))(?:中|之中|当中)?\s*$")
# 在全国大学生程序设计大赛中获得第二名, 在男子100米决赛中夺得第三名: a contest set as the scope of a rank is what the
# rank is on (while 在全省纺织厂中 names whom it is among)
_CONTEST_SCOPE = re.compile(r"在([^，。；,;在]{1,16}(?:赛|赛事|比赛|大赛|决赛|半决赛|锦标赛|联赛|公开赛|大奖赛"
                            r"|评选|评比|奥运会|运动会|亚运会|世锦赛|世界杯))(?:中|之中|当中|上)?\s*$")
# 在某某创新指数中，…; 在本赛季积分榜上，…: a ranking, a chart or an index set as the frame of a sentence, its clause
# (a modifier closed by 的 before the chart's name, 今年的 or 最新公布的, is left out: the time is the period's)
# (a time word glued before the chart's name without 的, 年度 or 本赛季, is the period's too: 在年度全球品牌价值榜上)
_LEADING_CHART = re.compile(r"\s*(?:在|于)(?:[^，。；,;在的]{1,8}的|(?:本年度|年度|本赛季|上赛季|本季|今年|去年|最新))?"
                            r"([^，。；,;在的]{0,16}(?:排名|排行|排行榜|榜单|榜|指数|评选|排位))(?:中|之中|当中|上)\s*[，,]")
# 以某组最多, 其次为某组, 最后是某组: a group put in order, right before the bracket of its figure
_RANKED_ITEM = re.compile(r"(?:(?:其次|再次|最后)[为是]?[^，。；,;（(]{1,10}"
                          r"|以[^，。；,;（(]{1,10}(?:最多|最高|最少|最低|最大|最小))\s*$")
_TOP = re.compile(r"(?:最多|最高|最少|最低|最大|最小)\s*$")  # 满意率最高（72%）: the first of a run put in order
_ITEM_WORD = re.compile(r"[\u3400-\u9fff]{2,6}")  # the word that names an item of a list (挺举121公斤)
FUNCTION_TAG_PREFIXES = ("d", "c", "p", "r", "u")  # adverbs, conjunctions, prepositions, pronouns, particles
_POPULATION = re.compile(r"的?([\u3400-\u9fff]{1,6})")  # 21.4%的人士…: a population after a share
_POPULATION_DOES = re.compile(r"[^\s，。；,;:：%]{2,18}(?=[\s，。；,;]|$)")  # 表示未有既定计划; a space ends it
SHARE_UNITS = frozenset({"%", "人", "名"})  # shares and counts of people in a breakdown
SHARE_LOT_UNITS = frozenset({"股", "张"})  # shares, and the lots of a thousand Taiwan's market trades in (买超2万张)
EXISTENTIALS = frozenset({"", "有", "则有", "只有", "仅有", "约有", "共有"})  # before a share that opens its clause
# 刷新日高至7.12, 创新低: a day's or a record's extreme names the level that reaches it, not the moves after it
EXTREMES = ("日高", "日低", "新高", "新低")
LEVEL_BREAKS = frozenset("破穿")  # 下破, 升穿: the second character of a verb of breaking through a level
PEAKS = ("高峰", "峰值", "谷底", "低谷")  # a price's highest or lowest point, named for that figure alone
RECORDS = (*EXTREMES, "低位", "高位")  # 创三个月低位, 刷新两周高位: the level a record reaches
RATIO_ENDINGS = ("率", "占比", "比重", "比例")  # 毛利率, 营收占比: what measures a part of a whole
RATE_CEILING = 10_000  # no rate, ratio or multiple reaches it; a figure that does is a sum or a count
SPAN_OPENERS = frozenset({"近", "过去", "過去"})  # 近/a 五年/t: a word that opens a span of time jieba cut off it
LATIN_ABBREVIATION = "ABCDEFGHIJKLMNOPQRSTUVWXYZ "  # 某领先指数CCL: the abbreviation written after a name
RANGE_LINKS = frozenset({"至", "到"})  # 6星期（1个半月）至30星期: between the ends of a range
SCORE_LINKS = frozenset({"比", ":", "："})  # 3比1, 3:2: between the terms of a score or a ratio
RANGE_VERBS = frozenset({"介乎", "介于", "介於"})  # 有1000宗介乎80至89岁: a range the part lies in, no category
# 甲、乙分别增长8%和6%: words that spread figures over names
SPREADS = frozenset({"分别", "各", "均", "各自", "依次", "依序"})
# 按地区别观察, 从产品来看, 就行业而言: a breakdown's dimension, opened and closed so, names no measure
FRAME_OPENERS = frozenset({"按", "从", "就", "以", "依"})
FRAME_VIEWS = frozenset({"看", "来看", "观察", "分析", "而言", "来说"})
GROUP_ENDINGS = ("中", "當中")  # 其中, 当中, 受访机构中, 50间总会中: the group the parts after it are of
# the words before a part of a breakdown: the group (其中, 受访机构中) and an existential (有, 只有)
_BREAKDOWN_LEAD = re.compile(r"(在?[^，。；,;]{0,20}?(?:中|當中))?\s*(?:则有|只有|仅有|约有|共有|有)?")
PEOPLE_UNITS = frozenset({"人", "名"})
KIND_CLASSIFIERS = frozenset("种类个项")  # 两种情形, 三个方面: a count of kinds counts even a vague noun glued after it
# 粮食产量, 能源消费, 出口: measures of volume or value (measure_endings.txt of two characters or more, without the
# prices, indices and rates of moves) whose parts a breakdown after 其中 names, traded things among them (玉米, 原油)
VOLUME_MEASURES = tuple(word for word in word_list("measure_endings.txt")
                        if len(word) > 1 and "价" not in word and "指数" not in word and "幅" not in word)
_THEN_OF = re.compile(r"(?:[和及与、][\d.]+[A-Za-z%\u4e00-\u9fff]{0,3})?的")  # 32GB和64GB的: the list, then 的
VERB_DIRECTIONS = frozenset("下上出起回进")  # complements of direction after a verb (砍下, 轰出, 捞回)
PER_TIME = frozenset("年月日")  # 年入, 月入, 日赚: an act per unit of time
LEVEL_ENDINGS = frozenset("为至到达于回向")  # 重回, 转向, 达到: a verb of the level reached
# 涉资高达: the words linking an act to the level its figure reaches
LEVEL_LINKS = frozenset({"达", "达到", "高达", "已达", "可达", "達", "達到", "高達", "已達", "可達"})
PRICE_LINKS = LEVEL_LINKS | {"为", "為", "是"}  # 开价为每平方米…: the words linking a price's verb to its 每
OBTAINING = frozenset({"得到", "收到", "拿到", "接到", "赚到", "筹到", "募到"})  # 到 of getting, not of a level
_BASIS = re.compile(r"按[^，。；,;]{1,12}?(?:口径|计算|统计|计)")  # 按可比口径, 按美元计: what a figure is counted on
# 按某某原则厘定为, 按每人每月核定: a figure set on a basis (the measure set is named before 按)
_SET_BASIS = re.compile(r"按[^，。；,;\d]{1,24}?(?:厘定|釐定|核定|确定|订定|定为|订为)")
# the base of a rate right before a figure: 每10万人, 每千人口, 每百户 (a number, then its classifier or noun)
_RATE_BASE = re.compile(r"每(?:[0-9][0-9.,]*[十百千万亿]*|[一二两三四五六七八九十百千万亿]+)[\u4e00-\u9fff]{1,2}\s*$")
_STREAK_ACT = re.compile(r"[\u4e00-\u9fff]{2,8}(?=[，。；、,;！!？?\s]|$)")  # the act of a streak, to its clause's end
# 收盘, 收市, 开盘, 开市: sessions that end or open on a price, which names the level a move in them reaches
PRICE_SESSIONS = ("收", "开")
CLOSING_MOVES = frozenset({"收涨", "收跌", "收高", "收低"})  # a day's close, said of a share, an index or a future
# moves said of shares and markets alone (not 上涨 or 增长, said of prices and output too)
SHARE_MOVES = CLOSING_MOVES | {"涨", "跌", "大涨", "大跌", "暴涨", "暴跌"}
WHOLE_WORDS = ("整体", "整體")  # 某指数整体下行: the mover as a whole
MOVE_ADVERBS = frozenset("现再续又仍曾")  # 现跌/v, 续涨/v: an adverb jieba glues to a move of shares


def names_an_act(tag: str, word: str, *, whole: bool = False) -> bool:
    """A verb of two characters or more that is no skip word and no verb of change (达到, 增长 say nothing of what):
    it may name what a figure measures. A verb of one character counts only where it is known `whole` (租了: the
    aspect particle after it shows jieba cut it out of no longer word)."""
    return (tag.startswith("v") and (len(word) >= 2 or whole) and word not in skip_before_metric()
            and cue_endings().longest_ending(word) in (None, *not_changes()))


def is_share_move(word: str) -> bool:
    """涨, 大跌, and the same with an adverb or a qualifier jieba glued to it (现跌, 续涨, 涨超, 跌近)."""
    word = word[:-1] if len(word) > 1 and word[-1] in GLUED_QUALIFIERS else word
    word = word[1:] if len(word) > 1 and word[0] in MOVE_ADVERBS else word
    return word in SHARE_MOVES


AUXILIARIES = frozenset("会能要可需应得该想占")  # verbs of one character that name no act of their own
MODALS_BEFORE = frozenset("会能要可")  # 可/v 挣/v: modals jieba cuts off the verb of one character after them
MAX_PEOPLE_WORDS = 3  # words of a noun phrase up to its word of people (香港 / 低收入 / 人士)
PREDICATES_AFTER_PEOPLE = frozenset("在已曾会有将均都表为")  # 21.4%的人士在18岁前…, 1,200名员工曾…
# 4,966人被发现有大肠瘜肉: the predicate after a count of people, to the end of its clause
_PREDICATE = re.compile(r"([^，。；,;:：()（）\n]{1,20}?)(?=[，。；,;)）\n]|$)")
# 科技股, 概念股, 某某板块, 酒企: shares and companies of a kind, whose prices move together (not 持股, a holding)
SHARE_GROUPS = ("股", "板块", "企")
HOLDINGS = ("持股", "入股", "参股", "配股", "控股", "占股")
PRICE_ENDINGS = ("价", "价格")  # 股价, 中间价, 基准价: a price named before its quote or its act names itself
MEASURE_INDEXES = ("景气指数", "信心指数", "经理指数", "生产指数", "发展指数")  # (and any index of 价: prices)
HOLDER_ENDINGS = ("业", "市场", "板块")  # 制造业, 零售业, 其他市场, 银行板块: industries, markets, sectors hold figures
NOUN_JOINERS = frozenset({"及", "和", "与", "以及", "、"})

# 某产品则最高可减300元, 某合约累计上涨: words between a holder and its verb
CAPS = frozenset({"最高", "最多", "最低", "则", "可", "累计"})
_CAN_CHANGE = re.compile(r"可[增减降升涨]")  # 可减/v: jieba's word of 可 and a verb of change
_STATED_AS = re.compile(r"(?:为|是|超过?|达到?|[少多低高]于|不[多少]于|应有)?")  # 容量为50升: a measure stated
# 高于, 落后于: cues of comparison that say which way, so that a figure right after what is compared is the difference
DIRECTED_COMPARISONS = frozenset({"低于", "高于", "少于", "多于", "大于", "小于", "领先于", "领先", "落后于", "落后"})
RELATIVE_ORDINALS = frozenset({"一", "个", "一个"})  # 较上一(个)交易日: the one before, after 上 or 前
# 扣除价格因素, 消除基数影响: a condition
ADJUSTED_ENDS = ("调整后", "调整之后")  # 经季节性调整后为3%: the adjustment made to a measure, not the measure
_ADJUSTMENT = re.compile(r"\s*(?:若|如|如果)?(?:扣除|剔除|除去|消除|不含|不计)")
OBJECT_WORD_TAGS = ("n", "v", "a", "b", "d", "j", "l", "eng", "ug")  # an object's words, tagged any way (过/ug 网费)
OBJECT_CLOSINGS = frozenset({"", "，", "。", "；", ",", ";", "\n", "！", "？", "!", "?"})  # the clause ends there
MAX_OBJECT_WORDS = 4  # words of the object a sum is the size of (长期 / 购电 / 协议)
MAX_LIST_ITEM = 10  # characters of an item's name before its figure
MIN_LIST_ITEMS = 3
MAX_RESTATED = 16  # characters of a figure restated in brackets after an item's figure (（约54元/月）)
_BRACKET_CLOSE = re.compile(r"[)）]")
_BRACKETED_TAIL = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")  # 乐观情景（同业均值）: the note after a tier's name
_TIER_LINK = re.compile(r"\s*(?:每[年月日天周次人]|为|為|是|[：:])?\s*")  # 基础版每月20美元, 成人票为120元
LIST_INTRO_TAILS = ("分别为", "依次为", "如下", "为")  # 收费如下：…: words that close a list's heading before its colon
_HEADING_LABEL = re.compile(r"(?<![^\s，。；,;：:])[\u3400-\u9fff]{2,8}$")  # 月费, 保修期限: a heading's whole label
_LATIN = re.compile(r"[A-Za-z]")  # Kimi：甲版49元/月: a product named in Latin letters holds the list, measures nothing
MAX_TIER_LINES = 8  # lines of tiers (乐观情景：…) between one and the heading that ends in a colon
_TIER_LINE = re.compile(r"[^\d，。；,;:：]{1,12}(?:[(（][^()（）]*[)）])?\s*[：:]\s*\S")  # 乐观情景（…）：4800亿元
# the words that may stand between a cue of comparison and the noun of what is compared (低于小型乙类公司, 比附近楼盘,
# 较其他城市, 较同期): adjectives, positions, pronouns of kind and distinguishing words
BASE_MODIFIER_TAGS = frozenset({"a", "f", "r", "b"})
MAX_COMPARED_TOKENS = 6  # words of what a figure is compared with, between 比 and the adjective (比自行采购高)
MAX_CHANGE_VERB = 3  # characters of a verb of change made of a cue and a modifier (重挫, 微跌, 涨近)
GLUED_QUALIFIERS = frozenset("近超逾约")  # 涨近/v 9%: a qualifier jieba glues to the verb before the figure
STEADY_WORDS = frozenset({"持平", "按年", "按月", "按季"})  # 价格按月持平: words of (no) change after a measure
MAX_TIME_TOKENS = 4  # tokens of the adverbs and times between a mover and its verb (也同步, 日/内, 盘中一度)
BACK_REFERENCES = frozenset({"前者", "后者"})  # a base that points to the figure before
MAX_BASE_TOKENS = 4  # words of the base a multiple compares with (只有某国的一半)
MAX_PARALLEL_NAME = 8  # characters of a clause's name before its verb of change in a list of moves
# 完成370亿元发行, 实现5亿元融资: verbs of carrying out whose object is the act after the sum (the act names it)
COMPLETIONS = frozenset({"完成", "实现", "进行"})
LEVEL_REACHED = ("至", "到")  # 减至, 降到: a verb of the level a price is cut or raised to
AFTER_WORDS = ("后", "之后", "以后")  # 议价后: a phrase closed by 后 says when, not what
SPENDING = frozenset("用花耗费")  # 用了三年, 花了两个月: verbs of spending time, with their 了 (jieba: 用/p 了/ul)
TAKES = frozenset({"需", "需要", "只需", "仅需", "只要"})  # 仅需3秒, 需要两天: what an act takes, before the figure
EFFECTS_ON = ("影响", "冲击", "贡献", "拖累", "提振")  # 负面影响: an effect on a measure named elsewhere (对利润率)
# a product's or a brand's name in Latin letters: words of which one is capitalised and has small letters (Galaxy S30,
# iPhone 17 Pro, Zenbrook), with models and versions beside them
_LATIN_NAME = re.compile(r"(?=.*[A-Z][a-z]|.*\bi[A-Z])[A-Za-z0-9+\-]+(?: [A-Za-z0-9+\-]+)*")
NOUN_TAGS = ("n", "j", "eng")  # jieba's nouns, abbreviations and Latin words: what may name a holder
_QUOTES = " “”「」\"'"  # 乙版为“90元”: marks (and spaces) that set off a figure as written
_PARALLEL_OPENERS = " 而则但另"  # 而Galaxy S30则为…: words that open a clause set beside the one before
MEASURE_KINDS = frozenset({"currency", "percent", "measure", "duration", "age"})  # not counts: 4家村镇银行 counts banks
PLACE_OF_ACT = frozenset({"在", "于"})  # 在某某科技任职: the prepositions of where an act is done
AGE_UNITS = frozenset({"岁", "周岁"})
POINTING_WORDS = ("该", "这", "此")  # 该品牌, 这款: a noun they point at is a holder named before, not a measure
# 该市, 该行: a pointing word glued to a noun of a body is a holder of its own, and the noun after it (该市GDP总量)
# is its measure; glued to a classifier (这款, 该家) it still points at the noun after it
POINTER_CLASSIFIERS = frozenset("款家个只位名种类项台部辆座条批支")
RANKING_WORDS = frozenset({"排名", "排行"})  # nouns of a ranking (在某某排名中) that are its verb before a rank
RESULT_WORDS = ("胜", "负", "败", "勝", "負", "敗")  # wins and losses, beside which 平 counts draws
_RESULT_AFTER = re.compile(r"\s*(?:\d+|[一二两兩三四五六七八九十]+)\s*[胜负败勝負敗]")
REPEAT_COUNTS = frozenset({"次", "场", "回", "遍", "趟", "局", "度"})  # counts of times an act was done
TIME_TAKEN = frozenset({"耗时", "历时", "用时", "费时", "需时"})  # the time an act takes, named by the word itself
CONTEST_RESULTS = frozenset({"成绩", "最终成绩"})  # vague as an achievement; before a time, its measure
RECIPIENTS = frozenset({"他", "她", "他们", "她们", "我", "我们", "你", "你们", "您"})  # people given to, after a verb
GIVING_TAGS = frozenset({"v", "vn", "n"})  # jieba tags 资助 n, 奖励 vn before a person
AGE_METRIC = "年龄"  # the measure of a person's stated age (written 年齡 in a traditional article: `metric_in_script`)


ITEM_UNITS = frozenset({"项"})  # the classifier of the items a text counts out (两项：…)


HAVING_WORDS = frozenset({"有"})  # 有 before a sum: one has that much of the noun after it


def metric_in_script(metric: str, figure: str) -> str:
    """A metric the article does not write (年龄), in the script of the figure as written (45歲: 年齡)."""
    return "年齡" if metric == AGE_METRIC and "歲" in figure else metric


def is_bare_sum(q: Quantity) -> bool:
    """拟募资不超15.5亿, 投放538万: a round magnitude with no unit written is a sum whose 元 a headline or a terse
    clause leaves out, not a count of a class (which would write its classifier)."""
    return q.kind == "number" and not q.unit and any(magnitude in q.text for magnitude in BARE_MAGNITUDES)


def counts_after(q: Quantity) -> bool:
    """减少了3200个职位: a change counted with a classifier counts the noun written after it (while after 增长8%
    the next words are another clause's)."""
    return q.kind == "number" and bool(q.unit) and q.unit != "倍"


class MetricFinder:
    """Finds the metric of each figure of one document, given the candidates before it."""

    def __init__(self, view: DocumentView, phrases: PhraseReader) -> None:
        self.view = view
        self.text = view.text
        self.tokens = view.tokens
        self.lines = view.lines
        self.phrases = phrases

    def topic_before(self, offset: int) -> tuple[int, int] | None:
        """从出口结构看 / 以用电量来看: a stated topic on the figure's line (`measure_for` takes it only in the
        figure's own sentence: a topic stated sentences before is a heading of the talk, not a measure). A topic that
        names the kind of holder the figures are broken down by (以县市来看, 从地区看, 分年龄组看) names no measure."""
        line = self.lines[self.view.line_of(offset)]
        topics = [m.span(1) for m in topic_pattern().finditer(self.text, line.start, offset)]
        return topics[-1] if topics and not self.names_holder_kind(*topics[-1]) else None

    def names_holder_kind(self, start: int, end: int) -> bool:
        """县市, 地区, 年龄组: a kind of holder (the words a table's corner uses for rows that hold the figures)."""
        return self.text[start:end].replace(" ", "") in words("table_holder_corners.txt")


    def rank_verb_before(self, q: Quantity, floor: int) -> int | None:
        """Where 居/位居/跃居 (or a verb of moving to a position: 升至, 重回) stands before a rank in its clause: the
        metric is written before it."""
        clause = max(self.view.clause_start(q.start), floor)
        verbs = verbs_before_rank()
        i = self.view.token_index_at(q.start - 1)
        while i >= 0 and self.tokens[i].start >= clause:
            if self.tokens[i].text in verbs and (self.tokens[i].text not in RANKING_WORDS
                                                 or self.ranks_what_before(i, q)):
                return self.tokens[i].start
            i -= 1
        return None

    def ranks_what_before(self, i: int, q: Quantity) -> bool:
        """营收在同业中排名第二, 销量排行全省第三: 排名 or 排行 (a noun elsewhere: 在某某排名中) is the verb of a rank
        right before it (a place may stand between) with a noun or a group before it, the measure ranked; not before
        的 (紧随排名第三的某厂: a rank that picks someone out)."""
        between = self.text[self.tokens[i].end : q.start].strip()
        if (between and between not in place_words()) or self.text.startswith("的", q.end):
            return False  # (排名第三的某厂: the rank picks out whom it names, as 排名 with what is before it)
        j = i - 1
        while j >= 0 and self.tokens[j].tag.startswith("d"):
            j -= 1  # 均/d 排名: an adverb before the verb
        return j >= 0 and (self.tokens[j].tag.startswith(("n", "f")) or self.tokens[j].text in GROUP_ENDINGS)

    def ranking_word_measure(self, cand: Candidate, metric: Span | None, earlier: list[Candidate]) -> Span | None:
        """该品牌排名第三, 以18胜5负的战绩排名联盟第二, 市占排名第四的某公司: where 排名 or 排行 stands right before a
        rank (a scope of a few characters may stand between) and the other cues found no measure in the rank's own
        clause (nothing, a phrase carried from a clause before, a name or holder, a noun picked out by 该, another
        figure's words), the ranking itself is what the rank is of (分别排行第十二名及…),
        with the measure glued before it (市占排名); a name after the rank is whom it ranks, the subject."""
        q = cand.quantity
        clause = self.view.clause_start(q.start)
        if (metric is not None and metric[1] > clause and not self.is_not_a_measure(metric, q, earlier)
                and self.text[slice(*metric)] not in RANKING_WORDS):  # (他排名第五: the bare verb is no measure)
            return None
        word = next((w for w in RANKING_WORDS if self.text.rfind(w, clause, q.start) >= 0
                     and _RANK_GAP.fullmatch(self.text, self.text.rfind(w, clause, q.start) + len(w), q.start)), None)
        if word is None:
            return None
        start = self.text.rfind(word, clause, q.start)
        tok = self.tokens[self.view.token_index_at(start)]
        if (tok.start, tok.end) != (start, start + len(word)):
            return None  # (排行榜: a chart's name, which the chart cues read)
        before = self.phrases.noun_phrase_before(start, floor=clause)
        if metric is not None and metric[0] >= q.end:
            # 排名第四的某公司: the name (or holder) the rank picks out is whose rank it is
            cand.holder = self.view.name_at(metric[0]) or (metric if self.names_holder(*metric) else None)
        if before is not None and before[1] == start and not self.is_not_a_measure(before, q, earlier):
            return before[0], tok.end
        return self.leading_chart(q, start, earlier) or (tok.start, tok.end)

    def is_not_a_measure(self, phrase: Span, q: Quantity, earlier: list[Candidate]) -> bool:
        """A phrase a rank cannot be of: a name or a holder (whom the rank is of), a noun picked out by 该, 这 or 此
        before it (该品牌, 这款机型), or the words of another figure (5负)."""
        if self.view.overlaps_name(*phrase) or self.names_holder(*phrase):
            return True
        i = self.view.token_index_at(phrase[0]) - 1
        if (i >= 0 and self.tokens[i].end == phrase[0] and len(self.tokens[i].text) <= 2
                and self.tokens[i].text.startswith(POINTING_WORDS)
                and (len(self.tokens[i].text) == 1 or self.tokens[i].text[1] in POINTER_CLASSIFIERS)):
            return True  # (but 其市占率排名第二: 其 says whose, the noun is still the measure)
        return any(c.quantity.start < phrase[1] and phrase[0] < c.quantity.end for c in earlier)

    def rank_picks_out(self, q: Quantity, floor: int) -> bool:
        """市值排名第二的银行, 营收第一的中信证券, 涨幅前五的个股: a rank right before 的 picks out who holds it, and
        the measure it ranks by is the noun written before it (the rank verb, a place or a field may stand between);
        without such a noun (第一名的成绩) the noun after stays what is ranked."""
        if q.unit not in ("", "名", "位") or not _RANK_PICKS_OUT.match(self.text, q.end):
            return False
        clause = max(self.view.clause_start(q.start), floor)
        i = self.view.token_index_at(q.start - 1)
        while i >= 0 and self.tokens[i].start >= clause and (
                self.tokens[i].text in words("rank_verbs.txt") or self.tokens[i].text in place_words()
                or self.tokens[i].text.startswith("全") or self.tokens[i].tag.startswith("d")):
            i -= 1  # 排名/位居, 全国/全场, 均: the verb, the scope and an adverb between the measure and the rank
        measure = self.tokens[i] if i >= 0 and self.tokens[i].start >= clause else None
        return (measure is not None and measure.tag.startswith(("n", "vn", "l", "j"))
                and not measure.tag.startswith("nr") and measure.end - measure.start >= 2)

    def leading_chart(self, q: Quantity, verb: int, earlier: list[Candidate]) -> tuple[int, int] | None:
        """在某某创新指数中，乙市排名第5; 在年度榜单上，某队暂列第四: a ranking, a chart or an index set in a clause
        of its own before the rank's clause is what the rank is on, when the rank's clause names only who is ranked
        before its verb (a name, a holder or nothing), no measure of its own."""
        clause = self.view.clause_start(q.start)
        sentence = self.view.sentence_start(q.start)
        if clause <= sentence:
            return None
        chart = _LEADING_CHART.match(self.text, sentence, clause)
        if chart is None or chart.end() != clause:
            return None
        own = self.phrases.noun_phrase_before(verb, floor=clause)
        if own is not None and own[1] == verb and not self.is_not_a_measure(own, q, earlier):
            return None  # 在某榜单中，其营收排名第二: the rank's own measure
        return chart.span(1)

    def chart_before(self, q: Quantity, verb: int) -> tuple[int, int] | None:
        """位列“某某热销榜单”第一, 排在某某排行榜第三: a chart named between the rank verb and the rank (in quotation
        marks, or ending in a chart's word) is what the rank is on; a place there (居全国前三) is only its scope."""
        m = _CHART.match(self.text, self.tokens[self.view.token_index_at(verb)].end, q.start)
        if m is None or m.end() != q.start:
            return None
        return m.span(1) if m.group(1) else m.span(2)

    def label_above(self, line_index: int, counts: list[int]) -> tuple[int, int] | None:
        """A scorecard label: the nearest non-blank line above, when it is a label line."""
        j = line_index - 1
        while j >= 0 and not self.lines[j].text.strip():
            j -= 1
        if j < 0 or not is_label_line(self.lines[j], counts[j]):
            return None
        line = self.lines[j]
        start = line.start + len(line.text) - len(line.text.lstrip())
        end = line.start + len(line.text.rstrip())
        if _CAPTION.search(self.text[start:end]) or _BYLINE.search(self.text[start:end]):
            return None  # 图据公告, 图片来源：某社, 记者某某摄: a photo's caption or credit labels no figure under it;
            # nor does a byline (本报记者 某某 通讯员 某某, 文/图 某某)
        period = period_pattern().match(self.text, start, end)
        if period and period.end() < end:
            start = period.end()
        return start, end


    def metric_for(self, cand: Candidate, earlier: list[Candidate], label) -> tuple[int, int] | None:
        """What the figure measures (`phrase_for`); a person's stated age is measured as 年龄 (`is_stated_age`)."""
        metric = self.phrase_for(cand, earlier, label)
        if (cand.role == "amount" and metric is not None and self.is_verb_governing(metric, cand.quantity)
                and (bought := self.object_after_sum(cand.quantity)) is not None):
            metric = bought  # 收取15美元接入费, 获30万元一次性补偿: the sum is the size of the object, not the act
        if metric is not None and metric[1] <= cand.quantity.start:
            metric = self.with_numeral_of_name(metric, earlier)
        if metric is not None and (referent := self.pointed_back_to(metric, earlier)) is not None:
            cand.metric_text = referent.metric_text
            return referent.metric
        if self.is_stated_age(cand, metric):
            cand.metric_text = AGE_METRIC
        if (metric is not None and cand.holder is None and earlier and earlier[-1].metric == metric
                and self.view.clause_start(earlier[-1].quantity.start) == self.view.clause_start(cand.quantity.start)):
            cand.holder = earlier[-1].holder  # 乙店3亿元排名第二: a measure run on within a clause keeps its holder
        return metric

    def with_numeral_of_name(self, metric: Span, earlier: list[Candidate]) -> Span:
        """20至40岁居民, 十大股东: the phrase before a figure stops at a numeral; an age band that names a group,
        or the count of a group written N大, that is no fact of its own (keep dropped it) is part of the phrase's
        name. A kept figure (3家银行存款) counts on its own; other numerals glued before a phrase are an article's 一
        (一家, 一条) or a model's number (某芯片9400售价), which name no more of the measure."""
        k = bisect.bisect_left(self.view.quantity_starts, metric[0]) - 1
        if k < 0 or (glued := self.view.quantities[k]).end != metric[0]:
            return metric
        if any(c.quantity.start == glued.start for c in earlier):
            return metric
        group = glued.kind == "number" and not glued.unit and self.text[metric[0]] in GROUP_WORDS
        return (glued.start, metric[1]) if glued.kind == "age" or group else metric

    def pointed_back_to(self, metric: Span, earlier: list[Candidate]) -> Candidate | None:
        """前者同比增长8%, 後者按年跌3%, 两者合计52万亩: a metric that opens with a word pointing back to one of two
        things named before (back_references.tsv) is no measure; the figure measures what the one pointed to did.
        The figures before the sentence's first such word (in it or the sentence before) are read by their measures:
        the earlier or the later of the last two told apart, or for 两者 the one they share."""
        points = back_references().get(self.text[metric[0] : metric[0] + 2])
        if points is None or self.text.startswith("的", metric[0] + 2):
            return None  # (仅及后者的一半: the base a part is of, which the guide's metric names as written)
        first = self.view.token_index_at(metric[0] + 2)
        if any(tok.tag.startswith("n") for tok in self.tokens[first:] if tok.start < metric[1]):
            return None  # (前者胜率为70%: the measure is named after the word; it only says whose)
        sentence = self.view.sentence_start(metric[0])
        floor = self.view.sentence_start(sentence - 1) if sentence > 0 else 0
        anchor = min(i for word in back_references() if (i := self.text.find(word, sentence, metric[1])) >= 0)
        if earlier and earlier[-1].metric is not None and anchor <= earlier[-1].metric[0]:
            return earlier[-1]  # 前者的市场份额为30%，后者为20%: the second of a pair measures what the first named
        groups: list[Candidate] = []
        for c in reversed(earlier):
            if c.quantity.start < floor:
                break
            if c.metric is None or c.quantity.end > anchor:
                continue
            if not groups or self.text[slice(*groups[-1].metric)] != self.text[slice(*c.metric)]:
                groups.append(c)  # (the later first: groups[0] is the last measure told apart)
            if len(groups) == 2:
                break
        if not groups:
            return None
        if points == "first":
            return groups[-1]
        return groups[0] if points == "last" or len(groups) == 1 else None

    def is_stated_age(self, cand: Candidate, metric: Span | None) -> bool:
        """某某现年62岁, 一名35岁男子, 甲（45岁）, 比某某大8岁: an age in 岁 of a person or people (or a gap between two
        ages) is a fact of the measure 年龄 (gold D4), a word the article need not write. Not where the phrase found
        names an age measure (最低入学年龄, 平均寿命) or ends in a verb (可享用: what the age allows); not a range
        (20至40岁), nor a bound with people after it: a band that names a group (65岁以上人口)."""
        q = cand.quantity
        if cand.role == "rank" or q.kind != "age" or q.unit not in AGE_UNITS:
            return False
        if q.qualifier == "range" or (q.qualifier in ("at_least", "at_most") and self.people_after(q)):
            return False
        if metric is None:
            return True
        phrase = self.text[slice(*metric)]
        if any(word in phrase for word in words("age_measures.txt")):
            return False
        last = self.tokens[self.view.token_index_at(metric[1] - 1)]
        return self.names_someone(metric) or last.tag.startswith(("n", "r"))

    def phrase_for(self, cand: Candidate, earlier: list[Candidate], label) -> tuple[int, int] | None:
        """What the figure measures; see the module docstring for the order of the cues. A name or a holder (某巴士公司,
        户籍居民家庭) is whose sum, share or measure it is, not what: the act before the figure is, if there is
        one (a count still counts its class: 4家村镇银行)."""
        q = cand.quantity
        # 1美元兑7.25元: a rate with no name of its own before it is named by its currency and 兑; with a name
        # before it (某中间价报1美元兑…) the usual cues are tried first, and the currency and 兑 only where they fail
        pair = self.exchange_pair(q)
        if pair is not None and self.phrases.noun_phrase_before(
                pair[0].start, floor=self.view.clause_start(pair[0].start)) is None:
            return pair[1]
        if q.kind == "duration" and (act := self.act_completed(q)) is not None:
            if self.text.startswith("的", q.end) and (after := self.phrases.noun_phrase_after(q)) is not None:
                cand.holder = self.people_picked_out(after)  # 居港满7年的人士: the people it picks out
            return act
        if cand.role == "amount" and (start := self.level_moved_from(q, earlier)) is not None:
            return start.metric  # 某价格从8元/吨涨到18元/吨: the level reached measures what the level left did
        if cand.role == "change" and (after := self.change_of_noun_after(q)) is not None:
            return after  # 某处增2亿元购置车辆，某署大增三成预算: what the holder's sum or share changed
        if cand.role == "change" and (moved := self.holder_moved(q)) is not None:
            return moved
        if cand.role == "amount" and (arrival := self.holder_moved_to(q)) is not None:
            return arrival
        metric = self.measure_for(cand, earlier, label)
        if cand.role == "rank" and (ranking := self.ranking_word_measure(cand, metric, earlier)) is not None:
            return ranking
        if metric is not None and (same := self.measure_beside_name(cand, metric, earlier)) is not None:
            return same
        if (metric is not None and cand.role == "change" and self.names_place(metric)
                and (move := self.move_after_holder(cand, metric)) is not None):
            return move  # 全市增长5.2%, 青山市增长6%，河东省增长4%: a place is whose move it is; its verb names it
        if (metric is not None and cand.role == "change" and q.unit not in BODY_UNITS and self.names_company(metric)
                and (move := self.move_after_holder(cand, metric)) is not None):
            return move  # 甲公司今年裁减1200人: a company's name the entity stage missed is whose move it is, too
        if metric is None and cand.role == "rank":
            metric = self.last_rank_metric(q, earlier)
        if metric is None and cand.role == "change" and (
                verb := self.cue_token_before(q, self.view.clause_start(q.start))) >= 0:
            # 甲市增长6%，乙市增长4%: when nothing before names a measure, the verb of change names the move
            return self.tokens[verb].start, self.tokens[verb].end
        if (metric is not None and q.kind in MEASURE_KINDS
                and (self.names_holder(*metric) or self.view.overlaps_name(*metric))
                and (aspect := self.aspect_topic(q)) is not None):
            return aspect  # 资本开支方面，集团维持120亿元的目标: the aspect the sentence opens on, not who holds it
        if (metric is not None and q.kind in MEASURE_KINDS and self.names_holder(*metric)
                and not self.sizes_document(q, metric) and not self.names_part(metric)):
            return (self.rate_after(metric) or self.action_before(q, self.view.clause_start(q.start))
                    or self.move_after_holder(cand, metric) or metric)
        if metric is None and pair is not None:
            return pair[1]
        return self.measure_after_name(metric) if metric is not None else None

    def measure_after_name(self, metric: Span) -> Span:
        """甲公司营收, 乙銀行淨利, 某集团净利润: a name the entity stage missed, ending in a company word, glued before
        the measure is whose measure it is (the subject), not part of it: the measure is what follows the name. Only
        where the name has words of its own before the company word and only nouns follow it (公司债 and 上市公司营收
        keep their words: no name before the company word)."""
        first = self.view.token_index_at(metric[0])
        i = first + 1
        while i < len(self.tokens) and self.tokens[i].end < metric[1]:
            tok = self.tokens[i]
            if tok.text.endswith(NAME_ENDINGS) and self.tokens[i - 1].end == tok.start and not any(
                    t.tag.startswith("v") for t in self.tokens[first:i]):  # (收购某公司股权: the act's object)
                rest = self.tokens[i + 1 : self.view.token_index_at(metric[1] - 1) + 1]
                if (rest and all(t.tag.startswith(("n", "v")) and t.tag not in PROPER_TAGS for t in rest)
                        and rest[-1].tag.startswith("n") and not self.names_holder(rest[0].start, metric[1])):
                    return rest[0].start, metric[1]
                return metric
            i += 1
        return metric

    def names_company(self, phrase: Span) -> bool:
        """甲公司, 乙銀行, 某某集团: words of a name closed by a company word (not 上市公司, one word, a class of
        holders a count may count; not 收购某公司, an act)."""
        first = self.view.token_index_at(phrase[0])
        last = self.view.token_index_at(phrase[1] - 1)
        return (last > first and self.tokens[last].end == phrase[1] and self.tokens[last].text.endswith(NAME_ENDINGS)
                and not any(t.tag.startswith("v") for t in self.tokens[first:last]))

    def change_of_noun_after(self, q: Quantity) -> Span | None:
        """`noun_of_change_after` read before a holder's verb of change names the move: the phrase glued after a sum or
        a share (or after its 的) that closes the clause, where only a holder or nothing names a measure before it."""
        if act_named_after(self.text, q) or effect_span_after(self.view, q):
            return None  # (为0.25厘的降息铺路: the act of change after 的 names it, in `measure_for`)
        after = self.phrases.noun_phrase_after(q, comparative=True)
        if after is None or self.is_vague_metric(*after):
            return None
        return after if self.noun_of_change_after(q, after, self.view.clause_start(q.start)) else None

    def move_after_holder(self, cand: Candidate, holder: Span) -> Span | None:
        """甲巴士公司、乙小巴公司加8.5%、9.8%: where a holder (or a list of them) stands before a verb of change and
        its figure, the verb names the move; the holder is whose move it is (also past what the move is per: 某村农户
        每亩增收300元)."""
        q = cand.quantity
        clause = self.view.clause_start(q.start)
        verb = self.cue_token_before(q, clause) if cand.role == "change" else -1
        if verb < 0 or holder[0] < clause or self.tokens[verb].start < holder[1]:
            return None  # (a label line above names no holder of the clause)
        between = self.tokens[self.view.token_index_at(holder[1]) : verb]
        if any(tok.text.strip() and tok.text not in skip_before_metric() and not tok.tag.startswith(("d", "t"))
               and not is_per_unit(tok) for tok in between if tok.start >= holder[1]):
            return None  # (公司持股增加2%: a verb between names what changed, 持股)
        return self.cue_of(verb)

    def effect_after(self, q: Quantity) -> Span | None:
        """15%的估值溢价, 25个基点的息率变动, 200至500元不等的减价: the words after 的 whose last one makes the figure a
        change name what changed. A word of an effect on something (约0.4%的负面影响) names it only where no
        measure stands before the figure in its clause (对利润率造成…: the measure the effect is on)."""
        effect = effect_span_after(self.view, q)
        if effect is None or not self.text[slice(*effect)].endswith(EFFECTS_ON):
            return effect
        before = self.phrases.noun_phrase_before(q.start, floor=self.view.clause_start(q.start))
        return effect if before is None or self.names_someone(before) else None

    def aspect_topic(self, q: Quantity) -> Span | None:
        """资本开支方面，集团维持… / 出货方面，公司预计…: the measure a sentence opens on with 方面 and a comma, before
        the figure (not a holder, a name, a place or people: 商户方面, 内地方面 say whose)."""
        sentence = self.view.sentence_start(q.start)
        m = _ASPECT.match(self.text, sentence, q.start)
        if m is None:
            return None
        start, end = m.span(1)
        phrase = self.text[start:end]
        last = self.tokens[self.view.token_index_at(end - 1)]
        if (self.names_holder(start, end) or self.view.overlaps_name(start, end) or phrase in place_words()
                or last.text in words("population_nouns.txt") or not self.phrases.is_nominal(last)):
            return None
        return start, end

    def is_place_of_act(self, phrase: Span) -> bool:
        """Whether a phrase follows 在 or 于 (a pronoun such as 某某 or 该 may stand between): where an act is done."""
        i = self.view.token_index_at(phrase[0]) - 1
        while i >= 0 and self.tokens[i].tag.startswith("r"):
            i -= 1
        return i >= 0 and self.tokens[i].text in PLACE_OF_ACT

    def act_before_purpose(self, q: Quantity, after: Span) -> Span | None:
        """拟投资40亿元兴建新厂: a sum between a verb of action and a verb phrase glued after it is what the act
        spends; the phrase after says what for. The verb before, if there is one (not a verb before 的, which
        modifies the figure and the phrase as one: 签订的80美元/兆瓦时购电协议 is the agreement signed)."""
        first = self.tokens[self.view.token_index_at(after[0])]
        if after[0] != q.end or not first.tag.startswith("v") or self.phrases.is_nominal(first):
            return None
        if self.text[:q.start].rstrip().endswith("的"):
            return None
        return self.action_before(q, self.view.clause_start(q.start))

    def is_verb_governing(self, metric: Span, q: Quantity) -> bool:
        """收取/v 15美元, 签订/v 的 90美元: the phrase is one verb whose object the figure opens (only 了, 过 or 的
        between them; a qualifier before the figure is part of it)."""
        between = self.text[metric[1] : q.start].strip()
        if between not in ("", "了", "的", "过", "過"):
            return False
        i = self.view.token_index_at(metric[0])
        return (0 <= i < len(self.tokens) and self.tokens[i].start == metric[0] and self.tokens[i].end == metric[1]
                and self.tokens[i].tag == "v")

    def object_after_sum(self, q: Quantity) -> Span | None:
        """获30万元一次性/d 补偿/vn，, 收取15美元接入/v 费/v。: a sum of money between a verb and the noun phrase that
        closes the clause right after it is the size of that object, whatever tags jieba gives the phrase's words
        (长期/d 购电/v 协议/n). Not a verb phrase (投资40亿元兴建新厂: what for) nor a phrase that runs on into
        another clause's verb or figure."""
        if not q.currency:
            return None
        i = self.view.token_index_at(q.end)
        if i >= len(self.tokens) or self.tokens[i].start != q.end:
            return None
        first = i
        while (i < len(self.tokens) and self.tokens[i].start == (self.tokens[i - 1].end if i > first else q.end)
               and self.tokens[i].tag.startswith(OBJECT_WORD_TAGS) and not self.view.overlaps_quantity(
                   self.tokens[i].start, self.tokens[i].end)):
            i += 1
        if i == first or i - first > MAX_OBJECT_WORDS:
            return None
        closing = self.tokens[i].text if i < len(self.tokens) else ""
        if closing not in OBJECT_CLOSINGS and closing not in AFTER_WORDS:
            return None  # (另付5港元过网费后: the object closed by 后, what the sum comes to after it)
        head, opening = self.tokens[i - 1], self.tokens[first]
        suffixed = i - first >= 2 and len(head.text) == 1  # 接入/v 费/v: a one-character noun jieba cut off a word
        acted_on = i - first >= 2 and opening.tag.startswith("n")  # 政府/n 补助/v: a noun and the act it names
        if not (self.phrases.is_nominal(head) or suffixed or acted_on):
            return None
        if opening.tag == "v" and not self.phrases.is_nominal(opening) and not (suffixed and i - first == 2):
            return None  # 40亿元兴建/v 新厂, 20亿美元用于/v 扩产: what the sum is for, not what it is
        start, end = opening.start, head.end
        return (start, end) if end - start >= 2 else None

    def act_on(self, phrase: Span, floor: int) -> Span | None:
        """The verb of action glued right before a phrase that names no measure, in its clause (卖超/v 某市场股票):
        the act done on it."""
        if self.text[slice(*phrase)].endswith(word_list("measure_endings.txt")):
            return None  # (公布某基金认购起点金额: a measure, the verb only says it is told)
        act = self.action_before_offset(phrase[0], floor)
        return act if act is not None and act[1] == phrase[0] else None

    def act_repeated(self, q: Quantity, floor: int) -> Span | None:
        """击败对手3次, 连胜甲队5场, 访问乙国两次: a count of times or games right after a verb and its object (a
        noun or a name) counts the act done to it, named with its object (the object alone is no measure); right
        after a verb and its particle (交战过4场), the act alone."""
        if q.kind != "number" or q.unit not in REPEAT_COUNTS or q.start < 1 or self.phrases.noun_phrase_after(q):
            return None  # (举行了5场比赛: the noun after the count is what it counts)
        k = bisect.bisect_right(self.view.names_reach, q.start - 1)
        if k < len(self.view.names) and self.view.names[k][0] < q.start <= self.view.names[k][1]:
            obj = self.view.names[k][0] if self.view.names[k][1] == q.start else None
        else:
            i = self.view.index_before(q.start)
            tok = self.tokens[i] if i >= 0 else None
            nominal = tok is not None and tok.end == q.start and len(tok.text) >= 2 and (
                self.phrases.is_nominal(tok) or tok.tag in ("r", "v"))
            obj = tok.start if nominal and tok is not None else None
        if obj is None and self.text[q.start - 1] in "了过過":
            return self.action_before_offset(q.start - 1, floor)  # 交战过4场, 去了三次: the act its particle marks
        if obj is None or obj <= floor:
            return None
        act = self.action_before_offset(obj, floor)
        return (act[0], q.start) if act is not None and act[1] == obj else None

    def act_lasting(self, q: Quantity) -> Span | None:
        """每人另多发一个月, 补发半个月: a length glued after an act of two characters that sets a sum or an award
        (sum_acts.txt, whatever jieba's tag: 多发/m) is what that act gives; the act names it, not a noun of an
        earlier clause carried into this one (审批加/v 6年: 加 alone joins two lengths)."""
        i = self.view.index_before(q.start)
        if q.kind != "duration" or i < 0:
            return None
        tok, clause = self.tokens[i], self.view.clause_start(q.start)
        if tok.end != q.start or tok.start < clause:
            return None
        if len(tok.text) > 1 and tok.text in words("sum_acts.txt"):
            return tok.start, tok.end
        spent = self.tokens[i - 1] if i > 0 else None
        if (tok.text == "了" and spent is not None and spent.text in SPENDING and spent.end == tok.start
                and spent.start >= clause and self.text[q.end : q.end + 1] in COMMAS_AND_STOPS | {"\n", ""}):
            return spent.start, tok.end  # 某厂又用了三年。: the time the act took (but 用了两年时间建成: 时间)
        return None

    def act_on_body(self, q: Quantity, floor: int) -> Span | None:
        """加入某某航空12年, 执教甲甲足球会6年, 落户乙市5年: a length right after a body or a place (a name, a holder
        or words ending in an organisation's or a place's suffix, though the entity stage missed them) that a verb
        of action before it in its clause acts on is how long the act has lasted: the verb names it, not the body."""
        if q.kind != "duration":
            return None
        tokens, clause = self.tokens, max(self.view.clause_start(q.start), floor)
        i = self.view.index_before(q.start)
        while i >= 0 and tokens[i].start >= clause and (tokens[i].tag.startswith("d") or not tokens[i].text.strip()):
            i -= 1  # 近/d, 已/d: an adverb or a qualifier before the length
        body_end = tokens[i].end if i >= 0 else 0
        j = i
        while j >= 0 and tokens[j].start >= clause and (
                tokens[j].tag.startswith(("n", "r", "j")) or tokens[j].tag == "eng"
                or self.view.overlaps_name(tokens[j].start, tokens[j].end)):
            j -= 1
        if j == i or j < 0 or tokens[j].start < clause:
            return None
        body = (tokens[j + 1].start, body_end)
        phrase = self.text[slice(*body)]
        if not (self.view.overlaps_name(*body) or self.names_holder(*body)
                or (len(phrase) > 2 and body_endings().longest_ending(phrase, len(phrase) - 2))):
            return None
        if tokens[j].text == "了" and j > 0 and tokens[j - 1].end == tokens[j].start:
            j -= 1  # 加入了某某公司: the verb before its aspect particle
        verb = tokens[j]
        if verb.start < clause or not names_an_act(verb.tag, verb.text):
            return None
        return verb.start, verb.end

    def level_moved_from(self, q: Quantity, earlier: list[Candidate]) -> Candidate | None:
        """The level a figure moved from, in its clause: 从 or 由 before the figure before it, and between the two
        only a verb of change ending in 到 or 至 (and what the first level is per: 30元一件涨到), if so."""
        previous = earlier[-1] if earlier else None
        clause = self.view.clause_start(q.start)
        if (previous is None or previous.metric is None or previous.role != "amount"
                or previous.quantity.start < clause or previous.quantity.unit != q.unit):
            return None
        between = self.text[previous.quantity.end : q.start]
        if not _MOVED_TO.fullmatch(between) or not _MOVED_FROM.search(self.text, clause, previous.quantity.start):
            return None
        first, last = self.view.token_index_at(previous.quantity.end), self.view.token_index_at(q.start - 1)
        moves = any(self.is_move(tok) for tok in self.tokens[first : last + 1])
        return previous if moves else None

    def act_completed(self, q: Quantity) -> tuple[int, int] | None:
        """缴纳社保满6个月, 居港满7年: a length after 满 is how long the act before it has gone on (the verb names
        it; the people it picks out hold it)."""
        if self.text[q.start - 1 : q.start] != "满":
            return None
        word = self.view.word_ending_at(q.start - 1)
        if word is not None and not word.tag.startswith("v") and word.start > 0:
            verb = self.view.word_ending_at(word.start)  # 缴纳/v 社保/j 满: the act and what it is done to
            return (verb.start, word.end) if verb is not None and verb.tag.startswith("v") else None
        return (word.start, word.end) if word is not None else None

    def exchange_pair(self, q: Quantity) -> tuple[Quantity, Span] | None:
        """1美元兑7.25元, 1欧元可兑换7.8元: the one unit of a currency the figure is the rate for (no figure of its own:
        `Keep.is_exchange_base`) and the words that name the pair (美元兑), or None."""
        k = bisect.bisect_left(self.view.quantity_starts, q.start) - 1
        base = self.view.quantities[k] if k >= 0 else None
        link = exchange_link(self.text, base) if base is not None else None
        if link is None or link.end() != q.start:
            return None
        return base, (base.number_end, base.end + len(link.group().rstrip()))

    def with_rate_after(self, phrase: Span) -> Span:
        """利润增速跌破25%, 某公司增速只有4.1%: a rate noun right after the phrase (which the phrase reader passed
        as a cue word) is part of the measure: the phrase's rate, or after a name the rate alone (the name holds it)."""
        rate = starts_of("rate_nouns.txt").first_at(self.text, phrase[1])
        if rate is None:
            return phrase
        if self.names_holder(*phrase) or self.view.overlaps_name(*phrase):
            return phrase[1], phrase[1] + len(rate)
        return phrase[0], phrase[1] + len(rate)

    def rate_after(self, holder: Span) -> tuple[int, int] | None:
        """某主力合约跌幅达6.2%: a rate noun right after a holder (cut off its phrase as a cue) names the figure."""
        i = self.view.token_index_at(holder[1])
        tok = self.tokens[i] if i < len(self.tokens) else None
        return (tok.start, tok.end) if tok and tok.start == holder[1] and tok.text in words("rate_nouns.txt") else None

    def measure_for(self, cand: Candidate, earlier: list[Candidate], label) -> tuple[int, int] | None:
        """The phrase the cues of the module docstring choose, before `metric_for` weighs a holder against an act."""
        q = cand.quantity
        sentence = self.view.sentence_start(q.start)
        # the figure before this one in its sentence (quantities come in order and do not overlap, so only the
        # last can end inside it), passing over the span of a record (45年來的最高峰，比五年前高出0.002), which
        # names no metric for the figures after it
        figures = [c for c in earlier[-2:] if c.quantity.kind != "duration"]
        previous = figures[-1] if figures and figures[-1].quantity.end > sentence else None
        floor = previous.quantity.end if previous else sentence
        if earlier and earlier[-1].metric is not None and self.ends_range_of(earlier[-1].quantity, q):
            return earlier[-1].metric  # 介乎6星期（1个半月）至30星期: the end of a range split by an aside
        if previous is not None and previous.metric is not None and self.scores_with(previous.quantity, q):
            return previous.metric  # 以21比17取胜, 比例为3:1: the second term of a score or a ratio measures the same
        if (result := self.result_of_score(q)) is not None:
            return result  # 以3比1击败某队: the result the score is of, not the team that scored it
        if (tiered := self.tier_list(q, floor)) is not None:
            item, intro = tiered
            if self.text[slice(*item)].endswith(tier_endings(holding=True)):
                cand.holder = item
            return intro  # 订阅价格：基础版每月20美元；专业版每月60美元: the heading measures, the tier holds
        if (set_as := self.noun_set_as(q)) is not None:
            return set_as  # 以六千元为上限: the figure is set as what the noun after 为 names
        if q.unit in words("self_naming_units.txt") and self.text[q.end - len(q.unit) : q.end] == q.unit:
            return q.end - len(q.unit), q.end  # 五连涨, 3金: the unit names what it counts
        if self.counts_draws(q):
            return q.end - 1, q.end  # 4胜3平1负: the draws of a record of results, as the wins and losses beside them
        if q.kind == "duration" and is_run_of_moves(self.text[max(q.start - 2, 0) : q.start]):
            return q.start - 2, q.start  # 连跌三日: the run names its days
        if q.kind == "duration" and self.text[max(q.start - 2, 0) : q.start].endswith(streak_words()):
            act = _STREAK_ACT.match(self.text, q.end)  # 连续三日创新高: what the streak is of
            if act is not None:
                return act.span()
        if q.kind == "duration" and (record := record_after().match(self.text, q.end)) is not None:
            start = q.end + len(record.group()) - len(record.group().lstrip("多以来的"))
            if (act := _STREAK_ACT.match(self.text, start)) is not None:
                return act.span()  # 创近八年最大降幅: the record the span is of
        if (act := self.act_on_body(q, floor)) is not None:
            return act  # 加入某某航空12年: how long since joining, not the body joined
        if (act := self.act_lasting(q)) is not None:
            return act  # 某津贴另多发半个月: the act that gives a length names it, not a far noun
        if (act := self.act_repeated(q, floor)) is not None:
            return act
        part = q.unit in SHARE_UNITS or self.count_opens_clause(q) or self.part_opens_clause(q)
        if cand.role == "amount" and part and (category := self.share_named_after(q)):
            return category
        if (q.unit in SHARE_LOT_UNITS and not self.phrases.noun_phrase_after(q)
                and (act := self.share_act_before(q)) is not None):
            return act
        if (cand.role == "amount" and q.currency and self.opens_breakdown(q)
                and (part := _PART_OF.match(self.text, q.end))):
            return part.span(1)  # 其中120亿元为现金，30亿元为信用证: the part of a sum is named after 为
        if (act := self.word_before(q, "change_acts.txt")) is not None:
            return act
        if cand.role != "rank" and (quote := self.word_before(q, "quote_words.txt")) is not None:
            # 收涨1%，报50美元, 某股收报20.50元, 某指数收于3000点: a quote is named by its word, unless a price
            # stands before it (某股股价报50.10元, 基准价收于4000元)
            return self.price_before(quote[0], q) or quote
        if cand.role == "change" and (act_after := act_named_after(self.text, q)):
            return act_after  # 25个基点的降息: the act the figure is the size of
        if cand.role == "change" and (effect := self.effect_after(q)) is not None:
            return effect  # 25个基点的息率变动, 200至500元不等的减价: what changed, named after the figure
        if q.kind == "measure" and (side := self.dimension_of(q)) is not None:
            return side  # 长69米、阔7米, 要15米高: the dimension a length measures
        if q.kind == "duration" and (length := self.word_before(q, "length_cues.txt")) is not None:
            # 为期36个月的计划: the length of what follows; 轮候时间长达78星期: of the noun right before the cue
            if self.text.startswith("的", q.end):
                return length
            named = self.phrases.noun_phrase_before(length[0], floor=self.view.clause_start(q.start))
            noun = self.view.word_ending_at(length[0])
            if named and self.is_place_of_act(named):
                return length  # 在某某科技任职8年, 在甲医院住院6天: where the act is done, not what lasts
            if self.tokens[self.view.token_index_at(length[0])].text in TIME_TAKEN:
                return length  # 甲队耗时9天: the time an act took names it; the noun before says who took it
            return named if named and named[1] == length[0] and noun and noun.tag.startswith("n") else length
        picks_out_ranked = cand.role == "rank" and self.rank_picks_out(q, floor)
        if (cand.role == "rank" and not picks_out_ranked and (ranked := self.phrases.ranked_phrase_after(q))
                and ranked not in self.view.name_set):
            return ranked  # 第一大区域市场: the class a rank is among, though 市场 may end a holder's name elsewhere
        after = self.phrases.noun_phrase_after(q, comparative=cand.role == "change") or self.noun_after_count_list(q)
        if picks_out_ranked:
            if after is not None and _HOLDER_CLOSED.match(self.text, after[1]) and not self.is_vague_metric(*after):
                # 利润第二的银行，…: the one the rank picks out holds it, when the phrase closes there (not 营收第一的
                # 某公司净利润也最高, where the phrase runs on to another measure)
                copula = _COPULA_INSIDE.search(self.text, after[0], after[1])  # (区是某区: who it is, after 是)
                cand.holder = (after[0], copula.start()) if copula is not None and copula.start() > after[0] else after
            after = None  # 市值排名第二的银行, 积分第一的球队: the noun after 的 is who is ranked, not on what
        if after is not None and q.kind == "number" and q.unit and (counted := self.before_next_measure(after)):
            after = counted  # 30余件古董家具总成交价达900万元: the count counts the furniture, not the price
        kinds = after is not None and ((q.unit in KIND_CLASSIFIERS and after[0] == q.end)
                                       or (not q.unit and self.text[q.end : after[0]] in GROUP_WORDS))
        if after and self.is_vague_metric(*after) and not kinds:
            after = None  # 300万部的水准: a level word says how high, not what (but 三种情形, 两大方面 count kinds)
        elif after and cand.role == "rank" and after in self.view.name_set:
            after = None  # 营收第1名某公司: the name after a rank is who is ranked, not on what
        # 超10亿元的公司, 实用面积500呎的单位: a sum or a measure inside a noun phrase measures what stands before
        # it, if anything does (while 8 核心的 CPU and 90%以上的国家 are of what follows)
        # (居港满7年或以上的香港居民: so does a time that picks out people, but 三个月的津贴 is the allowance's length)
        of = self.text[q.end : q.end + 2].lstrip().startswith("的")
        glued = after is not None and after[0] == q.end  # 实用面积500呎单位: a noun glued after, with no 的
        picks_out = ((of and (bool(q.currency) or self.measure_stated_before(q)))
                     or ((of or glued) and q.kind == "measure" and self.noun_right_before(q))) or (
            (bool(q.currency) or q.kind == "duration") and self.people_after(q))
        relative = picks_out and not self.object_of_verb(q)  # 实现5亿美元的年度收入: the verb's object is what
        if relative and after is not None:
            # 月入少于7000元的人士: the people picked out hold the figure (but 面积为80平方米的住宅, 平均为两个月的
            # 工资: what a thing is, not who holds it)
            cand.holder = self.people_picked_out(after)
        if after is None and q.currency and (flow := self.flow_after_existential(q)) is not None:
            return flow  # 每月有5000元进账: the verb closing the clause after the sum is what the sum is
        if after is not None and q.currency and (price := self.price_after_means(q)) is not None:
            return price  # 以呎价1.8万元成交: the price named after 以 is what the sum is, not the deal after it
        if after is not None and q.currency and (act := self.act_before_purpose(q, after)) is not None:
            return act  # 投资500亿元建设数据中心: the act the sum is spent on, not what it is spent for
        if after and not relative and (cand.role != "change" or has_comparative_after(self.text, q)
                                       or rate_named_after(self.view, q) or counts_after(q)
                                       or self.sum_of_noun_after(q, after)
                                       or self.noun_of_change_after(q, after, floor)):
            return after
        if after is None and (deal := self.act_after_means(q)) is not None:
            price = self.price_before(q.start, q)
            return deal if price is None or self.text.startswith(AFTER_WORDS, price[1]) else price
        anchor = q.start
        bracket = self.bracket_start(q)
        restated = earlier[-1] if earlier else None  # (a duration too: 6星期（1个半月）)
        if (bracket is not None and restated is not None and restated.metric is not None
                and restated.quantity.end == bracket):
            return restated.metric  # 人民币50元（约57港元）: the same figure restated measures the same
        if bracket is not None:  # Pixel 9 Pro（16GB/512GB）: a specification belongs to what it follows
            measure = self.list_measure(bracket)
            if measure is None and q.kind == "percent" and self.is_list_item(bracket):
                # 各科的医生流失率数字，可见甲科（12.5%）、乙科（9.8%）: the items of a list hold the shares; what
                # they measure closes the clause before the list
                measure = self.closing_phrase_before(bracket, sentence)
            if measure is None:
                measure = self.ranked_item_measure(q, bracket, earlier)
            if measure is not None:
                return measure
            anchor = bracket
            floor = min(floor, self.view.sentence_start(bracket))
        if cand.role == "rank" and (verb := self.rank_verb_before(q, floor)) is not None:
            if (chart := self.chart_before(q, verb)) is not None:
                return chart  # 位列“某某热销榜”第一: the chart the rank is on
            anchor = verb
            scope = _RANK_SCOPE.search(self.text, self.view.clause_start(q.start), verb)
            if scope is not None and scope.end() == verb and (chart := _CHART_SCOPE.match(scope.group())):
                return scope.start() + chart.start(1), scope.start() + chart.end(1)  # 在某某排名中位列第一: the chart
            if scope is not None and scope.end() == verb and (contest := _CONTEST_SCOPE.match(scope.group())):
                return scope.start() + contest.start(1), scope.start() + contest.end(1)  # 在某某大赛中获得第二名
            if scope is not None and scope.end() == verb:
                anchor = scope.start()  # 在全省纺织厂中位居第二: whom the rank is among, not on what
                floor = min(floor, anchor)
            elif (chart := self.leading_chart(q, verb, earlier)) is not None:
                return chart  # 在某某指数中，乙市排名第5: the chart set before the clause of a rank with no measure
        anchor = self.ratio_base_start(q, anchor, floor) or self.rate_base_start(anchor) or anchor
        before = self.phrases.noun_phrase_before(anchor, floor=floor)
        if before is not None and (basis := self.basis_around(before, q)) is not None:
            anchor = basis  # 按可比口径同比增长4.1%: the basis of the count is not what it counts
            before = self.phrases.noun_phrase_before(anchor, floor=floor)
        if before is not None and self.is_session_time(before):
            before = None  # 收盘时约为3.48%: a session and 时 (jieba: 收盘/n 时约/n) say when, not what
        if before is not None and self.taken_out(before):
            before = None  # 扣除季节因素实际增长3%: what is taken out of the measure is a condition, not a measure
        if before is not None and self.is_vague_metric(*before):
            if (act := self.act_with_vague_noun(before, floor)) is not None:
                before = act
            elif (whose := self.count_of_noun(before, floor)) is not None:
                before = whose
            elif self.states_result(before, q, anchor):
                return before  # 该选手成绩是3分12秒: a result stated as a measure is what the measure is of
        if ((before is None or self.is_vague_metric(*before))
                and (compared := self.difference_measure(q, floor)) is not None):
            return compared
        if (total := self.group_item_measure(cand, before, earlier)) is not None:
            return total
        if (listed := self.holder_list(q)) is not None:
            cand.holder, intro = listed
            if intro is not None and not self.names_holder(*intro) and not self.view.overlaps_name(*intro):
                return intro  # (某产品：甲版8美元、乙版20美元…: a name before the colon holds, it measures nothing)
        if (before is not None and q.unit == "股" and self.names_shares(*before)
                and (held := self.action_before_offset(before[0], floor, past_names=True)) is not None):
            return held  # 减持某某科技股份不超过1,434,321股: the act on the shares names their count
        link = self.text[before[1] : anchor].strip() if before is not None else ""
        base = (self.comparison_cue_before(before[0], floor, link == "的" and q.unit == "倍")
                if before is not None else None)
        directed = (base is not None and self.tokens[self.view.token_index_at(base)].text in DIRECTED_COMPARISONS
                    and not self.text[q.end : q.end + 2].lstrip().startswith("的"))  # (低于买方2万亿的预期: its level)
        if base is not None and (link or directed):
            # 毛利率为24.2%，低于低研发公司的28.84%, 比去年增加18%: the phrase after 比, 较 or 低于 is what the figure
            # is compared with; what it measures is named before the cue (增速高于全省平均水平2个百分点: after a cue
            # that says which way, a figure right after the phrase is the difference; but 比平均数2940元低: a figure
            # right after the phrase is the phrase's own)
            # (a figure before may stand inside the base, as 16GB in 是甲16GB款式的两倍: the clause bounds the link)
            reach = floor if base >= floor else self.view.clause_start(base)
            compared = self.phrases.noun_phrase_before(base, floor=reach)
            if compared is not None and not self.is_vague_metric(*compared):
                before = compared
            elif (cand.role == "change" and previous is not None and previous.metric is not None
                  and self.measures_own_figure(previous.metric)
                  and (verb := self.cue_token_before(q, self.view.clause_start(q.start))) >= 0):
                return self.cue_of(verb)  # 刷新日高至7.12，较日低涨170点: an extreme names its own level only
            elif previous is not None and previous.metric is not None:
                return previous.metric  # 毛利率为24.2%，低于…的28.84%: the figure before it named the measure
        if (link == "的" and previous is not None and previous.metric is not None and q.kind in MEASURE_KINDS
                and ((self.names_someone(before) and not self.names_someone(previous.metric))
                     or self.holds_like(previous, before))):
            return previous.metric  # 以2.1%的市占率居首，领先于乙集团的1.5%: a name's figure goes on with the measure
        # 12家公司超过1万件: a noun right after another figure is what that figure counts, not this one's metric
        counted = before is not None and previous is not None and before[0] == previous.quantity.end
        if (counted and previous.metric is not None and previous.metric[0] == before[0]
                and previous.metric[1] < before[1] and self.before_next_measure(before) == previous.metric):
            return previous.metric[1], before[1]  # 12家分店营业额为300万元: the measure after what was counted
        if (after is None and cand.role == "change" and (rate := rate_span_after(self.view, q)) is not None
                and (before is None or self.names_someone(before) or self.names_traded_index(*before))):
            return rate  # 录得2.6%的按季增长, 某股指近7%的罕见跌幅: the rate named after it, where no measure is before
        if (before and not counted and self.names_someone(before)
                and (spread := self.spread_measure(q, before, previous)) is not None):
            return spread
        if before and not counted and not self.is_vague_metric(*before):
            # 计算机、通信和其他电子设备制造业增长96.9%: an industry or a market before the figure is whose figure
            # it is; what is measured runs on from the figure before it in the sentence (利润)
            if (self.names_industry(before) and previous is not None
                    and previous.metric and not self.text[slice(*previous.metric)].endswith(HOLDER_ENDINGS)):
                return previous.metric
            if after is None and self.names_someone(before) and (
                    noun := self.noun_counted_before(cand, earlier)) is not None:
                return noun
            if self.kind_moved(q, before, previous):
                return previous.metric
            last = earlier[-1] if earlier and earlier[-1].line == cand.line else None
            if last is not None and (measure := self.kind_in_parallel(q, before, last)) is not None:
                return measure
            if (kin := self.same_kind_before(q, before, earlier)) is not None:
                return kin
            if ((q.currency or q.kind == "duration") and self.names_someone(before)
                    and (act := self.act_on(before, floor)) is not None):
                # 外资卖超某市场股票150亿元: the act on what is named before the sum names it; so does the act a
                # length lasts (加入乙銀行12年: how long since joining, not the bank)
                return act
            return self.with_rate_after(before)
        if after and relative:
            return after
        if previous is not None and previous.metric is not None and not counted:
            # 將兩電准許回報率，由現時的9.99%…: a clause after a comma that opens on its own topic is not about
            # the figure of an earlier clause, unless it compares with it (…最高峰，比五年前高出0.002)
            clause = self.view.clause_start(q.start)
            own = None
            if previous.quantity.end <= clause and not self.compares(clause, q.start):
                own = (self.clause_topic(anchor, floor) or self.object_disposed(q, clause)
                       or self.verb_right_before(q, clause) or self.new_per_unit_before(q, clause, previous.quantity)
                       or self.measure_opening(clause, q.start))
            elif not self.compares(previous.quantity.end, q.start) and (
                    act := self.action_before(q, previous.quantity.end)) and self.text[act[1] - 1] not in LEVEL_ENDINGS:
                # 存入50万元每月可领取2600元: a verb of action between the figure before and this one
                # in their clause is this one's act; the figure before measured its own (but 从26%一路爬到37%: a
                # verb of the level reached goes on with the same measure)
                own = act
            elif previous.quantity.end <= clause:
                own = self.verb_right_before(q, clause)  # 较原先估算超支约30亿元: the act after the compared
            # 增幅达4.1%，当中约9.2万户…, 每股8元，某某转让3000万: a bare rate noun or 每股 measured only its own
            # figure (`measures_own_figure`); what runs on is the measure of the figures before it in the sentence
            if own is None and (item := self.parallel_item(q, previous)) is not None:
                return item
            if (own is None and previous.quantity.end <= clause
                    and (act := self.sum_act_before(q, clause)) is not None):
                return act  # (由800万元减至… or 由13亿元大减10亿: a move from the level before, of its measure)
            carried = previous.metric
            if own is None and previous.quantity.end <= clause and self.is_time_and_copula(clause, q.start):
                # (…，高于预期的110亿元，去年同期为95亿元: the benchmark is no measure of the earlier level)
                carried = self.compared_measure(earlier, sentence) or carried
            if q.kind != "percent" and (limited := self.limited_measure(previous, sentence)) is not None:
                carried = limited  # 补助不超过造价的50%，最高不超过20万元: the cap is on 补助, not the base
            if self.measures_own_figure(carried) or self.counts_an_act(previous):
                carried = next((c.metric for c in reversed(earlier) if c.quantity.start >= sentence and c.metric
                                and not self.measures_own_figure(c.metric) and not self.counts_an_act(c)), carried)
            if (own is None and cand.role == "change"
                    and (self.names_own_figure_only(carried) or self.level_after_move(previous, earlier))
                    and (verb := self.cue_token_before(q, clause)) >= 0):
                return self.cue_of(verb)  # 报380点，按周跌0.8%: a quote's word or a verb of change
                # (某股涨5%，月内已反弹近30%) names its own figure only; the move after it is named by its own verb
            if (own is None and cand.role == "amount" and self.names_own_figure_only(carried)
                    and (level := self.level_of_move(carried)) is not None):
                return level  # 某指数收盘跌1%，至3000点: the level keeps the measure that moved, not the move
            if ((self.text[slice(*carried)] in words("rate_nouns.txt") and q.kind != "percent")
                    or self.rate_of_no_sum(carried, q)):
                # 增幅收窄，仍上调6.3%至31.9亿元: the level reached is not a rate; the paragraph's measure is its
                carried = self.recent_metric(q, earlier) or carried
            return own or carried
        topic = self.topic_before(q.start)
        if topic and not self.is_vague_metric(*topic) and topic[0] >= sentence:
            return topic
        if previous is not None and previous.metric is not None:
            return previous.metric
        clause = self.view.clause_start(q.start)
        # a label names the figures of the short lines under it (研发投入 / 120亿元); over a paragraph of prose it is
        # a heading, and the figure's own clause names it first (某公司持股50%。 under 某某合作)
        prose = any(mark in self.view.lines[cand.line].text for mark in FULL_STOPS)
        own = (self.clause_topic(anchor, floor) or self.price_per_same_base(cand, clause, earlier)
               or self.per_unit_before(q, clause)
               or self.action_before(q, clause, past_level=True) if prose or not label else None)
        # 甲和乙库存均意外回升，分别增加5万桶和3万桶: a clause with no subject of its own goes on with the subject
        # of the clause before it in the sentence
        # (in prose, the subject of the figure's clause or of the clause before it comes before a label above: 某某库存
        # 均意外回升，分别增加5万桶 under a heading on another matter; the sentence's opening may be far from it)
        before_clause = self.view.clause_start(clause - 1) if clause > sentence else None
        near = ((clause > sentence and self.sentence_subject(clause, q.start))
                or (before_clause is not None and self.sentence_subject(before_clause, clause - 1))
                # 某区登记的义工人数在近三年，由4200人增至…: a clause that opens on the level a move starts from
                # goes on with the noun phrase that closes the clause before it
                or (self.clause_before(q) in STARTING_POINTS and self.closing_phrase_before(q.start, sentence)))
        if prose and label and near:
            return own or near
        if label is not None and self.view.line_of(label[0]) == 0:
            # 甲地、乙地分别增长3%和5% under a headline: a move is named by its verb, a rank by what ranks before it,
            # not by the headline; any figure takes the running metric of the text before it
            label = None if cand.role in ("change", "rank") else self.recent_metric(q, earlier) or label
        # 商户在停业期间获八成管理费减免: a figure glued to the noun written after it names its own measure, where
        # nothing else in its sentence does, before the running metric of an earlier sentence is carried into it
        own_noun = after if after is not None and after[0] == q.end else None
        return (own or label or self.sentence_subject(sentence, q.start) or near
                or (cand.role == "rank" and self.last_rank_metric(q, earlier))
                or own_noun or self.measure_moved_before(q, sentence) or self.recent_metric(q, earlier))

    def noun_after_count_list(self, q: Quantity) -> Span | None:
        """甲地有两座、乙地三座物流中心: counts of one classifier listed with 、 count the noun written after
        the last of them (or after their total), the first such noun in the clause."""
        if q.kind != "number" or not q.unit or not self.text.startswith("、", q.end):
            return None
        end = self.view.clause_end(q.start)
        for later in self.view.quantities[bisect.bisect_right(self.view.quantity_starts, q.start) :]:
            if later.start >= end or later.kind != "number" or later.unit != q.unit:
                return None
            if (after := self.phrases.noun_phrase_after(later)) is not None:
                return after
        return None

    def before_next_measure(self, phrase: Span) -> Span | None:
        """12家分店营业额为300万元: a phrase after a count that ends in a measure word (measure_endings.txt) linked
        to the next figure by 为 or 达 (comparison_links.txt) holds that figure's measure; the count counts the
        nouns before it (the phrase cut before the measure and its modifiers, as 总)."""
        last = self.view.token_index_at(phrase[1] - 1)
        rest = self.text[phrase[1] : phrase[1] + 4].lstrip()
        link = next((w for w in by_length("comparison_links.txt") if rest.startswith(w)), None)
        if (link is None or not self.tokens[last].text.endswith(word_list("measure_endings.txt"))
                or not self.view.overlaps_quantity(phrase[1] + len(link), phrase[1] + len(link) + 1)):
            return None
        j = last - 1
        while j >= 0 and self.tokens[j].start >= phrase[0] and self.tokens[j].tag == "b":
            j -= 1  # 总, 平均: modifiers of the measure
        if j < 0 or self.tokens[j].start < phrase[0] or not self.phrases.is_nominal(self.tokens[j]):
            return None
        end = self.tokens[j].end
        return (phrase[0], end) if end - phrase[0] >= 2 else None

    def counts_draws(self, q: Quantity) -> bool:
        """3胜2平, 2平1负: 平 after a count is a count of draws only inside a record of results, a count of wins
        or losses glued before or after it (alone, 90平 is a flat's floor area in square metres)."""
        if q.unit != "平" or not self.text.endswith("平", 0, q.end):
            return False
        return self.text.endswith(RESULT_WORDS, 0, q.start) or _RESULT_AFTER.match(self.text, q.end) is not None

    def measure_moved_before(self, q: Quantity, sentence: int) -> Span | None:
        """某率攀升至近十年高位，达到6.2%: where nothing else in its sentence names a figure, the measure a verb of
        change moves in the sentence's first clause (the noun phrase before that verb, though jieba tags a word of it
        a verb or a pronoun: 加息/v 概率, 某市/r 失业率) names it, before a metric of an earlier sentence does."""
        i = self.view.token_index_at(sentence)
        while i < len(self.tokens) and self.tokens[i].end <= q.start:
            tok = self.tokens[i]
            if tok.text in FULL_STOPS or self.text[tok.start : tok.end] in CLAUSE_COMMAS:
                return None  # the first clause only: a move in a later clause is of what that clause opens with
            glued = i + 1 < len(self.tokens) and self.tokens[i + 1].start == tok.end and self.phrases.is_nominal(
                self.tokens[i + 1])  # 加息/v 概率: a verb of change inside the noun phrase, not the move
            # 下/f 月减/v 息/zg 概率: jieba cut an act of change (减息) across two words; its first part is no move
            glued = glued or self.text[tok.end - 1 : tok.end + 1] in words("change_acts.txt")
            if self.is_move(tok) and not glued and not self.phrases.in_time_phrase(i):
                phrase = self.phrases.noun_phrase_before(tok.start, floor=sentence)
                if (phrase is None or phrase[1] != tok.start or self.names_someone(phrase)
                        or self.is_vague_metric(*phrase) or self.text[slice(*phrase)].endswith(RECORDS)):
                    return None
                return phrase
            i += 1
        return None

    def last_rank_metric(self, q: Quantity, earlier: list[Candidate]) -> tuple[int, int] | None:
        """第2名某公司… after 营收第1名某公司…: a ranking runs on, each rank on what the one before ranked, not on the
        running topic of the prose between them (nor on a name a rank before took for its measure)."""
        return next((c.metric for c in reversed(earlier)
                     if c.role == "rank" and c.quantity.unit == q.unit and c.metric is not None
                     and not self.view.overlaps_name(*c.metric)), None)

    def kind_moved(self, q: Quantity, before: Span, previous: Candidate | None) -> bool:
        """甲类商品的销售额按年下跌8%，乙类上升2%: a clause of a short noun phrase, a verb of change and the figure,
        after a figure whose measure was written after 的 and a kind (甲类商品的), names another kind of the same
        measure, unless the phrase names a measure itself (出口的增速为5%，进口增长3%: measure_endings.txt; 某芯片的CPU
        性能提升30%，GPU性能提升40%: the head noun of the measure before)."""
        if previous is None or previous.metric is None or previous.quantity.end > self.view.clause_start(q.start):
            return False
        if not self.text[: previous.metric[0]].endswith("的") or before[1] - before[0] > MAX_PARALLEL_NAME:
            return False
        verb = self.cue_token_before(q, self.view.clause_start(q.start))
        head = self.tokens[self.view.token_index_at(previous.metric[1] - 1)].text
        return (verb >= 0 and before[0] == self.view.clause_start(q.start) and before[1] == self.tokens[verb].start
                and not self.text.endswith(word_list("measure_endings.txt"), *before)
                and not self.text.endswith(head, *before))

    def holds_like(self, previous: Candidate, before: Span) -> bool:
        """领先于甲食品的0.8%、乙食品的0.2%: the phrase before 的 and the figure follows the figure before it in a list,
        which had a phrase and 的 before it too that it did not take for its measure (a holder, as this one is)."""
        if self.text[previous.quantity.end : before[0]] not in list_joiners():
            return False
        of = len(self.text[: previous.quantity.start].rstrip()) - 1
        return self.text[of] == "的" and previous.metric[1] != of

    def kind_in_parallel(self, q: Quantity, before: Span, previous: Candidate) -> Span | None:
        """甲科的候诊时间介乎3至9星期；乙科的介乎2至5星期, 甲科平均分介于60至85分，乙科的介于55至80分: a clause that
        opens on a kind (乙科) and goes on with the verb that followed the measure of the clause before, where a kind
        of the same ending (甲科) opened that clause, measures the same, without that kind (not 出口增长5%，进口增长3%:
        no kind opened the clause of 出口). `previous` is the figure before in the paragraph (a list of kinds may run
        over sentences closed by ；)."""
        clause = self.view.clause_start(q.start)
        if (previous.metric is None or previous.quantity.end > clause or before[0] != clause
                or before[1] - before[0] > MAX_PARALLEL_NAME):
            return None
        phrase = self.text[slice(*before)]
        first = self.view.token_index_at(self.view.clause_start(previous.metric[0]))
        kind = next((tok for tok in self.tokens[first : self.view.token_index_at(previous.metric[1])]
                     if len(tok.text) >= 2 and tok.text != phrase and tok.text[-1] == phrase[-1]
                     and self.phrases.is_nominal(tok)), None)
        if kind is None or kind.end >= previous.metric[1]:
            return None
        after_measure = self.tokens[self.view.token_index_at(previous.metric[1])]
        i = self.skip_back(self.view.index_before(q.start), clause, ("d", "uj"))
        verb = self.tokens[i] if i >= 0 else None
        if verb is None or not verb.tag.startswith("v") or after_measure.start != previous.metric[1]:
            return None
        if verb.text == after_measure.text or (self.is_move(verb) and self.is_move(after_measure)):
            return max(previous.metric[0], kind.end), previous.metric[1]
        return None

    def same_kind_before(self, q: Quantity, before: Span, earlier: list[Candidate]) -> Span | None:
        """乙馆的介乎3星期（21天）至12星期: a figure after others in its clause, the first of which had the same
        phrase before it and did not take it for its measure (a kind), measures what that one does."""
        clause = self.view.clause_start(q.start)
        for c in reversed(earlier):
            if c.quantity.start < clause:
                return None
            if self.phrases.noun_phrase_before(c.quantity.start, floor=clause) == before:
                return c.metric if c.metric is not None and c.metric != before else None
        return None

    def object_disposed(self, q: Quantity, clause: int) -> Span | None:
        """厂方随即将这条产线的月度排产压缩了四成, 把全年开支下调两成: what 将 or 把 puts before a verb of change right
        before the figure is what changed (the clause's own measure, not the one of the figure in the clause before),
        though it ends in a holder word (计划: what 将 puts there is acted on), where it is no name."""
        verb = self.cue_token_before(q, clause)
        if verb < 0:
            return None
        i = verb - 1
        while i >= 0 and self.tokens[i].start >= clause and self.tokens[i].text not in DISPOSALS:
            i -= 1
        if i < 0 or self.tokens[i].start < clause:
            return None
        phrase = self.phrases.noun_phrase_before(self.tokens[verb].start, floor=self.tokens[i].end)
        if phrase is None or phrase[1] != self.tokens[verb].start or self.view.overlaps_name(*phrase):
            return None
        return phrase

    def measure_opening(self, clause: int, offset: int) -> Span | None:
        """零件数量多出一倍，费用亦随之上升，由原定的… : the noun phrase a clause opens with, when it is no name or
        holder (甲公司转让…, 船只需…: who acts, not what is measured)."""
        subject = self.sentence_subject(clause, offset)
        if subject is None or self.names_someone(subject):
            return None
        last = self.tokens[self.view.token_index_at(subject[1] - 1)]
        following = self.tokens[self.view.token_index_at(subject[1])]
        # a noun, before a verb, an adverb or a preposition (单一/b 最大/a 客户: the phrase was cut short)
        return subject if last.tag.startswith("n") and following.tag.startswith(("v", "d", "p")) else None

    def names_someone(self, phrase: Span) -> bool:
        """The phrase is a name: one the entity stage found, a holder, or words jieba tags as proper nouns."""
        if self.view.overlaps_name(*phrase) or self.names_holder(*phrase):
            return True
        first, last = self.view.token_index_at(phrase[0]), self.view.token_index_at(phrase[1] - 1)
        return all(tok.tag in PROPER_TAGS for tok in self.tokens[first : last + 1])

    def noun_counted_before(self, cand: Candidate, earlier: list[Candidate]) -> tuple[int, int] | None:
        """甲苑有9宗交易，乙苑亦有7宗: a count with no noun after it, in the paragraph of an earlier count of the
        same classifier that named the noun it counts right after it, counts that noun (the phrase before the
        figure is whose count it is)."""
        q = cand.quantity
        if q.kind != "number" or not q.unit or q.unit == "倍":
            return None
        for c in reversed(earlier):
            if c.line != cand.line:
                return None
            if c.quantity.unit == q.unit and c.metric is not None:
                return c.metric if c.metric[0] == c.quantity.end else None
        return None

    def names_industry(self, phrase: Span) -> bool:
        """制造业, 其他市场, 银行板块: an industry, a market or a sector, whose last word is a noun (not the verbs
        就业/v, 创业/v)."""
        last = self.tokens[self.view.token_index_at(phrase[1] - 1)]
        return self.text[slice(*phrase)].endswith(HOLDER_ENDINGS) and not last.tag.startswith("v")

    def noun_of_change_after(self, q: Quantity, after: Span, floor: int) -> bool:
        """某地每年新增5GW的制氢产能: a change whose clause names no measure before it (only a holder, or nothing)
        is a change of the noun phrase after its 的 that closes the clause (not 营收增长20%的企业有3家). A space
        closes a clause of a headline (甲署增三成预算　乙队增1亿元购车). Whoever stands before the verb need not be a
        name the entity stage knows (甲区每年新增5GW的…, 某办事处增两成预算): any phrase that names no measure of its
        own (`names_measure`) holds the change of the noun after the figure."""
        closes = self.text[after[1] : after[1] + 1] in COMMAS_AND_STOPS | HEADLINE_BREAKS
        # (某处增2亿元购置车辆，某署增三成预算。: a sum, a share or a bare figure glued to the phrase, with no 的, is
        # of it too)
        glued = after[0] == q.end and (bool(q.currency) or q.unit in ("%", ""))  # (增1.8亿购车: a bare sum too)
        # (增设8个日间手术室、…: a count's classifier ties it to the noun glued after it, wherever the clause goes on)
        counted = after[0] == q.end and counts_after(q)
        if not counted and ((self.text[q.end : after[0]].strip() != "的" and not glued) or not closes):
            return False
        before = self.phrases.noun_phrase_before(q.start, floor=floor)
        if before is None or self.names_someone(before) or self.is_object_of_change(before, floor):
            return True
        # (访客减三成: a phrase before may be what is counted; only a verb of change right before the figure makes
        # the figure its object's size, and a figure read across a headline's space is no such object)
        # (当日跌幅逾9%的…: a rate noun before the figure is its measure, not a verb whose object follows; 较某方案少付
        # 5万元的订金: the phrase before is what is compared with, left to `measure_for`)
        verb = self.cue_token_before(q, floor)
        return (not self.names_measure(before) and verb >= 0 and self.tokens[verb].tag.startswith("v")
                and not any(ch.isspace() for ch in self.text[q.start : q.end]) and not self.compares(floor, q.start))

    def is_object_of_change(self, phrase: Span, floor: int) -> bool:
        """宽减/v 住宅用户 五成水费, 减免/v 商户 三成租金: a phrase right after a verb of change and right before the
        figure is who the change is granted to, not its measure, unless it names a measure itself (下调 营收 5%)."""
        i = self.view.token_index_at(phrase[0]) - 1
        return (i >= 0 and self.tokens[i].start >= floor and self.tokens[i].end == phrase[0]
                and self.is_verb_of_change(self.tokens[i]) and not self.names_measure(phrase))

    def names_measure(self, phrase: Span) -> bool:
        """营收, 出口额, 用电需求, 预算: the phrase ends in a word that names a measure by itself (measure_endings.txt),
        or is one of the generic metrics; 甲区, 某办事处 do not (they hold the figure)."""
        text = self.text[slice(*phrase)]
        return text.endswith(word_list("measure_endings.txt")) or text in words("generic_metrics.txt")

    def sum_of_noun_after(self, q: Quantity, after: Span) -> bool:
        """增加了8000元成本, 多付3亿元利息: a sum of money that changes is the size of the noun glued after it."""
        if not q.currency or after[0] != q.end:
            return False
        first = self.view.tokens[self.view.token_index_at(after[0])]
        return self.phrases.is_nominal(first) and not first.tag.startswith("v")

    def price_before(self, offset: int, q: Quantity) -> tuple[int, int] | None:
        """The noun phrase ending before `offset` in the clause of `q`, if it names a price (某股股价, 中间价) or an
        index of prices (楼价指数报380点: a measure, not a traded index)."""
        clause = self.view.clause_start(q.start)
        price = self.phrases.noun_phrase_before(offset, floor=clause)
        if price is None:
            return None
        phrase = self.text[slice(*price)]
        phrase = phrase.rstrip(LATIN_ABBREVIATION) if phrase.rstrip(LATIN_ABBREVIATION) else phrase  # 领先指数CCL
        index_of_prices = phrase.endswith("指数") and not self.names_traded_index(price[0], price[1])
        return price if phrase.endswith(PRICE_ENDINGS) or index_of_prices else None

    def price_after_means(self, q: Quantity) -> Span | None:
        """以呎价1.8万元成交, 以楼面价每平方米2.3万元成交: a price noun right after 以 (a 每 and its unit may stand
        between it and the sum) names the sum; the act after it (成交, a noun to the tagger) is what is done at it."""
        per = _PER_UNIT_BEFORE.search(self.text, self.view.clause_start(q.start), q.start)
        price = self.price_before(per.start() if per else q.start, q)
        return price if price is not None and self.text[price[0] - 1 : price[0]] == "以" else None

    def act_after_means(self, q: Quantity) -> tuple[int, int] | None:
        """以约300万元买入, 以800万元易手, 以5亿元认购: a sum after 以 (by means of) is the price of the act that
        follows it, which names it (unless a price is named before it: 股价以1000元作收, though not a phrase closed
        by 后, which says when: 议价后以…); so is a sum after a verb of carrying out (完成120亿元发行，) or of the
        level reached (减至650万元易手，) where the act closes the clause."""
        word = self.view.word_ending_at(q.start)
        i = self.view.token_index_at(q.end)
        closing = word is not None and (word.text in COMPLETIONS or word.text.endswith(LEVEL_REACHED))
        if (word is None or q.kind != "currency" or i >= len(self.tokens) or self.tokens[i].start != q.end
                or not (word.text == "以" or (closing and self.ends_clause(i)))):
            return None
        act = self.tokens[i]
        return (act.start, act.end) if act.tag.startswith("v") and len(act.text) >= 2 else None

    def flow_after_existential(self, q: Quantity) -> tuple[int, int] | None:
        """每月有5000元进账, 有3万元入账: after 有, a verb glued after a sum that closes its clause names the sum (the
        money that came in); nothing before the figure does."""
        word = self.view.word_ending_at(q.start)
        i = self.view.token_index_at(q.end)
        if word is None or not word.text or word.text not in EXISTENTIALS or i >= len(self.tokens):
            return None
        tok = self.tokens[i]
        if tok.start != q.end or tok.tag != "v" or len(tok.text) < 2 or not self.ends_clause(i):
            return None
        return tok.start, tok.end

    def ends_clause(self, i: int) -> bool:
        """tokens[i] is the last word of its clause (a comma, a stop or the text's end after it)."""
        end = self.tokens[i].end
        return end >= len(self.text) or self.text[end] in COMMAS_AND_STOPS | {"、", "\n", "（", "("}

    def verb_right_before(self, q: Quantity, clause: int) -> tuple[int, int] | None:
        """…的单位，开价/v 512万元, 其中甲公司持股/v 50%: a verb written right before a sum, a share or a measure in
        its own clause names it, unless it says to what level (重回, 转向, 达到) or how it changed (再升), or a noun
        after 的 does (取消32GB和64GB的容量配置). (A count counts its class, which a verb before it is not; but a
        number of shares is a holding, 持股1000万股.)"""
        word = self.view.word_ending_at(q.start)
        # 失误/v 仅/d 9次: past adverbs; 加速/v 仅需 3秒: past a word of what the act takes
        while word is not None and (word.tag == "d" or word.text in TAKES) and word.start > clause:
            word = self.view.word_ending_at(word.start)
        closing_count = (q.kind == "number" and bool(q.unit) and q.unit != "倍"
                         and self.text[q.end : q.end + 1] in COMMAS_AND_STOPS | {"、"})  # 累计卖出800万罐，(or 、)
        if ((q.kind not in MEASURE_KINDS and q.unit != "股" and not closing_count and not is_bare_sum(q))
                or word is None or word.tag != "v"
                or (len(word.text) < 2 and not self.after_adverb(self.view.token_index_at(word.start), clause))
                or word.start < clause
                or (word.text[-1] in LEVEL_ENDINGS and word.text not in OBTAINING)
                or cue_endings().longest_ending(word.text) not in (None, *not_changes())
                or _THEN_OF.match(self.text, q.end)):
            return None
        return word.start, word.end

    def is_session_time(self, phrase: Span) -> bool:
        """收盘时, 尾盘时约: a phrase that opens on a market's session (session_words.txt) and 时 is a time of day,
        however jieba cut it (收盘/n 时约/n), not a measure; but with a quote's word after it (收市时报) it names
        the quote."""
        text = self.text[slice(*phrase)]
        opener = next((word + "时" for word in words("session_words.txt") if text.startswith(word + "时")), None)
        return opener is not None and text[len(opener):] not in words("quote_words.txt")  # (收市时报: the quote 报)

    def sum_act_before(self, q: Quantity, clause: int) -> Span | None:
        """月薪为8000元，年底再加1000元; 利率为4%，最高上浮20%: the verb right before the figure in its clause, where it
        is an act that sets a sum, a cut or an award (sum_acts.txt, whatever jieba's tag: 再加/d, 多发/m), names the
        figure; a verb of plain growth (营收100亿元，增长5%) is not one and goes on with the measure before it."""
        i = self.view.index_before(q.start)
        if i < 0:
            return None
        tok = self.tokens[i]
        if tok.start < clause or tok.end != q.start or tok.text not in words("sum_acts.txt"):
            return None
        return tok.start, tok.end

    def parallel_item(self, q: Quantity, previous: Candidate) -> tuple[int, int] | None:
        """抓举95公斤、挺举121公斤: after a list item named by the word glued before its figure, the next item's
        word, between the 、 and its figure, names its own (whatever jieba's tag: 挺举/v)."""
        if previous.metric is None or previous.metric[1] != previous.quantity.start:
            return None
        link = self.text[previous.quantity.end : q.start]
        if not link.startswith("、") or not _ITEM_WORD.fullmatch(link, 1):
            return None
        item = previous.quantity.end + 1, q.start
        first, last = self.view.token_index_at(item[0]), self.view.token_index_at(item[1] - 1)
        if self.names_holder(*item) or self.view.overlaps_name(*item) or any(
                tok.tag.startswith(FUNCTION_TAG_PREFIXES) for tok in self.tokens[first : last + 1]):
            return None  # 甲公司4.5%、乙公司4.2%: names hold their figures; 也是/d: no item's name
        return item

    def cue_of(self, i: int) -> Span:
        """The verb of change tokens[i] is, or the cue it ends in where it is none itself and follows one character
        glued before it: jieba cut a name and glued its last character to the move (某/nr 丙涨/v: the move is 涨;
        but 三周 累涨 is one)."""
        verb = self.tokens[i]
        before = self.tokens[i - 1] if i > 0 else None
        broken = before is not None and before.end == verb.start and len(before.text) == 1
        cue = cue_endings().longest_ending(verb.text) if broken and verb.text not in role_cues() else None
        return (verb.end - len(cue), verb.end) if cue else (verb.start, verb.end)

    def names_own_figure_only(self, metric: Span) -> bool:
        """A quote's word (报, 收于), a verb of change (涨, 下跌) or of a level broken (下破): the metric of its own
        figure, which a move in a clause after it does not take."""
        phrase = self.text[slice(*metric)]
        if phrase in words("quote_words.txt") or phrase.endswith(EXTREMES):
            return True
        i = self.view.token_index_at(metric[0])
        return self.tokens[i].start == metric[0] and self.tokens[i].end == metric[1] and (
            self.is_verb_of_change(self.tokens[i]) or self.breaks_level(self.tokens[i]))

    def level_after_move(self, level: Candidate, earlier: list[Candidate]) -> bool:
        """下破3.90%，尾盘约为3.92%，日内降4个基点: the level took its measure from the move before it
        (`level_of_move`); like that move's verb, it names no move after it, which its own verb names."""
        before = next((c for c in reversed(earlier) if c.quantity.end <= level.quantity.start), None)
        return (level.role == "amount" and before is not None and before.metric is not None
                and self.view.sentence_start(before.quantity.start) == self.view.sentence_start(level.quantity.start)
                and self.names_own_figure_only(before.metric) and self.level_of_move(before.metric) == level.metric)

    def level_of_move(self, move: Span) -> Span | None:
        """某债收益率下破3.5%，尾盘约为3.48%; 某指数收盘跌1%，至3000点: what a level after a move in a clause before it
        measures. The move's verb names that move only; the level is of the measure the move was of: the noun phrase
        before the verb in its clause (past times and sessions), where it names a measure; where a traded index or a
        share is named there instead, the session the move closed (收盘) or the price or index word it ends in. None
        where the clause names neither (a release before the move, 数据公布后，跌破…, is no measure of it)."""
        i = self.view.token_index_at(move[0])
        clause = self.view.clause_start(move[0])
        if self.tokens[i].start != move[0] or self.tokens[i].start < clause:
            return None
        j = self.times_before(clause, i)
        session = next((tok for tok in self.tokens[j:i] if tok.text in words("session_words.txt")
                        and tok.text.startswith(PRICE_SESSIONS)), None)
        phrase = self.phrases.noun_phrase_before(self.tokens[j].start, floor=clause)
        if phrase is None or not all(tok.tag.startswith(("d", "ad", "t")) or self.only_times_between(tok.start, tok.end)
                                     for tok in self.tokens[self.view.token_index_at(phrase[1]) : j]):
            # (迅速/ad 下破: adverbs may stand between the measure and its move; ABC/eng 今日收市升: a name in Latin
            # script is no noun phrase, and the session the move closed still names the level)
            return (session.start, session.end) if session is not None else None
        text = self.text[slice(*phrase)]
        if (not self.names_someone(phrase) and not self.is_vague_metric(*phrase)
                and not self.is_holder_end(phrase[0], phrase[1])):  # (甲股收市跌3%至12元: the share moved)
            return phrase
        if session is not None:
            return session.start, session.end
        ending = next((e for e in ("指数", *PRICE_ENDINGS) if text.endswith(e)), None)
        return (phrase[1] - len(ending), phrase[1]) if ending is not None else None

    @staticmethod
    def breaks_level(tok: Token) -> bool:
        """下破/v, 涨破/v, 跌穿/v: a verb of a level broken through names the level it breaks, not a move after it
        (下破4.10%，日内降约5个基点: the move is named by its own verb)."""
        return tok.tag.startswith("v") and len(tok.text) == 2 and tok.text[1] in LEVEL_BREAKS

    def counts_an_act(self, cand: Candidate) -> bool:
        """新开14家门店，关闭/v 272家: a count named by the verb right before it counts that act only."""
        q, metric = cand.quantity, cand.metric
        if metric is None or q.kind != "number" or metric[1] != q.start:
            return False
        word = self.view.word_ending_at(q.start)
        return word is not None and word.tag == "v" and (word.start, word.end) == metric

    def measures_own_figure(self, metric: Span) -> bool:
        """A bare rate noun (增幅, 涨幅), a word of 每 and a classifier (每股) or a run of moves (连跌三日): a metric of
        its own figure only, which does not run on to the figures after it."""
        phrase = self.text[slice(*metric)]
        return phrase in words("rate_nouns.txt") or phrase.endswith(EXTREMES) or (len(phrase) == 2 and (
            phrase.startswith("每") or is_run_of_moves(phrase)))

    def per_unit_before(self, q: Quantity, floor: int) -> tuple[int, int] | None:
        """转让：每股仅3元: a price with nothing named before it in its clause but 每 and a classifier (past
        adverbs) is named by what it is per."""
        i = self.skip_back(self.view.index_before(q.start), floor, ("d", "x"))
        if not q.currency or i < 0:
            return None
        start = self.tokens[i].start
        if not is_per_unit(self.tokens[i]):
            if not (i > 0 and self.tokens[i - 1].text == "每" and self.tokens[i].tag in ("q", "m")):
                return None
            start = self.tokens[i - 1].start  # 每/r 米/q: the classifier jieba cut from its 每
        if self.phrases.noun_phrase_before(start, floor=floor) is not None:
            return None
        return self.priced_act_before(start, floor) or (start, self.tokens[i].end)

    def price_per_same_base(self, cand: Candidate, clause: int, earlier: list[Candidate]) -> Span | None:
        """某市猪肉售价3月为每斤18元。本月跌至低位，每斤12元: a price with only its base (每斤) before it in its clause,
        after a price of the paragraph per the same base, measures what that price did; the base written again
        names no new measure (`new_per_unit_before` reads the same within a sentence)."""
        q = cand.quantity
        per = self.per_unit_before(q, clause)
        if per is None or not self.text.startswith("每", per[0]):
            return None
        base = self.text[slice(*per)]
        for c in reversed(earlier):
            if c.line != cand.line:
                return None
            if not c.quantity.currency:
                continue
            i = self.skip_back(self.view.index_before(c.quantity.start), 0, ("d", "x"))
            same = i >= 0 and self.text[: self.tokens[i].end].endswith(base)
            named = self.text[slice(*c.metric)] if c.metric is not None else ""
            if not same or not named or named.startswith("每") or named.endswith((*RECORDS, *PEAKS)):
                return None  # (高峰，达到每公斤36元: a record names its own price only)
            return c.metric
        return None

    def priced_act_before(self, offset: int, floor: int) -> Span | None:
        """开价/v 为每平方米3万元, 售价/v 是每瓶80元: a verb linked by 为 (是, 达) to the 每 of a price names the price;
        what it is per only says how it is counted."""
        i = self.view.index_before(offset)
        if i < 1 or self.tokens[i].start < floor or self.tokens[i].text not in PRICE_LINKS:
            return None
        verb = self.tokens[i - 1]
        if verb.start < floor or verb.end != self.tokens[i].start or not verb.tag.startswith("v"):
            return None
        return self.action_before_offset(self.tokens[i].start, floor)

    def new_per_unit_before(self, q: Quantity, floor: int, previous: Quantity) -> tuple[int, int] | None:
        """`per_unit_before`, unless the figure before was a price per the same unit (售价3月为每公斤52元，本月跌至
        谷底，每公斤31元): the base written again names no new measure, and the earlier one runs on."""
        per = self.per_unit_before(q, floor)
        if per is None or not previous.currency:
            return per
        i = self.skip_back(self.view.index_before(previous.start), 0, ("d", "x"))
        base = self.text[per[0] : per[1]]
        return None if i >= 0 and self.text[: self.tokens[i].end].endswith(base) else per

    def noun_right_before(self, q: Quantity) -> bool:
        """实用面积500呎的单位: a noun written right before the figure (not 仍有5GW的缺口, 由 8 核心的 CPU), and no
        holder (该公司3纳米制程: the company owns the process the figure measures; it is whose, not what)."""
        word = self.view.word_ending_at(q.start)
        return word is not None and word.tag.startswith("n") and not self.names_holder(word.start, word.end)

    def measure_stated_before(self, q: Quantity) -> bool:
        """排量为1.5升的汽车, 会员数少于300人的协会, 含糖量超5%的饮料: a measure named before the figure,
        with at most a linking or threshold word between, and 的 after it: the figure picks out the thing after 的
        by that measure (not 持有某公司10%的股权: a name before the figure is whose, not what)."""
        clause = self.view.clause_start(q.start)
        phrase = self.phrases.noun_phrase_before(q.start, floor=clause)
        link = _STATED_AS.fullmatch(self.text, phrase[1], q.start) if phrase is not None else None
        # (房价2%的折扣: a share glued to a noun is a share of it; but 含糖量超5%: the figure opens on a threshold)
        if link is None or (q.kind == "percent" and not link.group() and q.text[:1].isdigit()):
            return False
        last = self.tokens[self.view.token_index_at(phrase[1] - 1)]
        return (last.tag.startswith("n") and not last.tag.startswith(("nr", "ns", "nt", "nz"))
                and not self.names_holder(*phrase) and not self.view.overlaps_name(*phrase))

    def people_picked_out(self, after: tuple[int, int]) -> tuple[int, int] | None:
        """The phrase `after` the figure up to the people it names (月入少于8000元的基层人士领取补助 → 基层人士)."""
        first, last = self.view.token_index_at(after[0]), self.view.token_index_at(after[1] - 1)
        people = self.people_in(first, last + 1)
        return (after[0], people.end) if people is not None else None

    def people_after(self, q: Quantity) -> bool:
        """People named right after the figure, with or without 的 (月入少于7000元以下人士, 居港满7年的香港居民): a
        sum or a time that picks out who."""
        i = self.view.token_index_at(q.end)
        if i < len(self.tokens) and self.tokens[i].text == "的":
            i += 1
        return self.people_in(i, i + MAX_PEOPLE_WORDS) is not None

    def people_in(self, first: int, stop: int) -> Token | None:
        """The word of people (population_nouns.txt) that tokens[first:stop] reach through nouns and adjectives
        (香港 / 低收入 / 人士), if any."""
        people = words("population_nouns.txt")
        for tok in self.tokens[first:stop]:
            if tok.text in people:
                return tok
            if not tok.tag.startswith(("n", "j", "b", "a")):
                return None
        return None

    def object_of_verb(self, q: Quantity) -> bool:
        """A verb of action (not a cue word) stands right before the figure (实现/v 5亿美元的…), or 以, whose object is
        the means an act or a rank is by (某队以9千万元的薪资总额居首): the figure is the size of the noun after it."""
        word = self.view.word_ending_at(q.start)
        if word is not None and word.text == "以":
            return True
        if word is not None and word.text in HAVING_WORDS and q.currency:
            return True  # 每月有8000元的可支配收入: what one has, a sum of, is the noun after it (not who has it)
        return (word is not None and word.tag == "v" and len(word.text) > 1
                and word.text not in role_cues() and word.text[-1:] not in "为至到达于")

    def holder_moved(self, q: Quantity) -> tuple[int, int] | None:
        """现货白银大涨3%, 比特币下跌2.5%, 某电子一度上涨7%, Pixel 10直降1500元: a company, a traded thing
        (instruments.txt) or a product named in Latin script right before a verb of change is whose move it is; the
        verb (a role cue) names the figure. (A place is not: 其中，内地增长8.3% carries the sentence's measure.)"""
        move = self.move_of(q)
        if move is None:
            return self.bare_move(q)
        i, end = move
        clause = self.view.clause_start(q.start)
        if (self.is_holder_end(clause, end) or self.parallel_holder(q, i)
                or self.tokens[i].text in CLOSING_MOVES  # 某某收涨0.3%: only a traded thing closes up or down
                or (is_share_move(self.tokens[i].text) and self.names_mover(clause, end))):
            return self.tokens[i].start, self.tokens[i].end
        return None

    def holder_moved_to(self, q: Quantity) -> tuple[int, int] | None:
        """现货白银涨至48.6美元, 某某指数跌至3000点: a traded thing, a company or a product that moves to a level holds
        it; the verb of change with its 至 or 到 names the level (its price), as the verb names a move. Not a time
        before a record (某指数跌至五个月低位): that is the record's span, no level."""
        if q.kind == "duration" and record_after().match(self.text, q.end):
            return None
        clause = self.view.clause_start(q.start)
        i = self.view.index_before(q.start)
        if i < 0 or self.tokens[i].start < clause:
            return None
        last = i  # the 至 or the verb with its 至
        arrival = self.tokens[i].text
        if arrival in ("至", "到"):
            i -= 1
            if i < 0 or self.tokens[i].text not in role_cues():
                return None
        elif not (len(arrival) > 1 and arrival[-1] in "至到" and arrival[:-1] in role_cues()):
            return None
        j = self.times_before(clause, i) - 1
        if (j < 0 or self.tokens[j].start < clause or self.tokens[j].tag.startswith(("m", "q"))
                or not self.is_holder_end(clause, self.tokens[j].end)):
            return None  # (从900亿美元降至: the unit of the level before is no traded currency)
        return self.tokens[i].start, self.tokens[last].end

    def bare_move(self, q: Quantity) -> tuple[int, int] | None:
        """某股午后拉升，一度涨超18%: a clause that opens on a move of shares (涨, 跌 …) after adverbs alone goes on
        with the mover of the clause before it; the verb names the figure. So does any verb of change (累计下跌) after
        adverbs or 累计 where the clause before opens on a traded thing or a company (某期货整体呈下行走势，累计下跌5%):
        what moved is the subject, and its move is the verb's."""
        clause = self.view.clause_start(q.start)
        i = self.cue_token_before(q, clause)
        if i < 0:
            return None
        first = self.view.token_index_at(clause)
        while first < i and (self.tokens[first].text in CAPS or not self.tokens[first].text.strip()):
            first += 1  # 累计下跌: a cap or a total said of the move, no mover
        if not self.only_times_between(self.tokens[first].start, self.tokens[i].start):
            return None
        if is_share_move(self.tokens[i].text) or self.opens_on_mover(clause):
            return self.tokens[i].start, self.tokens[i].end
        return None

    def opens_on_mover(self, clause: int) -> bool:
        """Whether the clause before `clause` in its sentence opens on a traded thing or a company (past a word of
        the whole: 某期货整体)."""
        sentence = self.view.sentence_start(clause)
        subject = (self.sentence_subject(self.view.clause_start(clause - 1), clause - 1)
                   if clause > sentence else None)
        if subject is None:
            return False
        end = subject[1]
        if self.text[subject[0] : end].endswith(WHOLE_WORDS):
            end -= 2
        return end > subject[0] and self.is_holder_end(subject[0], end)

    def only_times_before(self, clause: int, i: int) -> bool:
        """Whether the clause holds only adverbs and times (一度, 日内, 盘中, 今日) before token i (not a base of
        comparison: 较/d 去年稍跌)."""
        return self.only_times_between(clause, self.tokens[i].start)

    def only_times_between(self, pos: int, end: int) -> bool:
        """Whether text[pos:end] holds only adverbs, times and market sessions (jieba's 日/内 read as the time 日内;
        收盘, 单周: session_words.txt)."""
        while pos < end:
            tok = self.tokens[self.view.token_index_at(pos)]
            if self.text[pos].isspace():
                pos += 1
            elif (time := period_pattern().match(self.text, pos, end)) is not None:
                pos = time.end()
            elif tok.start == pos and ((tok.tag.startswith(("d", "t")) and tok.text not in words(
                    "comparison_base_cues.txt")) or tok.text in words("session_words.txt")):
                pos = tok.end
            else:
                return False
        return True

    def times_before(self, clause: int, i: int) -> int:
        """The index of the first token of the run of adverbs and times right before token i (i if there is none)."""
        first = i
        for j in range(i - 1, max(i - 1 - MAX_TIME_TOKENS, -1), -1):
            if self.tokens[j].start < clause:
                break
            if self.only_times_between(self.tokens[j].start, self.tokens[i].start):
                first = j
        return first

    def move_of(self, q: Quantity) -> tuple[int, int] | None:
        """(index of the verb of change before the figure, end of the word before that verb) in its clause."""
        clause = self.view.clause_start(q.start)
        i = self.cue_token_before(q, clause)
        if i < 0 or self.only_times_before(clause, i):
            return None
        j = self.times_before(clause, i) - 1  # 一度, 日/内, 同期/b
        while j >= 0 and self.tokens[j].start >= clause and (
                self.tokens[j].text in CAPS or self.compares_with_time(clause, j)):
            j = self.times_before(clause, j) - 1  # Surface Pro则最高直降800元, 某合约较上周五上涨
        if j >= 0 and self.tokens[j].text in CLOSING_BRACKETS:
            j = self.before_aside(j, clause)  # 某某指数（Kospi）上涨2.3%: an aside glosses the mover
        if j < 0 or self.tokens[j].start < clause:
            return None
        return i, self.tokens[j].end

    def compares_with_time(self, clause: int, j: int) -> bool:
        """Whether token j is 较 or 比 before a time that runs on to the verb (某合约较上周五上涨), with a word of
        the clause before it: the holder stands before the comparison."""
        return (self.tokens[j].text in words("comparison_base_cues.txt") and j > 0
                and self.tokens[j - 1].start >= clause)

    def before_aside(self, close: int, clause: int) -> int:
        """The index of the token before the bracket the closing bracket at `close` ends (-1 if none opens it in
        the clause)."""
        for k in range(close - 1, -1, -1):
            if self.tokens[k].start < clause:
                break
            if self.tokens[k].text in OPENING_BRACKETS:
                return k - 1
        return -1

    def dimension_of(self, q: Quantity) -> tuple[int, int] | None:
        """The one-character dimension right before a length or weight (长69米, 阔7米) or right after it (15米高)."""
        before, after = q.start - 1, q.end
        word = self.view.word_ending_at(q.start)
        if word is not None and len(word.text) == 1 and word.text in DIMENSIONS:  # not 身高/n 1.8米: a noun
            return before, q.start
        if self.text[after : after + 1] in DIMENSIONS and self.text[after + 1 : after + 2] in "，。；、,;的 \n":
            return after, after + 1
        return None

    def is_holder_end(self, clause: int, end: int) -> bool:
        """A company, a product in Latin script (Pixel 10) or a traded thing ends at `end`."""
        product = any(m.end() == end for m in PRODUCT_NAME.finditer(self.text, clause, end))
        return (end in self.view.organisation_ends or product
                or (self.text[clause:end].endswith(instruments()) and not self.is_breakdown_item(end))
                or self.names_traded_index(clause, end)
                or (self.text[clause:end].endswith(SHARE_GROUPS) and not self.text[clause:end].endswith(HOLDINGS)))

    def is_breakdown_item(self, offset: int) -> bool:
        """产量增长5%，其中玉米增长9%，大豆下降2%: after 其中 or 当中 in a sentence whose first clause names a measure
        of volume or value (产量, 出口, 消费: not a price or an index, whose parts move as markets), a traded thing
        (玉米, 原油) is a part of that measure, not a market moving on its own."""
        sentence = self.view.sentence_start(offset)
        head = self.text[sentence:offset]
        opener = max(head.rfind(word) for word in PART_OPENERS)
        if opener <= 0:
            return False
        first = self.text[sentence : self.view.clause_end(sentence)]
        return any(ending in first for ending in VOLUME_MEASURES)

    def names_part(self, phrase: Span) -> bool:
        """其中玉米增长9%: a traded thing that is no name nor holder word, standing as a part of a breakdown."""
        text = self.text[slice(*phrase)]
        return (text.endswith(instruments()) and not text.endswith(holder_endings())
                and not self.view.overlaps_name(*phrase) and self.is_breakdown_item(phrase[1]))

    def names_traded_index(self, clause: int, end: int) -> bool:
        """某某100指数, 某某半导体指数: an index of a market is traded, and its move is its own; an index of prices
        or of a survey (某某价格指数, 某某物价指数, 景气指数) is a measure."""
        phrase = self.text[clause:end]
        return phrase.endswith("指数") and not phrase.endswith(MEASURE_INDEXES) and "价" not in phrase

    def names_mover(self, clause: int, end: int) -> bool:
        """Whether the words of the clause up to `end` end in a noun that names no measure (销量, 股价, 涨幅, 价格指数)
        and open with no comparison (较上一交易日): 某某涨超8% is a share's move, while 金价涨2% moves a measure the
        clause names (and 按年/v 大跌, 零售/vn 跌 name no mover: the measure runs on from before)."""
        phrase = self.text[clause:end]
        last = self.view.word_ending_at(end)
        first = self.tokens[self.view.token_index_at(clause)]
        if (last is None or not last.tag.startswith(("n", "eng"))
                or first.text in words("comparison_base_cues.txt")):
            return False
        return not (phrase.endswith(word_list("measure_endings.txt")) or phrase.endswith(PRICE_ENDINGS)
                    or any(phrase.endswith(rate) for rate in words("rate_nouns.txt"))
                    or (phrase.endswith("指数") and not self.names_traded_index(clause, end)))

    def parallel_holder(self, q: Quantity, i: int) -> bool:
        """某甲涨超11%，乙公司涨超10%: a clause that is only a name, the same verb of change and a figure, beside a
        clause of that shape whose name is a known holder, names a holder too. (出口增长5%，进口增长3% names
        measures: no known holder stands in either.)"""
        clause = self.view.clause_start(q.start)
        if self.tokens[i].start - clause > MAX_PARALLEL_NAME:
            return False
        starts = self.view.quantity_starts
        sentence = (self.view.sentence_start(q.start), self.view.sentence_end(q.end))
        for other in self.view.quantities[bisect.bisect_left(starts, sentence[0]) : bisect.bisect_left(
                starts, sentence[1])]:
            if other is q:
                continue
            other_clause = self.view.clause_start(other.start)
            move = self.move_of(other)
            if (move is not None and other_clause != clause and self.tokens[move[0]].text == self.tokens[i].text
                    and self.tokens[move[0]].start - other_clause <= MAX_PARALLEL_NAME
                    and self.is_holder_end(other_clause, move[1])):
                return True
        return False

    def cue_token_before(self, q: Quantity, clause: int) -> int:
        """The index of the verb of change (a role cue) just before the figure in its clause, past particles,
        adverbs and a space (某指数尾盘下挫 1%: a space set before the figure), or -1."""
        i = self.view.index_before(q.start)
        while i >= 0 and self.tokens[i].start >= clause and not self.tokens[i].text.strip():
            i -= 1
        i = self.skip_back(i, clause, ("d", "u"))
        if i < 0 or not self.is_verb_of_change(self.tokens[i]):
            return -1
        return i

    def is_move(self, tok: Token) -> bool:
        """A verb of change, or one with the 至 or 到 of the level it reaches (增至/v, 涨到/v: jieba's one word)."""
        return self.is_verb_of_change(tok) or (tok.text[-1:] in "至到" and tok.text[:-1] in role_cues())

    @staticmethod
    def is_verb_of_change(tok: Token) -> bool:
        """A role cue (涨, 下跌), 可 and one (可减), a verb ending in one (重挫, 微跌) or one with the qualifier jieba
        glued to it (涨近/v 9%, 跌超/v 3%)."""
        text = tok.text
        if text in role_cues() or _CAN_CHANGE.fullmatch(text):
            return True
        glued = text[-1] in GLUED_QUALIFIERS and text[:-1] in role_cues()
        return tok.tag.startswith("v") and len(text) <= MAX_CHANGE_VERB and (
            cue_endings().longest_ending(text) is not None or glued)

    def skip_back(self, i: int, clause: int, tags: tuple[str, ...]) -> int:
        """Token index i moved back past the tokens of the clause with one of `tags`; -1 past the clause start."""
        while i >= 0 and self.tokens[i].start >= clause and self.tokens[i].tag.startswith(tags):
            i -= 1
        return i if i >= 0 and self.tokens[i].start >= clause else -1

    def share_act_before(self, q: Quantity) -> tuple[int, int] | None:
        """直接持有公司12,000,000股, 减持不超过100万股, 买入某某能源120万股, 合计持股增至1500万股: a count of shares is
        named by the act of holding or trading written before it in its clause, past linking words, the company and
        adverbs (unless a noun follows it: 存在约500万股缺口)."""
        clause = self.view.clause_start(q.start)
        i = self.view.index_before(q.start)
        skip = words("metric_skip.txt")  # (not the cues of change: 减持, 增持 are the acts)
        listed = self.text[q.end : q.end + 1] in ")）"  # 增持甲公司（300万股）、乙公司（150万股）: the list's act
        while i >= 0 and (tok := self.tokens[i]).start >= clause and (
                tok.tag.startswith(("d", "u")) or tok.text in skip or not tok.text.strip()
                or self.view.past_names(tok.start) > tok.start
                or (tok.text in holder_endings() and tok.text not in SHARE_NOUNS)  # (已回购股份 keeps its noun)
                or (listed and self.is_bracketed_share_item(i))):
            i -= 1
        if i < 0 or self.tokens[i].start < clause:
            return None
        verb = self.tokens[i]
        if len(verb.text) == 1 and verb.tag.startswith("v") and i > 0 and (
                (glued := self.tokens[i - 1]).end == verb.start and len(glued.text) == 1
                and glued.start >= clause and glued.tag in (("a", "d") if listed else ("a",))):
            return glued.start, verb.end  # 新/a 进/v, 小/a 买/v: one verb of two characters jieba cut
        return (verb.start, verb.end) if verb.tag.startswith("v") and len(verb.text) >= 2 else None

    def is_bracketed_share_item(self, i: int) -> bool:
        """A token of an item of a list of holdings with their counts in brackets (乙公司（150万股）、, 和): the
        brackets, the counts in them, the joiners and the items' names (nouns jieba did not read as one name)."""
        tok = self.tokens[i]
        return (tok.text in "()（）" or tok.text in NOUN_JOINERS or self.view.overlaps_quantity(tok.start, tok.end)
                or tok.tag.startswith(("n", "nz")) or tok.tag == "j")

    def count_opens_clause(self, q: Quantity) -> bool:
        """11种上涨，36种下跌: a count of things (a number with its classifier) that opens its clause, as the parts of a
        breakdown do (not after 有: 个案中，有1000宗介乎80至89岁 counts cases)."""
        return q.kind == "number" and bool(q.unit) and not self.clause_before(q)

    def ends_range_of(self, first: Quantity, q: Quantity) -> bool:
        """介乎6星期（1个半月）至30星期: the figure is the end of a range whose start (or the aside restating it) is
        written right before it, past a closing bracket and 至 or 到, in a unit of the same kind."""
        between = self.text[first.end : q.start]
        return between[:1] in ")）" and between[1:].strip() in RANGE_LINKS and first.kind == q.kind

    def scores_with(self, first: Quantity, q: Quantity) -> bool:
        """甲队以3比1获胜, 男女比例为3:2: the figure is the second term of a score or a ratio, written right after the
        first with 比 or a colon between, in the same unit, with no noun after 的 of its own."""
        return (self.text[first.end : q.start] in SCORE_LINKS and first.unit == q.unit
                and not self.text.startswith("的", q.end))  # (按三比七的比例: the pair's noun after 的 names both)

    def result_of_score(self, q: Quantity) -> Span | None:
        """甲队以3比1击败乙队, 以1:3不敌: where the figure is the first term of a score (a number with no unit, 比 or
        a colon, then the second term) and a verb of two characters or more follows the score, that verb (the result)
        names both terms; a ratio (男女比例为3:2) has none after it."""
        k = bisect.bisect_right(self.view.quantity_starts, q.start)
        second = self.view.quantities[k] if k < len(self.view.quantities) else None
        if second is None or q.unit or not self.scores_with(q, second):
            return None  # (分为两档：第一档覆盖…: a count with its classifier and an item after a colon, no score)
        i = self.view.token_index_at(second.end)
        verb = self.tokens[i] if i < len(self.tokens) else None
        # (以2比0战胜/n: after 以, by a score of, jieba's noun is the result too)
        result = verb is not None and (verb.tag.startswith("v") or (
            verb.tag == "n" and self.text[q.start - 1 : q.start] == "以"))
        if not result or verb.start != second.end or len(verb.text) < 2:
            return None
        return verb.start, verb.end

    def part_opens_clause(self, q: Quantity) -> bool:
        """其中近一半来自甲地, 当中有9家预计减产, 受访学校中有30%设有…, 40间商会中，只有6间表示…, 有三分之一是新客:
        a fraction, or a count or a share after the group it is part of (其中, 当中, …中, ending its clause or the one
        before), that opens its clause (after 有 at most) is a part of a breakdown (a bare count after 有 is not:
        有1000宗介乎…)."""
        lead = _BREAKDOWN_LEAD.fullmatch(self.clause_before(q))
        if lead is None or q.kind not in ("number", "percent"):
            return False
        clause = self.view.clause_start(q.start)
        opener = lead.group(1) is not None or self.text[:clause].rstrip(" ，,").endswith(GROUP_ENDINGS)
        fraction = q.kind == "number" and not q.unit and 0 < q.value < 1
        return fraction or (opener and bool(q.unit))

    def opens_breakdown(self, q: Quantity) -> bool:
        """The figure opens its clause, or follows 其中 (…——其中120亿元为现金)."""
        before = self.clause_before(q)
        return not before or before.endswith("其中")

    def clause_before(self, q: Quantity) -> str:
        """The words of the figure's clause before it, without the spaces around them."""
        return self.text[self.view.clause_start(q.start) : q.start].strip()

    def share_named_after(self, q: Quantity) -> tuple[int, int] | None:
        """个案中，68%为女孩，74%发生在私人地方, 240万人（37.4%）有抑郁症状: in a breakdown, a share or a count of
        people is named by the category or the predicate written after it."""
        m = _SHARE_OF.match(self.text, q.end)
        if m and not self.cuts_figure(*m.span(1)):
            return m.span(1)
        # 20%受访者曾曝露于催泪弹, 21.4%的人士在18岁之前已开始饮酒: the population after the share is whose it is,
        # the predicate after that what
        if (predicate := self.population_predicate(q.end, share=q.unit == "%")) is not None:
            return predicate
        # 约有7.8万人加入了先导计划, 有4,966人被发现有大肠瘜肉: people counted by what they did or what befell them,
        # and a share that opens its clause (6成有加薪，2成冻薪) by its predicate
        # (after 有 alone too: 确诊个案中，有20%死亡)
        opens_clause = self.clause_before(q) in EXISTENTIALS or self.part_opens_clause(q)
        predicate = _PREDICATE.match(self.text, q.end, self.view.clause_end(q.end))  # (to a headline's space too)
        if (m := predicate) and (q.unit in PEOPLE_UNITS or opens_clause):
            i = self.view.token_index_at(q.end)
            first = self.tokens[i]
            while i + 1 < len(self.tokens) and self.tokens[i].tag == "d" and self.tokens[i].end < m.end(1):
                i += 1  # 其中2000个已经/d 落成/v: past adverbs to the verb
            head = self.tokens[i]
            # (从820万人增加到860万人: a verb of change moves the count, it names no category)
            # (两区分别录得2,300及1,800宗: a predicate cut inside a figure is no category)
            if (first.start == q.end and (head.tag.startswith("v") or head.text == "被")
                    and not self.is_move(head) and head.text not in RANGE_VERBS
                    and not self.cuts_figure(*m.span(1))):
                return self.people_noun_before(q.end, m.end(1)) if self.counts_people_in(*m.span(1)) else m.span(1)
        return None

    def people_noun_before(self, start: int, stop: int) -> Span | None:
        """The words from `start` up to a position word, a conjunction, an adverb or 有 (80名学员中仅有12人…:
        学员), read as a noun though jieba may tag them verbs (选手/v, 考生/v)."""
        i = self.view.token_index_at(start)
        end = None
        while i < len(self.tokens) and self.tokens[i].end <= stop:
            tok = self.tokens[i]
            if not tok.tag.startswith(("n", "v")) or tok.text in EXISTENTIALS or tok.text in COPULAS:
                break
            end = tok.end
            i += 1
        return (start, end) if end is not None and end - start >= 2 else None

    def counts_people_in(self, start: int, end: int) -> bool:
        """80名学员中仅有12人结业: a second count of people inside what follows a count of people picks some of
        them out; the words before it are the noun counted (jieba may tag it a verb: 选手/v), not a predicate."""
        quantities = self.view.quantities
        first = bisect.bisect_left(self.view.quantity_starts, start)
        last = bisect.bisect_left(self.view.quantity_starts, end)
        return any(quantities[j].unit in PEOPLE_UNITS for j in range(first, last))

    def cuts_figure(self, start: int, end: int) -> bool:
        """The span ends inside a figure (分别录得2 of 分别录得2,300宗: the thousands comma closed a predicate
        read up to a comma); a figure inside it that it holds whole (在18岁前开始) cuts nothing."""
        return self.view.overlaps_quantity(end - 1, end) and self.view.overlaps_quantity(end, end + 1)

    def population_predicate(self, offset: int, *, share: bool) -> tuple[int, int] | None:
        """76%雇员获得年终花红, 9%机构则表示预期来年会冻薪: after a share, the longest population noun phrase at
        `offset` and a predicate that opens with a verb or an adverb, to the clause's end. After a count of people
        only a predicate of state or time (1,200名员工曾…) is one: 800名员工离职 counts 员工."""
        m = _POPULATION.match(self.text, offset)
        if m is None:
            return None
        nouns = by_length("population_nouns.txt")
        for end in range(m.end(1), m.start(1), -1):
            if not self.text[m.start(1) : end].endswith(nouns):
                continue
            head = self.tokens[self.view.token_index_at(end)]
            does = _POPULATION_DOES.match(self.text, end)
            after = self.text[end : end + 1]  # ('' where the noun ends the text)
            opens = head.tag.startswith(("v", "d", "p")) if share else after in PREDICATES_AFTER_PEOPLE
            if does and head.start == end and opens:
                return does.span()
            return None
        return None

    def compares(self, start: int, end: int) -> bool:
        """A comparison cue (比, 较, 相比) is written between start and end."""
        return any(cue in self.text[start:end] for cue in words("comparison_cues.txt"))

    def clause_topic(self, anchor: int, floor: int) -> tuple[int, int] | None:
        """全市职工平均工资，每月平均为8000元: a clause of cue words and a figure measures the noun phrase the
        clause before it (after a comma) ends with."""
        i = self.view.index_before(anchor)
        skip = skip_before_metric()
        while i >= 0 and self.tokens[i].start >= floor and (
                self.tokens[i].text in skip or self.tokens[i].tag in METRIC_SKIP_TAGS or is_per_unit(self.tokens[i])
                or self.tokens[i].text in SPREADS  # 甲项开支、乙项开支，各增八千万元: 各 spreads the figure
                or self.phrases.in_time_phrase(i)
                or self.view.past_names(self.tokens[i].start) > self.tokens[i].start):  # 由往某地的50元
            i -= 1
        if i < 1 or self.tokens[i].start < floor or self.tokens[i].text not in CLAUSE_COMMAS:
            return None
        topic = self.phrases.noun_phrase_before(self.tokens[i].start, floor=floor)
        if topic is None or self.is_vague_metric(*topic) or self.text[slice(*topic)].endswith(RECORDS):
            return None  # (创三个月低位，全日跌400点: a record the clause before reached names its own span only)
        if self.tokens[i - 1].tag == "i" and self.tokens[i - 1].start == topic[0]:
            return None  # 乙公司9万辆紧随其后/i，丙公司…: an idiom closing the clause is what its holder did, no topic
        # the phrase closes the clause, or only cue words stand after it (销售价格按月持平，…); not 的 (a clause
        # ending in 的 is a condition: 购买首套住房的，最高可上浮15万元) nor 所致 (约60%因低估收入所致)
        k = i - 1
        while k >= 0 and self.tokens[k].end > topic[1] and (
                self.tokens[k].text in role_cues() or self.tokens[k].text in STEADY_WORDS
                or self.tokens[k].tag in ("m", "p", "d")):
            k -= 1
        if self.tokens[k].end != topic[1]:
            return None
        if k < i - 1 and self.compares(self.view.clause_start(topic[0]), topic[1]):
            return None  # 相比起某运动前夕，则增多了12万人: past cue words, a point of comparison is no topic
        if _ADJUSTMENT.match(self.text, self.view.clause_start(topic[0])):
            return None  # 扣除价格因素影响，增长6.6%: what is taken out of the measure is a condition, not a topic
        return topic

    def taken_out(self, phrase: Span) -> bool:
        """扣除季节因素, 剔除汇率影响: the phrase is what an adjustment takes out of a measure (the object of 扣除,
        剔除, 不含 right before it in its clause); 经季节性调整后: or the kind of adjustment made to it."""
        clause = self.view.clause_start(phrase[0])
        return self.text.startswith(ADJUSTED_ENDS, phrase[1]) or any(
            m.end() == phrase[0] for m in _ADJUSTMENT.finditer(self.text, clause, phrase[0]))

    def opens_with_adjective(self, i: int, offset: int) -> bool:
        """其中纯/a 电动车/n 占72%: an adjective jieba cut off the noun glued after it (the noun still before the
        figure) is part of the noun phrase the clause opens with."""
        tokens = self.tokens
        return (i + 1 < len(tokens) and tokens[i].tag == "a" and tokens[i + 1].start == tokens[i].end
                and tokens[i + 1].tag.startswith("n") and tokens[i + 1].end <= offset)

    def sentence_subject(self, sentence: int, offset: int) -> tuple[int, int] | None:
        """销量波动剧烈，自一月的45万支: the noun phrase a sentence (or clause) opens with, up to its first verb,
        adverb or preposition (价格在7月初已跌至40美元)."""
        if (release := _RELEASE.match(self.text, sentence, offset)) is not None:
            sentence = release.end()  # 某国数据公布后，某价回落至…: the release dates the sentence; it measures nothing
        i = self.view.token_index_at(sentence)
        while i < len(self.tokens) and self.tokens[i].end <= offset and (
            self.phrases.in_time_phrase(i) or self.tokens[i].tag in METRIC_SKIP_TAGS or not self.tokens[i].text.strip()
            or self.tokens[i].text in ADJUSTED_GROWTH or self.tokens[i].text in PART_OPENERS
        ):
            i += 1
        j = i + 1 if self.opens_with_adjective(i, offset) else i
        while j < len(self.tokens) and self.tokens[j].end <= offset and (
                self.phrases.is_nominal(self.tokens[j]) or self.joins_nouns(j)):
            j += 1
        k = self.past_aside(j, offset)
        if j == i or k >= len(self.tokens) or not self.tokens[k].tag.startswith(("v", "a", "d", "p")):
            return None
        if self.tokens[k].text in words("person_cues.txt") or self.tokens[k].text in words("disclosure_verbs.txt"):
            return None  # 研究表示，曾参与两场大游行; 年报列明，…评定为9亿元: who speaks or tells is no metric
        if self.tokens[k].text in FRAME_VIEWS and i > 0 and self.tokens[i - 1].text in FRAME_OPENERS:
            return None  # 按地区别观察，…: the dimension the figures after it are broken down by, no measure
        start = self.view.past_names(self.tokens[i].start)
        end = self.phrases.without_cue(start, self.tokens[j - 1].end)
        return (start, end) if end - start >= 2 and not self.is_vague_metric(start, end) else None

    def noun_set_as(self, q: Quantity) -> Span | None:
        """以六千元为上限, 以两年为周期: a figure between 以 and 为 is set as what the nouns right after 为 name."""
        if self.text[q.start - 1 : q.start] != "以" or self.text[q.end : q.end + 1] not in ("为", "為"):
            return None
        i = self.view.token_index_at(q.end) + 1
        j = i
        while j < len(self.tokens) and (self.phrases.is_nominal(self.tokens[j]) or self.tokens[j].tag == "t"):
            j += 1
        return (self.tokens[i].start, self.tokens[j - 1].end) if j > i else None

    def past_aside(self, j: int, offset: int) -> int:
        """经营利润（不计汇兑）从…: the index of the token after an aside in brackets that opens at token j and
        closes before `offset` (the aside glosses the phrase before it and says nothing of where it ends); else j."""
        if j >= len(self.tokens) or self.tokens[j].text not in OPENING_BRACKETS:
            return j
        k = j + 1
        while k < len(self.tokens) and self.tokens[k].end <= offset:
            if self.tokens[k].text in CLOSING_BRACKETS:
                return k + 1
            k += 1
        return j

    def action_before(self, q: Quantity, clause: int, *, past_level: bool = False) -> tuple[int, int] | None:
        """慨然捐贈台幣150萬, 最高可上浮15万元, 初中招生27799人: where a clause names no measure, the verb of
        action just before the figure (past adverbs and particles) is what the figure measures. Verbs of change
        (增长) and linking words (达到, 为) say nothing of what, and one-character verbs are too often cut out of a
        longer word to stand for one. With `past_level`, where nothing else names the figure, a linking word of level
        right before it (涉资高达, 投放达) stands between the act and its figure: the verb glued before it names it."""
        i = self.view.index_before(q.start)
        offset = q.start
        if (past_level and i > 0 and self.tokens[i].start >= clause and self.tokens[i].text in LEVEL_LINKS
                and self.tokens[i - 1].tag.startswith("v") and self.tokens[i - 1].end == self.tokens[i].start):
            offset = self.tokens[i].start
        elif (i > 0 and self.tokens[i].text in RECIPIENTS and (giver := self.tokens[i - 1]).start >= clause
              and giver.end == self.tokens[i].start and giver.tag in GIVING_TAGS and names_an_act("v", giver.text)):
            return giver.start, giver.end  # 资助/n 他3000元, 奖励/vn 她们一万元: a word with a person as its object
            # is a verb (whatever jieba tagged it), and the person given to is no measure: the verb names the sum
        if q.kind == "ordinal" and self.tokens[i].text in verbs_of_place():
            return None  # 屈居第二, 获得第二名, 排名第一: the verb says how the place was got, not what it is in
        return self.action_before_offset(offset, clause)

    def action_before_offset(self, offset: int, clause: int, *, past_names: bool = False) -> tuple[int, int] | None:
        """The verb of action `action_before` finds before `offset`; with `past_names`, also past the names
        between them (减持某某科技股份: the verb before the company)."""
        i = self.view.index_before(offset)
        while i >= 0 and self.tokens[i].start >= clause and not self.phrases.is_marked_verb(i) and (
                self.tokens[i].tag.startswith(("d", "u"))
                or (past_names and self.view.past_names(self.tokens[i].start) > self.tokens[i].start)):
            i -= 1
        if i < 0 or self.tokens[i].start < clause:
            return None
        verb = self.tokens[i]
        if past_names and verb.text in role_cues():
            return verb.start, verb.end  # 减持某某科技股份: a change of a holding is named by it too
        if (i > 0 and verb.tag == "q" and (held := self.tokens[i - 1]).end == verb.start and held.start >= clause
                and held.text + verb.text in HOLDINGS):
            return held.start, verb.end  # 占/v 股/q 45%的某人: a verb of holding jieba cut before its classifier
        start, tag = verb.start, "v" if self.phrases.is_marked_verb(i) else verb.tag
        if self.is_split_verb(i, clause):
            start = self.tokens[i - 1].start  # 巨/ag 亏/v: one verb jieba cut in two
        elif self.ends_in_complement(i, clause):
            start, tag = self.tokens[i - 1].start, self.tokens[i - 1].tag  # 砍/v 下/f: a verb and its direction
        text = self.text[start : verb.end]
        aspect = self.aspect_after(i)
        whole = aspect is not None or self.after_adverb(i, clause)
        if not names_an_act(tag, text, whole=whole) or metric_skip_endings().longest_ending(text):
            return None
        return start, aspect if aspect is not None and len(text) == 1 else verb.end

    def aspect_after(self, i: int) -> int | None:
        """赚/v 了/ul 4万多元, 捐了 3万元: the particle 了 glued right after a verb marks it a verb in its own
        right; where the particle ends, if so (a verb of one character is named with it)."""
        after = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
        return after.end if after is not None and after.text == "了" and after.start == self.tokens[i].end else None

    def after_adverb(self, i: int, clause: int) -> bool:
        """先/d 押/v, 还/d 欠/v 3000亿: a verb of one character glued after an adverb of its clause is a word of its
        own (jieba cut no longer word there), like one with its aspect particle; so is one after a modal jieba cut off
        it (可/v 挣/v, 能/v 赚/v); not a modal itself (将会/d 再加) nor 占, whose share measures the total it is of
        (仅占32%: D17b)."""
        before = self.tokens[i - 1] if i > 0 else None
        return (len(self.tokens[i].text) == 1 and self.tokens[i].text not in AUXILIARIES
                and before is not None and (before.tag in ("d", "t") or before.text in MODALS_BEFORE)
                and before.end == self.tokens[i].start and before.start >= clause)

    def is_split_verb(self, i: int, clause: int) -> bool:
        """豪/ag 掷/v, 巨/ag 亏/v, 月/m 入/v: a verb of one character glued after a one-character adjective morpheme or
        a unit of time that is no date's (what it does per month or year) is one word of two that jieba cut in two."""
        if i < 1 or len(self.tokens[i].text) != 1:
            return False
        before = self.tokens[i - 1]
        return ((before.tag == "ag" or (before.text in PER_TIME and not self.phrases.in_time_phrase(i - 1)))
                and len(before.text) == 1 and before.end == self.tokens[i].start and before.start >= clause)

    def ends_in_complement(self, i: int, clause: int) -> bool:
        """砍/v 下/f, 捞/v 回/v: a direction (下, 出, 回 …) glued after a verb of one character completes it; jieba
        cut the two apart where its dictionary lacks the pair."""
        if i < 1 or self.tokens[i].text not in VERB_DIRECTIONS:
            return False
        before = self.tokens[i - 1]
        return (len(before.text) == 1 and before.tag.startswith("v") and before.end == self.tokens[i].start
                and before.start >= clause)

    def basis_around(self, phrase: Span, q: Quantity) -> int | None:
        """按可比口径, 按美元计, 按现价计算: a phrase inside the basis the figure after it is counted on (not
        按汇率7.1计算, where the figure is the basis's own). Where its 按 stands, if so."""
        clause = self.view.clause_start(phrase[0])
        for pattern in (_BASIS, _SET_BASIS):
            for basis in pattern.finditer(self.text, clause, q.start):
                if basis.start() < phrase[0] and phrase[1] <= basis.end():
                    return basis.start()
        return None

    def rate_base_start(self, anchor: int) -> int | None:
        """死亡率降至每10万人14.3, 每千人口医生3.6人: the base of a rate (每 and a count) right before the figure is
        part of what it measures; the measure is named before that 每. Where that 每 stands, if so."""
        base = _RATE_BASE.search(self.text, max(anchor - 12, 0), anchor)
        return base.start() if base is not None else None

    def ratio_base_start(self, q: Quantity, anchor: int, floor: int) -> int | None:
        """比例只有某国的一半, 销量已达某国的2倍: a multiple or a fraction after 的 compares with the phrase before
        that 的, which follows a linking word (comparison_links.txt); what it measures is named before that word.
        Where that word starts, if so."""
        if not is_ratio(q):
            return None
        i = self.skip_back(self.view.index_before(anchor), floor, ("d",))
        if i < 0 or self.tokens[i].text != "的":
            return None
        j = self.phrases.opener_before(i, floor, words("comparison_links.txt"), MAX_BASE_TOKENS)
        if j is None or self.text[self.tokens[j].end : self.tokens[i].start] in BACK_REFERENCES:
            return None  # (不到后者的四分之一: a base that points to the figure before names it as well as anything)
        return self.tokens[j].start

    def is_time_and_copula(self, clause: int, end: int) -> bool:
        """去年同期/n 为, 上年/t 则为: a clause that says only an earlier time and a copula before its figure gives the
        level the sentence's measure had then."""
        first, last = self.view.token_index_at(clause), self.view.index_before(end)
        while first <= last and (not self.tokens[first].text.strip() or self.tokens[first].text in ("而", "但")):
            first += 1  # (而上年则为: a conjunction before the time)
        if first > last or not (self.phrases.in_time_phrase(first) or self.tokens[first].tag == "t"
                                or period_pattern().fullmatch(self.tokens[first].text)):
            return False
        first += 1
        while first <= last and (self.tokens[first].text in SAME_TIME_WORDS or self.tokens[first].tag == "t"):
            first += 1  # 上年/t 同期/b 为: the time may run over two words
        rest = "".join(tok.text for tok in self.tokens[first : last + 1])
        return rest in EARLIER_LEVEL_LINKS

    def compared_measure(self, earlier: list[Candidate], sentence: int) -> Span | None:
        """The measure of the sentence's last figure that is not itself a point of comparison (高于预期的110亿元,
        超出计划的3000人: a benchmark a verb of comparison sets the figure against)."""
        for c in reversed(earlier):
            if c.quantity.start < sentence:
                return None
            before = self.text[self.view.clause_start(c.quantity.start) : c.quantity.start]
            if c.metric is not None and not any(cue in before for cue in BENCHMARK_VERBS):
                return c.metric
        return None

    def limited_measure(self, share: Candidate, floor: int) -> Span | None:
        """某额度不超过/v 发票金额 的 50%: a percentage of a base after a verb of limit (LIMIT_VERBS) caps the measure
        named before that verb; where a sum follows it in the sentence (最高不超过20万元) that sum caps the same
        measure, not the base. The measure so capped, if the share is one."""
        q = share.quantity
        if q.kind != "percent":
            return None
        i = self.view.index_before(q.start)
        if i < 0 or self.tokens[i].text != "的":
            return None
        j = self.phrases.opener_before(i, floor, LIMIT_VERBS, MAX_BASE_TOKENS)
        if j is None:
            return None
        k = j - 1
        while k >= 0 and self.tokens[k].start >= floor and self.tokens[k].text in LIMIT_MODALS:
            k -= 1  # 不/d 超过, 不得/v 超过, 须/d 低于
        return self.phrases.noun_phrase_before(self.tokens[k + 1].start, floor=floor) if k >= 0 else None

    def in_written_time(self, i: int) -> bool:
        """Token i is part of a time phrase that starts at it or at the token before (上/f 月/m after 较: a point of
        comparison, which the periods leave out)."""
        for k in (i, i - 1):
            time = period_pattern().match(self.text, self.tokens[k].start) if k >= 0 else None
            if time is not None and time.end() >= self.tokens[i].end:
                return True
        return False

    def comparison_cue_before(self, start: int, floor: int, possessive: bool) -> int | None:
        """Where a cue of comparison (比, 较, 低于 …: comparison_base_cues.txt) stands just before `start`; for a
        multiple joined to the phrase by 的, a linking word too (是乙的两倍: comparison_links.txt; 是乙的5% is a
        share of 乙, and 乙 names it)."""
        i = self.view.index_before(start)
        cues = words("comparison_base_cues.txt")
        while (i >= 0 and self.tokens[i].start >= floor
               and self.tokens[i].text not in cues  # (落后/a is the cue)
               and (self.tokens[i].tag in BASE_MODIFIER_TAGS or self.tokens[i].text in RELATIVE_ORDINALS
                    or self.phrases.in_time_phrase(i) or self.in_written_time(i)
                    or (self.tokens[i].tag == "v" and i > 0 and self.tokens[i - 1].text in cues))):
            i -= 1  # 低于小型乙类公司, 比2031年的大会, 较上一交易日, 较其他城市, 比邻近学校: past modifiers and times
        cue = self.tokens[i].text if i >= 0 and self.tokens[i].start >= floor else ""
        if cue in cues or (possessive and cue in words("comparison_links.txt")):
            return self.tokens[i].start
        return self.link_of_multiple(start, self.view.clause_start(start)) if possessive else None

    def link_of_multiple(self, start: int, floor: int) -> int | None:
        """是上一代电池的三倍, 为受雇期间每月薪金的三倍: a multiple's base runs from the linking word to 的 whatever
        its modifiers (a numeral, a version, a time, a verb of state), so the link is found by its place, a few
        words back in the clause with no punctuation between, not by walking over modifiers of known kinds; only
        where a measure stands before the link (是乙现时市盈率的两倍 with nothing before 是 goes on with the measure
        of the figure before)."""
        stop = self.view.index_before(start)
        for i in range(stop, max(stop - MAX_COMPARED_TOKENS, -1), -1):
            tok = self.tokens[i]
            if tok.start < floor or (tok.tag == "x" and tok.text.strip()):
                return None
            if tok.text in words("comparison_links.txt"):
                measure = self.phrases.noun_phrase_before(tok.start, floor=floor)
                return tok.start if measure is not None and not self.is_vague_metric(*measure) else None
        return None

    def group_item_measure(self, cand: Candidate, before: Span | None, earlier: list[Candidate]) -> Span | None:
        """某市经费共9亿元，其中甲区2亿元、乙区1亿元: after 其中 (or 当中), a holder glued to its figure is an item of
        the total named before; the items hold their figures, which measure what the total did (the last figure of
        the sentence before 其中 in the same unit, no smaller: 每股5元 is no total of 5000万元). An item after the
        first, past 、, goes on from the item before it, whose unit it may leave unsaid. (A verb of change between
        the holder and its figure names the figure's own change: no item of a total.) Each item holds its figure."""
        q = cand.quantity
        previous = earlier[-1] if earlier else None
        clause = self.view.clause_start(q.start)
        if previous is not None and previous.holder is not None and previous.holder[1] == previous.quantity.start:
            gap = self.text[previous.quantity.end : q.start]
            opened = self.text[max(previous.holder[0] - 5, 0) : previous.holder[0]].rstrip()
            if (previous.quantity.end > clause and gap.startswith("、") and len(gap) <= MAX_LIST_ITEM + 1
                    and opened.endswith(("、", *PART_OPENERS))
                    and not any(c.isdigit() or c in "、，。；,;" for c in gap[1:])):
                cand.holder = previous.quantity.end + 1, q.start
                return previous.metric
        if before is None or before[1] != q.start or not self.names_someone(before):
            return None
        if self.text[clause : before[0]].strip() not in PART_OPENERS:
            return None
        floor = self.view.sentence_start(clause)
        if floor > 0 and self.text[floor - 1] in "；;":  # 共投入1亿元，…；其中甲方5000万元: a list after a semicolon
            floor = self.view.sentence_start(floor - 1)
        rate = q.kind == "percent" or "百分点" in q.unit  # (a part's share may exceed the total's)
        total = next((c for c in reversed(earlier) if floor <= c.quantity.start and c.quantity.end <= clause
                      and c.quantity.unit == q.unit and c.metric is not None
                      and (rate or c.quantity.value >= q.value)), None)
        if total is None:
            return None
        cand.holder = before
        return total.metric

    def spread_measure(self, q: Quantity, before: Span, previous: Candidate | None) -> Span | None:
        """甲公司、乙公司分别增长8%和6%: the names before 分别 (各, 均) hold the figures spread over them; what is
        measured is what the figure before in the sentence measured, in the same unit, or else the verb after
        分别 that names the act or the change (增长, 售出), never the holders' names."""
        i = self.view.token_index_at(before[1])
        if i < 0 or i >= len(self.tokens) or self.tokens[i].start != before[1] or self.tokens[i].text not in SPREADS:
            return None
        if (previous is not None and previous.metric is not None and previous.quantity.unit == q.unit
                and previous.quantity.end <= before[0] and not self.names_someone(previous.metric)):
            return previous.metric
        verb = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
        if verb is None or verb.end > q.start or not (
                self.is_verb_of_change(verb) or (verb.tag.startswith("v") and len(verb.text) >= 2
                                                 and verb.text[-1] not in LEVEL_ENDINGS)):
            return None
        return verb.start, verb.end

    def holder_list(self, q: Quantity) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
        """(item, measure) where the figure closes an item of a list of names: 十大股东：甲公司4.56%、乙公司4.27%、
        丙科技3.99%: a list after a colon whose items are names, each glued to its figure; each item holds its
        figure, what they measure is named before the colon (most items must be names or holders: 成绩：跳远7米、
        跳高2米 names its own measures)."""
        clause, end = self.view.clause_start(q.start), self.view.clause_end(q.start)
        if clause == 0 or self.text[clause - 1] not in "：:，,":
            return None  # (某产品分四档定价，甲版49元、乙版99元…: a clause of its own may introduce it too)
        starts = self.view.quantity_starts
        figures = self.view.quantities[bisect.bisect_left(starts, clause) : bisect.bisect_left(starts, end)]
        items, item_start = [], clause
        for figure in figures:
            if figure.start < item_start:
                continue  # 甲版8美元/月（约54元/月）: a figure restated in brackets within the item
            item = (item_start, figure.start)
            if not 0 < figure.start - item_start <= MAX_LIST_ITEM or any(c.isdigit() for c in self.text[slice(*item)]):
                return None
            items.append(item)
            after = figure.end
            if self.text[after : after + 1] in OPENING_BRACKETS:
                close = _BRACKET_CLOSE.search(self.text, after, min(after + MAX_RESTATED, end))
                after = close.end() if close is not None else after
            if not self.text.startswith("、", after):
                break
            item_start = after + 1
        own = next((item for item in items if item[1] == q.start), None)
        if len(items) < MIN_LIST_ITEMS or own is None:
            return None
        holders = sum(1 for item in items if self.view.overlaps_name(*item) or self.names_holder(*item)
                      or not in_dictionary(self.text[slice(*item)]))  # 某某恒通: a short name no dictionary lists
        if 2 * holders < len(items):
            return None
        floor = max(self.lines[self.view.line_of(clause)].start, self.view.sentence_start(clause - 1))
        intro = self.phrases.noun_phrase_before(clause - 1, floor=floor)
        if self.text[clause - 1] in "，," and (intro is None or intro[1] != clause - 1):
            return None  # after a comma, only a clause that ends on its noun phrase introduces the list
        return own, intro

    def tier_list(self, q: Quantity, floor: int) -> tuple[Span, Span] | None:
        """(item, measure) where the figure is the price or value of one tier, edition or case (tier_nouns.txt) in a
        list under a heading: 订阅价格：基础版每月20美元；专业版每月60美元 (the item before the figure, the heading
        before the colon on its line), or 对应市值：, then one line per case (乐观情景（同业均值）：4800亿元). The
        tier's name says which one, not what is measured: the heading names the measure and the tier holds it."""
        line = self.lines[self.view.line_of(q.start)]
        head = self.text[line.start : q.start]
        if head.rstrip().endswith(("：", ":")):  # 乐观情景（同业均值）：4800亿元, under a line ending in a colon
            label = _BRACKETED_TAIL.sub("", head.rstrip()[:-1]).strip()
            if not label.endswith(tier_endings()) or any(c in COMMAS_AND_STOPS or c.isdigit() for c in label):
                return None
            item_start = line.start + head.index(label)
            item = item_start, item_start + len(label)
            row, title = self.view.line_of(q.start) - 1, ""
            while row >= 0 and row >= self.view.line_of(q.start) - MAX_TIER_LINES:
                title = self.text[self.lines[row].start : self.lines[row].end].strip()
                if title.endswith(("：", ":")) or (title and _TIER_LINE.match(title) is None):
                    break  # the heading, or a line of another kind: the tiers above (blank lines between) end
                row -= 1
            if row < 0 or not title.endswith(("：", ":")):
                return None
            above = self.lines[row]
            title = self.text[above.start : above.end].rstrip()
            colon = above.start + len(title) - 1
            floor = above.start
        else:
            before = self.phrases.noun_phrase_before(q.start, floor=floor)
            if before is None or not self.text[slice(*before)].endswith(tier_endings()):
                return None
            if _TIER_LINK.fullmatch(self.text[before[1] : q.start]) is None:
                return None  # 基础版每月20美元, 整机为2年: only a rate's 每 or a copula between the tier and its figure
            colon = max(self.text.rfind("：", line.start, before[0]), self.text.rfind(":", line.start, before[0]))
            if colon < 0 or any(c in FULL_STOPS for c in self.text[colon + 1 : before[0]]):
                return None
            item, floor = before, max(line.start, self.view.sentence_start(colon))
        tail = next((t for t in LIST_INTRO_TAILS if self.text.startswith(t, colon - len(t))), "")
        end = colon - len(tail)
        intro = self.phrases.noun_phrase_before(end, floor=floor)
        label = _HEADING_LABEL.search(self.text, floor, end)
        if label is not None and (intro is None or intro[1] != end or intro[0] - label.start() == 1):
            intro = label.start(), end  # 月费：, 年卡售价： (jieba: 月/m 费/n): a short heading alone measures
        elif intro is not None and intro[1] != end:
            intro = None
        if intro is not None and _LATIN.search(self.text, *intro) is not None:
            return None
        if (intro is None or self.is_vague_metric(*intro) or self.names_holder(*intro)
                or self.view.overlaps_name(*intro) or self.text[slice(*intro)].endswith(tier_endings())):
            return None
        return item, intro

    def difference_measure(self, q: Quantity, floor: int) -> tuple[int, int] | None:
        """甲的成本会比乙高4倍, 增速比上月加快1.3个百分点: a difference after an adjective (高, 低, 多 …) or a verb of
        change and a comparison measures what stands before the cue of comparison, not what it is compared with."""
        i = self.view.index_before(q.start)
        if i < 0 or self.tokens[i].start < floor or not (
                self.tokens[i].tag == "a" or self.is_verb_of_change(self.tokens[i])):
            return None
        cues = words("comparison_base_cues.txt")
        cue = next((k for k in range(i - 1, max(i - 1 - MAX_COMPARED_TOKENS, -1), -1)
                    if self.tokens[k].start >= floor and self.tokens[k].text in cues), None)
        measure = self.phrases.noun_phrase_before(self.tokens[cue].start, floor=floor) if cue is not None else None
        return measure if measure is not None and not self.is_vague_metric(*measure) else None

    def word_before(self, q: Quantity, lexicon: str) -> tuple[int, int] | None:
        """A word of `lexicon` just before the figure, past adverbs and particles: 该国中央银行降息25个基点,
        某巴士公司加价8.5% (a verb of change that carries what changes: change_acts.txt), 为期36个月 (a length:
        length_cues.txt). What the figure is per (报每桶85美元) stands there like its unit."""
        wanted = words(lexicon)
        i = self.view.index_before(q.start)
        while i >= 0 and (self.tokens[i].tag.startswith(("d", "u")) or is_per_unit(self.tokens[i])) and (
                self.tokens[i].text not in wanted):
            i -= 1
        if i < 0 or self.tokens[i].text not in wanted:
            return None
        return self.tokens[i].start, self.tokens[i].end

    def joins_nouns(self, j: int) -> bool:
        """基礎建設及醫療開支: 及, 和, 与 or 、 between two nouns keeps one noun phrase going."""
        return (self.tokens[j].text in NOUN_JOINERS and 0 < j < len(self.tokens) - 1
                and self.phrases.is_nominal(self.tokens[j - 1]) and self.phrases.is_nominal(self.tokens[j + 1]))

    def recent_metric(self, q: Quantity, earlier: list[Candidate]) -> tuple[int, int] | None:
        """The last metric named in this paragraph or the one before it: the running topic of the text (not the
        headline's: a headline is not a metric of the paragraph after it, nor is a photo's caption or credit). A bare
        rate noun (价格上涨0.5%，涨幅回落0.1
        个百分点) measured only its own figure (`measures_own_figure`): the measure before it runs on, if one does."""
        line = self.view.line_of(q.start)
        first_line = max(line - 2, 0 if line == 0 else 1)  # a headline's metric does not run into the body
        rate = None
        for c in reversed(earlier):
            if c.line < first_line:
                break
            if c.line != line and _CAPTION.search(self.lines[c.line].text):
                continue  # 图：某队球迷在场内，约有2万人: what a photo shows runs into no paragraph
            if c.metric is not None and not self.lines[c.line].is_heading and not self.rate_of_no_sum(c.metric, q):
                if not self.measures_own_figure(c.metric):
                    return c.metric
                rate = rate or c.metric
        return rate

    def rate_of_no_sum(self, metric: Span, q: Quantity) -> bool:
        """毛利率 or 增长 before 去年也是1.2亿: a rate or a share (毛利率, 占比) and a move (增长: its own figure's) are
        no measure of a sum of ten thousand or more, so they do not run on to one."""
        return (q.kind != "percent" and q.value >= RATE_CEILING
                and (self.text[slice(*metric)].endswith(RATIO_ENDINGS) or self.names_own_figure_only(metric)))

    def sizes_document(self, q: Quantity, metric: Span) -> bool:
        """推出最高50亿港元的购回计划, 签订3亿元的供货合同: the noun after the figure and 的 is a plan or a document
        (document_nouns.txt), whose size the figure is; 计划 ends the names of schemes that hold figures too, but
        after its own figure it holds none."""
        return (self.text[q.end : metric[0]].strip() == "的"
                and self.text[slice(*metric)].endswith(word_list("document_nouns.txt")))

    def names_shares(self, start: int, end: int) -> bool:
        """某某科技股份, 股票: the phrase is the shares of a company, with no act in it (已回购股份 has one)."""
        phrase = self.text[start:end]
        noun = next((n for n in SHARE_NOUNS if phrase.endswith(n)), None)
        if noun is None:
            return False
        first, last = self.view.token_index_at(start), self.view.token_index_at(end - len(noun) - 1)
        return not any(t.tag.startswith("v") for t in self.tokens[first : last + 1] if t.start < end - len(noun))

    def names_a_brand(self, phrase: Span) -> bool:
        """Galaxy S30, Zenbrook, iPhone 17 Pro, 某某 (an entity): a name, or Latin words one of which has small letters
        after a capital (not GDP, ARR, PM2.5: acronyms name measures), says whose figure it is, not what it
        measures."""
        if phrase in self.view.name_set:
            return True
        written = self.text[slice(*phrase)]
        return written.isascii() and _LATIN_NAME.fullmatch(written) is not None

    def measure_beside_name(self, cand: Candidate, metric: Span, earlier: list[Candidate]) -> Span | None:
        """甲款售价3999元，而Galaxy S30为4599元; 甲牌为20%，Zenbrook为18%: a clause that opens on a brand's or a
        product's name and goes on to a figure measures what the figure of the same unit and role before it in the
        sentence measured (the name is whose figure it is). So does a clause that opens on a phrase naming no measure
        where that figure's clause named whose figure it was apart from what (甲车间噪音为85分贝，乙车间为70分贝;
        甲板块持仓增加2个百分点，乙板块上升1个百分点): the phrase stands where the holder stood."""
        q = cand.quantity
        clause = self.view.clause_start(q.start)
        if metric[0] < clause or self.text[clause : metric[0]].strip(_PARALLEL_OPENERS):
            return None
        brand = self.names_a_brand(metric)
        if not brand and (q.kind not in MEASURE_KINDS or self.names_measure(metric)
                          or self.measure_after_name(metric) != metric or not self.only_link_between(metric, q)
                          or not self.tokens[self.view.token_index_at(metric[1] - 1)].tag.startswith(NOUN_TAGS)
                          or self.text[metric[0] : metric[0] + 2] in back_references()):
            return None  # (净利润为6亿元, 乙银行贷款增长9%: the clause names its own measure; 在校生800人 counts one;
            # 后者增长2%: `pointed_back_to` reads which one)
        sentence = self.view.sentence_start(q.start)
        for c in reversed(earlier):
            if c.quantity.end <= sentence:
                return None
            if (c.metric is not None and c.role == cand.role and c.quantity.unit == q.unit
                    and c.quantity.kind == q.kind and c.metric[1] <= clause and not self.names_a_brand(c.metric)):
                if brand:
                    return c.metric
                measure = self.measure_apart_from_holder(c)
                if measure is None or self.text[metric[0] : metric[1]].endswith(self.text[slice(*measure)]):
                    return None  # (甲镇人口增加10%，老人人口增加8%: a part of the measure, named in full)
                cand.holder = metric
                return measure
        return None

    def only_link_between(self, phrase: Span, q: Quantity) -> bool:
        """乙车间为70分贝, 乙板块仅上升1个百分点, 乙版为每月90元: between the phrase and the figure stand only adverbs,
        copulas, verbs of change, what the figure is per and quotation marks (not 不可, 须: a rule set on the phrase,
        which names what it bounds)."""
        first = self.view.token_index_at(phrase[1] - 1) + 1
        return all(tok.tag.startswith("d") or tok.text in COPULAS | GLUED_COPULAS or self.is_move(tok)
                   or is_per_unit(tok) or not tok.text.strip(_QUOTES)
                   for tok in self.tokens[first : self.view.index_before(q.start) + 1])

    def measure_apart_from_holder(self, c: Candidate) -> Span | None:
        """甲车间噪音为85分贝 (subject 甲车间 before the metric), 甲板块持仓增加 (the metric 甲板块持仓 opening on its
        subject), 甲基金规模为200亿元 (words before a last word that names a measure): where a figure's own clause names
        its holder beside its measure, the measure without the holder; None where no holder stands in the clause
        (carried from before: there is none to set another beside)."""
        if c.metric is None or c.metric[1] > c.quantity.start:
            return None  # (以300万元买入: an act after the figure, no measure a holder stands beside)
        own_clause = self.view.clause_start(c.quantity.start)
        if c.subject is not None and c.subject[0] >= own_clause:
            if c.subject[1] <= c.metric[0] or c.metric[1] <= own_clause:  # (乙12亿元: a holder set beside one before)
                return c.metric
            if c.subject[0] == c.metric[0] and c.subject[1] < c.metric[1]:
                return c.subject[1], c.metric[1]
        last = self.tokens[self.view.token_index_at(c.metric[1] - 1)]
        if c.metric[0] < last.start and last.end == c.metric[1] and self.names_measure((last.start, last.end)):
            return last.start, last.end
        return None

    def names_place(self, phrase: Span) -> bool:
        """A place the entity stage found (青山市) or a place said generically (全市, 本港): whose figure it is."""
        return phrase in self.view.place_spans or self.text[slice(*phrase)] in place_words()

    def names_holder(self, start: int, end: int) -> bool:
        """The phrase is a name (某某公司, 某某银行) or ends in a holder word (户籍居民家庭, 上市公司) or in a thing
        traded (现货黄金: instruments.txt)."""
        phrase = self.text[start:end]
        return (start, end) in self.view.name_set or phrase.endswith(holder_endings()) or phrase.endswith(instruments())

    def act_with_vague_noun(self, phrase: Span, floor: int) -> Span | None:
        """跳远/v 成绩 为8米12: a vague noun (成绩, 数量) glued after a verb of two characters or more names what the
        verb does: the two together are the measure."""
        i = self.view.token_index_at(phrase[0]) - 1
        if i < 0 or self.tokens[i].end != phrase[0] or self.tokens[i].start < floor:
            return None
        verb = self.tokens[i]
        return (verb.start, phrase[1]) if names_an_act(verb.tag, verb.text) else None

    def count_of_noun(self, phrase: Span, floor: int) -> Span | None:
        """乙地会员的数量为800人, 展品的最大数量是60件: a word for a count (数量, 总数) after 的 and a noun phrase
        counts that noun; the two together are the measure (alone it only points back)."""
        if not self.text[slice(*phrase)].endswith(("数", "量", "数目")):
            return None
        i = self.view.token_index_at(phrase[0]) - 1
        while i > 0 and self.tokens[i].tag == "a" and self.tokens[i].start >= floor:
            i -= 1  # 最大, 最多: how the count is taken
        if i <= 0 or self.tokens[i].text != "的" or self.tokens[i].start <= floor:
            return None
        noun = self.phrases.noun_phrase_before(self.tokens[i].start, floor=floor)
        if noun is None or noun[1] != self.tokens[i].start or self.is_vague_metric(*noun):
            return None
        return noun[0], phrase[1]

    def states_result(self, phrase: Span, q: Quantity, anchor: int) -> bool:
        """他的成绩为2分10秒, 成绩是5米20: 成绩 right before a copula and a measure (a time, a length, a weight)
        names that measure; it is vague only as a count's achievement (获3枚金牌的好成绩) or pointing back."""
        link = self.text[phrase[1] : anchor].strip()
        return (self.text[slice(*phrase)] in CONTEST_RESULTS and q.kind in ("measure", "duration")
                and (link == "" or link in COPULAS or link == "达"))

    def is_vague_metric(self, start: int, end: int) -> bool:
        """数量 or 去年同期: words that point back to another figure or only say when; and such a word after a time
        (近三年数据: the time says only when the data are from)."""
        phrase = self.text[start:end]
        if phrase in words("generic_metrics.txt") or period_pattern().fullmatch(phrase) is not None:
            return True
        first = i = self.view.token_index_at(start)
        while i < len(self.tokens) and self.tokens[i].end < end and (self.phrases.in_time_phrase(i)
                                                                     or self.tokens[i].tag == "t"
                                                                     or self.tokens[i].text in SPAN_OPENERS):
            i += 1
        return i > first and self.text[self.tokens[i].start : end] in words("generic_metrics.txt")

    def list_measure(self, bracket: int) -> tuple[int, int] | None:
        """流失率最高的10个部门依次为：眼科（10.6%）、放射科（10.1%）: figures in brackets after the items of a list
        measure what the list's introduction opens with (流失率); the items hold them."""
        line = self.lines[self.view.line_of(bracket)]
        colon = max(self.text.rfind("：", line.start, bracket), self.text.rfind(":", line.start, bracket))
        if colon < 0 or not COMMAS_AND_STOPS.isdisjoint(self.text[colon + 1 : bracket]):
            return None  # no list introduced by a colon, or the bracket is past it
        if self.counts_items_before(colon):
            return None  # 剔除了两项：某某付款（600万）…: the items counted are the measures, each names its own
        return self.sentence_subject(max(line.start, self.view.sentence_start(colon)), colon)

    def counts_items_before(self, colon: int) -> bool:
        """剔除了两项：, 包括以下三项：: a count of items (项) right before the colon introduces a list of the items
        counted, sums or measures each named by its item (not holders of one measure the introduction names)."""
        k = bisect.bisect_left(self.view.quantity_starts, colon) - 1
        return k >= 0 and self.view.quantities[k].end == colon and self.view.quantities[k].unit in ITEM_UNITS

    def is_list_item(self, bracket: int) -> bool:
        """Whether the bracket of figures at `bracket` follows one item of a list (甲科（12.5%）、乙科（9.8%）)."""
        closing = min((i for i in (self.text.find(")", bracket), self.text.find("）", bracket)) if i >= 0),
                      default=-1)
        item = self.phrases.noun_phrase_before(bracket, floor=self.view.clause_start(bracket))
        if closing < 0 or item is None:
            return False
        return self.text[closing + 1 : closing + 2] == "、" or self.text[item[0] - 1 : item[0]] == "、" or any(
            self.text[: item[0]].endswith(joiner) for joiner in NOUN_JOINERS)

    def closing_phrase_before(self, offset: int, sentence: int) -> tuple[int, int] | None:
        """The noun phrase that closes the clause before the one holding `offset`, in the same sentence."""
        clause = self.view.clause_start(offset)
        if clause <= sentence:
            return None
        end = clause - 1
        while end > sentence and self.text[end - 1] in COMMAS_AND_STOPS:
            end -= 1
        phrase = self.phrases.noun_phrase_before(end, floor=sentence)
        return phrase if phrase is not None and not self.is_vague_metric(*phrase) else None

    def ranked_item_measure(self, q: Quantity, bracket: int, earlier: list[Candidate]) -> Span | None:
        """甲组的满意率最高（72%）…；以乙组最多（70%），其次为丙组（62%），最后是丁组（55%）: a figure in brackets
        after a group put in order (以…最多, 其次为…, 最后是…) is that group's share of the measure the bracketed
        figure before it on the line measured, in the same unit; the group holds it, it names no measure. 其次 and
        最后 go on only from a first put at the top (满意率最高（72%）). Not where that figure was named by its own
        item (最多人喝的是甲茶（60%），其次是乙茶（40%）: the items are the measures)."""
        previous = earlier[-1] if earlier else None
        if (previous is None or previous.metric is None or previous.quantity.unit != q.unit
                or self.view.line_of(previous.quantity.start) != self.view.line_of(q.start)
                or self.bracket_start(previous.quantity) in (None, previous.metric[1])):
            return None
        ranked = _RANKED_ITEM.search(self.text, self.view.clause_start(bracket), bracket)
        if ranked is None:
            return None
        if not ranked.group().startswith("以"):  # 其次为, 最后是: the run goes on from a first put at its top
            top = self.bracket_start(previous.quantity)
            clause = self.view.clause_start(top)
            if not (_RANKED_ITEM.search(self.text, clause, top) or _TOP.search(self.text, clause, top)):
                return None
        return previous.metric

    def bracket_start(self, q: Quantity) -> int | None:
        """Where the bracket holding only figures (（8GB/256GB）) opens, if `q` sits in one."""
        line = self.lines[self.view.line_of(q.start)]
        opening = max(self.text.rfind("(", line.start, q.start), self.text.rfind("（", line.start, q.start))
        if opening < 0:
            return None
        closing = min((i for i in (self.text.find(")", q.end, line.end), self.text.find("）", q.end, line.end))
                       if i >= 0), default=-1)
        if closing < 0:
            return None
        inside = self.text[opening + 1 : closing]
        starts = self.view.quantity_starts
        in_brackets = self.view.quantities[bisect.bisect_right(starts, opening) : bisect.bisect_right(starts, closing)]
        figures = [x for x in in_brackets if x.end <= closing]
        rest = inside
        for x in sorted(figures, key=lambda x: x.start, reverse=True):
            rest = rest[: x.start - opening - 1] + rest[x.end - opening - 1 :]
        return opening if figures and not rest.strip(" /、,，及和") else None

