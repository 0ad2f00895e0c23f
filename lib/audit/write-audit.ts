import type { Prisma } from '../generated/prisma/client';

export interface Actor {
  id: string | null;
  name: string; // display name, or a system actor such as 系统初始化
}

export const SYSTEM_ACTOR: Actor = { id: null, name: '系统' };

/** The audit actor for a signed-in user. */
export const actorOf = (user: { id: string; displayName: string }): Actor => ({ id: user.id, name: user.displayName });

export interface AuditEntry {
  action: string; // e.g. budget.create, line.update, catalog.import
  entity: string;
  entityId?: string | null;
  budgetId?: string | null;
  before?: unknown;
  after?: unknown;
}

type Tx = Prisma.TransactionClient;

/** Writes one audit record inside the caller's transaction, so the change and its record commit together. */
export async function writeAudit(tx: Tx, actor: Actor, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: actor.id,
      actorName: actor.name,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      budgetId: entry.budgetId ?? null,
      before: toJson(entry.before),
      after: toJson(entry.after),
    },
  });
}

function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}
