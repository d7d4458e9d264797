import { describe, expect, it } from 'vitest';
import { EMPTY_DIRECTORY, loadEntityDirectory } from './entity-directory.js';

describe('entity directory', () => {
  it('without a registry, resolves keys to themselves and names to nothing', () => {
    expect(EMPTY_DIRECTORY.resolve(' loc:iq-mosul ')).toEqual(['loc:iq-mosul']);
    expect(EMPTY_DIRECTORY.resolve('الموصل')).toEqual([]);
    expect(EMPTY_DIRECTORY.info('loc:iq-mosul')).toBeNull();
  });

  it('with the committed registry, resolves a name to candidate keys of every type', async () => {
    const warnings: string[] = [];
    const dir = await loadEntityDirectory((m) => warnings.push(m));
    const keys = dir.resolve('خالد المنصوري');
    expect(warnings).toEqual([]);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((k) => /^(per|org|loc|misc):/u.test(k))).toBe(true);
    expect(dir.resolve('per:x')).toEqual(['per:x']);
  });
});
