"""Assemble recipes/demo.json from the parts in this folder: python3 recipes/demo-src/build.py"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from common import deep_nfc  # noqa: E402
import part_setup  # noqa: E402
from parts import all_items  # noqa: E402

items = all_items()

recipe = {
    "name": "demo",
    "description": part_setup.DESCRIPTION,
    "steps": [
        {"step": "units", "units": part_setup.UNITS},
        {"step": "users", "users": part_setup.USERS},
        {"step": "settings", "settings": part_setup.SETTINGS},
        {"step": "content", "items": items},
    ],
}
out = os.path.join(os.path.dirname(__file__), "..", "demo.json")
with open(out, "w", encoding="utf-8") as f:
    json.dump(deep_nfc(recipe), f, ensure_ascii=False, indent=1)
    f.write("\n")
print("wrote", os.path.normpath(out), len(items), "items")
