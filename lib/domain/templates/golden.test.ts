import { describe, expect, it } from 'vitest';
import { yangquanInput } from '../../../prisma/seed-data/yangquan-2026';
import { deriveDocument } from '../derive-document';
import { deriveTables } from '../tables';
import { referenceInput } from './__fixtures__/reference-input';
import { financeBureau2025, financeBureau2025Deviations, financeBureau2025Tables } from './__fixtures__/shanghai-finance-bureau-2025';
import { putuoFinanceBureau2025, putuoFinanceBureau2025Tables } from './__fixtures__/shanghai-putuo-finance-bureau-2025';
import { wanliEconomicRows, wanliExpenditureRows, wanliGeneralRows, wanliIncomeRows, wanliStreet2025 } from './__fixtures__/shanghai-putuo-wanli-street-2025';
import { grid } from './__fixtures__/reference-input';
import { welfareHome2024 } from './__fixtures__/shanghai-putuo-welfare-home-2024-defective';

const yangquan = yangquanInput();

describe('029 阳泉市市场监督管理局 in both templates', () => {
  it('shanxi (the default) keeps the thirteen tables exactly and records the template', () => {
    const doc = deriveDocument(yangquan);
    expect(doc.template).toEqual({ id: 'shanxi', version: 1 });
    expect(doc.tables).toEqual(deriveTables(yangquan));
  });

  const doc = deriveDocument(yangquan, 'shanghai');
  const cell = (no: number, label: string, col: number) => {
    const row = doc.tables[no - 1].rows.find((r) => r.includes(label));
    return row?.[col];
  };

  it('shanghai lays out nine tables with Shanghai titles and units', () => {
    expect(doc.template).toEqual({ id: 'shanghai', version: 1 });
    expect(doc.tables.map((t) => [t.no, t.title, t.unit])).toEqual([
      [1, '2026年预算单位财务收支预算总表', '元'],
      [2, '2026年预算单位收入预算总表', '元'],
      [3, '2026年预算单位支出预算总表', '元'],
      [4, '2026年预算单位财政拨款收支预算总表', '元'],
      [5, '2026年预算单位一般公共预算支出功能分类预算表', '元'],
      [6, '2026年预算单位政府性基金预算支出功能分类预算表', '元'],
      [7, '2026年预算单位国有资本经营预算支出功能分类预算表', '元'],
      [8, '2026年预算单位一般公共预算基本支出部门预算经济分类预算表', '元'],
      [9, '2026年单位“三公”经费和机关运行经费预算表', '万元'],
    ]);
  });

  it('prints the Shanxi totals (2197.30万元 = 21,972,981.00 元) in 元 with 分, as 029 has amounts with 分', () => {
    expect(cell(1, '收入总计', 1)).toBe('21,972,981.00');
    expect(cell(1, '收入总计', 3)).toBe('21,972,981.00');
    expect(cell(1, '1、一般公共预算资金', 1)).toBe('21,903,581.00'); // 2190.36万元
    expect(cell(1, '五、上年结转', 1)).toBe('69,400.00'); // 6.94万元
    expect(cell(2, '合计', 4)).toBe('21,972,981.00');
    expect(cell(2, '合计', 9)).toBe('69,400.00'); // 上年结转 column, shown because it is not zero
    expect(cell(3, '一般公共服务支出', 4)).toBe('16,387,261.00'); // 1638.73万元
    expect(cell(4, '支出总计', 3)).toBe('21,972,981.00');
    expect(doc.tables[5].empty && doc.tables[6].empty).toBe(true);
    expect(doc.tables[5].notes).toEqual(['注：本单位2026年无政府性基金预算财政拨款安排的预算，故本表为空表。']);
    expect(doc.tables[6].notes).toEqual(['注：本单位2026年无国有资本经营预算财政拨款安排的预算，故本表为空表。']);
    expect(doc.tables[0].exact.at(-1)![1]).toBe('21972981.00');
    // 三公 and 机关运行经费 stay in 万元.
    expect(doc.tables[8].rows[0][6]).toBe('195.98');
  });

  it('uses one derivation: table 8 = Shanxi table 6 basic 合计, table 9 = Shanxi tables 10 and 11', () => {
    const shanxi = deriveTables(yangquan);
    const t6Total = shanxi[5].exact[0][2]!;
    const t8Total = doc.tables[7].exact.at(-1)![3]!;
    expect(t8Total).toBe(t6Total);
    const t9 = doc.tables[8].exact[0];
    expect(t9[0]).toBe(shanxi[9].exact[5][1]); // 三公 合计
    expect(t9[6]).toBe(shanxi[10].exact[0][1]); // 机关运行经费 部门合计
  });

  it("carries Shanghai's 编制说明, 其他相关情况说明 and 项目经费情况说明 with the same figures", () => {
    expect(doc.narrative.map((s) => s.title)).toEqual(['2026年单位预算编制说明', '其他相关情况说明', '项目经费情况说明']);
    const [explanation, other, projects] = doc.narrative.map((s) => s.text);
    expect(explanation).toContain('收入预算2,197.30万元，比2025年预算减少233.96万元');
    expect(explanation).toContain('一般公共预算拨款支出预算2,197.30万元');
    expect(explanation).toContain('“一般公共服务支出（类）市场监督管理事务（款）行政运行（项）”1,120.43万元，主要用于人员经费929.52万元、公用经费190.91万元。');
    expect(other).toContain('机关运行经费预算为195.98万元');
    expect(projects).toContain('个体工商户保险保障项目经费209.83万元');
  });

  it('runs the same cross-checks as the Shanxi document', () => {
    const shanxiChecks = deriveDocument(yangquan).checks;
    expect(doc.checks).toEqual(shanxiChecks);
  });
});

