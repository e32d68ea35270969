"""Child process of test_kill.py: edits a workshop until it is killed.

Run as `python -m tests.kill_writer PATH SEED FIRST_VALUE` from the repository
root. Before each edit it prints `try <kind> <note id> <value>`, and after the
document's commit has returned (and no write failure was reported) it prints
`ok <kind> <note id> <value>`, flushing both: an `ok` line is an acknowledged
edit that must survive a SIGKILL. Values increase by one per edit, so the
parent can tell which edit a note holds. No QApplication: start-up stays fast.
"""

from __future__ import annotations

import random
import sys

from app.document import WorkshopDocument
from app.domain.model import Note
from app.storage.workshop_file import WorkshopFile


def main(path: str, seed: int, value: int) -> int:
    document = WorkshopDocument.open(WorkshopFile.open(path))
    failures: list[str] = []
    document.write_failed.connect(failures.append)
    rng = random.Random(seed)
    note_ids = [n.id for n in document.workshop.notes]
    board_id = document.workshop.boards[0].id
    print("ready", flush=True)
    while True:
        value += 1
        if not note_ids or rng.random() < 0.3:
            note_id = f"n-{value}"
            print(f"try add {note_id} {value}", flush=True)
            document.add_notes([Note(board_id, text=f"v{value}", x=float(value), z=float(value), id=note_id)])
            note_ids.append(note_id)
            kind = "add"
        else:
            note_id = rng.choice(note_ids)
            print(f"try change {note_id} {value}", flush=True)
            document.change_notes({note_id: {"x": float(value), "text": f"v{value}"}})
            kind = "change"
        if failures:
            print(f"failed {failures[0]}", flush=True)
            return 1
        print(f"ok {kind} {note_id} {value}", flush=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3])))
