/** The 预算年度 drop-down of a GET filter form: submits `year`, one option per fiscal year, newest first. */
export function YearSelect({ years, year }: { years: readonly { year: number; name: string }[]; year: number }) {
  return (
    <label>
      预算年度
      <select name="year" defaultValue={String(year)}>
        {years.map((y) => (
          <option key={y.year} value={y.year}>
            {y.name}
          </option>
        ))}
      </select>
    </label>
  );
}
