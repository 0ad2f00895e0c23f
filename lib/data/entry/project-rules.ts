import 'server-only';
import { z } from 'zod';
import { INDICATOR_TREE } from '../../domain/projects/indicator-tree';
import type { Project, ProjectFundingLevel } from '../../domain/types';
import { PROJECT_FUNDING_LEVEL_LABELS } from '../../domain/types';
import { amountSchema, MAX_LONG_TEXT, MAX_SHORT_TEXT, textSchema } from './field-rules';

export const PROJECT_CODE_RE = /^[A-Za-z0-9-]{1,40}$/;
export const COMPARATORS = ['≥', '≤', '=', '>', '<'] as const;
const LEVEL1 = INDICATOR_TREE.map((g) => g.level1);

export const indicatorSchema = z
  .object({
    level1: z.string().refine((v) => LEVEL1.includes(v), { error: `一级指标须为${LEVEL1.join('、')}之一` }),
    level2: textSchema('二级指标', 50, { required: true }),
    name: textSchema('三级指标', MAX_SHORT_TEXT, { required: true }),
    value: z.object({
      comparator: z.enum(COMPARATORS, { error: '指标值比较符须为 ≥ ≤ = > < 之一' }).nullish(),
      number: z
        .string()
        .trim()
        .regex(/^\d{1,16}(\.\d{1,4})?$/, { error: '指标值须为不小于0、最多四位小数的数字' })
        .nullish()
        .or(z.literal('').transform(() => null)),
      unit: textSchema('计量单位', 20).nullish(),
      text: textSchema('指标值文字', MAX_SHORT_TEXT).nullish(),
    }),
  })
  .superRefine((ind, ctx) => {
    const owned = INDICATOR_TREE.find((g) => g.level1 === ind.level1)?.level2;
    if (owned && !owned.some((l2) => ind.level2 === l2 || ind.level2 === `${l2}指标`)) {
      ctx.addIssue({
        code: 'custom',
        path: ['level2'],
        message: `三级指标“${ind.name}”：二级指标“${ind.level2}”不属于一级指标“${ind.level1}”（其二级指标为${owned.join('、')}）`,
      });
    }
    const hasNumber = !!ind.value.number;
    if (!hasNumber && !ind.value.text) ctx.addIssue({ code: 'custom', path: ['value'], message: `三级指标“${ind.name}”须填写指标值（数值或文字）` });
  });

const fundingSchema = (scope: string) =>
  z.object(
    Object.fromEntries(Object.entries(PROJECT_FUNDING_LEVEL_LABELS).map(([k, label]) => [k, amountSchema(`${scope}${label}`).optional()])) as Record<
      ProjectFundingLevel,
      z.ZodOptional<ReturnType<typeof amountSchema>>
    >,
  );

export const projectSchema = z.object({
  code: z.string().trim().regex(PROJECT_CODE_RE, { error: '项目编码须为1至40位字母、数字或 -' }),
  name: textSchema('项目名称', MAX_SHORT_TEXT, { required: true }),
  originYear: z.number().int().min(2000, { error: '项目设立年度无效' }).max(2100, { error: '项目设立年度无效' }),
  category: textSchema('项目类别', 50, { required: true }),
  attribute: textSchema('项目属性', 50, { required: true }),
  period: textSchema('项目期', 50).nullish(),
  fundingPeriod: fundingSchema('实施期资金 '),
  fundingYear: fundingSchema('年度资金 '),
  overview: textSchema('项目概况', MAX_LONG_TEXT),
  basis: textSchema('立项依据', MAX_LONG_TEXT),
  necessity: textSchema('项目设立必要性', MAX_LONG_TEXT),
  safeguards: textSchema('保证项目实施的制度、措施', MAX_LONG_TEXT),
  plan: textSchema('项目实施计划', MAX_LONG_TEXT),
  goalPeriod: textSchema('实施期目标', MAX_LONG_TEXT),
  goalYear: textSchema('年度目标', MAX_LONG_TEXT),
  indicatorsPeriod: z.array(indicatorSchema).max(200),
  indicatorsYear: z.array(indicatorSchema).max(200),
  manager: textSchema('负责人', 50),
  handler: textSchema('经办人', 50),
  phone: textSchema('联系电话', 30),
  filledAt: textSchema('填报日期', 30),
});
export type ProjectInput = Omit<Project, 'unitCode'>;

export { ProjectCodeTaken, writeProjectPlan } from '../internal/write-project-plan';
