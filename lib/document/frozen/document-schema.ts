import { z } from 'zod';
import type { CheckResult, DerivedDocument, DerivedTable, HeaderCell, NarrativeSection } from '../../domain/types';
import type { IndicatorCell, ProjectPerformanceTable } from '../../domain/projects/performance-table';

// zod schema of the derived document as it is frozen in BudgetVersion.document (also the open-data JSON).

const headerCell: z.ZodType<HeaderCell> = z.object({ text: z.string(), colSpan: z.number().int().optional(), rowSpan: z.number().int().optional() });

const tableSchema: z.ZodType<DerivedTable> = z.object({
  no: z.number().int(),
  title: z.string(),
  orgName: z.string(),
  unit: z.string(),
  header: z.array(z.array(headerCell)),
  rows: z.array(z.array(z.string())),
  exact: z.array(z.array(z.string().nullable())),
  notes: z.array(z.string()),
  empty: z.boolean(),
});

const narrativeSchema: z.ZodType<NarrativeSection> = z.object({ no: z.string(), title: z.string(), text: z.string() });

const indicatorCell: z.ZodType<IndicatorCell> = z.object({ level2: z.string(), level2RowSpan: z.number().int(), name: z.string(), value: z.string() });

const performanceSchema: z.ZodType<ProjectPerformanceTable> = z.object({
  projectCode: z.string(),
  unitCode: z.string(),
  title: z.string(),
  yearLabel: z.string(),
  projectName: z.string(),
  department: z.string(),
  implementingUnit: z.string(),
  attribute: z.string(),
  period: z.string(),
  fundsPeriodTotal: z.string(),
  fundsYearTotal: z.string(),
  fundRows: z.array(z.object({ label: z.string(), period: z.string(), year: z.string() })),
  overview: z.string(),
  basis: z.string(),
  necessity: z.string(),
  safeguards: z.string(),
  plan: z.string(),
  goalPeriod: z.string(),
  goalYear: z.string(),
  indicatorRows: z.array(z.object({ level1: z.string(), level1RowSpan: z.number().int(), period: indicatorCell, year: indicatorCell })),
  manager: z.string(),
  handler: z.string(),
  phone: z.string(),
  filledAt: z.string(),
});

const checkSchema: z.ZodType<CheckResult> = z.object({
  rule: z.string(),
  name: z.string(),
  severity: z.enum(['BLOCKING', 'WARNING']),
  passed: z.boolean(),
  message: z.string(),
  figures: z.array(z.object({ label: z.string(), source: z.string(), value: z.string(), display: z.string() })),
  refs: z.object({
    lineIds: z.array(z.string()).optional(),
    projectCodes: z.array(z.string()).optional(),
    tables: z.array(z.number().int()).optional(),
    fields: z.array(z.string()).optional(),
  }),
});

export const derivedDocumentSchema: z.ZodType<DerivedDocument> = z.object({
  org: z.object({ code: z.string(), name: z.string(), kind: z.enum(['ADMIN', 'CIVIL_SERVANT_INSTITUTION', 'INSTITUTION']) }),
  year: z.number().int(),
  scope: z.enum(['UNIT', 'DEPARTMENT']),
  template: z.object({ id: z.string(), version: z.number().int() }).optional(),
  phrases: z.record(z.string(), z.string()).optional(),
  tables: z.array(tableSchema),
  narrative: z.array(narrativeSchema),
  projects: z.array(performanceSchema),
  checks: z.array(checkSchema),
});
