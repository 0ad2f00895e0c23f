/** The fields of one 名词解释 entry (名词, 解释, 排序) inside an ActionForm. */
export function GlossaryEntryFields({ term, definition, sortOrder }: { term: string; definition: string; sortOrder: number }) {
  return (
    <>
      <label>
        名词
        <input name="term" defaultValue={term} required maxLength={100} />
      </label>
      <label>
        解释
        <textarea name="definition" defaultValue={definition} required maxLength={2000} rows={3} />
      </label>
      <label>
        排序
        <input name="sortOrder" type="number" min={0} max={9999} defaultValue={sortOrder} />
      </label>
    </>
  );
}
