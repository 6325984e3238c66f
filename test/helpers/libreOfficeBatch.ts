import { execFileSync } from "child_process";
import { copyFileSync, mkdirSync, mkdtempSync, renameSync, rmSync } from "fs";
import * as path from "path";

const stem = (file: string) => file.slice(0, file.length - path.extname(file).length);

/** A file to convert and the folder its converted copy goes to. */
export interface Conversion {
  readonly file: string;
  readonly outDir: string;
}

/**
 * Converts every file with one LibreOffice run (`--convert-to filter`), each converted copy landing in its own folder
 * as `<name>.<outExt>`. soffice takes one output folder a run and a run costs seconds of start-up: files bound for
 * several folders are staged under names of their own in one folder, converted together and moved where they belong.
 * `profile`: a LibreOffice profile folder of the caller's (soffice fails on a profile another soffice holds); a test
 * file that converts twice passes the same one, so only the first run creates it.
 */
export function convertInOneRun(conversions: readonly Conversion[], filter: string, outExt: string, profile: string): void {
  if (conversions.length === 0) return;
  const staging = mkdtempSync(path.join(path.dirname(profile), "lo-batch-"));
  try {
    const staged = conversions.map((c, i) => {
      const name = `${i}~${path.basename(c.file)}`;
      copyFileSync(c.file, path.join(staging, name));
      return name;
    });
    const out = path.join(staging, "out");
    execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", filter, "--outdir", out, ...staged.map((n) => path.join(staging, n))], { stdio: "ignore", timeout: 600_000 });
    conversions.forEach((c, i) => {
      mkdirSync(c.outDir, { recursive: true });
      renameSync(path.join(out, `${stem(staged[i])}.${outExt}`), path.join(c.outDir, `${stem(path.basename(c.file))}.${outExt}`));
    });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
