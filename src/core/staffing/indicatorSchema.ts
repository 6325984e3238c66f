import { z } from "zod";
import { COUNT_COLUMNS, type StaffingColumn } from "./staffingColumns";
import { VOCABULARIES, type VocabularyField } from "./valueVocab";

/**
 * The language of indicator definitions: who is counted (population), which of them count in the numerator
 * (a condition over person fields) or which columns of an aggregated table are summed. Defaults and user config
 * are the same data, validated by these schemas.
 */

/** Person fields with vocabularies (values by stable name, see valueVocab.ts). */
export const CATEGORICAL_FIELDS = ["group", "employment", "education", "category", "sex", "type"] as const;
/** Numbers derived per person: age and years since training or hiring on the as-of date, experience, rate. */
export const NUMERIC_FIELDS = ["age", "yearsSinceTraining", "yearsSinceHire", "experience", "rate"] as const;
export const BOOLEAN_FIELDS = ["youngSpecialist", "mentoring"] as const;

export type CategoricalField = (typeof CATEGORICAL_FIELDS)[number];
export type NumericField = (typeof NUMERIC_FIELDS)[number];
export type BooleanField = (typeof BOOLEAN_FIELDS)[number];

export type Condition =
  | { readonly field: CategoricalField; readonly in: readonly string[] }
  | { readonly field: NumericField; readonly lt?: number; readonly lte?: number; readonly gt?: number; readonly gte?: number }
  | { readonly field: BooleanField; readonly is: boolean }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition };

function knownValues(field: CategoricalField): readonly string[] {
  return (VOCABULARIES[field as VocabularyField].values as readonly { name: string }[]).map((v) => v.name);
}

const categorical = z
  .object({ field: z.enum(CATEGORICAL_FIELDS), in: z.array(z.string()).min(1) })
  .strict()
  .superRefine((c, ctx) => {
    const known = knownValues(c.field);
    c.in.forEach((v, i) => {
      if (!known.includes(v)) ctx.addIssue({ code: "custom", path: ["in", i], message: `«${v}»: ${known.join(", ")}` });
    });
  });
const numeric = z.object({ field: z.enum(NUMERIC_FIELDS), lt: z.number().optional(), lte: z.number().optional(), gt: z.number().optional(), gte: z.number().optional() }).strict();
const boolean = z.object({ field: z.enum(BOOLEAN_FIELDS), is: z.boolean() }).strict();

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([categorical, numeric, boolean, z.object({ all: z.array(conditionSchema) }).strict(), z.object({ any: z.array(conditionSchema) }).strict(), z.object({ not: conditionSchema }).strict()]),
);

const groupNames = knownValues("group") as [string, ...string[]];
const employmentNames = knownValues("employment") as [string, ...string[]];

/** Who is counted at all: staff groups, kinds of employment, and whether on staff on the as-of date or gone in the year before. */
export const populationSchema = z
  .object({
    groups: z.array(z.enum(groupNames)).min(1),
    employment: z.array(z.enum(employmentNames)).min(1),
    status: z.enum(["active", "left_12m"]),
  })
  .strict();
export type Population = z.infer<typeof populationSchema>;

const personMeasureSchema = z
  .object({ population: populationSchema.optional(), where: conditionSchema.optional(), sum: z.literal("rate").optional() })
  .strict();
export type PersonMeasure = z.infer<typeof personMeasureSchema>;

const countColumn = z.enum(COUNT_COLUMNS as unknown as [StaffingColumn, ...StaffingColumn[]]);
const countSumSchema = z.object({ plus: z.array(countColumn).min(1), minus: z.array(countColumn).optional() }).strict();
export type CountSum = z.infer<typeof countSumSchema>;

const textSchema = z.object({ ru: z.string().min(1), en: z.string().min(1) }).strict();

export const indicatorDefinitionSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9_]*$/, "snake_case"),
    title: textSchema,
    unit: z.string().min(1),
    target: z.number().nullable(),
    direction: z.enum([">=", "<="]).nullable(),
    /** How the definition reads its data when that is not obvious (pension age without a sex column). */
    note: textSchema.optional(),
    persons: z.object({ numerator: personMeasureSchema, denominator: personMeasureSchema }).strict().optional(),
    /** Alternatives over aggregated tables and staff schedules: the first whose columns a table has is used. */
    counts: z.array(z.object({ numerator: countSumSchema, denominator: countSumSchema }).strict()).optional(),
  })
  .strict();
export type IndicatorDefinition = z.infer<typeof indicatorDefinitionSchema>;

/** User config: overrides of default definitions by id (any fields), new definitions (complete), ids to leave out, a default population. */
export const indicatorConfigSchema = z
  .object({
    population: populationSchema.optional(),
    indicators: z.array(indicatorDefinitionSchema.partial().extend({ id: indicatorDefinitionSchema.shape.id })).optional(),
    disable: z.array(z.string()).optional(),
  })
  .strict();
export type IndicatorConfig = z.infer<typeof indicatorConfigSchema>;
