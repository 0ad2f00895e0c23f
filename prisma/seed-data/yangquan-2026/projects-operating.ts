import type { Project } from '../../../lib/domain/types';
import { COMMON_2026, funds, indicators } from './project-fields';

// 其他运转类 projects for market supervision work. Truncated 三级指标 names in the seed are completed
// from the other column or the obvious word. The seed's half-width ',' and '()' in Chinese text
// (a PDF extraction artefact) are written full-width.

const SUPERVISION_OVERVIEW =
  '按照阳泉市市场监督管理局“三定方案”，对全市食品、药品、化妆品、医疗器械、产品质量、特种设备、信用监管、消费者权益保护、计量器具、广告、价格、公平竞争、认证认可、网络销售、知识产权保护、标准化管理等领域开展监督检查和行政执法，承接全市食药安委、质量发展委员会及公平竞争审查委员会工作职责，处理市场监管领域信访维稳工作，保障全市人民饮食安全、用药用械用妆安全，有效消除产品质量、特种设备风险隐患，全面保障机关整体有序运行，确保全市市场秩序有序稳定。';
const SUPERVISION_NECESSITY =
  '为保障全市食品、药品、化妆品、医疗器械、产品质量、特种设备、信用监管、消费者权益保护、计量器具、广告、价格、公平竞争、认证认可、网络销售、知识产权保护、标准化管理等领域开展监督检查和行政执法，承接全市食药安委、质量发展委员会及公平竞争审查委员会工作职责，处理市场监管领域信访维稳工作，保障全市人民饮食安全、用药用械用妆安全，有效消除产品质量、特种设备风险隐患，确保全市市场秩序有序稳定。';

// Seed defect: this table is printed twice, the first copy holding only 产出指标 and the second
// only 效益/满意度指标 with garbled cells. Merged into one table here.
const supervisionWork: Project = {
  ...COMMON_2026,
  code: '029-2026-03',
  name: '市场监管工作经费',
  category: '其他运转类',
  fundingPeriod: funds('CITY_COUNTY', '5400000'),
  fundingYear: funds('CITY_COUNTY', '1290000'),
  overview: SUPERVISION_OVERVIEW,
  basis: '阳泉市委办公室、市政府办公室关于印发《市政府办公室、市发改委、市教育局等单位职能配置、内设机构和人员编制的规定》（阳办字〔2019〕9号）',
  necessity: SUPERVISION_NECESSITY,
  safeguards: '《阳泉市市场监督管理局财务管理办法》',
  plan: SUPERVISION_OVERVIEW,
  goalPeriod: SUPERVISION_OVERVIEW,
  goalYear: SUPERVISION_OVERVIEW,
  indicatorsPeriod: indicators([
    ['数量指标', '开展食品安全监督抽检批次', '≥300批次'],
    ['数量指标', '开展产品质量安全监督抽检批次', '≥100批次'],
    ['数量指标', '开展市场监管专项执法检查', '≥5次'],
    ['数量指标', '开展市场监管普法宣传活动', '≥2次'],
    ['数量指标', '开展公平竞争审查', '≥1次'],
    ['质量指标', '食品安全监督检查问题处置率', '100%'],
    ['质量指标', '产品质量安全监督检查问题处置率', '100%'],
    ['质量指标', '特种设备监督检查问题处置率', '100%'],
    ['质量指标', '药械化监督检查问题处置率', '100%'],
    ['时效指标', '监督检查完成时间', '2026年12月底前'],
    ['时效指标', '监督抽检完成时间', '2026年12月底前'],
    ['时效指标', '宣传活动完成时间', '2026年12月底前'],
    ['成本指标', '监督检查差旅费成本', '≤490元/天/人'],
    ['成本指标', '工业产品安全抽检平均批次成本', '≤2000元/批次'],
    ['经济效益', '食品安全抽检平均批次成本', '≤800元/批次'],
    ['社会效益', '特种设备潜在风险有效消除', '有效消除'],
    ['社会效益', '药械化质量安全风险有效消除', '有效消除'],
    ['社会效益', '产品质量安全隐患有效消除', '有效消除'],
    ['社会效益', '市场监管执法水平', '不断提高'],
    ['社会效益', '食品安全隐患有效消除', '有效消除'],
    ['服务对象满意度', '被检查对象满意度', '≥80%'],
  ]),
  indicatorsYear: indicators([
    ['数量指标', '开展产品质量安全监督抽检批次', '≥50批次'],
    ['数量指标', '开展食品安全监督抽检批次', '≥200批次'],
    ['数量指标', '开展市场监管专项执法检查', '≥5次'],
    ['数量指标', '开展市场监管普法宣传活动', '≥2次'],
    // The seed prints 开展公平竞争会… here (cut), not the 实施期 column's 开展公平竞争审查.
    ['数量指标', '开展公平竞争会议', '≥1次'],
    ['质量指标', '药械化监督检查问题处置率', '100%'],
    ['质量指标', '食品安全监督检查问题处置率', '100%'],
    ['质量指标', '产品质量安全监督检查问题处置率', '100%'],
    ['质量指标', '特种设备监督检查问题处置率', '100%'],
    ['时效指标', '监督抽检完成时间', '2026年12月底前'],
    ['时效指标', '宣传活动完成时间', '2026年12月底前'],
    ['时效指标', '监督检查完成时间', '2026年12月底前'],
    ['成本指标', '工业产品安全抽检平均批次成本', '≤2000元/批次'],
    ['成本指标', '监督检查差旅费成本', '≤490元/天/人'],
    ['经济效益', '食品安全抽检平均批次成本', '≤800元/批次'],
    ['社会效益', '特种设备潜在风险有效消除', '有效消除'],
    ['社会效益', '市场监管执法水平', '不断提高'],
    ['社会效益', '食品安全隐患有效消除', '有效消除'],
    ['社会效益', '药械化质量安全风险有效消除', '有效消除'],
    ['社会效益', '产品质量安全隐患有效消除', '有效消除'],
    ['服务对象满意度', '被检查对象满意度', '≥80%'],
  ]),
  filledAt: '20251224133049',
};

