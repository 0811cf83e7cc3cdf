"""Names in Latin script. ORG by context: a single Latin word is a company where the words next to it are what
a business reports, does or is called (Acme二季度营收, Globex宣布, 竞争对手Globex), or where a word written as
brands are (FooBar, eBay) speaks (FooBar表示), not by a list of famous names. PER by form: a common given name
and a capitalised surname (Mary Smith). A name found once is labelled at its other mentions by propagation."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from pipeline.entities.document import ALNUM, GLUED_FUNCTION_CHARS, K_LATIN_NAME, Rules
from pipeline.entities.people import GLUED_ADVERB_CHARS, NAME_CLOSING_TAG_PREFIXES
from pipeline.entities.select import Candidate
from pipeline.lexicons import lengths_by, table, word_list, words
from pipeline.text.listings import SHARE_MOVE, STOCK_LISTING
from pipeline.text.tokens import Token

# Airbnb, OPEC+, eBay, H&M: a capital somewhere, not digits alone
COMPANY_WORDS = frozenset({"公司", "集团"})
_CAPITALISED = re.compile(r"[A-Z][A-Za-z]+")
_PRODUCT_SHAPE = re.compile(r"i[A-Z][a-z]+")  # iFoo: a product's name (a device, an app), not its maker
ACRONYM = re.compile(r"[A-Z]{2,6}")  # QRX, ABCD: capitals only
_CODE = re.compile(r"[A-Z][A-Za-z]{1,5}")  # an exchange's or a compiler's short name (QRX, Qbx)
# after the code: a futures contract (a month, up to three characters of the commodity, 期货; or 期 and a metal), or
# an index's name of two to eight characters with a Chinese one among them, then 指数
_MARKET_AFTER_CODE = re.compile(r" ?(?:(?:\d{1,2}月|三个月)?[\u4e00-\u9fff]{0,3}期货|(?:三个月)?期[铜金银铝锌镍锡铅油]"
                                r"|(?=[^\s，。、；：（）()的]{0,7}[\u4e00-\u9fff])[^\s，。、；：（）()的]{2,8}?指数)")


@cache
def company_context(kinds: frozenset[str] | None = None) -> tuple[frozenset[str], frozenset[str]]:
    """(words after, words before) a name that make it a company (`company_context.tsv`), of the given kinds
    (None: all of them)."""
    rows = [r for r in table("company_context.tsv") if kinds is None or r["kind"] in kinds]
    return (frozenset(r["word"] for r in rows if r["position"] == "after"),
            frozenset(r["word"] for r in rows if r["position"] == "before"))


MAX_ADVERB_CHARS = 2  # an adverb between a name and its act (也, 亦, 随即)
ADVERB_TAGS = frozenset({"d", "ad"})  # jieba's adverb, and its adjective used as one (正式宣布: ad)
MAX_DE_MODIFIER_CHARS = 4  # between 的 and a maker's part or sales (最新, OLED: 采用Acme的最新芯片, Acme的面板出货量)


ACTS = frozenset({"act"})  # the company_context.tsv kind of what a company does (宣布, 推出, 收购)
# the kinds that make a Latin word a company (not holding: a person holds shares too, Smith持股)
LATIN_CONTEXT = frozenset({"market", "results", "report", "period", "act", "role"})
RIVAL = frozenset({"rival"})  # a rival overtaken or neared (超越Acme): before a name in Latin script
JOINT = frozenset({"joint"})  # what a firm does with another (合作, 共同开发), after 与 and its name (`_acts_jointly`)
PARTNER_JOINERS = frozenset({"与", "和", "同", "跟"})  # the word before a firm another acts with (与Acme合作)
SALES = frozenset({"sales"})  # what a seller ships or sells (出货量, 市占率, GMV): a product has them too (iFoo)
USE, PART = frozenset({"use"}), frozenset({"part"})  # 采用 before a maker, 面板 after its 的 (`_supplies_part`)
PLANS = frozenset({"计划", "拟", "准备", "打算"})  # a plan before a firm's act (Acme计划裁员, Globex拟收购)
# a round of funding a firm completes or gets (Acme完成B轮融资, Globex获得5000万美元融资): within a clause
_FUNDED = re.compile(r"(?:已经?|再次|正式|宣布)?(?:完成|获得|获)[^，。；、,;\s]{0,12}?融资")
KIND = frozenset({"kind"})  # a kind of business right before a name (某国电讯商Globex, `_after_its_kind`)
_MODEL_AFTER = re.compile(r" ?[A-Za-z]*\d")  # Galaxy S24, Foo 3: a product's model after the word, not a firm
# a time in figures between a name and its word of context (Acme 2025年营收, Foo Shop在2025年第三季度GMV, Acme 3月份
# 出货量): a year or a month, perhaps after 在/于, and the part of the year after it
_DATE_AFTER_NAME = re.compile(r" ?(?:[在于] ?)?(?:\d{4}年(?:第?[一二三四1-4]季度?|[上下]半年|前三季度?|全年"
                              r"|\d{1,2}月份?)?|\d{1,2}月份?) ?")
# Foo Shop2025年: the last capitalised word of a name that the tokeniser glued to the year after it
_GLUED_TO_YEAR = re.compile(r" ([A-Z][a-z]+)(?=\d{4}年)")


@cache
def words_after(kinds: frozenset[str]) -> tuple[str, ...]:
    """The company_context.tsv words of `kinds` that follow a company's name."""
    return tuple(company_context(kinds)[0])


