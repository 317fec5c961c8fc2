import { claimPointers } from '@atlas/server/domain/funding-aggregation';
import type { Dispute } from '../api/types.ts';

/** For each record pointer ("relations/<id>", "fundings/<id>", "events/<id>"), the disputes that name it. */
export function disputesByRecord(disputes: readonly Dispute[]): Map<string, Dispute[]> {
  const map = new Map<string, Dispute[]>();
  for (const dispute of disputes)
    for (const claim of dispute.claims)
      for (const pointer of claimPointers(claim)) {
        const list = map.get(pointer) ?? [];
        if (!list.includes(dispute)) list.push(dispute);
        map.set(pointer, list);
      }
  return map;
}
