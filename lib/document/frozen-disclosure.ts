import { knownSum } from '../domain/unknown-figures';
import type { DerivedDocument, DisclosureInput, PriorYearFigures, Staffing, UnitKind } from '../domain/types';
import type { AttachmentRef, FrozenSnapshot, GlossaryItem } from './frozen/frozen-version-format';

// What a public page and every export are rendered from: a derived document frozen at publication
// (or, for the staff preview, derived from the current draft) plus the texts around it.

export type { AttachmentRef, GlossaryItem } from './frozen/frozen-version-format';

/** 第一部分 概况 of the organisation as it was when the version was frozen. */
export interface DisclosureProfile {
  kind: UnitKind;
  duties: string; // 本单位职责
  structure: string; // 机构设置情况
  staffing: Staffing;
}

export interface FrozenDisclosure {
  /** null for a draft preview, which is never cached. */
  versionId: string | null;
  versionNo: number | null;
  publishedAt: string | null; // ISO time
  correctionNote: string | null;
  document: DerivedDocument;
  profile: DisclosureProfile;
  glossary: GlossaryItem[];
  attachments: AttachmentRef[];
  /** The prior year's 三公 budget (元) the 三公经费分布图 compares against; null when unknown. */
  priorThreePublic: PriorYearFigures['threePublic'] | null;
}

export function profileOf(input: Pick<DisclosureInput, 'org'>): DisclosureProfile {
  return { kind: input.org.kind, duties: input.org.duties, structure: input.org.structure, staffing: input.org.staffing };
}

/** 单位 or 部门, as the document's headings say it. */
export function scopeWord(doc: DerivedDocument): string {
  return doc.scope === 'DEPARTMENT' ? '部门' : '单位';
}

export function documentTitle(doc: DerivedDocument): string {
  return `${doc.org.name}${doc.year}年度${scopeWord(doc)}预算公开`;
}

/** The prior year's 三公 figures of all units of the input, summed exactly. */
export function priorThreePublicOf(input: Pick<DisclosureInput, 'units'>): PriorYearFigures['threePublic'] | null {
  if (input.units.length === 0) return null;
  const total = (k: keyof PriorYearFigures['threePublic']) => knownSum(input.units.map((u) => u.priorYear.threePublic[k]))?.toFixed(2) ?? null;
  return { abroad: total('abroad'), reception: total('reception'), vehiclePurchase: total('vehiclePurchase'), vehicleOperation: total('vehicleOperation') };
}

/** What the public page and every export render of a frozen version. */
export function frozenDisclosure(
  version: { versionId: string; versionNo: number; publishedAt: Date | null; correctionNote: string | null },
  snapshot: FrozenSnapshot,
  document: DerivedDocument,
): FrozenDisclosure {
  return {
    versionId: version.versionId,
    versionNo: version.versionNo,
    publishedAt: version.publishedAt?.toISOString() ?? null,
    correctionNote: version.correctionNote,
    document,
    profile: profileOf(snapshot.input),
    glossary: snapshot.glossary,
    attachments: snapshot.attachments,
    priorThreePublic: priorThreePublicOf(snapshot.input),
  };
}

/** The staff preview's view of a draft: derived now, never cached or published. */
export function draftDisclosure(input: DisclosureInput, document: DerivedDocument, glossary: GlossaryItem[]): FrozenDisclosure {
  return {
    versionId: null,
    versionNo: null,
    publishedAt: null,
    correctionNote: null,
    document,
    profile: profileOf(input),
    glossary,
    attachments: [],
    priorThreePublic: priorThreePublicOf(input),
  };
}
