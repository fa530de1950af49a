"""The catalogues merge entry by entry (scripts/po_merge.py, the `rome-po` driver of .gitattributes), proved on real
two-branch merges of the real catalogues in a scratch repository; and the catalogues hold no duplicate entry and no
conflict marker."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[2]
LOCALE = "src/romestatute/locale"
PO = f"{LOCALE}/fr/LC_MESSAGES/messages.po"
POT = f"{LOCALE}/messages.pot"
CATALOGUES = [ROOT / POT, *sorted((ROOT / LOCALE).glob("*/LC_MESSAGES/messages.po"))]


def _keys(text: str) -> list[tuple[str, str]]:
    """Each entry's (msgctxt, msgid) as the file writes them (continued strings joined), read without Babel, which
    would merge duplicates silently."""
    keys = []
    for entry in text.split("\n\n"):
        fields: dict[str, str] = {}
        current = None
        for line in entry.splitlines():
            found = re.match(r'^(msgctxt|msgid|msgid_plural|msgstr(?:\[\d\])?) "(.*)"$', line)
            if found:
                current = found.group(1)
                fields[current] = found.group(2)
            elif line.startswith('"') and current:
                fields[current] += line[1:-1]
        if "msgid" in fields:
            keys.append((fields.get("msgctxt", ""), fields["msgid"]))
    return keys


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_duplicate_entry_and_no_conflict_marker(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert not re.search(r"^(<<<<<<<|=======|>>>>>>>)( |$)", text, re.M)
    keys = Counter(_keys(text))
    assert [k for k, n in keys.items() if n > 1] == []
    catalog = read_po(io.BytesIO(text.encode()))
    assert len([m for m in catalog if m.id]) == len(keys) - 1  # every entry read, the header aside
    assert [m.id for m in catalog if m.id and ("fuzzy" in m.flags or any(c.startswith("theirs:") for c in m.user_comments))] == []


def _git(repo: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOME": str(repo.parent), "GIT_CONFIG_NOSYSTEM": "1", "GIT_AUTHOR_NAME": "t",
           "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    return subprocess.run(["git", *args], cwd=repo, env=env, text=True, capture_output=True, check=check)


def _edit(path: Path, add: dict[str, str], created: str) -> None:
    """What ``bash scripts/i18n`` and a translator do to a catalogue: new entries, a new creation date."""
    catalog = read_po(io.BytesIO(path.read_bytes()))
    for msgid, msgstr in add.items():
        catalog.add(msgid, msgstr, flags=["python-format"] if "%(" in msgid else [])
    headers = [(k, created if k == "POT-Creation-Date" else v) for k, v in catalog.mime_headers]
    catalog.mime_headers = headers
    out = io.BytesIO()
    write_po(out, catalog, width=None, ignore_obsolete=True, sort_output=True)
    path.write_bytes(out.getvalue())


def _entries(path: Path) -> dict[str, object]:
    return {m.id: m.string for m in read_po(io.BytesIO(path.read_bytes())) if m.id}


@pytest.fixture()
def repo(tmp_path: Path) -> Path:
    """A scratch repository holding the real catalogues, .gitattributes and scripts, on a base commit."""
    repo = tmp_path / "clone"
    (repo / "scripts").mkdir(parents=True)
    for name in (POT, PO, ".gitattributes", "scripts/i18n", "scripts/po_merge.py"):
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / name, repo / name)
    (repo / ".venv").symlink_to(Path(sys.executable).parent.parent)  # the script's interpreter, with Babel
    (repo / ".gitignore").write_text(".venv\n")
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "base")
    return repo


def _two_branches(repo: Path, ours: dict[str, str], theirs: dict[str, str]) -> None:
    """Branch ``a`` and ``b`` from the base, each adding its messages to the template and the French catalogue
    with its own creation date (as two engineers running scripts/i18n on the same day)."""
    for branch, add, created in (("a", ours, "2026-12-02 10:00+0000"), ("b", theirs, "2026-12-02 11:00+0000")):
        _git(repo, "checkout", "-q", "-b", branch, "main")
        _edit(repo / POT, dict.fromkeys(add, ""), created)
        _edit(repo / PO, add, created)
        _git(repo, "commit", "-qam", f"messages of {branch}")
    _git(repo, "checkout", "-q", "a")


# two messages that sort next to each other (before every real one), so their lines touch
OURS = {"  merge test: ours %(n)s": "  essai de fusion : le nôtre %(n)s"}
THEIRS = {"  merge test: theirs %(n)s": "  essai de fusion : le leur %(n)s"}


def test_without_the_driver_the_branches_conflict(repo: Path) -> None:
    """The conflict is real: git's line merge stops on both catalogues (the proof the driver is needed)."""
    _two_branches(repo, OURS, THEIRS)
    merged = _git(repo, "merge", "-q", "b", check=False)
    assert merged.returncode != 0
    unmerged = set(_git(repo, "diff", "--name-only", "--diff-filter=U").stdout.split())
    assert unmerged == {PO, POT}
    assert "<<<<<<<" in (repo / PO).read_text(encoding="utf-8")


