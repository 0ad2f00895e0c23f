import { z } from 'zod';
import { invalid, type FieldError } from '../errors/app-error';
import type { CommentInput } from '../data/workflow/review-comments';

// The JSON body of POST /api/budgets/{org}/{year}/workflow, checked with Chinese messages naming each field.

export const WORKFLOW_ACTIONS = ['submit', 'forward', 'return', 'approve', 'publish', 'reopen'] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

export type WorkflowCommand =
  | { action: 'submit' }
  | { action: 'forward' }
  | { action: 'approve' }
  | { action: 'return'; comments: CommentInput[] }
  | { action: 'publish'; correctionNote: string | null }
  | { action: 'reopen'; reason: string };

const FIELD_LABELS: Record<string, string> = {
  action: '操作（action）',
  comment: '意见（comment）',
  comments: '审核意见列表（comments）',
  correctionNote: '更正说明（correctionNote）',
  target: '意见对象（target）',
  targetRef: '对象编号（targetRef）',
  text: '意见内容（text）',
};

const text = (max: number, missing = '不能为空') =>
  z
    .string({ error: (i) => (i.input === undefined ? missing : '应为文本') })
    .trim()
    .max(max, { error: `不能超过${max}字` });

const commentSchema = z.object(
  {
    target: z.enum(['GENERAL', 'TABLE', 'LINE', 'PROJECT'], { error: '应为 GENERAL、TABLE、LINE 或 PROJECT' }),
    targetRef: z.union([z.string(), z.number()], { error: '应为文本或数字' }).transform(String).nullish(),
    text: text(2000).min(1, { error: '不能为空' }),
  },
  { error: '每条意见应为对象 {target, targetRef?, text}' },
);

const actionSchema = z.object({
  action: z.enum(WORKFLOW_ACTIONS, { error: `应为 ${WORKFLOW_ACTIONS.join('、')} 之一` }),
});

const returnSchema = z
  .object({
    comment: text(2000).min(1, { error: '不能为空' }).optional(),
    comments: z.array(commentSchema, { error: '应为意见数组' }).min(1, { error: '至少一条' }).max(100, { error: '最多100条' }).optional(),
  })
  .refine((b) => (b.comment === undefined) !== (b.comments === undefined), {
    error: '退回修改须填写 comment（一条总体意见）或 comments（意见列表）二者之一',
    path: ['comment'],
  });

const publishSchema = z.object({ correctionNote: text(2000).nullish() });
const reopenSchema = z.object({ comment: text(2000, '请填写更正原因').min(1, { error: '请填写更正原因' }) });

function fieldName(path: readonly PropertyKey[]): string {
  const names = path.map((p) => (typeof p === 'number' ? `第${p + 1}条` : (FIELD_LABELS[String(p)] ?? String(p))));
  return names.join(' ') || '请求体';
}

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const r = schema.safeParse(body);
  if (r.success) return r.data;
  const errors: FieldError[] = r.error.issues.map((i) => ({ field: fieldName(i.path), message: i.message }));
  throw invalid(errors.map((e) => `${e.field}：${e.message}`).join('；'), errors);
}

/** The workflow command of a request body (already JSON-parsed); VALIDATION naming the field otherwise. */
export function parseWorkflowCommand(body: unknown): WorkflowCommand {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalid('请求体应为 JSON 对象，例如 {"action": "submit"}');
  const { action } = parse(actionSchema, body);
  switch (action) {
    case 'submit':
    case 'forward':
    case 'approve':
      return { action };
    case 'return': {
      const b = parse(returnSchema, body);
      const comments = b.comments ?? [{ target: 'GENERAL' as const, text: b.comment ?? '' }];
      return { action, comments: comments.map((c) => ({ target: c.target, targetRef: c.targetRef ?? null, text: c.text })) };
    }
    case 'publish':
      return { action, correctionNote: parse(publishSchema, body).correctionNote || null };
    case 'reopen':
      return { action, reason: parse(reopenSchema, body).comment };
  }
}