class LatinNameRules(Rules):
    """Candidates of one document in Latin script: words with the context of a company (ORG) and full names of
    people (PER)."""

    def candidates(self) -> Iterable[Candidate]:
        yield from self.companies()
        yield from self.people()

    def companies(self) -> Iterable[Candidate]:
        """Latin words with the context of a company."""
        after, before = company_context(LATIN_CONTEXT)
        rivals = company_context(RIVAL)[1]
        toks, text = self.toks, self.text
        for i in self.doc.where(K_LATIN_NAME):
            tok = toks[i]
            if tok.start and ((text[tok.start - 1].isalnum() and text[tok.start - 1].isascii())
                              or text[tok.start - 1] in "-_./"):
                continue  # 5G, iPhone 15: part of a longer Latin run or a number's unit
            if tok.start and text[tok.start - 1] == " " and text[max(0, tok.start - 2)].isascii():
                continue  # Galaxy S24 Ultra: a word inside a Latin phrase, not a name of its own
            j = i + 1
            end = tok.end
            if j < len(toks) and toks[j].text == "+" and toks[j].start == end:
                end = toks[j].end  # OPEC+: jieba cuts the plus of a name off
                j += 1
            if end == tok.end and (last := self._phrase_end(i)) > i:
                end, j = toks[last].end, last + 1  # Rigetti Computing收高: the capitalised words of one name
            if ((glued := _GLUED_TO_YEAR.match(text, end)) is not None and end + 1 in self.starts
                    and not self.lex.names_nothing(glued.group(1))):
                end = glued.end()  # TikTok Shop2025年: the name's last word, not the year jieba glued to it
            if (listing := STOCK_LISTING.match(text, end)) is not None and listing.end() in self.starts:
                j = self.starts[listing.end()]  # Foobar Corp（FBC）收涨2%: the ticker stands between
            elif j + 1 < len(toks) and self._name_goes_on(toks[j]):
                end = toks[j].end  # 某K某讯, 某G电子: a Latin brand and the Chinese rest of the name, one name
                j += 1
            elif j + 1 < len(toks) and toks[j].text == " ":
                j += 1  # Globex 宣布, Acme CEO: a space before the word of context
            if not _person_or_product(tok.text) and (dated := self._past_a_date(end)) is not None:
                j = dated  # Foo Shop 2025年GMV: a time in figures between the name and its word of context
            moves_at = j  # (a move of the shares follows the name itself: not WTI当日涨9%, a price)
            while j < len(toks) and toks[j].tag == "t":
                j += 1  # OPEC+周日宣布, Foobar日前发表: a day between the name and its verb
            if (j + 1 < len(toks) and toks[j].tag in ADVERB_TAGS and len(toks[j].text) <= MAX_ADVERB_CHARS
                    and text.startswith(words_after(ACTS), toks[j + 1].start)):
                j += 1  # Foobar也宣布, Acme则推出: an adverb between the name and its act
            if (j + 1 < len(toks) and toks[j].text in PLANS
                    and text.startswith(words_after(ACTS), toks[j + 1].start)):
                j += 1  # Acme计划裁员, Globex拟收购: a plan between the name and its act
            following = toks[j].text if j < len(toks) else ""
            preceding = toks[i - 1].text if i else ""
            rival_or_partner = (preceding in rivals or (preceding in PARTNER_JOINERS and self._acts_jointly(j)))
            sells = self._followed_as_company(j, SALES) or self._names_after_de(j, words_after(SALES))
            if (rival_or_partner or sells) and _person_or_product(tok.text):
                continue  # 与Tom合作, Tom的出货量: a person; 超越iPhone, iPhone的出货量: a product
            if not (preceding in before or self._after_its_kind(i, end) or self._followed_as_company(j)
                    or sells
                    or self._supplies_part(preceding, j)
                    or self._moves_as_share(i, moves_at)
                    or rival_or_partner
                    or (j < len(toks) and not _person_or_product(tok.text)
                        and _FUNDED.match(text, toks[j].start) is not None)
                    or (end == tok.end and (brand_shaped(tok.text) or self._opening_acronym(i)) and self._speaks(j))
                    or (end == tok.end and self._names_a_market(tok.text, end))):
                continue
            if any(preceding.endswith(title) for title in self.lex.titles):
                continue  # 市场总监JohnKo宣布: a person after a job title
            if following in COMPANY_WORDS and j == i + 1:
                yield Candidate(tok.start, toks[j].end, "ORG", 2)  # Atari公司: the company word is in its name
            else:
                # 某国能源公司Foo Bar宣布: after the word of its kind the name is the company's, however much a
                # verb of speech after it reads like a person's (`PersonRules`, same priority: ORG wins the tie)
                yield Candidate(tok.start, end, "ORG", 3 if self._after_its_kind(i, end) else 2)

    def people(self) -> Iterable[Candidate]:
        """Mary Smith, John R. Doe: a common given name (given_names.txt) and one or two capitalised words after it
        are a person's full name, whatever words surround it."""
        for m in _full_name_pattern().finditer(self.text):
            yield Candidate(m.start(), m.end(), "PER", 2)
        yield from self.surnamed_given_names()

    def surnamed_given_names(self) -> Iterable[Candidate]:
        """陈Peter, Peter陈, 陈 Peter, Peter 陈: a common given name (given_names.txt) written against a Chinese
        surname, either side, straight or across one space, is one person (Hong Kong style), whatever words surround
        it; the span holds the name as written, space included. Not a surname that is also a function word before
        the name (向Peter, 由Mary: the preposition) or a function word or adverb after it (Peter 曾表示, Kevin 和 Tom:
        jieba's tag of the lone character), nor one that opens a longer word after it (Tom高兴: only a
        surname alone, or with an adverb or a verb of speech jieba glued on, 陈则, 王称). Why the space: papers of
        Hong Kong and Taiwan often set a space between the Latin and the Chinese part (Anita 李指, 黄 Kevin 指出),
        and the name is the same."""
        text, lex = self.text, self.lex
        given = words("given_names.txt")
        for i in self.doc.where(K_LATIN_NAME):
            tok = self.toks[i]
            if tok.text not in given:
                continue
            s, e = tok.start, tok.end
            gap = 1 if text[e : e + 1] == " " else 0
            after = e + gap
            if (after < len(text) and text[after] in lex.surnames and text[after] not in GLUED_FUNCTION_CHARS
                    and after in self.starts):
                word = self.toks[self.starts[after]]
                if word.end == after + 1 and word.tag.startswith(NAME_CLOSING_TAG_PREFIXES):
                    pass  # Peter 曾表示, Kevin 和 Tom: the adverb or the conjunction after the name, no surname
                elif (word.end == after + 1 or (word.end == after + 2 and text[after + 1] in GLUED_ADVERB_CHARS)
                        or text[after + 1 : word.end] in lex.person_cues):
                    yield Candidate(s, after + 1, "PER", 2)
                    continue
            gap = 1 if s and text[s - 1] == " " else 0
            before = s - 1 - gap
            if before >= 0 and text[before] in lex.surnames and text[before] not in GLUED_FUNCTION_CHARS and (
                    before in self.starts) and (not gap or self.toks[self.starts[before]].end == before + 1):
                yield Candidate(before, e, "PER", 2)

    def _followed_as_company(self, j: int, kinds: frozenset[str] = LATIN_CONTEXT) -> bool:
        """Token j, past 的 and the modifiers of a title (高级分析师), starts a word of company context (of `kinds`)
        that ends where a token ends, however jieba cut it (涨/v 超/v for 涨超; not 利润率 for 利润)."""
        toks, text = self.toks, self.text
        if j + 1 < len(toks) and toks[j].text == "的":
            j += 1  # Foobar的数据显示: what the company reports, after 的
        while j < len(toks):
            start = toks[j].start
            words, lengths = _words_after_name_by_start(kinds)
            if any(text[start : start + n] in words and start + n in self.ends for n in lengths.get(text[start], ())):
                return True
            if toks[j].text not in self.lex.title_modifiers:
                return False
            j += 1
        return False

    def _past_a_date(self, end: int) -> int | None:
        """The token after a time in figures (`_DATE_AFTER_NAME`: 2025年, 在2025年第三季度, 3月份) that starts at
        `end`, the end of a name, or None. What a business reports is written after its name and the time of the
        report as often as right after the name (Acme 2025年营收, Foo Shop2025年第三季度GMV); the word of context
        after the time is read as if it followed the name."""
        m = _DATE_AFTER_NAME.match(self.text, end)
        if m is None or m.end() not in self.starts:
            return None
        return self.starts[m.end()]

    def _acts_jointly(self, j: int) -> bool:
        """What two firms do together (company_context.tsv, kind joint: 合作, 共同, 开发) starts at token j, perhaps
        after an adverb (与Acme正式签署): the name after 与 is the partner firm; a person is written in Latin with a
        given name (`people`), and a product does not sign, develop or compete."""
        toks = self.toks
        if j + 1 < len(toks) and toks[j].tag == "d" and len(toks[j].text) <= MAX_ADVERB_CHARS:
            j += 1
        return j < len(toks) and self.text.startswith(words_after(JOINT), toks[j].start)

    def _supplies_part(self, preceding: str, j: int) -> bool:
        """采用Acme的面板, 搭载Globex的最新芯片: a name after a verb of use (company_context.tsv, kind use) whose 的 is
        followed, within a few characters (最新, OLED), by a part a product is built from (kind part) is the part's
        maker; a technology's acronym there (OLED, LTPO) is in english_non_names.txt or is no part's maker."""
        return preceding in company_context(USE)[1] and self._names_after_de(j, words_after(PART))

    def _names_after_de(self, j: int, tails: tuple[str, ...]) -> bool:
        """Token j is 的, and one of `tails` starts within a few characters after it (的最新芯片, 的面板出货量)."""
        toks, text = self.toks, self.text
        if j + 1 >= len(toks) or toks[j].text != "的":
            return False
        after = toks[j].end
        return any(text.startswith(tails, k) for k in range(after, min(after + MAX_DE_MODIFIER_CHARS + 1, len(text))))

    def _after_its_kind(self, i: int, end: int) -> bool:
        """某国游戏公司Acme, 某地电讯商Globex: a Latin name (token i, ending at `end`) written right after a word for
        a kind of business or body (company_context.tsv, kind kind) is that body's name, an apposition; not a
        product's (iFoo, Galaxy S24: a model's number after it) nor a person's (a common given name)."""
        tok = self.toks[i]
        return (self.text.endswith(_kind_words(), 0, tok.start) and tok.text not in words("given_names.txt")
                and not _PRODUCT_SHAPE.fullmatch(tok.text) and not _MODEL_AFTER.match(self.text, end))

    def _opening_acronym(self, i: int) -> bool:
        """，QRX表示: an acronym of capitals (`ACRONYM`) that opens a clause before a verb of speech is a body that
        speaks (a firm, an agency, a union); people are not written as capitals, and a term's acronym (CPI, CEO) is
        in english_non_names.txt."""
        tok, text = self.toks[i], self.text
        return ACRONYM.fullmatch(tok.text) is not None and (tok.start == 0 or not ALNUM.match(text[tok.start - 1]))

    def _names_a_market(self, word: str, end: int) -> bool:
        """QRX 8月白银期货, QRX期铜, QRX某国20指数: a capitalised code right before a futures contract or before
        the name of an index (two characters or more, some of them Chinese, between it and 指数) is the exchange or
        the compiler that lists it (gold/README: an index compiler is ORG). Not a traded thing (WTI原油期货, an index
        itself: instruments.txt) nor a term (PCE物价指数: english_non_names.txt)."""
        if not _CODE.fullmatch(word) or self.lex.names_nothing(word) or word in word_list("instruments.txt"):
            return False
        return _MARKET_AFTER_CODE.match(self.text, end) is not None

    def _speaks(self, j: int) -> bool:
        """A verb of speech (person_cues.txt: 表示, 指出) starts at token j."""
        return j < len(self.toks) and self.toks[j].text in words("person_cues.txt")

    def _moves_as_share(self, i: int, j: int) -> bool:
        """，Acme涨近2.6%: a Latin name (token i) that opens a clause and whose shares then move by a figure (at token
        j) is a listed company; not a thing markets trade (PVC涨3.9%: instruments.txt) and not a ticker after a
        Chinese name (某某BIIB涨9%)."""
        tok, text = self.toks[i], self.text
        opens = tok.start == 0 or not ALNUM.match(text[tok.start - 1])
        return (opens and j < len(self.toks) and SHARE_MOVE.match(text, self.toks[j].start) is not None
                and tok.text not in word_list("instruments.txt"))

    def _phrase_end(self, i: int) -> int:
        """The last token of the capitalised Latin words that token i starts (Bloom Energy, Cantor Fitzgerald: up
        to three), or i. Not a person's name (a common given name first: Mary Smith) nor a product's variant (Plus,
        Pro: english_non_names.txt)."""
        toks = self.toks
        if toks[i].text in words("given_names.txt"):
            return i
        k = i
        while (k + 2 < len(toks) and k - i < 4 and toks[k + 1].text == " " and _CAPITALISED.fullmatch(toks[k + 2].text)
               and not self.lex.names_nothing(toks[k + 2].text)):
            k += 2
        return k

    def _name_goes_on(self, tok: Token) -> bool:
        """A Chinese industry word (电子, 科技) or organisation word (jieba nt) right after a Latin brand continues
        its name."""
        return tok.text in self.lex.company_suffixes or tok.tag == "nt"


