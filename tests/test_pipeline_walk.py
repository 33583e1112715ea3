"""Walking folders of plans: symlink loops, odd names, hidden and lock files, missing paths."""

from __future__ import annotations

import os
from pathlib import Path

from ehcaudit.pipeline import iter_plan_files


def test_symlink_loops_and_odd_names(tmp_path: Path):
    root = tmp_path / "plans"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "plan é (copy) #2.md").write_text("# Section A\nx\n", encoding="utf-8")
    (root / "a.docx").write_bytes(b"")
    (root / "~$a.docx").write_bytes(b"lock")
    (root / ".hidden.md").write_text("x", encoding="utf-8")
    (root / "notes.pdf").write_bytes(b"%PDF")
    os.symlink(root, root / "sub" / "loop")  # a folder that contains itself
    os.symlink(root / "missing.docx", root / "broken.docx")
    found = [(p.name, e) for p, e in iter_plan_files([root])]
    names = sorted(n for n, e in found if e is None)
    # a PDF is a plan file (read, or reported as unreadable: here "corrupt PDF") rather than
    # an audit silently leaving a plan out; lock files, hidden files and loops are skipped
    assert names == ["a.docx", "notes.pdf", "plan é (copy) #2.md"]


def test_missing_path_and_special_file(tmp_path: Path):
    fifo = tmp_path / "pipe.docx"
    os.mkfifo(fifo)
    results = dict((p.name, e) for p, e in iter_plan_files([tmp_path / "nope", fifo]))
    assert results["nope"].reason == "no such file or folder"
    assert "not a regular file" in results["pipe.docx"].reason
