"""jieba POS tag sets the rules read: which tags make a word a name, a part of one, a noun of a metric, or a word
that stands between a metric and its figure."""

# jieba tags for proper names: person, transliterated person, place, organisation, other proper noun.
# (jieba's `j`, abbreviation, is too noisy to count: 研发/j, 同比/j.)
PROPER_TAGS = frozenset({"nr", "nrt", "nrfg", "ns", "nt", "nz"})
# Tags a word inside an organisation or place name may carry (beside PROPER_TAGS).
NAME_TAGS = PROPER_TAGS | {"j", "n", "vn", "b", "s", "l", "an", "ng", "nl", "eng"}
NOUN_TAGS = PROPER_TAGS | {"n", "j", "l", "ng", "nl"}
# jieba's dictionary tags of a common noun (公共交通/n, 商业银行/l, 研发/vn).
COMMON_NOUN_TAGS = frozenset({"n", "l", "vn"})
# jieba tags of person names (a generic class noun before one is a workplace, not a name: 公司张三).
PERSON_TAGS = frozenset({"nr", "nrfg"})
# Tags of a one-word company name (海尔电器/nz) and of a company name before a product (某牌Redmi).
COMPANY_WORD_TAGS = PROPER_TAGS - {"ns"}
BRAND_TAGS = PROPER_TAGS | {"n", "x"}
# Tags of a list item's word (besides Latin words), and of the words that make an item a name.
ITEM_TAGS = NAME_TAGS | {"a"}
ITEM_NAME_TAGS = PROPER_TAGS | {"eng", "a"}
HEAD_TAGS = NOUN_TAGS | {"s", "eng", "vn", "an"}
# A word made only of abbreviation characters but tagged like this is a common word (中意/v, 美德).
NOT_ABBREVIATION_TAGS = frozenset({"v", "a", "d", "ad", "vn", "i", "l", "nr"})
COLUMN_TAGS = frozenset({"n", "nr", "nz", "j", "nrt"})
# Tag prefixes of the words a metric phrase is made of (nouns, abbreviations, idioms, Latin words).
METRIC_TAG_PREFIXES = ("n", "nr", "ns", "nt", "nz", "ng", "nrt", "nrfg", "vn", "an", "j", "l", "b", "eng", "i")
# Tags of the words skipped between a metric and its figure (times, adverbs, prepositions, numerals, particles).
METRIC_SKIP_TAGS = ("t", "d", "ad", "p", "f", "m", "q", "u", "ul", "uj", "c")
