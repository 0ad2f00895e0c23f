import type { Indicator, Project, ProjectFunding } from '../../../lib/domain/types';

interface ProjectSpec {
  code: string;
  name: string;
  unitCode: string;
  originYear: number;
  category: string;
  funding: ProjectFunding;
  overview: string;
  goal: string;
  indicators: Indicator[];
}

function project(spec: ProjectSpec): Project {
  return {
    code: spec.code,
    name: spec.name,
    unitCode: spec.unitCode,
    originYear: spec.originYear,
    category: spec.category,
    attribute: spec.originYear === 2026 ? '经常性项目（长期开展）' : '一次性项目',
    period: spec.originYear === 2026 ? '1年' : null,
    fundingPeriod: spec.funding,
    fundingYear: spec.funding,
    overview: spec.overview,
    basis: '《阳泉市示例局职能配置、内设机构和人员编制规定》',
    necessity: '保障单位履行法定职责。',
    safeguards: '严格执行单位财务管理制度和项目资金管理办法。',
    plan: '2026年1月至12月按计划实施。',
    goalPeriod: spec.goal,
    goalYear: spec.goal,
    indicatorsPeriod: spec.indicators,
    indicatorsYear: spec.indicators,
    manager: '王示例',
    handler: '李示例',
    phone: '0353-0000000',
    filledAt: '20251220100000',
  };
}

const quantity = (name: string, n: string, unit: string): Indicator => ({
  level1: '产出指标',
  level2: '数量指标',
  name,
  value: { comparator: '≥', number: n, unit },
});
const satisfaction: Indicator = {
  level1: '满意度指标',
  level2: '服务对象满意度',
  name: '服务对象满意度',
  value: { comparator: '≥', number: '90', unit: '%' },
};

export const adminUnitProjects: Project[] = [
  project({
    code: '901-2026-01',
    name: '示例市场执法专项经费',
    unitCode: '901001',
    originYear: 2026,
    category: '特定目标类',
    funding: { CITY_COUNTY: '345000.55' },
    overview: '开展市场秩序专项执法检查。',
    goal: '完成年度专项执法检查任务。',
    indicators: [quantity('专项检查次数', '12', '次'), satisfaction],
  }),
  project({
    code: '901-2026-02',
    name: '城市建设配套经费',
    unitCode: '901001',
    originYear: 2026,
    category: '特定目标类',
    funding: { CITY_COUNTY: '500000' },
    overview: '国有土地使用权出让收入安排的城市建设配套支出。',
    goal: '完成配套设施建设。',
    indicators: [quantity('配套设施项目数', '2', '个'), satisfaction],
  }),
  project({
    code: '901-2025-01',
    name: '2025年示例专项资金',
    unitCode: '901001',
    originYear: 2025,
    category: '特定目标类',
    funding: { CITY_COUNTY: '40000' },
    overview: '',
    goal: '',
    indicators: [],
  }),
];

export const institutionProjects: Project[] = [
  project({
    code: '901-2026-03',
    name: '检验检测能力提升项目',
    unitCode: '901002',
    originYear: 2026,
    category: '特定目标类',
    funding: { CITY_COUNTY: '400000', OTHER: '60000' },
    overview: '购置检验检测专用设备及耗材。',
    goal: '提升检验检测能力。',
    indicators: [quantity('购置设备数量', '3', '台（套）'), satisfaction],
  }),
  project({
    code: '901-2026-04',
    name: '技术服务项目',
    unitCode: '901002',
    originYear: 2026,
    category: '其他运转类',
    funding: { SELF_RAISED: '120000' },
    overview: '以单位资金开展技术服务。',
    goal: '完成委托技术服务。',
    indicators: [quantity('技术服务批次', '50', '批次'), satisfaction],
  }),
  project({
    code: '901-2025-02',
    name: '2025年检测设备购置',
    unitCode: '901002',
    originYear: 2025,
    category: '特定目标类',
    funding: { CITY_COUNTY: '80000' },
    overview: '',
    goal: '',
    indicators: [],
  }),
];
