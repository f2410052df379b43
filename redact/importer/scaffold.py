"""Converted documents -> the files of a review folder, and a `review.yml` to finish by hand.

A report arrives as one file holding the executive summary, the overview report and the action
plan, or as one file for each. Headings named like those parts split the text into
`executive-summary.md`, `overview-report.md` and `action-plan.md`. The metadata file gets what
the text itself says (the label, the CSP, the lead agencies of the action plan) and TODO values
for the rest, chosen so that `load_review_metadata` rejects the file, naming each field, until a
person fills them in: an import can never be published by accident.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from redact.importer.model import Block, BlockKind, ConvertedDocument
from redact.review import DOCUMENT_FILES, METADATA_FILE_NAME

IMAGES_DIR = "images"
_PARTS = (
    ("executive_summary", re.compile(r"\bexecutive\s+summary\b", re.IGNORECASE)),
    ("action_plan", re.compile(r"\baction\s+plan\b", re.IGNORECASE)),
    ("overview_report", re.compile(r"\boverview\s+report\b|^\s*overview\s*$", re.IGNORECASE)),
)
_FOOTNOTE_REF = re.compile(r"\[\^([^\]\s]+)\]")
_CSP = re.compile(r"\b((?:[A-Z][\w'’-]+ ){1,3})Community Safety Partnership\b")
_AGENCY_HEADER = re.compile(r"lead|agency|organisation|responsib|owner", re.IGNORECASE)

# Every field the scaffold leaves for a person, with what to write. The value written for each
# fails validation (an empty text, an empty list, "TODO" where a choice or a date is expected).
TODO_HELP: dict[str, str] = {
    "label": "DHR or DARDR",
    "reference": "the Home Office library's year and letter, e.g. 2023/a",
    "pseudonyms": "every pseudonym used in the text, with who it refers to",
    "independent_chair": "the independent chair's name, as published",
    "author": "the report author's name, as published",
    "csp": "the Community Safety Partnership's area, e.g. Northshire",
    "region": "e.g. North West",
    "police_force_area": "e.g. Northshire Police",
    "month_of_death": "month and year only, YYYY-MM (never the day)",
    "dates.commissioned": "the date the review was commissioned, YYYY-MM-DD",
    "status": "published, pended or withdrawn",
    "case_category": "intimate-partner-homicide, familial-homicide, parricide, "
    "homicide-suicide, suicide-following-domestic-abuse, older-victim or other",
    "victim.age_band": "16-19, 20-24, 25-34, 35-44, 45-54, 55-64 or 65+",
    "victim.sex": "female, male or not stated",
    "agencies": "the agencies that had contact",
    "marac": "true or false: was the case heard at a MARAC?",
    "children_affected": "true or false",
    "themes": "learning themes from site_config/themes.yml, e.g. [risk-assessment]",
}


@dataclass
class Plan:
    """What an import will write, relative to the review folder, and what it could not read."""

    files: dict[str, bytes] = field(default_factory=dict)
    todo_fields: list[str] = field(default_factory=list)
    # Lines of the drafted review.yml (1-based) that hold text read from the document; the
    # other lines are the template's own words ("TODO", help), not worth a finding.
    metadata_document_lines: set[int] = field(default_factory=set)
    title: str = ""
    action_plan_rows: int = 0
    notes: list[str] = field(default_factory=list)


def part_of(heading: Block) -> str | None:
    """Which of the three published documents a level-1 or level-2 heading starts, if any."""
    if heading.kind is not BlockKind.HEADING or heading.level > 2:
        return None
    for key, pattern in _PARTS:
        if pattern.search(heading.text):
            return key
    return None


def _default_part(document: ConvertedDocument) -> str:
    """For text outside any named part: guess from the file name, else the overview report."""
    name = re.sub(r"[-_]+", " ", document.source.stem)
    for key, pattern in _PARTS:
        if pattern.search(name):
            return key
    return "overview_report"


def _relabel(block: Block, prefix: str) -> Block:
    if not prefix:
        return block
    markdown = _FOOTNOTE_REF.sub(lambda m: f"[^{prefix}{m.group(1)}]", block.markdown)
    return Block(
        block.kind,
        markdown,
        block.level,
        block.text,
        block.rows,
        tuple(prefix + label for label in block.footnotes),
    )


def _relevel(block: Block, shift: int) -> Block:
    if block.kind is not BlockKind.HEADING or shift <= 0:
        return block
    level = max(1, block.level - shift)
    markdown = "#" * level + block.markdown[block.level :]
    return Block(block.kind, markdown, level, block.text, block.rows, block.footnotes)


@dataclass
class _Split:
    parts: dict[str, list[Block]] = field(default_factory=dict)
    footnotes: dict[str, str] = field(default_factory=dict)
    orphans: dict[str, list[str]] = field(default_factory=dict)  # part -> unreferenced labels
    title: str = ""


def split(documents: Sequence[ConvertedDocument]) -> _Split:
    """Put every block of every document into one of the three parts, in order."""
    result = _Split()
    for index, document in enumerate(documents):
        prefix = f"d{index + 1}-" if index else ""
        default = _default_part(document)
        blocks = [_relabel(block, prefix) for block in document.blocks]
        preamble: list[Block] = []
        current: str | None = None
        shift = 0
        for block in blocks:
            key = part_of(block)
            if key is not None:
                current = key
                shift = block.level - 1
            if current is None:
                preamble.append(block)
                continue
            result.parts.setdefault(current, []).append(_relevel(block, shift))
        if preamble and preamble[0].kind is BlockKind.HEADING and not result.title:
            # The report's title: recorded in review.yml (the site shows its own title).
            result.title = preamble.pop(0).text
        if preamble:
            target = result.parts.setdefault(default, [])
            position = 1 if target and part_of(target[0]) else 0
            lowest = min((b.level for b in preamble if b.kind is BlockKind.HEADING), default=2)
            preamble = [_relevel(b, lowest - 2) for b in preamble]
            target[position:position] = preamble
        referenced = {
            label for part in result.parts.values() for b in part for label in b.footnotes
        }
        for label, text in document.footnotes.items():
            result.footnotes[prefix + label] = text
            if prefix + label not in referenced:
                result.orphans.setdefault(default, []).append(prefix + label)
    return result


def render_part(blocks: Sequence[Block], footnotes: dict[str, str], orphans: Sequence[str]) -> str:
    """One Markdown document: the blocks, then the footnotes it refers to, in order."""
    text = "\n\n".join(block.markdown for block in blocks)
    labels: list[str] = []
    for block in blocks:
        for label in block.footnotes:
            if label in footnotes and label not in labels:
                labels.append(label)
    labels += [label for label in orphans if label not in labels]
    if labels:
        text += "\n\n" + "\n".join(f"[^{label}]: {footnotes[label]}" for label in labels)
    return text.rstrip() + "\n"


def _agencies(tables: Sequence[Block]) -> list[str]:
    found: list[str] = []
    for table in tables:
        if not table.rows:
            continue
        header = table.rows[0]
        columns = [i for i, cell in enumerate(header) if _AGENCY_HEADER.search(cell)]
        preferred = [i for i in columns if re.search(r"lead", header[i], re.IGNORECASE)]
        for column in (preferred or columns)[:1]:
            for row in table.rows[1:]:
                value = row[column].strip() if column < len(row) else ""
                if value and value not in found:
                    found.append(value)
    return found


def _quote(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid YAML scalar


def metadata_scaffold(
    sources: Sequence[str], title: str, body: str, agencies: Sequence[str]
) -> tuple[str, list[str], set[int]]:
    """The text of review.yml, the fields left TODO, and the lines holding document text."""
    todo: list[str] = []
    from_document: set[int] = set()
    label = ""
    if re.search(r"domestic abuse related death review", body, re.IGNORECASE):
        label = "DARDR"
    elif re.search(r"domestic homicide review", body, re.IGNORECASE):
        label = "DHR"
    csp_match = _CSP.search(body)
    csp = csp_match.group(1).strip() if csp_match else ""

    def todo_line(key: str, value: str, indent: str = "") -> str:
        todo.append(key)
        return f"{indent}{key.split('.')[-1]}: {value}  # TODO: {TODO_HELP[key]}"

    def read_line(key: str, value: str, what: str) -> str:
        from_document.add(len(lines) + 1)
        return f"{key}: {_quote(value)}  # read from the document: check it ({what})"

    title_line = " ".join(title.split())
    lines = [
        f"# Review metadata drafted by `redact import` from: {', '.join(sources)}",
        "# Every field marked TODO must be filled in before this review can be published;",
        "# until then `redact check` and the site build reject this file.",
    ]
    from_document.add(1)  # the source file names
    if title_line:
        lines.append(f"# document title: {title_line}")
        from_document.add(len(lines))
    lines.append(
        read_line("label", label, TODO_HELP["label"]) if label else todo_line("label", "TODO")
    )
    lines.append(todo_line("reference", "TODO"))
    todo.append("pseudonyms")
    lines += [
        f"pseudonyms:  # TODO: {TODO_HELP['pseudonyms']}",
        '  - name: ""  # TODO: the pseudonym as used in the text, e.g. Adult A',
        "    refers_to: TODO  # victim, perpetrator, child, family member, friend, partner or other",
    ]
    lines.append(todo_line("independent_chair", '""'))
    lines.append(todo_line("author", '""'))
    lines.append(read_line("csp", csp, "the CSP's area") if csp else todo_line("csp", '""'))
    lines.append(todo_line("region", '""'))
    lines.append(todo_line("police_force_area", '""'))
    lines.append(todo_line("month_of_death", "TODO"))
    lines.append("dates:")
    lines.append(todo_line("dates.commissioned", "TODO", "  "))
    lines.append(todo_line("status", "TODO"))
    lines.append(todo_line("case_category", "TODO"))
    lines.append("victim:")
    lines.append(todo_line("victim.age_band", "TODO", "  "))
    lines.append(todo_line("victim.sex", "TODO", "  "))
    if agencies:
        lines.append("agencies:  # read from the action plan's lead agency column: check, complete")
        for agency in agencies:
            lines.append(f"  - {_quote(agency)}")
            from_document.add(len(lines))
    else:
        lines.append("agencies: []  # TODO: the agencies that had contact (may stay empty)")
    lines.append(todo_line("marac", "TODO"))
    lines.append(todo_line("children_affected", "TODO"))
    lines.append(todo_line("themes", "[]"))
    lines.append("# real_name_decision: only if the family explicitly chose to use the real name;")
    lines.append("# see README 'Review metadata' for the fields it needs.")
    return "\n".join(lines) + "\n", todo, from_document


def plan_review(
    documents: Sequence[ConvertedDocument],
    images: Sequence[tuple[str, bytes]],
    write_metadata: bool,
) -> Plan:
    """Everything the import will write, relative to the review folder."""
    plan = Plan()
    parts = split(documents)
    plan.title = parts.title
    for key, name in DOCUMENT_FILES.items():
        blocks = parts.parts.get(key, [])
        orphans = parts.orphans.get(key, [])
        if blocks or orphans:
            plan.files[name] = render_part(blocks, parts.footnotes, orphans).encode("utf-8")
    for name, data in images:
        plan.files[f"{IMAGES_DIR}/{name}"] = data
    action_tables = [b for b in parts.parts.get("action_plan", []) if b.kind is BlockKind.TABLE]
    plan.action_plan_rows = sum(max(len(t.rows) - 1, 0) for t in action_tables)
    if write_metadata:
        body = "\n".join(b.markdown for part in parts.parts.values() for b in part)
        body = parts.title + "\n" + body
        text, plan.todo_fields, plan.metadata_document_lines = metadata_scaffold(
            [d.source.name for d in documents], parts.title, body, _agencies(action_tables)
        )
        plan.files[METADATA_FILE_NAME] = text.encode("utf-8")
    if not parts.parts:
        plan.notes.append("no text was found to import")
    return plan
