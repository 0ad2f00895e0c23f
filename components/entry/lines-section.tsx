'use client';
import { useMemo } from 'react';
import type { Project, UnitKind, YearCatalogs } from '@/lib/domain/types';
import type { EconSuggestion } from '@/lib/data/entry/load-workspace';
import { LinesGrid } from './lines-grid/lines-grid';
import { buildGridCatalogs } from './lines-grid/grid-model';
import { unpackLines, type PackedLines } from './lines-grid/packed-lines';

export function LinesSection({
  lines,
  projects,
  catalogs,
  econMapping,
  retiredCodes,
  unitKind,
}: {
  lines: PackedLines;
  projects: Project[];
  catalogs: YearCatalogs;
  econMapping: EconSuggestion[];
  retiredCodes: string[];
  unitKind: UnitKind;
}) {
  const gridLines = useMemo(() => unpackLines(lines), [lines]);
  const projectNames = useMemo(() => projects.map((p) => ({ code: p.code, name: p.name })), [projects]);
  const gridCatalogs = useMemo(
    () => buildGridCatalogs(catalogs, projectNames, econMapping, unitKind, retiredCodes),
    [catalogs, projectNames, econMapping, unitKind, retiredCodes],
  );
  return <LinesGrid lines={gridLines} catalogs={gridCatalogs} />;
}
