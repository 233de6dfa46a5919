"""The demo's featured articles: the newest published ones get an illustration (demo-files/<key>.jpg, made by
assets.py) that the importer runs through the media pipeline, so that their pages and the home page show pictures."""

FEATURED_COUNT = 8

TOPIC_NAMES = {
    "chi-dao-dieu-hanh": "Chỉ đạo điều hành", "cai-cach-the-che": "Cải cách thể chế",
    "cai-cach-thu-tuc-hanh-chinh": "Cải cách thủ tục hành chính", "thu-tuc-hanh-chinh-noi-bo": "Thủ tục hành chính nội bộ",
    "mot-cua-lien-thong": "Một cửa, một cửa liên thông", "to-chuc-bo-may": "Tổ chức bộ máy",
    "che-do-cong-vu": "Chế độ công vụ", "tai-chinh-cong": "Tài chính công", "chinh-quyen-so": "Chính quyền số",
    "chi-so-cchc": "Chỉ số cải cách hành chính", "sang-kien-mo-hinh": "Sáng kiến, mô hình",
    "ky-luat-ky-cuong": "Kỷ luật, kỷ cương", "dan-chu-co-so": "Dân chủ cơ sở",
    "dich-vu-cong-truc-tuyen": "Dịch vụ công trực tuyến",
}


def featured(items):
    """The newest published articles, newest first."""
    published = [i for i in items if i["type"] == "Article" and i["state"] == "Published"]
    return sorted(published, key=lambda a: a["publishedAt"], reverse=True)[:FEATURED_COUNT]


def image_file(article):
    return "demo-files/" + article["key"] + ".jpg"


def add_images(items):
    """Gives the featured articles their picture, alt text and caption (the text drawn in the picture is in the alt)."""
    for a in featured(items):
        topic = TOPIC_NAMES[a["topics"][0]]
        a["imageUrl"] = image_file(a)
        a["imageAlt"] = f"Ảnh minh họa chủ đề {topic}: các hình khối trên nền màu, kèm dòng chữ “{topic}”"
        a["imageCaption"] = "Ảnh minh họa (nội dung mẫu)"
