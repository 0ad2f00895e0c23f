// Links into the accountant's workspace that open one thing of the budget: the one place that spells them.
//
// Contract (kept stable: review comments and check lists link with it):
//   /budgets/<org>/<year>?focus=line:<lineId>       a 支出明细 line by its line key (ExpenditureLine.lineKey, the id checks and comments store)
//   /budgets/<org>/<year>?focus=project:<projectId> a project by its identifier in the budget: its code (e.g. 029-2026-03)
//   /budgets/<org>/<year>?focus=table:<n>           table n of the derived document in the preview panel
//   /budgets/<org>/<year>?focus=field:<name>        a form field: duties, structure, internalDivisions…, reasons.<key>,
//                                                   priorYear[.<key>], procurement[.<itemId>], assets[.<key>]
// Opening such a URL selects the tab, scrolls the target into view and highlights it. Ids belong in the URL only,
// never in visible text.

export type WorkspaceFocusKind = 'line' | 'project' | 'table' | 'field';
export interface WorkspaceFocus {
  kind: WorkspaceFocusKind;
  ref: string;
}

const KINDS: readonly WorkspaceFocusKind[] = ['line', 'project', 'table', 'field'];
const REF = /^[A-Za-z0-9_.\-\u4e00-\u9fff]{1,80}$/;

export function workspacePath(org: string, year: number): string {
  return `/budgets/${encodeURIComponent(org)}/${year}`;
}

/** The value of the `focus` query parameter (kind:ref). */
export function focusParam(focus: WorkspaceFocus): string {
  return `${focus.kind}:${focus.ref}`;
}

export function workspaceFocusHref(org: string, year: number, focus: WorkspaceFocus): string {
  return `${workspacePath(org, year)}?focus=${encodeURIComponent(focusParam(focus))}`;
}

/** Reads a `focus` parameter; anything not of the contract is null (the page then opens as usual). */
export function parseWorkspaceFocus(value: string | null | undefined): WorkspaceFocus | null {
  if (!value) return null;
  const i = value.indexOf(':');
  if (i < 0) return null;
  const kind = value.slice(0, i) as WorkspaceFocusKind;
  const ref = value.slice(i + 1);
  if (!KINDS.includes(kind) || !REF.test(ref)) return null;
  if (kind === 'table' && !/^[1-9]\d?$/.test(ref)) return null;
  return { kind, ref };
}

/** The workspace tab that holds the target of a focus (table: the preview panel, beside every tab). */
export function focusTab(focus: WorkspaceFocus): string | null {
  if (focus.kind === 'line') return 'lines';
  if (focus.kind === 'project') return 'projects';
  if (focus.kind === 'table') return null;
  const head = focus.ref.split('.')[0];
  if (head === 'reasons' || head === 'priorYear') return 'texts';
  if (head === 'procurement') return 'procurement';
  if (head === 'assets') return 'assets';
  return 'profile';
}

/** The element id of a focused form field in the workspace (field-<name>). */
export const fieldElementId = (name: string) => `field-${name}`;
