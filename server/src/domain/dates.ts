import { z } from 'zod';
import { dateQualifiers, datePrecisions, fuzzyDateProblem, type FuzzyDate } from './fuzzy-date.ts';

export * from './fuzzy-date.ts';

export const FuzzyDateSchema = z
  .object({
    value: z.string(),
    precision: z.enum(datePrecisions),
    qualifier: z.enum(dateQualifiers).optional(),
    basis: z
      .object({ fr: z.string().trim().min(1), en: z.string().trim().min(1) })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((date, ctx) => {
    const problem = fuzzyDateProblem(date);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['value'] });
  });
// The schema and the plain type describe the same thing: the compiler checks they agree both ways.
const _schemaMatchesType: z.infer<typeof FuzzyDateSchema> extends FuzzyDate
  ? FuzzyDate extends z.infer<typeof FuzzyDateSchema>
    ? true
    : false
  : false = true;

export const IsoDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a day as YYYY-MM-DD')
  .refine((value) => fuzzyDateProblem({ value, precision: 'day' }) === null, 'not a day of the calendar');
