// @vitest-environment happy-dom
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DatasetGate } from '@/shared/dataset/dataset-gate';
import { addDataset, clearRegistry, getRegistry, restoreDatasets } from '@/shared/dataset/dataset-registry';
import type { DatasetEntry, LoadedDataset } from '@/shared/dataset/types';
import { MissingDataError, runInWorker } from '@/shared/dataset/worker-client';
import { indicatorCsv, SEED001 } from '../../../helpers';
import { loadedFrom, renderWithApp } from '../../render';

// The worker is the one thing not run here: each test says how the read ends.
vi.mock('@/shared/dataset/worker-client', async (original) => ({
  ...(await original<typeof import('@/shared/dataset/worker-client')>()),
  runInWorker: vi.fn(),
}));
const read = vi.mocked(runInWorker);

function pending(): { resolve: (v: LoadedDataset) => void; reject: (e: Error) => void } {
  let resolve!: (v: LoadedDataset) => void;
  let reject!: (e: Error) => void;
  read.mockImplementationOnce(
    (_req, opts) =>
      new Promise<LoadedDataset>((res, rej) => {
        resolve = res;
        reject = rej;
        opts?.signal?.addEventListener('abort', () => rej(new DOMException('cancelled', 'AbortError')));
      }),
  );
  return { resolve: (v) => resolve(v), reject: (e) => reject(e) };
}

const FILE_ENTRY: DatasetEntry = {
  id: 'f-test',
  label: 'ผลคะแนน.csv',
  source: { kind: 'files', files: [] },
  options: {},
  mappings: {},
  addedAt: 1,
};

function renderGate(id: string) {
  return renderWithApp(
    <DatasetGate id={id}>
      {(entry, loaded) => (
        <p>
          {entry.id}: {loaded.dataset.orgs.length} agencies
        </p>
      )}
    </DatasetGate>,
  );
}

beforeAll(async () => {
  await restoreDatasets();
});
beforeEach(() => {
  clearRegistry();
  read.mockReset();
});
afterEach(cleanup);

describe('DatasetGate', () => {
  it('says a dataset this browser does not have is not found, with the way to the data page', () => {
    renderGate('f-nowhere');
    expect(screen.getByText(/ไม่พบชุดข้อมูลในลิงก์นี้/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'ไปหน้าข้อมูล' }).getAttribute('href')).toBe('/');
  });

  it('opens the bundled demo from a shared link, shows the read under way, then the view', async () => {
    const job = pending();
    renderGate('demo');
    await screen.findByTestId('load-progress');
    expect(getRegistry().entries.map((e) => e.id)).toEqual(['demo']);
    expect(screen.getByRole('progressbar')).toBeTruthy();
    await act(async () => job.resolve(loadedFrom(indicatorCsv(SEED001))));
    expect(await screen.findByText('demo: 1 agencies')).toBeTruthy();
  });

  it('says the demo is missing from this build instead of calling it a failure', async () => {
    const job = pending();
    renderGate('demo');
    await screen.findByTestId('load-progress');
    await act(async () => job.reject(new MissingDataError()));
    expect(await screen.findByText(/ไม่พบไฟล์ข้อมูลสังเคราะห์/)).toBeTruthy();
  });

  it('offers to read a failed dataset again', async () => {
    addDataset(FILE_ENTRY);
    const first = pending();
    renderGate(FILE_ENTRY.id);
    await screen.findByTestId('load-progress');
    await act(async () => first.reject(new Error('แถว 3 อ่านไม่ได้')));
    expect((await screen.findByRole('alert')).textContent).toContain('แถว 3 อ่านไม่ได้');
    const second = pending();
    await userEvent.click(screen.getByRole('button', { name: 'อ่านอีกครั้ง' }));
    await act(async () => second.resolve(loadedFrom(indicatorCsv(SEED001))));
    expect(await screen.findByText('f-test: 1 agencies')).toBeTruthy();
  });

  it('cancels a read at once and says so', async () => {
    addDataset(FILE_ENTRY);
    pending();
    renderGate(FILE_ENTRY.id);
    await screen.findByTestId('load-progress');
    await userEvent.click(screen.getByRole('button', { name: 'ยกเลิกการอ่าน' }));
    await waitFor(() => expect(screen.getByText('ยกเลิกการอ่านแล้ว')).toBeTruthy());
    expect(screen.getByRole('button', { name: 'อ่านอีกครั้ง' })).toBeTruthy();
  });
});