const INSURANCE_OVERVIEW =
  '按照省委省政府“为民办实事”工作要求，需为全市登记注册的个体工商户缴纳“惠商保”保险，旨在提升个体工商户持续经营能力，保障个体工商户有序良好发展。';
const INSURANCE_BASIS = '山西省市场监管局、山西省财政厅、山西省银保监局关于印发《山西省个体工商户保险保障项目实施方案》的通知（晋市监〔2023〕142号）';
const INSURANCE_INDICATORS = [
  ['数量指标', '全市个体工商户保险保障户数', '94395户'],
  ['质量指标', '全市个体工商户保险保障覆盖率', '≥80%'],
  ['时效指标', '个体工商户“惠商保”保险期限', '2025年8月至2026年7月'],
  ['成本指标', '全市个体工商户“惠商保”保险费用', '≤2098271元'],
  ['社会效益', '个体工商户持续经营能力', '不断提高'],
  ['服务对象满意度', '全市个体工商户满意度', '≥80%'],
] as const;

const selfEmployedInsurance: Project = {
  ...COMMON_2026,
  code: '029-2026-04',
  name: '个体工商户保险保障项目经费',
  category: '其他运转类',
  fundingPeriod: funds('CITY_COUNTY', '2098271'),
  fundingYear: funds('CITY_COUNTY', '2098271'),
  overview: INSURANCE_OVERVIEW,
  basis: INSURANCE_BASIS,
  // Seed defect: the text starts mid-word with 升个体工商户…; restored to 提升.
  necessity: '提升个体工商户持续经营能力，保障个体工商户有序良好发展。',
  safeguards: INSURANCE_BASIS,
  plan: '按照全省个体工商户数量核算，我市共有94395户个体工商户纳入个体工商户保险保障项目，按照市级财政承担30%的保险费用计算，共计需要209.8271万元。',
  goalPeriod: INSURANCE_OVERVIEW,
  goalYear: INSURANCE_OVERVIEW,
  indicatorsPeriod: indicators(INSURANCE_INDICATORS),
  indicatorsYear: indicators(INSURANCE_INDICATORS),
  filledAt: '20251224134315',
};

const QUICK_TEST_OVERVIEW =
  '按照省委省政府“为民办实事”工作要求，在全省开展大型农贸批发市场食用农产品快检，剔除不合格食用农产品，化解食品安全潜在风险，保障人民群众饮食安全。';
const QUICK_TEST_BASIS = '山西省市场监管局、山西省财政厅关于印发《2025年全省大型农贸批发市场全面实行农产品快速检测工作方案》（晋市监发〔2025〕18号）的通知';

function quickTestIndicators(costCap: string) {
  return indicators([
    ['数量指标', '开展食用农产品快检工作市场数', '5个'],
    ['质量指标', '食用农产品快检不合格问题处置率', '≥90%'],
    ['时效指标', '食用农产品快检覆盖时间', '2026年全年'],
    ['成本指标', '食用农产品快检总成本', costCap],
    ['社会效益', '人民群众饮食安全', '有效保障'],
    ['社会效益', '不合格食用农产品有效消除', '有效消除'],
    ['服务对象满意度', '被抽检农批市场满意度', '≥80%'],
  ]);
}

const marketQuickTest: Project = {
  ...COMMON_2026,
  code: '029-2026-05',
  name: '农批市场快检项目经费',
  category: '其他运转类',
  fundingPeriod: funds('CITY_COUNTY', '850000'),
  fundingYear: funds('CITY_COUNTY', '800000'),
  overview: QUICK_TEST_OVERVIEW,
  basis: QUICK_TEST_BASIS,
  necessity: QUICK_TEST_OVERVIEW,
  safeguards: QUICK_TEST_BASIS,
  plan: '全市5家大型农贸批发市场，共有619家食用农产品经营商户，按照省委省政府关于农批市场食品农产品快检工作的要求，要实现全年4.1批次的快检任务，按照平均每批次20元费用计算，约需85万元。',
  goalPeriod: QUICK_TEST_OVERVIEW,
  goalYear: QUICK_TEST_OVERVIEW,
  indicatorsPeriod: quickTestIndicators('≤850000元'),
  indicatorsYear: quickTestIndicators('≤800000元'),
  filledAt: '20251224135400',
};

export const operatingProjects: Project[] = [supervisionWork, selfEmployedInsurance, marketQuickTest];
