/** Where a link into the accountant's workspace points: a line (by line key), a project (by code), a table (1–13) or a field. */
export interface WorkspaceFocus {
  kind: 'line' | 'project' | 'table' | 'field';
  ref: string;
}

/** `/budgets/{org}/{year}?focus=<kind>:<ref>`: the workspace opens on the tab that holds the target and brings it into view. */
export function workspaceFocusHref(org: string, year: number, focus: WorkspaceFocus): string {
  return `/budgets/${org}/${year}?focus=${focus.kind}:${encodeURIComponent(focus.ref)}`;
}
