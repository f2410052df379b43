"""Rules that find local institutions and businesses, and the place inside an agency's name.

A run of capitalised words with an institution's or agency's head word keeps its distinctive
words ("Saffron Hill Academy", "Wigan Council" -> "Wigan"); a run with no head is a business
named with '&' or is handed to the gazetteer rule for people. Also: an institution after
"attended" or "worked at", a business after its kind ("the takeaway, the Golden Lotus"), before
it ("the Jade Orchid takeaway") or after "bought ... from", a pub "the X and Y", and the agencies
a review lists. Organisations are judged by their head words and how rare their other words are,
which no other rule needs, so they have their own module.
"""

from __future__ import annotations

import regex  # type: ignore[import-untyped]

from redact import lexicon
from redact.context_people import gazetteer_names
from redact.context_words import (
    BUSINESS_TAIL_HEADS,
    CAP,
    INSTITUTION_HEADS,
    MONTHS,
    NOT_PERSONS,
    PLACE_WORD,
    TITLED_CAP,
    WEEKDAYS,
    WORD,
    bare,
    generic,
    not_a_name,
    sentence_start,
    stop_words,
)
from redact.name_recognizers import (
    INSTITUTION,
    ORGANISATION_PLACE,
    acronym_plural,
    is_welsh_word,
)

