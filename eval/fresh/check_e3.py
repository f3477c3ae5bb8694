import json,re,unicodedata,collections
D="/work/main/eval/newdocs/corpus/"
def n(s): return re.sub(r"\s+"," ",unicodedata.normalize("NFC",s).lower()).strip()
rows=[json.loads(l) for l in open("/work/main/eval/fresh/questions_e3.jsonl",encoding="utf-8")]
ids=set();seen=[];errs=[];kinds=collections.Counter();docs=set()
for r in rows:
    if r["id"] in ids: errs.append(("dup",r["id"]))
    ids.add(r["id"]); kinds[r["kind"]]+=1
    for h in r.get("history",[]):
        if h not in seen: errs.append(("hist",r["id"]))
    if r["answerable"]:
        if not 1<=len(r["evidence"])<=2: errs.append(("nev",r["id"]))
        for e in r["evidence"]:
            docs.add(e["source"])
            q=e["quote"]
            if not 20<=len(q)<=200: errs.append(("len",r["id"],len(q)))
            if n(q) not in n(open(D+e["source"],encoding="utf-8").read()): errs.append(("quote",r["id"]))
        for k in r["keywords"]:
            if not any(n(k) in n(e["quote"]) for e in r["evidence"]): errs.append(("kw",r["id"],k))
        if not r["keywords"]: errs.append(("nokw",r["id"]))
    else:
        assert r["evidence"]==[] and r["keywords"]==[]
    if r["kind"]=="no-diacritics" and (r["question"]!=r["question"].lower() or any(ord(c)>127 for c in r["question"])): errs.append(("diac",r["id"]))
    seen.append(r["question"])
old={json.loads(l)["question"] for l in open("/work/main/eval/newdocs/questions.jsonl",encoding="utf-8")}
for r in rows:
    if r["question"] in old: errs.append(("repeat",r["id"]))
print(len(rows),dict(kinds),"docs",len(docs),"errs",errs)
