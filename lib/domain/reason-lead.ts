// A reason (增减原因) is stored without the lead the narrative template adds ("…，主要原因是<reason>"),
// so a pasted "主要原因是…" is never printed twice.
const LEAD = /^\s*(?:主要)?原因(?:(?:是|为)[：:]?|[：:])\s*/u;

export function stripReasonLead(text: string): string {
  return text.replace(LEAD, '');
}
