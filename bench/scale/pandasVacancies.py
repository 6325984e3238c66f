"""The pandas peer of `plankadry vacancies` on a generated long vacancy table: read_csv, open vacancies only,
sums of vacancies, rates and hours by month and organisation, by month and position/subject, by month, and the
month-to-month change of each organisation. Prints its own peak RSS (MB) as JSON. Run: python3 pandasVacancies.py v.csv"""
import json
import resource
import sys

import pandas as pd

df = pd.read_csv(sys.argv[1], sep=";", dtype=str, keep_default_na=False)
df.columns = ["period", "org", "position", "subject", "rates", "hours", "opened", "status", "closed"]
df["rates"] = pd.to_numeric(df["rates"])
df["hours"] = pd.to_numeric(df["hours"])
df["vacancies"] = 1
open_ = df[df["status"].str.lower() != "закрыта"]
cols = ["vacancies", "rates", "hours"]
by_org = open_.groupby(["period", "org"])[cols].sum()
by_pos = open_.groupby(["period", "position", "subject"])[cols].sum()
totals = open_.groupby("period")[cols].sum()
changes = by_org.groupby(level="org").diff().dropna()
dups = df.duplicated(["period", "org", "position", "subject", "status"]).sum()
out = {"byOrg": len(by_org), "byPosition": len(by_pos), "periods": len(totals), "changes": len(changes), "duplicates": int(dups)}
out["maxRssMb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(out))
