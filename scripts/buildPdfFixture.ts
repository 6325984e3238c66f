/**
 * Builds the hand fixture test/fixtures/pdf/plan-libreoffice.*: a plan table as an official makes it (an approval
 * block, a title, a header with wrapped captions, column numbers, merged section rows, wrapped names, executors on
 * several lines, cell borders, the header repeated on every printed page, «Страница N из M» in the footer,
 * signatures), printed to PDF by LibreOffice, then copied as text by pdftotext with and without -layout. The PDF and
 * both texts are committed, so tests need neither LibreOffice nor poppler.
 *
 * Run: npm run build:cli && node build/scripts/buildPdfFixture.js   (needs soffice and pdftotext)
 */
import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import { copyFileSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";

const OUT = path.join(__dirname, "..", "..", "test", "fixtures", "pdf");
const NAME = "plan-libreoffice";

const SECTIONS: readonly [string, readonly [string, string, string, string][]][] = [
  ["Выявление кадровых потребностей образовательных организаций", [
    ["Мониторинг потребности образовательных организаций в педагогических кадрах на 2026/2027 учебный год", "Отдел кадров управления образования;\nруководители ОО", "до 1 марта 2026 года", "Сводная таблица потребности"],
    ["Формирование банка вакансий и размещение информации на официальном сайте управления образования", "Иванова А.А., главный специалист", "ежемесячно до 5 числа", "Банк вакансий, обновлённый ежемесячно"],
    ["Анализ укомплектованности педагогическими кадрами по предметам и должностям", "Методический центр", "I квартал 2026 года", "Аналитическая справка"],
  ]],
  ["Привлечение молодых специалистов", [
    ["Участие в ярмарке вакансий педагогического университета", "Петров П.П., заместитель начальника управления", "апрель – май 2026 года", "Заключено не менее 10 договоров"],
    ["Заключение договоров о целевом обучении с выпускниками общеобразовательных организаций", "Руководители ОО,\nотдел кадров", "до 1 июля 2026 года", "Не менее 15 договоров"],
    ["Организация педагогической практики студентов в образовательных организациях муниципалитета", "МБОУ «СОШ № 5»,\nМБОУ «Гимназия № 2»", "в течение года", "Не менее 30 студентов прошли практику"],
    ["Предоставление мер социальной поддержки молодым специалистам", "Управление образования", "постоянно", "Выплаты 100% молодых специалистов"],
  ]],
  ["Наставничество и профессиональное развитие", [
    ["Закрепление наставников за молодыми педагогами в каждой образовательной организации", "Руководители ОО", "сентябрь 2026 года", "Доля молодых педагогов с наставником не менее 90%"],
    ["Проведение муниципального конкурса профессионального мастерства «Педагогический дебют»", "Методический центр,\nСидорова Е.В., методист", "ноябрь – декабрь 2026 года", "Приказ об итогах конкурса"],
    ["Курсы повышения квалификации для педагогов, впервые приступивших к работе", "Центр непрерывного повышения профессионального мастерства", "по графику", "Не менее 40 педагогов прошли обучение"],
    ["Заседания клуба молодых педагогов", "Методический центр", "ежеквартально", "Протоколы заседаний"],
  ]],
  ["Аттестация педагогических работников", [
    ["Консультации для педагогов, проходящих аттестацию на квалификационные категории", "Методический центр", "по мере необходимости", "Проведено не менее 8 консультаций"],
    ["Формирование графика аттестации педагогических работников на соответствие занимаемой должности", "Руководители ОО", "до 20 сентября 2026 года", "Утверждённый график"],
    ["Мониторинг доли педагогов с высшей и первой квалификационными категориями", "Отдел кадров управления образования", "II полугодие 2026 года", "Доля не менее 60%"],
  ]],
  ["Кадровый резерв руководителей", [
    ["Формирование муниципального кадрового резерва на замещение должностей руководителей образовательных организаций", "Управление образования (далее – УО)", "до 1 февраля 2026 года", "Приказ УО о кадровом резерве"],
    ["Обучение резервистов по программе «Школа современного руководителя»", "УО,\nМетодический центр", "март – ноябрь 2026 года", "Не менее 12 резервистов прошли обучение"],
    ["Стажировка резервистов в образовательных организациях с высокими результатами", "Руководители ОО", "II квартал 2026 года", "Отчёты о стажировке"],
    ["Оценка результатов работы с кадровым резервом", "УО", "ежегодно, декабрь", "Аналитическая справка"],
  ]],
];

const WIDTHS = [7, 46, 30, 20, 30];

/** Lines a wrapped text takes in a column of `width` characters (Calibri 11 is a little narrower than its width unit). */
function lineCount(text: string, width: number): number {
  return text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil((part.length * 1.15) / width)), 0);
}