# Kinds of local business or place: the name in apposition after one ("the takeaway, the
# Golden Lotus,", "a salon in the square, Shine & Go,") or after "called" ("a salon called Curl
# Up") is an institution.
KIND_WORDS = (
    r"takeaway|salon|shop|restaurant|cafe|café|pub|bar|gym|church|mosque|temple|club|hotel|"
    r"school|nursery|business|firm|company|employer|factory|warehouse|farm|garage|barbers?|"
    r"hairdressers?|supermarket|store|newsagents?|grocers?|bakery|launderette|car[ \t]+wash"
)
KIND_NAME = regex.compile(
    rf"(?<![\p{{L}}])(?i:{KIND_WORDS})(?:['’]s)?"
    # "the takeaway at the end of the road, the Golden Lotus,": a short place phrase between
    # ... or a clause of where: "the chip shop where he worked, the Golden Fry,"
    # ... or two: "a café on the high street in the next town called the Cup and Saucer"
    r"(?:[ \t]+(?i:at|on|in|near|by|opposite|where)(?:[ \t]+\p{Ll}+){1,5}){0,2}"
    rf"(?:,\s+the\s+|\s+(?i:called|named)\s+(?:the\s+)?|,\s+(?=(?:{CAP}) & )"
    # "the salon (Glow)": the name in brackets after its kind
    rf"|[ \t]*\((?:the[ \t]+)?(?=(?:{CAP})(?:[ \t]+(?:{CAP})){{0,3}}\))"
    # "The newsagent's, Daybreak, is on the main road": the name between two commas
    rf"|,[ \t]+(?=(?:{TITLED_CAP})(?:[ \t]+(?:{TITLED_CAP})){{0,3}},))"
    rf"(?P<name>(?:{CAP})(?:(?: (?:of|and|on|the|&) | |-)(?:{CAP}))*)"
)
# ... or straight after its kind in lower case, as other languages write it ("no café Tasca do
# Minho", "the shop Baltic Corner"), one space apart (a table's cell ends the kind: 'gym |
# Rearrested'); the caller keeps a name with a word rare in English.
NAME_AFTER_LOWER_KIND = regex.compile(
    rf"(?<![\p{{L}}])(?:{KIND_WORDS}) "
    rf"(?P<name>(?:{TITLED_CAP})(?: (?:(?:of|the|do|da|de|del|la|le|al) )?(?:{TITLED_CAP}))*)"
)
# Words of one name are one space apart; a table cell or a line break ends the run.
CAP_RUN = regex.compile(
    rf"(?<![\p{{L}}'’])(?:{CAP})(?:(?: (?:(?:of|and|on|upon|the|&|de|la|al) )?| & |-)(?:{CAP}))*"
)
# Where someone studied, worked or belonged: the capitalised words after these name a local
# institution even without a kind word ("attended Greyfriars Bramble Hill Learning Trust").
_ATTENDED = regex.compile(
    r"(?<![\p{L}])(?i:attended|attends|attending|(?:worked|works|working|volunteered|volunteers|"
    r"studied|studying|enrolled|placed|employed)\s+(?:at|for|with|by)|(?:member|pupil|student|"
    r"members|pupils|students)\s+(?:of|at))\s+(?:the\s+)?"
    rf"(?P<name>(?:{CAP})(?: (?:of|and|for|the|&) (?:{CAP})| (?:{CAP})){{2,5}})"
)
# A local business named with everyday words and no kind word, where someone worked or shopped
# ("worked at Flour Garden", "bought the phone from Mobile Corner"): two or three capitalised
# words, none a kind-of-body, role or public-service word.
_BUSINESS_AFTER = regex.compile(
    r"(?<![\p{L}])(?i:(?:worked|works|working|employed|volunteered|volunteering|job|shifts?|"
    r"customer|regular|shopped|shopping)\s+at|(?:worked|works|working|drove|drives|driving)"
    r"(?:\s+(?:nights|days|shifts|part-time|full-time))?\s+(?:as\s+an?\s+\p{Ll}+\s+)?for"
    r"|(?:bought|buying|purchased|ordered|collected)"
    r"(?:\s+[\p{Ll}]+){0,4}\s+from)\s+(?:the\s+)?"
    rf"(?P<name>(?:{TITLED_CAP})(?: (?:{TITLED_CAP})){{1,2}})(?![\p{{L}}'’\-]| \p{{Lu}}| &)"
)
# A care home or workplace named as a house, where someone worked: "worked nights as a senior
# carer at Larkspur House" (the name word no everyday word: not 'at Companies House'), or before
# its kind in lower case: "her workplace, Larkspur House care home,".
_HOUSE_NAME = (
    rf"(?P<name>(?P<first>{TITLED_CAP})(?: (?:{TITLED_CAP}))?[ \t]+"
    r"(?:House|Lodge|Grange|Manor|Court|Hall|View))(?![\p{L}'’\-])"
)
_WORKED_AT_HOUSE = regex.compile(
    r"(?<![\p{L}])(?i:worked|works|working|employed|volunteered|volunteers|job|shifts?|placement)"
    rf"(?:\s+\p{{Ll}}+){{0,6}}\s+at\s+(?:the\s+)?{_HOUSE_NAME}"
    rf"|(?<![\p{{L}}'’\-]){_HOUSE_NAME}[ \t]+(?:care|nursing|residential)[ \t]+home(?![\p{{L}}])"
)
WORKED_AT_HOUSE_MAX_ZIPF = 3.0
# A business or a congregation named by everyday words a few words after someone's work,
# training, worship or night out there, no kind word: "worked night shifts as a care assistant at
# Meadowsweet", "the lunch shift at Saffron", "known to train at Graft", "her funeral was held at
# Soar", "sang in the choir at Living Waters", "a club night at Velvet"; or where something
# happened ("at the Hop Pole, where he was a regular").
_WORKED_AT_NAMED = regex.compile(
    r"(?<![\p{L}])(?i:worked|works|working|employed|volunteered|volunteers|volunteering|jobs?|"
    r"shifts?|placement|team|train|trains|trained|training|funeral|wedding|christening|baptism|"
    r"choir|regular|receptionist|cleaner|barmaid|barman|waitress|waiter|chef|night)"
    r"(?:\s+\p{Ll}+){0,6}?\s+at\s+"
    rf"(?P<name>(?:{TITLED_CAP})(?:[ \t]+(?:{TITLED_CAP})){{0,2}})"
    # not the start of a longer name ('the choir at Place of Worship 1')
    r"(?![\p{L}'’\-]|[ \t]+[\p{Lu}0-9]|[ \t]*&|[ \t]+of[ \t])"
    r"|(?<![\p{L}])(?i:at|in)[ \t]+(?:the[ \t]+)?"
    rf"(?P<name>(?:{TITLED_CAP})(?:[ \t]+(?:{TITLED_CAP})){{0,2}}),[ \t]+where(?![\p{{L}}])"
)
# A local business or congregation named just after its kind, set off by a comma: "worked in
# the family's takeaway, Spice Lagoon.", "a hand car wash, Sparkle, and later", "the mosque the
# family attended, Crescent, who". A placeholder ("her church, Church 1,") has its number next.
_KIND_THEN_NAME = regex.compile(
    r"(?<![\p{L}])(?i:takeaway|restaurant|caf[eé]|salon|shop|pub|bar|bakery|barber['’]?s|"
    r"car[ \t]+wash|cash[ \t]+and[ \t]+carry|garage|gym|business|mosque|church|chapel|temple|"
    r"gurdwara|warehouse|factory|hotel|newsagent['’]?s|mill|firm)"
    r"(?:[ \t]+\p{Ll}+){0,4}?,[ \t]+(?:the[ \t]+)?"
    rf"(?P<name>(?:{TITLED_CAP})(?:[ \t]+(?:{TITLED_CAP})){{0,2}})"
    r"(?=[,.;)]|[ \t]+(?:on|in|at|where|which|near|off)(?![\p{L}]))"
)
# A record's field for a local institution, its value ending the field: "Club: Skelbrook Clay
# Shooting Ground (member)", "School:   Parson's Quay Primary", a hospital's "Ward: Larkspur". A placeholder has its number
# next ("GP: GP 1"); a list's label runs on into a sentence ("GP: Nurjahan attended").
_INSTITUTION_FIELD = regex.compile(
    # (the label in a record's capitals too: "EMPLOYER     : Valley Access Scaffolding")
    r"(?:(?<=^[ \t>*\-|]*)|(?<=[ \t]{2}|\|[ \t]*))(?:Club|School|Employer|Workplace|Church|Mosque|Gym|"
    r"Surgery|Practice|Nursery|College|Temple|Gurdwara|Chapel|Care[ \t]home|Pub|Place[ \t]of[ \t]work"
    r"|Ward|CLUB|SCHOOL|EMPLOYER|WORKPLACE|CHURCH|MOSQUE|COLLEGE|PLACE[ \t]OF[ \t]WORK|WARD)"
    # ... a colon after it, or, when the label opens its line, a table's bar or a run of spaces
    # (a cell's edge): "| Ward | Larkspur Ward |"
    r"(?:[ \t]*(?P<colon>:)|(?<=^[ \t>|]*\p{L}+(?:[ \t]\p{L}+){0,2})(?:[ \t]*\||[ \t]{2}))[ \t]*"
    rf"(?P<name>(?:{TITLED_CAP})(?:[ \t](?:(?:{TITLED_CAP})|of|and|&|the)){{0,5}})"
    r"(?=[ \t]*$|[ \t]*[(,;|]|[ \t]{2,})",
    regex.MULTILINE,
)
# A company by its legal or family suffix: "Harbourside Meats Ltd", "Firth Brothers' carpet
# mill", "Pennock & Sons" (not a pseudonym's list "Norman and Son H").
# One name's words are a space or two apart; a table's blanked bar leaves three ('| Perpetuating |
# Limited insight |' is two cells).
_COMPANY_SUFFIX = regex.compile(
    rf"(?<![\p{{L}}'’\-])(?P<name>(?:{TITLED_CAP})(?:[ \t]{{1,2}}(?:{TITLED_CAP})){{0,2}}[ \t]{{1,2}}"
    r"(?:Ltd|Limited|Plc|LLP|Brothers|Bros\.?|(?:&|and)[ \t]+Sons|&[ \t]+(?:Son|Co)))"
    r"(?![\p{L}])"
)
# A pub by its name where someone drank: "drinking at the Shoulder of Mutton".
_DRANK_AT = regex.compile(
    r"(?<![\p{L}])(?i:drinking|drank|drinks|pints?|landlord|landlady|barmaid|barman|locals?)"
    r"(?:\s+\p{Ll}+){0,4}\s+(?i:at|in)\s+the\s+"
    rf"(?P<name>(?:{TITLED_CAP})\s+(?:of|and|&)\s+(?:the\s+)?(?:{TITLED_CAP}))(?![\p{{L}}])"
)
# A business someone ran or owned: "They ran the Golden Harbour for thirty years".
_RAN_THE = regex.compile(
    r"(?<![\p{L}])(?i:ran|run|runs|running|owned|owns|managed|manages|took[ \t]+over)[ \t]+the[ \t]+"
    rf"(?P<name>(?:{TITLED_CAP})(?:[ \t]+(?:{TITLED_CAP})){{0,2}})(?![\p{{L}}'’\-])"
)
# A sole trader's business name: "a self-employed electrician trading as Kestrel Electrical
# Services", "t/a Glow Beauty".
_TRADING_AS = regex.compile(
    r"(?<![\p{L}])(?:(?i:trading|trades|traded|trade)[ \t]+as|t/a)[ \t]+(?:the[ \t]+)?"
    rf"(?P<name>(?:{TITLED_CAP})(?:[ \t]+(?:(?:&|and)[ \t]+)?(?:{TITLED_CAP})){{0,3}})"
    r"(?![\p{L}'’\-])"
)
# A pub or a place named "X and Y" where someone was: "at the Crown and Woolpack on my birthday".
_AT_THE_X_AND_Y = regex.compile(
    r"(?<![\p{L}])(?i:at|in|outside|from)[ \t]+the[ \t]+"
    rf"(?P<name>(?:{TITLED_CAP})[ \t]+(?:and|&)[ \t]+(?:{TITLED_CAP}))(?![\p{{L}}'’\-])"
    r"(?![ \t]+\p{Lu})"
)
# The same after other prepositions of place, where a phrase ends with it: "the car park of the
# Crab and Lantern." (not "the Safe and Well referral route").
_NEAR_THE_X_AND_Y = regex.compile(
    r"(?<![\p{L}])(?i:of|near|behind|opposite|to|into)[ \t]+the[ \t]+"
    rf"(?P<name>(?:{TITLED_CAP})[ \t]+(?:and|&)[ \t]+(?:{TITLED_CAP}))"
    r"(?=[ \t]*(?:[.,;:)!?\"”]|$)|[ \t]+(?:in|on|at|where|with|after|before|when|that|which)"
    r"(?![\p{L}]))",
    regex.MULTILINE,
)
# A team someone played for: "played darts for the Dolphin Dodgers".
_PLAYED_FOR = regex.compile(
    r"(?<![\p{L}])(?i:played|plays|playing)(?:[ \t]+(?i:darts|football|pool|rugby|cricket|netball|"
    r"snooker|hockey|bowls|dominoes))?[ \t]+for[ \t]+the[ \t]+"
    rf"(?P<name>(?:{TITLED_CAP})(?:[ \t]+(?:{TITLED_CAP})){{0,2}})(?![\p{{L}}'’\-])"
)
# A business with a number in its name: "Pulse 24 Gym", "Studio 7 Barbers".
_NUMBERED_BUSINESS = regex.compile(
    rf"(?<![\p{{L}}'’\-])(?P<name>(?:{TITLED_CAP})(?: (?:{TITLED_CAP}))? [0-9]{{1,4}}"
    r" (?P<kind>\p{Lu}\p{Ll}+(?:-\p{Ll}+)?))(?![\p{L}'’\-])"
)
# A business named before its lower-case kind word ("the Jade Orchid takeaway"): two or more
# capitalised words, so a national chain's one-word name is not taken, and no kind that chains
# mostly own (shop, store, supermarket, hotel).
_NAME_BEFORE_KIND = regex.compile(
    rf"(?<![\p{{L}}])(?i:the|at)\s+"
    rf"(?P<name>(?:{TITLED_CAP})(?:\s+(?:(?:and|&)\s+)?(?:{TITLED_CAP})){{1,3}})\s+"
    r"(?P<kind>takeaway|salon|restaurant|cafe|café|pub|bar|gym|club|church|chapel|mosque|temple|"
    r"nursery|farm|garage|barbers?|hairdressers?|taxis?|cabs?|bakery|florists?|grill|diner|"
    r"boutique|kitchen|factory|warehouse|depot)(?![\p{L}])"
)
# A business or place named, then said what it is: "Crumbs, a bakery near the bus station",
# "Forge, a gym on the high road", "Cornerstone, a Pentecostal congregation", "Pinfold, a village
# of 600 people". The kind word ends the phrase (not "Chair, a church volunteer", nor a list:
# "Neighbours, the chapel and the children").
_APPOSED_KINDS = (
    r"takeaway|salon|restaurant|cafe|café|pub|bar|gym|club|nightclub|church|chapel|mosque|temple|"
    r"gurdwara|congregation|fellowship|nursery|farm|garage|barbers?|barber's|hairdressers?|"
    r"hairdresser's|bakery|florists?|grill|diner|boutique|shop|car[ \t]+wash|workshop|factory|"
    r"warehouse|hotel|village|hamlet|estate|care[ \t]+home|nursing[ \t]+home|"
    r"garden[ \t]+centre|grocers?|grocer's|newsagents?|newsagent's|supermarket|store|launderette|"
    # where people live: "Kestrel House, a council tower block"
    r"tower[ \t]+block|block[ \t]+of[ \t]+flats|high-rise|caravan[ \t]+(?:park|site)|"
    r"mobile[ \t]+home[ \t]+park|tattoo[ \t]+(?:studio|parlour)|nail[ \t]+bar|beauty[ \t]+salon|"
    # where horses are kept: "Greenacre Livery, a yard of twenty-two stables"
    r"yard|livery[ \t]+yard|stables|riding[ \t]+school"
    # a business of any trade: "Skyline, a private-hire firm"
    r"|firm|company|business|agency"
)
_BREAK = r"(?:[ \t]+|[ \t]*\n[ \t]*)"  # a space, or a line's wrap (not a blank line)
_NAME_THEN_KIND = regex.compile(
    rf"(?<![\p{{L}}'’\-])(?P<name>(?:{TITLED_CAP})(?:[ \t]+(?:{TITLED_CAP})){{0,2}}),{_BREAK}"
    rf"(?P<article>a|an|the)(?:{_BREAK}[\p{{L}}\-]+){{0,3}}?{_BREAK}"
    rf"(?P<kind>{_APPOSED_KINDS})"
    r"(?=[ \t]*[,.;:)!?]|[ \t]*$|[ \t]+(?:in|on|at|near|by|where|that|which|run|owned|off|"
    r"behind|opposite|of|with|for|outside|above|below|beside|next|about|some|just|only|half|"
    # ... or how far it is: "Chute, a village six miles from the garrison"
    r"[0-9]+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|a[ \t]+few|"
    r"a[ \t]+mile|a[ \t]+short)\b)",
    regex.MULTILINE,
)
_PLACE_KINDS = frozenset(["village", "hamlet", "estate", "farm"])
_TRADE_KINDS = frozenset(["firm", "company", "business", "agency"])  # only after 'a' or 'an'
TRADE_NAME_MAX_ZIPF = 3.8  # 'Skyline' (3.5); not 'Isolation' (4.1)

