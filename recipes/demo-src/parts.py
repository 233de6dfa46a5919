"""The content parts of the demo recipe, in recipe order (used by build.py and assets.py)."""
import featured

PARTS = ["part_documents", "part_hotlines", "part_indexes", "part_articles_2024", "part_articles_2025",
         "part_articles_2026", "part_procedures", "part_feedback"]


def all_items():
    """Every content item of the demo, the featured articles with their pictures."""
    items = []
    for name in PARTS:
        items.extend(__import__(name).ITEMS)
    featured.add_images(items)
    return items
