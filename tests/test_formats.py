"""Articles as Markdown files and as HTML pages saved from news sites read as their plain text would."""

from __future__ import annotations

import html
from pathlib import Path

import pipeline
from pipeline.io.formats import html_text, markdown_text
from pipeline.io.inputs import read_input
from pipeline.run import cli

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "corpus" / "ctee_pc_shipments_q3_202410_tw.txt"


def saved_page(text: str) -> str:
    """The article as a news site serves it: navigation, a ticker, an advertisement, related links and a footer."""
    headline, *body = text.splitlines()
    paragraphs = "".join(f"<h2>{html.escape(line[3:])}</h2>" if line.startswith("## ") else
                         f"<p>{html.escape(line)}</p>" for line in body if line.strip())
    return (f"<html><head><meta charset='utf-8'><title>{html.escape(headline)}</title></head><body>"
            "<nav><a href='/'>首页</a> <a href='/news'>新闻</a> <a href='/tech'>科技</a></nav>"
            "<div class='ad'>广告：新用户注册即送300元代金券</div>"
            f"<article><h1>{html.escape(headline)}</h1>{paragraphs}</article>"
            "<aside><ul><li><a href='/1'>相关阅读：央行净投放500亿元</a></li></ul></aside>"
            "<footer>版权所有 © 2024 京ICP备12345678号</footer></body></html>")


def figures(text: str) -> list[tuple]:
    return [(f.text, f.value, f.unit, f.role, f.metric) for f in pipeline.extract(text).facts]


def test_a_saved_page_gives_the_article_and_its_facts(tmp_path):
    text = ARTICLE.read_text(encoding="utf-8")
    page = tmp_path / "article.html"
    page.write_text(saved_page(text), encoding="utf-8")
    extracted = read_input(page)
    assert extracted.splitlines()[0] == text.splitlines()[0]  # the headline first
    assert "广告" not in extracted and "版权所有" not in extracted and "首页" not in extracted
    assert figures(extracted) == figures(text)


def test_markdown_reads_as_its_text():
    markdown = ("# 長沙新增企業\n\n**長沙**新增企業[120家](https://example.com)，![圖](a.png)同比增長*5%*。\n\n"
                "## 成績單\n\n- 營收達3億元\n\n```\n代碼 2024\n```\n")
    assert markdown_text(markdown) == "長沙新增企業\n\n長沙新增企業120家，同比增長5%。\n\n## 成績單\n\n營收達3億元\n"


def test_keep_text_writes_what_the_offsets_refer_to(tmp_path):
    page = tmp_path / "a.html"
    page.write_text(saved_page(ARTICLE.read_text(encoding="utf-8")), encoding="utf-8")
    out = tmp_path / "facts.csv"
    assert cli.main(["extract", str(page), "-o", str(out), "--keep-text", str(tmp_path / "texts"), "-q"]) == 0
    kept = (tmp_path / "texts" / "a.txt").read_text(encoding="utf-8")
    import csv

    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert rows and all(kept[int(r["start"]) : int(r["end"])] == r["text"] for r in rows)


def test_an_empty_page_is_an_empty_article():
    assert html_text("") == ""
    assert pipeline.extract(html_text("<html><body></body></html>")).facts == []


def test_a_table_on_a_page_reads_as_rows_of_tab_separated_cells():
    page = ("<html><head><title>某县统计公报</title></head><body><article><h1>某县统计公报</h1>"
            "<p>2031年，全县经济平稳运行，各项指标见下表。全县粮食生产再获丰收，工业生产稳中有进。</p>"
            "<table><tr><th>指标</th><th>2031年</th><th>2030年</th></tr>"
            "<tr><td>粮食产量（万吨）</td><td>52.1</td><td>50.3</td></tr>"
            "<tr><td>常住人口（万人）</td><td>83</td><td></td></tr></table></article></body></html>")
    text = html_text(page)
    assert "指标\t2031年\t2030年\n粮食产量（万吨）\t52.1\t50.3\n常住人口（万人）\t83\t\n" in text
    facts = {f.text: f for f in pipeline.extract(text).facts}
    assert (facts["50.3"].value, facts["50.3"].unit, facts["50.3"].metric, facts["50.3"].period) == (
        503000, "吨", "粮食产量", "2030年")


def test_a_page_laid_out_in_a_table_keeps_its_paragraphs_on_lines_of_their_own():
    prose = "全县茶叶生产稳中有升，全年茶叶总产量达到5.21万吨，较上年多出3.6%，茶农收入稳步提高。"
    page = (f"<html><head><title>某县新闻</title></head><body><table><tr><td>{prose}</td>"
            f"<td>{prose.replace('茶叶', '蔬菜')}</td></tr></table></body></html>")
    lines = html_text(page).splitlines()
    assert prose in lines and "\t" not in "".join(lines)


def test_line_breaks_end_paragraphs_and_loose_text_is_read():
    """Pages that set paragraphs apart with <br> in one container keep them apart (a paragraph carries its time
    and holder), and text outside any paragraph element is not lost."""
    first = "某县农业局今日通报，全县夏粮收购进度快于往年，各收购网点运转正常，农户售粮积极性较高。"
    page = (f"<html><head><title>某县夏粮收购</title></head><body><div class='content'>{first}<br>"
            "上半年全县夏粮收购量达3.2万吨。<br><br>"
            f"{first.replace('夏粮', '油菜籽')}<br>收购均价每斤2.6元。</div></body></html>")
    lines = html_text(page).splitlines()
    assert lines[1:] == [first, "上半年全县夏粮收购量达3.2万吨。", first.replace("夏粮", "油菜籽"),
                         "收购均价每斤2.6元。"]
    assert html_text("<html><body>某县去年产茶5千吨<!-- 注 -->，<b>产值</b>3亿元。<p>第二段</p>结尾</body></html>"
                     ).splitlines() == ["某县去年产茶5千吨，产值3亿元。", "第二段", "结尾"]
    assert html_text("某县去年产茶5千吨。") == "某县去年产茶5千吨。\n"  # a .html file holding plain text


def test_a_page_holding_only_a_table_keeps_it():
    """readability finds no article in a page of one small table; the page's body is read instead."""
    page = ("<html><head><script>var figure = '9亿元';</script></head><body>"
            "<table><tr><td>营业收入</td><td>5亿元</td></tr></table></body></html>")
    assert html_text(page) == "营业收入\t5亿元\n"


def test_pages_with_nothing_readable_give_their_title_or_nothing_never_an_error():
    """A stray closing tag, a frameset, a page of only a head: readability parses no article in them (it raised on
    some), and the page's own body holds no text."""
    assert html_text("</table>") == ""
    assert html_text("<frameset><frame src='a.html'></frameset>") == ""
    assert html_text("<html><head><title>某县新闻</title></head></html>") == "某县新闻\n"
