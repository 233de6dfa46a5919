"""Make the files the demo recipe ships in recipes/demo-files/: python3 recipes/demo-src/assets.py

- one small PDF per document (title, number, issuer, date, summary and a "sample document" notice), laid out from a
  flat OpenDocument file by LibreOffice with a DejaVu Sans subset embedded, so Vietnamese reads in any viewer;
- one 1200 x 675 JPEG illustration per featured article (see featured.py), drawn from SVG by headless Chromium.

Needs `soffice` (libreoffice-writer), `chromium` and fonts-dejavu-core; the results are committed, so only someone
changing the demo runs this. The importer runs every file through the media pipeline on first run.
"""
import html
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from common import ascii_name  # noqa: E402
from featured import TOPIC_NAMES, featured, image_file  # noqa: E402
from parts import all_items  # noqa: E402

RECIPES = os.path.normpath(os.path.join(os.path.dirname(__file__), ".."))
OUT = os.path.join(RECIPES, "demo-files")

# Background colour pairs, one per topic group, and the motif drawn on the card.
STYLES = {
    "chi-so-cchc": ("#0b4f8a", "#2a7ab0", "chart"), "sang-kien-mo-hinh": ("#7a4b0b", "#c07a1f", "chart"),
    "chinh-quyen-so": ("#0b5f6a", "#1f8a7a", "screen"), "dich-vu-cong-truc-tuyen": ("#0b4f8a", "#1f7a6d", "screen"),
    "mot-cua-lien-thong": ("#14507a", "#2f8f6f", "screen"), "dan-chu-co-so": ("#5a2d6e", "#8a4f9e", "talk"),
    "che-do-cong-vu": ("#3b4f6b", "#5f7f9f", "talk"), "to-chuc-bo-may": ("#3b4f6b", "#6b8f5f", "talk"),
}
DEFAULT_STYLE = ("#8a1f1f", "#b8472f", "document")


def date_vi(iso):
    y, m, d = iso[:10].split("-")
    return f"ngày {int(d):02d} tháng {int(m):02d} năm {y}"


def document_fodt(doc):
    """The document as a flat OpenDocument text (one XML file), which LibreOffice lays out faithfully."""
    place = "Hà Nội" if doc["issuer"] == "Chính phủ" else "Quảng Trị"
    e = lambda s: html.escape(s or "", quote=False)  # noqa: E731
    paragraphs = [
        ("Head", doc["issuer"].upper()), ("Head", "Số: " + doc["number"]),
        ("Right", f"{place}, {date_vi(doc['issueDate'])}"),
        ("Kind", doc["documentType"].upper()), ("Title", doc["title"]),
        ("Body", doc["summary"]), ("Body", f"Hiệu lực từ {date_vi(doc['effectiveDate'])}."),
        ("Right", "Người ký: " + doc["signer"]),
        ("Note", "Tài liệu mẫu của trang trình diễn ParPortal: trang này chỉ tóm tắt văn bản để minh họa, "
                 "không phải văn bản gốc và không có giá trị pháp lý."),
    ]
    body = "".join(f'<text:p text:style-name="{style}">{e(text)}</text:p>' for style, text in paragraphs)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{e(doc['title'])}</dc:title><dc:language>vi-VN</dc:language></office:meta>
