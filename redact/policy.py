"""Site policy: what a CSP declares publishable, and how severe each kind of finding is.

Allow-list entries are exact and whole-span: an entry lets through a finding whose whole text is
that entry (ignoring case, a leading "the", a possessive and surrounding punctuation), never a
finding that merely contains it. Allowing "Jane" must not pass "Jane Smith". (The gate also
passes a finding whose words split into allowed entries, each whole: "Northshire MARAC".)
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from redact.findings import Severity

ALLOW_GROUPS = ("agencies", "roles", "places", "legislation", "other")
KNOWN_KEYS = {"themes_vocabulary", "site_area", "allow", "severity", "not_identifiers"}

# Placeholders that anonymised reports use in place of names: "Town A", "Address 1",
# "Hospital 2", "Police Officer B", "Adult C", "Mr D", "[redacted]".
_PLACEHOLDER_WORDS = (
    "town|village|city|area|district|estate|address|street|road|hospital|school|college|surgery|"
    "practice|pharmacy|pub|bar|club|church|mosque|temple|gurdwara|workplace|employer|company|"
    "shop|hotel|refuge|county|country|region|place|property|flat|house|home|location|"
    "adult|child|person|victim|perpetrator|friend|neighbour|relative|sibling|sister|brother|"
    "son|daughter|mother|father|partner|witness|colleague|family member|"
    "mr|mrs|ms|miss|dr|officer|police officer|detective|constable|sergeant|inspector|pc|dc|ds|di|"
    "gp|nurse|doctor|practitioner|social worker|worker|manager|idva|isva|idaa|advocate|"
    "paramedic|clinician|consultant|psychiatrist|psychologist|therapist|counsellor|teacher|"
    "housing officer|support worker|probation officer|chair|panel member|agency|imr author|"
    "interpreter|translator|"
    # parts of the report itself: "Appendix C", "Table 2", "Recommendation 4"
    "appendix|annex|annexe|table|figure|chart|recommendation|section|part|chapter|schedule|"
    # the same in Welsh, for bilingual reports: "Ardal A", "Pentref B", "Plentyn 1"
    "ardal|tref|pentref|cyfeiriad|ysbyty|ysgol|meddygfa|plentyn|oedolyn|swyddog|ffrind|cymydog"
)
_PLACEHOLDER = re.compile(
    rf"^(?:(?:the|a|an)\s+)?(?:{_PLACEHOLDER_WORDS})(?:\s+(?:{_PLACEHOLDER_WORDS}))*"
    # the letters in capitals: "Mr D", "Child AB"; not a two-letter surname ("Mrs Ho")
    r"\s+(?:(?-i:[A-Z]{1,2})|\d{1,3}|(?-i:[A-Z])\d{1,2})$",
    re.IGNORECASE,
)
_REDACTION_MARK = re.compile(
    r"^\[(?:redacted|removed|name removed|address removed|[A-Z]{1,3})\]$", re.IGNORECASE
)


class PolicyError(Exception):
    """The site policy file is unusable; the message says which file and what to fix."""


def normalise(text: str) -> str:
    """The form allow-list comparisons use: case-folded, possessive and 'the' dropped."""
    value = text.strip().strip("\"'“”‘’()[]{}.,;:!?*_`")
    value = re.sub(r"(?:'s|’s|'|’)$", "", value)
    value = re.sub(r"^(?:the)\s+", "", value, flags=re.IGNORECASE)
    value = re.sub(r"\s+", " ", value)
    return value.casefold()


def is_placeholder(text: str) -> bool:
    """True for the stand-ins anonymised reports use ("Town A", "Officer 2", "[redacted]")."""
    value = re.sub(r"(?:'s|’s)$", "", text.strip().strip("\"'“”‘’.,;:"))
    value = re.sub(r"\s+", " ", value)
    return bool(_PLACEHOLDER.match(value) or _REDACTION_MARK.match(value))


# A police force a site declares names its force area, which is public too ("the Avon and
# Somerset IMR" for "Avon and Somerset Police").
_POLICE_FORCE = re.compile(
    r"^(?P<area>.+?)\s+(?:Police(?:\s+Service)?|Constabulary|Police\s+Force)$", re.IGNORECASE
)


@dataclass(frozen=True)
class NotAnIdentifier:
    """A reviewer's recorded decision that an exact text is not an identifier in one review."""

    text: str
    review: str
    reason: str


@dataclass(frozen=True)
class SitePolicy:
    """The CSP's declarations. Built by `load_policy`; an empty policy allows nothing."""

    source: str = "(built-in empty policy)"
    site_area: tuple[str, ...] = ()
    allow: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    severity_overrides: Mapping[str, Severity] = field(default_factory=dict)
    themes_vocabulary: Path | None = None
    not_identifiers: tuple[NotAnIdentifier, ...] = ()

    def allowed_entries(self) -> dict[str, str]:
        """normalised text -> the group that allows it (for verbose output)."""
        entries: dict[str, str] = {}
        for text in self.site_area:
            entries[normalise(text)] = "site_area"
        for group, values in self.allow.items():
            for text in values:
                entries.setdefault(normalise(text), group)
        for text in self.allow.get("agencies", ()):
            area = _POLICE_FORCE.match(text.strip())
            if area is not None:
                entries.setdefault(normalise(area.group("area")), "agencies (police force area)")
        return entries

    def severity_for(self, entity_type: str, default: Severity) -> Severity:
        return self.severity_overrides.get(entity_type, default)

    def digest(self) -> str:
        """Changes whenever anything that could change a finding changes (cache key part)."""
        payload = {
            "site_area": list(self.site_area),
            "allow": {k: list(v) for k, v in sorted(self.allow.items())},
            "severity": {k: v.value for k, v in sorted(self.severity_overrides.items())},
            "not_identifiers": [(n.text, n.review, n.reason) for n in self.not_identifiers],
        }
        return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


