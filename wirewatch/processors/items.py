"""Aid items: a small weapons/supplies gazetteer and the splitting of `includes A, B and C` lists.

The weapon names follow the categories of the Kiel Ukraine Support Tracker (tanks, howitzers,
air defence, multiple rocket launchers, ...); written here from general knowledge, not copied.
"""

from __future__ import annotations

import re

from .wordfilter import FirstCharScan

# Category -> regex alternatives (case-insensitive unless all-caps system names).
# a donor's own stock named by the model alone: `would send 14 of its own Leopards`, `will send their Leopards` (not after an
# infinitive `to send`: `was ready to send its own Leopards`, `urged Berlin to send its Leopards` is no decision to give;
# nor `would send its Leopards as part of a coalition`: a plan that waits on others)
_POSSESSED_LEOPARDS = [
    r"Leopards(?<=%s Leopards)" % det + "".join(r"(?<!to %s %s Leopards)" % (verb, full) for verb in ("send", "give", "supply") for full in fulls)
    + r"(?!\s+(?:to\s+[A-Z][\w-]*\s+)?as\s+part\s+of\s+an?\s+(?:[\w-]+\s+)?coalition)"
    for det, fulls in (("its", ("its",)), ("own", ("its own", "their own")), ("eir", ("their",)))
]
MILITARY_TERMS = [
    # systems
    r"HIMARS", r"M270", r"MLRS", r"ATACMS", r"GMLRS", r"NASAMS", r"IRIS-T(?: SLM)?", r"Patriot(?:s| batter(?:y|ies)| systems?| missiles?)?",
    r"SAMP/T", r"Hawk(?: air defen[cs]e)?", r"Avenger", r"Stinger(?:s| missiles)?", r"Javelin(?:s| missiles)?",
    r"NLAWs?", r"TOW(?: missiles)?", r"Storm Shadow(?:s| missiles)?", r"SCALP(?: missiles)?", r"Taurus(?: missiles)?",
    r"Harpoon(?:s| missiles)?", r"HARM(?: missiles)?", r"AIM-9", r"Sidewinder(?:s)?", r"Switchblade(?:s| drones)?",
    r"Phoenix Ghost(?: drones)?", r"Bayraktar(?:s| drones)?", r"Gepard(?:s| anti-aircraft guns?)?",
    r"Leopard(?:[- ]?[12](?:[- ]A[0-9]+)?[A-Z0-9]*)?(?: tanks)?", r"Leopards(?<=\d Leopards)", *_POSSESSED_LEOPARDS, r"Abrams(?: tanks)?", r"M1A1(?: Abrams)?", r"Challenger(?: 2)?(?: tanks)?",
    r"T-72s?(?: tanks)?", r"PT-91", r"Bradleys?(?: Fighting Vehicles| infantry fighting vehicles)?", r"Marders?",
    r"Strykers?(?: armou?red vehicles)?", r"M113s?", r"CV90s?", r"Humvees?", r"MRAPs?", r"M777s?(?: howitzers)?",
    r"M109s?(?: howitzers)?", r"Paladins?", r"PzH 2000s?", r"Panzerhaubitze 2000", r"CAESARs?(?: howitzers)?",
    r"Archer(?: howitzers)?", r"Krab(?: howitzers)?", r"Zuzana(?: howitzers)?", r"F-16s?(?: fighter jets)?",
    r"Mirage(?: 2000)?(?: jets)?", r"Gripens?(?: jets)?", r"MiG-29s?", r"Su-25s?", r"Black Hawks?",
    # generic military nouns
    r"(?:\d+mm |155mm |105mm )?(?:artillery )?(?:shells|rounds|ammunition)", r"artillery(?: systems)?",
    r"howitzers?", r"(?:main )?battle tanks", r"tanks", r"armou?red (?:personnel carriers|vehicles)",
    r"infantry fighting vehicles", r"air[- ]defen[cs]e(?: systems?| missiles| interceptors)?", r"interceptors",
    r"(?:anti-tank |anti-aircraft |anti-ship |air-to-air |cruise |ballistic |surface-to-air )?missiles",
    r"rockets", r"drones", r"mortars?", r"grenades", r"small arms", r"rifles", r"machine guns",
    r"cluster (?:bombs|munitions)", r"bombs", r"munitions", r"radars?", r"fighter jets", r"warplanes", r"(?<!private )jets",
    r"helicopters", r"(?:patrol|coast ?guard) (?:boats|vessels|ships|cutters)", r"mine-?(?:hunters|sweepers)", r"mine[- ]clearing (?:equipment|machines|vehicles)",
    r"bridging equipment", r"(?:surveillance|reconnaissance|training|early[- ]warning) (?:aircraft|planes)",
    r"night[- ]vision (?:devices|goggles)", r"body armou?r", r"helmets", r"weapons", r"arms",
    r"military equipment", r"launchers",
    # counted vehicles handed over (`about 100 trucks and other vehicles`); uncounted ones are no transfer (`gazetteer_items`)
    r"(?:military |army |utility |off-road |all-terrain |pickup |transport |cargo )?(?:trucks|vehicles)",
]
HUMANITARIAN_TERMS = [
    r"humanitarian",
    # before `relief` and `food`: an alternation takes the first alternative that matches
    r"(?:tonnes|tons|truckloads?|planeloads?|shiploads?) of (?:[\w-]+ ){0,2}?(?:aid|relief|food|supplies|goods|cargo|medicines?|equipment|materials?)",
    r"(?:humanitarian|relief|aid) (?:cargo|supplies|goods|items|materials?|shipments?|consignments?|convoys?|trucks|kits)",
    # relief sent by its general name (`sent humanitarian aid to Turkey`: goods on their way, a sum is named as such)
    r"(?:humanitarian|relief) (?:aid|assistance)",
    r"food", r"medical (?:supplies|equipment|aid)", r"medicines?", r"shelters?",
    r"generators", r"blankets", r"tents", r"refugees?", r"relief", r"winteri[sz]ation", r"emergency aid",
    r"demining", r"(?:drinking|clean) water", r"water (?:supplies|purification(?: units| plants| tablets)?)", r"hygiene kits", r"reconstruction", r"energy (?:equipment|infrastructure|grid|system|sector)",
    # relief workers sent after a disaster (troops and advisers are no aid)
    r"rescuers", r"(?:search[- ]and[- ]rescue|rescue|search|sniffer|medical|emergency medical|relief) (?:teams?|dogs|workers|experts|specialists|personnel|staff|units?)",
    # (pass aid46) `a team of civil protection specialists`, `a team of three specialists in water and shelter`
    r"civil protection (?:teams?|specialists|experts)",
    # (pass r52aid) France's `sécurité civile` and the civil defence corps of other countries: rescuers, not soldiers
    r"civil (?:security|defen[cs]e) (?:teams?|specialists|experts|rescuers|units?|personnel)",
    # (pass r52aid) `carrying emergency supplies`, `emergency equipment`: relief goods by their general name
    r"emergency (?:supplies|equipment|relief supplies)",  # (not `rescuers from its civil protection unit`: where they come from)
    r"team of (?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen) )?(?:(?:humanitarian|civil protection|disaster(?: relief)?|"
    r"relief|emergency|rescue|medical|health) (?:experts|specialists)|(?:experts|specialists) in (?:water|shelter|sanitation|health|logistics|disaster))",
    r"field hospitals?", r"firefighters", r"firefighting (?:planes|aircraft|helicopters|teams|units|crews)", r"water purification (?:units|plants)",
    r"vaccines?", r"(?:vaccine )?doses",
    # relief goods by name (what a shelter, a kitchen or a clinic after a disaster is made of)
    r"(?:prefabricated |temporary |mobile )?(?:container (?:homes|houses|units)|prefab(?:ricated)? (?:homes|houses|units)|caravans)",
    r"(?:hot|cooked|ready-to-eat|emergency|daily) meals", r"(?<=\d )meals", r"food (?:parcels|baskets|packages|rations|kits)", r"rice", r"(?:wheat )?flour",
    r"high-energy biscuits", r"(?:therapeutic|nutrition(?:al)?) (?:food|supplements|supplies)", r"baby formula",
    r"tarpaulins", r"plastic sheeting", r"sleeping bags", r"mattresses", r"jerry ?cans", r"kitchen sets", r"mosquito nets",
    r"solar (?:lamps|lanterns)", r"water (?:purifiers|filters|tanks|trucks)", r"shelter (?:kits|materials|items)",
    r"(?:disaster |emergency |needs )?(?:assessment|response|disaster relief|humanitarian) teams?", r"doctors", r"nurses", r"paramedics",
    # what rescuers bring and floods need pumped out (`a plane with rescue equipment`, `water pumps`)
    r"(?:rescue|relief|search-and-rescue) equipment", r"(?:water|drainage|dewatering) pumps",
    # what a hospital or a winter needs (`donated ambulances and generators`, `40,000 winter jackets and 10,000 heaters`)
    r"ambulances", r"(?:mobile|field) clinics", r"hospital beds", r"wheelchairs", r"ventilators", r"oxygen (?:concentrators|cylinders)",
    r"heaters", r"(?:wood |cooking )?stoves", r"(?:winter|warm) (?:jackets|coats|clothes|clothing)", r"clothing",
    r"(?:tonnes|tons|bags|sacks) of (?:dates|sugar|lentils|beans|pulses|cooking oil|powdered milk|milk powder|clothes)",
    # grain by the tonne (a staple: relief only with a relief word or a verb of giving, `is_commodity`)
    r"(?:tonnes|tons|bags|sacks) of (?:wheat|grain|maize|corn|sorghum)",
    # fuel by the quantity (a commodity as grain is: relief only with a relief word or a verb of giving, `is_commodity`)
    r"(?:tonnes|tons|litres|liters|barrels|cubic metres) of (?:fuel|diesel|petrol|gasoline|kerosene|heating oil|fuel oil)",
    # what a farm, a clinic or a grid cut off needs (`donated solar panels`, `seeds and fertiliser`, `insulin and antibiotics`)
    r"(?:electric |city |school )?buses", r"solar panels", r"(?:crop |vegetable )?seeds", r"fertili[sz]ers?", r"insulin", r"antibiotics", r"(?:first[- ]aid|medical) kits",
]
FINANCIAL_TERMS = [
    r"budget support", r"budgetary support", r"macro-?financial", r"financial (?:aid|assistance|support)",
    r"financial(?= (?:and|or) [\w-]+ (?:aid|assistance|support))",  # `financial and humanitarian support`
    r"economic(?= (?:and|or) [\w-]+ (?:aid|assistance|support))",  # `economic and security assistance`
    r"loans?", r"lend(?:s|ing)?", r"lent", r"lending", r"disbursements?", r"(?<!emergency )(?-i:grants?)(?! aid)(?! (?:military|humanitarian|security) (?:aid|assistance))", r"credit(?: line)?s?", r"economic (?:aid|assistance|support)",
    r"direct budget", r"Ukraine Facility", r"bonds", r"guarantees", r"salaries", r"pensions", r"deposit(?:s|ed)?",
]

