import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/fixture.ts';

/**
 * The explorer's own layers (eslint.config.js): app/ (the shell) ← features/* ← shared/. Each rule is shown to fire on
 * an import linted in memory as if it were a file of that layer, to stay quiet on an import the layer may make, and
 * the explorer's code keeps to them.
 */

const eslint = new ESLint({ cwd: repoRoot });
const rule = '@typescript-eslint/no-restricted-imports';

async function boundaryMessages(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath: path.join(repoRoot, file) });
  expect(
    result!.messages.filter((m) => m.fatal),
    `${file} did not parse`,
  ).toEqual([]);
  return result!.messages.filter((m) => m.ruleId === rule).map((m) => m.message);
}

const refused: [file: string, code: string, reason: RegExp][] = [
  // A feature never imports another feature, however the path is written, nor the shell.
  ['client/src/features/money/probe.tsx', "import { EventCard } from '../timeline/EventCard.tsx';", /another feature/],
  ['client/src/features/money/probe.ts', "export { groupRelations } from '../side-panel/relations.ts';", /feature/],
  ['client/src/features/graph/probe.ts', "import type { Story } from '../stories/schema.ts';", /another feature/],
  ['client/src/features/graph/probe.tsx', "import { X } from '../../features/timeline/TimelineView.tsx';", /feature/],
  ['client/src/features/graph/probe.tsx', "import { SidePanel } from '../../app/SidePanel.tsx';", /the shell/],
  ['client/src/features/graph/probe.tsx', "import { App } from '../../app/App.tsx';", /the shell/],
  ['client/src/features/graph/deeper/probe.ts', "import { f } from '../../money/money-model.ts';", /feature/],
  ['client/src/features/graph/deeper/probe.ts', "import { f } from '../../../app/Header.tsx';", /the shell/],
  ['client/src/features/graph/a/b/probe.ts', "import { f } from '../../../timeline/layout.ts';", /another feature/],
  // shared/ is the bottom layer.
  ['client/src/shared/probe.ts', "import { f } from '../features/graph/graph-model.ts';", /bottom layer/],
  ['client/src/shared/ui/probe.tsx', "import { SidePanel } from '../../app/SidePanel.tsx';", /bottom layer/],
  // The server rules still hold in every client layer.
  ['client/src/features/graph/probe.ts', "import { SubgraphSchema } from '@atlas/server/api/schemas';", /Types only/],
  ['client/src/shared/probe.ts', "import { createApp } from '@atlas/server/api/app';", /only the API's schemas/],
];

const allowed: [file: string, code: string][] = [
  ['client/src/features/graph/probe.tsx', "import { GraphTable } from './GraphTable.tsx';"],
  ['client/src/features/graph/probe.tsx', "import { EvidenceList } from '../../shared/evidence/Evidence.tsx';"],
  ['client/src/features/graph/probe.ts', "import type { Subgraph } from '@atlas/server/api/schemas';"],
  ['client/src/features/graph/deeper/probe.ts', "import { nodeSize } from '../graph-model.ts';"],
  ['client/src/features/graph/deeper/probe.ts', "import { downloadBlob } from '../../../shared/export/download.ts';"],
  ['client/src/features/graph/a/b/probe.ts', "import { nodeSize } from '../../graph-model.ts';"],
  ['client/src/shared/ui/probe.tsx', "import { useSearch } from '../api/queries.ts';"],
  // The shell composes the features.
  ['client/src/app/probe.tsx', "import { FundingCard } from '../features/money/FundingCard.tsx';"],
];

describe("the explorer's layers (eslint.config.js)", () => {
  it.each(refused)('%s refuses %s', async (file, code, reason) => {
    const messages = await boundaryMessages(file, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(reason);
  });

  it.each(allowed)('%s allows %s', async (file, code) => {
    expect(await boundaryMessages(file, code)).toEqual([]);
  });

  it("the explorer's code keeps to them", async () => {
    const results = await eslint.lintFiles(['client/src']);
    const broken = results.flatMap((r) =>
      r.messages
        .filter((m) => m.ruleId === rule && /feature|bottom layer/.test(m.message))
        .map((m) => `${path.relative(repoRoot, r.filePath)}: ${m.message}`),
    );
    console.log(`explorer layers: ${results.length} client files, ${broken.length} layer problems`);
    expect(results.length).toBeGreaterThan(50);
    expect(broken).toEqual([]);
  });
});
