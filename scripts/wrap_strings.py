"""Wrap the user-facing string literals of modules in ``translate()`` (a codemod; review its diff).

Usage: python scripts/wrap_strings.py REPO_ROOT FILE.py [FILE.py ...] [--report]

Literals with words inside functions become ``translate("<module context>", "...")``; f-strings
become ``translate(ctx, "Remove {name}?").format(name=lock.name)``. Literals evaluated when a
module loads become ``translate_noop(...)`` and are listed as MODULE-LEVEL: translate them where
they are shown. Counts written as ``f"{n} lock{'s' if ...}"`` need turning into ``%n`` plurals
by hand. Then run scripts/update_translations.py and translate the new texts.
"""
import ast
import re
import sys
from pathlib import Path

SKIP_CALLS = {
    "setObjectName", "setStyleSheet", "setProperty", "property", "objectName", "value", "setValue",
    "Signal", "Slot", "isinstance", "getattr", "setattr", "hasattr", "compile", "match", "search", "sub",
    "findChild", "findChildren", "startswith", "endswith", "split", "join", "replace", "strip", "rstrip", "lstrip",
    "translate", "translate_noop",
    "QColor", "fromTheme", "resource_path", "Path", "setAccessibleName_never", "contains", "remove",
    "beginGroup", "get", "pop", "setdefault", "mkdtemp", "NamedTemporaryFile", "encode", "decode", "strftime",
    "strptime", "fromisoformat", "toString", "fromString", "QDate", "QKeySequence", "setShortcut", "open",
    "format_exc", "setFontFamily", "QFont", "setFamily", "setFamilies", "setDisplayFormat", "mimeData",
    "setData", "hasFormat", "QRegularExpression", "setMimeType", "QUrl", "fromLocalFile", "setPageSize",
    "svg_icon", "icon", "setStyle", "tinted_icon", "load", "setDefaultSuffix", "setNameFilter_never",
}
SKIP_KW = {"objectName", "object_name", "key", "name"}
LOG_NAMES = {"log", "logger", "logging", "_log"}


def ctx_name(path: Path) -> str:
    parts = path.resolve().relative_to(ROOT).with_suffix("").parts
    parts = parts[1:]
    return ".".join(parts[1:] if parts[0] == "ui" else parts)


def wordy(text: str) -> bool:
    text = re.sub(r"<[^>]*>", " ", text)
    text = re.sub(r"\{[^{}]*\}", " ", text)
    if not re.search(r"[A-Za-z]{2,}", text):
        return False
    if re.search(r"[{};]", text) and re.search(r"[#:]\s*\w", text) and "{" in text and ";" in text:
        return False  # stylesheet
    if " " in text.strip() or "\n" in text.strip():
        if re.fullmatch(r"[\w.\-/:%#]+( [\w.\-/:%#]+)*", text) and text == text.lower() and "_" in text:
            return False
        return True
    t = text.strip()
    if re.fullmatch(r"&?[A-Z][a-z]+[.…:!?]?|&?[A-Z][a-z]*&?[a-z]+[.…:!?]?|[A-Z][a-z]+…|OK|&\w+", t):
        return True
    if t.endswith("…") or t.endswith(":"):
        return True
    return False


class Finder(ast.NodeVisitor):
    def __init__(self, source: str):
        self.hits = []  # (node, kind)
        self.stack = []
        self.func_depth = 0
        self.docs = set()
        self.module_level = []

    def generic_visit(self, node):
        self.stack.append(node)
        super().generic_visit(node)
        self.stack.pop()

    def visit_FunctionDef(self, node):
        self._doc(node)
        self.func_depth += 1
        self.generic_visit(node)
        self.func_depth -= 1

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_ClassDef(self, node):
        self._doc(node)
        self.generic_visit(node)

    def visit_Module(self, node):
        self._doc(node)
        self.generic_visit(node)

    def visit_Lambda(self, node):
        self.func_depth += 1
        self.generic_visit(node)
        self.func_depth -= 1

    def _doc(self, node):
        if node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant):
            self.docs.add(id(node.body[0].value))
        # attribute docstrings: string Expr statements anywhere in body
        for stmt in node.body:
            if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant):
                self.docs.add(id(stmt.value))

    def skipped(self, node) -> bool:
        child = node
        for parent in reversed(self.stack):
            if isinstance(parent, ast.Call):
                f = parent.func
                if child is f:
                    child = parent
                    continue
                name = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""
                if name in SKIP_CALLS and child is not f:
                    if name in ("value", "setValue", "get", "pop", "setdefault", "contains", "remove") and child is not (parent.args[0] if parent.args else None):
                        pass
                    else:
                        return True
                if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and f.value.id in LOG_NAMES:
                    return True
                for kw in parent.keywords:
                    if kw.value is child and kw.arg in SKIP_KW:
                        return True
            if isinstance(parent, ast.Dict) and child in parent.keys:
                return True
            if isinstance(parent, ast.Compare):
                return True
            if isinstance(parent, ast.Subscript) and child is parent.slice:
                return True
            if isinstance(parent, ast.Raise):
                return True
            if isinstance(parent, ast.JoinedStr):
                return True
            if isinstance(parent, (ast.FunctionDef, ast.ClassDef)) and child in getattr(parent.args, "defaults", []) if isinstance(parent, ast.FunctionDef) else False:
                return True
            if isinstance(parent, ast.Assert):
                return True
            if isinstance(parent, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in parent.targets):
                return True
            if isinstance(parent, (ast.stmt,)):
                break
            child = parent
        return False

    def visit_Constant(self, node):
        if isinstance(node.value, str) and id(node) not in self.docs and wordy(node.value) and not self.skipped(node):
            self.hits.append((node, self.func_depth > 0))

    def visit_JoinedStr(self, node):
        lit = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        if wordy(lit) and not self.skipped(node):
            self.hits.append((node, self.func_depth > 0))
        # do not descend


