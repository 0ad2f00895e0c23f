'use server';
import { createEmptyBudget, startFromPreviousYear } from '../../data/entry/create-budget';
import { saveLines, type SaveLinesInput } from '../../data/entry/save-lines';
import { saveUnitProfile, type UnitProfileInput } from '../../data/entry/save-unit-profile';
import { saveNarrativeTexts, type NarrativeTextsInput } from '../../data/entry/save-narrative-texts';
import { savePriorYearFigures, type PriorYearInput } from '../../data/entry/save-prior-year';
import { saveAssets, type AssetsInput } from '../../data/entry/save-assets';
import { saveProcurement, type ProcurementInput } from '../../data/entry/save-procurement';
import { saveProcurementReserve, type ProcurementReserveInput } from '../../data/entry/save-procurement-reserve';
import { deleteAttachment } from '../../data/entry/attachments';
import { runEntryAction } from './run-entry-action';

export async function createBudgetAction(orgCode: string, year: number, fromPreviousYear: boolean) {
  return runEntryAction((db, user) => (fromPreviousYear ? startFromPreviousYear : createEmptyBudget)(db, user, { orgCode, year }));
}
export async function saveLinesAction(input: SaveLinesInput) {
  return runEntryAction((db, user) => saveLines(db, user, input));
}
export async function saveUnitProfileAction(input: UnitProfileInput) {
  return runEntryAction((db, user) => saveUnitProfile(db, user, input));
}
export async function saveNarrativeTextsAction(input: NarrativeTextsInput) {
  return runEntryAction((db, user) => saveNarrativeTexts(db, user, input));
}
export async function savePriorYearAction(input: PriorYearInput) {
  return runEntryAction((db, user) => savePriorYearFigures(db, user, input));
}
export async function saveAssetsAction(input: AssetsInput) {
  return runEntryAction((db, user) => saveAssets(db, user, input));
}
export async function saveProcurementAction(input: ProcurementInput) {
  return runEntryAction((db, user) => saveProcurement(db, user, input));
}
export async function saveProcurementReserveAction(input: ProcurementReserveInput) {
  return runEntryAction((db, user) => saveProcurementReserve(db, user, input));
}
export async function deleteAttachmentAction(input: { budgetId: string; expectedVersion: number; attachmentId: string }) {
  return runEntryAction((db, user) => deleteAttachment(db, user, input));
}
