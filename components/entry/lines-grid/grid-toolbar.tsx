'use client';
import { useMemo } from 'react';
import type { GroupingState, Table } from '@tanstack/react-table';
import { GRID_COLUMNS, type LineField } from './columns';
import type { GridCatalogs, GridLine } from './grid-model';
import { distinctValues } from './line-view';

const DIMENSIONS: LineField[] = ['functionCode', 'deptEconCode', 'govEconCode', 'projectCode', 'source', 'timing', 'kind'];
/** The dimensions with a filter (every one but 支出类型). */
const FILTERS = DIMENSIONS.slice(0, 6);
const header = (id: string) => GRID_COLUMNS.find((c) => c.id === id)!.header;

export function GridToolbar({
  table,
  lines,
  catalogs,
  search,
  setSearch,
  grouping,
  setGrouping,
  editable,
  hasActive,
  dirtyCount,
  pending,
  onAdd,
  onDuplicate,
  onDelete,
  onSave,
  onDiscard,
}: {
  table: Table<GridLine>;
  lines: GridLine[];
  catalogs: GridCatalogs;
  search: string;
  setSearch: (s: string) => void;
  grouping: GroupingState;
  setGrouping: (g: GroupingState) => void;
  editable: boolean;
  hasActive: boolean;
  dirtyCount: number;
  pending: boolean;
  onAdd: () => void;
  onDuplicate: () => void;
  onDelete: () => void;
  onSave: () => void;
  onDiscard: () => void;
}) {
  const options = useMemo(() => new Map(FILTERS.map((id) => [id, distinctValues(lines, id, catalogs)])), [lines, catalogs]);
  return (
    <div className="grid-toolbar">
      {editable && (
        <div className="buttons">
          <button type="button" onClick={onAdd}>
            新增行
          </button>
          <button type="button" onClick={onDuplicate} disabled={!hasActive}>
            复制行
          </button>
          <button type="button" onClick={onDelete} disabled={!hasActive}>
            删除行
          </button>
          <button type="button" className="primary" onClick={onSave} disabled={dirtyCount === 0 || pending}>
            {pending ? '正在保存…' : `保存支出明细（${dirtyCount} 处修改）`}
          </button>
          <button type="button" onClick={onDiscard} disabled={dirtyCount === 0 || pending}>
            放弃修改
          </button>
        </div>
      )}
      <div className="filters">
        <label>
          搜索 <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder="编码或名称" />
        </label>
        <label>
          分组
          <select value={grouping.join(',')} onChange={(e) => setGrouping(e.target.value ? e.target.value.split(',') : [])}>
            <option value="">不分组</option>
            {DIMENSIONS.map((d) => (
              <option key={d} value={d}>
                按{header(d)}
              </option>
            ))}
            <option value="functionCode,deptEconCode">按功能科目再按部门经济科目</option>
          </select>
        </label>
        {FILTERS.map((d) => (
          <label key={d}>
            {header(d)}
            <select
              value={String(table.getColumn(d)?.getFilterValue() ?? '')}
              onChange={(e) => table.getColumn(d)?.setFilterValue(e.target.value || undefined)}
            >
              <option value="">全部</option>
              {options.get(d)!.map(([v, label]) => (
                <option key={v} value={v}>
                  {label}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
    </div>
  );
}
