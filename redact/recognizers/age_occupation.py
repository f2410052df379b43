"""An age next to an occupation (entity `AGE_OCCUPATION`, warn by default).

"A 34-year-old nurse" or "aged 52, a taxi driver" is a quasi-identifier: with the town and the
month it is what a local newspaper printed. Reported when an age ("34-year-old", "34 year old",
"aged 34", "age 34") and an occupation from a short list sit in the same sentence within 40
characters, in either order. The span runs from the first to the last of the two.
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from redact.recognizers._base import GatePatternRecognizer

OCCUPATIONS = (
    "nurse",
    "midwife",
    "doctor",
    "surgeon",
    "paramedic",
    "pharmacist",
    "dentist",
    "vet",
    "carer",
    "care worker",
    "care assistant",
    "support worker",
    "social worker",
    "teacher",
    "teaching assistant",
    "lecturer",
    "student",
    "police officer",
    "police constable",
    "firefighter",
    "soldier",
    "serviceman",
    "servicewoman",
    "taxi driver",
    "bus driver",
    "lorry driver",
    "delivery driver",
    "HGV driver",
    "driver",
    "builder",
    "bricklayer",
    "joiner",
    "carpenter",
    "electrician",
    "plumber",
    "mechanic",
    "labourer",
    "scaffolder",
    "painter and decorator",
    "decorator",
    "farmer",
    "fisherman",
    "miner",
    "engineer",
    "chef",
    "cook",
    "cleaner",
    "hairdresser",
    "barber",
    "beautician",
    "shop assistant",
    "shopkeeper",
    "retail assistant",
    "sales assistant",
    "cashier",
    "receptionist",
    "bar worker",
    "barmaid",
    "barman",
    "publican",
    "waiter",
    "waitress",
    "security guard",
    "postman",
    "postwoman",
    "accountant",
    "solicitor",
    "lawyer",
    "barrister",
    "banker",
    "civil servant",
    "councillor",
    "businessman",
    "businesswoman",
    "business owner",
    "company director",
    "manager",
    "estate agent",
    "butcher",
    "baker",
    "pilot",
    "journalist",
    "musician",
    "childminder",
    "nanny",
    "warehouse worker",
    "factory worker",
)
_OCCUPATION = (
    r"(?<![A-Za-z])(?:"
    + "|".join(o.replace(" ", r"[ \u00a0]") for o in sorted(OCCUPATIONS, key=len, reverse=True))
    + r")s?(?![A-Za-z])"
)
_AGE = (
    r"(?<![A-Za-z0-9])(?:[1-9][0-9]?[ \u00a0-]*(?:years?|yrs?)[ \u00a0-]*old"
    r"|aged[ \u00a0]+[1-9][0-9]?(?![0-9])|age[ \u00a0]+[1-9][0-9]?(?![0-9]))"
)
_WINDOW = r"[^\n.!?;]{0,40}?"


class AgeOccupationRecognizer(GatePatternRecognizer):
    """Age and occupation together in one sentence."""

    ENTITY: ClassVar[str] = "AGE_OCCUPATION"
    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern("Age then occupation", rf"{_AGE}{_WINDOW}{_OCCUPATION}", 0.5),
        Pattern("Occupation then age", rf"{_OCCUPATION}{_WINDOW}{_AGE}", 0.5),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = ("aged", "old", "work", "employ")
