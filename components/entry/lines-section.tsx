'use client';
import { useMemo } from 'react';
import type { ExpenditureLine, Project, UnitKind, YearCatalogs } from '@/lib/domain/types';
import type { EconSuggestion } from '@/lib/data/entry/load-workspace';
import { LinesGrid } from './lines-grid/lines-grid';
import { buildGridCatalogs } from './lines-grid/grid-model';

export function LinesSection({ lines, projects, catalogs, econMapping, unitKind }: {
  lines: ExpenditureLine[]; projects: Project[]; catalogs: YearCatalogs; econMapping: EconSuggestion[]; unitKind: UnitKind;
}) {
  const projectNames = useMemo(() => projects.map((p) => ({ code: p.code, name: p.name })), [projects]);
  const gridCatalogs = useMemo(() => buildGridCatalogs(catalogs, projectNames, econMapping, unitKind), [catalogs, projectNames, econMapping, unitKind]);
  return <LinesGrid lines={lines} catalogs={gridCatalogs} />;
}
