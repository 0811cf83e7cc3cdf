"""Which library keeps a Chinese news article's body whole when it is saved as an HTML page: trafilatura or
readability-lxml, measured on pages made from ../shared/pool articles (read in place, never copied).

    .venv/bin/python benchmarks/html_extractors.py [--articles 40]

Each article becomes a page as news sites serve it: the headline in <title> and <h1>, paragraphs in <p>, `## `
headings in <h2>, and around them a navigation bar, a ticker, an advertisement, a box of related links, comments and
a footer, all in Chinese. A paragraph is kept when it appears whole in the extracted text; extracted lines that are
not paragraphs of the article are noise. The pipeline reads what the chosen library keeps (`io/html.py`).
"""

from __future__ import annotations

import argparse
import html
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POOL = ROOT.parent / "shared" / "pool" / "articles"

NAV = ["首页", "新闻", "财经", "科技", "体育", "娱乐", "评论", "视频", "专题", "登录", "注册"]
FURNITURE = [
    "热门推荐：港股三大指数集体收涨，恒生科技指数涨逾2%",
    "广告：限时优惠，新用户注册即送300元代金券，点击了解详情",
    "相关阅读：央行公开市场操作净投放500亿元；人民币汇率中间价调升",
    "网友评论：这篇文章写得很好，数据很详细。2024-05-01 12:30",
    "版权所有 © 2024 本网站 保留所有权利 京ICP备12345678号",
    "扫码关注我们的公众号，获取更多财经资讯",
]


def page(lines: list[str], rng: random.Random) -> str:
    """An HTML page around an article's lines (headline first, `## ` headings)."""
    headline, body = lines[0], lines[1:]
    nav = "".join(f'<li><a href="/{i}">{w}</a></li>' for i, w in enumerate(NAV))
    parts = []
    for line in body:
        if line.startswith("## "):
            parts.append(f"<h2>{html.escape(line[3:])}</h2>")
        elif line.strip():
            parts.append(f"<p>{html.escape(line)}</p>")
    side = "".join(f"<li><a href='/r{i}'>{html.escape(t)}</a></li>" for i, t in enumerate(rng.sample(FURNITURE, 3)))
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(headline)} - 新闻网</title></head>"
        f"<body><header><nav><ul>{nav}</ul></nav><div class='ticker'>{html.escape(FURNITURE[0])}</div></header>"
        f"<div class='ad'>{html.escape(FURNITURE[1])}</div><main><article><h1>{html.escape(headline)}</h1>"
        f"<div class='meta'>2024-05-01 10:00 来源：本网</div>{''.join(parts)}</article>"
        f"<aside><h3>相关阅读</h3><ul>{side}</ul></aside>"
        f"<section class='comments'><p>{html.escape(FURNITURE[3])}</p></section></main>"
        f"<footer><p>{html.escape(FURNITURE[4])}</p><p>{html.escape(FURNITURE[5])}</p></footer></body></html>"
    )


def with_trafilatura(page_html: str) -> str:
    import trafilatura

    return trafilatura.extract(page_html, include_comments=False, include_tables=True, favor_recall=True) or ""


def with_readability(page_html: str) -> str:
    import lxml.html
    from readability import Document

    document = Document(page_html)
    body = lxml.html.fromstring(document.summary())
    blocks = [el.text_content().strip() for el in body.iter("p", "h1", "h2", "h3", "li", "td")]
    return document.short_title() + "\n" + "\n".join(b for b in blocks if b)


def _spaces(text: str) -> str:
    """Runs of white space (the ideographic space included) as one space: both libraries normalise them."""
    return " ".join(text.split())


def score(lines: list[str], extracted: str) -> tuple[int, int, int, int]:
    """(paragraphs kept whole, paragraphs, extracted lines that are article text, extracted lines)."""
    paragraphs = [_spaces(line.removeprefix("## ")) for line in lines if line.strip()]
    extracted = "\n".join(_spaces(line) for line in extracted.splitlines())
    kept = sum(1 for p in paragraphs if p in extracted)
    out = [line for line in extracted.splitlines() if line]
    article_text = "\n".join(paragraphs)
    clean = sum(1 for line in out if line in article_text)
    return kept, len(paragraphs), clean, len(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=40)
    args = parser.parse_args()
    if not POOL.is_dir():
        print(f"{POOL} is not present", file=sys.stderr)
        return 1
    rng = random.Random(11)
    paths = rng.sample(sorted(POOL.glob("*.txt")), args.articles)
    import importlib.util

    extractors = [("readability-lxml", with_readability)]
    if importlib.util.find_spec("trafilatura") is not None:
        extractors.insert(0, ("trafilatura", with_trafilatura))
    else:
        print("trafilatura is not installed (pip install trafilatura, in a separate environment: it wants a newer "
              "charset-normalizer than the pipeline pins): readability-lxml alone", file=sys.stderr)
    for name, extract in extractors:
        kept = total = clean = out = 0
        whole = 0
        start = time.perf_counter()
        for path in paths:
            lines = path.read_text(encoding="utf-8").splitlines()
            k, t, c, o = score(lines, extract(page(lines, rng)))
            kept, total, clean, out, whole = kept + k, total + t, clean + c, out + o, whole + (k == t)
        seconds = time.perf_counter() - start
        print(f"{name:<18} paragraphs kept {kept}/{total} ({kept / total:.3f}), articles whole {whole}/{len(paths)}, "
              f"extracted lines that are article text {clean}/{out} ({clean / max(out, 1):.3f}), "
              f"{seconds / len(paths) * 1000:.0f} ms per page")
    return 0


if __name__ == "__main__":
    sys.exit(main())