describe('上海市财政局 2025年单位预算 reproduced from its figures', () => {
  const doc = deriveDocument(referenceInput(financeBureau2025), 'shanghai');

  it('derives nine tables', () => {
    expect(doc.tables.map((t) => t.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  describe.each(financeBureau2025Tables)('表$no $title', (printed) => {
    const table = doc.tables[printed.no - 1];
    it('has the printed title, unit and 编制单位', () => {
      expect(table.title).toBe(printed.title);
      expect(table.unit).toBe(printed.unit);
      expect(table.orgName).toBe('上海市财政局');
    });

    it('prints every body row cell by cell (except the listed quirks of the original)', () => {
      expect(table.rows.length).toBe(printed.rows.length);
      printed.rows.forEach((row, r) => {
        const key = `${row[0]} ${row[1]}`;
        const deviation = financeBureau2025Deviations.find((d) => d.table === printed.no && d.row === key);
        const expected = deviation ? row.map((c) => (c === deviation.printed ? deviation.derived : c)) : row;
        expect({ row: r, cells: table.rows[r] }).toEqual({ row: r, cells: expected });
      });
    });
  });

  it('passes every blocking cross-check but performance coverage (its 绩效目标 are not entered)', () => {
    const failed = doc.checks.filter((c) => !c.passed && c.severity === 'BLOCKING').map((c) => c.rule);
    expect([...new Set(failed)]).toEqual(['PERFORMANCE_COVERAGE']);
  });
});

describe('上海市普陀区财政局 2025年部门预算 (元 with 分) reproduced cell for cell from its figures', () => {
  const doc = deriveDocument(referenceInput(putuoFinanceBureau2025), 'shanghai');

  describe.each(putuoFinanceBureau2025Tables)('表$no $title', (printed) => {
    const table = doc.tables[printed.no - 1];
    it('has the printed title, unit and 编制部门 and every body cell', () => {
      expect([table.title, table.unit, table.orgName]).toEqual([printed.title, printed.unit, '上海市普陀区财政局']);
      expect(table.rows.length).toBe(printed.rows.length);
      printed.rows.forEach((row, r) => expect({ row: r, cells: table.rows[r] }).toEqual({ row: r, cells: row }));
    });
  });

  it('names the 部门 in its narrative title', () => {
    expect(doc.narrative[0].title).toBe('2025年部门预算编制说明');
    expect(doc.narrative[1].text).toContain('机关运行经费预算为229.43万元');
  });
});

describe('上海市普陀区万里街道 2025年部门预算 (two units) reproduced cell for cell from its figures', () => {
  const doc = deriveDocument(referenceInput(wanliStreet2025), 'shanghai');
  // The original prints zeros as 0 in its function tables; the template prints them blank.
  const blankZeros = (rows: string[][]) => rows.map((row) => row.map((c) => (c === '0' ? '' : c)));
  // 21201 城乡社区管理事务 prints 94,995,790 while its 项 add up to 94,995,789 (a quirk of the original).
  const quirk = (rows: string[][]) =>
    rows.map((row) => (row[0] === '212' && row[1] === '01' && row[2] === '' ? row.map((c) => (c === '94,995,790' ? '94,995,789' : c)) : row));
  const printed: [number, string, string[][]][] = [
    [
      1,
      '2025年部门财务收支预算总表',
      grid(`
一、财政拨款收入│189,767,551│一、一般公共服务支出│3,296,600
1. 一般公共预算资金│189,767,551│二、公共安全支出│2,878,025
2. 政府性基金││三、教育支出│250,000
3. 国有资本经营预算││四、科学技术支出│100,000
二、事业收入││五、文化旅游体育与传媒支出│200,000
三、事业单位经营收入││六、社会保障和就业支出│16,091,895
四、其他收入││七、卫生健康支出│3,216,973
││八、城乡社区支出│154,369,326
││九、住房保障支出│9,364,732
收入总计│189,767,551│支出总计│189,767,551`),
    ],
    [2, '2025年部门收入预算总表', quirk(blankZeros(wanliIncomeRows))],
    [3, '2025年部门支出预算总表', quirk(blankZeros(wanliExpenditureRows))],
    [
      4,
      '2025年部门财政拨款收支预算总表',
      grid(`
一、一般公共预算资金│189,767,551│一、一般公共服务支出│3,296,600│3,296,600││
二、政府性基金││二、公共安全支出│2,878,025│2,878,025││
三、国有资本经营预算││三、教育支出│250,000│250,000││
││四、科学技术支出│100,000│100,000││
││五、文化旅游体育与传媒支出│200,000│200,000││
││六、社会保障和就业支出│16,091,895│16,091,895││
││七、卫生健康支出│3,216,973│3,216,973││
││八、城乡社区支出│154,369,326│154,369,326││
││九、住房保障支出│9,364,732│9,364,732││
收入总计│189,767,551│支出总计│189,767,551│189,767,551││`),
    ],
    [5, '2025年部门一般公共预算支出功能分类预算表', quirk(blankZeros(wanliGeneralRows))],
    [6, '2025年部门政府性基金预算支出功能分类预算表', grid('│││合计│││')],
    [7, '2025年部门国有资本经营预算支出功能分类预算表', grid('│││合计│││')],
    [8, '2025年部门一般公共预算基本支出部门预算经济分类预算表', wanliEconomicRows],
    // Printed 37.91│0│1.35│36.56│15│21.56│464.64: zero blank and 万元 with two decimals here.
    [9, '2025年部门“三公”经费和机关运行经费预算表', grid('37.91││1.35│36.56│15.00│21.56│464.64')],
  ];

  it.each(printed)('表%i %s: title and every body cell', (no, title, rows) => {
    const table = doc.tables[no - 1];
    expect(table.title).toBe(title);
    expect(table.rows.length).toBe(rows.length);
    rows.forEach((row, r) => expect({ row: r, cells: table.rows[r] }).toEqual({ row: r, cells: row }));
  });
});

describe('上海市普陀区社会福利院 2024 (DEFECTIVE) entered as printed is flagged, not reproduced', () => {
  const doc = deriveDocument(referenceInput(welfareHome2024), 'shanghai');
  const t = (no: number) => doc.tables[no - 1];

  it('keeps the consistent sums of the original', () => {
    expect(t(1).rows.at(-1)).toEqual(['收入总计', '12,121,164', '支出总计', '12,121,164', '7,380,214', '2,120,950', '2,620,000']);
    expect(t(1).rows.find((r) => r[0] === '二、事业收入')?.[1]).toBe('2,620,000');
    expect(t(5).rows.at(-1)).toEqual(['', '', '', '合计', '9,501,164', '9,501,164', '']);
    expect(t(8).rows.at(-1)).toEqual(['', '', '合计', '9,501,164', '7,380,214', '2,120,950']);
  });

  it('fails the blocking catalogue check on the sequentially numbered 款 (30210 车辆运行费)', () => {
    const econ = doc.checks.find((c) => c.rule === 'LINE_ECON_CODE');
    expect(econ?.passed).toBe(false);
    expect(econ?.severity).toBe('BLOCKING');
    expect(econ?.message).toContain('30210');
  });

  it('names the 款 by their official codes, so the printed names visibly disagree', () => {
    const name = (code: string) => t(8).rows.find((r) => r[0] === code.slice(0, 3) && r[1] === code.slice(3))?.[2];
    expect(name('30203')).toBe('咨询费'); // printed 水费
    expect(name('30301')).toBe('离休费'); // printed 退休费
    // The printed 三公 (因公出国 0, 车辆运行 6.4) cannot come out: 30212 is 因公出国, 30210 no 三公 code.
    expect(t(9).rows[0]).not.toEqual(['6.40', '', '', '6.40', '', '6.40', '']);
  });
});
