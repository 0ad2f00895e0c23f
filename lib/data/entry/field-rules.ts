import 'server-only';
import { z } from 'zod';
import { isValidAmount } from '../../domain/money';
import { invalid, type FieldError } from '../../errors/app-error';
import { firstUnsafeCharacter, normaliseLineEnds, unsafeCharacterMessage } from '../../text/unsafe-characters';

// Shared field rules of every entry write; each message names the field in Chinese.

export const MAX_SHORT_TEXT = 200;
export const MAX_LONG_TEXT = 5000;

export const AMOUNT_RULE = '须为不小于0、最多两位小数、小于1,000,000,000,000元的金额';

/** 元 amount as typed: trimmed, "1,234.5" thousands separators removed. Returns null when invalid. */
export function normaliseAmount(raw: unknown): string | null {
  if (typeof raw === 'number') raw = Number.isFinite(raw) ? String(raw) : '';
  if (typeof raw !== 'string') return null;
  const text = raw.trim().replace(/,/g, '');
  if (text === '' || !isValidAmount(text)) return null;
  return text;
}

export const amountSchema = (label: string) =>
  z.union([z.string(), z.number()]).transform((v, ctx) => {
    const n = normaliseAmount(v);
    if (n === null) {
      ctx.addIssue({ code: 'custom', message: `${label}${AMOUNT_RULE}` });
      return z.NEVER;
    }
    return n;
  });

/**
 * A text field: trimmed, line ends as \n, at most `max` characters; control characters and non-characters
 * (U+0000, U+FFFE…) are refused with a message naming the field. Fields longer than MAX_SHORT_TEXT are
 * multi-line (\n and \t allowed) unless told otherwise.
 */
export const textSchema = (label: string, max: number, opts: { required?: boolean; multiline?: boolean } = {}) =>
  z
    .string({ error: `${label}须为文本` })
    .transform((s) => normaliseLineEnds(s).trim())
    .superRefine((s, ctx) => {
      const multiline = opts.multiline ?? max > MAX_SHORT_TEXT;
      const bad = firstUnsafeCharacter(s, multiline);
      if (bad) ctx.addIssue({ code: 'custom', message: unsafeCharacterMessage(label, bad, multiline) });
    })
    .pipe(
      z
        .string()
        .max(max, { error: `${label}不能超过${max}个字` })
        .min(opts.required ? 1 : 0, { error: `${label}不能为空` }),
    );

export const countSchema = (label: string) =>
  z
    // A count is typed as plain digits: '', ' ', '1e5' or full-width '１２３' are not silently read as numbers.
    .union(
      [
        z.number(),
        z
          .string()
          .trim()
          .regex(/^\d{1,15}$/, { error: `${label}须为整数` }),
      ],
      { error: `${label}须为整数` },
    )
    .pipe(
      z.coerce
        .number<string | number>({ error: `${label}须为整数` })
        .int({ error: `${label}须为整数` })
        .min(0, { error: `${label}不能为负数` })
        .max(1_000_000, { error: `${label}过大` }),
    );

export const versionSchema = z.number({ error: '缺少版本号' }).int().min(1);
export const idSchema = z.string().uuid({ error: '预算编号无效' });

/** Parses with a zod schema; on failure throws a VALIDATION AppError listing every problem. */
export function parseOrThrow<S extends z.ZodType>(schema: S, data: unknown, what: string): z.output<S> {
  const r = schema.safeParse(data);
  if (r.success) return r.data;
  const fieldErrors: FieldError[] = r.error.issues.map((i) => ({ field: i.path.join('.') || what, message: i.message }));
  throw invalid(`${what}有误：${fieldErrors.map((e) => e.message).join('；')}`, fieldErrors);
}

export function throwIfAny(errors: FieldError[], what: string): void {
  if (errors.length === 0) return;
  const shown = errors
    .slice(0, 20)
    .map((e) => e.message)
    .join('；');
  throw invalid(`${what}有误（共${errors.length}处）：${shown}${errors.length > 20 ? '……' : ''}`, errors);
}

/** Blank ('' or null) → null (未填: unknown is not zero); anything else must pass `known`. */
function blankIsUnknown<S extends z.ZodType>(known: S) {
  // A preprocess, not a union: a bad value keeps the field's own Chinese message.
  return z.preprocess((v) => (v === null || v === undefined || (typeof v === 'string' && v.trim() === '') ? null : v), known.nullable());
}

/** A count that may be left blank: blank is null (未填), never 0. */
export const optionalCountSchema = (label: string) => blankIsUnknown(countSchema(label));

/** A 元 amount that may be left blank: blank is null (未填), never 0. */
export const optionalAmountSchema = (label: string) => blankIsUnknown(amountSchema(label));
