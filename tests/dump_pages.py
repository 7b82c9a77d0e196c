"""An invented whole-page text dump around the header lines a test gives, for the
text path's header tests."""
from __future__ import annotations


def page(*header: str, story: int = 3, footer: tuple[str, ...] = ()) -> str:
    """A page dump: a menu, the header lines given, a few story paragraphs, then the footer lines."""
    menu = ["Home", "", "News  Sport  Culture", ""]
    paragraphs = [
        f"Paragraph {n} of the story tells how the harbour board met on a grey morning and agreed,"
        " after a long debate among its members, to repair the northern quay before the winter."
        for n in range(1, story + 1)
    ]
    return "\n".join(menu + [line for block in [*header, *paragraphs, *footer] for line in (block, "")])
