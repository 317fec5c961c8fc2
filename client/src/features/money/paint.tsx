import type { FundingKind } from '../../shared/api/types.ts';
import { fundingKindOrder } from './money-model.ts';

/** How each kind of money is painted: a colour and a pattern, so that kinds stay apart without colour too. */

export const kindPaint: Record<FundingKind, { colour: string; pattern: string }> = {
  pledged: { colour: '#b45309', pattern: 'money-hatch' },
  invested: { colour: '#1d4ed8', pattern: 'money-solid' },
  disbursed: { colour: '#15803d', pattern: 'money-dots' },
  revenue: { colour: '#7c3aed', pattern: 'money-cross' },
};

export function PatternDefs() {
  return (
    <defs>
      {fundingKindOrder.map((kind) => {
        const { colour, pattern } = kindPaint[kind];
        return (
          <pattern key={kind} id={pattern} patternUnits="userSpaceOnUse" width="8" height="8">
            <rect width="8" height="8" fill={colour} fillOpacity={kind === 'invested' ? 0.75 : 0.3} />
            {kind === 'pledged' && <path d="M-2 2L2 -2M0 8L8 0M6 10L10 6" stroke={colour} strokeWidth="2" />}
            {kind === 'disbursed' && <circle cx="4" cy="4" r="2" fill={colour} />}
            {kind === 'revenue' && <path d="M0 4H8M4 0V8" stroke={colour} strokeWidth="1.5" />}
          </pattern>
        );
      })}
    </defs>
  );
}

export function KindSwatch({ kind }: { kind: FundingKind }) {
  return (
    <svg width="28" height="14" aria-hidden="true" className="money-swatch">
      <rect
        x="1"
        y="1"
        width="26"
        height="12"
        fill={`url(#${kindPaint[kind].pattern})`}
        stroke={kindPaint[kind].colour}
      />
    </svg>
  );
}
