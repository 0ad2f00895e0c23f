import type { Project } from '../../../lib/domain/types';
import { COMMON_2026, funds, indicators } from './project-fields';

// 特定目标类 projects. Truncated 三级指标 names in the seed (the 年度 column cuts them at ~7 characters,
// the 实施期 column at ~11) are completed from the other column or the obvious word.

const SAMPLING_OVERVIEW =
  '根据《山西省财政厅关于提前下达2026年度两品一械抽样检验经费的通知》文件精神，下达“两品一械”抽样检验经费30.87万元，加强对药品、化妆品、医疗器械的监管抽检力度，发现问题，消除隐患，为日常监管提供技术支撑。';
const SAMPLING_BASIS = '《山西省财政厅关于提前下达2026年度两品一械抽样检验经费的通知》';

const sampling: Project = {
  ...COMMON_2026,
  code: '029-2026-01',
  name: '两品一械抽样检验经费',
  category: '特定目标类',
  fundingPeriod: funds('PROVINCIAL', '308700'),
  fundingYear: funds('PROVINCIAL', '308700'),
  overview: SAMPLING_OVERVIEW,
  basis: SAMPLING_BASIS,
  necessity: '加强对药品、化妆品、医疗器械的监管抽检力度，发现问题，消除隐患，为日常监管提供技术支撑。',
  safeguards: SAMPLING_BASIS,
  plan: SAMPLING_OVERVIEW,
  goalPeriod: SAMPLING_OVERVIEW,
  goalYear: SAMPLING_OVERVIEW,
  indicatorsPeriod: indicators([
    ['数量指标', '药品抽样批次', '≥400批次'],
    ['数量指标', '医疗器械抽样批次', '≥15批次'],
    ['数量指标', '化妆品抽样批次', '≥10批次'],
    ['质量指标', '达到发现问题重点品种比例', '100%'],
    ['时效指标', '“两品一械”抽检完成时间', '2026年12月底'],
    ['成本指标', '药品平均每批次抽样成本', '≤120元/批次'],
    ['成本指标', '药品平均每批次购样成本', '≤515元/批次'],
    ['成本指标', '医疗器械平均每批次抽样成本', '≤440元/批次'],
    ['成本指标', '化妆品平均每批次购样成本', '≤1000元/批次'],
    ['社会效益', '公众用药安全水平', '有效提升'],
    ['社会效益', '消除药品质量安全风险', '消除隐患'],
    ['可持续影响', '药品安全水平', '长期提升'],
    ['可持续影响', '监管效能与效率', '持续提升'],
    ['服务对象满意度', '被抽检单位满意度', '≥90%'],
  ]),
  // Seed defect: the 年度 value of 药品平均每批次抽样成本 is cut off; it equals the 实施期 value
  // (the project runs one year with the same funds).
  indicatorsYear: indicators([
    ['数量指标', '药品抽样批次', '≥400批次'],
    ['数量指标', '医疗器械抽样批次', '≥15批次'],
    ['数量指标', '化妆品抽样批次', '≥10批次'],
    ['质量指标', '达到发现问题重点品种比例', '100%'],
    ['时效指标', '“两品一械”抽检完成时间', '2026年12月底'],
    ['成本指标', '药品平均每批次抽样成本', '≤120元/批次'],
    ['成本指标', '药品平均每批次购样成本', '≤515元/批次'],
    ['成本指标', '医疗器械平均每批次抽样成本', '≤440元/批次'],
    ['成本指标', '化妆品平均每批次购样成本', '≤1000元/批次'],
    ['社会效益', '公众用药安全水平', '有效提升'],
    ['社会效益', '消除药品质量安全风险', '消除隐患'],
    ['可持续影响', '药品安全水平', '长期提升'],
    ['可持续影响', '监管效能与效率', '持续提升'],
    ['服务对象满意度', '被抽检单位满意度', '≥90%'],
  ]),
  filledAt: '20260112164036',
};

const DRUG_OVERVIEW =
  '根据《山西省财政厅关于提前下达2026年中央食品药品监管补助资金的通知》文件精神，下达药品监管经费17.8万元，按计划对药品、医疗器械经营单位开展监督检查，对化妆品开展抽样检验，加强药品不良反应监测水平，加强和改进培训工作效率，不断提高基层药品监管队伍能力水平。';
const DRUG_BASIS = '《山西省财政厅关于提前下达2026年中央食品药品监管补助资金的通知》';

const centralDrugSubsidy: Project = {
  ...COMMON_2026,
  code: '029-2026-02',
  name: '2026年中央药品监管补助资金',
  category: '特定目标类',
  // Seed defect: 项目期 and the whole 年度资金总额 column are blank. Filled as the sibling projects:
  // 99年, and the year's funds equal the period's (178,000 中央财政资金, as table 12 shows 17.80万元).
  period: '99年',
  fundingPeriod: funds('CENTRAL', '178000'),
  fundingYear: funds('CENTRAL', '178000'),
  overview: DRUG_OVERVIEW,
  basis: DRUG_BASIS,
  necessity:
    '按计划对药品、医疗器械经营单位开展监督检查，对化妆品开展抽样检验，加强药品不良反应监测水平，加强和改进培训工作效率，不断提高基层药品监管队伍能力水平。',
  safeguards: DRUG_BASIS,
  plan: DRUG_OVERVIEW,
  goalPeriod: DRUG_OVERVIEW,
  goalYear: DRUG_OVERVIEW,
  indicatorsPeriod: indicators([
    ['数量指标', '化妆品购样批次', '≥50批次'],
    ['数量指标', '药品零售企业检查', '≥185家次'],
    ['数量指标', '无菌和植入类医疗器械企业检查', '≥100家次'],
    ['质量指标', '监督检查发现风险隐患处置率', '100%'],
    ['时效指标', '药械化监管任务完成日期', '2026年12月底'],
    ['时效指标', '化妆品抽验购样批次', '2026年12月底'],
    ['成本指标', '药械化企业监督检查差旅费', '≤250元/人/天'],
    ['成本指标', '化妆品购样成本', '≤1000元/批次'],
    ['社会效益', '加强监管执法工作，保障公众用药安全', '不断提高'],
    ['可持续影响', '提升药械化监管水平', '长期提升'],
    ['服务对象满意度', '公众对药品监管工作满意度', '≥85%'],
  ]),
  indicatorsYear: indicators([
    ['数量指标', '无菌和植入类医疗器械企业检查', '≥100家次'],
    ['数量指标', '药品零售企业检查', '≥185家次'],
    ['数量指标', '化妆品购样批次', '≥50批次'],
    ['质量指标', '监督检查发现风险隐患处置率', '100%'],
    ['时效指标', '化妆品抽验购样批次', '2026年12月底'],
    ['时效指标', '药械化监管任务完成日期', '2026年12月底'],
    ['成本指标', '化妆品购样成本', '≤1000元/批次'],
    ['成本指标', '药械化企业监督检查差旅费', '≤250元/人/天'],
    ['社会效益', '加强监管执法工作，保障公众用药安全', '不断提高'],
    ['可持续影响', '提升药械化监管水平', '长期提升'],
    ['服务对象满意度', '公众对药品监管工作满意度', '≥85%'],
  ]),
  filledAt: '20260113105253',
};

export const specialPurposeProjects: Project[] = [sampling, centralDrugSubsidy];
