"""ORG rules: institutions and organisation suffixes, companies (brand + industry word, the name before a corporate
title), English organisation names, and brands before products (outlets are in `outlets`)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import cache, cached_property

from pipeline.entities.document import (
    ALNUM,
    CONJUNCTION_ENDS,
    COUNT_WORD,
    FUND_TYPES,
    GLUED_FUNCTION_CHARS,
    K_CLASS_NOUN,
    K_COMPANY,
    K_FUND_TYPE,
    K_KNOWN_PLACE,
    K_LIST_SEP,
    K_OFFICER,
    K_ORG,
    K_PLACE_TEAM,
    K_PUNCT,
    K_RARE_SHORT,
    K_TEAM_WORD,
    K_TITLE_HEAD,
    MAX_NAME_CHARS,
    NAME_CONJUNCTIONS,
    RARE_HEAD_TAGS,
    SPECIAL_TREATMENT,
    EntityDocument,
    Rules,
    has_cjk,
    is_cjk,
    is_punct,
    match_starts,
    place_team_word,
)
from pipeline.entities.enumerations import list_items, list_matches
from pipeline.entities.indices import INDEX_WORDS, index_names, index_word_at
from pipeline.entities.latin import company_context, words_after
from pipeline.entities.lexicon import INDEFINITE_ONE, KIND_MODIFIERS, Lexicon, counted_kind, lexicon
from pipeline.entities.select import Candidate
from pipeline.lexicons import word_list, words
from pipeline.numerals import find_quantities
from pipeline.numerals.characters import CN_CHARS
from pipeline.text.listings import SHARE_MOVE, STOCK_LISTING
from pipeline.text.punctuation import CLOSING_BRACKETS, CLOSING_QUOTES, OPENING_BRACKETS
from pipeline.text.segment import dictionary_frequency, dictionary_tag, in_dictionary, is_common_word
from pipeline.text.tags import (
    BRAND_TAGS,
    COMMON_NOUN_TAGS,
    COMPANY_WORD_TAGS,
    ITEM_TAGS,
    NOUN_TAGS,
    PERSON_TAGS,
    PROPER_TAGS,
)
from pipeline.text.tokens import Token

_LATIN_PRODUCT = re.compile(r" ?(?:[A-Z][a-z]+|i[A-Z][a-z]+)(?![A-Za-z])")
_CAPITAL = re.compile(r"[A-Z]")
_CAPITALISED_WORD = re.compile(r"[A-Z][a-z]")  # Foo, not FOO (an acronym) nor iFoo (a product)
_ACRONYM_BEFORE = re.compile(r"(?<![A-Za-z.&])([A-Z]{2,6}) $")  # QVB Global Partners: an acronym opens the name
# 2比1, 以118比110, 以二比一 (Hong Kong and Taiwan write scores in numerals): a match's score between a team and
# its result
_SCORE = re.compile(r"以?(?:\d{1,3}|[零一二两三四五六七八九十百]{1,5})比(?:\d{1,3}|[零一二两三四五六七八九十百]{1,5})")
MAX_TEAM_CHARS = 6  # 某省某某, 某市某某队
ABBREVIATION_TAGS = frozenset({"nt", "j"})  # jieba's tags of a short form its dictionary may hold (中行/j)
CLUB_WORD = "会"  # after a sport, a club (某某足球会), which jieba reads as the verb 会
MAX_CLUB_NAME_CHARS = 4  # characters of a club's name before its sport (某某足球会)
CLUB_NAME_STOP_TAGS = ("v", "p", "u", "c", "d", "r", "m", "q", "f", "t")
MAX_LISTED_NAME_CHARS = 10
_LINE_AFTER = re.compile(r"[\u4e00-\u9fff]{1,3}线")  # a transport line's name after its operator's
ROLE_OR_PRODUCT_WORDS = frozenset({"银行", "软件"})  # industry words that after jargon name no company
CONTEXT_BRAND_TAGS = frozenset({"n", "nz", "x", "j", "nt", "ng", "vn"})  # (`brands_in_company_context`; no nr, ns)
DETERMINERS = tuple("该本各其这那此每")
SIDE_OR_KIND = ("方", "企")  # 某方: a side of talks (美方, 资方); 某企: a kind of business (车企, 港企)
# words after a name that follow kinds of business (糖果公司), markets (油市分析师) and prices (零售价上调) too
NOT_BRAND_CONTEXT = ("公司", "集团", "股东", "大股东", "分析师", "经济学家", "首席经济学家", "策略师", "上调", "下调")
GUESSED_BRAND_TAGS = frozenset({"n", "nz", "x"})  # jieba's tags of a word its guesser made up (`_guessed_brand`)
MAX_KNOWN_PIECES = 4  # jieba pieces a known name may be cut into (`split_known_names`)
MAX_KNOWN_CHARS = 12
FUND_MANAGER_TAGS = PROPER_TAGS | {"j", "f"}  # 华夏/ns, 易方达/nr, 广发/nz, 上证/j, 南方/f
MAX_FUND_MANAGER_CHARS = 4
# the tags of a brand's word after its city (`brands_after_places`; 千寻/i: a guess read as an idiom)
PLACE_BRAND_TAGS = frozenset({"j", "nz", "nr", "nrt", "x", "i"})
# 某市/ns 蓝某/ns 表示: a rare word jieba reads as a place or a common noun names a firm before a verb of speech too
PLACE_COMMON_BRAND_TAGS = frozenset({"n", "ns"})
MAX_SHORT_BRAND = 3  # characters of a brand after its place in one jieba word (`_named_after_place`)
RARE_BRAND_FREQ = 100  # jieba's count of a brand it hardly knows (a word of everyday text counts hundreds: 分行 437)
FUTURES = "期货"  # after a brand, a futures broker (某达期货); after a commodity or an index, a contract
# words after 期货 that make it a market or a contract, not a broker (某国期货市场, 期货交易所)
FUTURES_MARKET_WORDS = ("市场", "交易所", "合约", "价格", "品种", "期权", "指数", "行情", "交易", "账户", "投资")
FUTURES_BRAND_TAGS = PROPER_TAGS | {"j"}  # 某达/ns, 某华/nz: a broker's brand jieba takes for a place or a name
JOINED_BRAND_TAGS = frozenset({"nz", "nt", "j"})  # the first of two brands in a broker's name (`_joined_brand`)
# what ends a list's item; punctuation in both widths, as the text the rules read may hold either (股东为甲市某某,)
ITEM_ENDS = frozenset({"、", "，", ",", "。", "；", ";", "（", "(", "和", "及", "与", "等", "共同", "分别"})
QUOTE_OPENERS = frozenset("由据与和及被向对从在跟同")  # function characters before a quoted subject (由「某某」推出)
LAUNCHED = frozenset({"推出", "发布", "公布"})  # acts whose object a quote names as often as their subject
_QUOTED_NAME = re.compile(r"[「“『](?P<name>[\u3400-\u9fffA-Za-z]{2,10})[」”』]")
_SENTENCE_END = re.compile(r"[。；！？\n]")
# an amount of money right after an investor's brand in a list (某某5000万元、某某4000万): digits, 万 or 亿, a currency
_INVESTED_AMOUNT = re.compile(r"[0-9][0-9.,]*\s*(?:万|亿)+(?:元|美元|港元|人民币)?(?=[、，。；等）\n]|$)")
INVESTOR_ACTS = ("持股", "出资")  # what an investor does with a figure after it (某市某某持股22%, 出资1200万元)
MAX_INVESTOR_BRAND = 4  # characters of an investor's brand after its city, in one or two jieba words
# `cited_sources`: the words of a figure's source after its name (某某数据, 按某某口径), the words that cite it
# before the name (据某某数据), what may link the name to its data (某某提供的数据), the words after the data that
# make a clause's opening name its source without a citing word (某某数据显示), and the tails a person's name does
# not take (据某某数据: a person counts, 据张某统计, and provides, 据张某提供的数据)
SOURCE_TAILS = frozenset({"数据", "口径", "统计", "报告"})
SOURCE_OPENERS = frozenset({"据", "根据", "按", "援引", "来自"})
SOURCE_LINKS = frozenset({"提供", "给出", "发布"})
SOURCE_SHOWS = frozenset({"显示", "称", "表明"})
PERSONLESS_TAILS = frozenset({"数据", "口径"})
MIN_SOURCE_CHARS, MAX_SOURCE_CHARS, MAX_SOURCE_WORDS = 2, 6, 3
TRANSLITERATION_TAGS = frozenset({"nr", "nrfg", "nrt"})  # a foreign name's syllables jieba cut (某若/nr 斯特/nrt)
# `credited_sources`: the credit line of a chart or a table (（图源/某某整理）, 数据来源：某某), the marks after its
# word, and the words after the credited name that are no part of it (某某整理, 某某网站截图)
CREDIT_MARKS = frozenset({":", "：", "/"})  # (the words before and after the name: source_credit_*.txt)
# `round_investors`: the acts of an investor in a round, the adverbs between it and them (某某继续跟投), the
# items' joiners, what opens the investors' phrase, and the words that say what the investor is (老股东某某)
_ROUND_ACT = re.compile(r"领投|跟投|参投")
_ROUND_ADVERB = re.compile(r"(?:继续|共同|联合|也|亦|均|则|再次|独家|等)$")
_ROUND_JOINER = re.compile(r"[、和及与]")
ROUND_OPENERS = frozenset("由，。；：（(,;:\n ")
_INVESTOR_KIND = re.compile(r"(?:老股东|股东|投资方|机构|基金)")
MAX_ROUND_INVESTORS_CHARS = 20
DIGIT_OR_NUMERAL = frozenset("0123456789") | frozenset(CN_CHARS)  # a figure starts (22%, 三成; not 多年)
CENTRAL_AUTHORITY = "中央"  # the central government, named by its level alone (`central_authority`)
CENTRAL_AUTHORITY_NEXT_TAGS = frozenset({"t", "m"})  # a time or a number after it (中央去年, 中央一号文件)
ASPECT_WORDS = frozenset({"正在", "已经", "仍在"})  # adverbs of aspect jieba tags as time words (正在/t 评估)
GLUED_PREPOSITIONS = frozenset("向于从对与在")  # the preposition of an adverb jieba made one word with it (正向, 已于)
COPULAS = frozenset({"是", "为"})  # after a word, what it is defined as, not an act (某果是水果)
REPORT = frozenset({"report"})  # company_context.tsv: what a firm reports, and 据 before its name (`_cited_brand`)
# 甲市七二三厂, 乙市3105研究所: a code of digits read one at a time, then a works' or an institute's word
NUMBERED_WORKS = re.compile(r"(?:[〇零一二三四五六七八九]{2,5}|[0-9]{3,5})(?:厂|研究所|研究院)")
NOT_AFTER_WORKS = frozenset("房区址长")  # 甲市三五厂房: a factory building, a district, a site, the director
FORMER_MARKERS = frozenset({"前", "原"})  # 前某锐教育副总裁: the employer one was with before (`_after_former`)
COMPANY = "公司"  # the generic company word: a tail with no brand, or after an everyday word that acts as a brand
ABSTRACT_ENDINGS = ("性",)  # 代表性, 成长性: a quality, no brand
WORD_BRAND_CHARS = 2  # an everyday word as a brand (苹果); longer ones name sectors (互联网公司, 新能源公司)
# words after a trade in jieba's dictionary (服装行业, 零售业, 玩具厂, 电脑商, 手机店): what they follow is a trade
TRADE_MARKERS = ("行业", "产业", "企业", "业", "厂", "商", "店")  # a company's word after its trade (某某建筑公司)
SUBSIDIARY = "子公司"  # after a company's name, a company it owns (某某材料子公司): the parent is the name
DESK_TITLES = ("分析师", "策略师", "经济学家", "研究员")  # the posts of a desk, after 首席 (chief) or not
CHIEF = "首席"
GENERIC_KIND_HEADS = ("部门", "企业", "机构", "上市公司")  # generic_org_heads.txt without the names' own heads
PARTY_UNITS = frozenset({"党委", "党组"})  # a party's committee inside a body, before its posts (党委书记)
# company_context.tsv kinds that make 上海汽车 a company (not report words, which follow a place too: 某国汽车数据)
PLACE_COMPANY_CONTEXT = frozenset({"market", "results", "act", "role", "holding"})
# what a company has that may follow its name and 的 (某江实业的股价, 某海汽车的净利润): its shares and its results
POSSESSED_COMPANY_CONTEXT = frozenset({"market", "results"})
CORPORATE_ACTS = frozenset({"act"})
CITY_CENTRES = frozenset({"市中心", "城市中心", "市区中心"})  # the middle of a town, never a body's 中心
STATEMENT_VERBS = frozenset({"呼吁", "发表", "批评", "谴责", "警告", "敦促", "指责", "声明", "发布"})
SHORT_NAME_CONTEXT = frozenset({"market", "results", "act", "report"})
MARKET_CONTEXT = frozenset({"market"})
HOLDING_CONTEXT = frozenset({"holding"})  # 持股, 持有, 增持: what an investor does with its stake
FIGURE_CONTEXT = frozenset({"market", "results"})  # 股价, 营收, 财报: figures only a company has
SHORT_NAME_STOP_TAGS = ("p", "u", "c", "r", "d", "m", "f", "t", "x", "q")
MOVER_STOP_TAGS = ("v", "d", "p", "u", "c", "r", "m", "t", "q", "x")  # (prefixes: vn too)
MAX_MOVER_CHARS = 6  # characters of a share's short name before its move
# adverbs that follow the second of two movers (甲涨3元，乙则跌1元; 乙亦涨, 乙也涨, 乙仍跌): jieba may glue one onto
# the last character of a short name it does not know (某/nr 海则/n), and no such name ends in one
MOVER_ADVERBS = frozenset("则亦也仍")
FIRST_ITEM_STOP_TAGS = tuple(t for t in MOVER_STOP_TAGS if t != "v")  # a verb may be part of a name: 某科/ns 立/v
LIST_JOINERS = frozenset({"和", "及", "与"})  # the conjunction before a list's last item (甲、乙及丙)
_MONTH_WORD = re.compile(r"[0-9]{1,2}|[一二三四五六七八九十]{1,3}|月|月份|前")  # 11/m 月/m: a month's name, cut
_CLAUSE_END = re.compile(r"[，。；！？：\n]")
# 等 and a group of shares (等晶圆代工概念股, 等权值股): what a list of listed companies closes on
_SHARE_GROUP_AFTER_LIST = re.compile(r"等[\u4e00-\u9fff]{0,6}股")
SHORT_STOCK_WORD_TAGS = frozenset({"nz", "nr", "n", "nt"})  # a short name jieba guessed whole (某茂科/nz)
SHARE_NAME_TAGS = frozenset({"nr", "nrt"})  # a short name jieba takes for a person's name (某辉/nr)
# 公布中期业绩, 发布全年财报: a company publishing its results
_PUBLISHED_RESULTS = re.compile(r"(?:公布|发布|公告|交出)[\u4e00-\u9fff]{0,4}?(?:业绩|财报|年报|季报)")
SPEECH_CUES = frozenset({"表示", "指出"})  # what a person says as often as a company
LIST_ITEM_ENDS = frozenset({"、", "与", "及", "和"})  # what follows an item of a list of names
# a clause that names a group of shares (航运股方面, 金融股中, 记忆体族群中) right before the clause of its members
_SHARE_GROUP_CLAUSE = re.compile(r"(?:股|板块|族群)(?:方面|中|之中)?$")
MAX_SHARE_GROUP_CHARS = 8
BRAND_HEAD_TAGS = frozenset({"nz", "nt"})  # jieba's tags of a brand, however common (`short_stock_names`)
MAX_SHARE_LIST_CHARS = 40  # characters from a list's item to its closing group of shares
SHARE_GROUP_ENDS = ("板块", "股", "方面")  # 煤炭板块, 概念股, 个股方面: a group of shares named before its members
# 甲、乙、丙等涨超5%: two or more short names joined by 、, then (after 等, 均 …) a move of the shares by a figure
_LIST_MOVE = re.compile(rf"(?P<items>{list_items()}[\u3400-\u9fffAB]{{2,6}}?)"
                        r"(?:等(?:多股|个股)?)?" + SHARE_MOVE.pattern)
# 甲乙、丙丁、戊己食品等11家公司, 包括甲、乙与丙在内的多家券商: a 、 list that closes on a count of companies
_LIST_OF_COMPANIES = re.compile(rf"(?P<items>{list_items()}[\u3400-\u9fffAB]{{2,6}}?)"
                                r"(?:等|在内的)(?:\d+|[一二两三四五六七八九十百多数]+)?[家只个]?"
                                r"(?:上市公司|公司|企业|个股|银行|券商|车企|房企|险企)")
# 甲、乙、丙等一众区域百货企业, 甲、乙等四家省属机构: a 、 list that closes on a class of businesses after words
# that describe it (a count, 一众, a trade); its items are names only where jieba knows none of them as a word
_LIST_OF_KINDS = re.compile(rf"(?P<items>{list_items('等')}[\u3400-\u9fffA-Za-z]{{2,8}}?)等"
                            r"(?:一众|众多|(?:\d+|[一二两三四五六七八九十多数]+)[家间])?"
                            r"(?P<kind>[^\s、，。；：,;:！？（）()的等\d]{0,6}?)"
                            r"(?:企业(?!家)|公司|机构|品牌|平台|厂商|商家|零售商|运营商|供应商|券商|车企|药企|房企|险企"
                            r"|巨头|大厂|航空公司|航司|连锁|银行|医院|诊所|药房|开发商|发展商|地产商|旅行社)")
# the last character of a government body's short form of three (某委会, 某位部, 某管署): a council, a ministry, an
# agency, a bureau, a commission or an office
SHORT_BODY_ENDS = frozenset("会部署局委办")
SHORT_BODY_CHARS = 3
SHORT_BODY_DICT_TAGS = frozenset({"nt", "l", "j", "nz"})  # a dictionary word that may still be a body's short form
REPORTING_VERBS = ("统计", "公布", "调查", "预估", "估计", "发布", "通报", "公告")  # what a body reports
KIND_LIST_NAME_TAGS = frozenset({"nz", "nt", "nr", "nrt", "j"})  # a dictionary word that may still be a brand
# tags of one character that is no piece of a brand jieba cut apart (得/ud 看/v 智能: 得 is a particle)
BRAND_PIECE_STOP_TAGS = ("p", "u", "c", "r", "d", "m", "q", "f", "t", "z")
# the tags of a single character that is no piece of a brand cut in two (`split_brands_in_company_context`): function
# words, times, numbers, places and qualities (新/a 版/n 发布), besides BRAND_PIECE_STOP_TAGS
SUBJECT_JOINERS = frozenset({"与", "和", "及", "同", "跟"})  # words that join two subjects of one act (甲与乙宣布)
PARTNER_JOINERS = frozenset({"与", "同", "跟"})  # before a partner firm and a joint act (与某某合作)
JOINT_CONTEXT = frozenset({"joint"})  # company_context.tsv: what two firms do together (合作, 联手, 签署)
SPLIT_BRAND_STOP_TAGS = (*BRAND_PIECE_STOP_TAGS, "a", "b", "ns", "e", "y", "o")
PLACE_TAGS = frozenset({"ns", "j"})  # jieba's tags of a place and of an abbreviation (中美/ns, 京津/j)
# other tags jieba gives a known place before a team word of its own (某国/nz 队, 某国/n 队: `place_teams`)
TEAM_PLACE_TAGS = frozenset({"nr", "nz", "n"})
# bodies that people found and name by what they are for (某某事务委员会, 前线某某联盟): two or more common words of
# four characters or more before one name it, without a proper name (专家委员会, 该协会: one word is a kind of body)
# one-character ends of a government unit's name, too common alone to be organisation suffixes (好处, 公司), that
# name a body before its head's title beginning with them (某某处处长, 某某司司长, 某某科科长)
BUREAU_CHARS = frozenset("处司科组")
REGION_ARM = "区"  # a company's region of business (亚太区, 大中华区): `without_region_arm`
FACULTY_ENDS = ("学院", "学系")  # a university's faculty or department (医学院, 社会科学学院, 经济学系)
UNIVERSITY_SHORT = "大"  # 港大, 中大: a place's one-character abbreviation and 大 name its university
MAX_FACULTY_WORDS = 3  # words from a university's short name to its faculty's word (港/j 大/a 社会科学/nt 学院/n)
FACULTY_WORD_TAGS = ("n", "vn", "nz", "nt", "j")  # the words of a faculty's field
PARTNERSHIP = re.compile(r"[（(](?:有限|普通)合伙[）)]")  # a partnership's legal form after its registered name
BODY_WORD = "组织"  # a body's word jieba may tag a verb (无国界医生组织/v: `_body_states`)
BODY_SUFFIXES = frozenset({"委员会", "联盟", "协会", "学会", "商会", "联合会", "基金会"})
# a group that people form for a cause or a task, named by it (某某关注组, 某某专责小组, 某业职工会)
PURPOSE_BODY_WORDS = BODY_SUFFIXES | {"小组", "专责小组", "工作小组", "关注组", "工会", "职工会", "办事处"}
PURPOSE_WORD_TAGS = ("n", "vn", "b", "s", "j", "nz", "l")  # the words of a cause (公共/b 医疗/n, 土地/n 研究/vn)
MAX_PURPOSE_CHARS = 12
FIELD_WORD_TAGS = frozenset({"n", "vn", "nz"})  # the noun a cause's verb acts on (塑料/n 回收/v 联盟)
# verbs whose object is a body (某国企业加入联盟): before a body's word they are the sentence's act, never its cause
BODY_OBJECT_VERBS = frozenset({"加入", "退出", "成立", "组建", "组成", "建立", "创立", "创建", "发起", "参加", "离开",
                               "领导", "支持", "反对", "牵头", "联合", "呼吁", "要求", "宣布", "表示", "认为"})
LIST_CONJUNCTIONS = frozenset("与及")  # 甲铁与乙铁, 甲巴及乙巴: two names jieba may guess into one word
MODAL = "会"  # 甲铁与乙铁会根据…: the modal verb after a list of names, which jieba glued on as a body's 会
MODAL_NEXT_TAGS = ("p", "v", "d")  # what follows a modal 会 (会根据, 会合并, 会再), not a body's name
MAX_JOINED_SIDE = 4  # characters of each name joined by a conjunction in one guessed word
GLOSS_STOP_TAGS = ("p", "u", "c", "r", "d", "v", "m", "f", "t", "x")  # words that end a name going back
# the last character of a word for the part a business plays (零售商, 车企) and the fewest characters such a word has
ROLE_WORD_ENDS = {"商": 3, "企": 2}
MAX_GLOSSED_NAME_CHARS = 10  # characters of a Chinese name before its English gloss


# the dictionary tags of a common word before an industry word: the two make a kind of company (商业/n 银行)
COMMON_HEAD_TAGS = frozenset({"n", "b", "s", "vn", "v", "a", "d"})
MAX_SPLIT_SUFFIX_REST = 2  # characters of a company word's rest after the one jieba's name took (金|控)
# the tags of a head that classifies what follows it (国有/b 银行, 投资/vn 银行, 共享/v 汽车): a kind of company
CLASSIFYING_HEAD_TAGS = frozenset({"b", "vn", "v", "a", "d"})


INTERNATIONAL = "国际"  # after a brand, a group's international arm (`international_arms`)
# a brand jieba reads as a name, a short form or a place it guessed (某川/ns; known places are left out)
INTERNATIONAL_BRAND_TAGS = frozenset({"nz", "nt", "j", "nr", "nrt", "ns"})
PHRASE_END_WORDS = frozenset({"的", "和", "与", "及", "、"})  # what may follow a name that ends its phrase
FACILITY_WORD_TAGS = frozenset({"n", "ns", "nz"})  # a facility's name jieba's dictionary holds (某都机场/n)
SHARE_CLASS = re.compile(r"[AHBN]股|港股|美股")  # a class of shares between a company's name and their move
AIRLINE = "航空"  # after a country or a city, its carrier where an act follows (`place_airlines`)


# compass points with a word for a part (西北部, 中东部地区): a region; 部 is also a ministry's suffix
_DIRECTION = re.compile(r"[东西南北中]{1,3}(?:部|部地区|地区)")


def _one_han_character(w: str) -> bool:
    """A word of one Han character (the pieces of a brand jieba cut in two)."""
    return len(w) == 1 and is_cjk(w)


def business_role_word(word: str) -> bool:
    """零售商, 供应商, 发展商, 车企, 房企: a word for the part a business plays in the story (`ROLE_WORD_ENDS`, that
    long or longer), which stands before a registered name and is no part of it (电池供应商|某某科技有限公司).

    Why: the rules cut such a word off only before a brand jieba tags as a name (`after_descriptor`); before a brand
    jieba reads as a common word (远景, 百汇), the role word stayed inside the company's name (made-up sentences:
    6 such names cut right, none of the corpus's rows changed). Two characters ending in 商 are left alone: 招商,
    华商, 电商 also open or run inside a company's own name."""
    return any(word.endswith(end) and len(word) >= shortest for end, shortest in ROLE_WORD_ENDS.items())


