"""Subject: whose figure it is (ANNOTATION.md v2), as a span of the article: the organisation, company, place or
person the metric belongs to.

The holder named nearest before the figure in its clause, else in its sentence, else earlier in its paragraph
(a subject stated once holds until another is named), else the article's own subject: the first holder of the
headline (or, with none there, of the lead). A name that only reports the figure is its source, not its holder
(某统计局公布…, 据海关数据, 分析师表示), as do a news outlet (某某日报) and the names of a byline or a
publisher under the headline, and the place and the reporter of a dateline (【记者某某／某地报导】): such names are
passed over. So are names that are no holder of the figure: an object of
a verb or of a preposition of venue, channel or benchmark when the clause has a topic (甲超越乙, 甲在全国…, 甲向乙…),
the base of a ratio or the whole of a share (某国的一半, 占全球7%), the benchmark or the supplier a verb takes even
before 的 (仅次于乙的第二, 采用乙的3纳米制程: in any clause; a benchmark keeps its own figure, 仅次于乙的28%),
a place that scopes a superlative (全国规模最大的某应用) and places listed before a count of them (甲、乙等
20多个城市). A share right before the people or organisations it is of is theirs (四成商户未续约…). With no holder in
its clause, a noun phrase that opens the clause and owns the measure by 的 (某业务的营收占比), or that stands before
the clause's predicate and is named again in the article (某某凭借…优势), holds the figure; the thing a sentence
takes as its example (以某路线为例), the set of people or organisations it counts its figures among (受访商户中，…)
and the noun phrase a clause of its own is, after a modifier with a name in it (某署辖下的某航线，…: not the name)
hold the figures after them. A company that reports its own figures (某公司公布财报，…) holds on through its paragraph
as a name does; so does the topic of an earlier clause of its sentence (某药房已开始试点，今年服务1200名长者), a
common noun as a name. A term the article names again and again in quotation brackets (「某某居」) is a name, and
someone addressed by surname (王女士) holds their own figures; a figure in a modifier closed by 的 belongs to the
people or organisations after it (那些按80倍市盈率估值的游戏公司).
With no holder in its paragraph, the place a government body that reports there is named for holds its figures
(另据某省统计局数据), and the organisation a section's heading names holds the section's figures, before the
article's subject.
With no holder in the headline or its lead, the nouns that open the headline (a product no entity rule knows) stand
for the article, when the body names them again and they are no measure; and before them, the place a reporting
public body is named for (某省统计局发布…: the province's economy holds the figures it publishes), and after them
the company the headline names as the one that launches or announces (某公司发表新款笔电).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from functools import cache, cached_property, lru_cache

from pipeline.entities.indices import index_name_end
from pipeline.entities.lexicon import lexicon as entity_lexicon
from pipeline.entities.organisations import CREDIT_MARKS, DESK_TITLES
from pipeline.facts.candidate import Candidate, is_ratio
from pipeline.facts.distribute import names_listed
from pipeline.facts.lexicon import (
    ADJUSTED_GROWTH,
    PART_OPENERS,
    PRODUCT_NAME,
    Endings,
    Starts,
    back_references,
    by_length,
    cue_endings,
    currency_of_name,
    instruments,
    list_joiners,
    market_session_pattern,
    role_cues,
    skip_before_metric,
    trade_class_endings,
)
from pipeline.facts.period import event_times
from pipeline.facts.view import DocumentView, Line, SpanIndex
from pipeline.lexicons import table, word_list, words
from pipeline.numerals import Quantity
from pipeline.text.punctuation import CLOSING_BRACKETS, OPENING_BRACKETS
from pipeline.text.segment import dictionary_tag, is_common_word
from pipeline.text.tokens import Token

Span = tuple[int, int]
SCOPE_WORDS = frozenset({"全球"})  # holder words that mostly say how wide a measure is
# place words that, right before a measure, say how wide a company's measure is (全球出货量, 全国销量, 国内营收)
MEASURE_SCOPES = frozenset({"全球", "全国", "国内"})
MEASURE_TAGS = ("n", "l", "v", "j")  # (出货量 is an idiom to jieba, 出/v 货量 in another cut)
NOT_MEASURE_OPENERS = ("第", "前", "排", "居", "的", "各", "首", "最")
ALSO_VERBS = frozenset({"计划"})  # class nouns that are verbs after a holder (公司计划投资)
PEOPLE_BY_PROFESSION = "师"  # 分析师, 工程师, 律师: one word ending in 师 names people by their profession
PEOPLE_BY_TRADE = "者"  # 创业者, 从业者: one word ending in a class noun (业者) that names a person by what they do
COUNTING_CLASSIFIERS = ("家", "位", "名", "间", "間", "檔", "档", "户", "戶", "个", "個")  # 30家银行, 五位人士
OUTSIDE_PEOPLE = ("人士",)  # people counted apart from any holder (五位知情人士); 员工, 客户 are a holder's own
# 已有30家…, 共有45家…: words that open a count of what exists
COUNT_OPENERS = frozenset({"有", "共有", "已有", "另有", "亦有", "也有", "还有", "還有", "共", "共计", "共計", "合共",
                          "总共", "總共", "仅", "僅", "已"})
MAX_GROUP_TOKENS = 4  # words before a class noun that a group's name may have (A股 / 计算机 / 行业 / 公司)
GROUP_TAGS = ("n", "j", "b", "eng", "vn", "l")
TIER_NUMERALS = frozenset("一二三四五六七八九")  # the first of a numeral word that ranks a tier (二线, 三四线)
# after a group, what a figure counts (企业数量, 企业总数, 乘客量, 患者人数), no holder
PRICE_WORDS = ("价格", "价")  # after a traded thing (生猪价格, 铜价): the thing's own price, whose move it holds
# a metric that is a thing and its price (某芯片价格, 新款手表售价, 铜价涨幅): the thing, named in the metric, holds
# it, when the thing is traded or a product; a bare 价 only after a traded thing (股价, 房价, 物价 are a company's
# or a place's)
_PRICED_THING = re.compile(r"(.+?)(?:售价|价格|单价|均价)(?:涨幅|跌幅|升幅|降幅|幅度|水平|走势)?")
_BARE_PRICE = re.compile(r"(.+?)价(?:涨幅|跌幅|升幅|降幅)?")
MAX_THING_WORDS = 3  # words before such a metric that still name the thing (新款/无线/耳机)
THING_WORD_TAGS = ("n", "b", "vn", "nz", "eng", "j")
_LATIN_END = re.compile(r"[A-Za-z][A-Za-z0-9+]*$")  # a thing written in Latin letters (DRAM, NAND, GPU)
COUNTED_PEOPLE = ("人口",)  # a population word that is a measure (两成人口为儿童): no holder of a share of it
COUNTING_WORDS = ("数", "总数", "个数", "家数", "量", "人数", "人次")
BENEFICIARY_PREPOSITIONS = frozenset({"为", "為", "向"})  # before those a scheme serves (为某类人士设贷款)
MAX_RELATIVE_CLAUSE = 12  # characters of a relative clause that opens a topic (入住某类房屋的住户)
COUNTED_WORDS = ("需求",)  # after a service's or a group's nouns, what is asked of it or by it
BODY_SPEECH = ("指", "称", "说")  # after a body, it speaks (政府指…); no source cue after names (恒指, 指数)
RANK_LINKS = frozenset({"", "排名", "排行", "排名居", "居"})  # between a field and its rank (全国排名第九)
# after a place, the words of the field a rank is in (国内市场排名第四, 全国同行业第二): the place still scopes it
RANK_FIELDS = ("市场", "同行业", "同业", "行业")
_RANK_LINK = "|".join(sorted(RANK_LINKS, key=len, reverse=True))
_LISTED_RANK = re.compile(  # 第一、全球: a field of a rank, then the next rank (中国第一、全球第四)
    rf"(?:{_RANK_LINK})(?:第|前)[0-9一二三四五六七八九十]{{1,3}}[、及和与][^\W\d_]{{1,4}}?(?:{_RANK_LINK})")
CAUSATIVES = frozenset({"使", "令", "让", "使得"})  # 使某地…增至: what follows is made to change, no object
VENUE_PREPOSITIONS = frozenset({"在", "于", "从"})  # 在某交易所上市, 在全球排名中: where, not who
# prepositions whose object the clause's topic acts towards, through or against (向某行查询, 通过某交易所买入, 由某集团
# 建设, 比某国高): not who holds the figure. Not 将/把 (what they take is what changes) nor 与/和 (also joiners)
MATCH_VENUES = frozenset({"主场", "客场"})  # words of match_words.txt that say where a team plays, not against whom
MATCH_COUNT_UNITS = frozenset({"场", "轮", "局", "仗", "場", "輪"})  # units of a count of matches (近五轮, 近8场)
MAX_COMPARED_SPAN = 18  # characters before or after a name where the cues of its comparison may stand
MAX_MATCH_VERB = 3  # characters of a verb of a match result (击败, 负于, 首轮对)
RECIPIENT_MARKS = ("给", "予")  # right before a recipient (捐给, 卖给, 授予, 赠予某某)
TAKING = ("将", "把")  # right before what a clause acts on (将某公司目标价上调至…)
# verbs whose object is a thing made or put on the market (推出新款手表, 兴建隧道): it holds the figures after it
LAUNCHING_VERBS = frozenset({"推出", "兴建", "新建", "建造", "开售", "发售", "亮相"})
THING_DESCRIBING_TAGS = frozenset({"m", "q", "mq", "a"})  # before the thing launched: 一条, 一款, 新/a
THING_DESCRIBING_WORDS = frozenset({"、", "的"})  # 长80米、宽7米的隧道: sizes joined, closed by 的
MAX_DESCRIBING_WORDS = 2  # other words between a verb of building and a figure of the thing (长/80米, 售价/1999元)
AUXILIARY_VERBS = frozenset({"会", "能", "要", "可", "可以", "将", "应", "应该", "想", "愿", "能够", "将会"})
MATCH_PARTNERS = ("同", "与", "跟", "对")  # before the other side of a match (同某队的比赛中, 对某队的战绩)
DISTANCE_WORDS = ("距离", "距離", "距", "离", "離")  # 距离某站5分钟: the place a distance is measured from
LOCATIVE_VERBS = frozenset({"位于", "地处", "坐落于", "坐落在", "设于"})  # 位于某国的工厂: a location, not a holder
# before the place goods go to (出口到某国, 销往某地, 外销某区): a destination or a buyer, not a holder
DESTINATION_WORDS = ("出口到", "出口至", "出口往", "出口", "销往", "运往", "输往", "发往", "外销", "外销到", "外销至",
                     "卖到", "销售到", "出货到", "出货至")
MAX_DESTINATION_CHARS = max(map(len, DESTINATION_WORDS))
# the ends of a route (来往甲地及乙地的路线, 甲地至乙地航线): where it runs, not whose figures they are
_ROUTE_VERB_BEFORE = re.compile(r"(?:来往|往来|往返|来回|前往|开往|驶往|连接|连通|直达|途经)"
                                r"(?:[^，。；：,;:!?！？的\n]{0,16}(?:及|和|与|至|到|往|、|—|－|-))?$")
_ROUTE_JOINER_BEFORE = re.compile(r"(?:至|到|往|—|－|-)$")
_ROUTE_AFTER = re.compile(r"(?:[(（][^)）\n]{0,12}[)）])?(?:之间|间)?的?[^，。；：,;:!?！？\n]{0,8}?"
                          r"(?:路线|线|航线|航班|班次|巴士|列车|班车|铁路|高铁|公路|渡轮|小轮|路段)")
_ROUTE_JOINER_AFTER = re.compile(r"(?:[(（][^)）\n]{0,12}[)）])?(?:至|到|往|—|－|-)[^，。；：,;:!?！？\n的]{1,10}?")
MAX_ROUTE_LOOKBACK = 24  # characters before a place where the verb of a route may stand
# before 在 or 于 in its clause, words that leave the place after it the clause's scene (在某国，…, 目前在某市已有…,
# 而在某地): a time, a numeral, punctuation or a conjunction. Any other word (a pronoun, a noun, an adverb) is or stands
# for the clause's topic, who acts there: 他在某市工作了3年, 研究人员在某地找到12件陶器 (the place is where, not whose)
SCENE_OPENING_TAGS = frozenset({"t", "m", "x", "c"})
# (为某队入球, 替某队: for whom the topic acts, not who; 须为某地居民: a predicate noun; 若把某行加息转给…: 把
# brings forward the object the topic acts on)
OBJECT_PREPOSITIONS = VENUE_PREPOSITIONS | {"向", "通过", "透过", "经", "经由", "由", "比", "较", "给", "替", "为",
                                            "把"}
# before the one a holder is measured against (the verbs of passing it, 超过, 超越, 胜过, are benchmark_verbs.txt's)
OUTDOING_WORDS = ("高于", "低于", "领先于", "落后于", "多于", "少于", "大于", "小于", "优于", "领先", "落后")
DEMONSTRATIVES = ("该", "这", "此")  # 该中心, 这家公司: a noun that points back to a holder named before
DEMONSTRATIVE_CLASSIFIERS = ("部分", "些", "家", "款", "个", "座", "间", "项", "只", "批", "类", "条", "所", "位", "名")
# 该校, 该院, 该队, 该厂: one character after a demonstrative that names an institution (jieba glues the two), and the
# endings of the names it points back to (该校 → 某某大学, 某某中学). Not 该行 nor 该所: mostly a bank or an institute
# of analysts that judges others' figures
INSTITUTION_NOUNS = {"校": ("校", "大学", "学院", "中学", "小学"), "院": ("院",), "队": ("队",), "厂": ("厂",),
                     "馆": ("馆",), "园": ("园",), "矿": ("矿",), "团": ("团",)}
HOLDING_KIND = "holding"  # the rows of company_context.tsv that name what a shareholder does with its stake
MAX_STAKE_OBJECT_TOKENS = 4  # words between a verb of holding and its figure (持有该公司8.5%, 持有某某股份3亿股)
MAX_STAKE_HOLDER = 12  # characters of a holder read before a verb of holding (某某发展基金二期)
# between a holder and its verb of holding: how (通过旗下平台), or an adverb or a time (直接, 合计, 本月)
STAKE_MEANS = frozenset({"通过", "透过", "经由"})
STAKE_GAP_TAGS = frozenset({"d", "ad", "t"})
STAKE_GAP_WORDS = frozenset({"合计", "共计", "累计", "共同", "直接", "间接", "一共", "总共"})  # (jieba: 合计/v)
# the words a holder of a stake is made of (恒远/nz 投资/vn, 李/nr 明远/a: jieba tags a name it lacks as it can)
STAKE_HOLDER_TAGS = ("n", "vn", "eng", "j", "a", "b", "l")
COMPANY_CLASSIFIER = "家"  # 这家公司, 这家某某企业: a company; unresolved, the holder carried or the article's stands
# 该省, 该县, 这个国家: a demonstrative and the class of a place point back to the last place of that class named
PLACE_CLASSES = {"省": "省", "市": "市", "县": "县", "区": "区", "州": "州", "镇": "镇", "国": "国", "个国家": "国"}
# (one character of those after a demonstrative: 该市, 该县. Not 该国: a country's name need not end in 国)
ADMINISTRATIVE_CLASSES = frozenset("省市县区州镇")
# 该车型, 这款机型, 该款新车: the nouns by which an article points back to the product model it named last
PRODUCT_CLASSES = ("车型", "机型", "型号", "车款", "新车", "新机", "新品", "产品", "手机", "电脑", "笔电", "芯片",
                   "处理器", "手表", "耳机", "平板", "服务器", "显卡", "无人机", "机器人")
PROJECT_WORDS = ("项目", "項目")  # a project named by what it makes or who runs it (某某项目)
VERSION_WORDS = ("版", "款")  # between a specification and the product it stands before (8核心版 某某 X, 16GB款 某某 Y)
PRODUCT_NOUNS = ("车", "机")  # 该车, 此机: one character that points back to the model named before, as 该车型 does
# a product's model as written (Galaxy S25, 某某X7, Model 3, SU7): letters or two Han characters of a brand, then a
# model that holds a digit (a year or a figure is no model: no letter and a quantity, or a time after it)
_MODEL_NAME = re.compile(r"(?<![A-Za-z0-9])(?:(?:[A-Z][a-z]+ )+|[\u4e00-\u9fff]{2}(?=[A-Za-z0-9]))?"
                         r"[A-Za-z]*\d+[A-Za-z0-9+]*(?: (?:Pro|Max|Ultra|Plus|Air|mini|Lite|SE))*(?![A-Za-z0-9.%])")
# codes that look like models but name a time or a money aggregate (Q3, H1, M2) or a kind of network (5G): no product
_NOT_A_MODEL = re.compile(r"[QH][1-4]|M[0-3]|\d+[A-Za-z]+|FY\d+")
_HAN_BRAND = re.compile(r"[\u4e00-\u9fff]{2}")  # the two characters of a brand or a line before a model (某某50)
TIME_CHARS = frozenset("年季月周日天期次轮届时")  # 该季, 此次, 该年度: a demonstrative of a time, no holder
# between a place and a count of what lies in it (甲国另外五个城市, 全市逾10万名长者)
_PLACE_THEN_COUNT = re.compile(r"(?:另外|另|其他|其余|的|共|约|超过|逾|近)?")
_CLAUSE_OPENING = re.compile(r"(?:^|(?<=[，,。；;：:！？!?\n]))\s*")
PRONOUNS = frozenset({"其"})  # that stands for a person or an organisation named before
# jieba's HMM joins 其 to an adverb after it (其新/d in 其新进前十大股东): the token still opens with the pronoun;
# not so the adverbs its dictionary holds (其实, 其意)
ADVERB_TAG = "d"
_ADVERBS_OF_QI = frozenset({"其实", "其意"})
# words by which a company refers to itself or to its own organs (某公司表示，公司一季度营收…, 管理层预计…): they stand
# for the organisation named before
SELF_REFERENCES = frozenset({"公司", "该公司", "本公司", "集团", "该集团", "本集团", "管理层", "董事会"})
CLAUSE_OPENING_TAGS = frozenset({"t", "m", "x"})  # a time, a numeral or punctuation before a clause's topic
SHARE_VERBS = ("占", "占据", "占到")  # before the whole a share is of (占全球7%): no holder of the share
# tags of a word before a count that is no verb nor preposition taking it (员工/n 300名, 去年/t, 共/d)
NOMINAL_BEFORE_COUNT = frozenset({"n", "nr", "nz", "nt", "j", "eng", "r", "t", "m", "x", "c", "d", "f", "u"})
COUNT_AFTER_LIST = frozenset({"", "等", "等地", " "})  # between a list of names and the count of them
_LISTED_ORIGINS = re.compile(r"(?:等(?:地|国|省|市|国家|地区|省市|省份|城市|省区)?)?的")  # 甲、乙等国家的20台
# (PART_OPENERS, 其中/r 海外业务…: "among them", a pronoun jieba tags before the part that is the clause's topic)
TOPIC_OPENER_TAGS = CLAUSE_OPENING_TAGS | {"c", "r"}  # and a conjunction or a pronoun (而, 其中) before a topic
# the words of a topic no entity rule names (海外/s 业务, H3, 新款/b); not vn
TOPIC_TAG_PREFIXES = ("n", "eng", "j", "b", "s")
SERIES_WORDS = frozenset({"系列"})  # 某某系列API: jieba tags it as a measure word; inside a noun phrase it is a noun
TOPIC_QUANTIFIERS = frozenset({"各", "部分"})  # 各品牌, 部分产品: which members of a class the topic is, part of it
RANK_QUANTIFIERS = frozenset({"首", "前", "顶尖", "頂尖"})  # 首500间企业, 顶尖5%纳税人: the top of a class, by a count
ASPECT_ADVERBS = ("已", "未", "被", "曾", "将")  # 已登记/n (jieba's tag): a verb's phrase, no noun phrase
# words that open a clause's predicate after its topic though jieba tags them otherwise (住户/n 每月/r 入息…, 某业/n
# 平均/a 周转天数, 某部/n 正在/t 兴建…): the period of a rate, an average, an aspect; the noun phrase before one is
# what the rate or the act is of, a topic by its place though the article names it once
PREDICATE_OPENERS = frozenset({"每月", "每年", "每日", "每天", "平均", "正在"})
# 均为长者, 多是女性: an adverb of all or most, then a copula: who those counted before were (对象为学生 without one
# introduces the population the next figures are of)
_ALL_WERE = re.compile(r"(?:均|皆|都|全|全部|多|大多|大部分)(?:为|是|属)")
AMONG_WORDS = frozenset({"当中", "之中"})  # 当中某苑有9宗: the set the clause picks from, before its topic
HAVING_VERBS = frozenset({"有", "共有", "拥有", "设有"})  # 某区有学校300所: the topic has what the figure counts
CONTRACT_MEASURES = ("销售",)  # 合约销售(额, 面积): contracted sales, a measure whose first word names no contract
CONTRACT_ENDINGS = ("期货", "合约", "ETF", "期铜", "期金", "期银", "期油", "期指")  # what trades under a name
MAX_MOVER = 8  # characters of a name before its verb of change (某某科技涨超8%)
MOVER_TAGS = ("n", "eng", "j", "x")  # the words of such a name: nouns (应用/v 材料 is no name), Latin, unknown
# in a list of clauses that share a measure named once (甲业利润增长5%，乙和丙加工业增长3%), an item's name may be
# longer and hold joiners and verbs (木材/n 加工/v 和/c 竹材/n 加工业/n), as long as it ends in a noun
MAX_LISTED_MOVER = 16
MAX_CUT_HOLDER_TOKENS = 3  # words jieba may cut one holder word into (北向/资金)
LISTED_MOVER_TAGS = MOVER_TAGS + ("c", "v")
# what the names of public bodies, outlets and institutes end in: they report others' figures (某统计局, 某海关)
PUBLIC_BODY_ENDINGS = ("局", "署", "部", "委", "厅", "处", "办", "院", "会", "关", "府", "中心", "所", "台", "社", "报",
                       "网", "组")
# after a public body's name: it forecasts or revises the figures of the economy it watches (某总处预估经济成长率…,
# 某会上修…), not its own; after a company's name the same verbs may give its own guidance, so only after a body
BODY_FORECASTS = ("预估", "预期", "上修", "下修")
GOVERNMENT_ENDINGS = ("局", "署", "部", "委", "厅", "处", "办", "府", "关")  # of those, a government's bodies
SOURCE_LIST_JOINERS = frozenset("和与及、")  # between the names of sources listed after 据 (据甲和乙研报)
# after a company's name: a filing of its own (发布公告称, 业绩预告显示, 预计实现), an announcement (宣布) or a
# release of what follows (某公司公布，…), not an analyst's forecast
_OWN_REPORT = re.compile(r"[^，。；,;]{0,8}?(?:公告|财报|年报|季报|业绩预告|业绩快报|预计实现|预计今年|预计全年"
                         r"|宣布|(?:公布|发布|披露)[^，。；,;]{0,6}?(?:营收|营业收入|业绩|净利|销量|销售额|出货量|交付量"
                         r"|营运数据|经营数据|运营数据)|(?:公布|发布|披露)\s*[，,：:])")
# after a company's name, in its clause: a forecast of its own results (某公司预计明年盈利下滑…, 某公司预计明年40%的
# 收入…: guidance)
_OWN_FORECAST = re.compile(r"(?:预计|预估|预期)[^，。；,;：:]{0,10}?(?:营收|营业收入|收入|业绩|净利|盈利|销量|销售额"
                           r"|出货量|交付量)")
PUBLISHING_VERBS = ("发表", "公布", "发布")
ATTRIBUTIONS = ("归属于", "归属", "归母")  # before the holders a profit is attributable to (a metric's words)
MAX_PLACE_CHARS = 6  # characters of a place a public body's name opens with (湖北省, 新疆维吾尔自治区 is longer)
# after a traded thing (天然气, 原油, 生猪), a measure of how much of it is made, traded or kept: its producer's or
# its country's figure (a price or a move after it is the thing's own)
OUTPUT_WORDS = ("产量", "产能", "销量", "出货", "进口", "出口", "消费量", "储量", "库存", "需求", "供应", "发电量")
# what a place's economy is called (某国经济, 某市楼市): with a measure's name (measure_endings.txt) they follow a place
# that holds them
ECONOMY_NOUNS = ("经济", "楼市", "股市", "车市", "房价", "物价", "外贸", "财政", "人口", "就业", "失业", "市场", "产业",
                 "工业", "农业", "旅游", "航运", "电力")
ECONOMIST_TITLES = ("经济学家",)  # a company's title whose holder speaks of others' figures (某行的经济学家)
ANALYST_ENDINGS = ("证券", "研究院", "研究所", "研究中心", "咨询", "智库", "评级")  # houses that judge others' figures
FORECASTING_HOUSES = ANALYST_ENDINGS + ("银行",)  # 某证券预计…, 某银行预计…: houses that forecast others' results
# the kind of house written right before its name (研究机构某某, 投行某某): an analyst however it is named
ANALYST_KINDS = ("研究机构", "研调机构", "调研机构", "市调机构", "市场研究公司", "咨询机构", "咨询公司", "评级机构",
                 "投行", "券商", "智库")
BYLINE_LINES = 3  # lines after the headline where a byline or the publisher may stand
# an article that names one organisation or place at least this often, and this many times as often as the holder
# of its headline, is about that name (a profile headed by a market or a nickname: 某博士冲刺港股上市)
SALIENT_MENTIONS = 10
SALIENT_RATIO = 3
TOPIC_TAGS = ("n", "eng", "j")  # the words of a headline's opening noun phrase (某某/n 专业版/n, iBond/eng)
# measures beside measure_endings.txt, which lists those an item of a list ends in (增幅, 降幅: by how much; 实际工资,
# 电力负荷: a wage, a load are measured, no topic that holds them)
MEASURE_NOUNS = ("系数", "指标", "幅", "工资", "负荷")
MIN_LATIN_TOPIC = 3  # letters of a Latin topic: AI, PC, 5G are kinds of things, not what an article is about
TOPIC_MENTIONS = 2  # times the body names a headline's opening nouns again, for them to be what it is about
_CODE_AFTER_NAME = re.compile(r"[(（][A-Z0-9.]{1,8}[)）]$")  # a ticker or a stock code in brackets
_EXAMPLE = re.compile(r"以([^。；！？;!?\n]{2,40}?)为例")  # 以某某为例: the thing taken as the example
# 受访商户中，…, 在回应的学校当中，…, 至于商户方面，…: a clause of its own that names the set the sentence's figures are
# counted among or are about
# (or, with no comma, right before the share or count picked from it: 受访企业中有六成…, 受访家庭中约三成…)
_AMONG_BREAK = re.compile(r"[，,。；;：:！？!?\s]")  # what an `_AMONG` clause follows
_AMONG = re.compile(r"(?:^|(?<=[，,。；;：:！？!?\s]))(?:在|至于|对于|关于)?([^，,。；;：:！？!?\s]{2,30}?)"
                    r"(?:(?:之中|当中|中|里|方面)[，,]|(?:之中|当中|中)(?=有|约|逾|近|超过|[0-9一二三四五六七八九两半]))")
# 某署辖下的某分处，…, 以外地游客为主的某区，…: a clause of its own that is one noun phrase, a modifier closed by 的
# and the noun phrase it modifies
_MODIFIED_TOPIC = re.compile(r"(?:^|(?<=[，,。；;！？!?\s]))([^，,。；;：:！？!?\s]{1,40}?的)"
                             r"([^，,。；;：:！？!?\s的]{2,24})(?=[，,])")
# what opens a clause of a preposition, no topic (据某署公布的数字，…)
MODIFIER_OPENERS = ("据", "根据", "按", "按照", "随着", "在", "对", "对于", "由于", "因", "为", "为了", "从", "自",
                    "经", "与", "和", "如", "若", "当", "截至", "除")
# an age range or bound: 41岁至55岁, 18至30岁, 56岁以上, 70岁或以上, 18岁以下
_AGE_GROUP = re.compile(r"\d{1,3}\s*(?:岁\s*)?(?:至|到|-|－|—|~)\s*\d{1,3}\s*岁|\d{1,3}\s*岁\s*(?:或)?(?:以上|以下)")
_AGE_JOINED = re.compile(r"(?:及|和|与|、)(?:" + _AGE_GROUP.pattern + ")")
MAX_AGE_GROUP = 24  # characters of an age range and the nouns of people after it (71至75岁及75岁以上的新登记选民)
SHARE_UNITS = ("%", "成")  # a share of a whole
SHARE_LINKS = ("的", "为", "為", "是")  # between a share and whom it counts (89%为男性, 六成的人)
MAX_PEOPLE_PHRASE = 8  # characters after a share that may name whom it counts (男性侵犯者)
CLAUSE_PUNCTUATION = "，。；：！？,;:!?\n"
_COLON_AFTER = re.compile(r"\s*[)）]?\s*[：:]")  # 某某：…, 某行（研究员某某）：…: a person who states what follows
_AUTHORED = re.compile(r"(?:所)?(?:著|撰|编著|主编|编|译|编撰|撰写)(?:的)?《([^》\n]{1,30})》")  # 某某著《某书》
_QUOTED = re.compile(r'[「“《"]([^」”》"\n，。；：,;:]{2,16})[」”》"]')  # a short term in quotes (straight ones too)
COMPARED_PERIODS = ("同比", "环比", "按年", "按季", "按月")  # the period a change is measured against
QUOTED_MENTIONS = 3  # mentions of a quoted term that make it a name (a term in quotes once is emphasis)
# the class nouns of a thing made or built, right before the name it is given in quotes (芯片“某某二号”, 大模型“某某”,
# 新盘「某某」): the quoted term is that thing's name, even named once
NAMED_THING_CLASSES = PRODUCT_CLASSES + ("模型", "新盘", "楼盘", "屋苑", "操作系统")
_CAPTION = re.compile(  # 图：…, （图源/…）, …（资料图片）, …摄）: a photo's caption or credit
    r"^\s*(?:图|图片|图表)\s*[：:]|^\s*[（(]图(?:片)?(?:源|片来源)|[（(](?:资料图片|图片来源[^）)]*)[）)]\s*$|摄[）)]\s*$"
)
# a chart's or a table's credit line that names who made it (（图源/某某整理）, 数据来源：某某): the name right after
# the mark, then the line's end, a bracket or what the credited firm did (整理, 截图), is an outlet or a data firm
# a reporter's dateline (【记者某某／某地报导】, （某某社记者某某某地15日电）): the place is where the story was written
_DATELINE = re.compile(r"[【〔\[（(]\s*[^】〕\]）)\n]{0,12}记者[^】〕\]）)\n]{0,24}(?:报导|报道|电)\s*[】〕\]）)]")
# a wire dateline that opens a paragraph (某某社甲地3月5日电, （某某社甲地5日电）, 某某网甲地6月12日讯): the place is
# where the story was filed, not whose figures follow
_WIRE_DATELINE = re.compile(r"^[ \t\u3000]*[【〔\[（(]?[\u3400-\u9fffA-Za-z·]{2,16}?(?:\d{1,2}月)?\d{1,2}日[电讯]",
                            re.MULTILINE)
# a product named in camel case, with its model after it (ZenBook 14, PlayStation 5, MacBook Pro): PRODUCT_NAME
# reads one capital per word; a year after the name (某某 Shop 2025年) is no model of it
_CAMEL_PRODUCT = re.compile(r"(?<![A-Za-z0-9-])[A-Z][a-z]+(?:[A-Z][a-z]+)+(?: (?:[A-Z][A-Za-z]*|\d+[A-Za-z+]*))+"
                            r"(?![A-Za-z0-9年])")
# a product or a service named with a small letter before a capital (iPad, eCard, iNote7): a brand's
# coinage, never a common word nor a unit, so it names the thing whose price, issue or specification follows
_SMALL_CAPITAL_NAME = re.compile(r"(?<![A-Za-z0-9-])[a-z][A-Z][a-z]+(?:\d+[A-Za-z]?)?(?![A-Za-z0-9])")
# a verb of surveying before the count of those surveyed (访问了1000名市民, 调查了300间中小企, 抽样访问约500户): the
# sample, whose shares in the clauses after it (其中六成…, 当中45%…) are the answers of those surveyed
_SURVEYED = re.compile(r"(?:访问|调查|询问|访谈|采访|抽查|问卷)了?(?:共|合共|逾|超过|近|约|大约)?$")
MAX_SURVEY_LOOKBACK = 6  # characters before the count where the verb of surveying may end
MAX_SAMPLE_CHARS = 12  # characters of the noun of those surveyed, after the count and before the clause's end
_COLUMN_TAG = re.compile(r"\s*【[^】\n]{1,20}】")
_BRACKET_OPEN = re.compile(r"[（(]")
# 甲队与欧洲球队相比，…; 跟乙国相比: what a comparison with 相比 sets the topic against (the words between its two
# cues, in one clause)
_COMPARED_WITH = re.compile(r"(?:与|和|同|跟)[^，,。；;：:！？!?\n与同跟]{1,16}?(?:相比|相较|比较|对比)")
OWNED_GAP = 2  # characters a metric may be cut short of its owner's 的 (甲计划的每年金额 → 金额)
QUOTE_OPENINGS = ("「", "“", "『")  # before a nickname (「某某女神」)
MAX_COMPETITOR_WORDS = 8  # characters between a place and a competitor it opens (跳水名将, 「举重女神」)
_CLOSING_BRACKETS = ("」", "”", "》", "』")  # 「甲计划」的: the name's closing mark before 的
_OF_THEN_FIGURE = re.compile(r"的(?:大约|约|近|逾)?")  # between a base and its multiple (某国的大约一半)
_SUPERLATIVE = re.compile(r"最(?![新近后後终終初先早])[^，。；：,;:！？!?\n的]{1,6}的")  # 最大的 (最新的: a time)
MAX_SCOPED_NOUNS = 3  # nouns between a place and the superlative it scopes (某国/月活/规模/最大的)
# 汽车业, 饮食界: a trade (or the people in it) named by the thing it makes or the work it does, a noun of two
# characters or more before 业 or 界 (not 企业, 就业, 世界, 外界: one character before it)
INDUSTRY_ENDINGS = ("业", "界")
INDEX_WORD = "指数"  # ends a group, as a class noun does, unless a statistic's (statistic_indices.txt)
INDUSTRY_STEM_TAGS = frozenset({"n", "vn", "nz", "j"})
MIN_INDUSTRY_STEM = 2
MIN_BRAND, MAX_BRAND = 2, 4  # characters of a company's short form (星澜 of 星澜科技有限公司)
# 某某科技（香港）有限公司: the place of a branch in brackets, no part of the brand
_BRACKETED = re.compile(r"[（(][^）)\n]{1,8}[）)]")
# 全市有学校300所，其中甲区85所、乙区70所。…: a breakdown of a total into its parts, to the end of its sentence or
# of its bracket (（其中…）)
# 朗晴只有2宗, 翠林亦录得3宗成交: a short phrase that opens its clause, then an adverb and a verb of having or of
# recording, right before a count: the owner of what is counted (an estate, a school, a branch jieba cuts apart)
_HAVING = r"(?:只|亦|则|也|仍|更|共|合共)?(?:有|录得)"
_OWNER_THEN_COUNT = re.compile(r"\s*(?:而|至于|至於|当中)?([^\W\d_]{2,6}?)" + _HAVING)
_HAVING_AFTER = re.compile(_HAVING)
_BREAKDOWN = re.compile(r"(?:^|(?<=[，,。；;！？!?\n]))\s*(?:其中|当中)|(?<=[（(])\s*其中")
_DESCRIBING = re.compile(r"[^，。；：！？,;:!?\n的]{0,8}?的")  # after a figure, the rest of a modifier and its 的
# one thing introduced (一所, 一间, 该座), then a verb of having (having_verbs.txt) right before a figure it describes
_ONE_THING = re.compile(r"(?<!第)[一这该][所间家座个栋幢处条台]$")  # (not 第一个: a rank)
_FIGURE_OR_CLAUSE = re.compile(r"[0-9０-９，。；：！？,;:!?]")


@cache
def _match_verbs() -> tuple[str, ...]:
    """The verbs of a match result or fixture (match_words.txt, facing_verbs.txt), without the words of where it is
    played."""
    words = (*word_list("match_words.txt"), *word_list("facing_verbs.txt"))
    return tuple(word for word in words if word not in MATCH_VENUES)


@cache
def _match_encounters() -> tuple[str, ...]:
    """Nouns of a meeting between two sides (match_encounters.txt)."""
    return word_list("match_encounters.txt")


@cache
def _staging_verbs() -> tuple[str, ...]:
    """Verbs by which an event takes place (staging_verbs.txt), longest first."""
    return tuple(sorted(word_list("staging_verbs.txt"), key=len, reverse=True))


@cache
def _company_tails() -> Endings:
    """What ends a company's full name after its brand: a legal form (有限公司), a company word (集团, 公司) and an
    industry word (科技, 药业), by their last character (a look-up per length, not an `endswith` per tail)."""
    lex = entity_lexicon()
    legal = {suffix for suffix, kind in lex.org_suffixes.items() if kind == "legal"}
    return Endings({*legal, *lex.company_endings, *lex.company_suffixes, "公司"})


def company_short_forms(name: str) -> tuple[str, ...]:
    """星澜科技有限公司 -> (星澜, 星澜科技, 星澜科技有限公司): the brand of a company's full name (without a
    branch's place in brackets and its tails) and the brand with each tail, shortest first; () when the name ends
    in no tail or its brand is no short word of its own (a place, a word of everyday text)."""
    name = _BRACKETED.sub("", name)
    cuts, rest = [name], name
    while (tail := _company_tails().longest_ending(rest, len(rest) - 1)) is not None:  # (a tail, not all of it)
        rest = rest[: -len(tail)]
        cuts.append(rest)
    lex = entity_lexicon()
    if (len(cuts) == 1 or not MIN_BRAND <= len(rest) <= MAX_BRAND or not all("\u4e00" <= c <= "\u9fff" for c in rest)
            or rest in lex.places or rest in lex.stopwords or is_common_word(rest)):
        return ()
    return tuple(reversed(cuts))


def _is_byline(text: str) -> bool:
    """A short line under the headline with no figure and no clause: a byline or the publisher's name."""
    body = text.strip()
    return 0 < len(body) <= 30 and not _FIGURE_OR_CLAUSE.search(body)


