// A regional disclosure template is data: which tables, in which order, with which titles, units,
// columns and rows, which sections and phrases. The engine derives the figures once (TableContext);
// a template only lays them out.
import type { DisclosureInput, FundSource, FundTiming, SpendingKind } from '../types';

export type TemplateId = 'shanxi' | 'shanghai';
export type Scope = DisclosureInput['scope'];

/**
 * How money prints: 元 as integers or with two decimals, or 万元 with two decimals. 'auto' prints
 * two decimals when any amount of the document has 分, else whole 元 (as Shanghai's documents do).
 * Zero prints blank unless zero is 'zero'.
 */
export interface MoneyFormat {
  unit: '元' | '万元';
  decimals: 0 | 2 | 'auto';
  thousands: boolean;
  zero?: 'blank' | 'zero';
}

/** A money format with 'auto' resolved for one document. */
export type ResolvedMoneyFormat = MoneyFormat & { decimals: 0 | 2 };

/** A column (or an income row) selects lines by source, timing and kind; null = a fixed blank. */
export interface Selection {
  sources?: readonly FundSource[];
  timing?: FundTiming;
  kind?: SpendingKind;
  /** Only for economic tables: 人员经费 (301/303) or 公用经费 (the rest). */
  personnel?: boolean;
}

export interface ColumnSpec {
  head: string;
  select: Selection | null;
  /** Leave the column out when it is zero throughout (e.g. 上年结转 in a budget without carry-over). */
  onlyIfNonzero?: boolean;
}

export interface IncomeRowSpec {
  label: string;
  select: Selection | null;
  onlyIfNonzero?: boolean;
}

/** The table layouts a template can use; each names a builder over the one TableContext. */
export type TableLayout =
  | { kind: 'shanxi'; no: number } // one of the thirteen Shanxi tables, built as today
  | {
      kind: 'income-expenditure-summary'; // 财务收支预算总表 / 财政拨款收支预算总表
      income: IncomeRowSpec[];
      /** Restricts the expenditure side (e.g. 财政拨款 only). */
      expenditure: Selection;
      expenditureColumns: ColumnSpec[];
      header: string[][];
    }
  | { kind: 'function'; rows: Selection; columns: ColumnSpec[]; header: string[][] }
  | { kind: 'economic'; rows: Selection; columns: ColumnSpec[]; header: string[][] }
  | { kind: 'three-public-operating'; header: string[][] };

export interface TemplateTable {
  no: number;
  /** {year}, {scope} (scope prefix) and {scopeShort} are replaced. */
  title: string;
  money: MoneyFormat | 'by-scope';
  layout: TableLayout;
  /** An empty table prints the phrase note.emptyFund naming this fund instead of the template's empty notes. */
  emptyFund?: string;
  /** What differs in a 部门 or 单位 document (e.g. Shanghai's 部门 财务收支预算总表 has one amount column). */
  byScope?: Partial<Record<Scope, { layout?: TableLayout; money?: MoneyFormat }>>;
}

export interface NarrativeSectionSpec {
  key: string;
  heading: string;
}

export interface DisclosureTemplate {
  id: TemplateId;
  version: number;
  name: string; // 山西省（阳泉） / 上海市
  /** Prefix of table titles by scope, e.g. 部门 / 预算单位. */
  scopePrefix: Record<Scope, string>;
  /** Short prefix for {scopeShort}, e.g. 单位 / 部门. */
  scopeShort: Record<Scope, string>;
  /** 元 format by scope where a table says money: 'by-scope'. */
  moneyByScope: Record<Scope, MoneyFormat>;
  tables: TemplateTable[];
  /** Notes printed under every table with data, and under an empty one. */
  tableNotes: { withData: string[]; empty: string[] };
  sections: NarrativeSectionSpec[];
  /** Which narrative the document carries: Shanxi's 第三部分 (十二节) or Shanghai's 编制说明 and 其他说明. */
  narrative: 'shanxi-twelve-sections' | 'shanghai-explanation';
  phrases: Record<string, string>;
  /**
   * The template's 名词解释: 'admin' (the seed's entries) or its own default entries. Either way the admin edits
   * the template's list in glossary_entry (template_id); migration 20261130014000 copied Shanghai's entries there.
   */
  glossary: { source: 'admin' } | { source: 'template'; entries: { term: string; text: string }[] };
  /** 项目支出绩效目标表: money unit and whether 绩效目标表 are printed per project. */
  performanceTable: { unit: '元' | '万元'; perProject: boolean };
}
