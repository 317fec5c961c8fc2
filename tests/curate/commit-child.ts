/** Child of the kill test (curator-api.test.ts): commits new contents of three files, and is SIGKILLed somewhere. */
import { commitFiles } from '../../server/src/curate/kb-transaction.ts';

const dir = process.argv[2]!;
const names = ['actors.yaml', 'events.yaml', 'review-log.yaml'];
await commitFiles(dir, new Map(names.map((name) => [name, `new ${name}\n` + 'n'.repeat(4 << 20)])));
