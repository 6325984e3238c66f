/**
 * What a result or a name says about the output of an item, as data. Patterns run on folded text (foldText: lower
 * case, ё→е, punctuation mostly removed) and look for whole words or word starts.
 */

/** Something a reviewer can count or check: a number, a share, a count word, a named document, a done fact. */
export const MEASURABLE: readonly RegExp[] = [
  /\d/, // numbers, shares, dates, years
  /(^|[\s-])(один|одна|одно|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|сто|все[хм]?|кажд\p{L}*)(?=\s|$)/u,
  /(^|\s)(количеств|числ[оа]|дол[яиюей]|охват|процент)\p{L}*/u,
  // Named documents and products: приказ, отчёт, протокол, положение, план, программа…
  /(^|\s)(приказ|распоряжени|постановлени|положени|отчет|протокол|справк|план(\s|$|[аыуе]\s|ов)|программ|порядок|порядк|регламент|рекомендаци|доклад|сборник|реестр|банк\s|баз[аыу]\s|график|перечень|перечн|списк|список|договор|соглашени|заявк|публикаци|сертификат|удостоверени|диплом|методическ\p{L}* разработк|информационн\p{L}* письм|аналитическ|сводн|таблиц|сайт|стать[яи])/u,
  // A fact that is either true or not: «проведен семинар», «утверждено положение».
  /(^|\s)(проведен|организован|разработан|утвержден|создан|обновлен|подготовлен|направлен|заключен|сформирован|рассмотрен|согласован|опубликован|размещен|реализован|принят|издан|скоординирован|определен|представлен|презентован|осуществлен|вовлечен|обучен|аттестован)[аоы]?(\s|$)/u,
];

export function isMeasurable(folded: string): boolean {
  return MEASURABLE.some((p) => p.test(folded));
}

/** A single document as a result (singular forms only: «протоколы» are many, «протокол» is one). */
const ONE_DOCUMENT = /(^|\s)(приказ|положение|отчет|протокол|план|программа|программу|порядок|регламент|доклад|справка|справку|сборник|договор|соглашение|график|аналитическая справка)(\s|$)/u;

/** A single event named by an action noun and an event in the genitive singular: «Проведение семинара …». */
const ONE_EVENT =
  /^(проведение|организация|подготовка|организация и проведение|подготовка и проведение)(\s\S+){0,3}?\s(семинара|конференции|форума|конкурса|фестиваля|совещания|заседания|акции|олимпиады|мастер-класса|круглого стола|педсовета|педагогического совета|слета|вебинара|марафона|выставки|смотра|чемпионата|собрания)(\s|$)/u;

/** The one-off output an item promises (a document or an event), or null. Arguments are folded texts. */
export function oneOffOutput(foldedName: string, foldedResult: string): string | null {
  const doc = ONE_DOCUMENT.exec(foldedResult);
  if (doc) return doc[2];
  const event = ONE_EVENT.exec(foldedName);
  return event ? event[3] : null;
}
