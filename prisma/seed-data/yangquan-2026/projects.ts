import type { Project } from '../../../lib/domain/types';
import { operatingProjects } from './projects-operating';
import { staffProjects } from './projects-operating-staff';
import { specialPurposeProjects } from './projects-special-purpose';

/**
 * 2025 projects whose unspent funds carry over into 2026 (table 13). They were given performance
 * tables in 2025; the 2026 disclosure prints none for them, so they carry no indicators here, and
 * originYear 2025 with carry-over money only keeps them out of the 2026 performance-table list.
 */
function carryOver(code: string, name: string, level: 'CENTRAL' | 'PROVINCIAL', amount: string): Project {
  return {
    code,
    name,
    unitCode: '029',
    originYear: 2025,
    category: '特定目标类',
    attribute: '经常性项目（长期开展）',
    period: null,
    // Only the amount carried over is known from the seed.
    fundingPeriod: { [level]: amount },
    fundingYear: { [level]: amount },
    overview: '',
    basis: '',
    necessity: '',
    safeguards: '',
    plan: '',
    goalPeriod: '',
    goalYear: '',
    indicatorsPeriod: [],
    indicatorsYear: [],
    manager: '',
    handler: '',
    phone: '',
    filledAt: '',
  };
}

const byCode = (a: Project, b: Project) => a.code.localeCompare(b.code);

/** The unit's 2026 projects (table 12) followed by the 2025 carry-over projects (table 13), by code. */
export const projects: Project[] = [
  ...[...specialPurposeProjects, ...operatingProjects, ...staffProjects].sort(byCode),
  carryOver('029-2025-01', '2025年中央食品监管补助资金', 'CENTRAL', '13100'),
  carryOver('029-2025-02', '2025年中央药品监管补助资金', 'CENTRAL', '54200'),
  carryOver('029-2025-03', '两品一械抽样检验经费', 'PROVINCIAL', '2100'),
];
