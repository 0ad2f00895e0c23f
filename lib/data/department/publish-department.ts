import 'server-only';
import type { PrismaClient } from '../../generated/prisma/client';
import { writeAudit, actorOf } from '../../audit/write-audit';
import { assertCan, type SessionUser } from '../../auth/permissions';
import { invalid, invalidState, notFound } from '../../errors/app-error';
import { freezeDepartment } from './consolidate-department';
import { findConsolidatingDepartment, listDepartmentUnits, unitsNotApproved } from './department-units';
import { sameVersionSet } from './department-state';

const MAX_NOTE = 2000;

/**
 * The finance bureau publishes a 部门预算 (预算法 第十四条): once every unit of the department is 已批复 or
 * 已公开, their newest approved or published versions are consolidated and frozen as the department's next
 * version, published at once. The second and later versions are corrections and need a 更正说明. One
 * transaction: the department row is locked (one publication at a time) and its units' budgets share-locked,
 * so no unit moves while its frozen version is read.
 */
export async function publishDepartment(
  db: PrismaClient,
  user: SessionUser | null,
  deptCode: string,
  year: number,
  opts: { correctionNote?: string | null } = {},
): Promise<{ versionNo: number; correction: boolean }> {
  assertCan(user, 'budget.publish');
  const dept = await findConsolidatingDepartment(db, deptCode);
  if (!dept || !Number.isInteger(year)) throw notFound('部门');
  if (!(await db.fiscalYear.findUnique({ where: { year }, select: { year: true } }))) throw notFound('预算年度');
  const note = opts.correctionNote?.trim() || null;
  if (note && note.length > MAX_NOTE) throw invalid(`更正说明：不能超过${MAX_NOTE}字`, [{ field: '更正说明', message: `不能超过${MAX_NOTE}字` }]);
  return db.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT id FROM organization WHERE id = ${dept.id}::uuid FOR UPDATE`;
      await tx.$queryRaw`SELECT b.id FROM budget b JOIN organization o ON o.id = b.org_id
        WHERE o.parent_id = ${dept.id}::uuid AND b.year = ${year} FOR SHARE OF b`;
      const units = await listDepartmentUnits(tx, dept.id, year);
      if (units.length === 0) throw invalidState(`${dept.code} ${dept.name}没有需编制预算的单位，不能公开部门预算`);
      const missing = unitsNotApproved(units);
      if (missing.length > 0) throw invalidState(`不能公开${dept.name}${year}年度部门预算，以下单位尚未批复：${missing.join('、')}`);
      const unitVersionIds = units.map((u) => u.consolidatedVersionId ?? '');
      const latest = await tx.departmentVersion.findFirst({
        where: { departmentId: dept.id, year },
        orderBy: { versionNo: 'desc' },
        select: { versionNo: true, unitVersionIds: true },
      });
      if (latest && sameVersionSet(latest.unitVersionIds, unitVersionIds)) {
        throw invalidState(`${dept.name}${year}年度部门预算第${latest.versionNo}版已是最新，其单位预算没有新的批复或更正`);
      }
      const correction = Boolean(latest);
      if (correction && !note) throw invalid('更正说明：更正已公开的部门预算须填写更正说明', [{ field: '更正说明', message: '不能为空' }]);
      const frozen = await freezeDepartment(tx, dept, year, unitVersionIds);
      const versionNo = (latest?.versionNo ?? 0) + 1;
      const publishedAt = new Date();
      const row = await tx.departmentVersion.create({
        data: {
          departmentId: dept.id,
          year,
          versionNo,
          ...frozen.columns,
          unitVersionIds,
          correctionNote: correction ? note : null,
          createdById: user.id,
          publishedAt,
        },
        select: { id: true },
      });
      await writeAudit(tx, actorOf(user), {
        action: correction ? 'department.publish-correction' : 'department.publish',
        entity: '部门预算',
        entityId: row.id,
        before: latest ? { versionNo: latest.versionNo, unitVersionIds: latest.unitVersionIds } : null,
        after: { department: dept.code, year, versionNo, unitVersionIds, publishedAt, correctionNote: correction ? note : null },
      });
      return { versionNo, correction };
    },
    { timeout: 60_000 },
  );
}