# after a government (政府, 某市政府, 特区政府): it releases a budget of its own (公布明年财政预算, 发表预算案), whose
# spending and deficit it holds, no figures of others it reports
_OWN_BUDGET = re.compile(r"(?:早前|日前|近日|昨日|今日|亦|也|将)?(?:公布|发表|发布|提出|宣读|公开)"
                         r"[^，。；,;]{0,10}?(?:预算|施政报告)")
GOVERNMENT_NAMES = ("政府", "府")  # what the name of a government ends in (政府, 特区政府, 港府)
# the words of a group of research houses (行业研究机构, 调研机构, 市调公司) and, after one, an unnamed house that
# reports (某某最新报告显示, 某某数据指出): the group says what the source is
RESEARCH_WORDS = ("研究", "调研", "调查", "咨询", "市调", "评级")
# a body that studies, polls or surveys others (某大学, 某学院, 某基金会): what it publishes is its study's
STUDY_BODY_ENDINGS = ("大学", "学院", "研究院", "研究所", "研究中心", "基金会", "民调中心", "智库")
# after a name, a study or a poll that heads what it found (某大学研究：…, 某协会调查:…, 某基金会民调显示…)
_STUDY_HEADING = re.compile(r"[^\W\d的]{0,8}?(?:研究|调查|民调|调研|问卷调查)(?:[：:]|显示|发现|指出|分析|刊|报告)")
_UNNAMED_SOURCE = re.compile(r"\s?[^，。；：,;:\s]{2,12}?(?:最新)?(?:报告|数据|调查|研究|统计)?(?:显示|指出|表示"
                             r"|称|预计|预测|认为)")
# what may stand between a source and its verb: spaces, an aside in brackets, a day (今日(15日), 昨天, (于)10月9日,
# and in Taiwan 昨（22）日), 最新 (某局最新数据显示)
_BETWEEN_NAME_AND_VERB = re.compile(
    r"(?:\s|[(（][^()（）]{0,12}[)）]|今日|今天|昨日|昨天|日前|近日|最新|\d{1,2}月\d{1,2}日|\d{1,2}日"
    r"|[今昨][(（]\d{1,2}[)）]日|[于在](?=\d{1,2}[月日]))*"
)
# 某署主任张三于年中提及, 某会秘书处研究指出: a unit, a title or a person between a name and its verb of speech


@cache
def _source_cues() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """(a pattern of the words after a name, the words before a name) that make it the source of a figure."""
    rows = table("source_cues.tsv")
    after = {row["word"] for row in rows if row["position"] == "after"} | set(word_list("person_cues.txt"))
    before = {row["word"] for row in rows if row["position"] == "before"}
    return re.compile("|".join(map(re.escape, sorted(after, key=len, reverse=True)))), tuple(before)


@cache
def _speaker_then_speech() -> re.Pattern[str]:
    """After a name: up to ten letters of a unit, a title or a person (no digit, no punctuation, not 的: 某局的开支
    预计… keeps the name a holder), then a verb of speech that follows a person's name (person_cues.txt: 表示, 指出,
    提到; not 预计, since 金额预计为 means expected), after an interview that may frame it (某某接受电台访问时指出)."""
    verbs = [w for w in word_list("person_cues.txt") if len(w) > 1 and w != "预计"]
    return re.compile(r"[^\W\d的]{1,10}?(?:在?接受[^\W\d的]{0,8}?(?:采访|专访|访问)时?)?(?:"
                      + "|".join(map(re.escape, sorted(verbs, key=len, reverse=True))) + ")")


