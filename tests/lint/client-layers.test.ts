import { describeImportRules, type AllowedImport, type RefusedImport } from './import-rules.ts';

/**
 * The explorer's own layers (eslint.config.js): app/ (the shell) ← features/* ← shared/. Each rule is shown to fire on
 * an import linted in memory as if it were a file of that layer, to stay quiet on an import the layer may make, and
 * the explorer's code keeps to them.
 */

const refused: RefusedImport[] = [
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

const allowed: AllowedImport[] = [
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

describeImportRules({
  title: "the explorer's layers (eslint.config.js)",
  refused,
  allowed,
  folder: 'client/src',
  codeName: "explorer's",
  // The server rules are proven in boundaries.test.ts; here only the explorer's own layers.
  counts: (message) => /feature|bottom layer/.test(message),
  minFiles: 50,
});