MILITARY_CUES = re.compile(
    # (pass aid50: `Spain's military emergencies unit`, the UME, is a civil-protection corps sent to disasters)
    # (pass r52aid: `military firefighters`, `military rescuers`: a disaster corps' members, no arms; `civil security`,
    # `civil defence`: the civil rescue services)
    r"\b(?:military(?![\s-]+(?:emergenc|firefight|rescue|search))|(?<!civil )security|(?<!civil )defen[cs]e|weapons?|arms|ammunition|munitions|lethal|drawdown|"
    r"Presidential Drawdown|USAI|Ukraine Security Assistance Initiative|European Peace Facility|"
    r"artillery|air defen[cs]e|missiles?|tanks?|howitzers|drones|train(?:ing)? and equip(?:ping)?)\b",
    re.IGNORECASE,
)
# type cues that are no items: `military and civilian aid` is mixed; `emergency grants` (Japan's `emergency grant aid`) are disaster relief
HUMANITARIAN_CONTEXT = [r"civilian (?:aid|support|assistance|needs|purposes|projects)", r"emergency grants?(?: aid)?", r"emergency cash (?:assistance|aid|relief)", r"(?:for|to help) (?:the )?(?:survivors|victims) of", r"Central Emergency Response Fund", r"CERF"]
HUMANITARIAN_CUES = re.compile(r"\b(?:" + "|".join(HUMANITARIAN_TERMS + HUMANITARIAN_CONTEXT) + r")\b", re.IGNORECASE)
FINANCIAL_CUES = re.compile(r"\b(?:" + "|".join(FINANCIAL_TERMS) + r")\b", re.IGNORECASE)

