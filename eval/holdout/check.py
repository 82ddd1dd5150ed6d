#!/usr/bin/env python3
"""Checker for the held-out gold set in this folder.

Hard checks (any failure -> exit 1):
  * NNN.txt is UTF-8, ends with "\n"; line 1 == title; published == dct, valid ISO date;
  * every mention/timex: 0 <= start < end <= len, offsets on UTF-8 character boundaries,
    slice == text, no newline inside, no leading/trailing whitespace;
  * lists sorted by start; mentions do not overlap each other; timexes do not overlap
    each other;
  * mention types in PER/LOC/ORG/MISC; timex types in DATE/TIME/DURATION/SET;
  * values well-formed for their type; mod in the TimeML list;
  * calendar consistency: a weekday name in a DATE/TIME timex agrees with the weekday of a
    day-level value; a month name agrees with the month of the value; "next/last/this week",
    "next/last month", "next/last/this year", "now" agree with dct.
Soft report (-v): capitalised words and date-like words outside any annotation, for review.
"""
import datetime as dt, glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ETYPES = {"PER", "LOC", "ORG", "MISC"}
TTYPES = {"DATE", "TIME", "DURATION", "SET"}
MODS = {"START", "MID", "END", "APPROX", "MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE",
        "EQUAL_OR_LESS", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER"}
DATE_RE = re.compile(r"^(?:PRESENT_REF|PAST_REF|FUTURE_REF"
                     r"|\d{2}|\d{3}|\d{4}"
                     r"|\d{4}-(?:0[1-9]|1[0-2])"
                     r"|\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"
                     r"|\d{4}-W(?:0[1-9]|[1-4]\d|5[0-3])(?:-WE)?"
                     r"|\d{4}-Q[1-4]|\d{4}-H[12]|\d{4}-(?:SP|SU|FA|WI))$")
TIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T(?:MO|MI|AF|EV|NI|DT|(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?)$")
DUR_RE = re.compile(r"^P(?:(?:\d+|X)(?:Y|M|W|D|DE|CE|Q)|T(?:\d+|X)(?:H|M|S))$")
SET_RE = re.compile(r"^(?:P(?:\d+|X)(?:Y|M|W|D|Q)|PT(?:\d+)(?:H|M)|XXXX-WXX-[1-7](?:T(?:MO|AF|EV|NI))?)$")
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"])}
MONTHS.update({"jan": 1, "feb": 2, "sept": 9, "oct": 10, "nov": 11, "dec": 12})

def iso_week(d):
    y, w, _ = d.isocalendar(); return f"{y}-W{w:02d}"

def add_months(d, n):
    m = d.month - 1 + n; return f"{d.year + m // 12}-{m % 12 + 1:02d}"

def check_doc(txt_path, verbose):
    errs = []
    doc = os.path.basename(txt_path)[:-4]
    raw = open(txt_path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return [f"{doc}: not UTF-8: {e}"]
    g = json.load(open(os.path.join(HERE, doc + ".gold.json"), encoding="utf-8"))
    E = lambda m: errs.append(f"{doc}: {m}")
    if not text.endswith("\n"): E("text does not end with newline")
    if g.get("doc") != doc: E("doc field mismatch")
    if g.get("title") != text.split("\n", 1)[0]: E("title != line 1")
    if g.get("published") != g.get("dct"): E("published != dct")
    try:
        dct = dt.date.fromisoformat(g["dct"])
    except Exception:
        return errs + [f"{doc}: bad dct {g.get('dct')!r}"]
    if not isinstance(g.get("prose"), bool): E("prose not boolean")
    boundary = lambda i: i == len(raw) or (raw[i] & 0xC0) != 0x80

    def spans(items, kind):
        prev = None
        for it in items:
            s, e = it["start"], it["end"]
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(raw)):
                E(f"{kind} bad offsets {it}"); continue
            if not (boundary(s) and boundary(e)): E(f"{kind} offset not on UTF-8 boundary {it}")
            sl = raw[s:e].decode("utf-8", "replace")
            if sl != it["text"]: E(f"{kind} slice {sl!r} != text {it['text']!r}")
            if "\n" in sl or sl != sl.strip(): E(f"{kind} whitespace/newline in span {sl!r}")
            if prev is not None:
                if (s, e) < (prev["start"], prev["end"]): E(f"{kind} not sorted at {it}")
                if s < prev["end"]: E(f"{kind} overlap {prev['text']!r} / {it['text']!r}")
            prev = it
    spans(g["mentions"], "mention"); spans(g["timexes"], "timex")
    for m in g["mentions"]:
        if m["type"] not in ETYPES: E(f"bad mention type {m}")
        if set(m) != {"start", "end", "type", "text"}: E(f"mention keys {m}")
    for t in g["timexes"]:
        ty, v, txt = t["type"], t["value"], t["text"].lower()
        if ty not in TTYPES: E(f"bad timex type {t}"); continue
        if not set(t) <= {"start", "end", "text", "type", "value", "mod"}: E(f"timex keys {t}")
        if "mod" in t and t["mod"] not in MODS: E(f"bad mod {t}")
        ok = {"DATE": DATE_RE, "TIME": TIME_RE, "DURATION": DUR_RE, "SET": SET_RE}[ty].match(v)
        if not ok: E(f"malformed {ty} value {v!r} for {t['text']!r}")
        # calendar checks
        day = re.match(r"^(\d{4}-\d{2}-\d{2})", v)
        if ty in ("DATE", "TIME"):
            words = re.findall(r"[a-z]+", txt)
            for w in words:
                if w in WEEKDAYS:
                    if not day: E(f"weekday without day value {t}")
                    elif dt.date.fromisoformat(day.group(1)).weekday() != WEEKDAYS.index(w):
                        E(f"weekday mismatch {t}")
                if w in MONTHS and re.match(r"^\d{4}-\d{2}", v):
                    if int(v[5:7]) != MONTHS[w]: E(f"month mismatch {t}")
            rel = {"next week": iso_week(dct + dt.timedelta(7)),
                   "last week": iso_week(dct - dt.timedelta(7)),
                   "this week": iso_week(dct),
                   "next month": add_months(dct, 1), "last month": add_months(dct, -1),
                   "this month": add_months(dct, 0),
                   "next year": str(dct.year + 1), "last year": str(dct.year - 1),
                   "this year": str(dct.year)}
            for k, want in rel.items():
                if k in txt and not any(m in txt for m in MONTHS if m in words):
                    if not v.startswith(want): E(f"{k!r} should be {want}: {t}")
            if re.search(r"\b(?:last|this|next) week\b", txt) and not re.match(r"^\d{4}-W\d{2}", v):
                E(f"week expression without week value {t}")
            if txt in ("now", "today") and v != "PRESENT_REF": E(f"now/today not PRESENT_REF {t}")
            m4 = re.fullmatch(r"(\d{4})", txt)
            if m4 and v != m4.group(1): E(f"year mismatch {t}")
            if re.search(r"\b(night|morning|afternoon|evening|a\.m\.|p\.m\.|noon)\b", txt) and ty != "TIME":
                E(f"part of day should be TIME {t}")
            if ty == "TIME":
                part = re.search(r"T(MO|AF|EV|NI)$", v)
                for w, code in (("night", "NI"), ("morning", "MO"), ("afternoon", "AF"), ("evening", "EV")):
                    if w in txt and (not part or part.group(1) != code): E(f"part-of-day code {t}")
                hm = re.search(r"\b(\d{1,2})(?::(\d\d))? (a|p)\.m\.", txt)
                if hm:
                    h = int(hm.group(1)) % 12 + (12 if hm.group(3) == "p" else 0)
                    if not v.endswith(f"T{h:02d}:{hm.group(2) or '00'}"): E(f"clock time {t}")
                if re.search(r"\bnoon\b", txt) and not v.endswith("T12:00"): E(f"noon {t}")
    if verbose:
        covered = bytearray(len(raw))
        for it in g["mentions"] + g["timexes"]:
            for i in range(it["start"], it["end"]): covered[i] = 1
        for m in re.finditer(rb"[^\s,.;:!?()\"'-]+", raw):
            w = m.group().decode("utf-8")
            if any(covered[m.start():m.end()]): continue
            wl = w.lower()
            if (w[0].isupper() or wl in WEEKDAYS or wl in MONTHS or re.fullmatch(r"1[89]\d\d|20\d\d", w)
                    or wl in ("now", "today", "week", "month", "year", "years", "night", "weekend",
                              "tonight", "yesterday", "tomorrow", "summer", "spring", "quarter")):
                print(f"  {doc} unannotated: {w}")
    return errs

def main():
    verbose = "-v" in sys.argv
    files = sorted(glob.glob(os.path.join(HERE, "[0-9][0-9][0-9].txt")))
    errs = []; counts = {}; tcounts = {}
    for f in files:
        errs += check_doc(f, verbose)
        g = json.load(open(f[:-4] + ".gold.json", encoding="utf-8"))
        for m in g["mentions"]: counts[m["type"]] = counts.get(m["type"], 0) + 1
        for t in g["timexes"]: tcounts[t["type"]] = tcounts.get(t["type"], 0) + 1
    for e in errs: print("ERROR", e)
    print(f"{len(files)} documents; mentions {dict(sorted(counts.items()))} total {sum(counts.values())}; "
          f"timexes {dict(sorted(tcounts.items()))} total {sum(tcounts.values())}")
    print("FAIL" if errs else "OK")
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
