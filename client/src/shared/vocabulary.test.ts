import { describe, expect, it } from 'vitest';
import { actorKinds as serverKinds, relationTypes as serverTypes } from '../../../server/src/domain/model.ts';
import { actorKinds, relationFamily, relationTypes, symmetricRelationTypes } from './vocabulary.ts';
import { symmetricRelationTypes as serverSymmetric } from '../../../server/src/domain/model.ts';

describe('vocabulary', () => {
  it('repeats the server’s actor kinds and relation types, in the same order', () => {
    expect(actorKinds).toEqual(serverKinds);
    expect(relationTypes).toEqual(serverTypes);
    expect([...symmetricRelationTypes].sort()).toEqual([...serverSymmetric].sort());
  });

  it('gives every relation type a family', () => {
    for (const type of relationTypes) expect(relationFamily[type]).toBeTruthy();
  });
});
