"""Small builders for StreamField raw data, so demo content reads like the page it makes.

Page and image references are written as ``"@key"`` and resolved by the loader.
"""

import uuid


def heading(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def paragraphs(*texts):
    return {"type": "paragraph", "value": "".join(f"<p>{text}</p>" for text in texts)}


def bullet_list(intro, items, ordered=False):
    tag = "ol" if ordered else "ul"
    html = f"<p>{intro}</p>" if intro else ""
    html += f"<{tag}>" + "".join(f"<li>{item}</li>" for item in items) + f"</{tag}>"
    return {"type": "paragraph", "value": html}


def quote(text, attribution=""):
    return {"type": "quote", "value": {"text": text, "attribution": attribution}}


def image(key, alt_text, caption=""):
    return {
        "type": "image",
        "value": {
            "image": {"image": f"@{key}", "alt_text": alt_text, "decorative": False},
            "caption": caption,
        },
    }


def call_to_action(title, text, button_label, page_key):
    return {
        "type": "call_to_action",
        "value": {
            "title": title,
            "text": text,
            "button_label": button_label,
            "link": {"page": f"@{page_key}", "url": ""},
        },
    }


def faq(title, items):
    return {
        "type": "faq",
        "value": {
            "title": title,
            # List items in Wagtail's block format (with ids), as the editor saves them.
            "items": [
                {
                    "type": "item",
                    "value": {"question": question, "answer": f"<p>{answer}</p>"},
                    "id": str(uuid.uuid4()),
                }
                for question, answer in items
            ],
        },
    }


def resolve(value, refs):
    """Replace every "@key" string with the id of the object it names."""
    if isinstance(value, dict):
        return {key: resolve(item, refs) for key, item in value.items()}
    if isinstance(value, list):
        return [resolve(item, refs) for item in value]
    if isinstance(value, str) and value.startswith("@"):
        return refs[value[1:]].pk
    return value