_ITEM_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(MILITARY_TERMS + HUMANITARIAN_TERMS[1:]) + r")(?![\w-])", re.IGNORECASE
)
# `_ITEM_RE.finditer`, each word start tried only with the terms that can start with its first letter
_ITEM_SCAN = FirstCharScan(MILITARY_TERMS + HUMANITARIAN_TERMS[1:], r"(?![\w-])", re.IGNORECASE)
assert _ITEM_SCAN.pattern.pattern == _ITEM_RE.pattern

# relief items only (the load of an arriving plane or team)
HUMANITARIAN_ITEM = re.compile(r"(?<![\w-])(?:" + "|".join(HUMANITARIAN_TERMS[1:]) + r")(?![\w-])", re.IGNORECASE)

# `The package would include A, B and C`, `including A and B`, `such as A`.
_LIST_CUE = re.compile(
    r"\b(?:include[sd]?|including|consist(?:s|ed|ing)? of|compris(?:es|ed|ing)|contain(?:s|ed|ing)?|"
    r"such as|made up of|in the form of)\s+",
    re.IGNORECASE,
)
_LIST_STOP = re.compile(
    r"[;:.!?()\u201c\u201d\"]|,\s*(?=(?:\w+ed\s+(?:from|by|in|at|on|to|with|under|through|via)|which|that|according|as|officials?|while|all|"
    r"sourced|drawn|taken|coming|worth|valued|said|says|the (?:package|aid|pentagon)|it)\b)|"
    r"\s(?=(?:from|sourced|drawn|taken|worth|valued)\b)|"
    # `..., Secretary of State Antony Blinken said`, `... but no tanks`: the list is over
    r",\s*(?=(?:[\w.'\u2019-]+\s+){1,6}(?:said|says|told|announced|added|confirmed)\b)|,?\s+(?=but\b)",
    re.IGNORECASE,
)
_LEADING = re.compile(
    r"^(?:and|or|plus|as well as|other|additional|more|new|extra|further|the|a|an|some|several|"
    r"dozens of|hundreds of|thousands of|millions of|tens of thousands of|rounds for|also)\s+",
    re.IGNORECASE,
)


