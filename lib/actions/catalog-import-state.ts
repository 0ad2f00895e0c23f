// The state of the two-step catalogue import form (preview, then confirm); kept apart from the 'use server' module.

export interface CatalogPreviewView {
  year: number;
  kind: string;
  summary: string[];
  removed: number;
  blocked: boolean; // codes in use: the import cannot be confirmed
  digest: string;
  rows: string; // the validated file rows as JSON, sent back with the confirmation and validated again
}

export interface CatalogImportState {
  ok: boolean;
  message: string;
  preview?: CatalogPreviewView;
}

export const CATALOG_IDLE: CatalogImportState = { ok: false, message: '' };
