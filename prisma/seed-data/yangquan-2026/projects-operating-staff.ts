import type { Project } from '../../../lib/domain/types';
import { COMMON_2026, funds, indicators } from './project-fields';

// 其他运转类 projects for staff: uniforms, survivors' support, hired staff. The 年度 column of the
// seed cuts every 三级指标 name at ~7 characters; the names are the 实施期 column's.

const UNIFORM_BASIS = '财政部和司法部关于《综合行政执法制服服装和标志管理办法》的有关规定';
const UNIFORM_GOAL = '保障市场监管执法工作的严肃性、统一性，确保市场秩序稳定有序。';
const UNIFORM_INDICATORS = indicators([
  ['数量指标', '行政执法制服服装制作数量', '8套/人'],
  ['质量指标', '行政执法制服服装质量', '100%'],
  ['时效指标', '行政执法制服服装制作完成时间', '2026年12月底前'],
  ['成本指标', '行政执法制服服装制作总成本', '≤30000元'],
  ['社会效益', '保障市场监管执法工作', '有效保障'],
  ['服务对象满意度', '行政执法人员满意度', '≥90%'],
]);

const uniforms: Project = {
  ...COMMON_2026,
  code: '029-2026-06',
  // Seed defect: the performance table names it 行政执法制服服装制作费; table 12 (and the budget)
  // name it 行政执法制式服装制作费, which is used here.
  name: '行政执法制式服装制作费',
  category: '其他运转类',
  fundingPeriod: funds('CITY_COUNTY', '30000'),
  fundingYear: funds('CITY_COUNTY', '30000'),
  overview: '为新录用的公务员制作行政执法制服',
  basis: UNIFORM_BASIS,
  necessity: UNIFORM_GOAL,
  safeguards: UNIFORM_BASIS,
  plan: '2024年至今，共有8名新录用公务员需要制作执法制服。按照每人3500元标准，共计约需3万元。',
  goalPeriod: UNIFORM_GOAL,
  goalYear: UNIFORM_GOAL,
  indicatorsPeriod: UNIFORM_INDICATORS,
  indicatorsYear: UNIFORM_INDICATORS,
  filledAt: '20251224141337',
};

const SURVIVOR_BASIS = '晋人工字【2002】10号文件规定';
const SURVIVOR_INDICATORS = indicators([
  ['数量指标', '发放遗属人员', '1人'],
  ['质量指标', '遗属补助每月发放率', '100%'],
  ['时效指标', '遗属补助发放时间', '按月发放'],
  ['成本指标', '遗属补助总额', '≤11000元/年'],
  ['社会效益', '遗属人员生活保障', '有效保障'],
  ['服务对象满意度', '遗属人员满意度', '≥90%'],
]);

const survivorSupport: Project = {
  ...COMMON_2026,
  code: '029-2026-07',
  name: '遗属补助',
  category: '其他运转类',
  fundingPeriod: funds('CITY_COUNTY', '11000'),
  fundingYear: funds('CITY_COUNTY', '11000'),
  overview: '为机关遗属人员发放生活补助',
  basis: SURVIVOR_BASIS,
  necessity: '保障遗属人员日常生活',
  safeguards: SURVIVOR_BASIS,
  plan: '机关1名遗属人员，每月生活补贴526元，取暖补助4480元。',
  goalPeriod: '保障机关遗属人员日常生活',
  goalYear: '保障机关遗属人员日常生活',
  indicatorsPeriod: SURVIVOR_INDICATORS,
  indicatorsYear: SURVIVOR_INDICATORS,
  filledAt: '20251224185233',
};

const HIRED_STAFF_AIM = '进一步落实市场监管职能职责，推进市场监管事业高质量发展';
const HIRED_STAFF_INDICATORS = indicators([
  ['数量指标', '发放聘用人员数量', '≤20人'],
  ['质量指标', '聘用人员工资发放率', '100%'],
  ['时效指标', '聘用人员工资发放时间', '按月发放'],
  ['成本指标', '聘用人员工资总成本', '≤370000元'],
  ['社会效益', '市场监管履职能力', '有效提高'],
  ['服务对象满意度', '聘用人员满意度', '≥90%'],
]);

const hiredStaff: Project = {
  ...COMMON_2026,
  code: '029-2026-08',
  name: '聘用人员工作经费',
  category: '其他运转类',
  fundingPeriod: funds('CITY_COUNTY', '370000'),
  fundingYear: funds('CITY_COUNTY', '370000'),
  overview: `为${HIRED_STAFF_AIM}，聘用一批工作人员参与市场监管日常辅助工作，保障日常工作的有序开展。`,
  basis: '阳泉市市场监督管理局“三定”方案',
  necessity: `${HIRED_STAFF_AIM}，保障日常工作的有序开展。`,
  safeguards: '《阳泉市市场监督管理局财务管理办法》',
  plan: '每月为聘用人员发放工资',
  goalPeriod: `为${HIRED_STAFF_AIM}，聘用一批工作人员参与市场监管日常辅助工作，保障日常工作的有序开展。`,
  goalYear: `为${HIRED_STAFF_AIM}，保障日常工作的有序开展。`,
  indicatorsPeriod: HIRED_STAFF_INDICATORS,
  indicatorsYear: HIRED_STAFF_INDICATORS,
  filledAt: '20251229172053',
};

export const staffProjects: Project[] = [uniforms, survivorSupport, hiredStaff];
