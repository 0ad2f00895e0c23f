import { BUDGET_STATUS_LABELS, PRIOR_YEAR_LABELS, REASON_LABELS } from '../domain/entry-labels';
import { FUND_SOURCE_LABELS, PROJECT_FUNDING_LEVEL_LABELS } from '../domain/types';

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'budget.seed': '初始化示例数据',
  'budget.create': '新建预算',
  'budget.copyPreviousYear': '从上年预算复制',
  'budget.importExcel': 'Excel 导入',
  'budget.undoImport': '撤销 Excel 导入',
  'budget.submit': '提交',
  'budget.return': '退回修改',
  'budget.approve': '批复',
  'budget.publish': '公开',
  'budget.reopen-correction': '发起更正',
  'budget.publish-correction': '公开更正版本',
  'line.update': '修改支出金额',
  'lines.save': '保存支出明细',
  'profile.save': '保存单位概况',
  'texts.save': '保存情况说明',
  'priorYear.save': '保存上年对比数',
  'procurement.save': '保存政府采购',
  'assets.save': '保存国有资产',
  'project.save': '保存项目',
  'project.carryOver': '结转上年项目',
  'project.delete': '删除项目',
  'attachment.upload': '上传附件',
  'attachment.delete': '删除附件',
};
export const auditActionLabel = (a: string) => AUDIT_ACTION_LABELS[a] ?? '其他操作';

/** Chinese names of the fields audit records carry. */
export const AUDIT_FIELD_LABELS: Record<string, string> = {
  ...REASON_LABELS,
  ...PRIOR_YEAR_LABELS,
  ...PROJECT_FUNDING_LEVEL_LABELS,
  status: '状态', versionNo: '版本号', version: '数据版本', publishedAt: '公开时间', correctionNote: '更正说明', reason: '原因', warnings: '警告数',
  comments: '意见', target: '意见对象', targetType: '意见对象', targetRef: '对象编号', text: '内容', body: '内容',
  org: '单位编码', year: '年度', fromYear: '来源年度', priorYearFrom: '上年数来源年度', profileFrom: '概况来源', profile: '单位概况', priorYear: '上年对比数',
  lines: '支出明细', projects: '项目', upserts: '支出明细', deletes: '删除的行', fileName: '文件名', mode: '导入方式', undoneAudit: '撤销的导入记录',
  key: '行号', functionCode: '功能科目', kind: '支出类型', projectCode: '项目', deptEconCode: '部门经济科目', govEconCode: '政府经济科目', source: '资金来源', timing: '当年/上年结转', amount: '金额（元）',
  duties: '本单位职责', structure: '机构设置情况', internalDivisions: '内设科室数', authorizedHeadcount: '核定编制数', actualHeadcount: '实际在编人数', otherPersonnel: '其他人员', staffing: '人员情况',
  code: '编码', name: '名称', originYear: '设立年度', category: '项目类别', attribute: '项目属性', period: '项目期',
  fundingPeriod: '实施期资金', fundingYear: '年度资金', overview: '项目概况', basis: '立项依据', necessity: '项目设立必要性', safeguards: '保证措施', plan: '实施计划',
  goalPeriod: '实施期目标', goalYear: '年度目标', indicatorsPeriod: '实施期指标', indicatorsYear: '年度指标', manager: '负责人', handler: '经办人', phone: '联系电话', filledAt: '填报日期',
  level1: '一级指标', level2: '二级指标', value: '指标值', comparator: '比较符', number: '数值', unit: '单位',
  project: '项目', title: '标题', mimeType: '文件类型', size: '大小（字节）', items: '采购项目', figures: '数值', vehicles: '车辆', catalogCode: '采购目录编码',
};

const KIND: Record<string, string> = { BASIC: '基本支出', PROJECT: '项目支出' };
const TIMING: Record<string, string> = { CURRENT: '当年预算安排', CARRYOVER: '上年结转' };
const MODE: Record<string, string> = { append: '追加', replace: '整体替换' };
const TARGET: Record<string, string> = { GENERAL: '整体', TABLE: '表', LINE: '支出明细行', PROJECT: '项目' };

/** Code values shown by their Chinese names. */
export const AUDIT_VALUE_LABELS: Record<string, Record<string, string>> = {
  status: BUDGET_STATUS_LABELS,
  kind: KIND,
  timing: TIMING,
  source: FUND_SOURCE_LABELS,
  mode: MODE,
  target: TARGET,
  targetType: TARGET,
};
