import { catalogue, catalogueEntry } from "../../issues/catalogue";
import type { CatalogueEntry } from "../../issues/catalogueEntry";
import { RULES } from "./rules";
import { KNOWN_ABBREVIATIONS } from "./text/knownAbbreviations";

const SEVERITY_RU = { error: "ошибка", warning: "предупреждение", info: "сведения" } as const;

/**
 * docs/rules.md, generated from the rule list and the issue catalogue, so the document cannot drift from the code
 * (test/core/validate/rulesDoc.test.ts compares them; `UPDATE_DOCS=1 npx jest test/core/validate/rulesDoc` rewrites it).
 */
export function rulesMarkdown(): string {
  const lines = [
    "# Правила проверки плана",
    "",
    "<!-- Generated from src/core/plan/validate/rules.ts and src/core/issues/catalogue: UPDATE_DOCS=1 npx jest test/core/validate/rulesDoc -->",
    "",
    "Каждое правило можно отключить и изменить его важность в файле настроек (`plankadry validate --config rules.json`,",
    "в надстройке — настройки документа):",
    "",
    "```json",
    '{"rules": {"deadline_vague": {"enabled": false}, "result_not_measurable": {"severity": "info"},',
    ' "result_restates_name": {"threshold": 0.9}}, "locale": "ru"}',
    "```",
    "",
    "| Код | Правило | Важность | По умолчанию |",
    "| --- | --- | --- | --- |",
    ...RULES.map((r) => `| \`${r.code}\` | ${r.title.ru} | ${SEVERITY_RU[r.severity]} | ${r.enabledByDefault ? "включено" : "выключено"} |`),
    "",
  ];
  for (const r of RULES) {
    const e = catalogueEntry(r.code)!;
    lines.push(`## \`${r.code}\` — ${r.title.ru}`, "");
    lines.push(`- Важность: ${SEVERITY_RU[r.severity]} (\`${r.severity}\`)${r.enabledByDefault ? "" : "; по умолчанию выключено"}`);
    lines.push(`- Сообщение: ${e.message.ru}`);
    lines.push(`- Зачем: ${e.why.ru}`);
    if (e.example) lines.push(`- Пример: ${e.example}`);
    if (r.notes) lines.push(`- Как решается: ${r.notes}`);
    if (r.threshold) lines.push(`- Порог (\`threshold\`): ${r.threshold.meaning.ru}; по умолчанию ${r.threshold.default}`);
    lines.push(`- EN: ${r.title.en}. ${e.why.en}`, "");
  }
  lines.push("## Общеизвестные сокращения", "");
  lines.push("Не требуют расшифровки в плане (список намеренно короткий: местные сокращения — как раз то, что проверяет правило):", "");
  lines.push([...KNOWN_ABBREVIATIONS].join(", ") + ".", "");
  lines.push("Кроме того, организационно-правовые формы (М/Г/ФГ/ОГ/Ч + Б/А/К + ОУ/ДОУ/НУ/У: МБОУ, МАОУ, МКДОУ, ГАУ, ФГБНУ…) и римские числа.", "");
  lines.push("## Ошибки файла настроек", "");
  lines.push("Файл настроек читается строго: неизвестный ключ или код правила — ошибка, а не молча пропущенная настройка.", "");
  lines.push("| Код | Сообщение |", "| --- | --- |");
  for (const [code, e] of Object.entries(catalogue as Readonly<Record<string, CatalogueEntry>>)) if (e.family === "config") lines.push(`| \`${code}\` | ${e.message.ru} |`);
  lines.push("");
  return lines.join("\n");
}