_BUILDING_WORDS = frozenset(
    ["house", "court", "tower", "towers", "heights", "point", "lodge", "mansions", "buildings"]
)
_DWELLING_KIND = regex.compile(r"(?i:tower|block|high-rise|caravan|mobile)")


# Kinds only a local business takes: everyday words in its name do not make it a national one.
LOCAL_KINDS = frozenset(
    ["takeaway", "salon", "cafe", "café", "pub", "barber", "barbers", "hairdresser", "hairdressers"]
    + ["taxi", "taxis", "cab", "cabs", "bakery", "florist", "florists", "grill", "diner"]
)
# A pub's name of two nouns joined by 'and' ("at the Hope and Anchor", "the Plough and Harrow"),
# not followed by another capitalised word ("the Crime and Disorder Act").
_NAMED_PUB = regex.compile(
    rf"(?:(?<![\p{{L}}])(?i:at|in|to|from|outside|near|behind)[ \t]+(?i:the)|(?<![\p{{L}}])The)"
    r"(?:[ \t]+|[ \t]*\n[ \t]*)"  # "at the\nBell and Lantern": a line may break there
    rf"(?P<name>(?P<first>{PLACE_WORD}) (?:and|&) (?P<second>{PLACE_WORD}))"
    r"(?![\p{L}'’\-]| \p{Lu}| (?:of|for)\b)"
)
# The names most British pubs share ("the Wheatsheaf", "the Red Lion", "the Ship"; in Welsh "the
# Llew Coch"): capitalised after "the", they are a pub where someone drank, met or worked, which
# locals recognise. Not "the Crown" (the Crown Court) or "the Sun" (a newspaper); "Railway" or
# "Star" only as an inn.
_USUAL_PUB_NAMES_TEXT = """
    Red Lion|Royal Oak|White Hart|Swan|Plough|Wheatsheaf|Ship|Greyhound|Bell|Blue Bell|Bluebell|
    Anchor|Black Horse|White Horse|Fox|Bull|Rose and Crown|Queens Head|Queen's Head|Kings Head|
    King's Head|Kings Arms|King's Arms|Cross Keys|New Inn|Red Cow|Black Bull|White Lion|Nags Head|
    Nag's Head|Coach and Horses|Golden Lion|Hare and Hounds|Fox and Hounds|Three Horseshoes|Mitre|
    Feathers|Eagle|Falcon|Woolpack|Bay Horse|Dog and Duck|Grapes|Albion|Colliers Arms|
    Miners Arms|Half Moon|Black Swan|White Swan|Green Man|Masons Arms|Fleece|Chequers|Dolphin|
    Jolly Sailor|Malt Shovel|Crooked Billet|Lord Nelson|Travellers Rest|Hope and Anchor|
    Cricketers|Butchers Arms|Shoulder of Mutton|Royal George|Lamb and Flag|Railway Inn|
    Railway Tavern|Railway Hotel|Railway Arms|Star Inn|Sun Inn|George Inn|George and Dragon|
    Wagon and Horses|Waggon and Horses|Pack Horse|Packhorse|Horseshoe|Highwayman|Woodman|
    Ploughman|Gardeners Arms|Hop Pole|Brewers Arms|Farmers Arms|Bricklayers Arms|Bird in Hand|
    Black Lion|Red Bull|Llew Coch|Llew Du|Llew Gwyn|Ceffyl Gwyn|Ceffyl Du
"""
_USUAL_PUB = regex.compile(
    # a line may break after "the": "in the car park of the\nNag's Head"
    r"(?<![\p{L}])[Tt]he(?:[ \t]+|[ \t]*\n[ \t>]*)(?P<name>(?:"
    + "|".join(sorted((n.strip() for n in _USUAL_PUB_NAMES_TEXT.split("|")), key=len, reverse=True))
    # not the start of a longer name ("the Swan Centre"), unless the pub's own last word
    + r")(?:[ \t]+(?:Inn|Arms|Tavern|Hotel))?)(?![\p{L}'’\-]|[ \t]+\p{Lu})"
)
# Last words of national services and charities ('Citizens Advice', 'Jobcentre Plus').
_SERVICE_WORDS_TEXT = """
    advice plus line helpline direct online partnership network project programme scheme agency
    foundation charity association alliance uk trust service services
"""
SERVICE_WORDS = frozenset(_SERVICE_WORDS_TEXT.split())
ATTENDED_RARE_ZIPF = 3.0  # one word of the name is no everyday word ('Greyfriars')