def _person_or_product(word: str) -> bool:
    """Tom, iFoo: a common given name is a person's, a word shaped as iFoo a product's, whatever follows them."""
    return word in words("given_names.txt") or _PRODUCT_SHAPE.fullmatch(word) is not None


def brand_shaped(word: str) -> bool:
    """FooBar, eBay, xCorp: a Latin word with a capital after a small letter (not after a surname's prefix: McAdam,
    DeLuca, MacLeod, O'Brien). People's names are capitalised once a word; brands are written so."""
    m = _INNER_CAPITAL.search(word)
    return m is not None and not word.startswith(_SURNAME_PREFIXES) and "'" not in word


_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")
_SURNAME_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "Du", "Le", "La", "Van", "Von", "Fitz")


@cache
def _kind_words() -> tuple[str, ...]:
    return tuple(company_context(KIND)[1])


@cache
def _words_after_name(kinds: frozenset[str] = LATIN_CONTEXT) -> tuple[str, ...]:
    """The company_context.tsv words of `kinds` that follow a company's name, longest first."""
    return tuple(sorted(company_context(kinds)[0], key=len, reverse=True))


@cache
def _words_after_name_by_start(kinds: frozenset[str] = LATIN_CONTEXT) -> tuple[frozenset[str],
                                                                             dict[str, tuple[int, ...]]]:
    """`_words_after_name` as a set and the lengths of its words by first character: whether one stands at an
    offset is a look-up per length, not a `startswith` per word (asked at every token after a Latin name)."""
    after = frozenset(_words_after_name(kinds))
    return after, lengths_by(after, lambda word: word[0])


_SURNAME = r"[A-Z](?:['’][A-Z])?[a-z]+"  # Smith, and O'Neill or D'Arcy: an apostrophe after the first capital


@cache
def _full_name_pattern() -> re.Pattern[str]:
    given = "|".join(map(re.escape, sorted(word_list("given_names.txt"), key=len, reverse=True)))
    # (?=[A-Z]) first: the alternation of names is tried only where a capital stands, ~10× faster on Chinese text
    return re.compile(rf"(?=[A-Z])(?<![A-Za-z.])(?:{given})(?: [A-Z]\.)?(?: {_SURNAME}(?:-{_SURNAME})?){{1,2}}"
                      rf"(?![A-Za-z])")
