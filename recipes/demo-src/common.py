"""Shared helpers for the demo recipe sources (assembled by build.py)."""
import html
import unicodedata


def nfc(s):
    return unicodedata.normalize("NFC", s) if isinstance(s, str) else s


def body(*blocks):
    """Turn a compact block list into HTML.

    A block is a paragraph string, or a string starting with "## " (h2), "### " (h3),
    "> " (blockquote), or a list ("ul", [...]) / ("ol", [...]) / ("table", header, rows).
    """
    out = []
    for b in blocks:
        if isinstance(b, tuple):
            kind = b[0]
            if kind in ("ul", "ol"):
                items = "".join(f"<li>{html.escape(i, quote=False)}</li>" for i in b[1])
                out.append(f"<{kind}>{items}</{kind}>")
            elif kind == "table":
                head = "".join(f"<th>{html.escape(h, quote=False)}</th>" for h in b[1])
                rows = "".join(
                    "<tr>" + "".join(f"<td>{html.escape(str(c), quote=False)}</td>" for c in r) + "</tr>"
                    for r in b[2])
                out.append(f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
            else:
                raise ValueError(kind)
        elif b.startswith("## "):
            out.append(f"<h2>{html.escape(b[3:], quote=False)}</h2>")
        elif b.startswith("### "):
            out.append(f"<h3>{html.escape(b[4:], quote=False)}</h3>")
        elif b.startswith("> "):
            out.append(f"<blockquote><p>{html.escape(b[2:], quote=False)}</p></blockquote>")
        else:
            out.append(f"<p>{html.escape(b, quote=False)}</p>")
    return "".join(out)


def ascii_name(name):
    """A file name without diacritics ("845-QĐ-UBND.pdf" -> "845-QD-UBND.pdf"), for the files shipped in demo-files/."""
    folded = unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in folded if not unicodedata.combining(c))


def deep_nfc(o):
    if isinstance(o, dict):
        return {k: deep_nfc(v) for k, v in o.items()}
    if isinstance(o, list):
        return [deep_nfc(v) for v in o]
    return nfc(o)
