import { foldText } from "../text/normalize";

/**
 * Weekly hours of one rate (норма часов на ставку) by position, after the Ministry's order on working time of
 * teachers (Приказ Минобрнауки № 1601): teaching positions count lesson hours, the others a 36-hour week.
 * Keys are position stems: the longest stem that starts the position text wins ("учитель-логопед" before "учитель").
 */
export const DEFAULT_HOURS_PER_RATE: Readonly<Record<string, number>> = {
  учитель: 18,
  "учитель-логопед": 20,
  "учитель-дефектолог": 20,
  логопед: 20,
  дефектолог: 20,
  преподаватель: 18,
  "преподаватель-организатор": 18,
  "тренер-преподаватель": 18,
  "педагог дополнительного образования": 18,
  "старший педагог дополнительного образования": 18,
  концертмейстер: 24,
  "музыкальный руководитель": 24,
  "инструктор по физической культуре": 30,
  воспитатель: 36,
  "старший воспитатель": 36,
  "педагог-психолог": 36,
  "социальный педагог": 36,
  "педагог-организатор": 36,
  "старший вожатый": 36,
  "советник директора по воспитанию": 36,
  тьютор: 36,
  методист: 36,
  "мастер производственного обучения": 36,
  "педагог-библиотекарь": 36,
};

/** Folded like position texts, so "Учитель–логопед" and "учитель - логопед" find the same stem. */
function foldPosition(s: string): string {
  return foldText(s).replace(/\s*-\s*/g, "-");
}

/** A lookup from position text to norm, longest stem first. */
export function hoursPerRateLookup(overrides: Readonly<Record<string, number>> = {}): (position: string) => number | null {
  const table = Object.entries({ ...DEFAULT_HOURS_PER_RATE, ...overrides })
    .map(([stem, hours]) => [foldPosition(stem), hours] as const)
    .filter(([, hours]) => hours > 0)
    .sort((a, b) => b[0].length - a[0].length);
  const cache = new Map<string, number | null>();
  return (position) => {
    const cached = cache.get(position);
    if (cached !== undefined) return cached;
    const folded = foldPosition(position);
    const hit = table.find(([stem]) => folded === stem || (folded.startsWith(stem) && !/[\p{L}-]/u.test(folded[stem.length])));
    const result = hit ? hit[1] : null;
    cache.set(position, result);
    return result;
  };
}
