"""Helper to declare articles compactly."""
from common import body


def make(items):
    def art(key, when, unit, topics, author, title, summary, *blocks, state="Published", scheduled=None,
            source=None):
        items.append({
            "type": "Article", "key": key, "title": title, "slug": None, "summary": summary, "unit": unit,
            "topics": topics, "state": state,
            "publishedAt": (when + "+07:00") if state == "Published" else None,
            "scheduledPublishAt": scheduled, "author": author, "source": source, "body": body(*blocks),
            "imageUrl": None, "imageAlt": None, "imageCaption": None,
        })
    return art
