"""The pandas peer of `plankadry indicators` on a generated staff list: read_csv, then five shares of pedagogues
(higher education, higher pedagogical, highest category, first category, any category) by organisation, by type
and in total. Prints its own peak RSS (MB) as JSON. Run: python3 pandasShares.py persons.csv"""
import json
import resource
import sys

import pandas as pd

df = pd.read_csv(sys.argv[1], sep=";", dtype=str, keep_default_na=False)
df.columns = ["org", "type", "fio", "group", "rate", "education", "category"]
group = df["group"].str.lower()
education = df["education"].str.lower()
category = df["category"].str.lower()
ped = group.str.startswith("пед")
flags = pd.DataFrame({
    "org": df["org"],
    "type": df["type"],
    "ped": ped,
    "higher": ped & education.str.startswith("высш"),
    "higher_ped": ped & education.str.contains("высшее пед", regex=False),
    "highest": ped & category.str.startswith("высш"),
    "first": ped & category.str.startswith("перв"),
})
flags["any"] = flags["highest"] | flags["first"]
cols = ["ped", "higher", "higher_ped", "highest", "first", "any"]
out = {}
for key in ["org", "type"]:
    sums = flags.groupby(key)[cols].sum()
    out[key] = len(sums.div(sums["ped"], axis=0))
total = flags[cols].sum()
out["total"] = float(total["higher"] / total["ped"])
out["maxRssMb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(out))