@cache
def _credit_line() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A chart's credit line (（图源/某某整理）, 数据来源：某某): its opening word and mark, before the credited name,
    and what may follow the name to the line's end (what the firm did, then a bracket, a comma or the line's end);
    the words are the ones the organisation rules read (source_credit_words.txt, source_credit_ends.txt)."""
    marks = "".join(map(re.escape, sorted(CREDIT_MARKS)))
    opening = re.compile(r"(?:" + "|".join(map(re.escape, word_list("source_credit_words.txt"))) + r")\s*[" + marks
                         + r"]\s*")
    tail = re.compile(r"\s*(?:" + "|".join(map(re.escape, word_list("source_credit_ends.txt")))
                      + r")?\s*(?:[）)\n，,；;]|$)")
    return opening, tail


@cache
def _writes_in_statement() -> re.Pattern[str]:
    """After a name: a unit, a title or a person (24 letters, a Latin name's spaces too), then 在 or 于, a
    statement or a document (statement_nouns.txt: 研报, 报告, 讲话, 文章; not a fiscal report, 年报, 财报) and 中 or
    里 (某行分析师在其研报里…, 某某在报告里写道…, 某某在研报中为某公司估值): the name writes what follows, as one
    that speaks does, with or without a verb of speech after it; the figures are those of whom it writes about."""
    nouns = sorted(word_list("statement_nouns.txt"), key=len, reverse=True)
    return re.compile(r"(?:[^\W\d的]|[ ·]){0,24}?[在于](?:其|最新|一份)?的?(?:"
                      + "|".join(map(re.escape, nouns)) + ")[中里]")


@cache
def _official_then_report() -> re.Pattern[str]:
    """After a public body's name: up to ten letters of a unit, a title or a person, then a verb of publishing
    (某署署长今日发表…, 某局局长公布) or 指, 称, 说 before a comma or a colon (某署回应时指，…): the body reports the
    figures, as does 统计 before a comma, 显示 or 数据 (某部某资讯平台统计，…: its unit counts them). A company that
    publishes (某公司早前公布…数据) publishes its own."""
    return re.compile(r"[^\W\d的]{0,10}?(?:" + "|".join(PUBLISHING_VERBS) + r"|[指称说](?=[，,：:])"
                      r"|统计(?=[，,：:]|显示|数据|资料))")


@cache
def _address_forms() -> re.Pattern[str]:
    """The forms of address of two characters or more (先生, 女士, 老师), longest first."""
    forms = sorted((form for form in entity_lexicon().forms_of_address if len(form) > 1), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, forms)))


@cache
def _titles() -> tuple[str, ...]:
    return tuple(sorted({*word_list("titles.txt"), *word_list("company_titles.txt")}, key=len, reverse=True))


@cache
def _title_endings() -> Endings:
    """The titles by their last character: every name of a document is asked for a title before it."""
    return Endings(_titles())


@cache
def _executive_titles() -> frozenset[str]:
    """The titles of a company's executives (company_titles.txt), not its economists (某行的经济学家): who speaks for
    the company's own figures."""
    return frozenset(t for t in word_list("company_titles.txt") if not t.endswith(ECONOMIST_TITLES))


@cache
def _title_starts() -> Starts:
    """The titles by their first character, longest first."""
    return Starts(_titles())


def _title_length_before(text: str, at: int) -> int:
    """The length of the longest title that ends at `at` (某国名将|某某, 选手|某某), 0 if none."""
    return len(_title_endings().longest_ending_at(text, at) or "")


def _title_length(text: str, at: int) -> int:
    """The length of the longest title of office that starts at `at` (某署署长, 某公司总裁), 0 if none."""
    return len(_title_starts().first_at(text, at) or "")


@cache
def _measure_endings() -> tuple[str, ...]:
    """What the name of a measure ends in (营收, 覆盖率, 基尼系数): a headline's opening measure holds nothing."""
    return (*word_list("measure_endings.txt"), *MEASURE_NOUNS)


def _measure_word(phrase: str) -> bool:
    """A word of a measure or a kind of holder, no holder's name (营收, 数据, 企业, 装机容量)."""
    return (phrase in _holder_words() or phrase in word_list("generic_metrics.txt")
            or phrase.endswith(_measure_endings()))


def _is_share_of_whole(q: Quantity) -> bool:
    """35%, 四成, 一半: a percentage, tenths, or a bare number below one."""
    return q.unit in SHARE_UNITS or (q.kind == "number" and not q.unit and q.value < 1)


@cache
def _people() -> tuple[str, ...]:
    """What a word for a place's people ends in (居民, 人士, 创业者), or for people by their profession (分析师, 工程师,
    教师: PEOPLE_BY_PROFESSION)."""
    return (*word_list("population_nouns.txt"), "者", PEOPLE_BY_PROFESSION)


@cache
def _currency_names() -> tuple[str, ...]:
    return tuple(currency_of_name())


@cache
def _benchmark_or_supplier_verbs() -> tuple[str, ...]:
    """For `str.endswith`: verbs whose object is a benchmark (仅次于某公司的第二, benchmark_verbs.txt) or a supplier
    (采用某厂的3纳米制程, adoption_verbs.txt); that object holds no figure of the clause, even before 的."""
    return tuple(sorted({*word_list("benchmark_verbs.txt"), *word_list("adoption_verbs.txt")}, key=len, reverse=True))


@cache
def _benchmark_verbs() -> tuple[str, ...]:
    return tuple(sorted(word_list("benchmark_verbs.txt"), key=len, reverse=True))


MAX_BENCHMARK_VERB = 3  # characters of such a verb (仅次于)


@lru_cache(maxsize=64)
def _trade_name_pattern(endings: tuple[str, ...]) -> re.Pattern[str]:
    """A run of two to six Han characters opening a clause and ending in one of `endings` (远航汽车)."""
    tails = "|".join(re.escape(ending) for ending in sorted(endings, key=len, reverse=True))
    return re.compile(rf"(?:^|(?<=[，,。；;：:！？!?\n]))\s*([\u4e00-\u9fff]{{2,6}}?(?:{tails}))"
                      r"(?![\u4e00-\u9fff]?[业界])")  # (汽车行业, 地产界: a trade, no company)


@cache
def _stake_verbs() -> frozenset[str]:
    """持股, 持有, 增持, 减持: what an investor does with its stake (the holding cues of the company rules)."""
    return frozenset(row["word"] for row in table("company_context.tsv") if row["kind"] == HOLDING_KIND)


@cache
def _holder_words() -> dict[str, str]:
    return {row["word"]: row["kind"] for row in table("holder_words.tsv")}


@cache
def _class_nouns() -> tuple[str, ...]:
    """For `str.endswith`: a word ending in one (公立醫院, 私家醫院) is a group by itself."""
    return tuple(word for word, kind in _holder_words().items() if kind == "class")


@lru_cache(maxsize=1 << 16)
def is_industry(word: str) -> bool:
    """汽车业, 餐饮业, 饮食界, 资讯科技界: a trade named by its product or its work (a noun jieba knows) and 业 or
    界; it holds its own figures as 制造业 does. Cached by word: every token of a document is asked."""
    stem = word[:-1]
    return (word.endswith(INDUSTRY_ENDINGS) and len(stem) >= MIN_INDUSTRY_STEM
            and dictionary_tag(stem) in INDUSTRY_STEM_TAGS)


@lru_cache(maxsize=1 << 16)
def _ends_group(word: str) -> bool:
    """A word that ends a group's name when it is no holder word itself: it ends in a class noun (公立醫院; not a
    word of a person by what they do, 创业者, though it ends in 业者), or in
    a traded thing (现货白银, 纳指期货, 以太坊: whose price moved) that is no currency (mostly a figure's unit).
    Cached by word: every token of a document is asked."""
    return ((word.endswith(_class_nouns()) and (word in _holder_words() or not word.endswith(PEOPLE_BY_TRADE)))
            or (word.endswith(instruments()) and not word.endswith(_currency_names())) or is_industry(word))


@lru_cache(maxsize=1 << 16)
def _names_traded_currency(word: str) -> bool:
    """A word that ends in a currency's (or a coin's) name and in a traded instrument's (欧元, 比特币). Cached by word:
    every token of a document is asked."""
    return word.endswith(_currency_names()) and word.endswith(instruments())


@lru_cache(maxsize=1 << 16)
def _may_hold(word: str) -> bool:
    """Whether `_holder_phrases` has anything to do at a word: a holder word, a verb it passes over, or a word
    that ends a group's name. Most words are none, and are skipped with one cached look-up."""
    return word in _holder_words() or word in ALSO_VERBS or _ends_group(word)


@cache
def _cut_holder_word_prefixes() -> frozenset[str]:
    """The proper prefixes of the group holder words `_cut_holder_words` looks for: a run of tokens that is none of
    them can start none (most tokens), so it is not extended."""
    return frozenset(word[:n] for word, kind in _holder_words().items() if kind == "group" for n in range(1, len(word)))


def _cut_holder_words(tokens: Sequence[Token]) -> list[Span]:
    """Group holder words that jieba cuts into two or three words (北向/资金, 南向/资金): read whole, as one token
    of them is. A market wrap names its fund flows so (北向资金净买入…), and a cut word is otherwise no holder at
    all. Places are left out: a cut place word mostly scopes a measure (全/社会 研发投入), as whole ones are asked."""
    kinds, prefixes, found = _holder_words(), _cut_holder_word_prefixes(), []
    for i in range(len(tokens) - 1):
        text = tokens[i].text
        for j in range(i + 1, min(i + MAX_CUT_HOLDER_TOKENS, len(tokens))):
            if text not in prefixes or tokens[j].start != tokens[j - 1].end:
                break
            text += tokens[j].text
            if kinds.get(text) == "group":
                found.append((tokens[i].start, tokens[j].end))
                break
    return found


@lru_cache(maxsize=1 << 16)
def _may_open_holder(word: str) -> bool:
    """Whether `_holder_phrases` asks more of a token with this word: it may hold (`_may_hold`), may complete a class
    noun (`_closes_class`) or names a traded currency (`_traded_currency`). One cached look-up skips most tokens."""
    return (_may_hold(word) or word in INDUSTRY_ENDINGS or word.endswith(INDEX_WORD)
            or (word in _class_tails() and not word.endswith(_class_nouns())) or _names_traded_currency(word))


@cache
def _class_tails() -> frozenset[str]:
    """The proper ends of class nouns (者 of 业者): jieba may cut a class noun across two words (航空业/者)."""
    return frozenset(noun[k:] for noun in _class_nouns() for k in range(1, len(noun)))


def _quoted_index(tokens: list[Token], i: int) -> bool:
    """tokens[i] ends the name of an index that is quoted and traded (某某行业指数, 某某领先指数, 某元指数) and is no
    name the entity rules know: it holds its level and its moves (gold D15), with the words before it as a group's.
    Not an index that measures a place's prices, trade or mood (物价指数, 采购经理指数, statistic_indices.txt):
    the place named or carried holds that."""
    word = tokens[i].text
    if not word.endswith(INDEX_WORD):
        return False
    before = word[: -len(INDEX_WORD)] or (tokens[i - 1].text if i > 0 else "")
    return bool(before) and not before.endswith(word_list("statistic_indices.txt"))


def _closes_class(tokens: list[Token], i: int) -> bool:
    """tokens[i] completes a class noun the word before it began (航空业/者, 电信业/者): the two end a group."""
    word = tokens[i].text
    if i > 0 and word in INDUSTRY_ENDINGS:
        return is_industry(tokens[i - 1].text + word)  # 饮食/界: the trade's noun and 界 cut apart
    if i == 0 or word not in _class_tails() or word.endswith(_class_nouns()):
        return False
    joined = tokens[i - 1].text + word
    return (joined.endswith(_class_nouns()) and joined not in _class_nouns()  # (业/者 alone names no group)
            and tokens[i - 1].tag.startswith(TOPIC_TAG_PREFIXES))  # (创业/v 者: a person by what they do)


def _groups_with(tok) -> bool:
    """A word that may stand in a group's name before its class noun (A股, 手机, 规模以上工业); not a number."""
    return tok.tag.startswith(GROUP_TAGS) or (tok.text.isascii() and tok.text.isalnum() and not tok.text.isdigit())


class _HolderIndex:
    """Holders sorted by end, to find the last one before an offset."""

    def __init__(self, spans) -> None:
        self.spans = sorted(spans, key=lambda span: (span[1], -span[0]))
        self.ends = [e for _, e in self.spans]

    def last(self, floor: int, before: int, *, avoid: Span, heads: frozenset[Span] = frozenset()) -> Span | None:
        """The last holder ending by `before`, starting at or after `floor`, and not overlapping `avoid` (the
        figure's metric: 565所幼儿园 counts the 幼儿园, they do not hold the figure) unless it is one of `heads`
        that opens the metric (电子行业利润: the group whose profit it is)."""
        k = bisect.bisect_right(self.ends, before) - 1
        while k >= 0 and self.spans[k][0] >= floor:
            s, e = self.spans[k]
            if not (s < avoid[1] and avoid[0] < e) or (s == avoid[0] and e < avoid[1] and (s, e) in heads):
                return self.spans[k]
            k -= 1
        return None


class SubjectFinder:
    """Finds the subject of each figure of one document."""

    def __init__(self, view: DocumentView, times: SpanIndex | None = None,
                 events: list[Span] | None = None) -> None:
        """`events`: the text's `event_times`, if the caller already read them (they are read once per text)."""
        self.view = view
        self._reports: dict[Span, bool] = {}  # (`is_source` of each span asked)
        self.credited = self._credited_names(view)
        self.times = times or SpanIndex(())  # the time phrases and dates of the text: no topic
        self.bylines = [line for line in view.lines[1:BYLINE_LINES + 1] if _is_byline(line.text)]
        self.pronouns = [tok for tok in view.tokens if tok.text in PRONOUNS or tok.text in SELF_REFERENCES
                         or (tok.tag == ADVERB_TAG and len(tok.text) == 2 and tok.text[0] in PRONOUNS
                             and tok.text not in _ADVERBS_OF_QI)]
        self.pronoun_starts = [tok.start for tok in self.pronouns]
        self.entity_ending = {e: (s, e) for s, e, _ in view.entities}  # (for the name an alias in brackets follows)
        self.compared: frozenset[Span] = frozenset()  # (the bases of comparisons, found below)
        self.people: frozenset[Span] = frozenset()  # (the people named, found below)
        self.name_at_start = {s: (s, e) for s, e, label in view.entities if label == "ORG"}
        # a person or a place right after a figure and 的 is what the figure describes (28岁的某某)
        self.described_at = {s: (s, e) for s, e, label in view.entities if label in ("PER", "LOC")}
        # (the provider or the place inside an index's name, 恒 in 恒指, stands for the index: the index holds)
        names = [(s, max(e, index_name_end(view.text, s) or e)) for s, e, _ in view.entities
                 if not self.is_source(s, e)]
        names = [span for span in map(self._past_comparison, names) if span is not None]
        products = [*PRODUCT_NAME.finditer(view.text), *_CAMEL_PRODUCT.finditer(view.text),
                    *_SMALL_CAPITAL_NAME.finditer(view.text)]
        names += [m.span() for m in products
                  if not self._inside_name(m.start(), m.end()) and not self.is_source(m.start(), m.end())]
        names += self._quoted_names()
        self.named_things = sorted(self._named_things)  # (the quoted names of things made: 芯片“某某”)
        # the author of a work in 《》 (某某著《某书》, 由某某主编的《某年鉴》) holds none of its figures: the work does
        authored = self._authored_works()
        names = [span for span in names if span not in authored] + list(authored.values())
        names += self._company_short_forms()
        names += self._addressed_people()
        ages = self._age_groups()
        names += ages
        # (a Latin name that speaks or reports, Jane Doe指出, is a person or a firm, no product)
        places, groups = self._holder_phrases()
        # a population word that opens a longer group (长者 of 长者医疗券计划, 学生 of 学生午膳资助计划) is a word of
        # that group's name, not a holder of its own
        places = [span for span in places if _holder_words().get(view.text[slice(*span)]) != "group"
                  or not any(s <= span[0] and span[1] < e for s, e in groups if (s, e) != span)]
        # a name inside a group word (沪 of 沪股通, 港 of 港股通) is a word of it, no holder of its own
        group_words = [(s, e) for s, e in places if _holder_words().get(view.text[s:e]) == "group"]
        names = [span for span in names if not any(s <= span[0] and span[1] <= e and (s, e) != span
                                                   for s, e in group_words)]
        # a group word right before another (港股通 of 港股通南向资金: the channel the flow takes) says which of that
        # group it is: the two are one holder
        openers = {e: s for s, e in group_words}  # (by where the group word before it ends)
        group_starts = {s for s, _ in group_words}
        places = [(openers.get(s, s), e) if (s, e) in group_words else (s, e) for s, e in places
                  if (s, e) not in group_words or e not in group_starts]
        # (a group inside a name is part of it: 东方石油天然气 of 东方石油天然气股份有限公司; one that is the whole
        # name, 某某公司 that reports of itself, still holds)
        enclosing = SpanIndex(view.names)
        groups = [span for span in groups if span in view.name_set or not enclosing.enclose(*span)]
        # a photo's caption or credit line (图：市民在商场购物, （图源/某社整理）) names no holder of the figures
        captions = [(line.start, line.end) for line in view.lines if _CAPTION.search(line.text)]
        # (the lines a topic is named again in: a caption's words make no name)
        self.uncaptioned = "\n".join(line.text for line in view.lines if not _CAPTION.search(line.text))
        captions += [m.span() for m in _DATELINE.finditer(view.text)]  # 【记者某某／某地报导】: where it was written
        captions += [m.span() for m in _WIRE_DATELINE.finditer(view.text)]
        # a market's session (美股盘前, 亚市早盘) is a time: the place in its name says when, not whose figures
        captions += [m.span() for m in market_session_pattern().finditer(view.text)]
        names, places, groups = ([span for span in spans if not any(s <= span[0] < e for s, e in captions)]
                                 for spans in (names, places, groups))
        places = [span for span in places if not self._after_comparison(span[0])]
        # a place before a superlative (某国规模最大的应用——某某) is where the thing ranks, not whose figures they are
        scopes = {span for span in view.place_spans if self._scopes_superlative(span[1])}
        names = [span for span in names if span not in scopes]
        places = [span for span in places if not self._scopes_superlative(span[1])]
        # a public body named by a common word (政府) holds what it spends and plans, not what it reports (政府预计)
        # nor what it is the object of (获得政府资助)
        kinds = _holder_words()
        bodies = {(s, e) for s, e in places if kinds.get(view.text[s:e]) == "body"}
        places = [span for span in places if span not in bodies or not (
            self.is_source(*span) or view.text.startswith(BODY_SPEECH, span[1]) or self._is_object(span))]
        bodies &= set(places)
        starts = {s for s, _ in (*names, *places, *groups)}
        groups = [span for span in groups if not self._after_comparison(span[0])
                  and (span in view.name_set or not self._states(span)) and not self._describes_source(span)
                  and not self._speaks_of_another(span, starts) and not self._self_referring(span)
                  and not self._speaks_through_analyst(span)]
        # a group named in the figure's own clause is its holder; across clauses names and places carry over
        self.clause_holders = _HolderIndex(set(names) | set(places) | set(groups))
        for s, e in self.clause_holders.spans:  # (the longest holder it opens: 港 of 港人, 某市 of 某市居民)
            if s in self.described_at and e > self.described_at[s][1]:
                self.described_at[s] = (s, e)
        self.places = set(places) | view.place_spans
        self.places_index = _HolderIndex(self.places)
        self.groups = _HolderIndex(groups)
        self.group_set = frozenset(groups)
        # a group of a class noun may open a metric it holds (规模以上工业企业营收), unless the metric counts it
        # (独角兽企业数量) or it is the object of a verb (拉动全部企业利润增长); a place (全球研发城市排名) or a
        # traded thing (原油加工量) is part of the measure, unless the measure is its price (生猪价格: the thing's)
        text = view.text
        self.metric_heads = frozenset((s, e) for s, e in groups if (
            text[s:e].endswith(_class_nouns() + INDUSTRY_ENDINGS) and not text.startswith(COUNTING_WORDS, e)
            or self._priced_thing((s, e))) and not self._is_object((s, e)))
        # a person who speaks anywhere in the article (某某表示, 某某：…) speaks of figures more than holds them:
        # named in a figure's clause they may hold it, but they do not carry over to other clauses or stand for the
        # article
        people = [(s, e) for s, e, label in view.entities if label == "PER"]
        self.people = frozenset(people)
        speakers = {view.text[s:e] for s, e in people if self.is_source(s, e) or _COLON_AFTER.match(view.text, e)}
        # (by any of the person's names: 某某 speaks, so does 某某某 named in full elsewhere)
        speaking = {(s, e) for s, e in people
                    if any(view.text[s:e].startswith(name) or name.startswith(view.text[s:e]) for name in speakers)}
        # so does a house of analysts that speaks anywhere (某证券指出, 某研究院认为): it judges others' figures
        analysts = [(s, e) for s, e, label in view.entities if label == "ORG" and (
            text[s:e].endswith(ANALYST_ENDINGS) or text.endswith(ANALYST_KINDS, 0, s))]
        judging = {text[s:e] for s, e in analysts if self.is_source(s, e)}
        speaking |= {span for span in analysts if text[slice(*span)] in judging}
        # and an organisation before a colon (某署：…) that reports elsewhere in the article: it is quoted
        orgs = [(s, e) for s, e, label in view.entities if label == "ORG"]
        reporting = {text[s:e] for s, e in orgs if self.is_source(s, e)}
        speaking |= {(s, e) for s, e in orgs if text[s:e] in reporting and _COLON_AFTER.match(text, e)}
        # a government's body that reports each time the body of the article names it, by any of its names
        # (headline 某總處上修…, then 某院某總處公布…, 某總處指出…): it publishes the figures, it holds none of them
        self.reporting_bodies = self._reporting_bodies(orgs)
        # and an organisation named with its economist or analyst right after it (某行经济学家某某称): the
        # economist speaks of the economy, not of the bank; the bank so named holds none of it (that mention only)
        speaking |= {span for span in orgs if self._speaks_through_analyst(span)}
        self.speaking = frozenset(speaking)
        # a contract or a fund that trades (某月取暖油期货, 某指数ETF) is named like a company: it carries over as
        # names do; a commodity (原油, 黄金) is more often what a holder produces or ships
        traded = {(s, e) for s, e in groups if text[s:e].endswith(CONTRACT_ENDINGS)}
        located = {span for span in set(names) | set(places) if self._is_location(span)}  # 位于某国: no holder
        # the opponent a team beats or loses to (以2比1击败乙队，取得三连胜): no holder of the figures after it
        opponents = {span for span in set(names) | set(groups) if self._is_opponent(span)}
        # so is a competition named right after a count of its matches (近五轮某联赛仅胜一场, 近8场某杯赛客场不败):
        # it says where the team played them, as a venue does
        match_counts = {q.end for q in view.quantities if q.unit in MATCH_COUNT_UNITS}
        opponents |= {span for span in names if span[0] in match_counts}
        located |= opponents
        # the one money or goods are given, sold or lent to (捐给某基金会, 卖给某公司, 授予某某): a recipient, no
        # holder of what it gets (the giver or the thing given holds it, gold D33)
        spans = set(names) | set(places) | set(groups)
        given = [span for span in spans if self._is_recipient(span)]
        recipients = {span for span in spans if any(s <= span[0] and span[1] <= e for s, e in given)}  # (and the
        # words of its name: 儿童 of 某儿童基金会)
        located |= recipients
        self.recipients = frozenset(given)
        # the base of a comparison with 相比 set against a topic named before it (甲队与乙国和丙国球队相比，…只有…):
        # no topic of its clause, an object (the topic holds), and it never stands for the article. (With no topic
        # before it, 与甲公司某型号相比，新型号…, the base's maker may be the topic's own: left as it is.)
        openers = self.clause_holders  # (names, places and groups, as `spans`)
        self.compared = frozenset(span for span in spans if any(
            m.start() < span[0] and span[1] < m.end()
            and openers.last(view.clause_start(m.start()), m.start(), avoid=(0, 0)) is not None
            for m in _COMPARED_WITH.finditer(
                text, max(0, span[0] - MAX_COMPARED_SPAN), min(len(text), span[1] + MAX_COMPARED_SPAN))))
        # a place or a body where a topic no name rule knows acts (他在某市工作了3年, 她们在某杯赛里列第五): no
        # holder in its clause nor after it; the holder is carried or stood for
        venues = {span for span in set(places) | view.place_spans | set(names) if self._is_venue(span)}
        self.clause_holders = _HolderIndex(set(self.clause_holders.spans) - venues - opponents - recipients)
        self.no_makers = frozenset(venues | opponents)  # (nor do they stand for the article, 他在某公司工作了10年)
        described = {span for span in places if self._describes(span)}  # (…，均为长者: who they were)
        holders = (set(names) | set(places) | traded) - speaking - located - described - venues
        self.holders = _HolderIndex(holders)
        # a name inside a time set by an event (某国某数据公布后, 某会议期间) names the event that dates the figure: it
        # yields to a holder named in the first clause of its sentence (某国债收益率…，某国数据公布后跌至…: the
        # yield's)
        events = SpanIndex(event_times(text) if events is None else events)
        self.in_events = frozenset(span for span in set(names) | set(places) | set(groups) if events.enclose(*span))
        self.outside_events = _HolderIndex(holders - self.in_events)
        # the one a holder is measured against (领先于某公司, 超过某国) holds figures of its own sentence (领先某指数
        # （盈利增长9%）), but is carried no further, nor stands for the article
        outdone = {span for span in names if text[max(0, span[0] - 3) : span[0]].endswith(OUTDOING_WORDS)
                   or self._after_benchmark_or_supplier(span)}
        # a place written as one character (美, 港, 沪) mostly modifies the word after it (美股, 港人, 沪指): it holds
        # figures of its own sentence, but is carried no further, nor stands for the article
        abbreviated = {span for span in holders if span[1] - span[0] == 1}
        self.carried = _HolderIndex(holders - outdone - abbreviated)
        # such a body is named beside the holders an article is about: it never stands for the article
        # (nor does an index no name rule knows: it holds its level and moves where it is named, gold D15, but
        # a headline that opens with it, 某某指数创新高, says what moved, no holder of the article's other figures)
        indices = {span for span in groups if text[slice(*span)].endswith(INDEX_WORD)}
        self.headline_holders = sorted((set(names) | set(places) | set(groups)) - speaking - bodies - outdone - located
                                       - set(ages) - abbreviated - indices - venues - self.compared
                                       - self.reporting_bodies)
        self.standing_holders = frozenset(self.headline_holders)  # (those that may stand for an article or a section)
        self.breakdowns = self._breakdowns()
        self.document_subject = self._document_subject()

    def _reporting_bodies(self, orgs: list[Span]) -> frozenset[Span]:
        """The government bodies (by any of their names: 某總處 of 某院某總處) named after the headline only as the
        source of figures: what the headline says of them is reported too, they stand for no article."""
        text = self.view.text
        lines = [line for line in self.view.lines if line.text.strip()]
        if not lines:
            return frozenset()
        after = [(s, e) for s, e in orgs if s >= lines[0].end and text[s:e].endswith(GOVERNMENT_ENDINGS)]
        bodies = set()
        for s, e in orgs:
            named = [span for span in after if text[slice(*span)].endswith(text[s:e])]
            if text[s:e].endswith(GOVERNMENT_ENDINGS) and named and all(self.is_source(*span) for span in named):
                bodies.add((s, e))
        return frozenset(bodies)

    def _breakdowns(self) -> list[Span]:
        """The spans of the breakdowns of a total (其中甲区85所、乙区70所): the parts they name hold their own figures,
        not the figures after them, which are the whole's again (…。二手楼售价回升0.2%: the cities', not 乙区's)."""
        text = self.view.text
        spans = []
        for m in _BREAKDOWN.finditer(text):
            end = self.view.sentence_end(m.start())
            if text[m.start() - 1 : m.start()] in OPENING_BRACKETS:
                closing = min((k for k in (text.find("）", m.end()), text.find(")", m.end())) if k >= 0),
                              default=end)
                end = min(end, closing)
            spans.append((m.start(), end))
        return spans

    def _in_breakdown(self, holder: Span) -> bool:
        return any(s <= holder[0] < e for s, e in self.breakdowns)

    def _past_breakdowns(self, floor: int, before: int, holders: _HolderIndex) -> Span | None:
        """_last_holder, passing over the parts named in a breakdown that closed before `before`: the holder named
        before the breakdown (the whole) holds on."""
        holder = self._last_holder(floor, before, holders)
        while holder is not None and (closed := next(
                (s for s, e in self.breakdowns if s <= holder[0] < e <= before), None)) is not None:
            holder = self._last_holder(floor, closed, holders)
        return holder

    def _describes(self, group: Span) -> bool:
        """5人死亡，均为长者: a population word after 均为 (all were) in its clause says who those counted were; it
        holds nothing beyond its clause (the next sentence's figures are not the elders')."""
        text = self.view.text
        return (_holder_words().get(text[slice(*group)]) == "group"
                and _ALL_WERE.search(text, self.view.clause_start(group[0]), group[0]) is not None)

    def _age_groups(self) -> list[Span]:
        """41岁至55岁中年选民大增…, 18至30岁比例维持在…, 56岁以上则略升…: an age range (or an age and 以上, 以下) that
        opens a clause, with the word of people after it (中年选民, 长者, 青年; not a measure, 比例), is the group of
        people the clause's figures are of: it holds them as a name does (not an age stated of one person, 现年62岁)."""
        view, text = self.view, self.view.text
        found = []
        for match in _AGE_GROUP.finditer(text):
            start, end = match.span()
            if found and start < found[-1][1] or not all(
                    t.tag in TOPIC_OPENER_TAGS or not t.text.strip() or self._in_time(t)
                    for t in self._clause_tokens_before(start)):
                continue  # (…，但70岁以上选民升幅更大: a conjunction may open the clause)
            while (joined := _AGE_JOINED.match(text, end)) is not None:
                end = joined.end()  # 71至75岁及75岁以上的…: a list of age groups is one group
            ages = end
            end += text.startswith("的", end)  # 70岁或以上的长者: the people the ages describe
            i = view.token_index_at(end)
            while (i < len(view.tokens) and view.tokens[i].start >= end and view.tokens[i].tag.startswith(("n", "t"))
                   and not view.tokens[i].text.endswith(_measure_endings())
                   and view.tokens[i].text not in word_list("generic_metrics.txt")
                   and view.tokens[i].end - start <= MAX_AGE_GROUP):
                end = view.tokens[i].end
                i += 1
            people = text[ages:end].lstrip("的")
            found.append((start, end if people.endswith(_people() + _class_nouns()) or people in _holder_words()
                          else ages))  # (18至30岁比例: the ages alone)
        return found

    def _company_short_forms(self) -> list[Span]:
        """星澜科技有限公司…星澜营收增长5%: a company named in full goes by its brand elsewhere in the article, a word
        of its own the entity stage may miss; each such mention outside a name is a holder, as far as the full
        name's words follow it (星澜科技)."""
        view, text = self.view, self.view.text
        forms: dict[str, tuple[str, ...]] = {}
        for s, e, label in view.entities:
            if label == "ORG" and (cuts := company_short_forms(text[s:e])):
                forms.setdefault(cuts[0], cuts)
        if not forms:
            return []
        inside = SpanIndex(view.names)
        starts = set(view.token_starts)
        ends = {tok.end for tok in view.tokens}
        spans = []
        for brand, cuts in forms.items():
            at = text.find(brand)
            while at >= 0:
                end = max(at + len(cut) for cut in cuts if text.startswith(cut, at))
                if at in starts and end in ends and not inside.enclose(at, at + len(brand)):
                    spans.append((at, end))
                at = text.find(brand, at + 1)
        return spans

    def _addressed_people(self) -> list[Span]:
        """王女士, 陈先生, 李老师: a surname and a form of address of two characters or more (forms_of_address.txt)
        name someone without their name; no entity (gold/README D20), but a person who holds their own figures
        (王女士申请退回8万元), though they tell of them (某先生表示已预缴3年学费): mostly their own case. Not one
        inside a name. (A form of one character, 太 or 生, is too often a word's: 提高太多.)"""
        lex = entity_lexicon()
        text = self.view.text
        spans = []
        for m in _address_forms().finditer(text):
            start = m.start() - (2 if text[m.start() - 2 : m.start()] in lex.compound_surnames
                                 else 1 if text[m.start() - 1 : m.start()] in lex.surnames else 0)
            if start < m.start() and not self._inside_name(start, m.end()):
                spans.append((start, m.end()))
        return spans

    def _authored_works(self) -> dict[Span, Span]:
        """{author: work}: a person's name right before a verb of writing or editing and a title in 《》 (某某著
        《某书》, 某某主编的《某集》, 某某撰《某注》十卷): the title names the work, which holds its own length,
        volumes and price; the author is no holder of them."""
        text = self.view.text
        works = {}
        for start, end, label in self.view.entities:
            if label == "PER" and (m := _AUTHORED.match(text, end)) is not None:
                works[(start, end)] = m.span(1)
        return works

    def _self_referring(self, group: Span) -> bool:
        """公司原油加工量, 集团酒店收入: a group that opens with the word by which a company refers to itself
        (SELF_REFERENCES, a word of its own) names the company's own things: the company named before holds their
        figures, through the pronoun, not the group."""
        view = self.view
        tok = view.tokens[view.token_index_at(group[0])]
        return tok.start == group[0] and tok.end < group[1] and tok.text in SELF_REFERENCES

    def _past_comparison(self, name: Span) -> Span | None:
        """A name the entity rules or the model read on into the word of comparison after it (某市环比, 环比 alone,
        某地按年): the word says what a change is measured against and names no one, so the name ends before it,
        and a word of comparison alone is no name."""
        start, end = name
        text = self.view.text
        cue = next((cue for cue in COMPARED_PERIODS if text.endswith(cue, start, end)), None)
        if cue is None:
            return name
        return (start, end - len(cue)) if end - len(cue) - start >= MIN_BRAND else None

    def _quoted_names(self) -> list[Span]:
        """「某某居」位于…, 某楼盘「某某居」共有…: a term in quotation brackets, named QUOTED_MENTIONS times or more,
        that opens its clause or stands after a noun it names, and is followed by no noun it would describe, names a
        thing (a project, a product, a document) no entity rule knows: it holds figures as a name does, unless it
        reports them (《某报告》显示). Not a quoted word inside a phrase (主打「白菜价」策略, 通过「甲+乙」的模式).
        Right after the class noun of a thing made or built (芯片“某某”, 大模型“某某”, 新盘「某某」:
        NAMED_THING_CLASSES) it is that thing's name even named once, and holds what it is said to publish (its
        price list): such names are kept in `_named_things` too."""
        view, text = self.view, self.view.text
        found = []
        self._named_things: list[Span] = []
        things = {match.group(1) for match in _QUOTED.finditer(text)
                  if (word := view.word_ending_at(match.start())) is not None
                  and word.text.endswith(NAMED_THING_CLASSES)}
        for match in _QUOTED.finditer(text):
            start, end = match.span(1)
            before = view.word_ending_at(match.start())
            named_thing = match.group(1) in things  # (and its later mentions: 「某某」提供1200个单位)
            if ((text.count(match.group(1)) < QUOTED_MENTIONS and not named_thing) or self._inside_name(start, end)
                    or (self.is_source(*match.span()) and not named_thing)):
                continue  # (a thing made reports none but its own figures: 新盘「某某」公布价单，…)
            after = view.tokens[view.token_index_at(match.end())] if match.end() < len(text) else None
            if after is not None and after.start == match.end() and (after.tag.startswith("n") or after.text == "的"):
                continue  # (「某某」策略, 「某某」的模式: it describes the noun after it)
            if self._opens_clause(match.start()) or (before is not None and before.tag.startswith("n")):
                found.append((start, end))
                if named_thing:
                    self._named_things.append((start, end))
        return found

    def is_source(self, start: int, end: int) -> bool:
        """Whether the name at text[start:end] reports a figure rather than holds it. Kept per span: a name is asked
        about again by every figure whose clause it opens."""
        if (reports := self._reports.get((start, end))) is None:
            reports = self._reports[start, end] = self._is_source(start, end)
        return reports

    @staticmethod
    def _credited_names(view: DocumentView) -> frozenset[str]:
        """The organisations a credit line of the article names alone (（图源/某某整理）, 数据来源：某某): an outlet or
        a data firm that made the article's charts. It reports figures wherever it is named (某某翻阅招股书发现…),
        as a news outlet does; a company named with its document (来源：某某招股书) is not credited alone."""
        text = view.text
        orgs = {s: e for s, e, label in view.entities if label == "ORG"}
        opening, tail = _credit_line()
        return frozenset(text[m.end() : orgs[m.end()]] for m in opening.finditer(text)
                         if m.end() in orgs and tail.match(text, orgs[m.end()]))

    def _is_source(self, start: int, end: int) -> bool:
        after, before = _source_cues()
        text = self.view.text
        if text[start:end] in self.credited:
            return True  # (the outlet or the data firm a chart's credit line names)
        media = word_list("media_endings.txt")
        if text[start:end].endswith(media) or (text[start - 1 : start] == "·" and text[:start - 1].endswith(media)):
            return True  # a news outlet (or its column: 某某日报·数据栏) reports figures, it does not hold them
        if any(line.start <= start < line.end for line in self.bylines):
            return True  # 某某日报·数据栏, 某市统计局 under the headline: who wrote or published it
        pos = _BETWEEN_NAME_AND_VERB.match(text, end).end()  # 某统计局今日(15日)发表, 某总署也公布
        if text[start:end].endswith(GOVERNMENT_NAMES) and _OWN_BUDGET.match(text, pos):
            return False  # 政府公布财政预算: a government's own budget
        if after.match(text, pos) or after.match(text, pos + 1):
            return True
        if _speaker_then_speech().match(text, end) or _writes_in_statement().match(text, end):
            return True  # (punctuation ends the run, so it stays in the clause)
        if text[start:end].endswith(PUBLIC_BODY_ENDINGS) and (
                _COLON_AFTER.match(text, end) or _official_then_report().match(text, pos)
                or text.startswith(BODY_FORECASTS, pos)):
            return True  # 某统计局：…, 某局局长公布, 某总处预估: a public body states what follows (a company so named
            # may state its own)
        if _STUDY_HEADING.match(text, pos) or (
                text[start:end].endswith(STUDY_BODY_ENDINGS) and _official_then_report().match(text, pos)):
            return True  # 某大学研究：…, 某基金会民调：…, 某大学医学院公布一项研究: a body that studies others
            # reports their figures (the people it asked hold them)
        if text[start - 1 : start] in OPENING_BRACKETS and (named := self.entity_ending.get(start - 1)) is not None:
            return self.is_source(*named)  # 某能源署（ABC）发布: an alias in brackets reports as its name does
        return self._after_source_opener(start, before)

    def _after_source_opener(self, start: int, before: tuple[str, ...]) -> bool:
        """据某某, 根据某某: a word before the name at `start` (source_cues.tsv, position before) makes it a source;
        so does one before the names listed ahead of it (据甲和乙研报, 据甲、乙及丙的数据: all of them report)."""
        text = self.view.text
        if text[max(0, start - 2) : start].endswith(before):
            return True
        if text[start - 1 : start] not in SOURCE_LIST_JOINERS:
            return False
        listed = self.entity_ending.get(start - 1)
        return listed is not None and self._after_source_opener(listed[0], before)

    def _speaks_of_another(self, group: Span, holder_starts: set[int]) -> bool:
        """某某银行预计内地出口…, 某某证券表示本港经济…: a group that is a whole name, then its verb of speech or
        forecast and another holder right after it, speaks of that holder's figures (a company's own forecast,
        某某公司预计实现…, names no other holder there, and the name holds it)."""
        if group not in self.view.name_set:
            return False
        text = self.view.text
        cue = _source_cues()[0].match(text, _BETWEEN_NAME_AND_VERB.match(text, group[1]).end())
        return cue is not None and cue.end() in holder_starts

    def _describes_source(self, group: Span) -> bool:
        """市调机构某某报告指出, 研究机构某某数据显示: a group right before a name that reports is what that source is
        (an apposition), no holder of the figures it reports."""
        named = self.name_at_start.get(group[1] + (self.view.text[group[1] : group[1] + 1] == " "))
        if named is None:  # (行业研究机构某某最新报告显示: a house of research whose name no entity rule knows)
            text = self.view.text
            return any(word in text[slice(*group)] for word in RESEARCH_WORDS) and bool(
                _UNNAMED_SOURCE.match(text, group[1]))
        return named is not None and named[1] - named[0] > 1 and self.is_source(*named)  # (客户集团B: a label)

    def _states(self, group: Span) -> bool:
        """部分业者表示，…, 多数受访者认为：…: a group that states what follows, after a comma or a colon, speaks of
        figures it does not hold (a group that reports its own, 某类公司预计实现…, states no clause of its own; a
        group that is a whole name, 某某股份有限公司公布，…, is a company that may release its own)."""
        text = self.view.text
        cue = _source_cues()[0].match(text, _BETWEEN_NAME_AND_VERB.match(text, group[1]).end())
        return cue is not None and text[cue.end() : cue.end() + 1] in ("，", ",", "：", ":")

    def _holder_phrases(self) -> tuple[list[Span], list[Span]]:
        """Holders that are not names: a place word (我国, 本港) or a group ending in a class noun (A股公司,
        全国居民, 台湾手机市场), two tokens or more within its clause."""
        kinds = _holder_words()
        tokens = self.view.tokens
        figures = SpanIndex((q.start, q.end) for q in self.view.quantities)
        name_ends = {end for _, end in self.view.names}
        places, groups = [], []
        for i in [i for i, tok in enumerate(tokens) if _may_open_holder(tok.text) and (
                _may_hold(tok.text) or _closes_class(tokens, i) or self._traded_currency(i, figures)
                or _quoted_index(tokens, i))]:
            tok = tokens[i]
            kind = kinds.get(tok.text)
            if kind is None and tok.text.endswith(_currency_names()):
                groups.append((tok.start, tok.end))  # 欧元三连跌, 英镑午后走弱: the currency traded
                continue
            if kind in ("place", "group", "body"):
                if tok.text in SCOPE_WORDS and self._scopes_what_follows(i):
                    continue  # 全球创新指数排名, 位居全球第8位: the scope of the measure, not its holder
                if kind == "group" and self.view.text.startswith(COUNTING_WORDS, tok.end):
                    continue  # 乘客量, 患者人数: the people a figure counts, words of its measure (not carried)
                places.append((tok.start, tok.end))
            elif tok.text in ALSO_VERBS and i > 0 and (tokens[i - 1].text in kinds or tokens[i - 1].end in name_ends):
                continue  # 公司计划投资, 政府计划推出: after a holder, 计划 is the verb "plans to"
            elif kind == "class" or _ends_group(tok.text) or _closes_class(tokens, i) or _quoted_index(tokens, i):
                if kind is None and not tok.text.endswith(_class_nouns()) and self.view.text.startswith(
                        OUTPUT_WORDS, tok.end):
                    continue  # 天然气产量, 原油进口: what a producer or a country yields or buys, not a holder
                if tok.text in CONTRACT_ENDINGS and self.view.text.startswith(CONTRACT_MEASURES, tok.end):
                    continue  # 合约销售额: a developer's contracted sales, a measure with no contract traded
                j = i - 1 if kind is None and _closes_class(tokens, i) else i  # (航空业/者: both words)
                while (j > 0 and i - j < MAX_GROUP_TOKENS and _groups_with(tokens[j - 1])
                       and not figures.enclose(tokens[j - 1].start, tokens[j - 1].end)
                       and not self.times.enclose(tokens[j - 1].start, tokens[j - 1].end)):
                    j -= 1  # (6成/n 公司: the unit of a figure, 上季度/n 公司: a time, are no words of its name)
                if (j < i or kind is None and tok.text != INDEX_WORD) and not self.view.text.startswith(
                        ATTRIBUTIONS, tokens[j].start):  # (a bare 指数 after a name or a count: no group)
                    groups.append((tokens[j].start, tok.end))  # 公立醫院 is one word: a group by itself
                    # (归属于某公司股东的净利润: whose share of a profit, words of the metric, holds nothing)
            elif kind == "tier" and (start := self._tier_before(i, figures)) is not None:
                groups.append((start, tok.end))  # 二线城市: a tier of places holds its own figures
        places += _cut_holder_words(tokens)
        return places, groups

    def _traded_currency(self, i: int, figures: SpanIndex) -> bool:
        """A currency (or a coin) named at the head of its clause, not as a figure's unit (欧元三连跌, 比特币（XYZ）
        午后跌破…; not 10亿美元, 以人民币计): the thing traded, whose price moves the clause reports."""
        tok = self.view.tokens[i]
        return (_names_traded_currency(tok.text) and not figures.enclose(tok.start, tok.end)
                and self._opens_clause(tok.start))

    def _tier_before(self, i: int, figures: SpanIndex) -> int | None:
        """Where a numeral word that ranks a tier (二线, 三四/m 线/n) opens the words right before tokens[i], the
        start of it; a figure (5个/m 城市) or a time said as a numeral (全年, 半年度) ranks nothing."""
        tokens = self.view.tokens
        for j in range(i - 1, max(-1, i - 1 - MAX_GROUP_TOKENS), -1):
            tok = tokens[j]
            if figures.enclose(tok.start, tok.end):
                return None
            if tok.tag == "m" and tok.text[:1] in TIER_NUMERALS:
                return tok.start
            if not _groups_with(tok):
                return None
        return None

    def _scopes_what_follows(self, i: int) -> bool:
        """全球 right before a noun, a numeral or a rank (全球研發…, 全球第11, 全球前十五大) says how wide the
        measure is; 本港失业率 is Hong Kong's own."""
        tokens = self.view.tokens
        if i + 1 >= len(tokens):
            return False
        following = tokens[i + 1]
        if following.text in _holder_words():  # 全国居民: the place and the group hold the figure together
            return False
        return following.tag.startswith(("n", "m")) or following.text.startswith(("第", "前"))

    def subject_for(self, cand: Candidate) -> Span | None:
        """The nearest holder before the figure in its clause, sentence or paragraph; else the article's own. An alias
        in brackets right after a name (某币（ABC）, 某指数（XYZ）) stands for that name: the name is written out."""
        holder = self._holder_of(cand)
        if holder in self.in_events and (earlier := self._last_holder(
                sentence := self.view.sentence_start(holder[0]), holder[0], self.outside_events)) is not None and (
                earlier[0] < self.view.clause_end(sentence)):
            holder = earlier  # (星河科技业绩公布后，股价大涨: with no holder before the event, its name holds; 某市
            # 预计…，约八成住户…，而乙公司提价后，…: a holder of a later clause is no topic of the sentence)
        if holder is not None and (named := self._aliased_name(holder)) is not None:
            return named
        if holder is not None and self.view.text.startswith(PROJECT_WORDS, holder[1]):
            # 某某项目: a name glued before 项目 names a project, and the project holds its figures (its investment)
            return holder[0], holder[1] + len(next(w for w in PROJECT_WORDS if self.view.text.startswith(w, holder[1])))
        if holder is not None and (place := self._pointed_place(holder)) is not None:
            return place  # 该省居民人均…: the province named before
        clause = self.view.clause_start(cand.quantity.start)
        word = (clause, clause + 2)  # (前者, 后者 open their clause: the word points to whose figure it is, though
        # the metric may have taken it or a holder named before it be carried)
        pointers = [word] if holder is None else [holder, word] if holder[1] <= word[0] else [holder]
        for pointer in pointers:
            if (pointed := self._pointed_back(pointer, cand)) is not None:
                return pointed
        return holder

    def _pointed_back(self, word: Span, cand: Candidate) -> Span | None:
        """甲公司与乙公司…，前者增长12%，后者下降5%: a word pointing back to the first or the last of two things
        (back_references.tsv) stands for the holder it points to, the earlier or the later of the last two named
        before it in its paragraph (by their words: one named twice is one)."""
        points = back_references().get(self.view.text[slice(*word)])
        if points not in ("first", "last") or word[1] > cand.quantity.start:
            return None
        paragraph = self.view.lines[cand.line].start
        later = self.clause_holders.last(paragraph, word[0], avoid=word)
        if later is None or points == "last":
            return later
        earlier = self.clause_holders.last(paragraph, later[0], avoid=later)
        while earlier is not None and self.view.text[slice(*earlier)] == self.view.text[slice(*later)]:
            earlier = self.clause_holders.last(paragraph, earlier[0], avoid=earlier)
        return earlier

    def _counts_own_items(self, cand: Candidate) -> bool:
        """两大看点, 三项任务: a count of the points the text sets out (text_item_nouns.txt) holds no one's figure: gold
        accepts `-` (D39), while the holder before it (the clause's topic) is seldom the body the points are about."""
        q, metric = cand.quantity, cand.metric
        if cand.role != "amount" or q.kind != "number" or metric is None or not 0 <= metric[0] - q.end <= 1:
            return False
        return self.view.text[slice(*metric)] in words("text_item_nouns.txt")

    def _aliased_name(self, alias: Span) -> Span | None:
        """The name that ends right before the bracket `alias` stands in, if one does."""
        text = self.view.text
        if (text[alias[0] - 1 : alias[0]] not in OPENING_BRACKETS
                or text[alias[1] : alias[1] + 1] not in CLOSING_BRACKETS):
            return None
        return self.entity_ending.get(alias[0] - 1)

    def _holder_of(self, cand: Candidate) -> Span | None:
        """subject_for, before an alias is written out."""
        q = cand.quantity
        view = self.view
        if self._counts_own_items(cand):
            return None
        after = q.end + (view.text[q.end : q.end + 1] in VERSION_WORDS)  # 8核心版 Pixel 9 Pro: the product's version
        product = PRODUCT_NAME.match(view.text, after + (view.text[after : after + 1] == " "))
        if product is not None:
            return product.span()  # 8 核 Pixel 9 Pro: a specification of the product it stands before
        if cand.role == "rank" and (ranked := self._name_at(q.end + (view.text[q.end : q.end + 1] == " "))):
            return ranked  # 营收第1名某公司: the name after a rank is who holds it
        if view.text[q.end : q.end + 1] == "的" and (described := self.described_at.get(q.end + 1)) is not None:
            return described  # 效力多年的甲鼓励28岁的乙, 海拔800米的某山庄: the person or place the figure describes,
            # not the topic named before (a company after 的 may be a stake held: 持有30%的乙公司)
        if cand.holder is not None:
            return cand.holder  # 为月入少于8000元的人士供款, 甲公司4.56%、乙公司…: found with the metric
        if (judged := self._judged(q, cand.metric)) is not None:
            return judged  # 某券商给予乙公司目标价30元: the company judged holds its target price
        if (owner := self._listed_owner(q)) is not None:
            return owner
        if (thing := self._described_thing(q)) is not None:
            return thing  # 拟建造一座高80米的塔: the tower's length, not the builder's
        metric = cand.metric or (q.start, q.start)
        clause = view.clause_start(q.start)
        holder = self.clause_holders.last(clause, q.start, avoid=metric, heads=self.metric_heads)
        if (stake := self._stake_holder(q)) is not None and (holder is None or not holder[0] < stake[1] < holder[1]
                                                             and not stake[0] <= holder[0] < stake[1]):
            return stake  # 某某持股4.66%, 某某通过子公司持有1.2亿股 (not the means nor the object): whoever holds
            # the stake, a name no rule knows too
        if holder is not None and self._scopes_measure(holder) and (company := self._company_before(holder)):
            holder = company  # 某公司公布，今年国内营收…: the company's measure, as wide as the country
        if (holder is not None and cand.role != "rank" and self._after_benchmark(holder)
                and self._own_figure_after(holder, q)):
            return holder  # 仅次于乙国的28%, 仅次于乙公司（募资500亿元）: the benchmark's own figure is the benchmark's
            # (not a rank: 仅次于乙的第二 is the topic's)
        if holder is None and self._traded_metric(metric, clause, cand):
            return metric  # 多晶硅从每吨6万元涨到9万元: the thing traded names its price and holds it
        if holder is None and (priced := self._priced_in_metric(metric, clause, q)) is not None:
            return priced  # 某芯片价格涨20%: the thing whose price the metric names holds it
        if holder is None and view.text[q.end : q.end + 1] == "的" and (described := self._name_at(q.end + 1)):
            return described  # 盘初曾跌逾1%的某公司, 两连跌的某公司: a figure that describes the name after it
        if holder is None and (described := self._described_phrase(q)) is not None:
            return described  # 那些按80倍市盈率估值的游戏公司: the organisations the figure describes
        if holder is None and (thing := self._thing_having(q)) is not None:
            return thing  # 一所有800名学生的学校, 一间设有350个宿位的护理院: what the thing has is its own
        if holder is None and (share := self._share_of_people(q)) is not None:
            return share  # 四成商户未续约…, 35%学校表示…: the people or organisations the share is of
        if holder is None and (sample := self._surveyed_sample(q)) is not None:
            return sample  # 某机构访问了1000名市民，其中六成…: the answers are those of the people surveyed
        if holder is None and (counted := self._counted_group(q)) is not None:
            return counted  # 已有30多家城商行获批…, 五位知情人士称: a count of bodies or people is the group's
        bound = q.start  # the holders of the figure end by here
        if holder is not None and (self._is_ratio_base(holder, q) or self._is_share_base(holder, q)):
            bound = holder[0]  # 只有某国的一半: the benchmark holds nothing
            holder = self.clause_holders.last(clause, bound, avoid=metric, heads=self.metric_heads)
        elif holder is not None and self._is_compared(holder, q):
            if _OF_THEN_FIGURE.fullmatch(view.text, holder[1], q.start):
                return holder  # 比乙国的4%高出…: the base's own figure is the base's (so is 领先乙指数（增长9%）)
            bound = holder[0]  # …比乙国的4%高出3个百分点: the gap is the topic's, named before or carried
            holder = self.clause_holders.last(clause, bound, avoid=metric, heads=self.metric_heads)
        if holder is not None and (listed := self._counted_list(clause, holder, q)) is not None:
            bound = listed  # 在甲、乙等20多个城市上线: the places listed are what the figure counts
            holder = self.clause_holders.last(clause, bound, avoid=metric, heads=self.metric_heads)
        if holder is not None and cand.role == "rank" and self._scopes_rank(holder, q):
            while holder is not None and self._scopes_rank(holder, q):
                bound = holder[0]  # 全国第七: where it ranks, not who (nor, carried, the holder of the sentence);
                # 中国第一、全球第四: nor the field of the rank listed before it
                holder = self.clause_holders.last(clause, bound, avoid=metric)
        elif holder is not None and holder in self.places:
            owner = self.clause_holders.last(clause, holder[0], avoid=metric)
            if owner is not None and owner[1] == holder[0] and (
                    owner not in self.places or view.text[slice(*holder)] in _holder_words()):
                holder = owner  # 某公司韩国股票: a place right after a name says which of the name's things;
                # 美国国内: a place word right after a place is that place's
        if holder is not None and self._is_object(holder):
            topic = self._clause_topic(clause, holder[0], metric)
            if topic is not None:
                holder = topic  # 甲公司超越乙公司跃居第三, 甲公司在全国布局48个仓: the clause's topic, not an object
            elif self._is_location(holder):
                holder = None  # 其位于某国的工厂…: where it stands; the holder is carried or stood for
            elif self._after_benchmark_or_supplier(holder):
                bound, holder = holder[0], None  # 采用乙厂的3纳米制程 with no topic in the clause: the holder is
                # named before the supplier or the benchmark, carried or stood for
            elif holder in self.places and ((listed := self._listed_from(holder)) < holder[0]
                                            or self._scopes_count(holder, q)):
                bound, holder = listed, None  # 门店开到全国20多个省份, 在甲、乙等地下辖: where
                # what is counted or done lies (all places of a list); the holder is carried or stood for
        if holder is not None and (product := self._product_of(holder, q)) is not None:
            return product  # 某公司的X9芯片良率: the product named after its maker holds its specifications
        if holder is not None:
            return holder
        if (model := self._opening_model(clause, q.start)) is not None:
            return model  # 某某50 Plus起售价…: the model opening the clause holds its price, not the maker carried
        sentence_model = self._opening_model(view.sentence_start(q.start), q.start)
        if sentence_model is not None and self._last_holder(sentence_model[1], bound, self.holders) is None:
            return sentence_model  # 某某S7续航700公里，售价22.98万元: and the later clauses of its sentence
        if (owner := self._owner_of_earlier_metric(clause, metric)) is not None:
            return owner
        if (mover := self._mover(q, metric)) is not None:
            return mover
        if (owner := self._possessor_topic(clause, q, metric)) is not None:
            return owner
        if (topic := self._opening_topic(clause, (q.start, q.end), metric)) is not None:
            return topic
        # across clauses names and places carry over, to the end of the paragraph; so does a group that is the
        # topic of its clause within the figure's sentence (全市限额以上企业实现利润…，同比增长8.2%), unless it is
        # what the figure counts (小巨人企业…达213家), and, where no name follows it, to the paragraph's end
        sentence = view.sentence_start(q.start)
        group = self._topic_group(sentence, bound, view.text[slice(*metric)])
        holder = self._past_breakdowns(sentence, bound, self.holders)
        if group is not None and (holder is None or group[0] > holder[0] or self._is_object(holder)
                                  or self._counted_object(holder) or holder[1] <= group[1]):
            return group  # (某类企业在某交易所上市，市值…: the group is the topic, the name after a verb its object;
            # 甲省乙市某某电厂投产，装机…: a place inside the group's name is part of it, the plant holds)
        owner = self._earlier_possessor(sentence, clause)
        if owner is not None and (holder is None or holder[0] < owner[0]) and (group is None or group[0] < owner[0]):
            return owner  # 某苑有9宗交易，平均呎价为…: the estate that has the deals holds their price too
        if holder is None and group is None and (topic := self._earlier_topic(sentence, clause)) is not None:
            return topic  # (a name of the sentence holds on before it: 甲公司表示，前任…，…)
        example = (self._example(sentence, bound) or self._among(sentence, bound)
                   or self._modified_head(sentence, view.clause_start(bound), metric)
                   or self._counted_earlier(sentence, bound) or self._launched(sentence, view.clause_start(bound)))
        if example is not None and (holder is None or holder[0] < example[0]) and (
                group is None or group[0] < example[0]):
            return example
        reporter = self._own_reporter(sentence, bound)
        if reporter is not None and (holder is None or holder[0] < reporter[0] or self._scopes_measure(holder)) and (
                group is None or group[0] < reporter[0]):
            return reporter
        pronoun = self._opening_pronoun(sentence, bound)
        if pronoun is not None and (holder is None or holder[0] < pronoun.start) and (
                group is None or group[0] < pronoun.start) and (named := self._antecedent(pronoun)) is not None:
            return named  # 某某入市多年，其手握8只个股: who 其 stands for
        pointed = self._demonstrative(sentence, bound)
        if pointed is not None and (holder is None or holder[0] < pointed[0]) and (
                group is None or group[0] < pointed[0]):
            referent = self._referent(pointed)
            if referent is not None:
                return referent  # 该中心已引进40个团队: the centre named before
            if (self._last_holder(view.lines[cand.line].start, pointed[0], self.carried) is None
                    and view.text[pointed[0] + 1] != COMPANY_CLASSIFIER):
                return pointed  # (该款产品…: with no holder named before it in the paragraph, the phrase as written)
        paragraph = view.lines[cand.line].start
        for floor, holders in ((sentence, self.holders), (paragraph, self.carried)):
            if floor == paragraph and (topic := self._unnamed_topic(clause, sentence, q, metric)) is not None:
                return topic  # 某产品线已完成两轮扩容，累计投资…: before a holder carried from outside the sentence
            holder = self._past_breakdowns(floor, bound, holders)
            if floor == paragraph and (reporter := self._own_reporter(paragraph, sentence)) is not None and (
                    holder is None or holder[0] < reporter[0] or self._scopes_measure(holder)):
                return reporter  # 某公司公布财报，营收…；毛利率…: a company that reports its own holds on as names do
            if holder is not None:
                return holder
        place = self._reporting_place(view.lines[cand.line].start, bound)
        if place is not None and not self._names_the_article(place):
            return place  # 另据某省统计局数据，…: the province's economy holds what its bureau reports
        # a group that was a clause's topic earlier in the paragraph holds on when no name follows it; a trade
        # (全年旅游业实现收入…。接待游客…) only in its sentence: the next one counts the place's own
        topic = self._topic_group(view.lines[cand.line].start, bound, view.text[slice(*metric)])
        if topic is not None and topic[0] < sentence and self._is_trade(topic):
            topic = None
        # so does the set a clause of its own turned the paragraph to (至于企业方面，…；…), past its sentence
        fallback = topic or self._among(view.lines[cand.line].start, bound) or self._section_subject(q.start)
        if fallback is None and self._people_share_after(q) and not self._document_place():
            return self._market_scope(sentence, bound)  # 约六成受访者表示…: no one's
        return fallback or self.document_subject or self._market_scope(sentence, bound)

    def _people_share_after(self, q: Quantity) -> bool:
        """约六成乘客, 约一半人打算, 逾三成为女性患者: a share right before a word of people (population_nouns.txt)
        counts a population, no organisation the article is about: a survey's or a study's respondents, the riders a
        fare rise falls on, are no figures of the body that asked them or serves them (gold leaves them empty).
        Asked only where the sentence, paragraph and section name no holder, before the article's subject stands in."""
        if not _is_share_of_whole(q):
            return False  # (35%, 四成, 一半)
        text = self.view.text
        at = q.end
        while text[at : at + 1] in SHARE_LINKS:
            at += 1
        after = text[at : at + MAX_PEOPLE_PHRASE]
        cut = next((k for k, ch in enumerate(after) if ch in CLAUSE_PUNCTUATION), len(after))
        phrase = after[:cut]
        return "者" in phrase or phrase.startswith(_people())  # (男性侵犯者: a word of people ending in 者)

    def _document_place(self) -> bool:
        """The article's subject is a place: its people's shares are its own (某市65%居民…), also where it stands for
        the place of a body that reports (某市统计局公布…)."""
        own = self.document_subject
        return own is not None and (own in self.places or self.view.text[slice(*own)] in entity_lexicon().places)

    @cached_property
    def market_scopes(self) -> list[Span]:
        """全球 right before the noun of a measure (全球平板出货量, 全球筆電的出貨): how wide the measure is, so
        no holder where a company or a place is named; but where none is, the whole world's market is whose."""
        tokens = self.view.tokens
        return [(tok.start, tok.end) for i, tok in enumerate(tokens)
                if tok.text in SCOPE_WORDS and self._scopes_what_follows(i) and tokens[i + 1].tag.startswith("n")]

    def _market_scope(self, floor: int, before: int) -> Span | None:
        """The last market scope (全球…) between `floor` and `before`: the holder of a market's figures when its
        sentence, paragraph and article name no other (机构数据显示，全球某产品出货量为3亿部，同比增长2%)."""
        k = bisect.bisect_left(self.market_scopes, (before,)) - 1
        return self.market_scopes[k] if k >= 0 and self.market_scopes[k][0] >= floor else None

    def _product_of(self, maker: Span, q: Quantity) -> Span | None:
        """某公司的X9处理器良率, 某某的Z3手机续航: a model (letters and a digit) and the class of product after a maker
        and 的, before the figure in its clause, is the thing whose specification or output the figure is; so is a model
        glued to the maker's name (某某X9起售价), written out with it."""
        text = self.view.text
        if text[maker[1] : maker[1] + 1] != "的":
            model = self._model_at(maker[1], q.start)
            return None if model is None else (maker[0], model[1])  # 某公司X9起售价: the maker's model, as written
        model = _MODEL_NAME.match(text, maker[1] + 1)
        if model is None or model.end() >= q.start:
            return None
        product = next((w for w in PRODUCT_CLASSES if text.startswith(w, model.end())), None)
        return None if product is None else (model.start(), model.end() + len(product))

    def _model_at(self, start: int, before: int) -> Span | None:
        """A product model written at `start` (某某90 Plus, X9, Mate 60) that ends before `before`: a word of its own,
        no figure's number (营收100亿), no time (某某2024年), no code of a period, a money aggregate or a network (Q3,
        M2, 5G)."""
        view, text = self.view, self.view.text
        model = _MODEL_NAME.match(text, start)
        if model is None or model.end() >= before:
            return None
        end = model.end()
        brand = _HAN_BRAND.match(text, start)
        code = model.group()[2:] if brand else model.group()
        if _NOT_A_MODEL.fullmatch(code.split(" ")[0]):
            return None
        if not any(c.isascii() and c.isalpha() for c in code) and (brand is None or not self._names_a_line(start)):
            return None  # (2023、2024年, 以及50、44个, 假设2026年: a year, a list or a word before digits, no model)
        if text[end : end + 1] in TIME_CHARS or view.tokens[view.token_index_at(start)].start != start:
            return None
        k = bisect.bisect_left(view.quantity_starts, end) - 1
        if k >= 0 and view.quantities[k].end > end:
            return None  # (营收100亿: a figure and its magnitude; 某某8000 with nothing after the digits is a model)
        return start, end

    def _names_a_line(self, start: int) -> bool:
        """某某8000: two characters before the digits are a product line's name when jieba reads them as one noun."""
        tok = self.view.tokens[self.view.token_index_at(start)]
        return tok.start == start and tok.end == start + 2 and tok.tag.startswith("n")

    def _opening_model(self, start: int, before: int) -> Span | None:
        """某某50 Plus起售价为1499元: a model that opens the clause (or sentence) at `start` is its topic; the maker
        named or carried before holds none of the model's price or specifications."""
        text = self.view.text
        while start < before and text[start].isspace():
            start += 1
        return self._model_at(start, before)

    def _section_subject(self, offset: int) -> Span | None:
        """## 某部门增预算…: the first organisation named in the heading of the figure's section (no source, no
        speaker) holds its figures where no other is named, as the headline's holder holds the article's. Not a place
        or a person there: a section on a market or a speaker of an article about a company is still the company's."""
        section = self.view.section_of(offset)
        if section is None:
            return None
        entities = self.view.entities
        k = bisect.bisect_left(entities, (section[0],))
        while k < len(entities) and entities[k][1] <= section[1]:
            start, end, label = entities[k]
            if any(mark in self.view.text[section[0] : start] for mark in ",;，；"):
                return None  # (## 股权分散，某投资+某团队持股: a name past the heading's first clause is no topic)
            if label == "ORG" and (start, end) in self.standing_holders and not _COLON_AFTER.match(
                    self.view.text, end + _title_length(self.view.text, end)):
                return start, end  # (## 某券商：目标价…, ## 某署署长：…: who states the section's view, not whose
                # figures)
            k += 1
        return None

    def _demonstrative(self, floor: int, before: int) -> Span | None:
        """该中心已引进…, 这家公司现为…, 该款产品上市后…: the last clause between `floor` and `before` that opens with a
        demonstrative (该, 这, 此; a classifier may follow) and the nouns it points with is about the thing they point
        back to (该电站: a class noun, a holder word, only when it points back to a name or a group, 甲市某某电站;
        这些银行 alone stands for no one). Not one that points at a measure (此比例, 该数字: the figure's own words), a
        document (该报告: it reports), a place or a time (这里, 此前: one character, save the class of a place: 该市,
        该县 point back to one) or an occasion (此次)."""
        view, text = self.view, self.view.text
        found = None
        for match in _CLAUSE_OPENING.finditer(text, max(0, floor - 1), before):
            start = match.end()
            if not text.startswith(DEMONSTRATIVES, start):
                continue
            at = start + 1
            if text[at : at + 1] in TIME_CHARS:
                continue
            at += next((len(word) for word in DEMONSTRATIVE_CLASSIFIERS if text.startswith(word, at)), 0)
            i = view.token_index_at(at)
            end = at
            while i < len(view.tokens) and view.tokens[i].end <= before and i - view.token_index_at(at) < 4:
                tok = view.tokens[i]
                if tok.text in DISTANCE_WORDS:
                    break  # (該酒店/距離/n 某站: a verb of distance jieba tags as a noun in traditional script)
                if tok.start >= at and text[at : tok.end] in trade_class_endings():
                    end = tok.end  # (这家/r 车/n 企/ng: a trade's companies, not the product 该车 points to)
                elif tok.start < at and tok.start >= start and tok.tag == "r":
                    end = tok.end  # (该矿/r: jieba glues the demonstrative onto a one-character noun)
                    if text[at:end] in INSTITUTION_NOUNS or text[at:end] in ADMINISTRATIVE_CLASSES:
                        break  # (该校/r 毕业生 就业率: the institution or the place is the noun, what follows its own)
                elif tok.tag == "k" and end > at and tok.start == end:
                    end = tok.end  # (该车/r 型/k: a suffix ends the noun)
                elif (tok.start >= at and tok.tag.startswith(TOPIC_TAGS) and not self._in_time(tok)
                      and (tok.tag != "ns" or tok.text in entity_lexicon().places)  # (上市/ns is mistagged)
                      and text[at:end] not in PRODUCT_NOUNS):  # (该机/r 售价/n: the measure of the product)
                    end = tok.end
                elif not (tok.start >= at and tok.tag == "a"):  # (这些便民/n 新/a 措施/n: an adjective inside)
                    break
                i += 1
            noun = text[at:end]
            if ((len(noun) < 2 and noun not in INSTITUTION_NOUNS and noun not in ADMINISTRATIVE_CLASSES
                 and noun not in PRODUCT_NOUNS)
                    or (_measure_word(noun) and (_holder_words().get(noun) != "class"
                                                 or self._referent((start, end)) is None))
                    or noun.endswith(_measure_endings()) or noun.endswith(word_list("document_nouns.txt"))
                    or view.overlaps_quantity(at, end)):
                continue
            found = (start, end)
        return found

    def _referent(self, pointed: Span) -> Span | None:
        """The holder a demonstrative phrase points back to: the nearest one before it in the article whose name ends
        in the noun it points with (该中心 → 某某创新中心, 该电厂 → 甲市某某电厂: a class noun too). Not for a word
        every company is (该公司, 这家公司): the phrase stands as written."""
        text = self.view.text
        noun = text[pointed[0] + 1 : pointed[1]]
        noun = noun[next((len(w) for w in DEMONSTRATIVE_CLASSIFIERS if noun.startswith(w)), 0):]
        if noun in SELF_REFERENCES or (noun in _holder_words() and _holder_words()[noun] != "class"):
            return None
        if noun.endswith(PRODUCT_CLASSES) or noun in PRODUCT_NOUNS or text[pointed[0] + 1 : pointed[0] + 2] == "款":
            return self._last_model(pointed[0])  # 该车型交付…: the model named last, not the maker carried
        named = [(s, e) for s, e, label in self.view.entities if label != "PER" and e <= pointed[0]]
        named += [span for span in self.clause_holders.spans if span[1] <= pointed[0]]
        endings = INSTITUTION_NOUNS.get(noun) or trade_class_endings().get(noun) or (noun,)  # (该校: a name ending
        # in 大学 or 中学 too; 这家车企: a name ending in 汽车)
        found = max((span for span in named if span[1] - span[0] > len(noun) and text[slice(*span)].endswith(endings)),
                    key=lambda span: span[1], default=None)
        if found is None and noun in trade_class_endings():
            found = self._trade_name_opening(pointed[0], trade_class_endings()[noun])
        return found

    def _trade_name_opening(self, before: int, endings: tuple[str, ...]) -> Span | None:
        """远航汽车今年加快出海。这家车企…: a name no entity rule knows, that opens a clause of the paragraph before the
        trade noun and ends as the trade's names do (某某汽车 for 车企), is the company the noun points back to."""
        view = self.view
        floor = view.lines[view.line_of(before)].start
        pattern = _trade_name_pattern(endings)
        found = None
        for match in pattern.finditer(view.text, floor, before):
            start, end = match.span(1)
            if view.tokens[view.token_index_at(start)].start == start and not view.overlaps_quantity(start, end):
                found = start, end
        return found

    def _last_model(self, before: int) -> Span | None:
        """The product model named last before `before` in its paragraph or the one before it (某某X7, Galaxy S25):
        one that opens a word and is no figure; or a name in quotes a product's class noun stands before (芯片“某某”:
        `_quoted_names`), which is no model number but names the product as one does."""
        view = self.view
        line = view.line_of(before)
        floor = view.lines[max(0, line - 1)].start
        found = max((span for span in self.named_things if floor <= span[0] and span[1] <= before), default=None)
        for match in _MODEL_NAME.finditer(view.text, floor, before):
            start, end = match.span()
            tok = view.tokens[view.token_index_at(start)]
            if tok.start != start or view.text[end : end + 1] in TIME_CHARS:
                continue
            k = bisect.bisect_left(view.quantity_starts, end) - 1
            if k >= 0 and view.quantities[k].end > end:
                continue  # (营收100亿: a figure and its magnitude; 某某001 with nothing after the digits is a model)
            if found is None or start > found[0]:
                found = start, end
        return found

    def _pointed_place(self, holder: Span) -> Span | None:
        """该省居民, 该县工业, 这个国家: the last place before the phrase whose name ends in the class it points with
        (湖南省 for 该省, also as the place a public body is named for: 湖南省统计局)."""
        text = self.view.text
        start = holder[0]
        if not text.startswith(DEMONSTRATIVES, start):
            return None
        kind = next((cls for word, cls in PLACE_CLASSES.items() if text.startswith(word, start + 1)), None)
        if kind is None:
            return None
        entities = self.view.entities
        k = bisect.bisect_left(entities, (start,)) - 1
        while k >= 0:
            s, e, label = entities[k]
            k -= 1
            place = (s, e) if label == "LOC" else self._place_of_body(s, e) if label == "ORG" else None
            if place is not None and text[slice(*place)].endswith(kind):
                return place
        return None

    def _opening_pronoun(self, floor: int, before: int) -> Token | None:
        """The last pronoun of a person or an organisation (其) that opens a clause between `floor` and `before`, and
        does not speak (其表示…): the topic of that clause is who it stands for. (他, 她 were tried: they mostly
        open what a speaker says.)"""
        k = bisect.bisect_left(self.pronoun_starts, floor)
        last = bisect.bisect_left(self.pronoun_starts, before) - 1  # (the pronouns are looked up, not scanned for)
        while last >= k:
            tok = self.pronouns[last]
            opening = tok.start - (tok.text in SELF_REFERENCES and self.view.text[tok.start - 1 : tok.start] in
                                   DEMONSTRATIVES)  # (该/r 公司/n: jieba may cut them apart)
            if tok.end <= before and self._opens_clause(opening):
                return None if self.is_source(tok.start, tok.end) else tok  # (其表示…: a speaker, no holder)
            last -= 1
        return None

    def _antecedent(self, pronoun: Token) -> Span | None:
        """The name a pronoun stands for: the nearest person or organisation named before it in its paragraph (an
        organisation for 公司; for 该公司, 该集团 also in the paragraph before: they point back across a paragraph's
        end, where a bare 公司 is the article's company), though it speaks or reports elsewhere (某某表示…。其持有…:
        the speaker's own); not a house of analysts that judges others' figures (某咨询的数据显示，…。其中某业态…：
        其规模: the thing reported), nor a source after 据 (甲公司…。据某社报道，该公司…: the company before it)."""
        view = self.view
        line = view.line_of(pronoun.start)
        floor = view.lines[line].start
        if pronoun.text in SELF_REFERENCES and DEMONSTRATIVES[0] in view.text[pronoun.start - 1 : pronoun.end]:
            # (該公司 opening a paragraph: the company of the paragraph before; a bare 公司 is the article's)
            floor = next((view.lines[k].start for k in range(line - 1, 0, -1) if view.lines[k].text.strip()), floor)
        labels = ("ORG",) if pronoun.text in SELF_REFERENCES else ("PER", "ORG")
        k = bisect.bisect_left(view.entities, (pronoun.start,)) - 1
        while k >= 0 and view.entities[k][0] >= floor:
            start, end, label = view.entities[k]
            if label in labels and end <= pronoun.start and not (
                    (start, end) in self.speaking and view.text[start:end].endswith(ANALYST_ENDINGS)) and not (
                    self._after_source_opener(start, _source_cues()[1])):
                return start, end
            k -= 1
        return None

    def _listed_owner(self, q: Quantity) -> Span | None:
        """甲的8%、乙的2%: in a list of figures each after its owner and 的, the nouns between the joiner and 的 hold
        the figure, though no entity rule names them."""
        view, tokens = self.view, self.view.tokens
        i = view.token_index_at(q.start) - 1
        if i < 1 or tokens[i].text != "的" or tokens[i].end != q.start:
            return None
        j = i
        while j > 0 and tokens[j - 1].tag.startswith(TOPIC_TAG_PREFIXES) and not self._in_time(tokens[j - 1]):
            j -= 1
        if j == i or j == 0 or tokens[j - 1].text not in list_joiners():
            return None
        previous = tokens[j - 1].start  # the figure before the joiner is listed the same way (…的0.8%、)
        if not any(p.end == previous and view.text[p.start - 1 : p.start] == "的" for p in view.quantities):
            return None
        start, end = tokens[j].start, tokens[i - 1].end
        return None if end - start < 2 or view.text[start:end] in _holder_words() else (start, end)

    def _owner_of_earlier_metric(self, clause: int, metric: Span) -> Span | None:
        """政府将提高甲计划的资助上限，由300元提高至450元: a figure whose clause names no holder and whose measure is
        named in an earlier clause of its sentence, owned there by 的 (甲计划的, 「甲计划」的), is that owner's, though
        another holder is the topic of the sentence (政府 raises the cap; the cap is the scheme's). Not a venue after
        在, 于 or 从."""
        view = self.view
        if metric[1] > clause or metric[0] < view.sentence_start(clause):
            return None
        of = view.text.rfind("的", max(metric[0] - 1 - OWNED_GAP, 0), metric[0])
        gap = view.text[of + 1 : metric[0]]
        if of < 0 or (gap and not gap.isalpha()):  # (甲计划的每年金额: 每年 before the metric)
            return None
        before = of - (view.text[of - 1 : of] in _CLOSING_BRACKETS)  # (「甲计划」的)
        owner = self.clause_holders.last(view.clause_start(metric[0]), before, avoid=metric)
        if (owner is None or owner[1] != before or owner in self.speaking or self.is_source(*owner)
                or view.text[owner[0] - 1 : owner[0]] in VENUE_PREPOSITIONS):
            return None  # (甲公司在乙市场的份额，位居第一: where the topic's share is, not whose)
        return owner

    def _possessor_topic(self, clause: int, q: Quantity, metric: Span) -> Span | None:
        """某业务的营收占比从…, 对手的产品功耗多出…, 某区有学校300所: a noun phrase that opens the figure's clause
        and owns, by 的 or by a verb of having (有, 共有, 拥有, 设有), what the figure measures is whose figure it
        is, though no name is in it (a business, a product, a rival, a district); so does one that has, after 当中 and
        an adverb, a count right after the verb (当中某苑亦有9宗交易). Not a time (去年同期的), a word that
        points back (公司的: the name before holds), a measure that says nothing of whose (数据的) nor a phrase that
        opens with an adverb of aspect (已登记…的人数: a verb's clause)."""
        view, tokens = self.view, self.view.tokens
        i = view.token_index_at(clause)
        while i < len(tokens) and tokens[i].end <= q.start and (
                tokens[i].tag in TOPIC_OPENER_TAGS or not tokens[i].text.strip() or self._in_time(tokens[i])
                or tokens[i].text in AMONG_WORDS):
            i += 1  # 2025年，而…, 当中…: times, numerals, punctuation and conjunctions before the topic
        j = i
        while j < len(tokens) and tokens[j].tag.startswith(TOPIC_TAG_PREFIXES) and not self._in_time(tokens[j]):
            j += 1
        if i < j < len(tokens) - 1 and tokens[j].tag == "q" and tokens[j + 1].text == "的":
            j += 1  # 旗舰/n 系列/q 的售价: a classifier after a noun (系列, 版) closes the possessor's name
        verb = j
        while verb < len(tokens) and tokens[verb].tag == "d" and tokens[verb].end < q.start:
            verb += 1  # (某苑亦有7宗: an adverb before the verb of having)
        has = (j > i and verb < len(tokens) and tokens[verb].text in HAVING_VERBS
               and tokens[j - 1].tag.startswith(("n", "eng"))
               and (tokens[verb].end < q.start or tokens[verb].end == q.start and q.kind == "number"))
        if j == i or j >= len(tokens) or (tokens[j].end >= q.start and not has):
            return self._owner_of_count(clause, q)  # (jieba's nouns, or none: 朗/nr 晴/v 只有 2宗)
            # (非核心的3%: the phrase describes the figure itself; 某苑有9宗交易 has what it counts, not
            # 某负荷仍有20GW的缺口: a measure)
        if tokens[j].text != "的" and not has:
            return self._owner_of_count(clause, q)  # (某业务的 or 某区有 then the words measured; a verb of
            # having after a noun)
        start, end = tokens[i].start, tokens[j - 1].end
        phrase = view.text[start:end]
        if (len(phrase) < 2 or view.overlaps_quantity(start, end) or phrase in _holder_words()
                or phrase in word_list("generic_metrics.txt") or phrase.startswith(ASPECT_ADVERBS)):
            return None
        if start < metric[1] and metric[0] < end and (metric[0] != start or metric[1] <= end):
            return None  # the metric is the phrase itself (or starts inside it)
        return None if self.is_source(start, end) else (start, end)

    def _owner_of_count(self, clause: int, q: Quantity) -> Span | None:
        """朗晴只有2宗, 翠林亦录得3宗成交: `_OWNER_THEN_COUNT` fills the whole of the clause before a count; the
        phrase owns it, though jieba cuts it into no noun (朗/nr 晴/v). Not a time (今年只有), a holder word or a word
        that points back (其, 该), nor a phrase with a name the entity stage found (names hold by their own rules)."""
        if q.kind != "number" or not q.unit:
            return None
        m = _OWNER_THEN_COUNT.fullmatch(self.view.text, clause, q.start)
        if m is None:
            return None
        start, end = m.span(1)
        phrase = m.group(1)
        if any(is_common_word(phrase[:k]) and not (dictionary_tag(phrase[:k]) or "n").startswith(("n", "j"))
               for k in range(2, len(phrase) + 1)):
            return None  # (当中/s 有, 额外/b 有, 同样/d 拥有, 平均/a 每日: an adverb's or a verb's words, no owner)
        if (phrase in _holder_words() or phrase.startswith((*PRONOUNS, *DEMONSTRATIVES)) or self.times.enclose(
                start, end) or any(self._in_time(t) or t.tag in ("r", "p", "c", "v") and t.start == start
                                   for t in self._clause_tokens_before(end)) or self.view.overlaps_name(start, end)):
            return None
        return start, end

    def _earlier_clauses(self, sentence: int, clause: int) -> Iterator[Span]:
        """The clauses of the sentence before the one that starts at `clause`, as (start, end), the nearest first."""
        view = self.view
        k = bisect.bisect_left(view.clause_ends, clause)  # (the clause before the figure's ends at `clause`)
        while 0 <= k < len(view.clause_ends) and view.clause_ends[k] > sentence:
            yield max(view.clause_start(view.clause_ends[k] - 1), sentence), view.clause_ends[k]
            k -= 1

    def _earlier_possessor(self, sentence: int, clause: int) -> Span | None:
        """某区有学校300所，教师2000人, 某苑有9宗交易，平均呎价为…: the owner by a verb of having (`_possessor_topic`)
        of the first figure of an earlier clause of the sentence holds the figures of the clauses after it that name
        no holder, as a name would; the nearest such clause first."""
        view = self.view
        starts = view.quantity_starts
        for start, end in self._earlier_clauses(sentence, clause):
            n = bisect.bisect_left(starts, start)
            if n < len(starts) and starts[n] < end and (owner := self._possessor_topic(
                    start, view.quantities[n], (starts[n], starts[n]))) is not None and self._has_after(owner[1]):
                return owner
        return None

    def _earlier_topic(self, sentence: int, clause: int) -> Span | None:
        """某药房已开始试点，今年服务1200名长者: the topic (`_opening_topic`) of an earlier clause of the sentence that
        states no figure holds the figures of the clauses after it that name no holder; a subject stated once holds
        until another is named, a common noun (a product, a group, a scheme) as a name does. The nearest such clause
        first. Not a clause that ends in a locative (某群体分布上，…: an aspect the sentence is about, no topic) nor one
        with a figure (车资由8元加至9元，…: its opening noun is that figure's measure)."""
        view = self.view
        for start, end in self._earlier_clauses(sentence, clause):
            last = view.word_ending_at(end - 1)
            if view.overlaps_quantity(start, end) or last is None or last.tag == "f":
                continue
            if (topic := self._opening_topic(start, (end - 1, end - 1), (end - 1, end - 1))) is not None:
                return topic
        return None

    def _has_after(self, end: int) -> bool:
        """某苑有, 某苑亦有: a verb of having (after adverbs) right after `end`; an owner by 的 (每张卡的补贴…) is one
        figure's phrase, carried no further."""
        tokens = self.view.tokens
        i = self.view.token_index_at(end)
        while i < len(tokens) and tokens[i].start >= end and tokens[i].tag == "d":
            i += 1
        return i < len(tokens) and tokens[i].start >= end and (
            tokens[i].text in HAVING_VERBS or _HAVING_AFTER.match(self.view.text, end) is not None)

    def _past_clause_opening(self, clause: int, limit: int, *, times: bool = True, parts: bool = False) -> int:
        """The index of the first token of the clause at `clause` past what opens it before its topic: numerals,
        punctuation, conjunctions and blanks, times (with `times`) and 其中/当中 (PART_OPENERS, with `parts`); no
        token that ends after `limit` is passed."""
        tokens = self.view.tokens
        i = self.view.token_index_at(clause)
        while i < len(tokens) and tokens[i].end <= limit and (
                tokens[i].tag in CLAUSE_OPENING_TAGS or tokens[i].tag == "c" or not tokens[i].text.strip()
                or times and self._in_time(tokens[i]) or parts and tokens[i].text in PART_OPENERS):
            i += 1
        return i

    def _opening_topic(self, clause: int, figure: Span, metric: Span, *, once: bool = False) -> Span | None:
        """某某凭借…的优势, 散户正以…速度买入, 屋苑内约有30宗成交: a noun phrase that opens the figure's clause and is
        followed by its predicate (a verb, an adverb or a preposition) is the clause's topic, the nearest holder written
        there, though no entity rule names it, when the article names it again (a thing it is about, not a word of
        the moment) or it stands right before a word of PREDICATE_OPENERS (某系统每日载客…). Not a phrase the metric
        goes on from (雨水/综合利用率: words of the measure), one that opens a list (甲提升5%、乙提升3%), one behind
        a pronoun (其表态…: the pronoun is the topic) or a numeral (千台设备: the numeral's unit), a name's (entities
        hold by their own rules), a measure, a word that says how (主要, 当中) nor the part a share is of
        (某支出占…的比例: the measure). `figure`: the figure's span, or the end of a clause with none. `once`: a phrase
        named once holds too (where the holder would otherwise be carried from outside the sentence), and then a time
        may stand between it and its measure (某金矿2023、2024年年均产金…: the time dates the figure, it joins no
        list nor a compound word of the measure)."""
        view, tokens = self.view, self.view.tokens
        i = self._past_clause_opening(clause, figure[0], parts=once)
        # (not past a pronoun: 其, 该 open a clause whose topic they are; 其中 says the topic is a part)
        if i > 0 and tokens[i - 1].tag == "m" and tokens[i - 1].end == tokens[i].start:
            return None
        j = self._past_quantifier(i, figure)
        opening, i, quantified = i, j, j > i  # (首500间企业: members picked from a class, no measure nor passing word)
        if self._modifier_opens(j):
            j += 1  # (旗舰版/vn 手机, 纯/a 电动车: a word jieba tags as no noun that opens a compound noun)
        while j < len(tokens) and (tokens[j].tag.startswith(TOPIC_TAG_PREFIXES) or quantified and tokens[j].tag == "vn"
                                   or tokens[j].text in SERIES_WORDS and j > i) and not self._in_time(tokens[j]):
            j += 1
        if j == i or j >= len(tokens) or tokens[j].end > figure[0] or not (
                tokens[j - 1].tag.startswith(TOPIC_TAGS) or tokens[j - 1].text in SERIES_WORDS):
            return None  # (主要/b 从事, 当中/s 包括: an adverb's word, no topic)
        if j == i + 1 and tokens[i].tag == "ns" and tokens[i].text not in entity_lexicon().places:
            return None  # (a word tagged as a place that is no place of the gazetteer is mostly mistagged)
        if view.text.startswith("所", figure[1]):
            return None  # (大致抵消了用量翻倍所带来的开支: the figure is in a phrase that describes a noun)
        k = j
        while once and k + 1 < len(tokens) and tokens[k + 1].end <= figure[0] and self._in_time(tokens[k]):
            k += 1  # (某产品线今年持续扩张: a time between the topic named once and its predicate)
        follows = tokens[k]
        dated = k > j and metric[0] <= follows.start < metric[1]  # (某金矿2024年年均产金…: topic, time, its measure)
        if follows.text not in PREDICATE_OPENERS and not dated and (
                not follows.tag.startswith(("v", "p", "d")) or follows.tag == "vn" or follows.text in list_joiners()
                or follows.text in SHARE_VERBS):
            return None  # (营收与…利润: a list of measures)
        start, end = tokens[i].start, tokens[j - 1].end
        phrase = view.text[start:end]
        if (len(phrase) < 2 or view.overlaps_quantity(start, end) or _measure_word(phrase) and not quantified
                or phrase.startswith(ASPECT_ADVERBS + tuple(SELF_REFERENCES)) or _source_cues()[0].fullmatch(phrase)
                or (phrase.isascii() and (len(phrase) < MIN_LATIN_TOPIC or phrase.isupper()))
                or (self.uncaptioned.count(phrase) < TOPIC_MENTIONS and follows.text not in PREDICATE_OPENERS
                    and not quantified and not once)):
            return None  # (GMV, ARR: a measure's letters; AI, 5G: a kind of thing)
        if (dated or end < metric[0]) and (phrase.startswith(tuple(MEASURE_SCOPES))
                                           or any(start <= s < end for s, _ in self.places)):
            return None  # (全球笔电今年出货量…, 全球风电新增装机…: the market's scope or the place holds the figure by
            # its own rule)
        if start < metric[1] and metric[0] < end or not dated and self._leads_into(end, metric[0]):
            return None  # the metric is the phrase or goes on from it
        if any(s < end and start < e for s, e, _ in view.entities) or "、" in view.text[follows.start : figure[0]]:
            return None
        return None if self.is_source(start, end) else (tokens[opening].start, end)

    def _modifier_opens(self, i: int) -> bool:
        """旗舰版/vn 手机, 纯/a 电动车: an adjective of one character, or a word of three or more jieba tags as a verbal
        noun (mostly a noun it mistags), written right before a noun opens the noun phrase with it (jieba's tags stop
        the phrase there otherwise). Not a verbal noun of two (教育/vn 程度, 驱动/vn 因素: a verb's noun, an aspect)."""
        tokens = self.view.tokens
        if i + 1 >= len(tokens) or tokens[i + 1].start != tokens[i].end or not tokens[i + 1].tag.startswith("n"):
            return False
        word = tokens[i]
        return word.tag == "a" and len(word.text) == 1 or word.tag == "vn" and len(word.text) > 2

    def _unnamed_topic(self, clause: int, sentence: int, q: Quantity, metric: Span) -> Span | None:
        """某产品线已完成两轮扩容，累计投资超5亿元, 某类企业共有300余家，…: a topic-comment sentence whose opening noun
        phrase no entity rule names holds its figures though the article names it once (`_opening_topic`): the
        topic of the figure's clause, else that of the sentence where the figure's clause opens with its predicate
        (its topic is left out, the sentence's goes on). Asked only where no holder is named in the sentence, before
        the paragraph's or the article's subject is carried to it. Not in a heading, not past a name or a place
        (某网点覆盖全省20多个…: where, or whose, the figure is), not a sentence whose opening clause ends in a
        locative (客户分布上，…: an aspect, no topic), not a speaker (院方又指，…: it reports), nor a single everyday
        word (单位, 性别: a kind of thing)."""
        view, figure = self.view, (q.start, q.end)
        if view.lines[view.line_of(q.start)].is_heading:
            return None
        topic = self._opening_topic(clause, figure, metric, once=True) or self._beneficiary(clause, figure, metric)
        if topic is None and clause > sentence and self._opens_with_predicate(clause, q.start, metric) and not (
                (last := view.word_ending_at(view.clause_end(sentence) - 1)) is not None and last.tag == "f"):
            topic = (self._opening_topic(sentence, figure, metric, once=True)
                     or self._beneficiary(sentence, figure, metric))
        if topic is None:
            topic = self._modified_opening(clause, figure, metric) or self._topic_in_metric(clause, q.start, metric)
        if topic is None or is_common_word(view.text[slice(*topic)]) or _speaker_then_speech().match(
                view.text, topic[1]) or _official_then_report().match(view.text, topic[1]):
            return None
        if self._last_holder(topic[1], q.start, self.holders) is not None or any(
                topic[1] <= s < q.start for s, _ in self.places):
            return None
        return topic

    def _beneficiary(self, clause: int, figure: Span, metric: Span) -> Span | None:
        """为某类人士设贷款，最多可借…, 向某类商户发放补贴，每间…: a clause that opens (its doer left out) with 为 or 向
        and a noun phrase (`_opening_topic`, named once) then its verb is about those it serves: they hold the figures
        of the scheme, not the body named in an earlier sentence."""
        tokens = self.view.tokens
        i = self._past_clause_opening(clause, figure[0], times=False)
        if i + 1 >= len(tokens) or tokens[i].text not in BENEFICIARY_PREPOSITIONS or tokens[i + 1].end > figure[0]:
            return None
        return self._opening_topic(tokens[i].end, figure, metric, once=True)

    def _modified_opening(self, clause: int, figure: Span, metric: Span) -> Span | None:
        """入住某类房屋的住户平均每月租金…, 列入某名单的企业今年研发投入…: a clause that opens with a relative clause
        (words with a verb, closed by 的) and then a noun phrase that is its topic (`_opening_topic`, named once) has
        that whole phrase as its topic: the modifier says which members of the class hold the figure. Not a clause of
        a preposition (据某署公布的数字: MODIFIER_OPENERS), nor a modifier with a figure or a break in it."""
        view, tokens, text = self.view, self.view.tokens, self.view.text
        i = self._past_clause_opening(clause, figure[0], parts=True)
        if i >= len(tokens) or tokens[i].end > figure[0] or text.startswith(MODIFIER_OPENERS, tokens[i].start):
            return None
        start = tokens[i].start
        closed = text.find("的", start, min(figure[0], start + MAX_RELATIVE_CLAUSE + 1))
        if closed < 0 or any(ch in CLAUSE_PUNCTUATION for ch in text[start:closed]) or view.overlaps_quantity(
                start, closed):
            return None
        words = tokens[i : view.token_index_at(closed)]
        if not any(w.tag.startswith("v") and w.tag != "vn" for w in words) or any(
                w.tag == "r" or w.text in CAUSATIVES for w in words):
            return None  # (某类企业的营收: a possessor, no relative clause; 已令我们的…: a predicate, whose object)
        topic = self._opening_topic(closed + 1, figure, metric, once=True)
        return None if topic is None or topic[0] != closed + 1 else (start, topic[1])

    def _topic_in_metric(self, clause: int, before: int, metric: Span) -> Span | None:
        """某项护理服务需求上升三成, 轮候某科的病人需求…: where the metric opens the figure's clause (past times,
        其中/当中) as nouns then a word of what is asked for (需求: COUNTED_WORDS), the nouns before that word are the
        clause's topic, whose demand it is, with a modifier closed by 的 before them (轮候某科的);
        the metric alone reads as the topic's own. `before`: the figure's start."""
        view, tokens = self.view, self.view.tokens
        i = self._past_clause_opening(clause, metric[0], parts=True)
        j = view.token_index_at(metric[0])
        k = view.token_index_at(metric[1] - 1)
        if not (i < len(tokens) and i <= j < k < len(tokens) and tokens[j].start == metric[0]
                and tokens[k].end == metric[1] <= before):
            return None
        tail = tokens[k].text
        if tail not in COUNTED_WORDS:
            return None  # (商品猪销售/均价, 归母/净利润: a measure's own words, no holder)
        lead = tokens[j:k]
        if not all(t.tag.startswith(TOPIC_TAG_PREFIXES) or t.tag == "vn" for t in lead) or not (
                lead[-1].tag.startswith(TOPIC_TAGS) or lead[-1].tag == "vn") or any(self._in_time(t) for t in lead):
            return None
        start, end = metric[0], lead[-1].end
        if i < j:  # (a modifier closed by 的 before the nouns: 已登记某计划的医生, 已完成改造的老旧小区)
            between = view.text[tokens[i].start : start]
            closed = between.rfind("的")
            if closed < 0 or any(ch in CLAUSE_PUNCTUATION for ch in between) or view.overlaps_quantity(
                    tokens[i].start, start) or not all(t.tag.startswith(("n", "a", "b")) for t in tokens[
                        view.token_index_at(tokens[i].start + closed + 1) : j]):
                return None
            start = tokens[i].start
        phrase = view.text[start:end]
        if len(phrase) < 2 or _measure_word(phrase) or phrase in SELF_REFERENCES or self.view.overlaps_name(start, end):
            return None
        return start, end

    def _opens_with_predicate(self, clause: int, before: int, metric: Span) -> bool:
        """Whether the clause at `clause` opens (past times, numerals, joiners) with a verb, an adverb or a
        preposition before `before`, or with the figure's metric or another measure's word: its topic is left out
        (累计投资超…, 销售额达…, 均价下调后销量…)."""
        tokens = self.view.tokens
        i = self._past_clause_opening(clause, before)
        return i < len(tokens) and tokens[i].end <= before and (
            tokens[i].tag.startswith(("v", "d", "p")) and tokens[i].tag != "vn"
            or metric[0] <= tokens[i].start < metric[1] or _measure_word(tokens[i].text))

    def _past_quantifier(self, i: int, figure: Span) -> int:
        """各品牌的…, 部分钢材, 首500间企业, 顶尖5%纳税人: a quantifier that opens a noun phrase says which members of
        a class the topic is, and is part of it (so is a count after a word of rank): the index of the first word after
        it, or `i` where none opens there. Not a count that is the figure itself (首500间 is what is counted)."""
        tokens = self.view.tokens
        if i >= len(tokens):
            return i
        word = tokens[i]
        if word.text in TOPIC_QUANTIFIERS and word.tag in ("r", "n"):
            return i + 2 if i + 1 < len(tokens) and tokens[i + 1].text == "大" else i + 1  # (各/r 大/a 厂商)
        if word.text not in RANK_QUANTIFIERS or i + 1 >= len(tokens) or tokens[i + 1].start != word.end:
            return i
        j = i + 1
        while j < len(tokens) and self.view.overlaps_quantity(tokens[j].start, tokens[j].end):
            j += 1
        if j == i + 1 or j >= len(tokens) or tokens[i + 1].start <= figure[0] < tokens[j - 1].end:
            return i
        return j

    def _leads_into(self, end: int, metric_start: int) -> bool:
        """The words from `end` run into the metric (with none, the figure) with at most one word between that is no
        preposition, adverb, numeral or verb (雨水/综合/利用率, 月均/综合/回收率): the phrase before is a word of the
        measure, not its holder. A verb between that stands before metrics (skip_before_metric: 完成, 实现, 新增) is the
        predicate (某产业/完成/产值, 某园区/新增/企业): the phrase is its topic (复合, 综合 still join the measure)."""
        view = self.view
        if metric_start < end:
            return False
        between = view.tokens[view.token_index_at(end) : view.token_index_at(metric_start)]
        return len(between) <= 1 and not any(t.tag.startswith(("p", "d", "m")) or t.text in PREDICATE_OPENERS
                                             or t.tag == "v" and t.text in skip_before_metric() for t in between)

    def _example(self, floor: int, before: int) -> Span | None:
        """以某路线为例，车资为…: the thing a sentence takes as its example holds the figures after it; of a phrase with
        的, its head (以来往甲地的某路线为例: the route). Not a phrase with a verb in it (以一名男性投保100万元为例)."""
        text = self.view.text
        found = None
        for match in _EXAMPLE.finditer(text, floor, before):
            found = match  # the last one before the figure
        if found is None:
            return None
        start, end = found.span(1)
        start = max(start, text.rfind("的", start, end) + 1)
        view = self.view
        words = view.tokens[view.token_index_at(start) : view.token_index_at(end - 1) + 1]
        if end - start < 2 or any(w.tag.startswith("v") and w.tag != "vn" for w in words):
            return None  # (以一名男性投保100万元为例: a story, not a thing)
        return start, end

    def _among(self, floor: int, before: int) -> Span | None:
        """受访商户中，四成表示…, 在登记人士当中，…, 至于商户方面，…: the set of people or organisations a clause of
        its own says the sentence's figures are counted among or are about (the last one before the figure) holds them,
        as an example does. Not 其中
        (a pointer), a time (过去一年中), a place where figures are found (报告中, 调查期间中) or a phrase that ends in
        no noun."""
        view = self.view
        found = self._last_among(floor, before)
        if found is None:
            return None
        start, end = found.span(1)
        count = self._whole_count(start, found.end())
        if count is not None:  # (17间银行中，有16间…: the nouns after the count, and after a modifier closed by 的)
            start = max(count.end, view.text.rfind("的", count.end, end) + 1)
        last = view.word_ending_at(end)
        if (last is None or not last.tag.startswith(("n", "eng")) or view.text[start] in PRONOUNS | {"这", "此", "该"}
                or self.times.enclose(start, end) or self._in_time(last) or view.overlaps_quantity(start, start + 1)
                or not (self._names_members(view.text[start:end])
                        or (count is not None and count.unit in COUNTING_CLASSIFIERS))):
            return None  # (3亿元收入中: a sum, no set of members)
        if "、" in view.text[view.clause_start(before) : before]:
            return None  # (某领域中，甲、乙行业利润增长8%、3%: the items listed hold their own)
        return start, end

    def _last_among(self, floor: int, before: int) -> re.Match[str] | None:
        """The last `_AMONG` match in [floor, before), as scanning them all would find it, tried only where one can
        start (after a break), from the last such place back: a clause or paragraph with no break in it (a run-on
        table row) costs one try, not a scan of all of it for each figure."""
        openings = self._among_openings
        i = bisect.bisect_right(openings, before) - 1
        while i >= 0 and openings[i] >= floor:
            if (match := _AMONG.match(self.view.text, openings[i], before)) is not None:
                return match
            i -= 1
        return None

    @cached_property
    def _among_openings(self) -> list[int]:
        """Where an `_AMONG` match can start: the text's start and each place right after a break it follows."""
        return [0] + [m.end() for m in _AMONG_BREAK.finditer(self.view.text)]

    def _whole_count(self, start: int, after: int) -> Quantity | None:
        """17间银行中，有16间…, 在57间回应的学会中，有50间…: a set that opens with a count of its whole, then has (有)
        some of it picked, is the set the figures after it are picked from (a count of members, by a classifier of
        people or organisations, makes any noun after it a set); the count itself stays the speaker's or surveyor's,
        as its clause ends after it. Not a whole whose parts are something else (在500名会员之中，抽查了300宗…)."""
        view = self.view
        if not view.overlaps_quantity(start, start + 1) or not _HAVING_AFTER.match(view.text, after):
            return None
        count = view.quantities[bisect.bisect_right(view.quantity_starts, start) - 1]
        return count if count.start == start and count.kind == "number" else None  # (not an age band)

    def _modified_head(self, floor: int, before: int, metric: Span) -> Span | None:
        """某署辖下的某分处，本年度开支为…, 以外地游客为主的某区，上月成交…: where a clause of its own (the last one
        between `floor` and `before`) is one noun phrase, a modifier that names a holder and closes with 的, then the
        nouns it modifies, those nouns are the topic of the sentence: they hold its figures, not the names in the
        modifier (its owner, who runs it, who visits it). Not a clause of a preposition (据某署公布的数字), a bare
        possessor (某公司的历程: the possessor holds), a holder and its predicate (某署亦决定扩大…的范围), nor a head
        that is the metric, a measure, a document, a people or a time, or has a verb, a joiner or a figure in it."""
        view, text = self.view, self.view.text
        found = None
        for match in _MODIFIED_TOPIC.finditer(text, floor, before):
            found = match
        if found is None or text.startswith(MODIFIER_OPENERS, found.start(1)):
            return None
        start, end = found.span(2)
        if (self.clause_holders.last(found.start(1), found.end(1), avoid=(start, start)) is None
                or view.overlaps_quantity(found.start(1), end) or self.times.enclose(start, end)):
            return None  # (某国欠缺300公顷的土地: a figure in it, a clause of its own that states it)
        owner = self.clause_holders.last(found.start(1), found.end(1) - 1, avoid=(start, start))
        if owner is not None and owner[1] == found.end(1) - 1:
            return None  # (某公司的历程，…: a possessor, who holds what its things measure)
        if self._states_of_holder(found.start(1), found.end(1)):
            return None  # (某国是…的国家, 某署亦决定扩大…的范围: a holder and its predicate, whose object is the head)
        words = view.tokens[view.token_index_at(start) : view.token_index_at(end - 1) + 1]
        if (not words or words[0].start != start or words[-1].end != end
                or not words[-1].tag.startswith(("n", "eng", "j"))
                or any(w.tag.startswith(("v", "p", "d", "c", "r", "u")) and w.tag != "vn" for w in words)
                or any(w.text in list_joiners() or self._in_time(w) for w in words)):
            return None  # (…的产品与某某: a list; …的同时: a time)
        head = text[start:end]
        if (start < metric[1] and metric[0] < end or _measure_word(head)
                or head.endswith(word_list("document_nouns.txt")) or head.endswith(_people())):
            return None  # (某公司的营收，…: the measure; 某署公布的报告: a document; 某公司的客户: its people)
        return start, end

    def _states_of_holder(self, start: int, end: int) -> bool:
        """Whether the words from `start` to `end` open (after a conjunction) with a holder or a noun and then a verb,
        an adverb, a preposition or a time (某署亦决定…, 某会上周向…了解…), or with a verb after an earlier clause of
        the sentence (…，发现某厂承建的路段: what the sentence's topic did): a predicate, not a modifier (某署辖下,
        某司旗下, 来往甲地的)."""
        view = self.view
        i = view.token_index_at(start)
        while i < len(view.tokens) and view.tokens[i].end <= end and view.tokens[i].tag in ("c", "x"):
            i += 1
        if i >= len(view.tokens) or view.tokens[i].end > end:
            return False
        first = view.tokens[i]
        if first.tag.startswith("v") and first.tag != "vn":
            return start != view.sentence_start(start)
        spans = [span for span in self.clause_holders.spans if span[0] == first.start and span[1] <= end]
        last = max((e for _, e in spans), default=first.end if first.tag.startswith(("n", "r")) else None)
        if last is None:
            return False
        after = view.tokens[view.token_index_at(last)]
        return after.start < end and (after.tag.startswith(("v", "d", "p", "t")) and after.tag != "vn")

    @staticmethod
    def _names_members(phrase: str) -> bool:
        """The phrase names people or organisations a figure may count among (受访商户, 登记人士, 某类企业, 工会; not
        报告中, 数据中: where a figure is found)."""
        return phrase.endswith(_class_nouns() + _people() + PUBLIC_BODY_ENDINGS) or phrase in _holder_words()

    def _described_phrase(self, q: Quantity) -> Span | None:
        """那些按80倍市盈率估值的游戏公司, 在人数少于500人的协会中: a figure in a modifier closed by 的 (up to eight
        characters after it) describes the noun phrase after 的; when that names people or organisations (a class
        noun, a people's word, a body) it holds the figure, as a name after 的 does. Not a measure (…的营收), nor the
        object of a clause that opens with its verb (…，成为第一个拥有5000家分店的品牌: the topic before holds)."""
        view, tokens = self.view, self.view.tokens
        m = _DESCRIBING.match(view.text, q.end)
        if m is None or view.overlaps_quantity(q.end, m.end()):
            return None
        opening = tokens[view.token_index_at(view.clause_start(q.start))]
        if opening.tag.startswith("v") and opening.tag != "vn":
            return None
        i = j = view.token_index_at(m.end())
        if i >= len(tokens) or tokens[i].start != m.end():
            return None
        while j < len(tokens) and tokens[j].tag.startswith(TOPIC_TAG_PREFIXES) and not self._in_time(tokens[j]):
            j += 1
        if j == i or not tokens[j - 1].tag.startswith(TOPIC_TAGS):
            return None
        start, end = tokens[i].start, tokens[j - 1].end
        phrase = view.text[start:end]
        if (len(phrase) < 2 or _measure_word(phrase) or view.overlaps_quantity(start, end)
                or not self._names_members(phrase)):
            return None
        return start, end

    def _thing_having(self, q: Quantity) -> Span | None:
        """一所有800名学生的学校, 一间设有350个宿位的护理院: a figure after a verb of having (having_verbs.txt) in a
        modifier of one thing introduced (一所, 一间) and closed by 的 counts what that thing has: the noun phrase
        after 的 holds it (the students counted do not hold their own count; the builder, with no name in the clause,
        is not named). Not a measure (…的比例); a kind of holder (学校, 医院) is a thing."""
        view, tokens, text = self.view, self.view.tokens, self.view.text
        verb = next((v for v in by_length("having_verbs.txt") if text.endswith(v, 0, q.start)), None)
        thing_end = q.start - len(verb) if verb is not None else 0
        if verb is None or not _ONE_THING.search(text, max(0, thing_end - 2), thing_end):  # (two characters: 一所)
            return None
        opening = tokens[view.token_index_at(view.clause_start(q.start))]
        if opening.tag.startswith("v") and opening.tag != "vn":
            return None  # (…，成为区内首个拥有5000家分店的品牌: the topic before holds)
        m = _DESCRIBING.match(text, q.end)
        if m is None or view.overlaps_quantity(q.end, m.end()):
            return None
        i = j = view.token_index_at(m.end())
        if i >= len(tokens) or tokens[i].start != m.end():
            return None
        while j < len(tokens) and (tokens[j].tag.startswith(TOPIC_TAG_PREFIXES) or tokens[j].tag == "a") and (
                not self._in_time(tokens[j])):
            j += 1  # (安老/a 院舍/n: an adjective inside)
        if j == i or not tokens[j - 1].tag.startswith(TOPIC_TAGS):
            return None
        start, end = tokens[i].start, tokens[j - 1].end
        thing = text[start:end]  # (a kind of holder, 学校, is a thing too)
        if (len(thing) < 2 or thing.endswith(_measure_endings()) or thing in word_list("generic_metrics.txt")
                or view.overlaps_quantity(start, end)):
            return None
        return start, end

    def _share_of_people(self, q: Quantity) -> Span | None:
        """A share (35%, 四成, 一半) right before the noun phrase of people or organisations (商户, 在职人士), alone or
        after 的, that ends there (not 50%的公司利润: a share of a measure): the population it is a share of, which
        holds it."""
        view = self.view
        if not _is_share_of_whole(q):
            return None
        at = q.end + (view.text[q.end : q.end + 1] == "的")
        i = view.token_index_at(at)
        if i >= len(view.tokens) or view.tokens[i].start != at:
            return None
        found = None
        while i < len(view.tokens) and view.tokens[i].tag.startswith(("n", "v")) and view.tokens[i].end - at <= (
                MAX_PLACE_CHARS):
            tok = view.tokens[i]
            i += 1
            following = view.tokens[i] if i < len(view.tokens) else None
            phrase = view.text[at : tok.end]
            if (tok.tag.startswith("n") and tok.text not in ALSO_VERBS and phrase.endswith(_people() + _class_nouns())
                    and (following is None or not following.tag.startswith("n") or following.text in ALSO_VERBS)):
                found = at, tok.end  # (受访/v 商户/n: the words of a population; not 公司/n 利润/n, a measure; 受访
                # 企业/n 计划/n 明年…: 计划 after them is their verb, "plan to")
        if found is None or found[1] - at < 2 or view.text[slice(*found)].endswith(COUNTED_PEOPLE):
            return None  # (约一半人: no one named; 两成人口: a measure)
        return found

    def _surveyed_sample(self, q: Quantity) -> Span | None:
        """A share (六成, 45%, 一半) in a clause after the one that counts a survey's sample (某中心访问了1000名市民，
        其中六成…; 某会调查300间商户，当中四成…): the noun of those surveyed holds it, not the surveying body (it holds
        only the size of its sample)."""
        view, text = self.view, self.view.text
        if not _is_share_of_whole(q):
            return None
        clause = view.clause_start(q.start)
        sentence = view.sentence_start(q.start)
        k = bisect.bisect_left(view.quantity_starts, clause) - 1
        while k >= 0 and view.quantities[k].start >= sentence:
            sample = view.quantities[k]
            k -= 1
            if not _SURVEYED.search(text, max(sentence, sample.start - MAX_SURVEY_LOOKBACK), sample.start):
                continue
            raw = text[sample.end : view.clause_end(sample.start)]
            noun = raw.strip()
            start = sample.end + len(raw) - len(raw.lstrip())
            if 2 <= len(noun) <= MAX_SAMPLE_CHARS and not any(ch.isdigit() for ch in noun) and start < clause:
                return start, start + len(noun)
            return None
        return None

    def _in_time(self, tok: Token) -> bool:
        """Whether the word is part of a time phrase or a date (上半年, 去年同期): no topic."""
        return self.times.enclose(tok.start, tok.start + 1) or self.times.enclose(tok.end - 1, tok.end)

    def _is_object(self, holder: Span) -> bool:
        """A holder right after a verb (超越乙公司, 占全球) or a preposition of venue, channel or benchmark (在全国,
        向某行, 通过某所, 比某人) is what the clause's topic acts on, where, through what or against whom it acts;
        not so a possessor (使乙公司的利润增加) nor a name in a list (甲跌8%、乙跌9%): they hold their figures."""
        if holder in self.compared or self._after_benchmark_or_supplier(holder):
            return True  # 甲国与乙国相比: the base of a comparison; 仅次于乙的, 采用乙的: a benchmark, a supplier
        before = self.view.word_ending_at(self._listed_from(holder))
        if before is None:
            return False
        if before.text in OBJECT_PREPOSITIONS or self._is_location(holder):
            return True
        if before.text in CAUSATIVES:
            return False  # 使乙地门店增至12家: the one made to change holds the change
        if holder in self.people and (place := self.places_index.last(
                max(0, holder[0] - MAX_COMPETITOR_WORDS - MAX_PLACE_CHARS), holder[0], avoid=(0, 0))) is not None and (
                self._place_of_competitor(place, holder)):
            return False  # 某地田径好手/v 某某: a title jieba tags as a verb, after the place the person is from
        source = _source_cues()[0]
        return (before.tag.startswith("v") and before.tag != "vn" and not source.fullmatch(before.text)
                and self.view.text[holder[1] : holder[1] + 1] != "的")

    def _after_benchmark_or_supplier(self, holder: Span) -> bool:
        """仅次于乙的行业第二, 采用乙的3纳米制程: a name right after a verb of a benchmark or of a supplier is what
        the holder is measured against or what its product uses, never the holder, even as a possessor (before 的)."""
        text = self.view.text
        return text[max(0, holder[0] - MAX_BENCHMARK_VERB) : holder[0]].endswith(_benchmark_or_supplier_verbs())

    def _after_benchmark(self, holder: Span) -> bool:
        """仅次于乙: a name right after a verb of a benchmark (not of a supplier: 采用乙的3纳米制程 is the
        product's)."""
        text = self.view.text
        return text[max(0, holder[0] - MAX_BENCHMARK_VERB) : holder[0]].endswith(_benchmark_verbs())

    def _own_figure_after(self, holder: Span, q: Quantity) -> bool:
        """乙国的28%, 乙公司（募资500亿元）: the figure right after the name and its 的, or inside the brackets that
        open right after the name, is the name's own."""
        text = self.view.text
        if _OF_THEN_FIGURE.fullmatch(text, holder[1], q.start):
            return True
        return (text[holder[1] : holder[1] + 1] in OPENING_BRACKETS
                and not any(ch in CLOSING_BRACKETS for ch in text[holder[1] : q.start]))

    def _counted_object(self, holder: Span) -> bool:
        """惠及4.2万名学生，涉及开支…: a group right after a count that a verb or a preposition takes is what the
        clause's topic acts on, counted; it holds that count alone and carries no further (not after a verb of
        having, 有120名学生获奖: what the clause is about)."""
        view = self.view
        k = bisect.bisect_right(view.quantity_starts, holder[0]) - 1
        if k < 0 or view.quantities[k].end != holder[0] or not view.quantities[k].text.endswith(COUNTING_CLASSIFIERS):
            return False
        before = view.word_ending_at(view.quantities[k].start)
        if before is None or before.text in COUNT_OPENERS or self._opens_clause(view.quantities[k].start):
            return False
        # (a verb jieba tags otherwise, 惠及/ns, is still no noun before the count: 员工/n 300名 is one)
        return before.text in OBJECT_PREPOSITIONS or before.tag not in NOMINAL_BEFORE_COUNT and (
            before.tag != "vn" and not _source_cues()[0].fullmatch(before.text))

    def _scopes_count(self, place: Span, q: Quantity) -> bool:
        """扩展到甲国另外五个城市, 遍及全国20多个省, 向全市逾10万名长者派发: a place a verb or a preposition takes,
        right before a count of things or people in it, says where they are, not whose the count is."""
        return (q.text.endswith(COUNTING_CLASSIFIERS) and q.unit != ""
                and _PLACE_THEN_COUNT.fullmatch(self.view.text, place[1], q.start) is not None)

    def _listed_from(self, place: Span) -> int:
        """在甲地、乙地和丙地开设: where a place closes a list of places of its clause, the start of the list (the
        preposition or the verb before the first place takes the last too); else the place's own start."""
        listed = names_listed(self.view, self.view.clause_start(place[0]), place[1])
        if len(listed) < 2 or listed[-1] != place or place not in self.view.place_spans:
            return place[0]
        return listed[0][0]

    def _is_location(self, holder: Span) -> bool:
        """位于某国的工厂, 地处某省: a place after a verb of where something stands locates it; it holds nothing. Nor
        does a place that goods are shipped or sold to (出口到某国的柑橘, 销往某地, 外销某区: the seller's). Nor
        do the ends of a route (来往甲地及乙地的巴士线, 甲市至乙市航线): the route holds its fares and its traffic.
        Nor does a place a distance is measured from (酒店距离某站5分钟, 新校区离某站20公里: the thing located)."""
        before = self.view.word_ending_at(holder[0])
        text = self.view.text
        return (before is not None and before.text in LOCATIVE_VERBS or self._ends_route(holder)
                or text[max(0, holder[0] - MAX_DESTINATION_CHARS) : holder[0]].endswith(DESTINATION_WORDS)
                or text[max(0, holder[0] - 2) : holder[0]].endswith(DISTANCE_WORDS))

    def _is_venue(self, place: Span) -> bool:
        """A place (or a body: 他在某公司工作, 她们在某杯赛里列第五) after 在 or 于 with a word before the
        preposition in its clause that is no time, numeral, punctuation or conjunction (他在某市工作, 研究人员在某地
        找到, 又在主场射入): that word is or stands for who acts, the place is where. At the clause's head (在某国，
        已有…, 目前在某市) the place is the scene whose figures follow; before 的 (在某国的销售额) it names the
        market of the measure."""
        before = self.view.word_ending_at(self._listed_from(place))
        if before is None or before.text not in ("在", "于") or self.view.text[place[1] : place[1] + 1] == "的":
            return False  # (某产品在某国的销售额: the place's market, gold D42's 中国内地|集团)
        name = self.view.name_at(place[0])  # (the place that opens a venue's name, 某市 of 某市会展中心, is where too)
        if self.view.text.startswith(_staging_verbs(), max(place[1], name[1] if name else 0)):
            return True  # 某会10日在某中心举行，为期三天: where the event is held, whatever opens the clause
        counted = self.view.word_ending_at(before.start)
        if counted is not None and counted.tag == "m":
            return False  # 另一个在某区的单位: the place says which thing the phrase names
        words = [t for t in self._clause_tokens_before(before.start) if t.text.strip() and not self._in_time(t)]
        if any(t.tag.startswith("v") and t.tag != "vn" for t in words):
            return False  # 包括于甲院增设5个…、于乙院增加10个: a verb's object, where each figure goes (its holder)
        return any(t.tag not in SCENE_OPENING_TAGS for t in words)

    def _is_recipient(self, name: Span) -> bool:
        """捐给某基金会, 卖给某公司, 授予某某: a name right after a verb glued to 给 or 予 is what is given to; not one
        after 给 as a preposition (给某公司带来…收入: the one who gains holds)."""
        tok = self.view.word_ending_at(name[0])
        if tok is None or not tok.text.endswith(RECIPIENT_MARKS):
            return False
        if len(tok.text) > 1:
            return True
        verb = self.view.word_ending_at(tok.start)
        return (verb is not None and verb.tag.startswith("v") and verb.tag != "vn"
                and verb.text not in AUXILIARY_VERBS)  # (将会给某公司带来: 会 is no giving)

    def _judged(self, q: Quantity, metric: Span | None) -> Span | None:
        """给予乙公司目标价30元, 予乙公司“买入”评级，目标价…, 将乙公司目标价上调至…: a figure whose metric is a
        judgment an analyst gives a company (judgment_nouns.txt) belongs to the company judged, the last name of its
        sentence that the judgment is given to or that stands right before the judgment, not to the house that
        gives it (the recipient of a gift holds nothing: it holds its own target price)."""
        text, judgments = self.view.text, word_list("judgment_nouns.txt")
        if metric is None or not text[slice(*metric)].endswith(judgments):
            return None
        sentence = self.view.sentence_start(q.start)
        judged = [span for span in self.view.name_set if sentence <= span[0] and span[1] <= q.start
                  and (span in self.recipients or text[span[0] - 1 : span[0]] in RECIPIENT_MARKS
                       or text.startswith(judgments, span[1]))]
        if judged:
            return max(judged, key=lambda span: span[1])
        noun = next(word for word in judgments if text[slice(*metric)].endswith(word))
        if metric[1] - len(noun) - metric[0] >= 2 and text[metric[0] - 1 : metric[0]] in (*RECIPIENT_MARKS, *TAKING):
            return metric[0], metric[1] - len(noun)  # (给予某某汽车目标价: a name no rule knows opens the metric)
        return None

    def _is_opponent(self, name: Span) -> bool:
        """A name right after a verb of a match result (击败, 负于: match_words.txt; not 主场, 客场, which say where) is
        the opponent of the clause's team; so is one after the opponent's title and country (首战某国名将某某, 力挫
        某国选手某某: titles.txt), and the country itself; so is one after 同, 与, 跟 or 对 and before a noun of a
        meeting of two sides (同乙队的比赛中, 对乙队的战绩: match_encounters.txt)."""
        text = self.view.text
        start = name[0] - _title_length_before(text, name[0])
        if start < name[0] and (place := self.entity_ending.get(start)) in self.view.place_spans:
            start = place[0]
        if text[max(0, start - MAX_MATCH_VERB) : start].endswith(_match_verbs()):
            return True
        after = name[1] + (text[name[1] : name[1] + 1] == "的")  # 同乙队的比赛中, 与乙队交手: the other side
        return text[start - 1 : start] in MATCH_PARTNERS and text.startswith(_match_encounters(), after)

    def _ends_route(self, place: Span) -> bool:
        """来往甲地及乙地的…, 往返甲地与乙地, 甲地至乙地的路线: a place named as an end of a route, after a verb of
        going between places (with the other end before it) or in a pair joined by 至 or 到 before a word of a
        route."""
        text = self.view.text
        start, end = place
        before = text[max(0, start - MAX_ROUTE_LOOKBACK) : start]
        if _ROUTE_VERB_BEFORE.search(before):
            return True
        if _ROUTE_JOINER_BEFORE.search(before) and _ROUTE_AFTER.match(text, end):
            return True  # 甲地至乙地航线: the second end
        pair = _ROUTE_JOINER_AFTER.match(text, end)
        return pair is not None and _ROUTE_AFTER.match(text, pair.end()) is not None  # the first end

    def _clause_topic(self, clause: int, before: int, metric: Span) -> Span | None:
        """The last holder of the clause before `before` that is the clause's topic (no verb before it)."""
        while (holder := self.clause_holders.last(clause, before, avoid=metric)) is not None:
            if (self._is_topic(holder[0]) and not self._is_location(holder) and holder not in self.compared
                    and not self._after_benchmark_or_supplier(holder)):
                return holder
            before = holder[0]
        return None

    def _own_reporter(self, floor: int, before: int) -> Span | None:
        """某公司预计实现净利润2.1亿元, 某公司发布公告称, 某公司宣布, 某公司董事长某某表示: a company that reports
        figures, itself or through its executive, with no other holder named after it in the sentence reports its
        own. Not a public body or an outlet (某统计局公布, 据海关统计: they report others' figures), not an outlet or a
        data firm a credit line names (`_credited_names`) and not a name after 据."""
        text, entities = self.view.text, self.view.entities
        k = bisect.bisect_left(entities, (before,)) - 1
        while k >= 0 and entities[k][0] >= floor:
            start, end, label = entities[k]
            k -= 1
            if end > before:
                continue
            if label == "PER" and self._executive_of(start):
                continue  # (某公司董事长某某表示: the company is what speaks)
            if label != "ORG" or not self.is_source(start, end):
                return None
            name = text[start:end]
            if (name.endswith(PUBLIC_BODY_ENDINGS) or text[max(0, start - 2) : start].endswith(("据", "根据"))
                    or name in self.credited):
                return None  # (an outlet a credit line names, 某氪发现…, reports the company's figures)
            return (start, end) if (_OWN_REPORT.match(text, end) or self._forecasts_own(start, end)
                                    or self._speaks_through_executive(start, end)) else None
        return None

    def _executive_of(self, start: int) -> bool:
        """某公司董事长|某某: the person at `start` is named by a corporate title right after an organisation."""
        title = _title_endings().longest_ending_at(self.view.text, start)
        if title not in _executive_titles():
            return False
        company = self.entity_ending.get(start - len(title))
        return company is not None and self.name_at_start.get(company[0]) == company

    def _speaks_through_executive(self, start: int, end: int) -> bool:
        """某公司董事长某某表示，…, 某公司总裁指出…: a company whose executive speaks gives its own figures, as it does
        in a filing; not a house of analysts, a bank or an outlet (they speak of others' figures)."""
        name = self.view.text[start:end]
        return (_title_starts().first_at(self.view.text, end) in _executive_titles()
                and not name.endswith(FORECASTING_HOUSES + tuple(word_list("media_endings.txt"))))

    def _speaks_through_analyst(self, name: Span) -> bool:
        """某行经济学家某某称, 某证券分析师指出: a name right before the title of its economist or analyst
        (DESK_TITLES) is where the speaker works; the speaker judges the economy or a market, and the name so
        written holds none of the figures that follow (an executive, 某公司董事长, speaks for the company's own)."""
        title = _title_starts().first_at(self.view.text, name[1])
        return title is not None and title.endswith(DESK_TITLES)

    def _forecasts_own(self, start: int, end: int) -> bool:
        """某公司预计明年盈利下滑…: a company (its name ends in a company's tail) that forecasts results in its clause
        gives its own guidance; a house of analysts or a bank (某证券预计营收…) and a name no tail marks as a
        company (a broker's short name, 某摩) forecast others' (the holder carried, or one named after them, holds)."""
        name = self.view.text[start:end]
        return (_OWN_FORECAST.match(self.view.text, end) is not None and not name.endswith(FORECASTING_HOUSES)
                and _company_tails().longest_ending(name) is not None)

    def _scopes_rank(self, holder: Span, q: Quantity) -> bool:
        """全国第七, 中国第一, 全国排名前三: a place right before a rank (or its word of ranking) is the field the rank
        is in; so is one right before another rank listed before it (中国第一、全球第四: both places are fields)."""
        if holder not in self.places:
            return False
        between = self.view.text[holder[1] : q.start]
        between = between[next((len(w) for w in RANK_FIELDS if between.startswith(w)), 0):]  # (国内市场排名第四)
        return between in RANK_LINKS or _LISTED_RANK.fullmatch(between) is not None

    def _is_ratio_base(self, holder: Span, q: Quantity) -> bool:
        """销量已达某国的2倍, 比例只有某国的一半: a name between a linking word and the 的 before a multiple or a
        fraction is what the figure is compared with."""
        if not is_ratio(q):
            return False
        if not _OF_THEN_FIGURE.fullmatch(self.view.text, holder[1], q.start):
            return False
        return self.view.text[max(0, holder[0] - 2) : holder[0]].endswith(word_list("comparison_links.txt"))

    def _is_compared(self, holder: Span, q: Quantity) -> bool:
        """比乙国的4%, 较乙市: a name right after a word of comparison is the base the topic is measured against; it
        holds the figure it owns (乙国的4%) and none after it in the clause, except its own in brackets (领先乙指数
        （增长9%）: the outdone one's, as `outdone` says)."""
        text = self.view.text
        return (text[max(0, holder[0] - 3) : holder[0]].endswith(word_list("comparison_base_cues.txt"))
                and _BRACKET_OPEN.search(text, holder[1], q.start) is None)

    def _counted_list(self, clause: int, holder: Span, q: Quantity) -> int | None:
        """Where the places listed right before a count end with `holder` (甲市、乙市和丙市3家, 甲、乙等20多个城市), the
        start of the list: the figure counts them (or what stands in them). Companies so listed are the items a
        figure counts and hold it as a group (甲、乙、丙三家). Places listed before 的 and a count (来自甲省、乙省等
        地的12支球队, 甲国、乙国等国家的20台机车) say where the things counted come from: they hold no count either."""
        between = self.view.text[holder[1] : q.start]
        if between not in COUNT_AFTER_LIST and not (q.unit and _LISTED_ORIGINS.fullmatch(between)):
            return None
        listed = names_listed(self.view, clause, holder[1])
        if len(listed) < 2 or listed[-1] != holder or not all(span in self.places for span in listed):
            return None
        return listed[0][0]

    def _is_share_base(self, holder: Span, q: Quantity) -> bool:
        """占全球7%, 占全国的三成: a place or name right between a verb of share and the figure is the whole the
        share is of, not its holder (占某公司总股本1% names the holder's own total)."""
        text = self.view.text
        return text[max(0, holder[0] - 2) : holder[0]].endswith(SHARE_VERBS) and text[holder[1] : q.start] in ("", "的")

    def _mover(self, q: Quantity, metric: Span) -> Span | None:
        """某甲涨超11%: where the metric is the verb of change right before the figure, the clause's words before
        that verb (a name of up to MAX_MOVER characters) are whose move it is. So where the metric was named in an
        earlier clause and the figure's own clause is a name and a verb of change (…利润增长5%，乙业增长3%)."""
        view = self.view
        clause = view.clause_start(q.start)
        carried = metric[1] <= clause and (cue := view.word_ending_at(q.start)) is not None
        if carried:
            metric = cue.start, cue.end  # 甲业利润增长5%，乙业增长3%: the measure carried, the clause's own verb
            own = cue_endings().longest_ending(cue.text)
            if own is not None and own != cue.text:
                metric = cue.end - len(own), cue.end  # 宏/n 通涨/v: a verb of change glued to the name before it
        verb = view.text[metric[0] : metric[1]]
        if verb not in role_cues() or not 0 <= q.start - metric[1] <= 1:
            return None
        words = view.tokens[view.token_index_at(clause) : view.token_index_at(metric[0])]
        glued = view.tokens[view.token_index_at(metric[0])]
        piece = view.text[glued.start : metric[0]]
        if clause <= glued.start < metric[0] and piece not in word_list("comparison_cues.txt"):
            words = [*words, Token(glued.start, metric[0], piece, "n")]  # 宏/n 通涨/v 超2%: the name's end, glued
            # to the verb, is a noun's (not 环比 of 环比增长: how the change is reckoned)
        while len(words) > 1 and words[0].tag.startswith("t"):
            words = words[1:]  # 本周/t 某指数上涨3%: a time before the name
        start = words[0].start if words else clause
        timed = words
        while len(words) > 1 and words[-1].tag.startswith(("d", "t")):
            words = words[:-1]  # 某币一度/d 涨超5%, 某股盘中/t 跌3%: adverbs and times before the verb
        if words is not timed and len(words) == 1 and words[0].tag == "n":
            return None  # 股价本周涨幅翻倍: a common noun is a measure, not a name
        end = words[-1].end if words else metric[0]
        if (code := _CODE_AFTER_NAME.search(view.text, start, end)) is not None:
            end = code.start()  # 某公司（ABCD）收跌9%: the code of a listing after the name is no part of it
            words = [w for w in words if w.end <= end]
        name = view.text[start:end]
        if name in ADJUSTED_GROWTH:
            return None  # 实际增长4.9%: real growth of the measure before, no one's move
        longest, tags = (MAX_LISTED_MOVER, LISTED_MOVER_TAGS) if carried else (MAX_MOVER, MOVER_TAGS)
        if not 2 <= len(name) <= longest or _FIGURE_OR_CLAUSE.search(name) or not any(c.isalnum() for c in name):
            return None
        if not words or not (all(w.tag.startswith(tags) for w in words) and words[-1].tag.startswith(MOVER_TAGS)
                             or name.endswith(instruments())):
            return None  # 累计/d 降息, 要求/v 降息: an adverb or a verb, no name (比特币/q is a traded thing)
        if name in word_list("comparison_cues.txt") or (carried and any(self._in_time(w) for w in words)):
            return None  # 同比/j 减少5%, 三年里提升3个百分点: a comparison (whether the measure is carried or
            # named in the clause: 某市租金同比涨2%) or a time, no name
        return start, end

    def _counted_group(self, q: Quantity) -> Span | None:
        """30家城市商业银行获批…, 共有45家食品公司分红, 五位知情人士称: a count of bodies or people (a classifier of
        them, then a group ending in a class noun or in 人士) that opens its clause (after a time, 其中, 已有 or 共有)
        counts that group, and the group holds it (gold/README D36) rather than a holder carried from before.
        Not 某公司旗下有5家子公司 (the company, named in the clause, holds), 新开14家门店 (shops are neither bodies nor
        people), 当年仅有58名员工 (a holder's own staff), 向20间银行查询 (an object)."""
        view = self.view
        if not q.text.endswith(COUNTING_CLASSIFIERS) or not all(
                t.tag in CLAUSE_OPENING_TAGS or t.tag == "r" or t.text in COUNT_OPENERS or not t.text.strip()
                for t in self._clause_tokens_before(q.start)):
            return None  # (向300名学生发问卷, 交由三家公司承建: the count is an object, its holder the clause's topic;
            # …覆盖30家，以及20家…: after a conjunction it goes on with the last clause's object)
        i = view.token_index_at(q.end)
        if i >= len(view.tokens) or view.tokens[i].start != q.end:
            return None  # (the classifier ends the figure; the group's words follow it at once)
        found = None
        for tok in view.tokens[i : i + MAX_GROUP_TOKENS]:
            if not _groups_with(tok):
                break
            if tok.text.endswith(_class_nouns() + OUTSIDE_PEOPLE):
                found = (q.end, tok.end)
        if found is not None and view.text.startswith(("中", "当中", "當中", "之中"), found[1]):
            return None  # 20间银行中，有3间…: the set the next figure is picked from (a survey's sample: its maker's)
        return found

    def _launched(self, floor: int, before: int) -> Span | None:
        """某公司推出X5手表，续航提升…, 政府拟兴建一条80米隧道，每米造价…: the thing the last clause between `floor`
        and `before` ends by launching or building (after a count, a figure or an adjective that describes it) holds
        the figures of the clauses after it in the sentence, its specifications and its cost, not the maker or the
        builder (a product holds its specifications). Not a measure or a document (推出新计划: a plan states)."""
        view, tokens = self.view, self.view.tokens
        verb = next((k for k in range(view.token_index_at(before) - 1, view.token_index_at(floor) - 1, -1)
                     if tokens[k].text in LAUNCHING_VERBS and tokens[k].tag.startswith("v")), None)
        if verb is None:
            return None
        return self._thing_taken(verb + 1, before)

    def _thing_taken(self, i: int, before: int) -> Span | None:
        """The thing a verb of launching or building takes from token `i`: past what describes it (一条/m 80米/m,
        长80米、宽7米的), the nouns that end the clause by `before`; not a measure nor a document."""
        view, tokens = self.view, self.view.tokens
        while i < len(tokens) and tokens[i].end <= before and (
                tokens[i].tag in THING_DESCRIBING_TAGS or tokens[i].text in THING_DESCRIBING_WORDS
                or view.overlaps_quantity(tokens[i].start, tokens[i].end)):
            i += 1  # (一条/m 80米/m 隧道: how many and how big)
        j = i
        while j < len(tokens) and tokens[j].end <= before and tokens[j].tag.startswith(TOPIC_TAG_PREFIXES):
            j += 1
        if j == i or view.clause_end(tokens[i].start) != tokens[j - 1].end:
            return None  # (推出X5手表的计划: the thing is no clause's last words)
        start, end = tokens[i].start, tokens[j - 1].end
        thing = view.text[start:end]
        if len(thing) < 2 or _measure_word(thing) or thing.endswith(word_list("document_nouns.txt")):
            return None
        return start, end

    def _described_thing(self, q: Quantity) -> Span | None:
        """建造一座高80米的塔, 推出售价1999元的手表: a figure between a verb of launching or building and the thing
        the verb takes, in one clause, describes the thing: its size or its price is the thing's, not the builder's.
        Not a count of the things (推出3款手表, 兴建其中10万个单位: how many the maker launches or builds)."""
        view, tokens = self.view, self.view.tokens
        if q.text.endswith(COUNTING_CLASSIFIERS + DEMONSTRATIVE_CLASSIFIERS):
            return None
        first = view.token_index_at(q.start)
        k, words = first - 1, 0  # back past what describes the thing (一座/m 高/a 80米、宽/a): to the verb
        while k >= view.token_index_at(view.clause_start(q.start)) and not (
                tokens[k].tag.startswith("v") and tokens[k].tag != "vn"):
            if not (tokens[k].tag in THING_DESCRIBING_TAGS or tokens[k].text in THING_DESCRIBING_WORDS
                    or view.overlaps_quantity(tokens[k].start, tokens[k].end)):
                words += 1
            k -= 1
        if k < 0 or k == first - 1 or words > MAX_DESCRIBING_WORDS or tokens[k].text not in LAUNCHING_VERBS:
            return None
        return self._thing_taken(first, view.clause_end(q.start))

    def _counted_earlier(self, floor: int, before: int) -> Span | None:
        """去年共有30家物流企业营收过亿，平均利润率…, 约四成在职人士每周工作超过50小时，…: the group an earlier
        figure of the sentence counts or is a share of (`_counted_group`, `_share_of_people`), where no holder is named
        in that figure's clause, holds the figures after it in the sentence as a name would: a subject stated once
        holds until another is named, a common noun as a name does. The last such figure before `before`."""
        view = self.view
        k = bisect.bisect_left(view.quantity_starts, before) - 1
        while k >= 0 and view.quantities[k].start >= floor:
            q = view.quantities[k]
            k -= 1
            group = self._counted_group(q) or self._share_of_people(q)
            if group is None or group[1] > before:
                continue
            clause = view.clause_start(q.start)
            return None if self.clause_holders.last(clause, q.start, avoid=(q.start, q.start)) else group
        return None

    def _topic_group(self, floor: int, before: int, metric: str) -> Span | None:
        """The last group between `floor` and `before` that is its clause's topic and not part of the metric."""
        k = bisect.bisect_right(self.groups.ends, before) - 1
        while k >= 0 and self.groups.spans[k][0] >= floor:
            s, e = self.groups.spans[k]
            if ((self._opens_clause(s) or self._heads_modified_topic(s)) and self.view.text[s:e] not in metric
                    and not self._counted_right_after(e)):
                return s, e
            k -= 1
        return None

    def _heads_modified_topic(self, start: int) -> bool:
        """甲公司旗下的乙县电站, 公司控股的某某电厂: a group right after a modifier that closes with 的, with no verb
        of the clause before it, heads the clause's opening noun phrase: it is the topic, not the holder named in
        the modifier (its owner). Not after a preposition, an adverb or a joiner (甲与乙正按丙的发展计划…: the
        phrase is what a verb after it takes)."""
        return (self.view.text[start - 1 : start] == "的" and self._is_topic(start - 1)
                and not any(t.tag.startswith(("p", "d", "c")) for t in self._clause_tokens_before(start - 1)))

    def _counted_right_after(self, end: int) -> bool:
        """大型某某工程8处, 某类学校300所: a count of things right after a group counts it; the group is what its
        clause counts, no topic that holds the clauses after it."""
        view = self.view
        k = bisect.bisect_left(view.quantity_starts, end)
        if k >= len(view.quantities) or view.quantities[k].start != end:
            return False
        unit = view.quantities[k].unit  # a classifier of things (处, 项, 所), not a streak (三连跌) nor a time (3天)
        return view.quantities[k].kind == "number" and len(unit) == 1 and unit not in TIME_CHARS

    def _is_trade(self, group: Span) -> bool:
        """A group that is a trade by `is_industry` (汽车业, 纺织服装业), not by a class noun (白酒行业)."""
        name = self.view.text[slice(*group)]
        return name.endswith(INDUSTRY_ENDINGS) and not name.endswith(_class_nouns())

    def _traded_metric(self, metric: Span, clause: int, cand: Candidate) -> bool:
        """The metric is a traded thing alone, named in the figure's clause of running text, and the figure is a price
        or a move (多晶硅从每吨6万元涨到9万元, 某币盘中涨超5%): it is whose figure it is too. Not an amount of it (年产
        原油300万吨: the producer's) nor a row of a table (原油 | 万吨 | 3.5: a place's output and its change)."""
        text, q = self.view.text, cand.quantity
        return (metric in self.group_set and metric[0] >= clause and text[slice(*metric)].endswith(instruments())
                and (bool(q.currency) or cand.role in ("change", "rank"))
                and "\t" not in text[metric[1] : q.start] and "|" not in text[metric[1] : q.start])

    def _priced_in_metric(self, metric: Span, clause: int, q: Quantity) -> Span | None:
        """The thing a metric of the figure's clause names with its price (某某芯片价格上涨20%, 新款手表售价为2999元,
        铜价涨幅): the price is the thing's (ANNOTATION.md: a commodity's or a product's), not a holder's carried from
        an earlier clause. Not a price after a word that names no thing (平均价格, 市场价格) nor a row of a table."""
        text, view = self.view.text, self.view
        if metric[0] < clause or "\t" in text[metric[1] : q.start] or "|" in text[metric[1] : q.start]:
            return None
        phrase = text[slice(*metric)]
        found = _PRICED_THING.fullmatch(phrase)
        if found is None and (bare := _BARE_PRICE.fullmatch(phrase)) is not None:
            found = bare if bare.group(1).endswith(instruments()) else None  # 铜价, 金价 (not 股价, 房价)
        if found is None:
            return None
        start, end = metric[0], metric[0] + found.end(1)
        words = view.tokens[view.token_index_at(start) : view.token_index_at(end - 1) + 1]
        while words and (words[0].tag.startswith("t") or words[0].start < start):
            words = words[1:]  # 今年/t 铜价: a time before the thing
        if not words or words[-1].end > end and not text[words[-1].start : end].endswith(instruments()):
            return None  # (the price word cuts a word of the thing: 售价 of 零售价; 铜价 is one word)
        start = words[0].start
        k = view.token_index_at(start)
        for tok in reversed(view.tokens[max(0, k - MAX_THING_WORDS) : k]):
            if tok.end != start or tok.start < clause or not tok.tag.startswith(THING_WORD_TAGS):
                break
            start = tok.start  # 新款/n 无线/b [耳机售价]: the words of the thing the metric was cut short of
        thing = text[start:end]
        if thing in ECONOMY_NOUNS or thing in SELF_REFERENCES or _FIGURE_OR_CLAUSE.search(thing) or not (
                thing.endswith(instruments() + PRODUCT_CLASSES) or _LATIN_END.search(thing)):
            return None  # (食品价格, 衣着价格: a category of a place's prices, the place's)
        return start, end

    def _priced_thing(self, group: Span) -> bool:
        """生猪价格下跌10%, 白银价格: a traded thing right before its price, whose price (and its move) it holds; 原油
        加工量 (an output) is the producer's or the country's."""
        text = self.view.text
        return text[slice(*group)].endswith(instruments()) and text.startswith(PRICE_WORDS, group[1])

    def _stake_holder(self, q: Quantity) -> Span | None:
        """某某持股4.66%, 某某通过旗下平台持有1.2亿股, 某某本月减持0.8%: the words that open the figure's clause (or
        follow 的) right before a verb of holding are who holds the stake, though no entity rule knows the name (a
        person, a fund or a company the lexicons lack). Not a word that points back (其, 该公司: they have their own
        rules), nor a phrase with a figure in it."""
        view, text = self.view, self.view.text
        clause = view.clause_start(q.start)
        i = view.index_before(q.start)
        while i >= 0 and view.tokens[i].start >= clause and view.tokens[i].text not in _stake_verbs():
            i -= 1
        if (i < 0 or view.tokens[i].start < clause or view.index_before(q.start) - i > MAX_STAKE_OBJECT_TOKENS
                or view.overlaps_quantity(view.tokens[i].end, q.start)):
            return None
        j = i - 1
        means = next((k for k in range(j, max(j - MAX_STAKE_OBJECT_TOKENS - 2, -1), -1)
                      if view.tokens[k].start >= clause and view.tokens[k].text in STAKE_MEANS), None)
        if means is not None:
            j = means - 1  # (某某通过旗下平台持有: the holder is before the means)
        while j >= 0 and view.tokens[j].start >= clause and (view.tokens[j].tag in STAKE_GAP_TAGS
                                                             or view.tokens[j].text in STAKE_GAP_WORDS):
            j -= 1
        if j < 0 or view.tokens[j].start < clause:
            return None
        end = view.tokens[j].end
        while j >= 0 and view.tokens[j].start >= clause and view.tokens[j].tag.startswith(STAKE_HOLDER_TAGS):
            j -= 1
        start = view.tokens[j + 1].start
        opens = j < 0 or view.tokens[j].end <= clause or view.tokens[j].text == "的" or not text[
            view.tokens[j].start : view.tokens[j].end].strip()
        phrase = text[start:end]
        if (not opens or not 2 <= len(phrase) <= MAX_STAKE_HOLDER or phrase in SELF_REFERENCES
                or phrase.startswith(DEMONSTRATIVES) or phrase[0] in PRONOUNS or view.overlaps_quantity(start, end)
                or self.is_source(start, end)):
            return None
        return start, end

    def _name_at(self, start: int) -> Span | None:
        """The name (not a source) that starts at `start`, if one does."""
        name = self.view.name_at(start)
        return name if name is not None and not self.is_source(*name) else None

    def _inside_name(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e, _ in self.view.entities)

    def _scopes_superlative(self, end: int) -> bool:
        """某国月活规模最大的应用, 全省最高的: a place glued by nouns alone to a superlative says where a thing ranks
        (the thing holds the figures); 某国是全球最老化的国家 (a verb between) is the place's own."""
        view = self.view
        i = view.token_index_at(end)
        for tok in view.tokens[i : i + MAX_SCOPED_NOUNS + 1]:
            if tok.start < end:
                return False
            if (superlative := _SUPERLATIVE.match(view.text, tok.start)) is not None:
                return not self._has_noun(tok.end, superlative.end() - 1)  # (某线最繁忙时段的班次: the noun after
                # 最繁忙 is the line's own, no thing the place ranks)
            if not tok.tag.startswith(("n", "vn")) or _FIGURE_OR_CLAUSE.search(tok.text):
                return False
        return False

    def _has_noun(self, start: int, end: int) -> bool:
        """A noun stands among the words between `start` and `end`."""
        view = self.view
        i = view.token_index_at(start)
        while i < len(view.tokens) and view.tokens[i].end <= end:
            if view.tokens[i].tag.startswith("n"):
                return True
            i += 1
        return False

    def _after_comparison(self, start: int) -> bool:
        """高于全省平均, 比全国: a group after a comparison word is the benchmark, not the holder."""
        before = self.view.text[max(0, start - 2) : start]
        return before.endswith("于") or before.endswith(word_list("comparison_cues.txt"))

    def _last_holder(self, floor: int, before: int, holders: _HolderIndex) -> Span | None:
        """The last holder that ends by `before` and starts at or after `floor`, preferring one that is the topic
        of its clause: in 甲公司…，超越乙公司、跃居全球第三，市占率升至9% the figure is 甲公司's, while 乙公司
        and 全球 are objects of verbs. With no topic, the last that is no object of a verb (推出的甲芯片，采用乙公司
        工艺，续航提升25%: 甲, not 乙)."""
        spans = holders.spans
        k = bisect.bisect_right(holders.ends, before) - 1
        last = spans[k] if k >= 0 and spans[k][0] >= floor else None
        if last is not None and self._after_benchmark_or_supplier(last):
            last = None  # (仅次于乙, 采用乙工艺: not even the last resort)
        subject = None
        while k >= 0 and spans[k][0] >= floor:
            if (self._is_topic(spans[k][0]) and spans[k] not in self.compared
                    and not self._after_benchmark_or_supplier(spans[k])):
                if k + 1 < len(spans) and spans[k + 1][1] <= before and self._place_of_competitor(spans[k],
                                                                                                  spans[k + 1]):
                    return spans[k + 1]
                return self._scoping_company(floor, spans[k], holders) or spans[k]
            if subject is None and not self._is_object(spans[k]) and not self._counted_object(spans[k]):
                subject = spans[k]
            k -= 1
        chosen = subject or last
        return chosen and (self._scoping_company(floor, chosen, holders) or chosen)

    def _place_of_competitor(self, place: Span, person: Span) -> bool:
        """某国跳水名将某某, 某地「举重女神」某某: a place that opens a clause, then a sport or a nickname and a
        competitor's title (competitor_titles.txt) or a nickname in quotes right before a person, says where the
        competitor is from; the person is the clause's topic and holds its figures (scores, weights, times)."""
        text = self.view.text
        between = text[place[1] : person[0]]
        if person not in self.people or place not in self.places or not 0 < len(between) <= MAX_COMPETITOR_WORDS:
            return False
        if between.endswith(_CLOSING_BRACKETS) and between.startswith(QUOTE_OPENINGS):
            return all(c.isalpha() for c in between[1:-1])  # 「举重女神」: a nickname
        return between.endswith(tuple(words("competitor_titles.txt"))) and all(c.isalpha() for c in between)
        # (no punctuation nor digit: one noun phrase)

    def _scoping_company(self, floor: int, place: Span, holders: _HolderIndex) -> Span | None:
        """A company named as a clause's topic before `place`, when `place` is a place word that opens the measure
        after it (某公司…，上半年全球出货量…, 某车企去年全国销量…): the place says how wide the company's
        measure is; the company holds it, and its later figures too."""
        if not self._scopes_measure(place):
            return None
        k = bisect.bisect_right(holders.ends, place[0]) - 1
        while k >= 0 and holders.spans[k][0] >= floor:
            span = holders.spans[k]
            if self.name_at_start.get(span[0]) == span and self._is_topic(span[0]):
                return span
            k -= 1
        return None

    def _company_before(self, place: Span) -> Span | None:
        """The company that is the topic of, or reports, the sentence of `place` before it."""
        sentence = self.view.sentence_start(place[0])
        return self._scoping_company(sentence, place, self.holders) or self._own_reporter(sentence, place[0])

    def _scopes_measure(self, place: Span) -> bool:
        """`place` is a place word right before a noun of a measure (全球/出货量, 全国/销量; not a rank, a verb or
        的): it says how wide the measure is, and yields to a company that reports or is the topic before it."""
        if self.view.text[slice(*place)] not in MEASURE_SCOPES:
            return False
        tokens = self.view.tokens
        end = place[1]
        i = self.view.token_index_at(end)
        tok = tokens[i] if i < len(tokens) and tokens[i].start == end else None
        return (tok is not None and tok.tag.startswith(MEASURE_TAGS)
                and not tok.text.startswith(NOT_MEASURE_OPENERS))

    def _clause_tokens_before(self, start: int) -> Iterator[Token]:
        """The tokens between the start of its clause and `start`, nearest first."""
        view = self.view
        i = view.token_index_at(start) - 1
        clause = view.clause_start(start)
        while i >= 0 and view.tokens[i].start >= clause:
            yield view.tokens[i]
            i -= 1

    def _opens_clause(self, start: int) -> bool:
        """Only a time (1—6月份，), a numeral or punctuation stands between the start of its clause and `start`."""
        return all(t.tag in CLAUSE_OPENING_TAGS or not t.text.strip() for t in self._clause_tokens_before(start))

    def _is_topic(self, start: int) -> bool:
        """No verb and no preposition of venue, channel or benchmark stands between the start of its clause and
        `start` (当局亦公布全国居民收入: what a source reports is still the topic; 在某交易所上市, 向某地询价: not so
        what a preposition takes). A verb right before 的 describes the name (某人新设的某公司): the name is the head
        of the phrase, still the topic."""
        source = _source_cues()[0]
        after = None  # the word after t (t runs back from `start`)
        for t in self._clause_tokens_before(start):
            relative = after is not None and after.text == "的"  # 某人新设的某公司: a verb that describes the name
            if ((t.tag.startswith("v") and t.tag != "vn" and not source.fullmatch(t.text) and not relative
                 and t.text not in BODY_SPEECH) or t.text in OBJECT_PREPOSITIONS):
                return False  # (他指本港经济…: 指, as 称 and 说, opens what is said, whose topic the name is)
            after = t
        return True

    def _document_subject(self) -> Span | None:
        """The first holder of the headline or of its lead, unless the article names another far more often."""
        headed = self._headline_holder()
        salient = self._most_named()
        text = self.view.text
        if salient is not None:
            count = text.count(text[slice(*salient)])
            if count >= SALIENT_MENTIONS and count >= SALIENT_RATIO * max(1, text.count(text[slice(*headed)])
                                                                          if headed else 1):
                return salient
        return headed

    def _most_named(self) -> Span | None:
        """The first mention of the organisation or place (two characters or more, a holder) named most often."""
        text = self.view.text
        holders = set(self.holders.spans)
        counts: dict[str, tuple[int, Span]] = {}
        for start, end, label in self.view.entities:
            name = text[start:end]
            if label in ("ORG", "LOC") and len(name) > 1 and (start, end) in holders and name not in counts:
                counts[name] = (text.count(name), (start, end))
        if not counts:
            return None
        return max(counts.values(), key=lambda found: (found[0], -found[1][0]))[1]

    def _only_times(self, start: int, end: int) -> bool:
        """Only times and numerals (6月, 上半年) or nothing stand between `start` and `end`."""
        view = self.view
        i = view.token_index_at(start)
        while i < len(view.tokens) and view.tokens[i].end <= end:
            if not view.tokens[i].tag.startswith(("t", "m")):
                return False
            i += 1
        return True

    def _headline_holder(self) -> Span | None:
        """The first holder of the headline (the first line), or of the first paragraph after it; with none in either,
        the nouns that open the headline."""
        lines = [line for line in self.view.lines if line.text.strip() and not line.is_heading]
        lines = lines[:1] + [line for line in lines[1:] if line not in self.bylines][:1]  # (作者 | 某某: no lead)
        holders = self.headline_holders
        places = self.view.place_spans
        for line in lines:
            start = line.start
            tag = _COLUMN_TAG.match(self.view.text, start)
            if tag is not None:
                start = tag.end()  # 【某某肺炎大爆发】: a column tag names the story's theme, not its holder
            k = bisect.bisect_left(holders, (start, -1))
            while k < len(holders) and holders[k][1] <= line.end and (
                    self._modifies_a_thing(holders[k]) or self._in_breakdown(holders[k])):
                k += 1  # 一块某国饼干, 某地总部: a place that says where a thing is from or stands is not its holder;
                # 其中城镇居民…: nor is a part a breakdown names the article's holder
            if k < len(holders) and holders[k][1] <= line.end:
                while (k + 1 < len(holders) and holders[k + 1][0] == holders[k][1]
                       and holders[k] in places and holders[k + 1] in places):
                    k += 1  # 湖南長沙: of places side by side, the last is the most specific (not 某公司某券商电话会)
                if (k + 1 < len(holders) and holders[k] in self.places and holders[k + 1] in self.group_set
                        and self.view.text[slice(*holders[k + 1])].endswith(_class_nouns())
                        and self._only_times(holders[k][1], holders[k + 1][0])):
                    k += 1  # 某省5月规模以上工业企业营收: the place's group is the more specific holder
                if line is lines[0] and (spoken_for := self._spoken_for(holders[k], lines)) is not None:
                    return spoken_for
                return holders[k]
            if (place := self._publisher_place(start, line.end)) is not None:
                return place
        if not lines:
            return None
        return self._headline_topic(lines[0]) or next(filter(None, map(self._headline_maker, lines)), None)

    def _spoken_for(self, person: Span, lines: list[Line]) -> Span | None:
        """某某谈发展战略, 省长某某作政府工作报告: a person who opens the headline is rarely the holder of the
        article's figures; they speak for the company or the place the article names them by (某公司董事长某某, 某省
        省长某某), else for the next holder of the headline or its lead `lines`: that holder stands for the article.
        Not one named as a player or a candidate (某队后卫某某, 候选人某某), nor one the headline gives a figure of
        (某某增持300万股): those figures are the person's own. None: the person stands."""
        view, text = self.view, self.view.text
        if person not in self.people:
            return None
        headline = lines[0]
        others = [s for s, _ in self.headline_holders if person[1] <= s < headline.end]
        if any(person[1] <= q.start < min(others, default=headline.end) and q.kind not in ("date", "duration")
               for q in view.quantities):
            return None  # (某某增持300万股: no other holder between the person and the figure; 某某掌舵一年: a time)
        name = text[slice(*person)]
        holders = {e: (s, e) for s, e in self.headline_holders if (s, e) not in self.people}
        for s, e in sorted(self.people):
            if s < headline.start or not (text[s:e].startswith(name) or name.startswith(text[s:e])):
                continue
            title = _title_endings().longest_ending_at(text, s)
            if title in words("competitor_titles.txt"):
                return None  # (某队后卫某某: a player's figures are their own)
            if title is not None and (held := holders.get(s - len(title))) is not None:
                return held
        following = [span for span in self.headline_holders if span not in self.people
                     and person[1] <= span[0] and span[1] <= max(line.end for line in lines)]
        return min(following, default=None)

    def _headline_maker(self, headline: Line) -> Span | None:
        """某公司发表新款笔电: with no holder named in the headline or its lead, a company the headline (else the lead:
        某某集团发布季度业绩报告，…) names as the one that launches or announces is what the article is about, though it
        reports (not a public body, an outlet or a house of analysts: they report others' figures, nor the alias in
        brackets of a name, 某能源署（ABC）: it is that name)."""
        text = self.view.text
        media = word_list("media_endings.txt")
        for s, e, label in self.view.entities:
            if s >= headline.end:
                break
            name = text[s:e]
            alias = text[s - 1 : s] in OPENING_BRACKETS and s - 1 in self.entity_ending
            if (s >= headline.start and label == "ORG" and len(name) > 1 and (s, e) not in self.speaking
                    and (s, e) not in self.no_makers and not alias
                    and not name.endswith(PUBLIC_BODY_ENDINGS + ANALYST_ENDINGS + media)):
                return s, e
        return None

    def _modifies_a_thing(self, holder: Span) -> bool:
        """A place of the gazetteer glued to a noun phrase with no measure, economy, people or holder word in it (某国
        饼干, 某市总部, 某国芯片股) says where a thing comes from or stands; 某国经济, 某省出口, 某地电动车销量, 某市
        创业者 are the place's. So does one glued between a noun and a measure word or a noun (某线香港段: which part
        of the line). Asked of the headline's and the lead's holders only: in a clause, 10年期某国国债 is the
        country's bond, and gold names the country."""
        view = self.view
        if view.text[slice(*holder)] not in entity_lexicon().places:
            return False
        i = view.token_index_at(holder[1])
        if i >= len(view.tokens) or view.tokens[i].start != holder[1]:
            return False
        before = view.word_ending_at(holder[0])
        if before is not None and before.tag.startswith("n") and view.tokens[i].tag in ("n", "q"):
            return True  # 某线香港段, 某行香港分行: glued between nouns, the place says which part of a thing
        if view.tokens[i].tag != "n":
            return False
        for noun in view.tokens[i : i + MAX_GROUP_TOKENS]:
            if not noun.tag.startswith(("n", "vn")):
                return True
            if _may_hold(noun.text) or noun.text.endswith(_measure_endings() + ECONOMY_NOUNS + _people()):
                return False  # (某地电动车销量, 某地创业者: the place's own measure of the thing, its own people)
        return True

    def _publisher_place(self, start: int, end: int) -> Span | None:
        """湖北省统计局发布…, 某市统计局：…: the place a public body that reports figures is named for (its first
        organisation between `start` and `end`), whose economy its figures are (the body holds none of them)."""
        text = self.view.text
        k = bisect.bisect_left(self.view.entities, (start,))
        while k < len(self.view.entities) and self.view.entities[k][1] <= end:
            s, e, label = self.view.entities[k]
            k += 1
            if label != "ORG" or (s, e) in self.standing_holders or not text[s:e].endswith(PUBLIC_BODY_ENDINGS):
                continue
            return self._place_of_body(s, e)
        return None

    def _reporting_place(self, floor: int, before: int) -> Span | None:
        """另据某省统计局数据，…增长4%: the place the last government body that reports between `floor` and `before`
        is named for, whose economy its figures are (not a university's institute or a website: 某地大学某研究院,
        某国某网 report on others)."""
        entities, text = self.view.entities, self.view.text
        k = bisect.bisect_left(entities, (before,)) - 1
        while k >= 0 and entities[k][0] >= floor:
            s, e, label = entities[k]
            k -= 1
            if label == "ORG" and e <= before and text[s:e].endswith(GOVERNMENT_ENDINGS) and self.is_source(s, e):
                return self._place_of_body(s, e)
        return None

    def _names_the_article(self, span: Span) -> bool:
        """The span names what the article's subject names (甘肃省 for a headline's 甘肃)."""
        if self.document_subject is None:
            return False
        name, own = self.view.text[slice(*span)], self.view.text[slice(*self.document_subject)]
        return name in own or own in name

    def _place_of_body(self, start: int, end: int) -> Span | None:
        """The place of the gazetteer a public body's name opens with (湖北省 of 湖北省统计局), if any."""
        text = self.view.text
        for length in range(min(MAX_PLACE_CHARS, end - start - 1), 1, -1):
            if text[start : start + length] in entity_lexicon().places:
                return start, start + length
        return None

    def _headline_topic(self, headline: Line) -> Span | None:
        """某某旗舰版全面开售, 某海第二季获利创新高: with no holder named in the headline, the nouns that open it (past
        an adjective: 新某债券) are what the article is about, a product or a company no entity rule knows: their
        longest opening that the article names again TOPIC_MENTIONS times or more (某基ETF规模缩水: the fund, not
        规模)."""
        view, end = self.view, headline.end
        tag = _COLUMN_TAG.match(view.text, headline.start)
        i = view.token_index_at(headline.start if tag is None else tag.end())
        while i < len(view.tokens) and view.tokens[i].end <= end and view.tokens[i].tag.startswith(("a", "x")):
            i += 1  # (新/a: which of them; a space or a bracket)
        j = i
        while (j < len(view.tokens) and view.tokens[j].end <= end and view.tokens[j].tag.startswith(TOPIC_TAGS)
               and not self._in_time(view.tokens[j])):
            j += 1
        body = view.text[end:]
        for k in range(j, i, -1):
            phrase = view.text[view.tokens[i].start : view.tokens[k - 1].end]
            if body.count(phrase) >= TOPIC_MENTIONS:
                if (len(phrase) < (MIN_LATIN_TOPIC if phrase.isascii() else 2) or phrase in _holder_words()
                        or phrase.endswith(_measure_endings())):
                    return None  # (基尼系数创新高: a measure; 堅尼 before it is no name)
                if (view.tokens[i].start, view.tokens[k - 1].end) in self.speaking | self.reporting_bodies:
                    return None  # (某總處上修…: a body that reports the article's figures is no topic of them)
                return view.tokens[i].start, view.tokens[k - 1].end
        return None
