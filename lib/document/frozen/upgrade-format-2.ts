import { z } from 'zod';
import { defaultAssetsAsOf } from '../../domain/unknown-figures';

// Read-time upgrade of versions frozen in format 2 (before 未填 and the fields format 3 added): every
// staffing number, asset count and prior-year figure of format 2 was a known value, so the shape only
// widens; the added fields get what format 2 implied: assets as of 31 December of the prior year, no
// planned vehicle purchase, no 中小企业 reservation stated, nothing carried over unreviewed.
// Values already present (a format-1 row rewritten by migration after format 3 existed) are kept.

const format2Snapshot = z.looseObject({
  formatVersion: z.literal(2),
  input: z.looseObject({ year: z.number().int(), units: z.array(z.looseObject({ assets: z.looseObject({}) })) }),
});

/** A format-2 snapshot as format 3; anything else is returned as it is (and judged by the format-3 schema). */
export function upgradeSnapshotFromFormat2(json: unknown): unknown {
  const r = format2Snapshot.safeParse(json);
  if (!r.success) return json;
  const { input } = r.data;
  const units = input.units.map((u) => ({
    procurementReserve: { sme: null, smallMicro: null },
    carriedOver: [],
    ...u,
    assets: { asOf: defaultAssetsAsOf(input.year), plannedPurchases: {}, ...u.assets },
  }));
  return { ...r.data, formatVersion: 3, input: { ...input, units } };
}
