/**
 * Words that make a fragment an organisation (or a part of one): legal and institution types, bodies of
 * government, collective bodies. Stems, matched at a word start with up to four more letters. Any upper-case
 * abbreviation of two or more letters (МБОУ, ИРООО, ЦТриГО) is a marker as well; see findAbbreviations.
 */
export const ORG_STEMS: readonly string[] = [
  "министерств", "минобр", "минпрос", "департамент", "комитет", "управлени", "администраци", "мэри", "правительств",
  "отдел", "сектор", "служб", "центр", "институт", "университет", "академи", "колледж", "техникум", "училищ",
  "школ", "лице", "гимнази", "интернат", "детск", "сад", "учреждени", "организаци", "орган", "подразделени",
  "совет", "объединени", "сообществ", "ассоциаци", "союз", "комисси", "кафедр", "фонд", "площадк", "клуб",
  "коллектив", "команд", "групп", "штаб", "дом", "дворц", "станци", "библиотек", "музе", "редакци", "профсоюз",
  "муниципалитет", "район", "округ", "жюри",
];

/** Parenthesised notes that qualify a party without naming anyone: kept in the text, left out of the fields. */
export const NOTE = /^\s*(?:далее(?!\p{L})|по\s+согласовани|по\s+договор[её]нност|при\s+(?:наличии|необходимости|условии)|в\s+т\.\s?ч\.|в\s+том\s+числе|по\s+плану|по\s+графику|ответственн|координатор|исполнител)/iu;

/**
 * The same consent typed bare after the party's name, after a comma or on a line of its own («ИРО, по согласованию»,
 * «ИРО» / «по согласованию»): the party's note too, not a party.
 */
export const BARE_NOTE = /(?<!\p{L})по\s+(?:согласовани|договор[её]нност)\p{L}*\s*$/iu;

/**
 * A lower-case word that continues the previous fragment after a comma: participles and participial adjectives
 * («Органы местного самоуправления, осуществляющие управление в сфере образования»).
 */
export const CONTINUATION =
  /^(?:[а-яё]+(?:ющ|ящ|ащ|ущ|вш|нн|ем|им)(?:ие|ий|ая|ее|их|ей|ую|им|ие|ого|ему)|в\s+т\.\s?ч\.|в\s+том\s+числе|включая|а\s+также|при\s|по\s+согласовани\p{L}*)(?![а-яё])/u;

/** Endings of words in the genitive (Администрации, Омской, города) that continue an organisation onto a new line. */
export const GENITIVE_START = /^[А-ЯЁа-яё]+(?:ии|ого|его|ой|ей|ых|их)(?![а-яё])/u;

/** Endings of adjectives standing before an organisation word (общеобразовательной организации, Омский колледж). */
export const ADJECTIVE = /^[А-ЯЁа-яё-]+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ых|их|ому|ему|ым|им|ыми|ими|ую|юю)$/u;

/** Plural nouns and adjectives that start a collective party when nothing else is recognised («Наставники ОО»). */
export const PLURAL_START = /^[А-ЯЁа-яё-]+(?:ы|и|ые|ие)(?![а-яё])/u;
