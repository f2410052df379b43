"""Date shapes shared by the exact-date and date-of-birth recognizers (UK order first).

- numeric day/month/year with /, - or . (12/03/1985, 12-03-85, 12.03.85); with dots a two-digit
  year needs a two-digit day and month, so paragraph numbers (3.1.12) are not dates;
- ISO 8601 (1985-03-12);
- written: 12 March 1985, 12th March 1985, 12th of March, 1985, 12 Mar. 1985, 12 March '85;
- American order: March 12 1985, March 12th, 1985;
- Welsh month names and ordinals too (4 Mawrth 1971, 23ain Mehefin 1998), as Welsh partnerships
  publish bilingual reports;
- other languages' month names and Roman-numeral months, as families' papers give them (9 de maio
  de 1995, 12 mars 1984, 22.VII.1975), and the Iranian calendar's (1 Farvardin 1337).
A month and a year alone ("March 2021") is not an exact date.
"""

from __future__ import annotations

DAY = r"(?:0?[1-9]|[12][0-9]|3[01])"
DAY2 = r"(?:0[1-9]|[12][0-9]|3[01])"
MONTH_NUMBER = r"(?:0?[1-9]|1[0-2])"
MONTH2 = r"(?:0[1-9]|1[0-2])"
YEAR4 = r"(?:1[89][0-9]{2}|20[0-9]{2})"
YEAR = rf"(?:{YEAR4}|[0-9]{{2}})"
MONTH_NAME = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
    # Welsh, for bilingual reports of Welsh partnerships ("4 Mawrth 1971")
    r"|Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr"
    # ... and as they mutate after 'o' (of): "11eg o Fehefin 1998"
    r"|Fawrth|Fai|Fehefin|Orffennaf|Fedi|Dachwedd|Ragfyr)"
)
# Month names of the languages families' papers are written in (Portuguese, Spanish, French,
# Italian, Polish in the genitive, Romanian, Turkish, German, Albanian): "9 de maio de 1995",
# "12 mars 1984".
FOREIGN_MONTH_NAME = (
    r"(?:janeiro|fevereiro|mar[çc]o|abril|maio|junho|julho|agosto|setembro|outubro|novembro|"
    r"dezembro|enero|febrero|marzo|mayo|junio|julio|septiembre|setiembre|octubre|noviembre|"
    r"diciembre|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|"
    r"d[ée]cembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
    r"stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrze[śs]nia|pa[źz]dziernika|"
    r"listopada|grudnia|ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|"
    r"noiembrie|decembrie|ocak|[şs]ubat|mart|nisan|may[ıi]s|haziran|temmuz|a[ğg]ustos|eyl[üu]l|"
    r"ekim|kas[ıi]m|aral[ıi]k|januar|februar|m[äa]rz|juni|juli|oktober|dezember|"
    # Albanian: "lindur më 12 qershor 1991"
    r"janar|shkurt|prill|qershor|korrik|gusht|shtator|tetor|n[ëe]ntor|dhjetor)"
)
# A month in Roman numerals, as Polish, Italian and older European papers write it ("22.VII.1975").
ROMAN_MONTH = r"(?-i:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)"
# English ordinals, and Welsh ones ("1af", "2il", "3ydd", "5ed", "7fed", "11eg", "23ain").
ORDINAL = r"(?:st|nd|rd|th|af|il|ydd|ed|fed|eg|ain)"
_WRITTEN_YEAR = rf"(?:{YEAR4}|['’][0-9]{{2}})"

