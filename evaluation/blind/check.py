import yaml,sys,re,glob,collections,os
for d in sys.argv[1:]:
    labels=yaml.safe_load(open(f'{d}/labels.yaml'))
    facts={f['id'] for f in yaml.safe_load(open(f'{d}/facts.yaml'))['facts']}
    cnt=collections.Counter(); per=collections.Counter(); bad=0
    for x in labels:
        t=open(f"{d}/articles/{x['article']}").read()
        body=t.split('---',2)[2]
        norm=re.sub(r'\s+',' ',body)
        q=x['quote']
        assert x['fact'] in facts, x
        assert x['label'] in ('supports','contradicts','confounder'),x
        if x['label']=='confounder': assert x['note'].startswith('kind:'),x
        if norm.count(q)!=1 and body.count(q)<1:
            print('NOT FOUND/UNIQUE',x['article'],q, norm.count(q)); bad+=1
        if re.search(r'[.!?]["”]? [A-Z"“]',q) and not re.search(r'(Jan|Feb|Aug|Oct|Dec|Sept|Nov|p\.m|a\.m)\. [A-Z0-9]',q):
            print('SPANS?',x['article'],q); 
        cnt[x['label']]+=1; per[(x['fact'],x['label'])]+=1
    print(d,dict(cnt),'bad',bad); [print(' ',k,v) for k,v in sorted(per.items())]
