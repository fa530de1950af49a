"""Three-way merge of a gettext catalogue (``messages.pot`` or a ``messages.po``), entry by entry.

Git's line merge sees a catalogue as text: two branches that each add a message sorted next to the other's, or that
each re-extract (the header's POT-Creation-Date changes every time), conflict although nothing disagrees.  Here an
entry is a message (its msgid and context) with its translation, flags and comments:

* an entry only one side changed (added, translated, removed) takes that side's version;
* an entry both sides changed alike is taken once;
* an entry both sides changed differently (two translations of one message) is a real conflict: ours is kept,
  marked fuzzy, with theirs in a translator's comment (``# theirs: ...``), and the exit status is 1 so git leaves the
  file unmerged.  No conflict markers are written: the file stays a catalogue Babel reads, and ``pytest tests/i18n``
  fails on the fuzzy entry until someone chooses;
* the header: each field as above, the creation and revision dates the later of the two.

The result is written as ``pybabel update --no-wrap`` writes (sorted, unwrapped; a catalogue read and written
back is byte for byte the same), so ``bash scripts/i18n`` afterwards changes nothing but what the merged code adds.

Used by git as the ``rome-po`` merge driver (``.gitattributes``; ``bash scripts/i18n --install`` configures it in a
clone): ``po_merge.py BASE OURS THEIRS [PATH]`` writes the result over OURS.  ``bash scripts/i18n --merge`` runs it
on the catalogues of a merge that stopped on them (a clone without the driver).
"""

from __future__ import annotations

import io
import sys
from collections.abc import Hashable
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po, write_po

Key = tuple[str, str | None]
#: Header fields whose later value wins (they change on every extraction).
DATES = ("POT-Creation-Date", "PO-Revision-Date")


def _key(message: Message) -> Key:
    msgid = message.id if isinstance(message.id, str) else message.id[0]
    return msgid, message.context


def _entries(catalog: Catalog) -> dict[Key, Message]:
    return {_key(m): m for m in catalog if m.id}


def _value(message: Message | None) -> Hashable:
    """What a merge compares: everything the file says of the entry."""
    if message is None:
        return None
    return (message.id, message.string, tuple(sorted(message.flags)), tuple(message.auto_comments),
            tuple(message.user_comments), tuple(message.previous_id or ()))


def _read(data: bytes) -> Catalog:
    return read_po(io.BytesIO(data)) if data.strip() else Catalog()


def _headers(catalog: Catalog) -> dict[str, str]:
    return {key: value for key, value in catalog.mime_headers}


def merge(base: bytes, ours: bytes, theirs: bytes) -> tuple[bytes, list[str]]:
    """The merged catalogue and the msgids both sides translated differently (empty: a clean merge)."""
    b, o, t = _read(base), _read(ours), _read(theirs)
    be, oe, te = _entries(b), _entries(o), _entries(t)
    out = _read(ours)  # ours' header comment, locale and plural forms; its entries are rebuilt below
    for key in list(_entries(out)):
        out.delete(key[0], context=key[1])
    conflicts: list[str] = []
    for key in sorted(set(oe) | set(te), key=lambda k: (k[0], k[1] or "")):
        base_m, our_m, their_m = be.get(key), oe.get(key), te.get(key)
        if _value(our_m) == _value(their_m) or _value(their_m) == _value(base_m):
            chosen = our_m
        elif _value(our_m) == _value(base_m):
            chosen = their_m
        elif our_m is None or their_m is None:  # one side removed it, the other changed it: keep the change
            chosen = our_m or their_m
        else:  # both changed it, differently
            conflicts.append(key[0])
            chosen = Message(our_m.id, our_m.string, flags=set(our_m.flags) | {"fuzzy"},
                             auto_comments=our_m.auto_comments,
                             user_comments=[*our_m.user_comments, f"theirs: {their_m.string!r}"],
                             previous_id=our_m.previous_id, context=our_m.context)
        if chosen is not None:
            out[chosen.id] = chosen
    bh, oh, th = _headers(b), _headers(o), _headers(t)
    merged = dict(oh)
    for field in set(oh) | set(th):
        if field in DATES:
            merged[field] = max(oh.get(field, ""), th.get(field, ""))
        elif oh.get(field) == bh.get(field) and field in th:
            merged[field] = th[field]
    out.mime_headers = list(merged.items())
    buffer = io.BytesIO()
    write_po(buffer, out, width=None, ignore_obsolete=True, sort_output=True)  # type: ignore[arg-type]  # None: no wrap
    return buffer.getvalue(), conflicts


def main(argv: list[str]) -> int:
    if len(argv) not in (3, 4):
        print("usage: po_merge.py BASE OURS THEIRS [PATH]", file=sys.stderr)
        return 2
    base, ours, theirs = (Path(p) for p in argv[:3])
    name = argv[3] if len(argv) == 4 else str(ours)
    result, conflicts = merge(base.read_bytes(), ours.read_bytes(), theirs.read_bytes())
    ours.write_bytes(result)
    for msgid in conflicts:
        print(f"{name}: both sides translated {msgid!r} differently; ours kept, marked fuzzy, theirs in a "
              "'# theirs:' comment", file=sys.stderr)
    return 1 if conflicts else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