def quote(text: str) -> str:
    out = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return '"' + out + '"'


def placeholder_name(expr: ast.expr) -> str:
    if isinstance(expr, ast.Name):
        return expr.id.lstrip("_")
    if isinstance(expr, ast.Attribute):
        return expr.attr.lstrip("_")
    if isinstance(expr, ast.Call):
        f = expr.func
        n = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else "value"
        return n.lstrip("_")
    return "value"


def fstring_call(node: ast.JoinedStr, source_of, ctx: str) -> str:
    parts = []
    names: dict[str, str] = {}  # name -> expr src
    for v in node.values:
        if isinstance(v, ast.Constant):
            parts.append(v.value.replace("{", "{{").replace("}", "}}"))
        else:
            src = source_of(v.value)
            base = placeholder_name(v.value)
            name = base
            i = 2
            while name in names and names[name] != src:
                name = f"{base}{i}"
                i += 1
            names[name] = src
            conv = {-1: "", 115: "!s", 114: "!r", 97: "!a"}[v.conversion]
            spec = ""
            if v.format_spec is not None:
                spec = ":" + "".join(x.value for x in v.format_spec.values if isinstance(x, ast.Constant))
            parts.append("{" + name + conv + spec + "}")
    args = ", ".join(f"{k}={s}" for k, s in names.items())
    return f"translate({quote(ctx)}, {quote(''.join(parts))}).format({args})"


def process(path: Path, report_only: bool = False) -> list[str]:
    text = path.read_text()
    tree = ast.parse(text)
    finder = Finder(text)
    finder.visit(tree)
    data = text.encode()
    line_starts = [0]
    for line in data.split(b"\n")[:-1]:
        line_starts.append(line_starts[-1] + len(line) + 1)

    def span(n):
        return line_starts[n.lineno - 1] + n.col_offset, line_starts[n.end_lineno - 1] + n.end_col_offset

    def source_of(n):
        a, b = span(n)
        return data[a:b].decode()

    ctx = ctx_name(path)
    notes = []
    edits = []
    for node, in_func in finder.hits:
        a, b = span(node)
        if not in_func:
            if isinstance(node, ast.Constant):
                edits.append((a, b, f"translate_noop({quote(ctx)}, {data[a:b].decode()})"))
            notes.append(f"{path}:{node.lineno}: MODULE-LEVEL {data[a:b].decode()[:70]}")
            continue
        if isinstance(node, ast.Constant):
            new = f"translate({quote(ctx)}, {data[a:b].decode()})"
        else:
            new = fstring_call(node, source_of, ctx)
        edits.append((a, b, new))
    if report_only or not edits:
        return notes
    edits.sort(reverse=True)
    for a, b, new in edits:
        data = data[:a] + new.encode() + data[b:]
    out = data.decode()
    need = []
    if "translate(" in out and not re.search(r"^from lockcare\.core\.i18n import .*\btranslate\b", out, re.M):
        need.append("translate")
    if "translate_noop(" in out and not re.search(r"^from lockcare\.core\.i18n import .*translate_noop", out, re.M):
        need.append("translate_noop")
    if need:
        tree2 = ast.parse(text)
        last = 0
        for stmt in tree2.body:
            if isinstance(stmt, (ast.Import, ast.ImportFrom)):
                last = stmt.end_lineno
        lines = out.split("\n")
        lines.insert(last, f"from lockcare.core.i18n import {', '.join(sorted(need))}")
        out = "\n".join(lines)
    path.write_text(out)
    return notes


ROOT = Path(__file__).resolve().parents[1]
if __name__ == "__main__":
    ROOT = Path(sys.argv[1]).resolve()
    report = "--report" in sys.argv
    for f in sys.argv[2:]:
        if f == "--report":
            continue
        for note in process(Path(f), report):
            print(note)
