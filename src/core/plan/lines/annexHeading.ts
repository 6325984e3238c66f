/**
 * The heading that opens the next part of an act: a plan is an annex to a resolution or an order, and the act prints
 * its annexes one after another («Приложение N 2» the plan, «Приложение N 3» its target indicators). Each opens with
 * its number and the act it belongs to, on one line or over several («Приложение N 3» / «к постановлению» /
 * «Правительства Заволжской области» / «от 28 января 2029 г. N 41-п»; «Приложение № 2 к приказу Управления
 * образования от 14.01.2025 № 12»). A web page or a text copy of the whole act gives the next annex right after the
 * plan's last row, which would take it in; no cell of a plan says «Приложение N 3» alone or «Приложение … к
 * постановлению …». The plan's table ends before it.
 */
const ANNEX = /^приложение(?:\s+(?:N|№|No\.?)?\s*\d+(?:\.\d+)*[а-яё]?)?\.?(?=\s|$)/iu;

/** «к постановлению», «к приказу …», «к муниципальной программе …»: the act an annex belongs to. */
const TO_ACT = /^к\s+(?:постановлени|приказ|распоряжени|решени|программ|подпрограмм|муниципальн|государственн|план[уе]?(?!\p{L})|положени|порядк|соглашени|письм)/iu;

/**
 * `line` opens an annex: «Приложение N 3» (a number) alone on its line, or followed by its act («к постановлению …»)
 * on the same line or on `next`, the line after it.
 */
export function isAnnexHeading(line: string, next?: string): boolean {
  const t = line.trim();
  const m = ANNEX.exec(t);
  if (!m) return false;
  const rest = t.slice(m[0].length).trim();
  if (rest !== "") return TO_ACT.test(rest);
  return /\d/.test(m[0]) || (next !== undefined && TO_ACT.test(next.trim()));
}
