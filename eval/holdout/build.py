#!/usr/bin/env python3
"""Build NNN.txt and NNN.gold.json from the inline-annotated sources in src/NNN.ann.

Source markup (one article per file):
  line 1:  #dct YYYY-MM-DD        (publication date = dct)
  optional #prose false
  then the article text, with
    [[TYPE:surface]]                 entity mention (PER, LOC, ORG, MISC)
    {{TYPE|value|surface}}           TIMEX3 (DATE, TIME, DURATION, SET)
    {{TYPE|value|MOD|surface}}       TIMEX3 with mod
Offsets are UTF-8 byte offsets into the produced .txt, end exclusive.
"""
import json, re, sys, pathlib

HERE = pathlib.Path(__file__).resolve().parent
TOKEN = re.compile(r"\[\[(PER|LOC|ORG|MISC):([^\]]+?)\]\]"
                   r"|\{\{(DATE|TIME|DURATION|SET)\|([^|}]+)\|(?:([A-Z_]+)\|)?([^|}]+)\}\}")

def build(ann_path):
    lines = ann_path.read_text(encoding="utf-8").split("\n")
    meta = {"prose": True}
    while lines and lines[0].startswith("#"):
        k, v = lines.pop(0)[1:].split(None, 1)
        meta[k] = (v.strip() != "false") if k == "prose" else v.strip()
    src = "\n".join(lines).rstrip("\n") + "\n"
    out = bytearray(); mentions = []; timexes = []; pos = 0
    for m in TOKEN.finditer(src):
        out += src[pos:m.start()].encode("utf-8")
        start = len(out)
        if m.group(1):
            surf = m.group(2); out += surf.encode("utf-8")
            mentions.append({"start": start, "end": len(out), "type": m.group(1), "text": surf})
        else:
            surf = m.group(6); out += surf.encode("utf-8")
            t = {"start": start, "end": len(out), "text": surf, "type": m.group(3), "value": m.group(4)}
            if m.group(5):
                t["mod"] = m.group(5)
            timexes.append(t)
        pos = m.end()
    out += src[pos:].encode("utf-8")
    text = out.decode("utf-8")
    for bad in ("[[", "]]", "{{", "}}"):
        assert bad not in text, (ann_path, bad)
    doc = ann_path.stem
    gold = {"doc": doc, "source": "Dateline held-out gold set (original text)",
            "published": meta["dct"], "dct": meta["dct"],
            "title": text.split("\n", 1)[0], "prose": meta["prose"],
            "mentions": sorted(mentions, key=lambda x: x["start"]),
            "timexes": sorted(timexes, key=lambda x: x["start"])}
    (HERE / f"{doc}.txt").write_bytes(out)
    (HERE / f"{doc}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                           encoding="utf-8")
    words = len(text.split())
    print(doc, meta["dct"], "words", words, "mentions", len(mentions), "timexes", len(timexes))

if __name__ == "__main__":
    for p in sorted((HERE / "src").glob("*.ann")):
        build(p)
