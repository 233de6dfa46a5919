"""Check recipes/demo.json against the demo brief: python3 recipes/check_demo.py

Prints counts per type and exits non-zero on any problem.
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter
from datetime import datetime

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "demo.json")
TOPICS = {"chi-dao-dieu-hanh", "cai-cach-the-che", "cai-cach-thu-tuc-hanh-chinh", "thu-tuc-hanh-chinh-noi-bo",
          "mot-cua-lien-thong", "to-chuc-bo-may", "che-do-cong-vu", "tai-chinh-cong", "chinh-quyen-so",
          "chi-so-cchc", "sang-kien-mo-hinh", "ky-luat-ky-cuong", "dan-chu-co-so", "dich-vu-cong-truc-tuyen"}
DOC_TYPES = {"Kế hoạch", "Quyết định", "Công văn", "Báo cáo", "Thông báo", "Hướng dẫn", "Nghị định", "Thông tư",
             "Chỉ thị", "Nghị quyết", "Luật"}
REQUIRED_UNITS = {"GTVT", "GTVT-VP", "GTVT-TTR", "GTVT-QLVT", "GTVT-KCHT", "GTVT-CL", "GTVT-KHTC", "GTVT-DK",
                  "XD", "XD-VP", "XD-TTR", "XD-QLVT", "XD-HTGT", "XD-KHTC", "XD-DK"}
COMMON = ["type", "key", "title", "summary", "unit", "topics", "state"]
PER_TYPE = {
    "Article": ["slug", "publishedAt", "scheduledPublishAt", "author", "source", "body", "imageUrl", "imageAlt", "imageCaption"],
    "Document": ["number", "documentType", "issuer", "signer", "issueDate", "effectiveDate", "expiryDate", "replacedBy", "files"],
    "Procedure": ["code", "name", "field", "level", "implementingAgency", "decidingAgency", "subjects", "channels", "steps",
                  "dossier", "requirements", "results", "legalBases", "onlineLevel", "legacyLevel", "portalUrl",
                  "announcingDecision", "status", "statusNote"],
    "Hotline": ["purpose", "contactName", "contactTitle", "phones", "email", "address", "workingHours", "displayOrder"],
    "Feedback": ["question", "answer", "procedureCode", "receivedOn"],
    "IndexResult": ["index", "year", "subject", "score", "scale", "rank", "rankOf", "group", "change", "components",
                    "sourceDocument", "commentary"],
}
COMPONENTS = {"PARINDEX": 8, "PCI": 10, "PAPI": 8, "SIPAS": 5}
errors = []


def err(msg):
    errors.append(msg)


def walk_strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for v in o.values():
            yield from walk_strings(v)
    elif isinstance(o, list):
        for v in o:
            yield from walk_strings(v)


def when(s):
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00", s or ""):
        err(f"bad timestamp {s!r}")
        return None
    return datetime.fromisoformat(s)


with open(PATH, encoding="utf-8") as f:
    recipe = json.load(f)

for s in walk_strings(recipe):
    if unicodedata.normalize("NFC", s) != s:
        err(f"not NFC: {s[:40]!r}")

steps = {s["step"]: s for s in recipe["steps"]}
units = {u["code"]: u for u in steps["units"]["units"]}
missing = REQUIRED_UNITS - set(units)
if missing:
    err(f"missing units {sorted(missing)}")
for code, u in units.items():
    if code not in REQUIRED_UNITS and not code.startswith("XA-"):
        err(f"unexpected unit {code}")
    for s in u["successors"]:
        if s not in units:
            err(f"unit {code}: unknown successor {s}")
users = steps["users"]["users"]
roles = Counter(r for u in users for r in u["roles"])
if roles["Editor"] < 2 or roles["Contributor"] < 2 or roles["Office"] < 1:
    err(f"user roles {roles}")
if len({u["unit"] for u in users if "Contributor" in u["roles"]}) < 2:
    err("contributors must be in different units")
for u in users:
    if u["unit"] not in units or "password" in json.dumps(u).lower():
        err(f"user {u['userName']}: bad unit or password field")

items = steps["content"]["items"]
keys = Counter(i["key"] for i in items)
for k, n in keys.items():
    if n > 1:
        err(f"duplicate key {k}")
for i in items:
    for f_ in COMMON + PER_TYPE[i["type"]]:
        if f_ not in i:
            err(f"{i['key']}: missing field {f_}")
    if i["unit"] not in units:
        err(f"{i['key']}: unknown unit {i['unit']}")
    for t in i["topics"]:
        if t not in TOPICS:
            err(f"{i['key']}: unknown topic {t}")
    if i["state"] not in ("Published", "Draft", "InReview"):
        err(f"{i['key']}: bad state")
    if i["state"] == "Published":
        when(i.get("publishedAt"))
    if not i["summary"] or not i["title"]:
        err(f"{i['key']}: empty title or summary")

by_type = {t: [i for i in items if i["type"] == t] for t in PER_TYPE}
arts = by_type["Article"]
pub = [a for a in arts if a["state"] == "Published"]
year = Counter(a["publishedAt"][:4] for a in pub)
h1_2024 = [a for a in pub if "2024-01-01" <= a["publishedAt"][:10] <= "2024-06-30"]
gtvt_subunits = {u for u in REQUIRED_UNITS if u.startswith("GTVT-")}
missing_h1 = gtvt_subunits - {a["unit"] for a in h1_2024}
drafts = [a for a in arts if a["state"] in ("Draft", "InReview") and not a["scheduledPublishAt"]]
scheduled = [a for a in arts if a["state"] == "Draft" and (a["scheduledPublishAt"] or "").startswith("2026-12")]
for a in arts:
    if not 1 <= len(a["topics"]) <= 3:
        err(f"{a['key']}: needs 1–3 topics")
    blocks = len(re.findall(r"<(p|ul|ol|table|blockquote)>", a["body"]))
    if not 3 <= blocks <= 7:
        err(f"{a['key']}: {blocks} body blocks")
    if a["state"] == "Published" and a["publishedAt"][:4] >= "2025" and a["publishedAt"][:10] >= "2025-03-01" \
            and a["unit"].startswith("GTVT"):
        err(f"{a['key']}: GTVT unit after merger")
    if a["state"] == "Published" and a["publishedAt"][:10] < "2025-03-01" and a["unit"].startswith("XD"):
        err(f"{a['key']}: XD unit before merger")
if len(arts) < 60 or year["2024"] < 16 or len(h1_2024) < 12 or year["2025"] < 20 or year["2026"] < 20:
    err(f"article counts: total {len(arts)}, per year {dict(year)}, H1 2024 {len(h1_2024)}")
if missing_h1:
    err(f"GTVT sub-units without an article in H1 2024: {sorted(missing_h1)}")
if len(drafts) != 3 or len(scheduled) != 2:
    err(f"drafts/in review {len(drafts)}, scheduled {len(scheduled)}")
used_topics = {t for a in arts for t in a["topics"]}
if used_topics != TOPICS:
    err(f"topics without articles: {sorted(TOPICS - used_topics)}")
if len({a["unit"] for a in arts}) < 6:
    err("articles need at least 6 units")
if not any("<blockquote>" in a["body"] for a in arts) or sum("<table>" in a["body"] for a in arts) < 2:
    err("need a blockquote and a few tables")
pictured = [a for a in arts if a["imageUrl"]]
if len(pictured) < 6:
    err(f"only {len(pictured)} articles have a picture")
for a in pictured:
    if not a["imageAlt"] or not os.path.isfile(os.path.join(os.path.dirname(PATH), a["imageUrl"])):
        err(f"{a['key']}: picture {a['imageUrl']} without alt text or not in recipes/demo-files (run demo-src/assets.py)")

docs = by_type["Document"]
for d in docs:
    if d["documentType"] not in DOC_TYPES:
        err(f"{d['key']}: bad documentType")
    for fl in d["files"]:
        if not fl["url"].startswith("demo-files/") or not os.path.isfile(os.path.join(os.path.dirname(PATH), fl["url"])):
            err(f"{d['key']}: file {fl['url']} is not in recipes/demo-files (run demo-src/assets.py)")
if len(docs) != 15:
    err(f"{len(docs)} documents")
plan = [d for d in docs if d["documentType"] == "Kế hoạch" and d["issueDate"].startswith("2024-01")]
guide = [d for d in docs if d["documentType"] == "Công văn" and "2024-01" <= d["issueDate"][:7] <= "2024-03"]
yearrep = [d for d in docs if d["documentType"] == "Báo cáo" and "2024-07-01" <= d["issueDate"] < "2024-11-26"]
if not plan or not guide or not yearrep:
    err("2024 plan deliverables missing")
for n in ("118/2025/NĐ-CP", "224/2026/NĐ-CP"):
    if not any(d["number"] == n and d["issuer"] == "Chính phủ" for d in docs):
        err(f"missing {n}")

procs = by_type["Procedure"]
fields = Counter(p["field"] for p in procs)
for p in procs:
    if p["level"] not in ("Tinh", "Xa") or p["onlineLevel"] not in ("ToanTrinh", "MotPhan", "None") \
            or p["status"] not in ("InForce", "Amended", "Abolished"):
        err(f"{p['key']}: bad enum")
    if p["status"] != "InForce" and not p["statusNote"]:
        err(f"{p['key']}: statusNote needed")
    if not re.fullmatch(r"[12]\.\d{6}(\.000\.00\.00\.H\d\d)?", p["code"]):
        err(f"{p['key']}: code {p['code']}")
    if not p["portalUrl"].startswith("https://dichvucong.gov.vn/") or not p["channels"] or not p["steps"] \
            or not p["dossier"] or not p["legalBases"]:
        err(f"{p['key']}: incomplete")
    for c in p["channels"]:
        if c["channel"] not in ("TrucTiep", "TrucTuyen", "BuuChinh") or not c["processingTime"] or not c["fee"]:
            err(f"{p['key']}: bad channel")
    for d in p["dossier"]:
        if set(d) != {"name", "originals", "copies", "formTemplate"}:
            err(f"{p['key']}: bad dossier entry")
    for lb in p["legalBases"]:
        if set(lb) != {"number", "title", "date", "issuer"} or not re.fullmatch(r"\d{4}-\d\d-\d\d", lb["date"]):
            err(f"{p['key']}: bad legal basis")
hkd = [p for p in procs if p["name"] == "Đăng ký thành lập hộ kinh doanh"]
if not hkd or hkd[0]["level"] != "Xa" or hkd[0]["field"] != "Thành lập và hoạt động của hộ kinh doanh" \
        or not any("đồng" in c["fee"] for c in hkd[0]["channels"]):
    err("Đăng ký thành lập hộ kinh doanh missing or incomplete")
if len(procs) != 60 or len(fields) < 6 or {p["level"] for p in procs} != {"Tinh", "Xa"}:
    err(f"procedures {len(procs)}, fields {len(fields)}")

hot = by_type["Hotline"]
if len(hot) != 10 or len({h["displayOrder"] for h in hot}) != 10:
    err("hotlines")

idx = by_type["IndexResult"]
for r in idx:
    if len(r["components"]) != COMPONENTS[r["index"]]:
        err(f"{r['key']}: {len(r['components'])} components")
    if r["rankOf"] != (63 if r["year"] <= 2024 else 34) or not 1 <= r["rank"] <= r["rankOf"]:
        err(f"{r['key']}: rank")
    if r["scale"] not in ("Percent", "ZeroToTen", "ZeroToHundred", "ZeroToOne"):
        err(f"{r['key']}: scale")
    for c in r["components"]:
        if not (0 <= c["score"] <= c["max"]) or not 1 <= c["rank"] <= r["rankOf"]:
            err(f"{r['key']}: component {c['name']}")
per_index = Counter(r["index"] for r in idx)
if any(per_index[k] < 4 for k in COMPONENTS):
    err(f"index years {per_index}")

print("units:", len(units), "users:", len(users), "roles:", dict(roles))
print("items per type:", {t: len(v) for t, v in by_type.items()}, "total:", len(items))
print("articles: published per year", dict(sorted(year.items())), "| H1 2024:", len(h1_2024),
      "| drafts/in review:", len(drafts), "| scheduled:", len(scheduled), "| units:", len({a['unit'] for a in arts}))
print("procedures per field:", dict(fields))
print("procedures per level:", dict(Counter(p["level"] for p in procs)),
      "status:", dict(Counter(p["status"] for p in procs)), "online:", dict(Counter(p["onlineLevel"] for p in procs)))
print("documents per type:", dict(Counter(d["documentType"] for d in docs)))
print("index results:", dict(per_index))
if errors:
    print(f"\n{len(errors)} problem(s):")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")