<office:font-face-decls><style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.25cm"/>
<style:text-properties style:font-name="DejaVu Sans" fo:font-size="11pt" fo:language="vi" fo:country="VN"/></style:default-style>
<style:style style:name="Head" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.05cm"/></style:style>
<style:style style:name="Right" style:family="paragraph"><style:paragraph-properties fo:text-align="end" fo:margin-top="0.3cm"/></style:style>
<style:style style:name="Kind" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.8cm" fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="15pt"/></style:style>
<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.6cm"/><style:text-properties fo:font-size="12.5pt"/></style:style>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify"/></style:style>
<style:style style:name="Note" style:family="paragraph"><style:paragraph-properties fo:margin-top="1.2cm" fo:padding="0.2cm" fo:border="0.5pt solid #888888"/><style:text-properties fo:font-size="9.5pt" fo:color="#444444"/></style:style>
</office:styles>
<office:automatic-styles><style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin="2cm"/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4"/></office:master-styles>
<office:body><office:text>{body}</office:text></office:body>
</office:document>
"""


def motif(kind):
    """The drawing on the white card, in the card's coordinates (300 x 380)."""
    if kind == "chart":
        bars = "".join(f'<rect x="{40 + i * 55}" y="{330 - h}" width="36" height="{h}" rx="4" fill="#0b4f8a" opacity="{0.45 + i * 0.12}"/>'
                       for i, h in enumerate([90, 150, 120, 210]))
        return bars + '<path d="M50 200 L110 150 L165 175 L240 95" stroke="#c0392b" stroke-width="6" fill="none"/>'
    if kind == "screen":
        return ('<rect x="70" y="40" width="160" height="290" rx="22" fill="#0b4f8a" opacity="0.85"/>'
                '<rect x="85" y="70" width="130" height="200" rx="6" fill="#fff"/>'
                '<rect x="100" y="95" width="100" height="14" rx="7" fill="#1f7a6d"/>'
                '<rect x="100" y="125" width="80" height="10" rx="5" fill="#9db8cc"/>'
                '<circle cx="150" cy="205" r="32" fill="#1f7a6d" opacity="0.85"/>'
                '<path d="M135 205 L147 217 L168 192" stroke="#fff" stroke-width="7" fill="none"/>')
    if kind == "talk":
        return ('<rect x="30" y="60" width="170" height="100" rx="20" fill="#5a2d6e" opacity="0.8"/>'
                '<path d="M70 160 L60 195 L105 160 Z" fill="#5a2d6e" opacity="0.8"/>'
                '<rect x="100" y="200" width="170" height="100" rx="20" fill="#1f7a6d" opacity="0.8"/>'
                '<path d="M230 300 L240 335 L195 300 Z" fill="#1f7a6d" opacity="0.8"/>')
    return ('<rect x="40" y="50" width="220" height="18" rx="9" fill="#8a1f1f" opacity="0.55"/>'
            + "".join(f'<rect x="40" y="{95 + i * 34}" width="{200 - (i % 3) * 30}" height="12" rx="6" fill="#6b7b8c" opacity="0.35"/>'
                      for i in range(6))
            + '<circle cx="220" cy="310" r="36" fill="#2f8f6f"/><path d="M202 310 L216 324 L240 298" stroke="#fff" stroke-width="8" fill="none"/>')


def article_svg(article):
    topic_slug = article["topics"][0]
    c1, c2, kind = STYLES.get(topic_slug, DEFAULT_STYLE)
    topic = html.escape(TOPIC_NAMES[topic_slug], quote=False)
    # Two articles on one topic still get different pictures: the soft circles move with the article's key.
    n = sum(ord(ch) for ch in article["key"])
    cx1, cy1, cx2, cy2 = 900 + n % 200, 60 + n % 140, 1000 + (n * 7) % 180, 520 + (n * 3) % 120
    return f"""<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675" viewBox="0 0 1200 675">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="{c1}"/><stop offset="1" stop-color="{c2}"/></linearGradient></defs>
<rect width="1200" height="675" fill="url(#g)"/>
<circle cx="{cx1}" cy="{cy1}" r="230" fill="#fff" opacity="0.08"/><circle cx="{cx2}" cy="{cy2}" r="160" fill="#fff" opacity="0.06"/>
<g transform="translate(110 150)"><rect width="300" height="380" rx="18" fill="#fff" opacity="0.94"/>{motif(kind)}</g>
<text x="480" y="330" font-family="DejaVu Sans" font-size="44" font-weight="bold" fill="#fff">{topic}</text>
<text x="480" y="392" font-family="DejaVu Sans" font-size="26" fill="#e8f0f6">Cải cách hành chính · Ảnh minh họa</text>
</svg>
"""


def make_pdfs(documents, work):
    sources = []
    for d in documents:
        for f in d["files"]:
            name = os.path.splitext(os.path.basename(f["url"]))[0]
            path = os.path.join(work, name + ".fodt")
            with open(path, "w", encoding="utf-8") as out:
                out.write(document_fodt(d))
            sources.append(path)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", OUT, *sources], check=True,
                   stdout=subprocess.DEVNULL)


def make_images(articles, work):
    for a in articles:
        svg = os.path.join(work, a["key"] + ".svg")
        with open(svg, "w", encoding="utf-8") as out:
            out.write(article_svg(a))
        target = os.path.join(RECIPES, image_file(a))
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                        "--window-size=1200,675", "--screenshot=" + target, "file://" + svg],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    items = all_items()
    documents = [i for i in items if i["type"] == "Document"]
    for d in documents:
        for f in d["files"]:
            assert f["url"] == "demo-files/" + ascii_name(f["name"]), f
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    with tempfile.TemporaryDirectory() as work:
        make_pdfs(documents, work)
        make_images(featured(items), work)
    for name in sorted(os.listdir(OUT)):
        print(f"{os.path.getsize(os.path.join(OUT, name)):>7}  demo-files/{name}")


if __name__ == "__main__":
    main()
