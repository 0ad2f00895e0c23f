// 上海市普陀区社会福利院 2024年单位预算 — the DEFECTIVE reference document
// (/work/shared/reference/documents/shanghai-putuo-welfare-home-2024-unit-budget-DEFECTIVE.txt).
// Its sums are consistent, but its 基本支出经济分类表 numbers the 款 in sequence instead of using the
// official codes (302 03 水费, 302 10 车辆运行费, 302 12 退休人员活动费, 303 01 退休费 …). Entered as
// printed against the official 部门经济分类 catalogue, the engine must flag it, not reproduce it.
import type { ReferenceBudget } from './reference-input';

export const welfareHome2024: ReferenceBudget = {
  year: 2024,
  scope: 'UNIT',
  org: { code: 'SH-PT-FLY', name: '上海市普陀区社会福利院', kind: 'INSTITUTION' },
  functions: [
    ['208', '社会保障和就业支出'],
    ['20805', '行政事业单位养老支出'],
    ['2080502', '事业单位离退休'],
    ['2080505', '机关事业单位基本养老保险缴费支出'],
    ['2080506', '机关事业单位职业年金缴费支出'],
    ['2080599', '其他行政事业单位养老支出'],
    ['20810', '社会福利'],
    ['2081005', '社会福利事业单位'],
    ['210', '卫生健康支出'],
    ['21011', '行政事业单位医疗'],
    ['2101102', '事业单位医疗'],
    ['221', '住房保障支出'],
    ['22102', '住房改革支出'],
    ['2210201', '住房公积金'],
  ],
  // Table 1 prints 社会保障和就业支出 人员 6,540,674 / 公用 2,120,950: the 公用经费 go to 2081005.
  basic: [
    ['2080502', '538440', '0'],
    ['2080505', '767579', '0'],
    ['2080506', '383789', '0'],
    ['2080599', '7020', '0'],
    ['2081005', '4843846', '2120950'],
    ['2101102', '503724', '0'],
    ['2210201', '335816', '0'],
  ],
  // The project is funded by 事业收入 2,620,000 (单位资金).
  project: [['2081005', '2620000', 'UNIT_OWN']],
  // The 款 as printed: 类 + the printed sequence number.
  personnelEcon: [
    ['30101', '758448'],
    ['30102', '225600'],
    ['30107', '3580522'],
    ['30108', '767579'],
    ['30109', '383789'],
    ['30110', '503724'],
    ['30112', '47972'],
    ['30113', '335816'],
    ['30199', '354964'],
    ['30301', '421800'], // printed 303 01 退休费 (official 30302; 30301 is 离休费)
  ],
  publicEcon: [
    ['30201', '69000'],
    ['30202', '20000'], // printed 咨询费 (official 30203)
    ['30203', '60000'], // printed 水费 (official 30205; 30203 is 咨询费)
    ['30204', '320000'], // printed 电费 (official 30206)
    ['30205', '15000'], // printed 邮电费 (official 30207)
    ['30206', '8000'], // printed 办公设备购置费 (not a 302 款 at all: 31002)
    ['30207', '88890'], // printed 工会经费 (official 30228)
    ['30208', '86400'], // printed 福利费 (official 30229)
    ['30209', '1206000'], // printed 物业管理费 (official 30209, by chance)
    ['30210', '64000'], // printed 车辆运行费: no such 款 (公务用车运行维护费 is 30231)
    ['30211', '116640'], // printed 事业单位离退休人员福利费
    ['30212', '7020'], // printed 机关事业单位退休人员活动费 (30212 is 因公出国（境）费用)
    ['30213', '60000'], // printed 其他商品和服务支出 (official 30299)
  ],
};
