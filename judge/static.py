"""Static checks of a submission before it runs: syntax, and forbidden calls.

Forbidden names are dotted (``torch.nn.functional.layer_norm``), a whole module
(``torch``), ``@`` (the matrix-multiply operator) or ``*.name`` (any attribute
of that name, e.g. ``*.dot``). Imports are followed through aliases
(``import torch.nn.functional as F``; ``from torch.nn import functional``),
constant ``getattr`` strings and ``__import__``/``importlib.import_module``
calls. What this cannot see (computed strings) the runtime guards catch.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    name: str  # the forbidden name matched
    line: int
    text: str  # what the code said

    def describe(self) -> str:
        return f"line {self.line}: {self.text} ({self.name} is forbidden)"


class _Resolver(ast.NodeVisitor):
    def __init__(self, forbidden: list[str]) -> None:
        self.forbidden = [f for f in forbidden if f != "@" and not f.startswith("*")]
        self.attrs = {f.lstrip("*.") for f in forbidden if f.startswith("*")}
        self.matmul = "@" in forbidden
        self.aliases: dict[str, str] = {}
        self.findings: list[Finding] = []

    def _match(self, dotted: str | None, node: ast.AST, text: str | None = None) -> None:
        if not dotted:
            return
        for name in self.forbidden:
            if dotted == name or dotted.startswith(name + "."):
                self.findings.append(Finding(name, getattr(node, "lineno", 0), text or dotted))
                return

    def dotted(self, node: ast.AST) -> str | None:
        """``np.linalg.norm`` -> ``numpy.linalg.norm`` through the import aliases."""
        if isinstance(node, ast.Name):
            return self.aliases.get(node.id)
        if isinstance(node, ast.Attribute):
            base = self.dotted(node.value)
            return f"{base}.{node.attr}" if base else None
        if isinstance(node, ast.Call):
            return self._call_target(node)
        return None

    def _call_target(self, node: ast.Call) -> str | None:
        fn = node.func
        const = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
        if isinstance(fn, ast.Name) and fn.id == "getattr" and len(node.args) >= 2 and const:
            base = self.dotted(node.args[0])
            return f"{base}.{const[0]}" if base else None
        name = self.dotted(fn) if not isinstance(fn, ast.Name) else (self.aliases.get(fn.id) or fn.id)
        if name in ("__import__", "importlib.import_module", "builtins.__import__") and const:
            return const[0]
        return None

    def visit_Import(self, node: ast.Import) -> None:
        for a in node.names:
            self._match(a.name, node, f"import {a.name}")
            if a.asname:
                self.aliases[a.asname] = a.name
            else:
                top = a.name.split(".")[0]
                self.aliases[top] = top

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.level or not node.module:
            return
        for a in node.names:
            full = f"{node.module}.{a.name}"
            self._match(node.module if a.name == "*" else full, node, f"from {node.module} import {a.name}")
            self.aliases[a.asname or a.name] = full

    def visit_Attribute(self, node: ast.Attribute) -> None:
        if node.attr in self.attrs:
            self.findings.append(Finding(f"*.{node.attr}", node.lineno, f".{node.attr}"))
        self._match(self.dotted(node), node)
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        target = self._call_target(node)
        if target:
            self._match(target, node)
        if isinstance(node.func, ast.Name) and node.func.id == "getattr" and len(node.args) >= 2:
            arg = node.args[1]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value in self.attrs:
                self.findings.append(Finding(f"*.{arg.value}", node.lineno, f"getattr(..., {arg.value!r})"))
        self.generic_visit(node)

    def visit_BinOp(self, node: ast.BinOp) -> None:
        if self.matmul and isinstance(node.op, ast.MatMult):
            self.findings.append(Finding("@", node.lineno, "the @ operator"))
        self.generic_visit(node)

    def visit_AugAssign(self, node: ast.AugAssign) -> None:
        if self.matmul and isinstance(node.op, ast.MatMult):
            self.findings.append(Finding("@", node.lineno, "the @= operator"))
        self.generic_visit(node)


def parse(source: str, filename: str) -> ast.Module:
    """Raises SyntaxError (with line and message) for code that does not compile."""
    tree = ast.parse(source, filename=filename)
    compile(tree, filename, "exec", dont_inherit=True)  # errors ast.parse lets through
    return tree


def forbidden_uses(tree: ast.Module, forbidden: list[str] | tuple[str, ...]) -> list[Finding]:
    """Every use of a forbidden name, first by line; imports are seen before uses."""
    if not forbidden:
        return []
    resolver = _Resolver(list(forbidden))
    # Module-level imports first, so that a function defined above an import still resolves.
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            resolver.visit(node)
    resolver.findings.clear()
    resolver.visit(tree)
    unique = {(f.name, f.line, f.text): f for f in resolver.findings}
    return sorted(unique.values(), key=lambda f: f.line)