def test_the_driver_merges_them_entry_by_entry(repo: Path) -> None:
    before = _entries(repo / PO)
    assert _git(repo, "check-attr", "merge", "--", PO, POT).stdout.count("merge: rome-po") == 2
    installed = subprocess.run(["bash", "scripts/i18n", "--install"], cwd=repo, capture_output=True, text=True,
                               env={**os.environ, "HOME": str(repo.parent), "GIT_CONFIG_NOSYSTEM": "1"})
    assert installed.returncode == 0, installed.stderr
    _two_branches(repo, OURS, THEIRS)
    merged = _git(repo, "merge", "-q", "--no-edit", "b", check=False)
    assert merged.returncode == 0, merged.stdout + merged.stderr
    assert _git(repo, "status", "--porcelain").stdout == ""
    po = (repo / PO).read_text(encoding="utf-8")
    assert "<<<<<<<" not in po
    after = _entries(repo / PO)
    assert after == {**before, **OURS, **THEIRS}  # every entry of the base kept, both sides' added
    assert '"POT-Creation-Date: 2026-12-02 11:00+0000\\n"' in po  # the later extraction's date
    assert set(_entries(repo / POT)) == set(after)
    # the result is written as Babel writes it: read and written back, byte for byte the same
    out = io.BytesIO()
    write_po(out, read_po(io.BytesIO(po.encode())), width=None, ignore_obsolete=True, sort_output=True)
    assert out.getvalue().decode() == po


def test_two_translations_of_one_message_stay_a_conflict(repo: Path) -> None:
    """Both sides translate the same new message differently: no silent choice. Git is told the merge failed;
    the file is still a catalogue (no markers), ours kept fuzzy with theirs beside it, which tests/i18n refuses."""
    subprocess.run(["bash", "scripts/i18n", "--install"], cwd=repo, capture_output=True, check=True,
                   env={**os.environ, "HOME": str(repo.parent), "GIT_CONFIG_NOSYSTEM": "1"})
    msgid = "  merge test: %(n)s"
    _two_branches(repo, {msgid: "  essai : %(n)s"}, {msgid: "  essai de fusion : %(n)s"})
    merged = _git(repo, "merge", "-q", "b", check=False)
    assert merged.returncode != 0
    assert PO in _git(repo, "diff", "--name-only", "--diff-filter=U").stdout.split()
    po = (repo / PO).read_text(encoding="utf-8")
    assert "<<<<<<<" not in po
    entry = next(m for m in read_po(io.BytesIO(po.encode())) if m.id == msgid)
    assert entry.string == "  essai : %(n)s" and "fuzzy" in entry.flags
    assert entry.user_comments == ["theirs: '  essai de fusion : %(n)s'"]
    assert POT not in _git(repo, "diff", "--name-only", "--diff-filter=U").stdout.split()  # the template agreed


def test_the_one_command_recipe_without_the_driver(repo: Path) -> None:
    """A clone that never ran --install: the merge stops; `bash scripts/i18n --merge` merges the catalogues as the
    driver would and stages them, and the merge commits."""
    _two_branches(repo, OURS, THEIRS)
    assert _git(repo, "merge", "-q", "b", check=False).returncode != 0
    fixed = subprocess.run(["bash", "scripts/i18n", "--merge"], cwd=repo, capture_output=True, text=True)
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
    assert _git(repo, "diff", "--name-only", "--diff-filter=U").stdout == ""
    assert {**OURS, **THEIRS}.items() <= _entries(repo / PO).items()
    _git(repo, "commit", "-qm", "merge b")
    assert "<<<<<<<" not in (repo / PO).read_text(encoding="utf-8")


def test_an_entry_removed_on_one_side_and_left_alone_on_the_other_goes(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import po_merge
    finally:
        sys.path.remove(str(ROOT / "scripts"))

    def po(entries: dict[str, str]) -> bytes:
        catalog = Catalog(locale="fr")
        for msgid, msgstr in entries.items():
            catalog.add(msgid, msgstr)
        out = io.BytesIO()
        write_po(out, catalog, width=None, sort_output=True)
        return out.getvalue()

    base = po({"kept": "gardé", "gone": "parti", "changed": "avant"})
    ours = po({"kept": "gardé", "changed": "avant"})                         # removed "gone"
    theirs = po({"kept": "gardé", "gone": "parti", "changed": "après"})     # translated "changed" anew
    merged, conflicts = po_merge.merge(base, ours, theirs)
    assert conflicts == []
    assert {m.id: m.string for m in read_po(io.BytesIO(merged)) if m.id} == {"kept": "gardé", "changed": "après"}
