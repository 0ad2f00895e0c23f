import type { UnitKind } from './types';

// The fixed codes and kinds that the tables, the narrative, the checks and the entry screens share.

/** 三公经费 by 部门经济科目 款; 财政拨款 only. */
export const THREE_PUBLIC_CODES = {
  abroad: '30212', // 因公出国（境）费
  reception: '30217', // 公务接待费
  vehicleOperation: '30231', // 公务用车运行维护费
  vehiclePurchase: '31013', // 公务用车购置费
} as const;

/** Unit kinds whose 公用经费 is 机关运行经费. */
export const OPERATING_COST_KINDS: readonly UnitKind[] = ['ADMIN', 'CIVIL_SERVANT_INSTITUTION'];