def _string_list(value: Any, where: str, source: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise PolicyError(f"{source}: '{where}' must be a list of non-empty texts")
    for number, item in enumerate(value, start=1):
        if isinstance(item, dict):
            # "- Re H-N (domestic abuse: findings)": YAML reads a colon and a space as a key
            raise PolicyError(
                f"{source}: entry {number} of '{where}' is not a text: YAML read the ': ' in it "
                "as a key and a value. Put the whole entry in double quotes."
            )
        if not isinstance(item, str) or not item.strip():
            # what kind of value, never the value itself: this error is printed in CI logs too
            if item is None or (isinstance(item, str) and not item.strip()):
                problem = "is empty: write the text or remove the entry"
            elif isinstance(item, (int, float, bool)):
                problem = "is read as a number or a yes/no: put it in double quotes"
            else:
                problem = "is not a text: write it as one line"
            raise PolicyError(f"{source}: entry {number} of '{where}' {problem}")
    return tuple(v.strip() for v in value)


def parse_policy(data: Any, source: str, base_dir: Path | None = None) -> SitePolicy:
    """Validate a policy mapping. Unknown keys, groups or severities raise PolicyError."""
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise PolicyError(f"{source}: the policy must be a set of 'key: value' entries")
    unknown = sorted(set(data) - KNOWN_KEYS)
    if unknown:
        raise PolicyError(
            f"{source}: unknown key(s) {', '.join(unknown)}; allowed keys: {', '.join(sorted(KNOWN_KEYS))}"
        )
    allow_raw = data.get("allow") or {}
    if not isinstance(allow_raw, dict):
        raise PolicyError(f"{source}: 'allow' must map groups ({', '.join(ALLOW_GROUPS)}) to lists")
    bad_groups = sorted(set(allow_raw) - set(ALLOW_GROUPS))
    if bad_groups:
        raise PolicyError(
            f"{source}: unknown allow group(s) {', '.join(bad_groups)}; use {', '.join(ALLOW_GROUPS)}"
        )
    allow = {
        group: _string_list(allow_raw.get(group), f"allow.{group}", source)
        for group in ALLOW_GROUPS
    }
    severity_raw = data.get("severity") or {}
    if not isinstance(severity_raw, dict):
        raise PolicyError(f"{source}: 'severity' must map entity types to block or warn")
    severity: dict[str, Severity] = {}
    for entity, level in severity_raw.items():
        try:
            severity[str(entity)] = Severity(str(level))
        except ValueError:
            raise PolicyError(
                f"{source}: severity of {entity} is '{level}'; use block or warn"
            ) from None
    themes: Path | None = None
    if data.get("themes_vocabulary"):
        themes = Path(str(data["themes_vocabulary"]))
        if base_dir is not None and not themes.is_absolute():
            themes = base_dir / themes
    not_identifiers = _parse_not_identifiers(data.get("not_identifiers"), source)
    return SitePolicy(
        source=source,
        site_area=_string_list(data.get("site_area"), "site_area", source),
        allow=allow,
        severity_overrides=severity,
        themes_vocabulary=themes,
        not_identifiers=not_identifiers,
    )


def _parse_not_identifiers(value: Any, source: str) -> tuple[NotAnIdentifier, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise PolicyError(f"{source}: 'not_identifiers' must be a list")
    decisions = []
    for number, item in enumerate(value, start=1):
        if not isinstance(item, dict) or set(item) != {"text", "review", "reason"}:
            raise PolicyError(
                f"{source}: not_identifiers entry {number} needs exactly text, review and reason"
            )
        if not all(
            isinstance(item[k], str) and item[k].strip() for k in ("text", "review", "reason")
        ):
            raise PolicyError(f"{source}: not_identifiers entry {number} has an empty field")
        decisions.append(NotAnIdentifier(item["text"], item["review"], item["reason"]))
    return tuple(decisions)


def load_policy(path: Path | None) -> SitePolicy:
    """Read a policy YAML file. A missing or invalid file is an error, never an empty policy."""
    if path is None:
        return SitePolicy()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise PolicyError(f"{path}: cannot read the site policy: {error}") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise PolicyError(f"{path}: the site policy is not valid YAML: {error}") from None
    return parse_policy(data, str(path), path.parent)


def find_default_policy(start: Path) -> Path | None:
    """`site_config/policy.yml` of the nearest enclosing project (walks up from `start`)."""
    here = start.resolve()
    for candidate in (here, *here.parents):
        policy = candidate / "site_config" / "policy.yml"
        if policy.is_file():
            return policy
    return None


def combined(values: Iterable[Iterable[str]]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for group in values:
        for value in group:
            seen.setdefault(value, None)
    return tuple(seen)
