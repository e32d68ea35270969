"""The shape of the code (README "Layout of the code", shared STYLE.md): no import cycles among the
modules of app/ and widgets/, not even under TYPE_CHECKING, and no module over 600 lines.

The imports are read from the source (ast), not from a running interpreter, so an import inside a
function or an `if TYPE_CHECKING:` block counts as much as one at the top.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("app", "widgets")
MAX_LINES = 600


def modules() -> dict[str, Path]:
    """Every module of app/ and widgets/ by its dotted name (a package by its own name)."""
    found: dict[str, Path] = {}
    for top in PACKAGES:
        for path in sorted((ROOT / top).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            found[name] = path
    return found


def imported_names(name: str, path: Path) -> Iterator[str]:
    """Every dotted name `path` imports, relative imports resolved; `from a import b` gives a and a.b."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            yield module
            yield from (f"{module}.{alias.name}" for alias in node.names)


def import_graph() -> dict[str, set[str]]:
    """Module -> the modules of ours it imports. A package importing its own submodules is no edge:
    its face re-exports them, and counting that would make every package a cycle."""
    known = modules()
    graph: dict[str, set[str]] = {}
    for name, path in known.items():
        targets = set()
        for imported in imported_names(name, path):
            while imported and imported not in known:  # `from app.x import SomeClass` -> app.x
                imported = imported.rpartition(".")[0]
            if imported and imported != name and not imported.startswith(name + "."):
                targets.add(imported)
        graph[name] = targets
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(start: str) -> None:
        # Iterative: a long chain of imports must not hit Python's recursion limit.
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))

    for name in sorted(graph):
        if name not in index:
            visit(name)
    return sorted(found)


def test_the_cycle_finder_finds_a_cycle_and_only_it() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": {"e2"}, "e2": set()}
    assert cycles(graph) == [["a", "b", "c"]]


def test_the_import_reader_sees_type_checking_and_relative_imports(tmp_path: Path) -> None:
    source = tmp_path / "view.py"
    source.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from widgets.board.board_view import BoardView\n"
        "from . import sibling\n"
        "def later():\n"
        "    import app.commands\n",
        encoding="utf-8",
    )
    names = set(imported_names("widgets.board.view", source))
    assert {"widgets.board.board_view.BoardView", "widgets.board.sibling", "app.commands"} <= names


def test_no_import_cycles() -> None:
    found = cycles(import_graph())
    assert found == [], "import cycles (modules that import each other, TYPE_CHECKING included):\n" + "\n".join(
        " <-> ".join(cycle) for cycle in found
    )


def test_no_module_over_600_lines() -> None:
    long = {
        name: count
        for name, path in modules().items()
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}, f"modules over {MAX_LINES} lines (split them where they hold two ideas): {long}"


def public_face(package: Path) -> set[str]:
    """The modules a widgets/ package lists in its `__init__.py`'s `__all__`."""
    tree = ast.parse((package / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            return set(ast.literal_eval(node.value))
    return set()


def test_feature_packages_are_entered_through_their_public_face() -> None:
    """A widgets/ feature package is used from outside only through the modules its `__all__` names."""
    faces = {
        f"widgets.{path.parent.name}": public_face(path.parent)
        for path in sorted((ROOT / "widgets").glob("*/__init__.py"))
    }
    listed_but_missing = [
        f"{package}.{module}"
        for package, face in faces.items()
        for module in face
        if not (ROOT / package.replace(".", "/") / f"{module}.py").exists()
    ]
    assert listed_but_missing == [], f"__all__ names modules that do not exist: {listed_but_missing}"
    trespasses = sorted(
        f"{importer} -> {target}"
        for importer, targets in import_graph().items()
        for target in targets
        if target.count(".") == 2
        and (package := target.rpartition(".")[0]) in faces
        and not importer.startswith(package + ".")
        and target.rpartition(".")[2] not in faces[package]
    )
    assert trespasses == [], (
        "imports past a package's public face (add to its __all__, or use the face):\n" + "\n".join(trespasses)
    )