async function main(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("План");
  ws.columns = WIDTHS.map((width) => ({ width }));
  const thin = { style: "thin" as const };
  const border = { top: thin, left: thin, bottom: thin, right: thin };
  const wrap = { wrapText: true, vertical: "top" as const };
  for (const text of ["УТВЕРЖДАЮ", "Начальник управления образования", "_____________ Е.В. Соколова", "«15» января 2026 г."]) ws.addRow(["", "", "", "", text]);
  ws.addRow([]);
  const title = ws.addRow(["План мероприятий («дорожная карта») по кадровому обеспечению муниципальной системы образования на 2026 год"]);
  ws.mergeCells(title.number, 1, title.number, 5);
  title.getCell(1).alignment = { horizontal: "center", wrapText: true };
  title.getCell(1).font = { bold: true };
  title.height = 32;
  ws.addRow([]);
  const header = ws.addRow(["№ п/п", "Наименование мероприятия", "Ответственные исполнители", "Срок исполнения", "Ожидаемый результат"]);
  header.height = 28;
  header.eachCell((c) => ((c.border = border), (c.alignment = { ...wrap, horizontal: "center" }), (c.font = { bold: true })));
  const numbers = ws.addRow([1, 2, 3, 4, 5]);
  numbers.eachCell((c) => ((c.border = border), (c.alignment = { horizontal: "center" })));
  SECTIONS.forEach(([sectionTitle, items], s) => {
    const row = ws.addRow([`${s + 1}. ${sectionTitle}`]);
    ws.mergeCells(row.number, 1, row.number, 5);
    row.getCell(1).font = { bold: true };
    row.getCell(1).border = border;
    items.forEach(([name, responsible, deadline, result], i) => {
      const r = ws.addRow([`${s + 1}.${i + 1}.`, name, responsible, deadline, result]);
      r.eachCell({ includeEmpty: true }, (c) => ((c.border = border), (c.alignment = wrap)));
      // Excel fits row heights when it opens a file; LibreOffice keeps what the file says, as a user's saved file would.
      r.height = 13 * Math.max(...[name, responsible, deadline, result].map((t, k) => lineCount(t, WIDTHS[k + 1])));
    });
  });
  ws.addRow([]);
  ws.addRow([]);
  ws.addRow(["", "Заместитель начальника управления образования", "", "_____________", "П.П. Петров"]);
  ws.addRow(["", "Исполнитель: Сидорова Е.В., тел. 8 (3452) 12-34-56"]);
  ws.pageSetup = { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${header.number}:${header.number}`, margins: { left: 0.6, right: 0.6, top: 0.8, bottom: 0.8, header: 0.3, footer: 0.3 } };
  ws.headerFooter = { oddFooter: "&CСтраница &P из &N" };

  const dir = mkdtempSync(path.join(tmpdir(), "plankadry-fixture-"));
  try {
    const xlsx = path.join(dir, `${NAME}.xlsx`);
    await wb.xlsx.writeFile(xlsx);
    execFileSync("soffice", ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", "pdf", "--outdir", dir, xlsx], { stdio: "inherit" });
    copyFileSync(path.join(dir, `${NAME}.pdf`), path.join(OUT, `${NAME}.pdf`));
    execFileSync("pdftotext", ["-layout", path.join(OUT, `${NAME}.pdf`), path.join(OUT, `${NAME}.layout.txt`)]);
    execFileSync("pdftotext", [path.join(OUT, `${NAME}.pdf`), path.join(OUT, `${NAME}.txt`)]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
