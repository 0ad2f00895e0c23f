'use server';
import { saveProject, type SaveProjectInput } from '../../data/entry/save-project';
import { deleteProject } from '../../data/entry/delete-project';
import { carryOverProject } from '../../data/entry/carry-over-project';
import { runEntryAction } from './run-entry-action';

type ProjectRef = { budgetId: string; expectedVersion: number; projectCode: string };

export async function saveProjectAction(input: SaveProjectInput) {
  return runEntryAction((db, user) => saveProject(db, user, input));
}
export async function deleteProjectAction(input: ProjectRef) {
  return runEntryAction((db, user) => deleteProject(db, user, input));
}
export async function carryOverProjectAction(input: ProjectRef) {
  return runEntryAction((db, user) => carryOverProject(db, user, input));
}
