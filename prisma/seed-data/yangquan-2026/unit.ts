import type { Assets, NarrativeReasons, OrgInfo, PriorYearFigures, ProcurementItem } from '../../../lib/domain/types';

export const org: OrgInfo = {
  code: '029',
  name: '阳泉市市场监督管理局',
  kind: 'ADMIN',
  duties:
    '阳泉市市场监督管理局贯彻落实党中央和省委、市委关于市场监督管理工作的方针政策和决策部署，在履行职责过程中坚持和加强党对市场监督管理工作的集中统一领导。主要职责是：负责全市市场综合监督管理；建立市场主体信息公示和共享机制，依法公示和共享有关信息，加强信用监管，推动全市市场主体信用体系建设；组织和指导全市市场监管综合执法工作；负责全市反垄断统一执法工作；负责监督管理市场秩序；负责全市宏观质量管理；负责全市产品质量安全监督管理；负责全市特种设备安全监督管理；负责全市食品安全监督管理综合协调；负责全市食品安全监督管理；负责药品（含中药、民族药，下同）、医疗器械和化妆品安全监督管理。监督实施药品、医疗器械和化妆品监督管理的法律法规和规章；监督实施国家药典等药品、医疗器械和化妆品标准、分类管理制度；监督实施药品、医疗器械和化妆品经营、使用质量管理规范；负责统一管理全市计量工作；负责统一管理全市标准化工作；负责统一管理、监督和协调全市认证认可、检验检测工作；负责全市知识产权工作；负责市场监督管理科技和信息化建设、新闻宣传；指导、协调全市市场监督管理系统开展小个专企业非公经济组织党建工作；完成市委、市政府交办的其他任务。',
  structure: '阳泉市市场监督管理局是市政府直属正处级行政单位，内设32个正科级科室，全局核定人员编制数88个，实际在编人数93人，其他人员2人。',
  staffing: { internalDivisions: 32, authorizedHeadcount: 88, actualHeadcount: 93, otherPersonnel: 2 },
};

/**
 * 政府采购 plan: the seed prints only the totals (货物 1.00万元, 工程 0, 服务 300.33万元); the items are
 * plausible ones from the 集中采购目录 the seed attaches. 物业管理服务 is left out on purpose: the
 * seed says 2026 funds no 物业管理费.
 */
export const procurement: ProcurementItem[] = [
  { id: 'P-029-2026-01', category: 'GOODS', catalogCode: 'A02010105', name: '台式计算机', amount: '10000' },
  {
    id: 'P-029-2026-02',
    category: 'SERVICES',
    catalogCode: 'C18040102',
    name: '财产保险服务（个体工商户“惠商保”保险）',
    amount: '2098271',
  },
  { id: 'P-029-2026-03', category: 'SERVICES', catalogCode: 'C16040000', name: '云计算服务', amount: '600000' },
  { id: 'P-029-2026-04', category: 'SERVICES', catalogCode: 'C17010200', name: '网络接入服务', amount: '200000' },
  { id: 'P-029-2026-05', category: 'SERVICES', catalogCode: 'C23090100', name: '印刷服务', amount: '105029' },
];

export const assets: Assets = {
  asOf: '2025-12-31',
  plannedPurchases: {},
  vehicleQuota: 0,
  vehicles: {
    LEADER: 0,
    CONFIDENTIAL: 0,
    EMERGENCY: 0,
    LAW_ENFORCEMENT: 0,
    SPECIAL_TECHNICAL: 0,
    INSTITUTION_BUSINESS: 0,
    OTHER: 0,
  },
  officeArea: '6188',
  equipmentOver50: 0,
  equipmentOver100: 0,
};

/**
 * 2025 budget figures (元), chosen so that every comparison the seed prints comes out exactly
 * against the 2026 lines (收支总计 21,972,981, 一般公共预算当年 21,903,581, 机关运行经费 1,959,840):
 * 收支总计 −2,339,600 → 减少233.96万元 下降9.62%; 一般公共预算当年 −2,392,900 → 减少239.29万元
 * 下降9.85%; 机关运行经费 −124,000 → 减少12.40万元 下降5.95%; 三公 only 公务接待费 0.80万元.
 */
export const priorYear: PriorYearFigures = {
  totalIncome: '24312581',
  totalExpenditure: '24312581',
  generalCurrentExpenditure: '24296481',
  threePublic: { abroad: '0', reception: '8000', vehiclePurchase: '0', vehicleOperation: '0' },
  operatingCost: '2083840',
};

// Reasons as the seed prints them, without the stray '。；' after the first one; the narrative adds
// its own punctuation. 五 (一般公共预算当年支出) gives no reason in the seed.
export const reasons: NarrativeReasons = {
  totalChange: '2026年全市财政收支矛盾尖锐，压缩年初项目预算，严格厉行节约，常态化过紧日子',
  generalChange: '',
  threePublicChange: '2026年市级财政预算未安排公务接待费',
  abroadChange: '',
  receptionChange: '根据市级财政预算工作安排，2025年预算安排公务接待费0.8万元，2026年预算未安排公务接待费',
  vehiclePurchaseChange: '',
  vehicleOperationChange: '',
  operatingCostChange: '根据市级财政要求，2026年未拨付公用经费中的培训费、物业管理费，运行经费减少',
  procurementNote: '政府购买服务严格落实指导性目录，同时加强内部控制，确保政府购买服务依据充分、合规合理。',
  otherNote:
    '本部门专项资金管理办法严格按照中央专项转移资金、省级专项转移资金使用管理办法进行执行，全面落实专项资金使用管理要求，确保专项转移资金管理安全、使用合规、支出合理。',
};
