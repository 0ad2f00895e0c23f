/** The admin screens, in the order of the admin navigation and the /admin index. */
export const ADMIN_SECTIONS = [
  { href: '/admin/users', label: '用户', description: '新建账号、设置角色与所属单位、停用账号、重置密码。' },
  { href: '/admin/orgs', label: '单位', description: '部门与单位的名称、编码、单位类型和上下级关系，停用与启用。' },
  { href: '/admin/years', label: '预算年度', description: '开设预算年度，结束年度后其预算不能再修改或提交；选择公开模板，修改本年度的名词解释和固定表述。' },
  { href: '/admin/catalog', label: '科目导入', description: '导入某一年度的支出功能分类、部门和政府经济分类科目，先预览后确认。' },
  { href: '/admin/glossary', label: '名词解释', description: '各公开模板默认的“名词解释”词条（某年度单独修改的除外）。' },
] as const;