_NUMERIC = (
    rf"(?<![0-9./\-])(?:"
    rf"{DAY}(?P<s1>[/\-]){MONTH_NUMBER}(?P=s1){YEAR}"
    rf"|{DAY}\.{MONTH_NUMBER}\.{YEAR4}"
    rf"|{DAY2}\.{MONTH2}\.[0-9]{{2}}"
    rf"|{YEAR4}(?P<s3>[\-./]){MONTH2}(?P=s3){DAY2}"  # 2021-03-07, 1990.03.07
    rf"|{YEAR4}\.[ \u00a0]{MONTH2}\.[ \u00a0]{DAY2}\."  # 1988. 07. 23., as Hungarian writes it
    rf"|{YEAR4}年{MONTH_NUMBER}月{DAY}日"  # 1971年8月19日, as Chinese and Japanese papers write it
    rf")(?![0-9]|[./\-][0-9])"
)
_WRITTEN_UK = (
    # ... as a court or a deed writes it too: "the 4th day of November 1959"
    rf"(?<![A-Za-z0-9]){DAY}{ORDINAL}?(?:\s+day\s+of|\s+of|\s+o)?[ \u00a0]+{MONTH_NAME}\.?,?[ \u00a0]+"
    rf"{_WRITTEN_YEAR}(?![0-9])"
)
# Lithuanian writes the year first, the month in the genitive: "1981 m. kovo 3 d.".
_LITHUANIAN_MONTH = (
    r"(?:sausio|vasario|kovo|baland[žz]io|gegu[žz][ėe]s|bir[žz]elio|liepos|rugpj[ūu][čc]io|"
    r"rugs[ėe]jo|spalio|lapkri[čc]io|gruod[žz]io)"
)
# Hungarian writes the year first too: "1987. március 4.".
_HUNGARIAN_MONTH = (
    r"(?:janu[áa]r|febru[áa]r|m[áa]rcius|[áa]prilis|m[áa]jus|j[úu]nius|j[úu]lius|augusztus|"
    r"szeptember|okt[óo]ber|november|december)"
)
# Latvian too, the month in the locative after the day: "1990. gada 12. maijā".
_LATVIAN_MONTH = (
    r"(?:janv[āa]r[īi]|febru[āa]r[īi]|mart[āa]|apr[īi]l[īi]|maij[āa]|j[ūu]nij[āa]|j[ūu]lij[āa]|"
    r"august[āa]|septembr[īi]|oktobr[īi]|novembr[īi]|decembr[īi])"
)
# The Iranian (solar Hijri) calendar's months, the year in its own count: "1 Farvardin 1337".
_PERSIAN_MONTH = (
    r"(?:Farvardin|Ordibehesht|Khordad|Tir|A?mordad|Shahrivar|Mehr|Aban|Azar|Dey|Dei|Bahman|"
    r"Esfand)"
)
_WRITTEN_FOREIGN = (
    rf"(?<![A-Za-z0-9]){DAY}[ \u00a0]+{_PERSIAN_MONTH}[ \u00a0]+1[34][0-9]{{2}}(?![0-9])|"
    rf"(?<![A-Za-z0-9]){DAY}(?:[º°]|er|\.)?(?:[ \u00a0]+de)?[ \u00a0]+{FOREIGN_MONTH_NAME}"
    rf"(?:[ \u00a0]+de)?[ \u00a0]+{YEAR4}(?![0-9])"
    rf"|(?<![A-Za-z0-9]){YEAR4}[ \u00a0]+m\.[ \u00a0]+{_LITHUANIAN_MONTH}[ \u00a0]+{DAY}"
    r"(?:[ \u00a0]+d\.)?(?![0-9])"
    rf"|(?<![A-Za-z0-9]){YEAR4}\.[ \u00a0]+gad[āa][ \u00a0]+{DAY}\.[ \u00a0]+{_LATVIAN_MONTH}"
    r"(?![A-Za-z])"
    rf"|(?<![A-Za-z0-9]){YEAR4}\.[ \u00a0]+{_HUNGARIAN_MONTH}[ \u00a0]+{DAY}\.?(?![0-9])"
    rf"|(?<![A-Za-z0-9]){DAY}(?P<s4>[./\-]){ROMAN_MONTH}(?P=s4){YEAR4}(?![0-9])"
)
_WRITTEN_US = (
    rf"(?<![A-Za-z0-9]){MONTH_NAME}\.?[ \u00a0]+{DAY}{ORDINAL}?,?[ \u00a0]+{YEAR4}(?![0-9])"
)

# Records write a short month between hyphens, dots or slashes: "11-Jan-1991", "11.Jan.91".
# Custody and PNC records run them together in capitals: "30NOV79", "04MAR1986".
_SHORT_MONTH_CAPS = r"(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
_RECORD_STYLE = (
    rf"(?<![A-Za-z0-9]){DAY}(?P<s2>[\-./]){MONTH_NAME}(?P=s2)(?:{YEAR4}|[0-9]{{2}})(?![0-9])"
    rf"|(?<![A-Za-z0-9]){DAY2}(?-i:{_SHORT_MONTH_CAPS})(?:{YEAR4}|[0-9]{{2}})(?![A-Za-z0-9])"
)

# The digit-led shapes are tried only where a digit stands: the regex engine would otherwise try
# each of them at every character of a review (the commonest pattern of the gate).
EXACT_DATE = (
    rf"(?:(?=[0-9])(?:{_NUMERIC}|{_WRITTEN_UK}|{_RECORD_STYLE}|{_WRITTEN_FOREIGN})|{_WRITTEN_US})"
)
# A day and a month with the year left to the context ("On 3 March she called"): in a
# chronology it is as exact as a full date.
DAY_MONTH = (
    rf"(?<![A-Za-z0-9]){DAY}(?:{ORDINAL}(?:\s+of)?[ \u00a0]*|(?:\s+of)?[ \u00a0]+)"
    rf"{MONTH_NAME}(?![A-Za-z])"
    rf"|(?<![A-Za-z0-9]){MONTH_NAME}[ \u00a0]+{DAY}{ORDINAL}?(?![0-9A-Za-z])"
)
WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu|thurs?|fri|"
    r"sat|sun)"
)
# A weekday and a day of the month ("Monday 3rd", "Tues 14"): exact within the chronology's month.
WEEKDAY_DAY = (
    rf"(?<![A-Za-z0-9]){WEEKDAY}\.?,?[ \u00a0]+(?:the[ \u00a0]+)?{DAY}{ORDINAL}?"
    r"(?![0-9A-Za-z:]|\.[0-9])"
)
# "on the 14th" (the month is the paragraph's): only where what follows ends the phrase, so "the
# 3rd time" and "the 19th century" are not dates.
THE_DAY = (
    r"(?<![A-Za-z])(?:on|by|until|till|from|since|before|after|between)[ \u00a0]+the[ \u00a0]+"
    rf"(?P<value>{DAY}{ORDINAL})(?![A-Za-z0-9])"
    r"(?=[ \u00a0]*(?:[,.;:!?)\]|]|$)|[ \u00a0]+(?:and|or|when|she|he|they|we|at|in|the|to|her|"
    r"his|a|an|there|police)(?![A-Za-z]))"
)
# A numeric day and month without the year ("12/03" in a chronology table); two digits each.
NUMERIC_DAY_MONTH = rf"(?<![0-9./\-]){DAY2}/{MONTH2}(?![0-9]|[./\-][0-9])"
MONTH_YEAR = rf"(?<![A-Za-z0-9]){MONTH_NAME}\.?,?[ \u00a0]+{YEAR4}(?![0-9])"
