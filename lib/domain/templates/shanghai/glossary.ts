// 名词解释 as the Shanghai reference documents print it (fixed text of the template).
export const SHANGHAI_GLOSSARY: { term: string; text: string }[] = [
  {
    term: '基本支出预算',
    text: '是预算主管部门及所属预算单位为保障其机构正常运转、完成日常工作任务而编制的年度基本支出计划，包括人员经费和公用经费两部分。',
  },
  {
    term: '项目支出预算',
    text: '是预算主管部门及所属预算单位为完成行政工作任务、事业发展目标或政府发展战略、特定目标，在基本支出之外编制的年度支出计划。',
  },
  {
    term: '“三公”经费',
    text: '是与财政有经费领拨关系的部门及其下属预算单位使用财政拨款安排的因公出国（境）费、公务用车购置及运行费、公务接待费。',
  },
  {
    term: '机关运行经费',
    text: '指行政单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的基本支出中的日常公用经费支出。',
  },
];
