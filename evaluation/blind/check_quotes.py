import sys, re, yaml, pathlib, collections
d = pathlib.Path(sys.argv[1])
labels = yaml.safe_load(open(d/'labels.yaml'))
facts = {f['id'] for f in yaml.safe_load(open(d/'facts.yaml'))['facts']}
bad = 0
cnt = collections.Counter(); per = collections.Counter(); kinds = collections.Counter()
def sentences(text):
    body = text.split('---', 2)[2] if text.startswith('---') else text
    out = []
    for para in re.split(r'\n\s*\n', body):
        p = re.sub(r'\s+', ' ', para).strip()
        out += re.split(r'(?:(?<=[.!?])|(?<=[.!?]["”)]))\s+(?=[A-Z"“*\[(])', p) if p else []
    return out
for l in labels:
    t = open(d/'articles'/l['article']).read()
    q = l['quote']
    ok = q in t and any(q in s for s in sentences(t)) and l['fact'] in facts and l['label'] in ('supports','contradicts','confounder')
    if l['label']=='confounder' and not l['note'].startswith('kind:'): ok=False
    if not ok: bad += 1; print('BAD', l['article'], l['fact'], q)
    cnt[l['label']] += 1; per[(l['fact'], l['label'])] += 1
    if l['label']=='confounder': kinds[l['note'].split('(')[0].strip()] += 1
print(dict(cnt), 'bad', bad)
for k in sorted(per): print(k, per[k])
for k,v in kinds.most_common(): print(v, k)
