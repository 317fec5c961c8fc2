import { foldKey } from '../ingest/offset-preserving-fold.ts';
import type { CoverageReport, NameGap, PassageGap } from '../ingest/coverage.ts';
import type { Proposals } from './propose.ts';

/**
 * Links each gap of the coverage report (a name no actor carries, a date no dated record cites, an amount no
 * funding cites) to the proposal that would cover it: the proposed actor with that name, or the proposed event or
 * funding whose evidence, in the same sentence of the same source, holds the date or the amount.
 */
export function linkGapsToProposals(report: CoverageReport, proposals: Proposals): CoverageReport {
  const actorByName = new Map<string, string>();
  for (const actor of proposals.actors)
    for (const name of [actor.name, ...actor.aliases.fr, ...actor.aliases.en])
      actorByName.set(foldKey(name), `actors/${actor.id}`);
  const evidence = new Map(proposals.evidence.map((e) => [e.id, e]));
  const covering = (
    gap: PassageGap,
    collections: readonly ['events' | 'fundings', readonly { id: string; proposal: { evidenceIds: string[] } }[]][],
  ) => {
    for (const [collection, records] of collections)
      for (const record of records)
        for (const id of record.proposal.evidenceIds) {
          const e = evidence.get(id);
          if (e && e.source === gap.source && gap.sentence.includes(e.quote) && e.quote.includes(gap.text))
            return `${collection}/${record.id}`;
        }
    return undefined;
  };
  const withLink = <G extends NameGap | PassageGap>(gap: G, link: string | undefined): G =>
    link ? { ...gap, proposal: link } : gap;
  return {
    ...report,
    names: report.names.map((gap) => withLink(gap, actorByName.get(foldKey(gap.text)))),
    dates: report.dates.map((gap) =>
      withLink(
        gap,
        covering(gap, [
          ['events', proposals.events],
          ['fundings', proposals.fundings],
        ]),
      ),
    ),
    amounts: report.amounts.map((gap) => withLink(gap, covering(gap, [['fundings', proposals.fundings]]))),
  };
}
