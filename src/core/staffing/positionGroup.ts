import { foldText } from "../text/normalize";
import { valueCode } from "./valueVocab";

/**
 * The staff group of a position, for staff lists without a group column. Order matters: support staff whose
 * titles contain pedagogical words come first (младший воспитатель, помощник воспитателя, заведующий хозяйством),
 * then pedagogical positions (музыкальный руководитель is a pedagogue), then managers.
 */
const POSITION_RULES: readonly (readonly ["pedagogue" | "admin" | "other", RegExp])[] = [
  ["other", /младш\S* воспитател|помощник воспитател|завхоз|заведующ\S* (хоз|библиотек|склад|столов|производств|канцеляр)|делопроизвод|бухгалтер|секретар|лаборант|уборщ|сторож|повар|дворник|рабоч|водител|кастелян|вахтер|медицинск|медсестр|кладовщ|машинист|слесар|электрик|программист|инженер|экономист|юрисконсульт|специалист по кадрам|инспектор по кадрам/],
  ["pedagogue", /музыкальн\S* руковод|физ\S* руковод|руководител\S* физ|учител|воспитател|педагог|методист|логопед|дефектолог|психолог|тьютор|инструктор|концертмейстер|преподавател|вожат|тренер|советник директора|мастер производственного обучения|сурдопедагог|тифлопедагог/],
  ["admin", /директор|заведующ|заместител|руководител|начальник|управляющ/],
];

/** The group code of a position title; 0 when the title is blank. */
const cache = new Map<string, number>();

export function groupFromPosition(position: string): number {
  const known = cache.get(position);
  if (known !== undefined) return known;
  const code = groupOfTitle(position);
  if (cache.size < 10000) cache.set(position, code);
  return code;
}

function groupOfTitle(position: string): number {
  const folded = foldText(position);
  if (folded === "") return 0;
  for (const [group, rule] of POSITION_RULES) if (rule.test(folded)) return valueCode("group", group);
  return valueCode("group", "other");
}