def _clean(item: str) -> str:
    item = item.strip(" ,\u2019'\u201d\"")
    previous = None
    while previous != item:
        previous = item
        item = _LEADING.sub("", item).strip()
    return item


def list_items(text: str, start: int, end: int) -> list[str]:
    """Items of every `include(s)/including/such as ...` list in text[start:end]."""
    out: list[str] = []
    body = text[start:end]
    for cue in _LIST_CUE.finditer(body):
        rest = body[cue.end() :]
        stop = _LIST_STOP.search(rest)
        chunk = rest[: stop.start()] if stop else rest
        for piece in re.split(r",\s*|\s+and\s+|\s+as well as\s+|\s+plus\s+", chunk):
            item = _clean(piece)
            if not item or len(item.split()) > 8 or re.match(r"^[A-Z]{0,3}\$|^€|^£|^¥|^\d+(?:\.\d+)? ?(?:million|billion)", item):
                continue
            if _ITEM_RE.search(item) or item[:1].isupper():
                if item not in out:
                    out.append(item)
    return out


NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    "eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|a dozen|two dozen"
)
_COUNT_BEFORE = re.compile(
    r"(?:(?<![\w-])\d[\d,]*|\b(?i:" + NUMBER_WORDS + r")|\bdozens of|\bhundreds of|\bthousands of)\s+(?:more\s+|additional\s+|further\s+|extra\s+|new\s+|used\s+|remaining\s+|surplus\s+|spare\s+|refurbished\s+|"
    r"decommissioned\s+|older\s+|old\s+)?(?:[A-Z][A-Z0-9-]*\d[A-Z0-9-]*\s+|(?:[A-Z][a-z]+(?:-[A-Za-z]+)?\s+){1,2}|(?:[a-z]+-[a-z]+\s+){1,2})?$"
)
_COUNTED = re.compile(r"(?:\d|(?i:" + NUMBER_WORDS + r")\b|dozens|hundreds|thousands)")


