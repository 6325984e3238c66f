import { runCli } from "../helpers/runCli";
test("x", async () => {
  for (const f of ["план-график-2025.html", "дорожная-карта-цели.tsv", "выписка-обрезана.md"]) {
    const r = await runCli(["structure", `test/fixtures/plans/structures/${f}`, "--json"]);
    const p = JSON.parse(r.stdout || "{}");
    console.log(f, r.code, r.stderr, JSON.stringify(p.sections), JSON.stringify(p.columns), "\n" + (p.items ?? []).map((i: any) => `${i.number} ${i.qualifiedNumber ?? ""} [${i.section}] ${i.name} | ${JSON.stringify(i.deadline)} | ${JSON.stringify(i.notes)}`).join("\n"), JSON.stringify(p.dropped?.map((d: any) => d.reason)), JSON.stringify(p.issues?.map((i: any) => i.code)));
  }
});
