import { parseDeadline } from "../deadline";

/**
 * What a loose line of a plan is, judged by its content: a catalogue of roles tried in order. Lines of a PDF
 * copied with the mouse arrive interleaved ("1.1 Ежегодный / до 1 марта / мониторинг / потребности"); the
 * deadline parser, executor shapes and result wording say which column each belongs to.
 */
export type LineRole = "deadline" | "responsible" | "result";

const PERSON = /[А-ЯЁ][а-яё]+(-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.|[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+/u;
/** Organisations by abbreviation or by a capitalised name; positions also in lower case ("руководители ОО"). */
const ORGANISATION = /^(МБОУ|МАОУ|МКОУ|МБДОУ|МКДОУ|МАДОУ|МБУ|МКУ|БОУ|ГАУ|ГБУ|ГБОУ|ЦНППМ|ИМЦ|ИРО|ОО|ДОО)(?!\p{L})|^(Отдел|Управлени|Департамент|Комитет|Министерств|Администрац|Центр|Образовательн\S+ организаци)/u;
const POSITION = /^(руководител|методист|директор|заместител|начальник|специалист|главн\S+ специалист|ответственн)/iu;
const RESULT = /^(проведен[аоы]?(?!\p{L})|подготовлен|разработан|утвержден|создан[аоы]?(?!\p{L})|сформирован|обеспечен[аоы]?(?!\p{L})|увеличен|повышен|снижен|отч[её]т|доля|не менее|не более|приказ|справк|аналитическ\S+ (справк|отч)|информаци|протокол|сводн|банк|база|реестр|публикаци|охват|количеств|число|рост|\d+\s*%)/iu;

interface RoleTest {
  readonly role: LineRole;
  readonly test: (line: string) => boolean;
}

export const LINE_ROLES: readonly RoleTest[] = [
  { role: "deadline", test: (l) => l.length <= 70 && parseDeadline(l).kind !== "unparsed" },
  { role: "responsible", test: (l) => l.length <= 160 && (PERSON.test(l) || ORGANISATION.test(l) || POSITION.test(l)) },
  { role: "result", test: (l) => RESULT.test(l) },
];

export function lineRole(line: string): LineRole | null {
  return LINE_ROLES.find((r) => r.test(line.trim()))?.role ?? null;
}