def is_counted(item: str) -> bool:
    """Whether an item names a quantity (`14 Leopard 2`, `four Leopard 2 tanks`)."""
    return bool(_COUNTED.match(item))


def gazetteer_items(text: str, start: int, end: int) -> list[str]:
    """Named weapons in text[start:end] with a preceding count (`14 Leopard 2 tanks`)."""
    out: list[str] = []
    last_end = -1
    for match in _ITEM_SCAN.finditer(text, start, end):
        s = match.start()
        if out and s == last_end + 1 and text[last_end] == " ":
            # `14 Challenger 2 main battle tanks`: a model name and its noun are one item (the `2` is no count)
            out[-1] = out[-1] + " " + match.group(0)
            last_end = match.end()
            continue
        # `14 Leopard 2 tanks`, `31 M1 Abrams tanks` (one model token between the count and the name)
        count = _COUNT_BEFORE.search(text[max(start, s - 45) : s])
        item = (count.group(0) if count else "") + match.group(0)
        item = item.strip()
        if item.casefold() in {"weapons", "arms", "military equipment", "launchers", "humanitarian", "relief", "water"}:
            continue
        if not count and any(o.endswith(" " + item) for o in out):
            continue  # `three Leopard 2A6 tanks ..., adding that the tanks would arrive`: the same items named again
        if item not in out:
            out.append(item)
            last_end = match.end()
    return out


# staples that are traded as much as given (`shipped 50,000 tonnes of rice to the Philippines`): relief only where the
# sentence says so (`relief_cue`)
_COMMODITY = re.compile(
    r"(?:[\d,.]+\s+)?(?:(?:tonnes|tons|bags|sacks|litres|liters|barrels|cubic metres) of\s+)?"
    r"(?:rice|(?:wheat )?flour|wheat|grain|maize|corn|sorghum|fuel|diesel|petrol|gasoline|kerosene|heating oil|fuel oil)$",
    re.IGNORECASE,
)
_RELIEF_CUE = re.compile(
    r"\b(?:aid|relief|humanitarian|donat\w*|gifts?|free|victims|survivors|displaced|families|households|hungry|hunger|famine|"
    r"malnourished|floods?|flooding|quake|earthquake|cyclone|typhoon|hurricane|storm|drought|disaster|emergency|refugees|needy|"
    r"World Food Programme|WFP|free of charge)\b",
    re.IGNORECASE,
)


def is_commodity(item: str) -> bool:
    """Whether an item is a traded staple (`rice`, `50,000 tonnes of wheat`), relief only in a relief context."""
    return bool(_COMMODITY.match(item))


def relief_cue(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] tells of relief (a disaster, its victims, aid, a donation)."""
    return _RELIEF_CUE.search(text, start, end) is not None


_MILITARY_ITEM_RE = re.compile(r"(?<![\w-])(?:" + "|".join(MILITARY_TERMS) + r")(?![\w-])", re.IGNORECASE)


def is_military_item(item: str) -> bool:
    """Whether an item is a weapon or military equipment (`blankets` is not)."""
    return bool(_MILITARY_ITEM_RE.search(item))


def starts_with_item(text: str) -> bool:
    """Whether `text` opens with a military or relief item (`drones and ...`, `155mm shells`)."""
    match = _ITEM_RE.match(text)
    return bool(match) and match.group(0).casefold() not in {"water", "relief", "humanitarian"}
