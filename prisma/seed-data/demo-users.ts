// Demo accounts (documented in README). Change or disable them on any real deployment.
export const demoUsers = [
  { username: 'admin', displayName: '系统管理员', role: 'ADMIN', password: 'Admin@2026', units: [] as string[] },
  { username: 'shenhe', displayName: '财政局审核人', role: 'REVIEWER', password: 'Shenhe@2026', units: [] as string[] },
  { username: 'kuaiji029', displayName: '市场监管局填报人', role: 'ACCOUNTANT', password: 'Kuaiji@2026', units: ['029'] },
  { username: 'kuaiji901001', displayName: '示例局本级填报人', role: 'ACCOUNTANT', password: 'Kuaiji@2026', units: ['901001'] },
  { username: 'kuaiji901002', displayName: '示例事务中心填报人', role: 'ACCOUNTANT', password: 'Kuaiji@2026', units: ['901002'] },
  // 901 reviews in one level as seeded: this reviewer acts once an admin sets 901 to two levels (/admin/orgs).
  { username: 'zhuguan901', displayName: '示例局主管部门审核人', role: 'DEPT_REVIEWER', password: 'Zhuguan@2026', units: ['901'] },
] as const;