def compass_region(name: str) -> bool:
    """中西部, 东南部地区: a part of a country named by its compass points and a word for a part, no body (the
    model reads some as organisations; jieba's dictionary tags some nt)."""
    return _DIRECTION.fullmatch(name) is not None


def fund_managers(doc: EntityDocument) -> Iterable[Candidate]:
    """沪深300ETF华泰柏瑞, 黄金ETF华安: a fund's short name ends in its manager's short name, glued to the fund
    type (`FUND_TYPES`); one or two name words, two to four characters."""
    toks = doc.toks
    for i in doc.where(K_FUND_TYPE):
        j = i + 1
        while (j < len(toks) and j - i <= 2 and toks[j].start == toks[j - 1].end
               and toks[j].tag in FUND_MANAGER_TAGS and is_cjk(toks[j].text)):
            j += 1
        if j > i + 1 and 2 <= toks[j - 1].end - toks[i + 1].start <= MAX_FUND_MANAGER_CHARS:
            yield Candidate(toks[i + 1].start, toks[j - 1].end, "ORG", 3)


def before_bracketed_place(doc: EntityDocument, i: int) -> int:
    """人和科技（香港）有限公司, 某健（集团）股份有限公司: a place in brackets (a word jieba tags as one counts) or a
    company word (集团, 控股) before a legal form is part of the company's name; the name's words end before the
    bracket. Else i itself."""
    toks = doc.toks
    if i < 3 or toks[i - 1].text not in CLOSING_BRACKETS or toks[i - 3].text not in OPENING_BRACKETS:
        return i
    inner = toks[i - 2]
    return i - 3 if doc.is_place_tok(inner) or inner.tag == "ns" or inner.text in doc.lex.company_suffixes else i


def given_name_after_title(toks: list[Token], lex: Lexicon, i: int) -> bool:
    """总经理方/华为: a surname after a title, then the word: a person's given name, not the company."""
    return (i >= 2 and len(toks[i - 1].text) == 1 and toks[i - 1].text in lex.surnames
            and toks[i - 2].text in lex.titles)


def moves_in_market(text: str, offset: int, *, acts: bool = True) -> bool:
    """A word of the market (股价, 收涨), a move of shares (涨停) or, with `acts`, a corporate act or a report (宣布,
    研报; company_context.tsv) starts at `offset`: what stands before it is a listed company (or its ticker)."""
    return text.startswith(words_after(SHORT_NAME_CONTEXT if acts else MARKET_CONTEXT), offset)


@cache
def _listed_name_cues() -> tuple[str, ...]:
    """What follows a listed company's short name (`short_stock_names`): the words of the market, its results, acts,
    reports and periods (company_context.tsv) and those of listed_name_cues.txt."""
    cues = words_after(SHORT_NAME_CONTEXT | frozenset({"period"}))
    return tuple(w for w in (*cues, *word_list("listed_name_cues.txt")) if w not in NOT_BRAND_CONTEXT)


@cache
def _investment_cues() -> re.Pattern[str]:
    """Any word of investment (investment_cues.txt), the longest first."""
    cues = sorted(word_list("investment_cues.txt"), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, cues)))


def before_desk_title(text: str, end: int) -> bool:
    """Whether an analyst's or an economist's title (`DESK_TITLES`, chief or not) starts at `end` in `text`."""
    return text.startswith(DESK_TITLES, end + len(CHIEF) if text.startswith(CHIEF, end) else end)


@cache
def _titles_by_first() -> dict[str, tuple[str, ...]]:
    """The job titles (titles.txt) by their first character, so that a title at an offset is looked for among the
    few that open with its character."""
    found: dict[str, list[str]] = {}
    for title in lexicon().titles:
        found.setdefault(title[:1], []).append(title)
    return {first: tuple(titles) for first, titles in found.items()}


def opens_title(text: str, start: int, end: int) -> bool:
    """Whether a job title (titles.txt) starts at `start` in `text` and runs past `end`: the word text[start:end] is
    the first part of a job title (基金|经理: 基金经理), not the end of the name before it."""
    titles = _titles_by_first().get(text[start : start + 1], ())
    return any(len(t) > end - start and text.startswith(t, start) for t in titles)


def _acronym_org_pattern(org_words: frozenset[str]) -> re.Pattern[str]:
    """QVB Limited, ZTX Holdings Plc: an acronym of capitals and an organisation word straight after it (perhaps
    after another such word), which `english_org_pattern` (capitalised words first) does not take."""
    alternatives = "|".join(sorted(org_words, key=len, reverse=True))
    return re.compile(rf"(?<![A-Za-z.&] )(?<![A-Za-z.&])([A-Z]{{2,6}}) (?:(?:{alternatives}) )?(?:{alternatives})"
                      r"(?![A-Za-z])")


@cache
def _gloss_pattern(org_words: frozenset[str]) -> re.Pattern[str]:
    """（ABCD Technology）: capitalised Latin words in brackets, the last an organisation word."""
    alternatives = "|".join(sorted(org_words, key=len, reverse=True))
    return re.compile(rf"[（(] ?(?:[A-Z][A-Za-z0-9&.-]* ){{1,5}}(?:{alternatives}) ?[）)]")


def _numeral_led_brand(tok: Token) -> bool:
    """万某/m, 百某/m: a word of two or three characters that jieba tagged a numeral for its first character, though
    another is no numeral: a brand."""
    w = tok.text
    if tok.tag != "m" or not 2 <= len(w) <= 3 or not is_cjk(w) or w[0] not in CN_CHARS:
        return False  # (多个, 很多: vague amounts)
    if all(c in CN_CHARS for c in w):
        return False
    return not any(q.start == 0 and q.end == len(w) for q in find_quantities(w))  # 三家, 五个: a count


