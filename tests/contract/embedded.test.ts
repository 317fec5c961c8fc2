import { EmbeddedGraphStore } from '../../server/src/store/embedded/embedded-store.ts';
import { describeGraphStoreContract } from './graph-store-contract.ts';

describeGraphStoreContract('embedded', async () => new EmbeddedGraphStore());
describeGraphStoreContract(
  'embedded, lazy metrics and search',
  async () => new EmbeddedGraphStore({ metrics: 'lazy', search: 'lazy' }),
);