# The last word of an agency's name: what comes before it is often the place it serves.
AGENCY_HEADS = frozenset(
    [
        "council",
        "councils",
        "police",
        "constabulary",
        "nhs",
        "trust",
        "board",
        "court",
        "courts",
        "ccg",
        "care",
        "jobcentre",
        "team",
        "service",
        "services",
        "authority",
        "hub",
    ]
)
# Tail heads that also end everyday phrases ('Physical Fitness'): the name needs a rarer word.
EVERYDAY_TAIL_HEADS = frozenset(
    [
        "fitness",
        "kitchen",
        "beauty",
        "wine",
        "wines",
        "pizza",
        "market",
        "solutions",
        "arcade",
        "spa",
    ]
    + ["properties", "produce", "dairy", "engineering", "textiles", "packaging", "circle"]
)
# Words that come first in a Welsh institution's name: surgery, school, chapel, church, centre.
WELSH_INSTITUTION_PREFIXES = frozenset(
    ["meddygfa", "ysgol", "capel", "eglwys", "canolfan", "festri", "neuadd"]
)
# ... and of churches and mosques named in the language of their congregation.
FOREIGN_INSTITUTION_PREFIXES = frozenset(
    ["église", "eglise", "iglesia", "igreja", "chiesa", "kościół", "parafia", "mosquée"]
)
INSTITUTION_PREFIXES = (
    frozenset(["masjid", "st", "saint"]) | WELSH_INSTITUTION_PREFIXES | FOREIGN_INSTITUTION_PREFIXES
)
_CONNECTORS = frozenset(["of", "on", "upon", "the", "de", "la", "al"])
_LEGISLATION_WORDS = frozenset(["act", "acts", "regulations", "codes"])
PLACE_MAX_ZIPF = 4.5  # as in name_recognizers: 'Bolton' and 'Hull' yes, 'Reading' no
INSTITUTION_MAX_ZIPF = 4.5
EVERYDAY_RUN_MIN_ZIPF = 3.0  # 'Attendances' (as 'attendance'); not 'Ope' or 'Dashmesh'
NAMED_PLACE_MAX_ZIPF = 5.5  # 'Iron Works Gym', 'Grace Tabernacle': everyday words, still a name
AMPERSAND_NAME_MAX_ZIPF = 3.5
# Heads that are never part of a public service's name ("Recovery Centre" is; "X Gym" is not).
_NAMED_PLACE_HEADS_TEXT = """
    fellowship ministries assembly club
    gym salon barbers barber cuts tabernacle church chapel mosque masjid temple gurdwara
    synagogue cathedral arms inn tavern pub hotel restaurant takeaway cafe café school academy
    nursery pre-school preschool colliery steelworks brickworks chaplaincy wash
"""
NAMED_PLACE_HEADS = frozenset(_NAMED_PLACE_HEADS_TEXT.split())
PUB_HEADS = frozenset(["arms", "inn", "tavern"])
# A pub named by a number of things: "behind the bar at The Three Crowns", "The Two Brewers".
_PUB_NUMBERS = frozenset(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"])
# A home named for its kind of care: "Carn View Care Home", "Larkrise Nursing Home".
_HOME_KINDS = frozenset(["care", "nursing", "residential"])
SENTENCE_START_MAX_ZIPF = 4.0  # a commoner first word of a sentence is not a place or name
_FESTIVAL_DAYS = frozenset(["eve", "day", "morning", "night"])


def analyse_run(text: str, start: int, end: int) -> list[tuple[str, int, int, str]]:
    """One run of capitalised words: an agency, an institution, or names from the gazetteer."""
    words = [(m.start(), m.end(), m.group(0)) for m in WORD.finditer(text, start, end)]
    lowered = [bare(w) for _, _, w in words]
    heads = [i for i, w in enumerate(lowered) if w in INSTITUTION_HEADS or w in AGENCY_HEADS]
    if any(w in _LEGISLATION_WORDS for w in lowered):
        heads = []  # 'the Police and Criminal Evidence Act Codes of Practice': a law, no place
    if (
        len(words) > 1
        and lowered[-1] in BUSINESS_TAIL_HEADS
        and not any(w in _CONNECTORS for w in lowered)  # 'Area of Outstanding Natural Beauty'
    ):
        heads.append(len(words) - 1)
    prefix = lowered[0] in INSTITUTION_PREFIXES and len(words) > 1
    mid_the = words[0][2] == "The" and len(words) > 1 and not sentence_start(text, start)
    if mid_the and len(words) >= 3 and lowered[1] in _PUB_NUMBERS and lowered[2].endswith("s"):
        return [(INSTITUTION, words[1][0], words[2][1], "a pub named by a number of things")]
    care_home = len(words) > 2 and lowered[-1] == "home" and lowered[-2] in _HOME_KINDS
    if care_home:
        heads.append(len(words) - 1)
    if heads or prefix or mid_the:
        institution = (
            prefix
            or mid_the
            or care_home
            or any(
                lowered[i] in INSTITUTION_HEADS or lowered[i] in BUSINESS_TAIL_HEADS for i in heads
            )
        )
        entity = INSTITUTION if institution else ORGANISATION_PLACE
        found = []
        for run_start, run_end in _distinctive_runs(text, words, lowered):
            run_words = [bare(w) for w in WORD.findall(text[run_start:run_end])]
            if not run_words or _kind_word_first(words, lowered, heads, run_start, run_end):
                continue
            if entity == ORGANISATION_PLACE:
                # 'Wigan Council', not 'Recovery Service': a UK place or a word that is no
                # ordinary English (the same test as the model's organisations).
                # ... and no word of a dictionary ('the Trust's Perinatal Mental Health Service')
                keep = all(
                    _place_word(w)
                    or (
                        lexicon.word_zipf(lexicon.singular(w)) < 3.0
                        and not lexicon.is_dictionary_word(w)
                    )
                    or w in _CONNECTORS
                    for w in run_words
                ) or lexicon.is_uk_place(" ".join(run_words))
                keep = keep or lexicon.is_uk_place(text[run_start:run_end])  # "King's Lynn"
                if not keep:
                    # "the Peckham Safer Neighbourhoods Team": a place leads the service's name.
                    first = WORD.match(text, run_start)
                    if first is not None and _place_word(bare(first.group(0))):
                        found.append(
                            (ORGANISATION_PLACE, run_start, first.end(), "a place in a name")
                        )
            else:
                # 'Saffron Hill Academy', not 'Public Health Practice': one less common word.
                # A gym, salon, church or school is named for what it is: any name word counts.
                limit = (
                    NAMED_PLACE_MAX_ZIPF
                    if any(
                        lowered[i] in NAMED_PLACE_HEADS
                        or (
                            lowered[i] in BUSINESS_TAIL_HEADS
                            and lowered[i] not in EVERYDAY_TAIL_HEADS
                        )
                        for i in heads
                    )
                    or prefix
                    else INSTITUTION_MAX_ZIPF
                )
                keep = min(lexicon.word_zipf(w) for w in run_words) < limit
            if keep:
                found.append((entity, run_start, run_end, "distinctive words of an organisation"))
        return found
    # "Snips & Curls": a business name; one of its words is no everyday word.
    if (
        len(words) > 1
        and "&" in text[start:end]
        and not sentence_start(text, start)
        and min(lexicon.word_zipf(bare(w)) for _, _, w in words) < AMPERSAND_NAME_MAX_ZIPF
    ):
        return [(INSTITUTION, start, end, "business name with '&'")]
    return gazetteer_names(text, words)


def _kind_word_first(
    words: list[tuple[int, int, str]],
    lowered: list[str],
    heads: list[int],
    run_start: int,
    run_end: int,
) -> bool:
    """'Hospital Attendances', 'School Holidays': a kind word opening the run of capitals, then
    everyday English words and no kind word after them, is English word order for a topic, not
    a name ('Masjid Al-Noor', 'Chapel Ope' and 'Resurrection Power Chapel International' stay)."""
    if heads[:1] != [0] or lowered[0] in INSTITUTION_PREFIXES:
        return False
    if any(words[i][0] >= run_end for i in heads):
        return False
    before = [i for i, (_, end, _) in enumerate(words) if end <= run_start]
    run_words = [
        low
        for (start, _, _), low in zip(words, lowered, strict=True)
        if start >= run_start and start < run_end
    ]
    return before == [0] and all(
        lexicon.word_zipf(lexicon.singular(w)) >= EVERYDAY_RUN_MIN_ZIPF
        and not lexicon.is_given_name(w)
        and not lexicon.is_surname(w)
        and not lexicon.is_uk_place(w)
        for w in run_words
    )


def _place_word(low: str) -> bool:
    return lexicon.is_uk_place(low) and lexicon.word_zipf(low) < PLACE_MAX_ZIPF


def _distinctive_runs(
    text: str, words: list[tuple[int, int, str]], lowered: list[str]
) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    # 'the Kings Arms', 'the Bishop Inn': a pub is named for kings and bishops too.
    titles_name = len(words) > 1 and lowered[-1] in PUB_HEADS
    current: tuple[int, int] | None = None
    for index, ((start, end, word), low) in enumerate(zip(words, lowered, strict=True)):
        # 'Hooyo's Kitchen', 'Nana's Tea Room': a kin word that owns a business names it
        owner_kin = (
            word.endswith(("'s", "’s"))
            and low in lexicon.KIN_WORDS
            and index < len(words) - 1
            and lowered[-1] in BUSINESS_TAIL_HEADS
        )
        distinctive = owner_kin or (
            not generic(low)
            and (titles_name or low.removesuffix("s") not in NOT_PERSONS)  # 'on Sundays'
            and low not in _CONNECTORS
            and low not in INSTITUTION_PREFIXES
            and not (index == len(words) - 1 and low in BUSINESS_TAIL_HEADS)
            and word[0].isupper()
            and not (word.isupper() and len(word) <= 4)
            and not acronym_plural(word)
            # 'the Polish Christmas Eve supper': the eve or day of a festival
            and not (
                index > 0 and low in _FESTIVAL_DAYS and lowered[index - 1] in lexicon.FESTIVALS
            )
            and not (
                index == 0
                and sentence_start(text, start)
                and lexicon.word_zipf(low) >= SENTENCE_START_MAX_ZIPF
                and not lexicon.is_uk_place(low)
            )
        )
        if distinctive:
            if word.endswith(("'s", "’s")):
                end -= 2
            current = (current[0], end) if current is not None else (start, end)
        elif low in _CONNECTORS and current is not None:
            continue  # "King's Lynn and West Norfolk": keep the run across connectors
        else:
            if current is not None:
                runs.append(current)
            current = None
    if current is not None:
        runs.append(current)
    return runs


def attended_institutions(text: str) -> list[tuple[str, int, int, str]]:
    """The distinctive words of an institution named after 'attended', 'worked at', 'member
    of' without a kind word; one of its words must be no everyday word."""
    found: list[tuple[str, int, int, str]] = []
    for match in _ATTENDED.finditer(text):
        start, end = match.span("name")
        words = [(m.start(), m.end(), m.group(0)) for m in WORD.finditer(text, start, end)]
        lowered = [bare(w) for _, _, w in words]
        if all(generic(w) or w in _CONNECTORS for w in lowered):
            continue
        if min(lexicon.word_zipf(w) for w in lowered if w not in _CONNECTORS) >= ATTENDED_RARE_ZIPF:
            continue
        for run_start, run_end in _distinctive_runs(text, words, lowered):
            found.append((INSTITUTION, run_start, run_end, "institution someone attended"))
    return found


# A place of worship named for what it is dedicated to: "the Chapel of the Harbour", "Church of
# the Holy Cross" ('of the' or 'of Our': a national church is 'of England', 'in Wales').
_DEDICATED = regex.compile(
    r"(?<![\p{L}])(?:Chapel|Church|Cathedral|Mosque|Temple|Tabernacle|Fellowship|Ministries)"
    rf"[ \t]+of[ \t]+(?:the|Our)[ \t]+(?P<name>{TITLED_CAP}(?:[ \t]+{TITLED_CAP}){{0,2}})"
    r"(?![\p{L}])"
)


# A hospital ward named with a word or two before 'Ward' ("on Chapter Ward", "Larch Ward").
_NAMED_WARD = regex.compile(
    rf"(?<![\p{{L}}'’\-])(?P<name>(?:{TITLED_CAP})(?:[ \t]+(?:{TITLED_CAP})){{0,2}})[ \t]+Ward"
    r"(?![\p{L}'’\-])"
)
# What a ward is for, not its name ('the Stroke Ward', 'Older Adults Ward', 'Electoral Ward').
_WARD_KINDS_TEXT = """
    maternity labour delivery postnatal antenatal birth stroke surgical medical medicine acute
    elderly older adult adults psychiatric psychiatry mental health assessment admissions admission
    dementia respiratory cardiac cardiology coronary orthopaedic orthopaedics trauma renal oncology
    haematology neurology neonatal paediatric paediatrics children women men male female general
    day observation discharge recovery rehabilitation rehab isolation intensive critical frailty
    gynaecology gastroenterology surgery urology burns plastics respite inpatient care covid
    infectious diseases high dependency short stay emergency ambulatory transfer private side
    open secure locked forensic learning disability disabilities electoral council hospital
    liaison triage medicines specialist ward wards
"""
WARD_KINDS = frozenset(_WARD_KINDS_TEXT.split())


# A prison by its name: "HMP Fenwold", "HMYOI Ashby", "HMP & YOI Eastmoor".
_NAMED_PRISON = regex.compile(
    r"(?<![\p{L}])(?:HMP(?:[ \t]*(?:&|and)[ \t]*YOI)?|HMYOI|HM[ \t]+Prison)[ \t]+"
    rf"(?P<name>(?:{TITLED_CAP})(?:[ \t]+(?:{TITLED_CAP}))?)(?![\p{{L}}])"
)


def named_prisons(text: str) -> list[tuple[str, int, int, str]]:
    """The name of a prison after 'HMP' (where a family visits someone)."""
    return _names_in(_NAMED_PRISON, text, "a prison's name")


def _names_in(pattern: regex.Pattern[str], text: str, why: str) -> list[tuple[str, int, int, str]]:
    """The `name` group of each match that is not made only of kind-of-body words."""
    return [
        (INSTITUTION, *match.span("name"), why)
        for match in pattern.finditer(text)
        if not all(generic(bare(w)) for w in WORD.findall(match.group("name")))
    ]


def named_wards(text: str) -> list[tuple[str, int, int, str]]:
    """A hospital ward's own name ('Chapter Ward'): words that are no kind of ward."""
    found: list[tuple[str, int, int, str]] = []
    for match in _NAMED_WARD.finditer(text):
        start, end = match.span("name")
        words = [(m.start(), m.end(), m.group(0)) for m in WORD.finditer(text, start, end)]
        while words and (
            words[0][2] in ("The", "A", "An")
            or (sentence_start(text, words[0][0]) and bare(words[0][2]) in stop_words())
        ):
            words = words[1:]
        lowered = [bare(w) for _, _, w in words]
        if not words or any(
            w in WARD_KINDS or generic(w) or w in MONTHS or w in NOT_PERSONS for w in lowered
        ):
            continue
        found.append((INSTITUTION, words[0][0], match.end(), "a hospital ward's name"))
    return found


# A neighbourhood policing team is named for the place it serves: "the Stonebridge
# Neighbourhood Policing Team", "(Skelby Neighbourhood Team)".
_NEIGHBOURHOOD_TEAM = regex.compile(
    rf"(?<![\p{{L}}'’\-])(?P<name>(?:{TITLED_CAP})(?:[ \t]+(?!Safer[ \t])(?:{TITLED_CAP}))?)[ \t]+"
    r"(?:Safer[ \t]+)?Neighbourhoods?[ \t]+(?:Policing[ \t]+|Police[ \t]+)?Teams?(?![\p{L}])"
)
TEAM_PLACE_MAX_ZIPF = 4.0  # 'Skelby', 'Stonebridge'; not 'Central' or 'Town Centre'


def neighbourhood_teams(text: str) -> list[tuple[str, int, int, str]]:
    """The place a neighbourhood team is named for (see `_NEIGHBOURHOOD_TEAM`)."""
    found = []
    for match in _NEIGHBOURHOOD_TEAM.finditer(text):
        words = list(WORD.finditer(text, *match.span("name")))
        if len(words) > 1 and bare(words[0].group(0)) in stop_words():
            words = words[1:]  # 'The Stonebridge Neighbourhood Team'
        if not any(
            generic(low) or low in stop_words() or lexicon.word_zipf(low) >= TEAM_PLACE_MAX_ZIPF
            for low in (bare(w.group(0)) for w in words)
        ):
            found.append(
                (
                    ORGANISATION_PLACE,
                    words[0].start(),
                    words[-1].end(),
                    "a neighbourhood team's place",
                )
            )
    return found


# A link's text, then its profile address (the Markdown marks blanked): "[Ward's Driveways
# North](https://www.facebook.com/wardsdrivewaysnorth)".
_PROFILE_LINK_TEXT = regex.compile(
    r"(?P<name>\p{Lu}[\p{L}0-9'’&\- ]{1,58}?)[ \t\]\(]{1,4}(?:https?://)?(?:www\.|m\.)?"
    r"(?:facebook|instagram|tiktok|twitter|x|youtube|linkedin)\.com/(?:in/|@)?"
    r"(?P<path>[\p{L}0-9._\-]{3,60})"
)


def _letters(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


def named_profile_links(text: str) -> list[tuple[str, int, int, str]]:
    """A link's text that spells its own profile's address names the page's owner, a business
    or a person: the address is the name run together."""
    return [
        (INSTITUTION, *match.span("name"), "the owner a profile link is named for")
        for match in _PROFILE_LINK_TEXT.finditer(text)
        if _letters(match.group("name")) == _letters(match.group("path"))
    ]


def dedicated_places_of_worship(text: str) -> list[tuple[str, int, int, str]]:
    """The name words of a place of worship 'of the X' (see `_DEDICATED`)."""
    return _names_in(_DEDICATED, text, "a place of worship named for its dedication")


def _no_business_word(low: str) -> bool:
    """A kind-of-body, service, month or not-a-person word: no local business is named by it."""
    return generic(low) or low in SERVICE_WORDS or low in MONTHS or low in NOT_PERSONS


# A place named in Welsh after English 'the': "the afternoon at the Y Ddraig Lwyd with Menna" (a
# pub, a café, a chapel), the Welsh article 'Y' or 'Yr' starting the name.
_WELSH_NAMED_PLACE = regex.compile(
    r"(?<![\p{L}])(?i:the)[ \t]+(?P<name>Yr?[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2})"
    r"(?![\p{L}'’\-])"
)


WELSH_NAME_WORD_MAX_ZIPF = 2.0
# A mosque's name joined by hyphens, its kind first: "the Masjid-e-Habibia", "Jamia-Masjid-Noor".
_JOINED_MOSQUE = regex.compile(
    r"(?<![\p{L}\-])(?P<name>(?:Masjid|Jamia|Markazi)(?:-(?:e|al|ul|un|Masjid))*-\p{Lu}\p{Ll}+"
    r"(?:-\p{Lu}\p{Ll}+)*)(?![\p{L}\-])"
)


def businesses(text: str) -> list[tuple[str, int, int, str]]:
    """A business named with everyday words after 'worked at' or 'bought ... from'; see
    `_BUSINESS_AFTER`. A place named in Welsh after 'the' (`_WELSH_NAMED_PLACE`); a mosque's
    name joined by hyphens (`_JOINED_MOSQUE`)."""
    found: list[tuple[str, int, int, str]] = []
    for match in _WELSH_NAMED_PLACE.finditer(text):
        words = WORD.findall(match.group("name"))[1:]
        if all(
            is_welsh_word(w) or lexicon.word_zipf(w) < WELSH_NAME_WORD_MAX_ZIPF for w in words
        ) and not any(generic(bare(w)) for w in words):
            found.append((INSTITUTION, *match.span("name"), "a place named in Welsh"))
    for match in _JOINED_MOSQUE.finditer(text):
        found.append((INSTITUTION, *match.span("name"), "a mosque's name joined by hyphens"))
    for match in _BUSINESS_AFTER.finditer(text):
        start, end = match.span("name")
        lowered = [bare(w) for w in WORD.findall(text[start:end])]
        if any(_no_business_word(w) for w in lowered):
            continue
        found.append((INSTITUTION, start, end, "a business where someone worked or shopped"))
    for match in _DRANK_AT.finditer(text):
        words = [bare(w) for w in WORD.findall(match.group("name"))]
        if not any(generic(w) for w in words if w not in _CONNECTORS and w != "and"):
            found.append((INSTITUTION, *match.span("name"), "a pub where someone drank"))
    for match in _USUAL_PUB.finditer(text):
        found.append((INSTITUTION, *match.span("name"), "a pub by one of the usual pub names"))
    for pattern, why in (
        (_AT_THE_X_AND_Y, "a place named 'X and Y' where someone was"),
        (_NEAR_THE_X_AND_Y, "a place named 'X and Y' where someone was"),
        (_PLAYED_FOR, "a team someone played for"),
    ):
        for match in pattern.finditer(text):
            words = [bare(w) for w in WORD.findall(match.group("name")) if w not in ("and", "&")]
            # 'the Crown and Woolpack' (one kind-of-body word), not 'the Police and Crime ...'
            if (
                not all(generic(w) or w in NOT_PERSONS for w in words)
                and not any(
                    w in SERVICE_WORDS
                    or w in MONTHS
                    or w in WEEKDAYS
                    or lexicon.is_national_word(w)
                    for w in words
                )
                and not lexicon.is_national_brand(match.group("name"))
            ):
                found.append((INSTITUTION, *match.span("name"), why))
    for match in _COMPANY_SUFFIX.finditer(text):
        # the company's own words, before its kind and suffix: "Bluestone" of "Bluestone Home
        # Care Ltd", which mention propagation then finds alone ("her manager at Bluestone")
        own = None
        for word in WORD.finditer(text, *match.span("name")):
            if generic(bare(word.group(0))):  # a kind ('Home Care') or the suffix ('Ltd')
                break
            own = (match.start("name"), word.end())
        name = match.group("name")
        if own is not None and not any(
            lexicon.is_national_brand(brand) for brand in (name, text[own[0] : own[1]])
        ):  # not 'Tesco Stores Ltd'
            found.append((INSTITUTION, *own, "a company by its suffix"))
    for match in _INSTITUTION_FIELD.finditer(text):
        words = [bare(w) for w in WORD.findall(match.group("name"))]
        if not all(
            generic(w)
            or w in _CONNECTORS
            or w == "and"
            # a table's cell says what, more often than which: "| School | Attendance |"
            or (not match.group("colon") and lexicon.is_common_word(w))
            for w in words
        ):
            found.append((INSTITUTION, *match.span("name"), "a record's field for an institution"))
    for match in _KIND_THEN_NAME.finditer(text):
        name = match.group("name")
        if not any(
            _no_business_word(w) or not_a_name(w) for w in (bare(w) for w in WORD.findall(name))
        ) and not lexicon.is_national_brand(name):
            found.append((INSTITUTION, *match.span("name"), "a business named after its kind"))
    for match in _TRADING_AS.finditer(text):
        first = bare(WORD.findall(match.group("name"))[0])
        if not _no_business_word(first) and not lexicon.is_national_brand(match.group("name")):
            found.append((INSTITUTION, *match.span("name"), "the name a business trades as"))
    for match in _RAN_THE.finditer(text):
        words = [bare(w) for w in WORD.findall(match.group("name"))]
        if not any(_no_business_word(w) for w in words) and not lexicon.is_national_brand(
            match.group("name")
        ):
            found.append((INSTITUTION, *match.span("name"), "a business someone ran"))
    for match in _NAME_THEN_KIND.finditer(text):
        words = [bare(w) for w in WORD.findall(match.group("name"))]
        if len(words) > 1 and words[-1] in _BUILDING_WORDS:
            words = words[:-1]  # "Kestrel House, a council tower block": the building's name
        if any(not_a_name(w) or w in SERVICE_WORDS for w in words) or lexicon.is_national_brand(
            match.group("name")
        ):
            continue
        kind = match.group("kind")
        if kind.casefold() in _TRADE_KINDS and (
            match.group("article") == "the"
            or min(lexicon.word_zipf(w) for w in words) >= TRADE_NAME_MAX_ZIPF
        ):
            # 'Unusually, the agency with the most contact', 'Isolation, a tied home and
            # business': a sentence's first word; 'Skyline, a private-hire firm' is a name
            continue
        place = kind.casefold() in _PLACE_KINDS or bool(_DWELLING_KIND.match(kind))
        found.append(
            (
                ORGANISATION_PLACE if place else INSTITUTION,
                *match.span("name"),
                "named, then its kind",
            )
        )
    for match in _NUMBERED_BUSINESS.finditer(text):
        kind = match.group("kind").casefold()
        words = [bare(w) for w in WORD.findall(match.group("name"))][:-1]
        if (kind in NAMED_PLACE_HEADS or kind in BUSINESS_TAIL_HEADS) and not any(
            generic(w) or w in MONTHS for w in words
        ):
            found.append((INSTITUTION, *match.span("name"), "a business with a number in its name"))
    for match in _WORKED_AT_NAMED.finditer(text):
        name = match.group("name")
        if not any(
            _no_business_word(w) or not_a_name(w) or w in lexicon.country_names()
            for w in (bare(w) for w in WORD.findall(name))
        ) and not lexicon.is_national_brand(name):
            found.append((INSTITUTION, *match.span("name"), "a place someone worked or went to"))
    for match in _WORKED_AT_HOUSE.finditer(text):
        first = bare(match.group("first"))
        if not generic(first) and lexicon.word_zipf(first) < WORKED_AT_HOUSE_MAX_ZIPF:
            found.append((INSTITUTION, *match.span("name"), "a house where someone worked"))
    return found


# A review's list of agencies (review.yml): "agencies:" then one indented "- name" per line
# (the analysis view blanks YAML's "-" and ":"; a list at column 0 is indented once blanked).
_AGENCY_LIST = regex.compile(
    r"^agencies[ \t]*:?[ \t]*\n(?P<items>(?:[ \t]+-?[ \t]*[^\s][^\n]*(?:\n|$))+)", regex.M
)
_AGENCY_ITEM = regex.compile(
    # ... with a bracket, and the company's suffix after it: "Star Cars (Staincote) Ltd"
    r"^[ \t]+-?[ \t]*[\"']?(?P<name>[^\n\"'(]*[^\s\"'(])[ \t]*(?:\([^\n)]*\))?"
    r"(?:[ \t]+(?i:ltd|limited|plc|llp))?[\"']?[ \t]*$",
    regex.M,
)


def listed_agencies(text: str) -> list[tuple[str, int, int, str]]:
    """The words of its own in each agency a review lists (not a kind of body, a role, a
    national word or a connector): a business or a local body the site policy does not declare
    ("Nova Freight (employer)", "Peterborough" in "Peterborough City Council"). A public agency
    passes when the site policy lists it."""
    found: list[tuple[str, int, int, str]] = []
    for block in _AGENCY_LIST.finditer(text):
        for item in _AGENCY_ITEM.finditer(text, block.start("items"), block.end("items")):
            if _described_in_words(item.group("name")):
                continue  # "Domiciliary care agency": a kind of service, capitalised as an item
            run: tuple[int, int] | None = None
            for word in WORD.finditer(text, *item.span("name")):
                low = bare(word.group(0))
                joining = low in _CONNECTORS or low in ("and", "&")
                if not generic(low) and not joining:
                    run = (run[0] if run else word.start(), word.end())
                    continue
                if run is not None and not joining:
                    found.extend(_listed_run(text, *run))
                    run = None
            if run is not None:
                found.extend(_listed_run(text, *run))
    return found


def _described_in_words(item: str) -> bool:
    """A list item of English words in lower case but its first: a description, no name."""
    words = WORD.findall(item)
    return (
        len(words) > 1
        and all(word.islower() for word in words[1:])
        and lexicon.is_dictionary_word(words[0])
    )


def _listed_run(text: str, start: int, end: int) -> list[tuple[str, int, int, str]]:
    """A listed agency's own words, unless all in lower case ('the bank', 'her employer')."""
    if text[start:end].islower():
        return []
    return [(INSTITUTION, start, end, "an agency the review lists")]


def named_before_kind(text: str) -> list[tuple[str, int, int, str]]:
    """A business named before its lower-case kind ('the Jade Orchid takeaway')."""
    found: list[tuple[str, int, int, str]] = []
    for match in _NAME_BEFORE_KIND.finditer(text):
        start, end = match.span("name")
        words = WORD.findall(text[start:end])
        if len(words) > 2 and lexicon.is_national_word(words[-1]):
            # 'the Golden Lotus Chinese takeaway': the cuisine is no part of the name
            end = start + text[start:end].rindex(words[-1]) - 1
            words = words[:-1]
        lowered = [bare(w) for w in words if w not in ("and", "&")]
        if any(not_a_name(w) for w in lowered):
            continue  # 'the Polish Catholic church', 'the Sunday club'
        local = match.group("kind").casefold() in LOCAL_KINDS
        if not local and min(lexicon.word_zipf(w) for w in lowered) >= INSTITUTION_MAX_ZIPF:
            continue  # 'the Premier League club'; but 'the Lucky Star takeaway' is local
        found.append((INSTITUTION, start, end, "a business named before its kind"))
    for match in _NAMED_PUB.finditer(text):
        words = [bare(match.group("first")), bare(match.group("second"))]
        if not any(not_a_name(w) or w in SERVICE_WORDS for w in words):
            found.append((INSTITUTION, *match.span("name"), "a pub named 'the X and Y'"))
    return found