class OrganisationRules(Rules):
    """ORG candidates of one document."""

    def candidates(self) -> Iterable[Candidate]:
        yield from map(self.without_desk, map(self.without_region_arm, self._candidates()))

    def without_region_arm(self, c: Candidate) -> Candidate:
        """某银行亚太区, 某通中国区: a company's region of business (a place and 区, one jieba word) after its name
        is where it trades, not a body of its own: the company is the name before it. The word before 区 must be a
        place: jieba tags a military region (某京军区/nt) as it tags 中国区, and that is a body of its own."""
        if c.label != "ORG" or (last := self.doc.ends.get(c.end)) is None or not last:
            return c
        tok = self.toks[last]
        if (len(tok.text) >= 3 and tok.text.endswith(REGION_ARM) and tok.start - c.start >= 2
                and tok.text[: -len(REGION_ARM)] in self.lex.places):
            return c._replace(end=tok.start)
        return c

    def without_desk(self, c: Candidate) -> Candidate:
        """某行|能源 分析师, 某基金|基金经理: an organisation whose last words are the field of a desk or the
        first word of a title after it ends where those words start.

        Before an analyst's or an economist's title (`DESK_TITLES`), a known company (companies.txt) followed by
        everyday words (半导体, 医药行业) is the company and the desk the person covers: the field is no part of the
        name. A title (titles.txt) that opens at a word inside the name and runs past its end (基金|经理: 基金经理)
        takes that word: the name ends before it, where the rest still ends in a body's or a company's suffix.

        Why: the rules read a company word (半导体, 基金) after a name as the end of a company's name; ANNOTATION.md
        labels the company alone, and the person after the title."""
        if c.label != "ORG":
            return c
        name, lex = self.text[c.start : c.end], self.lex
        last = self.doc.ends.get(c.end)
        start = self.toks[last].start if last is not None else c.start
        if start - c.start >= 2 and opens_title(self.text, start, c.end) and (
                name[: start - c.start].endswith((*lex.company_suffixes, *lex.org_suffixes))):
            return c._replace(end=start)  # 某某基金|基金经理
        if not before_desk_title(self.text, c.end):
            return c
        for k in range(len(name) - 2, 1, -1):
            if c.start + k in self.starts and name[:k] in lex.companies and is_common_word(name[k:]):
                return c._replace(end=c.start + k)  # 高盛|半导体 分析师
        return c

    def _candidates(self) -> Iterable[Candidate]:
        found = [c for c in self.organisations() if not self._counted_kind(c)]
        yield from found
        yield from self.abbreviations(found)
        yield from self.bodies_before_their_heads()
        yield from self.bodies_before_their_officers()
        yield from self.faculties_of_short_universities()
        yield from self.split_known_names()
        yield from self.joined_names()
        yield from self.listed_companies()
        yield from self.partnerships()
        yield from self.share_movers()
        yield from self.glued_share_movers()
        yield from self.mover_lists()
        yield from self.kind_lists()
        yield from self.short_bodies_that_speak()
        yield from self.special_treatment_names()
        yield from self.glossed_names()
        yield from self.appositions()
        yield from self.brands_in_company_context()
        yield from self.split_brands_in_company_context()
        yield from self.short_stock_names()
        yield from self.proper_names_with_share_figures()
        yield from self.quoted_names_that_act()
        yield from self.acting_trade_brands()
        yield from self.acting_word_brands()
        yield from self.place_operators()
        yield from self.international_arms()
        yield from self.place_airlines()
        yield from self.place_trades()
        yield from self.facility_operators()
        yield from self.central_authority()
        yield from self.futures_brokers()
        yield from self.brands_after_places()
        yield from self.numbered_works()
        yield from self.investors_after_places()
        yield from self.investors_in_lists()
        yield from self.investors_with_amounts()
        yield from self.cited_sources()
        yield from self.round_investors()
        yield from self.credited_sources()
        yield from (c for c in self.companies() if not index_word_at(self.text, c.end) and not self._counted_kind(c))
        yield from self.english_orgs()
        yield from self.brands()
        yield from self.teams()
        yield from self.place_teams()
        yield from self.sport_clubs()

    def _counted_kind(self, c: Candidate) -> bool:
        """一家甲国公司: a kind of body after a count of bodies (`counted_kind`), no body's name."""
        return counted_kind(self.text, c.start, c.end, self.lex.places, self.lex.org_suffixes)

    def org_suffix_kind(self, tok: Token) -> tuple[str, int] | None:
        """(kind, suffix length) if the token is or ends in an organisation suffix (not 签署/v, 全部; not 研究部署/n,
        whose 署 ends a word of its own, non_body_endings.txt)."""
        w = tok.text
        if w.endswith(word_list("non_body_endings.txt")):
            return None
        for length in self.lex.org_suffix_lengths.get(w[-1:], ()):
            kind = self.lex.org_suffixes.get(w[-length:]) if length <= len(w) else None
            if kind is None:
                continue
            if length < len(w) and (tok.tag not in NOUN_TAGS or (length == 1 and len(w) < 3)):
                return None
            return kind, length
        return None

    @cached_property
    def park_words(self) -> tuple[str, ...]:
        """国家森林公园/nt, 某某风景区: the place suffixes of parks and scenic areas, which jieba may tag as an
        organisation's word; a park is a place (place_suffixes.txt, those ending in 公园 or 区 of three characters or
        more)."""
        return tuple(w for w in self.lex.place_suffixes if len(w) >= 3 and w.endswith(("公园", "区")))

    @cached_property
    def venue_words(self) -> tuple[str, ...]:
        """会展中心, 会议中心: the place suffixes of venues that end in 中心, an organisation suffix otherwise
        (facility_suffixes.txt); a place before one names a facility, which is a place (LOC)."""
        return tuple(w for w in self.lex.place_suffixes if len(w) >= 3 and w.endswith("中心"))

    def _named_after_place(self, w: str) -> bool:
        """某省白药/nt, 某市华强/nt: a word jieba's dictionary lists as an organisation that is a known place (the
        longest) and a brand of two or three characters is one company's name, not a kind of body (those start with
        a common word: 商业银行). The brand is a word the dictionary hardly knows (`RARE_BRAND_FREQ`) and no stop
        word, trade or organisation suffix: 某国矿业 is the country's mining, 某国美术馆 and 某市分行 are left to
        their rules."""
        lex = self.lex
        for k in sorted(lex.place_lengths.get(w[:2], ()), reverse=True):
            if w[:k] in lex.places:
                rest = w[k:]
                return (2 <= len(rest) <= MAX_SHORT_BRAND and rest not in lex.stopwords
                        and dictionary_frequency(rest) < RARE_BRAND_FREQ
                        and not rest.endswith((*lex.company_suffixes, *lex.org_suffixes)))
        return False

    def _names_body(self, k: int) -> bool:
        """Whether token k is a body's name by itself: an institution or a known company (institutions.txt,
        companies.txt), or a word jieba tags as an organisation that ends in a body's suffix or its dictionary
        does not hold (a name it guessed)."""
        tok, lex = self.toks[k], self.lex
        return tok.text in lex.institutions or tok.text in lex.companies or (tok.tag == "nt" and (
            self.org_suffix_kind(tok) is not None or not in_dictionary(tok.text)))

    def _place_and_kind(self, run: list[int], i: int) -> bool:
        """Whether the run `run` before body word `i` is known places and the words from the first one after them
        to `i` are everyday words (jieba's dictionary holds them as common nouns, or they are stop words:
        上市公司) that end in a word of a generic kind of body (generic_org_heads.txt: 部门, 企业, 机构; not 政府,
        公司, 集团): 某国/上市公司, 某国/司法/部门, 某国/疾病/防控/部门 name the place's bodies of a kind, not one body.

        Why: a place before a body's word opens its name (某市统计局, 某国外交部), but a generic word names none
        (ANNOTATION.md: the place is labelled, LOC); the rules took the place and the kind together as one ORG."""
        toks, lex = self.toks, self.lex
        k = 0
        while k < len(run) and self.doc.is_place_tok(toks[run[k]]):
            k += 1
        rest = [*run[k:], i]
        if k == 0 or not toks[i].text.endswith(GENERIC_KIND_HEADS):
            return False
        return all(toks[j].text in lex.stopwords or (
            toks[j].tag in COMMON_NOUN_TAGS and in_dictionary(toks[j].text) and not self.doc.proper(toks[j]))
            for j in rest)

    def kind_of_body(self, w: str, slen: int) -> bool:
        """商业银行, 党组织: a word of jieba's dictionary whose head before the organisation suffix is an everyday
        word, not a name or a place, names a kind of body (not 清华大学, 湖南大学)."""
        head = w[: len(w) - slen]
        return (in_dictionary(w) and is_common_word(head) and dictionary_tag(head) not in PROPER_TAGS | {"j"}
                and head not in self.lex.places)

    def kind_of_service(self, w: str, slen: int) -> bool:
        """补习社, 旅行社, 出版社: a common noun of jieba's dictionary whose head before the suffix is a word of what
        the body does (a verb or a common noun there, 补习/v), not a name, names a kind of body."""
        head = w[: len(w) - slen]
        return dictionary_tag(w) in COMMON_NOUN_TAGS and dictionary_tag(head) in COMMON_HEAD_TAGS

    def institution_head(self, w: str) -> str:
        """The institution that starts a word made of institution + title (市委书记 -> 市委), else ''."""
        for k in (3, 2):
            if w[:k] in self.lex.institutions and w[k:] in self.lex.titles:
                return w[:k]
        return ""

    def ministry_before_its_head(self, w: str) -> str:
        """The ministry of a word jieba made of a ministry and its minister's title sharing one character
        (外交部长 -> 外交部, 经济部长 -> 经济部), else ''.

        Why: the title 部长 begins with the ministry's last character, so the word is neither an institution nor
        institution + title, and the ministry went unnamed before its minister's name (made-up Taiwan and mainland
        lines: 8 of 10 ministries missed)."""
        for k in (4, 3, 2):
            if len(w) > k and w[:k] in self.lex.institutions and w[k - 1 :] in self.lex.titles:
                return w[:k]
        return ""

    def organisations(self) -> Iterable[Candidate]:
        """Institutions, jieba nt words and name runs ending in an organisation suffix."""
        lex, toks, text = self.lex, self.toks, self.text
        for i in self.doc.where(K_ORG):
            tok = toks[i]
            w = tok.text
            if not has_cjk(w):
                continue
            prev = toks[i - 1] if i > 0 else None
            head = self.institution_head(w) if self.doc.after_place[i] else ""
            if head:
                # 长沙/ns 市委书记/n: the party committee is 长沙市委, the rest is a title
                yield Candidate(prev.start, tok.start + len(head), "ORG", 3)
                continue
            if ministry := self.ministry_before_its_head(w):
                # 某国/ns 外交部长/n: the place in front belongs to the ministry, the minister is no part of it
                start = prev.start if self.doc.after_place[i] else tok.start
                yield Candidate(start, tok.start + len(ministry), "ORG", 3)
                continue
            if w in lex.companies:  # 腾讯, 高盛: a well-known company, however jieba tagged it
                if not given_name_after_title(toks, lex, i):
                    yield Candidate(tok.start, self._split_suffix_end(i) or tok.end, "ORG", 3)
                continue
            if w[-1] in CONJUNCTION_ENDS and w[:-1] in lex.companies:
                yield Candidate(tok.start, tok.end - 1, "ORG", 3)  # 某巴及/ns 某巴: jieba glued the 及 of a list on
                continue
            if w in lex.institutions and text[: tok.start].endswith(KIND_MODIFIERS):
                continue  # 各国央行, 独立的央行: the kind of body, not one
            if w in lex.institutions:
                # 长沙市委, 国家发改委, 市统计局: a place or an administrative level in front belongs to it
                joined = self.doc.after_place[i] or (prev is not None and prev.text in lex.admin_prefixes)
                start = prev.start if joined else tok.start
                if not joined and prev is not None and prev.text in LIST_CONJUNCTIONS and (
                        run := self.doc.left_run(i)) and self.doc.has_proper(run):
                    start = toks[run[0]].start  # 某国海洋科学与发展局: the first field and the place belong to it
                yield Candidate(start, tok.end, "ORG", 3)
                continue
            found = self.org_suffix_kind(tok)
            if found and tok.tag.startswith("v") and ALNUM.match(text[tok.end : tok.end + 1] or " ") and not (
                    self._body_states(i)):
                continue  # 组织了一次活动: the verb, not an organisation
            if w in PARTY_UNITS and self._title_follows(i):
                continue  # 某某集团有限公司党委副书记: the company and a party post in it, as annotated
            is_nt = (tok.tag == "nt" and len(w) >= 2 and w not in lex.stopwords
                     and not w.endswith(lex.event_word_endings) and not w.endswith(self.park_words))
            if (found is None and not is_nt) or compass_region(w) or i in self._joined_words:
                continue  # (甲铁与乙铁会/nt: two names, `joined_names`)
            if is_nt and self.doc.kinds[i] & K_PLACE_TEAM and self._match_word_before(i):
                continue  # 力克/nz 乙国队/nt: the team alone (`place_teams`), not the match's verb before it
            kind, slen = found if found else ("nt", 0)
            exact = slen == len(w)
            purpose: list[int] = []
            run = self.registered_run(i) if kind == "legal" else self.doc.left_run(i)
            run = self.from_name_start(self.over_numeral_char(run))
            if kind == "legal":
                run = self._after_role_word(run)
            purpose_body = exact and (w in BODY_SUFFIXES or (w == BODY_WORD and self._body_states(i)))
            if purpose_body:
                run = self._with_scope(run or self._cause_run(i))
            if kind == "legal" and (rest := self._after_generic_words(run)) and self.doc.has_proper(rest):
                run = rest  # 全资子公司|某省某某材料有限公司: the word for what it is to the company before
            if is_nt:
                # 公共交通/nt, 光通信/nt: a word jieba's dictionary lists as an organisation with no suffix of one is
                # mostly a common compound; a word it only guessed (a short name it never saw) is a name
                ok_alone = (not in_dictionary(w) or (found is not None and not self.kind_of_body(w, slen))
                            or (self._named_after_place(w) and self.in_company_context(i, i)))
                if not self.doc.has_proper(run):
                    # 当属/n 字节跳动/nt: common nouns before jieba's name are not part of it; before a body's word
                    # alone (国际/n 某球/n 联合会/nt) they may be its purpose (the branch of purpose bodies below)
                    purpose = run if exact and w in BODY_SUFFIXES else []
                    run = []
            elif exact:
                ok_alone = False
            else:
                ok_alone = (
                    (kind == "media" or (kind == "strong" and tok.tag in PROPER_TAGS))
                    and len(w) - slen >= 2
                    and w not in lex.stopwords
                    and not self.kind_of_service(w, slen)  # 补习社, 出版社: a kind of body, not one
                )
            if (w == "中心" and run and all(self.doc.is_place_tok(toks[k]) for k in run)) or w in CITY_CENTRES:
                continue  # 北京市中心, 上海中心, 某城/市中心: a place + 中心 is a location, not an organisation
            if w == COMPANY and run and self._kind_before_latin_name(i, run):
                continue  # 某国软件公司Foo Systems: what the company is, its name in Latin letters after it
            if run and w in self.venue_words:
                continue  # 甲市会展中心, 乙市 某某 会议中心: a venue named after its place is a facility (LOC)
            if w.endswith(SUBSIDIARY) and run and self.doc.has_proper(run):
                yield Candidate(toks[run[0]].start, toks[run[-1]].end, "ORG", 2)  # 某某材料|子公司: its parent
                continue
            # 联发科与/nt 客户: jieba's guess took the conjunction after the name in
            end = tok.end - (is_nt and len(w) >= 3 and w[-1] in CONJUNCTION_ENDS)
            if is_nt and (split := self._split_suffix_end(i)) is not None:
                end = split  # 某邦金/nt 控/v: jieba's word took half of the company word 金控
            if is_nt and found is None and in_dictionary(w) and run and self._names_body(run[-1]):
                continue  # 某央行/nt 人事安排/nt: the body's affairs, a compound of jieba's dictionary, not its name
            if run and (is_nt or self.doc.has_proper(run)) and self._place_and_kind(run, i):
                continue  # 某国/上市公司, 某国/司法部门: a kind of body in a place, the place alone is named
            if run and (is_nt or self.doc.has_proper(run)):
                yield Candidate(toks[run[0]].start, end, "ORG", 2)
            elif (named := self._with_scope(run or purpose)) and purpose_body and (
                    len(named) >= 2 or self._opens_phrase(named[0])) and (
                    toks[named[-1]].end - toks[named[0]].start >= 4):
                yield Candidate(toks[named[0]].start, end, "ORG", 1)  # 基层医护人员/联盟: a body named by its purpose
            elif not run and found and i > 0 and _numeral_led_brand(toks[i - 1]) and (
                    toks[i - 1].text not in lex.stopwords):
                yield Candidate(toks[i - 1].start, end, "ORG", 2)  # 万某/m 集团: a brand jieba took for a numeral
            elif exact and w == COMPANY and (glued := self._rare_brand_before_trade(i)) is not None:
                yield Candidate(glued, end, "ORG", 2)  # 某/v 迅/ad 建筑/n 公司: a brand jieba cut up, its trade, 公司
            elif kind == "legal" and (run := self._after_generic_words(run)):
                yield Candidate(toks[run[0]].start, tok.end, "ORG", 2)
            elif ok_alone:
                yield Candidate(tok.start, end, "ORG", 2)
            elif tok.end < len(text) and text[tok.end] in CLOSING_QUOTES:
                # 「一带一路联合实验室」: a quoted name ending in an organisation suffix
                quote = CLOSING_QUOTES[text[tok.end]]
                opening = text.rfind(quote, max(0, tok.end - MAX_NAME_CHARS), tok.start)
                if opening >= 0:
                    s = opening + 1
                    inner = self.doc.tokens_between(s, tok.end)
                    if len(inner) >= 2 and not any(is_punct(t) for t in inner):
                        yield Candidate(s, tok.end, "ORG", 2)

    def abbreviations(self, names: list[Candidate]) -> Iterable[Candidate]:
        """某港大学 -> 港大, 城市规划委员会 -> 城规会, 渔农自然护理署 -> 渔护署: a word of two or three characters
        taken in order from an organisation's name found in the article (`_abbreviations_of`) names it where it
        stands as words of its own (on jieba's word bounds), in brackets after the name or anywhere else."""
        text, starts, ends = self.text, self.starts, self.ends
        seen: set[str] = set()
        for c in names:
            full = text[c.start : c.end]
            if full in seen:
                continue
            seen.add(full)
            for short in self._abbreviations_of(full):
                s = text.find(short)
                while s >= 0:
                    e = s + len(short)
                    if s in starts and e in ends and not c.start <= s < c.end:
                        yield Candidate(s, self._unit_after(s, e), "ORG", 1)
                    s = text.find(short, s + 1)

    def _kind_before_latin_name(self, i: int, run: list[int]) -> bool:
        """某国|软件|公司|Foo Systems: places and trade words before 公司 (token i) describe the company whose Latin
        name of capitalised words follows at once; an acronym there (某地电讯公司QTL) abbreviates the Chinese name."""
        nxt = self.starts.get(self.toks[i].end)
        return (nxt is not None and self.toks[nxt].tag == "eng" and _CAPITALISED_WORD.match(self.toks[nxt].text)
                is not None and all(self.doc.is_place_tok(self.toks[k]) for k in run if self.doc.proper(self.toks[k])))

    def _unit_after(self, s: int, e: int) -> int:
        """Where a unit of the body named at s..e ends, nouns after it up to an organisation suffix (某大 公共卫生/n
        学院/n: the school of that university is one name), else e."""
        toks, end = self.toks, e
        k = self.starts.get(e)
        while k is not None and k < len(toks) and toks[k].tag in NOUN_TAGS | COMMON_NOUN_TAGS and is_cjk(
                toks[k].text) and toks[k].end - s <= MAX_NAME_CHARS:
            if self.org_suffix_kind(toks[k]) is not None:
                end = toks[k].end
            k += 1
        return end

    def _abbreviations_of(self, full: str) -> set[str]:
        """The short forms a body's name of four characters or more allows: characters in order that start with
        one of its first two (or the first after a place it opens with: 某港中文大学 -> 中大) and end with a
        character that opens or ends an organisation suffix inside it (大学, 委员会, 署). Not a place, a stop word
        or a word of everyday text or any common noun jieba's dictionary holds (港商 of 香港某商会); a word it lists
        as an organisation or an abbreviation may be one (中行)."""
        lex = self.lex
        if len(full) < 4 or not is_cjk(full):
            return set()
        ends: set[int] = set()
        for q in range(2, len(full) + 1):
            for length in lex.org_suffix_lengths.get(full[q - 1], ()):
                if length < q and full[q - length : q] in lex.org_suffixes:
                    ends.update((q - length, q - 1))
        if not ends:
            return set()
        place = max((k for k in lex.place_lengths.get(full[:2], ()) if k < len(full) and full[:k] in lex.places),
                    default=0)
        firsts = {0, 1} | ({place} if place else set())
        out: set[str] = set()
        for a in firsts:
            for z in ends:
                if z <= a:
                    continue
                middles = [()] + [(m,) for m in range(a + 1, z)]
                for mid in middles:
                    short = full[a] + "".join(full[m] for m in mid) + full[z]
                    if short != full[: len(short)] or a != 0:
                        out.add(short)
        return {s for s in out if s not in lex.places and s not in lex.stopwords and not is_common_word(s)
                and (not in_dictionary(s) or dictionary_tag(s) in ABBREVIATION_TAGS)}

    def bodies_before_their_heads(self) -> Iterable[Candidate]:
        """某县农业农村局局长/n, 某市某某厅厅长: jieba glued a body's one-character suffix (局, 厅, 处) onto the
        title of its head that begins with it; the name runs from the words before to that character. The head's
        title says a body is named, so common words make its name too (统计/v 处处长: a government's bureau named by
        its field, as in Hong Kong), two characters or more of them after a clause's start or a function word."""
        toks, lex = self.toks, self.lex
        for i in self.doc.where(K_TITLE_HEAD):  # (a title, or a character and a title: most tokens are neither)
            tok = toks[i]
            w = tok.text
            if len(w) == 2 and w in lex.titles and w[0] in BUREAU_CHARS and i and self._opens_phrase(i - 1) and (
                    toks[i - 1].tag in ("n", "vn", "v") and len(toks[i - 1].text) >= 2
                    and self.doc.name_part(toks[i - 1]) and not self.doc.is_place_tok(toks[i - 1])):
                yield Candidate(toks[i - 1].start, tok.start + 1, "ORG", 1)  # 统计/v 处长: 统计处's head, said short
                continue
            if len(w) < 3 or w[0] != w[1] or w[1:] not in lex.titles or (
                    lex.org_suffixes.get(w[0]) != "weak" and w[0] not in BUREAU_CHARS):
                continue
            run = self.doc.left_run(i)
            if not run and i and self.doc.name_part(toks[i - 1]) and is_cjk(toks[i - 1].text):
                run = [i - 1]  # 统计/v: a verb of a body's field, which starts no other name
            if run and (self.doc.has_proper(run) or (
                    toks[run[-1]].end - toks[run[0]].start >= 2 and self._opens_phrase(run[0]))):
                yield Candidate(toks[run[0]].start, tok.start + 1, "ORG", 2)

    def faculties_of_short_universities(self) -> Iterable[Candidate]:
        """港/j 大/a 医学院/n: jieba cuts a university's short name (a place's one-character abbreviation and 大)
        in two before its faculty; the short name and the faculty are one ORG (ANNOTATION.md: a university's short
        name and its department), where the rules alone found the faculty (社会科学学院) or nothing."""
        toks, lex = self.toks, self.lex
        for i in self.doc.words.of_any((UNIVERSITY_SHORT,)):
            if not i or len(toks[i - 1].text) != 1 or toks[i - 1].text not in lex.abbreviations:
                continue
            for j in range(i + 1, min(i + 1 + MAX_FACULTY_WORDS, len(toks))):
                if toks[j].text.endswith(FACULTY_ENDS):
                    yield Candidate(toks[i - 1].start, toks[j].end, "ORG", 2)
                    break
                if not (toks[j].tag.startswith(FACULTY_WORD_TAGS) and is_cjk(toks[j].text)):
                    break

    def bodies_before_their_officers(self) -> Iterable[Candidate]:
        """某某医护联盟主席, 某区发展关注组召集人, 土地研究专责小组表示: a group named by its cause, two words or more
        of it that open a phrase, then a word of such a group (`PURPOSE_BODY_WORDS`) and the title of its officer
        or a verb of speech: the officer or the voice says that one group is named (not 专家小组, 该小组)."""
        toks, lex = self.toks, self.lex
        for i in [j - 1 for j in self.doc.where(K_OFFICER)]:  # (the group's word stands before a title or a cue)
            if i < 2 or i + 1 >= len(toks):
                continue
            tok = toks[i]
            if tok.text in PURPOSE_BODY_WORDS:
                first = i
            elif self.text[toks[i - 1].start : tok.end] in PURPOSE_BODY_WORDS:
                first = i - 1  # 关注/v 组/zg: jieba cut the group's word in two
            else:
                continue
            nxt = toks[i + 2] if toks[i + 1].text == "副" and i + 2 < len(toks) else toks[i + 1]
            if not (nxt.text in lex.titles or nxt.text in lex.person_cues):
                continue
            j = first
            while j > 0 and toks[j - 1].tag.startswith(PURPOSE_WORD_TAGS) and is_cjk(toks[j - 1].text) and (
                    tok.start - toks[j - 1].start <= MAX_PURPOSE_CHARS) and toks[j - 1].text not in lex.stopwords:
                j -= 1
            if first - j >= 2 and self._opens_phrase(j):
                yield Candidate(toks[j].start, tok.end, "ORG", 1)

    def _with_scope(self, run: list[int]) -> list[int]:
        """国际/n 某球/n: the run of a purpose body's words with the word of scope before it (body_scopes.txt), which
        the run stopped at as a generic word."""
        if run and run[0] > 0 and self.toks[run[0] - 1].text in words("body_scopes.txt"):
            return [run[0] - 1, *run]
        return run

    def _cause_run(self, i: int) -> list[int]:
        """南洋/ns 塑料/n 回收/v|联盟, 无国界/n 医生/n|组织: a word of two characters between the words of a cause and a
        body's word (token i) is the cause's act (塑料回收, 森林保护) or the members' occupation (医生, 记者:
        titles.txt), part of the body's name with the words before it; not a verb whose object is a body (某国企业|
        加入|联盟), nor such a word with no name's words before it (成立联盟, 该院/r 医生组织了)."""
        word = self.toks[i - 1] if i >= 2 else None
        if word is None or len(word.text) != 2:
            return []
        if word.tag == "v" and word.text not in BODY_OBJECT_VERBS:
            run = self.doc.left_run(i - 1)
            return [*run, i - 1] if run and self.toks[run[-1]].tag in FIELD_WORD_TAGS else []
        if word.tag == "n" and word.text in self.lex.titles:
            run = self.doc.left_run(i - 1)
            return [*run, i - 1] if run else []
        return []

    def _opens_phrase(self, i: int) -> bool:
        """Token i starts the text or follows punctuation, a conjunction, a preposition or an adverb."""
        return i == 0 or is_punct(self.toks[i - 1]) or self.toks[i - 1].tag.startswith(("c", "p", "d"))

    def split_known_names(self) -> Iterable[Candidate]:
        """A well-known company or standing institution that jieba cut into pieces (某/nr 海/n for a two-character
        company, which stays out of jieba's dictionary): the pieces from a word start to a word end, up to
        MAX_KNOWN_PIECES of them, that spell the name. Not the surname and given name after a title (董事长方/华为),
        and not an operator before the line it runs (某铁某岛线 is one line, a LOC)."""
        lex, toks, text = self.lex, self.toks, self.text
        prefixes = lex.known_name_prefixes
        for i in self.doc.words.of_any(prefixes):
            tok = toks[i]
            if not is_cjk(tok.text):
                continue
            for j in range(i + 1, min(i + MAX_KNOWN_PIECES, len(toks))):
                if not is_cjk(toks[j].text):
                    break
                name = text[tok.start : toks[j].end]
                if len(name) > MAX_KNOWN_CHARS or name not in prefixes:
                    if (cut := self._name_before_period(tok.start, toks[j])) is not None:
                        yield Candidate(tok.start, cut, "ORG", 3)  # 某/nr 海上/s 月: 某海 + 上月
                    break
                if ((name in lex.companies or name in lex.institutions) and not _LINE_AFTER.match(text, toks[j].end)
                        and not given_name_after_title(toks, lex, i + 1)):
                    yield Candidate(tok.start, toks[j].end, "ORG", 3)

    def _name_before_period(self, start: int, tok: Token) -> int | None:
        """Where a well-known company from `start` ends inside `tok`, when the rest of the word opens a time phrase
        (period_words.txt: jieba read 某海上月 as 某/nr 海上/s 月, the name's last character and 上月 as one word), or
        None."""
        lex, text = self.lex, self.text
        for cut in range(tok.start + 1, tok.end):
            name = text[start:cut]
            if name in lex.companies and any(text.startswith(w, cut) for w in words("period_words.txt") if len(w) >= 2):
                return cut
        return None

    def registered_run(self, i: int) -> list[int]:
        """The name tokens before legal form i, over a bracketed place or company word right before the form or
        inside the words before it (某健（集团）股份/n 有限公司)."""
        j = before_bracketed_place(self.doc, i)
        run = self.legal_run(j)
        if j == i and run and (k := before_bracketed_place(self.doc, run[0])) != run[0]:
            named = self.legal_run(k)
            if named and self.doc.has_proper(named):
                run = [*named, *range(k, run[0]), *run]
        if run and not self.doc.has_proper(run) and (glued := self._glued_brand_before(run[0])):
            run = [*glued, *run]
        return run

    def _glued_brand_before(self, i: int) -> list[int]:
        """是/v 人/n 和/c | 科技有限公司: before a registered name of common words only, one or two one-character
        words that jieba read as a noun and a conjunction (a brand it never saw), right after a verb, a preposition
        or a punctuation mark, are the brand."""
        toks = self.toks
        k = i
        while k > 0 and i - k < 2 and len(toks[k - 1].text) == 1 and is_cjk(toks[k - 1].text) and (
                toks[k - 1].tag.startswith(("n", "c"))):
            k -= 1
        if k == i or toks[k].tag.startswith("c") or (k > 0 and not (
                is_punct(toks[k - 1]) or toks[k - 1].tag.startswith(("v", "p")))):
            return []
        return list(range(k, i))

    def legal_run(self, i: int) -> list[int]:
        """江西/ns 升华/nz 新/a 材料/n 有限公司: a registered name runs on over an adjective (新材料) when proper
        names stand before it, and starts after the generic words before it (子公司)."""
        toks = self.toks
        run = self.doc.left_run(i)
        if run and run[0] > 0 and len(toks[run[0]].text) == 1 and len(toks[run[0] - 1].text) == 1 and (
                toks[run[0] - 1].tag == "a" and is_cjk(toks[run[0] - 1].text)):
            run = [run[0] - 1, *run]  # 长/a 鑫/nr 科技集团股份有限公司: a brand of two characters jieba cut apart
        while run and run[0] > 1 and toks[run[0] - 1].tag == "a" and is_cjk(toks[run[0] - 1].text):
            before = self.doc.left_run(run[0] - 1)
            if not (before and (self.doc.has_proper(before) or self._unknown_brand(before))):
                break
            run = [*before, run[0] - 1, *run]
            while run and toks[run[0]].text.endswith(self.lex.generic_org_heads):
                run = run[1:]  # 子公司江西…: the word for what it is to the company before
        return run

    def _unknown_brand(self, run: list[int]) -> bool:
        """某策/n 精密/a 某某有限公司: a run of one word of two or more Han characters that jieba's dictionary
        does not hold is a brand it guessed a noun, as good as a proper name before a registered name's adjective."""
        if len(run) != 1:
            return False
        word = self.toks[run[0]].text
        return len(word) >= 2 and is_cjk(word) and not in_dictionary(word)

    def from_name_start(self, run: list[int]) -> list[int]:
        """The part of a body's name run that can be its name: after a person's name and the 与 that follows it (工人
        张三与|甲市某某贸易有限公司: the person is the other side of the conjunction, not a field of the name), and
        from the first place on when only common nouns stand before it (家乡|乙市丙县民政局: the words before
        the place are the sentence's, since a name that opens with common words has no place after them); and after
        a person named with a form of address (某次会议张三同志|被选为|某某委员会: the honorific closes the person's
        phrase, and the words after it are the sentence's)."""
        toks, doc = self.toks, self.doc
        addressed = [k for k, j in enumerate(run) if toks[j].text in self.lex.honorifics]
        if addressed:
            run = run[addressed[-1] + 1 :]
            while run and not (doc.good_head(toks[run[0]]) and doc.has_proper(run)):
                run = run[1:]
        for k in range(len(run) - 1, 0, -1):
            if toks[run[k]].text in NAME_CONJUNCTIONS and toks[run[k - 1]].tag in PERSON_TAGS and (
                    not doc.is_place_tok(toks[run[k - 1]])):
                run = run[k + 1 :]
                break
        for k, j in enumerate(run):
            if doc.is_place_tok(toks[j]) or toks[j].tag == "ns":
                if k and not doc.has_proper(run[:k]) and not self._parent_trade_name(run[:k], run[-1] + 1) and all(
                        len(toks[m].text) >= 2 and toks[m].tag not in ABBREVIATION_TAGS and not doc.whole_body(toks[m])
                        for m in run[:k]):  # (not 沪/j 深北: short forms of places)
                    run = run[k:]
                break
        return run

    def _parent_trade_name(self, before: list[int], unit: int) -> bool:
        """星河/n 娱乐/vn|某国|分公司: before a place and a unit of a body (org_units.txt), common words that end in a
        trade (company_suffixes.txt) name the parent company of that unit, the brand and its trade (two words or
        more, four characters or more), not the sentence's words."""
        toks = self.toks
        return (len(before) >= 2 and toks[before[-1]].text in self.lex.company_suffixes
                and toks[before[-1]].end - toks[before[0]].start >= 4 and unit < len(toks)
                and toks[unit].text in words("org_units.txt") and toks[before[0]].text not in self.lex.stopwords)

    def over_numeral_char(self, run: list[int]) -> list[int]:
        """某省/ns 佰/m 某某/nrt 矿业有限公司, 金/nr 多多/m 食品: a name runs on over one or two characters jieba took
        for a numeral (no count: 三家, 十大) when proper names stand before them; not over 一 before common words
        (甲市/一/物流公司: one company of the place, unnamed)."""
        toks = self.toks
        while run and run[0] > 1 and toks[run[0] - 1].tag == "m" and is_cjk(toks[run[0] - 1].text) and (
                toks[run[0] - 1].text != INDEFINITE_ONE or self.doc.has_proper(run)) and (
                len(toks[run[0] - 1].text) == 1
                or (len(toks[run[0] - 1].text) == 2 and not COUNT_WORD.match(toks[run[0] - 1].text))):
            before = self.doc.left_run(run[0] - 1)
            if not (before and self.doc.has_proper(before)):
                break
            run = [*before, run[0] - 1, *run]
        return run

    def partnerships(self) -> Iterable[Candidate]:
        """某某管理合伙企业（有限合伙）, 某某投资中心（有限合伙）: a partnership's legal form, written in brackets after
        its registered name, ends the name and is part of it (one ORG); like 有限公司, it makes the words before it a
        name even where they are common nouns."""
        if "合伙" not in self.text:
            return
        toks = self.toks
        for m in PARTNERSHIP.finditer(self.text):
            i = self.starts.get(m.start())
            if i is None:
                continue
            run = self.over_numeral_char(self.registered_run(i))
            run = self._after_generic_words(run) or run
            # (一致/d 行动/vn 人/n 某市/ns 某某: common words before the first proper one say what it is to another)
            first = next((k for k in run if toks[k].tag in PROPER_TAGS or self.doc.is_place_tok(toks[k])), None)
            run = run[run.index(first):] if first is not None else run
            if run and is_cjk(self.text[toks[run[0]].start : m.start()]):
                yield Candidate(toks[run[0]].start, m.end(), "ORG", 3)

    def joined_names(self) -> Iterable[Candidate]:
        """甲铁与乙铁会/nt 根据, 甲巴及乙/ns 巴/ns, 甲航/n 与/p 乙航会/nt 在: jieba's guesser made one word of two
        names and the conjunction between them, or of a name and the modal 会 after it (会 + a preposition, a verb
        or an adverb). Each name is yielded alone where both are known companies or institutions, or where they are
        parallel (as long, ending in one character: two bodies of a kind); the joined word is no name
        (`_joined_word`)."""
        for sides in self._joined_words.values():
            for s, e in sides:
                yield Candidate(s, e, "ORG", 3)

    @cached_property
    def _joined_words(self) -> dict[int, tuple[tuple[int, int], tuple[int, int]]]:
        """The tokens that hold two names joined by a conjunction, or the second of two such names, by index: the
        two names (`joined_names`)."""
        return {i: sides for i in self.doc.words.where(lambda w: len(w) >= 3 and is_cjk(w))
                if (sides := self._joined_sides(i)) and not in_dictionary(self.toks[i].text)}

    def _joined_sides(self, i: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """The two names (start, end) that token i holds or ends (`joined_names`), or None."""
        toks, text, lex = self.toks, self.text, self.lex
        tok = toks[i]
        w = tok.text
        if not is_cjk(w):
            return None
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        k = next((k for k in range(2, len(w) - 1) if w[k] in LIST_CONJUNCTIONS), None)
        if k is not None:  # 甲铁与乙铁会, 甲巴及乙: both names in the word
            left = (tok.start, tok.start + k)
            right_start, right_end = tok.start + k + 1, tok.end
        elif i >= 2 and toks[i - 1].text in LIST_CONJUNCTIONS and is_cjk(toks[i - 2].text):  # 甲航/n 与/p 乙航会
            left = (toks[i - 2].start, toks[i - 2].end)
            right_start, right_end = tok.start, tok.end
        else:
            return None
        modal = (text[right_end - 1] == MODAL and nxt is not None and nxt.tag.startswith(MODAL_NEXT_TAGS))
        if modal:
            right_end -= 1
        elif k is None:
            return None  # 甲航/n 与/p 乙航/n: jieba's words are the names already
        elif nxt is not None and is_cjk(nxt.text) and text[right_start : nxt.end] in lex.companies:
            right_end = nxt.end  # 甲巴及乙/ns 巴/ns: the second name runs into the next word
        a, b = text[left[0] : left[1]], text[right_start:right_end]
        if not (2 <= len(a) <= MAX_JOINED_SIDE and 2 <= len(b) <= MAX_JOINED_SIDE):
            return None
        known = lex.companies | lex.institutions
        parallel = len(a) == len(b) and a[-1] == b[-1] and a != b
        if not ((a in known and b in known) or parallel):
            return None
        return left, (right_start, right_end)

    def listed_companies(self) -> Iterable[Candidate]:
        """牧原股份（002714）, 腾讯控股(00700.HK): the name right before a stock listing in brackets is a company. A
        ticker of letters alone after common nouns defines an abbreviation instead (总预订交易额（GBV）), unless a word
        of the market or a move of the shares follows it."""
        listings = list(STOCK_LISTING.finditer(self.text))
        starts = {m.start() for m in listings}
        # (a ticker of letters before a move of its shares is a listing too: 某某（LLY）收涨8.2%)
        letters_only = {m.start() for m in listings if not m.group("code") and not moves_in_market(
            self.text, self._past_times(m.end()))}
        toks = self.toks
        for i in self.doc.token_indices(starts, self.starts):
            # the words of a name, however jieba split it (英/j 伟达/a), back to a verb, a function word or a stop
            j = i
            while j > 0 and self._listed_name_word(toks[j - 1], last=j == i) and (
                    toks[i].start - toks[j - 1].start <= MAX_LISTED_NAME_CHARS):
                j -= 1
            run = self._after_generic_words(list(range(j, i)))
            if run and self.text[toks[run[0]].start : toks[i].start] in words("instruments.txt"):
                continue  # 聚丙烯（PP）: a thing markets trade and its code, no company
            if run and (toks[i].start not in letters_only or self.doc.has_proper(run)):
                yield Candidate(toks[run[0]].start, toks[i].start, "ORG", 3)
        yield from fund_managers(self.doc)

    def _past_times(self, offset: int) -> int:
        """Where the first word after `offset` that is no time word starts (某某（ABC）近期股价: 股价)."""
        k = self.starts.get(offset)
        while k is not None and k < len(self.toks) and self.toks[k].tag == "t":
            offset = self.toks[k].end
            k = self.starts.get(offset)
        return offset

    @staticmethod
    def _listed_name_word(tok: Token, *, last: bool) -> bool:
        """A word of a listed company's name: a name-like word, or, as its last word, a one-character verb jieba
        cut out of a name it does not know (某/ns 某汇/n 能/v（000999.SZ）; not 如/v 某某银行（600000）)."""
        return is_cjk(tok.text) and (tok.tag in ITEM_TAGS or (last and len(tok.text) == 1 and tok.tag == "v"))

    @cached_property
    def _share_move_starts(self) -> set[int]:
        """Where a move of a share's price starts (`SHARE_MOVE`): read by `share_movers` and `glued_share_movers`."""
        return match_starts(SHARE_MOVE, self.text)

    def share_movers(self) -> Iterable[Candidate]:
        """，某某能源涨近8%；某某阿姨涨停: the words that open a clause and whose share price then moves by a figure
        are a listed company's short name, when one of them is a proper noun (a lone word must be one) or the last
        is an industry word after another (中/f 煤/n 能源). Not a place, a price, an index or a sector (食品价格涨3%,
        沪指跌1%, 环比/j 涨2%: common nouns, traded things, stop words)."""
        toks, text, lex = self.toks, self.text, self.lex
        puncts = self.doc.where(K_PUNCT)  # a clause of words opens after each
        for i in self.doc.token_indices(self._share_move_starts, self.starts):
            at = bisect.bisect_left(puncts, i)
            if at < len(puncts) and puncts[at] == i:
                continue
            opens = puncts[at - 1] + 1 if at else 0
            if i == opens:
                continue
            run = [toks[k] for k in range(opens, i)]
            while run and run[-1].text in words("session_words.txt"):
                run.pop()  # 某某能源收盘涨5%, 某指数收市跌1%: the session is when it moved, no part of the name
            if (not run or run[-1].end - run[0].start > MAX_MOVER_CHARS or not all(is_cjk(t.text) for t in run)
                    or any(t.tag.startswith(MOVER_STOP_TAGS) or self.doc.is_place_tok(t) or t.text in lex.stopwords
                           for t in run)
                    or text[run[0].start : run[-1].end].endswith((*word_list("instruments.txt"), *INDEX_WORDS))
                    # (traded things and indices: 某某科技指数涨2%)
                    or run[-1].text in words_after(SHORT_NAME_CONTEXT)):  # 某某股价涨3%: the name stands before
                continue
            if self._names_company(run) or self._rare_words(run):
                yield Candidate(run[0].start, self._mover_end(run[-1]), "ORG", 1)

    @staticmethod
    def _mover_end(last: Token) -> int:
        """Where a mover's short name ends: before an adverb jieba glued onto its last character (某/nr 海则/n 下跌:
        乙则跌), unless the glued word is one of jieba's dictionary (原则, 规则)."""
        word = last.text
        if len(word) > 1 and word[-1] in MOVER_ADVERBS and not in_dictionary(word):
            return last.end - 1
        return last.end

    def glued_share_movers(self) -> Iterable[Candidate]:
        """，某/nr 通涨/v 2%: jieba glued the last character of a short name it does not know onto the move of its
        shares after it. The words from the clause's opening to that character are a listed company's short name
        when together they make no word of jieba's dictionary (so not 通涨, inflation, read alone) and none is a
        place, a stop word, a function word or a common word (物价通涨2%: prices)."""
        toks, text, lex = self.toks, self.text, self.lex
        for m in self._share_move_starts:
            k = self.starts.get(m - 1)
            if k is None or toks[k].end <= m or not toks[k].tag.startswith("v") or SHARE_MOVE.match(text, m - 1):
                continue  # (上涨, 收涨: the whole word is the move)
            j = k
            while j > 0 and is_cjk(toks[j - 1].text) and not toks[j - 1].tag.startswith(MOVER_STOP_TAGS) and (
                    m - toks[j - 1].start <= MAX_MOVER_CHARS):
                j -= 1
            if j == k or (j > 0 and not is_punct(toks[j - 1])):
                continue  # the name opens a clause
            run = toks[j:k]
            name = text[run[0].start : m]
            if (len(name) >= 2 and not in_dictionary(name) and not any(
                    self.doc.is_place_tok(t) or t.text in lex.stopwords or (len(t.text) >= 2 and is_common_word(t.text))
                    for t in run)):  # (物价/n 通涨: a common word before inflation)
                yield Candidate(run[0].start, m, "ORG", 1)

    @staticmethod
    def _rare_words(run: list[Token]) -> bool:
        """Words of two or more characters that everyday text does not use (jieba's dictionary: not 苹果, 价格,
        收入, 医疗), no abbreviation (环比/j), and one of them unknown to the dictionary or four characters together
        (某某数据): a brand or a transliterated name whose shares move, not a measure, a sector or a chemical (丙烯: a
        rare word of two characters that the dictionary lists)."""
        return all(len(t.text) >= 2 and t.tag != "j" and not is_common_word(t.text) for t in run) and (
            run[-1].end - run[0].start >= 4 or any(not in_dictionary(t.text) for t in run))

    def mover_lists(self) -> Iterable[Candidate]:
        """某板块甲乙能源、丙丁药业、戊己科技等涨超5%: the items of a 、 list whose shares then move are listed
        companies, when most of them carry a proper noun or end in an industry word. Items are cut at the 、, since
        jieba often splits a short name it does not know (某科/ns 立/v); the first runs back from its 、 to a clause
        opening or a share-group word (板块). Not indices, funds or traded things (深成指、创业板指跌1%). A list that
        closes on a count of companies (甲乙、丙丁等11家公司) says what its items are by itself."""
        for m in (*list_matches(_LIST_MOVE, self.text), *list_matches(_LIST_OF_COMPANIES, self.text)):
            items = m.group("items").split("、")
            spans = self._item_spans(m)
            first = self._first_list_item(*spans[0])
            names = [span for span in [first, *spans[1:]] if span and self._mover_item(*span)]
            named = sum(1 for s, e in names if self._names_company(self.doc.tokens_between(s, e)))
            counted = m.re is _LIST_OF_COMPANIES  # (等11家公司: the count says what the items are)
            if len(names) >= 2 and (counted or 2 * named >= len(items)):
                for s, e in names:
                    yield Candidate(s, e, "ORG", 1)

    def kind_lists(self) -> Iterable[Candidate]:
        """甲、乙、丙等一众区域百货企业, 甲投、乙投等四家省属机构: the items of a 、 list closed by 等 and a class of
        businesses after words that describe it (a count, 一众, a trade) are companies where at least two of them,
        and most, are words jieba's dictionary does not hold as everyday words (a brand it never saw, or a proper
        noun it lists). Why a stricter test than `mover_lists`' count form: with words between 等 and the class,
        a list of trades or goods reads the same (钢铁、煤炭等传统行业企业), and such items are everyday words."""
        for m in list_matches(_LIST_OF_KINDS, self.text):
            spans = self._item_spans(m)
            first = self._first_kind_item(*spans[0])
            names = [span for span in [first, *spans[1:]] if span and self._kind_list_item(*span)]
            if len(names) >= 2 and 2 * len(names) >= len(spans):
                for s, e in names:
                    yield Candidate(s, e, "ORG", 1)

    def _item_spans(self, m: re.Match[str]) -> list[tuple[int, int]]:
        """The spans of the items of a 、 list matched by `m` (its group `items`), the last one cut at a joiner it
        holds (`_joined_items`)."""
        spans, start = [], m.start("items")
        for item in m.group("items").split("、"):
            spans.append((start, start + len(item)))
            start += len(item) + 1
        spans[-1:] = self._joined_items(*spans[-1])
        return spans

    def _first_kind_item(self, start: int, end: int) -> tuple[int, int] | None:
        """The first item of a `kind_lists` list: the word before its 、 and the words before that back to a verb,
        a function word or a stop word (获批收购甲芝、乙晋: 甲芝; 优于甲想、乙普: 甲想), unlike a list of shares whose
        first short name may hold a verb (`_first_list_item`); the word at the 、 may be one (甲电/j 投资/v)."""
        k = self.ends.get(end)
        if k is None:
            return None
        toks, lex = self.toks, self.lex
        j = k - 1
        while j >= 0 and toks[j].start >= start and end - toks[j].start <= MAX_MOVER_CHARS and not (
                (toks[j].tag.startswith(MOVER_STOP_TAGS) and (len(toks[j].text) > 1 or end - toks[j].end > 1))
                or toks[j].text in lex.stopwords or toks[j].text.endswith(SHARE_GROUP_ENDS)
                or toks[j].text in words("list_introducers.txt")):
            j -= 1  # (a verb of one character before one other is a piece of a brand jieba cut: 抖/v 音/n)
        if j >= 0 and toks[j].end == toks[j + 1].start and len(toks[j].text) == 1 and toks[j].tag.startswith(
                ("m", "q")):
            return None  # 兆/m 某创新: a numeral character that may be the brand's first, so no start is sure
        return toks[j + 1].start, end

    def short_bodies_that_speak(self) -> Iterable[Candidate]:
        """，某委会表示, 某位部统计, 某辅会指出: three characters ending in a body's word (会 部 署 局 委 办) that
        open a clause, in one to three jieba words, right before a verb of speech or report or a corporate act
        (person_cues.txt, company_context.tsv) are a body's short form, as Taiwan's and Hong Kong's councils and
        ministries are called. Not a word of everyday text or a common noun of jieba's dictionary (董事会, 研讨会:
        a kind of meeting or board), a person's name (nr), a place or a part of a country (东北部), a stop word or
        a body pointed at (该局) or one after a function word (与工会); and not a modal 会 before a verb (工程会统计:
        the work will count)."""
        toks, lex, text = self.toks, self.lex, self.text
        tails = (*lex.person_cues, *REPORTING_VERBS, *words_after(CORPORATE_ACTS))
        for i, tok in enumerate(toks):
            # (the span, if any, is the three characters from the word's start: test its last one first)
            if (text[tok.start + SHORT_BODY_CHARS - 1 : tok.start + SHORT_BODY_CHARS] not in SHORT_BODY_ENDS
                    or not self._opens_phrase(i) or not is_cjk(tok.text) or len(tok.text) > SHORT_BODY_CHARS):
                continue
            j, span = i, tok.text
            while len(span) < SHORT_BODY_CHARS and j + 1 < len(toks) and toks[j + 1].start == toks[j].end and (
                    is_cjk(toks[j + 1].text)):
                j += 1
                span += toks[j].text
            if len(span) != SHORT_BODY_CHARS or span[-1] not in SHORT_BODY_ENDS:
                continue
            run = toks[i : j + 1]
            if (is_common_word(span) or (in_dictionary(span) and dictionary_tag(span) not in SHORT_BODY_DICT_TAGS)
                    or any(t.tag in PERSON_TAGS or self.doc.is_place_tok(t) or t.text in lex.stopwords for t in run)
                    or tok.tag.startswith(SHORT_NAME_STOP_TAGS)  # (与/p 工会: a function word before a kind of body)
                    or span.startswith(DETERMINERS) or compass_region(span) or span in lex.places):
                continue
            if toks[j].text == MODAL and toks[j].tag.startswith("v"):
                continue  # 工程/n 会/v 统计: the modal verb before an act
            after = self._past_times(toks[j].end)
            if text.startswith(tails, after):
                yield Candidate(tok.start, toks[j].end, "ORG", 1)

    def _kind_list_item(self, s: int, e: int) -> bool:
        """An item of `kind_lists` that can be a company's short name: a mover's item (`_mover_item`) or a Latin
        word, no word of everyday text, and not a dictionary word unless jieba lists it as a proper noun."""
        name = self.text[s:e]
        if name.isascii():
            return name.isalpha() and 2 <= len(name) <= 12 and not self.lex.names_nothing(name)
        if not self._mover_item(s, e) or is_common_word(name):
            return False
        return not in_dictionary(name) or dictionary_tag(name) in KIND_LIST_NAME_TAGS

    def _joined_items(self, start: int, end: int) -> list[tuple[int, int]]:
        """甲、乙及丙等车企: the last item the pattern reads may hold two, joined by a conjunction that jieba reads as
        a word of its own (及/c, 和/c, 与/p); each side of two characters or more is an item."""
        for k in range(start + 2, end - 2):
            i = self.starts.get(k)
            if i is not None and self.toks[i].text in LIST_JOINERS and self.toks[i].end == k + 1:
                return [(start, k), (k + 1, end)]
        return [(start, end)]

    def _first_list_item(self, start: int, end: int) -> tuple[int, int] | None:
        """The first item of a list, back from its 、 over words that can make a short name, not over the verb that
        introduces the list (包括甲、乙: list_introducers.txt)."""
        k = self.ends.get(end)
        if k is None:
            return None
        toks, lex = self.toks, self.lex
        j = k
        while j >= 0 and toks[j].start >= start and end - toks[j].start <= MAX_MOVER_CHARS and not (
                toks[j].tag.startswith(FIRST_ITEM_STOP_TAGS) or toks[j].text in lex.stopwords
                or toks[j].text.endswith(SHARE_GROUP_ENDS) or toks[j].text in words("list_introducers.txt")):
            j -= 1
        return (toks[j + 1].start, end) if j < k else None

    def _mover_item(self, s: int, e: int) -> bool:
        """A list item that can be a share's short name: two to six Chinese characters (a trailing A or B share
        class allowed), no index, traded thing, stop word or place."""
        name = self.text[s:e]
        return (2 <= e - s <= MAX_MOVER_CHARS and is_cjk(name.rstrip("AB")) and name not in self.lex.stopwords
                and not name.endswith(("指", "指数", *word_list("instruments.txt")))
                and name not in word_list("index_names.txt")
                and not all(self.doc.is_place_tok(t) for t in self.doc.tokens_between(s, e)))

    def _names_company(self, run: list[Token]) -> bool:
        """Words that can be a short name: one of them a proper noun, or an industry word after another (中/f 煤/n
        能源)."""
        industry = len(run) > 1 and run[-1].text in self.lex.company_suffixes
        return industry or any(t.tag in PROPER_TAGS for t in run)

    def glossed_names(self) -> Iterable[Candidate]:
        """某某科技（Foo Technology）: the words before an English name of an organisation in brackets are its Chinese
        name, however jieba tagged them (某豪/a 科技)."""
        toks, text = self.toks, self.text
        for m in _gloss_pattern(self.lex.english_org_words).finditer(text):
            i = self.starts.get(m.start())
            if i is None:
                continue
            j = i
            while j > 0 and is_cjk(toks[j - 1].text) and not toks[j - 1].tag.startswith(GLOSS_STOP_TAGS) and (
                    toks[i].start - toks[j - 1].start <= MAX_GLOSSED_NAME_CHARS):
                j -= 1
            if j < i and toks[i].start - toks[j].start >= 2:
                yield Candidate(toks[j].start, toks[i].start, "ORG", 3)

    def special_treatment_names(self) -> Iterable[Candidate]:
        """*ST某某, ST某某: a listed company under special treatment. The exchange's short name keeps two characters
        after the mark, which is no part of the name (D59 of the gold)."""
        for m in SPECIAL_TREATMENT.finditer(self.text):
            yield Candidate(m.end(), m.end() + 2, "ORG", 3)

    def appositions(self) -> Iterable[Candidate]:
        """芯片巨头英特尔, 研调机构IDC, 品牌厂华硕: a proper or capitalised Latin name right after a class of
        organisations is one, and so is a place and an industry word there (央企某国电子, 车企某市汽车)."""
        toks, lex = self.toks, self.lex
        for i in self.doc.where(K_CLASS_NOUN):
            if i + 1 >= len(toks):
                continue
            name = toks[i + 1]
            w = name.text
            if (i + 2 < len(toks) and self.doc.is_place_tok(name) and toks[i + 2].text in lex.company_suffixes
                    and toks[i + 2].start == name.end):
                yield Candidate(name.start, toks[i + 2].end, "ORG", 2)  # 央企某国电子: a company named after a place
            elif _CAPITAL.match(w) and name.tag == "eng" and not lex.names_nothing(w):
                yield Candidate(name.start, name.end, "ORG", 2)
            elif (name.tag in PROPER_TAGS and is_cjk(w) and 2 <= len(w) <= 6  # 英特尔/ns: not a known place
                  and not self.doc.is_place_tok(name) and w not in lex.stopwords
                  and not (name.tag in PERSON_TAGS and toks[i].text in lex.generic_org_heads)):  # 公司张三
                yield Candidate(name.start, name.end, "ORG", 2)
            elif (name.tag == "n" and is_cjk(w) and 2 <= len(w) <= 4 and w not in lex.stopwords
                  and not w.endswith(lex.generic_org_heads) and self._acts_next(i + 1)):
                yield Candidate(name.start, name.end, "ORG", 2)  # 闪存巨头某某/n 宣布: a company, acting as one

    def brands_in_company_context(self) -> Iterable[Candidate]:
        """某威/n 副总裁, 某谱/n 宣布, 某包/n 官方表示: a word of two to four characters that jieba only guessed (a
        brand it never saw) right before a corporate title, role or act (company_titles.txt, company_context.tsv),
        or a rare entry of its dictionary that opens a clause right before a corporate title or role, is a company's
        short name. Not a person's name (nr), a place, a stop word or a title, and not the end of a longer name (the
        rule of that name's suffix finds it). Left out: the suffixes 公司, 集团 and 股东, an analyst (油市分析师),
        a change of price (零售价上调) and moves of shares, which follow kinds of business, markets and goods too."""
        toks, lex = self.toks, self.lex
        roles = tuple(w for w in words_after(frozenset({"role"})) if w not in NOT_BRAND_CONTEXT)
        acts = tuple(w for w in words_after(CORPORATE_ACTS) if w not in NOT_BRAND_CONTEXT)
        for i in self.doc.where(K_RARE_SHORT):  # (two to four Han characters, no everyday word: most tokens fail)
            if i == len(toks) - 1:
                break
            tok = toks[i]
            w = tok.text
            if (not 2 <= len(w) <= 4 or not (tok.tag in CONTEXT_BRAND_TAGS or self._surnameless_guess(tok)
                                             or self._guessed_place(tok))
                    or not is_cjk(w) or is_common_word(w)
                    or w in lex.stopwords or w in lex.titles or self.doc.is_place_tok(tok)
                    or self.doc.kinds[i] & K_CLASS_NOUN or w.startswith(DETERMINERS) or w.endswith(SIDE_OR_KIND)
                    or w.endswith(lex.generic_org_heads) or self.org_suffix_kind(tok) is not None):
                continue  # (该集团, 车企, 台方, 家具公司: a body pointed at, a kind of business or a side)
            prev = toks[i - 1] if i else None
            if prev is not None and not is_punct(prev) and (
                    in_dictionary(w) or prev.tag.startswith("u") or (
                        prev.end == tok.start and self.doc.name_part(prev))):
                continue  # (月/m 之/u 暗面/n: the end of a name jieba cut)
            j = i + 1
            while j < len(toks) and toks[j].tag == "t":
                j += 1  # 某谱周一宣布
            nxt = toks[j].start if j < len(toks) else len(self.text)
            if self.text.startswith(NOT_BRAND_CONTEXT, nxt):
                continue
            if (nxt in self.company_title_starts or self.text.startswith(roles, nxt)
                    or (not in_dictionary(w) and (self.text.startswith(acts, nxt) or self._possessed_figure(j)
                                                  or self._partner_in_joint_act(i, nxt)))):
                yield Candidate(tok.start, tok.end, "ORG", 1)

    def _guessed_place(self, tok: Token) -> bool:
        """某岳/ns: a word jieba's guesser made up and tagged a place, though neither its dictionary nor the place
        lexicons know it: before a corporate role or act (某岳旗下) it is a brand as a guessed noun is."""
        return tok.tag == "ns" and not in_dictionary(tok.text) and tok.text not in self.lex.counties

    def split_brands_in_company_context(self) -> Iterable[Candidate]:
        """某/nz 启/v 宣布, 某/ng 鲸/ng 董事长: a brand jieba never saw is often cut into two single characters; two
        of them that open a subject (`_opens_subject`), make no word of jieba's dictionary together and stand right
        before a corporate act, title or role, or 的 and a company's figure (`brands_in_company_context`), are a
        company's short name; so are two after 与 before a joint act (与某幸合作: `_partner_in_joint_act`). Not
        where the first is a surname (a person's name cut in two) or either is a function word, a time, a number, a
        place or a quality (SPLIT_BRAND_STOP_TAGS), nor where both are verbs or places' abbreviations (俄/j 乌/j)."""
        toks, lex, text = self.toks, self.lex, self.text
        roles = tuple(w for w in words_after(frozenset({"role"})) if w not in NOT_BRAND_CONTEXT)
        acts = tuple(w for w in words_after(CORPORATE_ACTS) if w not in NOT_BRAND_CONTEXT)
        for i in self.doc.words.where(_one_han_character):  # (most tokens are longer words)
            if i >= len(toks) - 2:
                break
            first, second = toks[i], toks[i + 1]
            if not (len(second.text) == 1 and first.end == second.start and is_cjk(second.text)
                    and self._opens_subject(i)):
                continue
            pair = first.text + second.text
            if (first.tag.startswith(SPLIT_BRAND_STOP_TAGS) or second.tag.startswith(SPLIT_BRAND_STOP_TAGS)
                    or (first.tag.startswith("v") and second.tag.startswith("v"))
                    or first.text in lex.surnames or in_dictionary(pair) or pair in lex.stopwords
                    or self.doc.is_place_tok(first) or self.doc.is_place_tok(second)
                    or {first.text, second.text} <= lex.abbreviations or first.tag == second.tag == "j"):
                continue  # (俄/j 乌/j 达成: two countries' abbreviations, the sides of a deal)
            j = i + 2
            while j < len(toks) and toks[j].tag == "t":
                j += 1  # 某启周一宣布
            nxt = toks[j].start if j < len(toks) else len(text)
            if (nxt in self.company_title_starts or text.startswith(roles, nxt) or text.startswith(acts, nxt)
                    or self._possessed_figure(j) or self._partner_in_joint_act(i, nxt)):
                yield Candidate(first.start, second.end, "ORG", 1)

    def short_stock_names(self) -> Iterable[Candidate]:
        """某丰/nz 电/n 营收, 某硕/a 科/n 股价, 某联/ns 化/n 终场: Taiwan's and Hong Kong's markets name a listed
        company by a brand of two characters and the first character of its industry (short_name_ends.txt: 电, 科,
        化, 金), which jieba cuts off as a word of its own or, never having seen the name, guesses into one word
        with the brand (某茂科/nz, 某晶光/nr). Such a name is a company's short name where it opens a clause, a
        list's item or follows a group of shares (概念股, 权值股, 航运股方面，), makes no word of jieba's dictionary,
        and a word of the market, its results, acts or reports (company_context.tsv, listed_name_cues.txt) or a move
        of its shares follows (after time words: 某丰电今日股价), or it is an item of a list of shares. The brand
        must be no function word, number, time, stop word or word of everyday text (全国/n 通/v: a common word
        before a verb), unless jieba tags that word as a brand (中华/nz 电: a brand as common as a word). A guessed
        word that opens with a surname may be a person's name (某晓光/nr 表示): only a figure, a session or a move
        of shares after it makes it a company."""
        toks = self.toks
        spans = list(self._short_stock_spans())
        named = {span for span in spans if self._listed_name_context(*span)}
        by_first = {first: (first, last) for first, last in spans}
        for first, last in spans:  # 某信航、某泰航同步走强: the items of a list with a named one are named
            if (first, last) in named and toks[last + 1 :] and toks[last + 1].text in LIST_ITEM_ENDS:
                nxt = by_first.get(last + 2)
                if nxt is not None:
                    named.add(nxt)
        for first, last in sorted(named):
            yield Candidate(toks[first].start, toks[last].end, "ORG", 1)

    def _listed_name_context(self, first: int, last: int) -> bool:
        """What follows the short name of tokens first to last (`short_stock_names`) makes it a listed company, or
        what investors do with its shares before it (listed_name_openers.txt: 买超, 卖超)."""
        toks, text = self.toks, self.text
        if first > 0 and toks[first - 1].text in words("listed_name_openers.txt"):
            return True  # 外资卖超某某电: what investors do with its shares
        j = last + 1
        while j < len(toks) and (toks[j].tag == "t" or _MONTH_WORD.fullmatch(toks[j].text)):
            j += 1  # 某丰电今日股价, 某丰电11月营收, 前10月
        if j == len(toks):
            return False
        nxt = toks[j].start
        cues = _listed_name_cues()
        if first == last and text[toks[first].start] in self.lex.surnames:
            cues = tuple(w for w in cues if w not in SPEECH_CUES and w not in words_after(CORPORATE_ACTS))
        return bool(text.startswith(cues, nxt) or SHARE_MOVE.match(text, nxt) or self._in_share_list(toks[last].end)
                    or (self._after_share_group(first) and toks[j].text in LIST_ITEM_ENDS))

    def proper_names_with_share_figures(self) -> Iterable[Candidate]:
        """某辉/nr 股价急升, 某鸿/nz 今日公布中期业绩: Hong Kong's and Taiwan's market news names a listed company by
        a short name that jieba, never having seen it, guesses as a person's name (nr); where it opens a clause
        (or follows 的) and its shares' price or a word of the market follows (company_context.tsv, kind market), or
        it publishes results (公布中期业绩), it is a company, since a person has no shares. Not its results'
        words: jieba guesses a metric's prefix as a name too (归母/nr 净利润). Not a place, a stop word or a title."""
        toks, text, lex = self.toks, self.text, self.lex
        figures = words_after(MARKET_CONTEXT)
        for i in self.doc.words.where(lambda w: 2 <= len(w) <= MAX_SHORT_BRAND and is_cjk(w)):
            tok = toks[i]
            w = tok.text
            if (tok.tag not in SHARE_NAME_TAGS or w in lex.stopwords or w in lex.titles or self.doc.is_place_tok(tok)
                    or not (self._opens_subject(i) or (i > 0 and toks[i - 1].text == "的"))):
                continue
            j = i + 1
            while j < len(toks) and toks[j].tag == "t":
                j += 1  # 某鸿今日公布
            if j == len(toks):
                continue
            nxt = toks[j].start
            if text.startswith(figures, nxt) or _PUBLISHED_RESULTS.match(text, nxt):
                yield Candidate(tok.start, tok.end, "ORG", 1)

    def _short_stock_spans(self) -> Iterable[tuple[int, int]]:
        """(first, last) tokens of what may be a listed company's short name (`short_stock_names`): a brand of two
        characters and an industry's first character, two words or one word jieba guessed, where a name opens."""
        toks, lex = self.toks, self.lex
        ends = words("short_name_ends.txt")
        for i in self.doc.words.where(lambda w: w[-1:] in ends and is_cjk(w)):
            tok = toks[i]
            w = tok.text
            if len(w) == MAX_SHORT_BRAND and not in_dictionary(w) and tok.tag in SHORT_STOCK_WORD_TAGS:
                head = w[:2]
                first = i
            elif len(w) == 1 and i > 0 and toks[i - 1].end == tok.start:
                head, first = toks[i - 1].text, i - 1
                if (len(head) != 2 or not is_cjk(head) or toks[first].tag.startswith(SHORT_NAME_STOP_TAGS)
                        or (is_common_word(head) and toks[first].tag not in BRAND_HEAD_TAGS)
                        or in_dictionary(head + w)):
                    continue
            else:
                continue
            if head in lex.stopwords or not (self._opens_listed_name(first) or (
                    first > 0 and toks[first - 1].text in words("listed_name_openers.txt"))):
                continue
            yield first, i

    def _in_share_list(self, end: int) -> bool:
        """某丰电、某硕科等概念股: the name ending at `end` is an item of a 、 list that closes on 等 and a group of
        shares (概念股, 权值股, 科技股) within its clause: its items are listed companies."""
        if self.text[end : end + 1] not in ("、", "等"):
            return False
        clause = _CLAUSE_END.split(self.text[end : end + MAX_SHARE_LIST_CHARS], maxsplit=1)[0]
        return _SHARE_GROUP_AFTER_LIST.search(clause) is not None

    def _opens_listed_name(self, k: int) -> bool:
        """Token k opens a subject (`_opens_subject`), a list's item (、, 及) or follows a group of shares or a time
        (成分股中，某某电; 权值股某某电; 今日某某电): where a listed company's short name stands."""
        if self._opens_subject(k):
            return True
        if k == 0:
            return False
        prev = self.toks[k - 1]
        return prev.text in LIST_JOINERS or prev.tag == "t" or prev.text.endswith(SHARE_GROUP_ENDS)

    def _after_share_group(self, k: int) -> bool:
        """Token k opens the clause after one that names a group of shares (航运股方面，某信航、某泰航; 金融股中，):
        the names listed there are its members."""
        if k < 2 or not is_punct(self.toks[k - 1]):
            return False
        before = self.text[max(0, self.toks[k - 1].start - MAX_SHARE_GROUP_CHARS) : self.toks[k - 1].start]
        return _SHARE_GROUP_CLAUSE.search(before) is not None

    def _partner_in_joint_act(self, i: int, nxt: int) -> bool:
        """与某幸合作, 同某顿签署: the name opening at token i follows 与 (or 同, 跟) and what two firms do together
        follows it (company_context.tsv, kind joint: 合作, 联手, 签署): it is the partner firm."""
        return (i > 0 and self.toks[i - 1].text in PARTNER_JOINERS
                and self.text.startswith(words_after(JOINT_CONTEXT), nxt))

    def _opens_subject(self, i: int) -> bool:
        """Token i starts the text, follows punctuation or joins a subject before it (与, 和: 甲与乙宣布); not after
        another preposition, whose object the act's may be (针对某房推出: what is launched is about it)."""
        return i == 0 or is_punct(self.toks[i - 1]) or self.toks[i - 1].text in SUBJECT_JOINERS

    def _surnameless_guess(self, tok: Token) -> bool:
        """某曜/nr: a word of two characters that jieba's guesser made up and tagged as a person's name, though no
        surname (surnames.txt) opens it, is a brand as likely as a name: a Chinese name starts with its surname."""
        w = tok.text
        return (tok.tag == "nr" and len(w) == 2 and not in_dictionary(w) and w[0] not in self.lex.surnames
                and w not in self.lex.compound_surnames)

    def _possessed_figure(self, j: int) -> bool:
        """Token j is 的 and a figure only a company has follows it (某翼的股价, 某曜的财报: company_context.tsv,
        kinds market and results): the name before 的 owns shares or results, so it is a company."""
        toks = self.toks
        possessed = tuple(company_context(POSSESSED_COMPANY_CONTEXT)[0])
        return j + 1 < len(toks) and toks[j].text == "的" and self.text.startswith(possessed, toks[j + 1].start)

    def quoted_names_that_act(self) -> Iterable[Candidate]:
        """「某某」宣布, “某某”旗下, 「某某」股价: a name in quotes before a corporate act, role or figure
        (company_context.tsv) is a company; not before 推出, 发布 or 公布, whose subject and object a quote
        names alike (「某某计划」推出後: the plan). Not a place, a stop word, a word of everyday text or of
        jieba's dictionary (“双料”), nor a quote right after a word (公布“某炸”财报: a figure of speech that
        modifies the noun after it). Names in title marks are left out: the NER pool labels a paper there
        as a work (《某某报》记者), our guide as an outlet."""
        text, lex = self.text, self.lex
        corporate = tuple(w for w in words_after(FIGURE_CONTEXT | CORPORATE_ACTS | frozenset({"role"}))
                          if w not in NOT_BRAND_CONTEXT and w not in LAUNCHED)
        for m in _QUOTED_NAME.finditer(text):
            name = m.group("name")
            before = text[m.start() - 1] if m.start() else ""
            if (name in lex.stopwords or name in lex.places or in_dictionary(name)
                    or (is_cjk(before) and before not in QUOTE_OPENERS)):
                continue  # (“双料”: a word the dictionary lists; 公布“某炸”财报: a quoted modifier of a noun)
            if text.startswith(corporate, self._past_times(m.end())):
                yield Candidate(m.start("name"), m.end("name"), "ORG", 2)

    def _listed_short_name(self, i: int, last: int | None = None) -> bool:
        """某某/n 证券研报指出, 某某食品涨停: a head of two characters jieba took for a common word and an industry word
        (company_suffixes.txt) are a listed company's short name where a word of the market, a corporate act or a
        report follows (company_context.tsv), or a move of its shares (涨停, 涨超, 收涨)."""
        head = self.toks[i - 1]
        if (len(head.text) != 2 or not is_cjk(head.text) or head.tag.startswith(SHORT_NAME_STOP_TAGS)
                or head.text in self.lex.stopwords or self.doc.is_place_tok(head)
                or self.text[: head.start].upper().endswith(tuple(FUND_TYPES))
                or head.text in words("instruments.txt")):
            return False  # (某某ETF联接基金: a fund's kind after its type, no company; 黄金期货收涨: a contract)
        if self._is_trade(head):
            return False  # 教育|集团宣布: a trade before a company word is no brand (the brand stands before both)
        if head.tag == "v" and is_common_word(head.text):
            return False  # 实现/v 旅游收入, 发展/v 旅游: an everyday verb takes the trade as its object
        return moves_in_market(self.text, self._after_token(i if last is None else last))

    def _guessed_brand(self, head: Token, industry: Token) -> bool:
        """某顶/n 科技, 某视/n 科技: a word of two or three characters that jieba's dictionary does not hold (its
        guesser made it up, tagging it as a common noun) before an industry word is a brand, since a kind of business
        is named by a dictionary word (信息科技, 农业科技); not a guess that glued a function word on (和某/n), a stop
        word or a place, not before a fund's type (某创半导体ETF: a fund tracking a sector), and not before 银行
        or 软件, which after a trade's jargon name a bank's role (收单银行) or a product (摇号软件)."""
        w = head.text
        if industry.text in ROLE_OR_PRODUCT_WORDS or self.text[industry.end : industry.end + 4].upper().startswith(
                tuple(FUND_TYPES)) or self.text[: head.start].endswith(KIND_MODIFIERS):
            return False  # (各类某创基金: a kind of fund)
        return (2 <= len(w) <= 3 and is_cjk(w) and head.tag in GUESSED_BRAND_TAGS and not in_dictionary(w)
                and GLUED_FUNCTION_CHARS.isdisjoint(w) and w not in self.lex.stopwords
                and not self.doc.is_place_tok(head))

    def _brand_before_trade(self, i: int) -> bool:
        """某锐/a 教育/vn, 某识/v 咨询: token i is an industry word (company_suffixes.txt, context_trades.txt)
        after a word of two or three characters that opens a phrase (after punctuation, a function word or 的)
        and is no function word, kind (大型/b), stop word, place or traded thing, the two no word of jieba's
        dictionary (高等教育, 管理咨询: a kind of business). Only a company's title, act or role after them makes
        them a company, since such a head is often an everyday word."""
        toks = self.toks
        if i < 1 or not (toks[i].text in self.lex.company_suffixes or toks[i].text in words("context_trades.txt")):
            return False
        head = toks[i - 1]
        w = head.text
        return (2 <= len(w) <= 3 and is_cjk(w) and not head.tag.startswith((*SHORT_NAME_STOP_TAGS, "b"))
                and w not in self.lex.stopwords and not self.doc.is_place_tok(head)
                and w not in words("instruments.txt")
                and not self._is_trade(head)  # (教育|集团: a trade, the brand is before it)
                and not in_dictionary(w + toks[i].text) and (
                    i < 2 or self._opens_phrase(i - 1) or toks[i - 2].text == "的" or self._place_opens(i - 2)
                    or (toks[i - 2].text in FORMER_MARKERS and self._after_former(i - 2))))

    def _after_former(self, k: int) -> bool:
        """Token k is 前 or 原 on its own (FORMER_MARKERS) opening a phrase, or after a verb of holding a post (曾任前
        某锐教育副总裁): a former employer's name follows it, as after punctuation."""
        return self._opens_phrase(k) or (k > 0 and self.toks[k - 1].tag.startswith("v"))

    def _place_opens(self, k: int) -> bool:
        """Token k is a known place that opens a phrase: the start of a company's name that begins with its city
        (某市某锐教育宣布: the longest name wins over the place)."""
        return self.doc.is_place_tok(self.toks[k]) and self._opens_phrase(k)

    def _brand_start(self, i: int) -> int:
        """Where the company of brand + trade word i starts: at its place, if one opens the phrase before the brand,
        or at a known company's short name glued before it (`_group_opens`)."""
        opens = i >= 2 and (self._place_opens(i - 2) or self._group_opens(i - 2))
        return self.toks[i - 2].start if opens else self.toks[i - 1].start

    def _group_opens(self, k: int) -> bool:
        """Token k is a known company (companies.txt) glued right before the next word: the group's short name
        opening the full name of one of its companies (某基|某业地产: the longest name wins over the short one)."""
        toks = self.toks
        return toks[k].text in self.lex.companies and toks[k].end == toks[k + 1].start

    def brands_after_places(self) -> Iterable[Candidate]:
        """某市/ns 家化/j 推出, 某市/ns 国贸/j 业绩: a known place, then one word of two or three characters that
        jieba tags as a name or an abbreviation and its dictionary hardly knows (`RARE_BRAND_FREQ`), then a
        company's act, results, market or role word, are one company named after its city (the place alone would
        be labelled and the name cut)."""
        toks, lex = self.toks, self.lex
        for i in self.doc.where(K_KNOWN_PLACE):  # (the place: most tokens are none)
            if i >= len(toks) - 2:
                break
            place, brand = toks[i], toks[i + 1]
            w = brand.text
            if (2 <= len(w) <= MAX_SHORT_BRAND
                    and is_cjk(w) and w not in lex.stopwords and w not in lex.titles
                    and not self.doc.is_place_tok(brand) and dictionary_frequency(w) < RARE_BRAND_FREQ
                    and ((brand.tag in PLACE_BRAND_TAGS and self.in_company_context(i, i + 1)) or (
                        # (某市/ns 期铜/n 下跌, 某市 尾盘/n 涨: a contract or a session moves, but does not speak)
                        brand.tag in PLACE_BRAND_TAGS | PLACE_COMMON_BRAND_TAGS and self._speaks_after(i + 1)
                        and self._opens_phrase(i)))
                    and not self.text.startswith(NOT_BRAND_CONTEXT, self._after_token(i + 1))):
                yield Candidate(place.start, brand.end, "ORG", 2)

    def numbered_works(self) -> Iterable[Candidate]:
        """甲市/ns 七二/m 三厂/n, 乙市3105厂: a known place, then a code of digits (two to five, one at a time: no
        count) and 厂 or a research institute's word name a numbered works or institute; jieba cuts the code into a
        numeral and a word, so the suffix alone (三厂) is no name and the place would be left alone."""
        toks, text = self.toks, self.text
        for i in self.doc.where(K_KNOWN_PLACE):  # (the place: most tokens are none)
            m = NUMBERED_WORKS.match(text, toks[i].end)
            if m and m.end() in self.ends and not (m.end() < len(text) and is_cjk(text[m.end()]) and (
                    text[m.end()] in NOT_AFTER_WORKS)):
                yield Candidate(toks[i].start, m.end(), "ORG", 3)

    def investors_after_places(self) -> Iterable[Candidate]:
        """某市某某持股22%, 、甲市星某出资1200万元: a known place that opens a phrase, a brand of two to four characters
        in one or two words (whatever jieba tagged them: 星河/n, 创新/v, 鼎/ng 晖/nr), then 持股 or 出资 and a figure
        is an investor, named after its city; not people (市民, 投资者), a stop word, a title or another place."""
        toks = self.toks
        for i in self.doc.where(K_KNOWN_PLACE):  # (the place: most tokens are none)
            if not 1 <= i < len(toks) - 2 or not (self._opens_phrase(i) or toks[i - 1].tag.startswith("v")):
                continue
            for j in (i + 2, i + 3):
                if j + 1 < len(toks) and toks[j].text in INVESTOR_ACTS and toks[j + 1].text[0] in DIGIT_OR_NUMERAL and (
                        self._investor_brand(i + 1, j)):
                    yield Candidate(toks[i].start, toks[j - 1].end, "ORG", 2)
                    break

    def investors_in_lists(self) -> Iterable[Candidate]:
        """资方为甲市某某1200万、乙市某某3300万; 由甲市星某、乙市云某和丙市启某共同参与: in a sentence with a word of
        investment (investment_cues.txt), a known place that opens a phrase, then a brand of two to four characters
        (`_investor_brand`) that ends where an item of a list does (、, 和, 等, a comma), before an amount or before
        a word of investment or holding (领投, 持有), is an
        investor named after its city, not the place: places invest through their funds, not by themselves. Not
        a common noun of everyday text after the place (甲市企业, 乙市市场) or after its brand (对甲市某某实施增资: the
        verb is no part of the name), nor a kind of body (甲市某某公司: the rule of the suffix finds it)."""
        toks = self.toks
        if not self._investment_cue_starts:
            return
        for i in self.doc.where(K_KNOWN_PLACE):  # (the place: most tokens are none)
            if not 1 <= i < len(toks) - 2 or not (self._opens_phrase(i) or toks[i - 1].tag.startswith("v")):
                continue
            if not self._in_investment_sentence(toks[i].start):
                continue  # no word of investment in the sentence
            for j in (i + 2, i + 3):
                if j >= len(toks) or not self._investor_brand(i + 1, j):
                    continue
                last = toks[j - 1]
                if (j == i + 2 and is_common_word(last.text) and last.tag in COMMON_NOUN_TAGS) or (
                        j == i + 3 and len(last.text) >= 2 and is_common_word(last.text)) or (
                        last.text.endswith(self.lex.generic_org_heads)) or _investment_cues().match(last.text) or (
                        last.text in words_after(HOLDING_CONTEXT)):
                    break  # (甲市某某|出资1200万: the act is no part of the name)
                nxt = toks[j].text
                if (nxt in ITEM_ENDS or nxt[0] in DIGIT_OR_NUMERAL or _investment_cues().fullmatch(nxt)
                        or nxt in words_after(HOLDING_CONTEXT)):  # (甲市某某领投, 乙市某某持有)
                    yield Candidate(toks[i].start, last.end, "ORG", 2)
                    break

    def investors_with_amounts(self) -> Iterable[Candidate]:
        """其中甲某5000万元、乙某4000万: in a sentence with a word of investment (investment_cues.txt), two items of a
        list joined by 、 that are each a short brand (`_investor_brand`, no everyday word) and an amount right after
        it name the investors of a round, each an organisation. One item alone is left out: a brand and a sum after
        it are as often a product and its price."""
        toks = self.toks
        if not self._investment_cue_starts:
            return
        for k in self.doc.where(K_LIST_SEP):  # (the 、 between two items: few tokens are one)
            if toks[k].text != "、" or k + 1 >= len(toks):
                continue
            after = self._brand_before_amount(k + 1)
            before = self._brand_ending_in_amount(k)
            if after is None or before is None:
                continue
            if not self._in_investment_sentence(toks[k].start):
                continue  # no word of investment in the sentence
            for first, end, _ in (before, after):
                yield Candidate(toks[first].start, toks[end - 1].end, "ORG", 2)

    @cached_property
    def _investment_cue_starts(self) -> list[int]:
        """Where the words of investment (investment_cues.txt) start in the text, in order."""
        return [m.start() for m in _investment_cues().finditer(self.text)]

    @cached_property
    def _sentence_ends(self) -> list[int]:
        return [m.start() for m in _SENTENCE_END.finditer(self.text)]

    def _in_investment_sentence(self, at: int) -> bool:
        """The sentence holding offset `at` holds a word of investment (领投, 出资, 融资)."""
        ends, cues = self._sentence_ends, self._investment_cue_starts
        k = bisect.bisect_left(ends, at)
        lo, hi = (ends[k - 1] if k else 0), (ends[k] if k < len(ends) else len(self.text))
        c = bisect.bisect_left(cues, lo)
        return c < len(cues) and cues[c] < hi

    def _brand_before_amount(self, first: int) -> tuple[int, int, int] | None:
        """(first, end, amount_end): tokens first..end-1 are a short brand of no everyday word and an amount of money
        follows, ending at the offset amount_end."""
        toks = self.toks
        for end in (first + 1, first + 2):
            if end >= len(toks) or not self._investor_brand(first, end):
                continue
            last, brand = toks[end - 1].text, self.text[toks[first].start : toks[end - 1].end]
            if is_common_word(brand) or _investment_cues().search(last) or last in words_after(HOLDING_CONTEXT):
                continue  # (工资5000元: an everyday word and its sum; 某某出资5000万元: the act is no name)
            if toks[first].tag.startswith("nr") and toks[first].text[0] in self.lex.surnames:
                return None  # (张某某3000万元: a person's name, people invest too)
            if (amount := _INVESTED_AMOUNT.match(self.text, toks[end].start)) is not None:
                return first, end, amount.end()
        return None

    def _brand_ending_in_amount(self, sep: int) -> tuple[int, int, int] | None:
        """The item before the 、 at token `sep` when it is a brand and an amount (`_brand_before_amount`) that opens
        a phrase (其中甲某5000万元、: after a pronoun, a verb or punctuation)."""
        toks = self.toks
        for first in range(max(0, sep - 6), sep):
            found = self._brand_before_amount(first)
            if found is not None and found[2] == toks[sep].start and (
                    self._opens_phrase(first) or toks[first - 1].tag.startswith(("r", "v"))):
                return found
        return None

    def _investor_brand(self, first: int, end: int) -> bool:
        """Tokens first..end-1 are one brand: two to four Han characters in a row, no function word, time, numeral or
        pronoun among them, no place, stop word, title or population noun (`_population_nouns`)."""
        run = self.toks[first:end]
        w = self.text[run[0].start : run[-1].end]
        lex = self.lex
        return (2 <= len(w) <= MAX_INVESTOR_BRAND and is_cjk(w)
                and all(a.end == b.start for a, b in zip(run, run[1:], strict=False))
                and not any(t.tag.startswith(SHORT_NAME_STOP_TAGS) or self.doc.is_place_tok(t)
                            or t.text in lex.stopwords or t.text in lex.titles
                            or t.text in words("population_nouns.txt")
                            for t in run)
                and not w.endswith(("者", "人", "们")))

    def cited_sources(self) -> Iterable[Candidate]:
        """据某某数据, 据某某提供的数据, 按某某口径, ，某某数据显示: a name cited as the source of figures is the
        research or data firm that reports them (ANNOTATION.md labels it ORG, though it holds none of the figures).
        The name runs from the citing word (据, 按) or the clause's opening back from its data (`SOURCE_TAILS`,
        perhaps after 提供的); without a citing word the data must be shown (显示) or provided. Firms of research
        are named by brands jieba does not know (`_source_name`): an everyday word (据行业数据), a place
        (据某省统计), a time or a pronoun (按其口径) is no firm, and a person's name only before 数据 or 口径."""
        toks = self.toks
        for j in self.doc.words.of_any(SOURCE_TAILS):
            k, linked = j - 1, False
            if k >= 1 and toks[k].text == "的":
                k, linked = k - 1, True
                if k >= 1 and toks[k].text in SOURCE_LINKS:
                    k -= 1
            for s in range(k, max(-1, k - MAX_SOURCE_WORDS), -1):
                if not self._source_name(s, k + 1):
                    continue
                before = toks[s - 1].text if s else "。"
                if before == "的" and s >= 2 and toks[s - 2].text in SOURCE_OPENERS:
                    before = toks[s - 2].text  # (据其援引的某某数据)
                cited = before in SOURCE_OPENERS and (before != "按" or toks[j].text in {"口径", "统计"})
                shown = (not s or is_punct(toks[s - 1])) and (linked or (
                    j + 1 < len(toks) and (toks[j + 1].text in SOURCE_SHOWS or is_punct(toks[j + 1]))))
                if (cited or shown) and not (self._person_like(toks[s : k + 1]) and (
                        linked or toks[j].text not in PERSONLESS_TAILS)):
                    yield Candidate(toks[s].start, toks[k].end, "ORG", 0)
                    break

    def credited_sources(self) -> Iterable[Candidate]:
        """（图源/某某整理）, 数据来源：某某, 图片来源：某某网站截图: the name a chart's or a table's credit line gives
        is the outlet or the data firm that made it. The name runs from the credit's mark to the clause's end or to
        what the firm did (整理, 截图: source_credit_ends.txt), and must be a firm's brand as a cited source's
        (`_source_name`), perhaps with its trade (某思咨询); not a document (招股书, 公司公告), a person who
        drew the chart (制图：某某: no credit word) nor who gave the photo (受访者)."""
        toks = self.toks
        credit_words, credit_ends = tuple(word_list("source_credit_words.txt")), words("source_credit_ends.txt")
        for i in self.doc.words.where(lambda w: w.endswith(credit_words)):
            if i + 2 >= len(toks) or toks[i + 1].text not in CREDIT_MARKS:
                continue
            k = i + 2
            while k < len(toks) and k - i - 2 < MAX_SOURCE_WORDS and not is_punct(toks[k]) and (
                    toks[k].text not in credit_ends):
                k += 1
            if k == i + 2 or k < len(toks) and not (is_punct(toks[k]) or toks[k].text in credit_ends):
                continue
            name = self.text[toks[i + 2].start : toks[k - 1].end]
            if name.endswith((*words("document_nouns.txt"), "书")):
                continue
            last = k - 1 if k - i - 2 > 1 and self._is_trade(toks[k - 1]) else k
            if self._source_name(i + 2, last) and not self._person_like(toks[i + 2 : k]):
                yield Candidate(toks[i + 2].start, toks[k - 1].end, "ORG", 0)

    def round_investors(self) -> Iterable[Candidate]:
        """由某某领投, 某甲和某乙跟投, 老股东某某继续跟投: the names right before an act of a round's investor (领投,
        跟投, 参投) back to the phrase's opening (由, punctuation) are its investors, each an organisation; the items
        of a list there (、, 和) are investors each. jieba cuts 领投 apart and glues 由 onto a brand it does not know
        (由某峰/nr), so the phrase is read on the text. An item must be a short brand (`_round_investor`)."""
        text = self.text
        for m in _ROUND_ACT.finditer(text):
            q = m.start()
            while (adv := _ROUND_ADVERB.search(text, max(0, q - 2), q)) is not None:
                q = adv.start()
            o = q
            while o > 0 and q - o < MAX_ROUND_INVESTORS_CHARS and text[o - 1] not in ROUND_OPENERS:
                o -= 1
            if o and text[o - 1] not in ROUND_OPENERS or o == q:
                continue
            if (kind := _INVESTOR_KIND.match(text, o, q)) is not None:
                o = kind.end()
            items, s = [], o
            for sep in [*_ROUND_JOINER.finditer(text, o, q), None]:
                e = sep.start() if sep else q
                items.append((s, e))
                s = e + 1
            if all(self._round_investor(s, e) for s, e in items):
                yield from (Candidate(s, e, "ORG", 0) for s, e in items)

    def _round_investor(self, s: int, e: int) -> bool:
        """text[s:e] can be an investor's brand: two to six Han characters that are no everyday word, place, title
        or time, and not one word jieba reads as a person's name with a surname first (`_person_like`)."""
        w = self.text[s:e]
        if not (MIN_SOURCE_CHARS <= len(w) <= MAX_SOURCE_CHARS and is_cjk(w)) or is_common_word(w):
            return False
        lex = self.lex
        if w in lex.places or w in lex.counties or any(t in w for t in lex.titles if len(t) > 1):
            return False
        run = [t for t in self.toks if t.start < e and t.end > s]  # (由某峰/nr: the word may open before s)
        if any(t.tag.startswith(("t", "r", "m", "p", "u", "c", "d")) and t.start >= s for t in run):
            return False
        return not (len(run) == 1 and run[0].start == s and run[0].end == e and self._person_like(run))

    def _source_name(self, first: int, end: int) -> bool:
        """Tokens first..end-1 can be a firm's brand cited as a source (`cited_sources`): two to six Han characters
        in a row, no function word, time, numeral, place or everyday verb among them (某某公布数据: the firm is named
        before its act), not an everyday word as a whole, and one word at least a proper name's or one jieba's
        dictionary hardly knows (`RARE_BRAND_FREQ`: 某睿/nrfg, 某度/n). Words jieba cut out of a name it does not
        know are single characters or the syllables of a transliteration (某/nr 途/ng, 弗某/nr 斯特/nrt); two words
        of other kinds are a name and what it has (某所/nt 官网), which the rules of bodies read."""
        run = self.toks[first:end]
        w = self.text[run[0].start : run[-1].end]
        lex = self.lex
        return (MIN_SOURCE_CHARS <= len(w) <= MAX_SOURCE_CHARS and is_cjk(w) and not is_common_word(w)
                and all(a.end == b.start for a, b in zip(run, run[1:], strict=False))
                and not any(t.tag.startswith(SHORT_NAME_STOP_TAGS) or self.doc.is_place_tok(t)
                            or t.text in lex.stopwords or t.text in lex.titles or t.text in lex.counties
                            or t.text in words("population_nouns.txt") for t in run)
                and any(t.tag in PROPER_TAGS or dictionary_frequency(t.text) < RARE_BRAND_FREQ for t in run)
                and not any(t.tag.startswith("v") and is_common_word(t.text) for t in run)
                and (len(run) == 1 or all(len(t.text) == 1 or t.tag in TRANSLITERATION_TAGS for t in run))
                and not w.endswith(("者", "人", "们", "方")) and w not in lex.places)

    def _person_like(self, run: list[Token]) -> bool:
        """张某/nr, 王某明/nr: one word jieba tagged a person's name, a surname first. People count and provide
        figures too (据张某统计, 据王某明提供的数据), so such a name is cited as a firm only before its data or its
        basis alone (据某某数据, 按某某口径: `cited_sources`)."""
        w = run[0].text
        return (len(run) == 1 and run[0].tag in ("nr", "nrfg") and 2 <= len(w) <= 4
                and (w[0] in self.lex.surnames or w[:2] in self.lex.surnames))

    def central_authority(self) -> Iterable[Candidate]:
        """中央去年提出, 中央一号文件, 中央第二轮收储: 中央 as a word of its own before a time or a numbered document or
        round is the central government (ANNOTATION.md labels a body inside a document's name too); not after a
        name or a place (某地中央结算: part of a company's name), and not before a noun or a verb, where it is as
        often a modifier (中央财政, 中央厨房, 中央确定的项目: the NER pool's CLUENER part labels no body there)."""
        toks = self.toks
        for i in self.doc.words.at(CENTRAL_AUTHORITY):
            tok, prev = toks[i], toks[i - 1] if i else None
            if i == len(toks) - 1 or (prev is not None and prev.end == tok.start and (
                    self.doc.name_part(prev) or prev.tag in PROPER_TAGS)):
                continue
            if toks[i + 1].tag in CENTRAL_AUTHORITY_NEXT_TAGS:
                yield Candidate(tok.start, tok.end, "ORG", 1)

    def futures_brokers(self) -> Iterable[Candidate]:
        """某达期货, 一某期货: 期货 glued after a brand is a futures broker. 期货 is no company suffix, since after a
        commodity, an index or a market (黄金期货, 纳指期货, 美股期货) it is a contract; so only a brand jieba tags as a
        name or a place it does not know as one (`_futures_brand`), not before a word of the market (期货市场)."""
        toks = self.toks
        for i in self.doc.words.at(FUTURES):
            tok = toks[i]
            if i == 0 or toks[i - 1].end != tok.start:
                continue
            if i + 1 < len(toks) and self.text.startswith(FUTURES_MARKET_WORDS, toks[i + 1].start):
                continue
            start = self._futures_brand(i)
            if (start is None and i >= 2 and toks[i - 1].tag in PLACE_TAGS and len(toks[i - 1].text) == 2
                    and self._joined_brand(i - 1)):
                start = toks[i - 1].start  # 某泰|长城/ns 期货: a brand before a place word makes it one too
            if start is not None:
                k = self.starts.get(start)
                if k is not None and self._joined_brand(k):
                    start = toks[k - 1].start  # 某信|建投期货: two brands joined into one broker's name
                yield Candidate(start, tok.end, "ORG", 2)

    def _joined_brand(self, k: int) -> bool:
        """The word before token k, glued to it, is a brand of two characters jieba tags as a name or an abbreviation
        (中信/nz, 国投/j, 光大/j) or a well-known company, and no place, stop word or index provider: the first of
        two brands joined into one broker's name (某信建投期货)."""
        if k < 1 or self.toks[k - 1].end != self.toks[k].start:
            return False
        prev = self.toks[k - 1]
        w = prev.text
        return (len(w) == 2 and is_cjk(w) and (prev.tag in JOINED_BRAND_TAGS or w in self.lex.companies)
                and not self.doc.is_place_tok(prev) and w not in self.lex.stopwords and w not in index_names()
                and not index_word_at(self.text, prev.end))

    def _futures_brand(self, i: int) -> int | None:
        """Where the broker before 期货 (token i) starts (with a place that opens it), or None. Its brand is one word
        of two or three characters tagged as a name (某达/ns, 某华/nz) that jieba hardly knows, that opens a phrase
        or that acts as a company, or two single characters jieba cut apart, a numeral or a name piece then a name
        piece (一/m 某/ns), that make no word of its dictionary; neither a known place (美国, 欧洲), a place
        abbreviation (中美), a traded thing, an index or its provider (沪铜, 纳指, 标普) nor a stop word."""
        toks, lex = self.toks, self.lex
        head = toks[i - 1]
        w = head.text
        if len(w) == 1 and i >= 2 and len(toks[i - 2].text) == 1 and toks[i - 2].end == head.start:
            first = toks[i - 2]
            w = first.text + head.text
            if not (is_cjk(w) and head.tag in FUTURES_BRAND_TAGS | {"ng"}
                    and first.tag in FUTURES_BRAND_TAGS | {"m", "ng"} and not in_dictionary(w)
                    and (i < 3 or self._opens_phrase(i - 2) or toks[i - 3].text == "的")):
                return None
            start = first.start
        elif 2 <= len(w) <= 3 and is_cjk(w) and head.tag in FUTURES_BRAND_TAGS and (
                dictionary_frequency(w) < RARE_BRAND_FREQ or self._opens_phrase(i - 1)
                or self.in_company_context(i - 1, i)):
            start = self._brand_start(i)  # (某省某达期货: with the place that opens it; 转为深度/ns 期货贴水: a common
            # word that no phrase opens with names a contract's kind)
        else:
            return None
        if (w in lex.places or self._names_places(w, head.tag) or w in lex.stopwords or w in lex.titles
                or w.endswith(word_list("instruments.txt")) or w.endswith(INDEX_WORDS[1]) or w in index_names()):
            return None
        return start

    def acting_trade_brands(self) -> Iterable[Candidate]:
        """某锐教育宣布, 某识咨询创始人: a brand before a trade that names a company only where it acts
        (context_trades.txt; `_acting_brand`)."""
        for i in self.doc.words.of_any(words("context_trades.txt")):
            if i and (self._acting_brand(i) or self._cited_brand(i)):
                yield Candidate(self._brand_start(i), self.toks[i].end, "ORG", 1)

    def _cited_brand(self, i: int) -> bool:
        """据某识咨询统计, 某见咨询的统计称: a brand before a trade (`_brand_before_trade`) cited as the source of
        figures, after 据 or 根据 or before a word of its report (company_context.tsv, kind report: 数据, 统计,
        预测), perhaps after 的, is the firm that reports them, where the brand is a word everyday text hardly uses
        (`RARE_BRAND_FREQ`)."""
        if not self._brand_before_trade(i) or dictionary_frequency(self.toks[i - 1].text) >= RARE_BRAND_FREQ:
            return False  # (据管理咨询数据, 心理咨询统计: an everyday word and the trade name a kind of service)
        toks, text = self.toks, self.text
        before = company_context(REPORT)[1]
        q = i - 2 if i >= 2 and self._place_opens(i - 2) else i - 1
        if q > 0 and toks[q - 1].text in before:
            return True
        j = i + 1
        if j < len(toks) and toks[j].text == "的":
            j += 1
        return j < len(toks) and text.startswith(words_after(REPORT), toks[j].start)

    def acting_word_brands(self) -> Iterable[Candidate]:
        """橙子公司发布, 海豚公司市值, 熊猫公司表示: an everyday noun of two characters (a fruit, an animal; not a
        verb, a time word, a trade or a sector: 预期公司, 彼时公司, 玩具公司, 互联网公司) and 公司, one jieba word or
        two, then an act, a report, a trade or speech (company_context.tsv: act, results, market, holding;
        person_cues.txt) are one company's name. Not a trade or a traded thing (保险公司, 黄金公司: a kind of
        company), a place or a stop word; and only where the two open a clause, since a kind of company is named
        after a word that points at it, counts it or joins it (该公司, 多家公司, 与燃料公司)."""
        toks, lex = self.toks, self.lex
        for i in self.doc.words.where(lambda w: w.endswith(COMPANY)):
            tok = toks[i]
            if tok.text == COMPANY and i and toks[i - 1].end == tok.start:
                first, brand = i - 1, toks[i - 1].text
            elif tok.text.endswith(COMPANY) and len(tok.text) > len(COMPANY):
                first, brand = i, tok.text[: -len(COMPANY)]
            else:
                continue
            if not (len(brand) == WORD_BRAND_CHARS and is_cjk(brand) and not self._names_trade(brand)
                    and (dictionary_tag(brand) or "").startswith("n") and not brand.endswith(ABSTRACT_ENDINGS)
                    and brand not in lex.stopwords and brand not in lex.titles and brand not in lex.places
                    and brand not in lex.company_suffixes and brand not in words("context_trades.txt")
                    and brand not in words("instruments.txt") and not brand.startswith(DETERMINERS)
                    and not brand.endswith(lex.generic_org_heads)
                    and (first == 0 or is_punct(toks[first - 1]))):  # (与燃料公司签署: a kind of company named)
                continue
            if (self.in_company_context(i, i) and not self.text.startswith(NOT_BRAND_CONTEXT, self._after_token(i))
                    and not self._role_follows(i)) or self._speaks_after(i) or (
                    self._acts_after(i) and self._acts_alone(brand)):
                yield Candidate(toks[first].start, tok.end, "ORG", 1)

    def _acts_after(self, i: int) -> bool:
        """An adverb, then a verb or a preposition (perhaps after a time word), follows token i: the name opening
        its clause acts (某果公司正向某国游说, 某果公司已于周二起诉). jieba tags 正在 a time word and may glue the
        preposition to the adverb (正向/d)."""
        toks = self.toks
        j = i + 1
        while j < len(toks) and toks[j].tag == "t" and toks[j].text not in ASPECT_WORDS:
            j += 1
        if j + 1 >= len(toks) or not (toks[j].tag.startswith("d") or toks[j].text in ASPECT_WORDS):
            return False
        return toks[j + 1].tag.startswith(("v", "p")) or (
            len(toks[j].text) == 2 and toks[j].text[-1] in GLUED_PREPOSITIONS)

    def _acts_alone(self, word: str) -> bool:
        """The everyday word stands alone elsewhere in the text as the subject that acts: it opens a clause and a
        verb, an adverb or a preposition follows it (，某果将涨价, 某果想从某地买): the text uses it as a name, not
        only in a kind of company (邮轮公司, 房屋公司: their word is not said alone as a subject that acts)."""
        toks = self.toks
        for k in self.doc.words.at(word):
            if ((k == 0 or is_punct(toks[k - 1]) or toks[k - 1].tag.startswith("c")) and k + 1 < len(toks)
                    and toks[k + 1].tag.startswith(("v", "d", "p")) and toks[k + 1].text not in COPULAS):
                return True
        return False

    @staticmethod
    def _names_trade(word: str) -> bool:
        """jieba's dictionary knows the word with a word of trade after it (零售业, 玩具厂): it names a trade, and
        with 公司 a kind of company (零售公司, 玩具公司), not a brand."""
        return any(in_dictionary(word + marker) for marker in TRADE_MARKERS)

    def _role_follows(self, i: int) -> bool:
        """A corporate role word (company_context.tsv: 旗下, 董事长) follows token i: kinds of business have those
        too (航运公司董事长), so they do not make an everyday word a brand."""
        return self.text.startswith(words_after(frozenset({"role"})), self._after_token(i))

    def _acting_brand(self, i: int, last: int | None = None) -> bool:
        """`_brand_before_trade`, and a company's act, role or market word follows (`in_company_context`) the name's
        last token (i, or a company word after the trade), not one that follows kinds of business too (公司, 分析师:
        NOT_BRAND_CONTEXT)."""
        last = i if last is None else last
        return (self._brand_before_trade(i) and self.in_company_context(i - 1, last)
                and not self.text.startswith(NOT_BRAND_CONTEXT, self._after_token(last)))

    def _rare_brand_before_trade(self, i: int) -> int | None:
        """某/v 迅/ad 建筑/n | 公司: before 公司 at token i, a common noun of a trade (two characters or more) after a
        brand that jieba cut into single characters (`_rare_head`): where the brand starts, else None."""
        trade = self.toks[i - 1] if i >= 2 else None
        if trade is None or len(trade.text) < 2 or not is_cjk(trade.text) or not trade.tag.startswith("n"):
            return None
        return self._rare_head(i - 1)

    def _speaks_after(self, i: int) -> bool:
        """A verb of speech (person_cues.txt: 表示, 指出, 认为), perhaps after a time word, is the word after token i:
        what stands before it is someone, not a place's trade or its goods."""
        toks = self.toks
        j = i + 1
        while j < len(toks) and toks[j].tag == "t":
            j += 1  # 某江证券昨日表示
        return j < len(toks) and toks[j].text in self.lex.person_cues

    def _body_states(self, i: int) -> bool:
        """某某和平组织/v 呼吁: a body's word that jieba tagged a verb is the body's name where a verb of speech or a
        statement (`_speaks_after`, `STATEMENT_VERBS`) or a corporate act follows it: a verb 组织 takes an object
        (组织了一次活动, 组织专家), not another verb of saying."""
        return (self._speaks_after(i) or self._acts_next(i)
                or (i + 1 < len(self.toks) and self.toks[i + 1].text in STATEMENT_VERBS))

    def _title_follows(self, i: int) -> bool:
        """A job title (titles.txt: 书记, 委员), perhaps after 副, starts right after token i."""
        k = i + 1
        if k < len(self.toks) and self.toks[k].text == "副":
            k += 1
        return k < len(self.toks) and self.toks[k].text in self.lex.titles

    def _acts_next(self, i: int) -> bool:
        """A corporate act (宣布, 推出, 收购: company_context.tsv) follows token i right away."""
        return self.text.startswith(words_after(CORPORATE_ACTS), self._after_token(i))

    def _after_token(self, i: int) -> int:
        """Where the token after token i starts (the text's end after the last one)."""
        return self.toks[i + 1].start if i + 1 < len(self.toks) else len(self.text)

    def _after_role_word(self, run: list[int]) -> list[int]:
        """The part of a registered name's run after its last word for the part a business plays
        (`business_role_word`: 供应商|某某科技, 房企|某某置业集团), if that part spans two characters or more."""
        toks = self.toks
        for k in range(len(run) - 2, -1, -1):
            if business_role_word(toks[run[k]].text):
                rest = run[k + 1 :]
                return rest if toks[rest[-1]].end - toks[rest[0]].start >= 2 else run
        return run

    def _after_generic_words(self, run: list[int]) -> list[int]:
        """The part of a name run after its last generic word (全资子公司|牧原肉食品), if it spans two characters. A
        stop word that ends the run after other words is the last word of the name (某某黄金国际（01234.HK））, unless
        it names a kind of body (公司, 集团)."""
        toks, lex = self.toks, self.lex
        last = toks[run[-1]].text if run else ""
        ends_name = len(run) >= 2 and last in lex.stopwords and not last.endswith(lex.generic_org_heads)
        for k in range(len(run) - 1 - ends_name, -1, -1):
            w = toks[run[k]].text
            if w in lex.stopwords or w.endswith(lex.generic_org_heads):
                # (某某国际|旅行社有限公司: a stop word alone names nothing)
                run = run[k + 1 :] if k + 1 < len(run) - ends_name else []
                break
        return run if run and toks[run[-1]].end - toks[run[0]].start >= 2 else []

    def companies(self) -> Iterable[Candidate]:
        """Brand head + industry word (辉瑞/nz 制药, 海尔电器/nz), optionally after a place."""
        lex, toks = self.lex, self.toks
        for i in self.doc.token_indices(self.company_title_starts, self.starts, K_COMPANY):
            tok = toks[i]
            w = tok.text
            # one jieba word: 海尔电器/nz, 华星通讯/nt
            if tok.tag in COMPANY_WORD_TAGS and len(w) >= 4 and is_cjk(w):
                # a company suffix after a head of at least two characters
                heads = [w[:-k] for k in range(1, len(w) - 1) if w[-k:] in lex.company_suffixes]
                # (商业银行/nt, 公共汽车/nt: a word of jieba's dictionary whose head is a common word there, 商业/n,
                # 公共/b, is a kind of company, not one)
                kind = in_dictionary(w) and all(dictionary_tag(h) in COMMON_HEAD_TAGS for h in heads)
                if heads and not kind and not (any(self._names_places(h) for h in heads) and not (
                        self.in_company_context(i, i) or self._speaks_after(i))):
                    yield Candidate(tok.start, tok.end, "ORG", 2)
                    continue
                if heads and kind and self._acting_listed_word(i, heads):
                    yield Candidate(tok.start, tok.end, "ORG", 2)
                    continue
            elif tok.tag == "n" and len(w) >= 4 and is_cjk(w) and (
                    heads := [w[:-k] for k in range(2, len(w) - 1) if w[-k:] in lex.company_suffixes]) and (
                    self._acting_listed_word(i, heads)):
                yield Candidate(tok.start, tok.end, "ORG", 2)  # 某风汽车/n 收购: jieba's dictionary holds the firm
                continue
            if i and tok.start in self.company_title_starts:
                yield from self._before_company_title(i)
            if w not in lex.company_suffixes or i == 0:
                continue
            k = i - 1 if i >= 2 and self._is_trade(toks[i - 1]) else i  # 某途|教育|集团: the trade before it
            if (found := self._company_start(k, i)) is not None:
                yield Candidate(found[0], tok.end, "ORG", found[1])

    def _split_suffix_end(self, i: int) -> int | None:
        """某邦金/nt 控/v: where jieba's organisation word (or a known company) ends in the first character of a company
        word (company_suffixes.txt: 金控) whose rest is the next token, the end of that company word; else None. (Not
        某泰金/nt 控股/v 价: the next token runs past the company word into 股价.)
        Why: jieba's dictionary holds some financial holding groups without their 控, so the name stopped mid-word."""
        toks = self.toks
        if i + 1 >= len(toks) or toks[i + 1].start != toks[i].end:
            return None
        nxt = toks[i + 1].text
        if len(nxt) <= MAX_SPLIT_SUFFIX_REST and toks[i].text[-1] + nxt in self.lex.company_suffixes:
            return toks[i + 1].end
        return None

    def _acting_listed_word(self, i: int, heads: list[str]) -> bool:
        """东方航空/nt 宣布, 某风汽车/n 收购, 太平洋保险/n 录得: a word of jieba's dictionary made of a common word and
        an industry word (company_suffixes.txt) that is itself rare in everyday text (`is_common_word`: 商业银行 and
        航空公司 are not) names one company when it opens a phrase as the subject of a corporate act, a role or a
        market word (`in_company_context`). Not after a head that classifies (国有/b 银行, 投资/vn 银行, 民用/b 航空):
        those name a kind of company in any position.

        Why: the dictionary lists many large firms whose brand is an everyday word (a compass point, a season, a
        sea); the rule that reads a common head as a kind of body dropped them where they act."""
        return (not is_common_word(self.toks[i].text) and self._opens_phrase(i)
                and all(dictionary_tag(h) not in CLASSIFYING_HEAD_TAGS and h not in self.lex.stopwords for h in heads)
                and self.in_company_context(i, i))

    def place_operators(self) -> Iterable[Candidate]:
        """甲国铁路宣布, 乙市地铁表示: a place and a network's word that act are the network's operator, one ORG
        (`_operator_after_place`)."""
        toks = self.toks
        for i in self.doc.words.of_any(words("operator_words.txt")):
            if i and self._operator_after_place(i):
                yield Candidate(toks[i - 1].start, toks[i].end, "ORG", 2)

    def international_arms(self) -> Iterable[Candidate]:
        """某丰/nz 国际 派发股息, 某诚信/j 国际 发布: a brand that jieba reads as a name, a short form or a guessed
        place (not a known place nor a body of its own, two to four characters) glued to 国际, where the phrase ends
        there (a verb, punctuation, 的 or a conjunction follows), is one company's name: a group's international arm
        or listed vehicle.

        Why: 国际 is kept out of company_suffixes.txt, since before a noun it is an adjective (某盟国际论坛, 国际合作)
        and that lexicon also feeds the NER model's features; made-up market sentences lost such names."""
        toks, lex = self.toks, self.lex
        for i in self.doc.words.of_any((INTERNATIONAL,)):
            if not i or toks[i - 1].end != toks[i].start:
                continue
            head = toks[i - 1]
            if not (head.tag in INTERNATIONAL_BRAND_TAGS and 2 <= len(head.text) <= 4 and is_cjk(head.text)
                    and head.text not in lex.places and not self._names_places(head.text, head.tag)
                    and head.text not in lex.stopwords and self.org_suffix_kind(head) is None):
                continue
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt is None or is_punct(nxt) or nxt.text in PHRASE_END_WORDS or (
                    nxt.tag.startswith("v") and nxt.tag != "vn"):
                yield Candidate(head.start, toks[i].end, "ORG", 2)

    def facility_operators(self) -> Iterable[Candidate]:
        """某都机场/n 集团公司, 某云机场/n 公司: a facility's name that jieba's dictionary holds as one word (a name of
        two characters or more, then a place suffix: 机场, 公园, 码头) glued to a company word (公司, 集团, 集团公司) is
        the company that runs it, one ORG.

        Why: the rules read an industry word after a common noun as a kind of company (机场公司); where the noun is
        a named facility, the words name its operator (made-up transport and tourism sentences lost three of three)."""
        toks, lex = self.toks, self.lex
        for i in self.doc.words.where(lambda w: w.endswith(COMPANY) or w in lex.company_endings):
            if not i or toks[i - 1].end != toks[i].start or len(toks[i].text) > len("集团公司"):
                continue
            head = toks[i - 1].text
            if toks[i - 1].tag in FACILITY_WORD_TAGS and is_cjk(head) and any(
                    head.endswith(suffix) and len(head) - len(suffix) >= 2 for suffix in lex.place_suffixes):
                yield Candidate(toks[i - 1].start, toks[i].end, "ORG", 2)

    def place_airlines(self) -> Iterable[Candidate]:
        """甲国/ns 航空 增加班次, 乙市/ns 航空 与某某合作: a known place glued to 航空, with a verb of action, an
        adverb and a verb, or a partner right after (not a noun nor a verbal noun: 航空运输, 航空货邮), is the carrier
        named after its home, one ORG.

        Why: a place before an industry word makes a company only before a corporate act, a role or a market word
        (company_context.tsv); an airline's news has acts of its own (增开, 增加班次, 新开航线) that no such list
        holds, and made-up transport sentences lost the carriers. After a place 航空 followed by a noun is the
        trade (航空业, 航空枢纽), which this leaves alone."""
        toks = self.toks
        for i in self.doc.words.of_any((AIRLINE,)):
            if not i or toks[i - 1].end != toks[i].start or i + 1 >= len(toks):
                continue
            head, nxt = toks[i - 1], toks[i + 1]
            if (self.doc.is_place_tok(head) or head.text in self.lex.places) and nxt.start == toks[i].end and (
                    nxt.tag == "v" or self._acts_after(i) or self._new_act_after(i) or self._partner_after(i)):
                yield Candidate(head.start, toks[i].end, "ORG", 2)

    def place_trades(self) -> Iterable[Candidate]:
        """甲省/ns 核电 涨停, 乙江/ns 存储 营收, 丙国/ns 宽频 股价, 丁国/ns 软件 国际 跌: a known place glued to a trade
        of place_trades.txt (or to an industry word and 国际) is one company named after its home where its shares
        move (perhaps of one class: A股, H股), it acts, speaks or reports, or acts with a partner
        (`in_company_context`, `_speaks_after`, `_joint_partner`).

        Why: a place before an industry word makes a company only in company context, and the place's trade
        words that are no company suffixes (核电, 存储) left the place alone and cut the company to it."""
        toks, lex = self.toks, self.lex
        trades = words("place_trades.txt")
        for i in self.doc.where(K_KNOWN_PLACE):
            if i + 1 >= len(toks) or toks[i + 1].start != toks[i].end:
                continue
            last = i + 1
            if toks[last].text in lex.company_suffixes and last + 1 < len(toks) and (
                    toks[last + 1].text == INTERNATIONAL and toks[last + 1].start == toks[last].end):
                last += 1  # 丁国软件国际: a group's international arm
            elif toks[last].text not in trades:
                continue
            after = self._after_token(last)
            share_class = SHARE_CLASS.match(self.text, after)
            if (self.in_company_context(i, last) or self._speaks_after(last) or self._joint_partner(i, last)
                    or moves_in_market(self.text, share_class.end() if share_class else after)):
                yield Candidate(toks[i].start, toks[last].end, "ORG", 2)

    def _new_act_after(self, i: int) -> bool:
        """新/a 开/v 航线, 再/d 增/v: one character of manner and a verb after token i, which jieba cut apart."""
        toks = self.toks
        return (i + 2 < len(toks) and len(toks[i + 1].text) == 1 and toks[i + 1].tag in ("a", "d")
                and toks[i + 2].tag == "v")

    def _partner_after(self, i: int) -> bool:
        """与/p 某某/nz 合作: a partner joiner, then a name jieba reads as a name or a short form, follows token i: the
        two are the sides of a deal (`PARTNER_JOINERS`, `JOINED_BRAND_TAGS`)."""
        toks = self.toks
        return (i + 2 < len(toks) and toks[i + 1].text in PARTNER_JOINERS
                and toks[i + 2].tag in (JOINED_BRAND_TAGS | {"nr", "nrt"}))

    def _operator_after_place(self, i: int) -> bool:
        """Token i is a network's word (operator_words.txt: 铁路, 邮政) after a known place, and the two act, speak or
        report like a company (`in_company_context`, `_speaks_after`): the operator that runs the place's network
        (甲国铁路表示), not the network or a line (京沪铁路全长…)."""
        head = self.toks[i - 1]
        return (self.doc.is_place_tok(head) or head.text in self.lex.places) and (
            self.in_company_context(i - 1, i) or self._speaks_after(i))

    def _government_body(self, tok: Token) -> bool:
        """A standing institution (institutions.txt: 某部, 某局): a body of state runs no trade, so an industry word
        after it starts what the body speaks of. (Not any word ending in 局: 招商局 is a company group.)"""
        return tok.text in self.lex.institutions

    def _is_trade(self, tok: Token) -> bool:
        """An industry word or a trade (科技, 教育): before a company word (集团, 控股) it says what the group does, and
        the brand stands before it."""
        return tok.text in self.lex.company_suffixes or tok.text in words("context_trades.txt")

    def _company_start(self, i: int, last: int) -> tuple[int, int] | None:
        """(start, priority) of the company whose industry word is token i and whose name ends at token `last` (i,
        or the company word after the trade: 某途教育|集团), or None. The words that follow `last` are its context."""
        toks, lex = self.toks, self.lex
        tok, head = toks[i], toks[i - 1]
        if not (head.tag in PROPER_TAGS and is_cjk(head.text) and len(head.text) >= 2):
            if (glued := self._rare_head(i)) is not None:
                return glued, 2
            if self._listed_short_name(i, last):
                return self._brand_start(i), 2
            if self._acting_brand(i, last):
                return self._brand_start(i), 1  # 某锐能源宣布
            if self._guessed_brand(head, tok):
                # 某省某顶科技, 某基|某业地产: its place, or its group's short name, is part of it
                opens = i >= 2 and (self.doc.is_place_tok(toks[i - 2]) or self._group_opens(i - 2))
                return (toks[i - 2].start if opens else head.start), 2
            return None
        if self.doc.is_place_tok(head) or self._names_places(head.text, head.tag):
            # 上海汽车宣布, 青岛啤酒股价: a company named after its city; 某江证券表示: a place's trade does not speak
            if self.in_company_context(i - 1, last) or self._speaks_after(last) or self._joint_partner(i - 1, last):
                return head.start, 2
            return None
        if head.text in lex.stopwords or head.text in lex.titles or self._government_body(head):
            return None  # (某部食品价格: the body's own figure for a kind of goods, not a company of that trade)
        if i >= 2 and (self.doc.is_place_tok(toks[i - 2]) or self.doc.first_syllable(i - 2, i - 1)
                       or self._group_opens(i - 2)):
            return toks[i - 2].start, 2  # 某省|某某科技, 道/q 达尔/nrt 能源: its place, its first syllable or group
        return head.start, 2

    def _joint_partner(self, first: int, last: int) -> bool:
        """与/p 甲国电信 共同投资, 同乙市证券合作: tokens first..last stand between a partner joiner and a joint act
        (company_context.tsv, kind joint): the partner a firm acts with, a company, not the place's trade.

        Why: a place and an industry word make a company only in company context; joint acts were read after a
        name in Latin script alone, and companies named after their home stayed places there."""
        toks = self.toks
        return (first > 0 and toks[first - 1].text in PARTNER_JOINERS and last + 1 < len(toks)
                and self.text.startswith(words_after(JOINT_CONTEXT), toks[last + 1].start))

    def _names_places(self, head: str, tag: str = "") -> bool:
        """A known place (美国), or a run of place abbreviations jieba tags as a place (中美/ns; not 瑞德/nrt), before
        an industry word: like a place word before one (上海/ns 汽车), it makes a company only in company context
        (美国能源泡沫 is the country's energy). So is a place jieba tags as one that ends in an administrative level
        (某某县/ns 农业: the county's farming, or the start of its farming bureau)."""
        return head in self.lex.places or (tag in PLACE_TAGS and (
            self.lex.abbreviation_word.fullmatch(head) is not None
            or (len(head) >= 3 and head.endswith(self.lex.admin_endings))))

    def in_company_context(self, first: int, last: int) -> bool:
        """Tokens first..last stand where a company does: before a word of the market, of a corporate act or of
        a corporate role (股价, 宣布, 旗下), or after 的 a word of its shares or results (某江实业的股价), or before a
        move of its shares by a figure (跌2%), or after one (子公司). Not before a period or a figure's name:
        中国汽车上半年出口 is the country's cars."""
        after, before = company_context(PLACE_COMPANY_CONTEXT)
        toks = self.toks
        j = last + 1
        while j < len(toks) and (toks[j].tag == "t" or toks[j].text in words("period_words.txt")):
            j += 1  # 上海汽车周一宣布, 甲国航空第三季度营收: a day or a period between the name and its word
        possessed = company_context(POSSESSED_COMPANY_CONTEXT)[0]
        return ((j < len(toks) and self.text.startswith(tuple(after), toks[j].start))  # 发布公告 is one jieba word
                or (j < len(toks) and SHARE_MOVE.match(self.text, toks[j].start) is not None)  # 上海医药跌2%
                or (j + 1 < len(toks) and toks[j].text == "的"
                    and self.text.startswith(tuple(possessed), toks[j + 1].start))
                or (first > 0 and toks[first - 1].text in before))

    def _rare_head(self, i: int) -> int | None:
        """徕/x 芬/j 科技, 某/v 科/n 生物: where jieba knows no word for a brand it cuts it into single characters;
        two to four of them before a company word are the brand (its start, or None) when one is unknown to jieba or
        the characters together make no word of its dictionary and not all are verbs (so not 得/ud 看/v, 大/a 型/n,
        要/v 看/v). Why the second test:
        jieba tags the pieces of a brand it never saw by their everyday readings (擎/v, 卓/nr 创/n), not as x."""
        toks = self.toks
        j = i
        while j > 0 and len(toks[j - 1].text) == 1 and is_cjk(toks[j - 1].text) and (
                toks[j - 1].tag in RARE_HEAD_TAGS or not toks[j - 1].tag.startswith(BRAND_PIECE_STOP_TAGS)):
            j -= 1
        size = toks[i].start - toks[j].start if j < i else 0
        if not 2 <= size <= 4:
            return None
        if any(toks[k].tag == "x" for k in range(j, i)) and all(toks[k].tag in RARE_HEAD_TAGS for k in range(j, i)):
            return toks[j].start
        while j < i - 2 and toks[j].tag.startswith(BRAND_PIECE_STOP_TAGS + ("v",)):
            j += 1
        if all(toks[k].tag.startswith("v") for k in range(j, i)):
            return None  # 要/v 看/v 能源: verbs before the industry word, no brand
        return toks[j].start if not in_dictionary(self.text[toks[j].start : toks[i].start]) else None

    @cached_property
    def company_title_starts(self) -> set[int]:
        """Where a corporate title of two to five characters (董事长, 首席执行官) starts."""
        return match_starts(self.lex.company_title_pattern, self.text)

    def _before_company_title(self, i: int) -> Iterable[Candidate]:
        """腾讯董事长 / 华为轮值董事长: the name before a corporate title is the company."""
        toks = self.toks
        if toks[i - 1].start in self.company_title_starts:
            return  # 某某行政/总裁: the title (行政总裁) starts a word earlier, and its company is named before that
        while i > 1 and toks[i - 1].text in self.lex.title_modifiers:
            i -= 1  # 金管局高级助理总裁: every modifier belongs to the title
        run = self.doc.left_run(i)
        if self._full_name_before(i):
            return  # 王某明CEO, 陳某強執行長: a person with the title written after the name holds it, no company
        if self._brand_before_trade(i - 1):
            yield Candidate(self._brand_start(i - 1), toks[i - 1].end, "ORG", 2)  # 某锐教育创办人
            return
        if not run or toks[run[-1]].text in self.lex.stopwords or not self.doc.has_proper(run):
            return
        if all(self.doc.is_place_tok(toks[k]) or toks[k].tag == "ns" for k in run):
            return  # 美国总裁? 长沙董事长? a place alone is not the company
        if toks[run[-1]].end - toks[run[0]].start >= 2:
            yield Candidate(toks[run[0]].start, toks[run[-1]].end, "ORG", 2)

    def _full_name_before(self, i: int) -> bool:
        """The words right before token i that jieba tagged as a person's name (one word, or a surname and a given
        name cut apart) make a surname and a given name of two characters that no lexicon knows as a company: a
        person's full name. (Two characters tagged so are often a brand, 某宁; a word that starts with the end of
        a word jieba cut, 曾/d 任某威/nr, is that word's character and a brand.)"""
        toks = self.toks
        k = i
        while k > 0 and i - k < 2 and toks[k - 1].tag in PERSON_TAGS:
            k -= 1
        if k == i:
            return False
        start, end = toks[k].start, toks[i - 1].end
        w = self.text[start:end]
        return (end - start == 3 and w[0] in self.lex.surnames and is_cjk(w) and w not in self.lex.companies
                and self.doc.name_start(start, end) == start)

    def english_orgs(self) -> Iterable[Candidate]:
        """Capitalised English names ending in Organization, University, Bank, ... An acronym may open the name
        (QVB Asset Management, ZTX Holdings Plc): the name then starts at the acronym, not at the capitalised word
        after it, unless the acronym is a term (english_non_names.txt: AI Research is no firm's name)."""
        text, lex = self.text, self.lex
        for m in lex.english_org_pattern.finditer(text):
            start = m.start() + 4 if m.group().startswith("The ") else m.start()
            if (lead := _ACRONYM_BEFORE.search(text, max(0, start - 8), start)) is not None:
                if lex.names_nothing(lead.group(1)):
                    continue
                start = lead.start(1)
            yield Candidate(start, m.end(), "ORG", 3)
        for m in _acronym_org_pattern(lex.english_org_words).finditer(text):
            if not lex.names_nothing(m.group(1)):
                yield Candidate(m.start(), m.end(), "ORG", 3)

    def brands(self) -> Iterable[Candidate]:
        """A company name right before a Latin product name is ORG (小米Redmi)."""
        lex, text = self.lex, self.text
        # where a product name may start: up to two characters (" i") before a capital; matched exactly below
        product_starts = {p - d for m in _CAPITAL.finditer(text) for p in [m.start()] for d in (0, 1, 2)}
        for i in self.doc.token_indices(product_starts, self.ends):
            tok = self.toks[i]
            w = tok.text
            if tok.end not in product_starts or not (2 <= len(w) <= 4 and tok.tag in BRAND_TAGS and is_cjk(w)):
                continue
            if w in lex.stopwords or w[-2:] in lex.stopwords or w in lex.titles:
                continue  # not 新款手机iPhone
            if self.doc.is_place_tok(tok) or tok.tag == "ns":
                continue
            m = _LATIN_PRODUCT.match(text, tok.end)
            if m is None or lex.names_nothing(m.group().strip()):
                continue
            if tok.tag in PROPER_TAGS or m.group().strip()[0] == "i":
                yield Candidate(tok.start, tok.end, "ORG", 1)

    def teams(self) -> Iterable[Candidate]:
        """某市某某主场2比1击败某省某某: the words that open a clause before a match word (match_words.txt), a score
        perhaps between, and the words after it up to the clause's end, are teams where they start with a known place
        and go on past it (a club named after its city; the place alone is LOC, gold/README.md)."""
        text, toks = self.text, self.toks
        for i in self.doc.token_indices(match_starts(_match_word_pattern(), text), self.starts):
            end = toks[i].start
            if (m := _SCORE.search(text, max(0, end - 12), end)) is not None and m.end() == end:
                end = m.start()
            k = self.ends.get(end - 1 if text[end - 1 : end] == " " else end)
            if k is not None and k > 0 and toks[k].tag == "t" and toks[k - 1].end == toks[k].start:
                k -= 1  # 某市某某昨晚以二比一击败: the time of the match is no part of the team
            if k is not None and not _match_word_pattern().fullmatch(toks[k].text):  # (主场2比1击败: from 主场)
                j = k
                while j > 0 and not is_punct(toks[j - 1]) and toks[k].end - toks[j - 1].start <= MAX_TEAM_CHARS:
                    j -= 1
                if j == 0 or is_punct(toks[j - 1]):
                    yield from self._team(toks[j].start, toks[k].end)
            k = i + 1
            while k < len(toks) and toks[k].tag.startswith(("m", "p")) and not is_cjk(toks[k].text):
                k += 1
            j = k
            while j < len(toks) and is_cjk(toks[j].text) and toks[j].text not in ("以", "的") and (
                    toks[j].end - toks[k].start <= MAX_TEAM_CHARS):
                j += 1
            if k < j and (j == len(toks) or not is_cjk(toks[j].text) or toks[j].text in ("以", "的")):
                yield from self._team(toks[k].start, toks[j - 1].end)

    def sport_clubs(self) -> Iterable[Candidate]:
        """某某足球会, 某某体育会: a name of two to four characters, a sport (club_sports.txt) and 会 make a club, as
        Hong Kong names them; jieba reads 会 as a verb (足球/n 会/v). Not the kind alone (该足球会, 足球会).
        The name opens its phrase: a punctuation mark, a conjunction, a preposition or a verb stands before it."""
        toks = self.toks
        sports = words("club_sports.txt")
        for i in self.doc.words.at(CLUB_WORD):
            if i < 2 or toks[i - 1].text not in sports or toks[i - 1].end != toks[i].start:
                continue
            j = i - 1
            while j > 0 and is_cjk(toks[j - 1].text) and not toks[j - 1].tag.startswith(CLUB_NAME_STOP_TAGS) and (
                    toks[i - 1].start - toks[j - 1].start <= MAX_CLUB_NAME_CHARS):
                j -= 1
            if j == i - 1 or toks[i - 1].start - toks[j].start < 2 or not (
                    self._opens_phrase(j) or toks[j - 1].tag.startswith("v")):  # (成立某某足球会)
                continue
            name = self.text[toks[j].start : toks[i - 1].start]
            if name in self.lex.stopwords or name.startswith(DETERMINERS) or is_common_word(name):
                continue
            yield Candidate(toks[j].start, toks[i].end, "ORG", 2)

    def _match_word_before(self, i: int) -> bool:
        """The word before token i is a match word (match_words.txt: 击败, 力克), which jieba may tag as a name."""
        return i > 0 and _match_word_pattern().fullmatch(self.toks[i - 1].text) is not None

    def place_teams(self) -> Iterable[Candidate]:
        """甲国队与乙国队, 以二比一力克丙国队, 丁国代表团: a place and a team word, in one word or two, name a team
        or a delegation (ORG, gold/README.md); only the place stays a place elsewhere. Why: jieba's dictionary knows
        many of them as one word, which the organisation rule left to the model (it found one side of a match and
        missed the other), and a verb it took for a name (力克/nz) was glued on in front."""
        toks, kinds = self.toks, self.doc.kinds
        for i in self.doc.where(K_PLACE_TEAM | K_TEAM_WORD):
            tok = toks[i]
            if kinds[i] & K_PLACE_TEAM:
                yield Candidate(tok.start, tok.end, "ORG", 3)
            elif (i > 0 and self.doc.is_place_tok(toks[i - 1])
                  and toks[i - 1].end == tok.start and toks[i - 1].tag in PLACE_TAGS | TEAM_PLACE_TAGS):
                yield Candidate(toks[i - 1].start, tok.end, "ORG", 3)

    def _team(self, s: int, e: int) -> Iterable[Candidate]:
        """A team's name from s to e: a known place at its start and two to four more characters, no verb, which
        jieba reads as one word with the place (某市某某/ns: its dictionary knows the club) or which everyday text
        does not use (某某; not 完胜台湾同行: peers)."""
        name = self.text[s:e]
        place = max((n for n in range(2, len(name) - 1) if name[:n] in self.lex.places), default=0)
        inner = self.doc.tokens_between(s, e)
        if any(place_team_word(self.lex, t.text) for t in inner):
            return  # 甲国队总比分: the team ends at its team word (`place_teams`)
        if (place and 2 <= len(name) - place <= 4 and is_cjk(name)
                and not any(t.tag.startswith(("v", "p", "u", "c", "d")) for t in inner if t.start >= s + place)
                and (len(inner) == 1 or not is_common_word(name[place:]))):
            yield Candidate(s, e, "ORG", 2)


@cache
def _match_word_pattern() -> re.Pattern[str]:
    return re.compile("|".join(sorted(word_list("match_words.txt"), key=len, reverse=True)))
