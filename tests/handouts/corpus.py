"""Hostile text for the handout tests: what residents really type, and what breaks naive code.

Each entry is (name, text). ``LIMITS`` names the entries that are documented not to come
back verbatim from the PDF text (README, "Grenzen van de hand-out"), with the reason.
"""

from __future__ import annotations

CORPUS: list[tuple[str, str]] = [
    ("plain", "Dorpshuis De Vaart"),
    ("markup", "<b>vet</b> & <i>schuin</i> &amp; <font size=40>groot</font>"),
    ("para", "<para>kapot</para> <br/> </br>"),
    ("quotes", "\"aanhalingstekens\" 'enkel' „Nederlands” ‘zo’"),
    ("accents", "Zoë, café, coöperatie, één, ‘s-Hertogenbosch"),
    ("polish_hungarian", "Łódź ő Ű ż ń"),
    ("greek_cyrillic", "Αθήνα Москва Київ"),
    ("emoji", "Fietsenmaker 🚲 zon 🌻 feest 🎉"),
    ("emoji_zwj", "Gezin 👨‍👩‍👧 en duim 👍🏽"),
    ("flags", "🇳🇱 🇪🇺"),
    ("dingbats", "✓ ✗ ☐ ★ ☎ ✉"),
    ("math", "1 < 2 > 0 & 3 ≥ 2 ≤ 4 ± 5 × 6 ÷ 7"),
    ("currency", "€ 1.250,- voor het dak, £5, $3, ¥9"),
    ("hebrew", "שלום לכולם"),
    ("arabic", "مرحبا بالجميع"),
    ("lam_alef", "لا إله السلام عليكم"),
    ("persian", "کتابخانه گروه چای پژوهش"),
    ("hebrew_address", "רחוב הרצל 12, תל אביב"),
    ("arabic_digits", "بيت ١٢٣ شارع ٤٥"),
    ("arabic_latin", "مركز Ulrum الثقافي"),
    ("chinese", "社区中心"),
    ("japanese", "公民館 こんにちは"),
    ("korean", "마을 회관"),
    ("myanmar", "ရွာ"),
    ("combining", "e\u0301 a\u0308 n\u0303"),
    ("nbsp", "10\u00a0km en 5\u202fkm"),
    ("zero_width", "zero\u200bwidth en soft\u00adhyphen"),
    ("controls", "bel\u0007 null\u0000 esc\u001b"),
    ("tabs_newlines", "regel een\nregel twee\ttab"),
    ("crlf", "windows\r\nregel"),
    ("backslashes", "C:\\Users\\dorp\\kaart.png \\n"),
    ("percent", "100% %s %d {0} {name}"),
    ("sql", "'; DROP TABLE action; --"),
    ("url", "https://www.ulrum.nl/dorpsvisie?x=1&y=2#deel"),
    ("email", "jan.bakker+dorp@voorbeeld.nl"),
    ("long_word", "Dorpsverenigingsondersteuningsmogelijkhedenoverzicht"),
    ("hyphenated", "dorpsvisie-werkgroep en noord-zuid"),
    ("only_spaces", "   "),
    ("dots", "…... ‥ ·"),
    ("formula", "=SOM(A1:A9)+1"),
]

LIMITS: dict[str, str] = {
    "emoji_zwj": "joiners and skin-tone marks are dropped: the family prints as three faces",
    "flags": "flag pairs print as two letter symbols; Symbola has no flags",
    "zero_width": "zero-width spaces are dropped; a soft hyphen is only a break chance",
    "controls": "control characters have no place on paper and are dropped",
    "hebrew_address": "pypdf reads numbers inside right-to-left text in drawing order",
    "arabic_digits": "pypdf reads numbers inside right-to-left text in drawing order",
    "arabic_latin": "pypdf reads Latin inside right-to-left text in drawing order",
    "only_spaces": "white space alone prints nothing",
    "myanmar": "shaped for paper (uharfbuzz): pypdf reads the glyphs in drawing order, vowel signs first",
}
