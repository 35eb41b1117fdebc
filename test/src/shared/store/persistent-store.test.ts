import { describe, expect, it } from 'vitest';
import { createPersistentStore } from '@/shared/store/persistent-store';

interface Notes {
  restored: boolean;
  notes: string[];
}

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('createPersistentStore', () => {
  it('reads the saved state once and keeps what was changed while it was being read', async () => {
    const saved = deferred<string[]>();
    let loads = 0;
    const store = createPersistentStore<Notes>({
      initial: { restored: false, notes: [] },
      async load() {
        loads++;
        const notes = await saved.promise;
        return (latest) => ({ restored: true, notes: [...notes, ...latest.notes] });
      },
    });
    const first = store.restore();
    store.set((s) => ({ ...s, notes: ['typed meanwhile'] }));
    saved.resolve(['saved earlier']);
    await Promise.all([first, store.restore()]);
    expect(loads).toBe(1);
    expect(store.get()).toEqual({ restored: true, notes: ['saved earlier', 'typed meanwhile'] });
  });

  it('writes the latest change of a key, and says whether it reached the store', async () => {
    const statuses: string[] = [];
    const written: string[] = [];
    const gate = deferred<void>();
    const store = createPersistentStore<Notes>({
      initial: { restored: true, notes: [] },
      load: async () => (s) => s,
      onSaveStatus: (s) => statuses.push(s),
    });
    store.write('a', async () => {
      await gate.promise;
      written.push('a1');
      return true;
    });
    store.write('b', async () => (written.push('b1'), true));
    store.write('b', async () => (written.push('b2'), false));
    gate.resolve();
    await store.flush();
    expect(written).toEqual(['a1', 'b2']);
    expect(statuses).toEqual(['saving', 'unsaved']);
  });
});
